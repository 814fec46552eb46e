package workspace

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
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
		return nil, fmt.Errorf("workspace %s: %w", w.Dir, unwrap(err))
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
			return nil, fmt.Errorf("workspace %s: %w", w.Dir, unwrap(err))
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
			return func() { release(f, path); unmake() }, nil
		}
		f.Close()
	}
}
