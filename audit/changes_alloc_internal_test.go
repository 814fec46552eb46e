package audit

import (
	"fmt"
	"testing"
	"unsafe"
)

// TestCompareChangedAllocations: a re-audit compares a million rows with
// the last run's while the collector is paused for the reports, so that
// what the comparison allocates, garbage or not, is in the run's peak:
// the changes grown by append a quarter at a time took five changes'
// bytes for each one kept (28 MB for the 25,347 changed rows of the
// bench's re-audit), grown twice at a time about three. Gathered in
// blocks and copied once into a slice of their number, two, and the
// index of the last run's rows little beside (see pastIndex).
func TestCompareChangedAllocations(t *testing.T) {
	const n = 30000
	prev := make([]Past, 0, n)
	items := make([]Item, n)
	person := &Person{ID: "p1"}
	for i := range n {
		id := fmt.Sprintf("ada-lovelace-%d", i)
		prev = append(prev, PastCells{AsOf: "2026-08-25", PersonID: "p1", Network: LinkedIn,
			Relation: Connection, ID: id, Name: "Ada Lovelace", Decision: DecisionKeep, Rule: RuleMet}.Past())
		items[i] = Item{Person: person, Account: &Account{Network: LinkedIn, Relation: Connection, ID: id, Name: "Ada Lovelace"},
			Decision: Decision{Rule: RuleUnknown, Reason: "not met since 2025-11-25"}}
	}
	all := func(network, relation, id string) bool { return true }
	var changes []Change
	b := allocated(func() { changes, _ = CompareIndexed(prev, items, all, nil, nil, nil, nil) })
	if len(changes) != n {
		t.Fatalf("%d changes, want %d", len(changes), n)
	}
	if per := float64(b) / n / float64(unsafe.Sizeof(Change{})); per > 2.3 {
		t.Errorf("CompareIndexed allocated %.2f changes' bytes a change, want at most 2.3", per)
	}
}
