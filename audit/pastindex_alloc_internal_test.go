package audit

import (
	"fmt"
	"slices"
	"testing"
)

// TestPastIndexAllocations: a re-audit indexes the last run's million
// rows while the collector is paused for the reports, so that what the
// index allocates, garbage or not, is in the run's peak. Each row's hash
// is kept above the bits of its index, sorted in place, 8 bytes a row and
// 4 for last, with no second buffer (radix.Keys took 12 bytes a row,
// radix.Sort's pairs 32). The rows of an account listed more than once
// come in file order, as a stable sort leaves them: findPast finds the
// first, and last is the latest.
func TestPastIndexAllocations(t *testing.T) {
	const n = 20000
	prev := make([]Past, 0, n)
	for i := range n {
		id := fmt.Sprintf("ada-lovelace-%d", i)
		if i%1000 == 999 {
			id = "ada-lovelace-7" // listed again, by hand
		}
		prev = append(prev, PastCells{AsOf: "2026-08-25", PersonID: fmt.Sprintf("p%d", i), Network: LinkedIn,
			Relation: Connection, ID: id, Name: "Ada Lovelace", Decision: DecisionUnfollow, Rule: RuleUnknown}.Past())
	}
	var pp pastHashes
	var last []int32
	if b := allocated(func() { pp, last = pastIndex(prev) }); b > 13*n {
		t.Errorf("pastIndex of %d rows allocated %d bytes, want at most %d", n, b, 13*n)
	}
	var twice []int32
	for _, k := range pp.h {
		if i := int32(k & pp.mask); k&^pp.mask == keyHashOf(LinkedIn, "ada-lovelace-7")&^pp.mask && prev[i].ID() == "ada-lovelace-7" {
			twice = append(twice, i)
		}
	}
	want := []int32{7}
	for i := 999; i < n; i += 1000 {
		want = append(want, int32(i))
	}
	if !slices.Equal(twice, want) {
		t.Errorf("rows of the account listed %d times, in index order: %v, want %v", len(want), twice, want)
	}
	for _, i := range want {
		if last[i] != want[len(want)-1] {
			t.Errorf("last[%d] = %d, want %d", i, last[i], want[len(want)-1])
		}
	}
	a := acc(LinkedIn, "ada-lovelace-7", "")
	if at := findPast(prev, pp, &a); at != 7 {
		t.Errorf("findPast = %d, want the first row, 7", at)
	}
}
