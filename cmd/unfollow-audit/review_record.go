package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
	"github.com/unfollow-audit/unfollow-audit/importers"
)

// A reviewRecord is what a review given exports saw in them, saved with its
// first answer beside the history: the ledger is brought in line with those
// exports then (rows added for the new people, in_exports=no for the people
// gone), and a later review without exports must judge that ledger by the
// same exports, not by the last audit's history, which lacks the new
// accounts and still lists the ones gone since. Its totals then are the
// next audit's with those exports. It is of the last audit's run, in its
// name: an audit reads exports itself and removes it, and an audit undone
// (its history file deleted) leaves it unread.
type reviewRecord struct {
	name, carriedName string
	asOf              audit.Date
	items             []audit.Item // the exports' followed accounts, decided
	carried           []audit.Past // the accounts of lists the exports lack, from the last audit
	// carriedSince are the dates of carried, one an account (see
	// audit.WriteCarriedSince): of the ones an earlier review's record
	// gave, nil where none has one.
	carriedSince []audit.Date
	// removed are the removals of a Facebook friend held by
	// audit.RemovedFriendsFile with those the exports'
	// removed_friends.json adds to it, written with the record where
	// that adds any (nil where it adds none): the audit after the review
	// may be given a Facebook export without that file (the followers
	// and following alone), and tells a friend the review found gone
	// unfriended by them, as an audit given the review's exports does
	// (see audit.MarkUnfriended).
	removed []audit.Removal
}

// readRemovedFriends reads audit.RemovedFriendsFile: none where there is
// none (no run read a removed_friends.json yet, or the person deleted
// it).
func readRemovedFriends(ws *workspace.Workspace) ([]audit.Removal, error) {
	f, ok, err := ws.OpenFile(audit.RemovedFriendsFile)
	if err != nil || !ok {
		return nil, err
	}
	defer f.Close()
	return audit.ReadRemovals(f, ws.Path(audit.RemovedFriendsFile))
}

// addedRemovals returns kept (audit.RemovedFriendsFile's) with the
// removals of read (the exports') it lacks after them, and nil where it
// lacks none: the file is written only where something is added.
func addedRemovals(kept, read []audit.Removal) []audit.Removal {
	if all := audit.MergeRemovals(kept, read); len(all) > len(kept) {
		return all
	}
	return nil
}

// recordDates are the rows of a review's record (its followed accounts,
// or its carried ones) and their since cells, one a row (see
// audit.ReadHistorySince).
type recordDates struct {
	rows  []audit.Past
	dates []audit.Date
}

// sinceOf returns the dates the records give the accounts that want takes,
// by key (see audit.SinceOf): a few, looked up in one pass of each.
func sinceOf(records []recordDates, want func(network, id string) bool) map[string]audit.Date {
	var out map[string]audit.Date
	for _, r := range records {
		for k, d := range audit.SinceOf(r.rows, r.dates, want) {
			if out == nil {
				out = map[string]audit.Date{}
			}
			out[k] = d
		}
	}
	return out
}

// carriedDates returns the dates (see reviewRecord.carriedSince) of
// carried, whose accounts from index from on are the ones an earlier
// review's record gave (see reviewedNew): theirs in that record (since),
// nil where none has one.
func carriedDates(carried []audit.Past, from int, since []recordDates) []audit.Date {
	if len(since) == 0 || from >= len(carried) {
		return nil
	}
	type key struct{ network, id string }
	want := make(map[key]bool, len(carried)-from)
	for i := from; i < len(carried); i++ {
		want[key{carried[i].Network(), carried[i].ID()}] = true
	}
	dated := sinceOf(since, func(network, id string) bool { return want[key{network, id}] })
	if len(dated) == 0 {
		return nil
	}
	out := make([]audit.Date, len(carried))
	for i := from; i < len(carried); i++ {
		out[i] = dated[carried[i].Key()]
	}
	return out
}

// reviewRecordNames returns the names of the record of a review after the
// run of history file last ("" before the first audit: run 0000), and of
// its carried accounts (see reviewRecord).
func reviewRecordNames(last string) (name, carried string) {
	run := "0000"
	if last != "" {
		run = audit.RunOf(last)
	}
	return workspace.ReviewRecords(run)
}

// readReviewRecord reads the record of a review with exports since the run
// of history file last: the accounts those exports held (followed,
// decisions of no account), and those of lists they lacked (carried), and
// the dates of the LinkedIn accounts of both (since: see
// audit.ReadHistorySince; of the carried ones, those an earlier review's
// record gave, see audit.WriteCarriedSince), the records that have any
// (none in the record of an earlier version). ok is false where there is
// none. writes says whether the run writes its rows into a file of its
// own (an audit its history, a review given exports its record): a
// record of a newer version then stops it (see audit.ReadHistorySince);
// a review without exports only reads it.
func readReviewRecord(ws *workspace.Workspace, last string, writes bool) (followed, carried []audit.Past, since []recordDates, ok bool, err error) {
	read := audit.ViewHistorySince
	if writes {
		read = audit.ReadHistorySince
	}
	name, carriedName := reviewRecordNames(last)
	f, ok, err := ws.OpenFile(name)
	if err != nil || !ok {
		return nil, nil, nil, false, err
	}
	followed, dates, err := read(f, ws.Path(name))
	f.Close()
	if err != nil {
		return nil, nil, nil, false, err
	}
	if dates != nil {
		since = append(since, recordDates{followed, dates})
	}
	if f, ok, err = ws.OpenFile(carriedName); err != nil {
		return nil, nil, nil, false, err
	} else if ok {
		carried, dates, err = read(f, ws.Path(carriedName))
		f.Close()
		if err != nil {
			return nil, nil, nil, false, err
		}
		if dates != nil {
			since = append(since, recordDates{carried, dates})
		}
	}
	return followed, carried, since, true, nil
}

// lastHistory returns the last of the history files names, "" where there
// is none.
func lastHistory(names []string) string {
	if len(names) == 0 {
		return ""
	}
	return names[len(names)-1]
}

// reviewRecords lists the records of reviews (see reviewRecord) in the
// history folder, of any run: the record of a review after an audit undone
// by deleting its history file is named after that audit's run, which the
// next audit takes again. Only the names the tool gives them
// (workspace.OwnFile): a file of the person's named like one (a sync
// client's "review-after-0001 (1).csv") is theirs, and stays.
func reviewRecords(ws *workspace.Workspace) ([]string, error) {
	ents, err := os.ReadDir(ws.Path(workspace.HistoryDir))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", ws.Path(workspace.HistoryDir), err)
	}
	var names []string
	for _, e := range ents {
		if n := e.Name(); e.Type().IsRegular() && strings.HasPrefix(n, "review-after-") && workspace.OwnFile(workspace.HistoryDir+"/"+n) {
			names = append(names, workspace.HistoryDir+"/"+n)
		}
	}
	return names, nil
}

// keepReviewedNames returns carried (the accounts of lists a review's or
// an audit's exports lack, as the last audit saw them) with the names the
// record of an earlier review since gave them (its followed and carried
// accounts): that review wrote the ledger's name cells with them, and the
// record this review saves, or the history this audit writes, replaces
// its record. Without them the next audit would judge those cells by the
// last audit's names, and take a cell the person wrote back to the old
// name for the tool's (see Ledger.Update). So with the e-mail address the
// record keeps of an account (Past.Email: of a relative or a friend, as
// that review's ledger had them), where it keeps one: that review's
// exports gave it, the newest, and reach-out.csv gives it while the
// account's list is carried.
func keepReviewedNames(carried []audit.Past, records ...[]audit.Past) []audit.Past {
	if len(carried) == 0 {
		return carried
	}
	type key struct{ network, id string }
	var at map[key]int
	for _, record := range records {
		for i := range record {
			r := &record[i]
			if at == nil {
				at = make(map[key]int, len(carried))
				for j := range carried {
					at[key{carried[j].Network(), carried[j].ID()}] = j
				}
			}
			j, ok := at[key{r.Network(), r.ID()}]
			if !ok || carried[j].Name() == r.Name() && (r.Email() == "" || carried[j].Email() == r.Email()) {
				continue
			}
			c := carried[j].Cells()
			c.Name = r.Name()
			if e := r.Email(); e != "" {
				c.Email = e
			}
			carried[j] = c.Past()
		}
	}
	return carried
}

// reviewedGone returns carried (the accounts of lists an audit's or a
// review's exports lack, as the last audit saw them) without the ones
// that the record of a review given exports since (records: its followed
// and carried accounts; ok is false where there is none) has not: that
// review's exports held their list (it carried every account of a list
// they lacked), and not them, so it found them gone and wrote in_exports
// no on their rows. Those exports are the newest evidence: carried, the
// accounts would be marked followed again (see Ledger.MarkFollowed), and
// the history would carry them on as followed, until an audit read their
// list again. An account the record has as the follow joined to a friend
// (connection) of its name is still followed, under that friend's row.
func reviewedGone(carried []audit.Past, ok bool, records ...[]audit.Past) []audit.Past {
	if !ok || len(carried) == 0 {
		return carried
	}
	type key struct{ network, id string } // not Key: no string made a row
	// The carried accounts, looked up: the record holds every account
	// that review saw (its exports' and the ones it carried), a million
	// where it was given or lacked the Twitter/X archive, and is only
	// read through.
	seen := make(map[key]bool, len(carried))
	for i := range carried {
		seen[key{carried[i].Network(), carried[i].ID()}] = false
	}
	see := func(k key) {
		if _, ok := seen[k]; ok {
			seen[k] = true
		}
	}
	for _, record := range records {
		for i := range record {
			r := &record[i]
			see(key{r.Network(), r.ID()})
			if f := r.Follow(); f != "" {
				see(key{r.Network(), f})
			}
		}
	}
	if !slices.ContainsFunc(carried, func(p audit.Past) bool { return !seen[key{p.Network(), p.ID()}] }) {
		return carried // the usual case: that review's exports held every account carried
	}
	var out []audit.Past
	for i := range carried {
		if p := &carried[i]; seen[key{p.Network(), p.ID()}] {
			out = append(out, *p)
		}
	}
	return out
}

// reviewedNew returns the accounts of records (the followed and carried
// accounts of the record of a review given exports since the last audit,
// prev, of day lastDay) of lists an audit's or a review's exports lack
// (covered leaves them out) that prev does not have: new in the exports
// of that review (or of one before it, which the record carries), which
// gave them ledger rows. They are carried as that review decided them, as
// the last audit's are: left out, their rows would say in_exports no, and
// an audit ask the person to follow again, or to clear the notes of,
// people they still follow; and with the record replaced or removed, the
// runs after it would not know them either. They are dated as the last
// audit's rows are (lastDay, where there is one): no audit ran on the
// review's day, and the next audit that reads their list says what is new
// since the run of the day its rows have.
func reviewedNew(prev []audit.Past, covered audit.Covered, lastDay string, records ...[]audit.Past) []audit.Past {
	var out []audit.Past
	var had map[string]bool
	for _, record := range records {
		for i := range record {
			r := &record[i]
			if covered(r.Network(), r.Relation(), r.ID()) {
				continue
			}
			if had == nil {
				had = make(map[string]bool, len(prev))
				for j := range prev {
					had[prev[j].Key()] = true
				}
			}
			if had[r.Key()] {
				continue
			}
			had[r.Key()] = true
			p := *r
			if lastDay != "" && p.AsOf() != lastDay {
				c := p.Cells()
				c.AsOf = lastDay
				p = c.Past()
			}
			out = append(out, p)
		}
	}
	return out
}

// uncarriedGone returns the accounts of the run compared with (compared)
// of lists these exports lack (covered), on the networks they hold (c),
// that the run neither carries nor reads (items, a friend or connection
// by its follow too): gone since it, though this run does not read their
// list. They are the accounts a review given exports since the last audit
// found gone (see reviewedGone), or, where the run is compared with an
// earlier one than the last (a rerun on its day, or on the same
// exports), the ones the last audit found gone, or did not carry so. The
// run counts the accounts it carries with the ones it reads: not counted
// gone, the network's counts would not add up (followed before, plus new,
// less gone, is followed now). A network the exports lack whole has no
// counts in this run, and none of its accounts is returned: the audit
// that reads it again is compared with this run's history, which does not
// carry them, and does not count them gone either. A friend (connection)
// found unfollowed by that run, the tie kept, was not among the accounts
// followed then, and is not gone from them (see audit.Compare).
func uncarriedGone(carried, compared []audit.Past, c importers.Coverage, covered audit.Covered, items []audit.Item) []audit.Past {
	type key struct{ network, id string } // not Key: no string made a row
	var had map[key]bool                  // carried, made on first need
	held := map[string]bool{}             // by network: a million rows do not ask Coverage each
	var maybe []int                       // the indexes in compared of the accounts neither carried nor covered
	for i := range compared {
		p := &compared[i]
		if covered(p.Network(), p.Relation(), p.ID()) || p.OffLists() {
			continue
		}
		h, ok := held[p.Network()]
		if !ok {
			h = c.HasNetwork(p.Network())
			held[p.Network()] = h
		}
		if !h {
			continue
		}
		if had == nil {
			had = make(map[key]bool, len(carried))
			for j := range carried {
				had[key{carried[j].Network(), carried[j].ID()}] = true
			}
		}
		if !had[key{p.Network(), p.ID()}] {
			maybe = append(maybe, i)
		}
	}
	if len(maybe) == 0 {
		return nil
	}
	// Which of them (or of their follows) are read: the items looked
	// through once for those few keys, not a key made of each of a
	// million items.
	read := map[key]bool{}
	for _, i := range maybe {
		p := &compared[i]
		read[key{p.Network(), p.ID()}] = false
		if f := p.Follow(); f != "" {
			read[key{p.Network(), f}] = false
		}
	}
	for j := range items {
		a := items[j].Account
		if _, ok := read[key{a.Network, a.ID}]; ok {
			read[key{a.Network, a.ID}] = true
		}
	}
	var out []audit.Past
	for _, i := range maybe {
		p := &compared[i]
		k := key{p.Network(), p.ID()}
		if read[k] || p.Follow() != "" && read[key{p.Network(), p.Follow()}] || had[k] {
			continue
		}
		had[k] = true // an account listed twice (a history edited by hand) is gone once
		out = append(out, *p)
	}
	return out
}

// uncarriedGoneChanges returns the changes.csv rows of gone (see
// uncarriedGone), accounts of the run compared with, of history file
// comparedName: gone, an unfollow done where that run said to unfollow,
// as audit.Compare says of an account gone from a list the exports hold;
// and changes (this run's rows so far: those audit.Compare found, then,
// from index carriedFrom, the ones of the accounts carried new since that
// run, see reviewedNewChanges) without the new ones such a row replaces,
// in a slice of its own (changes itself is left as it is). A person's one
// account gone and one new of a list (a friend renamed, a profile address
// edited, seen by a review, which gave the new account the person's row)
// are one account under a new id: replaced, neither gone nor an unfollow
// done, nor new, as audit.Compare pairs them. So are a person's one
// account gone of the network and one new of another of its lists (a
// Facebook friend unfriended but still followed, a LinkedIn connection
// removed whose member follow stays: carried as the review found it, or
// read where these exports hold the follows), and a friend (connection)
// gone and the follow its row had merged, new on a row of its own: still
// followed there, no unfollow done.
//
// audit.Compare pairs the accounts gone and new that it sees, of the
// lists these exports hold; not the accounts carried new, which it does
// not see. A connection gone from Connections.csv whose follow is carried
// (a rerun on the day of an audit that read both lists, and found it
// replaced by the follow, given Connections.csv alone) would be "gone ...
// unfollow done" and its follow new, an unfollow done that was not. So
// audit.Compare's gone rows (found) are paired too, as it pairs them, but
// with an account carried new alone (it paired those read itself): its
// row in changes becomes the replaced one. Not its gone rows of the
// friends (connections) no longer followed, the tie kept, which are read
// (see audit.MarkUnfollowedTies): those are the same account, still
// there, and an unfollow done. The follow a gone friend's row had merged
// is not sought for them: audit.Compare pairs it with its friend only as
// the same person's.
//
// A LinkedIn account new since, made after the run that listed the one
// gone (audit.MadeAfter, its date the one the record of the review that
// saw it gives: records, see readReviewRecord), is no address edited, even on the same
// person's row: connected (followed) anew. As audit.Compare does, it is
// not paired: the gone one is gone, the new one new, and, the one of the
// gone one's list and name on its row, each is named on the other's row
// (audit.AgainJoinedNotes).
func uncarriedGoneChanges(gone []audit.Past, comparedName string, changes []audit.Change, carriedFrom int, items []audit.Item, records []recordDates) (out, rest []audit.Change) {
	if len(gone) == 0 && carriedFrom >= len(changes) {
		return nil, changes // the usual case: nothing gone unseen, nothing carried new
	}
	sinceRun := "the previous run"
	if d := runDate(comparedName); d != "" {
		sinceRun = "the run of " + d
	}
	type key struct{ network, id string }
	type list struct{ person, network, relation string }
	// A gone account: one of gone, or at its index in changes one of
	// audit.Compare's (found), -1 for none; day is the day of the run
	// that listed one of gone.
	type goneAcct struct {
		person, network, relation, day string
		found                          int
	}
	accts := make([]goneAcct, 0, len(gone))
	// The dates of the new rows below (news), by key: the record looked
	// through once for those few.
	var since map[string]audit.Date
	// madeSince reports whether the new account of changes[j] is dated,
	// in the review's record, after day (see audit.MadeAfter).
	madeSince := func(j int, day string) (audit.Date, bool) {
		ch := &changes[j]
		d, ok := since[ch.Network+":"+ch.ID]
		return d, ok && day != "" && audit.MadeAfter(&audit.Account{Network: ch.Network, Since: d}, day)
	}
	// The new rows that may replace one gone: of the people with one
	// gone, or the follow of one gone. Only those are looked at: a first
	// audit of a network has a million new rows.
	people := map[string]bool{}
	follows := map[key]int{} // a gone friend's follow -> its index in gone
	for i := range gone {
		p := &gone[i]
		accts = append(accts, goneAcct{p.PersonID(), p.Network(), p.Relation(), p.AsOf(), -1})
		people[p.PersonID()] = true
		if f := p.Follow(); f != "" {
			follows[key{p.Network(), f}] = i
		}
	}
	// audit.Compare's gone rows of the people with an account carried
	// new, but those still read (the tie kept): the items looked through
	// once for those few, where there are any.
	var carriedNew map[string]bool
	for j := carriedFrom; j < len(changes); j++ {
		if ch := &changes[j]; ch.Kind == audit.ChangeNew {
			if carriedNew == nil {
				carriedNew = map[string]bool{}
			}
			carriedNew[ch.PersonID] = true
		}
	}
	var read map[key]bool
	for j := 0; j < carriedFrom && carriedNew != nil; j++ {
		if ch := &changes[j]; ch.Kind == audit.ChangeGone && carriedNew[ch.PersonID] {
			if read == nil {
				read = map[key]bool{}
			}
			read[key{ch.Network, ch.ID}] = false
		}
	}
	if read != nil {
		for k := range items {
			a := items[k].Account
			if _, ok := read[key{a.Network, a.ID}]; ok {
				read[key{a.Network, a.ID}] = true
			}
		}
		for j := 0; j < carriedFrom; j++ {
			ch := &changes[j]
			if r, ok := read[key{ch.Network, ch.ID}]; ok && !r && ch.Kind == audit.ChangeGone {
				accts = append(accts, goneAcct{ch.PersonID, ch.Network, ch.Relation, "", j})
				people[ch.PersonID] = true
			}
		}
	}
	if len(accts) == 0 {
		return nil, changes
	}
	var news []int // indexes in changes
	for j := range changes {
		if ch := &changes[j]; ch.Kind == audit.ChangeNew {
			if _, ok := follows[key{ch.Network, ch.ID}]; ok || people[ch.PersonID] {
				news = append(news, j)
			}
		}
	}
	if len(records) > 0 && len(news) > 0 {
		want := make(map[key]bool, len(news))
		for _, j := range news {
			want[key{changes[j].Network, changes[j].ID}] = true
		}
		since = sinceOf(records, func(network, id string) bool { return want[key{network, id}] })
	}
	by := make([]int, len(accts)) // -> the index in changes of the new row replacing it, -1 for none
	for i := range by {
		by[i] = -1
	}
	note := make([]string, len(accts))
	taken := map[int]bool{}
	pair := func(i, j int, what string) {
		by[i], taken[j] = j, true
		ch := &changes[j]
		note[i] = "now " + ch.Network + ":" + ch.ID + what
		if accts[i].found < 0 {
			note[i] += ", in the exports read since " + sinceRun + " (on a list these exports lack)"
		} else {
			note[i] += "; carried: on a list these exports lack"
		}
	}
	stillFollowed := func(ch *audit.Change) string {
		return " (" + ch.Relation + "), the same person's: still followed on " + audit.NetworkTitle(ch.Network)
	}
	// The follow merged into a friend (connection) gone, new on its own.
	for _, j := range news {
		if i, ok := follows[key{changes[j].Network, changes[j].ID}]; ok && by[i] < 0 {
			pair(i, j, stillFollowed(&changes[j]))
		}
	}
	// Then a person's one account gone of a list and one new of it, then
	// of the network (of another list), each pass counting what the ones
	// before left.
	for _, byNet := range []bool{false, true} {
		of := func(person, network, relation string) list {
			if byNet {
				relation = ""
			}
			return list{person, network, relation}
		}
		goneOf, newOf := map[list]int{}, map[list][]int{}
		for i := range accts {
			if g := &accts[i]; by[i] < 0 {
				goneOf[of(g.person, g.network, g.relation)]++
			}
		}
		for _, j := range news {
			if ch := &changes[j]; !taken[j] {
				l := of(ch.PersonID, ch.Network, ch.Relation)
				newOf[l] = append(newOf[l], j)
			}
		}
		for i := range accts {
			g := &accts[i]
			l := of(g.person, g.network, g.relation)
			if by[i] >= 0 || goneOf[l] != 1 {
				continue
			}
			ns := newOf[l]
			if !byNet && len(since) > 0 {
				// One made after the run that listed the gone one is no
				// id changed, even on its row: made anew.
				ns = slices.DeleteFunc(slices.Clone(ns), func(j int) bool { _, after := madeSince(j, g.day); return after })
			}
			if len(ns) != 1 {
				continue
			}
			j := ns[0]
			if g.found >= 0 && j < carriedFrom {
				continue // both audit.Compare's: it did not pair them
			}
			switch ch := &changes[j]; {
			case !byNet:
				pair(i, j, ", the same person's: the account's id changed")
			case ch.Relation != g.relation:
				pair(i, j, stillFollowed(ch))
			}
		}
	}
	// A LinkedIn account of gone left so, and the one new of its list and
	// name on its row, made after the run that listed it: each named on
	// the other's row, as audit.Compare names them (see reconnected in
	// package audit).
	var againGone map[int]string // by index in gone
	var againNew map[int]string  // by index in changes
	for i := range gone {
		p := &gone[i]
		if by[i] >= 0 || len(since) == 0 || p.Network() != audit.LinkedIn || p.Relation() == audit.Follower {
			continue
		}
		fold := audit.FoldName(p.Name())
		one, n := -1, 0
		var made audit.Date
		for _, j := range news {
			ch := &changes[j]
			if taken[j] || ch.PersonID != p.PersonID() || ch.Network != p.Network() || ch.Relation != p.Relation() ||
				fold == "" || audit.FoldName(ch.Name) != fold || audit.AccentsDiffer(p.Name(), ch.Name) {
				continue
			}
			if d, after := madeSince(j, p.AsOf()); after {
				one, made = j, d
				n++
			}
		}
		if n != 1 || againNew[one] != "" {
			continue
		}
		ch := &changes[one]
		goneNote, newNote := audit.AgainJoinedNotes(p, &audit.Account{Network: ch.Network, Relation: ch.Relation, ID: ch.ID, Name: ch.Name, Since: made})
		if againGone == nil {
			againGone, againNew = map[int]string{}, map[int]string{}
		}
		againGone[i], againNew[one] = goneNote, newNote
	}
	// A replaced row of one of audit.Compare's gone rows takes its place.
	replaced := func(i int, ch *audit.Change, network, relation, id, name, before, beforeRule string) audit.Change {
		return audit.Change{Kind: audit.ChangeReplaced, PersonID: ch.PersonID, Network: network, Relation: relation,
			ID: id, Name: name, Before: before, BeforeRule: beforeRule, After: ch.After, AfterRule: ch.AfterRule, Note: note[i]}
	}
	rest = changes
	if len(taken) > 0 || len(againNew) > 0 {
		at := make(map[int]int, len(taken)) // audit.Compare's gone row replaced -> its index in accts
		for i := range accts {
			if accts[i].found >= 0 && by[i] >= 0 {
				at[accts[i].found] = i
			}
		}
		rest = make([]audit.Change, 0, len(changes)-len(taken))
		for j := range changes {
			switch i, ok := at[j]; {
			case ok:
				g := &changes[j]
				rest = append(rest, replaced(i, &changes[by[i]], g.Network, g.Relation, g.ID, g.Name, g.Before, g.BeforeRule))
			case !taken[j]:
				rest = append(rest, changes[j])
				if n := againNew[j]; n != "" {
					rest[len(rest)-1].Note += "; " + n
				}
			}
		}
	}
	out = make([]audit.Change, 0, len(gone))
	for i := range gone {
		p := &gone[i]
		if j := by[i]; j >= 0 {
			out = append(out, replaced(i, &changes[j], p.Network(), p.Relation(), p.ID(), p.Name(), p.Decision(), p.Rule()))
			continue
		}
		note := audit.GoneKeptNote(p.Relation())
		if p.Decision() == audit.DecisionUnfollow {
			note = "unfollow done"
		}
		note += "; gone from the exports read since " + sinceRun + " (on a list these exports lack)"
		if n := againGone[i]; n != "" {
			note += "; " + n
		}
		out = append(out, audit.Change{Kind: audit.ChangeGone, PersonID: p.PersonID(), Network: p.Network(), Relation: p.Relation(),
			ID: p.ID(), Name: p.Name(), Before: p.Decision(), BeforeRule: p.Rule(), Note: note})
	}
	return out, rest
}

// reviewedNewChanges returns the accounts carried (see reviewedNew) that
// the run compared with (compared, of history file comparedName) has not,
// as new since it, on the networks the exports hold: accounts a review
// since the last audit found new, or, where the run is compared with an
// earlier one than the last (a rerun on its day, or on the same exports),
// that the last audit carried so. The run counts the accounts it carries
// with the ones it reads, and the run compared with had not these: not
// counted new, the network's counts would not add up (followed before,
// plus new, less gone, is followed now), and the audit that reads their
// list again, which has them from this run, would not count them new
// either. A network the exports lack whole has no counts in this run: the
// audit that reads it again is compared with this run's history, which
// carries them. A friend (connection) whose follow the exports hold, read
// alone (the friends' list missing), is that account, counted new or
// followed where it is read.
func reviewedNewChanges(carried, compared []audit.Past, comparedName string, c importers.Coverage, items []audit.Item) []audit.Change {
	type key struct{ network, id string } // not Key: no string made a row
	var fresh map[key]int                 // -> index in carried, of the networks held
	for i := range carried {
		if c.HasNetwork(carried[i].Network()) {
			if fresh == nil {
				fresh = map[key]int{}
			}
			fresh[key{carried[i].Network(), carried[i].ID()}] = i
		}
	}
	if len(fresh) == 0 {
		return nil
	}
	for i := range compared {
		delete(fresh, key{compared[i].Network(), compared[i].ID()})
	}
	if len(fresh) == 0 {
		return nil // the usual case: the carried accounts are the last audit's
	}
	read := make(map[string]bool, len(items))
	for j := range items {
		read[items[j].Account.Network+":"+items[j].Account.ID] = true
	}
	day := runDate(comparedName)
	var out []audit.Change
	for i := range carried { // in carried's order
		p := &carried[i]
		if j, ok := fresh[key{p.Network(), p.ID()}]; !ok || j != i || p.Follow() != "" && read[p.Network()+":"+p.Follow()] {
			continue
		}
		out = append(out, audit.Change{Kind: audit.ChangeNew, PersonID: p.PersonID(), Network: p.Network(), Relation: p.Relation(),
			ID: p.ID(), Name: p.Name(), After: p.Decision(), AfterRule: p.Rule(), Note: audit.NewSince(p.Relation(), day) + "; carried: on a list these exports lack"})
	}
	return out
}
