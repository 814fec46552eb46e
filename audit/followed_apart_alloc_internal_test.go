package audit

import (
	"fmt"
	"runtime"
	"testing"
)

// allocated returns the bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestFollowedApartAllocations: Summarize runs followedApart on every
// re-audit, and a history of a million rows holds hundreds of thousands
// of follows. A friend whose follow cell is set (a few do) must not make
// a key of every follow row: the lookups made one string each, ids of
// long names past the 32 bytes a concatenation builds on the stack.
func TestFollowedApartAllocations(t *testing.T) {
	const n = 20000
	prev := make([]Past, 0, n+2)
	prev = append(prev, PastCells{AsOf: "2027-02-25", PersonID: "p1", Network: Facebook, Relation: Friend,
		ID: "bruno-keller.1653143829", Name: "Bruno Keller", Decision: DecisionUnfollow, Rule: RuleUnknown,
		Follow: "bruno-keller.1653143832"}.Past())
	prev = append(prev, PastCells{AsOf: "2027-05-25", PersonID: "p2", Network: Facebook, Relation: Following,
		ID: "bruno-keller.1653143832", Name: "Bruno Keller", Decision: DecisionUnfollow, Rule: RuleUnknown}.Past())
	for i := range n {
		prev = append(prev, PastCells{AsOf: "2027-05-25", PersonID: fmt.Sprintf("p%d", i+3), Network: Facebook,
			Relation: Following, ID: fmt.Sprintf("maximiliana-zola-bernard-ó-briain.%d", 1600000000+i),
			Name: "Maximiliana Zola-Bernard Ó Briain", Decision: DecisionUnfollow, Rule: RuleUnknown}.Past())
	}
	var got map[int]bool
	if b := allocated(func() { got = followedApart(prev) }); b > 64<<10 {
		t.Errorf("followedApart of %d follows allocated %d bytes, want a few", n, b)
	}
	if len(got) != 1 || !got[0] {
		t.Errorf("followedApart = %v, want the friend (0) alone", got)
	}
}
