package audit

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// bucketSort gives a comparison sort's order however the elements fall
// into buckets: none, all in the first or the last, few busy among many.
func TestBucketSort(t *testing.T) {
	type pair struct{ key, tie uint32 }
	byKey := func(a, b pair) int { return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.tie, b.tie)) }
	const buckets = 256
	bucket := func(p *pair) int { return int(p.key >> 24) }
	rng := rand.New(rand.NewPCG(7, 9))
	keys := map[string]func() uint32{
		"spread":       func() uint32 { return rng.Uint32() },
		"first bucket": func() uint32 { return rng.Uint32N(1 << 24) },
		"last bucket":  func() uint32 { return 0xff000000 | rng.Uint32N(1<<24) },
		"three busy":   func() uint32 { return []uint32{0x10, 0x80, 0xfe}[rng.IntN(3)]<<24 | rng.Uint32N(1000) },
	}
	for _, n := range []int{0, 1, 2, 1000, 50_000} {
		for name, key := range keys {
			t.Run(fmt.Sprintf("%s/n=%d", name, n), func(t *testing.T) {
				xs := make([]pair, n)
				for i := range xs {
					xs[i] = pair{key(), uint32(i)}
				}
				want := slices.Clone(xs)
				slices.SortFunc(want, byKey)
				bucketSort(xs, buckets, bucket, func(b []pair) { slices.SortFunc(b, byKey) })
				if !slices.Equal(xs, want) {
					t.Errorf("not the order of a comparison sort")
				}
			})
		}
	}
}
