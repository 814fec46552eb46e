package main

import (
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// TestPutBackMayBeOlder: the copies beside the ledger are read for a
// put-back only where the ledger in place may be older than a ledger a
// run wrote: it holds an earlier one's bytes, or bytes no run wrote and
// is dated no later than the last was recorded. A ledger that holds the
// last one written, or was edited since (the usual run beside the
// person's monthly copies), needs no copy read.
func TestPutBackMayBeOlder(t *testing.T) {
	first, last := "person_id,name\np1,Ann\n", "person_id,name\np1,Ann\np2,Bob\n"
	sum := func(s string) string {
		return fmt.Sprintf("%d,%08x", len(s), crc32.Checksum([]byte(s), crc32.MakeTable(crc32.Castagnoli)))
	}
	recorded := time.Now().Add(-time.Hour)
	for _, tt := range []struct {
		name   string
		ledger string
		age    time.Duration // of the ledger, against the sums' time
		want   bool
	}{
		{"the last ledger written", last, time.Minute, false},
		{"an earlier ledger written, copied anew", first, time.Minute, true},
		{"edited since the last run", last + "p3,Cy\n", time.Minute, false},
		{"other bytes dated before the last was recorded", last + "p3,Cy\n", -time.Minute, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.MkdirAll(filepath.Join(dir, workspace.HistoryDir), 0o755); err != nil {
				t.Fatal(err)
			}
			sums := filepath.Join(dir, filepath.FromSlash(workspace.LedgerSums))
			if err := os.WriteFile(sums, []byte("size,crc32c\n"+sum(first)+"\n"+sum(last)+"\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			ledger := filepath.Join(dir, workspace.Ledger)
			if err := os.WriteFile(ledger, []byte(tt.ledger), 0o600); err != nil {
				t.Fatal(err)
			}
			if err := os.Chtimes(sums, recorded, recorded); err != nil {
				t.Fatal(err)
			}
			if err := os.Chtimes(ledger, recorded.Add(tt.age), recorded.Add(tt.age)); err != nil {
				t.Fatal(err)
			}
			ws, err := workspace.Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			st, err := os.Stat(ledger)
			if err != nil {
				t.Fatal(err)
			}
			if got := ledgerPutBack(ws, st, ws.WrittenLedgers()).mayBeOlder(); got != tt.want {
				t.Errorf("mayBeOlder = %v, want %v", got, tt.want)
			}
		})
	}
}
