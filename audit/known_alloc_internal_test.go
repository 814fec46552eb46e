package audit

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// TestKnownBytesPerKey: a re-audit's Known holds a key of each of a
// million ledger rows from the merge to the end of the run, where the
// run's memory peaks: each byte a key is a megabyte of that peak. Its
// table is, per person, the row, whose cells and accounts give the id and
// the keys (no copy of their string headers: 40 bytes a row of one key
// less), and per key its owner and its hash beside its index (8 bytes:
// see Known.byHash): 20 bytes a key of a row of one. Made, it allocates
// nothing more: no second buffer of the hashes to sort them in.
func TestKnownBytesPerKey(t *testing.T) {
	const n = 100000
	var b strings.Builder
	b.WriteString(strings.Join(append(LedgerColumns, ColInExports), ",") + "\n")
	for i := range n {
		fmt.Fprintf(&b, "p%012x,Ada Lovelace %d,linkedin:ada-lovelace-%d,,,,,,,,yes\n", i+1, i, i)
	}
	l, err := ReadLedger(strings.NewReader(b.String()), "ledger.csv", NewDate(2026, 11, 25))
	if err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	k := l.Known()
	runtime.ReadMemStats(&after)
	if k.Len() != n {
		t.Fatalf("%d keys, want %d", k.Len(), n)
	}
	if got := float64(after.TotalAlloc-before.TotalAlloc) / n; got > 20.5 {
		t.Errorf("Known allocated %.1f bytes a key, want at most 20", got)
	}
	for i := range n {
		if id, ok := k.PersonID(fmt.Sprintf("linkedin:ada-lovelace-%d", i)); !ok || id != fmt.Sprintf("p%012x", i+1) {
			t.Fatalf("key %d: %q, %v", i, id, ok)
		}
	}
}

// TestKnownMatchBytesPerAccount: a re-audit matches a million accounts of
// the exports against the ledger's keys in the merge, whose garbage is
// part of the run's peak. Per account that is its owner and its key's
// index, 4 bytes each, and its hash with its index in 8 (sorted in
// place: no second buffer), and the keys' marks: at most 17 bytes an
// account, where a hash beside its index (radix.Pair) and radix.Sort's
// copy of them took 32 more.
func TestKnownMatchBytesPerAccount(t *testing.T) {
	const n = 100000
	k := &Known{}
	acc := make([]Account, n)
	for i := range n {
		id := fmt.Sprintf("ada-lovelace-%d", i)
		k.add(knownRow(fmt.Sprintf("p%012x", i+1), LinkedIn+":"+id))
		acc[n-1-i] = Account{Network: LinkedIn, Relation: Connection, ID: id}
	}
	acc[0].ID = "someone-new"
	k.sort()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	owners := k.match(acc)
	runtime.ReadMemStats(&after)
	if got := float64(after.TotalAlloc-before.TotalAlloc) / n; got > 17.5 {
		t.Errorf("match allocated %.1f bytes an account, want at most 17", got)
	}
	for i, o := range owners {
		want := int32(n - 1 - i)
		if i == 0 {
			want = -1
		}
		if o != want {
			t.Fatalf("account %d (%s): owner %d, want %d", i, acc[i].ID, o, want)
		}
	}
}
