package audit

import (
	"math/bits"
	"slices"

	"github.com/unfollow-audit/unfollow-audit/internal/radix"
)

// runDates are the lists of a history, each with the day of the last
// run that held it: a run without the LinkedIn export carries LinkedIn's
// rows with the day of the run before, and an account new to LinkedIn
// since is new since that day, not since the run that did not look.
type runDates []struct{ network, relation, day string }

// listDates returns the lists of prev with their last day. A history
// holds a few lists: they are found by a walk, not a map of its rows.
func listDates(prev []Past) runDates {
	var out runDates
	at := -1 // the list of the row before: rows come in runs of one list
	for i := range prev {
		p := &prev[i]
		network, relation := p.Network(), p.Relation()
		if at < 0 || out[at].network != network || out[at].relation != relation {
			at = slices.IndexFunc(out, func(l struct{ network, relation, day string }) bool {
				return l.network == network && l.relation == relation
			})
			if at < 0 {
				out = append(out, struct{ network, relation, day string }{network, relation, ""})
				at = len(out) - 1
			}
		}
		out[at].day = max(out[at].day, p.AsOf())
	}
	return out
}

// held reports whether a run held the network's list.
func (d runDates) held(network, relation string) bool {
	for _, l := range d {
		if l.network == network && l.relation == relation {
			return true
		}
	}
	return false
}

// of returns the last day of a network's list; for a list no run held
// (or held empty: a history cannot tell), the last day of any, "" for
// none.
func (d runDates) of(network, relation string) string {
	last := ""
	for _, l := range d {
		if l.network == network && l.relation == relation {
			return l.day
		}
		last = max(last, l.day)
	}
	return last
}

// joinPast matches the accounts of items with the previous decisions
// about them. last[i] is the index of the last decision in prev about the
// account of prev[i] (i itself, unless a history edited by hand lists an
// account twice); match[k] is that of items[k]'s account, or -1. The
// previous decisions are hashed and sorted by key hash (pastIndex): a map
// of a million "network:id" keys costs several times as much.
//
// The items are then walked in step with prev: the last run wrote its
// history in the order the items come in (see WriteUnfollowAndHistory),
// and a re-audit's accounts are mostly the last run's, in the same order.
// An item is looked for among the next few rows of prev, and where it is
// not there (new, or the rows between gone), by its hash, and the walk
// goes on from where it was found. Both read memory in order, where a
// walk of both lists sorted by hash took a cache miss or two for each
// string compared: at a million rows, that walk took 0.25 s of CPU on two
// cores (docs/performance.md). Where few items are found in step (a
// history in another order: sorted in a spreadsheet, say), the rest are
// matched as before, by that walk (walkPast).
func joinPast(prev []Past, items []Item) (last, match []int32) {
	pp, last := pastIndex(prev)
	match = make([]int32, len(items))
	const ahead = 8 // rows of prev looked at before the hash
	j, looked := 0, 0
	for k := range items {
		// Looked up by hash more than once an eighth of the items (past
		// the first thousand): not the last run's order.
		if looked > 1024 && looked > k/8 {
			rest := make([]int32, len(items)-k)
			for i := range rest {
				rest[i] = int32(k + i)
			}
			walkPast(prev, pp, last, items, rest, match)
			break
		}
		a := items[k].Account
		at := -1
		for d := 0; d <= ahead && j+d < len(prev); d++ {
			if p := &prev[j+d]; p.ID() == a.ID && p.Network() == a.Network {
				at = j + d
				break
			}
		}
		if at < 0 {
			looked++
			at = findPast(prev, pp, a)
		}
		match[k] = -1
		if at >= 0 {
			match[k], j = last[at], at+1
		}
	}
	return last, match
}

// findPast returns the index in prev of a decision about a's account, or
// -1: looked up by its hash in pp (see pastIndex).
func findPast(prev []Past, pp pastHashes, a *Account) int {
	h := keyHash(a) &^ pp.mask
	n, _ := slices.BinarySearch(pp.h, h)
	for ; n < len(pp.h) && pp.h[n]&^pp.mask == h; n++ {
		if i := pp.h[n] & pp.mask; prev[i].Network() == a.Network && prev[i].ID() == a.ID {
			return int(i)
		}
	}
	return -1
}

// walkPast sets match[k] for the items of the indexes idx as joinPast
// does, by hashing and sorting them and walking them with pp: split in
// halves, as at a million rows each step is a cache miss for the strings
// compared, which two cores take half the time over.
func walkPast(prev []Past, pp pastHashes, last []int32, items []Item, idx []int32, match []int32) {
	ip := make([]radix.Pair, len(idx))
	for i, k := range idx {
		ip[i] = radix.Pair{Key: keyHash(items[k].Account), Index: k}
	}
	ip = radix.Sort(ip)
	inHalves(len(ip), func(from, to int) {
		if from == to {
			return
		}
		j, _ := slices.BinarySearch(pp.h, ip[from].Key&^pp.mask)
		for _, q := range ip[from:to] {
			match[q.Index] = -1
			h := q.Key &^ pp.mask
			for j < len(pp.h) && pp.h[j]&^pp.mask < h {
				j++
			}
			a := items[q.Index].Account
			for n := j; n < len(pp.h) && pp.h[n]&^pp.mask == h; n++ {
				if i := pp.h[n] & pp.mask; prev[i].Network() == a.Network && prev[i].ID() == a.ID {
					match[q.Index] = last[i]
					break
				}
			}
		}
	})
}

// pastHashes are the previous decisions' key hashes, each above the bits
// of mask, which hold its row's index in prev, sorted (see pastIndex):
// the rows of a hash come in file order, and rows whose hashes agree above
// mask are told apart by their keys.
type pastHashes struct {
	h    []uint64
	mask uint64
}

// pastIndex returns the previous decisions' keys hashed and sorted, and
// last: last[i] is the index of the last decision in prev about the
// account of prev[i] (i itself, unless a history edited by hand lists an
// account twice). Each hash keeps its row's index in its low bits, sorted
// in place (radix.SortInPlace): 8 bytes a row and no scratch, where
// radix.Keys took 12, and radix.Sort's pairs 16 and as many again for its
// second buffer, 32 MB at a million rows that stayed in the re-audit's
// peak (the collector is paused while the reports are written). The rows
// of one hash come in file order, as the index is below the hash.
func pastIndex(prev []Past) (pp pastHashes, last []int32) {
	pp.mask = uint64(1)<<bits.Len(uint(len(prev))) - 1
	pp.h = make([]uint64, len(prev))
	for i := range prev {
		pp.h[i] = keyHashOf(prev[i].Network(), prev[i].ID())&^pp.mask | uint64(i)
	}
	radix.SortInPlace(pp.h)
	last = make([]int32, len(prev))
	same := func(i, j int32) bool { return prev[i].Network() == prev[j].Network() && prev[i].ID() == prev[j].ID() }
	index := func(n int) int32 { return int32(pp.h[n] & pp.mask) }
	var firsts []int32 // distinct keys of a run of one hash
	for i := 0; i < len(pp.h); {
		j := i + 1
		for j < len(pp.h) && pp.h[j]&^pp.mask == pp.h[i]&^pp.mask {
			j++
		}
		if j == i+1 { // the usual run: one key
			last[index(i)] = index(i)
			i = j
			continue
		}
		// One key's decisions in file order: findPast finds the first.
		firsts = firsts[:0]
		for n := i; n < j; n++ {
			p := index(n)
			last[p] = p
			if k := slices.IndexFunc(firsts, func(f int32) bool { return same(f, p) }); k >= 0 {
				last[firsts[k]] = p // the first of the key keeps the latest index
			} else {
				firsts = append(firsts, p)
			}
		}
		for n := i; n < j; n++ {
			p := index(n)
			for _, f := range firsts {
				if same(f, p) {
					last[p] = last[f]
				}
			}
		}
		i = j
	}
	return pp, last
}
