// Package radix sorts (key, index) pairs by key in linear time. It is
// how the tool groups millions of equal ids or names without a map: a map
// of that size costs a cache miss per probe and grows faster than the
// input, where two or four passes over a flat slice do not.
package radix

import (
	"cmp"
	"math/bits"
	"slices"
)

// A Pair is a key and the index of what it was taken from.
type Pair struct {
	Key   uint64
	Index int32
}

// Compare orders pairs by key alone.
func Compare(a, b Pair) int { return cmp.Compare(a.Key, b.Key) }

// Sort sorts pairs by key, stably: pairs of one key keep their order. It
// is a least significant digit radix sort on 16-bit digits that skips the
// digits every key shares, and returns the sorted slice, which is pairs
// or a buffer of the same length.
func Sort(pairs []Pair) []Pair {
	if len(pairs) < 256 {
		slices.SortStableFunc(pairs, Compare)
		return pairs
	}
	tmp := make([]Pair, len(pairs))
	var count [1 << 16]int
	for shift := uint(0); shift < 64; shift += 16 {
		clear(count[:])
		for _, p := range pairs {
			count[(p.Key>>shift)&0xFFFF]++
		}
		if count[(pairs[0].Key>>shift)&0xFFFF] == len(pairs) {
			continue // every key has this digit
		}
		sum := 0
		for d, c := range count {
			count[d] = sum
			sum += c
		}
		for _, p := range pairs {
			d := (p.Key >> shift) & 0xFFFF
			tmp[count[d]] = p
			count[d]++
		}
		pairs, tmp = tmp, pairs
	}
	return pairs
}

// Keys are keys and the indexes of what they were taken from, as Pairs
// are, but in two slices of one length: 12 bytes a key instead of 16.
type Keys struct {
	Key   []uint64
	Index []int32
}

// MakeKeys returns Keys of length n.
func MakeKeys(n int) Keys { return Keys{Key: make([]uint64, n), Index: make([]int32, n)} }

// Len returns the number of keys.
func (k Keys) Len() int { return len(k.Key) }

// Search returns the index stored with key in k, sorted by key, and
// whether key is there (the first of its run, if it is there twice).
func (k Keys) Search(key uint64) (int32, bool) {
	j, ok := slices.BinarySearch(k.Key, key)
	if !ok {
		return 0, false
	}
	return k.Index[j], true
}

// SortKeysInPlace sorts k by key in place, without scratch: keys that
// are equal come in no particular order. It is a most significant digit
// radix sort (American flag sort) on the top 8 bits in which the keys of a
// bucket differ, so that keys spread over few bits take few passes;
// buckets of a few keys are sorted by insertion. It takes about the time
// of Sort's passes (BenchmarkSortKeys), without Sort's second buffer of
// the keys: where memory is fresh (a big import, the collector paused),
// every page of that buffer is a page fault.
func SortKeysInPlace(k Keys) {
	if len(k.Index) != k.Len() {
		panic("radix: SortKeysInPlace of slices of different lengths")
	}
	sortMSD(k.Key, k.Index[:len(k.Key)])
}

// SortInPlace sorts keys in place, without scratch, as SortKeysInPlace
// does, for keys that carry what they were taken from in their own low
// bits (a hash's top bits and an index below them): no slice of indexes
// to keep beside them, 8 bytes a key instead of 12.
func SortInPlace(keys []uint64) {
	sortMSD(keys, make([]struct{}, len(keys))) // zero-size: no memory, no moves
}

// sortMSD sorts keys, and idx along, by the top 8 bits in which keys
// differ, then each bucket alike.
func sortMSD[I any](keys []uint64, idx []I) {
	if len(keys) <= 32 {
		for i := 1; i < len(keys); i++ {
			for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
				keys[j], keys[j-1] = keys[j-1], keys[j]
				idx[j], idx[j-1] = idx[j-1], idx[j]
			}
		}
		return
	}
	and, or := ^uint64(0), uint64(0)
	for _, key := range keys {
		and &= key
		or |= key
	}
	if and == or {
		return // all equal
	}
	shift := max(bits.Len64(and^or)-8, 0)
	digit := func(key uint64) int { return int(key>>shift) & 0xFF }
	var ends [257]int // ends[d+1]: where bucket d ends
	for _, key := range keys {
		ends[digit(key)+1]++
	}
	for d := 1; d < len(ends); d++ {
		ends[d] += ends[d-1]
	}
	var next [256]int // per bucket: its first key not yet in place
	copy(next[:], ends[:256])
	for b := range next {
		for next[b] < ends[b+1] {
			key, i := keys[next[b]], idx[next[b]]
			for d := digit(key); d != b; d = digit(key) {
				keys[next[d]], key = key, keys[next[d]]
				idx[next[d]], i = i, idx[next[d]]
				next[d]++
			}
			keys[next[b]], idx[next[b]] = key, i
			next[b]++
		}
	}
	for b := range 256 {
		if ends[b+1]-ends[b] > 1 {
			sortMSD(keys[ends[b]:ends[b+1]], idx[ends[b]:ends[b+1]])
		}
	}
}
