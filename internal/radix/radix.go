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

// Keys are keys and the indexes of what they were taken from, as Pairs
// are, but in two slices of one length: 12 bytes a key instead of 16, and
// a sort's scratch comes back as slices a caller can use for something
// else (see SortKeys).
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

// SortKeys sorts k by key, stably, as Sort sorts pairs, with buf (of k's
// length) as its scratch rather than a buffer of its own. It returns the
// sorted keys, which are k or buf, and the other one, whose contents are
// garbage: a caller that needs memory of that shape later can reuse it
// instead of asking for more (a big import runs with the collector
// paused, where memory freed is not reused, and every fresh page is a
// page fault).
func SortKeys(k, buf Keys) (sorted, spare Keys) {
	n := k.Len()
	if len(k.Index) != n || buf.Len() != n || len(buf.Index) != n {
		panic("radix: SortKeys of slices of different lengths")
	}
	if n < 256 {
		// Insertion sort: stable, and in place for both slices.
		for i := 1; i < n; i++ {
			for j := i; j > 0 && k.Key[j] < k.Key[j-1]; j-- {
				k.Key[j], k.Key[j-1] = k.Key[j-1], k.Key[j]
				k.Index[j], k.Index[j-1] = k.Index[j-1], k.Index[j]
			}
		}
		return k, buf
	}
	var count [1 << 16]int
	for shift := uint(0); shift < 64; shift += 16 {
		clear(count[:])
		for _, key := range k.Key {
			count[(key>>shift)&0xFFFF]++
		}
		if count[(k.Key[0]>>shift)&0xFFFF] == n {
			continue // every key has this digit
		}
		sum := 0
		for d, c := range count {
			count[d] = sum
			sum += c
		}
		keys, idx := buf.Key, buf.Index[:n]
		for i, key := range k.Key {
			d := (key >> shift) & 0xFFFF
			keys[count[d]] = key
			idx[count[d]] = k.Index[i]
			count[d]++
		}
		k, buf = buf, k
	}
	return k, buf
}
