package audit

// A Retaken account is an Instagram account followed after the audit
// that listed its username: followed again since, or another account
// that took the username once its owner renamed theirs (see
// RetakenUsernames).
type Retaken struct {
	Key      string // "instagram:username"
	PersonID string // the person the merge gave it: the row of the username's notes
	Followed Date   // when it was followed, as following.json says
	Listed   string // the day of the audit that listed the username
	// Renamed are the keys of the Instagram accounts new since that
	// audit (no run listed them) yet followed before it: the username's
	// owner renamed, maybe, whose notes the row holds (three at most).
	Renamed []string
}

// RetakenUsernames returns the Instagram accounts followed after the audit
// (of prev) that listed their username, and kept by the notes of its row,
// in items' order. An Instagram id is the username, which its owner can
// change and another account then take: the account that took it comes on
// the row of the username's notes (the ledger lists the key), though the
// follow the audit saw was older. Whether it is an account followed again
// since (the same one, whose notes they are) or another (whose they are
// not) the exports cannot tell: the person is asked. A follow of the
// audit's day (or the next, in UTC) is left out, as the export may have
// been made after it; so
// is an account its row's notes do not keep: a stranger unfollowed is
// what the person would do (most such rows have no notes at all: the
// tool's own row of an account refollowed, or of one followed after the
// day an audit was given with --as-of, which its export listed). Only
// the rows of prev of such accounts are looked up.
func RetakenUsernames(prev []Past, items []Item) []Retaken {
	// The items first: a re-audit of no Instagram follow kept makes no
	// map, and looks up no row of a history of a million.
	var ks []int // the Instagram follows kept and dated
	for k := range items {
		if a := items[k].Account; items[k].Decision.Keep && a.Network == Instagram && a.Relation == Following && !a.Since.IsZero() {
			ks = append(ks, k)
		}
	}
	if len(ks) == 0 {
		return nil
	}
	type row struct {
		day, person string
		ok          bool
	}
	byID := make(map[string]int, len(ks))
	for j, k := range ks {
		byID[items[k].Account.ID] = j
	}
	listed := make([]row, len(ks)) // the last row of prev that listed each
	for i := range prev {
		if p := &prev[i]; p.Network() == Instagram && p.Relation() == Following {
			if j, ok := byID[p.ID()]; ok {
				listed[j] = row{p.AsOf(), p.PersonID(), true}
			}
		}
	}
	var out []Retaken
	for j, k := range ks {
		a, r := items[k].Account, listed[j]
		if !r.ok || items[k].Person.ID != r.person {
			continue // not listed, or a row of its own since (the person split it off): theirs
		}
		// A day's slack: the follow's day is UTC's, from its time stamp,
		// and the audit's the person's own, given with --as-of: a follow
		// in the evening of the audit's day, west of Greenwich, is dated
		// the day after it.
		if d, err := ParseDate(r.day); err == nil && a.Since > d+1 {
			out = append(out, Retaken{Key: a.Key(), PersonID: r.person, Followed: a.Since, Listed: r.day})
		}
	}
	if len(out) > 0 {
		renamedRetaken(prev, items, out)
	}
	return out
}

// renamedRetaken fills in each Retaken's Renamed: the Instagram accounts
// followed that no row of prev lists, dated before the audit that listed
// the username (a day's slack, as in renamedFollows) and before the
// newest follow that audit listed, still followed (see newestListed): one
// followed after it may have been followed after that audit's export.
func renamedRetaken(prev []Past, items []Item, out []Retaken) {
	listed := map[string]string{} // id -> the day of the run that listed it
	for i := range prev {
		if p := &prev[i]; p.Network() == Instagram && p.Relation() == Following {
			listed[p.ID()] = p.AsOf()
		}
	}
	var newest Date
	for k := range items {
		a := items[k].Account
		if a.Network != Instagram || a.Relation != Following || a.Since.IsZero() {
			continue
		}
		if day, err := ParseDate(listed[a.ID]); err == nil && a.Since <= day+1 && a.Since > newest {
			newest = a.Since
		}
	}
	for k := range items {
		a := items[k].Account
		if a.Network != Instagram || a.Relation != Following || a.Since.IsZero() || listed[a.ID] != "" ||
			!newest.IsZero() && a.Since >= newest {
			continue
		}
		for j := range out {
			if d, err := ParseDate(out[j].Listed); err == nil && a.Since < d-1 && len(out[j].Renamed) < 3 {
				out[j].Renamed = append(out[j].Renamed, a.Key())
			}
		}
	}
}
