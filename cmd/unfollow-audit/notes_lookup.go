package main

import (
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/importers"
)

// notesOf returns a function giving the annotations of the people of
// items whose changes a policy decided, or the meeting's lapse (see
// lapsedNote), looked up in one walk of items, and only where there are
// such changes.
func notesOf(items []audit.Item, changes []audit.Change) func(string) *audit.Annotations {
	var byPerson map[string]*audit.Annotations
	for _, c := range changes {
		if (c.AfterRule == audit.RulePolicy || c.AfterRule == audit.RuleLapsed) && c.BeforeRule == audit.RuleMet {
			if byPerson == nil {
				byPerson = map[string]*audit.Annotations{}
			}
			byPerson[c.PersonID] = nil
		}
	}
	if byPerson != nil {
		for i := range items {
			if id := items[i].Person.ID; byPerson[id] == nil {
				if _, ok := byPerson[id]; ok {
					byPerson[id] = items[i].Notes()
				}
			}
		}
	}
	return func(id string) *audit.Annotations { return byPerson[id] }
}

// lastReadOf returns a function giving, for the people whose changes
// lapsedNote looks at (kept for a meeting then), the latest day of their
// rows in rows (the run compared with, compared in runs), 0 for others,
// looked up in one walk of rows, and only where there are such changes;
// and the window that decided their rows of that day: the run's that read
// each row's list, up to the one compared with (see decidedWindow), not
// the rerun's that carried it (a rerun given fewer exports dates the rows
// it carries with their day, its own); the last run of that day's where
// runs.csv does not tell (runs.csv's met_within), window where it does
// not say either. Of rows of that day decided by different windows, the
// widest: the person lapsed before that day only where every audit that
// decided them then would have.
func lastReadOf(rows []audit.Past, changes []audit.Change, runs []audit.RunStat, compared string, window audit.Span) func(string) (audit.Date, audit.Span) {
	var latest map[string]string
	for _, c := range changes {
		if c.BeforeRule == audit.RuleMet && c.After == audit.DecisionUnfollow {
			if latest == nil {
				latest = map[string]string{}
			}
			latest[c.PersonID] = ""
		}
	}
	if latest == nil {
		return func(string) (audit.Date, audit.Span) { return 0, window }
	}
	for i := range rows {
		p := &rows[i]
		// Days are YYYY-MM-DD: the latest is the greatest string.
		if day, ok := latest[p.PersonID()]; ok && p.AsOf() > day {
			latest[p.PersonID()] = p.AsOf()
		}
	}
	windows := audit.MetWindows(runs, audit.RunOf(compared))
	decided := decidedWindow(runs)
	upTo := audit.RunOf(compared)
	widest := map[string]audit.Span{}
	for i := range rows {
		p := &rows[i]
		day, ok := latest[p.PersonID()]
		if !ok || p.AsOf() != day {
			continue
		}
		d, err := audit.ParseDate(day)
		if err != nil {
			continue
		}
		w := decided(upTo, p)
		if !w.OK {
			w.Span = window
			if byDay, ok := windows[d]; ok {
				w.Span = byDay
			}
		}
		if was, ok := widest[p.PersonID()]; !ok || w.Span.Before(d) < was.Before(d) {
			widest[p.PersonID()] = w.Span
		}
	}
	return func(id string) (audit.Date, audit.Span) {
		d, _ := audit.ParseDate(latest[id]) // 0 for "" or a day not read
		if w, ok := widest[id]; ok && d != 0 {
			return d, w
		}
		return d, window
	}
}

// readKeys returns what followAgainNote takes: whether these exports (c)
// hold every list a ledger key may be on (importers.Coverage.HoldsKey), or
// the last audit of its network did (last, see lastOfNetworks: a key of
// its lists followed then would be carried now), and the key is not one
// named as in none of the exports (unseen, and the untraced keys).
func readKeys(c importers.Coverage, last []audit.RunStat, unseen []audit.UnseenKey) func(key string) bool {
	lists := map[string]string{}
	for _, r := range last {
		lists[r.Network] = r.Lists
	}
	typo := map[string]bool{}
	for _, u := range unseen {
		typo[u.Key] = true
	}
	return func(key string) bool {
		network, id, _ := strings.Cut(key, ":")
		return !typo[key] && (c.HoldsKey(network, id) || c.HeldKeyBy(network, lists[network], id))
	}
}

// holdsKeys says whether these exports hold every list a key may be on,
// none of its network's lists carried (lookedFor, see auditNotes), and the
// run does not name the key as typed wrong (unseen): see
// followAgainThereNote.
func holdsKeys(lookedFor func(network, id string) bool, unseen []audit.UnseenKey) func(key string) bool {
	typo := map[string]bool{}
	for _, u := range unseen {
		typo[u.Key] = true
	}
	return func(key string) bool {
		network, id, _ := strings.Cut(key, ":")
		return !typo[key] && lookedFor != nil && lookedFor(network, id)
	}
}

// followedKeys returns which of keys are keys of accounts the exports
// list as followed, or as a friend or connection (items): see
// followedItems.
func followedKeys(items []audit.Item) func(keys []string) map[string]bool {
	find := followedItems(items)
	return func(keys []string) map[string]bool {
		found := find(keys)
		out := make(map[string]bool, len(found))
		for k := range found {
			out[k] = true
		}
		return out
	}
}

// followedItems returns the accounts the exports list as followed, or as
// a friend or connection (items), of keys, by key. The items are looked
// up by network and id, with no key made of each: at a million accounts
// that was 0.4 s and a map of a million strings, for the few keys a note
// asks about. With no keys, none is looked at.
func followedItems(items []audit.Item) func(keys []string) map[string]*audit.Item {
	return func(keys []string) map[string]*audit.Item {
		if len(keys) == 0 {
			return map[string]*audit.Item{}
		}
		out := make(map[string]*audit.Item, len(keys)) // most are found: no growth
		type netID struct{ network, id string }
		wanted := make(map[netID]string, len(keys))
		// The lengths of the ids wanted, one bit each (those of 256 bytes
		// or more share the last): an id of another length is passed
		// over without hashing it, which at a million accounts is most of
		// the time the lookup took.
		var lens [4]uint64
		for _, k := range keys {
			network, id, _ := strings.Cut(k, ":")
			wanted[netID{network, id}] = k
			n := min(len(id), 255)
			lens[n>>6] |= 1 << (n & 63)
		}
		for i := range items {
			if len(out) == len(wanted) {
				break
			}
			a := items[i].Account
			if n := min(len(a.ID), 255); lens[n>>6]&(1<<(n&63)) == 0 {
				continue
			}
			if k, ok := wanted[netID{a.Network, a.ID}]; ok {
				out[k] = &items[i]
			}
		}
		return out
	}
}

// movedKeys returns whether movedNote names a key (see renamedMaybe).
func movedKeys(changes []audit.Change) func(key string) bool {
	keys := map[string]bool{}
	for i := range changes {
		if c := &changes[i]; renamedMaybe(c) {
			keys[c.Network+":"+c.ID] = true
		}
	}
	return func(key string) bool { return keys[key] }
}
