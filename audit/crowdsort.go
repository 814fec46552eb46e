package audit

import (
	"cmp"
	"math/bits"
	"slices"
)

// sortCrowd sorts the crowd's rows by idNum. The numbers are hashes,
// spread evenly: a bucketSort on their top bits, into buckets of about
// crowdBucket rows. A comparison sort of the whole slice makes log2(n) passes
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
	bucketSort(rows, 1<<width, func(r *crowdRow) int { return int((r.idNum - 1) >> shift) }, byNum)
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
