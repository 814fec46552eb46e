// Package radix sorts (key, index) pairs by key in linear time. It is
// how the tool groups millions of equal ids or names without a map: a map
// of that size costs a cache miss per probe and grows faster than the
// input, where two or four passes over a flat slice do not.
package radix

import (
	"cmp"
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
