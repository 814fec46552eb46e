package audit

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
)

// SplitFollows gives back, as an account of its own, the follow the
// Facebook or LinkedIn importer merged into a friend or connection of its
// name (see ExtraFollow) where the last run (prev) had this friend, and
// another friend or follow of that name, on that network, that these
// exports have not. The importer joins a follow to the one friend (or
// connection) of its name in the export; but two friends called the same,
// one unfriended and followed instead, leave one friend of the name and
// one follow, and whose follow it is cannot be told: merged, it went to
// the namesake still a friend, and the one unfriended counted as an
// unfollow done. Apart, the follow is new (or its own row's, once the
// person put it on a row), and Compare asks about the gone namesake
// ("still followed?"). A follow that the last run had apart, beside two
// namesake friends, keeps its id the same way, and so it does where the
// friend it is joined to now is one the last run did not have (both
// namesakes unfriended, one friended again): joined, its own row was
// left, its notes lost, and changes.csv counted it an unfollow done,
// though it is followed all along. A follow the last run had alone, with
// no friend of its name, is joined to the friend of its name now (the
// person followed, then friended): apart, the friend came back new, on
// blank notes, to unfollow beside a follow kept. So is one the last run
// read alone beside only its friend carried (an export without the
// friends file, the friend read before without its follow), or had on
// the friend's person, one of them carried (see ownFollow): apart, the
// friend and its follow were listed and counted as two accounts. A friend the last run did
// not have (unfriended and friended again, a new date of the friendship)
// keeps the follow: no namesake is told of, and the one account of the
// name new takes the row of the one gone (Known.pinSameName), as before.
// Names are those of joinNames: a Facebook id's, a LinkedIn member's
// folded. It returns acc, with the follows split off appended.
func SplitFollows(acc []Account, prev []Past) []Account {
	if len(prev) == 0 {
		return acc
	}
	type key struct{ network, id string }
	type name struct{ network, s string }
	names := newJoinNames()
	defer names.close()
	want := map[name][]int{} // name -> the friends carrying a follow
	for i := range acc {
		a := &acc[i]
		if a.Extra[ExtraFollow] != "" {
			if s := names.of(a.Network, a.ID, a.Name); s != "" {
				want[name{a.Network, s}] = append(want[name{a.Network, s}], i)
				names.want(s)
			}
		}
	}
	if len(want) == 0 {
		return acc
	}
	last := map[name][]string{} // name -> the last run's ids of it
	tied := map[name]bool{}     // the last run had a friend (connection) of the name
	lastIDs := map[key]bool{}
	// The follow cells of the last run's friends: one it carried (the
	// exports then lacked the friends) has its follow beside it, read
	// alone, and that follow is the friend's, not apart.
	followOf := map[key]string{}
	// The day and person of each of those rows: a row carried keeps the
	// day of the audit that read it, older than the run's own rows, and
	// its person.
	asOf, person := map[key]string{}, map[key]string{}
	names.only = true
	for i := range prev {
		p := &prev[i]
		if p.Relation() == Follower {
			continue
		}
		if f := p.Follow(); f != "" {
			followOf[key{p.Network(), p.ID()}] = f
		}
		n := name{p.Network(), names.of(p.Network(), p.ID(), p.Name())}
		if n.s != "" && want[n] != nil {
			last[n] = append(last[n], p.ID())
			lastIDs[key{n.network, p.ID()}] = true
			asOf[key{n.network, p.ID()}] = p.AsOf()
			person[key{n.network, p.ID()}] = p.PersonID()
			tied[n] = tied[n] || p.Relation() == followTie[n.network]
		}
	}
	if len(last) == 0 {
		return acc
	}
	// The follow cells naming a row of the last run: one that names none
	// (empty, or the friend's follow before a rename that the last run
	// read alone under the new name) says nothing of whose a follow is.
	hasRow := map[key]bool{}
	for _, carriers := range want {
		for _, i := range carriers {
			if f := followOf[key{acc[i].Network, acc[i].ID}]; f != "" {
				hasRow[key{acc[i].Network, f}] = false
			}
		}
	}
	if len(hasRow) > 0 {
		for i := range prev {
			p := &prev[i]
			k := key{p.Network(), p.ID()}
			if _, ok := hasRow[k]; ok && p.Relation() == Following {
				hasRow[k] = true
			}
		}
	}
	for i := range acc {
		if a := &acc[i]; a.Extra[ExtraFollow] != "" {
			base, _, _ := strings.Cut(a.Extra[ExtraFollow], "~")
			lastIDs[key{a.Network, base}] = true // to tell a follow's id taken
		}
	}
	present := map[key]bool{}
	for i := range acc {
		a := &acc[i]
		base, _, _ := strings.Cut(a.ID, "~")
		if lastIDs[key{a.Network, a.ID}] || lastIDs[key{a.Network, base}] {
			present[key{a.Network, a.ID}] = true
		}
	}
	// The friends whose follows go apart: the last run had them, and a
	// namesake (or the follow apart) these exports have not; or the last
	// run had the follow itself apart beside a friend of its name,
	// whoever the friend now. A follow the last run had alone, no friend
	// of its name then, was apart for that only: the friend now is the
	// person followed and then friended, and the follow stays theirs.
	var split []int
	for n, carriers := range want {
		for _, i := range carriers {
			was, gone, apart := false, false, false
			follow, _, _ := strings.Cut(acc[i].Extra[ExtraFollow], "~")
			friend := key{n.network, acc[i].ID}
			for _, id := range last[n] {
				if id == acc[i].ID {
					was = true
				} else if id == follow && followOf[friend] == follow {
					// This friend's own follow, read alone beside it carried.
				} else if id == follow && len(last[n]) == 2 && !hasRow[key{n.network, followOf[friend]}] &&
					ownFollow(asOf[friend], asOf[key{n.network, id}], person[friend], person[key{n.network, id}], followOf[friend], followSince(&acc[i])) {
					// This friend's own follow too: no namesake beside
					// them, see ownFollow.
				} else if !present[key{n.network, id}] {
					gone = true
					base, _, _ := strings.Cut(id, "~")
					apart = apart || base == follow
				}
			}
			if was && gone || apart && tied[n] {
				split = append(split, i)
			}
		}
	}
	slices.Sort(split) // the order of acc, not the map's
	for _, i := range split {
		a := &acc[i]
		base := a.Extra[ExtraFollow]
		id := base
		// Taken, by the friend itself where the follow began the same
		// second: the importer gave it, apart, "~2" (or the next number
		// free), as the last run had it.
		for n := 2; present[key{a.Network, id}]; n++ {
			id = base + "~" + strconv.Itoa(n)
		}
		present[key{a.Network, id}] = true
		f := Account{Network: a.Network, Relation: Following, ID: id, Name: a.Name, FollowsYou: a.FollowsYou}
		if src, followSrc, ok := strings.Cut(a.Source, " + "); ok {
			a.Source, f.Source = src, followSrc
		}
		if ts, err := strconv.ParseInt(facebookSince(a.Network, base), 10, 64); err == nil {
			f.Since = DateOf(time.Unix(ts, 0))
		} else if d, err := ParseDate(a.Extra[ExtraFollowSince]); err == nil {
			f.Since = d
		}
		a.Extra = nil
		acc = append(acc, f)
	}
	return acc
}

// ownFollow reports whether the last run's follow of a friend's name,
// the only other account of the name there, is the friend's own, by the
// days (friendDay, followDay) and person ids of their history rows: the
// follow read alone first beside the friend carried (the friend read
// before without it, followed since), or the two on one ledger row (a
// friend whose follow an export without the friends file read alone,
// friended since in one without the follows, took the follow's row; or
// the person put them together). A follow an audit had apart beside a
// namesake is on a row of its own, and stays apart.
//
// By the days, the follow must also be dated (since, the day it began)
// after the friend's row, or the friend's follow cell (cell, naming no
// row of the last run) name its follow lost under an old id (the two
// renamed, read apart): a follow the export that read the friend held
// too was apart beside it then (a namesake's, the two friends of its
// name unfriended one by one), and stays so. One made between that
// export's download and its audit's day, or not dated, cannot be told
// from it, and stays apart too (docs/limitations-follows.md).
func ownFollow(friendDay, followDay, friendPerson, followPerson, cell string, since Date) bool {
	if friendPerson != "" && friendPerson == followPerson {
		return true
	}
	if friendDay == "" || friendDay >= followDay {
		return false
	}
	if cell != "" {
		return true
	}
	day, err := ParseDate(friendDay)
	return err == nil && !since.IsZero() && since > day
}

// followSince is the day the follow merged into a (its ExtraFollow)
// began: a Facebook follow's id's second, a LinkedIn member follow's
// ExtraFollowSince; 0 where not known.
func followSince(a *Account) Date {
	base, _, _ := strings.Cut(a.Extra[ExtraFollow], "~")
	if ts, err := strconv.ParseInt(facebookSince(a.Network, base), 10, 64); err == nil {
		return DateOf(time.Unix(ts, 0))
	}
	if d, err := ParseDate(a.Extra[ExtraFollowSince]); err == nil {
		return d
	}
	return 0
}

// CarryFollows keeps the follows that the last run (prev) had merged
// into a Facebook friend or LinkedIn connection of their name (its
// history's follow cell, Past.Follow), where these exports hold the
// friends or connections but not the follows (LinkedIn's Connections-only
// "Basic" export): they say nothing of whether that follow stays, so
// the account is not judged on the friends alone. An account these
// exports still have, which the importer could join to no follow, keeps
// the follow's id (ExtraFollow), and the history this run writes keeps it
// for the next run. One they have not (a connection removed) is carried
// as the last run decided it, with its follow, not gone: the covered
// returned says its list is not held, so that Carry keeps it and Judged
// and Compare leave it out, and its person stays followed in the ledger,
// on their notes. The next export with the follows judges it: where the
// follow is there alone, it takes the row of the account of its name gone
// (Known.pinSameName), and is replaced, not new on blank notes; where it
// is not, the account is gone. Without this the friend or connection
// counted gone and no longer followed, though the follow was never read,
// and the next complete export brought the follow back as a new person,
// on blank notes, to unfollow, the notes left on a row followed nowhere.
// One gone whose new id these exports hold (an address edited, a friend
// renamed) is not carried, but replaced, the new account keeping the
// follow's id (see below). A history written before the follow cell has
// none to keep. acc may be
// given Extra values; covered is what the exports hold, and is returned
// as it is where no follow is carried.
func CarryFollows(acc []Account, prev []Past, covered Covered) Covered {
	type key struct{ network, id string }
	type held struct{ relation, follow, name, day string }
	carried := map[key]held{} // the last run's accounts whose follow's list these exports lack
	for i := range prev {
		p := &prev[i]
		f := p.Follow()
		if f == "" || p.Relation() != followTie[p.Network()] {
			continue
		}
		if covered(p.Network(), p.Relation(), p.ID()) && !covered(p.Network(), Following, f) {
			carried[key{p.Network(), p.ID()}] = held{p.Relation(), f, p.Name(), p.AsOf()}
		}
	}
	if len(carried) == 0 {
		return covered
	}
	for i := range acc {
		a := &acc[i]
		k := key{a.Network, a.ID}
		h, ok := carried[k]
		if !ok || a.Relation != h.relation {
			continue
		}
		delete(carried, k)
		giveFollow(a, h.follow)
	}
	if len(carried) == 0 {
		return covered
	}
	// Gone under their id, but where the exports hold the same person's
	// account under a new one, of their name (a LinkedIn profile address
	// edited, a Facebook friend friended again) or, on Facebook, of the
	// same second (a friend renamed), they are not carried: they are gone,
	// and the new account replaces them (see replacements), as it does in
	// an export with the follows. Carried, the old id stayed beside the
	// new one, which came new, not replaced; and the next export with the
	// follows split the follow off it, the last run having a namesake
	// gone (SplitFollows), a person of its own on blank notes. The new
	// account, the one of the old one's name or second, keeps the follow's
	// id, as an account still there does. A LinkedIn connection made after
	// the run that listed the gone one is not its address edited
	// (MadeAfter): the gone one is carried, as one with no new id is.
	type tie struct{ network, relation, s string }
	names := newJoinNames()
	defer names.close()
	gone := map[tie][]key{} // by name and by second
	for k, h := range carried {
		if s := names.of(k.network, k.id, h.name); s != "" {
			gone[tie{k.network, h.relation, s}] = append(gone[tie{k.network, h.relation, s}], k)
			names.want(s)
		}
		if ts := facebookSince(k.network, k.id); ts != "" {
			gone[tie{k.network, h.relation, "." + ts}] = append(gone[tie{k.network, h.relation, "." + ts}], k)
		}
	}
	names.only = true        // a million connections are not folded for a few names
	cands := map[key][]int{} // the gone account -> the accounts of its name or second
	newIDs := map[key]bool{} // those accounts, until the last run is found to have them
	for i := range acc {
		a := &acc[i]
		if a.Relation != followTie[a.Network] {
			continue
		}
		var of []key
		if s := names.of(a.Network, a.ID, a.Name); s != "" {
			of = append(of, gone[tie{a.Network, a.Relation, s}]...)
		}
		if ts := facebookSince(a.Network, a.ID); ts != "" {
			of = append(of, gone[tie{a.Network, a.Relation, "." + ts}]...)
		}
		for _, k := range of {
			if MadeAfter(a, carried[k].day) {
				continue // connected since that run: no address edited (see MadeAfter)
			}
			if !slices.Contains(cands[k], i) {
				cands[k] = append(cands[k], i)
			}
			newIDs[key{a.Network, a.ID}] = true
		}
	}
	if len(newIDs) > 0 {
		for i := range prev {
			if p := &prev[i]; p.Relation() == followTie[p.Network()] {
				delete(newIDs, key{p.Network(), p.ID()})
			}
		}
		taken := map[int]int{} // an account new -> how many gone accounts it may be
		for k, is := range cands {
			is = slices.DeleteFunc(is, func(i int) bool { return !newIDs[key{acc[i].Network, acc[i].ID}] })
			cands[k] = is
			for _, i := range is {
				taken[i]++
			}
		}
		for k, is := range cands {
			if len(is) == 0 {
				continue
			}
			if len(is) == 1 && taken[is[0]] == 1 {
				giveFollow(&acc[is[0]], carried[k].follow)
			}
			delete(carried, k)
		}
		if len(carried) == 0 {
			return covered
		}
	}
	return func(network, relation, id string) bool {
		if h, ok := carried[key{network, id}]; ok && h.relation == relation {
			return false
		}
		return covered(network, relation, id)
	}
}

// giveFollow gives account a the id of the follow an export without the
// follows cannot tell of (see CarryFollows), where the importer joined it
// to none.
func giveFollow(a *Account, follow string) {
	if a.Extra[ExtraFollow] != "" {
		return
	}
	a.Extra = maps.Clone(a.Extra)
	if a.Extra == nil {
		a.Extra = map[string]string{}
	}
	a.Extra[ExtraFollow] = follow
}

// joinNames gives the name by which an importer joins a follow to the
// friend or connection of its name: on Facebook the name part of the id
// (facebookNamePart), on LinkedIn a member's folded name with its
// titles and strokes (JoinName, as the importer joins them; a company is
// nobody's namesake); "" elsewhere. With only set, a LinkedIn name is folded only
// where its first ASCII letter starts one of the names wanted (folding
// keeps it, lower-cased: see foldsFrom): a history of a million rows is
// not folded whole for a few names.
type joinNames struct {
	only  bool
	first [256]bool
	f     *folder
}

func newJoinNames() *joinNames { return &joinNames{f: folders.Get().(*folder)} }

func (j *joinNames) close() { folders.Put(j.f) }

// want records a name looked for, for only.
func (j *joinNames) want(s string) { j.first[s[0]] = true }

func (j *joinNames) of(network, id, name string) string {
	switch network {
	case Facebook:
		return facebookNamePart(id)
	case LinkedIn:
		if name == "" || strings.HasPrefix(id, "company.") {
			return ""
		}
		if c, ok := foldsFrom(name, true); j.only && ok && !j.first[c] {
			return ""
		}
		j.f.joins = true // as the importer joins them: see JoinName
		j.f.out = j.f.appendFold(j.f.out[:0], name)
		j.f.joins = false
		return string(j.f.out)
	}
	return ""
}

// wanted returns a LinkedIn member's name folded as of folds it, where
// want has it, and "" otherwise: only the names wanted are made strings
// (one for each name of a history of a million rows would be).
func (j *joinNames) wanted(name string, want map[string]bool) string {
	if name == "" {
		return ""
	}
	if c, ok := foldsFrom(name, true); j.only && ok && !j.first[c] {
		return ""
	}
	j.f.joins = true
	j.f.out = j.f.appendFold(j.f.out[:0], name)
	j.f.joins = false
	if !want[string(j.f.out)] {
		return ""
	}
	return string(j.f.out)
}

// followTie is, on the networks whose importers join a follow to the one
// friend or connection of its name, the relation it is joined to.
var followTie = map[string]string{Facebook: Friend, LinkedIn: Connection}
