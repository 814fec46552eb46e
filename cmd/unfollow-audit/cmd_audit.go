package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
	"github.com/unfollow-audit/unfollow-audit/importers"
	"github.com/unfollow-audit/unfollow-audit/internal/printable"
)

// defaultWorkspace is where audit keeps its files unless told otherwise;
// the name is neither a folder of this repository nor the built binary.
const defaultWorkspace = "unfollow-audit-workspace"

// auditOptions are the audit command's settings once parsed.
type auditOptions struct {
	dir       string
	rules     audit.Rules
	exports   []string
	batchSize int
	// samePerson skips the checks that the exports are the workspace's
	// person's (otherOwner, otherNetworks, foreignLists: see sameperson.go).
	samePerson bool
	// olderExport skips the check that each export is no older than the
	// newest one an earlier run read (olderExport).
	olderExport bool
	// asOfGiven: the audit's day came from --as-of, not the clock (see
	// lateWarning).
	asOfGiven bool
	// dirGiven: the workspace came from --workspace, not the default (see
	// newDefaultNote).
	dirGiven bool
	// asOfMoved: without --as-of, the audit's day is the last audit's, a
	// day after today here (todayOf), not today (see lateWarning).
	asOfMoved bool
	// compare compares the run with an earlier one: audit.CompareGrouped
	// where nil. A test counts its calls: on a million rows it is the
	// run's longest step after the merge, and is run at most once for
	// each run compared with.
	compare func(prev []audit.Past, items []audit.Item, covered audit.Covered, noted func(string) bool, grouped func(string) string, exported audit.ExportDays, listed func(string) bool) ([]audit.Change, audit.PastIndex)
}

func runAudit(args []string, std stdio, today func() time.Time) int {
	fs := newFlags("audit", "audit [--workspace DIR] [--as-of YYYY-MM-DD] [--met-within SPAN] [--policy NETWORK=RULES]... [--batch-size N] [--same-person] [--older-export] EXPORT...", std)
	dir := fs.StringP("workspace", "w", defaultWorkspace, "`DIR` holding your ledger, the reports and the history of runs (created if needed, in a folder that exists)")
	asOf := fs.String("as-of", "", "audit `DATE` (YYYY-MM-DD) every date rule counts from (default today)")
	within := fs.String("met-within", "12m", "the \"met in the last year\" window, as a `SPAN` of days, months or years: 400d, 18m, 2y")
	batch := fs.Int("batch-size", 0, "also split the unfollow list per network into files of at most `N` rows, one a day (unfollow-<network>-01.csv, ...); 0, the default, splits none")
	policies := fs.StringArray("policy", nil, "what keeps an account on a network, as `NETWORK=RULES` with RULES from met,inspiring,supplier or none (repeatable; default facebook=met, others met,inspiring,supplier)")
	// The refusal says which check it was; the help names the kinds,
	// and the doc every check (a help line of 600 characters was read
	// by no one).
	samePerson := fs.Bool("same-person", false, "go on when the exports or the ledger look like another person's (an export of another Twitter/X account, Instagram username or LinkedIn name; lists or a ledger with little in common with the last run's; see docs/reaudit-owner.md): they are yours")
	olderExport := fs.Bool("older-export", false, "go on when an export is older than one an earlier audit read (its zip dates say so): you mean to audit that one")
	profile := addProfileFlag(fs)
	if code, ok := parse(fs, args, std); !ok {
		return code
	}
	if *dir == "" {
		return usageError(fs, std, "--workspace is empty: give the folder of your ledger, or leave the flag out for %s", defaultWorkspace)
	}
	if msg := emptyValue(fs, *asOf); msg != "" {
		return usageError(fs, std, "%s", msg)
	}
	*dir = expandHome(*dir, os.UserHomeDir) // --workspace=~/ws, where no shell expands it
	o := auditOptions{dir: *dir, exports: fs.Args(), rules: audit.Rules{Policy: audit.DefaultPolicy()}, batchSize: *batch, samePerson: *samePerson, olderExport: *olderExport, asOfGiven: *asOf != "", dirGiven: fs.Changed("workspace")}
	if len(o.exports) == 0 {
		return usageError(fs, std, "no export given")
	}
	// Every flag's value is checked before the exports are looked for,
	// as review checks them: a bad --as-of given with a pattern that
	// matched nothing was said only once the pattern was fixed.
	var err error
	if o.batchSize < 0 {
		return usageError(fs, std, "--batch-size must be 0 (no batches, the default) or more rows, not %d", o.batchSize)
	}
	o.rules.AsOf, err = parseAsOf(*asOf, today())
	if err != nil {
		return usageError(fs, std, "%v", err)
	}
	w, err := audit.ParseSpan(*within)
	if err != nil {
		return usageError(fs, std, "--met-within: %v", err)
	}
	o.rules.Window = w
	if _, err := setPolicies(o.rules.Policy, *policies); err != nil {
		return usageError(fs, std, "--policy: %v", err)
	}
	if o.exports, err = expandPatterns(o.exports); err != nil {
		return fail(std, err)
	}
	if o.exports = withoutRunFiles(o.dir, o.exports); len(o.exports) == 0 {
		return usageError(fs, std, "no export given: only the workspace's own files (%s)", *dir)
	}
	if err := keepListCopy(o.dir, o.exports); err != nil {
		return fail(std, err)
	}
	stop, err := profile()
	if err != nil {
		return fail(std, err)
	}
	defer stop()
	if err := auditRun(o, std); err != nil {
		return fail(std, err)
	}
	return exitOK
}

// auditRun reads the workspace and the exports, decides, and writes every
// file of the run at once, or none.
func auditRun(o auditOptions, std stdio) error {
	compareRuns := o.compare
	if compareRuns == nil {
		compareRuns = audit.CompareIndexed
	}
	// Caught from before Open, whose check of the folder makes a file
	// (see catchEarly).
	intr := catchEarly(o.dir, std, os.Exit)
	ws, err := workspace.Open(o.dir)
	if err != nil {
		intr.stop()
		return err
	}
	unlock, err := ws.Lock()
	if err != nil {
		intr.stop()
		return err
	}
	// Once: an interrupt's handler lets the lock go too, and a second
	// release would remove by its path the lock file of a run started
	// since.
	unlock = sync.OnceFunc(unlock)
	defer unlock()
	intr.locked(unlock)
	defer intr.stop() // before unlock: no interrupt is caught once the lock is let go
	if !o.asOfGiven {
		day, note, err := todayOf(ws, o.dir, o.rules.AsOf)
		if err != nil {
			return err
		}
		if note != "" {
			o.rules.AsOf, o.asOfMoved = day, true
			fmt.Fprintf(std.err, "unfollow-audit: %s\n", note)
		}
	}
	openIn := spreadsheetLock(ws)
	sameIn := sameConflicts(ws) // before the run writes the ledger anew
	prog := startProgress(std)
	defer prog.Done()
	in, err := readAuditInputs(o, ws, prog)
	if err != nil {
		return err
	}
	accounts, bare, coverage, stats, ledger := in.accounts, in.bare, in.coverage, &in.stats, in.ledger
	prev, prevName, runs := in.prev, in.prevName, in.runs
	// A Facebook (LinkedIn) follow joined by name to a friend (connection)
	// whose namesake the last run had is an account of its own: whose it
	// is cannot be told.
	accounts = audit.SplitFollows(accounts, prev)
	defer pauseCollection()()
	prog.Phase("merging")
	lastRuns := lastOfNetworks(runs, audit.RunOf(prevName))
	covered, partial := coveredBy(coverage, lastRuns, accounts)
	// A friend or connection gone, whose follow these exports cannot
	// tell of, is carried with it (see audit.CarryFollows).
	held := covered
	covered = audit.CarryFollows(accounts, prev, covered)
	// A review given exports since the last audit grouped their new
	// accounts (see reviewRecord): its record is that grouping, which the
	// last audit's history, compared with, is not. The review wrote the
	// ledger with the names it saw: a name cell is the tool's as the
	// record names the account (see Ledger.Update).
	// Its carried accounts hold the names an earlier review, given other
	// networks' exports, wrote (see keepReviewedNames).
	record, recordCarried, recordSince, hasRecord, err := readReviewRecord(ws, prevName, true)
	if err != nil {
		return err
	}
	// The removals of Facebook friends every run given exports has read
	// (see audit.RemovedFriendsFile): a friend gone is told unfriended
	// by them as by this run's own, where these exports lack
	// removed_friends.json (see audit.MarkUnfriended).
	keptRemoved, err := readRemovedFriends(ws)
	if err != nil {
		return err
	}
	// The guesses of earlier audits about accounts gone, said again
	// while the person has not acted on them (see pendingGuesses).
	keptGuesses, hadGuesses, err := readPendingGuesses(ws)
	if err != nil {
		return err
	}
	// Decisions about lists these exports do not hold are carried as they
	// were, and their people stay followed in the ledger. Their names are
	// the ones the review wrote to the ledger, where one did: this run's
	// history is what the next run judges the name cells by, and with the
	// last audit's names there it would take a cell the person wrote back
	// to the old name for the tool's and rename it. The accounts that
	// review found gone from their list are not carried: its exports are
	// newer than the last audit's, and its ledger says in_exports no of
	// their rows (see reviewedGone).
	carried := keepReviewedNames(reviewedGone(audit.Carry(prev, covered), hasRecord, record, recordCarried), record, recordCarried)
	// And the accounts that review found new, of lists these exports lack:
	// it gave them rows, which the person may have noted, and they are
	// followed still as far as anything tells.
	carried = append(carried, reviewedNew(prev, covered, runDate(prevName), record, recordCarried)...)
	carriedKeys := map[string]bool{}
	for i := range carried {
		carriedKeys[carried[i].Key()] = true
	}
	known := ledger.Known()
	// The last run's grouping, for the keys a row does not list (an older
	// copy of the ledger) and friends renamed on Facebook.
	known.LastRun(prev)
	known.ReviewedNames(record, recordCarried)
	handAdded := ledger.HandAdded() // before Update fills their in_exports
	// Keys are looked for where the exports hold every list the key may
	// be on, and on networks none of whose lists is carried from the last
	// run: a key of a list not exported (Connections.csv alone) is not a
	// typo for being in none of them.
	carriedNets := map[string]bool{}
	for i := range carried {
		carriedNets[carried[i].Network()] = true
	}
	lookedFor := func(network, id string) bool {
		return !carriedNets[network] && coverage.HoldsKey(network, id)
	}
	// Before the merge: it takes accounts over, reordering them where they
	// are and appending there the followers it merges as accounts, so that
	// after it accounts need not hold every account of the exports.
	unseen := audit.UnseenKeys(handAdded, accounts, bare, lookedFor)
	people, _ := audit.MergeFollowers(accounts, bare, known)
	// Keys typed on rows a run wrote are told from the keys runs wrote
	// there by the history (see Ledger.UntracedKeys), before Update fills
	// the in_exports of the rows added. A first run has none to tell by:
	// its ledger's written rows come from elsewhere.
	var untraced untracedKeys
	var traced tracedKeys
	if prevName != "" {
		if traced, err = readTracedKeys(ws); err != nil {
			return err
		}
		untraced, err = traceKeysKept(ws, ledger.UntracedKeys(known, prev, lookedFor), prevName, &traced, lookedFor)
		if err != nil {
			return err
		}
	}
	// And maybe one more, where the merge doubled the heap (a first run):
	// see collectIfDoubled.
	collectIfDoubled()
	// A first audit's ledger from elsewhere: who it says were followed,
	// read before Update rewrites its in_exports (see otherFirstLedger).
	var wasFollowed []*audit.LedgerRow
	if prevName == "" && !o.samePerson {
		wasFollowed = inExportsRows(ledger, people)
	}
	ledger.Update(people)
	// A ledger saved from a copy older than the last run lacks what that
	// run wrote: the merge puts back the keys of accounts in the exports
	// (Known.pinLastRun), and here the carried ones get back their keys,
	// and the rows that run added, so that the ledger is what the current
	// one would have made it. A row of a person the run before it had
	// already was deleted by hand (a row a run added is one of a person
	// new to it), and stays so: an account carried makes no row. After
	// the first run, with none before it, every row is one it added, and
	// one missing was deleted by hand: no row comes back. Nor does one
	// where the ledger is not shown to be an older copy (olderCopy): a
	// row the last run added and the person deleted since (someone new
	// then, and unfollowed) stays deleted.
	var restored []audit.AddedKey
	if rowless := ledger.RestoreCarried(known, carried); len(rowless) > 0 {
		before, beforeName, err := in.same()
		if err != nil {
			return err
		}
		if beforeName == "" || !olderCopy(known, prev, before) {
			rowless = nil
		}
		had := map[string]bool{}
		for i := range before {
			had[before[i].PersonID()] = true
		}
		restored = ledger.RestoreRows(rowless, prev, func(id string) bool { return had[id] })
	}
	ledger.MarkFollowed(carriedKeys)
	// The history keeps the e-mails of family and friends alone: not
	// of a carried account whose row no longer calls them so.
	ledger.DropEmails(carried)
	if err := otherFirstLedger(ws, ledger, wasFollowed, "run again with --same-person"); err != nil {
		return withOwner(in.ownerErr, err, o.dir)
	}
	// From here the ledger is only read: it is written while the rules
	// run and the run is compared with the last, which leave a core idle.
	txn := ws.Begin()
	defer txn.Abort()
	intr.writes(txn)
	ledgerOut := startWrite(txn, output{name: workspace.Ledger, fn: func(w io.Writer) error { return audit.WriteLedger(w, ledger) }}, ledger.HasPersonsWork())
	defer ledgerOut.wait() // before Abort removes its file
	items := o.rules.DecideAll(people, ledger)
	// Friends and connections no longer followed, the tie kept, whose
	// follow the last run read: unfollows done, off the list.
	exported := audit.ExportDaysOf(runs)
	audit.MarkUnfollowedTies(items, prev, covered, ledger, exported)
	reach := o.rules.ReachOuts(ledger, people, carried)

	// A run that repeats the last one (same exports, ledger and date) adds
	// no history and compares with the run before it. A run on the day of
	// the last one (the person filled in the ledger, as the summary asks,
	// and ran again) is compared with the last audit of an earlier day:
	// the quarter's new and gone accounts and unfollows done stay in
	// changes.csv and the report, with what the notes changed since. On
	// the first day there is none, and it is compared with the run before.
	repeat := prev != nil && audit.SameDecisions(prev, items, carried, o.rules.AsOf) && sameRules(runs, audit.RunOf(prevName), o.rules)
	// The lists the person acts on come in the form their spreadsheet
	// saved the ledger in (see Ledger.FormWriter).
	inForm := func(fn func(io.Writer) error) func(io.Writer) error {
		return func(w io.Writer) error {
			fw, finish := ledger.FormWriter(w)
			return finish(fn(fw))
		}
	}
	unfollow := output{name: workspace.Unfollow, fn: inForm(func(w io.Writer) error { return audit.WriteDecisions(w, items, false) })}
	var hist string
	if !repeat {
		if hist, err = ws.NextHistory(o.rules.AsOf.String()); err != nil {
			return err
		}
		// The unfollow list and the history show the same accounts in the
		// same order: written in one pass.
		unfollow.with = hist
		unfollow.fn2 = func(w, history io.Writer) error {
			fw, finish := ledger.FormWriter(w) // the history stays in the tool's form
			return finish(audit.WriteUnfollowAndHistory(fw, history, items, carried, o.rules.AsOf))
		}
	}
	// The biggest files, started now: the comparison with the last run
	// below (a million rows joined) takes one core for most of its time.
	// A refusal below aborts them (the wait before txn.Abort).
	unfollow = startWrite(txn, unfollow, false)
	defer unfollow.wait()
	// last is the last run, which the lists are judged against; compared
	// is the run this one is compared with (changes.csv, the summary).
	last, lastName := prev, prevName
	// What changed since the last run is compared once (a million rows
	// joined), whether comparedRun needs it first, the run is compared
	// with the last, or only its checks and notes need it.
	var sinceLast []audit.Change
	var sinceLastIndex audit.PastIndex
	comparedLast := false
	// The record of a review given exports since (read above) is the
	// grouping of their new accounts.
	var recordGrouping func(string) string
	if hasRecord {
		recordGrouping = groupedBy(nil, record)
	}
	// Whose rows hold notes (an account split off one is no notes lost),
	// read beside the ledger being written: not Rows, which makes rows.
	noted := ledger.NotedPeople()
	// An error reading an older history file for compareRuns's listed,
	// returned once the comparison is done.
	var listedErr error
	changedSinceLast := func() []audit.Change {
		if !comparedLast {
			sinceLast, sinceLastIndex = compareRuns(last, items, covered, noted, recordGrouping, exported, listedUpTo(ws, lastName, &listedErr))
			comparedLast = true
		}
		return sinceLast
	}
	undatedChanged := func() bool {
		return slices.ContainsFunc(changedSinceLast(), func(c audit.Change) bool {
			day, _ := coverage.Made(c.Network)
			return c.Kind != audit.ChangeChanged && day == 0
		})
	}
	compared, comparedName, err := in.comparedRun(o.rules.AsOf, repeat, undatedChanged)
	if err != nil {
		return err
	}

	var changes []audit.Change
	var pastIndex audit.PastIndex // of compared, for the summary
	judged := audit.Judged(compared, covered)
	var uncarried []audit.Past // see uncarriedGone
	var uncarriedChanges []audit.Change
	if comparedName != "" {
		if comparedName == lastName {
			changes, pastIndex = changedSinceLast(), sinceLastIndex
		} else {
			// The latest grouping is not the run compared with: the last
			// audit's (a run on its day, compared with an earlier day's),
			// or a review's with exports since. An account the person
			// moved off the row it gave is where they put it (a split
			// after a "renamed?" hint): see audit.CompareGrouped.
			changes, pastIndex = compareRuns(compared, items, covered, noted, groupedBy(last, record), exported, listedUpTo(ws, comparedName, &listedErr))
		}
		// An account followed again after an unfollow done says so, from
		// the history of the audit that said to unfollow it.
		if err := followedAgain(ws, changes, items, comparedName, writtenKeys(known, handAdded)); err != nil {
			return err
		}
		// The accounts carried new since the run compared with are told
		// of as the ones read are: one of a list no run up to it read
		// was not followed since it, as far as anything tells.
		carriedFrom := len(changes)
		changes = append(changes, reviewedNewChanges(carried, compared, comparedName, coverage, items)...)
		// And the ones it had, of lists these exports lack, that the run
		// does not carry (a review since found them gone) are gone since
		// it, counted among the accounts it followed and said to unfollow,
		// or replaced by one new (of those carried, or read: a connection
		// removed whose follow stays). So is one Compare found gone by one
		// carried new (a connection removed, its follow carried: a rerun
		// on the day of the audit that read both, given one).
		// Compared with the last audit, and no review since, the run
		// carries every account of it these exports do not cover: none
		// (and a million rows not looked through again).
		if hasRecord || comparedName != lastName {
			uncarried = uncarriedGone(carried, compared, coverage, covered, items)
		}
		uncarriedChanges, changes = uncarriedGoneChanges(uncarried, comparedName, changes, carriedFrom, items, recordSince)
		firstAudited(changes, runs, comparedName, coverage)
	}
	// A repeat of the last run was judged then (and let through, with
	// --same-person where it had to be), and is not judged again. Any
	// other run is judged against the last one, even where it is
	// compared with an earlier day's: the person's notes since do not
	// call for --same-person again.
	lastChanges := changes // since the last run, for its checks and notes
	if lastName != "" && lastName != comparedName {
		lastChanges = changedSinceLast()
	}
	if listedErr != nil {
		return listedErr
	}
	if lastName != "" && !repeat && !o.samePerson {
		lastJudged := judged
		if lastName != comparedName {
			lastJudged = audit.Judged(last, covered)
		}
		if err := foreignLists(o.dir, o.rules, ledger, known, lastJudged, items, lastChanges, coverage, "run again with --same-person"); err != nil {
			return withOwner(in.ownerErr, err, o.dir)
		}
	}
	if in.ownerErr != nil {
		return in.ownerErr
	}
	// Notes gone since the last run: the copy of the ledger that may still
	// hold them is kept.
	_, noBackup := os.Stat(ws.Path(workspace.LedgerBackup))
	lostNotes := notesLostNote(lastChanges, "the last audit", lastName == comparedName, noBackup == nil)
	lostSince, lostPrev, lostWhich := lastChanges, last, "the last audit"
	if lostNotes == "" && lastName != comparedName {
		// A rerun on the day of the run that named them: they are still
		// gone since the audit it is compared with, and the backup kept
		// then is kept again.
		lostWhich = "the audit of " + runDate(comparedName)
		lostNotes = notesLostNote(changes, lostWhich, true, noBackup == nil)
		lostSince, lostPrev = changes, compared
	}
	if lostNotes != "" {
		txn.KeepBackup()
		// Gone from their rows to the first rows: a column sorted alone.
		if sc, ok := ledger.SortedAlone(lostSince, lostPrev); ok {
			lostNotes += " " + sortedAloneNote(sc, lostWhich)
		}
	} else if sc, which, ok := sortedAloneSince(ledger, lastChanges, last, changes, compared, lastName != comparedName, runDate(comparedName)); ok {
		// No row left without notes: the people whose dates or ticks
		// the sort moved away have a relationship or a note beside.
		txn.KeepBackup()
		lostNotes = sortedAloneOnlyNote(sc, which, noBackup == nil)
	}
	// The accounts gone from lists these exports lack (see uncarriedGone)
	// are in changes.csv and the counts, but not in the judgement of the
	// lists above, which is of the lists the exports hold.
	changes = append(changes[:len(changes):len(changes)], uncarriedChanges...)
	// The guesses of earlier audits not acted on yet, said after the
	// summary, and the file that keeps them, with this run's.
	pending, nextGuesses := pendingGuesses(keptGuesses, changes, items, func(k string) bool { return carriedKeys[k] }, known, o.rules, func(r *audit.LedgerRow) string {
		if r == nil {
			return ""
		}
		return ledger.Name(r)
	})
	// A Facebook friend gone that removed_friends.json says the person
	// removed since is told unfriended, not unfollowed; counted as it was,
	// and toxic as the ledger marks them now.
	toxicNow := func(key string) (bool, bool) {
		if r := known.RowOf(key); r != nil {
			return r.Notes().Toxic, true
		}
		return false, false
	}
	unfriended := audit.MarkUnfriended(changes, compared, items, carried, audit.MergeRemovals(in.removed, keptRemoved), importers.FacebookNameKey, toxicNow)
	summarized := judged
	if len(uncarried) > 0 {
		summarized = slices.Concat(judged, uncarried) // judged may be compared itself
	}
	s := audit.SummarizeIndexed(items, summarized, pastIndex, changes, comparedName != "") // judged may be compared itself
	if d := runDate(comparedName); d != "" {
		// The report's "since the last audit" names the run compared
		// with, not the day of its first row judged: where these exports
		// hold only networks that run did not read (carried from an older
		// one), that is the older run's day.
		s.Since = d
	}
	s.Carried, s.Held = carried, held
	s.Reviewed = ledger.HasPersonsWork()
	prog.Phase("writing reports")
	writes := []output{
		ledgerOut,
		{name: workspace.Keep, fn: inForm(func(w io.Writer) error { return audit.WriteDecisions(w, items, true) })},
		unfollow,
		{name: workspace.ReachOut, fn: inForm(func(w io.Writer) error { return audit.WriteReachOut(w, reach) })},
	}
	if comparedName != "" {
		writes = append(writes, output{name: workspace.Changes, fn: inForm(func(w io.Writer) error { return audit.WriteChanges(w, changes) })})
	}
	if !repeat {
		stats := audit.StatsOf(audit.RunOf(hist), o.rules.AsOf, s)
		for i := range stats {
			stats[i].Lists = listsOf(coverage, stats[i].Network, lastRuns)
			stats[i].Read = listsOf(coverage, stats[i].Network, nil)
			if day, _ := coverage.Made(stats[i].Network); day != 0 && madeBy(day.String(), stats[i].AsOf) {
				stats[i].Exported = day.String()
			}
			stats[i].Keeps, stats[i].MetWithin = o.rules.Policy.Allows(stats[i].Network).String(), o.rules.Window.Flag()
		}
		runs = audit.AddRunStats(runs, stats)
		writes = append(writes, output{name: audit.RunStatsFile, fn: func(w io.Writer) error { return audit.WriteRunStats(w, runs) }})
	} else if again, changed := repeatedRunStats(runs, prevName, o.rules.AsOf, s, coverage); changed {
		runs = again
		writes = append(writes, output{name: audit.RunStatsFile, fn: func(w io.Writer) error { return audit.WriteRunStats(w, runs) }})
	}
	owners := audit.MergeOwners(in.owners, in.current)
	writes = append(writes, output{name: workspace.Report, fn: func(w io.Writer) error {
		return audit.WriteHTMLReport(w, &audit.HTMLReport{Rules: o.rules, Summary: s, Items: items, ReachOut: reach, Runs: runs, Owners: owners, Workspace: clientName(o.dir), Unaudited: unauditedLists(coverage, lastRuns)})
	}})
	batches := audit.UnfollowBatches(items, o.batchSize)
	for _, b := range batches {
		writes = append(writes, output{name: b.Name(), fn: inForm(func(w io.Writer) error { return audit.WriteBatch(w, &b) })})
	}
	if len(owners) > 0 {
		writes = append(writes, output{name: audit.OwnersFile, fn: func(w io.Writer) error { return audit.WriteOwners(w, owners) }})
	}
	// The removals these exports add to the ones kept, kept with them
	// (the file is rewritten only where they add any).
	if added := addedRemovals(keptRemoved, in.removed); added != nil {
		writes = append(writes, output{name: audit.RemovedFriendsFile, fn: func(w io.Writer) error { return audit.WriteRemovals(w, added) }})
	}
	if coverage.HasNetwork(audit.Mastodon) {
		writes = append(writes, output{name: mastodonKeep, fn: func(w io.Writer) error { return audit.WriteMastodonKeep(w, items) }})
	}
	// Written only where it changes; none left, it goes.
	if !slices.EqualFunc(keptGuesses, nextGuesses, samePendingGuess) {
		if len(nextGuesses) > 0 {
			writes = append(writes, output{name: audit.PendingGuessesFile, fn: func(w io.Writer) error { return audit.WritePendingGuesses(w, nextGuesses) }})
		} else if hadGuesses {
			txn.Remove(audit.PendingGuessesFile)
		}
	}
	// Written only where it changes; none left, it goes.
	if traced.changed() {
		if len(traced.next) > 0 {
			writes = append(writes, output{name: audit.TracedKeysFile, fn: func(w io.Writer) error { return audit.WriteTracedKeys(w, traced.next) }})
		} else {
			txn.Remove(audit.TracedKeysFile)
		}
	}
	keepRemoved, err := removeStale(ws, txn, writes)
	if err != nil {
		return err
	}
	// The records of reviews given exports (see reviewRecord): this run's
	// history says what the exports hold now. All of them: one named after
	// this run's number is of a review after an audit undone.
	records, err := reviewRecords(ws)
	if err != nil {
		return err
	}
	for _, name := range records {
		txn.Remove(name)
	}
	if err := writeAll(txn, writes); err != nil {
		return err
	}
	if err := savedWhileRunning(ws, in.ledgerStamp); err != nil {
		return err
	}
	// The notes are made while the files are committed (renames that make
	// ext4 write out the new files, 0.1 s for a million rows), and said
	// after the summary, as the run succeeded. They read no file the commit
	// changes: the older histories only (not this run's, nor the last).
	notes := make(chan []string, 1)
	go func() {
		notes <- auditNotes{stats: stats, people: people, last: last, lastName: lastName, lastRuns: lastRuns,
			past: compared, compared: comparedName, restored: restored, changes: changes, runs: runs, ledger: ledger, known: known, unseen: unseen, untraced: untraced,
			coverage: coverage, rules: o.rules, items: items, summary: s, partial: partial, lostNotes: lostNotes,
			batches: batches, batchSize: o.batchSize, keepRemoved: keepRemoved, sameExports: in.onSameExports, sameSince: in.sameSince,
			unfriended: unfriended, olderRelations: func(rel map[string]string) { relationsInHistory(ws, rel, lastName, comparedName, hist) },
			handAdded: handAddedKeys(handAdded), lookedFor: lookedFor, pending: pending, unread: in.unread}.list()
	}()
	if err := txn.Commit(); err != nil {
		return err
	}
	prog.Done()
	if err := writeAuditSummary(std.out, s, o.dir, len(reach), unsureCount(reach), comparedName != "", !std.tty); err != nil {
		return err
	}
	for _, note := range <-notes {
		if note == "" {
			continue // a note with nothing to say
		}
		if _, err := fmt.Fprintln(std.out, note); err != nil {
			return err
		}
	}
	if in.sibling != "" {
		fmt.Fprintf(std.err, "unfollow-audit: warning: %s\n", in.sibling)
	} else if in.newDefault {
		fmt.Fprintf(std.err, "unfollow-audit: note: %s\n", newDefaultNote(o.dir))
	}
	if w := stats.SkippedWarning(); w != "" {
		fmt.Fprintf(std.err, "unfollow-audit: warning: %s\n", printable.Line(w))
	}
	if w := stats.WorkspacesWarning(); w != "" {
		fmt.Fprintf(std.err, "unfollow-audit: warning: %s\n", printable.Line(w))
	}
	if openIn != "" {
		fmt.Fprintf(std.err, "unfollow-audit: warning: %s\n", openLedgerWarning(ws, openIn, false))
	}
	if w := sameConflictsWarning(ws, sameIn); w != "" {
		fmt.Fprintf(std.err, "unfollow-audit: warning: %s\n", w)
	}
	if w := historyConflictsWarning(historyConflicts(ws)); w != "" {
		fmt.Fprintf(std.err, "unfollow-audit: warning: %s\n", w)
	}
	// Last, where it is seen: records dated after the audit's day.
	if w := lateWarning(stats.Late, coverage, o.rules.AsOf, dayFromOf(o.asOfGiven, o.asOfMoved)); w != "" {
		fmt.Fprintf(std.err, "unfollow-audit: %s\n", w)
	}
	return nil
}

// groupedBy returns the person the latest grouping gave an account: the
// record of a review given exports since the last audit where it holds
// the account, else the last audit's history (a review given only some
// networks' exports records only theirs: the others' accounts it carried,
// as the last audit grouped them). The map is made on first need: only
// an account a "renamed?" guess would name is looked up.
func groupedBy(last, record []audit.Past) func(key string) string {
	var person map[string]string
	return func(key string) string {
		if person == nil {
			person = make(map[string]string, len(last)+len(record))
			for _, src := range [][]audit.Past{last, record} {
				for i := range src {
					person[src[i].Key()] = src[i].PersonID()
				}
			}
		}
		return person[key]
	}
}

// mastodonKeep is the Mastodon keep list, in Mastodon's own format.
const mastodonKeep = audit.MastodonKeepFile

// setPolicies sets the --policy values given in p, and returns them
// without a network's second and later ones. A network given twice with
// other rules is refused, naming both: the last one would win silently,
// and which one the person meant is theirs to say. Given twice with the
// same rules (a command line a script built, adding its own), it is one
// meant, as a flag of one value given twice alike is (see onceValue):
// compared by the rules it gives, in any order or case
// ("facebook=met,inspiring" and "Facebook=inspiring, met"), which name
// nothing else, and quoted as first typed.
func setPolicies(p audit.Policy, values []string) ([]string, error) {
	type given struct {
		typed string
		allow audit.Allow
	}
	first := map[string]given{}
	var kept []string
	for _, v := range values {
		if err := p.Set(v); err != nil {
			return nil, err
		}
		network, _, _ := strings.Cut(v, "=")
		network = strings.ToLower(strings.TrimSpace(network))
		g, ok := first[network]
		switch {
		case !ok:
			first[network] = given{v, p[network]}
			kept = append(kept, v)
		case g.allow != p[network]:
			return nil, fmt.Errorf("%s is given twice (%s, then %s): give one", network, g.typed, v)
		}
	}
	return kept, nil
}

// olderCopy tells whether the ledger read (known, the grouping its rows
// fix) was saved from a copy older than the last run, prev, whose run
// before is before: it lacks a key the last run wrote first (one before
// does not have) on the row of a person that has one, and lists none.
// A row the last run added is missing from an older copy and from the
// current ledger alike where the person deleted it (someone new then,
// unfollowed since), and a row deleted by hand is not given back: that
// takes a key the last run added to a row kept (a Facebook friend
// renamed, a LinkedIn address changed) missing too. A key the last run
// wrote first listed on any row, or a row of a person new then, is the
// current ledger's, whatever it lacks. Where the ledger shows neither, a
// row missing stays so; the next audit with its network gives the
// person a row again if still followed. A key the last run kept off a
// misread accounts cell (Past.Unwritten) it did not write: a ledger
// lacking it tells nothing.
func olderCopy(known *audit.Known, prev, before []audit.Past) bool {
	had := make(map[string]bool, len(before))
	for i := range before {
		had[before[i].Key()] = true
	}
	rows := map[string]bool{}
	for id := range known.IDs() {
		rows[id] = true
	}
	lacks := false
	for i := range prev {
		p := &prev[i]
		if p.Relation() == audit.Follower || p.PersonID() == "" || p.Unwritten() || had[p.Key()] {
			continue // a follower alone has no row; an unwritten key was in no ledger
		}
		if _, ok := known.PersonID(p.Key()); ok {
			return false
		}
		if rows[p.PersonID()] {
			lacks = true
		}
	}
	return lacks
}

// clientName is the workspace's folder name for report.html to say where
// no export names its owner (see audit.HTMLReport.Workspace); "" for the
// default one, which names no one.
func clientName(dir string) string {
	if name := filepath.Base(filepath.Clean(dir)); name != defaultWorkspace {
		return name
	}
	return ""
}
