package workspace

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// LockFile is the file Lock holds, in the workspace folder.
const LockFile = ".unfollow-audit.lock"

// errLocked is what lockFile returns when another process holds the lock.
var errLocked = errors.New("locked")

// Lock keeps other runs of the tool out of the workspace until the
// returned unlock is called (which removes the lock's file) or the process
// ends: two audits at once each numbered their history file from the same
// last run and wrote runs.csv over the other's, and a review writing the
// ledger under a run reading it would lose answers. A first run's folder
// is made now, to hold the lock (two first runs at once lost one's
// lists), and removed with the lock if the run left nothing in it, so
// that a run that fails leaves no trace. Where the system has no
// advisory locks (see lockFile), it locks nothing.
func (w *Workspace) Lock() (unlock func(), err error) {
	made := false
	switch err := os.Mkdir(w.Dir, 0o700); {
	case err == nil:
		made = true
	case !errors.Is(err, fs.ErrExist):
		// A folder that takes no files (read-only, or another user's):
		// named with what to do, as Open names a workspace that takes none.
		// Another cause (a full disk) is said alone: the advice would be
		// wrong.
		in := filepath.Dir(filepath.Clean(w.Dir))
		if in == "." {
			in = "the current folder"
		}
		advice := ""
		if errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS) {
			advice = ": give a folder you can write in, or change that one's permissions"
		}
		return nil, fmt.Errorf("workspace %s: cannot create the folder in %s: %w%s", w.Dir, in, unwrap(err), advice)
	}
	unmake := func() {
		if made {
			os.Remove(w.Dir) // only if empty: a run's files stay
		}
	}
	path := w.Path(LockFile)
	for {
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
		if err != nil {
			unmake()
			return nil, fmt.Errorf("%s: cannot open the workspace's lock file: %w", path, unwrap(err))
		}
		switch err := lockFile(f); {
		case errors.Is(err, errLocked):
			f.Close()
			unmake()
			return nil, fmt.Errorf("workspace %s is in use by another run of unfollow-audit (an audit, or a review still open): let it finish, then run again", w.Dir)
		case err != nil:
			f.Close()
			unmake()
			return nil, fmt.Errorf("%s: %w", path, unwrap(err))
		}
		// The run that held the lock removes the file as it lets go (the
		// workspace keeps no file of the lock's): if it did so between
		// this open and this lock, the lock is on a file no one else will
		// open. Again, on the file at the path now.
		opened, err1 := f.Stat()
		now, err2 := os.Stat(path)
		if err1 == nil && err2 == nil && os.SameFile(opened, now) {
			if locks { // else they may be another run's, being written
				w.removeStaleTemps()
			}
			return func() { release(f, path); unmake() }, nil
		}
		f.Close()
	}
}

// removeStaleTemps removes the temporary files of earlier runs that were
// killed or interrupted (Ctrl-C) before they could commit or abort: each
// left a hidden copy of the ledger and the reports (.ledger.csv.123.tmp,
// of the size of the lists: tens of megabytes for a large export) in the
// workspace and its history folder, one set more with every interrupted
// run, holding the person's contacts. Only names the tool makes
// (".NAME.DIGITS.tmp", see Txn.create) for the files it writes (OwnFile)
// are removed, and only under the lock, when no other run can be writing
// them: the person's own files kept in the workspace are theirs, and so
// is what their programs make beside them.
//
// A file of the workspace that is a link has its temporary files made
// beside the file it links to (see target), in a folder that is not the
// workspace's: there, only the names made for that file are removed, and
// only for a link of one of the tool's files, by its exact name
// (ledger.csv, keep.csv, history/owners.csv, ...: OwnFile). An export
// linked into the workspace (takeout.zip), or a CSV file of the person's
// (contacts.csv, linked from their documents), is no file of the tool's,
// and the folder it leads to holds other programs' files, maybe named so.
func (w *Workspace) removeStaleTemps() {
	for _, dir := range []string{"", HistoryDir + "/"} {
		ents, err := os.ReadDir(w.Path(dir))
		if err != nil {
			continue
		}
		for _, e := range ents {
			switch {
			case e.Type().IsRegular() && isRunTemp(dir, e.Name()):
				os.Remove(w.Path(dir + e.Name()))
			case e.Type()&fs.ModeSymlink != 0 && OwnFile(dir+e.Name()):
				removeTempsOf(w.Path(dir + e.Name()))
			}
		}
	}
}

// removeTempsOf removes the temporary files a run left beside the file
// that the workspace's link at path leads to.
func removeTempsOf(path string) {
	real, err := target(path)
	if err != nil || real == path {
		return
	}
	dir, base := filepath.Dir(real), filepath.Base(real)
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range ents {
		// "." + base + "." + digits + ".tmp", as Txn.create names them.
		rest, ok1 := strings.CutPrefix(e.Name(), "."+base+".")
		digits, ok2 := strings.CutSuffix(rest, ".tmp")
		if ok1 && ok2 && digits != "" && strings.Trim(digits, "0123456789") == "" && e.Type().IsRegular() {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// isRunTemp reports whether name, in the folder dir of the workspace (""
// or "history/"), is a temporary file a run's Txn makes for one of the
// tool's files (OwnFile): "." + the file's name + "." + os.CreateTemp's
// random digits + ".tmp"; or, in the workspace's folder, the file Open
// makes to check the folder takes new files (".write-check." + digits +
// ".tmp"), left by a run killed in its first milliseconds, before it
// caught interrupts.
func isRunTemp(dir, name string) bool {
	rest, ok := strings.CutSuffix(name, ".tmp")
	if !ok || !strings.HasPrefix(rest, ".") {
		return false
	}
	i := strings.LastIndexByte(rest, '.')
	if i <= 0 {
		return false
	}
	digits, base := rest[i+1:], rest[1:i]
	if digits == "" || strings.Trim(digits, "0123456789") != "" {
		return false
	}
	if dir == "" && base == writeCheck {
		return true
	}
	return OwnFile(dir + base)
}
