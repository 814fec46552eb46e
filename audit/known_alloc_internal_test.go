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
// table is a person id, a row and a number of its owner per person, and
// per key the key, its owner and its hash beside its index (8 bytes: see
// Known.byHash), 60 bytes a key of a row of one. Made, it allocates
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
	if got := float64(after.TotalAlloc-before.TotalAlloc) / n; got > 60.5 {
		t.Errorf("Known allocated %.1f bytes a key, want at most 60", got)
	}
	for i := range n {
		if id, ok := k.PersonID(fmt.Sprintf("linkedin:ada-lovelace-%d", i)); !ok || id != fmt.Sprintf("p%012x", i+1) {
			t.Fatalf("key %d: %q, %v", i, id, ok)
		}
	}
}
