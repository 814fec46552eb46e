package audit

import (
	"fmt"
	"strings"
	"testing"
)

// A run given every list the workspace audited carries nothing: the
// reach-out list looks for carried keeps (keptCarried) without a map of
// the keys of the family and friends marked inspiring, which a ledger of
// a million rows may hold by the thousand.
func TestKeptCarriedNoneCarriedAllocates(t *testing.T) {
	const n = 200
	var b strings.Builder
	b.WriteString(strings.Join(append(LedgerColumns, ColInExports), ",") + "\n")
	for i := range n {
		fmt.Fprintf(&b, "p%04d,Kin %d,twitter:%d,2020,yes,,,,sister,,yes\n", i, i, 1000+i)
	}
	l, err := ReadLedger(strings.NewReader(b.String()), "ledger.csv", NewDate(2026, 11, 25))
	if err != nil {
		t.Fatal(err)
	}
	w, err := ParseSpan("12m")
	if err != nil {
		t.Fatal(err)
	}
	r := Rules{AsOf: NewDate(2026, 11, 25), Window: w, Policy: DefaultPolicy()}
	start := r.Window.Before(r.AsOf)
	if got := testing.AllocsPerRun(5, func() { r.keptCarried(l, nil, nil, start) }); got != 0 {
		t.Errorf("keptCarried with nothing carried: %v allocations, want none", got)
	}
}
