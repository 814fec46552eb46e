package main

import (
	"bytes"
	"io/fs"
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
		workspace.Changes, workspace.Report, audit.MastodonKeepFile, audit.OwnersFile, audit.RunStatsFile, "batch", "review"} {
		if !seen[want] {
			t.Errorf("no %s among the files written (%q): the test no longer covers it", want, names)
		}
	}
}
