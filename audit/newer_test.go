package audit_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// newerFile is a file of the workspace as a newer version would write it:
// the header columns, then the column later (cols a newer version added),
// each row with its cell for it.
func newerFile(columns []string, rows ...string) string {
	var b strings.Builder
	b.WriteString(strings.Join(columns, ",") + ",later\n")
	for _, r := range rows {
		b.WriteString(r + ",x\n")
	}
	return b.String()
}

// The rows of each file as this version writes them: one each.
var (
	newerRunsRow     = "0001,2026-11-25,facebook,3,1,2,2,0,0,0,,,friends,2026-11-20,met,12m,friends"
	newerHistoryRow  = "2026-11-25,p1a2b3c4d5e6f,facebook,friend,ana.lima.1,Ana Lima,keep,met,,,"
	newerOwnersRow   = "twitter,3001,@robinhale"
	newerRemovalRow  = "Ana Lima,1799764200"
	newerPendingRow  = "2027-02-25,p1,instagram:a,instagram:b,p2,renamed? b"
	newerTracedRow   = "facebook:ida,friend"
	newerHistoryName = "ws/history/0001_2026-11-25.csv"
)

// TestNewerFilesStop checks that every reader of a file of the workspace
// that a run writes back (or carries the rows of into another) says of a
// file written by a newer version, its header this version's columns then
// one more, that a newer unfollow-audit wrote it, naming the file and the
// counts of columns, and not that it is damaged, to be restored from a
// backup (which would lose what the newer version wrote): the error is a
// *audit.NewerError, and no row is returned.
func TestNewerFilesStop(t *testing.T) {
	history := func(file, name string) (int, error) {
		p, err := audit.ReadHistory(strings.NewReader(file), name)
		return len(p), err
	}
	for _, c := range []struct {
		name, file, want string
		read             func(file, name string) (int, error)
	}{
		{"runs.csv", newerFile(audit.RunStatsColumns, newerRunsRow),
			"ws/history/runs.csv: written by a newer unfollow-audit (18 columns, this one reads 17): run the newer version",
			func(file, name string) (int, error) {
				r, err := audit.ReadRunStats(strings.NewReader(file), name)
				return len(r), err
			}},
		{"history", newerFile(audit.HistoryColumns, newerHistoryRow),
			newerHistoryName + ": written by a newer unfollow-audit (12 columns, this one reads 11): run the newer version", history},
		{"history re-saved with semicolons", strings.ReplaceAll(newerFile(audit.HistoryColumns, newerHistoryRow), ",", ";"),
			newerHistoryName + ": written by a newer unfollow-audit (12 columns, this one reads 11): run the newer version", history},
		{"review record", newerFile(append(audit.HistoryColumns[:len(audit.HistoryColumns):len(audit.HistoryColumns)], "since"), newerHistoryRow+","),
			newerHistoryName + ": written by a newer unfollow-audit (13 columns, this one reads 12): run the newer version",
			func(file, name string) (int, error) {
				p, _, err := audit.ReadHistorySince(strings.NewReader(file), name)
				return len(p), err
			}},
		{"owners.csv", newerFile(audit.OwnersColumns, newerOwnersRow),
			"ws/history/owners.csv: written by a newer unfollow-audit (4 columns, this one reads 3): run the newer version",
			func(file, name string) (int, error) {
				o, err := audit.ReadOwners(strings.NewReader(file), name)
				return len(o), err
			}},
		{"removed-friends.csv", newerFile(audit.RemovalsColumns, newerRemovalRow),
			"ws/history/removed-friends.csv: written by a newer unfollow-audit (3 columns, this one reads 2): run the newer version",
			func(file, name string) (int, error) {
				r, err := audit.ReadRemovals(strings.NewReader(file), name)
				return len(r), err
			}},
		{"pending-guesses.csv", newerFile(audit.PendingGuessColumns, newerPendingRow),
			"ws/history/pending-guesses.csv: written by a newer unfollow-audit (7 columns, this one reads 6): run the newer version",
			func(file, name string) (int, error) {
				g, err := audit.ReadPendingGuesses(strings.NewReader(file), name)
				return len(g), err
			}},
		{"traced-keys.csv", newerFile(audit.TracedKeysColumns, newerTracedRow),
			"ws/history/traced-keys.csv: written by a newer unfollow-audit (3 columns, this one reads 2): run the newer version",
			func(file, name string) (int, error) {
				k, err := audit.ReadTracedKeys(strings.NewReader(file), name)
				return len(k), err
			}},
	} {
		t.Run(c.name, func(t *testing.T) {
			name, _, _ := strings.Cut(c.want, ": ")
			n, err := c.read(c.file, name)
			if err == nil || err.Error() != c.want {
				t.Fatalf("err = %v, want %s", err, c.want)
			}
			if _, ok := errors.AsType[*audit.NewerError](err); !ok {
				t.Errorf("err is a %T, want a *audit.NewerError", err)
			}
			if n != 0 {
				t.Errorf("%d rows returned with the error", n)
			}
		})
	}
}

// TestNewerHeaderDamaged checks that a header this version's columns
// followed by cells no version writes as a column (one typed by a person,
// an empty cell, a column twice), or with its columns in another order, is
// still refused as damaged, with the reader's words and advice, not as a
// newer version's.
func TestNewerHeaderDamaged(t *testing.T) {
	runs := strings.Join(audit.RunStatsColumns, ",")
	const runsWant = "r.csv: line 1: not a run statistics file: want the header " // then the header, and the advice
	history := strings.Join(audit.HistoryColumns, ",")
	const historyWant = "h.csv: line 1: not a history file: want the header "
	for _, c := range []struct{ name, file, want string }{
		{"runs: a person's column", runs + ",My notes\n", runsWant},
		{"runs: an empty cell", runs + ",\n", runsWant},
		{"runs: a column twice", runs + ",read\n", runsWant},
		{"runs: new columns twice", runs + ",later,later\n", runsWant},
		{"runs: an earlier header then more", strings.Join(audit.RunStatsColumns[:16], ",") + ",later\n", runsWant},
		{"runs: swapped", strings.Replace(runs, "run,as_of", "as_of,run", 1) + ",later\n", runsWant},
		{"history: a person's column", history + ",Checked?\n", historyWant},
		{"history: capitals", history + ",Later\n", historyWant},
		{"history: an earlier header then more", strings.Join(audit.HistoryColumns[:9], ",") + ",later\n", historyWant},
	} {
		t.Run(c.name, func(t *testing.T) {
			var err error
			if strings.HasPrefix(c.name, "runs") {
				_, err = audit.ReadRunStats(strings.NewReader(c.file), "r.csv")
			} else {
				_, err = audit.ReadHistory(strings.NewReader(c.file), "h.csv")
			}
			if err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Fatalf("err = %v, want it to start %q", err, c.want)
			}
			if _, ok := errors.AsType[*audit.NewerError](err); ok {
				t.Errorf("a damaged file told written by a newer version: %v", err)
			}
		})
	}
}

// TestNewerFilesView checks that the readers of a run that only reads a
// file (a review: runs.csv, owners.csv, the recent history and a
// review's record without exports; an audit's look-ups in older history
// files) read one written
// by a newer version, its rows as this version knows them and the newer
// column passed over, not taken for the last it reads.
func TestNewerFilesView(t *testing.T) {
	runs, err := audit.ViewRunStats(strings.NewReader(newerFile(audit.RunStatsColumns, newerRunsRow)), "runs.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(runs) != 1 || runs[0].Run != "0001" || runs[0].Followed != 3 || runs[0].MetWithin != "12m" || runs[0].Read != "friends" {
		t.Errorf("runs = %+v", runs)
	}
	owners, err := audit.ViewOwners(strings.NewReader(newerFile(audit.OwnersColumns, newerOwnersRow)), "owners.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(owners) != 1 || owners[0] != (audit.Owner{Network: "twitter", ID: "3001", Name: "@robinhale"}) {
		t.Errorf("owners = %+v", owners)
	}
	file := newerFile(audit.HistoryColumns, newerHistoryRow+"ana@example.org")
	past, err := audit.ViewHistory(strings.NewReader(file), newerHistoryName)
	if err != nil {
		t.Fatal(err)
	}
	if len(past) != 1 || past[0].Key() != "facebook:ana.lima.1" || past[0].Decision() != "keep" || past[0].Email() != "ana@example.org" {
		t.Errorf("history = %d rows, %v", len(past), past)
	}
	rel := map[string]string{"facebook:ana.lima.1": ""}
	if err := audit.RelationsIn(rel, strings.NewReader(file), newerHistoryName); err != nil || rel["facebook:ana.lima.1"] != "friend" {
		t.Errorf("RelationsIn: %v, %v", rel, err)
	}
	// A review's record: its since column after this version's columns,
	// or after the newer version's own.
	li := "2026-11-25,p1a2b3c4d5e6f,linkedin,connection,ana-lima,Ana Lima,keep,met,,,"
	for _, record := range []string{
		strings.Join(audit.HistoryColumns, ",") + ",since,later\n" + li + ",2025-02-28,x\n",
		strings.Join(audit.HistoryColumns, ",") + ",later,since\n" + li + ",x,2025-02-28\n",
	} {
		past, dates, err := audit.ViewHistorySince(strings.NewReader(record), newerHistoryName)
		if err != nil {
			t.Fatal(err)
		}
		if len(past) != 1 || past[0].Key() != "linkedin:ana-lima" || len(dates) != 1 || dates[0].String() != "2025-02-28" {
			t.Errorf("%q: %d rows, dates %v", record, len(past), dates)
		}
		if _, _, err := audit.ReadHistorySince(strings.NewReader(record), newerHistoryName); err == nil || !strings.Contains(err.Error(), "written by a newer unfollow-audit") {
			t.Errorf("ReadHistorySince(%q): %v", record, err)
		}
	}
	want := map[string]audit.Listing{"facebook:ana.lima.1": {}}
	if left, err := audit.LastListings(want, strings.NewReader(file), newerHistoryName); err != nil || left != 0 || want["facebook:ana.lima.1"].Decision != "keep" {
		t.Errorf("LastListings: %d left, %v, %v", left, want, err)
	}
}
