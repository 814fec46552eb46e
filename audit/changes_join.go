package audit

import (
	"cmp"
	"slices"
	"sync"

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
// account twice); match[k] is that of items[k]'s account, or -1. Both
// lists are sorted by key hash and walked together: a map of a million
// "network:id" keys costs several times as much.
//
// The two lists are hashed and sorted at once, each on a core, and the
// walk is split in halves: at a million rows each step is a cache miss
// for the strings compared, which two cores take half the time over.
func joinPast(prev []Past, items []Item) (last, match []int32) {
	var ip []radix.Pair
	var wg sync.WaitGroup
	wg.Go(func() {
		ip = make([]radix.Pair, len(items))
		for k := range items {
			ip[k] = radix.Pair{Key: keyHash(items[k].Account), Index: int32(k)}
		}
		ip = radix.Sort(ip)
	})
	pp, last := pastIndex(prev)
	wg.Wait()
	match = make([]int32, len(items))
	inHalves(len(ip), func(from, to int) {
		if from == to {
			return
		}
		j, _ := slices.BinarySearchFunc(pp, ip[from].Key, func(p radix.Pair, k uint64) int { return cmp.Compare(p.Key, k) })
		for _, q := range ip[from:to] {
			match[q.Index] = -1
			for j < len(pp) && pp[j].Key < q.Key {
				j++
			}
			a := items[q.Index].Account
			for n := j; n < len(pp) && pp[n].Key == q.Key; n++ {
				if p := &prev[pp[n].Index]; p.Network() == a.Network && p.ID() == a.ID {
					match[q.Index] = last[pp[n].Index]
					break
				}
			}
		}
	})
	return last, match
}

// pastIndex returns the previous decisions' keys hashed and sorted, and
// last: last[i] is the index of the last decision in prev about the
// account of prev[i] (i itself, unless a history edited by hand lists an
// account twice).
func pastIndex(prev []Past) (pp []radix.Pair, last []int32) {
	pp = make([]radix.Pair, len(prev))
	for i := range prev {
		pp[i] = radix.Pair{Key: keyHashOf(prev[i].Network(), prev[i].ID()), Index: int32(i)}
	}
	pp = radix.Sort(pp) // stable: one key's decisions in file order
	last = make([]int32, len(prev))
	same := func(i, j int32) bool { return prev[i].Network() == prev[j].Network() && prev[i].ID() == prev[j].ID() }
	var firsts []int32 // distinct keys of a run of one hash
	for i := 0; i < len(pp); {
		j := i + 1
		for j < len(pp) && pp[j].Key == pp[i].Key {
			j++
		}
		if j == i+1 { // the usual run: one key
			last[pp[i].Index] = pp[i].Index
			i = j
			continue
		}
		firsts = firsts[:0]
		for _, p := range pp[i:j] {
			last[p.Index] = p.Index
			if k := slices.IndexFunc(firsts, func(f int32) bool { return same(f, p.Index) }); k >= 0 {
				last[firsts[k]] = p.Index // the first of the key keeps the latest index
			} else {
				firsts = append(firsts, p.Index)
			}
		}
		for _, p := range pp[i:j] {
			for _, f := range firsts {
				if same(f, p.Index) {
					last[p.Index] = last[f]
				}
			}
		}
		i = j
	}
	return pp, last
}
