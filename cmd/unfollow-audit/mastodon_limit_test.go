package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// TestMastodonKeepOverImportLimit keeps more Mastodon accounts than
// Mastodon imports from one file: the keep list is written all the same,
// and one line after the summary says Mastodon would refuse it and what
// to do. One account fewer, within the limit, is not named. The follows
// file is generated: no big file is checked in.
func TestMastodonKeepOverImportLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("audits 20,001 accounts")
	}
	today := func() time.Time { return time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC) }
	for _, tt := range []struct {
		rows int
		want bool
	}{{audit.MastodonImportRows + 1, true}, {audit.MastodonImportRows, false}} {
		t.Run(fmt.Sprint(tt.rows), func(t *testing.T) {
			dir := t.TempDir()
			exports, ws := filepath.Join(dir, "mastodon"), filepath.Join(dir, "ws")
			if err := os.Mkdir(exports, 0o755); err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			b.WriteString("Account address,Show boosts,Notify on new posts,Languages\n")
			for i := range tt.rows {
				fmt.Fprintf(&b, "user%05d@example.social,true,false,\n", i)
			}
			if err := os.WriteFile(filepath.Join(exports, "following_accounts.csv"), []byte(b.String()), 0o600); err != nil {
				t.Fatal(err)
			}
			auditOnce := func() string {
				t.Helper()
				var out, errOut bytes.Buffer
				args := []string{"audit", "--workspace", ws, "--as-of", "2026-11-25", exports}
				if code := runWith(args, stdio{in: strings.NewReader(""), out: &out, err: &errOut}, today); code != exitOK {
					t.Fatalf("audit: exit status %d\n%s", code, errOut.String())
				}
				return out.String()
			}
			auditOnce()
			editLedger(t, filepath.Join(ws, "ledger.csv"), func(col map[string]int, rec []string) {
				rec[col["inspiring"]] = "yes"
			})
			out := auditOnce()
			keep, err := os.ReadFile(filepath.Join(ws, mastodonKeep))
			if err != nil {
				t.Fatal(err)
			}
			if got := bytes.Count(keep, []byte("\n")) - 1; got != tt.rows {
				t.Errorf("%s has %d rows, want %d", mastodonKeep, got, tt.rows)
			}
			line := ""
			for l := range strings.Lines(out) {
				if strings.HasPrefix(l, mastodonKeep+" has ") {
					line = l
				}
			}
			if !tt.want {
				if line != "" {
					t.Errorf("a keep list within the limit is named:\n%s", line)
				}
				return
			}
			for _, s := range []string{"has 20,001 rows", "refuses the import of a file of more than 20,000 rows", "Trim it", "split it", "Merge"} {
				if !strings.Contains(line, s) {
					t.Errorf("no %q in the note after the summary:\n%s", s, out)
				}
			}
		})
	}
}
