package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// TestHistoryConflicts checks which files of history/ are taken for a
// sync client's conflict copy of a run's file: those of each client's
// mark, after the name of a run file the folder holds, with other
// content, and no other.
func TestHistoryConflicts(t *testing.T) {
	dir := t.TempDir()
	hist := filepath.Join(dir, workspace.HistoryDir)
	if err := os.MkdirAll(hist, 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]bool{ // name: a conflict copy
		"0001_2026-08-25.csv": false,
		"0002_2026-11-25.csv": false,
		"runs.csv":            false,
		"0001_2026-08-25 (Robin's conflicted copy 2026-08-26).csv":  true,
		"0002_2026-11-25.sync-conflict-20261126-101010-ABCDEFG.csv": true,
		"0002_2026-11-25-DESKTOP-4F2K9QX.csv":                       true,
		"0002_2026-11-25 - Copy.csv":                                false, // a file manager's: the person's
		"0002_2026-11-25 (1).csv":                                   false,
		"0003_2026-12-01 (Robin's conflicted copy 2026-12-02).csv":  false, // of no run file here
		"runs (Robin's conflicted copy 2026-12-02).csv":             false,
		"0002_2026-11-25-DESKTOP-4F2K9QX-extra.csv":                 false,
		"notes.txt": false,
	}
	var want []string
	for name, conflict := range files {
		// Each its own content: a copy is another audit's file.
		if err := os.WriteFile(filepath.Join(hist, name), []byte("as_of\n"+name+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if conflict {
			want = append(want, name)
		}
	}
	// A copy of a run file's very bytes holds nothing the runs lack.
	if err := os.WriteFile(filepath.Join(hist, "0002_2026-11-25-LAPTOP-ABC1234.csv"), []byte("as_of\n0002_2026-11-25.csv\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ws, err := workspace.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	copies, of := historyConflicts(ws)
	var got []string
	for i, c := range copies {
		got = append(got, filepath.Base(c))
		if run, _, _ := strings.Cut(filepath.Base(c), "_"); !strings.HasPrefix(filepath.Base(of[i]), run+"_") || !strings.HasSuffix(of[i], ".csv") {
			t.Errorf("%s is said a copy of %s", c, of[i])
		}
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("historyConflicts = %q, want %q", got, want)
	}
	// Copies of two run files name each one's.
	w := historyConflictsWarning(copies, of)
	for _, s := range []string{"are sync conflict copies:", "(of " + ws.Path(workspace.HistoryDir+"/0001_2026-08-25.csv") + ")", "(of " + ws.Path(workspace.HistoryDir+"/0002_2026-11-25.csv") + ")"} {
		if !strings.Contains(w, s) {
			t.Errorf("warning %q lacks %q", w, s)
		}
	}
	if w := historyConflictsWarning(nil, nil); w != "" {
		t.Errorf("no copies: warning %q", w)
	}
}
