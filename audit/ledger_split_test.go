package audit

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
)

// TestSplitAfterUpdateKeepsIDsUnique: the review command reads the
// ledger, merges the exports, calls Update (which adds rows for new
// people) and may then split a person. Split picks new person ids that
// are not in l.byID; since a6a51cb, Update no longer indexes the rows it
// adds, so a split can give a new row the id of a row Update added: the
// ledger then holds one person id twice and cannot be read back.
// (The clash needs two account keys whose hashes share 48 bits: the
// twitter ids below do.)
func TestSplitAfterUpdateKeepsIDsUnique(t *testing.T) {
	c0 := strconv.FormatUint(1955647634058120970, 10)
	c1 := strconv.FormatUint(1585258751485207587, 10)
	asOf, _ := ParseDate("2026-12-04")
	in := strings.Join(append(LedgerColumns, ColInExports), ",") + "\n" +
		"pmine0000001,Ann Lee,facebook:ann.1;twitter:" + c0 + ",,,,,,,,yes\n"
	l, err := ReadLedger(strings.NewReader(in), "ledger.csv", asOf)
	if err != nil {
		t.Fatal(err)
	}
	accounts := []Account{
		acc(Facebook, "ann.1", "Ann Lee"),
		acc(Twitter, c0, ""),
		acc(Twitter, c1, ""),            // a new person, id p<48 bits of twitter:c1>
		acc(LinkedIn, "zed", "Zed Zed"), // another new person
	}
	people := Merge(accounts, l.Known())
	l.Update(people)
	details := map[string]*Account{}
	for _, p := range people {
		for _, a := range p.Accounts {
			details[a.Key()] = a
		}
	}
	rv := NewReview(l, Rules{AsOf: asOf, Policy: DefaultPolicy()}, details, true, Windows{})
	if it := rv.Current(); it == nil || l.PersonID(it.Row) != "pmine0000001" {
		t.Fatalf("first in the queue: %v", rv.Current())
	}
	if _, err := rv.Split(); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteLedger(&b, l); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadLedger(bytes.NewReader(b.Bytes()), "ledger.csv", asOf); err != nil {
		t.Errorf("the ledger written after the split cannot be read back: %v\n%s", err, b.String())
	}
}
