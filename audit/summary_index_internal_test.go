package audit

import (
	"slices"
	"testing"
)

// TestPastIndexOf checks that Summarize takes Compare's index of the
// previous decisions for the same rows only, and that it uses it: given
// an index that says an account's first row is not its last, the account
// is counted once, on its last row.
func TestPastIndexOf(t *testing.T) {
	prev := []Past{
		PastCells{AsOf: "2026-08-25", PersonID: "p1", Network: Twitter, Relation: Following, ID: "1", Name: "Ada", Decision: DecisionUnfollow, Rule: RuleUnknown}.Past(),
		PastCells{AsOf: "2026-08-25", PersonID: "p2", Network: Twitter, Relation: Following, ID: "2", Name: "Bo", Decision: DecisionUnfollow, Rule: RuleUnknown}.Past(),
	}
	idx := PastIndex{prev: prev, last: []int32{0, 1}}
	for _, tt := range []struct {
		name string
		rows []Past
		want bool
	}{
		{"the same rows", prev, true},
		{"a copy", slices.Clone(prev), false},
		{"a part", prev[1:], false},
		{"none", nil, false},
	} {
		if got := idx.lastOf(tt.rows) != nil; got != tt.want {
			t.Errorf("%s: index taken = %v, want %v", tt.name, got, tt.want)
		}
	}
	// Row 0 said to be followed by a later row of its account: counted
	// on that row only.
	s := SummarizeIndexed(nil, prev, PastIndex{prev: prev, last: []int32{1, 1}}, nil, true)
	if s.Total.WasUnfollow != 1 {
		t.Errorf("with the index: %d said to unfollow before, want 1", s.Total.WasUnfollow)
	}
	if s := Summarize(nil, prev, nil, true); s.Total.WasUnfollow != 2 {
		t.Errorf("without: %d said to unfollow before, want 2", s.Total.WasUnfollow)
	}
}
