package audit

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// Update finds the rows of people pinned by the ledger's grouping through
// Merge, and the others by id among the rows no one brought, without
// indexing every id.
func TestUpdateFindsRowsWithoutIndexingIDs(t *testing.T) {
	in := strings.Join([]string{
		"person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports",
		"p1,Ada,twitter:1;linkedin:ada,,yes,,,,,,yes",
		"p9,Zed,,,,,,,,a row without accounts,no",
		"p2,Bob,twitter:2,,,,,,,,yes",
	}, "\n") + "\n"
	l, err := ReadLedger(strings.NewReader(in), "ledger.csv", NewDate(2026, 11, 25))
	if err != nil {
		t.Fatal(err)
	}
	people := Merge([]Account{acc(Twitter, "1", "Ada"), acc(Twitter, "9", "Zed"), acc(Twitter, "7", "Cy")}, l.Known())
	byKey := map[string]*Person{}
	for _, p := range people {
		byKey[p.Accounts[0].Key()] = p
	}
	if byKey["twitter:1"].row != l.Rows()[0] {
		t.Fatalf("Merge did not bring Ada's row along")
	}
	byKey["twitter:9"].ID = "p9" // as if the id had been derived to the row's
	l.Update(people)
	if l.byID != nil {
		t.Errorf("Update indexed every id")
	}
	if got := l.cell(l.Rows()[1], ColAccounts); got != "twitter:9" {
		t.Errorf("the row without accounts got %q, want twitter:9", got)
	}
	if len(l.Rows()) != 4 || l.Rows()[3].person != byKey["twitter:7"] {
		t.Fatalf("want one new row, for Cy; have %d rows", len(l.Rows()))
	}
	for i, want := range []string{"yes", "yes", "no", "yes"} {
		if got := l.cell(l.Rows()[i], ColInExports); got != want {
			t.Errorf("row %d in_exports = %q, want %q", i, got, want)
		}
	}
	if r := l.Row("p2"); r != l.Rows()[2] {
		t.Errorf("Row(p2) = %v after Update", r)
	}
	if r := l.Row(l.cell(l.Rows()[3], ColPersonID)); r != l.Rows()[3] {
		t.Errorf("Row of the added row = %v", r)
	}
}

// People merged with the Known of another Ledger (the same file read
// twice) are found in this one by id, not through the other's rows.
func TestUpdateWithAnotherLedgersKnown(t *testing.T) {
	text := "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports\n" +
		"p1,Ada,twitter:1,,,,,,,,no\n"
	asOf := NewDate(2026, 11, 25)
	l1, err := ReadLedger(strings.NewReader(text), "l", asOf)
	if err != nil {
		t.Fatal(err)
	}
	l2, err := ReadLedger(strings.NewReader(text), "l", asOf)
	if err != nil {
		t.Fatal(err)
	}
	ada := withEmail(acc(Twitter, "1", "Ada L"), "ada@x.org")
	insta := withEmail(acc(Instagram, "ada", "Ada L"), "ada@x.org")
	l2.Update(Merge([]Account{ada, insta}, l1.Known()))
	r := l2.Rows()[0]
	if got := l2.cell(r, ColAccounts); got != "twitter:1;instagram:ada" {
		t.Errorf("accounts %q, want twitter:1;instagram:ada", got)
	}
	if got := l2.cell(r, ColInExports); got != "yes" {
		t.Errorf("in_exports %q, want yes", got)
	}
	if got := l1.cell(l1.Rows()[0], ColAccounts); got != "twitter:1" {
		t.Errorf("the other ledger changed: accounts %q", got)
	}
}

// The rows of people Update finds new are not made unless asked for:
// WriteLedger writes them from the people, byte for byte what it writes
// once they are made (Rows), also where they start inside a chunk of rows
// formatted on another goroutine; meanwhile they are decided on notes of
// their own, blank.
func TestUpdateDefersNewRows(t *testing.T) {
	var b strings.Builder
	b.WriteString("person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports,mine\n")
	const old, added = 3000, 5000 // the rows end inside a chunk (chunkRows)
	for i := range old {
		fmt.Fprintf(&b, "p%d,Old %d,twitter:%d,,,,,,friend,\"a, note\",yes,x\n", i, i, i)
	}
	read := func() *Ledger {
		l, err := ReadLedger(strings.NewReader(b.String()), "ledger.csv", NewDate(2026, 11, 25))
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	var accs []Account
	for i := range old + added {
		accs = append(accs, acc(Twitter, strconv.Itoa(i), fmt.Sprintf("Name %d", i)))
	}
	write := func(made bool) (string, *Ledger, []*Person) {
		l := read()
		people := Merge(slices.Clone(accs), l.Known())
		l.Update(people)
		if len(l.rows) != old || len(l.fresh) != added {
			t.Fatalf("after Update: %d rows and %d fresh people, want %d and %d", len(l.rows), len(l.fresh), old, added)
		}
		if made && len(l.Rows()) != old+added {
			t.Fatalf("Rows() gave %d rows, want %d", len(l.Rows()), old+added)
		}
		var out strings.Builder
		if err := WriteLedger(&out, l); err != nil {
			t.Fatal(err)
		}
		return out.String(), l, people
	}
	deferred, l, people := write(false)
	made, _, _ := write(true)
	if deferred != made {
		t.Fatalf("the ledger written from the people differs from the one written from their rows")
	}
	if n := strings.Count(deferred, "\n"); n != 1+old+added {
		t.Fatalf("%d lines written, want %d", n, 1+old+added)
	}
	if !strings.HasSuffix(deferred, ",yes,\n") {
		t.Errorf("last row %q: want in_exports yes and an empty cell of the person's column", deferred[strings.LastIndexByte(deferred[:len(deferred)-1], '\n')+1:])
	}
	items := (&Rules{AsOf: NewDate(2026, 11, 25), Window: DefaultWindow, Policy: DefaultPolicy()}).DecideAll(people, l)
	kept := 0
	for _, it := range items {
		if it.Notes().Reviewed() {
			kept++
		}
	}
	if kept != old {
		t.Errorf("%d items with notes, want the %d old rows'", kept, old)
	}
	if len(l.fresh) != added {
		t.Errorf("DecideAll made the new rows")
	}
	// A person Update did not see is looked up among the rows made, and
	// the new ones are still not made (the ledger may be being written).
	unseen := Merge([]Account{acc(Twitter, "7", "Old 7")}, nil)
	unseen[0].ID = "p7"
	items = (&Rules{AsOf: NewDate(2026, 11, 25), Window: DefaultWindow, Policy: DefaultPolicy()}).DecideAll(unseen, l)
	if len(items) != 1 || items[0].Notes().Relationship != "friend" {
		t.Errorf("an unseen person's item: %+v, want the notes of row p7", items)
	}
	if len(l.fresh) != added {
		t.Errorf("DecideAll made the new rows to look an unseen person up")
	}
	// Whose rows hold notes, looked up while the ledger may be being
	// written: the new rows are not made either.
	noted := l.NotedPeople()
	if !noted("p7") || noted("p"+strconv.Itoa(old)) || noted(people[old].ID) {
		t.Errorf("NotedPeople: p7 %v, want true; a new person %v, want false", noted("p7"), noted(people[old].ID))
	}
	if len(l.fresh) != added {
		t.Errorf("NotedPeople made the new rows")
	}
}
