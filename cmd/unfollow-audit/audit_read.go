package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
	"github.com/unfollow-audit/unfollow-audit/importers"
)

// auditInputs are what an audit reads: the exports, and the workspace's
// ledger, history, run figures and owners.
type auditInputs struct {
	accounts []audit.Account
	// bare are the followers known by their id alone, which need no
	// decision: they stay numbers (see audit.Followers), merged only to
	// keep ids the import command would give.
	bare     []audit.Followers
	coverage importers.Coverage
	stats    importers.Stats
	// removed are the friends the exports say the person removed
	// (Facebook's removed_friends.json), for audit.MarkUnfriended.
	removed []audit.Removal
	ledger  *audit.Ledger
	// ledgerStamp is ledger.csv as the run found it, before reading it
	// (nil where it could not tell): one saved since (from a spreadsheet)
	// is not written over (see savedWhileRunning).
	ledgerStamp *stamp
	prev        []audit.Past // the last run's decisions, from its history file prevName ("" before the first run)
	prevName    string
	same        func() ([]audit.Past, string, error) // reads the run before the last
	// earlier is the last run of an earlier day, read where the last run
	// is of the audit's day; earlierErr is the error reading it, reported
	// only where it is needed.
	earlier     []audit.Past
	earlierName string
	earlierErr  error
	// sameSince is the day of the first audit of the exports given now,
	// where they are, by their zips' dates, the ones the last audit read
	// (see sameExportsSince); before reads the last audit before a day,
	// which the run is compared with where the exports without a date hold
	// what the last audit read too (see comparedRun): read then only, as
	// it is a million rows, and unused where they do not.
	sameSince     string
	before        func(day string) ([]audit.Past, string, error)
	onSameExports bool // comparedRun compared with the audit before sameSince
	// sibling warns that a new workspace's exports are of the owner a
	// workspace beside it audits (see siblingOwner); "" for none.
	sibling string
	// newDefault: the workspace is the default one (no --workspace),
	// made by this run: no earlier run, no ledger (see newDefaultNote).
	newDefault bool
	// unread says which copies of a ledger the folders given hold that
	// the run did not read, workbooks and zipped ones (see unreadNotes).
	unread  []string
	runs    []audit.RunStat // the figures of the runs up to the last (see runsUpTo)
	owners  []audit.Owner   // the workspace's
	current []audit.Owner   // these exports'
	// ownerErr refuses exports that name another owner than the
	// workspace's (otherOwner), once the lists are judged too (withOwner).
	ownerErr error
}

// readAuditInputs reads the exports and the workspace, and refuses what
// the run must not go on with (see the checks below), in the order the
// person would meet them reading the files one after the other. It
// returns with the collector on and what reading left behind collected.
func readAuditInputs(o auditOptions, ws *workspace.Workspace, prog *progress) (*auditInputs, error) {
	in := &auditInputs{}
	// The ledger and the last run's history are read while the exports
	// are: on a re-audit they are a million rows each, which the second
	// core reads beside the import. Errors are reported as if the files
	// were read one after the other, after the --as-of check (ledger,
	// history, run figures, owners, exports); the cost is that a mistake
	// in the ledger shows once the exports are read, a second for a
	// million rows.
	var (
		ledger                      *audit.Ledger
		copyUnread                  []string // copies of the ledger not compared (see unreadCopy)
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
	if st, err := stampOf(ws.Path(workspace.Ledger)); err == nil {
		in.ledgerStamp = &st
	}
	readWorkspace := sync.OnceFunc(func() {
		wg.Go(func() { ledger, copyUnread, ledgerErr = readLedger(ws, o.rules.AsOf) })
		wg.Go(func() {
			prev, prevName, same, before, prevErr = previousRun(ws)
			if prevErr == nil && prevName != "" && runDate(prevName) == o.rules.AsOf.String() {
				// A run on the day of the last is compared with the last
				// of an earlier day (see below): read it now, beside the
				// import, not after it.
				earlier, earlierName, earlierErr = before(o.rules.AsOf.String())
			}
			runs, runsErr = readRunStats(ws, true)
			owners, ownersErr = readOwners(ws, true)
		})
	})
	claimed := func(n int64) {
		prepareHeap(n + kept)
		readWorkspace()
	}
	// Followers known by their id alone need no decision: they stay
	// numbers (see audit.Followers), merged only to keep ids the import
	// command would give.
	var bare []audit.Followers
	var copies []importers.LedgerCopy // copies of a ledger in the folders given
	var unread []importers.LedgerCopy // and those not read (workbooks, zipped)
	accounts, coverage, err := importers.Read(o.exports, importers.Options{Progress: prog.Counts(), Stats: &in.stats, Followers: &bare, Usernames: true, Claimed: claimed, Owners: &current, After: lateAfter(o.rules.AsOf), Removed: &in.removed, Ledgers: &copies, Unread: &unread, Workspace: o.dir}, importers.All())
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
		return nil, asOfBeforeLast(ws, o.dir, o.rules.AsOf, prevName)
	}
	if ledgerErr != nil {
		// Read beside the exports: a Twitter/X handle typed for an id is
		// named with the key these exports give it, where they hold it,
		// and a copy in a workspace with no ledger yet is judged by them.
		if le, ok := errors.AsType[*audit.LedgerError](ledgerErr); ok && err == nil {
			le.NameTwitterKey(accounts)
		}
		if err == nil {
			ledgerErr = foreignFirst(ws, ledgerErr, accounts, o.rules.AsOf)
		}
		return nil, ledgerErr
	}
	if err == nil {
		given, err := givenCopy(ws, copies, ledger, accounts, o.rules.AsOf)
		if err != nil {
			return nil, err
		}
		in.unread = slices.Concat(copyUnread, given, unreadNotes(ws, unread))
	}
	if prevErr != nil {
		return nil, prevErr
	}
	if runsErr != nil {
		return nil, runsErr
	}
	if ownersErr != nil {
		return nil, ownersErr
	}
	if err != nil {
		return nil, err
	}
	if err := lossyNames(ws, ledger, prev); err != nil {
		return nil, err
	}
	if !o.samePerson {
		// Said with the lists' refusal, where there is one (see
		// withOwner): refused first, alone, a new name on one network had
		// --same-person let another person's list of another network in.
		in.ownerErr = otherOwner(o.dir, owners, current, "run again with --same-person")
		// Another workspace's ledger, copied over this one's: refused
		// before its people are decided, as another person's exports are.
		if err := otherLedger(ws, ledger, prev, prevName, "run again with --same-person"); err != nil {
			return nil, cmp.Or(in.ownerErr, err)
		}
	}
	if len(runs) == 0 && prevName == "" {
		in.sibling = siblingOwner(o.dir, current)
		in.newDefault = !o.dirGiven && (in.ledgerStamp == nil || !in.ledgerStamp.exists)
	}
	// The figures of runs whose history file is gone (deleted to undo a
	// run, as the --as-of refusal advises) are dropped: that run's export
	// dates would refuse the exports it should have read, and its rows
	// stood in the report until a run took its number again.
	allRuns := runs
	runs = runsUpTo(runs, audit.RunOf(prevName))
	if !o.samePerson {
		if err := otherNetworks(o.dir, allRuns, audit.RunOf(prevName), owners, current, coverage, "run again with --same-person"); err != nil {
			return nil, cmp.Or(in.ownerErr, err)
		}
	}
	if !o.olderExport {
		if err := olderExport(coverage, runs); err != nil {
			return nil, cmp.Or(in.ownerErr, err)
		}
	}
	// The exports the last audit read, given again on a later day (the
	// ledger filled in since, and the same command run again): compared,
	// as a rerun on the audit's day is, with the last audit before those
	// exports were first read. With the last one, on the same exports, it
	// found nothing new, nothing gone and no unfollow done, and the
	// quarter's view was gone from changes.csv and report.html.
	if since := sameExportsSince(coverage, runs, audit.RunOf(prevName)); since != "" && since < o.rules.AsOf.String() && before != nil {
		in.sameSince, in.before = since, before
	}
	// One collection now, blocking, and at most one after it (after the
	// merge, see collectIfDoubled). This one frees what reading left
	// behind (the readers' buffers, the ledger's check of keys listed
	// twice: 108 MB on a re-audit of a million rows) for the merge to
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
	in.accounts, in.bare, in.coverage, in.ledger = accounts, bare, coverage, ledger
	in.prev, in.prevName, in.same, in.runs = prev, prevName, same, runs
	in.earlier, in.earlierName, in.earlierErr = earlier, earlierName, earlierErr
	in.owners, in.current = owners, current
	return in, nil
}

// comparedRun returns the run an audit on asOf is compared with
// (changes.csv, the summary) and its history file: the last run, or, on
// the day of the last, the last audit of an earlier day (or, for a
// repeat of the last run on its first day, the run before it); on the
// exports the last audit read, the last audit before them, where those
// without a date to tell them by (undatedChanged reports whether they
// hold an account new or gone since the last run) hold what it read too:
// a Mastodon export downloaded again beside last quarter's zips is news.
func (in *auditInputs) comparedRun(asOf audit.Date, repeat bool, undatedChanged func() bool) ([]audit.Past, string, error) {
	if in.sameSince != "" && !undatedChanged() {
		// On the exports the last audit read: the last audit before them,
		// where there is one (the first audit's own exports have none).
		if e, name, err := in.before(in.sameSince); name != "" || err != nil {
			in.onSameExports = true
			return e, name, err
		}
	}
	if in.prevName == "" || runDate(in.prevName) != asOf.String() {
		return in.prev, in.prevName, nil
	}
	switch {
	case in.earlierErr != nil:
		return nil, "", in.earlierErr
	case in.earlierName != "":
		return in.earlier, in.earlierName, nil
	case repeat:
		return in.same()
	}
	return in.prev, in.prevName, nil
}

// savedWhileRunning returns an error where ledger.csv is no longer the
// file the run found (stamp): saved from a spreadsheet while the run went
// on. The run's files are then not written: its ledger would replace the
// one saved (kept as ledger.previous.csv at best, lost where that copy is
// kept for notes gone), and its lists are of the notes before the save.
// Run again, the audit reads the ledger as saved.
func savedWhileRunning(ws *workspace.Workspace, was *stamp) error {
	if was == nil {
		return nil
	}
	path := ws.Path(workspace.Ledger)
	if now, err := stampOf(path); err == nil && now != *was {
		return fmt.Errorf("%s: changed on disk while the audit ran (saved from a spreadsheet?): nothing is written, and the ledger stays as saved; run the audit again", path)
	}
	return nil
}
