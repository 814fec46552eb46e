package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// Every file an audit or a review writes in a workspace is one of
// workspace.OwnFile's: the lock tidies the temporary files of those alone,
// in the workspace and beside a link of one, and a file written under a
// name it does not know would leave a killed run's copy of the person's
// contacts for good.
func TestRunFilesAreOwnFiles(t *testing.T) {
	sample := filepath.Join(repoRoot(t), "testdata", "sample")
	ws := filepath.Join(t.TempDir(), "ws")
	run := func(answers string, args ...string) {
		t.Helper()
		var out, errOut bytes.Buffer
		today := func() time.Time { return time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC) }
		if code := runWith(args, stdio{in: strings.NewReader(answers), out: &out, err: &errOut}, today); code != exitOK {
			t.Fatalf("%q: exit %d: %s%s", args, code, errOut.String(), out.String())
		}
	}
	run("", "audit", "--workspace", ws, "--as-of", "2026-11-25", "--batch-size", "5", sample)
	run("", "audit", "--workspace", ws, "--as-of", "2026-11-26", "--batch-size", "5", sample)
	run("u\nq\n", "review", "--workspace", ws, "--as-of", "2026-11-26", sample)
	var names []string
	err := filepath.WalkDir(ws, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(ws, p)
		names = append(names, filepath.ToSlash(rel))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, n := range names {
		if !workspace.OwnFile(n) {
			t.Errorf("%s: written by a run, but not workspace.OwnFile", n)
		}
		switch {
		case audit.IsBatchName(n):
			seen["batch"] = true
		case strings.HasPrefix(n, workspace.HistoryDir+"/review-after-"):
			seen["review"] = true
		default:
			seen[n] = true
		}
	}
	for _, want := range []string{workspace.Ledger, workspace.LedgerBackup, workspace.Keep, workspace.Unfollow, workspace.ReachOut,
		workspace.Changes, workspace.Report, audit.MastodonKeepFile, audit.OwnersFile, audit.RunStatsFile, audit.RemovedFriendsFile, "batch", "review"} {
		if !seen[want] {
			t.Errorf("no %s among the files written (%q): the test no longer covers it", want, names)
		}
	}
}

// A copy of the ledger kept in the workspace under a name of its own, given
// by the shell's * (audit --workspace . *), is the workspace's own, as the
// folder given whole has it; the same name elsewhere, or a file of the
// person's merely named so, stays an export.
func TestWithoutRunFilesLedgerCopies(t *testing.T) {
	dir := t.TempDir()
	other := t.TempDir()
	header := strings.Join(audit.LedgerColumns, ",") + "\n"
	files := map[string]string{
		filepath.Join(dir, "ledger (1).csv"):         header,
		filepath.Join(dir, "ledger - ledger.csv"):    "\ufeff" + header,
		filepath.Join(dir, "Ledger backup.txt"):      header,
		filepath.Join(dir, "ledger notes.txt"):       "buy milk\n",
		filepath.Join(dir, "my-ledger.csv"):          header,
		filepath.Join(dir, "following_accounts.csv"): "Account address,Show boosts\n",
		filepath.Join(other, "ledger (1).csv"):       header,
	}
	for p, content := range files {
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		path string
		kept bool
	}{
		{filepath.Join(dir, "ledger (1).csv"), false},
		{filepath.Join(dir, "ledger - ledger.csv"), false},
		{filepath.Join(dir, "Ledger backup.txt"), false},
		{filepath.Join(dir, "ledger.csv"), false}, // the ledger itself, by name
		{filepath.Join(dir, "ledger notes.txt"), true},
		{filepath.Join(dir, "my-ledger.csv"), true},
		{filepath.Join(dir, "following_accounts.csv"), true},
		{filepath.Join(other, "ledger (1).csv"), true},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			got := withoutRunFiles(dir, []string{tt.path})
			if kept := len(got) == 1; kept != tt.kept {
				t.Errorf("withoutRunFiles(%s): kept %v, want %v", tt.path, kept, tt.kept)
			}
		})
	}
}
