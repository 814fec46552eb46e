package workspace_test

// A run's transaction: the files written aside, put in place together
// by Commit or left as they were by Abort, an interrupt or a failure.

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

func TestTxnCommitNewWorkspace(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ws")
	w, err := workspace.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		workspace.Ledger:              "person_id,name\n",
		"keep.csv":                    "keep\n",
		"history/0001_2026-11-25.csv": "history\n",
		"empty.csv":                   "",
	}
	txn := w.Begin()
	defer txn.Abort()
	for _, name := range slices.Sorted(maps.Keys(files)) {
		if err := txn.Write(name, text(files[name])); err != nil {
			t.Fatal(err)
		}
	}
	for name := range files {
		if exists(w.Path(name)) {
			t.Errorf("%s exists before Commit", name)
		}
	}
	if err := txn.Commit(); err != nil {
		t.Fatal(err)
	}
	for name, content := range files {
		st, err := os.Stat(w.Path(name))
		if err != nil {
			t.Errorf("%s not written: %v", name, err)
			continue
		}
		if st.Mode().Perm() != 0o600 {
			t.Errorf("%s has permission %v, want 0600", name, st.Mode().Perm())
		}
		if got := read(t, w.Path(name)); got != content {
			t.Errorf("%s = %q, want %q", name, got, content)
		}
	}
	for _, d := range []string{dir, w.Path(workspace.HistoryDir)} {
		if st, err := os.Stat(d); err != nil || st.Mode().Perm() != 0o700 {
			t.Errorf("folder %s: %v, err %v; want permission 0700", d, st.Mode().Perm(), err)
		}
	}
	if exists(w.Path(workspace.LedgerBackup)) {
		t.Errorf("a backup of a ledger that did not exist")
	}
	noTemp(t, dir)
	if err := txn.Commit(); err == nil {
		t.Errorf("a second Commit succeeded")
	}
}

func TestTxnCommitReplaces(t *testing.T) {
	dir := t.TempDir()
	put(t, dir, map[string]string{
		workspace.Ledger: "old ledger\n",
		"keep.csv":       "same keep\n",
		"unfollow.csv":   "old unfollow\n",
	})
	w, err := workspace.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dir)
	keepInfo, _ := os.Stat(w.Path("keep.csv"))

	txn := w.Begin()
	defer txn.Abort()
	for _, f := range []struct{ name, content string }{
		{workspace.Ledger, "new ledger\n"}, {"keep.csv", "same keep\n"}, {"unfollow.csv", "new unfollow\n"},
	} {
		if err := txn.Write(f.name, text(f.content)); err != nil {
			t.Fatal(err)
		}
	}
	// Before Commit, the files are as they were.
	now := snapshot(t, dir)
	for name, e := range before {
		if now[name] != e {
			t.Errorf("%s changed before Commit: %v, was %v", name, now[name], e)
		}
	}
	if err := txn.Commit(); err != nil {
		t.Fatal(err)
	}
	after := snapshot(t, dir)
	want := map[string]entry{
		".":                    before["."],
		workspace.Ledger:       {perm: 0o600, content: "new ledger\n"},
		workspace.LedgerBackup: {content: "old ledger\n"}, // its permission is the old ledger's
		"keep.csv":             before["keep.csv"],        // untouched: same content, same time
		"unfollow.csv":         {perm: 0o600, content: "new unfollow\n"},
		workspace.HistoryDir:   {dir: true, perm: 0o700},
		// The size and CRC-32C of the ledger written (see TestLedgerSums).
		filepath.FromSlash(workspace.LedgerSums): {perm: 0o600, content: "size,crc32c\n11,c116786a\n"},
	}
	for _, name := range []string{workspace.Ledger, workspace.LedgerBackup, "unfollow.csv", filepath.FromSlash(workspace.LedgerSums)} {
		e := after[name]
		e.mtime = time.Time{}
		if name == workspace.LedgerBackup {
			e.perm = 0
		}
		after[name] = e
	}
	sameSnapshot(t, after, want)
	if st, err := os.Stat(w.Path("keep.csv")); err != nil || !os.SameFile(st, keepInfo) {
		t.Errorf("keep.csv with the same content was replaced")
	}

	// A run that leaves the ledger as it is keeps the backup as it is.
	before = snapshot(t, dir)
	txn = w.Begin()
	if err := txn.Write(workspace.Ledger, text("new ledger\n")); err != nil {
		t.Fatal(err)
	}
	if err := txn.Commit(); err != nil {
		t.Fatal(err)
	}
	sameSnapshot(t, snapshot(t, dir), before)

	// The next change of the ledger keeps the one it replaces.
	txn = w.Begin()
	if err := txn.Write(workspace.Ledger, text("newer ledger\n")); err != nil {
		t.Fatal(err)
	}
	if err := txn.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := read(t, w.Path(workspace.LedgerBackup)); got != "new ledger\n" {
		t.Errorf("backup %q, want the ledger replaced", got)
	}
	if got := read(t, w.Path(workspace.Ledger)); got != "newer ledger\n" {
		t.Errorf("ledger %q", got)
	}
	noTemp(t, dir)
}

// A run that fails at any point, or is aborted, leaves the workspace
// exactly as it was: no file changed, no temporary file, no new folder.
func TestTxnAbort(t *testing.T) {
	existing := map[string]string{
		workspace.Ledger:              "ledger\n",
		"keep.csv":                    "keep\n",
		"history/0001_2026-08-25.csv": "history\n",
	}
	noHistory := map[string]string{workspace.Ledger: "ledger\n"}
	tests := []struct {
		name   string
		files  map[string]string // nil: the workspace folder does not exist
		writes []string          // files written; the last one fails unless abortOnly
		// abortOnly: every write succeeds, then the run is aborted
		abortOnly bool
	}{
		{"last write fails", existing, []string{"keep.csv", "unfollow.csv", workspace.Ledger}, false},
		{"first write fails", existing, []string{workspace.Ledger}, false},
		{"aborted after writes", existing, []string{workspace.Ledger, "keep.csv", "history/0002_2026-11-25.csv"}, true},
		{"fails writing the first history file", noHistory, []string{workspace.Ledger, "history/0001_2026-11-25.csv"}, false},
		{"fails in a workspace not created yet", nil, []string{workspace.Ledger}, false},
		{"aborted in a workspace not created yet", nil, []string{workspace.Ledger, "history/0001_2026-11-25.csv"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "ws")
			if tt.files != nil {
				put(t, dir, tt.files)
			}
			before := snapshot(t, dir)
			w, err := workspace.Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			txn := w.Begin()
			for i, name := range tt.writes {
				last := i == len(tt.writes)-1 && !tt.abortOnly
				fn := text("new " + name + "\n")
				if last {
					fn = failing
				}
				err := txn.Write(name, fn)
				if !last {
					if err != nil {
						t.Fatalf("Write %s: %v", name, err)
					}
					continue
				}
				if !errors.Is(err, errBoom) || !strings.Contains(err.Error(), w.Path(name)) {
					t.Fatalf("Write %s whose writer fails: %v, want the writer's error and the path", name, err)
				}
			}
			txn.Abort()
			sameSnapshot(t, snapshot(t, dir), before)
			if err := txn.Commit(); err == nil {
				t.Errorf("Commit after Abort succeeded")
			}
			sameSnapshot(t, snapshot(t, dir), before)
		})
	}
}

// An interrupted run leaves the workspace as it was, and writes nothing
// more; an interrupt after the commit changes nothing.
func TestTxnInterrupt(t *testing.T) {
	existing := map[string]string{workspace.Ledger: "ledger\n", "history/0001_2026-08-25.csv": "history\n"}
	for _, files := range []map[string]string{existing, nil} {
		dir := filepath.Join(t.TempDir(), "ws")
		if files != nil {
			put(t, dir, files)
		}
		before := snapshot(t, dir)
		w, err := workspace.Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		txn := w.Begin()
		for _, name := range []string{workspace.Ledger, "history/0002_2026-11-25.csv"} {
			if err := txn.Write(name, text("new "+name+"\n")); err != nil {
				t.Fatal(err)
			}
		}
		if !txn.Interrupt() {
			t.Fatal("Interrupt before Commit reported the run done")
		}
		sameSnapshot(t, snapshot(t, dir), before)
		if err := txn.Write("keep.csv", text("keep\n")); err == nil || !strings.Contains(err.Error(), "interrupted") {
			t.Errorf("Write after Interrupt: %v, want it refused", err)
		}
		sameSnapshot(t, snapshot(t, dir), before)
	}
	dir := filepath.Join(t.TempDir(), "ws")
	put(t, dir, existing)
	w, err := workspace.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	txn := w.Begin()
	if err := txn.Write(workspace.Ledger, text("new\n")); err != nil {
		t.Fatal(err)
	}
	if err := txn.Commit(); err != nil {
		t.Fatal(err)
	}
	after := snapshot(t, dir)
	if txn.Interrupt() {
		t.Error("Interrupt after Commit reported the run ended by it")
	}
	sameSnapshot(t, snapshot(t, dir), after)
}

// A Commit that fails half way puts back what it already replaced.
func TestTxnCommitFailure(t *testing.T) {
	dir := t.TempDir()
	put(t, dir, map[string]string{workspace.Ledger: "old ledger\n", "keep.csv": "old keep\n"})
	// A folder where a report goes: the rename of the report fails.
	if err := os.MkdirAll(filepath.Join(dir, "unfollow.csv", "x"), 0o755); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dir)
	txn := writing(t, dir, workspace.Ledger, "keep.csv", "unfollow.csv")
	err := txn.Commit()
	if err == nil {
		t.Fatal("Commit succeeded over a folder")
	}
	// One line that names the folder and says what to do, not the
	// system call that failed on it ("copy_file_range: is a directory").
	want := filepath.Join(dir, "unfollow.csv") + ": is a folder, where the tool writes a file: move or rename that folder"
	if err.Error() != want {
		t.Errorf("Commit over a folder: %q, want %q", err, want)
	}
	sameSnapshot(t, snapshot(t, dir), before)
}

// A run's history file, once committed, is the newest and the next one is
// numbered after it.
func TestHistoryAfterCommit(t *testing.T) {
	dir := t.TempDir()
	w, _ := workspace.Open(dir)
	for i, day := range []string{"2026-05-25", "2026-08-25", "2026-08-25"} {
		name, err := w.NextHistory(day)
		if err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprintf("history/%04d_%s.csv", i+1, day); name != want {
			t.Fatalf("run %d: NextHistory = %q, want %q", i+1, name, want)
		}
		txn := w.Begin()
		if err := txn.Write(name, text(day)); err != nil {
			t.Fatal(err)
		}
		if err := txn.Commit(); err != nil {
			t.Fatal(err)
		}
		h, err := w.History()
		if err != nil || len(h) != i+1 || h[i] != name {
			t.Fatalf("History after run %d: %q %v", i+1, h, err)
		}
	}
}

// TestTxnSavedWhileRunning checks what Commit does with a file saved by
// someone else (a spreadsheet) after the run wrote its own: where the
// run's was the file as it was, nothing new, the one saved since stays;
// where the run's is new, it replaces it, as before the comparison moved
// to the end of the write; and one removed since is put back.
func TestTxnSavedWhileRunning(t *testing.T) {
	dir := t.TempDir()
	put(t, dir, map[string]string{"same.csv": "old\n", "new.csv": "old\n", "gone.csv": "old\n"})
	w, err := workspace.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	txn := w.Begin()
	defer txn.Abort()
	for name, content := range map[string]string{"same.csv": "old\n", "new.csv": "run\n", "gone.csv": "old\n"} {
		if err := txn.Write(name, text(content)); err != nil {
			t.Fatal(err)
		}
	}
	put(t, dir, map[string]string{"same.csv": "saved since\n", "new.csv": "saved since\n"})
	if err := os.Remove(w.Path("gone.csv")); err != nil { // moved away meanwhile: put back
		t.Fatal(err)
	}
	if err := txn.Commit(); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"same.csv": "saved since\n", "new.csv": "run\n", "gone.csv": "old\n"} {
		if got, _ := os.ReadFile(w.Path(name)); string(got) != want {
			t.Errorf("%s holds %q, want %q", name, got, want)
		}
	}
}

// TestTxnCommitComparesBigFiles checks the comparison past its first
// buffer: a file of the same size that differs only in its last byte is
// replaced, an identical one is left alone.
func TestTxnCommitComparesBigFiles(t *testing.T) {
	dir := t.TempDir()
	big := strings.Repeat("0123456789abcdef", 40_000) // 640,000 bytes
	put(t, dir, map[string]string{"a.csv": big + "x\n", "b.csv": big + "y\n"})
	w, err := workspace.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	aInfo, _ := os.Stat(w.Path("a.csv"))
	bInfo, _ := os.Stat(w.Path("b.csv"))
	txn := w.Begin()
	defer txn.Abort()
	for _, name := range []string{"a.csv", "b.csv"} {
		if err := txn.Write(name, text(big+"x\n")); err != nil {
			t.Fatal(err)
		}
	}
	if err := txn.Commit(); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(w.Path("a.csv")); err != nil || !os.SameFile(st, aInfo) {
		t.Errorf("a.csv with the same content was replaced")
	}
	if st, err := os.Stat(w.Path("b.csv")); err != nil || os.SameFile(st, bInfo) {
		t.Errorf("b.csv, changed in its last byte, was left as it was")
	}
	if got, _ := os.ReadFile(w.Path("b.csv")); string(got) != big+"x\n" {
		t.Errorf("b.csv does not hold the new content")
	}
}

// WriteFiles writes several files through one function; on failure the
// error names them and the run's Abort leaves the workspace as it was.
func TestTxnWriteFiles(t *testing.T) {
	dir := t.TempDir()
	put(t, dir, map[string]string{workspace.Ledger: "ledger\n", "unfollow.csv": "old\n"})
	w, err := workspace.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"unfollow.csv", "history/0001_2026-11-25.csv"}
	both := func(ws []io.Writer) error {
		for i, w := range ws {
			if _, err := io.WriteString(w, "new "+names[i]+"\n"); err != nil {
				return err
			}
		}
		return nil
	}

	before := snapshot(t, dir)
	txn := w.Begin()
	err = txn.WriteFiles(names, func(ws []io.Writer) error {
		if err := both(ws); err != nil {
			return err
		}
		return errBoom
	})
	if !errors.Is(err, errBoom) || !strings.Contains(err.Error(), w.Path(names[0])) || !strings.Contains(err.Error(), w.Path(names[1])) {
		t.Fatalf("WriteFiles whose writer fails: %v, want the writer's error and both paths", err)
	}
	txn.Abort()
	sameSnapshot(t, snapshot(t, dir), before)

	txn = w.Begin()
	defer txn.Abort()
	if err := txn.WriteFiles(names, both); err != nil {
		t.Fatal(err)
	}
	if err := txn.Commit(); err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		if got := read(t, w.Path(name)); got != "new "+name+"\n" {
			t.Errorf("%s = %q, want what its writer got", name, got)
		}
	}
	if got := read(t, w.Path(workspace.Ledger)); got != "ledger\n" {
		t.Errorf("ledger = %q, changed by a run that did not write it", got)
	}
	noTemp(t, dir)
}

// noLinks has os.Link fail as on a file system without hard links (FAT
// and exFAT, as USB sticks are formatted; some network shares) until the
// test ends.
func noLinks(t *testing.T) {
	t.Cleanup(workspace.SetLink(func(oldname, newname string) error {
		return &os.LinkError{Op: "link", Old: oldname, New: newname, Err: syscall.EPERM}
	}))
}

// On a file system without hard links, a run replaces the files of the
// last one and keeps the ledger's backup, and a Commit that fails half
// way still puts back what it replaced.
func TestTxnCommitWithoutLinks(t *testing.T) {
	noLinks(t)
	dir := t.TempDir()
	put(t, dir, map[string]string{workspace.Ledger: "old ledger\n", "keep.csv": "old keep\n"})
	w, err := workspace.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	txn := w.Begin()
	for _, name := range []string{workspace.Ledger, "keep.csv"} {
		if err := txn.Write(name, text("new "+name)); err != nil {
			t.Fatal(err)
		}
	}
	if err := txn.Commit(); err != nil {
		t.Fatalf("Commit: %v", err)
	}
	for name, want := range map[string]string{
		workspace.Ledger: "new " + workspace.Ledger, "keep.csv": "new keep.csv", workspace.LedgerBackup: "old ledger\n",
	} {
		if got := read(t, w.Path(name)); got != want {
			t.Errorf("%s holds %q, want %q", name, got, want)
		}
	}
	noTemp(t, dir)

	// A folder where a report goes: the rename of the report fails.
	if err := os.MkdirAll(filepath.Join(dir, "unfollow.csv", "x"), 0o755); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dir)
	txn = w.Begin()
	for _, name := range []string{workspace.Ledger, "keep.csv", "unfollow.csv"} {
		if err := txn.Write(name, text("newer "+name)); err != nil {
			t.Fatal(err)
		}
	}
	if err := txn.Commit(); err == nil {
		t.Fatal("Commit succeeded over a folder")
	}
	sameSnapshot(t, snapshot(t, dir), before)
}

// A Commit that fails after the ledger is replaced, and then cannot put
// it back, leaves the ledger before the run where it kept it: removing
// that copy lost the person's notes.
func TestTxnCommitUndoFailsKeepsLedger(t *testing.T) {
	for _, links := range []bool{true, false} {
		t.Run(fmt.Sprintf("links %v", links), func(t *testing.T) {
			if !links {
				noLinks(t)
			}
			// The report's rename fails, after the ledger's; so does
			// every rename putting a file back.
			t.Cleanup(workspace.SetRename(func(oldname, newname string) error {
				if filepath.Base(newname) == "unfollow.csv" || strings.HasSuffix(oldname, ".old.tmp") {
					return &os.LinkError{Op: "rename", Old: oldname, New: newname, Err: syscall.EIO}
				}
				return os.Rename(oldname, newname)
			}))
			dir := t.TempDir()
			put(t, dir, map[string]string{workspace.Ledger: "old ledger\n", "unfollow.csv": "old unfollow\n"})
			txn := writing(t, dir, workspace.Ledger, "unfollow.csv")
			if err := txn.Commit(); err == nil {
				t.Fatal("Commit succeeded")
			}
			found := false
			filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
				if err == nil && d.Type().IsRegular() {
					b, _ := os.ReadFile(p)
					found = found || string(b) == "old ledger\n"
				}
				return nil
			})
			if !found {
				t.Errorf("the ledger before the run is nowhere in %v", snapshot(t, dir))
			}
		})
	}
}

// TestTxnInterruptWhileCreating interrupts a run while Write makes the
// folders of its file (history/ on a first run): they are not in the
// folders Interrupt removes yet, and must not be left behind, empty.
func TestTxnInterruptWhileCreating(t *testing.T) {
	dir := t.TempDir()
	w, err := workspace.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	txn := w.Begin()
	defer workspace.SetTestHookMadeDirs(func() { txn.Interrupt() })()
	if err := txn.Write(workspace.HistoryDir+"/2026-11-25.csv", func(w io.Writer) error { return nil }); err == nil {
		t.Error("Write made a file after the interrupt")
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		t.Errorf("%s left in the workspace", e.Name())
	}
}

// The ledger's backup is dated as the ledger it keeps was, where it is a
// copy (no hard links) as where it is a link: dated as the run commits,
// after the ledger the run wrote, it looked saved after it, by the
// person, to the run that tells notes typed into the backup.
func TestTxnCommitBackupKeepsLedgerTime(t *testing.T) {
	for _, links := range []bool{true, false} {
		t.Run(fmt.Sprintf("links %v", links), func(t *testing.T) {
			if !links {
				noLinks(t)
			}
			dir := t.TempDir()
			put(t, dir, map[string]string{workspace.Ledger: "old ledger\n"})
			saved := time.Date(2026, 11, 25, 9, 30, 0, 0, time.UTC)
			if err := os.Chtimes(filepath.Join(dir, workspace.Ledger), saved, saved); err != nil {
				t.Fatal(err)
			}
			w, err := workspace.Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			txn := w.Begin()
			if err := txn.Write(workspace.Ledger, text("new ledger")); err != nil {
				t.Fatal(err)
			}
			if err := txn.Commit(); err != nil {
				t.Fatalf("Commit: %v", err)
			}
			st, err := os.Stat(w.Path(workspace.LedgerBackup))
			if err != nil {
				t.Fatal(err)
			}
			if !st.ModTime().Equal(saved) {
				t.Errorf("%s dated %v, want %v, the ledger's it keeps", workspace.LedgerBackup, st.ModTime(), saved)
			}
			if got := read(t, w.Path(workspace.LedgerBackup)); got != "old ledger\n" {
				t.Errorf("%s holds %q", workspace.LedgerBackup, got)
			}
		})
	}
}

// TestTxnCommitLedgerLocked: a ledger a spreadsheet holds open (Excel on
// Windows, which refuses to have it renamed over or back) fails the run
// with one line that names it and says what to do, and leaves the
// workspace as it was: the reports replaced before it put back, and no
// hidden copy of the ledger left beside it. So does a report open in the
// spreadsheet (unfollow.csv, the checklist one ticks off).
func TestTxnCommitLedgerLocked(t *testing.T) {
	for _, locked := range []string{workspace.Ledger, "unfollow.csv"} {
		for _, links := range []bool{true, false} {
			t.Run(fmt.Sprintf("%s links %v", locked, links), func(t *testing.T) {
				if !links {
					noLinks(t)
				}
				dir := t.TempDir()
				t.Cleanup(workspace.SetRename(func(oldname, newname string) error {
					if newname == filepath.Join(dir, locked) {
						return &os.LinkError{Op: "rename", Old: oldname, New: newname, Err: syscall.EACCES}
					}
					return os.Rename(oldname, newname)
				}))
				put(t, dir, map[string]string{
					workspace.Ledger:       "old ledger\n",
					workspace.LedgerBackup: "older ledger\n",
					"keep.csv":             "old keep\n",
					"unfollow.csv":         "old unfollow\n",
				})
				before := snapshot(t, dir)
				txn := writing(t, dir, "keep.csv", workspace.Ledger, "unfollow.csv")
				err := txn.Commit()
				if err == nil {
					t.Fatalf("Commit succeeded over a locked %s", locked)
				}
				want := filepath.Join(dir, locked) + ": cannot be replaced (permission denied): is it open in a spreadsheet, which locks it? Close it and run again; nothing was written"
				if err.Error() != want {
					t.Errorf("Commit over a locked %s: %q, want %q", locked, err, want)
				}
				sameSnapshot(t, snapshot(t, dir), before)
			})
		}
	}
}

// TestTxnFilesAllocateLittle checks that writing a file, and comparing
// it with the one it replaces, costs no new buffers of a big report's
// size or of its own each: a run's garbage piles up while the command
// holds the collector off, and a re-audit writing 21,700 batch files of 5
// rows (--batch-size 5 on 108,000 unfollows) over the last run's peaked
// at 7 GB, 768 KiB of buffers a file; with buffers of each file's size,
// 2,700 files of 200 rows took 330 MB more.
func TestTxnFilesAllocateLittle(t *testing.T) {
	for _, content := range []string{
		"network,id\nlinkedin,ann-lee\n",
		strings.Repeat("linkedin,ann-lee,https://www.linkedin.com/in/ann-lee,unfollow\n", 2000), // 130 KB
	} {
		w, err := workspace.Open(filepath.Join(t.TempDir(), "ws"))
		if err != nil {
			t.Fatal(err)
		}
		const files = 40
		name := func(i int) string { return fmt.Sprintf("unfollow-linkedin-%02d.csv", i+1) }
		// Written twice: the second run compares each file with the first's.
		for run := range 2 {
			txn := w.Begin()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			for i := range files {
				if err := txn.Write(name(i), text(content)); err != nil {
					t.Fatal(err)
				}
			}
			runtime.ReadMemStats(&after)
			if err := txn.Commit(); err != nil {
				t.Fatal(err)
			}
			if per := (after.TotalAlloc - before.TotalAlloc) / files; per > 64<<10 {
				t.Errorf("run %d: %d KiB allocated a file of %d bytes, want at most 64", run+1, per>>10, len(content))
			}
		}
	}
}

// TestTxnWriteCloseFails checks that a file whose close fails (a network
// share or a full disk writes on close) fails its write, naming it, now
// that it is closed once written rather than at Commit: the error not
// lost, the run aborts, and the workspace is as it was.
func TestTxnWriteCloseFails(t *testing.T) {
	w, err := workspace.Open(filepath.Join(t.TempDir(), "ws"))
	if err != nil {
		t.Fatal(err)
	}
	old := map[string]string{workspace.Ledger: "person_id,name\np1,Ann\n", "keep.csv": "keep\n"}
	txn := w.Begin()
	for name, s := range old {
		if err := txn.Write(name, text(s)); err != nil {
			t.Fatal(err)
		}
	}
	if err := txn.Commit(); err != nil {
		t.Fatal(err)
	}
	entries := func() []string {
		es, err := os.ReadDir(w.Path(""))
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range es {
			names = append(names, e.Name())
		}
		return names
	}
	before := entries()
	errIO := errors.New("input/output error")
	defer workspace.SetCloseTemp(func(f *os.File) error {
		err := f.Close()
		if strings.Contains(f.Name(), "keep.csv") {
			return errIO
		}
		return err
	})()
	for _, synced := range []bool{false, true} {
		txn := w.Begin()
		if err := txn.WriteSynced(workspace.Ledger, text("person_id,name\np1,Ann Lee\n")); err != nil {
			t.Fatal(err)
		}
		write := txn.Write
		if synced {
			write = txn.WriteSynced
		}
		err := write("keep.csv", text("keep\np1\n"))
		if err == nil || !errors.Is(err, errIO) || !strings.HasPrefix(err.Error(), w.Path("keep.csv")+": ") {
			t.Errorf("synced %v: write whose close fails: %v; want the file named, and why", synced, err)
		}
		txn.Abort()
		if got := entries(); !slices.Equal(got, before) {
			t.Errorf("synced %v: workspace after the abort holds %q, want %q", synced, got, before)
		}
		for name, s := range old {
			if b, err := os.ReadFile(w.Path(name)); err != nil || string(b) != s {
				t.Errorf("synced %v: %s after the abort: %q, %v; want %q", synced, name, b, err, s)
			}
		}
	}
}
