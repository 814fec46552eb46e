package audit

import (
	"cmp"
	"sort"
	"strings"
)

// An Item is one account the person follows, with its person, what the
// ledger says about that person, and the decision.
type Item struct {
	Person   *Person
	Account  *Account
	Notes    *Annotations
	Decision Decision
}

// Action says what to do on the network: "keep", or how to unfollow
// without cutting the tie the seed keeps (Facebook friends stay friends,
// LinkedIn connections stay connected).
func (it *Item) Action() string {
	if it.Decision.Keep {
		return "keep"
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
// checklist.
func (r *Rules) DecideAll(people []*Person, l *Ledger) []Item {
	var items []Item
	var none Annotations
	for _, p := range people {
		notes := &none
		if l != nil {
			if row := l.Row(p.ID); row != nil {
				notes = &row.Notes
			}
		}
		for _, a := range p.Accounts {
			if !a.Follows() {
				continue
			}
			items = append(items, Item{Person: p, Account: a, Notes: notes, Decision: r.Decide(a.Network, notes)})
		}
	}
	SortItems(items)
	return items
}

// SortItems orders items by network, folded account name, name and id,
// folding each name once.
func SortItems(items []Item) {
	folds := make([]string, len(items))
	for i := range items {
		folds[i] = FoldName(items[i].Account.Name)
	}
	sort.Sort(itemSorter{items, folds})
}

type itemSorter struct {
	items []Item
	folds []string
}

func (s itemSorter) Len() int { return len(s.items) }
func (s itemSorter) Swap(i, j int) {
	s.items[i], s.items[j] = s.items[j], s.items[i]
	s.folds[i], s.folds[j] = s.folds[j], s.folds[i]
}
func (s itemSorter) Less(i, j int) bool {
	a, b := s.items[i].Account, s.items[j].Account
	return cmp.Or(cmp.Compare(networkRank(a.Network), networkRank(b.Network)),
		strings.Compare(a.Network, b.Network),
		strings.Compare(s.folds[i], s.folds[j]), strings.Compare(a.Name, b.Name),
		strings.Compare(a.ID, b.ID)) < 0
}

// PersonDecision decides for the person as a whole, whatever the network
// policies: it is what the reach-out list goes by.
func (r *Rules) PersonDecision(n *Annotations) Decision {
	open := Rules{AsOf: r.AsOf, Window: r.Window, Policy: Policy{}}
	return open.Decide("", n)
}
