package audit

import (
	"io"
	"strings"
)

// Accounts followed again after an unfollow done.
//
// An account an audit said to unfollow, gone from the next export (an
// unfollow done), and followed again a quarter or more later is new since
// the run compared with, which does not list it: its row said only
// "followed since the run of …", as of an account never followed. The
// person decided to unfollow it, and the row now says so, from the
// history file of the audit that last listed it.
//
// That file is older than the one the comparison reads, and the older
// files are as many million-row files as the workspace had runs: they are
// read only for the accounts new since the run compared with whose key a
// ledger row a run wrote already lists (FollowedAgainKeys: an account
// never followed before is on no row, nor is one the merge gave its row
// by name), newest first, a row at a time, and no further once each is
// found (LastListings). A quarter with no such account reads none.

// A Listing is what the newest history file that lists an account as
// followed says of it: the day of the run that decided it, and the
// decision and rule. The zero Listing is an account not found yet.
type Listing struct {
	AsOf, Decision, Rule string
}

// FollowedAgainKeys returns the keys of the accounts of changes new since
// the run compared with (followed or subscribed to: a friend or a
// connection gone may have been ended by the other side) that a ledger
// row a run wrote listed before this run (onRow), for LastListings to
// look up; nil for none, and then no history file need be read.
func FollowedAgainKeys(changes []Change, onRow func(key string) bool) map[string]Listing {
	var out map[string]Listing
	for i := range changes {
		c := &changes[i]
		if c.Kind != ChangeNew || (c.Relation != Following && c.Relation != Subscription) {
			continue
		}
		if k := c.Network + ":" + c.ID; onRow(k) {
			if out == nil {
				out = map[string]Listing{}
			}
			out[k] = Listing{}
		}
	}
	return out
}

// LastListings fills in, for each key of want not found yet, the Listing
// of the row of the history file r (name for errors) that lists it as
// followed (a follower's row is passed over), and returns how many keys
// are left. Give it the files newest first: the first found is the newest.
// The file is read a row at a time, and no further once every key is
// found; a row's cells, lent by the reader, are looked up as they are
// and copied only for a key found (see RelationsIn).
func LastListings(want map[string]Listing, r io.Reader, name string) (left int, err error) {
	at := map[pastKey]string{}
	for k, l := range want {
		if l == (Listing{}) {
			at[splitKey(k)] = k
		}
	}
	left = len(at)
	if left == 0 {
		return 0, nil
	}
	// A look-up: nothing of the file is written, and a newer version's
	// columns are passed over.
	cr, _, err := historyReader(r, name, viewNewer)
	if err != nil {
		return left, err
	}
	for left > 0 {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return left, historyDamaged(name, err, rec, cr)
		}
		key, ok := at[pastKey{Unneutralize(rec[2]), Unneutralize(rec[4])}]
		if !ok || want[key] != (Listing{}) || Unneutralize(rec[3]) == Follower {
			continue
		}
		want[key] = Listing{AsOf: strings.Clone(Unneutralize(rec[0])), Decision: strings.Clone(Unneutralize(rec[6])), Rule: strings.Clone(Unneutralize(rec[7]))}
		left--
	}
	return left, nil
}

// MarkFollowedAgain adds to the note of each new row of changes whose
// account listed (LastListings) says an audit decided to unfollow that
// it is followed again, and since when it was unfollowed: "followed
// again: unfollowed after the audit of DAY, which said to unfollow it
// (rule unknown)", or for a YouTube channel "subscribed again:
// unsubscribed after the audit of DAY, which said to unsubscribe (rule
// unknown)". An account that audit kept, gone and back, is not said so:
// the person did not decide to unfollow it (it may have been deactivated).
// Nor is one whose follow items (the accounts read) date before that
// audit's day (a day's slack, as followedBefore): an Instagram account
// back with the day of a follow that audit's export listed was not
// followed again but deactivated and reactivated (see renamedFollows),
// and "followed again" would tell the person they had undone their own
// unfollow. A list that dates no follow (X/Twitter's, YouTube's) tells
// nothing of it, and is said so.
func MarkFollowedAgain(changes []Change, listed map[string]Listing, items []Item) {
	if len(listed) == 0 {
		return
	}
	var told map[followKey]Date // the follows to tell of, with the day of the audit that listed them
	for i := range changes {
		c := &changes[i]
		if l, ok := listed[c.Network+":"+c.ID]; ok && c.Kind == ChangeNew && l.Decision == DecisionUnfollow {
			if day, err := ParseDate(l.AsOf); err == nil {
				if told == nil {
					told = map[followKey]Date{}
				}
				told[followKey{c.Network, c.Relation, c.ID}] = day
			}
		}
	}
	if len(told) == 0 {
		return
	}
	// Back by itself: dated before the audit that listed it.
	for i := range items {
		a := items[i].Account
		if day, ok := told[followKey{a.Network, a.Relation, a.ID}]; ok && datedList(a) && a.Since < day-1 {
			delete(told, followKey{a.Network, a.Relation, a.ID})
		}
	}
	for i := range changes {
		c := &changes[i]
		if _, ok := told[followKey{c.Network, c.Relation, c.ID}]; !ok || c.Kind != ChangeNew {
			continue
		}
		l := listed[c.Network+":"+c.ID]
		what := "followed again: unfollowed after the audit of " + l.AsOf + ", which said to unfollow it"
		if c.Relation == Subscription {
			what = "subscribed again: unsubscribed after the audit of " + l.AsOf + ", which said to unsubscribe"
		}
		if l.Rule != "" {
			what += " (rule " + l.Rule + ")"
		}
		c.Note += "; " + what
	}
}

// A followKey is an account of a list: its network, relation and id.
type followKey struct{ network, relation, id string }
