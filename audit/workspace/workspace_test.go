package workspace_test

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
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

// writing opens the workspace in dir and begins a transaction writing
// "new NAME" to each of names, for the test to commit.
func writing(t *testing.T, dir string, names ...string) *workspace.Txn {
	t.Helper()
	w, err := workspace.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	txn := w.Begin()
	for _, name := range names {
		if err := txn.Write(name, text("new "+name)); err != nil {
			t.Fatal(err)
		}
	}
	return txn
}
