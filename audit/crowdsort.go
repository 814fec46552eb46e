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
// bucket, small enough to stay in the cache, is split again by its next
// bits and sorted there (sortCrowdBucket), on two cores. It is bucketSort written out for the crowd's rows: through
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
	ends := make([]int, 2<<width+1) // ends[b+1]: where bucket b ends; then scratch
	crowdFlag(rows, shift, 1<<width-1, ends[:1<<width+1], ends[1<<width+1:])
	sortBuckets := func(from, to int) {
		var sub []int // the buckets' own counts, reused
		for b := from; b < to; b++ {
			sub = sortCrowdBucket(rows[ends[b]:ends[b+1]], shift, sub)
		}
	}
	half := 1 << width / 2
	var wg sync.WaitGroup
	wg.Go(func() { sortBuckets(0, half) })
	sortBuckets(half, 1<<width)
	wg.Wait()
}

// sortCrowdBucket sorts a bucket of sortCrowd: rows whose idNum-1 agree
// above bit shift. With the buckets capped (maxCrowdBits), a bucket grows
// with the crowd (4,096 rows at four million followers), and sorting it
// by comparison took one more pass each time the crowd doubled: the
// bucket is split again, in place, by its next bits into buckets of
// about four rows, in the cache now, each sorted by insertion (by
// comparison where the numbers crowd one, as only a contrived crowd
// does). sub is scratch for the counts, returned for the next bucket.
func sortCrowdBucket(part []crowdRow, shift int, sub []int) []int {
	byNum := func(a, b crowdRow) int { return cmp.Compare(a.idNum, b.idNum) }
	width := min(bits.Len(uint(len(part)/4)), maxCrowdBits+2, shift)
	if len(part) <= 32 || width < 2 {
		slices.SortFunc(part, byNum)
		return sub
	}
	n := 1 << width
	if cap(sub) < 2*n+1 {
		sub = make([]int, 2*n+1)
	}
	ends := sub[:n+1]
	crowdFlag(part, shift-width, uint64(n-1), ends, sub[n+1:2*n+1])
	for b := range n {
		small := part[ends[b]:ends[b+1]]
		if len(small) > 16 {
			slices.SortFunc(small, byNum)
			continue
		}
		for i := 1; i < len(small); i++ {
			for j := i; j > 0 && small[j].idNum < small[j-1].idNum; j-- {
				small[j], small[j-1] = small[j-1], small[j]
			}
		}
	}
	return sub
}

// crowdFlag moves each row into its bucket, in place (American flag
// sort): bucket (idNum-1)>>s & mask, len(ends)-1 of them. It leaves in
// ends[b+1] where bucket b ends; next is scratch of len(ends)-1.
func crowdFlag(rows []crowdRow, s int, mask uint64, ends, next []int) {
	bucket := func(r crowdRow) int { return int((r.idNum - 1) >> s & mask) }
	clear(ends)
	for _, r := range rows {
		ends[bucket(r)+1]++
	}
	for b := 1; b < len(ends); b++ {
		ends[b] += ends[b-1]
	}
	copy(next, ends[:len(ends)-1]) // per bucket: its first row not yet in place
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
}

// crowdBucket is about how many rows sortCrowd puts in a bucket (16 KiB
// of them, for the first level of the cache), and maxCrowdBits caps the
// buckets at 1024: the move writes to every bucket's next row at once,
// and with 4096 of them (four million followers) those writes spread
// over more pages than the TLB holds. Measured on the project's VM
// (BenchmarkSortCrowd, 1M/2M/4M rows): 43/90/188 ms capped at 1024
// buckets, 43/98/218 ms at 2048, 43/97/262 ms uncapped; a comparison
// sort of the whole slice 125/259/539 ms. With each bucket split again
// (sortCrowdBucket) rather than sorted by comparison, on the second VM:
// 20-26/40-62/83-155 ms (most runs 23/47/110), against 54-58/98-131/
// 199-231 ms before.
const (
	crowdBucket  = 1024
	maxCrowdBits = 10
)
