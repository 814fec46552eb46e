package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

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
	who := fmt.Sprintf("%s people lapsed since %s", audit.Thousands(len(names)), since)
	list := strings.Join(names[:min(len(names), 3)], ", ")
	if len(names) == 1 {
		who = "1 person lapsed since " + since
	}
	if len(names) > 3 {
		list += fmt.Sprintf(", and %s more", audit.Thousands(len(names)-3))
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
//
// Where the one account the note names on Instagram (Mastodon) is guessed
// renamed (moved) to one new account, by this run or an earlier one
// (newKey, see guessedNew; nil for none), handleNote names that account's
// key rather than a placeholder.
//
// It returns too the keys of the Facebook friends it asks a friend
// request of: unfriendedNote asks none of them again (see there).
func followAgainNote(l *audit.Ledger, rules audit.Rules, read func(key string) bool, friends func(keys []string) map[string]bool, guessed, earlier func(key string) bool, newKey func(key string) (guessedKey, bool)) (string, []string) {
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
		if n := r.Notes(); n.Toxic || n.Unsure || (n.LastMet.IsZero() && !n.Inspiring && !n.Supplier) {
			continue
		}
		var nets, keys, fbKeys []string
		for k := range r.Accounts() {
			network, _, _ := strings.Cut(k, ":")
			// A friend and a follow of one person (see audit's
			// followedWithFriend) are both on the row: either may come
			// first.
			if network == audit.Facebook && read(k) && rules.Decide(network, r.Notes()).Keep {
				fbKeys = append(fbKeys, k)
			}
			if !slices.Contains(nets, network) && read(k) && rules.Decide(network, r.Notes()).Keep {
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
		return "", nil
	}
	var friend map[string]bool
	if len(fb) > 0 && friends != nil {
		friend = friends(fb)
	}
	var names, named, asked []string
	m := againMarks{guessed: guessed, earlier: earlier}
	for _, k := range rows {
		nets := make([]string, len(k.keys))
		for i, key := range k.keys {
			network, _, _ := strings.Cut(key, ":")
			// On Instagram, whose ids are handles, handleNote says how a
			// renamed account shows.
			nets[i] = m.label(key, network == audit.Facebook && slices.ContainsFunc(k.fb, func(f string) bool { return friend[f] }), !handleIDs(network))
		}
		for _, f := range k.fb {
			if friend[f] {
				asked = append(asked, f) // whichever key of the row is the friend
			}
		}
		names = append(names, rowLabel(l, k.r, nets))
		named = append(named, k.keys...)
	}
	who := fmt.Sprintf("Your notes keep %s people these exports show you follow nowhere", audit.Thousands(len(names)))
	if len(names) == 1 {
		who = "Your notes keep 1 person these exports show you follow nowhere"
	}
	list := firstNames(names, " (in_exports no in the ledger)")
	again, check := m.how()
	return who + ": " + list + ". To keep them, " + again + " (their accounts are on their ledger rows; on a row of someone you never followed, check how the key is written: unfollow-audit import lists the exports' ids); to let them go, " + ifDeleted + ", clear the notes that keep them." + check + handleNote(handles, handleGuesses(named, newKey)), asked
}

// againMarks labels the accounts the follow-again notes name, and keeps
// what the labels said, for the advice after the list: whether one is a
// Facebook friend (asks), a YouTube channel to subscribe to again
// (subscribes) or another account to follow again (follows), and a
// renamed account guessed by this run (guessed) or followed before the
// last audit (earlier).
type againMarks struct {
	guessed, earlier                           func(key string) bool
	asks, follows, subscribes, renamed, before bool
}

// label returns key's network, with " friend" where it is a Facebook
// friend to ask again, and ": renamed?" where it may be renamed and the
// note marks renamed accounts on that network (mark).
func (m *againMarks) label(key string, friend, mark bool) string {
	out, _, _ := strings.Cut(key, ":")
	switch {
	case friend:
		out += " friend"
		m.asks = true
	case out == audit.YouTube:
		m.subscribes = true
	default:
		m.follows = true
	}
	guessed := m.guessed != nil && m.guessed(key)
	earlier := m.earlier != nil && m.earlier(key)
	if mark && (guessed || earlier) {
		out += ": renamed?"
		m.renamed = m.renamed || guessed
		m.before = m.before || earlier
	}
	return out
}

// how returns how the note asks to keep the people it names, and what it
// adds of the renamed (see renamedCheck).
func (m *againMarks) how() (again, check string) {
	return followAgainHow(m.asks, m.follows, m.subscribes), renamedCheck(m.renamed, m.before)
}

// rowLabel names a ledger row in a follow-again note, by its name cell or
// else its first key, with the labels of its accounts.
func rowLabel(l *audit.Ledger, r *audit.LedgerRow, nets []string) string {
	return fmt.Sprintf("%s (%s)", cmp.Or(strings.TrimSpace(l.Name(r)), r.Account(0)), strings.Join(nets, ", "))
}

// followAgainHow says how the follow-again notes ask to keep people
// whose accounts these exports no longer follow: follow them again, or,
// for a Facebook friend (asks), send a friend request, and for a YouTube
// channel (subscribes) subscribe again, as the Next: line says
// "unsubscribe" of YouTube. An account is gone from its list as the
// person unfollowed it, or as it was deleted (a channel deleted, an
// account closed, a friend who left Facebook), and no export tells which:
// it is said unless their account was deleted, which cannot be followed
// again, and the notes say what to do then (ifDeleted). The notes speak
// of the people ("them") and of one account of each ("their account"),
// so that ifDeleted's "it" has the account to refer to, not the people.
func followAgainHow(asks, follows, subscribes bool) string {
	switch {
	case subscribes && !follows && !asks:
		return "subscribe to them again, unless their channel was deleted"
	case asks && !follows && !subscribes:
		return "send them a friend request on Facebook, unless their account was deleted"
	}
	how := "follow them again there"
	if subscribes {
		how += " (subscribe again on YouTube)"
	}
	if asks {
		how += ", and send a Facebook friend a friend request"
	}
	return how + ", unless their account was deleted"
}

// ifDeleted is what the follow-again notes add to the way to let people
// go: an account deleted is let go the same way, and no export tells it
// from one unfollowed (see followAgainHow). It follows followAgainHow's
// "unless their account (channel) was deleted", whose account "it" is.
const ifDeleted = "or if it was (the exports do not say which)"

// firstNames lists the first three of names, then how many more, with
// where they are (more) after the count.
func firstNames(names []string, more string) string {
	list := strings.Join(names[:min(len(names), 3)], ", ")
	if len(names) > 3 {
		list += fmt.Sprintf(", and %s more%s", audit.Thousands(len(names)-3), more)
	}
	return list
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
// auditNotes.facebookFriends) is asked again with a friend request, and
// its key returned, as followAgainNote returns it.
func followAgainThereNote(l *audit.Ledger, rules audit.Rules, holds func(key string) bool, followed func(keys []string) map[string]bool, moved func(key string) bool, friends func(keys []string) map[string]bool, guessed, earlier func(key string) bool) (string, []string) {
	type kept struct {
		r    *audit.LedgerRow
		keys []string
	}
	// The rows the notes keep, and which of their keys are followed: the
	// exports are looked up for those keys alone, not keyed whole (a
	// million accounts).
	var keeping []*audit.LedgerRow
	var asked []string
	for r := range l.FollowedRows() {
		if n := r.Notes(); n.Toxic || n.Unsure || (n.LastMet.IsZero() && !n.Inspiring && !n.Supplier) {
			continue
		}
		keeping = append(keeping, r)
		asked = slices.AppendSeq(asked, r.Accounts())
	}
	if len(keeping) == 0 {
		return "", nil
	}
	isFollowed := followed(asked)
	var rows []kept
	var fb []string
	for _, r := range keeping {
		// The networks where a key of the row is followed, or on a list
		// these exports lack (carried, maybe followed: a LinkedIn member
		// followed, given a Connections-only export).
		on := map[string]bool{}
		for k := range r.Accounts() {
			if isFollowed[k] || !holds(k) {
				network, _, _ := strings.Cut(k, ":")
				on[network] = true
			}
		}
		var keys []string
		for k := range r.Accounts() {
			network, _, _ := strings.Cut(k, ":")
			if on[network] || moved != nil && moved(k) || !rules.Decide(network, r.Notes()).Keep {
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
		return "", nil
	}
	var friend map[string]bool
	if len(fb) > 0 && friends != nil {
		friend = friends(fb)
	}
	var names, askedKeys []string
	m := againMarks{guessed: guessed, earlier: earlier}
	for _, k := range rows {
		nets := make([]string, len(k.keys))
		for i, key := range k.keys {
			nets[i] = m.label(key, friend[key], true)
			if friend[key] {
				askedKeys = append(askedKeys, key)
			}
		}
		names = append(names, rowLabel(l, k.r, nets))
	}
	who := fmt.Sprintf("Your notes keep %s people you follow elsewhere whose account these exports show you no longer follow", audit.Thousands(len(names)))
	if len(names) == 1 {
		who = "Your notes keep 1 person you follow elsewhere whose account these exports show you no longer follow"
	}
	list := firstNames(names, "")
	again, check := m.how()
	return who + ": " + list + ". To keep them, " + again + " (the keys are on their ledger rows: keep.csv lists only the accounts these exports hold); to let them go there, " + ifDeleted + ", take that key off their row, and their notes keep them where you still follow them." + check, askedKeys
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
		if r == nil || !rules.Decide(c.Network, r.Notes()).Keep {
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
	var names, handles, named []string
	for _, g := range gones {
		// Followed in these exports, or on a list they lack, carried:
		// the row's in_exports.
		if !l.Followed(g.row) {
			continue // followed nowhere: followAgainNote's
		}
		keys := strings.Join(g.keys, ", ")
		names = append(names, fmt.Sprintf("%s (%s)", cmp.Or(strings.TrimSpace(l.Name(g.row)), g.keys[0]), keys))
		named = append(named, g.keys...)
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
	who := fmt.Sprintf("Your notes keep %s people you follow elsewhere whose %s account is gone from these exports", audit.Thousands(len(names)), where)
	if len(names) == 1 {
		who = fmt.Sprintf("Your notes keep 1 person you follow elsewhere whose %s account is gone from these exports", where)
	}
	list := strings.Join(names[:min(len(names), 3)], ", ")
	if len(names) > 3 {
		list += fmt.Sprintf(", and %s more (in changes.csv)", audit.Thousands(len(names)-3))
	}
	until := " Until then, their new accounts are on unfollow.csv, as accounts of people you do not know."
	if len(names) == 1 {
		until = " Until then, the new account is on unfollow.csv, as someone you do not know."
	}
	return who + ": " + list + "." + handleNote(handles, handleGuesses(named, guessedNew(changes, nil))) + until
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
		what += fmt.Sprintf(", and %s more", audit.Thousands(len(retaken)-3))
	}
	if len(retaken) == 1 {
		return "1 Instagram account you follow was followed after the audit that listed its username: " + what +
			". Either you followed it again since, or its owner renamed theirs and another account took the name: " +
			"then the notes on that row are not about it, yet decide for it. If so, move its key to a row of its own (a new row, person_id empty)" +
			renamedHint(retaken) + "."
	}
	return fmt.Sprintf("%s Instagram accounts you follow were followed after the audit that listed their usernames: ", audit.Thousands(len(retaken))) + what +
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
// its new key to the ledger row, "" for none. The key is a placeholder
// (instagram:new_name), but on a network where the note names one
// account, guessed renamed or moved to one new account (guesses, see
// handleGuesses): then it is that account's key, which changes.csv (or
// the note on earlier guesses) names already.
func handleNote(networks []string, guesses map[string]guessedKey) string {
	var how string
	switch {
	case len(networks) == 0:
		return ""
	case len(networks) > 1:
		how = "On Instagram and Mastodon an account's id is its handle: an account renamed on Instagram, or moved to a new address on Mastodon, shows as gone under its old handle and new under its new one"
	case networks[0] == audit.Instagram:
		how = "On Instagram an account's id is its username: an account renamed shows as gone under its old username and new under its new one"
	default:
		how = "On Mastodon an account's id is its address: an account moved to a new address shows as gone under its old one and new under its new one"
	}
	key := handleKeys(networks, guesses)
	keep := ""
	if slices.Contains(networks, audit.Mastodon) {
		// The keep list is written from this run's decisions: the new
		// address, on a row of its own, is not kept, and Mastodon's
		// Overwrite import would unfollow it.
		keep = " " + mastodonKeep + " leaves a new address out while it is on a row of its own: do not import it with Overwrite before you move its key, or Mastodon unfollows it."
	}
	return " " + how + ". If you still follow them under a new handle, do not follow the old one again: move the new key (its own ledger row lists it, as " + key + ") from that row to the accounts cell of the row with your notes." + keep
}

// A guessedKey is the one new account a guess of this run (changes.csv's
// "renamed?" or "moved?") or of an earlier one (the note on earlier
// guesses, earlier) names for an account gone.
type guessedKey struct {
	key     string
	earlier bool
}

// guessedNew returns the one new account a guess names for the Instagram
// or Mastodon account key gone: this run's (changes: a gone or replaced
// row whose guess or hint names one new account, Change.Hinted), else an
// earlier audit's not acted on yet (pending). A guess of several new
// accounts names none: which, the person tells.
func guessedNew(changes, pending []audit.Change) func(key string) (guessedKey, bool) {
	var by map[string]guessedKey
	add := func(cs []audit.Change, earlier bool) {
		for i := range cs {
			c := &cs[i]
			if !handleIDs(c.Network) || c.Hinted == "" || strings.Contains(c.Hinted, " ") {
				continue
			}
			if c.Kind != "" && c.Kind != audit.ChangeGone && c.Kind != audit.ChangeReplaced {
				continue
			}
			k := c.Network + ":" + c.ID
			if _, ok := by[k]; ok {
				continue // this run's first
			}
			if by == nil {
				by = map[string]guessedKey{}
			}
			by[k] = guessedKey{c.Hinted, earlier}
		}
	}
	add(changes, false)
	add(pending, true) // said again without Kind (see pendingGuesses)
	if by == nil {
		return nil
	}
	return func(key string) (guessedKey, bool) {
		g, ok := by[key]
		return g, ok
	}
}

// handleGuesses returns, by network, the new account guessed for the one
// key of that network among keys (the accounts a note names), where that
// key has one (newKey, nil for none); a network of several keys named has
// none: a placeholder speaks for them all.
func handleGuesses(keys []string, newKey func(key string) (guessedKey, bool)) map[string]guessedKey {
	if newKey == nil {
		return nil
	}
	count := map[string]int{}
	for _, k := range keys {
		network, _, _ := strings.Cut(k, ":")
		count[network]++
	}
	var out map[string]guessedKey
	for _, k := range keys {
		network, _, _ := strings.Cut(k, ":")
		if !handleIDs(network) || count[network] != 1 {
			continue
		}
		if g, ok := newKey(k); ok {
			if out == nil {
				out = map[string]guessedKey{}
			}
			out[network] = g
		}
	}
	return out
}

// handleKeys is how handleNote writes the new key of each of networks:
// the guessed one where guesses has it, with who guessed it, else a
// placeholder ("instagram:new_name"). Where every network's is guessed,
// and by the same run, that is said once, after them all.
func handleKeys(networks []string, guesses map[string]guessedKey) string {
	placeholder := map[string]string{audit.Instagram: "instagram:new_name", audit.Mastodon: "mastodon:user@new.server"}
	by := func(g guessedKey, many bool) string {
		switch {
		case g.earlier && many:
			return "the accounts an earlier audit guessed are theirs, in the note on earlier guesses below"
		case g.earlier:
			return "the account an earlier audit guessed is theirs, in the note on earlier guesses below"
		case many:
			return "the accounts changes.csv guesses are theirs"
		}
		return "the account changes.csv guesses is theirs"
	}
	// Instagram before Mastodon, as the note has always named them.
	order := slices.Clone(networks)
	slices.Sort(order)
	same, all := true, true
	var first *guessedKey
	for _, n := range order {
		g, ok := guesses[n]
		if !ok {
			all = false
			continue
		}
		if first == nil {
			first = &g
		} else if first.earlier != g.earlier {
			same = false
		}
	}
	parts := make([]string, len(order))
	for i, n := range order {
		g, ok := guesses[n]
		switch {
		case !ok:
			parts[i] = placeholder[n]
		case all && same:
			parts[i] = g.key
		default:
			parts[i] = g.key + ", " + by(g, false) + ","
		}
	}
	out := strings.Join(parts, " or ")
	if all && same {
		return out + ", " + by(*first, len(order) > 1)
	}
	return strings.TrimSuffix(out, ",")
}
