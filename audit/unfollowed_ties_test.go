package audit_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// tieItem is a friend (connection) decided now, with the follow the
// importer merged into it, if any.
func tieItem(network, relation, id, name string, keep bool, follow string) audit.Item {
	it := item("p-"+id, network, relation, id, name, keep, audit.RuleUnknown)
	if keep {
		it.Decision.Rule = audit.RuleMet
	}
	if follow != "" {
		it.Account.Extra = map[string]string{audit.ExtraFollow: follow}
	}
	return it
}

// tiePast is the last run's row of a friend (connection), its follow cell
// follow.
func tiePast(network, relation, id, name, decision, follow string) audit.Past {
	return with(past(network, relation, id, name, decision, audit.RuleUnknown), func(c *audit.PastCells) { c.Follow = follow })
}

// TestMarkUnfollowedTies: a friend or connection the last run said to
// unfollow while staying friends (connected), whose follow that run read
// (its history's follow cell), is unfollowed where this run's exports
// hold the follows list and the follow is not in it; it stays so in the
// runs after (the history's "unfollowed" follow cell), until followed
// again. Every other case is as before: on the to-do list.
func TestMarkUnfollowedTies(t *testing.T) {
	const fb, li, keep, unf = audit.Facebook, audit.LinkedIn, audit.DecisionKeep, audit.DecisionUnfollow
	all := func(string, string, string) bool { return true }
	noFollows := func(_, relation, _ string) bool { return relation != audit.Following }
	bruno := tieItem(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", false, "")
	lena := tieItem(li, audit.Connection, "lenavogt", "Lena Vogt", false, "")
	// An Unfollow row of Member_Follows.csv for the connection's name.
	lenaRow := unfollowRow(lena, "2027-01-11")
	lenaRowKept := unfollowRow(tieItem(li, audit.Connection, "lenavogt", "Lena Vogt", true, ""), "2027-01-11")
	brunoWas := tiePast(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", unf, "bruno-keller.1653143832")
	onRow := func(it audit.Item) audit.Item { // on Bruno's ledger row
		it.Person.ID = brunoWas.PersonID()
		return it
	}
	// Bruno renamed since, on his ledger row (Known.pinRenamed).
	renamed := func(follow string) audit.Item {
		return onRow(tieItem(fb, audit.Friend, "bruno-keller-santos.1653143829", "Bruno Keller-Santos", false, follow))
	}
	// Another friend of his row the last run had, gone too: which one the
	// renamed one is, is not told.
	brunoOld := with(tiePast(fb, audit.Friend, "b-keller.1500000000", "B Keller", unf, ""), func(c *audit.PastCells) { c.PersonID = brunoWas.PersonID() })
	// A friend of another second on his row (a namesake grouped by name,
	// or Bruno unfriended and friended again): a friendship made anew,
	// whose follow no run read; and a namesake's id of the same second
	// (~2), whose holder the export's order tells.
	friendedAgain := onRow(tieItem(fb, audit.Friend, "bruno-keller.1798000000", "Bruno Keller", false, ""))
	namesakeSecond := onRow(tieItem(fb, audit.Friend, "bruno-keller.1653143829~2", "Bruno Keller", false, ""))
	tests := []struct {
		name    string
		prev    []audit.Past
		items   []audit.Item
		covered audit.Covered
		want    bool
		// wantGone: kept now, its follow known gone (FollowGone)
		wantGone bool
	}{
		{"facebook: the follow gone", []audit.Past{brunoWas}, []audit.Item{bruno}, all, true, false},
		{"linkedin: the member follow gone", []audit.Past{tiePast(li, audit.Connection, "lenavogt", "Lena Vogt", unf, "follow.lena-vogt")},
			[]audit.Item{lena}, all, true, false},
		{"the follows file missing", []audit.Past{brunoWas}, []audit.Item{bruno}, noFollows, false, false},
		// Its id changed since (a friend renamed, a connection's address
		// edited): the last run's row of the old id, on its person's row.
		{"renamed, the follow gone", []audit.Past{brunoWas}, []audit.Item{renamed("")}, all, true, false},
		{"renamed, still followed", []audit.Past{brunoWas}, []audit.Item{renamed("bruno-keller-santos.1653143832")}, all, false, false},
		{"renamed, another friend of the row gone", []audit.Past{brunoWas, brunoOld}, []audit.Item{renamed("")}, all, false, false},
		{"another second on the row, the follow gone", []audit.Past{brunoWas}, []audit.Item{friendedAgain}, all, false, false},
		{"a namesake's id of the second on the row, the follow gone", []audit.Past{brunoWas}, []audit.Item{namesakeSecond}, all, false, false},
		{"renamed, the old id still there", []audit.Past{brunoWas}, []audit.Item{renamed(""), tieItem(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", false, "bruno-keller.1653143832")}, all, false, false},
		{"still followed", []audit.Past{brunoWas}, []audit.Item{tieItem(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", false, "bruno-keller.1653143832")}, all, false, false},
		// Kept then, unfollow now, and the follow gone: nothing is left
		// to do. Listed, it would stay on unfollow.csv for good, as the
		// history after has no follow to find gone.
		{"kept by the last run", []audit.Past{tiePast(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", keep, "bruno-keller.1653143832")},
			[]audit.Item{bruno}, all, true, false},
		// Kept now, the follow gone: on keep.csv, its history row keeps
		// "unfollowed", so that unfollow again is nothing to do.
		{"kept now", []audit.Past{brunoWas}, []audit.Item{tieItem(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", true, "")}, all, false, true},
		{"kept now, still followed", []audit.Past{brunoWas}, []audit.Item{tieItem(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", true, "bruno-keller.1653143832")}, all, false, false},
		{"kept then and now, the follow gone", []audit.Past{tiePast(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", keep, "bruno-keller.1653143832")},
			[]audit.Item{tieItem(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", true, "")}, all, false, true},
		{"kept now, the follows file missing", []audit.Past{brunoWas}, []audit.Item{tieItem(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", true, "")}, noFollows, false, false},
		{"kept now, unfollowed before", []audit.Past{tiePast(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", unf, audit.FollowUnfollowed)},
			[]audit.Item{tieItem(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", true, "")}, noFollows, false, true},
		{"kept now, unfollowed before, followed again", []audit.Past{tiePast(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", unf, audit.FollowUnfollowed)},
			[]audit.Item{tieItem(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", true, "bruno-keller.1780000000")}, all, false, false},
		// Kept by a run whose follow was gone already (Q3), unfollow now.
		{"kept before, the follow gone already", []audit.Past{tiePast(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", keep, audit.FollowUnfollowed)},
			[]audit.Item{bruno}, noFollows, true, false},
		{"kept before, the follow gone already, kept now", []audit.Past{tiePast(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", keep, audit.FollowUnfollowed)},
			[]audit.Item{tieItem(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", true, "")}, all, false, true},
		{"kept now, a follow of the name apart", []audit.Past{brunoWas},
			[]audit.Item{tieItem(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", true, ""), tieItem(fb, audit.Following, "bruno-keller.1770000000", "Bruno Keller", false, "")}, all, false, false},
		{"a history before the follow column", []audit.Past{tiePast(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", unf, "")},
			[]audit.Item{bruno}, all, false, false},
		{"no friend now, only the follow", []audit.Past{brunoWas},
			[]audit.Item{tieItem(fb, audit.Following, "bruno-keller.1653143829", "Bruno Keller", false, "")}, all, false, false},
		// Followed again, apart from the friend (a namesake friended
		// since): the follow may be theirs, so nothing is counted.
		{"a follow of the name apart", []audit.Past{brunoWas},
			[]audit.Item{bruno, tieItem(fb, audit.Following, "bruno-keller.1770000000", "Bruno Keller", false, "")}, all, false, false},
		// Unfollowed in an earlier run: stays so, whatever the follows
		// file, until followed again.
		{"unfollowed before", []audit.Past{tiePast(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", unf, audit.FollowUnfollowed)},
			[]audit.Item{bruno}, all, true, false},
		{"unfollowed before, the follows file missing", []audit.Past{tiePast(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", unf, audit.FollowUnfollowed)},
			[]audit.Item{bruno}, noFollows, true, false},
		// Found unfollowed before, and a follow of the name apart now (the
		// friend followed again while the exports lacked the friends, or a
		// namesake's): the follow is listed on its own; the friend, no
		// follow merged into it, stays unfollowed, off the list. Back on
		// it, it would say "not followed since", and once that follow is
		// unfollowed, stay there for good.
		{"unfollowed before, a follow of the name apart", []audit.Past{tiePast(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", unf, audit.FollowUnfollowed)},
			[]audit.Item{bruno, tieItem(fb, audit.Following, "bruno-keller.1770000000", "Bruno Keller", false, "")}, all, true, false},
		// A title FoldName drops: the importer joins a member follow to a
		// connection by the name with its title (audit.JoinName), and so
		// is a follow of the name apart told.
		{"linkedin: titled, a follow of the name apart", []audit.Past{tiePast(li, audit.Connection, "drlena", "Dr. Lena Vogt", unf, "follow.dr-lena-vogt")},
			[]audit.Item{tieItem(li, audit.Connection, "drlena", "Dr. Lena Vogt", false, ""), tieItem(li, audit.Following, "follow.dr-lena-vogt~2", "Dr. Lena Vogt", false, "")}, all, false, false},
		{"linkedin: titled, another member followed without the title", []audit.Past{tiePast(li, audit.Connection, "drlena", "Dr. Lena Vogt", unf, "follow.dr-lena-vogt")},
			[]audit.Item{tieItem(li, audit.Connection, "drlena", "Dr. Lena Vogt", false, ""), tieItem(li, audit.Following, "follow.lena-vogt", "Lena Vogt", false, "")}, all, true, false},
		{"linkedin: kept now, the member follow gone", []audit.Past{tiePast(li, audit.Connection, "lenavogt", "Lena Vogt", unf, "follow.lena-vogt")},
			[]audit.Item{tieItem(li, audit.Connection, "lenavogt", "Lena Vogt", true, "")}, all, false, true},
		{"unfollowed before, followed again", []audit.Past{tiePast(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", unf, audit.FollowUnfollowed)},
			[]audit.Item{tieItem(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", false, "bruno-keller.1780000000")}, all, false, false},
		// The export's own word (an Unfollow row of the connection's
		// name): so in the first run too, whatever the last run read.
		{"linkedin: an Unfollow row, the first run", nil, []audit.Item{lenaRow}, all, true, false},
		{"linkedin: an Unfollow row, kept, the first run", nil, []audit.Item{lenaRowKept}, all, false, true},
		{"linkedin: an Unfollow row, listed by the last run", []audit.Past{tiePast(li, audit.Connection, "lenavogt", "Lena Vogt", unf, "")},
			[]audit.Item{lenaRow}, all, true, false},
		{"linkedin: an Unfollow row, the follow the last run read gone", []audit.Past{tiePast(li, audit.Connection, "lenavogt", "Lena Vogt", unf, "follow.lena-vogt")},
			[]audit.Item{lenaRowKept}, all, false, true},
		{"linkedin: an Unfollow row, unfollowed before", []audit.Past{tiePast(li, audit.Connection, "lenavogt", "Lena Vogt", unf, audit.FollowUnfollowed)},
			[]audit.Item{lenaRowKept}, all, false, true},
		{"linkedin: an Unfollow row, the follows file held", nil, []audit.Item{lenaRow}, noFollows, true, false},
		// A follow joined to it (no importer does both): followed.
		{"linkedin: an Unfollow row and a follow", nil, []audit.Item{unfollowRow(tieItem(li, audit.Connection, "lenavogt", "Lena Vogt", false, "follow.lena-vogt"), "2027-01-11")}, all, false, false},
		// Only a connection: a member followed is no tie.
		{"linkedin: an Unfollow mark on a follow", nil, []audit.Item{unfollowRow(tieItem(li, audit.Following, "follow.lena-vogt", "Lena Vogt", false, ""), "2027-01-11")}, all, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := make([]audit.Item, len(tt.items))
			for i, it := range tt.items {
				a := *it.Account
				it.Account = &a
				items[i] = it
			}
			audit.MarkUnfollowedTies(items, tt.prev, tt.covered, nil, nil)
			if got := items[0].Decision.Unfollowed; got != tt.want {
				t.Fatalf("Unfollowed = %v, want %v", got, tt.want)
			}
			if got := items[0].Decision.FollowGone; got != tt.wantGone {
				t.Fatalf("FollowGone = %v, want %v", got, tt.wantGone)
			}
			// Kept, its follow gone: keep.csv says to follow it again, in
			// every run that finds it so, not only the first.
			again := "; not followed, still friends: follow it again to keep it"
			if items[0].Account.Relation == audit.Connection {
				again = "; not followed, still connected: follow it again to keep it"
			}
			if got := strings.HasSuffix(items[0].Decision.Reason, again); got != tt.wantGone || strings.Count(items[0].Decision.Reason, again) > 1 {
				t.Errorf("Reason %q: ends with %q = %v, want %v (once)", items[0].Decision.Reason, again, got, tt.wantGone)
			}
			for _, it := range items[1:] {
				if it.Decision.Unfollowed || it.Decision.FollowGone {
					t.Errorf("%s marked too", it.Account.ID)
				}
			}
			if tt.want && items[0].Action() != "unfollowed (stays a friend)" && items[0].Action() != "unfollowed (stays connected)" {
				t.Errorf("Action = %q", items[0].Action())
			}
		})
	}
}

// TestUnfollowedTiesCounted: the run that finds the follow gone counts it
// an unfollow done (a gone row of changes.csv, and in the summary), lists
// it on neither unfollow.csv nor keep.csv nor in the counts of accounts
// followed, and writes "unfollowed" in its history's follow cell; the run
// after it counts nothing again, nor the unfollow among those to do; a
// follow again is a change, back on the list.
func TestUnfollowedTiesCounted(t *testing.T) {
	const fb, unf = audit.Facebook, audit.DecisionUnfollow
	day := audit.NewDate(2027, 2, 25)
	unfollowedNow := func(follow string) audit.Item {
		it := tieItem(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", false, follow)
		it.Decision.Unfollowed = follow == ""
		return it
	}
	paula := tieItem(fb, audit.Friend, "paula-ruiz.1770498838", "Paula Ruiz", false, "")
	paulaWas := tiePast(fb, audit.Friend, "paula-ruiz.1770498838", "Paula Ruiz", unf, "")
	tests := []struct {
		name        string
		prev        audit.Past
		now         audit.Item
		wantChanges []string
		wantDone    [3]int // Done, WasUnfollow, Gone
		wantFollow  string // the history's follow cell
	}{{
		name:        "the follow gone now",
		prev:        tiePast(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", unf, "bruno-keller.1653143832"),
		now:         unfollowedNow(""),
		wantChanges: []string{"gone|friend|unfollow||unfollow done: no longer followed (bruno-keller.1653143832 gone from the follows), still friends"},
		wantDone:    [3]int{1, 2, 1},
		wantFollow:  audit.FollowUnfollowed,
	}, {
		name:       "unfollowed in the last run",
		prev:       tiePast(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", unf, audit.FollowUnfollowed),
		now:        unfollowedNow(""),
		wantDone:   [3]int{0, 1, 0},
		wantFollow: audit.FollowUnfollowed,
	}, {
		// Kept by the last run, unfollow now, its follow gone: gone from
		// the accounts followed, not an unfollow done (it was kept).
		name:        "kept by the last run, the follow gone now",
		prev:        tiePast(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", audit.DecisionKeep, "bruno-keller.1653143832"),
		now:         unfollowedNow(""),
		wantChanges: []string{"gone|friend|keep||no longer followed (it was kept) (bruno-keller.1653143832 gone from the follows), still friends"},
		wantDone:    [3]int{0, 1, 1},
		wantFollow:  audit.FollowUnfollowed,
	}, {
		name:        "followed again",
		prev:        tiePast(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", unf, audit.FollowUnfollowed),
		now:         unfollowedNow("bruno-keller.1780000000"),
		wantChanges: []string{"changed|friend|unfollow|unfollow|" + audit.ReasonNothingKnown + "; followed again since the run of 2026-08-25, which found it unfollowed, still friends"},
		wantDone:    [3]int{0, 1, 0},
		wantFollow:  "bruno-keller.1780000000",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			now := tt.now
			now.Decision.Reason = audit.ReasonNothingKnown
			items := []audit.Item{now, paula}
			prev := []audit.Past{tt.prev, paulaWas}
			changes := audit.Compare(prev, items, func(string, string, string) bool { return true })
			got := changeRows(changes)
			if fmt.Sprint(got) != fmt.Sprint(tt.wantChanges) {
				t.Errorf("changes\ngot  %q\nwant %q", got, tt.wantChanges)
			}
			s := audit.Summarize(items, prev, changes, true)
			c := s.Total
			if g := [3]int{c.Done, c.WasUnfollow, c.Gone}; g != tt.wantDone {
				t.Errorf("done, of, gone = %v, want %v", g, tt.wantDone)
			}
			followed := 2
			if now.Decision.Unfollowed {
				followed = 1
			}
			if c.Followed != followed || c.Unfollow != followed || c.Keep != 0 {
				t.Errorf("followed %d, unfollow %d, keep %d; want %d, %d, 0", c.Followed, c.Unfollow, c.Keep, followed, followed)
			}
			// The counts add up: followed before (not those found
			// unfollowed then), plus new, less gone, is followed now.
			checkAddsUp(t, prev, c)
			var list, hist bytes.Buffer
			if err := audit.WriteUnfollowAndHistory(&list, &hist, items, nil, day); err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(list.String(), "bruno"); got == now.Decision.Unfollowed {
				t.Errorf("unfollow.csv lists it: %v\n%s", got, list.String())
			}
			var keepList bytes.Buffer
			if err := audit.WriteDecisions(&keepList, items, true); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(keepList.String(), "bruno") {
				t.Errorf("keep.csv lists it:\n%s", keepList.String())
			}
			if b := audit.UnfollowBatches(items, 1); len(b) != 1+btoi(!now.Decision.Unfollowed) {
				t.Errorf("%d batches", len(b))
			}
			back, err := audit.ReadHistory(bytes.NewReader(hist.Bytes()), "history")
			if err != nil {
				t.Fatal(err)
			}
			if got := back[0].Cells().Follow; got != tt.wantFollow {
				t.Errorf("history's follow cell %q, want %q", got, tt.wantFollow)
			}
			if !audit.SameDecisions(back, items, nil, day) {
				t.Error("a repeat of the run is not the same")
			}
		})
	}
}

// unfollowRow is it with the LinkedIn importer's mark of an Unfollow row
// of its name, dated day (audit.ExtraUnfollowed).
func unfollowRow(it audit.Item, day string) audit.Item {
	a := *it.Account
	a.Extra = map[string]string{audit.ExtraUnfollowed: day}
	for k, v := range it.Account.Extra {
		a.Extra[k] = v
	}
	it.Account = &a
	return it
}

// TestUnfollowRowCounted: a connection an Unfollow row says is no longer
// followed, where the last run had it followed and read no follow of it
// (a history before this was read, or a connection followed by default):
// the run that finds it so counts it gone from the accounts followed, an
// unfollow done where that run listed it to unfollow, off both lists, its
// history's follow cell "unfollowed"; found so by the last run, nothing
// changes. A connection new since the last run, and unfollowed already,
// was followed at neither run: no change, not new (the counts add up).
func TestUnfollowRowCounted(t *testing.T) {
	const li, unf, keep = audit.LinkedIn, audit.DecisionUnfollow, audit.DecisionKeep
	day := audit.NewDate(2027, 2, 25)
	hiro := tieItem(li, audit.Connection, "hirotanaka", "Hiro Tanaka", false, "")
	hiroWas := tiePast(li, audit.Connection, "hirotanaka", "Hiro Tanaka", unf, "")
	tests := []struct {
		name        string
		prev        audit.Past
		new         bool   // not in the last run (prev unused)
		day         string // the Unfollow row's
		wantChanges []string
		wantDone    [3]int // Done, WasUnfollow, Gone
	}{{
		name:        "listed by the last run",
		prev:        tiePast(li, audit.Connection, "lenavogt", "Lena Vogt", unf, ""),
		day:         "2027-01-11",
		wantChanges: []string{"gone|connection|unfollow||unfollow done: no longer followed (unfollowed on 2027-01-11, the follows say), still connected"},
		wantDone:    [3]int{1, 2, 1},
	}, {
		name:        "listed by the last run, the row undated",
		prev:        tiePast(li, audit.Connection, "lenavogt", "Lena Vogt", unf, ""),
		day:         audit.FollowUnfollowed,
		wantChanges: []string{"gone|connection|unfollow||unfollow done: no longer followed (unfollowed, the follows say), still connected"},
		wantDone:    [3]int{1, 2, 1},
	}, {
		// Unfollowed before the last run (its exports lacked
		// Member_Follows.csv, or a version that did not read Unfollow
		// rows made it), which listed it all the same: gone from the
		// accounts followed, but no unfollow done since, nor one that run
		// had left to do.
		name:        "listed by the last run, unfollowed before it",
		prev:        tiePast(li, audit.Connection, "lenavogt", "Lena Vogt", unf, ""),
		day:         "2026-07-30",
		wantChanges: []string{"gone|connection|unfollow||no longer followed (unfollowed on 2026-07-30, the follows say), still connected: unfollowed before the audit of 2026-08-25, no unfollow done since"},
		wantDone:    [3]int{0, 1, 1},
	}, {
		// On the last run's day: maybe after it, an unfollow done.
		name:        "listed by the last run, unfollowed on its day",
		prev:        tiePast(li, audit.Connection, "lenavogt", "Lena Vogt", unf, ""),
		day:         "2026-08-25",
		wantChanges: []string{"gone|connection|unfollow||unfollow done: no longer followed (unfollowed on 2026-08-25, the follows say), still connected"},
		wantDone:    [3]int{1, 2, 1},
	}, {
		name:        "kept by the last run, unfollowed before it",
		prev:        tiePast(li, audit.Connection, "lenavogt", "Lena Vogt", keep, ""),
		day:         "2026-07-30",
		wantChanges: []string{"gone|connection|keep||no longer followed (it was kept) (unfollowed on 2026-07-30, the follows say), still connected: unfollowed before the audit of 2026-08-25"},
		wantDone:    [3]int{0, 1, 1},
	}, {
		// Its follow read by the last run: followed then, whatever the
		// row's date.
		name:        "the last run read its follow, the row dated before it",
		prev:        tiePast(li, audit.Connection, "lenavogt", "Lena Vogt", unf, "follow.lena-vogt"),
		day:         "2026-07-30",
		wantChanges: []string{"gone|connection|unfollow||unfollow done: no longer followed (follow.lena-vogt gone from the follows), still connected"},
		wantDone:    [3]int{1, 2, 1},
	}, {
		name:        "kept by the last run",
		prev:        tiePast(li, audit.Connection, "lenavogt", "Lena Vogt", keep, ""),
		day:         "2027-01-11",
		wantChanges: []string{"gone|connection|keep||no longer followed (it was kept) (unfollowed on 2027-01-11, the follows say), still connected"},
		wantDone:    [3]int{0, 1, 1},
	}, {
		name:        "the last run read its follow",
		prev:        tiePast(li, audit.Connection, "lenavogt", "Lena Vogt", unf, "follow.lena-vogt"),
		day:         "2027-01-11",
		wantChanges: []string{"gone|connection|unfollow||unfollow done: no longer followed (follow.lena-vogt gone from the follows), still connected"},
		wantDone:    [3]int{1, 2, 1},
	}, {
		name:     "found so by the last run",
		prev:     tiePast(li, audit.Connection, "lenavogt", "Lena Vogt", unf, audit.FollowUnfollowed),
		day:      "2027-01-11",
		wantDone: [3]int{0, 1, 0},
	}, {
		name:     "new since the last run",
		new:      true,
		day:      "2027-01-11",
		wantDone: [3]int{0, 1, 0},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lena := unfollowRow(tieItem(li, audit.Connection, "lenavogt", "Lena Vogt", false, ""), tt.day)
			lena.Decision.Reason = audit.ReasonNothingKnown
			items := []audit.Item{lena, hiro}
			prev := []audit.Past{tt.prev, hiroWas}
			if tt.new {
				prev = prev[1:]
			}
			all := func(string, string, string) bool { return true }
			audit.MarkUnfollowedTies(items, prev, all, nil, nil)
			if !items[0].Decision.Unfollowed {
				t.Fatal("not marked Unfollowed")
			}
			changes := audit.Compare(prev, items, all)
			got := changeRows(changes)
			if fmt.Sprint(got) != fmt.Sprint(tt.wantChanges) {
				t.Errorf("changes\ngot  %q\nwant %q", got, tt.wantChanges)
			}
			c := audit.Summarize(items, prev, changes, true).Total
			if g := [3]int{c.Done, c.WasUnfollow, c.Gone}; g != tt.wantDone {
				t.Errorf("done, of, gone = %v, want %v", g, tt.wantDone)
			}
			if c.Followed != 1 {
				t.Errorf("followed now %d, want 1", c.Followed)
			}
			checkAddsUp(t, prev, c)
			var list, hist, keepList bytes.Buffer
			if err := audit.WriteUnfollowAndHistory(&list, &hist, items, nil, day); err != nil {
				t.Fatal(err)
			}
			if err := audit.WriteDecisions(&keepList, items, true); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(list.String(), "lenavogt") || strings.Contains(keepList.String(), "lenavogt") {
				t.Errorf("listed:\n%s%s", list.String(), keepList.String())
			}
			back, err := audit.ReadHistory(bytes.NewReader(hist.Bytes()), "history")
			if err != nil {
				t.Fatal(err)
			}
			if got := back[0].Cells().Follow; got != audit.FollowUnfollowed {
				t.Errorf("history's follow cell %q", got)
			}
		})
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestPastFollowUnfollowed: an "unfollowed" follow cell is no follow's id:
// the last run's account was no longer followed.
func TestPastFollowUnfollowed(t *testing.T) {
	for _, tt := range []struct {
		cell       string
		follow     string
		unfollowed bool
	}{{"", "", false}, {"bruno-keller.1653143832", "bruno-keller.1653143832", false}, {audit.FollowUnfollowed, "", true}} {
		p := tiePast(audit.Facebook, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", audit.DecisionUnfollow, tt.cell)
		if p.Follow() != tt.follow || p.Unfollowed() != tt.unfollowed || p.Cells().Follow != tt.cell {
			t.Errorf("cell %q: Follow %q, Unfollowed %v, cell %q", tt.cell, p.Follow(), p.Unfollowed(), p.Cells().Follow)
		}
	}
}

// TestUnfollowedTieUnfriended: a friend the last run found unfollowed,
// the tie kept, and unfriended since, was not followed then: not gone
// from the accounts followed, nor an unfollow done again.
func TestUnfollowedTieUnfriended(t *testing.T) {
	prev := []audit.Past{tiePast(audit.Facebook, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", audit.DecisionUnfollow, audit.FollowUnfollowed)}
	changes := audit.Compare(prev, nil, func(string, string, string) bool { return true })
	if len(changes) != 0 {
		t.Errorf("changes %+v", changes)
	}
	s := audit.Summarize(nil, prev, changes, true)
	if c := s.Total; c.Done != 0 || c.WasUnfollow != 0 || c.Gone != 0 {
		t.Errorf("done %d of %d, gone %d", c.Done, c.WasUnfollow, c.Gone)
	}
}

// TestUnfollowedTieFollowAlone: the last run read the follows without the
// friends (a Facebook export without your_friends.json): the friend was
// carried, its follow read alone, a row of its own. Gone now, the follow
// is the unfollow done, on its own row; its friend, found unfollowed, is
// not counted a second time.
func TestUnfollowedTieFollowAlone(t *testing.T) {
	const fb, unf = audit.Facebook, audit.DecisionUnfollow
	prev := []audit.Past{
		tiePast(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", unf, "bruno-keller.1653143832"),
		past(fb, audit.Following, "bruno-keller.1653143832", "Bruno Keller", unf, audit.RuleUnknown),
	}
	bruno := tieItem(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", false, "")
	bruno.Decision.Unfollowed = true
	changes := audit.Compare(prev, []audit.Item{bruno}, func(string, string, string) bool { return true })
	if len(changes) != 1 || changes[0].Kind != audit.ChangeGone || changes[0].Relation != audit.Following {
		t.Fatalf("changes %+v", changes)
	}
	// One unfollow to do, on two rows: done, 1 of 1.
	if s := audit.Summarize([]audit.Item{bruno}, prev, changes, true); s.Total.Done != 1 || s.Total.WasUnfollow != 1 {
		t.Errorf("done %d of %d, want 1 of 1", s.Total.Done, s.Total.WasUnfollow)
	}
	// The follow joined to its friend again (still followed): one
	// unfollow to do, not done.
	bruno = tieItem(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", false, "bruno-keller.1653143832")
	changes = audit.Compare(prev, []audit.Item{bruno}, func(string, string, string) bool { return true })
	if s := audit.Summarize([]audit.Item{bruno}, prev, changes, true); s.Total.Done != 0 || s.Total.WasUnfollow != 1 {
		t.Errorf("joined again: done %d of %d, want 0 of 1", s.Total.Done, s.Total.WasUnfollow)
	}
}

// TestKeptTieFollowGone: a friend found unfollowed, the tie kept, then
// kept by the notes while its follow is still gone, is on keep.csv and
// counted followed, and its history row keeps "unfollowed"; the run that
// decides it unfollow again, the follow still gone, has nothing to do:
// gone from the accounts followed (the run before counted it), but no
// unfollow done, and not on unfollow.csv, then or after.
func TestKeptTieFollowGone(t *testing.T) {
	const fb, keep, unf = audit.Facebook, audit.DecisionKeep, audit.DecisionUnfollow
	day := audit.NewDate(2027, 8, 25)
	const id, name = "bruno-keller.1653143829", "Bruno Keller"
	bruno := func(keep bool, follow string, unfollowed, gone bool) *audit.Item {
		it := tieItem(fb, audit.Friend, id, name, keep, follow)
		it.Decision.Reason = "because"
		it.Decision.Unfollowed, it.Decision.FollowGone = unfollowed, gone
		return &it
	}
	keptGone := with(tiePast(fb, audit.Friend, id, name, keep, audit.FollowUnfollowed), func(c *audit.PastCells) { c.Rule = audit.RuleMet })
	paula := tieItem(fb, audit.Friend, "paula-ruiz.1770498838", "Paula Ruiz", false, "")
	paula.Decision.Reason = "because"
	paulaWas := tiePast(fb, audit.Friend, "paula-ruiz.1770498838", "Paula Ruiz", unf, "")
	tests := []struct {
		name        string
		prev        audit.Past
		now         *audit.Item // nil: unfriended
		wantChanges []string
		wantCounts  [5]int // Followed, Keep, Unfollow, Gone, Done
		wantFollow  string // the history's follow cell
	}{{
		name:        "unfollowed before, kept now, the follow still gone",
		prev:        tiePast(fb, audit.Friend, id, name, unf, audit.FollowUnfollowed),
		now:         bruno(true, "", false, true),
		wantChanges: []string{"changed|friend|unfollow|keep|because; not followed since the run of 2026-08-25, still friends: follow it again to keep it"},
		wantCounts:  [5]int{2, 1, 1, 0, 0},
		wantFollow:  audit.FollowUnfollowed,
	}, {
		name:        "kept before, its follow gone already, unfollow now",
		prev:        keptGone,
		now:         bruno(false, "", true, false),
		wantChanges: []string{"gone|friend|keep||no longer followed (it was kept, its follow gone already), still friends"},
		wantCounts:  [5]int{1, 0, 1, 1, 0},
		wantFollow:  audit.FollowUnfollowed,
	}, {
		name:       "kept before, its follow gone already, kept now",
		prev:       keptGone,
		now:        bruno(true, "", false, true),
		wantCounts: [5]int{2, 1, 1, 0, 0},
		wantFollow: audit.FollowUnfollowed,
	}, {
		name:       "kept before, its follow gone already, followed again and kept",
		prev:       keptGone,
		now:        bruno(true, "bruno-keller.1780000000", false, false),
		wantCounts: [5]int{2, 1, 1, 0, 0},
		wantFollow: "bruno-keller.1780000000",
	}, {
		name:        "kept before, its follow gone already, followed again, unfollow now",
		prev:        keptGone,
		now:         bruno(false, "bruno-keller.1780000000", false, false),
		wantChanges: []string{"changed|friend|keep|unfollow|because"},
		wantCounts:  [5]int{2, 0, 2, 0, 0},
		wantFollow:  "bruno-keller.1780000000",
	}, {
		name:        "kept before, its follow gone already, unfriended",
		prev:        keptGone,
		wantChanges: []string{"gone|friend|keep||"},
		wantCounts:  [5]int{1, 0, 1, 1, 0},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := []audit.Item{paula}
			if tt.now != nil {
				items = []audit.Item{*tt.now, paula}
			}
			prev := []audit.Past{tt.prev, paulaWas}
			changes := audit.Compare(prev, items, func(string, string, string) bool { return true })
			var got []string
			for _, c := range changes {
				note := c.Note
				if tt.now == nil {
					note = ""
				}
				got = append(got, strings.Join([]string{c.Kind, c.Relation, c.Before, c.After, note}, "|"))
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.wantChanges) {
				t.Errorf("changes\ngot  %q\nwant %q", got, tt.wantChanges)
			}
			c := audit.Summarize(items, prev, changes, true).Total
			if g := [5]int{c.Followed, c.Keep, c.Unfollow, c.Gone, c.Done}; g != tt.wantCounts {
				t.Errorf("followed, keep, unfollow, gone, done = %v, want %v", g, tt.wantCounts)
			}
			if c.WasUnfollow != 1 {
				t.Errorf("%d unfollows to do before, want 1 (Paula)", c.WasUnfollow)
			}
			// The counts add up: followed before (not those on neither
			// list then), plus new, less gone, is followed now.
			checkAddsUp(t, prev, c)
			if tt.now == nil {
				return
			}
			var list, hist, keepList bytes.Buffer
			if err := audit.WriteUnfollowAndHistory(&list, &hist, items, nil, day); err != nil {
				t.Fatal(err)
			}
			if err := audit.WriteDecisions(&keepList, items, true); err != nil {
				t.Fatal(err)
			}
			if got, want := strings.Contains(list.String(), "bruno"), tt.now.Decision.ToDo(); got != want {
				t.Errorf("unfollow.csv lists it: %v, want %v\n%s", got, want, list.String())
			}
			if got, want := strings.Contains(keepList.String(), "bruno"), tt.now.Decision.Keep; got != want {
				t.Errorf("keep.csv lists it: %v, want %v\n%s", got, want, keepList.String())
			}
			back, err := audit.ReadHistory(bytes.NewReader(hist.Bytes()), "history")
			if err != nil {
				t.Fatal(err)
			}
			if got := back[0].Cells().Follow; got != tt.wantFollow {
				t.Errorf("history's follow cell %q, want %q", got, tt.wantFollow)
			}
			if !audit.SameDecisions(back, items, nil, day) {
				t.Error("a repeat of the run is not the same")
			}
		})
	}
}

// TestNewConnectionUnfollowed: a connection the last run did not have,
// that an Unfollow row says is unfollowed already, was followed at
// neither run: decided unfollow (off both lists), it is no change and not
// new; kept by its notes (on keep.csv, counted followed), it is new, its
// note saying it is not followed. The counts add up either way.
func TestNewConnectionUnfollowed(t *testing.T) {
	const li = audit.LinkedIn
	tests := []struct {
		name        string
		keep        bool
		day         string // the Unfollow row's
		wantChanges []string
		wantCounts  [3]int // Followed, New, Gone
	}{{
		name:       "decided unfollow",
		day:        "2027-02-01",
		wantCounts: [3]int{1, 0, 0},
	}, {
		name:        "kept",
		keep:        true,
		day:         "2027-02-01",
		wantChanges: []string{"new|connection||keep|new since the run of 2026-08-25; not followed (unfollowed on 2027-02-01, the follows say), still connected: follow it again to keep it"},
		wantCounts:  [3]int{2, 1, 0},
	}, {
		name:        "kept, the row undated",
		keep:        true,
		day:         audit.FollowUnfollowed,
		wantChanges: []string{"new|connection||keep|new since the run of 2026-08-25; not followed (unfollowed, the follows say), still connected: follow it again to keep it"},
		wantCounts:  [3]int{2, 1, 0},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nora := unfollowRow(tieItem(li, audit.Connection, "norafischer", "Nora Fischer", tt.keep, ""), tt.day)
			hiro := tieItem(li, audit.Connection, "hirotanaka", "Hiro Tanaka", false, "")
			items := []audit.Item{nora, hiro}
			prev := []audit.Past{tiePast(li, audit.Connection, "hirotanaka", "Hiro Tanaka", audit.DecisionUnfollow, "")}
			all := func(string, string, string) bool { return true }
			audit.MarkUnfollowedTies(items, prev, all, nil, nil)
			if items[0].Decision.Unfollowed == tt.keep || items[0].Decision.FollowGone != tt.keep {
				t.Fatalf("marked Unfollowed %v, FollowGone %v", items[0].Decision.Unfollowed, items[0].Decision.FollowGone)
			}
			changes := audit.Compare(prev, items, all)
			got := changeRows(changes)
			if fmt.Sprint(got) != fmt.Sprint(tt.wantChanges) {
				t.Errorf("changes\ngot  %q\nwant %q", got, tt.wantChanges)
			}
			c := audit.Summarize(items, prev, changes, true).Total
			if g := [3]int{c.Followed, c.New, c.Gone}; g != tt.wantCounts {
				t.Errorf("followed, new, gone = %v, want %v", g, tt.wantCounts)
			}
			checkAddsUp(t, prev, c)
		})
	}
}

// TestUnfollowRowNamesakeGone: an Unfollow row joined to the one
// connection of its name (ExtraUnfollowed) where the last run, or the
// ledger, had another account of that name that the exports no longer
// hold (a namesake connection removed, a follow apart unfollowed): the
// row may be the one gone's, so the connection is not taken for
// unfollowed, and stays on the lists as before the rows were read; so in
// the runs after, while the ledger keeps the row of the one gone. A row
// of the connection's own (its key beside an old one), or a namesake of
// another network, or one still there, changes nothing.
func TestUnfollowRowNamesakeGone(t *testing.T) {
	const li, unf = audit.LinkedIn, audit.DecisionUnfollow
	lena := unfollowRow(tieItem(li, audit.Connection, "lenavogt", "Lena Vogt", false, ""), "2024-02-11")
	lenaKept := unfollowRow(tieItem(li, audit.Connection, "lenavogt", "Lena Vogt", true, ""), "2024-02-11")
	lenaWas := tiePast(li, audit.Connection, "lenavogt", "Lena Vogt", unf, "")
	otherWas := tiePast(li, audit.Connection, "lena-vogt-zh", "Lena Vogt", unf, "")
	other := tieItem(li, audit.Connection, "lena-vogt-zh", "Lena Vogt", false, "")
	const header = "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports\n"
	tests := []struct {
		name   string
		prev   []audit.Past
		ledger string // rows after the header
		items  []audit.Item
		want   bool // marked: Unfollowed, or FollowGone where kept
	}{
		{"no namesake", []audit.Past{lenaWas}, "p1,Lena Vogt,linkedin:lenavogt,,,,,,,,yes\n", []audit.Item{lena}, true},
		{"a namesake connection the last run had, gone", []audit.Past{lenaWas, otherWas}, "", []audit.Item{lena}, false},
		{"kept, a namesake connection the last run had, gone", []audit.Past{lenaWas, otherWas}, "", []audit.Item{lenaKept}, false},
		{"a follow of the name the last run had apart, gone", []audit.Past{lenaWas, tiePast(li, audit.Following, "follow.lena-vogt", "Lena Vogt", unf, "")}, "", []audit.Item{lena}, false},
		{"a namesake the last run had, still there", []audit.Past{lenaWas, otherWas}, "", []audit.Item{lena, other}, true},
		{"a namesake the last run had, still there, its follow merged", []audit.Past{lenaWas, tiePast(li, audit.Connection, "lena-vogt-zh", "Lena Vogt", unf, "follow.lena-vogt")}, "",
			[]audit.Item{lena, tieItem(li, audit.Connection, "lena-vogt-zh", "Lena Vogt", false, "follow.lena-vogt")}, true},
		// The connection's own follow, read alone by the last run (an
		// export without Connections.csv): on its person, or named by
		// its follow cell, carried.
		{"its own follow the last run read alone, on its person", []audit.Past{lenaWas,
			pastOf("p-lenavogt", li, audit.Following, "follow.lena-vogt", "Lena Vogt", unf, audit.RuleUnknown)}, "", []audit.Item{lena}, true},
		{"its own follow the last run read alone, in its follow cell", []audit.Past{tiePast(li, audit.Connection, "lenavogt", "Lena Vogt", unf, "follow.lena-vogt"),
			pastOf("p-follow", li, audit.Following, "follow.lena-vogt", "Lena Vogt", unf, audit.RuleUnknown)}, "", []audit.Item{lena}, true},
		// The quarter after: the history no longer has the one gone, the
		// ledger does.
		{"a namesake the ledger has, gone", []audit.Past{lenaWas},
			"p1,Lena Vogt,linkedin:lenavogt,,,,,,,,yes\np2,Lena Vogt,linkedin:lena-vogt-zh,,,,,,,,no\n", []audit.Item{lena}, false},
		{"a namesake the ledger has, gone, the first run", nil,
			"p2,lena  VOGT,linkedin:lena-vogt-zh,,,,,,,,no\n", []audit.Item{lena}, false},
		{"the connection's own row, an old key beside", []audit.Past{lenaWas},
			"p1,Lena Vogt,linkedin:lena-old;linkedin:lenavogt,,,,,,,,yes\n", []audit.Item{lena}, true},
		{"a namesake of another network", []audit.Past{lenaWas},
			"p2,Lena Vogt,facebook:lena.vogt.1653143829,,,,,,,,no\n", []audit.Item{lena}, true},
		{"another name", []audit.Past{lenaWas, tiePast(li, audit.Connection, "lenavogel", "Lena Vogel", unf, "")},
			"p2,Lena Vogel,linkedin:lenavogel,,,,,,,,no\n", []audit.Item{lena}, true},
	}
	all := func(string, string, string) bool { return true }
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := make([]audit.Item, len(tt.items))
			for i, it := range tt.items {
				a := *it.Account
				it.Account = &a
				items[i] = it
			}
			var known *audit.Ledger
			if tt.ledger != "" {
				var err error
				if known, err = audit.ReadLedger(strings.NewReader(header+tt.ledger), "ledger.csv", audit.NewDate(2027, 5, 25)); err != nil {
					t.Fatal(err)
				}
			}
			audit.MarkUnfollowedTies(items, tt.prev, all, known, nil)
			if got := items[0].Decision.Unfollowed || items[0].Decision.FollowGone; got != tt.want {
				t.Errorf("marked %v, want %v (%+v)", got, tt.want, items[0].Decision)
			}
			if strings.Contains(items[0].Decision.Reason, "follow it again") != (tt.want && items[0].Decision.Keep) {
				t.Errorf("reason %q", items[0].Decision.Reason)
			}
			for _, it := range items[1:] {
				if it.Decision.Unfollowed || it.Decision.FollowGone {
					t.Errorf("%s marked too", it.Account.ID)
				}
			}
		})
	}
}

// TestReplacedConnectionUnfollowed: a connection whose profile address
// changed since the last run (tomasberg, now tomas-berg-42: Compare's
// replaced row), and that an Unfollow row says is unfollowed, the tie
// kept, is gone from the accounts followed all the same, as it would be
// under its old id: its replaced row has no decision after, says both,
// and counts gone (an unfollow done where the last run said to
// unfollow), so that the counts add up. Found so by the last run, it is
// no change; still followed, it is replaced as before.
func TestReplacedConnectionUnfollowed(t *testing.T) {
	const li, unf, keep = audit.LinkedIn, audit.DecisionUnfollow, audit.DecisionKeep
	const id = "now linkedin:tomas-berg-42, the same person's: the account's id changed"
	keptWas := func(follow string) audit.Past {
		return with(tiePast(li, audit.Connection, "tomasberg", "Tomas Berg", keep, follow), func(c *audit.PastCells) { c.Rule = audit.RuleMet })
	}
	tests := []struct {
		name        string
		was         audit.Past
		day         string // the Unfollow row's; "" for none
		wantChanges []string
		wantCounts  [5]int // Followed, New, Gone, Changed, Done
	}{{
		name:        "listed to unfollow",
		was:         tiePast(li, audit.Connection, "tomasberg", "Tomas Berg", unf, ""),
		day:         "2027-01-20",
		wantChanges: []string{"replaced|connection|unfollow||" + id + "; unfollow done: no longer followed (unfollowed on 2027-01-20, the follows say), still connected"},
		wantCounts:  [5]int{1, 0, 1, 0, 1},
	}, {
		name:        "listed to unfollow, unfollowed before the last run",
		was:         tiePast(li, audit.Connection, "tomasberg", "Tomas Berg", unf, ""),
		day:         "2026-06-02",
		wantChanges: []string{"replaced|connection|unfollow||" + id + "; no longer followed (unfollowed on 2026-06-02, the follows say), still connected: unfollowed before the audit of 2026-08-25, no unfollow done since"},
		wantCounts:  [5]int{1, 0, 1, 0, 0},
	}, {
		name:        "listed to unfollow, the Unfollow row undated",
		was:         tiePast(li, audit.Connection, "tomasberg", "Tomas Berg", unf, ""),
		day:         audit.FollowUnfollowed,
		wantChanges: []string{"replaced|connection|unfollow||" + id + "; unfollow done: no longer followed (unfollowed, the follows say), still connected"},
		wantCounts:  [5]int{1, 0, 1, 0, 1},
	}, {
		name:        "listed to unfollow, its follow read then",
		was:         tiePast(li, audit.Connection, "tomasberg", "Tomas Berg", unf, "follow.tomas-berg"),
		day:         "2027-01-20",
		wantChanges: []string{"replaced|connection|unfollow||" + id + "; unfollow done: no longer followed (follow.tomas-berg gone from the follows), still connected"},
		wantCounts:  [5]int{1, 0, 1, 0, 1},
	}, {
		name:        "kept then",
		was:         keptWas(""),
		day:         "2027-01-20",
		wantChanges: []string{"replaced|connection|keep||" + id + "; no longer followed (it was kept) (unfollowed on 2027-01-20, the follows say), still connected"},
		wantCounts:  [5]int{1, 0, 1, 0, 0},
	}, {
		name:        "kept then, its follow gone already",
		was:         keptWas(audit.FollowUnfollowed),
		day:         "2027-01-20",
		wantChanges: []string{"replaced|connection|keep||" + id + "; no longer followed (it was kept, its follow gone already), still connected"},
		wantCounts:  [5]int{1, 0, 1, 0, 0},
	}, {
		name:       "found so by the last run",
		was:        tiePast(li, audit.Connection, "tomasberg", "Tomas Berg", unf, audit.FollowUnfollowed),
		day:        "2027-01-20",
		wantCounts: [5]int{1, 0, 0, 0, 0},
	}, {
		name:        "still followed",
		was:         tiePast(li, audit.Connection, "tomasberg", "Tomas Berg", unf, ""),
		wantChanges: []string{"replaced|connection|unfollow|unfollow|" + id},
		wantCounts:  [5]int{2, 0, 0, 0, 0},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tomas := tieItem(li, audit.Connection, "tomas-berg-42", "Tomas Berg", false, "")
			tomas.Person.ID = "p-tomasberg" // the person of the last run's row
			if tt.day != "" {
				tomas = unfollowRow(tomas, tt.day)
			}
			ines := tieItem(li, audit.Connection, "ines-moreau-7b2", "Ines Moreau", false, "")
			items := []audit.Item{tomas, ines}
			prev := []audit.Past{tt.was, tiePast(li, audit.Connection, "ines-moreau-7b2", "Ines Moreau", unf, "")}
			all := func(string, string, string) bool { return true }
			audit.MarkUnfollowedTies(items, prev, all, nil, nil)
			changes := audit.Compare(prev, items, all)
			got := changeRows(changes)
			if fmt.Sprint(got) != fmt.Sprint(tt.wantChanges) {
				t.Errorf("changes\ngot  %q\nwant %q", got, tt.wantChanges)
			}
			s := audit.Summarize(items, prev, changes, true)
			c := s.Total
			if g := [5]int{c.Followed, c.New, c.Gone, c.Changed, c.Done}; g != tt.wantCounts {
				t.Errorf("followed, new, gone, changed, done = %v, want %v", g, tt.wantCounts)
			}
			checkAddsUp(t, prev, c)
		})
	}
}

// TestKeptTieFoundUnfollowed: a friend (connection) the last run kept,
// followed, whose follow this run finds gone (the follow the last run
// read gone from the follows, or an Unfollow row of a LinkedIn
// connection's name), the notes keeping it still: on keep.csv, told to
// follow it again, and a changed row of changes.csv says so, once, on
// Facebook and LinkedIn alike, as for one that run found unfollowed. It
// stays counted among the accounts followed: changed, neither new nor
// gone. Found so by the last run already, nothing is said again.
func TestKeptTieFoundUnfollowed(t *testing.T) {
	const fb, li, keep = audit.Facebook, audit.LinkedIn, audit.DecisionKeep
	const reason = "last met 2027-01-10"
	kept := func(p audit.Past) audit.Past {
		return with(p, func(c *audit.PastCells) { c.Rule = audit.RuleMet })
	}
	tests := []struct {
		name       string
		prev       audit.Past
		now        audit.Item
		wantChange string // "" for none
	}{{
		name: "facebook: the follow gone",
		prev: kept(tiePast(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", keep, "bruno-keller.1653143832")),
		now:  tieItem(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", true, ""),
		wantChange: "changed|friend|keep|keep|" + reason +
			"; no longer followed (bruno-keller.1653143832 gone from the follows), still friends: follow it again to keep it",
	}, {
		name: "linkedin: an Unfollow row",
		prev: kept(tiePast(li, audit.Connection, "lenavogt", "Lena Vogt", keep, "")),
		now:  unfollowRow(tieItem(li, audit.Connection, "lenavogt", "Lena Vogt", true, ""), "2027-01-11"),
		wantChange: "changed|connection|keep|keep|" + reason +
			"; no longer followed (unfollowed on 2027-01-11, the follows say), still connected: follow it again to keep it",
	}, {
		name: "linkedin: an Unfollow row undated",
		prev: kept(tiePast(li, audit.Connection, "lenavogt", "Lena Vogt", keep, "")),
		now:  unfollowRow(tieItem(li, audit.Connection, "lenavogt", "Lena Vogt", true, ""), audit.FollowUnfollowed),
		wantChange: "changed|connection|keep|keep|" + reason +
			"; no longer followed (unfollowed, the follows say), still connected: follow it again to keep it",
	}, {
		name: "linkedin: the member follow gone",
		prev: kept(tiePast(li, audit.Connection, "lenavogt", "Lena Vogt", keep, "follow.lena-vogt")),
		now:  tieItem(li, audit.Connection, "lenavogt", "Lena Vogt", true, ""),
		wantChange: "changed|connection|keep|keep|" + reason +
			"; no longer followed (follow.lena-vogt gone from the follows), still connected: follow it again to keep it",
	}, {
		name: "linkedin: found so by the last run",
		prev: kept(tiePast(li, audit.Connection, "lenavogt", "Lena Vogt", keep, audit.FollowUnfollowed)),
		now:  unfollowRow(tieItem(li, audit.Connection, "lenavogt", "Lena Vogt", true, ""), "2027-01-11"),
	}, {
		name: "facebook: still followed",
		prev: kept(tiePast(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", keep, "bruno-keller.1653143832")),
		now:  tieItem(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", true, "bruno-keller.1653143832"),
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			now := tt.now
			now.Decision.Reason = reason
			other := tieItem(tt.prev.Network(), tt.prev.Relation(), "paula-ruiz", "Paula Ruiz", false, "")
			items := []audit.Item{now, other}
			prev := []audit.Past{tt.prev, tiePast(tt.prev.Network(), tt.prev.Relation(), "paula-ruiz", "Paula Ruiz", audit.DecisionUnfollow, "")}
			all := func(string, string, string) bool { return true }
			audit.MarkUnfollowedTies(items, prev, all, nil, nil)
			changes := audit.Compare(prev, items, all)
			got := changeRows(changes)
			var want []string
			if tt.wantChange != "" {
				want = []string{tt.wantChange}
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("changes\ngot  %q\nwant %q", got, want)
			}
			c := audit.Summarize(items, prev, changes, true).Total
			if g, w := [4]int{c.Followed, c.New, c.Gone, c.Changed}, [4]int{2, 0, 0, len(want)}; g != w {
				t.Errorf("followed, new, gone, changed = %v, want %v", g, w)
			}
			var keepList bytes.Buffer
			if err := audit.WriteDecisions(&keepList, items, true); err != nil {
				t.Fatal(err)
			}
			if got, want := strings.Contains(keepList.String(), "follow it again"), items[0].Decision.FollowGone; got != want {
				t.Errorf("keep.csv says to follow it again: %v, want %v\n%s", got, want, keepList.String())
			}
		})
	}
}

// changeRows gives changes as the tests compare them:
// kind|relation|before|after|note.
func changeRows(changes []audit.Change) []string {
	var rows []string
	for _, c := range changes {
		rows = append(rows, strings.Join([]string{c.Kind, c.Relation, c.Before, c.After, c.Note}, "|"))
	}
	return rows
}

// checkAddsUp checks that the counts add up: followed before (the last
// run's rows, less the ones it had on neither list: found unfollowed,
// the tie kept), plus new, less gone, is followed now.
func checkAddsUp(t *testing.T, prev []audit.Past, c audit.Counts) {
	t.Helper()
	before := 0
	for i := range prev {
		if !prev[i].OffLists() {
			before++
		}
	}
	if before+c.New-c.Gone != c.Followed {
		t.Errorf("followed before %d + new %d - gone %d, followed now %d", before, c.New, c.Gone, c.Followed)
	}
}
