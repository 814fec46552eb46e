package audit

import (
	"cmp"
	"slices"
	"sort"
	"strings"
)

// An Item is one account the person follows, with its person and the
// decision; Notes gives what the ledger says about that person.
type Item struct {
	Person   *Person
	Account  *Account
	Decision Decision
}

// Notes returns the ledger's annotations of the item's person (those
// DecideAll decided on): none where the ledger has no row for them. They
// are the person's, not a field of each item: 8 bytes less in each of a
// million items, when the decisions are the first audit's peak.
func (it *Item) Notes() *Annotations {
	if n := it.Person.notes; n != nil {
		return n
	}
	return &Annotations{}
}

// Action says what to do on the network: "keep", or how to unfollow
// without cutting the tie the seed keeps (Facebook friends stay friends,
// LinkedIn connections stay connected); "unfollowed (stays a friend)"
// or "(stays connected)" where that is done (Decision.Unfollowed).
func (it *Item) Action() string {
	if it.Decision.Keep {
		return "keep"
	}
	if it.Decision.Unfollowed {
		if it.Account.Relation == Connection {
			return "unfollowed (stays connected)"
		}
		return "unfollowed (stays a friend)"
	}
	switch it.Account.Relation {
	case Friend:
		return "unfollow (stay friends)"
	case Connection:
		return "unfollow (stay connected)"
	case Subscription:
		return "unsubscribe"
	}
	return "unfollow"
}

// DecideAll applies the rules to every account the person follows, using
// the ledger's annotations for its person (none when the ledger has no row).
// Items come sorted by network, then name, then id: the order of a
// checklist. people must come from Merge, which sorts them by name: items
// are then only bucketed by network, and sorted again only where an
// account's name differs from its person's. An account Update kept off a
// misread accounts cell is marked so (Decision.Unwritten).
func (r *Rules) DecideAll(people []*Person, l *Ledger) []Item {
	start := r.Window.Before(r.AsOf)
	// Counted first, and the people Update did not see given their row's
	// notes or none, here (the ledger's index is not safe to share), so
	// that each half of the people is decided on its own core, into its
	// own part of items, and the items find the notes through their person
	// (Item.Notes).
	none := &Annotations{}
	n, firstHalf := 0, 0
	for i, p := range people {
		if i == len(people)/2 {
			firstHalf = n
		}
		followed := 0
		for _, a := range p.Accounts {
			if a.Follows() {
				followed++
			}
		}
		n += followed
		if p.notes == nil && followed > 0 {
			p.notes = none
			// Not Row: the ledger may be being written (see madeRow), and
			// a person Update saw has notes (a fresh one, blank ones).
			if l != nil {
				if row := l.madeRow(p.ID); row != nil {
					p.notes = l.notesOf(row)
				}
			}
		}
	}
	items := make([]Item, n)
	// The accounts Update kept off misread accounts cells (read only by
	// both halves): nil in most runs.
	var unwritten map[*Account]bool
	if l != nil {
		unwritten = l.unwritten
	}
	inHalves(len(people), func(from, to int) {
		k := 0
		if from > 0 {
			k = firstHalf
		}
		for _, p := range people[from:to] {
			for _, a := range p.Accounts {
				if !a.Follows() {
					continue
				}
				items[k] = Item{Person: p, Account: a, Decision: r.decide(a.Network, p.notes, start)}
				if unwritten != nil && unwritten[a] {
					items[k].Decision.Unwritten = true
				}
				k++
			}
		}
	})
	SortItems(items)
	return items
}

// SortItems orders items by network, folded account name, name, person id
// and account id.
// Items in person order (as DecideAll makes them) are almost sorted
// already, which the sort is fast on.
//
// An item's folded name is its person's where the account's name is the
// person's, which it is for every item where no accounts were joined (an
// export of one network): then no slice of folded names is made (16 MB
// at a million items, when the decisions are the run's peak).
func SortItems(items []Item) {
	var differs [2]bool
	inHalves(len(items), func(from, to int) {
		for i := from; i < to; i++ {
			if it := &items[i]; it.Account.DisplayName() != it.Person.Name() {
				differs[min(from, 1)] = true
				return
			}
		}
	})
	var folds []string // nil: every item's is its person's
	if differs[0] || differs[1] {
		folds = make([]string, len(items))
		inHalves(len(items), func(from, to int) {
			for i := from; i < to; i++ {
				it := &items[i]
				if name := it.Account.DisplayName(); name == it.Person.Name() {
					folds[i] = it.Person.fold
				} else {
					folds[i] = FoldName(name)
				}
			}
		})
	}
	bucketByNetwork(items, folds)
	if s := (itemSorter{items, folds}); !s.sorted() {
		sort.Sort(s)
	}
}

// sorted is sort.IsSorted, each half of the items checked on its own core:
// reading a million names scattered in memory is most of the check.
func (s itemSorter) sorted() bool {
	var unsorted [2]bool
	inHalves(s.Len(), func(from, to int) {
		for i := to - 1; i > from; i-- {
			if s.Less(i, i-1) {
				unsorted[min(from, 1)] = true
				return
			}
		}
	})
	mid := s.Len() / 2
	return !unsorted[0] && !unsorted[1] && (mid == 0 || !s.Less(mid, mid-1))
}

// bucketByNetwork reorders items (and their folds, unless nil) by network
// rank, keeping the order within a network, in linear time.
func bucketByNetwork(items []Item, folds []string) {
	var nets []string
	for i := range items {
		if n := items[i].Account.Network; !slices.Contains(nets, n) {
			nets = append(nets, n)
		}
	}
	if len(nets) < 2 {
		return
	}
	slices.SortFunc(nets, func(a, b string) int {
		return cmp.Or(cmp.Compare(networkRank(a), networkRank(b)), strings.Compare(a, b))
	})
	outItems := make([]Item, 0, len(items))
	var outFolds []string
	if folds != nil {
		outFolds = make([]string, 0, len(items))
	}
	for _, n := range nets {
		for i := range items {
			if items[i].Account.Network == n {
				outItems = append(outItems, items[i])
				if folds != nil {
					outFolds = append(outFolds, folds[i])
				}
			}
		}
	}
	copy(items, outItems)
	copy(folds, outFolds)
}

type itemSorter struct {
	items []Item
	folds []string // the items' folded names; nil where each is its person's
}

// fold returns item i's folded name.
func (s itemSorter) fold(i int) string {
	if s.folds == nil {
		return s.items[i].Person.fold
	}
	return s.folds[i]
}

func (s itemSorter) Len() int { return len(s.items) }
func (s itemSorter) Swap(i, j int) {
	s.items[i], s.items[j] = s.items[j], s.items[i]
	if s.folds != nil {
		s.folds[i], s.folds[j] = s.folds[j], s.folds[i]
	}
}
func (s itemSorter) Less(i, j int) bool {
	a, b := s.items[i].Account, s.items[j].Account
	if a.Network != b.Network {
		return cmp.Or(cmp.Compare(networkRank(a.Network), networkRank(b.Network)), strings.Compare(a.Network, b.Network)) < 0
	}
	// After the name, the person id as in Merge's order, so that items
	// made in person order need no sorting.
	return cmp.Or(strings.Compare(s.fold(i), s.fold(j)), strings.Compare(a.Name, b.Name),
		strings.Compare(s.items[i].Person.ID, s.items[j].Person.ID), strings.Compare(a.ID, b.ID)) < 0
}

// PersonDecision decides for the person as a whole, whatever the network
// policies: it is what the reach-out list goes by.
func (r *Rules) PersonDecision(n *Annotations) Decision {
	open := Rules{AsOf: r.AsOf, Window: r.Window, Policy: Policy{}}
	return open.Decide("", n)
}
