package audit

import (
	"slices"
	"strings"
)

// LastRun gives k the last run's decisions: for pinLastRun, and for
// pinRenamed to check the ledger's account of a Facebook friend's second
// against them (a ledger whose rows were deleted by hand does not list
// every friend of that second, and the history of the run does).
func (k *Known) LastRun(prev []Past) {
	if k == nil || len(prev) == 0 {
		return // no last run (a first one, or a ledger without history): the ledger alone decides
	}
	k.last = prev
	k.lastFacebook = map[string]map[string]bool{}
	for i := range prev {
		p := &prev[i]
		if s := facebookSince(p.Network(), p.ID()); s != "" {
			ids := k.lastFacebook[s]
			if ids == nil {
				ids = map[string]bool{}
				k.lastFacebook[s] = ids
			}
			ids[p.ID()] = true
		}
	}
}

// ReviewedNames gives k the record of a review given exports since the
// last run (the accounts it read, as it decided them), whose ledger the
// review wrote: a ledger name cell that review gave an account's new name
// is the tool's as that name, and one it left is judged by the record's
// name, not by the last run's (see Ledger.renameWritten). The record
// holds the accounts of the networks the review was given; the others
// are judged by the last run's history. record is given in parts (the
// record's followed accounts, then its carried ones), read in that order.
func (k *Known) ReviewedNames(record ...[]Past) {
	if k != nil {
		k.named = record
	}
}

// pinLastRun gives an account that no ledger row lists the person the
// last run's history gave it, where that person has a row, and returns
// the accounts it gave a person. A ledger saved from a copy older than
// the last run (the spreadsheet had it open while the tool ran) lacks the
// keys that run added to rows: a renamed Facebook friend's new id, a
// LinkedIn connection's new address. Without this the account became a
// person of its own, on blank notes, and a friend kept as met was
// unfollowed. The row then lists the account again (Ledger.Update), and
// the run says so (Regrouped). A key the person took off a row goes back
// the same way: a row of its own is what splits an account from a person.
func (k *Known) pinLastRun(acc []Account, owners []int32) (pinned []int32) {
	if k.Len() == 0 || len(k.last) == 0 {
		return nil
	}
	type key struct{ network, id string }
	unowned := map[key]int32{}
	for i := range acc {
		if owners[i] < 0 {
			unowned[key{acc[i].Network, acc[i].ID}] = int32(i)
		}
	}
	if len(unowned) == 0 {
		return nil
	}
	person := map[int32]string{} // account -> its person in the last run (a history edited by hand: the last row)
	for i := range k.last {
		p := &k.last[i]
		if a, ok := unowned[key{p.Network(), p.ID()}]; ok {
			person[a] = p.PersonID()
		}
	}
	if len(person) == 0 {
		return nil
	}
	byID := map[string][]int32{}
	for a, id := range person {
		byID[id] = append(byID[id], a)
	}
	for o := range k.rows {
		for _, a := range byID[k.id(int32(o))] {
			owners[a] = int32(o)
			pinned = append(pinned, a)
		}
	}
	slices.Sort(pinned)
	return pinned
}

// foldedName is a name as the merge compares it (FoldName), on a network.
type foldedName struct{ network, fold string }

// oneOfName indexes accounts by their folded name: at holds the index of
// the one account of a name, -1 where several share it. pinSameName and
// pinFollowOfFriend look the last run's names up in it, a million of
// them on a re-audit, and folding a million names takes 0.3 s: find
// folds a name that starts with an ASCII letter only where that letter
// starts a name indexed (folding keeps it, lower-cased, but where a title
// is dropped: see foldsFrom).
type oneOfName struct {
	at    map[foldedName]int32
	first [256]bool // the first bytes of the folded names indexed
	f     *folder
}

func newOneOfName() *oneOfName {
	return &oneOfName{at: map[foldedName]int32{}, f: folders.Get().(*folder)}
}

func (o *oneOfName) close() { folders.Put(o.f) }

func (o *oneOfName) empty() bool { return len(o.at) == 0 }

// add indexes account i of network by its name; a name that folds to
// nothing (emoji alone) is not indexed.
func (o *oneOfName) add(network, name string, i int32) {
	f := FoldName(name)
	if f == "" {
		return
	}
	n := foldedName{network, f}
	o.first[f[0]] = true
	if _, seen := o.at[n]; seen {
		o.at[n] = -1
	} else {
		o.at[n] = i
	}
}

// find returns the folded name of raw on network and the index of the one
// account indexed by it; ok is false where none or several are.
func (o *oneOfName) find(network, raw string) (n foldedName, i int32, ok bool) {
	if raw == "" {
		return n, 0, false
	}
	if c, ok := foldsFrom(raw, false); ok && !o.first[c] {
		return n, 0, false
	}
	o.f.out = o.f.appendFold(o.f.out[:0], raw)
	n = foldedName{network, string(o.f.out)}
	i, ok = o.at[n]
	return n, i, ok && i >= 0
}

// pinSameName gives an account that no ledger row lists, and the last run
// did not have, the row of the one account of the same network and the
// same name that the last run had and these exports have not, and returns
// the accounts it gave a person. The same person's account under a new
// id: a LinkedIn connection who edited their profile address (the id is
// the address's); a Facebook friend unfriended but still followed, or a
// LinkedIn connection removed whose member follow stays (the follow was
// merged into the friend's or connection's account while both were
// there: alone, it has an id of its own). Without this the account was a
// new person on blank notes, and someone kept as met was unfollowed.
// Names shared on either side (two new accounts, or two gone, of one
// name) are left alone: which is which cannot be told; so are names that
// fold alike but write different accents (AccentsDiffer: "Thủy" gone,
// "Thúy" new); so is a Facebook
// (LinkedIn) follow of the name of one gone and of a friend (connection)
// still there (the importer joins them by name alone, and the follow may
// be the friend's as well as the gone one's: Compare asks, "still
// followed?"); and so are the
// networks whose ids never change (Twitter/X, YouTube): there an account
// of the same name is another account. So is a LinkedIn account dated
// after the run that listed the gone one (MadeAfter): a connection made
// since is no address edited, whoever it is. So is a person whose gone account
// an earlier pin of this merge (taken: pinRenamed's, pinRelinked's)
// already followed to its new id on that network: a friend
// renamed since the same second, whose namesake friended since would
// otherwise take the row, and the notes, too. The gone account's row is
// the one the ledger lists it on, where it does (a namesake the merge
// joined by name and the person split off since keeps their own row), or
// else the last run's person's. The history is walked only when some
// account has no row.
func (k *Known) pinSameName(acc []Account, owners []int32, taken []int32) (pinned []int32) {
	if k.Len() == 0 || len(k.last) == 0 {
		return nil
	}
	// Names compare folded (FoldName), as the merge compares them: one
	// export writes "Dmitri Sokolov, PhD" where another writes "Dmitri
	// Sokolov".
	type key struct{ network, id string }
	fresh := newOneOfName() // the one account of a name that no row lists
	defer fresh.close()
	for i := range acc {
		a := &acc[i]
		if owners[i] >= 0 || a.Relation == Follower || !idsChange(a.Network) {
			continue // a follower alone is decided on nothing: no notes to lose
		}
		fresh.add(a.Network, a.Name, int32(i))
	}
	if fresh.empty() {
		return nil
	}
	// The last run's accounts of those names, and whether they are still
	// in the exports.
	lastOf := map[foldedName][]key{}
	personOf := map[key]string{}
	nameOf := map[key]string{} // the last run's name of the account, as written
	dayOf := map[key]string{}  // the day of the last run that listed the account
	for i := range k.last {
		p := &k.last[i]
		if !idsChange(p.Network()) {
			continue
		}
		n, _, ok := fresh.find(p.Network(), p.Name())
		if !ok {
			continue
		}
		kk := key{p.Network(), p.ID()}
		if _, seen := personOf[kk]; !seen {
			lastOf[n] = append(lastOf[n], kk)
		}
		personOf[kk] = p.PersonID()
		nameOf[kk] = p.Name()
		dayOf[kk] = p.AsOf()
	}
	if len(lastOf) == 0 {
		return nil
	}
	present := map[key]string{} // the relation of the last run's accounts still in the exports
	for i := range acc {
		if kk := (key{acc[i].Network, acc[i].ID}); personOf[kk] != "" {
			present[kk] = acc[i].Relation
		}
	}
	row := map[string]int32{} // person id -> its index in rows, for the people wanted
	for _, keys := range lastOf {
		for _, kk := range keys {
			row[personOf[kk]] = -1
		}
	}
	for o := range k.rows {
		id := k.id(int32(o))
		if _, ok := row[id]; ok {
			row[id] = int32(o)
		}
	}
	type netOwner struct {
		network string
		owner   int32
	}
	followed := map[netOwner]bool{} // the people an earlier pin gave a new account of a network
	for _, i := range taken {
		followed[netOwner{acc[i].Network, owners[i]}] = true
	}
	for n, keys := range lastOf {
		var gone []key
		other := false // a namesake friend still there may be the new follow's too
		for _, kk := range keys {
			switch rel, ok := present[kk]; {
			case !ok:
				gone = append(gone, kk)
			case rel == followTie[n.network] && acc[fresh.at[n]].Relation == Following:
				other = true
			}
		}
		// "Thủy" gone and "Thúy" new fold alike, but are two names.
		if len(gone) != 1 || other || AccentsDiffer(nameOf[gone[0]], acc[fresh.at[n]].Name) {
			continue
		}
		// A LinkedIn account dated after the run that listed the gone one
		// (connected or followed since) is no address edited: it did not
		// exist then (see MadeAfter).
		if MadeAfter(&acc[fresh.at[n]], dayOf[gone[0]]) {
			continue
		}
		// The row that lists the gone account now, where one does: the
		// person may have moved it off the row the last run gave it (a
		// namesake merged by name, split since); else the last run's.
		o, listed := k.ownerOf(gone[0].network + ":" + gone[0].id)
		if !listed {
			o = row[personOf[gone[0]]]
		}
		if o >= 0 && !followed[netOwner{n.network, o}] {
			i := fresh.at[n]
			owners[i] = o
			pinned = append(pinned, i)
		}
	}
	slices.Sort(pinned)
	return pinned
}

// MadeAfter reports whether a is a LinkedIn account (a connection, a
// member or company followed) dated after day, the day of an audit
// ("2026-11-25"): connected or followed since that audit's export. A
// LinkedIn id is the profile address, which its owner can edit, but an
// address edited keeps the connection's Connected On date (and the
// follow's): an account made after that audit did not exist at it, and is
// never the account it listed under a new id. It may be the same person
// connected again, or a namesake, which the exports cannot tell: it is
// new, on a row of its own, and Compare names it on the gone one's row
// for the person to join them by hand (see reconnected). An account of
// that day or before, or undated, is not: the day is the person's own,
// and the export may have been made on it.
func MadeAfter(a *Account, day string) bool {
	if a.Network != LinkedIn || a.Since.IsZero() {
		return false
	}
	d, err := ParseDate(day)
	return err == nil && a.Since > d
}

// pinFollowOfFriend gives a follow that no ledger row lists, and the last
// run did not have, the row of the one account of its name the last run
// had on its network, a Facebook friend or a LinkedIn connection still
// one, where the follow is not dated after that run's day. The follow was
// in the export that run read, and the importer joined it to that friend
// or connection, the only one of the name then (a joined follow has no id
// of its own in the history). A namesake friended or connected since makes
// the name shared, the importer leaves the follow apart, and alone it was
// a new person on blank notes, unfollowed as unknown while the person it
// always was was kept. Two follows of the name no row lists, a follow
// without a date or made after that run, a follow whose name writes other
// accents than the friend's (AccentsDiffer: the importer keeps those
// apart), or a last run with several accounts of the name (namesakes
// then: SplitFollows' and pinSameName's cases) are left alone.
func (k *Known) pinFollowOfFriend(acc []Account, owners []int32) (pinned []int32) {
	if k.Len() == 0 || len(k.last) == 0 {
		return nil
	}
	fresh := newOneOfName() // the one follow of a name no row lists
	defer fresh.close()
	for i := range acc {
		a := &acc[i]
		if owners[i] >= 0 || a.Relation != Following || followTie[a.Network] == "" || a.Since.IsZero() ||
			(a.Network == LinkedIn && !strings.HasPrefix(a.ID, "follow.")) { // a company is nobody's connection
			continue
		}
		fresh.add(a.Network, a.Name, int32(i))
	}
	if fresh.empty() {
		return nil
	}
	type lastOf struct {
		p    *Past
		more bool // the last run had another account of the name
	}
	last := map[foldedName]*lastOf{}
	for i := range k.last {
		p := &k.last[i]
		if followTie[p.Network()] == "" || p.Relation() == Follower {
			continue
		}
		n, _, ok := fresh.find(p.Network(), p.Name())
		if !ok {
			continue
		}
		if l := last[n]; l != nil {
			l.more = l.more || l.p.ID() != p.ID()
		} else {
			last[n] = &lastOf{p: p}
		}
	}
	if len(last) == 0 {
		return nil
	}
	type key struct{ network, id string }
	wanted := map[key]bool{}
	for n, l := range last {
		if !l.more && l.p.Relation() == followTie[n.network] {
			wanted[key{n.network, l.p.ID()}] = true
		}
	}
	tied := map[key]int32{} // the friends and connections wanted, still in the exports: their rows
	for i := range acc {
		if a := &acc[i]; followTie[a.Network] == a.Relation && wanted[key{a.Network, a.ID}] {
			tied[key{a.Network, a.ID}] = owners[i]
		}
	}
	for n, l := range last {
		o, ok := tied[key{n.network, l.p.ID()}]
		if l.more || !ok || o < 0 {
			continue // the friend's row: the one the follow goes to
		}
		day, err := ParseDate(l.p.AsOf())
		i := fresh.at[n]
		if err != nil || acc[i].Since > day {
			continue // followed since that run: whose it is, is not known
		}
		if AccentsDiffer(l.p.Name(), acc[i].Name) {
			continue // "Thúy" followed is not "Thủy" befriended: the importer kept them apart
		}
		owners[i] = o
		pinned = append(pinned, i)
	}
	slices.Sort(pinned)
	return pinned
}

// idsChange reports whether the network's ids can change for one account:
// Facebook's and LinkedIn's are made from names and addresses, Instagram's
// is the username, Mastodon's the server the account lives on. (Instagram
// and Mastodon exports give no display names today: pinSameName finds
// nothing to match there.)
func idsChange(network string) bool {
	switch network {
	case Facebook, LinkedIn, Instagram, Mastodon:
		return true
	}
	return false
}

// pinRenamed gives owners (see match) the Facebook friends renamed since
// the ledger was written. Facebook exports no ids: an account's id is its
// name's slug and the second the friendship began (see the Facebook
// importer), so a friend who changes their name comes back as a new
// account, and their row's notes (met, inspiring) would be lost to them:
// the new account would be unknown, to unfollow. A new Facebook account
// whose second is that of exactly one ledger key the exports no longer
// hold, and no other new account's, is that key's person; where LastRun
// gave the last run's history, only keys that run had count (one gone
// before it is no rename now), and the accounts of that second it has and
// the exports have not must be that person's too. Two friends
// accepted in the same second stay apart: which is which cannot be told.
// The person's row then lists the new key beside the old (Ledger.Update).
// It returns the accounts it gave a person.
func (k *Known) pinRenamed(acc []Account, owners []int32) (pinned []int32) {
	if k.Len() == 0 {
		return nil
	}
	fresh := map[string]int{} // second -> the new account of that second, or -1 for several
	present := map[string]bool{}
	hasFacebook := map[int32]bool{} // people with a Facebook account in the exports
	for i := range acc {
		a := &acc[i]
		if a.Network != Facebook {
			continue
		}
		present[a.ID] = true
		if o := owners[i]; o >= 0 {
			hasFacebook[o] = true
			continue
		}
		if s := facebookSince(a.Network, a.ID); s != "" {
			if _, seen := fresh[s]; seen {
				fresh[s] = -1
			} else {
				fresh[s] = i
			}
		}
	}
	if len(fresh) == 0 {
		return nil
	}
	gone := map[string]int32{} // second -> the person of the one ledger key gone, or -1 for several
	for j, key := range k.keys() {
		id, ok := strings.CutPrefix(key, Facebook+":")
		if !ok || present[id] || hasFacebook[k.owner[j]] {
			continue
		}
		s := facebookSince(Facebook, id)
		if _, ok := fresh[s]; !ok {
			continue
		}
		if k.lastFacebook != nil && !k.lastFacebook[s][id] {
			continue // gone before the last run already: not this run's rename
		}
		if o, seen := gone[s]; !seen {
			gone[s] = k.owner[j]
		} else if o != k.owner[j] {
			gone[s] = -1 // one person's two old keys are still that person
		}
	}
	// goneBefore says whether the accounts of second s that the last run
	// had and these exports have not are the person's alone.
	goneBefore := func(s string, person int32) bool {
		for last := range k.lastFacebook[s] { // none where LastRun was not called
			if present[last] {
				continue
			}
			if id, ok := k.PersonID(Facebook + ":" + last); !ok || id != k.id(person) {
				return false
			}
		}
		return true
	}
	for s, o := range gone {
		if i := fresh[s]; o >= 0 && i >= 0 && goneBefore(s, o) {
			owners[i] = o
			pinned = append(pinned, int32(i))
		}
	}
	return pinned
}

// pinRefollowed gives a Facebook account that no ledger row lists the
// person of the one ledger key of its name (its id before the second it
// was made), where that person has no Facebook account in
// the exports, and no other account of the exports has that name. A
// Facebook id ends with the second of the friendship or the follow: a
// page or a friend followed again, quarters after it was unfollowed, came
// back under a new id as a new person on blank notes, unfollowed as
// unknown, while its row (a supplier, met) stood followed nowhere. The
// row then lists the new key beside the old (Ledger.Update). Namesakes
// are left alone where the ledger has two of the name; one new namesake
// of someone unfollowed long ago takes their row, as pinSameName's do
// (the run names them: Refollowed). A new account in the second of a
// ledger key of another name gone from the exports may be that friend
// renamed (pinRenamed's), and is left alone too.
func (k *Known) pinRefollowed(acc []Account, owners []int32) (pinned []int32) {
	if k.Len() == 0 {
		return nil
	}
	fresh := map[string]int32{} // name part -> the one account no row lists, or -1 for several
	hasFacebook := map[int32]bool{}
	for i := range acc {
		a := &acc[i]
		if a.Network != Facebook || a.Relation == Follower {
			continue // a follower alone is decided on nothing: no notes to lose
		}
		if o := owners[i]; o >= 0 {
			hasFacebook[o] = true
			continue
		}
		if s := facebookNamePart(a.ID); s != "" {
			if _, seen := fresh[s]; seen {
				fresh[s] = -1
			} else {
				fresh[s] = int32(i)
			}
		}
	}
	if len(fresh) == 0 {
		return nil
	}
	// A new account in the second of a ledger key of another name that
	// the exports no longer hold is a friend renamed, which pinRenamed
	// gave its row or left to the person ("renamed?", two friends gone
	// in that second): not a refollow, whatever its new name.
	bySecond := map[string][]string{} // second -> the name parts of the new accounts of it
	for s, i := range fresh {
		if i >= 0 {
			base, _, _ := strings.Cut(acc[i].ID, "~")
			sec := facebookSince(Facebook, base)
			bySecond[sec] = append(bySecond[sec], s)
		}
	}
	renamedFrom := map[string][]string{} // ledger id -> the name parts it may have been renamed to
	for _, key := range k.keys() {
		id, ok := strings.CutPrefix(key, Facebook+":")
		if !ok {
			continue
		}
		base, _, _ := strings.Cut(id, "~")
		for _, s := range bySecond[facebookSince(Facebook, base)] {
			if facebookNamePart(id) != s {
				renamedFrom[id] = append(renamedFrom[id], s)
			}
		}
	}
	if len(renamedFrom) > 0 {
		for i := range acc {
			if acc[i].Network == Facebook {
				delete(renamedFrom, acc[i].ID) // still there: no rename
			}
		}
		for _, parts := range renamedFrom {
			for _, s := range parts {
				fresh[s] = -1
			}
		}
	}
	rowOf := map[string]int32{} // name part -> the one person the ledger gives it, or -1 for several
	for j, key := range k.keys() {
		id, ok := strings.CutPrefix(key, Facebook+":")
		if !ok {
			continue
		}
		s := facebookNamePart(id)
		if i, ok := fresh[s]; !ok || i < 0 {
			continue
		}
		if o, seen := rowOf[s]; !seen {
			rowOf[s] = k.owner[j]
		} else if o != k.owner[j] {
			rowOf[s] = -1
		}
	}
	for s, o := range rowOf {
		if o < 0 || hasFacebook[o] {
			continue
		}
		i := fresh[s]
		owners[i] = o
		pinned = append(pinned, i)
	}
	slices.Sort(pinned)
	for _, i := range pinned {
		k.refollowed = append(k.refollowed, AddedKey{Key: acc[i].Key(), PersonID: k.id(owners[i]), Name: acc[i].Name})
	}
	return pinned
}

// Refollowed returns the Facebook accounts the merge gave a ledger row by
// the name in their id alone (pinRefollowed): a namesake followed anew
// would take the row of someone unfollowed long ago, with their notes, and
// the run names them for the person to check.
func (k *Known) Refollowed() []AddedKey {
	if k == nil {
		return nil
	}
	return k.refollowed
}

// facebookNamePart returns a Facebook id without the second that ends it
// (and a namesake's ~2): "cafe-lumiere" of "cafe-lumiere.1712345678", ""
// for an id that does not end with a second.
func facebookNamePart(id string) string {
	base, _, _ := strings.Cut(id, "~")
	if facebookSince(Facebook, base) == "" {
		return ""
	}
	return base[:strings.LastIndexByte(base, '.')]
}
