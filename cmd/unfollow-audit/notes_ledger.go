package main

import (
	"cmp"
	"fmt"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// regroupedNote says which accounts went back to the ledger rows they
// were taken off since the last run (back: the evidence of a merge, the
// same name or e-mail, or the last run's grouping of an account carried,
// joined them to that person again, and the row lists them again), and
// which rows that run wrote came back (restored: rows of people of
// accounts carried, which a copy of the ledger older than that run
// lacks; see Ledger.RestoreRows), in one line.
func regroupedNote(back, restored []audit.AddedKey) string {
	var parts []string
	if len(back) > 0 {
		name := cmp.Or(back[0].Name, back[0].PersonID)
		what := fmt.Sprintf("%s went back to %s's ledger row, where the last audit had it", back[0].Key, name)
		if n := len(back) - 1; n > 0 {
			what = fmt.Sprintf("%s accounts went back to the ledger rows the last audit had them on (%s to %s's, and %s more)", audit.Thousands(n+1), back[0].Key, name, audit.Thousands(n))
		}
		parts = append(parts, what)
	}
	if len(restored) > 0 {
		name := cmp.Or(restored[0].Name, restored[0].PersonID)
		what := fmt.Sprintf("%s's ledger row (%s) came back as the last audit wrote it", name, restored[0].Key)
		if n := len(restored) - 1; n > 0 {
			what = fmt.Sprintf("%s ledger rows came back as the last audit wrote them (%s's, and %s more)", audit.Thousands(n+1), name, audit.Thousands(n))
		}
		parts = append(parts, what)
	}
	var why string
	switch {
	case len(restored) == 0 && len(back) == 1:
		why = "it was taken off the row since, or the ledger was saved from a copy older than the last audit"
	case len(restored) == 0:
		why = "they were taken off those rows since, or the ledger was saved from a copy older than the last audit"
	case len(back) == 0 && len(restored) == 1:
		why = "the ledger was saved from a copy older than the last audit, or the row was deleted since"
	case len(back) == 0:
		why = "the ledger was saved from a copy older than the last audit, or the rows were deleted since"
	default:
		why = "the ledger was saved from a copy older than the last audit, or they were taken off it since"
	}
	what := strings.Join(parts, ", and ") + ": " + why + "."
	if len(back) > 0 {
		what += " If an account is someone else, move it to a row of its own, with an empty person_id: taking it off a row is not enough."
	}
	return what
}

// renamedListed is how many of the name cells renamed renamedNote names.
const renamedListed = 3

// renamedIn says which command renames the ledger's name cells, and
// when it saves them (see renamedNote).
type renamedIn uint8

const (
	renamedByAudit  renamedIn = iota // audit: saved with the ledger it writes
	renamedByReview                  // review: saved with the first answer
	// renamedUnsaved: review with nobody to review, so no answer, and
	// nothing saved; the next audit with those exports renames them.
	renamedUnsaved
)

// renamedNote says how many ledger name cells followed a rename (see
// audit.Ledger.Renamed: cells the tool wrote, the account's name then),
// naming the first of them (at most renamedListed) as old → new, "" for
// none: the person looking for the old name in the ledger finds another,
// a change to a cell they see that nothing else tells of (changes.csv
// lists decisions, and a rename changes none). review (in
// renamedByReview) renames them in the ledger it saves at the first
// answer, and says so; an old name is written back once it is done.
// With nobody to review (renamedUnsaved) no answer comes and nothing is
// saved: the note says the next audit saves them.
func renamedNote(first []audit.RenamedName, n int, in renamedIn) string {
	if n == 0 {
		return ""
	}
	var names []string
	for _, r := range first[:min(len(first), renamedListed)] {
		names = append(names, r.Old+" → "+r.New)
	}
	list := strings.Join(names, ", ")
	if more := n - len(names); more > 0 {
		list += fmt.Sprintf(", and %s more", audit.Thousands(more))
	}
	what, why, when := fmt.Sprintf("%s ledger name cells followed", audit.Thousands(n)), "the tool wrote those names, and the accounts have new ones", ""
	if n == 1 {
		what, why = "1 ledger name cell followed", "the tool wrote that name, and the account has a new one"
	}
	switch in {
	case renamedByReview:
		what = strings.Replace(what, "followed", plural(n, "follows", "follow"), 1)
		list += " (saved with your first answer)"
		when = " after the review"
	case renamedUnsaved:
		what = strings.Replace(what, "followed", plural(n, "follows", "follow"), 1)
		list += " (nothing to review, so not saved: the next audit with these exports saves " + plural(n, "it", "them") + ")"
		when = " after that audit"
	}
	return what + " a rename in these exports: " + list + ". " + strings.ToUpper(why[:1]) + why[1:] +
		"; to keep an old name, write it back" + when + ": a name you write is never changed."
}

// refollowedNote names the Facebook accounts given a ledger row by the
// name in their id alone (audit.Known.Refollowed: a page or friend
// followed again long after it was unfollowed), rowName giving a row's
// name by its person id: a namesake followed anew would take that row and
// its notes, and only the person can tell. Up to three are named, with
// their rows, as the person is to check each: changes.csv does not mark
// them. friend says a key is a Facebook friend's: one unfriended, or who
// unfriended you, friends again, was not "unfollowed".
func refollowedNote(again []audit.AddedKey, rowName func(personID string) string, friend func(key string) bool) string {
	row := func(a audit.AddedKey) string {
		return cmp.Or(strings.TrimSpace(rowName(a.PersonID)), a.PersonID)
	}
	friends := 0
	for _, a := range again {
		if friend(a.Key) {
			friends++
		}
	}
	if len(again) == 1 {
		if friends == 1 {
			return fmt.Sprintf("%s, a friend again, took the ledger row of %s by its name: the friend of that name gone from your friends before. If it is someone else, move it to a row of its own, with an empty person_id.", again[0].Key, row(again[0]))
		}
		return fmt.Sprintf("%s, followed again, took the ledger row of %s by its name: the account of that name you unfollowed before. If it is someone else, move it to a row of its own, with an empty person_id.", again[0].Key, row(again[0]))
	}
	verb, before := "followed again", "the accounts of those names you unfollowed before"
	switch friends {
	case 0:
	case len(again):
		verb, before = "friends again", "the friends of those names gone from your friends before"
	default:
		verb, before = "followed again or friends again", "the accounts of those names unfollowed or gone from your friends before"
	}
	var named []string
	for _, a := range again[:min(len(again), 3)] {
		named = append(named, a.Key+" on "+row(a)+"'s row")
	}
	list := strings.Join(named, ", ")
	if len(again) > 3 {
		list += fmt.Sprintf(", and %s more", audit.Thousands(len(again)-3))
	}
	// Set apart by commas, as for one: "accounts friends again took"
	// read as a slip.
	return fmt.Sprintf("%s Facebook accounts, %s, took ledger rows by their name (%s): %s. If one is someone else, move it to a row of its own, with an empty person_id.",
		audit.Thousands(len(again)), verb, list, before)
}

// untracedListed is how many of the typed keys untracedNote names with
// their lines; the others are named on a later run, once these are fixed.
const untracedListed = 10

// keysAt names keys with the ledger line of each (at names a line, as
// Ledger.At does) and the key each may have been meant for (near, see
// nearKeys), the first max of them, and how many more there are.
func keysAt(keys []audit.UnseenKey, near []string, at func(line int) string, max int) string {
	var b strings.Builder
	for i, k := range keys {
		if i == max {
			fmt.Fprintf(&b, ", and %s more, named once these are fixed", audit.Thousands(len(keys)-max))
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s on ledger %s%s", k.Key, at(k.Line), meant(near, i))
	}
	return b.String()
}

// rowKeys returns the keys of the ledger rows of the first keys
// nearKeys looks for, by their line.
func rowKeys(l *audit.Ledger, keys []audit.UnseenKey) func(line int) []string {
	lines := make([]int, 0, nearKeysNamed)
	for _, k := range keys[:min(len(keys), nearKeysNamed)] {
		lines = append(lines, k.Line)
	}
	m := l.LineKeys(lines)
	return func(line int) []string { return m[line] }
}

// meant is " (did you mean KEY?)" for the key near gives the i-th key
// meant for (see nearKeys), "" where it gives none.
func meant(near []string, i int) string {
	if i >= len(near) || near[i] == "" {
		return ""
	}
	return " (did you mean " + near[i] + "?)"
}

// unseenNote says which keys of the rows the person added are in none of
// the exports (see audit.UnseenKeys); at names a ledger line (Ledger.At).
// It names every one of them: such a row is named on the run after it was
// added only (its in_exports is filled then, and no audit decided anyone
// of it), so a key left out here would never be named.
func unseenNote(keys []audit.UnseenKey, near []string, at func(line int) string) string {
	what := fmt.Sprintf("%s on ledger %s is in none of these exports: check how it is written%s", keys[0].Key, at(keys[0].Line), meant(near, 0))
	if n := len(keys); n > 1 {
		what = fmt.Sprintf("%s keys of rows you added are in none of these exports (%s): check how they are written", audit.Thousands(n), keysAt(keys, near, at, n))
	}
	return what + " (unfollow-audit import lists the exports' ids). A row none of whose keys is in the exports is marked in_exports=no."
}

// untracedNote says which keys of rows a run wrote are in none of the
// exports nor in any history file (see traceKeys), that is typed by hand
// and matching no account: the grouping they were typed for does not
// happen. Where history files are gone it says only what it knows: such a
// key may be an account one of those runs read; and where the ledger
// has rows no audit here decided (brought from another workspace), that
// it may have come with the ledger.
func untracedNote(u untracedKeys, near []string, at func(line int) string) string {
	keys := u.keys
	where := "nor in any earlier audit's history"
	unless, unlessMany := "", ""
	switch {
	case u.lost > 0:
		where = fmt.Sprintf("nor in the history files left (those of %s of the %s audits are gone from history/)", audit.Thousands(u.lost), audit.Thousands(u.runs))
		unless, unlessMany = ", unless it is an account only those audits read", ", unless they are accounts only those audits read"
	case u.elsewhere > 0:
		rows := fmt.Sprintf("%s of its rows are", audit.Thousands(u.elsewhere))
		if u.elsewhere == 1 {
			rows = "1 of its rows is"
		}
		unless = ", unless it came with the ledger from another workspace (" + rows + " of people no audit in this one decided)"
		unlessMany = ", unless they came with the ledger from another workspace (" + rows + " of people no audit in this one decided)"
	}
	what := fmt.Sprintf("%s on ledger %s is in none of these exports %s: check how it is written%s%s", keys[0].Key, at(keys[0].Line), where, meant(near, 0), unless)
	if n := len(keys); n > 1 {
		what = fmt.Sprintf("%s keys of ledger rows are in none of these exports %s (%s): check how they are written%s", audit.Thousands(n), where, keysAt(keys, near, at, untracedListed), unlessMany)
	}
	return what + " (unfollow-audit import lists the exports' ids). A key that matches no account joins nothing to its row."
}

// notesLostNote says which accounts the last run decided on the person's
// notes that this one finds none for, "" when there are none: a row
// deleted in the spreadsheet (a sort or a cut gone wrong) brings its
// accounts back blank, to be unfollowed as unknown, and the changes file
// alone said so, among the others. changes are since the audit that
// since names ("the last audit"), inChanges says whether changes.csv
// holds them (not on a rerun on the day of the last, compared with an
// earlier day), and backup whether ledger.previous.csv exists.
func notesLostNote(changes []audit.Change, since string, inChanges, backup bool) string {
	// The people, each named once: a row deleted lists each of its
	// accounts, and "Bruno Keller, and 1 more" sent the person looking
	// for someone else.
	var names []string
	accounts := 0
	seen := map[string]bool{}
	for _, c := range changes {
		// Blank notes now, not a "no" or a note that keeps nobody (the
		// reason says which: Compare gives a changed account its reason).
		if c.Kind == audit.ChangeChanged && c.AfterRule == audit.RuleUnknown && c.Note == audit.ReasonNothingKnown &&
			c.BeforeRule != "" && c.BeforeRule != audit.RuleUnknown {
			accounts++
			if c.PersonID != "" && seen[c.PersonID] {
				continue
			}
			seen[c.PersonID] = true
			names = append(names, cmp.Or(c.Name, c.Network+":"+c.ID))
		}
	}
	if accounts == 0 {
		return ""
	}
	of := ""
	if len(names) < accounts {
		of = fmt.Sprintf(" of %s people", audit.Thousands(len(names)))
		if len(names) == 1 {
			of = " of 1 person"
		}
	}
	// Up to three named, as the other notes name people: one named and
	// the rest counted, the person restored the one named, and the next
	// run, on another day, no longer said the others' notes were gone.
	// Namesakes are named once, with how many ("2 named Anna Schmidt"),
	// not as one person twice, as unfriendedNote names them.
	var order []string
	count := map[string]int{}
	for _, name := range names {
		if count[name]++; count[name] == 1 {
			order = append(order, name)
		}
	}
	var named []string
	for _, name := range order[:min(len(order), 3)] {
		if count[name] > 1 {
			name = fmt.Sprintf("%s named %s", audit.Thousands(count[name]), name)
		}
		named = append(named, name)
	}
	list := strings.Join(named, ", ")
	if len(order) > len(named) {
		more := 0
		for _, name := range order[len(named):] {
			more += count[name]
		}
		list += fmt.Sprintf(", and %s more", audit.Thousands(more))
	}
	who := fmt.Sprintf("%s accounts%s %s decided on your notes have none now (%s", audit.Thousands(accounts), of, since, list)
	if accounts == 1 {
		who = fmt.Sprintf("1 account %s decided on your notes has none now (%s", since, list)
	}
	listed := ""
	if inChanges {
		listed = " changes.csv lists them as changed."
	}
	kept := " This run leaves ledger.previous.csv as it was, in case it still holds them: copy their notes from it onto their rows in ledger.csv (not the rows whole: their keys are on rows again, and a key on two rows is refused) rather than putting it back whole, which would lose the notes typed since it was made."
	if !backup {
		kept = " No earlier copy of the ledger is kept (ledger.previous.csv is made when a run changes the ledger): restore them from a copy of your own, or write them again."
	}
	return who + "): if you did not clear them yourself, their ledger rows were deleted or emptied, and they are now unfollowed as unknown." + listed + kept
}

// sortedAloneNote says what notesLostNote's notes gone look like: a
// column sorted on its own (see audit.Ledger.SortedAlone), which put the
// notes of the people named there beside the people of the first rows.
// since names the audit the notes are gone since, as notesLostNote does:
// on a rerun on the day of the last, an earlier day's, the last having
// read the column sorted already.
func sortedAloneNote(s audit.SortedColumn, since string) string {
	return "More likely, " + sortedAloneCause(s, since)
}

// sortedAloneCause says, after "More likely, " or "most likely, ", that a
// column was sorted on its own, and what to do.
func sortedAloneCause(s audit.SortedColumn, since string) string {
	beside := fmt.Sprintf("%s of them beside people %s had no notes on", audit.Thousands(s.Gained), since)
	if s.Gained == 1 {
		beside = fmt.Sprintf("1 of them beside someone %s had no notes on", since)
	}
	if s.GainedName != "" {
		beside += " (" + s.GainedName
		if s.Gained > 1 {
			beside += fmt.Sprintf(", and %s more", audit.Thousands(s.Gained-1))
		}
		beside += ")"
	}
	return fmt.Sprintf("the %s column was sorted on its own: its %s filled cells are now the first %s rows of ledger.csv, in order, %s. "+
		"A sort of one column (Excel's \"Continue with the current selection\", or a sort of a range in Google Sheets) moves its cells and leaves the rest of each row: "+
		"this run decided on notes that are not those people's. Undo the sort if the sheet is still open, or put the cells back from a copy, "+
		"sort with the whole rows selected (\"Expand the selection\"), and run again.", s.Column, audit.Thousands(s.Filled), audit.Thousands(s.Filled), beside)
}

// sortedAloneSince looks for a column sorted on its own (see
// audit.Ledger.SortedAlone) where no row is left without notes, and
// returns the audit it is said since, as the notes gone are (see
// notesLostNote): the last, or, on a rerun on the day of the last, which
// read the column sorted already, the earlier day's one the run is
// compared with (of comparedDay). sinceLast and sinceCompared are the
// changes since each, last and compared their history files.
func sortedAloneSince(l *audit.Ledger, sinceLast []audit.Change, last []audit.Past, sinceCompared []audit.Change, compared []audit.Past, rerun bool, comparedDay string) (audit.SortedColumn, string, bool) {
	if sc, ok := l.SortedAlone(sinceLast, last); ok {
		return sc, "the last audit", true
	}
	if rerun {
		if sc, ok := l.SortedAlone(sinceCompared, compared); ok {
			return sc, "the audit of " + comparedDay, true
		}
	}
	return audit.SortedColumn{}, "", false
}

// sortedAloneOnlyNote says a column sorted on its own where its cells'
// people still have other notes (a relationship, a note), so that no row
// is left without any and notesLostNote says nothing: the sort is told by
// the same signs, and the people whose cells went are named. since names
// the audit they went since; backup says whether ledger.previous.csv
// exists.
func sortedAloneOnlyNote(s audit.SortedColumn, since string, backup bool) string {
	more := fmt.Sprintf("and %s more", audit.Thousands(s.Lost-1))
	who := fmt.Sprintf("%s people %s decided on their %s have none there now (%s, %s), their other notes still on their rows", audit.Thousands(s.Lost), since, s.Column, cmp.Or(s.LostName, "one without a name"), more)
	kept := " This run leaves ledger.previous.csv as it was, in case it still holds the cells where they were: copy them from it onto their rows in ledger.csv rather than putting it back whole, which would lose the notes typed since it was made."
	if !backup {
		kept = " No earlier copy of the ledger is kept (ledger.previous.csv is made when a run changes the ledger): put the cells back from a copy of your own."
	}
	return who + ": most likely, " + sortedAloneCause(s, since) + kept
}

// handAddedKeys returns the Facebook keys of rows, the rows the person
// added by hand (see auditNotes.handAdded), or nil.
func handAddedKeys(rows []*audit.LedgerRow) map[string]bool {
	var keys map[string]bool
	for _, r := range rows {
		for k := range r.Accounts() {
			if strings.HasPrefix(k, audit.Facebook+":") {
				if keys == nil {
					keys = map[string]bool{}
				}
				keys[k] = true
			}
		}
	}
	return keys
}

// offReachOutNote names the people reach-out.csv leaves out for their
// relationship alone (see audit.Rules.OffReachOut): lost touch with,
// unsure or no date met, their relationship written in no word of a
// relative or a friend ("neighbour", "partner", "ex-friend"). The list
// goes by those words, and the seed asks to call the family and friends
// you no longer really know.
func offReachOutNote(l *audit.Ledger, rows []*audit.LedgerRow, window audit.Span) string {
	if len(rows) == 0 {
		return ""
	}
	var names []string
	for _, r := range rows[:min(len(rows), 3)] {
		// One line: a name or relationship typed with Alt+Enter has a
		// line break.
		name := strings.Join(strings.Fields(l.Name(r)), " ")
		if name == "" && r.NumAccounts() > 0 {
			name = r.Account(0)
		}
		names = append(names, fmt.Sprintf("%s (%s)", name, strings.Join(strings.Fields(r.Notes().Relationship), " ")))
	}
	list := strings.Join(names, ", ")
	if len(rows) > 3 {
		list += fmt.Sprintf(", and %s more", audit.Thousands(len(rows)-3))
	}
	who := fmt.Sprintf("%s people you have not met within %s, or are unsure about, are", audit.Thousands(len(rows)), window)
	if len(rows) == 1 {
		who = fmt.Sprintf("1 person you have not met within %s, or are unsure about, is", window)
	}
	return who + " not on reach-out.csv, as their relationship is neither family nor friend: " + list +
		". If they are family or a friend to call, write family or friend in their relationship cell."
}

// misreadNote names the ledger's cells a spreadsheet read as
// Windows-1252 and saved so (see Ledger.Misread), once: their names and
// notes read wrong. The run leaves them as they are, adding no key to an
// accounts cell so, and reads the keys in them as they were written
// before (Ledger.MisreadKey), which the note says, naming the first: they
// still match their accounts, which stay on their rows, with their notes.
func misreadNote(l *audit.Ledger) string {
	first, line, n := l.Misread()
	if n == 0 {
		return ""
	}
	more, them := "", "it"
	if n > 1 {
		more, them = fmt.Sprintf(", and %s more %s like it", audit.Thousands(n-1), plural(n-1, "cell", "cells")), "them"
	}
	keys := ""
	if _, key := l.MisreadKey(); key != "" {
		keys = fmt.Sprintf(", and reads the account keys among %s as they were written before (%s)", them, key)
	}
	return fmt.Sprintf("The ledger's %s holds %q%s: text a spreadsheet read as Windows-1252 (Excel opening a CSV without a byte order mark) and saved so. "+
		"The run leaves %s as %s%s. Correct those cells, and open the ledger in Excel with Data > From Text/CSV, File origin \"65001: Unicode (UTF-8)\", before saving it as CSV UTF-8.",
		l.At(line), first, more, them, plural(n, "it is", "they are"), keys)
}

// joinedRowNamed is how many of the accounts joinedRowNote names.
const joinedRowNamed = 3

// joinedRows returns the keys of added (Ledger.Appended) that are of
// accounts new in these exports (a ChangeNew of changes), not put back by
// the last run's grouping (back: Regrouped), and that the merge's
// evidence joined to a row whose notes decide (a date met, inspiring,
// supplier, toxic or unsure; a relationship or a note alone decides
// nothing), with the evidence, as Person.Match gives it, less "ledger",
// and the account's name as the lists show it.
// Those rows' notes decide for an account the person never wrote about:
// a Twitter/X account new and named as the Sam Lee they met last month,
// kept as met, is another Sam Lee's as often as theirs, and changes.csv
// gave it as new under Sam Lee's person id alone. A renamed friend's new
// id, or a LinkedIn address edited, on its row is no ChangeNew.
func joinedRows(added, back []audit.AddedKey, changes []audit.Change, items []audit.Item) (keys []audit.AddedKey, evidence []string, names []string) {
	if len(added) == 0 {
		return nil, nil, nil
	}
	// Sets of the few keys added, not of every account nor every change:
	// a re-audit of a million accounts that joins some to rows builds no
	// map of a million keys (nor a million "network:id" strings) here.
	type netID struct{ network, id string }
	wentBack := map[string]bool{}
	for _, b := range back {
		wentBack[b.Key] = true
	}
	wanted := map[netID]bool{}
	for _, a := range added {
		if network, id, ok := strings.Cut(a.Key, ":"); ok && !wentBack[a.Key] {
			wanted[netID{network, id}] = false
		}
	}
	if len(wanted) == 0 {
		return nil, nil, nil
	}
	for _, c := range changes {
		k := netID{c.Network, c.ID}
		if _, ok := wanted[k]; ok && c.Kind == audit.ChangeNew {
			wanted[k] = true
		}
	}
	byKey := map[netID]*audit.Item{}
	for i := range items {
		a := items[i].Account
		k := netID{a.Network, a.ID}
		if isNew, ok := wanted[k]; ok && isNew {
			byKey[k] = &items[i]
		}
	}
	for _, a := range added {
		network, id, _ := strings.Cut(a.Key, ":")
		it := byKey[netID{network, id}]
		if wentBack[a.Key] || it == nil {
			continue
		}
		n := it.Notes()
		if n.LastMet.IsZero() && !n.Inspiring && !n.Supplier && !n.Toxic && !n.Unsure {
			continue
		}
		// The person's evidence that is the account's own (its name, its
		// handle, an address: the Instagram account joined by its handle
		// alone is not "by the same name"), else all of it: the account
		// came in with another (a friend's follow joined to the friend).
		var ev, own []string
		acc := it.Account
		for e := range strings.SplitSeq(it.Person.Match(), "; ") {
			var said string
			mine := false
			switch {
			case strings.HasPrefix(e, "email "):
				said, mine = "the same e-mail "+strings.TrimPrefix(e, "email "), acc.Email != ""
			case strings.HasPrefix(e, "same name "):
				said, mine = "the "+e, audit.FoldName(acc.Name) == strings.TrimPrefix(e, "same name ")
			case strings.HasPrefix(e, "same handle @"):
				said, mine = "the "+e, strings.EqualFold(strings.TrimPrefix(acc.Handle, "@"), strings.TrimPrefix(e, "same handle @"))
			default:
				continue
			}
			ev = append(ev, said)
			if mine {
				own = append(own, said)
			}
		}
		if len(ev) == 0 {
			continue
		}
		if len(own) > 0 {
			ev = own
		}
		keys = append(keys, a)
		evidence = append(evidence, strings.Join(ev, " and "))
		names = append(names, acc.DisplayName())
	}
	return keys, evidence, names
}

// joinedRowNote names the accounts joinedRows finds, "" for none: after
// the summary, as nothing else the audit writes says why the row's notes
// decide for them, and once, as the next run finds their keys on the row.
func joinedRowNote(keys []audit.AddedKey, evidence, names []string) string {
	if len(keys) == 0 {
		return ""
	}
	var named []string
	for i, k := range keys {
		if i == joinedRowNamed {
			break
		}
		what := k.Key
		if name := names[i]; name != "" {
			what += " (" + name + ")"
		}
		named = append(named, fmt.Sprintf("%s on the row of %s, by %s", what, cmp.Or(k.Name, k.PersonID), evidence[i]))
	}
	list := strings.Join(named, "; ")
	if n := len(keys) - len(named); n > 0 {
		list += fmt.Sprintf("; and %s more", audit.Thousands(n))
	}
	if len(keys) == 1 {
		return "1 account new in these exports joined a ledger row with your notes, which decide for it now: " + list +
			". If it is someone else's, move its key to a row of its own (person_id empty)."
	}
	return audit.Thousands(len(keys)) + " accounts new in these exports joined ledger rows with your notes, which decide for them now: " + list +
		". If one is someone else's, move its key to a row of its own (person_id empty)."
}
