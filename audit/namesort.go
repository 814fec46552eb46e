package audit

import "slices"

// A nameKey is what sortPeople sorts: a copy of what orders a person,
// made so that nearly every comparison is settled without reading a string. A
// million names are scattered in memory, and a comparison that reads two
// of them is two cache misses. The first 24 bytes of the folded name are
// held as numbers, with its length: two folded names of 24 bytes or less
// compare on those alone (most names; 45 % of the synthetic ones share
// their first 16 folded bytes with another), longer ones read the strings
// through p, as do the names of two people whose folded names are equal.
// The name's first bytes are not kept: at 72 bytes a key, the keys were
// the first audit's peak of memory (the merge's people, accounts and
// strings all alive), and 24 of them settled only ties between folded
// names.
type nameKey struct {
	fold  [3]uint64 // its first 24 bytes (see prefix8)
	idNum uint64    // see idNumber; the id itself is read from p when it is 0
	p     *Person
	at    int32 // index in people
	foldN uint8 // its length, or longKey for any over 24 bytes
	named bool  // the person has a name (else the fold is empty too)
}

// foldByte returns byte d (0 to 23) of the key's folded name, 0 past its
// end.
func (k *nameKey) foldByte(d int) int { return int(k.fold[d>>3] >> (56 - 8*(d&7)) & 0xff) }

// sortNames sorts keys by compare, which must order them by their folded
// names' first 24 bytes first (as sortPeople's byName does). It is a
// radix sort on those bytes, most significant first, which sorts by
// comparison only what they do not settle: the first two bytes make
// buckets (bucketSort), and each bucket is split again by its next byte,
// in place, down to a few keys (radixNames). Names crowd their first
// letters: at a million people a two-byte bucket held thousands of keys,
// and sorting them by comparison took a pass over the bucket more each
// time the list doubled, which made the merge grow faster than its input
// (T4 of issue 4).
func sortNames(keys []nameKey, compare func(a, b nameKey) int) {
	if len(keys) < 1<<14 {
		slices.SortFunc(keys, compare)
		return
	}
	bucketSort(keys, 1<<16, func(k *nameKey) int { return int(k.fold[0] >> 48) }, func(b []nameKey) {
		radixNames(b, 2, compare)
	})
}

// radixNames sorts keys whose folded names agree on their first d bytes:
// by byte d into 256 buckets, moved in place (American flag sort), each
// sorted the same way from byte d+1. Small buckets, keys whose names end
// before byte d (bucket 0: namesakes, mostly, which only compare settles)
// and those that agree on all 24 bytes are sorted by compare.
func radixNames(keys []nameKey, d int, compare func(a, b nameKey) int) {
	const small = 32
	for len(keys) > small && d < 24 {
		var ends [257]int // ends[b+1]: where bucket b ends
		for i := range keys {
			ends[keys[i].foldByte(d)+1]++
		}
		if first := keys[0].foldByte(d); ends[first+1] == len(keys) {
			if first == 0 {
				break
			}
			d++ // all in one bucket: on to the next byte, nothing to move
			continue
		}
		for b := 1; b < len(ends); b++ {
			ends[b] += ends[b-1]
		}
		var next [256]int // per bucket: its first key not yet in place
		copy(next[:], ends[:256])
		for b := range next {
			for next[b] < ends[b+1] {
				k := keys[next[b]]
				for t := k.foldByte(d); t != b; t = k.foldByte(d) {
					keys[next[t]], k = k, keys[next[t]]
					next[t]++
				}
				keys[next[b]] = k
				next[b]++
			}
		}
		if ends[1] > 1 {
			slices.SortFunc(keys[:ends[1]], compare)
		}
		for b := 1; b < 256; b++ {
			if ends[b+1]-ends[b] > 1 {
				radixNames(keys[ends[b]:ends[b+1]], d+1, compare)
			}
		}
		return
	}
	slices.SortFunc(keys, compare)
}
