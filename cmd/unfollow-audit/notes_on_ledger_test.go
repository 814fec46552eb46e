package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// TestNotesOnLedger: a text of the person's that mentions person_id is
// notes, passed over; a copy of the ledger whose header the reader cannot
// find on its first line (nor a whole one below) is a copy all the same,
// to be compared or refused, not passed over with its notes unsaid.
func TestNotesOnLedger(t *testing.T) {
	const header = "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note"
	const row = "p1a2b3c4d5e6,Ana Lima,linkedin:ana-lima,,,,,,,met in Basel"
	semi := func(s string) string { return strings.ReplaceAll(s, ",", ";") }
	tab := func(s string) string { return strings.ReplaceAll(s, ",", "\t") }
	for _, tc := range []struct {
		name, text string
		notes      bool
	}{
		{"notes that mention person_id", "Do not edit person_id; the accounts cell is network:id keys.\n", true},
		{"notes that list the columns in a sentence", "The tool's columns: person_id, then name and accounts.\nperson_id\n", true},
		{"a copy of commas", header + "\n" + row + "\n", false},
		// Excel's "Text (Tab delimited)" quotes no comma: the header's
		// one comma makes the reader split it at commas.
		{"a copy of tabs, a column of the person's named with a comma", tab(header) + "\twhere, when\n" + tab(row) + "\tBasel, 2026\n", false},
		// A title typed above the header, its line not filled out with
		// separators: read as a line of commas.
		{"a copy of semicolons under a title", "Ledger of Ana\n" + semi(header) + "\n" + semi(row) + "\n", false},
		{"a copy of semicolons under a title, its lines ended by CR", "Ledger of Ana\r" + semi(header) + "\r" + semi(row) + "\r", false},
		{"a copy of tabs under a title", "Ledger of Ana\r\n" + tab(header) + "\r\n" + tab(row) + "\r\n", false},
		{"a copy whose header a sort took down, a column deleted", row + "\n" + strings.TrimSuffix(header, ",note") + "\n", false},
		{"a copy whose header cells are quoted with apostrophes", "'" + strings.ReplaceAll(header, ",", "','") + "'\n" + row + "\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "ledger notes.txt")
			if err := os.WriteFile(p, []byte(tc.text), 0o644); err != nil {
				t.Fatal(err)
			}
			if got := notesOnLedger(p, audit.NewDate(2026, 12, 1)); got != tc.notes {
				t.Errorf("notesOnLedger = %v, want %v", got, tc.notes)
			}
		})
	}
}
