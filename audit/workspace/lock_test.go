package workspace_test

// Lock: one run at a time, and a first run's folder made and named where
// it cannot be.

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// Lock, which makes a first run's folder, names the folder it cannot
// make and what to do, as Open does of one that takes no files: it said
// "workspace ws: permission denied" (or "read-only file system").
func TestLockNewWorkspaceInReadOnlyFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes in a read-only folder: the refusal is not testable as root")
	}
	parent := t.TempDir()
	dir := filepath.Join(parent, "ws")
	w, err := workspace.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(parent, 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(parent, 0o700)
	_, err = w.Lock()
	want := "workspace " + dir + ": cannot create the folder in " + parent + ": permission denied: give a folder you can write in, or change that one's permissions"
	if err == nil || err.Error() != want {
		t.Errorf("Lock of a new workspace in a read-only folder: %v, want %q", err, want)
	}
}

// A second lock of a workspace is refused until the first is released,
// saying why; a first run's folder is made to hold the lock, and removed
// with it when the run left nothing in it.
func TestLock(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no advisory locks here: see lockFile")
	}
	dir := t.TempDir()
	w := &workspace.Workspace{Dir: filepath.Join(dir, "new")}
	unlock, err := w.Lock()
	if err != nil {
		t.Fatalf("a folder not made yet: %v", err)
	}
	if _, err := w.Lock(); err == nil {
		t.Fatal("a first run's folder: a second lock taken")
	}
	unlock()
	if _, err := os.Stat(w.Dir); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the folder made for the lock, left empty, is still there: %v", err)
	}
	w = &workspace.Workspace{Dir: dir}
	unlock, err = w.Lock()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Lock(); err == nil || !strings.Contains(err.Error(), "is in use by another run of unfollow-audit") {
		t.Fatalf("second lock: %v, want it refused as in use", err)
	}
	unlock()
	if _, err := os.Stat(filepath.Join(dir, workspace.LockFile)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the lock's file is left in the workspace: %v", err)
	}
	unlock2, err := w.Lock()
	if err != nil {
		t.Fatalf("after unlock: %v", err)
	}
	unlock2()
}

// A lock file that cannot be opened (a folder of its name) is named in
// the message: "workspace DIR: is a directory" named the workspace.
func TestLockFileNotAFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, workspace.LockFile), 0o700); err != nil {
		t.Fatal(err)
	}
	w := &workspace.Workspace{Dir: dir}
	unlock, err := w.Lock()
	if err == nil {
		unlock()
		t.Fatal("locked with a folder for the lock file")
	}
	want := filepath.Join(dir, workspace.LockFile) + ": cannot open the workspace's lock file: "
	if !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error %q, want it to start %q", err, want)
	}
}

// Lock gives its advice on permissions only where the system says that
// is the cause: a first run's folder in /sys (EPERM, even as root) gets
// it, one in /proc (ENOENT: a file system that takes no new folder, as a
// full disk takes none) only the system's reason, which the advice would
// contradict.
func TestLockNewWorkspaceCause(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("/sys and /proc are Linux's")
	}
	for _, c := range []struct {
		dir    string
		advice bool
	}{
		{"/sys/unfollow-audit-ws", true},
		{"/proc/unfollow-audit-ws", false},
	} {
		w, err := workspace.Open(c.dir)
		if err != nil {
			t.Skipf("%s: Open refuses it first: %v", c.dir, err)
		}
		_, err = w.Lock()
		if err == nil || !strings.Contains(err.Error(), "cannot create the folder in "+filepath.Dir(c.dir)+": ") {
			t.Fatalf("Lock of %s: %v, want cannot create the folder", c.dir, err)
		}
		if got := strings.HasSuffix(err.Error(), "or change that one's permissions"); got != c.advice {
			t.Errorf("Lock of %s: %v: advice on permissions %v, want %v", c.dir, err, got, c.advice)
		}
	}
}
