package audit

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Change kinds.
const (
	ChangeNew     = "new"
	ChangeGone    = "gone"
	ChangeChanged = "changed"
	// ChangeReplaced is an account gone from a list where an account new
	// to it is the same person's (the network changed the id: a LinkedIn
	// profile address edited, a Facebook friend renamed): not an unfollow
	// done, unless the new account is no longer followed, the tie kept
	// (see Compare): it then has no decision after, as a gone row.
	ChangeReplaced = "replaced"
)

// A Change is an account that differs between two runs.
type Change struct {
	Kind                                  string
	PersonID, Network, Relation, ID, Name string
	Before, BeforeRule                    string // empty for new accounts
	// After and AfterRule are empty for gone accounts, and for one
	// replaced that is no longer followed now, the tie kept (see
	// Compare): gone from the accounts followed as well.
	After, AfterRule string
	Note             string
	// Guess marks a replacement only guessed ("renamed?": a Facebook
	// friend gone and one new of the same second, the person's row not
	// given to it; "still followed?": a Facebook friend gone and a follow
	// of their name new, where a namesake is still a friend): its new
	// account still counts as new.
	Guess bool
	// Back marks a friend or connection found unfollowed by the run
	// compared with, the tie kept (see MarkUnfollowedTies), that is
	// followed again or kept now: a change, as the account is the same,
	// but back among the accounts followed, which that run did not
	// count it in; the summary counts it new, so that its counts add up.
	Back bool
	// Earlier marks a gone row (or a replaced one of no decision after)
	// of a LinkedIn connection that an Unfollow row dated before the run
	// compared with says is unfollowed (see goneFromFollowed): that run
	// had it followed (its exports lacked Member_Follows.csv, or a version
	// of this tool that did not read Unfollow rows made it), but it was
	// unfollowed already. Gone from the accounts followed, but no unfollow
	// done since, nor one that run had left to do: the summary counts it
	// gone alone.
	Earlier bool
	// Hinted are the keys of the accounts new since that a guess or hint
	// of this account gone names ("renamed? instagram:noor.h is new, ...",
	// "moved?", "still followed?", "connected again?"), separated by
	// spaces; "" for none, and for a hint of more than the note names in
	// full (see hintedKeys). Not in changes.csv: the note names them. The
	// run keeps the guess in PendingGuessesFile (see GuessOf), and later
	// runs remind the person of it while they have not acted on it.
	Hinted string
	// FollowGone marks a replaced row, not guessed, of a friend or
	// connection kept by the run compared with and kept now, whose follow
	// is found gone since (a LinkedIn connection whose address changed,
	// an Unfollow row of its name since): a change, as the changed row of
	// one of the same id kept whose follow is gone is; the summary counts
	// it so.
	FollowGone bool
	// Apart marks a changed row of a Facebook (LinkedIn) follow that the
	// run compared with had joined to the friend (connection) of its name,
	// one account, and that these exports leave apart, a namesake friended
	// (connected) since (see followedWithFriend): not new, as it was
	// followed all along, but a row of its own on the lists now, one more
	// account followed; the summary counts it new, so that its counts add
	// up, as it does a Back row.
	Apart bool
}

// ChangeColumns is the header of changes.csv.
var ChangeColumns = []string{"change", "person_id", "network", "relation", "id", "name",
	"before", "before_rule", "after", "after_rule", "note"}

// Compare lists what changed since the previous run: accounts new in the
// exports, accounts gone from them (an unfollow done, when the previous
// decision was unfollow), accounts replaced (see ChangeReplaced and
// replacements) and accounts whose decision changed.
//
// An account missing from a list the exports do not hold is not gone:
// covered says which lists they hold.
//
// A Facebook (LinkedIn) follow that the last run had joined to the friend
// (connection) of its name, and these exports leave apart (a namesake
// friended since), is not new: it was followed all along, and is compared
// with that friend's decision (see followedWithFriend): it is a `changed`
// row that says so, decided otherwise now or not, as it is a row of its
// own on the lists now, one more account followed: the summary counts it
// new (Change.Apart). (A follow the last run had apart stays apart, by
// its own id: see SplitFollows.)
//
// A friend (connection) no longer followed, the tie kept, where the last
// run had read its follow, or the export says so (an Unfollow row of its
// name: ExtraUnfollowed) where that run had it followed
// (Decision.Unfollowed, see MarkUnfollowedTies), is gone from the
// accounts followed: a gone row, an unfollow done where
// that run said to unfollow (not where the Unfollow row is dated before
// that run, which had it followed all the same: Change.Earlier), that
// says it is still a friend (unless that
// run had its follow on a row of its own, read alone beside the friend
// carried: that row is the one gone, see followsAlone). Found so by
// the run compared with, it is no change, and no longer a friend now, not
// gone (it was not followed then); followed again (or kept) since, it is
// `changed`, back on a list, not new. One that run kept, followed, and kept now
// though its follow is found gone (Decision.FollowGone: the follow that
// run read gone from the follows, or an Unfollow row of its name), is
// `changed` too, once, its note saying it is no longer followed and to
// follow it again: still among the accounts followed, as any account
// kept. One that run kept, its follow gone
// already (Decision.FollowGone), was on keep.csv: decided unfollow now,
// the follow still gone, it is gone from the accounts followed, not an
// unfollow done; unfriended, it is gone as any account kept. One new
// since the run compared with, and not followed now, the tie kept (a
// LinkedIn connection made since, that an Unfollow row says is unfollowed
// already: Decision.Unfollowed), was among the accounts followed at
// neither run, as a friend found unfollowed by that run and unfriended
// since: no row, and not counted new (the line after the summary says it
// is off the lists). One kept (Decision.FollowGone) is counted among the
// accounts followed, and is new, its note saying it is not followed (see
// newNotFollowed).
//
// One no longer followed now, the tie kept, whose id changed since that
// run (a LinkedIn connection's profile address edited, a Facebook friend
// renamed, then its follow gone or an Unfollow row of its name) is its
// replaced row, which says so as well, as the
// gone row of the same id would (see goneFromFollowed), and has no
// decision after: gone from the accounts followed, an unfollow done where
// that run said to unfollow, the summary counts it so (the account is not
// new: its counts would not add up otherwise).
func Compare(prev []Past, items []Item, covered Covered) []Change {
	return CompareNoted(prev, items, covered, nil)
}

// CompareNoted is [Compare], told by noted which people's ledger rows
// hold notes now (nil: none is known but by the items). An account
// unknown now, moved off the row of the notes that decided it, is split
// off that row, not notes lost, where that row still holds its notes:
// noted says so of a row left with no account (an Instagram username
// another account took moved to a row of its own, as the run told, and
// the renamed account not known to put in its place), which no item
// tells.
func CompareNoted(prev []Past, items []Item, covered Covered, noted func(person string) bool) []Change {
	return CompareGrouped(prev, items, covered, noted, nil)
}

// CompareGrouped is [CompareNoted], told by grouped which person the
// latest grouping gave an account ("network:id"; "" where it had none):
// the last audit's, or that of a review given exports since, where that
// is not prev (a run on the day of the last audit is compared with the
// audit of an earlier day). An account new since prev that the person
// moved since that grouping to another row (review's split, or a key
// moved in the ledger, after a "renamed?" hint or a rename the run
// joined) is where the person put it: it is not guessed, nor hinted, to
// be an account gone (see replacements). nil: none is known.
func CompareGrouped(prev []Past, items []Item, covered Covered, noted func(person string) bool, grouped func(key string) string) []Change {
	changes, _ := CompareIndexed(prev, items, covered, noted, grouped, nil, nil)
	return changes
}

// CompareIndexed is [CompareGrouped], and returns the index of prev it
// made, for [SummarizeIndexed] to take rather than make it again. It is
// told by exported the days of the exports prev's runs read, where
// runs.csv dates them (nil: none is known): a LinkedIn account new since,
// dated after the export the run that listed a gone one read, though no
// later than that run's day, was in none of what it read, and is said to
// be made anew, not that one under a new id (see replacements), as
// [MarkUnfollowedTies] draws the same line for a follow missing.
//
// listed, where grouped is not nil, reports whether a run up to prev's
// listed an account ("network:id") as followed (its history file): an
// account new since prev on the ledger row the latest grouping gave it
// may be on that row only because that grouping's run (a run since prev,
// on its day) or review put it there, and is then no account the ledger
// knew before prev, as the first run compared with prev found it: asked
// of those alone (see rowBefore), so that a run again that day makes the
// guesses that run made. nil: such a row counts as listing it before.
func CompareIndexed(prev []Past, items []Item, covered Covered, noted func(person string) bool, grouped func(key string) string, exported ExportDays, listed func(key string) bool) ([]Change, PastIndex) {
	last, match := joinPast(prev, items)
	followedWithFriend(prev, items, last, match)
	followedOfCarried(prev, items, last, match, covered)
	since := listDates(prev)
	alone := followsAlone(prev, items)
	var out changeBlocks
	type newAt struct {
		item   int
		change Change
	}
	var news []newAt // the new accounts, added once the replacements are known
	// decidedNow reports whether the notes of a person decide one of
	// their accounts now: looked up only for an account moved off a row,
	// so the usual run builds no map.
	var decided map[string]bool
	decidedNow := func(person string) bool {
		if noted != nil && noted(person) {
			return true
		}
		if decided == nil {
			decided = map[string]bool{}
			for k := range items {
				if r := items[k].Decision.Rule; r != RuleUnknown && r != "" && items[k].Person != nil {
					decided[items[k].Person.ID] = true
				}
			}
		}
		return decided[person]
	}
	now := make([]bool, len(prev)) // prev[i] is still followed
	for i := range items {
		it := &items[i]
		a := it.Account
		after := decisionWord(it.Decision)
		j := match[i]
		ok := j >= 0
		goneNote := "" // one gone from the accounts followed, the tie kept
		earlier := false
		keptGone := "" // one kept then and now, its follow found gone since
		// A follow the last run had joined to its friend, apart now (see
		// followedWithFriend): a row of its own, listed whatever its
		// decision, and counted new (Change.Apart).
		apart := ok && a.Relation == Following && prev[j].Relation() == followTie[a.Network] &&
			covered(prev[j].Network(), prev[j].Relation(), prev[j].ID())
		if ok {
			now[j] = true
			if it.Decision.Unfollowed && prev[j].Relation() == a.Relation {
				goneNote, earlier = goneFromFollowed(&prev[j], a, alone)
			}
			if it.Decision.FollowGone && prev[j].Relation() == a.Relation && prev[j].Decision() == after {
				keptGone = followGoneWhy(&prev[j], a, alone)
			}
		}
		switch {
		case !ok && it.Decision.Unfollowed:
			// New, and not followed now, the tie kept (a LinkedIn
			// connection made since and already unfollowed: an Unfollow
			// row of its name, see MarkUnfollowedTies): among the
			// accounts followed at neither run, as a friend found
			// unfollowed by that run and unfriended since. No change:
			// not new among them.
		case !ok:
			note := NewSince(a.Relation, since.of(a.Network, a.Relation))
			if it.Decision.FollowGone {
				note = newNotFollowed(note, a)
			}
			news = append(news, newAt{i, Change{ChangeNew, it.Person.ID, a.Network, a.Relation, a.ID, a.Name,
				"", "", after, it.Decision.Rule, note, false, false, false, "", false, false}})
		case goneNote != "":
			// No longer followed, the tie kept (see MarkUnfollowedTies):
			// gone from the accounts followed.
			p := &prev[j]
			out.add(Change{ChangeGone, p.PersonID(), p.Network(), p.Relation(), p.ID(), p.Name(),
				p.Decision(), p.Rule(), "", "", goneNote, false, false, earlier, "", false, false})
		case prev[j].OffLists() && !it.Decision.Unfollowed && prev[j].Relation() == a.Relation:
			// Found unfollowed, the tie kept, by that run, and followed
			// again, or kept now: not new (the friend is the same), but
			// back among the accounts followed, on a list again.
			p := &prev[j]
			note := it.Decision.Reason + "; followed again since the run of " + p.AsOf() + ", which found it unfollowed, " + tieKept(a.Relation)
			if a.Extra[ExtraFollow] == "" {
				// Said here with the run's date, not twice (see followAgain).
				reason := strings.TrimSuffix(it.Decision.Reason, followAgain(a.Relation))
				note = reason + "; not followed since the run of " + p.AsOf() + ", " + tieKept(a.Relation)
				if it.Decision.Keep {
					note += ": follow it again to keep it"
				}
			}
			out.add(Change{ChangeChanged, it.Person.ID, a.Network, a.Relation, a.ID, a.Name,
				p.Decision(), p.Rule(), after, it.Decision.Rule, note, false, true, false, "", false, false})
		case keptGone != "":
			// Kept then, followed, and kept now, its follow found gone
			// since (FollowGone: on keep.csv, told to follow it again):
			// said once, here, as one kept whose follow that run found
			// gone already is (the case above). Still counted among the
			// accounts followed, as any account kept: a change, not new.
			p := &prev[j]
			reason := strings.TrimSuffix(it.Decision.Reason, followAgain(a.Relation))
			note := reason + "; no longer followed " + keptGone + ", " + tieKept(a.Relation) + ": follow it again to keep it"
			out.add(Change{ChangeChanged, it.Person.ID, a.Network, a.Relation, a.ID, a.Name,
				p.Decision(), p.Rule(), after, it.Decision.Rule, note, false, false, false, "", false, false})
		case prev[j].Decision() != after, apart,
			// Notes gone, the decision unchanged (toxic, unsure or lapsed
			// then, unfollowed on blank notes now): a change all the same,
			// which the person may not have meant.
			it.Decision.Reason == ReasonNothingKnown && prev[j].Rule() != RuleUnknown && prev[j].Rule() != "":
			p := &prev[j]
			note := it.Decision.Reason
			switch {
			case p.ID() == a.ID && it.Decision.Rule == RuleUnknown && p.PersonID() != it.Person.ID && decidedNow(p.PersonID()):
				// Moved off the row of the notes that decided it, which
				// still decide that person's other accounts, or stay on
				// it with no account (noted): split by hand (an
				// Instagram username another account took, as the run
				// told), not notes lost. Where the merge's evidence put
				// it beside another person's accounts (the row's one key
				// taken off, its name that person's), it is on their row,
				// which the note names: no row of its own.
				where := "a row of its own"
				if len(it.Person.Accounts) > 1 {
					where = "the row of " + it.Person.ID
				}
				note += "; on " + where + " now, split off the row of " + p.PersonID() + ", whose notes decided it in the run of " + p.AsOf()
			case p.ID() == a.ID:
			case !covered(p.Network(), p.Relation(), p.ID()): // followedOfCarried
				note += "; followed before, joined to " + p.Key() + ", of the same name: apart now, as these exports lack its list"
			default: // a follow the last run joined to its friend (followedWithFriend)
				note += "; followed before, joined to " + p.Key() + ", of the same name: apart now, a namesake is there too"
			}
			out.add(Change{ChangeChanged, it.Person.ID, a.Network, a.Relation, a.ID, a.Name,
				p.Decision(), p.Rule(), after, it.Decision.Rule, note, false, false, false, "", false, apart})
		}
	}
	rejoinedFollows(prev, items, match, now)
	var gone []int
	for i := range prev {
		p := &prev[i]
		// An account listed twice (a history edited by hand) is gone once:
		// at its last row. A friend (connection) that run found unfollowed,
		// the tie kept, was not among the accounts followed then: no
		// longer a friend, it is neither gone from them nor an unfollow
		// done again.
		if last[i] == int32(i) && !now[i] && covered(p.Network(), p.Relation(), p.ID()) && !p.OffLists() {
			gone = append(gone, i)
		}
	}
	by := replacements(prev, gone, items, match, placed(items, grouped), rowBefore(items, grouped, listed), exported)
	gone = followsOfReplaced(prev, gone, by, items)
	// An account that replaces one gone is that one's row in changes.csv,
	// not a new one too, unless the pairing is only a guess the person is
	// asked to confirm ("renamed?"): the summary counts it so.
	replacing := map[int]bool{}
	// The new account of a guess names the one gone on its own row.
	type guess struct {
		gone          int
		stillFollowed bool
	}
	guessed := map[int]guess{}
	// The gone accounts a new one may be, where several are new or gone
	// (the gone rows name the new ones): by item, the hints whose new
	// accounts it is among. A hint's gone and new accounts are many to
	// many (a hundred thousand LinkedIn connections of one run gone,
	// readdressed, and as many new dated before it), and its gone keys are
	// gathered once a hint, not once an item.
	mayBe := map[int][]int{} // indexes in hintGone
	var hintGone [][]string  // the keys gone of each hint, sorted
	hintOf := map[hintID]int{}
	// The gone accounts of its name a new LinkedIn account, made after the
	// run that listed them, may be the same person's (see reconnected):
	// by item.
	again := map[int][]string{}
	againJoined := map[int]string{} // the one gone whose row it is on
	againExport := map[int]bool{}   // made after the export of a run that listed one, before that run's day
	for i, r := range by {
		if r.item < 0 && r.again && r.afterExport {
			for _, k := range r.hinted {
				againExport[k] = true
			}
		}
		switch {
		case r.item < 0 && r.joined:
			againJoined[r.hinted[0]] = prev[i].Key()
		case r.item < 0 && r.again:
			for _, k := range r.hinted {
				again[k] = append(again[k], prev[i].Key())
			}
		case r.item < 0 && len(r.hinted) > 0:
			// The gone rows of a hint share its slice of new items.
			id := hintID{&r.hinted[0], len(r.hinted)}
			h, ok := hintOf[id]
			if !ok {
				h = len(hintGone)
				hintOf[id] = h
				hintGone = append(hintGone, nil)
				for _, k := range r.hinted {
					mayBe[k] = append(mayBe[k], h)
				}
			}
			hintGone[h] = append(hintGone[h], prev[i].Key())
		case r.guess:
			guessed[r.item] = guess{i, r.stillFollowed}
		default:
			replacing[r.item] = true
		}
	}
	// The Instagram usernames taken by another account since (see
	// RetakenUsernames), looked up once, where a new account is dated
	// before the run of its list.
	var retaken []string
	looked := false
	var newest map[string]Date // see newestListed, made on first need
	hintsSorted := false       // hintGone's lists, sorted on first need
	retakenOnce := func() []string {
		if !looked {
			looked = true
			for _, r := range RetakenUsernames(prev, items) {
				retaken = append(retaken, r.Key)
			}
		}
		return retaken
	}
	for _, n := range news {
		if replacing[n.item] {
			continue
		}
		if g, ok := guessed[n.item]; ok {
			k := prev[g.gone].Key()
			if g.stillFollowed {
				n.change.Note += "; still followed? it may be the follow of " + k + ", gone from its list: if so, move this key to that one's ledger row"
			} else {
				// "followed since the run of …" beside a "renamed?" that
				// says it was followed before: it is new to the list
				// under this id.
				n.change.Note = strings.Replace(n.change.Note, "followed since", "new under this id since", 1) +
					"; renamed? it may be " + k + ", gone: if so, move this key to that one's ledger row"
				if n.change.Network == Mastodon {
					// Mastodon moves the follow to the new address: followed
					// there since, maybe, as the note says.
					n.change.Note = strings.Replace(strings.Replace(n.change.Note, "new under this id since", "followed since", 1),
						"; renamed? it may be ", "; moved? it may be ", 1)
				}
			}
		}
		if _, ok := guessed[n.item]; !ok && len(mayBe[n.item]) > 0 {
			if !hintsSorted {
				hintsSorted = true
				for _, ks := range hintGone {
					slices.Sort(ks)
				}
			}
			ks, more := firstGone(hintGone, mayBe[n.item], 3)
			// Followed before, as the gone rows say: new under this id.
			what := strings.Join(ks, " or ")
			if more > 0 {
				what += fmt.Sprintf(" or %d more", more)
			}
			n.change.Note = strings.Replace(n.change.Note, "followed since", "new under this id since", 1) +
				"; renamed? it may be " + what + ", gone: if so, move this key to that one's ledger row"
		}
		if ks := again[n.item]; len(ks) > 0 || againJoined[n.item] != "" {
			slices.Sort(ks)
			n.change.Note += "; " + againNote(items[n.item].Account, ks, againJoined[n.item], againExport[n.item])
		}
		if _, ok := guessed[n.item]; !ok && len(mayBe[n.item]) == 0 {
			if a := items[n.item].Account; since.held(a.Network, a.Relation) {
				if newest == nil {
					newest = newestListed(prev, items, match)
				}
				n.change.Note = followedBefore(n.change.Note, a, newest[a.Network+":"+a.Relation], retakenOnce)
			}
		}
		out.add(n.change)
	}
	for _, i := range gone {
		p := &prev[i]
		r, ok := by[i]
		if ok && r.item >= 0 {
			it := &items[r.item]
			// The person whose it is now: the last run's, but for an
			// account split off its row by hand (see ownersNow); a guess
			// is the gone one's, not joined yet.
			id := p.PersonID()
			if !r.guess {
				id = it.Person.ID
			}
			after, afterRule, note := decisionWord(it.Decision), it.Decision.Rule, r.note
			earlier, followGone := false, false
			if it.Decision.FollowGone && !r.guess && p.Relation() == it.Account.Relation && p.Decision() == after {
				// Kept then, followed, and kept now, its follow found gone
				// since (an Unfollow row of the connection whose address
				// changed): said here, as the changed row of one of the
				// same id is, and counted a change.
				if why := followGoneWhy(p, it.Account, alone); why != "" {
					note += "; no longer followed " + why + ", " + tieKept(it.Account.Relation) + ": follow it again to keep it"
					followGone = true
				}
			}
			if it.Decision.Unfollowed && !r.guess && p.Relation() == it.Account.Relation {
				// Unfollowed too, the tie kept (an Unfollow row of the
				// connection whose address changed): gone from the
				// accounts followed as one of the same id is, an unfollow
				// done where that run said so. No decision after, as a
				// gone row: the summary counts it so.
				if g, e := goneFromFollowed(p, it.Account, alone); g != "" {
					after, afterRule, note, earlier = "", "", note+"; "+g, e
				}
			}
			out.add(Change{ChangeReplaced, id, p.Network(), p.Relation(), p.ID(), p.Name(),
				p.Decision(), p.Rule(), after, afterRule, note, r.guess, false, earlier, hintedKeys(r, items), followGone, false})
			continue
		}
		if ok && r.among {
			// Still a friend (connected) under an id not told, one of
			// those the hint names (see replacement.among): a replaced
			// row only guessed, gone from the accounts followed under
			// this id, no unfollow done.
			out.add(Change{ChangeReplaced, p.PersonID(), p.Network(), p.Relation(), p.ID(), p.Name(),
				p.Decision(), p.Rule(), "", "", r.note, true, false, false, hintedKeys(r, items), false, false})
			continue
		}
		note := GoneKeptNote(p.Relation())
		if p.Decision() == DecisionUnfollow {
			note = "unfollow done"
		}
		if ok {
			note += "; " + r.note // several new since its second: which, if any, is not guessed
		}
		out.add(Change{ChangeGone, p.PersonID(), p.Network(), p.Relation(), p.ID(), p.Name(),
			p.Decision(), p.Rule(), "", "", note, false, false, false, hintedKeys(r, items), false, false})
	}
	rank := map[string]int{ChangeChanged: 0, ChangeNew: 1, ChangeReplaced: 2, ChangeGone: 3}
	all := out.all()
	slices.SortStableFunc(all, func(a, b Change) int {
		return cmp.Or(cmp.Compare(rank[a.Kind], rank[b.Kind]),
			cmp.Compare(networkRank(a.Network), networkRank(b.Network)), strings.Compare(a.Network, b.Network))
	})
	return all, PastIndex{prev: prev, last: last}
}

// WriteChanges writes changes.csv.
func WriteChanges(w io.Writer, changes []Change) error {
	cw := newCSVWriter(w)
	if err := cw.Write(ChangeColumns...); err != nil {
		return err
	}
	for _, c := range changes {
		if err := cw.Write(c.Kind, c.PersonID, c.Network, c.Relation, c.ID, c.Name,
			c.Before, c.BeforeRule, c.After, c.AfterRule, c.Note); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// changeBlocks are the changes CompareIndexed finds, in blocks of
// changeBlock, copied into one slice of their number once all are found.
// append grows a long slice by a quarter at a time, and the copies it
// left came to four times the changes kept (28 MB allocated for the
// 25,347 rows changed, 5 MB, of the bench's million-row re-audit), made
// while the collector is paused for the reports, at the run's peak: the
// blocks and the copy come to twice the changes kept.
type changeBlocks struct {
	blocks [][]Change
	n      int
}

// changeBlock is how many changes a block of changeBlocks holds.
const changeBlock = 1024

// add appends c.
func (b *changeBlocks) add(c Change) {
	if k := len(b.blocks); k == 0 || len(b.blocks[k-1]) == changeBlock {
		b.blocks = append(b.blocks, make([]Change, 0, changeBlock))
	}
	k := len(b.blocks) - 1
	b.blocks[k] = append(b.blocks[k], c)
	b.n++
}

// all returns the changes added, in order, in a slice of their own; nil
// for none.
func (b *changeBlocks) all() []Change {
	if b.n == 0 {
		return nil
	}
	out := make([]Change, 0, b.n)
	for _, blk := range b.blocks {
		out = append(out, blk...)
	}
	return out
}
