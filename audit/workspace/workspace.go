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
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

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
	st, err := os.Stat(path)
	if err == nil && st.Mode().IsRegular() && st.Mode().Perm()&0o600 == 0 {
		return unreadable(path)
	}
	if err == nil && st.Mode().IsRegular() && st.Mode().Perm()&0o200 == 0 {
		return fmt.Errorf("%s: is marked read-only, and this run replaces it: make it writable (Windows: right-click it, Properties, untick Read-only), then run again; nothing was written", path)
	}
	return nil
}

// unreadable is the error of a workspace file whose permissions allow
// neither reading nor writing (chmod 000): said "marked read-only", it
// was made writable, and refused again as "permission denied".
func unreadable(path string) error {
	return fmt.Errorf("%s: cannot be read or written (its permissions allow neither): make it readable and writable (chmod u+rw, or on Windows its Security tab), then run again; nothing was written", path)
}

// OpenFile opens a workspace file for reading; ok is false when it does not
// exist.
func (w *Workspace) OpenFile(name string) (f *os.File, ok bool, err error) {
	// Looked at before it is opened: opening a named pipe waits for a
	// writer, and a folder opens, to fail on its first read.
	switch st, err := os.Stat(w.Path(name)); {
	case err != nil:
	case st.IsDir():
		// A link to a folder (the synced folder linked, not the file in
		// it) is said to be one: "move or rename that folder" would send
		// the person to the synced folder.
		if target, err := filepath.EvalSymlinks(w.Path(name)); err == nil {
			if lst, err := os.Lstat(w.Path(name)); err == nil && lst.Mode()&fs.ModeSymlink != 0 {
				return nil, false, fmt.Errorf("%s: is a link to the folder %s, not to a file: link it to the file itself, or move the link out of the workspace", w.Path(name), target)
			}
		}
		return nil, false, fmt.Errorf("%s: is a folder, not a file: move or rename that folder", w.Path(name))
	case !st.Mode().IsRegular():
		return nil, false, fmt.Errorf("%s: not a regular file (a pipe or a device): move it out of the workspace", w.Path(name))
	}
	f, err = os.Open(w.Path(name))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	if errors.Is(err, fs.ErrPermission) {
		if st, serr := os.Stat(w.Path(name)); serr == nil && st.Mode().Perm()&0o600 == 0 {
			return nil, false, unreadable(w.Path(name))
		}
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
