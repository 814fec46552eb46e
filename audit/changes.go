package audit

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/unfollow-audit/unfollow-audit/internal/radix"
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
// with that friend's decision (see followedWithFriend): it is in
// changes.csv only where it is decided otherwise now, as a `changed` row
// that says so; a follow regrouped, decided as before, is no change the
// person has to act on. (A follow the last run had apart stays apart, by
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
// run (a LinkedIn connection's profile address edited, then an Unfollow
// row of its name) is its replaced row, which says so as well, as the
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
	last, match := joinPast(prev, items)
	followedWithFriend(prev, items, last, match)
	followedOfCarried(prev, items, last, match, covered)
	since := listDates(prev)
	alone := followsAlone(prev, items)
	var out []Change
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
			note := "followed since the previous run"
			if d := since.of(a.Network, a.Relation); d != "" {
				note = "followed since the run of " + d
			}
			if it.Decision.FollowGone {
				note = newNotFollowed(note, a)
			}
			news = append(news, newAt{i, Change{ChangeNew, it.Person.ID, a.Network, a.Relation, a.ID, a.Name,
				"", "", after, it.Decision.Rule, note, false, false, false, ""}})
		case goneNote != "":
			// No longer followed, the tie kept (see MarkUnfollowedTies):
			// gone from the accounts followed.
			p := &prev[j]
			out = append(out, Change{ChangeGone, p.PersonID(), p.Network(), p.Relation(), p.ID(), p.Name(),
				p.Decision(), p.Rule(), "", "", goneNote, false, false, earlier, ""})
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
			out = append(out, Change{ChangeChanged, it.Person.ID, a.Network, a.Relation, a.ID, a.Name,
				p.Decision(), p.Rule(), after, it.Decision.Rule, note, false, true, false, ""})
		case keptGone != "":
			// Kept then, followed, and kept now, its follow found gone
			// since (FollowGone: on keep.csv, told to follow it again):
			// said once, here, as one kept whose follow that run found
			// gone already is (the case above). Still counted among the
			// accounts followed, as any account kept: a change, not new.
			p := &prev[j]
			reason := strings.TrimSuffix(it.Decision.Reason, followAgain(a.Relation))
			note := reason + "; no longer followed " + keptGone + ", " + tieKept(a.Relation) + ": follow it again to keep it"
			out = append(out, Change{ChangeChanged, it.Person.ID, a.Network, a.Relation, a.ID, a.Name,
				p.Decision(), p.Rule(), after, it.Decision.Rule, note, false, false, false, ""})
		case prev[j].Decision() != after,
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
				// told), not notes lost.
				note += "; on a row of its own now, split off the row of " + p.PersonID() + ", whose notes decided it in the run of " + p.AsOf()
			case p.ID() == a.ID:
			case !covered(p.Network(), p.Relation(), p.ID()): // followedOfCarried
				note += "; followed before, joined to " + p.Key() + ", of the same name: apart now, as these exports lack its list"
			default: // a follow the last run joined to its friend (followedWithFriend)
				note += "; followed before, joined to " + p.Key() + ", of the same name: apart now, a namesake is there too"
			}
			out = append(out, Change{ChangeChanged, it.Person.ID, a.Network, a.Relation, a.ID, a.Name,
				p.Decision(), p.Rule(), after, it.Decision.Rule, note, false, false, false, ""})
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
	by := replacements(prev, gone, items, match, placed(items, grouped))
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
	for i, r := range by {
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
			n.change.Note += "; " + againNote(items[n.item].Account, ks, againJoined[n.item])
		}
		if _, ok := guessed[n.item]; !ok && len(mayBe[n.item]) == 0 {
			if a := items[n.item].Account; since.held(a.Network, a.Relation) {
				if newest == nil {
					newest = newestListed(prev, items, match)
				}
				n.change.Note = followedBefore(n.change.Note, a, newest[a.Network+":"+a.Relation], retakenOnce)
			}
		}
		out = append(out, n.change)
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
			earlier := false
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
			out = append(out, Change{ChangeReplaced, id, p.Network(), p.Relation(), p.ID(), p.Name(),
				p.Decision(), p.Rule(), after, afterRule, note, r.guess, false, earlier, hintedKeys(r, items)})
			continue
		}
		note := "no longer followed in the exports (it was kept)"
		if p.Decision() == DecisionUnfollow {
			note = "unfollow done"
		}
		if ok {
			note += "; " + r.note // several new since its second: which, if any, is not guessed
		}
		out = append(out, Change{ChangeGone, p.PersonID(), p.Network(), p.Relation(), p.ID(), p.Name(),
			p.Decision(), p.Rule(), "", "", note, false, false, false, hintedKeys(r, items)})
	}
	rank := map[string]int{ChangeChanged: 0, ChangeNew: 1, ChangeReplaced: 2, ChangeGone: 3}
	slices.SortStableFunc(out, func(a, b Change) int {
		return cmp.Or(cmp.Compare(rank[a.Kind], rank[b.Kind]),
			cmp.Compare(networkRank(a.Network), networkRank(b.Network)), strings.Compare(a.Network, b.Network))
	})
	return out
}

// hintedKeys returns the keys of the new accounts a replacement guesses
// or hints the gone account may be (see Change.Hinted), "" for none. A
// hint of more than maxHinted new accounts, which the note does not name
// in full ("... and 3997 more are new": an export whose addresses all
// changed), gives none: a reminder of it would name no account to look
// at, and n gone accounts each hinting at n new would be n*n keys.
func hintedKeys(r replacement, items []Item) string {
	if !r.guess && len(r.hinted) == 0 || r.item < 0 && len(r.hinted) > maxHinted {
		return ""
	}
	if r.item >= 0 {
		return items[r.item].Account.Key()
	}
	keys := make([]string, len(r.hinted))
	for i, k := range r.hinted {
		keys[i] = items[k].Account.Key()
	}
	return strings.Join(keys, " ")
}

// maxHinted is how many new accounts a hint names in full (see
// hintedKeys).
const maxHinted = 3

// againNote is the note of a new LinkedIn account a made after the run
// that listed the gone accounts of its name (see reconnected): the same
// person's made anew, where it is on the row of one of them (joined), or
// maybe one of keys', for the person to join by hand; never one of them
// under a new id.
func againNote(a *Account, keys []string, joined string) string {
	v := "followed"
	if a.Relation == Connection {
		v = "connected"
	}
	if joined != "" {
		return v + " again: " + joined + ", of its ledger row, is gone (" + v + " after the audit that listed it: no address edited)"
	}
	what := strings.Join(keys[:min(len(keys), 3)], " or ")
	if len(keys) > 3 {
		what += fmt.Sprintf(" or %d more", len(keys)-3)
	}
	return v + " again? it may be " + what + ", gone, of the same name (" + v + " after the audit that listed it: no address edited): if so, move this key to that one's ledger row"
}

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
// is not new, and is a change only where it is decided otherwise now
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

// runDates are the lists of a history, each with the day of the last
// run that held it: a run without the LinkedIn export carries LinkedIn's
// rows with the day of the run before, and an account new to LinkedIn
// since is new since that day, not since the run that did not look.
type runDates []struct{ network, relation, day string }

// listDates returns the lists of prev with their last day. A history
// holds a few lists: they are found by a walk, not a map of its rows.
func listDates(prev []Past) runDates {
	var out runDates
	at := -1 // the list of the row before: rows come in runs of one list
	for i := range prev {
		p := &prev[i]
		network, relation := p.Network(), p.Relation()
		if at < 0 || out[at].network != network || out[at].relation != relation {
			at = slices.IndexFunc(out, func(l struct{ network, relation, day string }) bool {
				return l.network == network && l.relation == relation
			})
			if at < 0 {
				out = append(out, struct{ network, relation, day string }{network, relation, ""})
				at = len(out) - 1
			}
		}
		out[at].day = max(out[at].day, p.AsOf())
	}
	return out
}

// held reports whether a run held the network's list.
func (d runDates) held(network, relation string) bool {
	for _, l := range d {
		if l.network == network && l.relation == relation {
			return true
		}
	}
	return false
}

// of returns the last day of a network's list; for a list no run held
// (or held empty: a history cannot tell), the last day of any, "" for
// none.
func (d runDates) of(network, relation string) string {
	last := ""
	for _, l := range d {
		if l.network == network && l.relation == relation {
			return l.day
		}
		last = max(last, l.day)
	}
	return last
}

// joinPast matches the accounts of items with the previous decisions
// about them. last[i] is the index of the last decision in prev about the
// account of prev[i] (i itself, unless a history edited by hand lists an
// account twice); match[k] is that of items[k]'s account, or -1. Both
// lists are sorted by key hash and walked together: a map of a million
// "network:id" keys costs several times as much.
//
// The two lists are hashed and sorted at once, each on a core, and the
// walk is split in halves: at a million rows each step is a cache miss
// for the strings compared, which two cores take half the time over.
func joinPast(prev []Past, items []Item) (last, match []int32) {
	var ip []radix.Pair
	var wg sync.WaitGroup
	wg.Go(func() {
		ip = make([]radix.Pair, len(items))
		for k := range items {
			ip[k] = radix.Pair{Key: keyHash(items[k].Account), Index: int32(k)}
		}
		ip = radix.Sort(ip)
	})
	pp, last := pastIndex(prev)
	wg.Wait()
	match = make([]int32, len(items))
	inHalves(len(ip), func(from, to int) {
		if from == to {
			return
		}
		j, _ := slices.BinarySearchFunc(pp, ip[from].Key, func(p radix.Pair, k uint64) int { return cmp.Compare(p.Key, k) })
		for _, q := range ip[from:to] {
			match[q.Index] = -1
			for j < len(pp) && pp[j].Key < q.Key {
				j++
			}
			a := items[q.Index].Account
			for n := j; n < len(pp) && pp[n].Key == q.Key; n++ {
				if p := &prev[pp[n].Index]; p.Network() == a.Network && p.ID() == a.ID {
					match[q.Index] = last[pp[n].Index]
					break
				}
			}
		}
	})
	return last, match
}

// pastIndex returns the previous decisions' keys hashed and sorted, and
// last: last[i] is the index of the last decision in prev about the
// account of prev[i] (i itself, unless a history edited by hand lists an
// account twice).
func pastIndex(prev []Past) (pp []radix.Pair, last []int32) {
	pp = make([]radix.Pair, len(prev))
	for i := range prev {
		pp[i] = radix.Pair{Key: keyHashOf(prev[i].Network(), prev[i].ID()), Index: int32(i)}
	}
	pp = radix.Sort(pp) // stable: one key's decisions in file order
	last = make([]int32, len(prev))
	same := func(i, j int32) bool { return prev[i].Network() == prev[j].Network() && prev[i].ID() == prev[j].ID() }
	var firsts []int32 // distinct keys of a run of one hash
	for i := 0; i < len(pp); {
		j := i + 1
		for j < len(pp) && pp[j].Key == pp[i].Key {
			j++
		}
		if j == i+1 { // the usual run: one key
			last[pp[i].Index] = pp[i].Index
			i = j
			continue
		}
		firsts = firsts[:0]
		for _, p := range pp[i:j] {
			last[p.Index] = p.Index
			if k := slices.IndexFunc(firsts, func(f int32) bool { return same(f, p.Index) }); k >= 0 {
				last[firsts[k]] = p.Index // the first of the key keeps the latest index
			} else {
				firsts = append(firsts, p.Index)
			}
		}
		for _, p := range pp[i:j] {
			for _, f := range firsts {
				if same(f, p.Index) {
					last[p.Index] = last[f]
				}
			}
		}
		i = j
	}
	return pp, last
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

// hintID tells a hint (see replacement.hinted) by its slice of new
// items, which the gone rows of one hint share.
type hintID struct {
	first *int
	n     int
}

// firstGone returns the n first of the gone keys of the hints is names
// (hints holds sorted lists, each gone account on one), and how many more
// there are:
// a new account is on one hint most often, two where the gone accounts of
// two runs' days name it.
func firstGone(hints [][]string, is []int, n int) (first []string, more int) {
	total := 0
	at := make([]int, len(is))
	for _, h := range is {
		total += len(hints[h])
	}
	for len(first) < n {
		best := -1
		for j, h := range is {
			if at[j] < len(hints[h]) && (best < 0 || hints[h][at[j]] < hints[is[best]][at[best]]) {
				best = j
			}
		}
		if best < 0 {
			break
		}
		first = append(first, hints[is[best]][at[best]])
		at[best]++
	}
	return first, total - len(first)
}

// newestListed returns, by network and relation ("instagram:following",
// "linkedin:following", "linkedin:connection"), the newest day a follow
// (a connection) was made of the accounts the run of prev listed that are
// followed still (match), dated by that run's day at the latest (a day's
// slack: one followed again since is dated after it). The run's export
// listed that follow, so it was made that day or later: a follow dated
// before it was made before the export, which would have listed it. The
// run's own day is no such bound: an export is made days before it is
// audited, sometimes weeks, and the follows made between are in none.
func newestListed(prev []Past, items []Item, match []int32) map[string]Date {
	out := map[string]Date{}
	for k := range items {
		a := items[k].Account
		if match[k] < 0 || !datedList(a) {
			continue
		}
		day, err := ParseDate(prev[match[k]].AsOf())
		if l := a.Network + ":" + a.Relation; err == nil && a.Since <= day+1 && a.Since > out[l] {
			out[l] = a.Since
		}
	}
	return out
}

// datedList reports whether a is of a list whose day an account's id does
// not change with (see renamedFollows): Instagram's follows, LinkedIn's
// follows and connections, dated.
func datedList(a *Account) bool {
	return !a.Since.IsZero() && (a.Network == Instagram && a.Relation == Following ||
		a.Network == LinkedIn && (a.Relation == Following || a.Relation == Connection))
}

// followedBefore returns the note of a new account, "followed since the
// run of DAY", where the account's follow is dated before that day (a
// day's slack, as in renamedFollows) and before newest (see newestListed;
// zero where none is known), and the run held its list: the run did not
// list it, yet its export was made after the follow, most likely listing
// it under another name (an Instagram username or a LinkedIn name
// changed since, which keeps the day of the follow; a LinkedIn member's
// name and profile address, which keep the day of the connection), so
// "followed since" would be untrue. A follow made after the newest the run listed may
// have been made after its export: no more is said of it. On
// other networks the note stays: Facebook's follow dates are in its ids,
// and a follow read apart from its friend again is new with its old day. With no gone account to pair it with
// (a "renamed?" guess or hint says so), it may be the account of an
// Instagram username another account took since (retaken, keys): named,
// where the account is an Instagram one.
func followedBefore(note string, a *Account, newest Date, retaken func() []string) string {
	d, ok := strings.CutPrefix(note, "followed since the run of ")
	if !ok || !datedList(a) {
		return note
	}
	day, err := ParseDate(d)
	if err != nil || a.Since >= day-1 || !newest.IsZero() && a.Since >= newest {
		return note
	}
	note = "new under this id since the run of " + d + ", which did not list it, though " + sinceVerb(a.Relation) + " " + a.Since.String() +
		": renamed since?"
	if a.Network != Instagram {
		return note
	}
	if ks := retaken(); len(ks) > 0 {
		what := strings.Join(ks[:min(len(ks), 3)], " or ")
		if len(ks) > 3 {
			what += fmt.Sprintf(" or %d more", len(ks)-3)
		}
		note += " it may be the account whose notes are on the ledger row of " + what + ", renamed, its old username taken since by " +
			"the account followed after that run: if so, move this key to that row, and " + what + " to a row of its own"
	}
	return note
}
