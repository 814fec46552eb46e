package audit

import (
	"slices"
	"strings"
)

// followsOfReplaced returns gone without the follows that the last run
// had on rows of their own beside their friend (connection), the
// friend's follow cell naming them (read alone beside the friend
// carried; one follow with the friend, as followedApart counts them),
// where the friend is replaced, not guessed (renamed), by an account that
// carries a follow: the follow renamed with it, still followed in the
// friend's account, and not an unfollow done.
func followsOfReplaced(prev []Past, gone []int, by map[int]replacement, items []Item) []int {
	type key struct{ network, id string }
	var carried map[key]bool
	for _, i := range gone {
		r, ok := by[i]
		p := &prev[i]
		if !ok || r.item < 0 || r.guess || p.Follow() == "" || p.Unfollowed() ||
			items[r.item].Account.Extra[ExtraFollow] == "" {
			continue
		}
		if carried == nil {
			carried = map[key]bool{}
		}
		carried[key{p.Network(), p.Follow()}] = true
	}
	if carried == nil {
		return gone
	}
	return slices.DeleteFunc(gone, func(i int) bool {
		p := &prev[i]
		_, replaced := by[i]
		return !replaced && p.Relation() == Following && carried[key{p.Network(), p.ID()}]
	})
}

// followsAlone returns, where some of items are Unfollowed (see
// MarkUnfollowedTies), the keys of the follows of Facebook and LinkedIn
// that prev has rows of their own of: one read alone beside its friend
// carried (the exports lacked the friends) is gone on its own row, an
// unfollow done there, and its friend, found unfollowed, is not counted
// again. nil where none is Unfollowed: the usual run, which builds nothing.
func followsAlone(prev []Past, items []Item) map[string]bool {
	if !slices.ContainsFunc(items, func(it Item) bool { return it.Decision.Unfollowed }) {
		return nil
	}
	out := map[string]bool{}
	for i := range prev {
		if p := &prev[i]; p.Relation() == Following && followTie[p.Network()] != "" {
			out[p.Key()] = true
		}
	}
	return out
}

// newNotFollowed returns the note of a new friend (connection) kept by
// its notes though not followed (Decision.FollowGone: a LinkedIn
// connection made since the last run that an Unfollow row says is
// unfollowed already): counted new, among the accounts followed as any
// account kept, but not "followed since": "new since the run of DAY; not
// followed (unfollowed on DAY, the follows say), still connected: follow
// it again to keep it". What follows "; " stays where the note of a list
// no earlier audit read replaces the rest (cmd/unfollow-audit's
// firstAudited).
func newNotFollowed(note string, a *Account) string {
	note = strings.Replace(note, "followed since", "new since", 1) + "; not followed"
	switch day := a.Extra[ExtraUnfollowed]; day {
	case "":
	case FollowUnfollowed:
		note += " (unfollowed, the follows say)"
	default:
		note += " (unfollowed on " + day + ", the follows say)"
	}
	return note + ", " + tieKept(a.Relation) + ": follow it again to keep it"
}

// goneFromFollowed returns the note of a friend (connection) a, no
// longer followed now, the tie kept (Decision.Unfollowed, see
// MarkUnfollowedTies), whose last run's row p, of the same list, had it
// among the accounts followed: gone from them, "unfollow done: no longer
// followed (...), still friends" where p said to unfollow it, "no longer
// followed (it was kept) (...)" where p kept it; "no longer followed (it
// was kept, its follow gone already)" where p kept it though its follow
// was gone (FollowGone). Gone from them, where the last run read its
// follow, or the export says so now (an Unfollow row), where that run had
// it followed. "" where it is not gone from them: found so by p
// (OffLists), or its follow on a row of its own (alone) that is the one
// gone.
//
// Compare says so of the account matched by its id, and of one whose id
// changed (a LinkedIn profile address edited; its replaced row): the
// person unfollowed it all the same.
//
// An Unfollow row dated before p's run (that run read no Member_Follows.csv,
// or was made by a version of this tool that did not read Unfollow rows)
// says it was unfollowed before that run, which had it followed all the
// same: gone from the accounts followed now, but no unfollow done since,
// "no longer followed (unfollowed on DAY, the follows say), still
// connected: unfollowed before the audit of DAY, no unfollow done since";
// earlier says so (Change.Earlier). An undated row is taken as of today:
// an unfollow done, as before.
func goneFromFollowed(p *Past, a *Account, alone map[string]bool) (note string, earlier bool) {
	why := followGoneWhy(p, a, alone)
	switch {
	case why != "":
		// The last run read its follow, or the export says so now (an
		// Unfollow row), where that run had it followed.
		earlier = p.Follow() == "" && unfollowedBefore(a.Extra[ExtraUnfollowed], p.AsOf())
		note = "no longer followed (it was kept)"
		switch {
		case earlier && p.Decision() == DecisionUnfollow:
			note = "no longer followed"
		case p.Decision() == DecisionUnfollow:
			note = "unfollow done: no longer followed"
		}
		note += " " + why + ", " + tieKept(a.Relation)
		if earlier {
			note += ": unfollowed before the audit of " + p.AsOf()
			if p.Decision() == DecisionUnfollow {
				note += ", no unfollow done since"
			}
		}
		return note, earlier
	case p.Unfollowed() && !p.OffLists():
		// Kept by that run, its follow gone already (FollowGone), and
		// unfollow now: gone from the accounts followed, where that run
		// counted it, but no unfollow done (it was kept).
		return "no longer followed (it was kept, its follow gone already), " + tieKept(a.Relation), false
	}
	return "", false
}

// followGoneWhy says why a friend (connection) a, found no longer
// followed now, the tie kept (Decision.Unfollowed or FollowGone, see
// MarkUnfollowedTies), is no longer followed since the last run's row p,
// of the same list, had it followed: "(ID gone from the follows)" where
// that run read its follow, merged into it, "(unfollowed on DAY, the
// follows say)" (or "(unfollowed, the follows say)", undated) where the
// export says so now (an Unfollow row) and that run had it followed. ""
// where it was not followed then (p found it unfollowed: Unfollowed), or
// its follow, on a row of its own (alone), is the one gone.
func followGoneWhy(p *Past, a *Account, alone map[string]bool) string {
	switch day := a.Extra[ExtraUnfollowed]; {
	case p.Follow() != "":
		if alone[p.Network()+":"+p.Follow()] {
			return ""
		}
		return "(" + p.Follow() + " gone from the follows)"
	case p.Unfollowed() || day == "":
		return ""
	case day != FollowUnfollowed:
		return "(unfollowed on " + day + ", the follows say)"
	}
	return "(unfollowed, the follows say)"
}

// unfollowedBefore reports whether day, an Unfollow row's
// (ExtraUnfollowed), is before asOf, the day of a run: false for an
// undated row (FollowUnfollowed) or a day that does not parse.
func unfollowedBefore(day, asOf string) bool {
	if day == FollowUnfollowed {
		return false
	}
	d, err1 := ParseDate(day)
	run, err2 := ParseDate(asOf)
	return err1 == nil && err2 == nil && d < run
}

// tieKept says the tie that stays of an account of relation unfollowed.
func tieKept(relation string) string {
	if relation == Connection {
		return "still connected"
	}
	return "still friends"
}

// followedWithFriend sets match[k] for a Facebook (LinkedIn) follow new
// to its list that the last run had joined to the friend (connection) of
// its name: the last run had one account of that name on the network, a
// friend still one now, and the follow is not dated after that run's day.
// The follow was then in the export the last run read, and the importer
// joined it to that friend, the only one of its name (a joined follow has
// no row of its own in the history); a namesake friended since leaves it
// apart. It was followed all along: matched to the friend's decision, it
// is not new, but a row of its own on the lists now, a change whether or
// not it is decided otherwise (see Compare, Change.Apart)
// (Known.pinFollowOfFriend gives it the friend's ledger row, on the same
// grounds). Two follows of the name, a follow without a date or made after
// that run, a last run with several accounts of the name (the follow was
// apart then, and is matched by its own id), or a friend gone since (the
// follow may replace them: see replacements) are left new.
func followedWithFriend(prev []Past, items []Item, last, match []int32) {
	fresh := newOneOfName() // the one new follow of a name
	defer fresh.close()
	for k := range items {
		a := items[k].Account
		if match[k] >= 0 || a.Relation != Following || followTie[a.Network] == "" || a.Since.IsZero() ||
			(a.Network == LinkedIn && !strings.HasPrefix(a.ID, "follow.")) { // a company is nobody's connection
			continue
		}
		fresh.add(a.Network, a.Name, int32(k))
	}
	if fresh.empty() {
		return
	}
	type lastOf struct {
		i    int32 // the last decision about the account
		more bool  // the last run had another account of the name
	}
	byName := map[foldedName]*lastOf{}
	for i := range prev {
		p := &prev[i]
		if followTie[p.Network()] == "" || p.Relation() == Follower {
			continue
		}
		n, _, ok := fresh.find(p.Network(), p.Name())
		if !ok {
			continue
		}
		if l := byName[n]; l != nil {
			l.more = l.more || prev[l.i].ID() != p.ID()
		} else {
			byName[n] = &lastOf{i: last[i]}
		}
	}
	if len(byName) == 0 {
		return
	}
	there := map[int32]bool{} // the friends wanted, still in the exports
	for _, l := range byName {
		there[l.i] = false
	}
	for _, j := range match {
		if _, ok := there[j]; ok {
			there[j] = true
		}
	}
	for n, l := range byName {
		p := &prev[l.i]
		if l.more || p.Relation() != followTie[n.network] || !there[l.i] {
			continue
		}
		day, err := ParseDate(p.AsOf())
		k := fresh.at[n]
		if err != nil || items[k].Account.Since > day {
			continue // followed since that run: not in its export
		}
		match[k] = l.i
	}
}

// followedOfCarried sets match[k] for a Facebook (LinkedIn) follow new to
// its list that the last run had joined to a friend (connection), its
// history's follow cell, whose list these exports lack (a Facebook export
// without its friends file): the friend is carried, and the follow, read
// alone, is its own account. It was followed all along: matched to the
// friend's decision, it is not new, and is a change only where it is
// decided otherwise now. The converse, friends without the follows, is
// CarryFollows'.
func followedOfCarried(prev []Past, items []Item, last, match []int32, covered Covered) {
	type key struct{ network, id string }
	var of map[key]int32 // the carried friends, by their follow's id
	for i := range prev {
		p := &prev[i]
		f := p.Follow()
		if f == "" || p.Relation() != followTie[p.Network()] || covered(p.Network(), p.Relation(), p.ID()) {
			continue
		}
		if of == nil {
			of = map[key]int32{}
		}
		of[key{p.Network(), f}] = last[i]
	}
	if of == nil {
		return
	}
	for k := range items {
		a := items[k].Account
		if match[k] >= 0 || a.Relation != Following {
			continue
		}
		if j, ok := of[key{a.Network, a.ID}]; ok {
			match[k] = j
		}
	}
}

// rejoinedFollows marks still followed (now) the follows the last run read
// alone beside their friend (connection) carried, its follow cell naming
// them (see followedOfCarried), that the importer joined to that friend
// again: the exports hold the friends once more. Not gone: followed all
// along, in the friend's account.
//
// So are those the last run had beside their friend without a follow
// cell, as the friend's own (see ownFollow), which SplitFollows left
// joined, as no namesake was beside them.
func rejoinedFollows(prev []Past, items []Item, match []int32, now []bool) {
	type key struct{ network, id string }
	// The follow -> its friend's row (-1 where the cell names it) and
	// item.
	type of struct{ friend, item int32 }
	var want map[key]of
	// The follow cells of those friends that differ from the follow
	// joined to them now, and whether they name a follow row of the last
	// run: a cell naming none (the friend's follow before a rename it read
	// alone under the new name) is as empty. Only those are looked up: a
	// map of every follow row of a million was made for one friend
	// followed again.
	differs := func(k int) (f, ef string, ok bool) {
		j := match[k]
		if j < 0 {
			return "", "", false
		}
		f, ef = prev[j].Follow(), items[k].Account.Extra[ExtraFollow]
		return f, ef, f != "" && f != ef && ef != "" && prev[j].Relation() == followTie[prev[j].Network()]
	}
	var named map[key]bool
	for k := range items {
		if f, _, ok := differs(k); ok {
			if named == nil {
				named = map[key]bool{}
			}
			named[key{prev[match[k]].Network(), f}] = false
		}
	}
	if named != nil {
		for i := range prev {
			p := &prev[i]
			if _, ok := named[key{p.Network(), p.ID()}]; ok && p.Relation() == Following {
				named[key{p.Network(), p.ID()}] = true
			}
		}
	}
	for k := range items {
		j := match[k]
		if j < 0 {
			continue
		}
		f := prev[j].Follow()
		ef := items[k].Account.Extra[ExtraFollow]
		friend := int32(-1)
		if _, _, ok := differs(k); ok && !named[key{prev[j].Network(), f}] {
			f = ""
		}
		switch {
		case ef == "":
			continue
		case f == "" && prev[j].Relation() == followTie[prev[j].Network()]:
			f, friend = ef, j
		case f != ef:
			continue
		}
		if want == nil {
			want = map[key]of{}
		}
		want[key{prev[j].Network(), f}] = of{friend, int32(k)}
	}
	if want == nil {
		return
	}
	for i := range prev {
		p := &prev[i]
		if p.Relation() != Following {
			continue
		}
		w, ok := want[key{p.Network(), p.ID()}]
		if j := w.friend; ok && (j < 0 || ownFollow(prev[j].AsOf(), p.AsOf(), prev[j].PersonID(), p.PersonID(), prev[j].Follow(), followSince(items[w.item].Account))) {
			now[i] = true
		}
	}
}
