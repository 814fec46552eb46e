package audit

import (
	"fmt"
	"strings"
)

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
func againNote(a *Account, keys []string, joined string, afterExport bool) string {
	v := "followed"
	if a.Relation == Connection {
		v = "connected"
	}
	after := v + " after the audit that listed it"
	if afterExport {
		// Before that audit's day, after the export it read.
		after = v + " after the export the audit that listed it read"
	}
	if joined != "" {
		return v + " again: " + joined + ", of its ledger row, is gone (" + after + ": no address edited)"
	}
	what := strings.Join(keys[:min(len(keys), 3)], " or ")
	if len(keys) > 3 {
		what += fmt.Sprintf(" or %d more", len(keys)-3)
	}
	return v + " again? it may be " + what + ", gone, of the same name (" + after + ": no address edited): if so, move this key to that one's ledger row"
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

// replacedNote is the note of p, gone, whose person has a, new to its
// list, in its place: the account's id changed (a LinkedIn profile
// address edited keeps the connection's date). But for a LinkedIn
// account made after the export the run that listed p read (exported,
// see ExportDays), and no later than that run's day: it was not in that
// export, so it is no address edited but a connection (follow) made
// anew, before that run all the same. It stays p's replaced row, as that
// run's decision was of the person then connected, counted neither gone
// nor new, and its follow missing no unfollow done (see movedTies); only
// what it is said to be changes. One made after the run's day is no
// replacement at all (see replacements, reconnected).
func replacedNote(p *Past, a *Account, exported ExportDays) string {
	if MadeAfter(a, exported.madeBy(p)) {
		v := "connected"
		if a.Relation != Connection {
			v = "followed"
		}
		return "now " + a.Key() + ", the same person's, " + v + " on " + a.Since.String() + ", after " + madeAfterWhat(p, a, exported) +
			": " + v + " anew, not the account's id changed"
	}
	return "now " + a.Key() + ", the same person's: the account's id changed"
}

// madeAfterWhat names what a, a LinkedIn account made after the export
// the run that listed p read (MadeAfter, of exported.madeBy), was made
// after: "the audit of 2026-08-25"; or, where it is dated no later than
// that run's day, after that export, which runs.csv dates (ExportDays),
// "the export of 2026-08-20 that the audit of 2026-08-25 read": made
// anew all the same, but not after the audit.
func madeAfterWhat(p *Past, a *Account, exported ExportDays) string {
	if afterExport(p, a, exported) {
		return "the export of " + exported.madeBy(p) + " that the audit of " + p.AsOf() + " read"
	}
	return "the audit of " + p.AsOf()
}

// afterExport reports whether a is made after the export the run that
// listed p read, where runs.csv dates it, and no later than that run's
// day: in none of what that run read, though made before it.
func afterExport(p *Past, a *Account, exported ExportDays) bool {
	day := exported.madeBy(p)
	return day != p.AsOf() && MadeAfter(a, day) && !MadeAfter(a, p.AsOf())
}

// NewSince is the note of an account new since the run of day (the
// previous run where day is ""): "followed since the run of DAY", or for
// a YouTube channel, in the words of its list as its gone row's "no
// longer subscribed to" and its "subscribed again" are, "subscribed since
// the run of DAY". Other relations keep "followed since", which
// followedBefore and the rename guesses read back.
func NewSince(relation, day string) string {
	verb := "followed"
	if relation == Subscription {
		verb = "subscribed"
	}
	if day == "" {
		return verb + " since the previous run"
	}
	return verb + " since the run of " + day
}
