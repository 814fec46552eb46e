package main

import (
	"fmt"
	"slices"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/importers"
	"github.com/unfollow-audit/unfollow-audit/internal/printable"
)

// auditNotes is what the notes after an audit's summary are made of.
type auditNotes struct {
	stats     *importers.Stats
	people    []*audit.Person
	last      []audit.Past // the last run's decisions
	past      []audit.Past // the decisions of the run compared with
	lastName  string       // its history file ("" before the first run)
	lastRuns  []audit.RunStat
	compared  string // the history file of the run compared with (see auditRun)
	changes   []audit.Change
	runs      []audit.RunStat
	ledger    *audit.Ledger
	known     *audit.Known
	unseen    []audit.UnseenKey
	untraced  untracedKeys
	coverage  importers.Coverage
	rules     audit.Rules
	items     []audit.Item
	summary   audit.Summary
	partial   []partialList
	lostNotes string
	// restored are the ledger rows the last run wrote that the ledger
	// lacked, given back for accounts carried (Ledger.RestoreRows).
	restored  []audit.AddedKey
	batches   []audit.Batch
	batchSize int
	// keepRemoved says the run removed the Mastodon keep list an earlier
	// audit wrote (see removeStale).
	keepRemoved bool
	// sameExports says the exports are the ones the last audit read, and
	// the run is compared with the audit before them (see comparedRun);
	// sameSince is the day of the first audit that read them.
	sameExports bool
	sameSince   string
	// unfriended counts the Facebook friends the run compared with said
	// to unfollow (stay friends) that the person unfriended since (see
	// audit.MarkUnfriended); which of them are marked toxic now, their
	// changes tell (audit.UnfriendedToAsk).
	unfriended int
	// olderRelations fills in, from the history files older than the last
	// and the compared run's, the relation of the keys of rel that have
	// none (see relationsInHistory); nil where there are none.
	olderRelations func(rel map[string]string)
	// handAdded are the keys of the rows the person added by hand (their
	// in_exports empty before this run's Update: see audit.HandAdded),
	// which no run listed: facebookFriends does not look them up in the
	// older history files.
	handAdded map[string]bool
	// lookedFor says whether the exports hold every list an account of
	// the network and id may be on, and no list of the network is
	// carried from the last run (see auditRun): nil, none.
	lookedFor func(network, id string) bool
	// pending are the guesses earlier audits made about accounts gone
	// that the person has not acted on (see pendingGuesses).
	pending []audit.Change
	// unread says which copies of a ledger the folders given hold that
	// the run did not read (see unreadNotes): said first, as the audit
	// decided without their notes.
	unread []string
}

// facebookFriends returns which of keys, Facebook keys of ledger rows no
// export lists now, the runs listed as friends: the last run or the run
// compared with (its changes say which are gone), else the newest older
// history file that lists the key, read only for keys those do not name:
// as the run looked the key up already (untracedKeys.relations, the
// keys of rows a run wrote gone before the last run), else
// olderRelations. A key no history names (typed by hand) is taken for a
// follow.
func (n auditNotes) facebookFriends(keys []string) map[string]bool {
	rel := make(map[string]string, len(keys))
	for _, k := range keys {
		rel[k] = ""
	}
	left := len(rel)
	set := func(key, relation string) {
		if v, ok := rel[key]; ok && v == "" && relation != "" && relation != audit.Follower {
			rel[key] = relation
			left--
		}
	}
	for i := range n.changes {
		if c := &n.changes[i]; c.Network == audit.Facebook {
			set(c.Network+":"+c.ID, c.Relation)
		}
	}
	for _, p := range [...][]audit.Past{n.last, n.past} {
		for i := 0; i < len(p) && left > 0; i++ {
			if p[i].Network() == audit.Facebook {
				set(p[i].Key(), p[i].Relation())
			}
		}
	}
	// The keys of rows a run wrote that the exports and the last run no
	// longer list were looked up in the older history files already, by
	// traceKeys, newest first: a friend unfriended long ago among them.
	// What it found is what olderRelations would find, and a key it
	// found in no file olderRelations finds in none either (it reads
	// fewer files): reading them again cost a quarter second a
	// million-row file, on every re-audit while the notes keep the row.
	for k := range rel {
		if r, ok := n.untraced.relations[k]; ok {
			set(k, r)
		}
	}
	// A key of a row added by hand no run listed (a run that had it would
	// have filled the row's in_exports): no history file names it, and
	// looking for it read every one, at a million rows a quarter second
	// each, on every re-audit while the notes keep the row. It is a
	// follow, as a key no history lists is.
	for k := range rel {
		if n.handAdded[k] {
			set(k, "hand-added")
		}
	}
	if left > 0 && n.olderRelations != nil {
		n.olderRelations(rel)
	}
	friends := map[string]bool{}
	for k, r := range rel {
		if r == audit.Friend {
			friends[k] = true
		}
	}
	return friends
}

// list returns the notes after the summary, in their order; an empty one
// has nothing to say. Each is one line (printable.Line): the names and
// keys they quote come from the ledger, typed by the person, and from
// the exports and history files, and may hold a line break, an escape
// sequence or a bidirectional override.
func (n auditNotes) list() []string {
	notes := n.notes()
	for i, note := range notes {
		notes[i] = printable.Line(note)
	}
	return notes
}

// notes returns the notes after the summary, as written (see list).
func (n auditNotes) notes() []string {
	notes := append(slices.Clip(n.unread), leftOutNotes(n.stats)...)
	notes = append(notes, unfollowedConnectionsNote(n.items, n.past, n.changes))
	if note := possibleNote(n.people); note != "" {
		notes = append(notes, note)
	}
	// A key kept off a misread accounts cell went back to its row as one
	// written there does (see Ledger.KeptOff).
	back := audit.Regrouped(n.last, slices.Concat(n.ledger.Appended(), n.ledger.KeptOff()))
	joined, evidence, names := joinedRows(n.ledger.Appended(), back, n.changes, n.items)
	if note := emailJoinedNote(n.people, joined); note != "" {
		notes = append(notes, note)
	}
	if note := joinedRowNote(joined, evidence, names); note != "" {
		notes = append(notes, note)
	}
	if len(back) > 0 || len(n.restored) > 0 {
		notes = append(notes, regroupedNote(back, n.restored))
	}
	// Cells the person sees changed: said beside the keys put back.
	renamed, count := n.ledger.Renamed()
	notes = append(notes, renamedNote(renamed, count, renamedByAudit))
	if again := n.known.Refollowed(); len(again) > 0 {
		notes = append(notes, refollowedNote(again, n.rowName, n.friendOf(again)))
	}
	// Keys named as the ledger writes them, which the person searches
	// for: not as the run read them.
	// The keys they may have been meant for are looked for as the run
	// read the keys typed (AsTyped keeps their order).
	if len(n.unseen) > 0 {
		notes = append(notes, unseenNote(n.ledger.AsTyped(n.unseen), nearKeys(n.unseen, n.people, rowKeys(n.ledger, n.unseen)), n.ledger.At))
	}
	if len(n.untraced.keys) > 0 {
		u := n.untraced
		near := nearKeys(u.keys, n.people, rowKeys(n.ledger, u.keys))
		u.keys = n.ledger.AsTyped(u.keys)
		notes = append(notes, untracedNote(u, near, n.ledger.At))
	}
	notes = append(notes, misreadNote(n.ledger))
	notes = append(notes, offReachOutNote(n.ledger, n.rules.OffReachOut(n.ledger), n.rules.Window))
	// The friends the follow-again notes ask a friend request of (their
	// notes keep them now) are asked there, not again by the unfriended
	// note (see unfriendedNote).
	again, askedAgain := followAgainNote(n.ledger, n.rules, readKeys(n.coverage, n.lastRuns, append(n.unseen[:len(n.unseen):len(n.unseen)], n.untraced.keys...)), n.facebookFriends, renamedGuesses(n.changes), pendingKeys(n.pending), guessedNew(n.changes, n.pending))
	againThere, askedThere := followAgainThereNote(n.ledger, n.rules, holdsKeys(n.lookedFor, append(n.unseen[:len(n.unseen):len(n.unseen)], n.untraced.keys...)),
		followedKeys(n.items), movedKeys(n.changes), n.facebookFriends, renamedGuesses(n.changes), pendingKeys(n.pending))
	ask, elsewhere := unfriendedToAsk(n.changes, slices.Concat(askedAgain, askedThere))
	notes = append(notes, again)
	notes = append(notes, unfriendedNote(n.unfriended, ask, elsewhere))
	notes = append(notes, movedNote(n.changes, n.ledger, n.rules))
	notes = append(notes, againThere)
	notes = append(notes, retakenNote(audit.RetakenUsernames(n.past, n.items), n.rowName))
	notes = append(notes, pendingNote(n.pending))
	// Compared with the last audit of an earlier day on a rerun on the
	// day of the last: the notes name that one.
	since, whose := "the last audit", "the last audit's"
	if n.compared != n.lastName {
		since, whose = "the audit of "+runDate(n.compared), "those of the audit of "+runDate(n.compared)
	}
	notes = append(notes, lapsedNote(n.changes, n.rules, notesOf(n.items, n.changes), lastReadOf(n.past, n.changes, n.runs, n.compared, n.rules.Window), n.rowName, since))
	// The rules of the audit compared with: on the day of the last run,
	// the last audit of an earlier day, as changes.csv. A rerun that gives
	// the quarter's rules again, after a first run that day without them,
	// decides as that audit did.
	comparedRuns := n.lastRuns
	if n.compared != n.lastName {
		comparedRuns = lastOfNetworks(n.runs, audit.RunOf(n.compared))
	}
	var networks []string
	for _, c := range n.summary.Networks {
		networks = append(networks, c.Network)
	}
	notes = append(notes, rulesNote(comparedRuns, n.rules, networks, whose, "The decisions they changed are in changes.csv; "))
	if len(n.partial) > 0 {
		notes = append(notes, partialNote(n.partial))
	}
	notes = append(notes, missingFollowsNote(n.coverage, n.lastRuns))
	notes = append(notes, connectionsAloneNote(n.coverage, n.lastRuns))
	notes = append(notes, emptyFollowsNote(n.coverage, n.summary))
	notes = append(notes, n.lostNotes)
	notes = append(notes, batchHint(n.summary, n.batchSize))
	if len(n.batches) > 0 {
		days := audit.Days(n.batches)
		notes = append(notes, fmt.Sprintf("The unfollow list is split into %s %s of at most %s %s (unfollow-<network>-NN.csv): at one file per network a day, that is %s %s.",
			audit.Thousands(len(n.batches)), plural(len(n.batches), "file", "files"), audit.Thousands(n.batchSize), plural(n.batchSize, "row", "rows"),
			audit.Thousands(days), plural(days, "day", "days")))
	}
	notes = append(notes, mastodonUnbatchedNote(n.summary, n.batchSize))
	if n.keepRemoved {
		notes = append(notes, keepRemovedNote)
	}
	if n.coverage.HasNetwork(audit.Mastodon) {
		rows := audit.MastodonKeepRows(n.items)
		notes = append(notes, mastodonKeepLimitNote(rows), mastodonKeepEmptyNote(rows, n.summary))
	}
	if n.sameExports && n.compared != "" {
		// Said, as the person may have meant fresh exports: last
		// quarter's zips left in the folder, given again.
		notes = append(notes, fmt.Sprintf("These exports are the ones the audit of %s read: this run is compared, as that one was, with the audit of %s. What you unfollowed since they were downloaded shows only in fresh exports.",
			n.sameSince, runDate(n.compared)))
	} else {
		notes = append(notes, staleExportsNote(n.coverage, n.lastRuns, n.rules.AsOf, n.changes))
	}
	return notes
}

// friendOf returns whether a key of keys is a Facebook friend's in this
// run's items (a friend again, for refollowedNote), looked up for those
// keys alone.
func (n auditNotes) friendOf(keys []audit.AddedKey) func(key string) bool {
	friend := make(map[string]bool, len(keys))
	for _, k := range keys {
		friend[k.Key] = false
	}
	for i := range n.items {
		a := n.items[i].Account
		if a.Network != audit.Facebook || a.Relation != audit.Friend {
			continue
		}
		if _, ok := friend[a.Key()]; ok {
			friend[a.Key()] = true
		}
	}
	return func(key string) bool { return friend[key] }
}

// rowName returns the name of the ledger row of a person id, "" for
// none: a note names an account without a name (an Instagram handle, a
// Twitter/X id) as its row does, as followAgainNote does.
func (n auditNotes) rowName(personID string) string {
	if r := n.ledger.RowNow(personID); r != nil {
		return n.ledger.Name(r)
	}
	return ""
}
