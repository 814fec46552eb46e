package audit

import (
	"encoding/binary"
	"slices"
	"strings"
)

// The guesses of renamed follows whose id is their name (an Instagram
// username, a LinkedIn slug), by the day of the follow, which a rename
// keeps (see replacements).

// renamedFollows guesses, for the network's accounts kept and gone from
// the following and not paired (out), the accounts new to it that were
// followed before the run that listed the gone one: an Instagram id is
// the username, and an account renamed since comes back under its new one
// with the follow's time stamp of before (following.json keeps it); a
// LinkedIn company or member followed is known by a slug of its name, and
// one renamed comes back under a new slug, followed on the day it was
// (Company Follows.csv, Member_Follows.csv); a LinkedIn connection whose
// member changed both their name and their profile address comes back
// under a new id, connected on the day it was (Connected On), where the
// name alone or the address alone would have kept it (see sameName). One
// such gone and one such new account is a guess; more, and the gone rows
// only name what is new. A follow made after that run's export and before
// its day looks alike, hence a guess, for the person to confirm. An
// account the run said to unfollow, gone, is an unfollow done, and counts
// so, whatever is new: after a baseline the person unfollows by the
// thousand, and in a quarter of one unfollow, a follow of the days
// between the export and the audit would take it for a rename (but for
// the one Instagram account gone, where that follow is known to be older
// than the export: see renamedUnfollowed). On LinkedIn, where runs.csv
// dates that run's export (exported), a new account dated after it is no
// rename: it was not in what the run read (see MadeAfter), and
// reconnected names it as made anew. Of the one Instagram account kept
// gone, only a new username that shares a word with its own is a
// candidate (see similarUsernames): one of no word in common is none,
// whatever else is new, so it neither makes the rename one of several
// nor is named on the gone row; with no candidate, the one gone is gone,
// with no hint, and the new one's row asks "renamed since?" (see
// followedBefore). Of several Instagram accounts kept gone, each gone
// row names the candidates of its own username alone, none where it has
// none.
func renamedFollows(network, relation string, prev []Past, gone []int, items []Item, match []int32, out map[int]replacement, taken map[int]bool, free, rowBefore func(k int) bool, exported ExportDays) {
	var ig []int // the gone accounts kept, not paired
	for _, i := range gone {
		if _, ok := out[i]; !ok && prev[i].Network() == network && prev[i].Relation() == relation && prev[i].Decision() == DecisionKeep {
			ig = append(ig, i)
		}
	}
	if len(ig) == 0 {
		if network == Instagram {
			renamedUnfollowed(prev, gone, items, match, out, taken, free, rowBefore)
		}
		return
	}
	var news []int // new followed accounts, with the day of their follow
	for k := range items {
		a := items[k].Account
		if match[k] < 0 && a.Network == network && a.Relation == relation && !a.Since.IsZero() && !taken[k] {
			news = append(news, k)
		}
	}
	// Whether the person placed an account is asked only of those dated
	// before a run, which a guess names: most new follows of a quarter
	// are of the days since, and asking them would build the map of the
	// whole latest grouping for no guess.
	before := func(i int) []int { // the new accounts followed before the run that listed i
		day, err := ParseDate(prev[i].AsOf())
		if err != nil {
			return nil
		}
		made := exported.madeBy(&prev[i])
		var ks []int
		for _, k := range news {
			// A day's slack: the follow's day is UTC's, the audit's the
			// person's, and a follow of the audit's day after the export
			// may be dated the day before (see RetakenUsernames).
			if items[k].Account.Since < day-1 && !MadeAfter(items[k].Account, made) && free(k) {
				ks = append(ks, k)
			}
		}
		return ks
	}
	if len(ig) == 1 {
		i := ig[0]
		ks := before(i)
		if network == Instagram {
			// Nothing but the day points to a rename to a username of
			// no word in common: such an account (one back) is no
			// candidate, as one a ledger row listed is none for
			// renamedUnfollowed, and neither hides the one that is, nor
			// is named on the gone row (see similarUsernames).
			ks = slices.DeleteFunc(ks, func(k int) bool { return !similarUsernames(prev[i].ID(), items[k].Account.ID) })
		}
		switch {
		case len(ks) == 1:
			a := items[ks[0]].Account
			taken[ks[0]] = true
			out[i] = replacement{item: ks[0], guess: true, note: "renamed? " + a.Key() + " is new, " + sinceVerb(relation) + " since " + a.Since.String() +
				", before the audit of " + prev[i].AsOf() + ", which did not list it: if it is them, put it on their ledger row"}
		case len(ks) > 1:
			out[i] = replacement{item: -1, guess: true, hinted: ks,
				note: newHint(ks, items, sinceVerb(relation)+" before the audit of "+prev[i].AsOf()+", which did not list "+itThem(len(ks)))}
		}
		return
	}
	// Several: the gone rows name what is new. On Instagram, each names
	// only the new usernames that share a word with its own, none where
	// none does, as the one gone alone is guessed only by such a one:
	// naming every new one followed before, each gone row named
	// accounts back of no word in common, and each new row said it "may
	// be" any of the gone ones.
	type hint struct {
		note string
		ks   []int
	}
	befores := map[string][]int{} // the new accounts before(i), by the day of the run: most gone rows share one
	// The hints, by the day of the run where a gone row names every new
	// account of before, else by the day and the accounts it names: the
	// gone rows that name the same share one, its note and its slice (see
	// hintID), so that thousands of accounts kept gone, and as many new
	// of a word they all share, make one hint, not one each. Looked up
	// without a string made for each row.
	hints := map[string]hint{}
	indexes := map[string]*wordIndex{} // of the new usernames of befores, by the same day
	var named []int                    // the new accounts a gone row names
	var id []byte
	for _, i := range ig {
		day := prev[i].AsOf()
		ks, ok := befores[day]
		if !ok {
			ks = before(i)
			befores[day] = ks
		}
		id = append(id[:0], day...)
		if network == Instagram && len(ks) > 0 {
			ix := indexes[day]
			if ix == nil {
				ix = newWordIndex(ks, items)
				indexes[day] = ix
			}
			named = ix.sharing(named[:0], usernameWords(strings.ToLower(prev[i].ID())))
			if len(named) < len(ks) {
				id = append(id, 0)
				for _, k := range named {
					id = binary.AppendUvarint(id, uint64(k))
				}
			}
		}
		h, ok := hints[string(id)]
		if !ok {
			if len(id) > len(day) {
				ks = slices.Clone(named)
			}
			if len(ks) > 0 {
				h = hint{newHint(ks, items, sinceVerb(relation)+" before the audit of "+day+", which did not list "+itThem(len(ks))), ks}
			}
			hints[string(id)] = h
		}
		if h.note != "" {
			out[i] = replacement{item: -1, note: h.note, guess: true, hinted: h.ks}
		}
	}
}

// itThem is the pronoun of n new accounts a gone row names: of several
// gone, each names those that share a word with its own, most often one.
func itThem(n int) string {
	if n == 1 {
		return "it"
	}
	return "them"
}

// renamedUnfollowed guesses, where the one Instagram account gone from
// the following is one the run said to unfollow (and none kept is gone),
// the one account new to it followed before the newest follow that run
// listed and follows still (see newestListed): that run's export was made
// after that follow, so after this one's, and would have listed it; it
// did not, and it is most likely the one gone, its username changed,
// which the person follows still: "renamed?", gone but no unfollow done.
// Not where that bound is not known (no follow that run listed is
// followed still): a follow of the days between that run's export and
// its day looks alike. Nor where more are gone: after a baseline the
// person unfollows by the thousand, and which of them is renamed is not
// told (each stays an unfollow done; the new account's row says
// "renamed since?"). Nor is an account a ledger row listed before that
// run (rowBefore) one: a username is no rename of another, but an account
// back (deactivated at that run's export, or followed again). Nor is one
// whose username shares no word with the gone one's (see
// similarUsernames): an account back that no ledger row knows
// (deactivated at the export of the first audit) is dated so too. Both
// are left out before the new accounts are counted: an account back
// beside the one renamed does not make it one of several, unguessed.
func renamedUnfollowed(prev []Past, gone []int, items []Item, match []int32, out map[int]replacement, taken map[int]bool, free, rowBefore func(k int) bool) {
	g := -1
	for _, i := range gone {
		if p := &prev[i]; p.Network() == Instagram && p.Relation() == Following {
			if _, ok := out[i]; ok || g >= 0 || p.Decision() != DecisionUnfollow {
				return
			}
			g = i
		}
	}
	if g < 0 {
		return
	}
	day, err := ParseDate(prev[g].AsOf())
	if err != nil {
		return
	}
	newest := newestListed(prev, items, match)[Instagram+":"+Following]
	if newest.IsZero() {
		return
	}
	k := -1
	for j := range items {
		a := items[j].Account
		// A username of no word in common with the gone one's is no
		// candidate, as one a ledger row listed before is none: neither
		// makes the one renamed one of several. Asked first, as rowBefore
		// may read the history files.
		if match[j] >= 0 || a.Network != Instagram || a.Relation != Following || a.Since.IsZero() ||
			a.Since >= day-1 || a.Since >= newest || taken[j] || !similarUsernames(prev[g].ID(), a.ID) || rowBefore(j) {
			continue
		}
		if k >= 0 {
			return // several: which, if any, is not guessed
		}
		k = j
	}
	if k < 0 || !free(k) {
		return
	}
	a := items[k].Account
	taken[k] = true
	out[g] = replacement{item: k, guess: true, note: "renamed? " + a.Key() + " is new, followed since " + a.Since.String() +
		", before a follow the audit of " + prev[g].AsOf() + " listed, which did not list it: if it is them, you follow them still; put it on their ledger row"}
}

// rowBefore returns whether item k's account is one its ledger row listed
// before the run compared with (prev): an account new to a list that the
// ledger knew already. That is every account of the item's person being
// one the row lists (Merge's inRow), but where the latest grouping, not
// prev's (grouped, see CompareGrouped), gave the account that very row:
// a run again on the day of the last audit reads the row that audit
// wrote, listing the account it found new, and a review given exports
// since writes the new people's rows too. Such a row knew it before prev
// only where a run up to prev listed it (listed, see CompareIndexed), as
// the history shows; otherwise the run makes the guesses the first one
// compared with prev made. A key typed by hand before that first run on
// a row, and no run's, is then taken as that run's own.
func rowBefore(items []Item, grouped func(key string) string, listed func(key string) bool) func(k int) bool {
	return func(k int) bool {
		it := &items[k]
		if it.Person == nil || !it.Person.inRow() {
			return false
		}
		if grouped == nil || listed == nil {
			return true
		}
		if key := it.Account.Key(); grouped(key) == it.Person.ID {
			return listed(key)
		}
		return true
	}
}

// similarUsernames reports whether two Instagram usernames share a word,
// as a rename most often keeps one (noor.h and noor.hassan, alice.moreau
// and alice.m.studio, jdoe and john.doe): a word is a run of three
// letters or more between '.', '_' and digits ("noor", "hassan"; "h" is
// none), any case, and the two share one where a word of one begins or
// ends a word of the other ("noor" begins "noorhassan", "doe" ends
// "jdoe").
//
// It is the evidence renamedFollows and renamedUnfollowed ask of an
// Instagram rename beside the day of the follow. An account deactivated
// when an audit's export was made, and back since, comes back with the
// day of its follow, before that audit's, as a renamed account does;
// where it was deactivated already at the first audit's export, no
// ledger row knows it (rowBefore), and beside an account gone (itself
// deactivated, or unfollowed) it was taken for that one renamed: the one
// gone was counted neither gone nor an unfollow done. The export gives
// nothing else to tell the two apart (no id, no name, no day of a
// rename). So an account gone and one new of usernames with no word in
// common are no guess: the one gone is reported as any account gone from
// the export ("no longer followed in the exports (it was kept)", or
// "unfollow done"), and the new one's row says it was followed before the
// run that did not list it ("renamed since?", see followedBefore), for
// the person to look; beside a new one that shares a word, it is left
// out, and that one guessed as if alone. The cost: an account renamed to a username of no
// word of the old one (a shop's new brand) counts gone, or an unfollow
// done, one too many, as where several are gone; and an account back of a
// username that shares a word with the one gone is still guessed, for
// the person to confirm.
func similarUsernames(a, b string) bool {
	return shareWord(usernameWords(strings.ToLower(a)), usernameWords(strings.ToLower(b)))
}

// shareWord reports whether a word of wa begins or ends a word of wb, or
// one of wb one of wa: similarUsernames of the usernames of those words,
// made once where one username is compared with many.
func shareWord(wa, wb []string) bool {
	for _, x := range wa {
		for _, y := range wb {
			short, long := x, y
			if len(short) > len(long) {
				short, long = long, short
			}
			if strings.HasPrefix(long, short) || strings.HasSuffix(long, short) {
				return true
			}
		}
	}
	return false
}

// A wordIndex finds the new accounts whose usernames share a word with
// another username (see shareWord) without comparing it with each of
// them: thousands of Instagram accounts kept gone in one quarter, beside
// as many new, were each compared with every new one (3,500 of each: 12
// million comparisons). A word x shares with a word y where the shorter
// begins or ends the longer: y is found under x among the beginnings and
// ends of three letters or more of every new word (ends), and, where y is
// the shorter, under each beginning and end of x among the new words
// (whole). Its size is that of the new usernames' words, a few times.
type wordIndex struct {
	ends, whole map[string][]int // to the new accounts, in the order of ks, each once
}

// newWordIndex indexes the usernames of the new accounts ks, in the
// order of ks, which is the items' (see sharing).
func newWordIndex(ks []int, items []Item) *wordIndex {
	ix := &wordIndex{ends: map[string][]int{}, whole: map[string][]int{}}
	add := func(m map[string][]int, w string, k int) {
		if l := m[w]; len(l) == 0 || l[len(l)-1] != k {
			m[w] = append(l, k)
		}
	}
	for _, k := range ks {
		for _, w := range usernameWords(strings.ToLower(items[k].Account.ID)) {
			add(ix.whole, w, k)
			for n := 3; n <= len(w); n++ {
				add(ix.ends, w[:n], k)
				add(ix.ends, w[len(w)-n:], k)
			}
		}
	}
	return ix
}

// sharing appends to named the new accounts whose usernames share a word
// with one of own (the words of a username, see usernameWords), each once,
// in the order of the items, and returns it.
func (ix *wordIndex) sharing(named []int, own []string) []int {
	start := len(named)
	for _, x := range own {
		named = append(named, ix.ends[x]...)
		for n := 3; n < len(x); n++ {
			named = append(named, ix.whole[x[:n]]...)
			named = append(named, ix.whole[x[len(x)-n:]]...)
		}
	}
	found := named[start:]
	slices.Sort(found)
	return append(named[:start], slices.Compact(found)...)
}

// usernameWords returns the runs of three letters or more of u, a
// lower-cased username (see similarUsernames).
func usernameWords(u string) []string {
	var words []string
	start := -1
	for i := 0; i <= len(u); i++ {
		letter := i < len(u) && 'a' <= u[i] && u[i] <= 'z'
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			if i-start >= 3 {
				words = append(words, u[start:i])
			}
			start = -1
		}
	}
	return words
}
