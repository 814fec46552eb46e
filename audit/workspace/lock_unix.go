//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package workspace

import (
	"errors"
	"os"
	"syscall"
)

// locks says that lockFile locks: a run then holds the workspace alone.
const locks = true

// lockFile takes an exclusive advisory lock on f without waiting
// (flock(2)); the system releases it when f is closed or the process
// ends, so a run that was killed leaves no stale lock behind.
func lockFile(f *os.File) error {
	err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return errLocked
	}
	return err
}

// release lets go of the lock on f, removing its file first: removed
// after, it could be another run's lock by then.
func release(f *os.File, path string) {
	os.Remove(path)
	f.Close()
}
