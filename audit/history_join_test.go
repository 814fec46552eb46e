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
}
