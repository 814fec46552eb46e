package audit_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// list is a run's list: n accounts of a network's relation, with ids from
// first on.
type list struct {
	network, relation string
	first, n          int
}

func pastList(ls ...list) []audit.Past {
	var out []audit.Past
	for _, l := range ls {
		for i := l.first; i < l.first+l.n; i++ {
			out = append(out, past(l.network, l.relation, fmt.Sprint(i), "", audit.DecisionUnfollow, audit.RuleUnknown))
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
	tw := func(first, n int) list { return list{audit.Twitter, audit.Following, first, n} }
	li := func(first, n int) list { return list{audit.LinkedIn, audit.Connection, first, n} }
	type flagged struct {
		network, relation string
		now, before, kept int
	}
	tests := []struct {
		name      string
		prev, now []list
		want      []flagged
	}{
		{"the same list", []list{tw(0, 100)}, []list{tw(0, 100)}, nil},
		{"a baseline's unfollows done, a few new", []list{tw(0, 500)}, []list{tw(0, 30), tw(1000, 5)}, nil},
		{"a tenth of the smaller list kept: still the same person's", []list{tw(0, 100)}, []list{tw(90, 10), tw(1000, 90)}, nil},
		{"another person's list, two accounts in common", []list{tw(0, 100)}, []list{tw(0, 2), tw(1000, 78)},
			[]flagged{{audit.Twitter, audit.Following, 80, 100, 2}}},
		{"nothing in common", []list{tw(0, 20)}, []list{tw(1000, 20)},
			[]flagged{{audit.Twitter, audit.Following, 20, 20, 0}}},
		{"the last run's list too small to judge", []list{tw(0, 19)}, []list{tw(1000, 50)}, nil},
		{"this run's list too small to judge", []list{tw(0, 50)}, []list{tw(1000, 19)}, nil},
		{"a network new to this run", []list{tw(0, 50)}, []list{tw(0, 50), li(1000, 50)}, nil},
		{"two lists, in network order", []list{tw(0, 50), li(100, 50)}, []list{tw(1000, 50), li(2000, 40)},
			[]flagged{{audit.LinkedIn, audit.Connection, 40, 50, 0}, {audit.Twitter, audit.Following, 50, 50, 0}}},
		{"one list of two", []list{tw(0, 50), li(100, 50)}, []list{tw(0, 50), li(2000, 40)},
			[]flagged{{audit.LinkedIn, audit.Connection, 40, 50, 0}}},
		{"the same ids on another relation are another list", []list{{audit.Twitter, audit.Follower, 0, 50}}, []list{tw(0, 50)}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prev, items := pastList(tt.prev...), itemList(tt.now...)
			got := audit.ForeignLists(prev, items, audit.Compare(prev, items, all))
			var short []flagged
			for _, f := range got {
				short = append(short, flagged{f.Network, f.Relation, f.Now, f.Before, f.Kept})
				if f.AsOf != "2026-08-25" {
					t.Errorf("AsOf %q", f.AsOf)
				}
			}
			if !slices.Equal(short, tt.want) {
				t.Errorf("got %+v, want %+v", short, tt.want)
			}
		})
	}
	if got := audit.ForeignLists(nil, itemList(tw(0, 50)), nil); got != nil {
		t.Errorf("a first run: %+v", got)
	}
}

// A Facebook friend renamed comes back under a new id: the replacement
// counts as kept, not as a new account.
func TestForeignListsCountsReplacedAsKept(t *testing.T) {
	prev := pastList(list{audit.Twitter, audit.Following, 0, 40})
	items := itemList(list{audit.Twitter, audit.Following, 1000, 40})
	changes := audit.Compare(prev, items, all)
	if got := audit.ForeignLists(prev, items, changes); len(got) != 1 {
		t.Fatalf("40 new accounts for 40 gone: %+v", got)
	}
	for i := range changes {
		if changes[i].Kind == audit.ChangeGone {
			changes[i].Kind = audit.ChangeReplaced
		}
	}
	if got := audit.ForeignLists(prev, items, changes); got != nil {
		t.Errorf("40 accounts replaced: %+v", got)
	}
}

func TestForeignListString(t *testing.T) {
	f := audit.ForeignList{Network: audit.Twitter, Relation: audit.Following, Now: 30, Before: 22, Kept: 2, AsOf: "2026-11-25"}
	want := "Twitter/X following: 2 of the 30 accounts in these exports were on it in the run of 2026-11-25 (of 22)"
	if got := f.String(); got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}
