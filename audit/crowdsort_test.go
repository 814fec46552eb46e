package audit

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// sortCrowd gives the order of a comparison sort, whatever the size and
// however the numbers are spread, the largest included.
func TestSortCrowd(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, 100, 4*crowdBucket - 1, 4 * crowdBucket, 100_000} {
		for _, spread := range []uint64{1 << 48, 1 << 20, 3} {
			rows := make([]crowdRow, n)
			for i := range rows {
				rows[i] = crowdRow{idNum: 1 + rng.Uint64N(spread), i: int32(i)}
				if i%1000 == 0 {
					rows[i].idNum = 1 << 48 // the largest: a hash of all ones, plus one
				}
			}
			got := slices.Clone(rows)
			sortCrowd(got)
			if !slices.IsSortedFunc(got, func(a, b crowdRow) int { return cmp.Compare(a.idNum, b.idNum) }) {
				t.Fatalf("n=%d spread=%d: not sorted", n, spread)
			}
			byRow := func(a, b crowdRow) int { return cmp.Or(cmp.Compare(a.idNum, b.idNum), cmp.Compare(a.i, b.i)) }
			slices.SortFunc(got, byRow)
			slices.SortFunc(rows, byRow)
			if !slices.Equal(got, rows) {
				t.Fatalf("n=%d spread=%d: rows lost or changed", n, spread)
			}
		}
	}
}

func BenchmarkSortCrowd(b *testing.B) {
	for _, n := range []int{1_000_000, 2_000_000, 4_000_000} {
		rng := rand.New(rand.NewPCG(1, 2))
		in := make([]crowdRow, n)
		for i := range in {
			in[i] = crowdRow{idNum: rng.Uint64()>>16 + 1, i: int32(i)}
		}
		rows := make([]crowdRow, n)
		b.Run(fmt.Sprintf("bucket/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				copy(rows, in)
				sortCrowd(rows)
			}
		})
		b.Run(fmt.Sprintf("pdq/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				copy(rows, in)
				slices.SortFunc(rows, func(a, b crowdRow) int { return cmp.Compare(a.idNum, b.idNum) })
			}
		})
	}
}
