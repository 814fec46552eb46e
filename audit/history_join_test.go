package audit

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// joinPast against a map, on histories with repeated and missing accounts;
// some rounds big enough for the walk to be split across two cores.
func TestJoinPastAgainstMap(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := range 50 {
		size := 2000
		if round%10 == 9 {
			size = 40_000
		}
		n := r.IntN(size)
		var prev []Past
		for range n {
			prev = append(prev, PastCells{Network: []string{Twitter, LinkedIn}[r.IntN(2)], ID: fmt.Sprint(r.IntN(n + 1))}.Past())
		}
		var items []Item
		for range r.IntN(size) {
			a := acc([]string{Twitter, LinkedIn}[r.IntN(2)], fmt.Sprint(r.IntN(n+1)), "")
			items = append(items, Item{Account: &a})
		}
		checkJoin(t, round, prev, items)
	}
}

// joinPast against a map on items in the order of the history, as a
// re-audit has them: new ones between, rows gone (alone and in runs
// longer than the rows it looks ahead), accounts listed twice, blocks
// moved elsewhere, and some rounds reordered past the point where it
// gives up the walk in step for the walk by hash.
func TestJoinPastInStep(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for round := range 40 {
		n := 1 + r.IntN(5000)
		if round%10 == 9 {
			n = 40_000
		}
		var prev []Past
		for i := range n {
			id := fmt.Sprint(i)
			if i > 0 && r.IntN(50) == 0 {
				id = fmt.Sprint(r.IntN(i)) // listed twice
			}
			prev = append(prev, PastCells{Network: []string{Twitter, LinkedIn}[i%2], ID: id}.Past())
		}
		var items []Item
		add := func(network, id string) {
			a := acc(network, id, "")
			items = append(items, Item{Account: &a})
		}
		var moved []int
		for i := 0; i < n; i++ {
			switch x := r.IntN(100); {
			case x < 3:
				i += r.IntN(30) // a run gone
			case x < 6:
				add(LinkedIn, fmt.Sprintf("new-%d", i))
			case x < 8:
				moved = append(moved, i) // comes later
				continue
			}
			if i < n {
				add(prev[i].Network(), prev[i].ID())
			}
		}
		for _, i := range moved {
			add(prev[i].Network(), prev[i].ID())
		}
		if round%4 == 3 { // another order
			r.Shuffle(len(items), func(a, b int) { items[a], items[b] = items[b], items[a] })
		}
		checkJoin(t, round, prev, items)
	}
}

// checkJoin checks joinPast(prev, items) against a map of the last row of
// each key.
func checkJoin(t *testing.T, round int, prev []Past, items []Item) {
	t.Helper()
	type key struct{ network, id string }
	lastOf := map[key]int32{}
	for i, p := range prev {
		lastOf[key{p.Network(), p.ID()}] = int32(i)
	}
	last, match := joinPast(prev, items)
	for i, p := range prev {
		if want := lastOf[key{p.Network(), p.ID()}]; last[i] != want {
			t.Fatalf("round %d: last[%d] = %d, want %d", round, i, last[i], want)
		}
	}
	for k, it := range items {
		want, ok := lastOf[key{it.Account.Network, it.Account.ID}]
		if !ok {
			want = -1
		}
		if match[k] != want {
			t.Fatalf("round %d: match[%d] (%s) = %d, want %d", round, k, it.Account.Key(), match[k], want)
		}
	}
}
