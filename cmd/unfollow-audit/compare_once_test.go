package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// A re-audit compares a million rows with the last run's once: the
// comparison is its longest step after the merge. Where the exports are
// last quarter's zips beside a Mastodon list downloaded afresh, the run
// compared them with the last run to find the list new (see comparedRun)
// and then again, the same rows, as the run it is compared with. Only a
// run compared with another run than the last (a rerun on the same
// exports) compares twice: with that run, and with the last for its checks.
func TestReauditComparesOnce(t *testing.T) {
	dir := t.TempDir()
	connections := func(rows string) string {
		return "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\n" +
			"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" + rows
	}
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	chloe := "Chloe,Martin,https://www.linkedin.com/in/chloe-martin-77,,Studio Lumière,Product Manager,19 Jan 2024\n"
	fatima := "Fatima,Rahman,https://www.linkedin.com/in/fatima-rahman-01,,Brightwater Health,Data Analyst,28 Feb 2025\n"
	write("q0/Connections.csv", connections(chloe))
	write("q1/Connections.csv", connections(fatima+chloe))
	q0, q1 := filepath.Join(dir, "Complete_LinkedInDataExport_08-20-2026.zip"), filepath.Join(dir, "Complete_LinkedInDataExport_11-20-2026.zip")
	if err := writeZip(q0, filepath.Join(dir, "q0"), time.Date(2026, 8, 20, 9, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	if err := writeZip(q1, filepath.Join(dir, "q1"), sampleDay); err != nil {
		t.Fatal(err)
	}
	header := "Account address,Show boosts,Notify on new posts,Languages\n"
	m0 := write("m0/following_accounts.csv", header+"ana.souza@example.social,true,false,\n")
	m1 := write("m1/following_accounts.csv", header+"ana.souza@example.social,true,false,\nzoe@example.social,true,false,\n")

	calls := 0
	count := func(prev []audit.Past, items []audit.Item, covered audit.Covered, noted func(string) bool, grouped func(string) string, exported audit.ExportDays, listed func(string) bool) ([]audit.Change, audit.PastIndex) {
		calls++
		return audit.CompareIndexed(prev, items, covered, noted, grouped, exported, listed)
	}
	window, err := audit.ParseSpan("12m")
	if err != nil {
		t.Fatal(err)
	}
	ws := filepath.Join(dir, "ws")
	for _, run := range []struct {
		name    string
		asOf    string
		exports []string
		want    int
	}{
		{"the first audit", "2026-08-25", []string{q0, m0}, 0},
		{"a new quarter", "2026-11-25", []string{q1, m0}, 1},
		{"last quarter's zip beside a fresh Mastodon list", "2027-02-25", []string{q1, m1}, 1},
		{"the same files days later", "2027-02-28", []string{q1, m1}, 2},
	} {
		calls = 0
		asOf, err := audit.ParseDate(run.asOf)
		if err != nil {
			t.Fatal(err)
		}
		var stderr bytes.Buffer
		o := auditOptions{dir: ws, exports: run.exports, asOfGiven: true, compare: count,
			rules: audit.Rules{Policy: audit.DefaultPolicy(), AsOf: asOf, Window: window}}
		if err := auditRun(o, stdio{out: io.Discard, err: &stderr}); err != nil {
			t.Fatalf("%s: %v: %s", run.name, err, &stderr)
		}
		if calls != run.want {
			t.Errorf("%s: compared %d times, want %d", run.name, calls, run.want)
		}
	}
}
