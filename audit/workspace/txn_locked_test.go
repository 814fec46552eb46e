package workspace_test

// Commits that meet a file a spreadsheet holds open, which Windows
// refuses to rename over or back: the run stops naming it, and leaves the
// workspace as it was.

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// lockFiles has every rename onto or from the files of dir named (their
// workspace names) fail, as Windows does while Excel holds them open.
func lockFiles(t *testing.T, dir string, names ...string) {
	t.Helper()
	var locked []string
	for _, n := range names {
		locked = append(locked, filepath.Join(dir, n))
	}
	t.Cleanup(workspace.SetRename(func(oldname, newname string) error {
		if slices.Contains(locked, newname) || slices.Contains(locked, oldname) {
			return &os.LinkError{Op: "rename", Old: oldname, New: newname, Err: syscall.EACCES}
		}
		return os.Rename(oldname, newname)
	}))
}

// TestTxnCommitBackupLocked: ledger.previous.csv open in a spreadsheet
// (the notes gone from the ledger are copied from it, as the run says)
// stops the run as the ledger and the reports do, naming it and saying
// what to do, and leaves the workspace as it was. Its rename was no
// rename Commit could be told to fail, and its error said the system's
// words alone.
func TestTxnCommitBackupLocked(t *testing.T) {
	for _, links := range []bool{true, false} {
		t.Run(fmt.Sprintf("links %v", links), func(t *testing.T) {
			if !links {
				noLinks(t)
			}
			dir := t.TempDir()
			lockFiles(t, dir, workspace.LedgerBackup)
			put(t, dir, map[string]string{
				workspace.Ledger:       "old ledger\n",
				workspace.LedgerBackup: "older ledger\n",
				"keep.csv":             "old keep\n",
			})
			before := snapshot(t, dir)
			txn := writing(t, dir, "keep.csv", workspace.Ledger, "unfollow.csv")
			err := txn.Commit()
			if err == nil {
				t.Fatalf("Commit succeeded over a locked %s", workspace.LedgerBackup)
			}
			want := filepath.Join(dir, workspace.LedgerBackup) + ": cannot be replaced (permission denied): is it open in a spreadsheet, which locks it? Close it and run again; nothing was written"
			if links {
				// The backup, a link to the ledger, is the ledger's
				// file: on Windows, the ledger open in Excel refuses
				// that link to be renamed too.
				want = filepath.Join(dir, workspace.LedgerBackup) + ": cannot be replaced by a link to " + filepath.Join(dir, workspace.Ledger) +
					" (permission denied): is either open in a spreadsheet, which locks it? Close it and run again; nothing was written"
			}
			if err.Error() != want {
				t.Errorf("Commit: %q, want %q", err, want)
			}
			sameSnapshot(t, snapshot(t, dir), before)
		})
	}
}

// TestTxnCommitNoLedgerBackupLocked: a run that writes the first ledger
// beside a ledger.previous.csv (a workspace whose ledger was moved away,
// its history too) leaves that file as it is: it is not replaced, and a
// failure later is not to put it back. Marked replaced, it was renamed
// back over from its hidden copy, which, the file open in a spreadsheet,
// failed and left the copy beside it.
func TestTxnCommitNoLedgerBackupLocked(t *testing.T) {
	for _, links := range []bool{true, false} {
		t.Run(fmt.Sprintf("links %v", links), func(t *testing.T) {
			if !links {
				noLinks(t)
			}
			dir := t.TempDir()
			lockFiles(t, dir, workspace.LedgerBackup, "unfollow.csv")
			put(t, dir, map[string]string{
				workspace.LedgerBackup: "older ledger\n",
				"unfollow.csv":         "old unfollow\n",
			})
			before := snapshot(t, dir)
			txn := writing(t, dir, workspace.Ledger, "unfollow.csv")
			if err := txn.Commit(); err == nil {
				t.Fatal("Commit succeeded over a locked unfollow.csv")
			}
			sameSnapshot(t, snapshot(t, dir), before)
		})
	}
}

// TestTxnCommitUndoFailsSaysSo: a run that stops at a report open in a
// spreadsheet, after the ledger was replaced, and then cannot put the
// ledger back, says so, and where the ledger before the run is: not
// "nothing was written", which sent the person to run again, and that
// run removed the hidden copy (see TestTxnCommitUndoFailsKeepsLedger).
func TestTxnCommitUndoFailsSaysSo(t *testing.T) {
	for _, links := range []bool{true, false} {
		t.Run(fmt.Sprintf("links %v", links), func(t *testing.T) {
			if !links {
				noLinks(t)
			}
			dir := t.TempDir()
			locked := filepath.Join(dir, "unfollow.csv")
			t.Cleanup(workspace.SetRename(func(oldname, newname string) error {
				switch {
				case newname == locked:
					return &os.LinkError{Op: "rename", Old: oldname, New: newname, Err: syscall.EACCES}
				case filepath.Base(oldname) == ".ledger.csv.old.tmp":
					return &os.LinkError{Op: "rename", Old: oldname, New: newname, Err: syscall.EIO}
				}
				return os.Rename(oldname, newname)
			}))
			put(t, dir, map[string]string{workspace.Ledger: "old ledger\n", "unfollow.csv": "old unfollow\n"})
			txn := writing(t, dir, workspace.Ledger, "unfollow.csv")
			err := txn.Commit()
			if err == nil {
				t.Fatal("Commit succeeded over a locked unfollow.csv")
			}
			hidden := filepath.Join(dir, ".ledger.csv.old.tmp")
			want := locked + ": cannot be replaced (permission denied): is it open in a spreadsheet, which locks it? Close it and run again. " +
				"But " + filepath.Join(dir, workspace.Ledger) + " is this run's, and could not be put back as it was (input/output error): what it held is in " + hidden +
				", which a next run may remove: copy it elsewhere first"
			if err.Error() != want {
				t.Errorf("Commit:\n%q, want\n%q", err, want)
			}
			if got := read(t, hidden); got != "old ledger\n" {
				t.Errorf("%s holds %q, want the ledger before the run", hidden, got)
			}
		})
	}
}

// TestTxnCommitBackupAlreadyLinked: a ledger.previous.csv that is a hard
// link to the ledger already (made by hand, or left so by a commit that
// could not put it back) is kept as the backup, with no
// ledger.previous.csv.tmp left beside it: a rename between two links to
// one file does nothing, and left the temporary link in place.
func TestTxnCommitBackupAlreadyLinked(t *testing.T) {
	dir := t.TempDir()
	put(t, dir, map[string]string{workspace.Ledger: "old ledger\n"})
	if err := os.Link(filepath.Join(dir, workspace.Ledger), filepath.Join(dir, workspace.LedgerBackup)); err != nil {
		t.Skip("no hard links here:", err)
	}
	w, err := workspace.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	txn := w.Begin()
	if err := txn.Write(workspace.Ledger, text("new ledger\n")); err != nil {
		t.Fatal(err)
	}
	if err := txn.Commit(); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{workspace.Ledger: "new ledger\n", workspace.LedgerBackup: "old ledger\n"} {
		if got := read(t, w.Path(name)); got != want {
			t.Errorf("%s holds %q, want %q", name, got, want)
		}
	}
	noTemp(t, dir)
	if exists(w.Path(workspace.LedgerBackup + ".tmp")) {
		t.Errorf("%s.tmp left", workspace.LedgerBackup)
	}
}
