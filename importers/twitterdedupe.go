package importers

import (
	"github.com/unfollow-audit/unfollow-audit/internal/radix"
)

// dedupe merges the entries of an id listed more than once into its first
// (which keeps its place, source and link, and takes the others' flags),
// and builds byID for lookups. The lists are read without a map: at
// millions of followers, probing a map of that size was most of an import
// and grew faster than the list; a radix sort of the ids is linear.
//
// The sort's scratch is not dropped: its indexes map the entries to their
// places once repeats are gone, and its keys are kept in spareIDs for
// importLean's ids. The import runs with the collector paused (see
// pauseCollection in cmd/unfollow-audit), so memory freed is not reused
// before it ends, and each fresh page costs a page fault: at millions of
// followers those were a large part of an import's time.
func (r *twitterReader) dedupe() {
	r.deduped = true
	slots, spare := radix.MakeKeys(len(r.ids)), radix.MakeKeys(len(r.ids))
	copy(slots.Key, r.ids)
	for i := range slots.Index {
		slots.Index[i] = int32(i)
	}
	slots, spare = radix.SortKeys(slots, spare)
	r.spareIDs = spare.Key[:0]
	// In each run of one id, the first slot is the first entry: the sort
	// is stable and slots started in entry order.
	dups := 0
	first := 0
	for k := 1; k < slots.Len(); k++ {
		if slots.Key[k] != slots.Key[first] {
			first = k
			continue
		}
		r.flags[slots.Index[first]] |= r.flags[slots.Index[k]]
		r.flags[slots.Index[k]] = 0 // a repeat, dropped below
		slots.Index[k] = -1
		dups++
	}
	if dups == 0 {
		r.byID = slots
		return
	}
	// Drop the repeats, keeping the order; links follow their peers and
	// a repeat's is dropped with it.
	moved := spare.Index // old index -> new
	n := int32(0)
	for i, f := range r.flags {
		moved[i] = n
		if f != 0 {
			n++
		}
	}
	links := r.links
	r.links = nil
	for i, l := range links {
		if r.flags[i] == 0 {
			continue
		}
		if r.links == nil {
			r.links = map[int32]string{}
		}
		r.links[moved[i]] = l
	}
	for i, f := range r.flags {
		if f != 0 {
			r.ids[moved[i]], r.flags[moved[i]] = r.ids[i], f
		}
	}
	for s, end := range r.ends {
		if int(end) < len(moved) {
			r.ends[s] = moved[end] // the peers kept before the first past it
		} else {
			r.ends[s] = n
		}
	}
	r.ids, r.flags = r.ids[:n], r.flags[:n]
	kept := 0
	for j, i := range slots.Index {
		if i >= 0 {
			slots.Key[kept], slots.Index[kept] = slots.Key[j], moved[i]
			kept++
		}
	}
	r.byID = radix.Keys{Key: slots.Key[:kept], Index: slots.Index[:kept]}
}

// lookupID returns the index of the peer with account id id.
func (r *twitterReader) lookupID(id uint64) (int32, bool) { return r.byID.Search(id) }
