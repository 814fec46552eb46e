package audit

import (
	"cmp"
	"math/bits"
	"slices"
	"sync"
)

// sortCrowd sorts the crowd's rows by idNum. The numbers are hashes,
// spread evenly: one pass counts them by their top bits into buckets of
// about crowdBucket rows, a second moves each row into its bucket in
// place (American flag sort: no second array of the rows), and each
// bucket, small enough to stay in the cache, is sorted by comparison, on
// two cores. It is bucketSort written out for the crowd's rows: through
// bucketSort's closure the import of four million followers sorted them
// in 261-285 ms instead of 231-279 (BenchmarkSortCrowd), and that import
// is a target's (T4's) ratio on the line. A comparison sort of the whole slice makes log2(n) passes
// over memory the cache cannot hold: 22 at four million followers, and
// one more each time the list doubles, which made the import of a big
// follower list grow faster than its size.
func sortCrowd(rows []crowdRow) {
	byNum := func(a, b crowdRow) int { return cmp.Compare(a.idNum, b.idNum) }
	if len(rows) < 4*crowdBucket {
		slices.SortFunc(rows, byNum)
		return
	}
	// idNum is a hash's top 48 bits plus one (see assignIDs).
	width := min(bits.Len(uint(len(rows)/crowdBucket)), maxCrowdBits)
	shift := 48 - width
	bucket := func(r crowdRow) int { return int((r.idNum - 1) >> shift) }
	ends := make([]int, 1<<width+1) // ends[b+1]: where bucket b ends
	for _, r := range rows {
		ends[bucket(r)+1]++
	}
	for b := 1; b < len(ends); b++ {
		ends[b] += ends[b-1]
	}
	next := slices.Clone(ends[:len(ends)-1]) // per bucket: its first row not yet in place
	for b := range next {
		for next[b] < ends[b+1] {
			r := rows[next[b]]
			for d := bucket(r); d != b; d = bucket(r) {
				rows[next[d]], r = r, rows[next[d]]
				next[d]++
			}
			rows[next[b]] = r
			next[b]++
		}
	}
	sortBuckets := func(from, to int) {
		for b := from; b < to; b++ {
			slices.SortFunc(rows[ends[b]:ends[b+1]], byNum)
		}
	}
	half := 1 << width / 2
	var wg sync.WaitGroup
	wg.Go(func() { sortBuckets(0, half) })
	sortBuckets(half, 1<<width)
	wg.Wait()
}

// crowdBucket is about how many rows sortCrowd puts in a bucket (16 KiB
// of them, for the first level of the cache), and maxCrowdBits caps the
// buckets at 1024: the move writes to every bucket's next row at once,
// and with 4096 of them (four million followers) those writes spread
// over more pages than the TLB holds. Measured on the project's VM
// (BenchmarkSortCrowd, 1M/2M/4M rows): 43/90/188 ms capped at 1024
// buckets, 43/98/218 ms at 2048, 43/97/262 ms uncapped; a comparison
// sort of the whole slice 125/259/539 ms.
const (
	crowdBucket  = 1024
	maxCrowdBits = 10
)
