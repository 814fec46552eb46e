package audit

import (
	"slices"
	"strings"
)

// MarkUnfollowedTies marks Unfollowed the decisions of items that are
// unfollows done where the tie stays: Facebook friends (LinkedIn
// connections) decided unfollow now while staying friends (connected),
// whose follow the last run (prev) had read, merged into them (its
// history's follow cell), whatever that run decided (one it kept, its
// follow gone, would stay on the list for good: the runs after have no
// follow to find gone), and that this run's exports hold the follows
// list of (covered: who_you've_followed.json, Member_Follows.csv) without
// that follow, nor one of the friend's name apart (a namesake's, or the
// friend followed again: it may be theirs; one found unfollowed before
// stays so beside it, the follow listed on its own), while the friend is
// still there and still decided unfollow. A follow the last run did not read
// (an older history, without the follow column; a friend Facebook's list
// never held) tells nothing, nor do exports without the follows list:
// those stay on the list, to count done by hand, as before.
// A friend whose id changed since (a Facebook friend renamed, a LinkedIn
// profile address edited: see movedTies) is looked up as the last run's
// row of its old id.
//
// A LinkedIn connection dated after the day the last run's export was made
// (exported, by runs.csv; that run's day where it does not say) was not in
// that export, though made before that run: it is connected anew, not the
// connection that run read (see MadeAfter).
//
// The account is still a friend and the rules still say unfollow, but
// nothing is left to do: its decision stays unfollow, by the same rule,
// marked Unfollowed, so that it is on neither unfollow.csv nor keep.csv,
// nor counted among the accounts followed, and Compare counts it an
// unfollow done (a gone row: no longer followed) in the run that finds it.
// The history writes FollowUnfollowed in its follow cell, so that the
// runs after keep it off the list without counting it done again, even
// on exports without the follows list (it was unfollowed, and nothing
// says it is followed again); one whose friend has a follow again (the
// importer merged one into it) is back on the list, a change (see
// Compare), not a new account: the friend is the same.
//
// A friend (connection) kept now, that would be marked so were it decided
// unfollow (its follow gone now, or found gone before and not merged into
// it since), is marked FollowGone instead: it is on keep.csv, and counted
// among the accounts followed, as any account kept, its reason saying to
// follow it again (see followAgain), and its history row keeps
// FollowUnfollowed in its follow cell. Without it, the row would
// have no follow, and the run that decides it unfollow again (its notes
// changed, the follow still gone) would list it on unfollow.csv for good:
// no follow would be left to find gone. That run marks it Unfollowed, and
// Compare counts it gone from the accounts followed, as it was kept.
//
// A connection the export itself says is no longer followed (an Unfollow
// row of Member_Follows.csv of its name: ExtraUnfollowed, see the LinkedIn
// importer) is marked so in every run, the first too, whatever the last
// run read: Unfollowed, off both lists (the unfollow is done, nothing is
// left to do), or FollowGone where it is kept. Compare counts it an
// unfollow done where the last run listed it to unfollow. Not where the
// last run or the ledger (known, maybe nil) has another account of its
// name that the exports no longer hold: the row may be that one's (see
// ownUnfollows).
func MarkUnfollowedTies(items []Item, prev []Past, covered Covered, known *Ledger, exported ExportDays) {
	type key = pastKey
	var told []int // the connections an Unfollow row of their name marks
	for i := range items {
		if a := items[i].Account; a.Extra[ExtraUnfollowed] != "" && a.Extra[ExtraFollow] == "" && a.Relation == followTie[a.Network] {
			told = append(told, i)
		}
	}
	for _, i := range ownUnfollows(items, told, prev, known) {
		markTie(&items[i].Decision, items[i].Account.Relation)
	}
	// The last run's friends that may be: few, where a history holds a
	// million connections. A key's last row decides (a history edited by
	// hand may list one twice).
	cand := map[key]*Past{}
	for i := range prev {
		p := &prev[i]
		// The follow cell first: empty on nearly every row of a million.
		if p.cell(8) == "" && len(cand) == 0 || p.Relation() != followTie[p.Network()] {
			continue
		}
		if p.Unfollowed() || p.Follow() != "" && covered(p.Network(), Following, p.Follow()) {
			cand[key{p.Network(), p.ID()}] = p
		} else if len(cand) > 0 {
			delete(cand, key{p.Network(), p.ID()})
		}
	}
	if len(cand) == 0 {
		return
	}
	// The follows the last run read, merged into a friend, that these
	// exports still hold, read apart: the friend renamed (a LinkedIn
	// connection's name changed, its Member_Follows.csv row giving the
	// old one) is no longer joined to it, but the follow is not gone.
	// Only the follows of cand are looked for: a map of every follow
	// would hold hundreds of thousands on a re-audit of a million rows.
	still := make(map[key]bool, len(cand))
	for _, p := range cand {
		if f := p.Follow(); f != "" && !p.Unfollowed() {
			still[key{p.Network(), f}] = false
		}
	}
	for i := range items {
		if a := items[i].Account; a.Relation == Following {
			if _, ok := still[key{a.Network, a.ID}]; ok {
				still[key{a.Network, a.ID}] = true
			}
		}
	}
	moved := movedTies(items, prev, cand, exported)
	names := newJoinNames()
	defer names.close()
	marked := map[key][]int{} // by the name the importer joins follows by
	for i := range items {
		it := &items[i]
		a := it.Account
		p := cand[key{a.Network, a.ID}]
		if p == nil {
			p = moved[i]
		}
		if a.Relation != followTie[a.Network] || a.Extra[ExtraFollow] != "" || p == nil ||
			it.Decision.Unfollowed || it.Decision.FollowGone || // marked above
			!p.Unfollowed() && still[key{a.Network, p.Follow()}] {
			continue
		}
		if p.Unfollowed() {
			// A LinkedIn connection made after that run (its Connected
			// On date) is followed anew: LinkedIn makes every connection
			// a follow, as the importer takes it (an Unfollow row dated
			// before the connection is no word on it). Removed and
			// connected again under the same address, it is back on the
			// list, not kept off it for good by the unfollow found then.
			if MadeAfter(a, exported.madeBy(p)) {
				continue
			}
			// Found so before, and nothing merged into it since: a follow
			// of the name apart is listed on its own, and counts nothing
			// done again here.
			markTie(&it.Decision, a.Relation)
			continue
		}
		if n := names.of(a.Network, a.ID, a.Name); n != "" {
			names.want(n)
			marked[key{a.Network, n}] = append(marked[key{a.Network, n}], i)
		}
	}
	if len(marked) == 0 {
		return
	}
	names.only = true
	for i := range items {
		if a := items[i].Account; a.Relation == Following {
			if n := names.of(a.Network, a.ID, a.Name); n != "" {
				delete(marked, key{a.Network, n}) // a follow of the name apart
			}
		}
	}
	for _, ks := range marked {
		for _, k := range ks {
			markTie(&items[k].Decision, items[k].Account.Relation)
		}
	}
}

// movedTies returns, by item, the last run's friend (connection) of cand
// whose id changed since (a Facebook friend renamed, a LinkedIn profile
// address edited): gone from these items, on the row of a person (the
// merge gave the new account the old one's ledger row) with one friend
// gone, this one, and one new to the list, not made after that run
// (MadeAfter: connected anew), nor, on Facebook, of another second (see
// renamedFriend). The follow that run read, merged into it,
// is looked for as it is for the friend of the same id: one gone is an
// unfollow done, as Compare's replaced row then says. nil where no friend
// of cand is gone: the usual run, which looks at no other item. A
// connection made after that run's export (exported), before its day, was
// not in it: it is no connection that run read, re-addressed.
func movedTies(items []Item, prev []Past, cand map[pastKey]*Past, exported ExportDays) map[int]*Past {
	there := make(map[pastKey]bool, len(cand))
	for i := range items {
		if a := items[i].Account; a.Relation == followTie[a.Network] {
			if _, ok := cand[pastKey{a.Network, a.ID}]; ok {
				there[pastKey{a.Network, a.ID}] = true
			}
		}
	}
	type tie struct{ person, network string }
	gone := map[tie][]*Past{}
	for k, p := range cand {
		if !there[k] && p.PersonID() != "" {
			t := tie{p.PersonID(), p.Network()}
			gone[t] = append(gone[t], p)
		}
	}
	if len(gone) == 0 {
		return nil
	}
	// All the friends those people had at the last run, followed or not:
	// one more of them gone, and which one the new friend is is not told
	// (Compare pairs none either).
	had := map[pastKey]tie{}
	for i := range prev {
		if p := &prev[i]; p.Relation() == followTie[p.Network()] {
			if t := (tie{p.PersonID(), p.Network()}); gone[t] != nil {
				had[pastKey{p.Network(), p.ID()}] = t
			}
		}
	}
	fresh := map[tie][]int{} // the items of those people new to the list, maybe
	ids := map[pastKey]bool{}
	for i := range items {
		it := &items[i]
		a := it.Account
		if a.Relation != followTie[a.Network] {
			continue
		}
		delete(had, pastKey{a.Network, a.ID}) // still there
		if it.Person == nil || there[pastKey{a.Network, a.ID}] {
			continue
		}
		if t := (tie{it.Person.ID, a.Network}); gone[t] != nil {
			fresh[t] = append(fresh[t], i)
			ids[pastKey{a.Network, a.ID}] = false
		}
	}
	if len(fresh) == 0 {
		return nil
	}
	goneOf := map[tie]int{}
	for _, t := range had {
		goneOf[t]++
	}
	for i := range prev { // listed by that run, or an earlier one: not new
		if p := &prev[i]; p.Relation() == followTie[p.Network()] {
			if _, ok := ids[pastKey{p.Network(), p.ID()}]; ok {
				ids[pastKey{p.Network(), p.ID()}] = true
			}
		}
	}
	out := map[int]*Past{}
	for t, ks := range fresh {
		ks = slices.DeleteFunc(ks, func(k int) bool { return ids[pastKey{t.network, items[k].Account.ID}] })
		if ps := gone[t]; len(ps) == 1 && goneOf[t] == 1 && len(ks) == 1 && !MadeAfter(items[ks[0]].Account, exported.madeBy(ps[0])) &&
			(t.network != Facebook || renamedFriend(ps[0].ID(), items[ks[0]].Account.ID)) {
			out[ks[0]] = ps[0]
		}
	}
	return out
}

// ExportDays gives the day the export of a network that a run read was
// made (runs.csv's exported: its zip entries' day), by network and that
// run's day (as_of), where they dated it. A LinkedIn connection dated
// between that day and the run's was not in the export the run read.
type ExportDays map[[2]string]string

// ExportDaysOf returns the ExportDays of runs, runs.csv's rows in run
// order: of several runs of a day, the last one's.
func ExportDaysOf(runs []RunStat) ExportDays {
	out := ExportDays{}
	for _, r := range runs {
		k := [2]string{r.Network, r.AsOf}
		if r.Exported != "" && r.Exported < r.AsOf {
			out[k] = r.Exported
		} else {
			delete(out, k) // undated, or made on the run's day (or a day after: a clock's slack)
		}
	}
	return out
}

// madeBy returns the day the export p's run read of p's network was made,
// where known, else that run's day.
func (e ExportDays) madeBy(p *Past) string {
	if d := e[[2]string{p.Network(), p.AsOf()}]; d != "" {
		return d
	}
	return p.AsOf()
}

// renamedFriend reports whether the Facebook friend of id now is the one
// of id was, renamed: a rename keeps the second the friendship began
// (see Known.pinRenamed). A friend of another second on the row is a
// friendship made anew (a namesake grouped by name, or the friend
// unfriended and friended again), whose follow no run read: its follow
// missing tells nothing. Nor is a namesake's id of the second ("~2") a
// rename told: which namesake holds it depends on the export's order.
func renamedFriend(was, now string) bool {
	s := facebookSince(Facebook, was)
	return s != "" && s == facebookSince(Facebook, now)
}

// ownUnfollows returns the items of told (LinkedIn connections that an
// Unfollow row of their name marks: ExtraUnfollowed) but those of a name
// that the last run (prev) or the ledger (known, maybe nil) gives
// another account, a connection or a follow, that these items have not.
// The importer joins an Unfollow row to the one connection of its name
// in the export; but the last run had two of that name (and could tell
// neither's row), or a follow of it apart, and one is gone since (a
// connection removed, a follow unfollowed): the row may well be the one
// gone's, and joined it would take a connection still followed off the
// lists, and count an unfollow done that nobody did. That connection
// stays on the lists, as before the importer read Unfollow rows, in
// that run and the runs after, while the ledger keeps the row of the one
// gone (the history keeps only the accounts of the exports). The
// accounts of the connection's own person are no namesakes: its ledger
// row's other keys (an old profile address), the history's accounts of
// its person id, the follow its history row names (read alone beside it
// carried). As SplitFollows does for a follow.
func ownUnfollows(items []Item, told []int, prev []Past, known *Ledger) []int {
	if len(told) == 0 || len(prev) == 0 && known == nil {
		return told
	}
	names := newJoinNames()
	defer names.close()
	nameOf := make([]string, len(told))
	want := map[string]bool{} // the names, folded as the importer joins them
	for j, i := range told {
		a := items[i].Account
		if a.Network != LinkedIn {
			continue
		}
		if s := names.of(a.Network, a.ID, a.Name); s != "" {
			nameOf[j] = s
			want[s] = true
			names.want(s)
		}
	}
	if len(want) == 0 {
		return told
	}
	// The accounts of those names, by person (a history row's, a ledger
	// row's): few, of a history or a ledger of a million rows, which only
	// the first letter of a name wanted folds. A person's ids are the
	// connection's own where one of them is its id: its row, a follow
	// the history has on its person or in its follow cell, an old key.
	names.only = true
	others := map[string]map[string][]string{} // name -> person -> ids
	ids := map[string]bool{}
	add := func(s, person, id string) {
		if others[s] == nil {
			others[s] = map[string][]string{}
		}
		if person == "" {
			person = "id:" + id
		}
		others[s][person] = append(others[s][person], id)
		ids[id] = true
	}
	for i := range prev {
		p := &prev[i]
		// The name first: most start with a letter no name wanted does.
		s := names.wanted(p.Name(), want)
		if s == "" || p.Network() != LinkedIn || p.Relation() == Follower || strings.HasPrefix(p.ID(), "company.") {
			continue
		}
		add(s, p.PersonID(), p.ID())
		if f := p.Follow(); f != "" {
			add(s, p.PersonID(), f)
		}
	}
	if known != nil {
		for _, row := range known.rows { // only read: not the fresh people's, new now
			s := names.wanted(known.Name(row), want)
			if s == "" {
				continue
			}
			for k := range row.Accounts() {
				if network, id, ok := strings.Cut(k, ":"); ok && network == LinkedIn && !strings.HasPrefix(id, "company.") {
					add(s, known.PersonID(row), id)
				}
			}
		}
	}
	if len(others) == 0 {
		return told
	}
	present := map[string]bool{} // an account, or a follow merged into one
	for i := range items {
		if a := items[i].Account; a.Network == LinkedIn {
			if ids[a.ID] {
				present[a.ID] = true
			}
			if f := a.Extra[ExtraFollow]; f != "" && ids[f] {
				present[f] = true
			}
		}
	}
	out := told[:0]
	for j, i := range told {
		a := items[i].Account
		// The ids of the connection's own person: the person that lists
		// its id, and the one whose id the merge gave it (the last run's
		// row of a profile address changed since, which lists the old
		// id alone).
		var own []string
		for person, of := range others[nameOf[j]] {
			if slices.Contains(of, a.ID) || items[i].Person != nil && person == items[i].Person.ID {
				own = append(own, of...)
			}
		}
		gone := false
		for _, of := range others[nameOf[j]] {
			for _, id := range of {
				gone = gone || !present[id] && id != a.ID && !slices.Contains(own, id)
			}
		}
		if !gone {
			out = append(out, i)
		}
	}
	return out
}

// markTie marks the decision of a friend (connection) whose follow is
// found gone, the tie kept (see MarkUnfollowedTies): Unfollowed where it
// is decided unfollow, FollowGone where it is kept, its reason then
// saying so on keep.csv (followAgain), in every run that finds it so:
// the notes keep an account not followed.
func markTie(d *Decision, relation string) {
	if d.Keep {
		d.FollowGone = true
		d.Reason += followAgain(relation)
	} else {
		d.Unfollowed = true
	}
}

// followAgain is what the reason of a friend (connection) kept, its
// follow gone (Decision.FollowGone), ends with: "; not followed, still
// friends: follow it again to keep it".
func followAgain(relation string) string {
	return "; not followed, " + tieKept(relation) + ": follow it again to keep it"
}
