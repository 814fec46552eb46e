package importers

import (
	"slices"

	"github.com/unfollow-audit/unfollow-audit/internal/radix"
)

// dedupe merges the entries of an id listed more than once into its first
// (which keeps its place, source and link, and takes the others' flags),
// and builds byID for lookups. The lists are read without a map: at
// millions of followers, probing a map of that size was most of an import
// and grew faster than the list; a radix sort of the ids is linear.
func (r *twitterReader) dedupe() {
	r.deduped = true
	slots := make([]radix.Pair, len(r.peers))
	for i := range r.peers {
		slots[i] = radix.Pair{Key: r.peers[i].id, Index: int32(i)}
	}
	slots = radix.Sort(slots)
	// In each run of one id, the first slot is the first entry: the sort
	// is stable and slots started in entry order.
	dups := 0
	first := 0
	for k := 1; k < len(slots); k++ {
		if slots[k].Key != slots[first].Key {
			first = k
			continue
		}
		p := &r.peers[slots[k].Index]
		r.peers[slots[first].Index].flags |= p.flags
		p.flags = 0 // a repeat, dropped below
		slots[k].Index = -1
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
	slots = slices.DeleteFunc(slots, func(s radix.Pair) bool { return s.Index < 0 })
	for j := range slots {
		slots[j].Index = moved[slots[j].Index]
	}
	r.byID = slots
}

// lookupID returns the index of the peer with account id id.
func (r *twitterReader) lookupID(id uint64) (int32, bool) {
	j, ok := slices.BinarySearchFunc(r.byID, radix.Pair{Key: id}, radix.Compare)
	if !ok {
		return 0, false
	}
	return r.byID[j].Index, true
}
