package audit

import (
	"fmt"
	"testing"
)

// TestRejoinedFollowsAllocations: a friend followed again (its follow
// cell naming the follow of before, its follow now another) had
// rejoinedFollows make a map of every follow row of the last run, to
// tell whether the cell names one; a run on a history of a million rows
// made it for one friend. It still tells: a cell naming no row (the
// follow read alone under a new name) is as empty, and the follow the
// friend carries now, the friend's own (see ownFollow), is not gone.
func TestRejoinedFollowsAllocations(t *testing.T) {
	const n = 20000
	follows := func(prev []Past) []Past {
		for i := range n {
			prev = append(prev, PastCells{AsOf: "2027-05-25", PersonID: fmt.Sprintf("p%d", i+3), Network: Facebook,
				Relation: Following, ID: fmt.Sprintf("maximiliana-zola-bernard.%d", 1600000000+i),
				Name: "Maximiliana Zola-Bernard", Decision: DecisionUnfollow, Rule: RuleUnknown}.Past())
		}
		return prev
	}
	friend := func(cell string) Past {
		return PastCells{AsOf: "2027-02-25", PersonID: "p1", Network: Facebook, Relation: Friend,
			ID: "bruno-vogt.1653143829", Name: "Bruno Vogt", Decision: DecisionUnfollow, Rule: RuleUnknown,
			Follow: cell}.Past()
	}
	follow := PastCells{AsOf: "2027-05-25", PersonID: "p1", Network: Facebook, Relation: Following,
		ID: "bruno-vogt.1653143832", Name: "Bruno Vogt", Decision: DecisionUnfollow, Rule: RuleUnknown}.Past()
	items := []Item{{Account: &Account{Network: Facebook, Relation: Friend, ID: "bruno-vogt.1653143829", Name: "Bruno Vogt",
		Extra: map[string]string{ExtraFollow: "bruno-vogt.1653143832"}}}}
	tests := []struct {
		name, cell string
		want       bool // the follow's row still followed
	}{
		{"the cell names no row: as empty", "bruno-keller.1653143832", true},
		{"the cell names another follow's row", "maximiliana-zola-bernard.1600000007", false},
	}
	for _, tt := range tests {
		prev := follows([]Past{friend(tt.cell), follow})
		match := []int32{0}
		now := make([]bool, len(prev))
		if b := allocated(func() { rejoinedFollows(prev, items, match, now) }); b > 64<<10 {
			t.Errorf("%s: rejoinedFollows beside %d follows allocated %d bytes, want a few", tt.name, n, b)
		}
		if now[1] != tt.want {
			t.Errorf("%s: the follow's row still followed: %v, want %v", tt.name, now[1], tt.want)
		}
	}
}
