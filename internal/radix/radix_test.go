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

// TestSortKeys checks that SortKeys sorts as Sort does, and hands back
// the other buffer.
func TestSortKeys(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, 5, 255, 256, 1000, 70_000} {
		for _, spread := range []uint64{3, 1 << 20, 1 << 40, 0} {
			k, buf := MakeKeys(n), MakeKeys(n)
			pairs := make([]Pair, n)
			for i := range n {
				key := rng.Uint64()
				if spread != 0 {
					key = 1_000_000_000 + rng.Uint64N(spread)
				}
				k.Key[i], k.Index[i] = key, int32(i)
				pairs[i] = Pair{key, int32(i)}
			}
			want := Sort(pairs)
			sorted, spare := SortKeys(k, buf)
			for i, p := range want {
				if sorted.Key[i] != p.Key || sorted.Index[i] != p.Index {
					t.Fatalf("n=%d spread=%d: at %d, %d/%d, want %d/%d", n, spread, i, sorted.Key[i], sorted.Index[i], p.Key, p.Index)
				}
			}
			if n > 0 && (&sorted.Key[0] == &spare.Key[0] || &sorted.Index[0] == &spare.Index[0]) {
				t.Fatalf("n=%d spread=%d: the spare is the sorted keys", n, spread)
			}
			if n > 0 {
				if j, ok := sorted.Search(want[n/2].Key); !ok || sorted.Key[slices.Index(sorted.Index, j)] != want[n/2].Key {
					t.Fatalf("n=%d spread=%d: Search(%d) = %d, %v", n, spread, want[n/2].Key, j, ok)
				}
			}
		}
	}
}
