package main

// What the quarterly property test (see TestQuarterlyInvariants) reads
// of each run: its CSV files, history and ledger, checked and edited as
// a person would.

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// qWithFriend reports whether the last run (prev) had the Facebook
// follow id joined to a friend (its follow cell), or on the person of a
// friend of its name.
func qWithFriend(prev *qRun, id string) bool {
	if prev == nil {
		return false
	}
	h := prev.history
	pid, name := "", ""
	for _, r := range h.rows {
		if r[h.col("network")] == "facebook" && r[h.col("follow")] == id {
			return true
		}
		if r[h.col("network")] == "facebook" && r[h.col("id")] == id {
			pid, name = r[h.col("person_id")], r[h.col("name")]
		}
	}
	return pid != "" && slices.ContainsFunc(h.rows, func(r []string) bool {
		return r[h.col("network")] == "facebook" && r[h.col("relation")] == "friend" &&
			r[h.col("name")] == name && r[h.col("person_id")] == pid
	})
}

// qInHistory reports whether the history of quarter q has a row of the
// account.
func qInHistory(t *testing.T, ws string, q int, network, id string) bool {
	hs, _ := filepath.Glob(filepath.Join(ws, "history", fmt.Sprintf("%04d_*.csv", q+1)))
	if len(hs) != 1 {
		t.Fatalf("quarter %d: history files %v", q, hs)
	}
	h := qRead(t, hs[0])
	return slices.ContainsFunc(h.rows, func(r []string) bool { return r[h.col("network")] == network && r[h.col("id")] == id })
}

// A qTable is a CSV file read by its header.
type qTable struct {
	bom    bool
	header []string
	rows   [][]string
}

func (tb *qTable) col(name string) int { return slices.Index(tb.header, name) }

func qRead(t *testing.T, p string) *qTable {
	t.Helper()
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return qParse(t, p, data)
}

func qParse(t *testing.T, name string, data []byte) *qTable {
	t.Helper()
	tb := &qTable{}
	if rest, ok := bytes.CutPrefix(data, []byte("\uFEFF")); ok {
		tb.bom, data = true, rest
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if len(recs) == 0 {
		t.Fatalf("%s: empty", name)
	}
	tb.header, tb.rows = recs[0], recs[1:]
	return tb
}

// qKey is an account's ledger key, network:id.
func qKey(network, id string) string { return network + ":" + id }

// keys returns the keys of a table's rows (network and id columns) with
// their person ids.
func (tb *qTable) keys() map[string]string {
	n, id, pid := tb.col("network"), tb.col("id"), tb.col("person_id")
	out := map[string]string{}
	for _, r := range tb.rows {
		out[qKey(r[n], r[id])] = r[pid]
	}
	return out
}

// qRun is what one audit wrote that the invariants read.
type qRun struct {
	keep, unfollow map[string]string // key -> person_id
	history        *qTable
	unfollowed     map[string]bool // history rows found unfollowed (follow cell "unfollowed")
	histPID        map[string]string
	exports        map[string]string // key -> person_id, as import reads the exports
	followed       map[string]int    // runs.csv
	carried        map[string]int    // by history/
	split          map[string]bool   // networks with a friend and its follow split, see qReadRun
}

var qCarriedRe = regexp.MustCompile(`[a-z]+ [a-z_ ]+? \((\d+) accounts?\)`)

func qMustRead(t *testing.T, p string) []byte {
	t.Helper()
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func qTableOrNil(t *testing.T, p string) *qTable {
	t.Helper()
	if _, err := os.Stat(p); err != nil {
		return nil
	}
	return qRead(t, p)
}

func qReadRun(t *testing.T, ws string, q int, stdout string, imported *qTable) *qRun {
	t.Helper()
	run := &qRun{unfollowed: map[string]bool{}, histPID: map[string]string{}, followed: map[string]int{}, carried: map[string]int{}}
	run.keep = qRead(t, filepath.Join(ws, "keep.csv")).keys()
	run.unfollow = qRead(t, filepath.Join(ws, "unfollow.csv")).keys()
	hs, _ := filepath.Glob(filepath.Join(ws, "history", fmt.Sprintf("%04d_*.csv", q+1)))
	if len(hs) != 1 {
		t.Fatalf("quarter %d: history files %v", q, hs)
	}
	run.history = qRead(t, hs[0])
	h := run.history
	for _, r := range h.rows {
		k := qKey(r[h.col("network")], r[h.col("id")])
		run.histPID[k] = r[h.col("person_id")]
		if r[h.col("follow")] == "unfollowed" {
			run.unfollowed[k] = true
		}
	}
	run.exports = map[string]string{}
	for _, r := range imported.rows {
		if r[imported.col("relation")] == "follower" {
			continue
		}
		run.exports[qKey(r[imported.col("network")], r[imported.col("id")])] = r[imported.col("person_id")]
	}
	stats := qParse(t, "runs.csv", qMustRead(t, filepath.Join(ws, "history", "runs.csv")))
	for _, row := range stats.rows {
		if row[0] == fmt.Sprintf("%04d", q+1) {
			run.followed[row[stats.col("network")]], _ = strconv.Atoi(row[stats.col("followed")])
		}
	}
	// The accounts carried, by history/: its rows of accounts the exports
	// do not hold, but those found unfollowed (their tie kept) and
	// decided unfollow, which are not followed, and the friends (connections) whose follow is read
	// alone in these exports (a Facebook export without its friends
	// file): the summary's line counts those among the accounts carried
	// ("facebook friend (3 accounts)"), and the follow among the accounts
	// followed, one account twice; docs/limitations-follows.md says the follow is read
	// alone and not new, and the friend carried.
	// So is a follow carried apart (read alone by an audit of an export
	// without the friends file) whose friend these exports hold, the
	// friend's history row naming it in its follow cell.
	// A friend (connection) and its follow split between a list these
	// exports hold and one they lack, never joined by an audit (the
	// follow read alone first, the friend carried, or the friend read
	// new, the follow carried), are two accounts until an export with
	// both lists joins them: one is new, the other carried, and the
	// join counts neither gone nor new. docs/limitations-follows.md says so; the counts are not checked on such a network in
	// that run and the next (names are unique in these exports, so the
	// name tells).
	// So are the two carried, where no audit joined them.
	followOf := map[string]bool{}
	named := map[string]bool{}                  // follows a friend's follow cell names
	relations := map[string]map[string]string{} // network and name -> relation -> id
	for _, r := range h.rows {
		n := r[h.col("network")]
		if f := r[h.col("follow")]; f != "" {
			named[qKey(n, f)] = true
			if _, ok := run.exports[qKey(n, r[h.col("id")])]; ok {
				followOf[qKey(n, f)] = true
			}
		}
		nm := n + " " + audit.FoldName(r[h.col("name")])
		if relations[nm] == nil {
			relations[nm] = map[string]string{}
		}
		relations[nm][r[h.col("relation")]] = r[h.col("id")]
	}
	run.split = map[string]bool{}
	for _, r := range h.rows {
		n := r[h.col("network")]
		k := qKey(n, r[h.col("id")])
		// (A friend found unfollowed whose notes keep it is on keep.csv,
		// counted followed, "follow it again to keep it": carried too.)
		offLists := run.unfollowed[k] && r[h.col("decision")] == "unfollow"
		if _, ok := run.exports[k]; ok || offLists || followOf[k] {
			continue
		}
		if f := r[h.col("follow")]; f != "" {
			// A friend whose follow has a row of its own, read or
			// carried, is that one follow (audit.followedApart).
			if _, ok := run.exports[qKey(n, f)]; ok {
				continue
			}
			if _, ok := run.histPID[qKey(n, f)]; ok {
				continue
			}
			// A friend carried (the exports without the friends file)
			// whose follow they no longer hold: the follow is gone, an
			// unfollow done, and the friend carried, one account
			// counted twice; not checked, as above.
			if f != "unfollowed" {
				run.split[n] = true
			}
		}
		if len(relations[n+" "+audit.FoldName(r[h.col("name")])]) > 1 && !named[k] && r[h.col("follow")] == "" {
			run.split[n] = true
		}
		run.carried[n]++
	}
	summaryCarried := 0
	if _, line, ok := strings.Cut(stdout, "Carried from the last audit that read them, not judged in this run (not in these exports): "); ok {
		line, _, _ = strings.Cut(line, ". They are not counted gone")
		for _, m := range qCarriedRe.FindAllStringSubmatch(line, -1) {
			n, _ := strconv.Atoi(m[1])
			summaryCarried += n
		}
	}
	total := 0
	for _, n := range run.carried {
		total += n
	}
	if total > summaryCarried {
		t.Errorf("quarter %d: history/ carries %d accounts, the summary says %d", q, total, summaryCarried)
	}
	return run
}

func qCheckLedger(ledger *qTable, cells map[string]map[string]string, q int, fail func(string, ...any)) {
	if !slices.Contains(ledger.header, "mine") && q > 0 {
		fail("quarter %d: the ledger lost the column the test added: %q", q, ledger.header)
	}
	pid := ledger.col("person_id")
	rows := map[string][]string{}
	for _, r := range ledger.rows {
		if len(r) != len(ledger.header) {
			fail("quarter %d: ledger row of %d cells under a header of %d: %q", q, len(r), len(ledger.header), r)
			continue
		}
		rows[r[pid]] = r
	}
	for id, cs := range cells {
		r, ok := rows[id]
		if !ok {
			fail("quarter %d: ledger row %s, with cells the test wrote, is gone", q, id)
			continue
		}
		for c, v := range cs {
			if i := ledger.col(c); i < 0 || r[i] != v {
				got := ""
				if i >= 0 {
					got = r[i]
				}
				fail("quarter %d: ledger row %s, column %s: %q, the test wrote %q", q, id, c, got, v)
			}
		}
	}
}

// qEditLedger edits the ledger as a person would, and writes it back in
// the form it was read in (a byte order mark, commas, LF).
func qEditLedger(t *testing.T, r *rand.Rand, ws string, ledger *qTable, cells map[string]map[string]string,
	moved map[string]string, exempt map[string]bool, asOf time.Time) []string {
	t.Helper()
	var log []string
	if !slices.Contains(ledger.header, "mine") {
		ledger.header = append(ledger.header, "mine")
		for i := range ledger.rows {
			ledger.rows[i] = append(ledger.rows[i], "")
		}
	}
	pid, accts := ledger.col("person_id"), ledger.col("accounts")
	set := func(row []string, col, v string) {
		row[ledger.col(col)] = v
		if cells[row[pid]] == nil {
			cells[row[pid]] = map[string]string{}
		}
		cells[row[pid]][col] = v
		log = append(log, fmt.Sprintf("ledger %s %s %s = %q", row[pid], row[ledger.col("name")], col, v))
	}
	n := len(ledger.rows)
	if n == 0 {
		return log
	}
	for range 1 + r.IntN(n) {
		row := ledger.rows[r.IntN(n)]
		switch r.IntN(8) {
		case 0, 1:
			d := asOf.AddDate(0, 0, -r.IntN(730))
			v := d.Format(time.DateOnly)
			if r.IntN(4) == 0 {
				v = d.Format("2006-01")
				if d.Format("2006-01") == asOf.Format("2006-01") {
					v = d.Format(time.DateOnly)
				}
			}
			set(row, "last_met", v)
		case 2:
			set(row, "toxic", []string{"yes", "x", "no", ""}[r.IntN(4)])
		case 3:
			set(row, "inspiring", []string{"yes", "Y", "oui", "0"}[r.IntN(4)])
		case 4:
			set(row, "unsure", []string{"1", "true", ""}[r.IntN(3)])
		case 5:
			set(row, "relationship", []string{"friend", "family", "colleague", "Cousin"}[r.IntN(4)])
		case 6:
			set(row, "note", []string{"met at the café, \"Le Zinc\"", "line one\nline two", "  spaces  ", "ask about ø"}[r.IntN(4)])
		case 7:
			set(row, "mine", fmt.Sprintf("q%s #%d", asOf.Format("2006-01"), r.IntN(100)))
		}
	}
	// Move a key from a row of several to another row.
	if r.IntN(3) == 0 {
		for _, i := range r.Perm(n) {
			keys := strings.Split(ledger.rows[i][accts], ";")
			if len(keys) < 2 {
				continue
			}
			j := r.IntN(n)
			if j == i {
				break
			}
			k := keys[r.IntN(len(keys))]
			ledger.rows[i][accts] = strings.Join(slices.DeleteFunc(keys, func(s string) bool { return s == k }), ";")
			ledger.rows[j][accts] += ";" + k
			if ledger.rows[j][accts] == ";"+k {
				ledger.rows[j][accts] = k
			}
			moved[k] = ledger.rows[j][pid]
			log = append(log, fmt.Sprintf("ledger move %s from %s to %s", k, ledger.rows[i][pid], ledger.rows[j][pid]))
			break
		}
	}
	// Delete a row.
	if r.IntN(4) == 0 {
		i := r.IntN(n)
		row := ledger.rows[i]
		for _, k := range strings.Split(row[accts], ";") {
			if _, ok := moved[k]; !ok {
				exempt[k] = true
			}
		}
		for k, to := range moved {
			if to == row[pid] {
				delete(moved, k)
				exempt[k] = true
			}
		}
		delete(cells, row[pid])
		ledger.rows = slices.Delete(ledger.rows, i, i+1)
		log = append(log, fmt.Sprintf("ledger delete %s %s", row[pid], row[accts]))
	}
	var b bytes.Buffer
	if ledger.bom {
		b.WriteString("\uFEFF")
	}
	cw := csv.NewWriter(&b)
	cw.Write(ledger.header)
	cw.WriteAll(ledger.rows)
	if err := os.WriteFile(filepath.Join(ws, "ledger.csv"), b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return log
}
