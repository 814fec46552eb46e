package radix

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 5, 255, 256, 1000, 70_000} {
		for _, spread := range []uint64{3, 1 << 20, 1 << 40, 0} {
			in := make([]Pair, n)
			for i := range in {
				k := rng.Uint64()
				if spread != 0 {
					k = 1_000_000_000 + rng.Uint64N(spread)
				}
				in[i] = Pair{k, int32(i)}
			}
			want := slices.Clone(in)
			slices.SortStableFunc(want, Compare)
			if got := Sort(slices.Clone(in)); !slices.Equal(got, want) {
				t.Errorf("n=%d spread=%d: not sorted stably by key", n, spread)
			}
		}
	}
}

func BenchmarkSort(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	in := make([]Pair, 1_000_000)
	for i := range in {
		in[i] = Pair{rng.Uint64(), int32(i)}
	}
	buf := make([]Pair, len(in))
	for b.Loop() {
		copy(buf, in)
		Sort(buf)
	}
}
