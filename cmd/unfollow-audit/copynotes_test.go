package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// TestCopyNotesOtherWorkspace: a ledger in the download folder given
// whose rows are nearly all on none of the ledger's (a helper's other
// client's, sent back) is named with its cell, and said to look like
// another workspace's ledger; one of this workspace's is not.
func TestCopyNotesOtherWorkspace(t *testing.T) {
	const header = "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports\n"
	asOf := audit.NewDate(2026, 12, 1)
	var mine, other strings.Builder
	mine.WriteString(header)
	other.WriteString(header)
	for i := range 30 {
		mine.WriteString("p-" + strconv.Itoa(1000+i) + ",Person " + strconv.Itoa(i) + ",twitter:" + strconv.Itoa(1000+i) + ",,,,,,,,yes\n")
		other.WriteString("p-" + strconv.Itoa(2000+i) + ",Client " + strconv.Itoa(i) + ",twitter:" + strconv.Itoa(2000+i) + ",,yes,,,,,,yes\n")
	}
	l, err := audit.ReadLedger(strings.NewReader(mine.String()), "ws/ledger.csv", asOf)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, tt := range []struct {
		name, text, want string
		another          bool
	}{
		{"other.csv", other.String(), `on 30 rows, the first (line 2, person_id p-2000: inspiring "yes" there, a row ledger.csv lacks; 30 of its 30 rows are on none of ledger.csv: another workspace's ledger?)`, true},
		{"column.csv", strings.Replace(strings.Replace(mine.String(), "in_exports\n", "in_exports,met where\n", 1), "twitter:1004,,,,,,,,yes\n", "twitter:1004,,,,,,,,yes,Lyon\n", 1), `on 1 row (line 6, person_id p-1004: met where "Lyon" there, a column ledger.csv lacks)`, false},
		{"mine.csv", strings.Replace(mine.String(), "p-1003,Person 3,twitter:1003,,,", "p-1003,Person 3,twitter:1003,,yes,", 1), `on 1 row (line 5, person_id p-1003: inspiring "yes" there, empty in ledger.csv)`, false},
	} {
		p := filepath.Join(dir, tt.name)
		if err := os.WriteFile(p, []byte(tt.text), 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := copyNotes(p, l, asOf)
		if got != tt.want || err != nil {
			t.Errorf("copyNotes(%s) = %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
}
