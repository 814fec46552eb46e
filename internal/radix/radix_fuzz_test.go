package radix

import (
	"encoding/binary"
	"slices"
	"testing"
)

// FuzzSortInPlace checks SortKeysInPlace and SortInPlace against
// slices.Sort on any keys: equal ones, ones differing only in low bits,
// in all 64 bits, and lengths around the insertion sort's threshold. Each
// key must keep its index.
func FuzzSortInPlace(f *testing.F) {
	f.Add([]byte{}, uint8(0), uint8(0))
	f.Add(make([]byte, 8*40), uint8(0), uint8(0))
	f.Add([]byte("\xff\xff\xff\xff\xff\xff\xff\xff\x00\x00\x00\x00\x00\x00\x00\x00\x01"), uint8(33), uint8(5))
	f.Add([]byte("abcdefghijklmnopqrstuvwxyz0123456789"), uint8(200), uint8(63))
	f.Fuzz(func(t *testing.T, data []byte, n uint8, shift uint8) {
		// Keys from data, 8 bytes each, repeated to n more keys (equal
		// keys), shifted right to make them share their top bits.
		var keys []uint64
		for len(data) >= 8 {
			keys = append(keys, binary.LittleEndian.Uint64(data)>>(shift%64))
			data = data[8:]
		}
		for i := 0; i < int(n) && len(keys) > 0; i++ {
			keys = append(keys, keys[i%len(keys)]^uint64(i&1)<<(shift%64))
		}
		want := slices.Sorted(slices.Values(keys))
		k := MakeKeys(len(keys))
		copy(k.Key, keys)
		for i := range k.Index {
			k.Index[i] = int32(i)
		}
		SortKeysInPlace(k)
		if !slices.Equal(k.Key, want) {
			t.Fatalf("SortKeysInPlace: %x, want %x", k.Key, want)
		}
		seen := make([]bool, len(keys))
		for i, x := range k.Index {
			if seen[x] || keys[x] != k.Key[i] {
				t.Fatalf("SortKeysInPlace: index %d at key %x, of key %x", x, k.Key[i], keys[x])
			}
			seen[x] = true
		}
		got := slices.Clone(keys)
		SortInPlace(got)
		if !slices.Equal(got, want) {
			t.Fatalf("SortInPlace: %x, want %x", got, want)
		}
	})
}
