package audit

import (
	"fmt"
	"slices"
)

// A ForeignList is a list of this run's exports that looks like another
// person's than the same list in the last run: most likely another
// person's exports given to this person's workspace (the default
// workspace is a folder of the current one: someone auditing for several
// clients runs into it). Compared as they are, every account of the last
// run would be gone from the list, its unfollows counted as done in the
// history and the summary, and the ledger would mix two people's contacts.
//
// Accounts gone from a list are no sign by themselves: the person was
// told to unfollow most of them, and may well have followed as many new
// ones since. What is: the accounts the last run kept, that the ledger
// still keeps, nearly all gone (Sure); or, weaker, nothing at all in
// common between two lists of some size, which is also what a person
// who unfollowed a whole unannotated list and followed others since
// leaves.
type ForeignList struct {
	Network, Relation string
	Now               int    // accounts on the list in these exports
	Before            int    // accounts on it in the last run
	Shared            int    // accounts on it in both
	BeforeKeep        int    // accounts the last run kept on it that the ledger still keeps
	StillKept         int    // of those, the ones on it now
	AsOf              string // the date of the last run that held the list
	Sure              bool   // judged on kept accounts, not on no account in common
	// Tied is set where, not Sure, the list is one of ties unfollowing
	// keeps (Facebook friends, LinkedIn connections), under a tenth of
	// the last run's is still on it, and under a tenth of it was on the
	// last run's (see judge).
	Tied bool
	// Exports names the exports the list was read from, as the person
	// moves them away (the zip, else the file), for the refusal to name:
	// set by the caller, which read them; none where it is not set.
	Exports []string
}

// foreignMin is the size a list must reach to be judged: a list of a
// handful of accounts can turn over entirely between two audits.
const foreignMin = 20

// foreignShare: the same person's list keeps most of the accounts they
// kept; under a tenth still there is another person's list.
const foreignShare = 10

// judge sets Sure or Tied and reports whether the list looks like
// another person's (see ForeignList).
//
// Unfollowing keeps a Facebook friend a friend and a LinkedIn connection
// connected (Item.Action): a person who did as a whole unannotated
// baseline said still has those next quarter. So on such a list, under
// a tenth of the last run's accounts still there is another person's
// list (Tied), though a few are on both (a friend two clients share, a
// namesake taken for a friend renamed), where on a list of follows only
// nothing in common is. Only where under a tenth of this run's are in
// the last run's too: a list much of which the last run had (nearly all
// of it, most often) is most likely the same person's, only smaller (Facebook's
// download of a shorter date range, as Instagram's, may list only the friends made in it; a person who
// removed most of their friends and made few since). The price: another
// person's list a tenth or more of which is the person's friends too (a
// spouse's) is let in, as it was before friends were judged so.
func (l *ForeignList) judge() bool {
	if l.BeforeKeep >= foreignMin && l.StillKept*foreignShare < l.BeforeKeep {
		l.Sure = true
		return true
	}
	if l.Now < foreignMin || l.Before < foreignMin {
		return false
	}
	if (l.Relation == Friend || l.Relation == Connection) && l.Shared*foreignShare < min(l.Before, l.Now) {
		l.Tied = true
		return true
	}
	return l.Shared == 0
}

// ForeignLists returns the lists of this run that look like another
// person's than the same list in the last run (see ForeignList), in
// network order; prev is the last run's decisions on the lists these
// exports hold ([Judged]), changes what [Compare] made of them. keeps
// says whether the ledger still keeps an account the last run kept and
// the exports no longer hold (nil: it does): one the person stopped
// keeping since, and unfollowed, is no sign of anything.
func ForeignLists(prev []Past, items []Item, changes []Change, keeps func(network, id string) bool) []ForeignList {
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
		lists = append(lists, ForeignList{Network: network, Relation: relation})
		return len(lists) - 1
	}
	j := -1
	for i := range prev {
		p := &prev[i]
		if j < 0 || lists[j].Network != p.Network() || lists[j].Relation != p.Relation() {
			j = find(p.Network(), p.Relation())
		}
		l := &lists[j]
		l.Before++
		if p.Decision() == DecisionKeep {
			l.BeforeKeep++
			l.StillKept++ // less the gone ones, below
		}
		// A list carried through runs that did not hold it keeps the date
		// of the run that did.
		l.AsOf = max(l.AsOf, p.AsOf())
	}
	j = -1
	for i := range items {
		a := items[i].Account
		if j < 0 || lists[j].Network != a.Network || lists[j].Relation != a.Relation {
			j = find(a.Network, a.Relation)
		}
		lists[j].Now++
		lists[j].Shared++ // less the new ones, below
	}
	// A new account not followed, the tie kept (Decision.Unfollowed: a
	// LinkedIn connection made and unfollowed since), has no new row
	// (see Compare): looked up in prev, where there are any (few). The
	// new account of a replaced row (a connection whose address changed,
	// unfollowed since) is the same person's account under a new id:
	// shared, as below.
	type key struct{ network, id string }
	type held struct{ person, relation string }
	var unfollowed map[key]held
	for i := range items {
		if it := &items[i]; it.Decision.Unfollowed {
			if unfollowed == nil {
				unfollowed = map[key]held{}
			}
			h := held{relation: it.Account.Relation}
			if it.Person != nil {
				h.person = it.Person.ID
			}
			unfollowed[key{it.Account.Network, it.Account.ID}] = h
		}
	}
	if unfollowed != nil {
		for i := range prev {
			delete(unfollowed, key{prev[i].Network(), prev[i].ID()})
		}
		type list struct{ person, network, relation string }
		var replaced map[list]bool
		for i := range changes {
			if c := &changes[i]; c.Kind == ChangeReplaced && !c.Guess {
				if replaced == nil {
					replaced = map[list]bool{}
				}
				replaced[list{c.PersonID, c.Network, c.Relation}] = true
			}
		}
		for k, h := range unfollowed {
			if !replaced[list{h.person, k.network, h.relation}] {
				lists[find(k.network, h.relation)].Shared--
			}
		}
	}
	for i := range changes {
		c := &changes[i]
		switch c.Kind {
		case ChangeNew:
			lists[find(c.Network, c.Relation)].Shared--
		case ChangeReplaced:
			// The same person's account under a new id. One replaced for
			// sure has no new row: it is counted shared already (counted
			// again, "4 of the 40 accounts" were said to be in the last
			// run where 2 were). One only guessed has a new row of its
			// own, which takes it off.
			if c.Guess {
				lists[find(c.Network, c.Relation)].Shared++
			}
		case ChangeGone:
			if c.Before != DecisionKeep {
				break
			}
			l := &lists[find(c.Network, c.Relation)]
			l.StillKept--
			if keeps != nil && !keeps(c.Network, c.ID) {
				l.BeforeKeep-- // no longer kept: not counted
			}
		}
	}
	var out []ForeignList
	for _, l := range lists {
		if l.judge() {
			out = append(out, l)
		}
	}
	slices.SortStableFunc(out, func(a, b ForeignList) int { return networkRank(a.Network) - networkRank(b.Network) })
	return out
}

// String says what the list is and how little of it the last run's
// holds.
func (l ForeignList) String() string {
	kept := ""
	if l.BeforeKeep > 0 {
		kept = fmt.Sprintf("; of the %s it kept, %s %s", Thousands(l.BeforeKeep), Thousands(l.StillKept), are(l.StillKept, "is", "are")+" still there")
	}
	return fmt.Sprintf("%s: %s of the %s accounts in these exports %s in the run of %s, which had %s%s",
		l.Name(), Thousands(l.Shared), Thousands(l.Now), are(l.Shared, "was", "were"), l.AsOf, Thousands(l.Before), kept)
}

// Name names the list, and the exports it was read from where they are
// set: "YouTube subscription (dl/takeout-….zip)".
func (l ForeignList) Name() string {
	name := NetworkTitle(l.Network) + " " + l.Relation
	if len(l.Exports) > 0 {
		name += " (" + AndList(l.Exports) + ")"
	}
	return name
}

// are picks the verb that agrees with n.
func are(n int, one, more string) string {
	if n == 1 {
		return one
	}
	return more
}
