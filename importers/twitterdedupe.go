package importers

import (
	"cmp"
	"slices"
)

// twitterSlot is one entry of twitterReader.byID: an account id and the
// index of its peer.
type twitterSlot struct {
	id uint64
	i  int32
}

// dedupe merges the entries of an id listed more than once into its first
// (which keeps its place, source and link, and takes the others' flags),
// and builds byID for lookups. The lists are read without a map: at
// millions of followers, probing a map of that size was most of an import
// and grew faster than the list; a radix sort of the ids is linear.
func (r *twitterReader) dedupe() {
	r.deduped = true
	slots := make([]twitterSlot, len(r.peers))
	for i := range r.peers {
		slots[i] = twitterSlot{r.peers[i].id, int32(i)}
	}
	slots = radixSortSlots(slots)
	// In each run of one id, the first slot is the first entry: the sort
	// is stable and slots started in entry order.
	dups := 0
	first := 0
	for k := 1; k < len(slots); k++ {
		if slots[k].id != slots[first].id {
			first = k
			continue
		}
		p := &r.peers[slots[k].i]
		r.peers[slots[first].i].flags |= p.flags
		p.flags = 0 // a repeat, dropped below
		slots[k].i = -1
		dups++
	}
	if dups == 0 {
		r.byID = slots
		return
	}
	// Drop the repeats, keeping the order; links follow their peers and
	// a repeat's is dropped with it.
	moved := make([]int32, len(r.peers)) // old index -> new
	n := int32(0)
	for i := range r.peers {
		moved[i] = n
		if r.peers[i].flags != 0 {
			n++
		}
	}
	links := r.links
	r.links = nil
	for i, l := range links {
		if r.peers[i].flags == 0 {
			continue
		}
		if r.links == nil {
			r.links = map[int32]string{}
		}
		r.links[moved[i]] = l
	}
	for i := range r.peers {
		if r.peers[i].flags != 0 {
			r.peers[moved[i]] = r.peers[i]
		}
	}
	r.peers = r.peers[:n]
	slots = slices.DeleteFunc(slots, func(s twitterSlot) bool { return s.i < 0 })
	for j := range slots {
		slots[j].i = moved[slots[j].i]
	}
	r.byID = slots
}

// lookupID returns the index of the peer with account id id.
func (r *twitterReader) lookupID(id uint64) (int32, bool) {
	j, ok := slices.BinarySearchFunc(r.byID, id, func(s twitterSlot, id uint64) int {
		switch {
		case s.id < id:
			return -1
		case s.id > id:
			return 1
		}
		return 0
	})
	if !ok {
		return 0, false
	}
	return r.byID[j].i, true
}

// radixSortSlots sorts slots by id, stably, in linear time: a least
// significant digit radix sort on 16-bit digits, skipping digits that
// every id shares (the high ones, for ids of today's sizes). It returns
// the sorted slice, which is slots or a buffer of the same length.
func radixSortSlots(slots []twitterSlot) []twitterSlot {
	if len(slots) < 256 {
		slices.SortStableFunc(slots, compareSlotIDs)
		return slots
	}
	tmp := make([]twitterSlot, len(slots))
	var count [1 << 16]int
	for shift := uint(0); shift < 64; shift += 16 {
		clear(count[:])
		for _, s := range slots {
			count[(s.id>>shift)&0xFFFF]++
		}
		if count[(slots[0].id>>shift)&0xFFFF] == len(slots) {
			continue // every id has this digit
		}
		sum := 0
		for d, c := range count {
			count[d] = sum
			sum += c
		}
		for _, s := range slots {
			d := (s.id >> shift) & 0xFFFF
			tmp[count[d]] = s
			count[d]++
		}
		slots, tmp = tmp, slots
	}
	return slots
}

// compareSlotIDs orders slots by id alone.
func compareSlotIDs(a, b twitterSlot) int { return cmp.Compare(a.id, b.id) }
