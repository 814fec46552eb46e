package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

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

// readLedger reads the workspace's ledger, refusing it beside a copy that
// may hold notes it lacks (see newerCopy, copyNotes), or, where there is
// none yet, a workspace that holds a copy (see firstCopy). unread says,
// one line each, the copies saved before it that could not be read to be
// compared with it (see unreadCopy). Both audit and review read it, and
// both write the ledger, with its checksum into workspace.LedgerSums:
// that file written by a newer version stops them here, before anything
// is written (see Workspace.CheckLedgerSums).
func readLedger(ws *workspace.Workspace, asOf audit.Date) (*audit.Ledger, []string, error) {
	if err := ws.CheckLedgerSums(); err != nil {
		return nil, nil, err
	}
	f, ok, err := ws.OpenFile(workspace.Ledger)
	if err != nil {
		return nil, nil, err
	}
	if !ok {
		if err := missingLedger(ws); err != nil {
			return audit.NewLedger(), nil, err
		}
		return audit.NewLedger(), nil, firstCopy(ws, asOf)
	}
	defer f.Close()
	older, conflicts, err := newerCopy(ws, f, asOf)
	if err != nil {
		return nil, nil, err
	}
	l, err := audit.ReadLedger(f, ws.Path(workspace.Ledger), asOf)
	if len(conflicts) > 0 {
		if err != nil {
			l = nil // not compared
		}
		return nil, nil, conflictCopies(ws, conflicts, l, asOf)
	}
	if err == nil && len(l.Rows()) == 0 {
		err = lostLedger(ws, "holds only its header", "put its rows back (the spreadsheet may have saved an emptied sheet")
	}
	var unread []string
	if err == nil {
		// Every copy is compared, and those with notes named at once: a
		// backup kept each month stopped one run each.
		var first, notes string
		var others []string
		for _, p := range older {
			n, cerr := copyNotes(p, l, asOf)
			switch {
			case cerr != nil:
				unread = append(unread, unreadCopy(p, "a copy of "+workspace.Ledger+" saved before it", "a ledger", "the workspace", cerr))
			case n != "" && first == "":
				first, notes = p, n
			case n != "":
				others = append(others, p)
			}
		}
		if first != "" && len(others) == 0 {
			// Its notes are another client's: not to be copied onto this
			// one's rows (as for a copy saved after it, see newerCopy).
			if fl, ok := foreignRows(first, l, asOf); ok {
				return nil, nil, foreignBeside(ws, []string{first}, []foreignLedger{fl}, "before")
			}
		}
		if first != "" {
			// Not "or rename it": under a name not starting with
			// "ledger", the shell's * (--workspace . *) gives it as an
			// export, refused as a ledger (see withoutRunFiles).
			file, them := "that file", "it"
			if len(others) > 0 {
				file, them = "those files", "them"
			}
			return nil, nil, fmt.Errorf("%s: %s, a copy of it saved before it, holds notes it lacks or has otherwise, %s, and is not read%s: copy the notes to keep onto the rows of %s, then move %s out of the workspace; if those of %s are the newer (a note changed or a row deleted since), only move %s. Then run again",
				ws.Path(workspace.Ledger), first, notes, soDo(others), workspace.Ledger, file, workspace.Ledger, them)
		}
		if st, serr := f.Stat(); serr == nil {
			more, perr := newerWritten(ws, st, l, asOf)
			if perr != nil {
				return nil, nil, perr
			}
			unread = append(unread, more...)
		}
		if err := typedBackup(ws, f, l, asOf); err != nil {
			return nil, nil, err
		}
		if err := lossyLedger(ws, l, asOf); err != nil {
			return nil, nil, err
		}
	}
	return l, unread, err
}

// backupSlack is how much later than the ledger the backup may be dated
// and still be the tool's. A run dates its backup as the ledger it keeps
// was, before the one it writes (a hard link, or a copy that keeps the
// time: see workspace.Txn.Commit), but the times may be coarse (FAT's
// two seconds, a network share's) and a workspace copied file by file
// (cp -r, a sync client's first download, a restore) dates each file as
// it comes, the backup seconds after the ledger. Notes typed into the
// backup are saved longer after: the message that sent the person there
// was read, both files opened, the notes typed.
const backupSlack = time.Minute

// typedBackup refuses a ledger beside a backup (ledger.previous.csv)
// saved after it, by the person, holding notes it lacks: the run's own
// message sends them there to copy notes from, and with both files open
// in the spreadsheet, notes typed in the wrong one decided no one, and
// went with the backup the next run that changed the ledger replaced.
// A backup the tool wrote is dated before the ledger (see backupSlack),
// and where notes were gone it is kept as it was, older still. One saved
// after the ledger is the person's, and so refused too where it cannot
// be read as a ledger: Excel saves a date as its region shows it, which
// the ledger refuses, and the backup the tool wrote was a ledger a run
// read. A ledger saved since (the notes copied onto it, or as it is)
// ends the stop. A backup dated no later than the last run's history
// (see lastRunTime) is the one that run kept, untouched since, whatever
// the ledger's time: a ledger put back from an older copy that kept its
// time (Explorer's copy, cp -p) is dated before it, and the backup's
// notes are the newer ones the person chose to leave. Nor does one that
// holds the very bytes of a ledger a run wrote (see
// workspace.LedgerSums), whatever its time: a workspace copied file by
// file dates it anew, and nothing was typed into it.
func typedBackup(ws *workspace.Workspace, ledger *os.File, l *audit.Ledger, asOf audit.Date) error {
	st, err := ledger.Stat()
	if err != nil {
		return nil
	}
	p := ws.Path(workspace.LedgerBackup)
	bst, err := os.Stat(p)
	if err != nil || !bst.Mode().IsRegular() || !bst.ModTime().After(st.ModTime().Add(backupSlack)) {
		return nil
	}
	if run, ok := lastRunTime(ws); ok && !bst.ModTime().After(run) {
		return nil // untouched since the run that kept it: the ledger is the older (put back from a copy that kept its time)
	}
	if ws.WrittenLedgers().Holds(p, bst.Size()) {
		return nil // a ledger a run wrote, as it was: nothing typed into it
	}
	what := "holds notes it lacks or has otherwise, "
	notes, err := copyNotes(p, l, asOf)
	switch {
	case err != nil:
		why := strings.TrimPrefix(err.Error(), p+": ")
		if le, ok := errors.AsType[*audit.LedgerError](err); ok {
			why = le.Brief() // its advice is about the backup, which is not to be corrected
		}
		what = "cannot be read as a ledger (" + why + ")"
	case notes == "":
		return nil // every note of it is in the ledger: nothing to lose
	default:
		what += notes
	}
	return fmt.Errorf("%s: %s, the backup a run keeps, was saved after it and %s: typed into the backup rather than the ledger? Copy the notes to keep onto the rows of %s and save it (as it is, if none is to keep), then run again: a run that changes the ledger replaces the backup",
		ws.Path(workspace.Ledger), p, what, workspace.Ledger)
}

// lastRunTime returns when the workspace's last run wrote its history:
// the time of its newest history file, or of runs.csv, whichever is the
// later; false where there is none. A run keeps the backup, dated as the
// ledger it was, in the same step as it writes those, so the backup the
// tool kept, untouched since, is dated no later.
func lastRunTime(ws *workspace.Workspace) (time.Time, bool) {
	var last time.Time
	names := []string{workspace.HistoryDir + "/runs.csv"}
	if h, err := ws.History(); err == nil && len(h) > 0 {
		names = append(names, h[len(h)-1])
	}
	for _, name := range names {
		if st, err := os.Stat(ws.Path(name)); err == nil && st.ModTime().After(last) {
			last = st.ModTime()
		}
	}
	return last, !last.IsZero()
}

// soDo names the other copies of the ledger that hold notes it lacks,
// beside the one a refusal names with its cell: " (so does a.csv)", or
// "" for none.
func soDo(others []string) string {
	switch len(others) {
	case 0:
		return ""
	case 1:
		return " (so does " + others[0] + ")"
	}
	return " (so do " + strings.Join(others, " and ") + ")"
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
	if dest, err := os.Readlink(ws.Path(workspace.Ledger)); err == nil {
		// A link to a ledger kept elsewhere (a synced folder) that is not
		// there: the folder not synced yet, the drive not mounted.
		return lostLedger(ws, fmt.Sprintf("is a link to %s, which is not there", dest),
			"make the file it links to reachable, or put the ledger back there (a drive not mounted? a folder not synced yet?")
	}
	fix := "put the ledger back under that name (a spreadsheet's \"Save as\" may have named it otherwise"
	if saved := savedAs(ws); len(saved) > 0 {
		fix = fmt.Sprintf("put the ledger back under that name (%s %s there: a spreadsheet's \"Save as\" may have named it so; save a workbook as \"CSV UTF-8\"",
			namedCopies(saved, true), plural(len(saved), "is", "are"))
	}
	return lostLedger(ws, "is missing", fix)
}

// savedAs returns the files of the workspace whose names start as the
// ledger's (ledger (1).csv, ledger.xlsx), but for the ledger before the
// last run: where a spreadsheet's "Save as" put the ledger, for the
// message to name.
func savedAs(ws *workspace.Workspace) []string {
	entries, err := os.ReadDir(ws.Dir)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !ledgerName(name) {
			continue
		}
		out = append(out, ws.Path(name))
	}
	return out
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
	held := fmt.Sprintf("%s runs", audit.Thousands(len(runs)))
	if len(runs) == 1 {
		held = "the run of " + runDate(runs[0])
	}
	return fmt.Errorf("%s %s, but %s holds %s: %s), or audit in a new workspace to start over",
		ws.Path(workspace.Ledger), what, ws.Path(workspace.HistoryDir), held, fix)
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

// untracedKeys are keys of ledger rows a run wrote that are in no export
// and no history file (see traceKeys).
type untracedKeys struct {
	keys []audit.UnseenKey
	// lost and runs are how many of the workspace's runs have no history
	// file left (the person deleted them), and how many runs there were:
	// a key of an account only those runs read cannot be told from one
	// typed by hand, and the note says so.
	lost, runs int
	// relations are what traceKeys learnt of the keys it looked up, for
	// the follow-again note (see auditNotes.facebookFriends): the
	// relation of the newest file but the last's that lists the key as
	// followed, or inNoHistory where no file does; a key only a
	// follower's row was found by is left out.
	relations map[string]string
	// elsewhere is how many rows the keys left out are on: rows of
	// people no audit whose history is kept decided (a ledger brought
	// from another workspace), whose keys cannot be told from keys typed
	// (see audit.UntracedKeys). Where there are such rows, a key named
	// may be one that came with them.
	elsewhere int
}

// traceKeys looks keys (see audit.UntracedKeys) up in the history files
// older than last, the newest (which the run has read), newest first:
// an account gone from the exports was most likely in a recent one. Only
// files that may hold one of them are read, and none when there is none.
// Keys of rows no history file decided are left out (see
// untracedKeys.elsewhere).
func traceKeys(ws *workspace.Workspace, keys []audit.UnseenKey, last string) (untracedKeys, error) {
	if len(keys) == 0 {
		return untracedKeys{}, nil
	}
	names, err := ws.History()
	if err != nil {
		return untracedKeys{}, err
	}
	// Runs are numbered from 1 (NextHistory): the numbers missing below
	// the highest are runs whose file is gone.
	nums := map[int]bool{}
	for _, n := range names {
		num, _, _ := strings.Cut(path.Base(n), "_")
		if k, err := strconv.Atoi(num); err == nil && k > 0 {
			nums[k] = true
		}
	}
	out := untracedKeys{keys: keys}
	for k := range nums {
		out.runs = max(out.runs, k)
	}
	out.lost = out.runs - len(nums)
	out.relations = make(map[string]string, len(keys))
	for _, k := range keys {
		out.relations[k.Key] = ""
	}
	for i := len(names) - 1; i >= 0 && len(out.keys) > 0; i-- {
		if names[i] == last {
			continue
		}
		f, ok, err := ws.OpenFile(names[i])
		if err != nil {
			return untracedKeys{}, err
		}
		if !ok {
			return untracedKeys{}, fmt.Errorf("%s: vanished while reading", ws.Path(names[i]))
		}
		out.keys, err = audit.DropTracedRelations(out.keys, f, ws.Path(names[i]), out.relations)
		f.Close()
		if err != nil {
			return untracedKeys{}, err
		}
	}
	for _, k := range out.keys {
		out.relations[k.Key] = inNoHistory
	}
	for k, r := range out.relations {
		if r == "" {
			delete(out.relations, k) // found by a follower's row alone
		}
	}
	typed := out.keys[:0]
	rows := map[int]bool{}
	for _, k := range out.keys {
		if k.Decided {
			typed = append(typed, k)
		} else {
			rows[k.Line] = true
		}
	}
	out.keys, out.elsewhere = typed, len(rows)
	return out, nil
}

// inNoHistory is the relation untracedKeys.relations gives a key that
// traceKeys found in none of the history files but the last.
const inNoHistory = "in no history"

// relationsInHistory fills in the relation of the keys of rel that have
// none from the workspace's history files but those of skip (read
// already, or this run's), newest first, reading no further once each
// has one: a Facebook friend gone from the exports runs ago is named in
// the history of the runs that listed it. It is for a note's wording: a
// file that cannot be read leaves the keys it would have named without.
//
// It is the last resort (see auditNotes.facebookFriends). The keys of
// rows a run wrote that the exports and the last run no longer list, a
// friend unfriended long ago among them, traceKeys has looked up in the
// same files already, and its answer is taken (untracedKeys.relations):
// so the note reads no file again for them. What is left for here is
// rare: keys of a network whose list the exports lack (carried), or
// that only a follower's row was found by. The answer is not kept from
// run to run: a run writes a history row for the accounts it decided,
// which a gone account is not, and one written for it would be read as
// an account followed (changes, Judged); traceKeys's own search, back to
// the file of the run that last listed the friend, is that of any key
// of an account gone, and is the bound.
func relationsInHistory(ws *workspace.Workspace, rel map[string]string, skip ...string) {
	names, err := ws.History()
	if err != nil {
		return
	}
	for i := len(names) - 1; i >= 0; i-- {
		if slices.Contains(skip, names[i]) {
			continue
		}
		left := false
		for _, r := range rel {
			left = left || r == ""
		}
		if !left {
			return
		}
		f, ok, err := ws.OpenFile(names[i])
		if err != nil || !ok {
			continue
		}
		audit.RelationsIn(rel, f, ws.Path(names[i])) // an error leaves the keys it would have named
		f.Close()
	}
}

// readOwners reads whose exports the workspace's runs read; none before
// the first run. writes says whether the run may write owners.csv (an
// audit): one written by a newer version then stops it (see
// audit.ReadOwners), where a review reads it, the newer columns passed
// over.
func readOwners(ws *workspace.Workspace, writes bool) ([]audit.Owner, error) {
	f, ok, err := ws.OpenFile(audit.OwnersFile)
	if err != nil || !ok {
		return nil, err
	}
	defer f.Close()
	if !writes {
		return audit.ViewOwners(f, ws.Path(audit.OwnersFile))
	}
	return audit.ReadOwners(f, ws.Path(audit.OwnersFile))
}

// readRunStats reads the figures of past runs; none before the first run.
// writes says whether the run writes runs.csv (an audit): one written by
// a newer version then stops it (see audit.ReadRunStats), where a review
// reads it, the newer columns passed over.
func readRunStats(ws *workspace.Workspace, writes bool) ([]audit.RunStat, error) {
	f, ok, err := ws.OpenFile(audit.RunStatsFile)
	if err != nil || !ok {
		return nil, err
	}
	defer f.Close()
	if !writes {
		return audit.ViewRunStats(f, ws.Path(audit.RunStatsFile))
	}
	return audit.ReadRunStats(f, ws.Path(audit.RunStatsFile))
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

// listedUpTo returns a lookup of whether a run up to upTo (a history
// file's name, that run's included) listed an account ("network:id") as
// followed, in those runs' history files, newest first, each key looked
// up once: audit.CompareIndexed asks it of the few accounts a run again
// on the day of the last audit (or after a review given exports) finds on
// the ledger row that audit (or review) gave them, to tell an account
// that row had before from one that audit found new. A file that cannot
// be read sets *errp, for the caller to return once the comparison is
// done, and counts as listing the key (the ledger row's word is taken).
func listedUpTo(ws *workspace.Workspace, upTo string, errp *error) func(key string) bool {
	known := map[string]bool{}
	var names []string // the history files up to upTo, read on first need
	return func(key string) bool {
		if v, ok := known[key]; ok {
			return v
		}
		if *errp != nil {
			return true
		}
		if names == nil {
			all, err := ws.History()
			if err != nil {
				*errp = err
				return true
			}
			at := slices.Index(all, upTo)
			if at < 0 {
				return true // no such run: the row's word is taken
			}
			names = all[:at+1]
		}
		found, err := listedIn(ws, names, key)
		if err != nil {
			*errp = err
			return true
		}
		known[key] = found
		return found
	}
}

// listedIn reports whether one of the history files names, read newest
// first, lists key as followed (see listedUpTo).
func listedIn(ws *workspace.Workspace, names []string, key string) (bool, error) {
	rel := map[string]string{key: ""}
	for i := len(names) - 1; i >= 0; i-- {
		f, ok, err := ws.OpenFile(names[i])
		if err != nil {
			return false, err
		}
		if !ok {
			return false, fmt.Errorf("%s: vanished while reading", ws.Path(names[i]))
		}
		err = audit.RelationsIn(rel, f, ws.Path(names[i]))
		f.Close()
		if err != nil {
			return false, err
		}
		if rel[key] != "" {
			return true, nil
		}
	}
	return false, nil
}

// asOfBeforeLast refuses an --as-of before the day of the last audit,
// whose history file is last, and names the history files to delete if
// that day was a mistake: every file from the end of the history back to
// the last dated on or before asOf, as the refusal is about the last file
// alone, and deleting only the last of two audits of one day (the ledger
// filled in between, and the same command again) left the other to
// refuse the next run. In a history whose days grow with its numbers, as
// runs write it, they are all the files dated after asOf.
func asOfBeforeLast(ws *workspace.Workspace, dir string, asOf audit.Date, last string) error {
	day := runDate(last)
	names, err := ws.History()
	if err != nil {
		names = nil // read a moment ago: the last file's advice is still right
	}
	var after []string
	for i := len(names) - 1; i >= 0 && runDate(names[i]) > asOf.String(); i-- {
		after = append(after, ws.Path(names[i]))
	}
	slices.Reverse(after)
	if len(after) <= 1 { // the history listed anew may lack it: name it all the same
		return fmt.Errorf("--as-of %s is before the last audit in %s (%s): give that date or a later one, or another workspace; if that date was a mistake, delete that audit's history file, %s", asOf, dir, day, ws.Path(last))
	}
	list := strings.Join(after[:len(after)-1], ", ") + " and " + after[len(after)-1]
	return fmt.Errorf("--as-of %s is before the last audit in %s (%s): give that date or a later one, or another workspace; if that date was a mistake, delete the history files of the audits after %s, %s", asOf, dir, day, asOf, list)
}
