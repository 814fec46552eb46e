//go:build unix

package workspace_test

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
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

// linkKind is what a path is: "link to TARGET", "file CONTENT", or
// "missing".
func linkKind(t *testing.T, path string) string {
	t.Helper()
	st, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "missing"
	case err != nil:
		t.Fatal(err)
	case st.Mode()&fs.ModeSymlink != 0:
		dest, err := os.Readlink(path)
		if err != nil {
			t.Fatal(err)
		}
		return "link to " + dest
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return "file " + string(data)
}

// TestTxnWritesThroughLinks: a workspace file that is a symbolic link (a
// ledger kept in a synced folder) is updated where the link leads, and
// stays a link; the temporary file is made beside the file linked to, so
// that the rename is atomic; ledger.previous.csv keeps the ledger before,
// where it links to if it is a link itself. A link the tool cannot write
// through (to a folder, into a folder not there, a loop) fails the write,
// and leaves everything as it was.
func TestTxnWritesThroughLinks(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, ws, sync string)
		// write is the file written ("new " + its name), and wantErr
		// what the error says, if the write fails.
		write   string
		wantErr string
		// want is what each path (relative to the test's folder) is once
		// committed.
		want map[string]string
	}{{
		name: "ledger linked, relative",
		setup: func(t *testing.T, ws, sync string) {
			symlink(t, "../sync/ledger.csv", filepath.Join(ws, workspace.Ledger))
		},
		write: workspace.Ledger,
		want: map[string]string{
			"ws/ledger.csv":          "link to ../sync/ledger.csv",
			"sync/ledger.csv":        "file new ledger.csv",
			"ws/ledger.previous.csv": "file old ledger",
		},
	}, {
		name: "ledger linked, absolute",
		setup: func(t *testing.T, ws, sync string) {
			symlink(t, filepath.Join(sync, "ledger.csv"), filepath.Join(ws, workspace.Ledger))
		},
		write: workspace.Ledger,
		want: map[string]string{
			"sync/ledger.csv":        "file new ledger.csv",
			"ws/ledger.previous.csv": "file old ledger",
		},
	}, {
		name: "a link to a link",
		setup: func(t *testing.T, ws, sync string) {
			symlink(t, "ledger.csv", filepath.Join(sync, "current.csv"))
			symlink(t, "../sync/current.csv", filepath.Join(ws, workspace.Ledger))
		},
		write: workspace.Ledger,
		want: map[string]string{
			"ws/ledger.csv":          "link to ../sync/current.csv",
			"sync/current.csv":       "link to ledger.csv",
			"sync/ledger.csv":        "file new ledger.csv",
			"ws/ledger.previous.csv": "file old ledger",
		},
	}, {
		name: "the backup linked too",
		setup: func(t *testing.T, ws, sync string) {
			symlink(t, "../sync/ledger.csv", filepath.Join(ws, workspace.Ledger))
			put(t, sync, map[string]string{"ledger.previous.csv": "older ledger"})
			symlink(t, "../sync/ledger.previous.csv", filepath.Join(ws, workspace.LedgerBackup))
		},
		write: workspace.Ledger,
		want: map[string]string{
			"ws/ledger.csv":            "link to ../sync/ledger.csv",
			"sync/ledger.csv":          "file new ledger.csv",
			"ws/ledger.previous.csv":   "link to ../sync/ledger.previous.csv",
			"sync/ledger.previous.csv": "file old ledger",
		},
	}, {
		// Made before the first run, to a file of a synced folder: the
		// file is made there.
		name: "a dangling link, its folder there",
		setup: func(t *testing.T, ws, sync string) {
			symlink(t, "../sync/new.csv", filepath.Join(ws, workspace.Ledger))
		},
		write: workspace.Ledger,
		want: map[string]string{
			"ws/ledger.csv":          "link to ../sync/new.csv",
			"sync/new.csv":           "file new ledger.csv",
			"ws/ledger.previous.csv": "missing",
		},
	}, {
		name: "a report linked",
		setup: func(t *testing.T, ws, sync string) {
			put(t, sync, map[string]string{"keep.csv": "old keep"})
			symlink(t, "../sync/keep.csv", filepath.Join(ws, "keep.csv"))
		},
		write: "keep.csv",
		want: map[string]string{
			"ws/keep.csv":   "link to ../sync/keep.csv",
			"sync/keep.csv": "file new keep.csv",
		},
	}, {
		name: "a dangling link, its folder not there",
		setup: func(t *testing.T, ws, sync string) {
			symlink(t, "../unmounted/ledger.csv", filepath.Join(ws, workspace.Ledger))
		},
		write:   workspace.Ledger,
		wantErr: "ledger.csv: a link to ", // ... whose folder is not there
	}, {
		name: "a link to a folder",
		setup: func(t *testing.T, ws, sync string) {
			symlink(t, "../sync", filepath.Join(ws, workspace.Ledger))
		},
		write:   workspace.Ledger,
		wantErr: "ledger.csv: a link to the folder ",
	}, {
		name: "a loop of links",
		setup: func(t *testing.T, ws, sync string) {
			symlink(t, "other.csv", filepath.Join(ws, workspace.Ledger))
			symlink(t, "ledger.csv", filepath.Join(ws, "other.csv"))
		},
		write:   workspace.Ledger,
		wantErr: "ledger.csv: a link that leads to itself",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			ws, sync := filepath.Join(dir, "ws"), filepath.Join(dir, "sync")
			put(t, sync, map[string]string{"ledger.csv": "old ledger"})
			if err := os.Mkdir(ws, 0o700); err != nil {
				t.Fatal(err)
			}
			tt.setup(t, ws, sync)
			w, err := workspace.Open(ws)
			if err != nil {
				t.Fatal(err)
			}
			before := map[string]string{}
			for _, d := range []string{ws, sync} {
				ents, _ := os.ReadDir(d)
				for _, e := range ents {
					rel, _ := filepath.Rel(dir, filepath.Join(d, e.Name()))
					before[rel] = linkKind(t, filepath.Join(d, e.Name()))
				}
			}
			txn := w.Begin()
			defer txn.Abort()
			err = txn.Write(tt.write, text("new "+tt.write))
			if err == nil {
				err = txn.Commit()
			}
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.HasPrefix(err.Error(), w.Path(tt.write)) {
					t.Fatalf("err %v, want one naming %s that says %q", err, w.Path(tt.write), tt.wantErr)
				}
				txn.Abort()
				for rel, was := range before {
					if got := linkKind(t, filepath.Join(dir, rel)); got != was {
						t.Errorf("%s is %s, was %s", rel, got, was)
					}
				}
			} else if err != nil {
				t.Fatal(err)
			}
			for rel, want := range tt.want {
				if got := linkKind(t, filepath.Join(dir, rel)); got != want {
					t.Errorf("%s is %s, want %s", rel, got, want)
				}
			}
			for _, d := range []string{ws, sync} {
				ents, _ := os.ReadDir(d)
				for _, e := range ents {
					if strings.HasSuffix(e.Name(), ".tmp") {
						t.Errorf("temporary file left: %s", filepath.Join(d, e.Name()))
					}
				}
			}
		})
	}
}

// TestTxnLinkedCommitFailure: a commit that fails after the ledger linked
// to was replaced puts it back, at the link's target, the link a link.
func TestTxnLinkedCommitFailure(t *testing.T) {
	dir := t.TempDir()
	ws, sync := filepath.Join(dir, "ws"), filepath.Join(dir, "sync")
	put(t, sync, map[string]string{"ledger.csv": "old ledger"})
	put(t, ws, map[string]string{"unfollow.csv": "old unfollow"})
	symlink(t, "../sync/ledger.csv", filepath.Join(ws, workspace.Ledger))
	w, err := workspace.Open(ws)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(workspace.SetRename(func(oldname, newname string) error {
		if filepath.Base(newname) == "unfollow.csv" {
			return &os.LinkError{Op: "rename", Old: oldname, New: newname, Err: syscall.EIO}
		}
		return os.Rename(oldname, newname)
	}))
	txn := w.Begin()
	defer txn.Abort()
	for _, name := range []string{workspace.Ledger, "unfollow.csv"} {
		if err := txn.Write(name, text("new "+name)); err != nil {
			t.Fatal(err)
		}
	}
	if err := txn.Commit(); err == nil {
		t.Fatal("commit did not fail")
	}
	if got := linkKind(t, filepath.Join(ws, workspace.Ledger)); got != "link to ../sync/ledger.csv" {
		t.Errorf("ledger.csv is %s", got)
	}
	if got := linkKind(t, filepath.Join(sync, "ledger.csv")); got != "file old ledger" {
		t.Errorf("the ledger linked to is %s", got)
	}
}

// TestLockRemovesTempsBesideLinkedFiles: a run killed before it committed
// left its temporary file beside the ledger it links to; the next run's
// lock removes it, and nothing else of that folder.
func TestLockRemovesTempsBesideLinkedFiles(t *testing.T) {
	dir := t.TempDir()
	ws, sync := filepath.Join(dir, "ws"), filepath.Join(dir, "sync")
	put(t, sync, map[string]string{
		"ledger.csv":             "ledger",
		".ledger.csv.12345.tmp":  "a killed run's",
		".other.csv.12345.tmp":   "someone else's",
		".ledger.csv.backup.tmp": "not a run's",
		"notes.txt":              "the person's",
	})
	if err := os.Mkdir(ws, 0o700); err != nil {
		t.Fatal(err)
	}
	symlink(t, "../sync/ledger.csv", filepath.Join(ws, workspace.Ledger))
	// An export linked into the workspace is no file the tool writes: the
	// folder it leads to is another program's to tidy.
	dl := filepath.Join(dir, "downloads")
	put(t, dl, map[string]string{
		"takeout.zip":            "an export",
		".takeout.zip.12345.tmp": "a download in progress",
	})
	symlink(t, "../downloads/takeout.zip", filepath.Join(ws, "takeout.zip"))
	// Nor is a CSV file of the person's, linked into the workspace, or
	// kept there: a .csv name is not enough, only the tool's names are.
	docs := filepath.Join(dir, "documents")
	put(t, docs, map[string]string{
		"contacts.csv":            "the person's",
		".contacts.csv.12345.tmp": "their spreadsheet's, being saved",
		"plan.html":               "the person's",
		".plan.html.12345.tmp":    "their editor's, being saved",
	})
	symlink(t, "../documents/contacts.csv", filepath.Join(ws, "contacts.csv"))
	symlink(t, "../documents/plan.html", filepath.Join(ws, "plan.html"))
	put(t, ws, map[string]string{
		"notes.csv":            "the person's",
		".notes.csv.12345.tmp": "their spreadsheet's, being saved",
	})
	// The tool's files linked, in the workspace and its history folder,
	// under other names where they lead: a run's temporaries go.
	put(t, sync, map[string]string{
		"robin-owners.csv":           "owners",
		".robin-owners.csv.4242.tmp": "a killed run's",
		"fb-batch.csv":               "a batch list",
		".fb-batch.csv.17.tmp":       "a killed run's",
		"review-record.csv":          "a review's record",
		".review-record.csv.777.tmp": "a killed run's",
	})
	if err := os.Mkdir(filepath.Join(ws, workspace.HistoryDir), 0o700); err != nil {
		t.Fatal(err)
	}
	symlink(t, "../../sync/robin-owners.csv", filepath.Join(ws, "history", "owners.csv"))
	symlink(t, "../../sync/review-record.csv", filepath.Join(ws, "history", "review-after-0003-carried.csv"))
	symlink(t, "../sync/fb-batch.csv", filepath.Join(ws, "unfollow-facebook-01.csv"))
	w := &workspace.Workspace{Dir: ws}
	unlock, err := w.Lock()
	if err != nil {
		t.Fatal(err)
	}
	unlock()
	names := func(dir string) []string {
		var left []string
		ents, _ := os.ReadDir(dir)
		for _, e := range ents {
			left = append(left, e.Name())
		}
		return left
	}
	if left, want := names(sync), []string{".ledger.csv.backup.tmp", ".other.csv.12345.tmp", "fb-batch.csv", "ledger.csv", "notes.txt", "review-record.csv", "robin-owners.csv"}; !slices.Equal(left, want) {
		t.Errorf("left %q, want %q", left, want)
	}
	if left, want := names(dl), []string{".takeout.zip.12345.tmp", "takeout.zip"}; !slices.Equal(left, want) {
		t.Errorf("left %q in the folder an export links to, want %q", left, want)
	}
	if left, want := names(docs), []string{".contacts.csv.12345.tmp", ".plan.html.12345.tmp", "contacts.csv", "plan.html"}; !slices.Equal(left, want) {
		t.Errorf("left %q in the folder the person's own files link to, want %q", left, want)
	}
	if _, err := os.Stat(filepath.Join(ws, ".notes.csv.12345.tmp")); err != nil {
		t.Errorf("the temporary file of the person's notes.csv in the workspace: %v", err)
	}
}

func symlink(t *testing.T, dest, path string) {
	t.Helper()
	if err := os.Symlink(dest, path); err != nil {
		t.Fatal(err)
	}
}

// TestTxnWrittenFilesClosed checks that a file the run has written is not
// held open until Commit: a run holds as many files as it writes, and
// --batch-size 5 on an unfollow list of 110,000 accounts (22,000 batch
// files) failed with "too many open files" (ulimit -n 20000), blamed on
// the folder's permissions, where 2 files at a time are written.
func TestTxnWrittenFilesClosed(t *testing.T) {
	openFiles := func() int {
		fds, err := os.ReadDir("/proc/self/fd")
		if err != nil {
			t.Skipf("no /proc/self/fd here: %v", err)
		}
		return len(fds)
	}
	before := openFiles()
	w, err := workspace.Open(filepath.Join(t.TempDir(), "ws"))
	if err != nil {
		t.Fatal(err)
	}
	txn := w.Begin()
	defer txn.Abort()
	const files = 40
	for i := range files {
		if err := txn.Write(fmt.Sprintf("unfollow-linkedin-%02d.csv", i+1), text("row\n")); err != nil {
			t.Fatal(err)
		}
	}
	if open := openFiles() - before; open >= files {
		t.Fatalf("%d files written, %d more files open before Commit: each is held open until then", files, open)
	}
	if err := txn.Commit(); err != nil {
		t.Fatal(err)
	}
	for i := range files {
		b, err := os.ReadFile(w.Path(fmt.Sprintf("unfollow-linkedin-%02d.csv", i+1)))
		if err != nil || string(b) != "row\n" {
			t.Fatalf("file %d after Commit: %q, %v", i+1, b, err)
		}
	}
}

// TestOpenFileLinkToFolder: a ledger.csv that is a link to a folder (the
// synced folder itself linked, not the file in it) is named as that
// link, with the folder it leads to: "is a folder: move or rename that
// folder" sent the person to rename the synced folder.
func TestOpenFileLinkToFolder(t *testing.T) {
	dir := t.TempDir()
	synced := filepath.Join(t.TempDir(), "Dropbox")
	if err := os.Mkdir(synced, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(synced, filepath.Join(dir, workspace.Ledger)); err != nil {
		t.Fatal(err)
	}
	w, err := workspace.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	f, ok, err := w.OpenFile(workspace.Ledger)
	if err == nil {
		f.Close()
		t.Fatalf("OpenFile opened a folder (ok %v)", ok)
	}
	synced, _ = filepath.EvalSymlinks(synced) // macOS: /var is a link to /private/var
	if want := w.Path(workspace.Ledger) + ": is a link to the folder " + synced + ", not to a file: link it to the file itself, or move the link out of the workspace"; err.Error() != want {
		t.Errorf("OpenFile of a link to a folder: %v, want %s", err, want)
	}
}
