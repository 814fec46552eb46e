//go:build unix

package workspace_test

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// TestOpenFileFIFO checks that a workspace file that is a named pipe is
// refused at once: opened, it made the run wait for a writer for ever.
func TestOpenFileFIFO(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, workspace.Ledger), 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	w, err := workspace.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		f, _, err := w.OpenFile(workspace.Ledger)
		if err == nil {
			f.Close()
		}
		done <- err
	}()
	select {
	case err := <-done:
		want := w.Path(workspace.Ledger) + ": not a regular file (a pipe or a device): move it out of the workspace"
		if err == nil || err.Error() != want {
			t.Errorf("OpenFile of a FIFO: %v, want %s", err, want)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("OpenFile of a FIFO still waits after 5s")
	}
}
