package audit

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// BenchmarkPermute moves n accounts into a random order, as Merge moves
// them into report order: in blocks (permuteInPlace) and along the
// cycles through the whole slab (permuteCycles).
func BenchmarkPermute(b *testing.B) {
	for _, n := range []int{1_000_000, 2_000_000} {
		accs := make([]Account, n)
		order := make([]int32, n)
		for i := range order {
			order[i] = int32(i)
		}
		rand.New(rand.NewPCG(1, 1)).Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, m := range []struct {
			name string
			fn   func([]Account, []int32)
		}{{"blocks", permuteInPlace[Account]}, {"cycles", permuteCycles[Account]}} {
			b.Run(fmt.Sprintf("%s/n=%d", m.name, n), func(b *testing.B) {
				spent := make([]int32, n) // permuteCycles spends its order
				for b.Loop() {
					copy(spent, order)
					m.fn(accs, spent)
				}
			})
		}
	}
}
