package audit

import (
	"fmt"
	"slices"
)

// A ForeignList is a list of this run's exports that shares almost no
// account with the same list in the last run: most likely another
// person's exports given to this person's workspace (the default
// workspace is a folder of the current one: someone auditing for several
// clients runs into it). Compared as they are, every account of the last
// run would be gone from the list, its unfollows counted as done in the
// history and the summary, and the ledger would mix two people's contacts.
type ForeignList struct {
	Network, Relation string
	Now               int    // accounts on the list in these exports
	Before            int    // accounts on it in the last run
	Kept              int    // accounts on it in both
	AsOf              string // the date of the last run
}

// foreignMin is the size both lists must reach to be judged: a list of a
// handful of accounts can turn over entirely between two audits.
const foreignMin = 20

// foreignShare is the share of the smaller list that must be on both: a
// tenth. The same person's list keeps most of what it kept, even after a
// baseline that unfollows nearly everything (the smaller list then is the
// new one, nearly all of it on the old one); two people's lists share a
// few famous accounts at most.
const foreignShare = 10

// ForeignLists returns the lists of this run whose accounts were almost
// all absent from the same list in the last run (see ForeignList), in
// network order; prev is the last run's decisions on the lists these
// exports hold ([Judged]), changes what [Compare] made of them.
func ForeignLists(prev []Past, items []Item, changes []Change) []ForeignList {
	if len(prev) == 0 {
		return nil
	}
	var lists []ForeignList
	// find returns the index of a list in lists, adding it if new. A
	// handful of lists: a linear search beats a map, and the callers ask
	// again only when the list differs from the row before.
	find := func(network, relation string) int {
		for i := range lists {
			if l := &lists[i]; l.Network == network && l.Relation == relation {
				return i
			}
		}
		lists = append(lists, ForeignList{Network: network, Relation: relation, AsOf: prev[0].AsOf})
		return len(lists) - 1
	}
	j := -1
	for i := range prev {
		p := &prev[i]
		if j < 0 || lists[j].Network != p.Network || lists[j].Relation != p.Relation {
			j = find(p.Network, p.Relation)
		}
		lists[j].Before++
	}
	j = -1
	for i := range items {
		a := items[i].Account
		if j < 0 || lists[j].Network != a.Network || lists[j].Relation != a.Relation {
			j = find(a.Network, a.Relation)
		}
		lists[j].Now++
		lists[j].Kept++ // less the new ones, below
	}
	for i := range changes {
		c := &changes[i]
		switch c.Kind {
		case ChangeNew:
			lists[find(c.Network, c.Relation)].Kept--
		case ChangeReplaced:
			lists[find(c.Network, c.Relation)].Kept++ // the same person's account under a new id
		}
	}
	var out []ForeignList
	for _, l := range lists {
		if l.Now >= foreignMin && l.Before >= foreignMin && l.Kept*foreignShare < min(l.Now, l.Before) {
			out = append(out, l)
		}
	}
	slices.SortStableFunc(out, func(a, b ForeignList) int { return networkRank(a.Network) - networkRank(b.Network) })
	return out
}

// String says what the list is and how little of it was on the last
// run's.
func (l ForeignList) String() string {
	return fmt.Sprintf("%s %s: %d of the %d accounts in these exports were on it in the run of %s (of %d)",
		NetworkTitle(l.Network), l.Relation, l.Kept, l.Now, l.AsOf, l.Before)
}
