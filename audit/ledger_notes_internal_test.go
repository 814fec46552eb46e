package audit

import (
	"strings"
	"testing"
)

// TestBlankRowsHoldNoNotes: a big ledger's rows are mostly blank, and a
// row's annotations are held only where its cells say something (48 bytes
// a row less, of a million). A review's answer on a fresh row reaches the
// decisions of its person, who read the ledger's blank ones until then.
func TestBlankRowsHoldNoNotes(t *testing.T) {
	l, err := ReadLedger(strings.NewReader(strings.Join(append(LedgerColumns, ColInExports), ",")+"\n"+
		"p000000000001,Ada Lovelace,linkedin:ada-lovelace,,,,,,,,yes\n"+
		"p000000000002,Kai Berg,linkedin:kai-berg,2026-03,,,,,friend,met at PyCon,yes\n"), "ledger.csv", NewDate(2026, 11, 25))
	if err != nil {
		t.Fatal(err)
	}
	if l.rows[0].notes != nil || l.rows[0].Notes().Reviewed() {
		t.Errorf("Ada's blank row holds notes %+v", l.rows[0].notes)
	}
	if n := l.rows[1].notes; n == nil || n.Relationship != "friend" || n.Note != "met at PyCon" || n.LastMet.IsZero() {
		t.Errorf("Kai's row holds %+v", n)
	}
	noor := &Person{ID: "p000000000003", Accounts: []*Account{{Network: LinkedIn, Relation: Connection, ID: "noor-haddad", Name: "Noor Haddad"}}}
	l.Update([]*Person{noor})
	r := l.Rows()[2]
	if r.person != noor || r.notes != nil || noor.notes != &l.blank {
		t.Fatalf("fresh row: person %p, notes %p; Noor's notes %p, want the blank %p", r.person, r.notes, noor.notes, &l.blank)
	}
	r.writeNotes(Annotations{Toxic: true, Answered: true})
	if !noor.notes.Toxic || l.blank.Toxic {
		t.Errorf("Noor's notes %+v, the blank %+v", noor.notes, l.blank)
	}
}

// TestHeldNotesReachDecisions: a review's answers on a row reach the
// decisions made before them (the review record's history keeps the
// e-mail of a friend answered so), as where every row held its notes: a
// review has each row hold them, blank ones too (HoldNotes).
func TestHeldNotesReachDecisions(t *testing.T) {
	l, err := ReadLedger(strings.NewReader(strings.Join(append(LedgerColumns, ColInExports), ",")+"\n"+
		"p000000000001,Ada Lovelace,linkedin:ada-lovelace,,,,,,,,yes\n"), "ledger.csv", NewDate(2026, 11, 25))
	if err != nil {
		t.Fatal(err)
	}
	people := Merge([]Account{{Network: LinkedIn, Relation: Connection, ID: "ada-lovelace", Name: "Ada Lovelace", Email: "ada@example.com"}}, l.Known())
	l.HoldNotes()
	l.Update(people)
	rules := Rules{AsOf: NewDate(2026, 11, 25), Window: DefaultWindow, Policy: DefaultPolicy()}
	items := rules.DecideAll(people, l)
	if len(items) != 1 || items[0].Notes().Close() {
		t.Fatalf("items %+v", items)
	}
	l.Rows()[0].writeNotes(Annotations{Relationship: "friend"})
	if n := items[0].Notes(); n.Relationship != "friend" || !n.Close() {
		t.Errorf("Ada's item reads %+v after the answer", n)
	}
	if l.blank != (Annotations{}) {
		t.Errorf("the ledger's blank notes read %+v", l.blank)
	}
}
