package main

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// otherLedger refuses another workspace's ledger and passes this one's,
// whole, pruned or holding people no longer followed; and it tells the
// two apart from samples: a pruned ledger of a million-account history
// built a set of every person of the history (250 ms), where a sample of
// the ledger's people, looked for in the history, tells at once.
func TestOtherLedger(t *testing.T) {
	const n = 20000
	id := func(i int) string { return fmt.Sprintf("p%012x", i) }
	ledgerOf := func(ids []string) *audit.Ledger {
		var b strings.Builder
		b.WriteString("person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports\n")
		for _, p := range ids {
			fmt.Fprintf(&b, "%s,Ada %s,mastodon:@ada%s@example.social,,,,,,,,yes\n", p, p, p)
		}
		asOf, _ := audit.ParseDate("2026-12-06")
		l, err := audit.ReadLedger(strings.NewReader(b.String()), "ledger.csv", asOf)
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	var h strings.Builder
	h.WriteString(strings.Join(audit.HistoryColumns, ",") + "\n")
	var all []string
	for i := range n {
		all = append(all, id(i))
		fmt.Fprintf(&h, "2026-09-01,%s,mastodon,following,@ada%s@example.social,Ada %s,unfollow,unknown,,,\n", id(i), id(i), id(i))
	}
	prev, err := audit.ReadHistory(strings.NewReader(h.String()), "history/0001_2026-09-01.csv")
	if err != nil {
		t.Fatal(err)
	}
	var pruned, gone, other []string
	for i := 1; i < n; i += 20 { // none of the history's sample
		pruned = append(pruned, id(i))
	}
	gone = append(gone, all...)
	for i := range 5 * n {
		gone = append(gone, id(n+i))
	}
	for i := range n {
		other = append(other, id(10*n+i))
	}
	other = append(other, all[:n/20]...)
	ws := &workspace.Workspace{Dir: t.TempDir()}
	for _, tt := range []struct {
		name    string
		ids     []string
		refused bool
	}{
		{"whole", all, false},
		{"pruned to a twentieth", pruned, false},
		{"five times as many people no longer followed", gone, false},
		{"another workspace's", other, true},
	} {
		l := ledgerOf(tt.ids)
		l.Rows()
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		err := otherLedger(ws, l, prev, "history/0001_2026-09-01.csv", "run again with --same-person")
		runtime.ReadMemStats(&after)
		if (err != nil) != tt.refused {
			t.Errorf("%s: got %v, want refused %v", tt.name, err, tt.refused)
		}
		// A set of every person is ~1 MB here; a sample a few KB.
		if used := after.TotalAlloc - before.TotalAlloc; !tt.refused && used > 64<<10 {
			t.Errorf("%s: %d bytes allocated to pass it: not a sample", tt.name, used)
		}
	}
}
