package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/importers"
)

// A partialList is a list these exports hold from fewer files than the
// run compared with read it from (importers.Coverage.Partial).
type partialList struct {
	network, relation string
	missing           []string // the kinds of file missing
}

// coveredBy returns what the exports cover (audit.Covered), given the
// figures of the last run that read each network (see lastOfNetworks:
// their kinds of file, audit.RunStat.Lists), and the accounts they hold.
// A list held from fewer kinds of file than that run's covers only the
// accounts the exports have, and those whose id says they are in a file
// given (importers.Coverage.HoldsFileOf): the others may be in the file
// missing, and are carried as that run saw them rather than counted gone
// (an "unfollow done" that was not). It returns those lists too, for the
// run to say so.
func coveredBy(c importers.Coverage, last []audit.RunStat, accounts []audit.Account) (audit.Covered, []partialList) {
	var partial []partialList
	inPart := map[string]bool{} // "network:relation"
	for _, r := range last {
		rels, missing := c.Partial(r.Network, r.Lists)
		for _, rel := range rels {
			partial = append(partial, partialList{r.Network, rel, missing})
			inPart[r.Network+":"+rel] = true
		}
	}
	if len(partial) == 0 {
		return func(network, relation, _ string) bool { return c.Has(network, relation) }, nil
	}
	present := map[string]bool{} // "network:id" of the accounts of those lists
	for i := range accounts {
		if a := &accounts[i]; inPart[a.Network+":"+a.Relation] {
			present[a.Network+":"+a.ID] = true
		}
	}
	return func(network, relation, id string) bool {
		if !c.Has(network, relation) {
			return false
		}
		return !inPart[network+":"+relation] || present[network+":"+id] || c.HoldsFileOf(network, id)
	}, partial
}

// lastOfNetworks returns, per network, the row of the last run up to
// lastRun that read it: a run without the network (its lists carried
// whole) has no row for it.
func lastOfNetworks(runs []audit.RunStat, lastRun string) []audit.RunStat {
	last := map[string]audit.RunStat{}
	for _, r := range runs {
		if audit.RunBefore(r.Run, lastRun) || r.Run == lastRun {
			if l, ok := last[r.Network]; !ok || audit.RunBefore(l.Run, r.Run) {
				last[r.Network] = r
			}
		}
	}
	out := make([]audit.RunStat, 0, len(last))
	for _, r := range last {
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b audit.RunStat) int { return strings.Compare(a.Network, b.Network) })
	return out
}

// runsUpTo returns the rows of runs up to lastRun, the last run whose
// history file is in the workspace ("" when there is none): a run undone
// by deleting its history file leaves its rows in runs.csv. runs is left
// as it was.
func runsUpTo(runs []audit.RunStat, lastRun string) []audit.RunStat {
	return slices.DeleteFunc(slices.Clone(runs), func(r audit.RunStat) bool {
		return lastRun == "" || audit.RunBefore(lastRun, r.Run)
	})
}

// listsOf returns the kinds of file to keep in this run's figures for the
// network: those its exports held, and those the last run that read the
// network kept (last, see lastOfNetworks), whether the list they hold is
// held in part now or carried whole (Connections.csv alone): a later
// export without them still holds those lists in part.
func listsOf(c importers.Coverage, network string, last []audit.RunStat) string {
	kinds := strings.Fields(c.Kinds(network))
	for _, r := range last {
		if r.Network == network {
			kinds = append(kinds, strings.Fields(r.Lists)...)
		}
	}
	slices.Sort(kinds)
	return strings.Join(slices.Compact(kinds), " ")
}

// repeatedRunStats returns runs with the rows of the last run (its
// history file lastName), which this one repeats, given the counts of
// its summary s, and whether any changed (see audit.RepeatRunStats): a
// repeat after the person filled in the ledger (the same decisions,
// fewer not reviewed) sets the count the summary says. Where none
// changed, runs.csv is left as it was, byte for byte.
func repeatedRunStats(runs []audit.RunStat, lastName string, asOf audit.Date, s audit.Summary, c importers.Coverage) ([]audit.RunStat, bool) {
	now := audit.StatsOf(audit.RunOf(lastName), asOf, s)
	for i := range now {
		now[i].Read = listsOf(c, now[i].Network, nil)
	}
	return audit.RepeatRunStats(runs, now)
}

// partialNote says which lists these exports hold in part. Their accounts
// these exports lack are carried, as the summary says of them (Missing):
// the last audit that read them may be an earlier one than the last
// audit (a run without the network between).
func partialNote(lists []partialList) string {
	var parts []string
	for _, l := range lists {
		var files []string
		for _, k := range l.missing {
			files = append(files, importers.KindFile(l.network, k))
		}
		parts = append(parts, fmt.Sprintf("%s %s (no %s)", l.network, l.relation, strings.Join(files, ", ")))
	}
	which := "that list"
	if len(lists) > 1 {
		which = "those lists"
	}
	return "These exports lack a file an earlier audit read a list from: " + strings.Join(parts, "; ") +
		". The accounts of " + which + " these exports do not hold may be in that file: they are carried, not judged in this run, and not counted gone. Give an export with that file to judge them again and confirm the unfollows among them."
}

// followsLists are, per network, the lists of the accounts the person
// follows that an export of it may lack while it holds another of its
// lists (an export split in several zips given in part, or the wrong
// category asked for), and the files that hold them. LinkedIn's and the
// others' are not here: a LinkedIn export of Connections.csv alone is
// the basic one (see docs/exports.md), and YouTube's and Mastodon's exports
// are one list each. The files are the current exports' names: the note
// names an older export's own where its files tell its era
// (importers.Coverage.ListFile).
var followsLists = []struct{ network, relation, what, files string }{
	{audit.Facebook, audit.Friend, "friends", "your_friends.json"},
	{audit.Facebook, audit.Following, "follows", "who_you've_followed.json"},
	{audit.Twitter, audit.Following, "follows", "data/following.js"},
	{audit.Instagram, audit.Following, "follows", "following.json"},
}

// missingFollowsNote names the lists of accounts the person follows that
// these exports lack where they hold another list of the network (its
// followers alone, or Facebook's friends without the follows), and that
// no earlier audit read (last are the last runs that read each network,
// lastOfNetworks: where one read the list, its accounts are carried, and
// the summary says so; see readBefore). The run audits none of those accounts, and would
// otherwise say nothing of it: a network given with its followers alone
// is left out of the summary, as if the person followed no one there.
func missingFollowsNote(c importers.Coverage, last []audit.RunStat) string {
	parts := missingFollows(c, last)
	if len(parts) == 0 {
		return ""
	}
	list := parts[0]
	if n := len(parts); n > 1 {
		list = strings.Join(parts[:n-1], ", ") + " and " + parts[n-1]
	}
	return "These exports lack the list of some accounts you follow: " + list +
		". Those accounts are not audited, and are on none of the lists: " + missingFollowsAdvice + "."
}

// missingFollowsAdvice is what missingFollowsNote, and report.html after
// it (unauditedLists), say to give for the lists it names: the rest of an
// export given in part.
const missingFollowsAdvice = "give the files that list them with the rest of the export (every zip of an export that came in several), or download the export again with them"

// missingFollows are the lists missingFollowsNote names, each as
// "Facebook follows (no who_you've_followed.json)".
func missingFollows(c importers.Coverage, last []audit.RunStat) []string {
	var parts []string
	for _, l := range followsLists {
		if c.Has(l.network, l.relation) || !c.HasNetwork(l.network) || readBefore(c, last, l.network, l.relation) {
			continue
		}
		// Named as the export's own era names it, where its files tell
		// (a 2020-22 Facebook export has no who_you've_followed.json to
		// look for, but friends_and_followers/who_you_follow.json).
		files := l.files
		if f := c.ListFile(l.network, l.relation); f != "" {
			files = f
		}
		parts = append(parts, fmt.Sprintf("%s %s (no %s)", audit.NetworkTitle(l.network), l.what, files))
	}
	return parts
}

// unauditedLists are the lists of accounts followed that these exports
// lack and no earlier audit read, for report.html (audit.HTMLReport's
// Unaudited): the notes after the summary say so (missingFollowsNote,
// connectionsAloneNote), but the page, printed and kept, counted the
// accounts of the others alone as "accounts you follow", without a word.
// Each comes with the advice of the note that names it, in its words: a
// LinkedIn basic archive downloaded again would lack the same files.
func unauditedLists(c importers.Coverage, last []audit.RunStat) []audit.Unaudited {
	var out []audit.Unaudited
	if lists := missingFollows(c, last); len(lists) > 0 {
		out = append(out, audit.Unaudited{Lists: lists, Advice: missingFollowsAdvice})
	}
	if connectionsAloneNote(c, last) != "" {
		out = append(out, audit.Unaudited{
			Lists:  []string{"LinkedIn members and companies followed without being connected (no Member_Follows.csv nor Company Follows.csv)"},
			Advice: connectionsAloneAdvice,
		})
	}
	return out
}

// readBefore reports whether the last run that read the network (last,
// see lastOfNetworks) read, or carried, its list of relation: its kinds
// of file (audit.RunStat.Lists, which keeps those of the runs before it)
// hold one that lists it, so that this run carries that list, and the
// summary says so. A row written before runs.csv kept the kinds is taken
// to have read it. A run that read the network without that list (the
// same export lacking it each quarter) carries nothing of it: the list
// is still missing, and the note says so again.
func readBefore(c importers.Coverage, last []audit.RunStat, network, relation string) bool {
	for _, r := range last {
		if r.Network == network {
			return r.Lists == "" || c.KindsList(network, r.Lists, relation)
		}
	}
	return false
}

// connectionsAloneNote says that these exports hold LinkedIn's
// connections without the members and companies followed (Member_Follows.csv,
// Company Follows.csv): the basic archive, which LinkedIn sends first, or
// Connections.csv alone. Those accounts are audited from neither, and
// the run said nothing: the person took LinkedIn for audited. Not where
// an earlier audit read either file (last, see lastOfNetworks, or a row
// written before runs.csv kept the kinds): their accounts are carried
// then, and the summary says so (partialNote, the carried lists). Nor
// where Connections.csv was read from the larger archive (zipped or
// unzipped, as Complete_LinkedInDataExport_… names it): LinkedIn leaves a
// category of nothing out of it, so that it lacks both files where the
// person follows no member or company without being connected, and the
// note told a person who gave that archive to give it.
func connectionsAloneNote(c importers.Coverage, last []audit.RunStat) string {
	kinds := strings.Fields(c.Kinds(audit.LinkedIn))
	if !slices.Contains(kinds, "connections") || slices.Contains(kinds, "member_follows") || slices.Contains(kinds, "company_follows") {
		return ""
	}
	for _, f := range c.Read(audit.LinkedIn) {
		for part := range strings.FieldsFuncSeq(f, func(r rune) bool { return r == '/' || r == '\\' || r == '!' }) {
			if strings.HasPrefix(part, "Complete_LinkedInDataExport") {
				return ""
			}
		}
	}
	for _, r := range last {
		if r.Network == audit.LinkedIn {
			read := strings.Fields(r.Lists)
			if r.Lists == "" || slices.Contains(read, "member_follows") || slices.Contains(read, "company_follows") {
				return ""
			}
		}
	}
	return "These LinkedIn exports hold Connections.csv without Member_Follows.csv or Company Follows.csv (the basic archive, or that file alone): " +
		"the members and companies you follow without being connected are not audited, and are on none of the lists. " +
		strings.ToUpper(connectionsAloneAdvice[:1]) + connectionsAloneAdvice[1:] + "."
}

// connectionsAloneAdvice is what connectionsAloneNote, and report.html
// after it (unauditedLists), say to give for LinkedIn's members and
// companies followed: the larger archive, which LinkedIn sends after the
// basic one, not the basic one again.
const connectionsAloneAdvice = "if you follow some, give the larger archive, Complete_LinkedInDataExport_….zip, when LinkedIn sends it"

// followedFiles name, per network and kind of file (importers.Coverage.Kinds),
// the files that list the accounts the person follows, for
// emptyFollowsNote: the files of their followers are not here. relation
// is the list whose file an older export names otherwise
// (importers.Coverage.ListFile), where it is.
var followedFiles = []struct{ network, kind, file, relation string }{
	{audit.Facebook, "friends", "your_friends.json", audit.Friend},
	{audit.Facebook, "following", "who_you've_followed.json", audit.Following},
	{audit.Facebook, "pages", "pages_and_profiles_you_follow.json", ""},
	{audit.LinkedIn, "connections", "Connections.csv", ""},
	{audit.LinkedIn, "member_follows", "Member_Follows.csv", ""},
	{audit.LinkedIn, "company_follows", "Company Follows.csv", ""},
	{audit.Twitter, "following", "data/following.js", ""},
	{audit.Instagram, "following", "following.json", ""},
	{audit.YouTube, "subscriptions_csv", "subscriptions.csv", ""},
	{audit.YouTube, "subscriptions_json", "subscriptions.json", ""},
	{audit.Mastodon, "following_accounts", "following_accounts.csv", ""},
}

// emptyFollowsNote names the networks whose exports hold a list of the
// accounts the person follows, read whole, that lists no one (Twitter/X's
// "window.YTD.following.part0 = [ ]", a Mastodon following_accounts.csv
// of its header alone), and that the summary shows no row of (s: no
// account of it now, nor in the audit compared with, whose accounts gone
// its row counts). Such a network is otherwise left out of the summary
// and the report with nothing said, as if its export had not been read:
// the note says it was, and that there is nothing to unfollow there.
func emptyFollowsNote(c importers.Coverage, s audit.Summary) string {
	var parts []string
	for i := 0; i < len(followedFiles); {
		network := followedFiles[i].network
		kinds := strings.Fields(c.Kinds(network))
		var files []string
		for ; i < len(followedFiles) && followedFiles[i].network == network; i++ {
			if f := followedFiles[i]; slices.Contains(kinds, f.kind) {
				// Named as the export's own era names it (a 2020-22
				// Facebook export's friends_and_followers/friends.json),
				// as missingFollowsNote does.
				name := f.file
				if era := c.ListFile(network, f.relation); f.relation != "" && era != "" {
					name = era
				}
				files = append(files, name)
			}
		}
		if len(files) == 0 || slices.ContainsFunc(s.Networks, func(n audit.Counts) bool { return n.Network == network }) {
			continue
		}
		parts = append(parts, fmt.Sprintf("%s (%s)", audit.NetworkTitle(network), strings.Join(files, ", ")))
	}
	if len(parts) == 0 {
		return ""
	}
	list := parts[0]
	if n := len(parts); n > 1 {
		list = strings.Join(parts[:n-1], ", ") + " and " + parts[n-1]
	}
	return "These exports list no account you follow on " + list + ": nothing to unfollow there."
}

// olderExport refuses an export made before the newest one an earlier run
// read for its network (audit.RunStat.Exported), as their zip entries date
// them (importers.Coverage.Made): last quarter's zip left in the download
// folder and given instead of this quarter's. Read as the network's lists
// now, it brought back the accounts unfollowed since as new, counted the
// accounts followed since as unfollows done, and the next run counted
// those unfollows again. Zip times carry no time zone: a day's difference
// is let through. Exports read from folders or loose files are not dated
// and not checked.
func olderExport(c importers.Coverage, runs []audit.RunStat) error {
	return olderExportThan(c, runs, "Give the newest export, or run again with --older-export to audit this one all the same")
}

// olderExportThan is olderExport with what to do said by fix.
func olderExportThan(c importers.Coverage, runs []audit.RunStat, fix string) error {
	newest := map[string]string{}
	for _, r := range runs {
		if r.Exported > newest[r.Network] && madeBy(r.Exported, r.AsOf) {
			newest[r.Network] = r.Exported
		}
	}
	for _, network := range slices.Sorted(maps.Keys(newest)) {
		day, input := c.Made(network)
		was, err := audit.ParseDate(newest[network])
		if day == 0 || err != nil || day+1 >= was {
			continue
		}
		return fmt.Errorf("%s: this %s export was made on %s, before the one an earlier audit read (made on %s): read as your lists now, the accounts you unfollowed since would come back as new. %s",
			input, audit.NetworkTitle(network), day, was, fix)
	}
	return nil
}

// madeBy reports whether an export dated made (YYYY-MM-DD) can have been
// made by the audit of asOf, a day's slack given: a zip written on a
// machine whose clock was wrong dates its entries in the future, and
// taken as the newest export read it would refuse every right one after.
// Such a date is neither kept nor compared with.
func madeBy(made, asOf string) bool {
	m, err1 := audit.ParseDate(made)
	a, err2 := audit.ParseDate(asOf)
	return err1 == nil && err2 == nil && m <= a+1
}

// firstAuditedNote is the note of a new account of a network that no run
// up to the one compared with listed an account of. It does not say that
// no run read the network: one that read it empty (a Mastodon export of
// its header alone, following no one then) has no row in runs.csv either.
const firstAuditedNote = "first audited in this run: no earlier audit listed an account of this network (it may have been followed for long)"

// firstAudited gives the new accounts of networks that no run up to the
// one compared with (its history file, compared) read their note: a
// network added to the exports (Instagram downloaded for the first time
// in the second quarter) brings every account it follows as new, and
// Compare, which has only the history, says "followed since the run of"
// the last day of any list. runs.csv says which networks each run read;
// where it has no row of the run compared with (a workspace older than
// it), nothing is changed.
//
// So do the new accounts of a list of a network those runs read, but from
// none of the list's files (runs.csv's lists): LinkedIn's follows, where
// the earlier audits read Connections-only exports. Where one of those
// runs has no lists (a workspace older than the column), the list is
// taken as read.
func firstAudited(changes []audit.Change, runs []audit.RunStat, compared string, c importers.Coverage) {
	upTo := audit.RunOf(compared)
	read, known := map[string]bool{}, false
	lists := map[string]string{} // network -> the kinds of file those runs read
	unknown := map[string]bool{} // networks one of those runs kept no lists of
	for _, r := range runs {
		if r.Run == upTo || audit.RunBefore(r.Run, upTo) {
			read[r.Network] = true
			lists[r.Network] += " " + r.Lists
			unknown[r.Network] = unknown[r.Network] || r.Lists == ""
		}
		known = known || r.Run == upTo
	}
	if !known {
		return
	}
	for i := range changes {
		ch := &changes[i]
		// What follows "followed since …" (a "renamed?" or "still
		// followed?" guess) stays.
		_, hint, _ := strings.Cut(ch.Note, "; ")
		if hint != "" {
			hint = "; " + hint
		}
		switch {
		case ch.Kind != audit.ChangeNew:
		case !read[ch.Network]:
			ch.Note = firstAuditedNote + hint
		case !unknown[ch.Network] && !c.ReadListOf(ch.Network, lists[ch.Network], ch.Relation, ch.ID):
			ch.Note = firstReadNote + hint
		}
	}
}

// firstReadNote is the note of a new account of a list that no run up to
// the one compared with read a file of (see firstAudited).
const firstReadNote = "first audited in this run: no earlier audit read this list (it may have been followed for long)"

// sameExportsSince returns the day of the first of the audits up to the
// last one (run number last) that read the exports given now, or "". The
// exports are the last audit's where every one of them that its zip
// dates (Coverage.Made) is of the day the export of its network the last
// audit held was (runs.csv's exported), at least one is dated, and they
// hold no network no audit up to the last read. An audit holds what it
// read, and the accounts of a network it did not read as the audit before
// it held them (carried, with no row of the network in runs.csv): a run
// given one zip of two, and the run after it given both, are on the
// exports of the audit that read both. Exports unzipped, or loose files,
// have no date to tell them by, and do not count either way.
//
// An earlier audit is one of those that held them where it held the same
// zips and was compared as the last was (the day of the run compared
// with, the latest since of its rows in runs.csv): the runs on the exports
// of one quarter are all compared with the audit before the first of
// them. A run whose undated exports were new (a Mastodon list downloaded
// afresh beside last quarter's zips) was compared with the audit just
// before it, and since tells it from the runs before: they did not read
// what it read, and the runs after it are compared with the audit it was
// compared with, not with theirs.
func sameExportsSince(c importers.Coverage, runs []audit.RunStat, last string) string {
	exported := map[string]map[string]string{} // run -> network -> exported
	compared := map[string]string{}            // run -> the day of the run it was compared with
	asOf := map[string]string{}
	var order []string
	for _, r := range runs {
		if exported[r.Run] == nil {
			exported[r.Run] = map[string]string{}
			asOf[r.Run] = r.AsOf
			order = append(order, r.Run)
		}
		exported[r.Run][r.Network] = r.Exported
		compared[r.Run] = max(compared[r.Run], r.Since)
	}
	if exported[last] == nil {
		return ""
	}
	end := len(order)
	for end > 0 && audit.RunBefore(last, order[end-1]) {
		end-- // a run after the last (runs.csv is cut at it, but still)
	}
	// held returns the exported of the network's export run order[i]
	// held: its own, or, where it did not read the network, the one of
	// the last run before it that did; false where none did.
	held := func(i int, network string) (string, bool) {
		for ; i >= 0; i-- {
			if e, ok := exported[order[i]][network]; ok {
				return e, true
			}
		}
		return "", false
	}
	dated := map[string]string{} // network -> the day of its export given now
	for _, network := range audit.KnownNetworks {
		if !c.HasNetwork(network) {
			continue
		}
		e, read := held(end-1, network)
		if !read {
			return "" // a network no audit up to the last read
		}
		day, _ := c.Made(network)
		if day == 0 {
			continue
		}
		if day.String() != e {
			return ""
		}
		dated[network] = e
	}
	if len(dated) == 0 {
		return ""
	}
	// The runs that held the zips, the last first: runs[i:] up to the last.
	zipped := func(i int) bool {
		for network, e := range dated {
			if h, _ := held(i, network); h != e {
				return false
			}
		}
		return true
	}
	i := end
	for i > 0 && zipped(i-1) {
		i--
	}
	if i == 0 {
		// The baseline's zips: no audit before them to compare with, and
		// every run on them is compared with the last.
		return asOf[order[0]]
	}
	first := ""
	for j := end - 1; j >= i; j-- {
		if compared[order[j]] != compared[last] {
			return first
		}
		first = asOf[order[j]]
	}
	return first
}
