package audit_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

const untracedHeader = "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports\n"

// historyBefore is the header of a history file written before the
// follow column, which a workspace may hold: its rows are read alike.
const historyBefore = "as_of,person_id,network,relation,id,name,decision,rule\n"

// historyFile is a history file of the keys given, one row each, written
// before the follow column.
func historyFile(keys ...string) string {
	var b strings.Builder
	b.WriteString(historyBefore)
	for _, k := range keys {
		network, id, _ := strings.Cut(k, ":")
		b.WriteString("2026-08-25,p1," + network + ",following," + id + ",Someone,unfollow,unknown\n")
	}
	return b.String()
}

// TestUntracedKeys checks which keys of rows a run wrote are named as
// typed by hand and matching nothing: in none of the exports (of lists
// they hold), nor in the last run's history, nor in an older one.
func TestUntracedKeys(t *testing.T) {
	for _, tc := range []struct {
		name    string
		rows    string   // the ledger's rows, after its header
		exports []string // the accounts of the exports, as keys
		prev    []string // the last run's history, as keys
		older   []string // the older history files, newest first
		covered []string // the networks whose lists the exports hold
		last    []string // what UntracedKeys leaves, as "line key"
		want    []string // what DropTraced leaves of it
	}{{
		name:    "in the exports",
		rows:    "p1,Ada,linkedin:ada;twitter:1401,,,,,,,,yes\n",
		exports: []string{"linkedin:ada", "twitter:1401"},
		covered: []string{audit.LinkedIn, audit.Twitter},
	}, {
		name:    "unfollowed since the last run",
		rows:    "p1,Ada,linkedin:ada,,,,,,,,no\n",
		prev:    []string{"linkedin:ada"},
		covered: []string{audit.LinkedIn},
	}, {
		name:    "unfollowed before the last run",
		rows:    "p1,Ada,linkedin:ada,,,,,,,,no\n",
		older:   []string{historyFile("linkedin:bob"), historyFile("linkedin:ada")},
		covered: []string{audit.LinkedIn},
		last:    []string{"2 linkedin:ada"},
	}, {
		name:    "a typo on a row a run wrote",
		rows:    "p1,Ada,linkedin:ada,,,,,,,,yes\np2,Bob,linkedin:bob;linkedin:adda,,,,,,,,yes\n",
		exports: []string{"linkedin:ada", "linkedin:bob"},
		prev:    []string{"linkedin:ada", "linkedin:bob"},
		older:   []string{historyFile("linkedin:ada", "linkedin:bob")},
		covered: []string{audit.LinkedIn},
		last:    []string{"3 linkedin:adda"},
		want:    []string{"3 linkedin:adda"},
	}, {
		name:    "a network these exports do not hold",
		rows:    "p1,Ada,linkedin:ada;twitter:999,,,,,,,,yes\n",
		exports: []string{"linkedin:ada"},
		covered: []string{audit.LinkedIn},
	}, {
		name:    "a row the person added is UnseenKeys'",
		rows:    ",Ada,linkedin:adda,,,,,,,,\n",
		covered: []string{audit.LinkedIn},
	}, {
		name:    "typed in capitals with the @ as the name shows it",
		rows:    "p1,Mia,linkedin:mia;Mastodon:@Kai@Host.example,,,,,,,,no\n",
		prev:    []string{"linkedin:mia"},
		older:   []string{historyFile("mastodon:kai@host.example")},
		covered: []string{audit.LinkedIn, audit.Mastodon},
		last:    []string{"2 mastodon:kai@host.example"},
	}, {
		// YouTube's channel ids are case-sensitive: another case is
		// another id, which joins nothing.
		name:    "a YouTube id in another case",
		rows:    "p1,Ada,youtube:ucabc,,,,,,,,no\n",
		older:   []string{historyFile("youtube:UCabc")},
		covered: []string{audit.YouTube},
		last:    []string{"2 youtube:ucabc"},
		want:    []string{"2 youtube:ucabc"},
	}, {
		name:    "a history re-saved by a spreadsheet",
		rows:    "p1,Ada,linkedin:ada;mastodon:x@y.example,,,,,,,,no\n",
		older:   []string{"\xEF\xBB\xBF" + strings.ReplaceAll(strings.ReplaceAll(historyFile("linkedin:ada", "mastodon:x@y.example"), ",", ";"), "\n", "\r\n")},
		covered: []string{audit.LinkedIn, audit.Mastodon},
		last:    []string{"2 linkedin:ada", "2 mastodon:x@y.example"},
	}, {
		name:    "no older history left",
		rows:    "p1,Ada,linkedin:ada,,,,,,,,no\n",
		covered: []string{audit.LinkedIn},
		last:    []string{"2 linkedin:ada"},
		want:    []string{"2 linkedin:ada"},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			l, err := audit.ReadLedger(strings.NewReader(untracedHeader+tc.rows), "ledger.csv", mustDate(t, "2026-11-25"))
			if err != nil {
				t.Fatal(err)
			}
			var acc []audit.Account
			for _, k := range tc.exports {
				network, id, _ := strings.Cut(k, ":")
				acc = append(acc, audit.Account{Network: network, Relation: audit.Following, ID: id})
			}
			var prev []audit.Past
			for _, k := range tc.prev {
				network, id, _ := strings.Cut(k, ":")
				prev = append(prev, audit.PastCells{AsOf: "2026-08-25", Network: network, ID: id}.Past())
			}
			covered := func(network, id string) bool { return slices.Contains(tc.covered, network) }
			known := l.Known()
			audit.Merge(acc, known)
			keys := l.UntracedKeys(known, prev, covered)
			if got := untracedStrings(keys); !slices.Equal(got, tc.last) {
				t.Fatalf("UntracedKeys = %q, want %q", got, tc.last)
			}
			for i, f := range tc.older {
				if keys, err = audit.DropTraced(keys, strings.NewReader(f), fmt.Sprintf("history/%04d.csv", i+1)); err != nil {
					t.Fatal(err)
				}
			}
			if got := untracedStrings(keys); !slices.Equal(got, tc.want) {
				t.Errorf("after DropTraced = %q, want %q", got, tc.want)
			}
		})
	}
}

func untracedStrings(keys []audit.UnseenKey) []string {
	var out []string
	for _, k := range keys {
		out = append(out, fmt.Sprintf("%d %s", k.Line, k.Key))
	}
	return out
}

func mustDate(t *testing.T, s string) audit.Date {
	t.Helper()
	d, err := audit.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestUntracedKeysWithoutInExports checks that in a ledger without the
// in_exports column (written by hand, or the column deleted), where no
// row can be told as added since the last run, every row's keys are
// looked up in the history.
func TestUntracedKeysWithoutInExports(t *testing.T) {
	l, err := audit.ReadLedger(strings.NewReader("person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note\n,Ada,linkedin:ada,,,,,,,\n,Bob,,,,,,,,\n"), "ledger.csv", mustDate(t, "2026-11-25"))
	if err != nil {
		t.Fatal(err)
	}
	known := l.Known()
	audit.Merge(nil, known)
	got := l.UntracedKeys(known, nil, func(string, string) bool { return true })
	if want := []string{"2 linkedin:ada"}; !slices.Equal(untracedStrings(got), want) {
		t.Errorf("UntracedKeys = %q, want %q", untracedStrings(got), want)
	}
}

// TestDropTraced checks that the history file is read only until every
// key is found (what follows is not read: a fault there is not met), and
// that a fault before names the file and its line.
func TestDropTraced(t *testing.T) {
	keys := []audit.UnseenKey{{Line: 2, Key: "linkedin:ada"}, {Line: 3, Key: "linkedin:bob"}}
	broken := historyFile("linkedin:bob", "linkedin:ada") + "2026-08-25,\"p9,linkedin\n"
	got, err := audit.DropTraced(keys, strings.NewReader(broken), "history/0001_2026-08-25.csv")
	if err != nil || len(got) != 0 {
		t.Errorf("DropTraced = %v, %v; want none, nil", got, err)
	}
	got, err = audit.DropTraced(keys[:1], strings.NewReader(historyFile("linkedin:bob")+"2026-08-25,\"p9,linkedin\n"), "history/0001_2026-08-25.csv")
	if err == nil || !strings.Contains(err.Error(), "history/0001_2026-08-25.csv") || !strings.Contains(err.Error(), "line 3") {
		t.Errorf("DropTraced = %v, %v; want an error naming the file and line 3", got, err)
	}
	_, err = audit.DropTraced(keys, strings.NewReader("as_of,id\n"), "history/0002_2026-11-25.csv")
	if err == nil || !strings.Contains(err.Error(), "history/0002_2026-11-25.csv: line 1: not a history file") {
		t.Errorf("DropTraced of another file: %v", err)
	}
}

// TestUntracedKeysDecided checks that a key left is marked Decided where
// the last run's history or an older file lists a decision about its
// row's person: a row no audit decided (brought from another workspace)
// cannot be told typed.
func TestUntracedKeysDecided(t *testing.T) {
	l, err := audit.ReadLedger(strings.NewReader(untracedHeader+
		"p1,Ada,linkedin:ada;linkedin:adda,,,,,,,,yes\n"+
		"p2,Bob,linkedin:bob;linkedin:bobb,,,,,,,,yes\n"+
		"p3,Cy,linkedin:cy,,,,,,,,no\n"), "ledger.csv", mustDate(t, "2026-11-25"))
	if err != nil {
		t.Fatal(err)
	}
	known := l.Known()
	audit.Merge([]audit.Account{{Network: audit.LinkedIn, Relation: audit.Following, ID: "ada"}, {Network: audit.LinkedIn, Relation: audit.Following, ID: "bob"}}, known)
	prev := []audit.Past{audit.PastCells{AsOf: "2026-08-25", PersonID: "p1", Network: audit.LinkedIn, ID: "ada"}.Past()}
	keys := l.UntracedKeys(known, prev, func(string, string) bool { return true })
	older := historyBefore + "2026-05-25,p2,linkedin,following,bob,Bob,unfollow,unknown\n"
	if keys, err = audit.DropTraced(keys, strings.NewReader(older), "history/0001_2026-05-25.csv"); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, k := range keys {
		got = append(got, fmt.Sprintf("%d %s %s %v", k.Line, k.Key, k.Person, k.Decided))
	}
	want := []string{"2 linkedin:adda p1 true", "3 linkedin:bobb p2 true", "4 linkedin:cy p3 false"}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
