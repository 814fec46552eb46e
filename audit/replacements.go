package audit

import (
	"fmt"
	"slices"
	"strings"
)

// A replacement is the item whose account took a gone account's place,
// and why it is believed to; or, item -1, only a hint that one of several
// may have (a Facebook friend gone, and several new since the same
// second).
type replacement struct {
	item  int
	note  string
	guess bool // see Change.Guess
	// stillFollowed marks a guess that the new account is the follow of
	// the one gone from another list ("still followed?", see sameName),
	// not the one gone renamed.
	stillFollowed bool
	// hinted are the items a hint (item -1) names as new: each may be the
	// one gone.
	hinted []int
	// again marks a hint that the items hinted are connected (followed)
	// again since, of the same name (see reconnected), not renamed; joined
	// one that the one hinted is on the gone one's row already.
	again, joined bool
	// afterExport marks a hint (again) of an account made after the
	// export the run that listed the gone one read (ExportDays), yet no
	// later than that run's day: the notes say "after the export", not
	// "after the audit".
	afterExport bool
	// among marks a hint whose items hinted are at least as many as the
	// ones gone it is on, and could each only be one of them under a new
	// id: the Facebook friends new of the second of friends gone (see
	// replacements), the LinkedIn connections with a profile address now
	// of the name and day that gave the ones gone their ids (see
	// relinkedNamesakes). Each one gone is then still there, which one is
	// not told: no unfollow done, but a guess.
	among bool
}

// replacements finds, among the accounts gone from their list (prev's
// indexes gone), those an account new to the same list replaces, by
// index in prev, in this order (each pass on what the ones before left):
//   - the same person's Facebook account of the same second (a friend
//     renamed, given their ledger row by Known.pinRenamed);
//   - the same person's (Merge grouped it with the ledger row of the gone
//     one: by name, e-mail or the person's own grouping), when that person
//     has one account gone from the list and one new to it;
//   - the same person's account new to another list of the network, when
//     the person has one account gone from the network and one new to it:
//     a Facebook friend unfriended but still followed, a LinkedIn
//     connection removed whose member follow stays (the follow was merged
//     into the other account while both were there). The person is still
//     followed there: no unfollow done;
//   - a guess: a Facebook account friends or followed since the same
//     second as the gone one, where that is the one gone for good of that
//     second and the one new: Facebook gives no ids, and a friend who
//     changes their name comes back under a new one (see the Facebook
//     importer), with the date of the friendship as before. Where more are
//     gone or new, the gone rows only name what is new. A namesake's id
//     of that second ("~2", see facebookSecond) is of it too;
//   - a guess: the one Facebook account new to another list of the name of
//     the one gone (see sameName): a friend unfriended and followed, where
//     a namesake still a friend may be the follow's too;
//   - a hint: the LinkedIn accounts new to the list of the name of the one
//     gone, dated after the run that listed it (see reconnected).
//
// A LinkedIn account dated after the run that listed the gone one
// (MadeAfter: connected or followed since) replaces it in none of these
// passes, even on the same person's row: an address edited keeps the
// connection's date, and one made since did not exist at that run. One
// dated after the export that run read (exported, where runs.csv dates
// it) and no later than its day still takes the same person's one gone,
// but is said made anew, not the id changed (see replacedNote); on a row
// of its own, it is no "renamed?" guess (see renamedFollows) but
// "connected again?" (see reconnected).
//
// Only the few people with a gone account are looked at: a re-audit
// where nothing is gone makes no map of its million accounts.
func replacements(prev []Past, gone []int, items []Item, match []int32, placed, rowBefore func(k int) bool, exported ExportDays) map[int]replacement {
	if len(gone) == 0 {
		return nil
	}
	if placed == nil {
		placed = func(int) bool { return false }
	}
	type list struct{ person, network, relation string }
	type net struct{ person, network string }
	type fbList struct{ since, relation string }
	byPerson := map[list][]int{} // items new to their list, of the people with a gone account
	byNet := map[net][]int{}     // the same, by network
	byFB := map[fbList][]int{}   // items new to a Facebook list, by the time stamp of their id
	owner := ownersNow(prev, gone, items, match)
	people := map[string]bool{}
	fbGone := false
	for _, i := range gone {
		people[owner(i)] = true
		fbGone = fbGone || prev[i].Network() == Facebook
	}
	for k := range items {
		if match[k] >= 0 {
			continue
		}
		it := &items[k]
		a := it.Account
		if people[it.Person.ID] {
			l := list{it.Person.ID, a.Network, a.Relation}
			byPerson[l] = append(byPerson[l], k)
			n := net{it.Person.ID, a.Network}
			byNet[n] = append(byNet[n], k)
		}
		if ts := facebookSecond(a.Network, a.ID); fbGone && ts != "" {
			l := fbList{ts, a.Relation}
			byFB[l] = append(byFB[l], k)
		}
	}
	out := map[int]replacement{}
	taken := map[int]bool{}
	// The same person's first, by the evidence that put the new account
	// on their row, in passes that do not depend on the history's order:
	// a Facebook account of the same second (a renamed friend); then the
	// one new account of a list where the person has one account gone
	// (an id changed); then the one new account of the network where the
	// person has one account gone (still followed on another list). A
	// Facebook guess is then for the accounts of a second gone for good,
	// and among what is new of it, what no one took.
	pair := func(i, k int, note string) {
		taken[k] = true
		out[i] = replacement{item: k, note: note}
	}
	// A person's accounts of one list and second, gone and new: one of
	// each is a rename (Merge gave the new one the old one's ledger row,
	// Known.pinRenamed); more, and which is which is not known.
	type sec struct{ person, network, relation, since string }
	goneSec, newSec := map[sec]int{}, map[sec][]int{}
	for _, i := range gone {
		p := &prev[i]
		if ts := facebookSince(p.Network(), p.ID()); ts != "" {
			goneSec[sec{owner(i), p.Network(), p.Relation(), ts}]++
		}
	}
	for l, ks := range byPerson {
		for _, k := range ks {
			if ts := facebookSince(l.network, items[k].Account.ID); ts != "" {
				s := sec{l.person, l.network, l.relation, ts}
				newSec[s] = append(newSec[s], k)
			}
		}
	}
	for _, i := range gone {
		p := &prev[i]
		ts := facebookSince(p.Network(), p.ID())
		if ts == "" {
			continue
		}
		s := sec{owner(i), p.Network(), p.Relation(), ts}
		if ks := newSec[s]; goneSec[s] == 1 && len(ks) == 1 {
			pair(i, ks[0], "renamed: now "+items[ks[0]].Account.Key()+", since the same second; their ledger row now lists it")
		}
	}
	left := func(ks []int) []int {
		var out []int
		for _, k := range ks {
			if !taken[k] {
				out = append(out, k)
			}
		}
		return out
	}
	// The person's accounts gone and not paired yet, by list and by
	// network: counted once a pass, not per account (a re-audit may find
	// a hundred thousand gone).
	count := func() (byList map[list]int, byNetwork map[net]int) {
		byList, byNetwork = map[list]int{}, map[net]int{}
		for _, i := range gone {
			if _, ok := out[i]; !ok {
				p := &prev[i]
				byList[list{owner(i), p.Network(), p.Relation()}]++
				byNetwork[net{owner(i), p.Network()}]++
			}
		}
		return byList, byNetwork
	}
	var single []int // a pass pairs from the same counts for all
	goneByList, _ := count()
	for _, i := range gone {
		p := &prev[i]
		if _, ok := out[i]; ok {
			continue
		}
		l := list{owner(i), p.Network(), p.Relation()}
		if goneByList[l] != 1 {
			continue // the counts first: a person with thousands gone is looked at once
		}
		// One connected since that run is no id changed (MadeAfter),
		// even on the person's row (joined by hand, or by name to their
		// account elsewhere): the connection was made anew.
		ks := slices.DeleteFunc(left(byPerson[l]), func(k int) bool { return MadeAfter(items[k].Account, p.AsOf()) })
		if len(ks) == 1 {
			single = append(single, i, ks[0])
		}
	}
	for j := 0; j < len(single); j += 2 {
		pair(single[j], single[j+1], replacedNote(&prev[single[j]], items[single[j+1]].Account, exported))
	}
	single = single[:0]
	_, goneByNet := count()
	for _, i := range gone {
		p := &prev[i]
		if _, ok := out[i]; ok {
			continue
		}
		n := net{owner(i), p.Network()}
		if goneByNet[n] != 1 {
			continue
		}
		if ks := left(byNet[n]); len(ks) == 1 && items[ks[0]].Account.Relation != p.Relation() {
			single = append(single, i, ks[0])
		}
	}
	for j := 0; j < len(single); j += 2 {
		a := items[single[j+1]].Account
		pair(single[j], single[j+1], "now "+a.Key()+" ("+a.Relation+"), the same person's: still followed on "+NetworkTitle(a.Network))
	}
	goneOf := map[fbList]int{} // Facebook accounts gone for good, by second
	for _, i := range gone {
		if _, ok := out[i]; !ok {
			if ts := facebookSecond(prev[i].Network(), prev[i].ID()); ts != "" {
				goneOf[fbList{ts, prev[i].Relation()}]++
			}
		}
	}
	leftFB := map[fbList][]int{}
	hints := map[fbList]string{}
	for _, i := range gone {
		p := &prev[i]
		ts := facebookSecond(p.Network(), p.ID())
		if _, ok := out[i]; ok || ts == "" {
			continue
		}
		l := fbList{ts, p.Relation()}
		// Once a second: a guess takes its one new account only where one
		// account of it is gone, looked at once.
		ks, ok := leftFB[l]
		if !ok {
			// Of these only, the person's placing is asked.
			ks = slices.DeleteFunc(left(byFB[l]), placed)
			leftFB[l] = ks
		}
		switch {
		case len(ks) == 1 && goneOf[l] == 1:
			taken[ks[0]] = true
			out[i] = replacement{item: ks[0], guess: true, note: "renamed? " + items[ks[0]].Account.Key() +
				" is new, since the same second: if it is them, put it on their ledger row"}
		case len(ks) > 0:
			// Several gone or several new of the second: which is which
			// is not guessed; the gone rows say what is new (made once a
			// second, and naming a few).
			h, ok := hints[l]
			if !ok {
				h = newHint(ks, items, "since the same second")
				hints[l] = h
			}
			// As many new of the second as gone: each gone one is a
			// friend still, renamed (a friendship made since is of a
			// later second). Fewer, and one at least is gone for good.
			out[i] = replacement{item: -1, note: h, guess: true, hinted: ks, among: len(ks) >= goneOf[l]}
		}
	}
	// The guesses below are of accounts the person has not placed, asked
	// last of each account a guess would name: the latest grouping is a
	// map of a million keys on a re-audit of as many.
	free := func(k int) bool { return !taken[k] && !placed(k) }
	relinkedNamesakes(prev, gone, items, match, out, taken, free)
	for _, l := range [...]struct{ network, relation string }{{Instagram, Following}, {LinkedIn, Following}, {LinkedIn, Connection}} {
		renamedFollows(l.network, l.relation, prev, gone, items, match, out, taken, free, rowBefore, exported)
	}
	movedMastodon(prev, gone, items, match, out, taken, free, rowBefore)
	sameName(prev, gone, items, match, out, taken, free)
	reconnected(prev, gone, items, match, out, taken, owner, exported)
	return out
}

// againJoinedNote is the note of p, a LinkedIn account gone, where a,
// new and made after the run that listed it (MadeAfter), or after the
// export that run read (see madeAfterWhat), is on its ledger row (see
// reconnected).
func againJoinedNote(p *Past, a *Account, exported ExportDays) string {
	v := "followed"
	if p.Relation() == Connection {
		v = "connected"
	}
	return v + " again: " + a.Key() + ", " + v + " on " + a.Since.String() + ", after " + madeAfterWhat(p, a, exported) +
		", is new on their ledger row: made anew, not this one's address edited"
}

// AgainJoinedNotes returns the notes Compare gives p, a LinkedIn account
// gone, and a, the one new of its list and name on its ledger row, made
// after the run that listed p (MadeAfter: connected or followed anew, not
// p's address edited): gone's on p's row, added's on a's. For a caller
// that pairs gone and new accounts Compare does not see (those of lists
// the exports lack, which a review saw) as Compare would.
func AgainJoinedNotes(p *Past, a *Account) (gone, added string) {
	return againJoinedNote(p, a, nil), againNote(a, nil, p.Key(), false)
}

// reconnected names, on the LinkedIn accounts gone and not paired (out),
// the accounts new to their list of the same name (folded, as the merge
// compares names) dated after the run that listed the gone one: an
// address edited keeps the connection's Connected On date, so one made
// since is no address edited (MadeAfter), and is new. It may be the same
// person connected again, or a namesake, which the exports cannot tell:
// the hint asks the person to join them by hand where it is them, or
// says the person did (the new one is on the gone one's row). It is a
// hint (item -1): the gone one counts gone, the new one new.
//
// The line is the day of the export that run read where runs.csv dates
// it (exported, see ExportDays), as for an id changed (see
// replacements): one connected between the export and the run's day was
// not in what it read.
func reconnected(prev []Past, gone []int, items []Item, match []int32, out map[int]replacement, taken map[int]bool, owner func(i int) string, exported ExportDays) {
	// The new accounts made since the first day of a run that listed a
	// LinkedIn account gone first: most re-audits have none, and fold
	// none of the names of a hundred thousand gone.
	var first Date
	for _, i := range gone {
		if p := &prev[i]; p.Network() == LinkedIn {
			if d, err := ParseDate(exported.madeBy(p)); err == nil && (first.IsZero() || d < first) {
				first = d
			}
		}
	}
	if first.IsZero() {
		return
	}
	var news []int
	for k := range items {
		a := items[k].Account
		if match[k] < 0 && !taken[k] && a.Network == LinkedIn && a.Relation != Follower && a.Since > first {
			news = append(news, k)
		}
	}
	if len(news) == 0 {
		return
	}
	type name struct{ relation, fold string }
	newOf := map[name][]int{}
	for _, k := range news {
		a := items[k].Account
		if f := FoldName(a.Name); f != "" {
			newOf[name{a.Relation, f}] = append(newOf[name{a.Relation, f}], k)
		}
	}
	goneOf := map[name][]int{}
	for _, i := range gone {
		p := &prev[i]
		if _, ok := out[i]; ok || p.Network() != LinkedIn || p.Relation() == Follower {
			continue
		}
		if n := (name{p.Relation(), FoldName(p.Name())}); n.fold != "" && newOf[n] != nil {
			goneOf[n] = append(goneOf[n], i)
		}
	}
	verb := func(relation string) string {
		if relation == Connection {
			return "connected"
		}
		return "followed"
	}
	for n, is := range goneOf {
		for _, i := range is {
			p := &prev[i]
			day := exported.madeBy(p)
			var ks []int
			for _, k := range newOf[n] {
				if MadeAfter(items[k].Account, day) && !AccentsDiffer(p.Name(), items[k].Account.Name) {
					ks = append(ks, k)
				}
			}
			if len(ks) == 0 {
				continue
			}
			v := verb(p.Relation())
			a := items[ks[0]].Account
			// Of several, one made before the run's day is said by the
			// export: "after the export" is true of each.
			window := max(0, slices.IndexFunc(ks, func(k int) bool { return afterExport(p, items[k].Account, exported) }))
			var note string
			joined := len(ks) == 1 && items[ks[0]].Person != nil && items[ks[0]].Person.ID == owner(i)
			switch {
			case joined:
				note = againJoinedNote(p, a, exported)
			case len(ks) == 1:
				note = v + " again? " + a.Key() + " is new, of the same name, " + v + " on " + a.Since.String() + ", after " + madeAfterWhat(p, a, exported) +
					": not this account under a new address (an address edited keeps its date); if it is them, put it on their ledger row"
			default:
				var keys []string
				for _, k := range ks[:min(len(ks), 3)] {
					keys = append(keys, items[k].Account.Key())
				}
				what := strings.Join(keys, " and ") + " are new"
				if len(ks) > 3 {
					what = strings.Join(keys, ", ") + fmt.Sprintf(" and %d more are new", len(ks)-3)
				}
				note = v + " again? " + what + ", of the same name, " + v + " after " + madeAfterWhat(p, items[ks[window]].Account, exported) +
					": if one is them, put it on their ledger row"
			}
			out[i] = replacement{item: -1, note: note, guess: true, hinted: ks, again: true, joined: joined, afterExport: afterExport(p, items[ks[window]].Account, exported)}
		}
	}
}

// placed returns whether item k's account is one the person moved to
// another row since the latest grouping (grouped, see CompareGrouped):
// its person now is not the one that grouping gave it. The split is the
// person's answer to a guess or hint, or to a rename the merge joined,
// and is not guessed at again. The grouping is looked up only for the
// accounts a guess would name: nil, or a map of it made on first need.
func placed(items []Item, grouped func(key string) string) func(k int) bool {
	if grouped == nil {
		return nil
	}
	return func(k int) bool {
		it := &items[k]
		if it.Person == nil {
			return false
		}
		was := grouped(it.Account.Key())
		return was != "" && was != it.Person.ID
	}
}

// movedMastodon guesses, for the Mastodon accounts kept and gone from the
// following and not paired (out), the account new to it of the same user
// name on another server: a Mastodon id is the address, and an account
// moved to another server (Mastodon moves its followers' follows to the
// new address) comes back under it, most often with the same user name.
// The export gives no date nor name to tell by, so only one gone and one
// new of a user name are a guess, for the person to confirm.
//
// So is an account the run said to unfollow, where it is the one gone of
// its user name (none kept gone beside it, which the guess above is of)
// and one new of that user name is on another server: Mastodon moved the
// person's follow to the new address, and they follow it still. Counted
// an unfollow done, it told them they had done what they had not, and
// put the new address on unfollow.csv as a stranger, the notes that
// decided it left behind. Unlike an Instagram username (see
// renamedUnfollowed), the user name kept across servers is evidence
// enough without a date; an account a ledger row listed before
// (rowBefore) is none, as it is an account followed again, not moved.
//
// Only while another account of the following the run said to unfollow
// is followed still (pending): the keep file imported with Overwrite, as
// the run tells, unfollows them all at once, and leaves no follow for
// Mastodon to move: one moved before the import was unfollowed at its
// new address (not on the keep file), and one moved after it had no
// follow of the person's to move. With every one of them gone, one new of
// the user name was followed since, most often another's (alex, news,
// sam): called "moved?", it told them they followed still what they had
// unfollowed, and counted that unfollow not done. So it is where the
// account gone was the one to unfollow: which way it went cannot be told,
// and an unfollow done is what the run said to do.
func movedMastodon(prev []Past, gone []int, items []Item, match []int32, out map[int]replacement, taken map[int]bool, free, rowBefore func(k int) bool) {
	user := func(id string) string {
		u, _, _ := strings.Cut(id, "@")
		return u
	}
	goneOf := map[string][]int{}       // the gone accounts kept, not paired, by user name
	unfollowedOf := map[string][]int{} // the gone accounts to unfollow, not paired, by user name
	for _, i := range gone {
		p := &prev[i]
		if _, ok := out[i]; ok || p.Network() != Mastodon || p.Relation() != Following || !strings.Contains(p.ID(), "@") {
			continue
		}
		switch p.Decision() {
		case DecisionKeep:
			goneOf[user(p.ID())] = append(goneOf[user(p.ID())], i)
		case DecisionUnfollow:
			unfollowedOf[user(p.ID())] = append(unfollowedOf[user(p.ID())], i)
		}
	}
	if len(goneOf) == 0 && len(unfollowedOf) == 0 {
		return
	}
	newOf := map[string][]int{}
	pending := false // an account the run said to unfollow is followed still
	for k := range items {
		a := items[k].Account
		if a.Network != Mastodon || a.Relation != Following {
			continue
		}
		if match[k] >= 0 {
			pending = pending || prev[match[k]].Decision() == DecisionUnfollow
			continue
		}
		if strings.Contains(a.ID, "@") {
			if u := user(a.ID); (len(goneOf[u]) > 0 || len(unfollowedOf[u]) > 0) && free(k) {
				newOf[u] = append(newOf[u], k)
			}
		}
	}
	for u, is := range goneOf {
		if ks := newOf[u]; len(is) == 1 && len(ks) == 1 {
			a := items[ks[0]].Account
			taken[ks[0]] = true
			out[is[0]] = replacement{item: ks[0], guess: true, note: "moved? " + a.Key() +
				" is new, of the same user name on another server: if it is them, put it on their ledger row"}
		}
	}
	for u, is := range unfollowedOf {
		ks := newOf[u]
		if !pending || len(is) != 1 || len(goneOf[u]) > 0 || len(ks) != 1 || taken[ks[0]] || rowBefore(ks[0]) {
			continue
		}
		a := items[ks[0]].Account
		taken[ks[0]] = true
		out[is[0]] = replacement{item: ks[0], guess: true, note: "moved? " + a.Key() +
			" is new, of the same user name on another server: if it is them, you follow them still (Mastodon moved your follow); put it on their ledger row"}
	}
}

// relinkedNamesakes hints, for each LinkedIn connection gone whose id is
// its name and day (LinkedInNameID: an export without profile addresses),
// the new connections with a profile address whose name and day give
// that id: namesakes connected the same day, whom Known.pinRelinked
// leaves to the person, as which is which cannot be told. As many new as
// gone, all still connected, they are no unfollow done (among); the
// gone rows name the new ones, and each new one names the gone ones, not
// another connection gone.
func relinkedNamesakes(prev []Past, gone []int, items []Item, match []int32, out map[int]replacement, taken map[int]bool, free func(k int) bool) {
	var byID map[string][]int // the connections gone, by their name id without ~2
	for _, i := range gone {
		p := &prev[i]
		if _, ok := out[i]; ok || p.Network() != LinkedIn || p.Relation() != Connection || !isLinkedInNameID(p.ID()) {
			continue
		}
		if byID == nil {
			byID = map[string][]int{}
		}
		id, _, _ := strings.Cut(p.ID(), "~")
		byID[id] = append(byID[id], i)
	}
	if byID == nil {
		return
	}
	news := map[string][]int{}
	for k := range items {
		a := items[k].Account
		// Those paired already first: on the first export with profile
		// addresses, nearly all of a million, whose name ids are not made.
		if match[k] >= 0 || taken[k] || a.Network != LinkedIn || a.Relation != Connection || a.Name == "" || isLinkedInNameID(a.ID) {
			continue
		}
		if id := LinkedInNameID(a.Name, a.Since); byID[id] != nil && free(k) {
			news[id] = append(news[id], k)
		}
	}
	for id, ks := range news {
		slices.SortFunc(ks, func(a, b int) int { return strings.Compare(items[a].Account.ID, items[b].Account.ID) })
		for _, k := range ks {
			taken[k] = true
		}
		note := newHint(ks, items, "of its name and connected the same day, with a profile address now (namesakes: which is which cannot be told)")
		// Fewer new than gone: one at least was removed, and which
		// cannot be told. The gone rows name the new ones all the same,
		// but stay gone, an unfollow done where that run said so, as
		// two Facebook friends of one name gone do.
		among := len(ks) >= len(byID[id])
		for _, i := range byID[id] {
			out[i] = replacement{item: -1, note: note, guess: true, hinted: ks, among: among}
		}
	}
}

// sinceVerb is what the day of an account of relation says was done on
// it: a LinkedIn connection was connected, a follow followed.
func sinceVerb(relation string) string {
	if relation == Connection {
		return "connected"
	}
	return "followed"
}

// ownersNow returns the person each gone account (prev's index i) is the
// same person's as now: the last run's, unless the ledger lists its key on
// the row of another person with an account new to these exports. That is
// an account the person split off a row by hand, whose id then changed:
// the merge put the new account on the row the ledger lists the gone one
// on (Known's pins), and the pair is that person's, not the last run's
// grouping's. Only the rows of new accounts are looked at, and only where
// an account is gone.
func ownersNow(prev []Past, gone []int, items []Item, match []int32) func(i int) string {
	goneKey := make(map[string]int, len(gone))
	for _, i := range gone {
		goneKey[prev[i].Key()] = i
	}
	moved := map[int]string{}
	for k := range items {
		it := &items[k]
		if match[k] >= 0 || it.Person.row == nil {
			continue
		}
		for key := range it.Person.row.Accounts() {
			if i, ok := goneKey[key]; ok && prev[i].PersonID() != it.Person.ID {
				moved[i] = it.Person.ID
			}
		}
	}
	return func(i int) string {
		if id, ok := moved[i]; ok {
			return id
		}
		return prev[i].PersonID()
	}
}

// sameName guesses, for the Facebook (LinkedIn) accounts gone and not
// paired (out), the one account new to another list of the same name on
// that network (see joinNames), where the name has one of each:
// Known.pinSameName left it apart, as a namesake of the gone one is still
// there, and the follow may be theirs (see SplitFollows). The gone account
// is not an unfollow done for sure: the person is asked, naming the
// namesakes.
func sameName(prev []Past, gone []int, items []Item, match []int32, out map[int]replacement, taken map[int]bool, free func(k int) bool) {
	type name struct{ network, s string }
	names := newJoinNames()
	defer names.close()
	goneOf := map[name][]int{} // name -> the gone accounts not paired
	for _, i := range gone {
		p := &prev[i]
		if _, ok := out[i]; ok || p.Relation() == Follower {
			continue
		}
		if s := names.of(p.Network(), p.ID(), p.Name()); s != "" {
			goneOf[name{p.Network(), s}] = append(goneOf[name{p.Network(), s}], i)
			names.want(s)
		}
	}
	if len(goneOf) == 0 {
		return
	}
	names.only = true
	newOf, still := map[name][]int{}, map[name][]string{}
	for k := range items {
		a := items[k].Account
		if a.Relation == Follower || followTie[a.Network] == "" {
			continue
		}
		s := name{a.Network, names.of(a.Network, a.ID, a.Name)}
		if goneOf[s] == nil {
			continue
		}
		if match[k] >= 0 {
			still[s] = append(still[s], a.Key())
		} else if free(k) {
			newOf[s] = append(newOf[s], k)
		}
	}
	for s, is := range goneOf {
		ks := newOf[s]
		if len(is) != 1 || len(ks) != 1 || items[ks[0]].Account.Relation == prev[is[0]].Relation() {
			continue
		}
		a := items[ks[0]].Account
		whose := "theirs"
		if len(still[s]) > 0 {
			whose = "theirs, not " + strings.Join(still[s], "'s or ") + "'s"
		}
		taken[ks[0]] = true
		out[is[0]] = replacement{item: ks[0], guess: true, stillFollowed: true, note: "still followed? " + a.Key() + " (" + a.Relation + ") is new, of the same name: if it is " +
			whose + ", put it on their ledger row"}
	}
}

// newHint is the note of an account gone where the accounts of items ks
// are new, and why each may be it (a Facebook account's "since the same
// second"): it names three at most.
func newHint(ks []int, items []Item, why string) string {
	var keys []string
	for _, k := range ks[:min(len(ks), 3)] {
		keys = append(keys, items[k].Account.Key())
	}
	what := keys[0] + " is new"
	switch {
	case len(ks) > 3:
		what = strings.Join(keys, ", ") + fmt.Sprintf(" and %d more are new", len(ks)-3)
	case len(ks) > 1:
		what = strings.Join(keys, " and ") + " are new"
	}
	which := "if one is them"
	if len(ks) == 1 {
		which = "if it is them" // one named, as of several gone each may be
	}
	return "renamed? " + what + ", " + why + ": " + which + ", put it on their ledger row"
}

// facebookSecond is facebookSince of id without the "~2" (or later
// number) that the importer gives a namesake of the same second
// ("chloe-martin.1600000000~2": Chloé and Chloe Martin friended the same
// second). Which of the namesakes keeps the plain id depends on the
// export's order, so such an id is paired by a guess alone, never given
// a row: the rename the person confirms.
func facebookSecond(network, id string) string {
	base, _, _ := strings.Cut(id, "~")
	return facebookSince(network, base)
}

// facebookSince returns the time stamp that ends a Facebook account id
// ("ada-lovelace.1588291200": when the friendship or follow began), or "".
func facebookSince(network, id string) string {
	if network != Facebook {
		return ""
	}
	ts := id[strings.LastIndexByte(id, '.')+1:]
	if len(ts) < 9 || len(ts) == len(id) || strings.Trim(ts, "0123456789") != "" {
		return ""
	}
	return ts
}
