package audit

import (
	"maps"
	"slices"
	"testing"
)

// TestUnfollowedUnderOldID: a LinkedIn connection unfollowed now whose
// id the last run lacks is the one it found unfollowed under another id
// (a profile address changed) where the person's one connection found so
// is gone and their one connection new to the list is not made since;
// not where the old id is still there, the last run had it followed, a
// second connection of the person is new, the new one was made after
// that run, the row found so is another person's, or the run is another
// network's.
func TestUnfollowedUnderOldID(t *testing.T) {
	past := func(person, network, id, decision, follow string) Past {
		return PastCells{AsOf: "2026-11-25", PersonID: person, Network: network, Relation: Connection,
			ID: id, Name: "Tomas Berg", Decision: decision, Rule: RuleUnknown, Follow: follow}.Past()
	}
	offLists := past("ptomas", LinkedIn, "tomasberg", DecisionUnfollow, FollowUnfollowed)
	followed := past("ptomas", LinkedIn, "tomasberg", DecisionUnfollow, "")
	keptGone := past("ptomas", LinkedIn, "tomasberg", DecisionKeep, FollowUnfollowed)
	otherPerson := past("pother", LinkedIn, "tomasberg", DecisionUnfollow, FollowUnfollowed)
	otherNetwork := PastCells{AsOf: "2026-11-25", PersonID: "ptomas", Network: Facebook, Relation: Friend,
		ID: "tomasberg", Name: "Tomas Berg", Decision: DecisionUnfollow, Rule: RuleUnknown, Follow: FollowUnfollowed}.Past()
	ines := past("pines", LinkedIn, "ines-moreau-7b2", DecisionUnfollow, "")

	conn := func(id, since string) *Account {
		a := &Account{Network: LinkedIn, Relation: Connection, ID: id, Name: "Tomas Berg",
			Extra: map[string]string{ExtraUnfollowed: "2026-09-10"}}
		if since != "" {
			d, err := ParseDate(since)
			if err != nil {
				t.Fatal(err)
			}
			a.Since = d
		}
		return a
	}
	// items gives the person ptomas the accounts, each an item decided
	// unfollowed, Ines one of her own after them; the candidate is the
	// first.
	items := func(accs ...*Account) []Item {
		tomas := &Person{ID: "ptomas", Accounts: accs}
		var out []Item
		for _, a := range accs {
			out = append(out, Item{Person: tomas, Account: a, Decision: Decision{Rule: RuleUnknown, Unfollowed: true}})
		}
		in := &Account{Network: LinkedIn, Relation: Connection, ID: "ines-moreau-7b2", Name: "Ines Moreau"}
		return append(out, Item{Person: &Person{ID: "pines", Accounts: []*Account{in}}, Account: in, Decision: Decision{Rule: RuleUnknown}})
	}
	changed := conn("tomas-berg-42", "2022-04-12")
	for _, tc := range []struct {
		name  string
		prev  []Past
		items []Item
		want  []int
	}{
		{"address changed", []Past{ines, offLists}, items(changed), []int{0}},
		{"undated", []Past{offLists, ines}, items(conn("tomas-berg-42", "")), []int{0}},
		{"no run before", nil, items(changed), nil},
		{"followed then", []Past{followed, ines}, items(changed), nil},
		{"kept then, its follow gone", []Past{keptGone, ines}, items(changed), nil},
		{"another person's", []Past{otherPerson, ines}, items(changed), nil},
		{"another network's", []Past{otherNetwork, ines}, items(changed), nil},
		{"made since", []Past{offLists, ines}, items(conn("tomas-berg-42", "2027-01-14")), nil},
		{"the old id still there", []Past{offLists, ines}, items(changed, conn("tomasberg", "2022-04-12")), nil},
		{"two new", []Past{offLists, ines}, items(changed, conn("tomas-berg-43", "2022-04-12")), nil},
		{"one new made since beside", []Past{offLists, ines}, items(changed, conn("tomas-berg-43", "2027-01-14")), []int{0}},
	} {
		got := slices.Sorted(maps.Keys(UnfollowedUnderOldID(tc.prev, tc.items, []int{0})))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}
