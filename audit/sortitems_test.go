package audit

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"testing"
)

// itemSorter.sorted, which checks halves on two cores, agrees with
// sort.IsSorted on sorted items, on items with one pair out of order
// anywhere (in a half, or across the middle), and on tiny inputs.
func TestItemsSortedCheck(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 3, 100, 1 << 14, 1<<15 + 1} {
		items := make([]Item, n)
		folds := make([]string, n)
		p := &Person{ID: "p1"}
		for i := range items {
			items[i] = Item{Person: p, Account: &Account{Network: LinkedIn, ID: fmt.Sprintf("%08d", i)}}
			folds[i] = fmt.Sprintf("name %06d", i/3)
		}
		s := itemSorter{items, folds}
		if got, want := s.sorted(), sort.IsSorted(s); got != want || !got {
			t.Fatalf("n=%d sorted: %v, sort.IsSorted: %v", n, got, want)
		}
		if n < 2 {
			continue
		}
		for _, at := range []int{1, n / 2, n/2 + 1, n - 1, 1 + r.IntN(n-1)} {
			if at >= n {
				continue
			}
			s.Swap(at, at-1)
			if got, want := s.sorted(), sort.IsSorted(s); got != want {
				t.Fatalf("n=%d, pair %d out of order: sorted %v, sort.IsSorted %v", n, at, got, want)
			}
			s.Swap(at, at-1)
		}
	}
}
