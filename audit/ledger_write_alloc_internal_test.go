package audit

import (
	"fmt"
	"io"
	"testing"
)

// TestWriteLedgerFollowerAllocations: a first run writes a million rows
// straight from their people (writeVirtualRow), and a person who also
// only follows you on another network (a LinkedIn connection, a Facebook
// follower of the same name) is common. Leaving that account off the
// accounts cell (rowAccounts) must not cost such a row an allocation:
// the rows with one allocate no more than those without.
func TestWriteLedgerFollowerAllocations(t *testing.T) {
	const n = 5000
	write := func(follower bool) float64 {
		people := make([]*Person, n)
		for i := range people {
			accs := []*Account{{Network: LinkedIn, Relation: Connection, ID: fmt.Sprintf("ann-lee-%d", i), Name: "Ann Lee"}}
			if follower {
				accs = append(accs, &Account{Network: Facebook, Relation: Follower, ID: fmt.Sprintf("ann-lee~%d", i), Name: "Ann Lee"})
			}
			people[i] = &Person{ID: fmt.Sprintf("p%d", i), Accounts: accs}
		}
		l := NewLedger()
		l.Update(people)
		// Allocations counted, not bytes: the writer's chunk buffers
		// (half a megabyte each) come from a pool that a collection may
		// empty or not, one more or less in either measure, where a
		// slice per row would be 5,000 more.
		return testing.AllocsPerRun(3, func() {
			if err := WriteLedger(io.Discard, l); err != nil {
				t.Fatal(err)
			}
		})
	}
	without, with := write(false), write(true)
	if with > without+n/100 {
		t.Errorf("writing %d rows with a follower on each made %.0f allocations, %.0f without", n, with, without)
	}
}

// rowKeys writes the cell field would of the keys rowAccounts keeps,
// whichever account only follows you: the first, one needing quotes, all.
func TestRowKeys(t *testing.T) {
	fol := func(network, id string) *Account { return &Account{Network: network, Relation: Follower, ID: id} }
	fw := func(network, id string) *Account { return &Account{Network: network, Relation: Following, ID: id} }
	for _, accs := range [][]*Account{
		nil,
		{fol(Twitter, "1")},
		{fol(Twitter, "1"), fw(LinkedIn, "ann")},
		{fw(LinkedIn, "ann"), fol(Facebook, "ann, lee"), fw(Twitter, "2")},
		{fol(Facebook, "=ann"), fw(Twitter, "2")},
		{fol(Twitter, "2"), fw(Facebook, "ann \"x\"")},
		{fw(Facebook, " ann"), fol(Twitter, "2")},
	} {
		got, want := newChunkWriter(64), newChunkWriter(64)
		got.rowKeys(accs)
		want.field((&Person{Accounts: rowAccounts(accs)}).Keys())
		if string(got.buf) != string(want.buf) {
			t.Errorf("rowKeys(%v) wrote %q, want %q", accs, got.buf, want.buf)
		}
	}
}
