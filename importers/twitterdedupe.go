package importers

import (
	"slices"

	"github.com/unfollow-audit/unfollow-audit/internal/radix"
)

// dedupe merges the entries of an id listed more than once into its first
// (which keeps its place, source and link, and takes the others' flags),
// and builds byID for lookups; the repeats are left in place, their flags
// 0, until dropRepeats. The lists are read without a map: at millions of
// followers, probing a map of that size was most of an import and grew
// faster than the list; a radix sort of the ids is linear.
//
// The sort is in place (radix.SortKeysInPlace), with no scratch as big as
// the slots: the import runs with the collector paused (see
// pauseCollection in cmd/unfollow-audit), so memory freed is not reused
// before it ends, and each fresh page costs a page fault, which at
// millions of followers were a large part of an import's time.
func (r *twitterReader) dedupe() {
	r.deduped = true
	slots := radix.MakeKeys(len(r.ids))
	copy(slots.Key, r.ids)
	for i := range slots.Index {
		slots.Index[i] = int32(i)
	}
	radix.SortKeysInPlace(slots)
	// The sort leaves a run of one id in no particular order: its first
	// entry is the slot of the lowest index. byID keeps that slot alone.
	kept := 0
	for a := 0; a < slots.Len(); {
		first, b := a, a+1
		for ; b < slots.Len() && slots.Key[b] == slots.Key[a]; b++ {
			if slots.Index[b] < slots.Index[first] {
				first = b
			}
		}
		into := slots.Index[first]
		for k := a; k < b; k++ {
			if i := slots.Index[k]; k != first {
				r.flags[into] |= r.flags[i]
				r.flags[i] = 0 // a repeat, dropped by dropRepeats
				r.repeats = append(r.repeats, i)
			}
		}
		slots.Key[kept], slots.Index[kept] = slots.Key[first], into
		kept++
		a = b
	}
	slices.Sort(r.repeats)
	r.byID = radix.Keys{Key: slots.Key[:kept], Index: slots.Index[:kept]}
}

// dropRepeats drops the entries dedupe merged into an earlier one, once
// there are no more lookups, keeping the order; links follow their peers
// and each file's end moves with them. Moving them at dedupe would have
// taken a map of every old index to its new one, 4 bytes a peer: the
// new index of peer i is i less the repeats before it, found among the
// repeats, which are few.
func (r *twitterReader) dropRepeats() {
	if len(r.repeats) == 0 {
		return
	}
	moved := func(i int32) int32 {
		before, _ := slices.BinarySearch(r.repeats, i)
		return i - int32(before)
	}
	n := 0
	for i, f := range r.flags {
		if f != 0 {
			r.ids[n], r.flags[n] = r.ids[i], f
			n++
		}
	}
	r.ids, r.flags = r.ids[:n], r.flags[:n]
	for s, end := range r.ends {
		r.ends[s] = moved(end)
	}
	if r.links != nil {
		links := make(map[int32]string, len(r.links))
		for i, l := range r.links {
			if _, repeat := slices.BinarySearch(r.repeats, i); !repeat {
				links[moved(i)] = l
			}
		}
		r.links = links
	}
	if r.names != nil {
		names := make(map[int32]twitterName, len(r.names))
		for i, nm := range r.names {
			names[moved(i)] = nm // names are given only through byID: no repeat has one
		}
		r.names = names
	}
	r.repeats = nil
}

// lookupID returns the index of the peer with account id id.
func (r *twitterReader) lookupID(id uint64) (int32, bool) { return r.byID.Search(id) }
