// Opening a review: the workspace locked, its files read and checked, and
// the session made ready for the questions.

package main

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
	"github.com/unfollow-audit/unfollow-audit/importers"
	"github.com/unfollow-audit/unfollow-audit/internal/printable"
)

// stamp identifies a version of a file, to notice that someone else
// changed it.
type stamp struct {
	exists bool
	size   int64
	mod    time.Time
}

func stampOf(path string) (stamp, error) {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return stamp{}, nil
	}
	if pe, ok := err.(*fs.PathError); ok {
		// Named as audit names it ("ledger.csv: too many levels of
		// symbolic links", a loop of links), not "stat ledger.csv: ...".
		return stamp{}, fmt.Errorf("%s: %w", path, pe.Err)
	}
	if err != nil {
		return stamp{}, err
	}
	return stamp{true, fi.Size(), fi.ModTime()}, nil
}

// lockWorkspace opens the workspace at dir and locks it (see
// workspace.Lock). The review reads it as ws from then on: opened again,
// each Open made its check file anew (see catchEarly).
func lockWorkspace(dir string) (ws *workspace.Workspace, unlock func(), err error) {
	ws, err = workspace.Open(dir)
	if err != nil {
		return nil, nil, err
	}
	unlock, err = ws.Lock()
	return ws, unlock, err
}

// openReview reads the workspace (and the exports, when given) and builds
// the review queue.
//
// The workspace was opened and locked by lockWorkspace: it is not opened
// again, as Open's check that the folder takes files makes one, which an
// interrupt from then on, ending the process at once, could leave there.
func openReview(dir string, rules audit.Rules, exports []string, std stdio, prog *progress) (*reviewSession, error) {
	ws := &workspace.Workspace{Dir: dir}
	onDisk, err := stampOf(ws.Path(workspace.Ledger))
	if err != nil {
		return nil, err
	}
	// The first answer writes the ledger: one marked read-only is said
	// before the first question, not after it.
	if err := ws.ReadOnly(workspace.Ledger); err != nil {
		return nil, err
	}
	if !onDisk.exists && len(exports) == 0 {
		if err := missingLedger(ws); err != nil {
			return nil, err
		}
		// A ledger sent back beside it is to be renamed, not an audit
		// run first, which stops on it (see firstCopy).
		if err := firstCopy(ws, rules.AsOf); err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("%s: no ledger yet: run unfollow-audit audit --workspace %s EXPORT... first, or give the exports to review", ws.Path(workspace.Ledger), shellArgs(dir))
	}
	names, err := ws.History()
	if err != nil {
		return nil, err
	}
	// A mistyped --as-of first, as audit refuses it: "m" would save that
	// day as last_met, and a meeting lapsed since would not come up.
	// Read against it, a ledger's correct dates would be refused as after
	// the audit date.
	if len(names) > 0 {
		if last := runDate(names[len(names)-1]); last != "" && rules.AsOf.String() < last {
			return nil, fmt.Errorf("--as-of %s is before the last audit in %s (%s): give that date or a later one", rules.AsOf, dir, last)
		}
	}
	ledger, copyUnread, err := readLedger(ws, rules.AsOf)
	if err != nil {
		return nil, withExports(ws, err, exports, rules.AsOf)
	}
	runs, err := readRunStats(ws, false) // a review writes no runs.csv
	if err != nil {
		return nil, err
	}
	lastRun := ""
	if len(names) > 0 {
		lastRun = audit.RunOf(names[len(names)-1])
	}
	lastRuns := lastOfNetworks(runs, lastRun)
	// The recent audits: who was kept as met, and (without exports) what
	// each account is (the last one).
	var recent [][]audit.Past
	var recentNames []string
	windows := audit.Windows{ByDay: audit.MetWindows(runs, lastRun)} // the window each decided by
	for _, name := range recentRuns(names, comparedDay(lastRuns)) {
		f, ok, err := ws.OpenFile(name)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		// Given exports, a review carries the last audit's rows of the
		// lists they lack into its record, which would lose the columns
		// of a newer version (see audit.ReadHistory); without, it only
		// reads them.
		read := audit.ViewHistory
		if len(exports) > 0 {
			read = audit.ReadHistory
		}
		p, err := read(f, ws.Path(name))
		f.Close()
		if err != nil {
			return nil, err
		}
		recent, recentNames = append(recent, p), append(recentNames, name)
		windows.Runs = append(windows.Runs, audit.MetWindowOf(runs, audit.RunOf(name)))
	}
	windows.Decided = decidedWindows(runs, recentNames)
	if len(recent) > 0 {
		// Another workspace's ledger, copied over this one's: refused
		// before an answer is written into it, as audit refuses it.
		if err := otherLedger(ws, ledger, recent[len(recent)-1], lastHistory(names), "run audit with --same-person first"); err != nil {
			return nil, err
		}
	}
	for i := range copyUnread {
		copyUnread[i] = printable.Line(copyUnread[i])
	}
	s := &reviewSession{std: std, dir: dir, ws: ws, onDisk: onDisk, exports: len(exports) > 0, copyNotes: copyUnread,
		newWorkspace: len(exports) > 0 && !onDisk.exists && len(names) == 0 && len(runs) == 0,
		notesGone:    notesGone(recent, ledger)}
	s.keepBackup = len(s.notesGone) > 0
	// Each answer saved writes, with the ledger, its checksum into
	// ledger-sums.csv and, unless kept, the ledger before it into
	// ledger.previous.csv: either marked read-only stopped the first
	// answer's save, after the person had answered. Said before the
	// first question, as a read-only ledger is.
	if err := ws.ReadOnly(workspace.LedgerSums); err != nil {
		return nil, err
	}
	if !s.keepBackup {
		if err := ws.ReadOnly(workspace.LedgerBackup); err != nil {
			return nil, err
		}
	}
	var networks []string
	for _, r := range lastRuns {
		networks = append(networks, r.Network)
	}
	s.rulesNote = rulesNote(lastRuns, rules, networks, "the last audit's", "Your answers are judged by these; ")
	details := map[string]*audit.Account{}
	var last []audit.Past // the last audit's decisions
	if len(recent) > 0 {
		last = recent[len(recent)-1]
	}
	if s.exports {
		var current []audit.Owner
		var stats importers.Stats
		var removed []audit.Removal
		var copies, unread []importers.LedgerCopy
		// Followers known by their id alone need no decision and no
		// question: they stay numbers, as the audit keeps them (see
		// audit.Followers), merged only where a key or a handle ties them
		// to someone. As accounts, 300,000 of them took seconds and half
		// a gigabyte before the first question.
		var bare []audit.Followers
		accounts, coverage, err := importers.Read(exports, importers.Options{Progress: prog.Counts(), Owners: &current, Stats: &stats, Followers: &bare, Usernames: true, After: lateAfter(rules.AsOf), Removed: &removed, Ledgers: &copies, Unread: &unread, Workspace: ws.Dir}, importers.All())
		if err != nil {
			return nil, err
		}
		prog.Phase("merging")
		given, err := givenCopy(ws, copies, ledger, accounts, rules.AsOf)
		if err != nil {
			return nil, err
		}
		s.lateRecords, s.lateMade = stats.Late, coverage
		s.exportNotes = leftOutNotes(&stats)
		s.skipped = printable.Line(stats.SkippedWarning())
		s.workspaces = printable.Line(stats.WorkspacesWarning())
		notes := append(given, unreadNotes(ws, unread)...)
		for i := range notes {
			notes[i] = printable.Line(notes[i])
		}
		s.exportNotes = append(notes, s.exportNotes...)
		accounts = audit.SplitFollows(accounts, last) // as the last audit did
		// As in audit: the people of lists these exports do not hold (only
		// the Twitter/X archive given) stay followed, not gone, and so do
		// friends and connections gone whose follows they lack.
		covered, _ := coveredBy(coverage, lastRuns, accounts)
		covered = audit.CarryFollows(accounts, last, covered)
		// Review writes the ledger at the first answer: another person's
		// exports are refused first, as audit refuses them.
		const override = "run audit with --same-person first"
		owners, err := readOwners(ws, false) // nor owners.csv
		if err != nil {
			return nil, err
		}
		// Said with the lists' refusal, where there is one (see withOwner).
		ownerErr := otherOwner(dir, owners, current, override)
		known := ledger.Known()
		known.LastRun(last) // for friends renamed on Facebook
		// A review with exports before this one since the last audit
		// wrote the ledger with the names it saw: a name cell is the
		// tool's as its record names the account (see Ledger.Update).
		named, namedCarried, namedSince, hasNamed, err := readReviewRecord(ws, lastHistory(names), true)
		if err != nil {
			return nil, err
		}
		known.ReviewedNames(named, namedCarried)
		// The evidence of a merge is the tool's own: the ledger's grouping
		// pins people, which hides it. Merged below, with the accounts
		// carried from the last audit: the accounts of the exports, in
		// the order read (a person lists their first possible matches in
		// it, as import does), then the followers merged as accounts (the
		// ones a key or a handle ties to someone: any a ledger row may
		// list), not the others, which merge with no one.
		auto := slices.Clone(accounts)
		people, _ := audit.MergeFollowers(accounts, bare, known)
		auto = append(auto, pinnedFollowers(people, auto, bare)...)
		// Before any audit, a ledger from elsewhere is judged by who it
		// says were followed, as audit's first run judges it.
		var wasFollowed []*audit.LedgerRow
		if len(recent) == 0 {
			wasFollowed = inExportsRows(ledger, people)
		}
		// The answers reach the decisions below (the record's history).
		ledger.HoldNotes()
		ledger.Update(people)
		if err := otherFirstLedger(ws, ledger, wasFollowed, override); err != nil {
			return nil, cmp.Or(ownerErr, err)
		}
		s.renamed, s.renamedCount = ledger.Renamed()
		s.followsOnly = followsOnly(people)
		// An export older than the one the last audit read (last
		// quarter's zip) would mark the accounts unfollowed since as
		// followed again, and the people followed since as gone, never
		// to come up: refused, as audit refuses it. Against the last
		// audit's own exports: one that audit read with --older-export
		// passes.
		if err := olderExportThan(coverage, lastRuns, "Give the exports the last audit read or newer ones, or none: the ledger and the last audit are enough"); err != nil {
			return nil, cmp.Or(ownerErr, err)
		}
		if err := otherNetworks(dir, runs, lastRun, owners, current, coverage, override); err != nil {
			return nil, cmp.Or(ownerErr, err)
		}
		// Not the accounts that review found gone: its ledger has them
		// in_exports no, and so does this one (see reviewedGone).
		carriedPast := keepReviewedNames(reviewedGone(audit.Carry(last, covered), hasNamed, named, namedCarried), named, namedCarried)
		// And the accounts an earlier review since found new, of lists
		// these exports lack: they have rows, followed still.
		// With the dates that review's record gave them, which the record
		// this review saves replaces: the audit after it tells by them an
		// address edited from an account made anew (see
		// uncarriedGoneChanges).
		fromRecord := len(carriedPast)
		carriedPast = append(carriedPast, reviewedNew(last, covered, runDate(lastHistory(names)), named, namedCarried)...)
		carriedSince := carriedDates(carriedPast, fromRecord, namedSince)
		// Its record keeps the e-mails of family and friends alone, as
		// the history does (see Ledger.DropEmails).
		ledger.DropEmails(carriedPast)
		s.carried = make(map[string]bool, len(carriedPast))
		for _, p := range carriedPast {
			s.carried[p.Key()] = true
		}
		// A carried account (of a list these exports do not hold) is one
		// the person still follows: merged with the accounts read, as
		// the audit merged it, a row grouping it by hand with one read is
		// said so, and one the tool grouped by name is not. Only those on
		// a row of several accounts, the few whose evidence is shown, and
		// their namesakes, which kept the audit from merging them by name:
		// a million carried (the Twitter/X archive not given) are not
		// merged for it.
		if len(carriedPast) > 0 {
			grouped := map[string]bool{}
			for _, r := range ledger.Rows() {
				if keys := ledger.AccountKeys(r); len(keys) > 1 {
					for _, k := range keys {
						grouped[k] = true
					}
				}
			}
			// The names of the accounts on such rows, folded: the
			// carried accounts are looked up in them by the million,
			// without folding or allocating for each.
			var names audit.FoldedNames
			for i := range auto {
				if a := &auto[i]; grouped[a.Key()] {
					names.Add(a.Name)
				}
			}
			var namesakes []int
			for i := range carriedPast {
				if p := &carriedPast[i]; grouped[p.Key()] {
					names.Add(p.Name())
					auto = append(auto, audit.Account{Network: p.Network(), Relation: p.Relation(), ID: p.ID(), Name: p.Name()})
				} else {
					namesakes = append(namesakes, i)
				}
			}
			if names.Len() > 0 {
				for _, i := range namesakes {
					if p := &carriedPast[i]; names.Has(p.Name()) {
						auto = append(auto, audit.Account{Network: p.Network(), Relation: p.Relation(), ID: p.ID(), Name: p.Name()})
					}
				}
			}
		}
		s.auto = map[string]*audit.Person{}
		for _, p := range audit.Merge(auto, nil) {
			for _, a := range p.Accounts {
				s.auto[a.Key()] = p
			}
		}
		ledger.MarkFollowed(s.carried)
		items := rules.DecideAll(people, ledger)
		audit.MarkUnfollowedTies(items, last, covered, ledger, audit.ExportDaysOf(runs)) // as audit does
		for i := range items {
			if it := &items[i]; it.Decision.Unfollowed {
				if s.unfollowed == nil {
					s.unfollowed = map[string]bool{}
				}
				s.unfollowed[it.Account.Key()] = true
			}
		}
		name, carriedName := reviewRecordNames(lastHistory(names))
		// The removals its removed_friends.json lists join those the
		// workspace keeps, for the audit after it (see reviewRecord).
		kept, err := readRemovedFriends(ws)
		if err != nil {
			return nil, err
		}
		s.record = &reviewRecord{name: name, carriedName: carriedName, asOf: rules.AsOf, items: items, carried: carriedPast, carriedSince: carriedSince,
			removed: addedRemovals(kept, removed)}
		if len(last) > 0 {
			if err := foreignLists(dir, rules, ledger, known, audit.Judged(last, covered), items, audit.Compare(last, items, covered), coverage, override); err != nil {
				return nil, withOwner(ownerErr, err, dir)
			}
		}
		if ownerErr != nil {
			return nil, ownerErr
		}
		for _, p := range people {
			for _, a := range p.Accounts {
				details[a.Key()] = a
			}
		}
		for i := range carriedPast {
			p := &carriedPast[i]
			if _, ok := details[p.Key()]; !ok {
				details[p.Key()] = &audit.Account{Network: p.Network(), Relation: p.Relation(), ID: p.ID(), Name: p.Name()}
			}
		}
	} else {
		// A review with exports since the last audit (or before the
		// first) brought the ledger in line with them: its record says
		// what they hold.
		followed, carried, _, ok, err := readReviewRecord(ws, lastHistory(names), false)
		if err != nil {
			return nil, err
		}
		if ok {
			s.seen, last = true, append(followed, carried...)
			s.carried = make(map[string]bool, len(carried))
			for i := range carried {
				s.carried[carried[i].Key()] = true
			}
		} else if len(names) > 0 {
			// The last audit's history has the accounts it carried too,
			// which its counts leave out: said apart in the totals.
			s.carried = carriedByAudit(last, runs, lastRun, runDate(names[len(names)-1]))
		}
		for i := range last {
			p := &last[i]
			details[p.Key()] = &audit.Account{Network: p.Network(), Relation: p.Relation(), ID: p.ID(), Name: p.Name()}
			if p.Unfollowed() {
				if s.unfollowed == nil {
					s.unfollowed = map[string]bool{}
				}
				s.unfollowed[p.Key()] = true
			}
		}
	}
	// The last audit's history (or the record of a review with exports
	// since) lists every account then followed: a ledger key missing from
	// it is no longer followed, as with exports.
	s.rv = audit.NewReview(ledger, rules, details, s.exports || s.seen || len(recent) > 0, windows, recent...)
	s.rv.Carried = s.carried
	s.rv.Unfollowed = s.unfollowed
	for _, it := range s.rv.Queue {
		if !it.Lapsed {
			s.unrev++
		}
	}
	if f, ok := std.in.(*os.File); !ok || !isTerminal(f) {
		s.echo = true
	}
	s.fromFile = !std.inTTY
	s.color = escapesShown(std.tty) && os.Getenv("NO_COLOR") == ""
	return s, nil
}
