package audit

import (
	"slices"
	"sync"
)

// bucketSort sorts xs given bucket, which maps each element to one of n
// buckets in the order, and sortBucket, which sorts the elements of one
// bucket. One pass counts the elements of each bucket, a second moves
// each into its bucket in place (American flag sort: no second array),
// and the buckets, small enough to stay in the cache, are sorted by
// sortBucket, on two cores, each taking the buckets of about half the
// elements. A comparison sort of the whole slice makes log2(len) passes
// over memory the cache cannot hold, and sorting halves on two cores
// needs a merge of them after.
//
// The move writes to every bucket's next element at once: with more
// buckets than the TLB has pages for, it slows down (see sortCrowd's
// measures), so n is best kept to about a thousand busy buckets.
func bucketSort[T any](xs []T, n int, bucket func(*T) int, sortBucket func([]T)) {
	ends := make([]int, n+1) // ends[b+1]: where bucket b ends
	for i := range xs {
		ends[bucket(&xs[i])+1]++
	}
	for b := 1; b < len(ends); b++ {
		ends[b] += ends[b-1]
	}
	next := slices.Clone(ends[:n]) // per bucket: its first element not yet in place
	for b := range next {
		for next[b] < ends[b+1] {
			x := xs[next[b]]
			for d := bucket(&x); d != b; d = bucket(&x) {
				xs[next[d]], x = x, xs[next[d]]
				next[d]++
			}
			xs[next[b]] = x
			next[b]++
		}
	}
	sortBuckets := func(from, to int) {
		for b := from; b < to; b++ {
			if ends[b+1]-ends[b] > 1 {
				sortBucket(xs[ends[b]:ends[b+1]])
			}
		}
	}
	// The first bucket that ends past the middle goes to the second core.
	mid, _ := slices.BinarySearch(ends[1:], len(xs)/2+1)
	var wg sync.WaitGroup
	wg.Go(func() { sortBuckets(0, mid) })
	sortBuckets(mid, n)
	wg.Wait()
}
