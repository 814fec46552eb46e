package main

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/importers"
)

// possibleCount counts the people who may be another person too (the
// same name or handle on another network, not merged: Person.Possible):
// the people of the ledger, as only accounts the person follows are
// matched (a follower not followed back has no ledger row and no
// decision: counted, they were most of the count for someone with a big
// audience, 1,490 of 2,685 with 20,000 Facebook followers, who could do
// nothing about them).
func possibleCount(people []*audit.Person) int {
	n := 0
	for _, p := range people {
		if len(p.Possible()) > 0 {
			n++
		}
	}
	return n
}

// possibleNamed is how many of the people possibleNote names, with the
// account each may be.
const possibleNamed = 3

// possibleNote points at the possible matches of people (Person.Possible,
// counted as possibleCount counts them), "" where none has one. A note
// written on one of the two rows
// would leave the other account unknown. It names the first few, each with
// an account it may be: review shows a possible match only beside a person
// it asks about, not one reviewed already, and the import table lists
// every possible match of the exports, those the ledger joined since too,
// so that neither told which people the count was of.
func possibleNote(people []*audit.Person) string {
	n := possibleCount(people)
	if n == 0 {
		return ""
	}
	var named []string
	// The accounts of the people named, and the account each may be: a
	// person whose every possible match is the accounts of one named,
	// which names an account of theirs as the one it may be, is that
	// pair said already (Bruno Keller on LinkedIn, maybe on Facebook),
	// not named again the other way round; counted among the named.
	var namedAccounts []map[string]bool
	var namedMaybe []string
	pairs := 0
	for _, p := range people {
		keys := p.Possible()
		if len(keys) == 0 {
			continue
		}
		if p.MorePossible() == 0 && pairedWith(p, keys, namedAccounts, namedMaybe) {
			pairs++
			continue
		}
		if len(named) == possibleNamed {
			continue // the rest is counted, and their pairs looked for
		}
		// The person's first account followed tells their row (two
		// people of one name, Chloé Martin on LinkedIn and on Facebook,
		// are each other's possible match).
		own := ""
		for _, a := range p.Accounts {
			if a.Follows() {
				own = a.Key()
				break
			}
		}
		maybe := keys[0]
		if more := len(keys) - 1 + p.MorePossible(); more > 0 {
			maybe += fmt.Sprintf(", or %s more", audit.Thousands(more))
		}
		// A name that is the account's handle (a Mastodon or Instagram
		// account's, "@jonas_thal@fosstodon.org") would say the key twice:
		// the key alone, which the ledger's accounts cell holds, names it.
		_, id, _ := strings.Cut(own, ":")
		if name := p.Name(); name != "" && !strings.EqualFold(name, "@"+id) {
			named = append(named, fmt.Sprintf("%s (%s, maybe %s)", name, own, maybe))
		} else {
			named = append(named, fmt.Sprintf("%s (maybe %s)", own, maybe))
		}
		accounts := map[string]bool{}
		for _, a := range p.Accounts {
			accounts[a.Key()] = true
		}
		namedAccounts = append(namedAccounts, accounts)
		namedMaybe = append(namedMaybe, keys[0])
	}
	who := audit.Thousands(n) + " people you follow may be"
	if n == 1 {
		who = "1 person you follow may be"
	}
	list := strings.Join(named, ", ")
	if more := n - len(named) - pairs; more > 0 {
		list += fmt.Sprintf(", and %s more", audit.Thousands(more))
	}
	return who + " someone listed under another account too (the same name or handle elsewhere, not merged): " + list + ". " +
		"unfollow-audit import --format table lists every possible match of these exports, those your ledger joined already too, " +
		"and review given them shows those of the people it asks about; to join two, move one row's keys onto the other's in the ledger."
}

// pairedWith reports whether p, whose possible matches are keys, is the
// other side of a pair possibleNote named: every one of keys is an
// account of the same person named (accounts, by possibleNote's order),
// and the account that one may be (maybe, likewise) is one of p's.
func pairedWith(p *audit.Person, keys []string, accounts []map[string]bool, maybe []string) bool {
	for i, of := range accounts {
		if !slices.ContainsFunc(keys, func(k string) bool { return !of[k] }) &&
			slices.ContainsFunc(p.Accounts, func(a *audit.Account) bool { return a.Key() == maybe[i] }) {
			return true
		}
	}
	return false
}

// emailJoinedNamed is how many of the people emailJoinedNote names.
const emailJoinedNamed = 3

// emailJoinedNote names the people this run joined by an e-mail address
// whose accounts carry other names (a Facebook friend Léa Petit and a
// LinkedIn connection Léo Petit, of one family's address), "" where
// none. The address is evidence enough to merge (docs/rules.md), but it
// may be a family's or an office's that two accounts of one network do
// not both show, and then one person's notes decide for another's
// account: met last month keeps it, toxic unfollows it. Nothing else the
// audit writes says why the accounts are one person (the accounts cell
// lists the key, unfollow.csv and keep.csv give the row's notes as the
// reason), where a name merge shows in the names themselves and a
// handle merge in the handles. Only joins of this run: the evidence is
// Person.Match's, which a join the ledger holds already has none of, so
// the note goes once the person has seen the row. Nor the people of
// joined, accounts new joined to a row with notes, which joinedRowNote
// names with their evidence.
func emailJoinedNote(people []*audit.Person, joined []audit.AddedKey) string {
	n := 0
	var named []string
	skip := map[string]bool{}
	for _, j := range joined {
		skip[j.PersonID] = true
	}
	for _, p := range people {
		if skip[p.ID] {
			continue
		}
		address := ""
		for ev := range strings.SplitSeq(p.Match(), "; ") {
			if a, ok := strings.CutPrefix(ev, "email "); ok {
				address = a
				break
			}
		}
		if address == "" {
			continue
		}
		var first, other *audit.Account
		for _, a := range p.Accounts {
			if !a.Follows() || a.Email == "" || a.Name == "" {
				continue
			}
			if first == nil {
				first = a
			} else if audit.FoldName(a.Name) != audit.FoldName(first.Name) {
				other = a
				break
			}
		}
		if other == nil {
			continue
		}
		n++
		if len(named) < emailJoinedNamed {
			// As the exports write it, which the person can look up: the
			// evidence is the address compared (nina@gmail.com for
			// n.i.n.a@gmail.com and nina+fb@gmail.com).
			by := strings.TrimSpace(first.Email)
			if o := strings.TrimSpace(other.Email); !strings.EqualFold(o, by) {
				by += " and " + o
			}
			named = append(named, fmt.Sprintf("%s (%s) with %s (%s), by %s", first.Name, first.Key(), other.Name, other.Key(), by))
		}
	}
	if n == 0 {
		return ""
	}
	who := audit.Thousands(n) + " people are"
	if n == 1 {
		who = "1 person is"
	}
	list := strings.Join(named, "; ")
	if n > len(named) {
		list += fmt.Sprintf("; and %s more", audit.Thousands(n-len(named)))
	}
	return who + " joined across networks by an e-mail address alone, under other names: " + list + ". " +
		"The notes of their one ledger row decide for all of their accounts: if the address is shared (a family's, an office's), " +
		"move the other's key to a row of its own (person_id empty)."
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
// and on a baseline, whose next step is the ledger. Mastodon's are left
// out: mastodon-following-keep.csv, imported with Overwrite, unfollows
// them in one go (docs/reaudit.md), and the hint named Mastodon's
// hundreds, beside the note saying so, rather than another network's
// done by hand. Past Mastodon's import limit, or where the keep list
// keeps no one (see audit.MastodonKeepUnfollows), they are done by hand
// too: then they count.
func batchHint(s audit.Summary, batchSize int) string {
	if batchSize > 0 || !s.Reviewed && s.Total.NotReviewed > 0 {
		return ""
	}
	var most audit.Counts
	for _, c := range s.Networks {
		if (c.Network != audit.Mastodon || !audit.MastodonKeepUnfollows(c.Keep)) && c.Unfollow > most.Unfollow {
			most = c
		}
	}
	if most.Unfollow <= batchHintOver {
		return ""
	}
	return fmt.Sprintf("Platforms throttle, and may lock, people who unfollow hundreds of accounts a day, and unfollow.csv lists %s on %s: "+
		"add --batch-size N to split it per network into files of at most N rows, and do one file per network a day.",
		audit.Thousands(most.Unfollow), audit.NetworkTitle(most.Network))
}

// mastodonUnbatchedNote says, with --batch-size, that the Mastodon
// accounts to unfollow are in no batch file (audit.UnfollowBatches): the
// keep list, imported with Overwrite, unfollows them in one go. Without
// it, the person who asked for daily files found none for Mastodon, and
// no word why. "" where there are none, or the keep list is past
// Mastodon's import limit or keeps no one (they are batched then: see
// audit.MastodonKeepUnfollows).
func mastodonUnbatchedNote(s audit.Summary, batchSize int) string {
	if batchSize <= 0 {
		return ""
	}
	for _, c := range s.Networks {
		if c.Network == audit.Mastodon && c.Unfollow > 0 && audit.MastodonKeepUnfollows(c.Keep) {
			return fmt.Sprintf("The %s to unfollow on Mastodon %s in no unfollow-<network>-NN.csv file: %s, imported in Mastodon with Overwrite, unfollows %s in one go (or unfollow %s by hand from unfollow.csv).",
				audit.Thousands(c.Unfollow)+" "+plural(c.Unfollow, "account", "accounts"), plural(c.Unfollow, "is", "are"), mastodonKeep, plural(c.Unfollow, "it", "them"), plural(c.Unfollow, "it", "them"))
		}
	}
	return ""
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

// unfriendedNote says, of n Facebook friends the list said to unfollow,
// staying friends, that the person unfriended instead (see
// audit.MarkUnfriended), what the method does, and, for a mistake, to
// send them a friend request; "" for none. The request is not asked of
// the toxic of them, those the ledger marks toxic now (see
// audit.MarkUnfriended): a toxic person is let go whatever else is true,
// so unfriending them was no mistake to undo, and asking them back would
// go against the method. The sentence of what the method does stays for
// them too, so that the person knows it for next time.
//
// The request names whom it is for (ask, their names), as "the ones not
// marked toxic" left the person to find them: up to three by name, more
// by where changes.csv tells them (the rows it does not mark toxic: see
// audit.UnfriendedToAsk). Not asked of those whose notes keep them now
// (elsewhere, of them): a follow-again note names them and asks the
// friend request, no "if it was by mistake", as the notes say to keep
// them; that note is the more specific, and the request is said once.
// Where no one is left to ask, the sentence is left out. Namesakes are
// named once, with how many share the name ("Ana Lima (2 of that name)").
func unfriendedNote(n int, ask []string, elsewhere int) string {
	if n == 0 {
		return ""
	}
	note := fmt.Sprintf("%s Facebook %s the list said to unfollow, staying friends, %s unfriended instead (removed_friends.json; see changes.csv). "+
		"The method unfollows and stays friends: no one is told, and the tie is kept.",
		audit.Thousands(n), plural(n, "friend", "friends"), plural(n, "was", "were"))
	switch {
	case len(ask) == 0:
	case len(ask) <= 3:
		// Namesakes (removed_friends.json names them alike) are named
		// once, with how many share the name, not as one person twice.
		var names []string
		count := map[string]int{}
		for _, a := range ask {
			if count[a]++; count[a] == 1 {
				names = append(names, a)
			}
		}
		for i, a := range names {
			if count[a] > 1 {
				names[i] = fmt.Sprintf("%s (%d of that name)", a, count[a])
			}
		}
		who := names[0]
		if len(names) > 1 {
			who = strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
		}
		note += " If it was by mistake, send " + who + " a friend request."
	case elsewhere > 0:
		note += fmt.Sprintf(" If it was by mistake, send a friend request to the %s of them changes.csv does not mark toxic, but for the %s your notes keep (their note names them).",
			audit.Thousands(len(ask)+elsewhere), audit.Thousands(elsewhere))
	default:
		note += fmt.Sprintf(" If it was by mistake, send a friend request to the %s of them changes.csv does not mark toxic.", audit.Thousands(len(ask)))
	}
	return note
}

// unfriendedToAsk returns the names of the friends changes tells
// unfriended, not marked toxic (see audit.UnfriendedToAsk), that the
// follow-again notes do not ask a friend request of (asked, their keys),
// and how many of them those notes ask.
func unfriendedToAsk(changes []audit.Change, asked []string) (names []string, elsewhere int) {
	for i := range changes {
		ch := &changes[i]
		if !audit.UnfriendedToAsk(ch) {
			continue
		}
		if slices.Contains(asked, ch.Network+":"+ch.ID) {
			elsewhere++
			continue
		}
		names = append(names, ch.Name)
	}
	return names, elsewhere
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
	var parts, zips, days []string
	for _, r := range last { // by network
		day, input := c.Made(r.Network)
		if day == 0 || !c.HasNetwork(r.Network) || r.Exported != day.String() || r.AsOf >= asOf.String() || moved[r.Network] {
			continue
		}
		parts = append(parts, fmt.Sprintf("%s (%s, the audit of %s)", audit.NetworkTitle(r.Network), filepath.Base(input), r.AsOf))
		zips = append(zips, fmt.Sprintf("%s (%s)", audit.NetworkTitle(r.Network), filepath.Base(input)))
		if !slices.Contains(days, r.AsOf) {
			days = append(days, r.AsOf)
		}
	}
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return "This export is the one an earlier audit read: " + parts[0] + ". What you followed or unfollowed on that network since it was downloaded shows only in a fresh export: this run counts none of it as new, gone or done."
	}
	// Read by one audit (last quarter's zips left beside this
	// quarter's), its day is said once, not after each zip.
	whose := "the ones earlier audits read"
	if len(days) == 1 {
		whose, parts = "the ones the audit of "+days[0]+" read", zips
	}
	list := strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
	return "These exports are " + whose + ": " + list + ". What you followed or unfollowed on those networks since they were downloaded shows only in fresh exports: this run counts none of it as new, gone or done."
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
		return audit.Thousands(n) + " LinkedIn connections you already unfollowed (Member_Follows.csv says so) stay connected and are off the lists."
	}
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
	limit := audit.Thousands(audit.MastodonImportRows)
	return fmt.Sprintf("%s has %s rows: Mastodon refuses the import of a file of more than %s rows, as a whole (no one followed or unfollowed). "+
		"Trim it to %s rows or fewer (mark more Mastodon accounts to unfollow in the ledger), or split it into files of at most %s rows, each beginning with its header line, "+
		"and import them with Merge, which unfollows no one (Overwrite with one part would unfollow everyone on the others), then unfollow the Mastodon accounts of unfollow.csv yourself.",
		mastodonKeep, audit.Thousands(rows), limit, limit, limit)
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
	// "all 2 accounts" reads as if more were to come: one and two are
	// said as a person would say them.
	all := "all " + audit.Thousands(followed) + " accounts"
	switch followed {
	case 1:
		all = "the one account"
	case 2:
		all = "both accounts"
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
