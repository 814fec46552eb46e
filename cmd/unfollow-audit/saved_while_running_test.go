package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// TestLedgerSavedWhileRunning saves the ledger, as a spreadsheet would,
// while a re-audit runs (from the comparison with the last run, after the
// reading): the run writes nothing and says so, and the ledger keeps what
// was saved. Written over, the save would have been ledger.previous.csv
// at best, and lost where that copy is kept for notes gone.
func TestLedgerSavedWhileRunning(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "Connections.csv")
	rows := "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
		"Chloe,Martin,https://www.linkedin.com/in/chloe-martin-77,,Studio Lumière,Product Manager,19 Jan 2024\n"
	if err := os.WriteFile(in, []byte(rows), 0o644); err != nil {
		t.Fatal(err)
	}
	ws := filepath.Join(dir, "ws")
	ledger := filepath.Join(ws, "ledger.csv")
	window, err := audit.ParseSpan("12m")
	if err != nil {
		t.Fatal(err)
	}
	run := func(asOf string, compare func([]audit.Past, []audit.Item, audit.Covered, func(string) bool, func(string) string, audit.ExportDays, func(string) bool) ([]audit.Change, audit.PastIndex)) (error, string) {
		day, err := audit.ParseDate(asOf)
		if err != nil {
			t.Fatal(err)
		}
		var stderr bytes.Buffer
		o := auditOptions{dir: ws, exports: []string{in}, asOfGiven: true, compare: compare,
			rules: audit.Rules{Policy: audit.DefaultPolicy(), AsOf: day, Window: window}}
		return auditRun(o, stdio{out: io.Discard, err: &stderr}), stderr.String()
	}
	if err, stderr := run("2026-08-25", nil); err != nil {
		t.Fatalf("first audit: %v: %s", err, stderr)
	}
	before, err := os.ReadFile(ledger)
	if err != nil {
		t.Fatal(err)
	}
	saved := strings.Replace(string(before), ",Chloe Martin,", ",Chloé Martin,", 1)
	if saved == string(before) {
		t.Fatalf("no name to edit in %q", before)
	}
	files := func() map[string]string {
		out := map[string]string{}
		filepath.WalkDir(ws, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				b, _ := os.ReadFile(p)
				out[p] = string(b)
			}
			return nil
		})
		return out
	}
	saveMidRun := func(prev []audit.Past, items []audit.Item, covered audit.Covered, noted func(string) bool, grouped func(string) string, exported audit.ExportDays, listed func(string) bool) ([]audit.Change, audit.PastIndex) {
		if err := os.WriteFile(ledger, []byte(saved), 0o644); err != nil {
			t.Fatal(err)
		}
		later := time.Now().Add(2 * time.Second) // a save's time, whatever the file system's resolution
		os.Chtimes(ledger, later, later)
		return audit.CompareIndexed(prev, items, covered, noted, grouped, exported, listed)
	}
	was := files()
	err, _ = run("2026-11-25", saveMidRun)
	if err == nil || !strings.Contains(err.Error(), "ledger.csv: changed on disk while the audit ran") {
		t.Fatalf("re-audit with the ledger saved while it ran: %v, want a refusal naming ledger.csv", err)
	}
	now := files()
	was[ledger] = saved
	for p, content := range was {
		if now[p] != content {
			t.Errorf("%s changed: %.200q, want %.200q", p, now[p], content)
		}
	}
	for p := range now {
		if _, ok := was[p]; !ok {
			t.Errorf("%s written", p)
		}
	}
	// Run again, the audit reads the ledger as saved.
	if err, stderr := run("2026-11-25", nil); err != nil {
		t.Fatalf("re-audit after the save: %v: %s", err, stderr)
	}
	if b, _ := os.ReadFile(ledger); !strings.Contains(string(b), "Chloé Martin") {
		t.Errorf("the ledger lost the name saved: %q", b)
	}
}
