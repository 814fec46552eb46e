package radix

import (
	"fmt"
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

// TestSortKeysInPlace checks that SortKeysInPlace sorts by key and keeps
// each key with its index.
func TestSortKeysInPlace(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, n := range []int{0, 1, 5, 32, 33, 255, 256, 1000, 70_000} {
		for _, spread := range []uint64{1, 3, 1 << 20, 1 << 40, 0} {
			k := MakeKeys(n)
			pairs := make([]Pair, n)
			for i := range n {
				key := rng.Uint64()
				if spread != 0 {
					key = 1_000_000_000 + rng.Uint64N(spread)
				}
				k.Key[i], k.Index[i] = key, int32(i)
				pairs[i] = Pair{key, int32(i)}
			}
			SortKeysInPlace(k)
			got := make([]Pair, n)
			for i := range n {
				got[i] = Pair{k.Key[i], k.Index[i]}
			}
			if !slices.IsSortedFunc(got, Compare) {
				t.Fatalf("n=%d spread=%d: not sorted", n, spread)
			}
			byIndex := func(a, b Pair) int { return int(a.Index) - int(b.Index) }
			slices.SortFunc(got, byIndex)
			if !slices.Equal(got, pairs) {
				t.Fatalf("n=%d spread=%d: keys and indexes not kept together", n, spread)
			}
		}
	}
}

// TestSortInPlace checks that SortInPlace sorts keys as slices.Sort does.
func TestSortInPlace(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for _, n := range []int{0, 1, 5, 32, 33, 255, 256, 1000, 70_000} {
		for _, spread := range []uint64{1, 3, 1 << 20, 1 << 40, 0} {
			keys := make([]uint64, n)
			for i := range keys {
				keys[i] = rng.Uint64()
				if spread != 0 {
					keys[i] = 1_000_000_000 + rng.Uint64N(spread)
				}
			}
			want := slices.Sorted(slices.Values(keys))
			SortInPlace(keys)
			if !slices.Equal(keys, want) {
				t.Fatalf("n=%d spread=%d: not sorted as slices.Sort sorts", n, spread)
			}
		}
	}
}

func BenchmarkSortKeys(b *testing.B) {
	for _, n := range []int{1_000_000, 4_000_000} {
		for _, spread := range []uint64{1 << 32, 0} {
			rng := rand.New(rand.NewPCG(1, 2))
			in := MakeKeys(n)
			for i := range n {
				in.Key[i], in.Index[i] = rng.Uint64(), int32(i)
				if spread != 0 {
					in.Key[i] = 1_000_000_000 + rng.Uint64N(spread)
				}
			}
			k, pairs := MakeKeys(n), make([]Pair, n)
			b.Run(fmt.Sprintf("pairs/n=%d/spread=%d", n, spread), func(b *testing.B) {
				for b.Loop() {
					for i := range pairs {
						pairs[i] = Pair{in.Key[i], in.Index[i]}
					}
					Sort(pairs)
				}
			})
			b.Run(fmt.Sprintf("inplace/n=%d/spread=%d", n, spread), func(b *testing.B) {
				for b.Loop() {
					copy(k.Key, in.Key)
					copy(k.Index, in.Index)
					SortKeysInPlace(k)
				}
			})
		}
	}
}
