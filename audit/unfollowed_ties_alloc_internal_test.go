package audit

import (
	"fmt"
	"testing"
)

// TestMarkUnfollowedTiesAllocations: to tell a follow still there, read
// apart (a connection renamed, its Member_Follows.csv row giving the old
// name), MarkUnfollowedTies made a map of every follow of the exports
// once one friend of the last run had a follow cell: a map of hundreds of
// thousands of keys on a re-audit of a million rows, for a few friends.
// It still tells it: the follow read apart is not gone.
func TestMarkUnfollowedTiesAllocations(t *testing.T) {
	const n = 20000
	var items []Item
	for i := range n {
		items = append(items, Item{Account: &Account{Network: LinkedIn, Relation: Following,
			ID: fmt.Sprintf("follow.maximiliana-zola-bernard-%d", i), Name: fmt.Sprintf("Maximiliana Zola-Bernard %d", i)},
			Decision: Decision{Rule: RuleUnknown}})
	}
	follow := Item{Account: &Account{Network: LinkedIn, Relation: Following, ID: "follow.alice-brandt", Name: "Alice Brandt"},
		Decision: Decision{Rule: RuleUnknown}}
	conn := Item{Account: &Account{Network: LinkedIn, Relation: Connection, ID: "alice-brandt", Name: "Alice Brandt-Kohl"},
		Decision: Decision{Rule: RuleUnknown}}
	items = append(items, follow, conn)
	prev := []Past{PastCells{AsOf: "2026-03-01", PersonID: "p1", Network: LinkedIn, Relation: Connection,
		ID: "alice-brandt", Name: "Alice Brandt", Decision: DecisionUnfollow, Rule: RuleUnknown,
		Follow: "follow.alice-brandt"}.Past()}
	covered := func(network, relation, id string) bool { return true }
	if b := allocated(func() { MarkUnfollowedTies(items, prev, covered, nil, nil) }); b > 64<<10 {
		t.Errorf("MarkUnfollowedTies beside %d follows allocated %d bytes, want a few", n, b)
	}
	if d := items[len(items)-1].Decision; d.Unfollowed || d.FollowGone {
		t.Errorf("the connection whose follow is read apart: %+v, want neither unfollowed nor its follow gone", d)
	}
}
