package audit_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// list is a run's list: n accounts of a network's relation, with ids from
// first on, the first keep of them kept (in a past run's list).
type list struct {
	network, relation string
	first, n, keep    int
}

func pastList(ls ...list) []audit.Past {
	var out []audit.Past
	for _, l := range ls {
		for i := l.first; i < l.first+l.n; i++ {
			p := past(l.network, l.relation, fmt.Sprint(i), "", audit.DecisionUnfollow, audit.RuleUnknown)
			if i < l.first+l.keep {
				p = with(p, func(c *audit.PastCells) { c.Decision, c.Rule = audit.DecisionKeep, audit.RuleMet })
			}
			out = append(out, p)
		}
	}
	return out
}

func itemList(ls ...list) []audit.Item {
	var out []audit.Item
	for _, l := range ls {
		for i := l.first; i < l.first+l.n; i++ {
			id := fmt.Sprint(i)
			out = append(out, item("p-"+id, l.network, l.relation, id, "", false, audit.RuleUnknown))
		}
	}
	return out
}

func TestForeignLists(t *testing.T) {
	tw := func(first, n, keep int) list { return list{audit.Twitter, audit.Following, first, n, keep} }
	li := func(first, n, keep int) list { return list{audit.LinkedIn, audit.Connection, first, n, keep} }
	type flagged struct {
		network, relation                          string
		now, before, shared, beforeKeep, stillKept int
		sure                                       bool
	}
	tests := []struct {
		name      string
		prev, now []list
		want      []flagged
	}{
		{"the same list", []list{tw(0, 100, 30)}, []list{tw(0, 100, 0)}, nil},
		// The baseline put everything on the unfollow list; the person
		// unfollowed nearly all of it, and followed others since.
		{"a baseline's unfollows done, many new follows", []list{tw(0, 300, 0)}, []list{tw(0, 20, 0), tw(5000, 201, 0)}, nil},
		{"one account left of a baseline's, many new", []list{tw(0, 300, 0)}, []list{tw(0, 1, 0), tw(5000, 201, 0)}, nil},
		{"the kept ones still there, the rest unfollowed", []list{tw(0, 300, 40)}, []list{tw(0, 40, 0), tw(5000, 100, 0)}, nil},
		{"a tenth of the kept ones still there", []list{tw(0, 300, 40)}, []list{tw(0, 4, 0), tw(5000, 100, 0)}, nil},
		{"under a tenth of the kept ones still there", []list{tw(0, 300, 40)}, []list{tw(0, 3, 0), tw(5000, 100, 0)},
			[]flagged{{audit.Twitter, audit.Following, 103, 300, 3, 40, 3, true}}},
		{"nothing in common", []list{tw(0, 20, 0)}, []list{tw(1000, 20, 0)},
			[]flagged{{audit.Twitter, audit.Following, 20, 20, 0, 0, 0, false}}},
		{"nothing in common, the last run's list too small to judge", []list{tw(0, 19, 0)}, []list{tw(1000, 50, 0)}, nil},
		{"nothing in common, this run's list too small to judge", []list{tw(0, 50, 0)}, []list{tw(1000, 19, 0)}, nil},
		{"too few kept to judge", []list{tw(0, 50, 19)}, []list{tw(0, 1, 0), tw(1000, 50, 0)}, nil},
		{"a network new to this run", []list{tw(0, 50, 0)}, []list{tw(0, 50, 0), li(1000, 50, 0)}, nil},
		// A Twitter/X archive whose following.js listed nobody: an empty
		// list has nothing in common with any, and is no sign.
		{"a list the last run held empty", []list{li(0, 50, 0)}, []list{li(0, 50, 0), tw(1000, 50, 0)}, nil},
		{"two lists, in network order", []list{tw(0, 50, 0), li(100, 50, 25)}, []list{tw(1000, 50, 0), li(100, 1, 0), li(2000, 40, 0)},
			[]flagged{{audit.LinkedIn, audit.Connection, 41, 50, 1, 25, 1, true}, {audit.Twitter, audit.Following, 50, 50, 0, 0, 0, false}}},
		{"the same ids on another relation are another list", []list{{audit.Twitter, audit.Follower, 0, 50, 0}}, []list{tw(0, 50, 0)}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prev, items := pastList(tt.prev...), itemList(tt.now...)
			got := audit.ForeignLists(prev, items, audit.Compare(prev, items, all), nil)
			var short []flagged
			for _, f := range got {
				short = append(short, flagged{f.Network, f.Relation, f.Now, f.Before, f.Shared, f.BeforeKeep, f.StillKept, f.Sure})
				if f.AsOf != "2026-08-25" {
					t.Errorf("AsOf %q", f.AsOf)
				}
			}
			if !slices.Equal(short, tt.want) {
				t.Errorf("got %+v, want %+v", short, tt.want)
			}
		})
	}
	if got := audit.ForeignLists(nil, itemList(tw(0, 50, 0)), nil, nil); got != nil {
		t.Errorf("a first run: %+v", got)
	}
}

// Kept accounts the ledger no longer keeps, gone since, are no sign: the
// person changed their mind, and unfollowed them.
func TestForeignListsAsksTheLedgerNow(t *testing.T) {
	prev := pastList(list{audit.Twitter, audit.Following, 0, 300, 30})
	items := itemList(list{audit.Twitter, audit.Following, 0, 2, 0}, list{audit.Twitter, audit.Following, 5000, 10, 0})
	changes := audit.Compare(prev, items, all)
	if got := audit.ForeignLists(prev, items, changes, nil); len(got) != 1 || !got[0].Sure {
		t.Fatalf("28 of 30 kept accounts gone, the ledger not asked: %+v, want one list, sure", got)
	}
	var asked []string
	keeps := func(network, id string) bool {
		asked = append(asked, network+":"+id)
		return false // the person cleared last_met on every one of them
	}
	if got := audit.ForeignLists(prev, items, changes, keeps); got != nil {
		t.Errorf("28 accounts no longer kept, gone: %+v", got)
	}
	if len(asked) != 28 {
		t.Errorf("the ledger was asked about %d accounts, want the 28 kept ones gone: %q", len(asked), asked)
	}
	still := func(network, id string) bool { return true }
	if got := audit.ForeignLists(prev, items, changes, still); len(got) != 1 || got[0].BeforeKeep != 30 || got[0].StillKept != 2 {
		t.Errorf("the ledger still keeps them: %+v, want 2 of 30 kept", got)
	}
}

// A list carried through a run whose exports did not hold it has the date
// of the last run that did.
func TestForeignListsDate(t *testing.T) {
	prev := pastList(list{audit.Twitter, audit.Following, 0, 30, 0})
	for i := range prev[10:] {
		prev[10+i] = with(prev[10+i], func(c *audit.PastCells) { c.AsOf = "2026-01-01" }) // older rows, carried
	}
	items := itemList(list{audit.Twitter, audit.Following, 1000, 30, 0})
	got := audit.ForeignLists(prev, items, audit.Compare(prev, items, all), nil)
	if len(got) != 1 || got[0].AsOf != "2026-08-25" {
		t.Errorf("got %+v, want one list of 2026-08-25", got)
	}
}

// A Facebook friend renamed, or a LinkedIn address edited, is the same
// account: a replaced one counts as shared, and as still kept.
func TestForeignListsCountsReplacedAsKept(t *testing.T) {
	prev := pastList(list{audit.Twitter, audit.Following, 0, 40, 40})
	items := itemList(list{audit.Twitter, audit.Following, 1000, 40, 0})
	changes := audit.Compare(prev, items, all)
	if got := audit.ForeignLists(prev, items, changes, nil); len(got) != 1 {
		t.Fatalf("40 new accounts for 40 gone: %+v", got)
	}
	// Guessed (renamed?): each new account keeps its new row.
	for i := range changes {
		if changes[i].Kind == audit.ChangeGone {
			changes[i].Kind, changes[i].Guess = audit.ChangeReplaced, true
		}
	}
	if got := audit.ForeignLists(prev, items, changes, nil); got != nil {
		t.Errorf("40 accounts replaced: %+v", got)
	}
}

// A replaced row Compare is sure of (the same person's account under a
// new id) has no new row: its account is shared once, not twice.
func TestForeignListsCountsReplacedOnce(t *testing.T) {
	const li = audit.LinkedIn
	prev := pastList(list{li, audit.Connection, 0, 40, 40})
	// The first two connections' addresses changed (their people's ids),
	// the 38 others are gone, and 38 new connections are another's.
	items := itemList(list{li, audit.Connection, 1000, 40, 0})
	for i := range 2 {
		items[i].Person.ID = "p-" + fmt.Sprint(i)
	}
	for _, unfollowed := range []bool{false, true} {
		items[0].Decision.Unfollowed = unfollowed // its Unfollow row too
		changes := audit.Compare(prev, items, all)
		if n := slices.IndexFunc(changes, func(c audit.Change) bool { return c.Kind == audit.ChangeReplaced }); n < 0 {
			t.Fatalf("no replaced row: %+v", changes)
		}
		got := audit.ForeignLists(prev, items, changes, nil)
		if len(got) != 1 || got[0].Shared != 2 || got[0].Now != 40 || got[0].StillKept != 2 {
			t.Errorf("unfollowed %v: got %+v, want one list, 2 of 40 shared, 2 still kept", unfollowed, got)
		}
	}
}

// A LinkedIn connection made since the last run, already unfollowed
// (an Unfollow row: Decision.Unfollowed), has no new row in changes.csv,
// and is new all the same: not shared with the last run's list.
func TestForeignListsNewUnfollowed(t *testing.T) {
	li := func(first, n int) list { return list{audit.LinkedIn, audit.Connection, first, n, 0} }
	prev := pastList(li(0, 30))
	items := itemList(li(1000, 30))
	items[0].Decision.Unfollowed = true
	changes := audit.Compare(prev, items, all)
	got := audit.ForeignLists(prev, items, changes, nil)
	if len(got) != 1 || got[0].Now != 30 || got[0].Shared != 0 {
		t.Errorf("got %+v, want one list, 30 now, none shared", got)
	}
	// Three of the thirty connections still there, a tenth: not
	// another person's list, where the one unfollowed counts as shared
	// (counted new, two of thirty would be).
	items = itemList(li(0, 3), li(1000, 27))
	items[0].Decision.Unfollowed = true // found so by the last run, or now
	if got := audit.ForeignLists(prev, items, audit.Compare(prev, items, all), nil); got != nil {
		t.Errorf("three accounts in common: %+v", got)
	}
}

// Unfollowing keeps a Facebook friend a friend and a LinkedIn connection
// connected: a person told to unfollow a whole unannotated baseline
// still has those friends and connections next quarter. So under a
// tenth of a friends or connections list still there is another
// person's list, even where a few accounts are on both (a friend two
// clients share, a namesake), which on a list of follows would be the
// person's own, after unfollowing all and following others.
func TestForeignListsTiesKept(t *testing.T) {
	fb := func(first, n int) list { return list{audit.Facebook, audit.Friend, first, n, 0} }
	li := func(first, n int) list { return list{audit.LinkedIn, audit.Connection, first, n, 0} }
	tw := func(first, n int) list { return list{audit.Twitter, audit.Following, first, n, 0} }
	tests := []struct {
		name      string
		prev, now []list
		want      int // lists flagged
		tied      bool
	}{
		{"two friends of thirty still there", []list{fb(0, 30)}, []list{fb(0, 2), fb(1000, 28)}, 1, true},
		{"two connections of thirty still there", []list{li(0, 30)}, []list{li(0, 2), li(1000, 28)}, 1, true},
		{"three friends of thirty still there, a tenth", []list{fb(0, 30)}, []list{fb(0, 3), fb(1000, 27)}, 0, false},
		{"two follows of thirty still there", []list{tw(0, 30)}, []list{tw(0, 2), tw(1000, 28)}, 0, false},
		{"friends too few to judge", []list{fb(0, 19)}, []list{fb(0, 1), fb(1000, 28)}, 0, false},
		{"friends now too few to judge", []list{fb(0, 30)}, []list{fb(0, 1), fb(1000, 18)}, 0, false},
		{"a friend list of the same person, grown", []list{fb(0, 30)}, []list{fb(0, 28), fb(1000, 200)}, 0, false},
		// A smaller list of the same person's (a friend purge; an export
		// of a shorter date range): every friend on it was in the last
		// run, which another person's list seldom is.
		{"a smaller export of the same friends", []list{fb(0, 250)}, []list{fb(226, 24)}, 0, false},
		{"a smaller export of the same connections", []list{li(0, 250)}, []list{li(226, 24)}, 0, false},
		{"a smaller export, friends made since on it", []list{fb(0, 250)}, []list{fb(226, 24), fb(1000, 36)}, 0, false},
		{"another person's, two friends of thirty in the last run's 250", []list{fb(0, 250)}, []list{fb(0, 2), fb(1000, 28)}, 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prev, items := pastList(tt.prev...), itemList(tt.now...)
			got := audit.ForeignLists(prev, items, audit.Compare(prev, items, all), nil)
			if len(got) != tt.want {
				t.Fatalf("got %+v, want %d lists", got, tt.want)
			}
			if tt.want > 0 && (got[0].Tied != tt.tied || got[0].Sure) {
				t.Errorf("got %+v, want Tied %v, not Sure", got[0], tt.tied)
			}
		})
	}
}

func TestForeignListString(t *testing.T) {
	tests := []struct {
		l    audit.ForeignList
		want string
	}{
		{audit.ForeignList{Network: audit.Twitter, Relation: audit.Following, Now: 30, Before: 22, Shared: 0, AsOf: "2026-11-25"},
			"Twitter/X following: 0 of the 30 accounts in these exports were in the run of 2026-11-25, which had 22"},
		{audit.ForeignList{Network: audit.LinkedIn, Relation: audit.Connection, Now: 41, Before: 50, Shared: 1, BeforeKeep: 25, StillKept: 1, AsOf: "2026-11-25"},
			"LinkedIn connection: 1 of the 41 accounts in these exports was in the run of 2026-11-25, which had 50; of the 25 it kept, 1 is still there"},
		{audit.ForeignList{Network: audit.LinkedIn, Relation: audit.Connection, Now: 41, Before: 50, Shared: 2, BeforeKeep: 25, StillKept: 2, AsOf: "2026-11-25"},
			"LinkedIn connection: 2 of the 41 accounts in these exports were in the run of 2026-11-25, which had 50; of the 25 it kept, 2 are still there"},
	}
	for _, tt := range tests {
		if got := tt.l.String(); got != tt.want {
			t.Errorf("String() = %q, want %q", got, tt.want)
		}
	}
}
