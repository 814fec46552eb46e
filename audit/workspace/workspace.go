// Package workspace keeps an audit's files in one folder: the person's
// ledger, the reports of the last run and the history of every run's
// decisions. Every file is written to a temporary file first and renamed
// into place only when all of a run's files were written, so an error at
// any point leaves the folder as it was. Files are private (0600): they
// hold personal data.
//
// A file of the workspace that is a symbolic link (a ledger kept in a
// synced folder, linked into the workspace) is written where the link
// leads: the temporary file is made in the folder of the file linked to,
// and renamed over it, so that the write stays atomic, the link stays a
// link, and the file linked to is the one updated (see target).
package workspace

import (
	"bufio"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// File names inside the workspace.
const (
	Ledger       = "ledger.csv"
	LedgerBackup = "ledger.previous.csv"
	HistoryDir   = "history"
)

// The reports an audit writes in the workspace, beside the ledger (and
// audit.MastodonKeepFile, and the batch lists: audit.IsBatchName). Every
// file a run writes is one of OwnFile's.
const (
	Keep     = "keep.csv"
	Unfollow = "unfollow.csv"
	ReachOut = "reach-out.csv"
	Changes  = "changes.csv"
	Report   = "report.html"
)

// ReviewRecords returns the names of the files a review given exports
// writes with its first answer, after the run numbered run ("0003";
// "0000" before the first): the accounts of those exports, and those of
// the lists they lack, carried.
func ReviewRecords(run string) (name, carried string) {
	base := HistoryDir + "/" + reviewRecordPrefix + run
	return base + ".csv", base + reviewCarriedSuffix
}

const (
	reviewRecordPrefix  = "review-after-"
	reviewCarriedSuffix = "-carried.csv"
)

// OwnFile reports whether name, a path in the workspace with slashes
// ("keep.csv", "history/owners.csv"), is one a run of the tool writes: the
// ledger and its backup, the reports, the Mastodon keep list and the batch
// lists in the workspace folder; the runs' history files, runs.csv,
// owners.csv, removed-friends.csv, pending-guesses.csv, traced-keys.csv,
// ledger-sums.csv and a review's records in its history folder. Any other
// file there is the person's (a sync client's "removed-friends (1).csv" or
// "pending-guesses (1).csv").
func OwnFile(name string) bool {
	dir, base := path.Split(name)
	switch dir {
	case "":
		switch base {
		case Ledger, LedgerBackup, Keep, Unfollow, ReachOut, Changes, Report, audit.MastodonKeepFile:
			return true
		}
		return audit.IsBatchName(base)
	case HistoryDir + "/":
		if name == audit.RunStatsFile || name == audit.OwnersFile || name == audit.RemovedFriendsFile || name == audit.PendingGuessesFile || name == audit.TracedKeysFile || name == LedgerSums || isRunFile(base) {
			return true
		}
		run, ok := strings.CutPrefix(base, reviewRecordPrefix)
		if !ok {
			return false
		}
		if r, ok := strings.CutSuffix(run, reviewCarriedSuffix); ok {
			run = r
		} else if run, ok = strings.CutSuffix(run, ".csv"); !ok {
			return false
		}
		return run != "" && strings.Trim(run, "0123456789") == ""
	}
	return false
}

// A Workspace is an audit folder.
type Workspace struct {
	Dir string
}

// Open returns the workspace at dir. The folder is created (0700) only
// when a run's files are written, so a run that fails early leaves no
// trace; its parent folder must exist. A folder that exists is checked to take new files first: a run
// (or a review's first answer) would otherwise fail only when it writes,
// on the file it was writing.
func Open(dir string) (*Workspace, error) {
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		// Only the workspace folder itself is created, never the folders
		// above it: a mistyped --workspace would otherwise leave a tree of
		// new folders holding a copy of someone's contacts.
		parent := filepath.Dir(filepath.Clean(dir))
		// (A parent that is a file fails the Stat above: not a directory.)
		switch _, err := os.Stat(parent); {
		case errors.Is(err, fs.ErrNotExist):
			return nil, fmt.Errorf("workspace %s: folder %s does not exist: check the path, or create that folder first", dir, parent)
		case err != nil:
			return nil, fmt.Errorf("workspace %s: %w", dir, unwrap(err))
		}
		if err := misplaced(dir); err != nil {
			return nil, err
		}
	case err != nil:
		if file := fileAbove(dir); file != "" {
			return nil, fmt.Errorf("workspace %s: %s is a file, not a folder: check the path", dir, file)
		}
		return nil, fmt.Errorf("workspace %s: %w", dir, unwrap(err))
	case !st.IsDir():
		return nil, fmt.Errorf("workspace %s: not a folder", dir)
	default:
		f, err := os.CreateTemp(dir, "."+writeCheck+".*.tmp")
		if err != nil {
			return nil, fmt.Errorf("workspace %s: cannot write in the folder: %w: give a folder you can write in, or change that one's permissions", dir, unwrap(err))
		}
		f.Close()
		os.Remove(f.Name())
		if err := misplaced(dir); err != nil {
			return nil, err
		}
	}
	return &Workspace{Dir: dir}, nil
}

// writeCheck names the file Open makes, and removes at once, to check
// that a workspace's folder takes new files (".write-check.123.tmp"): a
// run killed before it removed it left it, and the next run's lock
// removes it (isRunTemp).
const writeCheck = "write-check"

// fileAbove returns the nearest folder above dir that is a file (a
// --workspace given under a file, as export.zip/ws), or "": the error
// of dir's Stat, "not a directory", names no file.
func fileAbove(dir string) string {
	for p := filepath.Dir(filepath.Clean(dir)); ; p = filepath.Dir(p) {
		if st, err := os.Stat(p); err == nil {
			if !st.IsDir() {
				return p
			}
			return ""
		}
		if filepath.Dir(p) == p {
			return ""
		}
	}
}

// Holds reports whether dir holds a workspace some run wrote (Open
// refuses to start one inside or beside it; import passes over its
// files given by the shell's *): a
// history folder holding what only the tool writes there (runs.csv, a
// run's history file named NNNN_YYYY-MM-DD.csv, a review's record), or
// beside a ledger.csv whose header has the ledger's columns (in any
// order, beside the person's own). A ledger.csv and a history folder of
// something else (someone's bookkeeping) make none, and so do not stop a
// workspace started inside or beside them. A workspace whose runs.csv
// the person deleted is still told by its history files, as the runs
// read it (a run without runs.csv has no figures of the past, and goes
// on), and one whose history files are gone too by its ledger.
func Holds(dir string) bool {
	hist := filepath.Join(dir, HistoryDir)
	ents, err := os.ReadDir(hist)
	if err != nil {
		return false
	}
	for _, e := range ents {
		if e.Type().IsRegular() && toolHistoryFile(e.Name()) {
			return true
		}
	}
	return isLedgerHeader(filepath.Join(dir, Ledger))
}

// toolHistoryFile reports whether name, a file in a history folder, is
// named as only the tool names its files there: runs.csv,
// pending-guesses.csv, a run's history file NNNN_YYYY-MM-DD.csv (four
// digits or more), a review's record review-after-NNNN.csv (or its
// -carried.csv). Not owners.csv nor
// removed-friends.csv, names someone's own bookkeeping may use: the tool
// writes them only beside the others.
func toolHistoryFile(name string) bool {
	if n := HistoryDir + "/" + name; n == audit.RunStatsFile || n == audit.PendingGuessesFile {
		return true
	}
	if num, date, ok := strings.Cut(strings.TrimSuffix(name, ".csv"), "_"); ok && strings.HasSuffix(name, ".csv") &&
		len(num) >= 4 && strings.Trim(num, "0123456789") == "" {
		if _, err := audit.ParseDate(date); err == nil {
			return true
		}
	}
	return strings.HasPrefix(name, reviewRecordPrefix) && OwnFile(HistoryDir+"/"+name)
}

// isLedgerHeader reports whether the file p starts with the tool's ledger
// header: every column of audit.LedgerColumns, in any order, among the
// person's own, as a spreadsheet saves it (a byte order mark, Excel's
// "sep=" line, commas, semicolons or tabs, quotes, any letter case).
func isLedgerHeader(p string) bool {
	f, err := os.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 4096)
	n, _ := io.ReadFull(f, head)
	return audit.IsLedgerHeader(audit.HeaderCells(head[:n]))
}

// Parent returns the folder that holds dir, as a path from where dir is
// given from: ".." for "." (--workspace . in a folder), where
// filepath.Dir would give "." again, the folder itself.
func Parent(dir string) string { return filepath.Join(filepath.Clean(dir), "..") }

// misplaced refuses a folder that is no workspace yet, which a run would
// make one, where it holds workspaces or lies in one: someone auditing
// for several people, who keeps a workspace per person in one folder,
// gave that folder (--workspace clients for clients/ines), or a folder
// inside a workspace (its history). The run would start a new workspace
// there, a baseline telling to unfollow everyone, beside or inside the
// person's own, and its ledger would hold none of their notes.
func misplaced(dir string) error {
	if Holds(dir) {
		return nil
	}
	// Every folder above it, not its own alone: a client's workspace
	// started in a folder of another's (clients/ana/sent/ben) was taken,
	// and the one's files went wherever the other's folder was sent.
	if abs, err := filepath.Abs(dir); err == nil {
		up := dir
		for c, p := abs, filepath.Dir(abs); p != c; c, p = p, filepath.Dir(p) {
			up = Parent(up)
			if Holds(p) {
				return fmt.Errorf("workspace %s: is inside the workspace %s, not one: give that one as --workspace (for another person, a folder of their own outside it)",
					dir, up)
			}
		}
		// Through a symbolic link (desk/sent.link to a client's sent
		// folder), the folders above where it leads: named in full.
		if real := resolved(abs); real != abs {
			for p := filepath.Dir(real); ; p = filepath.Dir(p) {
				if Holds(p) {
					return fmt.Errorf("workspace %s: is inside the workspace %s, not one: give that one as --workspace (for another person, a folder of their own outside it)",
						dir, p)
				}
				if filepath.Dir(p) == p {
					break
				}
			}
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil // a folder not there yet holds nothing
	}
	var inside []string
	for _, e := range entries {
		if p := filepath.Join(dir, e.Name()); e.IsDir() && Holds(p) {
			inside = append(inside, p)
		}
	}
	switch {
	case len(inside) == 1:
		return fmt.Errorf("workspace %s: holds the workspace %s, and is none itself: give that one as --workspace (for another person, a new folder)", dir, inside[0])
	case len(inside) > 1:
		if len(inside) > 4 {
			inside = append(inside[:3], fmt.Sprintf("%d more", len(inside)-3))
		}
		return fmt.Errorf("workspace %s: holds the workspaces %s, and is none itself: give the person's own as --workspace (for another person, a new folder)", dir, strings.Join(inside, ", "))
	}
	return nil
}

// resolved returns the absolute path abs with the symbolic links of its
// longest part that exists resolved (the rest, folders not made yet,
// joined to it), or abs where that fails.
func resolved(abs string) string {
	for p, rest := abs, ""; ; {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			return filepath.Join(real, rest)
		}
		parent := filepath.Dir(p)
		if parent == p {
			return abs
		}
		rest = filepath.Join(filepath.Base(p), rest)
		p = parent
	}
}

// Path returns the path of a workspace file.
func (w *Workspace) Path(name string) string { return filepath.Join(w.Dir, filepath.FromSlash(name)) }

// ReadOnly returns an error naming the workspace file name where it is
// marked read-only (see Txn.Commit, which refuses to replace such a
// file), nil where it is writable or absent. review asks it of the
// ledger before its first question, not at the first answer's save.
func (w *Workspace) ReadOnly(name string) error { return readOnly(w.Path(name)) }

// readOnly returns an error naming path where it is a file marked
// read-only, which a run would replace.
func readOnly(path string) error {
	if st, err := os.Stat(path); err == nil && st.Mode().IsRegular() && st.Mode().Perm()&0o200 == 0 {
		return fmt.Errorf("%s: is marked read-only, and this run replaces it: make it writable (Windows: right-click it, Properties, untick Read-only), then run again; nothing was written", path)
	}
	return nil
}

// OpenFile opens a workspace file for reading; ok is false when it does not
// exist.
func (w *Workspace) OpenFile(name string) (f *os.File, ok bool, err error) {
	// Looked at before it is opened: opening a named pipe waits for a
	// writer, and a folder opens, to fail on its first read.
	switch st, err := os.Stat(w.Path(name)); {
	case err != nil:
	case st.IsDir():
		return nil, false, fmt.Errorf("%s: is a folder, not a file: move or rename that folder", w.Path(name))
	case !st.Mode().IsRegular():
		return nil, false, fmt.Errorf("%s: not a regular file (a pipe or a device): move it out of the workspace", w.Path(name))
	}
	f, err = os.Open(w.Path(name))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("%s: %w", w.Path(name), unwrap(err))
	}
	return f, true, nil
}

// History lists the history files, oldest first. Their names start with a
// run number, so that runs on the same day keep their order.
func (w *Workspace) History() ([]string, error) {
	ents, err := os.ReadDir(w.Path(HistoryDir))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", w.Path(HistoryDir), unwrap(err))
	}
	var names []string
	for _, e := range ents {
		if e.Type().IsRegular() && isRunFile(e.Name()) {
			names = append(names, HistoryDir+"/"+e.Name())
		}
	}
	slices.Sort(names)
	return names, nil
}

// isRunFile reports whether name is a run's history file,
// NNNN_YYYY-MM-DD.csv; anything else the person keeps in the folder is
// left alone, and so is a sync client's or a file manager's copy of a
// run's file ("0002_2026-12-01-DESKTOP-4F2K9QX.csv",
// "0002_2026-12-01.sync-conflict-20261201-101010-ABCDEFG.csv",
// "0002_2026-12-01 - Copy.csv"): read as a run, one sorted after the run
// it copies was taken for the last audit, and every change since was
// counted against it.
func isRunFile(name string) bool {
	num, rest, ok := strings.Cut(name, "_")
	day, ok2 := strings.CutSuffix(rest, ".csv")
	if !ok || !ok2 || num == "" || len(day) != len("2006-01-02") {
		return false
	}
	for _, c := range num {
		if c < '0' || c > '9' {
			return false
		}
	}
	for i, c := range day {
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// NextHistory returns the name for this run's history file.
func (w *Workspace) NextHistory(asOf string) (string, error) {
	names, err := w.History()
	if err != nil {
		return "", err
	}
	last := 0
	for _, n := range names {
		num, _, _ := strings.Cut(path.Base(n), "_")
		if k, err := strconv.Atoi(num); err == nil && k > last {
			last = k
		}
	}
	return fmt.Sprintf("%s/%04d_%s.csv", HistoryDir, last+1, asOf), nil
}

// A Txn collects the files of one run. Nothing is visible in the
// workspace until Commit; Abort (or a failed Commit) removes what was
// written.
//
// Write and WriteSynced may be called from several goroutines at once, one
// file each; Commit and Abort may not.
type Txn struct {
	w       *Workspace
	mu      sync.Mutex // guards pending, dirs and interrupted
	pending []*pending
	dirs    []string // folders Write created, parents first; Abort removes them
	removes []string // files Commit removes once the run's files are in place
	// end is held by Commit and Abort while they run, and for good by an
	// Interrupt that ends the run: an interrupt waits for a commit to
	// finish, and a commit after an interrupt never starts.
	end         sync.Mutex
	done        bool
	interrupted bool // Write makes no more files
	// keepBackup leaves ledger.previous.csv as it is (see KeepBackup).
	keepBackup bool
}

// KeepBackup has Commit leave ledger.previous.csv as it is rather than
// replace it with the ledger this run read: a run that finds notes gone
// from that ledger keeps the copy that may still hold them.
func (t *Txn) KeepBackup() { t.keepBackup = true }

type pending struct {
	name string
	// path is where the file goes: the workspace's path of it, or the
	// file that path links to (see target).
	path string
	tmp  *os.File
	// same is set where the new content is the file's as it was when the
	// write finished: Commit leaves that file as it is.
	same bool
	// sum is the ledger's size and checksum, once written (see
	// LedgerSums); nil for other files.
	sum *ledgerSum
}

// Begin starts a run's set of files.
func (w *Workspace) Begin() *Txn { return &Txn{w: w} }

// Write writes a file of the run through fn into a temporary file.
//
// The file is not forced to disk: the rename into place makes it atomic
// against a failing or killed run, and what Write holds (reports, history)
// can be made again from the exports. Use WriteSynced for the person's own
// work.
func (t *Txn) Write(name string, fn func(io.Writer) error) error {
	return t.write(name, false, fn)
}

// WriteSynced is Write, and forces the file to disk before Commit renames
// it into place, so that a power cut cannot lose what the person wrote.
func (t *Txn) WriteSynced(name string, fn func(io.Writer) error) error {
	return t.write(name, true, fn)
}

func (t *Txn) write(name string, sync bool, fn func(io.Writer) error) error {
	f, err := t.create(name)
	if err != nil {
		return err
	}
	if err := fn(f.w); err != nil {
		return fmt.Errorf("%s: %w", t.w.Path(name), err)
	}
	return f.finish(sync)
}

// WriteFiles is Write for files that fn writes at once, in one pass over
// what they show: fn gets their writers in the order of names.
func (t *Txn) WriteFiles(names []string, fn func([]io.Writer) error) error {
	files := make([]*txnFile, len(names))
	ws := make([]io.Writer, len(names))
	for i, name := range names {
		f, err := t.create(name)
		if err != nil {
			return err
		}
		files[i], ws[i] = f, f.w
	}
	if err := fn(ws); err != nil {
		paths := make([]string, len(files))
		for i, f := range files {
			paths[i] = f.dst
		}
		return fmt.Errorf("%s: %w", strings.Join(paths, " or "), err)
	}
	for _, f := range files {
		if err := f.finish(false); err != nil {
			return err
		}
	}
	return nil
}

// testHookMadeDirs, where set, runs in create once the file's folders
// are made (TestTxnInterruptWhileCreating).
var testHookMadeDirs func()

// A txnFile is a file of the run being written, into its temporary file.
type txnFile struct {
	dst string // its path once in place
	p   *pending
	w   *bufio.Writer
	sum *summing // the ledger's: its bytes counted and checksummed as written
}

// create starts a file of the run: its folders, and its temporary file,
// which Commit or Abort will rename or remove.
func (t *Txn) create(name string) (*txnFile, error) {
	dst := t.w.Path(name)
	t.mu.Lock()
	interrupted := t.interrupted
	t.mu.Unlock()
	if interrupted { // before the folders: the workspace stays as it was
		return nil, fmt.Errorf("%s: the run was interrupted", dst)
	}
	var missing []string
	for d := filepath.Dir(dst); ; d = filepath.Dir(d) {
		if _, err := os.Lstat(d); !errors.Is(err, fs.ErrNotExist) {
			break
		}
		missing = append(missing, d)
		if filepath.Dir(d) == d {
			break
		}
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o700); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Dir(dst), unwrap(err))
	}
	if testHookMadeDirs != nil {
		testHookMadeDirs()
	}
	t.mu.Lock()
	for i := len(missing) - 1; i >= 0; i-- {
		t.dirs = append(t.dirs, missing[i])
	}
	t.mu.Unlock()
	real, err := target(dst)
	if err != nil {
		return nil, err
	}
	tmp, err := os.CreateTemp(filepath.Dir(real), "."+filepath.Base(real)+".*.tmp")
	if err != nil {
		// The folder is at fault, not the file: it may well be readable.
		return nil, fmt.Errorf("%s: cannot write in the folder: %w: give a workspace you can write in, or change that folder's permissions", filepath.Dir(real), unwrap(err))
	}
	p := &pending{name: name, path: real, tmp: tmp}
	t.mu.Lock()
	if t.interrupted {
		t.mu.Unlock()
		tmp.Close()
		os.Remove(tmp.Name())
		// The folders made above, after Interrupt removed those it knew
		// (or while this file kept them from going): deepest first, and
		// only if empty.
		for _, d := range missing {
			os.Remove(d)
		}
		return nil, fmt.Errorf("%s: the run was interrupted", dst)
	}
	t.pending = append(t.pending, p)
	t.mu.Unlock()
	if err := tmp.Chmod(0o600); err != nil {
		return nil, fmt.Errorf("%s: %w", dst, unwrap(err))
	}
	f := &txnFile{dst: dst, p: p}
	var out io.Writer = tmp
	if name == Ledger {
		f.sum = &summing{w: tmp, h: crc32.New(castagnoli)}
		out = f.sum
	}
	f.w = bufio.NewWriterSize(out, 256<<10)
	return f, nil
}

// target returns where a write of the workspace file at path goes: path
// itself, or, where path is a symbolic link (through links to links), the
// file it leads to, so that the link stays a link and that file is the one
// updated. That file may not exist yet (a link made before the first run,
// to a file of a synced folder): it is made there, where that folder
// exists. A link to a folder, a link whose folder is not there (a drive
// not mounted, a folder not synced yet) and a loop of links are refused:
// the tool never makes folders outside the workspace.
func target(path string) (string, error) {
	real := path
	for n := 0; ; n++ {
		st, err := os.Lstat(real)
		if err != nil || st.Mode()&fs.ModeSymlink == 0 {
			break // not a link, or missing: written there
		}
		if n == 40 {
			return "", fmt.Errorf("%s: a link that leads to itself (through links to links): point it at a file, or remove it", path)
		}
		dest, err := os.Readlink(real)
		if err != nil {
			return "", fmt.Errorf("%s: %w", real, unwrap(err))
		}
		if !filepath.IsAbs(dest) {
			// Relative to the folder the link is in, as the system reads
			// it: that folder's own links resolved first, so that ".."
			// goes where it does for the system.
			dir := filepath.Dir(real)
			if d, err := filepath.EvalSymlinks(dir); err == nil {
				dir = d
			}
			dest = filepath.Join(dir, dest)
		}
		real = dest
	}
	if real == path {
		return path, nil
	}
	switch st, err := os.Stat(real); {
	case err == nil && st.IsDir():
		return "", fmt.Errorf("%s: a link to the folder %s, where the tool writes a file: point the link at a file, or remove it", path, real)
	case errors.Is(err, fs.ErrNotExist):
		if st, err := os.Stat(filepath.Dir(real)); err != nil || !st.IsDir() {
			return "", fmt.Errorf("%s: a link to %s, whose folder is not there (a drive not mounted, a folder not synced yet?): make it reachable, or remove the link", path, real)
		}
	}
	return real, nil
}

// finish flushes f, forces it to disk when sync is set, and records for
// Commit whether it is the file it replaces byte for byte.
// Compared here, on the goroutine that wrote it, a re-audit's ledger of a
// million rows, written again unchanged, is not read twice more while
// Commit waits (47 ms). A file that changes in between (saved from a
// spreadsheet while the run went on) is the person's newest, and the
// run's, the same as the one before, was nothing new: it stays.
func (f *txnFile) finish(sync bool) error {
	if err := f.w.Flush(); err != nil {
		return fmt.Errorf("%s: %w", f.dst, unwrap(err))
	}
	if f.sum != nil {
		f.p.sum = &ledgerSum{f.sum.n, f.sum.h.Sum32()}
	}
	if sync {
		if err := f.p.tmp.Sync(); err != nil {
			return fmt.Errorf("%s: %w", f.dst, unwrap(err))
		}
	}
	st, err := f.p.tmp.Stat()
	if err != nil {
		return fmt.Errorf("%s: %w", f.dst, unwrap(err))
	}
	f.p.same, _ = sameContent(f.p.path, f.p.tmp.Name(), st.Size())
	return nil
}

// Remove has Commit remove a file of an earlier run that this run does
// not write again (an old batch list), after the run's files are in place.
// A file that is already gone is fine.
func (t *Txn) Remove(name string) {
	t.mu.Lock()
	t.removes = append(t.removes, name)
	t.mu.Unlock()
}

// Glob lists the workspace files whose names match pattern (path.Match
// syntax, in the workspace folder itself).
func (w *Workspace) Glob(pattern string) ([]string, error) {
	ents, err := os.ReadDir(w.Dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", w.Dir, unwrap(err))
	}
	var out []string
	for _, e := range ents {
		if ok, _ := path.Match(pattern, e.Name()); ok && e.Type().IsRegular() {
			out = append(out, e.Name())
		}
	}
	return out, nil
}

// Commit renames every file into place. A file whose content is unchanged
// is left as it was. Before the ledger is replaced, the previous one is
// kept as ledger.previous.csv. Where the run wrote the ledger, its size
// and checksum are added to LedgerSums, in place with it.
func (t *Txn) Commit() error {
	t.end.Lock()
	defer t.end.Unlock()
	if t.done {
		return errors.New("workspace: commit after commit or abort")
	}
	if i := slices.IndexFunc(t.pending, func(p *pending) bool { return p.name == Ledger && p.sum != nil }); i >= 0 {
		sums := t.w.WrittenLedgers().with(*t.pending[i].sum)
		if err := t.write(LedgerSums, false, sums.write); err != nil {
			t.abort()
			return err
		}
	}
	for _, p := range t.pending {
		if err := p.tmp.Close(); err != nil {
			t.abort()
			return fmt.Errorf("%s: %w", t.w.Path(p.name), unwrap(err))
		}
	}
	var todo []*pending
	for _, p := range t.pending {
		// Unless removed since (moved by hand, by a sync client): put
		// back.
		if p.same && exists(p.path) {
			os.Remove(p.tmp.Name())
			continue
		}
		todo = append(todo, p)
	}
	// Keep a hard link to every file about to be replaced (a copy where
	// the folder has no hard links), the ledger's backup included, so that
	// a failure half way puts them all back.
	// The backup goes where ledger.previous.csv links to, as the ledger
	// goes where ledger.csv does.
	var bak string
	if !t.keepBackup && slices.ContainsFunc(todo, func(p *pending) bool { return p.name == Ledger }) {
		var err error
		if bak, err = target(t.w.Path(LedgerBackup)); err != nil {
			t.abort()
			return err
		}
	}
	var dsts []string
	for _, p := range todo {
		if p.name == Ledger && !t.keepBackup {
			dsts = append(dsts, bak)
		}
		dsts = append(dsts, p.path)
	}
	type saved struct{ dst, old string } // old is "" when dst did not exist
	var kept []saved
	undo := func() {
		for i := len(kept) - 1; i >= 0; i-- {
			k := kept[i]
			if k.old == "" {
				os.Remove(k.dst)
			} else if rename(k.old, k.dst) == nil {
				os.Remove(k.old) // rename is a no-op when both are hard links to one file
			}
			// else old, hidden, is left: it may be all that is left of
			// the file before the run (the ledger, replaced already).
		}
	}
	fail := func(err error) error {
		undo()
		t.abort()
		return err
	}
	for _, dst := range dsts {
		// A file marked read-only (Windows' Read-only box, a file copied
		// from a read-only medium, chmod a-w) is refused before anything
		// is replaced: Windows will not rename over it, and fails with
		// its system's words half way; elsewhere the rename went through
		// and dropped the mark the person set, on their ledger too.
		if err := readOnly(dst); err != nil {
			return fail(err)
		}
	}
	for _, dst := range dsts {
		if st, err := os.Stat(dst); err == nil && st.IsDir() {
			// Nothing is replaced yet. Neither linked nor copied, a
			// folder would fail on a system call's words.
			return fail(fmt.Errorf("%s: is a folder, where the tool writes a file: move or rename that folder", dst))
		}
		old := filepath.Join(filepath.Dir(dst), "."+filepath.Base(dst)+".old.tmp")
		os.Remove(old)
		err := link(dst, old)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			// A folder without hard links (FAT or exFAT on a USB stick,
			// some network shares): keep a copy instead.
			err = copyFile(dst, old)
		}
		switch {
		case err == nil:
			kept = append(kept, saved{dst, old})
		case errors.Is(err, fs.ErrNotExist):
			kept = append(kept, saved{dst, ""})
		default:
			return fail(fmt.Errorf("%s: %w", dst, unwrap(err)))
		}
	}
	for _, p := range todo {
		dst := p.path
		if p.name == Ledger && !t.keepBackup {
			if err := backup(dst, bak); err != nil {
				return fail(err)
			}
		}
		if err := rename(p.tmp.Name(), dst); err != nil {
			return fail(fmt.Errorf("%s: %w", dst, unwrap(err)))
		}
	}
	for _, k := range kept {
		if k.old != "" {
			os.Remove(k.old)
		}
	}
	for _, name := range t.removes {
		os.Remove(t.w.Path(name)) // derived files: a failure leaves a stale copy, nothing lost
	}
	t.done = true
	return nil
}

// backup keeps the current ledger as ledger.previous.csv, at bak (a hard
// link, or a copy where links are not possible: a ledger linked from
// another drive, a FAT stick). The copy keeps the ledger's time, as a
// link does: dated as the run commits, after the ledger it writes, the
// backup would look saved by the person since (see typedBackup in the
// command).
func backup(ledger, bak string) error {
	if _, err := os.Stat(ledger); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	tmp := bak + ".tmp"
	os.Remove(tmp)
	if err := link(ledger, tmp); err != nil {
		if err := copyFile(ledger, tmp); err != nil {
			at := tmp
			if pe, ok := errors.AsType[*fs.PathError](err); ok {
				at = pe.Path // the ledger where it is its read that failed
			}
			return fmt.Errorf("%s: %w", at, unwrap(err))
		}
	}
	if err := os.Chmod(tmp, 0o600); err != nil { // a spreadsheet may have saved it 0644
		return fmt.Errorf("%s: %w", tmp, unwrap(err))
	}
	if err := os.Rename(tmp, bak); err != nil {
		return fmt.Errorf("%s: %w", bak, unwrap(err))
	}
	return nil
}

// link is os.Link; tests replace it to act as a file system without
// hard links.
var link = os.Link

// rename is os.Rename where Commit puts files in place or back; tests
// replace it.
var rename = os.Rename

// copyFile copies the file src to dst, a new file, with src's permission
// and modification time: it stands for src, should src have to be put
// back. A failed copy leaves no dst.
func copyFile(src, dst string) (err error) {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	st, err := in.Stat()
	if err != nil {
		return err
	}
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := out.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Chtimes(dst, time.Time{}, st.ModTime())
		}
		if err != nil {
			os.Remove(dst)
		}
	}()
	if _, err := io.Copy(out, in); err != nil {
		return err
	}
	return out.Chmod(st.Mode().Perm())
}

// Abort removes every temporary file of the run.
func (t *Txn) Abort() {
	t.end.Lock()
	defer t.end.Unlock()
	t.abort()
}

// abort is Abort, t.end held.
func (t *Txn) abort() {
	if t.done {
		return
	}
	t.done = true
	for _, p := range t.pending {
		p.tmp.Close()
		os.Remove(p.tmp.Name())
	}
	for i := len(t.dirs) - 1; i >= 0; i-- {
		os.Remove(t.dirs[i]) // only if empty
	}
}

// Interrupt ends the run where it is, for a signal (Ctrl-C) that is to
// stop the process: it removes the run's temporary files, as Abort does,
// and reports true, after which Write makes no file and Commit and Abort
// wait for good: the caller is to exit. Where a commit is under way, it
// waits for it to finish and reports false: the run is done, and the
// workspace whole, so the process should end as it would have. A killed
// process leaves its temporary files, which the next run removes (see
// Lock); an interrupted one leaves no file, and either none of its files
// in place or all of them.
//
// The files are removed, not closed: the run's writers may still be
// writing in them (into files with no name left, on Unix), and fail on
// no closed file before the process ends.
func (t *Txn) Interrupt() bool {
	t.end.Lock()
	if t.done {
		t.end.Unlock()
		return false
	}
	t.done = true
	t.mu.Lock()
	t.interrupted = true
	pending, dirs := t.pending, t.dirs
	t.mu.Unlock()
	for _, p := range pending {
		os.Remove(p.tmp.Name())
	}
	for i := len(dirs) - 1; i >= 0; i-- {
		os.Remove(dirs[i]) // only if empty
	}
	return true
}

// sameContent reports whether the file at path holds what the new file
// at tmp (of size bytes) holds. Files of different sizes are not read;
// others are compared byte for byte, which costs a read of both only when
// a report is likely unchanged, and nothing on a first run.
func sameContent(path, tmp string, size int64) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || st.Size() != size {
		return false, err
	}
	g, err := os.Open(tmp)
	if err != nil {
		return false, err
	}
	defer g.Close()
	a, b := make([]byte, 256<<10), make([]byte, 256<<10)
	for {
		n, errA := io.ReadFull(f, a)
		m, errB := io.ReadFull(g, b)
		if n != m || !bytes.Equal(a[:n], b[:m]) {
			return false, nil
		}
		if errA != nil || errB != nil {
			ends := func(err error) bool { return err == io.EOF || err == io.ErrUnexpectedEOF }
			if ends(errA) && ends(errB) {
				return true, nil
			}
			return false, cmp.Or(errA, errB)
		}
	}
}

func unwrap(err error) error {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		return pe.Err
	}
	if le, ok := errors.AsType[*os.LinkError](err); ok {
		return le.Err
	}
	return err
}

// exists reports whether there is a file (or anything) at path.
func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
