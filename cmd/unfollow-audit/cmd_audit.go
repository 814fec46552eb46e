package main

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"os"
	"path"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
	"github.com/unfollow-audit/unfollow-audit/importers"
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
	// person's (audit.OtherOwner, audit.ForeignLists).
	samePerson bool
	// olderExport skips the check that each export is no older than the
	// newest one an earlier run read (olderExport).
	olderExport bool
}

func runAudit(args []string, std stdio, today func() time.Time) int {
	fs := newFlags("audit", "audit [--workspace DIR] [--as-of YYYY-MM-DD] [--met-within SPAN] [--policy NETWORK=RULES]... EXPORT...", std)
	dir := fs.StringP("workspace", "w", defaultWorkspace, "`DIR` holding your ledger, the reports and the history of runs (created if needed, in a folder that exists)")
	asOf := fs.String("as-of", "", "audit `DATE` (YYYY-MM-DD) every date rule counts from (default today)")
	within := fs.String("met-within", "12m", "the \"met in the last year\" window, as a `SPAN` of days, months or years: 400d, 18m, 2y")
	batch := fs.Int("batch-size", 0, "also split the unfollow list per network into files of at most `N` rows, one a day (unfollow-<network>-01.csv, ...)")
	policies := fs.StringArray("policy", nil, "what keeps an account on a network, as `NETWORK=RULES` with RULES from met,inspiring,supplier or none (repeatable; default facebook=met, others met,inspiring,supplier)")
	samePerson := fs.Bool("same-person", false, "go on when the exports look like another person's (another account's archive; a list with under a tenth of what the last run kept still on it, or nothing in common; none of the workspace's networks): they are yours")
	olderExport := fs.Bool("older-export", false, "go on when an export is older than one an earlier audit read (its zip dates say so): you mean to audit that one")
	profile := addProfileFlag(fs)
	if code, ok := parse(fs, args, std); !ok {
		return code
	}
	o := auditOptions{dir: *dir, exports: fs.Args(), rules: audit.Rules{Policy: audit.DefaultPolicy()}, batchSize: *batch, samePerson: *samePerson, olderExport: *olderExport}
	if len(o.exports) == 0 {
		return usageError(fs, std, "no export given")
	}
	if o.exports = withoutRunFiles(o.dir, o.exports); len(o.exports) == 0 {
		return usageError(fs, std, "no export given: only the workspace's own files (%s)", *dir)
	}
	if err := keepListCopy(o.dir, o.exports); err != nil {
		return fail(std, err)
	}
	if o.batchSize < 0 {
		return usageError(fs, std, "--batch-size must be a positive number of rows, not %d", o.batchSize)
	}
	var err error
	o.rules.AsOf, err = parseAsOf(*asOf, today())
	if err != nil {
		return usageError(fs, std, "%v", err)
	}
	w, err := audit.ParseSpan(*within)
	if err != nil {
		return usageError(fs, std, "--met-within: %v", err)
	}
	o.rules.Window = w
	if err := setPolicies(o.rules.Policy, *policies); err != nil {
		return usageError(fs, std, "--policy: %v", err)
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
	ws, err := workspace.Open(o.dir)
	if err != nil {
		return err
	}
	unlock, err := ws.Lock()
	if err != nil {
		return err
	}
	defer unlock()
	// The ledger and the last run's history are read while the exports
	// are: on a re-audit they are a million rows each, which the second
	// core reads beside the import. Errors are reported in the order the
	// files were read one after the other (ledger, history, the --as-of
	// check, run figures, exports); the cost is that a mistake in the
	// ledger shows once the exports are read, a second for a million rows.
	var (
		ledger                      *audit.Ledger
		prev                        []audit.Past
		prevName                    string
		same                        func() ([]audit.Past, string, error)
		before                      func(string) ([]audit.Past, string, error)
		earlier                     []audit.Past // the last run of an earlier day, when the last is today's
		earlierName                 string
		earlierErr                  error
		runs                        []audit.RunStat
		owners, current             []audit.Owner // the workspace's, these exports'
		ledgerErr, prevErr, runsErr error
		ownersErr                   error
	)
	resume := pauseCollection() // nearly all that is read now stays alive
	var wg sync.WaitGroup
	// They start once the importers know what they will read, a few
	// milliseconds in: the heap for all of it is prepared first (see
	// prepareHeap), and the ledger is as much of it as the exports on a
	// re-audit. They start after the import where it fails before that.
	kept := workspaceBytes(ws)
	readWorkspace := sync.OnceFunc(func() {
		wg.Go(func() { ledger, ledgerErr = readLedger(ws, o.rules.AsOf) })
		wg.Go(func() {
			prev, prevName, same, before, prevErr = previousRun(ws)
			if prevErr == nil && prevName != "" && runDate(prevName) == o.rules.AsOf.String() {
				// A run on the day of the last is compared with the last
				// of an earlier day (see below): read it now, beside the
				// import, not after it.
				earlier, earlierName, earlierErr = before(o.rules.AsOf.String())
			}
			runs, runsErr = readRunStats(ws)
			owners, ownersErr = readOwners(ws)
		})
	})
	claimed := func(n int64) {
		prepareHeap(n + kept)
		readWorkspace()
	}
	prog := startProgress(std)
	defer prog.Done()
	var stats importers.Stats
	// Followers known by their id alone need no decision: they stay
	// numbers (see audit.Followers), merged only to keep ids the import
	// command would give.
	var bare []audit.Followers
	accounts, coverage, err := importers.Read(o.exports, importers.Options{Progress: prog.Counts(), Stats: &stats, Followers: &bare, Claimed: claimed, Owners: &current}, importers.All())
	readWorkspace()
	wg.Wait()
	// The collector stays off until the collection below: back on now,
	// with the heap far past the goal its last (empty) collection set, it
	// started a cycle by itself at once, and the one below marked the
	// same 270 MB again (a first audit of a million rows).
	resumed := false
	defer func() {
		if !resumed {
			resume()
		}
	}()
	// A mistyped --as-of first: read against it, a ledger's correct dates
	// would be refused as after the audit date.
	if last := runDate(prevName); prevErr == nil && last != "" && o.rules.AsOf.String() < last {
		return fmt.Errorf("--as-of %s is before the last audit in %s (%s): give that date or a later one, or another workspace; if that date was a mistake, delete that audit's history file, %s", o.rules.AsOf, o.dir, last, ws.Path(prevName))
	}
	if ledgerErr != nil {
		return ledgerErr
	}
	if prevErr != nil {
		return prevErr
	}
	if runsErr != nil {
		return runsErr
	}
	if ownersErr != nil {
		return ownersErr
	}
	if err != nil {
		return err
	}
	if !o.samePerson {
		if err := otherOwner(o.dir, owners, current, "run again with --same-person"); err != nil {
			return err
		}
	}
	// The figures of runs whose history file is gone (deleted to undo a
	// run, as the --as-of refusal advises) are dropped: that run's export
	// dates would refuse the exports it should have read, and its rows
	// stood in the report until a run took its number again.
	runs = runsUpTo(runs, audit.RunOf(prevName))
	if !o.samePerson {
		if err := otherNetworks(o.dir, runs, coverage, "run again with --same-person"); err != nil {
			return err
		}
	}
	if !o.olderExport {
		if err := olderExport(coverage, runs); err != nil {
			return err
		}
	}
	// One collection now, blocking, and at most one after it (after the
	// merge, see collectIfDoubled). This one frees what reading left
	// behind (the CSV lines: 125 MB at a million rows) for the merge to
	// reuse. Most of what is allocated from here stays alive to be written
	// (people, the ledger's new rows, the decisions): the cycles that ran
	// through the merge and the reports marked the whole heap (600 MB at a
	// million rows, 1.3 GB on a re-audit) to free little, and a cycle
	// beside the merge had the write barrier read each pointer slot of the
	// slabs the merge fills before writing it: on fresh memory, a page
	// fault for the read, another for the write, and a TLB flush on the
	// other core (docs/performance.md).
	collect()
	resume()
	resumed = true
	defer pauseCollection()()
	prog.Phase("merging")
	lastRuns := lastOfNetworks(runs, audit.RunOf(prevName))
	covered, partial := coveredBy(coverage, lastRuns, accounts)
	// Decisions about lists these exports do not hold are carried as they
	// were, and their people stay followed in the ledger.
	carried := audit.Carry(prev, covered)
	carriedKeys := map[string]bool{}
	for i := range carried {
		carriedKeys[carried[i].Key()] = true
	}
	known := ledger.Known()
	// The last run's grouping, for the keys a row does not list (an older
	// copy of the ledger) and friends renamed on Facebook.
	known.LastRun(prev)
	handAdded := ledger.HandAdded() // before Update fills their in_exports
	people, _ := audit.MergeFollowers(accounts, bare, known)
	// Keys are looked for where the exports hold every list the key may
	// be on, and on networks none of whose lists is carried from the last
	// run: a key of a list not exported (Connections.csv alone) is not a
	// typo for being in none of them.
	carriedNets := map[string]bool{}
	for i := range carried {
		carriedNets[carried[i].Network()] = true
	}
	unseen := audit.UnseenKeys(handAdded, accounts, func(network, id string) bool {
		return !carriedNets[network] && coverage.HoldsKey(network, id)
	})
	// And maybe one more, where the merge doubled the heap (a first run):
	// see collectIfDoubled.
	collectIfDoubled()
	ledger.Update(people)
	ledger.MarkFollowed(carriedKeys)
	// From here the ledger is only read: it is written while the rules
	// run and the run is compared with the last, which leave a core idle.
	txn := ws.Begin()
	defer txn.Abort()
	ledgerOut := startWrite(txn, output{name: workspace.Ledger, fn: func(w io.Writer) error { return audit.WriteLedger(w, ledger) }}, ledger.HasPersonsWork())
	defer ledgerOut.wait() // before Abort removes its file
	items := o.rules.DecideAll(people, ledger)
	reach := o.rules.ReachOuts(ledger, people)

	// A run that repeats the last one (same exports, ledger and date) adds
	// no history and compares with the run before it. A run on the day of
	// the last one (the person filled in the ledger, as the summary asks,
	// and ran again) is compared with the last audit of an earlier day:
	// the quarter's new and gone accounts and unfollows done stay in
	// changes.csv and the report, with what the notes changed since. On
	// the first day there is none, and it is compared with the run before.
	repeat := prev != nil && audit.SameDecisions(prev, items, carried, o.rules.AsOf)
	// The lists the person acts on come in the form their spreadsheet
	// saved the ledger in (see Ledger.FormWriter).
	inForm := func(fn func(io.Writer) error) func(io.Writer) error {
		return func(w io.Writer) error {
			fw, finish := ledger.FormWriter(w)
			return finish(fn(fw))
		}
	}
	unfollow := output{name: "unfollow.csv", fn: inForm(func(w io.Writer) error { return audit.WriteDecisions(w, items, false) })}
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
	last, lastName := prev, prevName // what the lists are judged against
	day := o.rules.AsOf.String()
	if prevName != "" && runDate(prevName) == day {
		if earlierErr != nil {
			return earlierErr
		}
		switch {
		case earlierName != "":
			prev, prevName = earlier, earlierName
		case repeat:
			if prev, prevName, err = same(); err != nil {
				return err
			}
		}
	}
	var changes []audit.Change
	judged := audit.Judged(prev, covered)
	if prevName != "" {
		changes = audit.Compare(prev, items, covered)
	}
	// A repeat of the last run was judged then (and let through, with
	// --same-person where it had to be), and is not judged again. Any
	// other run is judged against the last one, even where it is
	// compared with an earlier day's: the person's notes since do not
	// call for --same-person again.
	lastChanges := changes // since the last run, for its checks and notes
	if lastName != "" && lastName != prevName {
		lastChanges = audit.Compare(last, items, covered)
	}
	if lastName != "" && !repeat && !o.samePerson {
		lastJudged := judged
		if lastName != prevName {
			lastJudged = audit.Judged(last, covered)
		}
		if err := foreignLists(o.dir, o.rules, ledger, known, lastJudged, items, lastChanges, "run again with --same-person"); err != nil {
			return err
		}
	}
	// Notes gone since the last run: the copy of the ledger that may still
	// hold them is kept.
	_, noBackup := os.Stat(ws.Path(workspace.LedgerBackup))
	lostNotes := notesLostNote(lastChanges, "the last audit", lastName == prevName, noBackup == nil)
	if lostNotes == "" && lastName != prevName {
		// A rerun on the day of the run that named them: they are still
		// gone since the audit it is compared with, and the backup kept
		// then is kept again.
		lostNotes = notesLostNote(changes, "the audit of "+runDate(prevName), true, noBackup == nil)
	}
	if lostNotes != "" {
		txn.KeepBackup()
	}
	s := audit.Summarize(items, judged, changes, prevName != "")
	s.Carried = carried
	s.Reviewed = ledger.HasPersonsWork()
	prog.Phase("writing reports")
	writes := []output{
		ledgerOut,
		{name: "keep.csv", fn: inForm(func(w io.Writer) error { return audit.WriteDecisions(w, items, true) })},
		unfollow,
		{name: "reach-out.csv", fn: inForm(func(w io.Writer) error { return audit.WriteReachOut(w, reach) })},
	}
	if prevName != "" {
		writes = append(writes, output{name: "changes.csv", fn: inForm(func(w io.Writer) error { return audit.WriteChanges(w, changes) })})
	}
	if !repeat {
		stats := audit.StatsOf(audit.RunOf(hist), o.rules.AsOf, s)
		for i := range stats {
			stats[i].Lists = listsOf(coverage, stats[i].Network, lastRuns)
			if day, _ := coverage.Made(stats[i].Network); day != 0 && madeBy(day.String(), stats[i].AsOf) {
				stats[i].Exported = day.String()
			}
			stats[i].Keeps, stats[i].MetWithin = o.rules.Policy.Allows(stats[i].Network).String(), o.rules.Window.Flag()
		}
		runs = audit.AddRunStats(runs, stats)
		writes = append(writes, output{name: audit.RunStatsFile, fn: func(w io.Writer) error { return audit.WriteRunStats(w, runs) }})
	}
	writes = append(writes, output{name: "report.html", fn: func(w io.Writer) error {
		return audit.WriteHTMLReport(w, &audit.HTMLReport{Rules: o.rules, Summary: s, Items: items, ReachOut: reach, Runs: runs})
	}})
	batches := audit.UnfollowBatches(items, o.batchSize)
	for _, b := range batches {
		writes = append(writes, output{name: b.Name(), fn: inForm(func(w io.Writer) error { return audit.WriteDecisions(w, b.Items, false) })})
	}
	if merged := audit.MergeOwners(owners, current); len(merged) > 0 {
		writes = append(writes, output{name: audit.OwnersFile, fn: func(w io.Writer) error { return audit.WriteOwners(w, merged) }})
	}
	if coverage.HasNetwork(audit.Mastodon) {
		writes = append(writes, output{name: mastodonKeep, fn: func(w io.Writer) error { return audit.WriteMastodonKeep(w, items) }})
	}
	if err := removeStale(ws, txn, writes); err != nil {
		return err
	}
	if err := writeAll(txn, writes); err != nil {
		return err
	}
	if err := txn.Commit(); err != nil {
		return err
	}
	prog.Done()
	if err := writeAuditSummary(std.out, s, o.dir, len(reach), !std.tty); err != nil {
		return err
	}
	for _, note := range leftOutNotes(&stats) {
		if _, err := fmt.Fprintln(std.out, note); err != nil {
			return err
		}
	}
	if n := possibleCount(people); n > 0 {
		if _, err := fmt.Fprintln(std.out, possibleNote(n)); err != nil {
			return err
		}
	}
	if back := audit.Regrouped(last, ledger.Appended()); len(back) > 0 {
		if _, err := fmt.Fprintln(std.out, regroupedNote(back)); err != nil {
			return err
		}
	}
	if len(unseen) > 0 {
		if _, err := fmt.Fprintln(std.out, unseenNote(unseen, ledger.At)); err != nil {
			return err
		}
	}
	var networks []string
	for _, c := range s.Networks {
		networks = append(networks, c.Network)
	}
	if note := followAgainNote(ledger, o.rules, readKeys(coverage, lastRuns, unseen)); note != "" {
		if _, err := fmt.Fprintln(std.out, note); err != nil {
			return err
		}
	}
	if note := lapsedNote(changes, o.rules, notesOf(items, changes)); note != "" {
		if _, err := fmt.Fprintln(std.out, note); err != nil {
			return err
		}
	}
	// The rules of the audit compared with: on the day of the last run,
	// the last audit of an earlier day, as changes.csv. A rerun that gives
	// the quarter's rules again, after a first run that day without them,
	// decides as that audit did.
	compared := lastRuns
	if prevName != lastName {
		compared = lastOfNetworks(runs, audit.RunOf(prevName))
	}
	if note := rulesNote(compared, o.rules, networks, "The decisions they changed are in changes.csv; "); note != "" {
		if _, err := fmt.Fprintln(std.out, note); err != nil {
			return err
		}
	}
	if len(partial) > 0 {
		if _, err := fmt.Fprintln(std.out, partialNote(partial)); err != nil {
			return err
		}
	}
	if lostNotes != "" {
		if _, err := fmt.Fprintln(std.out, lostNotes); err != nil {
			return err
		}
	}
	if len(batches) > 0 {
		_, err := fmt.Fprintf(std.out, "The unfollow list is split into %d files of at most %d rows (unfollow-<network>-NN.csv): at one file per network a day, that is %d days.\n",
			len(batches), o.batchSize, audit.Days(batches))
		return err
	}
	return nil
}

// workspaceBytes returns the bytes of the workspace files a run reads:
// the ledger and the last run's history (0 for those missing).
func workspaceBytes(ws *workspace.Workspace) int64 {
	names := []string{workspace.Ledger}
	if h, err := ws.History(); err == nil && len(h) > 0 {
		names = append(names, h[len(h)-1])
	}
	var n int64
	for _, name := range names {
		if st, err := os.Stat(ws.Path(name)); err == nil {
			n += st.Size()
		}
	}
	return n
}

// regroupedNote says which accounts went back to the ledger rows they
// were taken off since the last run: the evidence of a merge (the same
// name or e-mail) joined them to that person again, and the row lists
// them again.
func regroupedNote(back []audit.AddedKey) string {
	name := back[0].Name
	if name == "" {
		name = back[0].PersonID
	}
	what := fmt.Sprintf("%s went back to %s's ledger row, where the last audit had it: it was taken off the row since", back[0].Key, name)
	if n := len(back) - 1; n > 0 {
		what = fmt.Sprintf("%d accounts went back to the ledger rows the last audit had them on (%s to %s's, and %d more): they were taken off those rows since", n+1, back[0].Key, name, n)
	}
	return what + ", or the ledger was saved from a copy older than the last audit. If an account is someone else, move it to a row of its own, with an empty person_id: taking it off a row is not enough."
}

// possibleCount counts the people who may be another person too (the
// same name or handle on another network, not merged: Person.Possible).
func possibleCount(people []*audit.Person) int {
	n := 0
	for _, p := range people {
		if len(p.Possible()) > 0 {
			n++
		}
	}
	return n
}

// possibleNote points at the possible matches, which only the import
// table and review show: a note written on one of the two rows would
// leave the other account unknown.
func possibleNote(n int) string {
	who := fmt.Sprintf("%d people may be", n)
	if n == 1 {
		who = "1 person may be"
	}
	return who + " someone listed under another account too (the same name or handle elsewhere, not merged): " +
		"unfollow-audit review or import --format table shows them; to join two, list both keys on one ledger row."
}

// unseenNote says which keys of the rows the person added are in none of
// the exports (see audit.UnseenKeys); at names a ledger line (Ledger.At).
func unseenNote(keys []audit.UnseenKey, at func(line int) string) string {
	what := fmt.Sprintf("%s on ledger %s is in none of these exports: check how it is written", keys[0].Key, at(keys[0].Line))
	if n := len(keys) - 1; n > 0 {
		what = fmt.Sprintf("%d keys of rows you added are in none of these exports (%s on ledger %s, and %d more): check how they are written", n+1, keys[0].Key, at(keys[0].Line), n)
	}
	return what + " (unfollow-audit import lists the exports' ids). A row none of whose keys is in the exports is marked in_exports=no."
}

// notesLostNote says which accounts the last run decided on the person's
// notes that this one finds none for, "" when there are none: a row
// deleted in the spreadsheet (a sort or a cut gone wrong) brings its
// accounts back blank, to be unfollowed as unknown, and the changes file
// alone said so, among the others. changes are since the audit that
// audit_ names, inChanges says whether changes.csv holds them (not on a
// rerun on the day of the last, compared with an earlier day), and backup
// whether ledger.previous.csv exists.
func notesLostNote(changes []audit.Change, audit_ string, inChanges, backup bool) string {
	var names []string
	for _, c := range changes {
		// Blank notes now, not a "no" or a note that keeps nobody (the
		// reason says which: Compare gives a changed account its reason).
		if c.Kind == audit.ChangeChanged && c.AfterRule == audit.RuleUnknown && c.Note == audit.ReasonNothingKnown &&
			c.BeforeRule != "" && c.BeforeRule != audit.RuleUnknown {
			names = append(names, cmp.Or(c.Name, c.Network+":"+c.ID))
		}
	}
	if len(names) == 0 {
		return ""
	}
	who := fmt.Sprintf("%d accounts %s decided on your notes have none now (%s", len(names), audit_, names[0])
	if len(names) == 1 {
		who = fmt.Sprintf("1 account %s decided on your notes has none now (%s", audit_, names[0])
	} else {
		who += fmt.Sprintf(", and %d more", len(names)-1)
	}
	listed := ""
	if inChanges {
		listed = " changes.csv lists them as changed."
	}
	kept := " This run leaves ledger.previous.csv as it was, in case it still holds them."
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
// notes gives a person's annotations, for those unfollowed by a policy.
func lapsedNote(changes []audit.Change, rules audit.Rules, notes func(personID string) *audit.Annotations) string {
	start := rules.Window.Before(rules.AsOf)
	var names []string
	seen := map[string]bool{}
	for _, c := range changes {
		if (c.Kind != audit.ChangeChanged && (c.Kind != audit.ChangeReplaced || c.Guess)) ||
			c.Before != audit.DecisionKeep || c.BeforeRule != audit.RuleMet || c.After != audit.DecisionUnfollow || seen[c.PersonID] {
			continue
		}
		switch c.AfterRule {
		case audit.RuleLapsed:
		case audit.RulePolicy:
			// By a policy: lapsed where the meeting is out of the window,
			// not where the policy alone changed.
			if n := notes(c.PersonID); n == nil || n.LastMet.IsZero() || n.LastMet.Last >= start {
				continue
			}
		default:
			continue
		}
		seen[c.PersonID] = true
		names = append(names, cmp.Or(c.Name, c.Network+":"+c.ID))
	}
	if len(names) == 0 {
		return ""
	}
	who := fmt.Sprintf("%d people lapsed since the last audit", len(names))
	list := strings.Join(names[:min(len(names), 3)], ", ")
	if len(names) == 1 {
		who = "1 person lapsed since the last audit"
	}
	if len(names) > 3 {
		list += fmt.Sprintf(", and %d more", len(names)-3)
	}
	return fmt.Sprintf("%s (%s): not met within %s any more, they are unfollowed now where that meeting kept them. If you met them since, give the day in last_met; changes.csv lists their accounts, and review asks about them.", who, list, rules.Window)
}

// notesOf returns a function giving the annotations of the people of
// items whose changes a policy decided (see lapsedNote), looked up in one
// walk of items, and only where there are such changes.
func notesOf(items []audit.Item, changes []audit.Change) func(string) *audit.Annotations {
	var byPerson map[string]*audit.Annotations
	for _, c := range changes {
		if c.AfterRule == audit.RulePolicy && c.BeforeRule == audit.RuleMet {
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
// that note.
func followAgainNote(l *audit.Ledger, rules audit.Rules, read func(key string) bool) string {
	var names []string
	for _, r := range l.NotFollowed() {
		// Most such rows, on a re-audit after a baseline, are people
		// unfollowed on blank notes: nothing to decide.
		if n := &r.Notes; n.Toxic || n.Unsure || (n.LastMet.IsZero() && !n.Inspiring && !n.Supplier) {
			continue
		}
		var nets []string
		for _, k := range r.Accounts {
			network, _, _ := strings.Cut(k, ":")
			if !slices.Contains(nets, network) && read(k) && rules.Decide(network, &r.Notes).Keep {
				nets = append(nets, network)
			}
		}
		if len(nets) > 0 {
			names = append(names, fmt.Sprintf("%s (%s)", cmp.Or(strings.TrimSpace(l.Name(r)), r.Accounts[0]), strings.Join(nets, ", ")))
		}
	}
	if len(names) == 0 {
		return ""
	}
	who := fmt.Sprintf("Your notes keep %d people these exports show you follow nowhere", len(names))
	if len(names) == 1 {
		who = "Your notes keep 1 person these exports show you follow nowhere"
	}
	list := strings.Join(names[:min(len(names), 3)], ", ")
	if len(names) > 3 {
		list += fmt.Sprintf(", and %d more (in_exports no in the ledger)", len(names)-3)
	}
	return who + ": " + list + ". To keep them, follow them again there (their accounts are on their ledger rows); to let them go, clear the notes that keep them."
}

// readKeys returns what followAgainNote takes: whether these exports (c)
// hold every list a ledger key may be on (importers.Coverage.HoldsKey), or
// the last audit of its network did (last, see lastOfNetworks: a key of
// its lists followed then would be carried now), and the key is not one
// named as in none of the exports (unseen).
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

// runDate is the audit date in a history file name, NNNN_YYYY-MM-DD.csv.
func runDate(name string) string {
	base := path.Base(name)
	_, rest, ok := strings.Cut(strings.TrimSuffix(base, ".csv"), "_")
	if !ok {
		return ""
	}
	if _, err := audit.ParseDate(rest); err != nil {
		return ""
	}
	return rest
}

// mastodonKeep is the Mastodon keep list, in Mastodon's own format.
const mastodonKeep = audit.MastodonKeepFile

// removeStale has the run remove batch lists and the Mastodon keep list of
// an earlier run that this run does not write again: a stale list would
// have the person unfollow on old decisions.
func removeStale(ws *workspace.Workspace, txn *workspace.Txn, writes []output) error {
	for _, pattern := range []string{"unfollow-*.csv", mastodonKeep} {
		names, err := ws.Glob(pattern)
		if err != nil {
			return err
		}
		for _, n := range names {
			if n != mastodonKeep && !audit.IsBatchName(n) {
				continue // the person's own file: an archived list, a batch ticked off
			}
			if !slices.ContainsFunc(writes, func(o output) bool { return o.name == n || o.with == n }) {
				txn.Remove(n)
			}
		}
	}
	return nil
}

// writeAll writes the run's files into txn, two at a time: the machine
// this runs on has two cores, and big reports are CPU-bound. Outputs
// started already (startWrite) are waited for.
func writeAll(txn *workspace.Txn, outs []output) error {
	errs := make([]error, len(outs))
	sem := make(chan struct{}, 2)
	var wg sync.WaitGroup
	for i, o := range outs {
		if o.started != nil {
			wg.Go(func() { errs[i] = o.wait() })
			continue
		}
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			if o.with != "" {
				errs[i] = txn.WriteFiles([]string{o.name, o.with}, func(ws []io.Writer) error { return o.fn2(ws[0], ws[1]) })
				return
			}
			errs[i] = txn.Write(o.name, o.fn)
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err // the first in file order, whatever finished first
		}
	}
	return nil
}

// startWrite starts writing o into txn in the background, forced to disk
// when synced (the ledger, when it holds the person's work), and returns
// it marked as started.
func startWrite(txn *workspace.Txn, o output, synced bool) output {
	w := &started{done: make(chan struct{})}
	write := txn.Write
	if synced {
		write = txn.WriteSynced
	}
	go func() {
		defer close(w.done)
		if o.with != "" {
			w.err = txn.WriteFiles([]string{o.name, o.with}, func(ws []io.Writer) error { return o.fn2(ws[0], ws[1]) })
			return
		}
		w.err = write(o.name, o.fn)
	}()
	o.started = w
	return o
}

// output is a workspace file and how to write it.
type output struct {
	name string
	fn   func(io.Writer) error
	// with names a second file written with name's in one pass, by fn2
	// (instead of fn); "" for none.
	with    string
	fn2     func(w, with io.Writer) error
	started *started // set by startWrite
}

// started is a write under way.
type started struct {
	done chan struct{}
	err  error
}

// wait waits for o's write, if started, and returns its error.
func (o output) wait() error {
	if o.started == nil {
		return nil
	}
	<-o.started.done
	return o.started.err
}

func readLedger(ws *workspace.Workspace, asOf audit.Date) (*audit.Ledger, error) {
	f, ok, err := ws.OpenFile(workspace.Ledger)
	if err != nil {
		return nil, err
	}
	if !ok {
		return audit.NewLedger(), missingLedger(ws)
	}
	defer f.Close()
	l, err := audit.ReadLedger(f, ws.Path(workspace.Ledger), asOf)
	if err == nil && len(l.Rows()) == 0 {
		err = lostLedger(ws, "holds only its header", "put its rows back (the spreadsheet may have saved an emptied sheet")
	}
	return l, err
}

// setPolicies sets the --policy values given in p. A network given twice
// is refused: the last one would win silently, and which one the person
// meant is theirs to say.
func setPolicies(p audit.Policy, values []string) error {
	given := map[string]string{}
	for _, v := range values {
		if err := p.Set(v); err != nil {
			return err
		}
		network, _, _ := strings.Cut(v, "=")
		network = strings.ToLower(strings.TrimSpace(network))
		if first, ok := given[network]; ok {
			return fmt.Errorf("%s is given twice (%s, then %s): give one", network, first, v)
		}
		given[network] = v
	}
	return nil
}

// hasRows reports whether a workspace file holds a line after its header:
// a history file a decision, a ledger a row.
func hasRows(ws *workspace.Workspace, name string) (bool, error) {
	f, ok, err := ws.OpenFile(name)
	if err != nil || !ok {
		return false, err
	}
	defer f.Close()
	// Lines end at LF, CRLF or a lone CR (Excel for Mac's CSV, kept in
	// the backup as the ledger had it).
	br := bufio.NewReaderSize(f, 64<<10)
	lines, blank := 0, true
	for lines < 2 {
		c, err := br.ReadByte()
		if err == io.EOF {
			if !blank {
				lines++
			}
			break
		}
		if err != nil {
			return false, err
		}
		switch {
		case c == '\n' || c == '\r':
			if !blank {
				lines++
			}
			blank = true
		case c != ' ' && c != '\t' && c != ',' && c != ';':
			blank = false
		}
	}
	return lines >= 2, nil
}

// missingLedger refuses a workspace whose ledger is missing after runs
// were made in it (see lostLedger).
func missingLedger(ws *workspace.Workspace) error {
	return lostLedger(ws, "is missing", "put the ledger back under that name (a spreadsheet's \"Save as\" may have named it otherwise")
}

// lostLedger refuses a workspace whose ledger is missing, or holds no
// rows, after runs were made in it: saved under another name from the
// spreadsheet ("Save as"), moved, or emptied by a sort or a filter gone
// wrong. Run without it, every account the person kept would be decided
// on blank notes, unfollowed, and recorded so in the history; and the
// run would replace ledger.previous.csv, the last copy of the notes, with
// the empty ledger. It returns nil for a workspace without runs: a first
// run makes the ledger. what says what is wrong with ledger.csv, and fix
// how to mend it, an open parenthesis that lostLedger closes.
func lostLedger(ws *workspace.Workspace, what, fix string) error {
	runs, err := ws.History()
	if err != nil || len(runs) == 0 {
		return err
	}
	// Nothing to lose where the last run decided nothing (an empty list)
	// and the ledger before it held no row either.
	decided, err := hasRows(ws, runs[len(runs)-1])
	if err != nil {
		return err
	}
	if !decided {
		if held, err := hasRows(ws, workspace.LedgerBackup); err != nil || !held {
			return err
		}
	}
	if _, err := os.Stat(ws.Path(workspace.LedgerBackup)); err == nil {
		fix += fmt.Sprintf("; %s is the one before the last run", ws.Path(workspace.LedgerBackup))
	}
	return fmt.Errorf("%s %s, but %s holds %d runs: %s), or audit in a new workspace to start over",
		ws.Path(workspace.Ledger), what, ws.Path(workspace.HistoryDir), len(runs), fix)
}

// parseAsOf reads an --as-of date, today when s is empty. A date more
// than a year after today is refused as a typo (2062 for 2026): a run on
// it would be the workspace's last, and every later run, dated before
// it, refused.
func parseAsOf(s string, today time.Time) (audit.Date, error) {
	if s == "" {
		return audit.DateOf(today), nil
	}
	d, err := audit.ParseDate(s)
	if err != nil {
		return 0, fmt.Errorf("--as-of: %v", err)
	}
	if limit := audit.DateOf(today.AddDate(1, 0, 0)); d > limit {
		return 0, fmt.Errorf("--as-of %s is more than a year after today (%s): check the year", d, audit.DateOf(today))
	}
	return d, nil
}

// previousRun reads the newest history file. same reads the one before
// it, for a run that turns out to repeat the newest; before(day) reads
// the newest of a day before day (nil and "" when there is none).
func previousRun(ws *workspace.Workspace) (prev []audit.Past, name string, same func() ([]audit.Past, string, error), before func(day string) ([]audit.Past, string, error), err error) {
	names, err := ws.History()
	if err != nil {
		return nil, "", nil, nil, err
	}
	read := func(i int) ([]audit.Past, string, error) {
		if i < 0 {
			return nil, "", nil
		}
		f, _, err := ws.OpenFile(names[i])
		if err != nil {
			return nil, "", err
		}
		if f == nil {
			return nil, "", fmt.Errorf("%s: vanished while reading", ws.Path(names[i]))
		}
		defer f.Close()
		p, err := audit.ReadHistory(f, ws.Path(names[i]))
		return p, names[i], err
	}
	prev, name, err = read(len(names) - 1)
	same = func() ([]audit.Past, string, error) { return read(len(names) - 2) }
	before = func(day string) ([]audit.Past, string, error) {
		for i := len(names) - 1; i >= 0; i-- {
			if d := runDate(names[i]); d != "" && d < day {
				return read(i)
			}
		}
		return nil, "", nil
	}
	return prev, name, same, before, err
}

// readOwners reads whose exports the workspace's runs read; none before
// the first run.
func readOwners(ws *workspace.Workspace) ([]audit.Owner, error) {
	f, ok, err := ws.OpenFile(audit.OwnersFile)
	if err != nil || !ok {
		return nil, err
	}
	defer f.Close()
	return audit.ReadOwners(f, ws.Path(audit.OwnersFile))
}

// readRunStats reads the figures of past runs; none before the first run.
func readRunStats(ws *workspace.Workspace) ([]audit.RunStat, error) {
	f, ok, err := ws.OpenFile(audit.RunStatsFile)
	if err != nil || !ok {
		return nil, err
	}
	defer f.Close()
	return audit.ReadRunStats(f, ws.Path(audit.RunStatsFile))
}
