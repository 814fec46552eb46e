package workspace_test

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

// entry is what a snapshot records of a path: a folder, or a file's
// permission, content and modification time.
type entry struct {
	dir     bool
	perm    fs.FileMode
	content string
	mtime   time.Time
}

func (e entry) String() string {
	if e.dir {
		return fmt.Sprintf("folder %v", e.perm)
	}
	return fmt.Sprintf("%v %q modified %s", e.perm, e.content, e.mtime.Format(time.RFC3339Nano))
}

// snapshot records every path under dir; nil when dir does not exist.
func snapshot(t *testing.T, dir string) map[string]entry {
	t.Helper()
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	m := map[string]entry{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		info, err := d.Info()
		if err != nil {
			return err
		}
		if d.IsDir() {
			m[rel] = entry{dir: true, perm: info.Mode().Perm()}
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		m[rel] = entry{perm: info.Mode().Perm(), content: string(data), mtime: info.ModTime()}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func sameSnapshot(t *testing.T, got, want map[string]entry) {
	t.Helper()
	if (got == nil) != (want == nil) {
		t.Fatalf("workspace exists: %v, want %v", got != nil, want != nil)
	}
	for _, k := range slices.Sorted(maps.Keys(got)) {
		w, ok := want[k]
		if !ok {
			t.Errorf("%s appeared", k)
		} else if got[k] != w {
			t.Errorf("%s changed: %v, was %v", k, got[k], w)
		}
	}
	for k := range want {
		if _, ok := got[k]; !ok {
			t.Errorf("%s disappeared", k)
		}
	}
}

// put writes files (name -> content) under dir with permission 0644 and
// an old modification time.
func put(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	old := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(path, old, old); err != nil {
			t.Fatal(err)
		}
	}
}

func text(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

var errBoom = errors.New("boom")

// failing writes part of a file, then fails.
func failing(w io.Writer) error {
	io.WriteString(w, "half a file")
	return errBoom
}

func read(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// noTemp fails if a temporary file is left under dir.
func noTemp(t *testing.T, dir string) {
	t.Helper()
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (strings.HasPrefix(d.Name(), ".") || strings.Contains(d.Name(), ".tmp")) {
			t.Errorf("temporary file left: %s", path)
		}
		return nil
	})
}

func TestOpen(t *testing.T) {
	root := t.TempDir()
	missing := filepath.Join(root, "ws")
	w, err := workspace.Open(missing)
	if err != nil {
		t.Fatalf("Open of a folder to create: %v", err)
	}
	if exists(missing) {
		t.Errorf("Open created %s", missing)
	}
	if f, ok, err := w.OpenFile(workspace.Ledger); f != nil || ok || err != nil {
		t.Errorf("OpenFile in a missing workspace: %v %v %v", f, ok, err)
	}
	if h, err := w.History(); h != nil || err != nil {
		t.Errorf("History of a missing workspace: %q %v", h, err)
	}
	if exists(missing) {
		t.Errorf("reading a missing workspace created %s", missing)
	}

	deep := filepath.Join(root, "typo", "ws")
	if _, err := workspace.Open(deep); err == nil || !strings.Contains(err.Error(), "workspace "+deep+": folder "+filepath.Join(root, "typo")+" does not exist") {
		t.Errorf("Open of a folder whose parent is missing: %v", err)
	}
	if exists(filepath.Join(root, "typo")) {
		t.Errorf("Open created %s", filepath.Join(root, "typo"))
	}

	file := filepath.Join(root, "file")
	put(t, root, map[string]string{"file": "x"})
	if _, err := workspace.Open(filepath.Join(file, "ws")); err == nil || !strings.Contains(err.Error(), "workspace "+filepath.Join(file, "ws")+": "+file+" is a file, not a folder: check the path") {
		t.Errorf("Open of a folder under a file: %v", err)
	}
	if _, err := workspace.Open(filepath.Join(file, "a", "ws")); err == nil || !strings.Contains(err.Error(), ": "+file+" is a file, not a folder") {
		t.Errorf("Open of a folder two under a file: %v", err)
	}
	if _, err := workspace.Open(file); err == nil || !strings.Contains(err.Error(), file) || !strings.Contains(err.Error(), "not a folder") {
		t.Errorf("Open on a file: %v", err)
	}

	put(t, root, map[string]string{"ws2/ledger.csv": "a,b\n"})
	w2, err := workspace.Open(filepath.Join(root, "ws2"))
	if err != nil {
		t.Fatal(err)
	}
	f, ok, err := w2.OpenFile(workspace.Ledger)
	if !ok || err != nil {
		t.Fatalf("OpenFile of the ledger: %v %v", ok, err)
	}
	defer f.Close()
	if data, _ := io.ReadAll(f); string(data) != "a,b\n" {
		t.Errorf("ledger read %q", data)
	}
	if got, want := w2.Path("history/0001_x.csv"), filepath.Join(root, "ws2", "history", "0001_x.csv"); got != want {
		t.Errorf("Path = %q, want %q", got, want)
	}
}

// Open refuses a folder that is no workspace yet where it holds
// workspaces or lies in one: the folder of a consultant's clients given
// instead of a client's, or a folder inside a workspace. A workspace is
// told by what only the tool writes in a history folder (runs.csv, a
// run's NNNN_YYYY-MM-DD.csv, a review's record), or a ledger with the
// tool's header beside a history folder: a ledger.csv alone (a
// bookkeeping file), a history folder alone, or a ledger.csv and a
// history folder of something else make none.
func TestOpenMisplaced(t *testing.T) {
	root := t.TempDir()
	ledger := "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports\n"
	put(t, root, map[string]string{
		"clients/ines/ledger.csv":       ledger,
		"clients/ines/history/runs.csv": "x\n",
		// A folder of the helper's own in a client's workspace.
		"clients/ines/sent/notes.txt": "x\n",
		// runs.csv deleted by the person: told by its run's history.
		"clients/jonas/ledger.csv":                  "x\n",
		"clients/jonas/history/0001_2026-11-25.csv": "x\n",
		"one/priya/history/runs.csv":                "x\n",
		// History files and runs.csv deleted, the ledger saved by Excel
		// with its separator line and columns of the person's own.
		"two/kai/ledger.csv":                      "\xEF\xBB\xBFsep=;\r\nName;Person_ID;\"accounts\";last_met;inspiring;supplier;toxic;unsure;relationship;note;my column\r\n",
		"two/kai/history/notes.txt":               "x\n",
		"three/lea/history/review-after-0000.csv": "x\n",
		"four/mo/history/pending-guesses.csv":     "x\n",
		"five/history/pending-guesses (1).csv":    "x\n",
		"books/ledger.csv":                        "x\n",
		"books/2026/notes.txt":                    "x\n",
		"hist/history/notes.txt":                  "x\n",
		"hist/sub/notes.txt":                      "x\n",
		"empty/notes.txt":                         "x\n",
		// Bookkeeping: a ledger.csv and a history folder, neither the tool's.
		"accounts/firm/ledger.csv":              "date,account,amount\n2026-01-02,rent,-900\n",
		"accounts/firm/history/2025.csv":        "date,account,amount\n",
		"accounts/firm/history/0001_q1.csv":     "x\n",
		"accounts/firm/history/runs-backup.csv": "x\n",
		// Names the tool writes only beside the ones above.
		"accounts/firm/history/owners.csv":          "x\n",
		"accounts/firm/history/removed-friends.csv": "x\n",
	})
	p := func(elem ...string) string { return filepath.Join(append([]string{root}, elem...)...) }
	for _, tc := range []struct {
		dir  string
		want string // in the error; "" for none
	}{
		{p("clients", "ines"), ""},
		{p("clients", "jonas"), ""},
		{p("clients", "new"), ""},
		{p("empty"), ""},
		{p("books", "2026"), ""},
		{p("books", "new"), ""},
		{p("hist", "sub"), ""},
		{p("accounts"), ""},
		{p("accounts", "firm"), ""},
		{p("accounts", "firm", "audit"), ""},
		{p("accounts", "firm", "history"), ""},
		{p("two", "kai"), ""},
		{p("two"), "workspace " + p("two") + ": holds the workspace " + p("two", "kai") + ", and is none itself"},
		{p("two", "kai", "typo"), "workspace " + p("two", "kai", "typo") + ": is inside the workspace " + p("two", "kai") + ", not one"},
		{p("three"), "workspace " + p("three") + ": holds the workspace " + p("three", "lea") + ", and is none itself"},
		{p("four"), "workspace " + p("four") + ": holds the workspace " + p("four", "mo") + ", and is none itself"},
		{p("five", "new"), ""},
		{p("clients"), "workspace " + p("clients") + ": holds the workspaces " + p("clients", "ines") + ", " + p("clients", "jonas") + ", and is none itself"},
		{p("one"), "workspace " + p("one") + ": holds the workspace " + p("one", "priya") + ", and is none itself"},
		{p("clients", "ines", "history"), "workspace " + p("clients", "ines", "history") + ": is inside the workspace " + p("clients", "ines") + ", not one"},
		{p("clients", "ines", "typo"), "workspace " + p("clients", "ines", "typo") + ": is inside the workspace " + p("clients", "ines") + ", not one"},
		// Deeper: another client's workspace in a folder of the first's.
		{p("clients", "ines", "sent", "ben"), "workspace " + p("clients", "ines", "sent", "ben") + ": is inside the workspace " + p("clients", "ines") + ", not one"},
	} {
		_, err := workspace.Open(tc.dir)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("Open(%s): %v", tc.dir, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("Open(%s) = %v, want %q", tc.dir, err, tc.want)
		}
	}
}

// Given as a path of no parent of its own (--workspace . run in a
// folder inside a workspace), the workspace it lies in is named by a
// path that leads there from where the run is, not as the folder itself.
func TestOpenMisplacedRelative(t *testing.T) {
	root := t.TempDir()
	put(t, root, map[string]string{
		"ws/ledger.csv":       "x\n",
		"ws/history/runs.csv": "x\n",
		"ws/sub/notes.txt":    "x\n",
	})
	t.Chdir(filepath.Join(root, "ws", "sub"))
	for _, tc := range []struct{ dir, parent string }{
		{".", ".."},
		{"." + string(filepath.Separator), ".."},
		{filepath.Join("..", "new"), ".."},
		{filepath.Join("..", "..", "ws", "new"), filepath.Join("..", "..", "ws")},
		{filepath.Join(".", "new"), ".."},
		{"new", ".."},
	} {
		want := "workspace " + tc.dir + ": is inside the workspace " + tc.parent + ", not one"
		if _, err := workspace.Open(tc.dir); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Open(%s) = %v, want %q", tc.dir, err, want)
		}
	}
}

// Open checks that a workspace folder takes new files, leaving none
// behind, and names the folder when it does not.
func TestOpenChecksTheFolderTakesFiles(t *testing.T) {
	root := t.TempDir()
	put(t, root, map[string]string{"ws/ledger.csv": "a,b\n"})
	dir := filepath.Join(root, "ws")
	if _, err := workspace.Open(dir); err != nil {
		t.Fatal(err)
	}
	if names, _ := filepath.Glob(filepath.Join(dir, "*")); len(names) != 1 {
		t.Errorf("Open left files behind: %q", names)
	}
	if hidden, _ := filepath.Glob(filepath.Join(dir, ".*")); len(hidden) != 0 {
		t.Errorf("Open left files behind: %q", hidden)
	}
	if os.Geteuid() == 0 {
		t.Skip("root writes in a read-only folder: the refusal is not testable as root")
	}
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o700)
	_, err := workspace.Open(dir)
	if err == nil || !strings.Contains(err.Error(), "workspace "+dir+": cannot write in the folder: ") || !strings.Contains(err.Error(), "give a folder you can write in") {
		t.Errorf("Open of a read-only folder: %v", err)
	}
}

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
	w, err := workspace.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	txn := w.Begin()
	for _, name := range []string{workspace.Ledger, "keep.csv", "unfollow.csv"} {
		if err := txn.Write(name, text("new "+name)); err != nil {
			t.Fatal(err)
		}
	}
	err = txn.Commit()
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

func TestHistory(t *testing.T) {
	tests := []struct {
		name  string
		files []string
		want  []string // History()
		next  string   // NextHistory("2026-11-25")
	}{{
		name: "no history yet",
		next: "history/0001_2026-11-25.csv",
	}, {
		name:  "runs in order, two on one day, other files ignored",
		files: []string{"0002_2026-08-25.csv", "0003_2026-08-25.csv", "0001_2026-05-25.csv", ".0004_2026-11-25.csv.123.tmp", "notes.txt", ".hidden.csv", "sub.csv/x"},
		want:  []string{"history/0001_2026-05-25.csv", "history/0002_2026-08-25.csv", "history/0003_2026-08-25.csv"},
		next:  "history/0004_2026-11-25.csv",
	}, {
		name:  "ten runs and more",
		files: []string{"0001_2026-01-01.csv", "0002_2026-02-01.csv", "0003_2026-03-01.csv", "0004_2026-04-01.csv", "0005_2026-05-01.csv", "0006_2026-06-01.csv", "0007_2026-07-01.csv", "0008_2026-08-01.csv", "0009_2026-09-01.csv", "0010_2026-10-01.csv", "0011_2026-11-01.csv"},
		want: []string{"history/0001_2026-01-01.csv", "history/0002_2026-02-01.csv", "history/0003_2026-03-01.csv", "history/0004_2026-04-01.csv", "history/0005_2026-05-01.csv", "history/0006_2026-06-01.csv",
			"history/0007_2026-07-01.csv", "history/0008_2026-08-01.csv", "history/0009_2026-09-01.csv", "history/0010_2026-10-01.csv", "history/0011_2026-11-01.csv"},
		next: "history/0012_2026-11-25.csv",
	}, {
		// A sync client's or a file manager's copy of a run's file is
		// none: Syncthing's sorted after the run it copies was taken for
		// the last audit.
		name: "copies of a run's file ignored",
		files: []string{"0001_2026-08-25.csv", "0002_2026-11-20.csv", "0002_2026-11-20-DESKTOP-4F2K9QX.csv",
			"0002_2026-11-20.sync-conflict-20261121-101010-ABCDEFG.csv", "0002_2026-11-20 (Robin's conflicted copy 2026-11-21).csv",
			"0002_2026-11-20 - Copy.csv", "0002_2026-11-20 (1).csv", "0003_x.csv", "0004_2026-11-2.csv"},
		want: []string{"history/0001_2026-08-25.csv", "history/0002_2026-11-20.csv"},
		next: "history/0003_2026-11-25.csv",
	}, {
		name:  "an old run deleted",
		files: []string{"0002_2026-08-25.csv", "0003_2026-11-25.csv"},
		want:  []string{"history/0002_2026-08-25.csv", "history/0003_2026-11-25.csv"},
		next:  "history/0004_2026-11-25.csv",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			files := map[string]string{}
			for i, f := range tt.files {
				files["history/"+f] = fmt.Sprint(i)
			}
			put(t, dir, files)
			w, err := workspace.Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			got, err := w.History()
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("History = %q, want %q", got, tt.want)
			}
			next, err := w.NextHistory("2026-11-25")
			if err != nil {
				t.Fatal(err)
			}
			if next != tt.next {
				t.Errorf("NextHistory = %q, want %q", next, tt.next)
			}
			if exists(w.Path(next)) {
				t.Errorf("NextHistory %q would replace a past run", next)
			}
			if len(got) > 0 && next <= got[len(got)-1] {
				t.Errorf("NextHistory %q would not be the newest after %q", next, got[len(got)-1])
			}
		})
	}
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
			w, err := workspace.Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			txn := w.Begin()
			for _, name := range []string{workspace.Ledger, "unfollow.csv"} {
				if err := txn.Write(name, text("new "+name)); err != nil {
					t.Fatal(err)
				}
			}
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

// TestOpenFileFolder checks that a workspace file that is a folder is
// refused in one line saying so: it was read as "ledger.csv: read
// ledger.csv: is a directory".
func TestOpenFileFolder(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, workspace.Ledger), 0o755); err != nil {
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
	if want := w.Path(workspace.Ledger) + ": is a folder, not a file: move or rename that folder"; err.Error() != want {
		t.Errorf("OpenFile of a folder: %v, want %s", err, want)
	}
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

// OwnFile knows the tool's files by their exact names: the lock removes
// temporary files beside links of those alone.
func TestOwnFile(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"ledger.csv", true},
		{"ledger.previous.csv", true},
		{"keep.csv", true},
		{"unfollow.csv", true},
		{"reach-out.csv", true},
		{"changes.csv", true},
		{"report.html", true},
		{"mastodon-following-keep.csv", true},
		{"unfollow-facebook-01.csv", true},
		{"unfollow-linkedin-100.csv", true},
		{"history/0001_2026-11-25.csv", true},
		{"history/runs.csv", true},
		{"history/owners.csv", true},
		{"history/review-after-0000.csv", true},
		{"history/review-after-0003-carried.csv", true},
		{"history/removed-friends.csv", true},
		{"history/pending-guesses.csv", true},
		{"history/traced-keys.csv", true},
		// The person's files, and the tool's names in the wrong folder.
		{"contacts.csv", false},
		{"ledger (edited).csv", false},
		{"Ledger.csv", false},
		{"notes.html", false},
		{"takeout.zip", false},
		{"unfollow-facebook-01-done.csv", false},
		{"unfollow-myspace-01.csv", false},
		{"runs.csv", false},
		{"owners.csv", false},
		{"0001_2026-11-25.csv", false},
		{"history/ledger.csv", false},
		{"history/keep.csv", false},
		{"history/review-after-.csv", false},
		{"history/review-after-0003-old.csv", false},
		{"history/removed-friends (1).csv", false},
		{"history/removed-friends-mine.csv", false},
		{"removed-friends.csv", false},
		{"history/pending-guesses (1).csv", false},
		{"history/traced-keys (1).csv", false},
		{"pending-guesses.csv", false},
		// The name of an earlier, unreleased, commit: the person's now.
		{"history/review-after-0003-removed.csv", false},
		{"history/notes.csv", false},
		{"history/old/0001_2026-11-25.csv", false},
		{".unfollow-audit.lock", false},
	}
	for _, tt := range tests {
		if got := workspace.OwnFile(tt.name); got != tt.want {
			t.Errorf("OwnFile(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
	for _, run := range []string{"0000", "0012"} {
		name, carried := workspace.ReviewRecords(run)
		if !workspace.OwnFile(name) || !workspace.OwnFile(carried) {
			t.Errorf("ReviewRecords(%q) = %q, %q: not OwnFile", run, name, carried)
		}
	}
}

// A new workspace reached through a symbolic link to a folder inside
// another workspace (a link to a client's sent folder kept elsewhere,
// shared.link/ben) is inside that workspace all the same: the folders
// above where the link leads are looked at, not only those above the
// link.
func TestOpenMisplacedThroughLink(t *testing.T) {
	root := t.TempDir()
	put(t, root, map[string]string{
		"clients/ana/ledger.csv":       "x\n",
		"clients/ana/history/runs.csv": "x\n",
		"clients/ana/sent/notes.txt":   "x\n",
		"desk/notes.txt":               "x\n",
	})
	real, err := filepath.EvalSymlinks(root)
	if err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(root, "desk", "sent.link")
	if err := os.Symlink(filepath.Join(root, "clients", "ana", "sent"), link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	for _, dir := range []string{filepath.Join(link, "ben"), link} {
		want := "workspace " + dir + ": is inside the workspace " + filepath.Join(real, "clients", "ana") + ", not one"
		if _, err := workspace.Open(dir); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Open(%s) = %v, want %q", dir, err, want)
		}
	}
	// A link to a folder outside any workspace is taken.
	out := filepath.Join(root, "desk", "out.link")
	if err := os.Symlink(filepath.Join(root, "desk"), out); err != nil {
		t.Fatal(err)
	}
	if _, err := workspace.Open(filepath.Join(out, "ben")); err != nil {
		t.Errorf("Open through a link outside any workspace: %v", err)
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

// A workspace file that can be neither read nor written (chmod 000) is
// said so, with what to do: it was said "marked read-only" (review), so
// that made writable it was refused again, as "permission denied".
func TestUnreadableWorkspaceFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ws")
	w, err := workspace.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	p := w.Path("ledger.csv")
	if err := os.WriteFile(p, []byte("person_id\n"), 0o000); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(p, 0o600)
	want := p + ": cannot be read or written (its permissions allow neither): make it readable and writable (chmod u+rw, or on Windows its Security tab), then run again; nothing was written"
	if err := w.ReadOnly("ledger.csv"); err == nil || err.Error() != want {
		t.Errorf("ReadOnly: %v, want %q", err, want)
	}
	if os.Geteuid() == 0 {
		t.Skip("root reads a file of no permissions: OpenFile's refusal is not testable as root")
	}
	if _, _, err := w.OpenFile("ledger.csv"); err == nil || err.Error() != want {
		t.Errorf("OpenFile: %v, want %q", err, want)
	}
}
