package audit_test

import (
	"io"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// TestHistoryTablesRefuseAnEmptyFile: a file of the workspace's history
// of 0 bytes (a synced folder's placeholder, its content not downloaded
// yet, or a copy cut short) is none the tool wrote, as every one it
// writes starts with its header. Read as a file with no rows, it had the
// audit write runs.csv or owners.csv anew with this run's rows alone: the
// sync client then replaced the real file, every earlier run's figures
// and owner gone. It is refused, naming the file, as an empty run file
// is.
func TestHistoryTablesRefuseAnEmptyFile(t *testing.T) {
	for _, tt := range []struct {
		name string
		read func(r io.Reader, name string) error
	}{
		{"history/runs.csv", func(r io.Reader, name string) error { _, err := audit.ReadRunStats(r, name); return err }},
		{"history/runs.csv", func(r io.Reader, name string) error { _, err := audit.ViewRunStats(r, name); return err }},
		{"history/owners.csv", func(r io.Reader, name string) error { _, err := audit.ReadOwners(r, name); return err }},
		{"history/owners.csv", func(r io.Reader, name string) error { _, err := audit.ViewOwners(r, name); return err }},
		{"history/removed-friends.csv", func(r io.Reader, name string) error { _, err := audit.ReadRemovals(r, name); return err }},
		{"history/pending-guesses.csv", func(r io.Reader, name string) error { _, err := audit.ReadPendingGuesses(r, name); return err }},
		{"history/traced-keys.csv", func(r io.Reader, name string) error { _, err := audit.ReadTracedKeys(r, name); return err }},
	} {
		err := tt.read(strings.NewReader(""), tt.name)
		if err == nil {
			t.Errorf("%s of 0 bytes: read as a file with no rows, want it refused as empty", tt.name)
		} else if msg := err.Error(); !strings.HasPrefix(msg, tt.name+": the file is empty (0 bytes") || !strings.Contains(msg, "not downloaded yet") {
			t.Errorf("%s of 0 bytes: error %q, want it to name the file, say it is empty and why it may be", tt.name, msg)
		}
		// A byte order mark or blank lines alone are no placeholder (one
		// has no byte): a file emptied in an editor, not told "0 bytes"
		// nor sent to the sync client, but refused all the same, for the
		// tool wrote none such either.
		for _, content := range []string{"\uFEFF", "\n", "\uFEFF\r\n\r\n"} {
			err := tt.read(strings.NewReader(content), tt.name)
			if err == nil {
				t.Errorf("%s of %q: read as a file with no rows, want it refused as empty", tt.name, content)
			} else if msg := err.Error(); !strings.HasPrefix(msg, tt.name+": the file is empty: no header line") || strings.Contains(msg, "0 bytes") || strings.Contains(msg, "sync") {
				t.Errorf("%s of %q: error %q, want it said empty, without a header line, and not of 0 bytes", tt.name, content, msg)
			}
		}
	}
}

// TestHistoryTablesReadAHeaderAlone: a file of its header alone is one
// the tool wrote (no removals yet, say), and reads as no rows.
func TestHistoryTablesReadAHeaderAlone(t *testing.T) {
	runs, err := audit.ReadRunStats(strings.NewReader(strings.Join(audit.RunStatsColumns, ",")+"\n"), "history/runs.csv")
	if err != nil || len(runs) != 0 {
		t.Errorf("runs.csv of its header alone: %v, %v; want no rows and no error", runs, err)
	}
}
