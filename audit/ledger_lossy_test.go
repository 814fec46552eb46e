package audit

import (
	"strings"
	"testing"
)

// A cell is one Excel saved in Windows-1252 where each character it
// differs from the backup's by is one that encoding lacks, written "?"
// (an emoji "?" or "??"), or its letter without the mark, and one at
// least a "?".
func TestLossyOf(t *testing.T) {
	for _, tt := range []struct {
		cur, was string
		want     bool
	}{
		{"? Marco Bianchi", "🟢 Marco Bianchi", true},
		{"?? Marco Bianchi", "🟢 Marco Bianchi", true},
		{"Mia Hoffmann ?", "Mia Hoffmann 🌻", true},
		{"rencontrée à ?ód?, café ?", "rencontrée à Łódź, café ☕", true},
		{"rencontrée à ?odz, café ?", "rencontrée à Łódź, café ☕", false}, // ó is in Windows-1252: typed
		{"?ukasz Dąbrowski", "Łukasz Dąbrowski", false},                   // ą kept: no such save, a "?" typed
		{"rencontrée à Łódź, café ?", "rencontrée à Łódź, café ☕", false}, // Ł and ź kept: the ☕ put as "?" by hand
		{"?ukasz Dabrowski", "Łukasz Dąbrowski", true},                    // ą as a, Excel's best fit
		{"Lukasz Dabrowski", "Łukasz Dąbrowski", false},                   // no "?": retyped
		{"???? ??????", "Ζωή Παππά", false},                               // four then five Greek letters, not four and six
		{"??? ?????", "Ζωή Παππά", true},
		{"why did we meet?", "", false},
		{"met in Lyon?", "met in Lyon!", false}, // ! is in Windows-1252
		{"café ?", "café", false},
		{"?", "€", false},
	} {
		if got := lossyOf(tt.cur, tt.was); got != tt.want {
			t.Errorf("lossyOf(%q, %q) = %v, want %v", tt.cur, tt.was, got, tt.want)
		}
	}
}

// Only a ledger with a "?" in a cell has its backup read.
func TestMayBeLossy(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"p1,Ada,twitter:1,,,,,,,", false},
		{"p1,? Ada,twitter:1,,,,,,,", true},
		// A row whose cells end at byte 63, the byte of "?".
		{"p1," + strings.Repeat("a", 61) + ",twitter:1,,,,,,,x", false},
	} {
		text := "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note\n" + tt.text + "\n"
		l, err := ReadLedger(strings.NewReader(text), "ledger.csv", NewDate(2026, 12, 1))
		if err != nil {
			t.Fatal(err)
		}
		if got := l.MayBeLossy(); got != tt.want {
			t.Errorf("%q: MayBeLossy = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// Without a backup, a name cell is held against the name the last run
// wrote in it, its first account's (as Update renames it), not against
// every account of the row's: a person whose Twitter name has an emoji
// where the LinkedIn one, first, has a "?" of its own has a legitimate
// ledger, and clearing the cell would not help, the run writing it again.
func TestLossyNamesFirstAccount(t *testing.T) {
	const header = "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note\n"
	const hist = "as_of,person_id,network,relation,id,name,decision,rule,follow,ledger_cell,email\n" +
		"2026-11-25,p1,twitter,following,1,🟢 Marco Bianchi,keep,unknown,,,\n" +
		"2026-11-25,p1,linkedin,connection,marcobianchi,? Marco Bianchi,keep,unknown,,,\n"
	prev, err := ReadHistory(strings.NewReader(hist), "history/0001_2026-11-25.csv")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		want int
	}{
		{"? Marco Bianchi", 0},  // the LinkedIn name, as written
		{"?? Marco Bianchi", 0}, // nor the Twitter one lost: not what the run wrote
	} {
		text := header + "p1," + tt.name + ",linkedin:marcobianchi;twitter:1,,,,,,,\n"
		l, err := ReadLedger(strings.NewReader(text), "ledger.csv", NewDate(2026, 12, 1))
		if err != nil {
			t.Fatal(err)
		}
		if _, n := LossyNames(l, prev); n != tt.want {
			t.Errorf("%q: %d cells lossy, want %d", tt.name, n, tt.want)
		}
	}
	// The first account's name lost is one.
	l, err := ReadLedger(strings.NewReader(header+"p1,? Marco Bianchi,twitter:1,,,,,,,\n"), "ledger.csv", NewDate(2026, 12, 1))
	if err != nil {
		t.Fatal(err)
	}
	twitter := prev[:1]
	if _, n := LossyNames(l, twitter); n != 1 {
		t.Errorf("Twitter alone: %d cells lossy, want 1", n)
	}
}

// The backup is read for the rows of the ledger's "?" cells alone
// (ReadLedgerRows): on a re-audit of a million rows, a single "?" typed
// in a note made every run parse the whole backup, seconds. A backup
// row it passes over may be one the ledger's checks refuse: not read.
func TestReadLedgerRows(t *testing.T) {
	const backup = "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note\n" +
		"p1,Ada,twitter:1,,maybe,,,,,\n" + // a bad yes, passed over
		"p2,🟢 Marco,twitter:2,,,,,,,café ☕\n" +
		"p3,Zoë,twitter:3,,,,,,,\n" +
		"p4,Lena,twitter:3,,,,,,,\n" // twitter:3 twice
	const ledger = "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note\n" +
		"p1,Ada,twitter:1,,,,,,,\n" +
		"p2,? Marco,twitter:2,,,,,,,café ?\n"
	l, err := ReadLedger(strings.NewReader(ledger), "ledger.csv", NewDate(2026, 12, 1))
	if err != nil {
		t.Fatal(err)
	}
	ids := l.QuestionIDs()
	if len(ids) != 1 || !ids["p2"] {
		t.Fatalf("QuestionIDs = %v, want p2 alone", ids)
	}
	b, err := ReadLedgerRows(strings.NewReader(backup), "ledger.previous.csv", NewDate(2026, 12, 1), ids)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(b.Rows()); n != 1 || b.Rows()[0].Line != 3 {
		t.Fatalf("read %d rows, want line 3 alone", n)
	}
	if first, n := LossySave(l, b); n != 2 || first.Line != 3 || first.Column != ColName {
		t.Errorf("LossySave = %+v, %d: want 2 cells, first line 3's name", first, n)
	}
}
