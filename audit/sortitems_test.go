package audit

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"
)

// itemSorter.sorted, which checks halves on two cores, agrees with
// sort.IsSorted on sorted items, on items with one pair out of order
// anywhere (in a half, or across the middle), and on tiny inputs.
func TestItemsSortedCheck(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 3, 100, 1 << 14, 1<<15 + 1} {
		items := make([]Item, n)
		folds := make([]string, n)
		p := &Person{ID: "p1"}
		for i := range items {
			items[i] = Item{Person: p, Account: &Account{Network: LinkedIn, ID: fmt.Sprintf("%08d", i)}}
			folds[i] = fmt.Sprintf("name %06d", i/3)
		}
		s := itemSorter{items, folds}
		if got, want := s.sorted(), sort.IsSorted(s); got != want || !got {
			t.Fatalf("n=%d sorted: %v, sort.IsSorted: %v", n, got, want)
		}
		if n < 2 {
			continue
		}
		for _, at := range []int{1, n / 2, n/2 + 1, n - 1, 1 + r.IntN(n-1)} {
			if at >= n {
				continue
			}
			s.Swap(at, at-1)
			if got, want := s.sorted(), sort.IsSorted(s); got != want {
				t.Fatalf("n=%d, pair %d out of order: sorted %v, sort.IsSorted %v", n, at, got, want)
			}
			s.Swap(at, at-1)
		}
	}
}

// DecideAll, which decides each half of the people on its own core, makes
// the items a plain loop over people and accounts makes, in the same
// order, for enough people to be split; people Update never saw get
// their row's notes through Ledger.Row.
func TestDecideAllHalves(t *testing.T) {
	var in []Account
	for i := range 40_000 {
		a := acc([]string{LinkedIn, Twitter, Facebook}[i%3], fmt.Sprintf("id%d", i*7919%40_000), fmt.Sprintf("Name %d", i%997))
		if i%11 == 0 {
			a.Relation = Follower
		}
		in = append(in, a)
	}
	people := Merge(in, nil)
	l := NewLedger()
	l.Update(people)
	for i, r := range l.Rows() {
		switch i % 4 {
		case 1:
			r.writeNotes(Annotations{Inspiring: true})
		case 2:
			r.writeNotes(Annotations{LastMet: Period{NewDate(2026, 5, 1), NewDate(2026, 5, 1)}})
		}
	}
	// A person of the second half, with an inspiring row, as if Update had
	// not seen it: DecideAll must look its row up.
	var unseen *Person
	for i := len(people) - 1; ; i-- {
		if p := people[i]; p.notes != nil && p.notes.Inspiring {
			p.notes, unseen = nil, p
			break
		}
	}
	window, err := ParseSpan("12m")
	if err != nil {
		t.Fatal(err)
	}
	rules := Rules{AsOf: NewDate(2026, 11, 25), Window: window, Policy: DefaultPolicy()}
	got := rules.DecideAll(people, l)
	if r := l.Row(unseen.ID); r == nil || unseen.notes != r.Notes() {
		t.Fatalf("the person Update did not see has notes %p, want its row's", unseen.notes)
	}
	var want []Item
	start := rules.Window.Before(rules.AsOf)
	for _, p := range people {
		notes := p.notes
		if notes == nil {
			notes = &Annotations{}
			if r := l.Row(p.ID); r != nil {
				notes = r.Notes()
			}
		}
		for _, a := range p.Accounts {
			if a.Follows() {
				want = append(want, Item{Person: p, Account: a, Decision: rules.decide(a.Network, notes, start)})
			}
		}
	}
	SortItems(want)
	if len(got) != len(want) {
		t.Fatalf("%d items, want %d", len(got), len(want))
	}
	for i := range got {
		g, w := got[i], want[i]
		if g.Person != w.Person || g.Account != w.Account || g.Decision != w.Decision {
			t.Fatalf("item %d: %+v, want %+v", i, got[i], want[i])
		}
	}
}

// SortItems sorts items whose names are all their people's (one network,
// nothing joined: no slice of folded names is made) as it sorts the same
// items with one whose name differs, from any order.
func TestSortItemsWithoutFolds(t *testing.T) {
	var in []Account
	for i := range 3000 {
		in = append(in, acc(LinkedIn, fmt.Sprintf("id%d", i), fmt.Sprintf("Name %d", i%211)))
	}
	var items []Item
	for _, p := range Merge(in, nil) {
		items = append(items, Item{Person: p, Account: p.Accounts[0]})
	}
	r := rand.New(rand.NewPCG(3, 4))
	shuffled := slices.Clone(items)
	r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	SortItems(shuffled)
	for i := range items {
		if shuffled[i].Account != items[i].Account {
			t.Fatalf("item %d: %s, want %s", i, shuffled[i].Account.Key(), items[i].Account.Key())
		}
	}
	// The same, with one item named other than its person: folded names
	// are made, and the order is the same but for that item.
	odd := *items[0].Account
	odd.Name = "Zz Other"
	shuffled[r.IntN(len(shuffled))].Account = &odd
	r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	SortItems(shuffled)
	if last := shuffled[len(shuffled)-1].Account; last != &odd {
		t.Fatalf("last item %s %q, want the one named Zz Other", last.Key(), last.Name)
	}
}
