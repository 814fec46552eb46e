package main

import (
	"cmp"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/importers"
	"github.com/unfollow-audit/unfollow-audit/internal/printable"
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
			what = fmt.Sprintf("%d accounts went back to the ledger rows the last audit had them on (%s to %s's, and %d more)", n+1, back[0].Key, name, n)
		}
		parts = append(parts, what)
	}
	if len(restored) > 0 {
		name := cmp.Or(restored[0].Name, restored[0].PersonID)
		what := fmt.Sprintf("%s's ledger row (%s) came back as the last audit wrote it", name, restored[0].Key)
		if n := len(restored) - 1; n > 0 {
			what = fmt.Sprintf("%d ledger rows came back as the last audit wrote them (%s's, and %d more)", n+1, name, n)
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
		list += fmt.Sprintf(", and %d more", more)
	}
	what, why, when := fmt.Sprintf("%d ledger name cells followed", n), "the tool wrote those names, and the accounts have new ones", ""
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
// its notes, and only the person can tell.
func refollowedNote(again []audit.AddedKey, rowName func(personID string) string) string {
	row := func(a audit.AddedKey) string {
		return cmp.Or(strings.TrimSpace(rowName(a.PersonID)), a.PersonID)
	}
	if len(again) == 1 {
		return fmt.Sprintf("%s, followed again, took the ledger row of %s by its name: the account of that name you unfollowed before. If it is someone else, move it to a row of its own, with an empty person_id.", again[0].Key, row(again[0]))
	}
	return fmt.Sprintf("%d Facebook accounts followed again took ledger rows by their name (%s, %s's row, and %d more): the accounts of those names you unfollowed before. If one is someone else, move it to a row of its own, with an empty person_id.",
		len(again), again[0].Key, row(again[0]), len(again)-1)
}

// possibleCount counts the people who may be another person too (the
// same name or handle on another network, not merged: Person.Possible):
// the people of the ledger, whom the person follows on some network. A
// follower not followed back has a possible match too (the followed
// account of their name elsewhere), but no ledger row and no decision:
// counted, they were most of the count for someone with a big audience
// (1,490 of 2,685 with 20,000 Facebook followers), who could do nothing
// about them.
func possibleCount(people []*audit.Person) int {
	n := 0
	for _, p := range people {
		if len(p.Possible()) > 0 && slices.ContainsFunc(p.Accounts, (*audit.Account).Follows) {
			n++
		}
	}
	return n
}

// possibleNote points at the possible matches, which only the import
// table and review given the exports show (review without them knows the
// accounts from the ledger alone): a note written on one of the two rows would
// leave the other account unknown.
func possibleNote(n int) string {
	who := fmt.Sprintf("%d people may be", n)
	if n == 1 {
		who = "1 person may be"
	}
	return who + " someone listed under another account too (the same name or handle elsewhere, not merged): " +
		"unfollow-audit review given these exports, or import --format table, shows them; to join two, move one row's keys onto the other's in the ledger."
}

// batchHintOver is how many accounts to unfollow on one network make
// batchHint point at --batch-size: platforms throttle, and may lock,
// people who unfollow hundreds of accounts a day.
const batchHintOver = 200

// batchHint points at --batch-size where the run says to unfollow by hand
// (the ledger reviewed: see writeAuditSummary) more than batchHintOver
// accounts on one network and the list is not split: a big audience's
// unfollow list runs into thousands a network, which the summary's "Next"
// line told them to unfollow, with no word of the limits. "" otherwise,
// and on a baseline, whose next step is the ledger.
func batchHint(s audit.Summary, batchSize int) string {
	if batchSize > 0 || !s.Reviewed && s.Total.NotReviewed > 0 {
		return ""
	}
	var most audit.Counts
	for _, c := range s.Networks {
		if c.Unfollow > most.Unfollow {
			most = c
		}
	}
	if most.Unfollow <= batchHintOver {
		return ""
	}
	return fmt.Sprintf("Platforms throttle, and may lock, people who unfollow hundreds of accounts a day, and unfollow.csv lists %d on %s: "+
		"add --batch-size N to split it per network into files of at most N rows, and do one file per network a day.",
		most.Unfollow, audit.NetworkTitle(most.Network))
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
			fmt.Fprintf(&b, ", and %d more, named once these are fixed", len(keys)-max)
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
		what = fmt.Sprintf("%d keys of rows you added are in none of these exports (%s): check how they are written", n, keysAt(keys, near, at, n))
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
		where = fmt.Sprintf("nor in the history files left (those of %d of the %d audits are gone from history/)", u.lost, u.runs)
		unless, unlessMany = ", unless it is an account only those audits read", ", unless they are accounts only those audits read"
	case u.elsewhere > 0:
		rows := fmt.Sprintf("%d of its rows are", u.elsewhere)
		if u.elsewhere == 1 {
			rows = "1 of its rows is"
		}
		unless = ", unless it came with the ledger from another workspace (" + rows + " of people no audit in this one decided)"
		unlessMany = ", unless they came with the ledger from another workspace (" + rows + " of people no audit in this one decided)"
	}
	what := fmt.Sprintf("%s on ledger %s is in none of these exports %s: check how it is written%s%s", keys[0].Key, at(keys[0].Line), where, meant(near, 0), unless)
	if n := len(keys); n > 1 {
		what = fmt.Sprintf("%d keys of ledger rows are in none of these exports %s (%s): check how they are written%s", n, where, keysAt(keys, near, at, untracedListed), unlessMany)
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
		of = fmt.Sprintf(" of %d people", len(names))
		if len(names) == 1 {
			of = " of 1 person"
		}
	}
	who := fmt.Sprintf("%d accounts%s %s decided on your notes have none now (%s", accounts, of, since, names[0])
	if accounts == 1 {
		who = fmt.Sprintf("1 account %s decided on your notes has none now (%s", since, names[0])
	} else if len(names) > 1 {
		who += fmt.Sprintf(", and %d more", len(names)-1)
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

// lapsedNote names the people kept as met by the audit compared with and
// unfollowed now as not met within the window any more, "" where there
// are none: the summary counted them among the changed, and people who
// are not family or friends (not on reach-out.csv) were named nowhere
// but in changes.csv. An account kept for a meeting then, unfollowed now
// as lapsed or, where the network keeps only people met (a Facebook
// friend who also inspires you), by its policy, with the meeting out of
// the window: replaced by the same person's new account too (a LinkedIn
// address edited), not guessed. Not a person kept then for another note
// the person cleared since (inspiring, supplier): they did not lapse.
// "Since the last audit" is per person: since the latest audit that read
// one of their accounts, lastRead's day (the latest of their rows in the
// run compared with, a carried row keeping the day of the run that read
// it; 0 for a person without rows there). A person whose meeting was out
// of the window on that day lapsed before it, and that audit or an
// earlier one named them: an account of theirs on a network left out of
// the audits since, compared now with the older run that last read it,
// goes from kept to lapsed, and they are not named again. That audit's
// window is the one lastRead gives with the day, not this run's: with a
// shorter --met-within now, a meeting that audit kept is out of the new
// window on its day too, yet nobody named the person lapsed.
// notes gives a person's annotations, for those unfollowed by a policy
// or as lapsed.
func lapsedNote(changes []audit.Change, rules audit.Rules, notes func(personID string) *audit.Annotations, lastRead func(personID string) (audit.Date, audit.Span), ledgerName func(personID string) string, since string) string {
	start := rules.Window.Before(rules.AsOf)
	var names []string
	seen := map[string]bool{}
	for _, c := range changes {
		if (c.Kind != audit.ChangeChanged && (c.Kind != audit.ChangeReplaced || c.Guess)) ||
			c.Before != audit.DecisionKeep || c.BeforeRule != audit.RuleMet || c.After != audit.DecisionUnfollow || seen[c.PersonID] {
			continue
		}
		n := notes(c.PersonID)
		switch c.AfterRule {
		case audit.RuleLapsed:
		case audit.RulePolicy:
			// By a policy: lapsed where the meeting is out of the window,
			// not where the policy alone changed.
			if n == nil || n.LastMet.IsZero() || n.LastMet.Last >= start {
				continue
			}
		default:
			continue
		}
		if day, window := lastRead(c.PersonID); day != 0 && n != nil && !n.LastMet.IsZero() && n.LastMet.Last < window.Before(day) {
			continue // lapsed before the latest audit that read them
		}
		seen[c.PersonID] = true
		names = append(names, cmp.Or(c.Name, strings.TrimSpace(ledgerName(c.PersonID)), c.Network+":"+c.ID))
	}
	if len(names) == 0 {
		return ""
	}
	who := fmt.Sprintf("%d people lapsed since %s", len(names), since)
	list := strings.Join(names[:min(len(names), 3)], ", ")
	if len(names) == 1 {
		who = "1 person lapsed since " + since
	}
	if len(names) > 3 {
		list += fmt.Sprintf(", and %d more", len(names)-3)
	}
	return fmt.Sprintf("%s (%s): not met within %s any more, they are unfollowed now where that meeting kept them. If you met them since, give the day in last_met; changes.csv lists their accounts, and review asks about them.", who, list, rules.Window)
}

// followAgainNote names the people the ledger's notes keep on a network
// of theirs (met within the window again, inspiring, a supplier) whom the
// exports show followed nowhere, "" where there are none. The seed brings
// people back into one's networks as one reconnects with them: someone
// unfollowed as lapsed, met again and given the day in last_met, was
// only taken off reach-out.csv, and no list said to follow them again.
// read says whether these exports, or the audit whose lists are carried,
// held every list a key may be on (see readKeys): a network or a list no
// run looked at (a ledger brought to a new workspace given LinkedIn
// alone, Company Follows.csv never given) shows nothing, and a key the
// run names as in none of the exports (a typo most likely) is left to
// that note, and named here on the runs after it: the note says to check
// a key on the row of someone never followed (no run can tell such a row
// from one brought from another workspace, see Ledger.UntracedKeys).
// Where a row is kept on Instagram or Mastodon, whose ids are handles, the
// note says how a renamed or moved account shows (gone under its old
// handle, new under its new one: see handleNote), as told to follow again
// an account still followed under its new handle, the person would follow
// it twice or unfollow the new one. The note guesses no match (changes.csv
// may, on Instagram and LinkedIn: see audit's renamedFollows).
//
// A key changes.csv guesses renamed (guessed: a "renamed?" replaced row,
// see audit's renamedFollows; nil for none) may be followed under its new
// id: the row says so, and the note says to check that account before
// following again, as a LinkedIn member who changed both their name and
// their profile address is still a connection, under a new id (on
// Instagram and Mastodon, the handle note says it of every account).
//
// A Facebook friend (friends says which of the Facebook keys the runs
// listed as friends: see auditNotes.facebookFriends) is not followed
// again but asked again: the person unfriended them since (see
// audit.MarkUnfriended), or they the person. The row names
// them "facebook friend", and the note says to send them a friend
// request; a Facebook follow (a page, a public figure) is followed again.
func followAgainNote(l *audit.Ledger, rules audit.Rules, read func(key string) bool, friends func(keys []string) map[string]bool, guessed, earlier func(key string) bool) string {
	type kept struct {
		r    *audit.LedgerRow
		keys []string // one a network: the first its notes keep
		fb   []string // every Facebook key its notes keep
	}
	var rows []kept
	var fb []string      // the Facebook keys among them
	var handles []string // the networks of handle ids the rows named are kept on
	for _, r := range l.NotFollowed() {
		// Most such rows, on a re-audit after a baseline, are people
		// unfollowed on blank notes: nothing to decide.
		if n := &r.Notes; n.Toxic || n.Unsure || (n.LastMet.IsZero() && !n.Inspiring && !n.Supplier) {
			continue
		}
		var nets, keys, fbKeys []string
		for _, k := range r.Accounts {
			network, _, _ := strings.Cut(k, ":")
			// A friend and a follow of one person (see audit's
			// followedWithFriend) are both on the row: either may come
			// first.
			if network == audit.Facebook && read(k) && rules.Decide(network, &r.Notes).Keep {
				fbKeys = append(fbKeys, k)
			}
			if !slices.Contains(nets, network) && read(k) && rules.Decide(network, &r.Notes).Keep {
				nets = append(nets, network)
				keys = append(keys, k)
				if handleIDs(network) && !slices.Contains(handles, network) {
					handles = append(handles, network)
				}
			}
		}
		if len(keys) > 0 {
			rows = append(rows, kept{r, keys, fbKeys})
			fb = append(fb, fbKeys...)
		}
	}
	if len(rows) == 0 {
		return ""
	}
	var friend map[string]bool
	if len(fb) > 0 && friends != nil {
		friend = friends(fb)
	}
	var names []string
	follows, asks, renamed, before := false, false, false, false
	for _, k := range rows {
		nets := make([]string, len(k.keys))
		for i, key := range k.keys {
			nets[i], _, _ = strings.Cut(key, ":")
			if nets[i] == audit.Facebook && slices.ContainsFunc(k.fb, func(f string) bool { return friend[f] }) {
				nets[i] += " friend"
				asks = true
			} else {
				follows = true
			}
			// On Instagram, whose ids are handles, handleNote says how a
			// renamed account shows.
			if !handleIDs(nets[i]) && (guessed != nil && guessed(key) || earlier != nil && earlier(key)) {
				nets[i] += ": renamed?"
				renamed = renamed || guessed != nil && guessed(key)
				before = before || earlier != nil && earlier(key)
			}
		}
		names = append(names, fmt.Sprintf("%s (%s)", cmp.Or(strings.TrimSpace(l.Name(k.r)), k.r.Accounts[0]), strings.Join(nets, ", ")))
	}
	who := fmt.Sprintf("Your notes keep %d people these exports show you follow nowhere", len(names))
	if len(names) == 1 {
		who = "Your notes keep 1 person these exports show you follow nowhere"
	}
	list := strings.Join(names[:min(len(names), 3)], ", ")
	if len(names) > 3 {
		list += fmt.Sprintf(", and %d more (in_exports no in the ledger)", len(names)-3)
	}
	again := "follow them again there"
	switch {
	case asks && follows:
		again = "follow them again there, and send a Facebook friend a friend request"
	case asks:
		again = "send them a friend request on Facebook"
	}
	check := renamedCheck(renamed, before)
	return who + ": " + list + ". To keep them, " + again + " (their accounts are on their ledger rows; on a row of someone you never followed, check how the key is written: unfollow-audit import lists the exports' ids); to let them go, clear the notes that keep them." + check + handleNote(handles)
}

// renamedCheck is what followAgainNote and followAgainThereNote add where
// they mark an account "renamed?": guessed by changes.csv (renamed), or
// by an earlier audit, which the note on the guesses not acted on yet
// names again (before, see pendingNote); "" for neither.
func renamedCheck(renamed, before bool) string {
	where := ""
	switch {
	case renamed && before:
		where = "changes.csv, or the note on earlier guesses below,"
	case renamed:
		where = "changes.csv"
	case before:
		where = "the note on earlier guesses below"
	default:
		return ""
	}
	return " Where it says \"renamed?\", " + where + " names a new account that may be theirs, under a new name: if it is, move its key to their ledger row rather than follow them again."
}

// pendingKeys returns whether a guess an earlier audit made, not acted on
// yet (see pendingGuesses), is of the account of key; nil for none.
func pendingKeys(pending []audit.Change) func(key string) bool {
	if len(pending) == 0 {
		return nil
	}
	keys := map[string]bool{}
	for _, c := range pending {
		keys[c.Network+":"+c.ID] = true
	}
	return func(key string) bool { return keys[key] }
}

// renamedGuesses returns whether changes.csv guesses the account of key
// renamed: a replaced row only guessed ("renamed?"), which names the new
// account that may be it.
func renamedGuesses(changes []audit.Change) func(key string) bool {
	var keys map[string]bool
	for _, c := range changes {
		if c.Kind == audit.ChangeReplaced && c.Guess && strings.HasPrefix(c.Note, "renamed? ") {
			if keys == nil {
				keys = map[string]bool{}
			}
			keys[c.Network+":"+c.ID] = true
		}
	}
	if keys == nil {
		return nil
	}
	return func(key string) bool { return keys[key] }
}

// followAgainThereNote names the people the ledger's notes keep on a
// network (met within the window again, inspiring, a supplier) where the
// exports hold the list their account there would be on, but not it,
// while an account of theirs elsewhere is followed (a row followed
// nowhere is followAgainNote's), "" where there are none. Someone who
// lapsed, was unfollowed on Instagram and Twitter/X as the list said, and
// whom the person met again and gave the day in last_met, is still a
// Facebook friend: no list said to follow them again where they were
// unfollowed. holds says whether the exports hold the list a key may be on
// (a list carried, or never given, says nothing), and not a key the run
// names as typed wrong; followed, which keys the exports list as followed
// (or as a friend or connection). A network where another key of the row
// is followed, or one these exports cannot tell of, is left out: the old
// key of an account renamed (moved onto the row, or joined to it by the
// tool) stays on the row beside the new.
// So is a key movedNote names (an Instagram or Mastodon account kept and
// gone since the last audit, maybe renamed), and one changes.csv guesses
// renamed is marked so, as in followAgainNote; a Facebook friend (see
// auditNotes.facebookFriends) is asked again with a friend request.
func followAgainThereNote(l *audit.Ledger, rules audit.Rules, holds func(key string) bool, followed func(keys []string) map[string]bool, moved func(key string) bool, friends func(keys []string) map[string]bool, guessed, earlier func(key string) bool) string {
	type kept struct {
		r    *audit.LedgerRow
		keys []string
	}
	// The rows the notes keep, and which of their keys are followed: the
	// exports are looked up for those keys alone, not keyed whole (a
	// million accounts).
	var keeping []*audit.LedgerRow
	var asked []string
	for _, r := range l.FollowedRows() {
		if n := &r.Notes; n.Toxic || n.Unsure || (n.LastMet.IsZero() && !n.Inspiring && !n.Supplier) {
			continue
		}
		keeping = append(keeping, r)
		asked = append(asked, r.Accounts...)
	}
	if len(keeping) == 0 {
		return ""
	}
	isFollowed := followed(asked)
	var rows []kept
	var fb []string
	for _, r := range keeping {
		// The networks where a key of the row is followed, or on a list
		// these exports lack (carried, maybe followed: a LinkedIn member
		// followed, given a Connections-only export).
		on := map[string]bool{}
		for _, k := range r.Accounts {
			if isFollowed[k] || !holds(k) {
				network, _, _ := strings.Cut(k, ":")
				on[network] = true
			}
		}
		var keys []string
		for _, k := range r.Accounts {
			network, _, _ := strings.Cut(k, ":")
			if on[network] || moved != nil && moved(k) || !rules.Decide(network, &r.Notes).Keep {
				continue
			}
			on[network] = true // one key a network
			keys = append(keys, k)
			if network == audit.Facebook {
				fb = append(fb, k)
			}
		}
		if len(keys) > 0 {
			rows = append(rows, kept{r, keys})
		}
	}
	if len(rows) == 0 {
		return ""
	}
	var friend map[string]bool
	if len(fb) > 0 && friends != nil {
		friend = friends(fb)
	}
	var names []string
	follows, asks, renamed, before := false, false, false, false
	for _, k := range rows {
		nets := make([]string, len(k.keys))
		for i, key := range k.keys {
			nets[i], _, _ = strings.Cut(key, ":")
			if friend[key] {
				nets[i] += " friend"
				asks = true
			} else {
				follows = true
			}
			if guessed != nil && guessed(key) || earlier != nil && earlier(key) {
				nets[i] += ": renamed?"
				renamed = renamed || guessed != nil && guessed(key)
				before = before || earlier != nil && earlier(key)
			}
		}
		names = append(names, fmt.Sprintf("%s (%s)", cmp.Or(strings.TrimSpace(l.Name(k.r)), k.r.Accounts[0]), strings.Join(nets, ", ")))
	}
	who := fmt.Sprintf("Your notes keep %d people you follow elsewhere whose account these exports show you no longer follow", len(names))
	if len(names) == 1 {
		who = "Your notes keep 1 person you follow elsewhere whose account these exports show you no longer follow"
	}
	list := strings.Join(names[:min(len(names), 3)], ", ")
	if len(names) > 3 {
		list += fmt.Sprintf(", and %d more", len(names)-3)
	}
	again := "follow them again there"
	switch {
	case asks && follows:
		again = "follow them again there, and send a Facebook friend a friend request"
	case asks:
		again = "send them a friend request on Facebook"
	}
	check := renamedCheck(renamed, before)
	return who + ": " + list + ". To keep them, " + again + " (the keys are on their ledger rows: keep.csv lists only the accounts these exports hold); to let them go there, take that key off their row, and their notes keep them where you still follow them." + check
}

// renamedMaybe reports whether c is one movedNote names: an Instagram or
// Mastodon account kept and gone since the last audit (renamed or moved,
// maybe), or one changes.csv guesses renamed or moved. An account the
// last audit said to unfollow, gone, is an unfollow done, not a rename.
func renamedMaybe(c *audit.Change) bool {
	return handleIDs(c.Network) && (c.Kind == audit.ChangeGone && c.Before != audit.DecisionUnfollow || c.Kind == audit.ChangeReplaced && c.Guess)
}

// movedNote names the people the notes keep on Instagram or Mastodon, and
// still followed elsewhere, whose account there is gone from these
// exports: renamed on Instagram or moved on Mastodon, it is new under its
// new handle, on a row of its own, and on unfollow.csv, while their own
// row stays followed (in these exports, or on a list they lack, its
// accounts carried). followAgainNote says it of the people followed
// nowhere. It guesses no match.
func movedNote(changes []audit.Change, l *audit.Ledger, rules audit.Rules) string {
	// One entry a person, with each of their keys gone: a person whose
	// Instagram and Mastodon accounts are both gone is one person.
	type gone struct {
		row  *audit.LedgerRow
		keys []string
	}
	var gones []gone
	at := map[*audit.LedgerRow]int{}
	for _, c := range changes {
		// Gone, or guessed renamed (changes.csv's "renamed?"): the new
		// account is not on their row.
		if !renamedMaybe(&c) {
			continue
		}
		r := l.Row(c.PersonID)
		if r == nil || !rules.Decide(c.Network, &r.Notes).Keep {
			continue
		}
		i, ok := at[r]
		if !ok {
			i = len(gones)
			at[r] = i
			gones = append(gones, gone{row: r})
		}
		gones[i].keys = append(gones[i].keys, c.Network+":"+c.ID)
	}
	if len(gones) == 0 {
		return ""
	}
	var names, handles []string
	for _, g := range gones {
		// Followed in these exports, or on a list they lack, carried:
		// the row's in_exports.
		if !l.Followed(g.row) {
			continue // followed nowhere: followAgainNote's
		}
		keys := strings.Join(g.keys, ", ")
		names = append(names, fmt.Sprintf("%s (%s)", cmp.Or(strings.TrimSpace(l.Name(g.row)), g.keys[0]), keys))
		for _, k := range g.keys {
			if network, _, _ := strings.Cut(k, ":"); !slices.Contains(handles, network) {
				handles = append(handles, network)
			}
		}
	}
	if len(names) == 0 {
		return ""
	}
	var titles []string
	for _, n := range handles {
		titles = append(titles, audit.NetworkTitle(n))
	}
	where := strings.Join(titles, " or ")
	who := fmt.Sprintf("Your notes keep %d people you follow elsewhere whose %s account is gone from these exports", len(names), where)
	if len(names) == 1 {
		who = fmt.Sprintf("Your notes keep 1 person you follow elsewhere whose %s account is gone from these exports", where)
	}
	list := strings.Join(names[:min(len(names), 3)], ", ")
	if len(names) > 3 {
		list += fmt.Sprintf(", and %d more (in changes.csv)", len(names)-3)
	}
	until := " Until then, their new accounts are on unfollow.csv, as accounts of people you do not know."
	if len(names) == 1 {
		until = " Until then, the new account is on unfollow.csv, as someone you do not know."
	}
	return who + ": " + list + "." + handleNote(handles) + until
}

// retakenNote names the Instagram accounts followed after the audit that
// listed their username (audit.RetakenUsernames), each on the ledger row
// of that username's notes: followed again since, or another account that
// took the username once its owner renamed theirs, on whom those notes
// then decide. Which, the exports cannot tell; the person can. name gives
// a row's name by person id.
func retakenNote(retaken []audit.Retaken, name func(string) string) string {
	if len(retaken) == 0 {
		return ""
	}
	var list []string
	for _, r := range retaken[:min(len(retaken), 3)] {
		on := ""
		if n := strings.TrimSpace(name(r.PersonID)); n != "" {
			on = ", on the ledger row of " + n
		}
		if len(r.Renamed) > 0 {
			on += "; " + strings.Join(r.Renamed, " or ") + ", new, followed before that audit, may be theirs, renamed"
		}
		list = append(list, fmt.Sprintf("%s (followed %s, after the audit of %s%s)", r.Key, r.Followed, r.Listed, on))
	}
	what := strings.Join(list, ", ")
	if len(retaken) > 3 {
		what += fmt.Sprintf(", and %d more", len(retaken)-3)
	}
	if len(retaken) == 1 {
		return "1 Instagram account you follow was followed after the audit that listed its username: " + what +
			". Either you followed it again since, or its owner renamed theirs and another account took the name: " +
			"then the notes on that row are not about it, yet decide for it. If so, move its key to a row of its own (a new row, person_id empty)" +
			renamedHint(retaken) + "."
	}
	return fmt.Sprintf("%d Instagram accounts you follow were followed after the audit that listed their usernames: ", len(retaken)) + what +
		". Either you followed them again since, or their owners renamed theirs and other accounts took the names: " +
		"then the notes on those rows are not about them, yet decide for them. If so, move each key to a row of its own (a new row, person_id empty)" +
		renamedHint(retaken) + "."
}

// renamedHint is what retakenNote adds where it names an account new and
// followed before the audit (audit.Retaken's Renamed): the renamed
// account, most likely, to put on the row of the notes in its place.
func renamedHint(retaken []audit.Retaken) string {
	for _, r := range retaken {
		if len(r.Renamed) > 0 {
			return ", and put the renamed account's key, if it is one of those named, on that row in its place"
		}
	}
	return ""
}

// handleIDs reports whether the network's account ids are handles, which
// the account's owner can change: Instagram's the username, Mastodon's
// the address (user@server), which moving to another server changes. The
// exports give no stable id beside them, and no display name to match by.
func handleIDs(network string) bool {
	return network == audit.Instagram || network == audit.Mastodon
}

// handleNote says, for followAgainNote, how an account of those networks
// (handleIDs) that changed its handle looks in an audit, and how to tie
// its new key to the ledger row, "" for none.
func handleNote(networks []string) string {
	var how, key string
	switch {
	case len(networks) == 0:
		return ""
	case len(networks) > 1:
		how = "On Instagram and Mastodon an account's id is its handle: an account renamed on Instagram, or moved to a new address on Mastodon, shows as gone under its old handle and new under its new one"
		key = "instagram:new_name or mastodon:user@new.server"
	case networks[0] == audit.Instagram:
		how = "On Instagram an account's id is its username: an account renamed shows as gone under its old username and new under its new one"
		key = "instagram:new_name"
	default:
		how = "On Mastodon an account's id is its address: an account moved to a new address shows as gone under its old one and new under its new one"
		key = "mastodon:user@new.server"
	}
	keep := ""
	if slices.Contains(networks, audit.Mastodon) {
		// The keep list is written from this run's decisions: the new
		// address, on a row of its own, is not kept, and Mastodon's
		// Overwrite import would unfollow it.
		keep = " " + mastodonKeep + " leaves a new address out while it is on a row of its own: do not import it with Overwrite before you move its key, or Mastodon unfollows it."
	}
	return " " + how + ". If you still follow them under a new handle, do not follow the old one again: move the new key (its own ledger row lists it, as " + key + ") from that row to the accounts cell of the row with your notes." + keep
}

// rulesNote says how the rules of this run (what keeps an account on each
// of networks, the met-within window) differ from those of the last run
// that read each network (last, see lastOfNetworks), "" where they do not
// or the last runs did not record theirs. --policy and --met-within are
// not kept from run to run: a quarter run without the ones given before
// decided otherwise without a word.
// tail is what follows the differences, before the flags: where the
// decisions they changed are.
func rulesNote(last []audit.RunStat, rules audit.Rules, networks []string, whose, tail string) string {
	var diffs, flags []string
	var windows []string // "6m on facebook", of the networks whose window differs
	window, mixed := "", false
	first := "" // the window of the first network that recorded one, as months or as written
	for _, r := range last {
		if !slices.Contains(networks, r.Network) {
			continue
		}
		if now := rules.Policy.Allows(r.Network).String(); r.Keeps != "" && r.Keeps != now {
			diffs = append(diffs, fmt.Sprintf("%s keeps %s (%s then)", r.Network, now, r.Keeps))
			flags = append(flags, fmt.Sprintf("--policy %s=%s", r.Network, policyFlag(r.Keeps)))
		}
		if r.MetWithin == "" {
			continue
		}
		// The same window written otherwise ("1y" then, "12m" now)
		// decides alike: nothing to say.
		then, err := audit.ParseSpan(r.MetWithin)
		if err != nil || !then.Same(rules.Window) {
			window = r.MetWithin
			windows = append(windows, r.MetWithin+" on "+r.Network)
		}
		// Networks audited last with different windows (a network audited
		// apart) cannot all be decided as then by one --met-within. A
		// window runs.csv holds unreadable (edited by hand) is compared
		// as written.
		w := r.MetWithin
		if err == nil {
			w = then.Months().Flag()
		}
		switch {
		case first == "":
			first = w
		case w != first:
			mixed = true
		}
	}
	switch {
	case window != "" && !mixed:
		diffs = append(diffs, fmt.Sprintf("met within %s (%s then)", rules.Window.Flag(), window))
		flags = append(flags, "--met-within "+window)
	case window != "":
		diffs = append(diffs, fmt.Sprintf("met within %s (%s then)", rules.Window.Flag(), strings.Join(windows, ", ")))
	}
	if len(diffs) == 0 {
		return ""
	}
	note := "These rules are not " + whose + ": " + strings.Join(diffs, "; ") + "."
	switch {
	case len(flags) > 0:
		note += " " + tail + "to decide as then, give " + strings.Join(flags, " ") + "."
	case tail != "":
		note += " " + strings.TrimSuffix(tail, "; ") + "."
	}
	if mixed {
		note += " --met-within is one window for every network: to decide each as then, audit its exports apart with its own."
	}
	return note
}

// sameRules reports whether the last run (its rows of runs, lastRun its
// number) decided by rules. A run that comes to the last one's decisions
// by other rules (a --policy or --met-within given or dropped, the same
// day, on blank notes) is a run of its own, not a repeat: runs.csv then
// records the rules it used, which the next run's rulesNote compares
// with; as a repeat it kept the first run's, and the next quarter named
// rules that were not the last used.
func sameRules(runs []audit.RunStat, lastRun string, rules audit.Rules) bool {
	var last []audit.RunStat
	var networks []string
	for _, r := range runs {
		if r.Run == lastRun {
			last = append(last, r)
			networks = append(networks, r.Network)
		}
	}
	return rulesNote(last, rules, networks, "", "") == ""
}

// policyFlag is what --policy takes for a network's keep reasons as
// runs.csv records them: "nothing" is "none".
func policyFlag(keeps string) string {
	if keeps == "nothing" {
		return "none"
	}
	return keeps
}

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
// and the window the last run of that day up to the one compared with
// decided by (runs.csv's met_within), window where runs.csv does not say.
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
	if latest != nil {
		for i := range rows {
			p := &rows[i]
			// Days are YYYY-MM-DD: the latest is the greatest string.
			if day, ok := latest[p.PersonID()]; ok && p.AsOf() > day {
				latest[p.PersonID()] = p.AsOf()
			}
		}
	}
	var windows map[audit.Date]audit.Span
	if latest != nil {
		windows = audit.MetWindows(runs, audit.RunOf(compared))
	}
	return func(id string) (audit.Date, audit.Span) {
		d, _ := audit.ParseDate(latest[id]) // 0 for "" or a day not read
		if w, ok := windows[d]; ok && d != 0 {
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
		out := map[string]bool{}
		for k := range find(keys) {
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
		out := map[string]*audit.Item{}
		if len(keys) == 0 {
			return out
		}
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
	// audit.MarkUnfriended).
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

// handAddedKeys returns the Facebook keys of rows, the rows the person
// added by hand (see auditNotes.handAdded), or nil.
func handAddedKeys(rows []*audit.LedgerRow) map[string]bool {
	var keys map[string]bool
	for _, r := range rows {
		for _, k := range r.Accounts {
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
	notes := leftOutNotes(n.stats)
	notes = append(notes, unfollowedConnectionsNote(n.items, n.past, n.changes))
	if c := possibleCount(n.people); c > 0 {
		notes = append(notes, possibleNote(c))
	}
	// A key kept off a misread accounts cell went back to its row as one
	// written there does (see Ledger.KeptOff).
	if back := audit.Regrouped(n.last, slices.Concat(n.ledger.Appended(), n.ledger.KeptOff())); len(back) > 0 || len(n.restored) > 0 {
		notes = append(notes, regroupedNote(back, n.restored))
	}
	// Cells the person sees changed: said beside the keys put back.
	renamed, count := n.ledger.Renamed()
	notes = append(notes, renamedNote(renamed, count, renamedByAudit))
	if again := n.known.Refollowed(); len(again) > 0 {
		notes = append(notes, refollowedNote(again, n.rowName))
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
	notes = append(notes, followAgainNote(n.ledger, n.rules, readKeys(n.coverage, n.lastRuns, append(n.unseen[:len(n.unseen):len(n.unseen)], n.untraced.keys...)), n.facebookFriends, renamedGuesses(n.changes), pendingKeys(n.pending)))
	notes = append(notes, unfriendedNote(n.unfriended))
	notes = append(notes, movedNote(n.changes, n.ledger, n.rules))
	notes = append(notes, followAgainThereNote(n.ledger, n.rules, holdsKeys(n.lookedFor, append(n.unseen[:len(n.unseen):len(n.unseen)], n.untraced.keys...)),
		followedKeys(n.items), movedKeys(n.changes), n.facebookFriends, renamedGuesses(n.changes), pendingKeys(n.pending)))
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
		notes = append(notes, fmt.Sprintf("The unfollow list is split into %d %s of at most %d %s (unfollow-<network>-NN.csv): at one file per network a day, that is %d %s.",
			len(n.batches), plural(len(n.batches), "file", "files"), n.batchSize, plural(n.batchSize, "row", "rows"),
			days, plural(days, "day", "days")))
	}
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

// unfriendedNote says, of n Facebook friends the list said to unfollow,
// staying friends, that the person unfriended instead (see
// audit.MarkUnfriended), what the method does; "" for none.
func unfriendedNote(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("%d Facebook %s the list said to unfollow, staying friends, %s unfriended instead (removed_friends.json; see changes.csv). "+
		"The method unfollows and stays friends: no one is told, and the tie is kept. If it was by mistake, send %s a friend request.",
		n, plural(n, "friend", "friends"), plural(n, "was", "were"), plural(n, "that friend", "them"))
}

// staleExportsNote names the exports given as zips that are the ones the
// last audit of their network read (dated as its exported), that audit
// being of an earlier day: last quarter's LinkedIn zip given again beside
// this quarter's other exports. It is no older than one an audit read,
// and not refused (see olderExport), but the run finds nothing new or
// gone on that network, and no unfollow done, whatever the person did
// there since; "" where there is none. An export of that day that holds
// an account new or gone since (changes) is a fresh one, downloaded the
// day of the last: not named. Where every export is the last audit's,
// the run is compared with the audit before them, and says so instead
// (auditNotes.sameExports).
func staleExportsNote(c importers.Coverage, last []audit.RunStat, asOf audit.Date, changes []audit.Change) string {
	moved := map[string]bool{}
	for _, ch := range changes {
		if ch.Kind != audit.ChangeChanged {
			moved[ch.Network] = true
		}
	}
	var parts []string
	for _, r := range last { // by network
		day, input := c.Made(r.Network)
		if day == 0 || !c.HasNetwork(r.Network) || r.Exported != day.String() || r.AsOf >= asOf.String() || moved[r.Network] {
			continue
		}
		parts = append(parts, fmt.Sprintf("%s (%s, the audit of %s)", audit.NetworkTitle(r.Network), filepath.Base(input), r.AsOf))
	}
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return "This export is the one an earlier audit read: " + parts[0] + ". What you followed or unfollowed on that network since it was downloaded shows only in a fresh export: this run counts none of it as new, gone or done."
	}
	list := strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
	return "These exports are the ones earlier audits read: " + list + ". What you followed or unfollowed on those networks since they were downloaded shows only in fresh exports: this run counts none of it as new, gone or done."
}

// unfollowedConnectionsNote says how many LinkedIn connections the export
// itself shows unfollowed (an Unfollow row of Member_Follows.csv of their
// name, audit.ExtraUnfollowed) this run leaves off both lists, decided
// unfollow with nothing left to do (audit.MarkUnfollowedTies), and that
// the run compared with (past) did not have: at a first audit, every
// one, which would otherwise drop off the lists unsaid; after, a
// connection made and unfollowed since. One the run compared with listed
// is an unfollow done, a gone row of changes.csv, and one it found so
// already was said then. One kept by its notes is on keep.csv, told to
// follow it again, and is not counted. Nor is one the run compared with
// had under another id (its profile address changed since): its
// replaced row of changes says it is gone from the accounts followed, an
// unfollow done where that run listed it (no decision after, see
// audit.Compare). Such a row is its person's, who has no other
// connection new since (audit.Compare pairs one gone with the one new).
// Nor is one that run found unfollowed already under another id (its
// address changed since, see audit.UnfollowedUnderOldID): it has no row
// of changes, and was said then.
// "" where there is none.
func unfollowedConnectionsNote(items []audit.Item, past []audit.Past, changes []audit.Change) string {
	var replaced map[string]bool // the people of those replaced rows: few
	for i := range changes {
		if c := &changes[i]; c.Kind == audit.ChangeReplaced && !c.Guess && c.After == "" && c.Network == audit.LinkedIn {
			if replaced == nil {
				replaced = map[string]bool{}
			}
			replaced[c.PersonID] = true
		}
	}
	var ids map[string]int // the connections, by id: their items, few
	for i := range items {
		it := &items[i]
		if it.Person != nil && replaced[it.Person.ID] {
			continue
		}
		if a := it.Account; it.Decision.Unfollowed && a.Network == audit.LinkedIn && a.Extra[audit.ExtraUnfollowed] != "" {
			if ids == nil {
				ids = map[string]int{}
			}
			ids[a.ID] = i
		}
	}
	if len(ids) == 0 {
		return ""
	}
	for i := range past { // up to a million rows: no key made of each
		if p := &past[i]; p.Network() == audit.LinkedIn {
			delete(ids, p.ID())
		}
	}
	if len(ids) > 0 && len(past) > 0 {
		// Found unfollowed by that run under another id (its address
		// changed since): known, not found anew.
		cands := make([]int, 0, len(ids))
		for _, i := range ids {
			cands = append(cands, i)
		}
		known := audit.UnfollowedUnderOldID(past, items, cands)
		for id, i := range ids {
			if known[i] {
				delete(ids, id)
			}
		}
	}
	switch n := len(ids); n {
	case 0:
		return ""
	case 1:
		return "1 LinkedIn connection you already unfollowed (Member_Follows.csv says so) stays connected and is off the lists."
	default:
		return fmt.Sprintf("%d LinkedIn connections you already unfollowed (Member_Follows.csv says so) stay connected and are off the lists.", n)
	}
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
		if name == "" && len(r.Accounts) > 0 {
			name = r.Accounts[0]
		}
		names = append(names, fmt.Sprintf("%s (%s)", name, strings.Join(strings.Fields(r.Notes.Relationship), " ")))
	}
	list := strings.Join(names, ", ")
	if len(rows) > 3 {
		list += fmt.Sprintf(", and %d more", len(rows)-3)
	}
	who := fmt.Sprintf("%d people you have not met within %s, or are unsure about, are", len(rows), window)
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
		more, them = fmt.Sprintf(", and %d more %s like it", n-1, plural(n-1, "cell", "cells")), "them"
	}
	keys := ""
	if _, key := l.MisreadKey(); key != "" {
		keys = fmt.Sprintf(", and reads the account keys among %s as they were written before (%s)", them, key)
	}
	return fmt.Sprintf("The ledger's %s holds %q%s: text a spreadsheet read as Windows-1252 (Excel opening a CSV without a byte order mark) and saved so. "+
		"The run leaves %s as %s%s. Correct those cells, and open the ledger in Excel with Data > From Text/CSV, File origin \"65001: Unicode (UTF-8)\", before saving it as CSV UTF-8.",
		l.At(line), first, more, them, plural(n, "it is", "they are"), keys)
}

// mastodonKeepLimitNote tells of a Mastodon keep list of rows rows, more
// than Mastodon imports from one file (audit.MastodonImportRows): the
// file is written all the same, but its import would be refused as a
// whole, unfollowing no one, and the person would learn it only in
// Mastodon. Empty where the list is within the limit.
func mastodonKeepLimitNote(rows int) string {
	if rows <= audit.MastodonImportRows {
		return ""
	}
	limit := thousands(audit.MastodonImportRows)
	return fmt.Sprintf("%s has %s rows: Mastodon refuses the import of a file of more than %s rows, as a whole (no one followed or unfollowed). "+
		"Trim it to %s rows or fewer (mark more Mastodon accounts to unfollow in the ledger), or split it into files of at most %s rows, each beginning with its header line, "+
		"and import them with Merge, which unfollows no one (Overwrite with one part would unfollow everyone on the others), then unfollow the Mastodon accounts of unfollow.csv yourself.",
		mastodonKeep, thousands(int64(rows)), limit, limit, limit)
}

// mastodonKeepEmptyNote tells of a Mastodon keep list that keeps no one
// while the person follows accounts there (a baseline, before the ledger
// is filled in): imported with Overwrite, as the README says the file is
// for, it unfollows every one of them, and Mastodon cannot undo that.
// Empty where the list keeps someone, or nobody is followed there.
func mastodonKeepEmptyNote(rows int, s audit.Summary) string {
	if rows > 0 {
		return ""
	}
	followed := 0
	for _, c := range s.Networks {
		if c.Network == audit.Mastodon {
			followed = c.Followed
		}
	}
	if followed == 0 {
		return ""
	}
	all := "all " + thousands(int64(followed)) + " accounts"
	if followed == 1 {
		all = "the one account"
	}
	return fmt.Sprintf("%s keeps no account: imported in Mastodon with Overwrite, it unfollows %s you follow there. "+
		"Fill in the ledger for the Mastodon accounts to keep, and run again, before you import it.",
		mastodonKeep, all)
}

// keepRemovedNote tells of the Mastodon keep list an earlier audit wrote,
// removed by a run whose exports hold no Mastodon follows (removeStale):
// the person may have meant to import it, and a run that takes away a
// file without a word leaves them looking for it. Kept instead, it would
// hold the decisions of that audit, and an Overwrite import of it would
// unfollow the accounts the ledger keeps since.
const keepRemovedNote = "Removed " + mastodonKeep + ", the Mastodon keep list of an earlier audit: these exports hold no Mastodon follows, " +
	"and that list, made on its decisions, may no longer be yours (imported with Overwrite, it would unfollow every account not on it). " +
	"To have it again, give your Mastodon follows (following_accounts.csv) with the other exports."

// rowName returns the name of the ledger row of a person id, "" for
// none: a note names an account without a name (an Instagram handle, a
// Twitter/X id) as its row does, as followAgainNote does.
func (n auditNotes) rowName(personID string) string {
	if r := n.ledger.RowNow(personID); r != nil {
		return n.ledger.Name(r)
	}
	return ""
}
