package audit

import (
	"fmt"
	"testing"
)

// TestRelinkedNamesakesAllocations: on the first LinkedIn export with
// profile addresses, every connection's id changes and nearly all are
// paired with their old ids before relinkedNamesakes looks; it made the
// name id of every new connection all the same, a string each of a
// million, for the few left. It still hints the ones left.
func TestRelinkedNamesakesAllocations(t *testing.T) {
	const n = 20000
	day := NewDate(2019, 2, 2)
	var items []Item
	taken := map[int]bool{}
	for i := range n {
		items = append(items, Item{Account: &Account{Network: LinkedIn, Relation: Connection,
			ID: fmt.Sprintf("maximiliana-zola-bernard-%d", i), Name: fmt.Sprintf("Maximiliana Zola-Bernard %d", i), Since: day}})
		taken[i] = true
	}
	for _, id := range []string{"mia-roth-1", "mia-roth-2"} {
		items = append(items, Item{Account: &Account{Network: LinkedIn, Relation: Connection, ID: id, Name: "Mia Roth", Since: day}})
	}
	match := make([]int32, len(items))
	for i := range match {
		match[i] = -1
	}
	var prev []Past
	for _, id := range []string{"mia-roth.20190202", "mia-roth.20190202~2"} {
		prev = append(prev, PastCells{AsOf: "2023-03-01", PersonID: "p-" + id, Network: LinkedIn, Relation: Connection,
			ID: id, Name: "Mia Roth", Decision: DecisionUnfollow, Rule: RuleUnknown}.Past())
	}
	out := map[int]replacement{}
	free := func(k int) bool { return !taken[k] }
	if b := allocated(func() { relinkedNamesakes(prev, []int{0, 1}, items, match, out, taken, free) }); b > 64<<10 {
		t.Errorf("relinkedNamesakes beside %d connections paired allocated %d bytes, want a few", n, b)
	}
	for i := range prev {
		if r := out[i]; !r.among || len(r.hinted) != 2 {
			t.Errorf("%s: %+v, want among, naming the 2 new", prev[i].ID(), r)
		}
	}
}
