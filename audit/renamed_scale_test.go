package audit_test

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// TestCompareManyRenamedHinted: n LinkedIn connections kept, all gone at
// the next audit, and n new ones connected before it (names and addresses
// changed, as an export whose profile addresses all changed leaves
// namesakes): each gone row hints at the n new, and each new row names the
// gone it may be. That must not cost n*n: the gone keys are gathered once
// a hint, not once a new account (it took minutes at 10,000).
func TestCompareManyRenamedHinted(t *testing.T) {
	const n = 4000
	connections := func(id, name string) []audit.Account {
		accs := make([]audit.Account, n)
		for i := range accs {
			accs[i] = audit.Account{Network: audit.LinkedIn, Relation: audit.Connection, ID: fmt.Sprintf(id, i),
				Name: fmt.Sprintf(name, i), Since: audit.NewDate(2020, 1, 1+i%28), Source: "Connections.csv"}
		}
		return accs
	}
	changes, mb := compareAllKeptGone(t, connections("member-%x", "Member %x Person"), connections("renamed-%x", "Other %x Wed"))
	if mb > 64 {
		t.Errorf("Compare of %d gone and %d new, each hinting at the others, allocated %d MB: pairwise", n, n, mb)
	}
	var gone, added int
	for _, c := range changes {
		switch {
		case c.Kind == audit.ChangeGone:
			gone++
			if !strings.Contains(c.Note, "renamed? linkedin:renamed-0, linkedin:renamed-1, linkedin:renamed-10 and 3997 more are new, connected before the audit of 2026-08-25") {
				t.Fatalf("gone note %q", c.Note)
			}
			// Not named in full: no guess kept to say again (and no n*n
			// keys).
			if c.Hinted != "" {
				t.Fatalf("gone hints at %.40q...", c.Hinted)
			}
		case c.Kind == audit.ChangeNew:
			added++
			if !strings.HasSuffix(c.Note, "; renamed? it may be linkedin:member-0 or linkedin:member-1 or linkedin:member-10 or 3997 more, gone: if so, move this key to that one's ledger row") {
				t.Fatalf("new note %q", c.Note)
			}
		}
	}
	if gone != n || added != n {
		t.Errorf("%d gone and %d new, want %d each", gone, added, n)
	}
}

// TestCompareManyInstagramRenamedHinted: n Instagram accounts kept, all
// gone at the next audit, and n new ones followed before it, half of
// each with a word "photo", half "art": each gone row names the new ones
// that share its word (see similarUsernames), half of them, and not the
// others. The gone rows that name the same accounts share one hint: one
// each, n slices of n/2, took over a gigabyte at 3,500.
func TestCompareManyInstagramRenamedHinted(t *testing.T) {
	const n = 2000
	follows := func(prefix string) []audit.Account {
		accs := make([]audit.Account, n)
		for i := range accs {
			name := []byte(prefix)
			for j, v := 0, i; j < 3; j, v = j+1, v/26 {
				name = append(name, byte('a'+v%26))
			}
			accs[i] = audit.Account{Network: audit.Instagram, Relation: audit.Following,
				ID: string(name) + "." + []string{"photo", "art"}[i%2], Since: audit.NewDate(2020, 1, 1+i%28), Source: "following.json"}
		}
		return accs
	}
	changes, mb := compareAllKeptGone(t, follows("old"), follows("new"))
	if mb > 64 {
		t.Errorf("Compare of %d gone and %d new, each hinting at half the others, allocated %d MB: a hint a row", n, n, mb)
	}
	var gone, added int
	for _, c := range changes {
		word := c.ID[strings.IndexByte(c.ID, '.'):]
		other := map[string]string{".photo": ".art", ".art": ".photo"}[word]
		switch c.Kind {
		case audit.ChangeGone:
			gone++
			if !strings.Contains(c.Note, fmt.Sprintf(" and %d more are new, followed before the audit of 2026-08-25", n/2-3)) ||
				strings.Contains(c.Note, other+",") || strings.Contains(c.Note, other+" and") {
				t.Fatalf("gone %s note %q", c.ID, c.Note)
			}
		case audit.ChangeNew:
			added++
			if !strings.HasSuffix(c.Note, fmt.Sprintf(" or %d more, gone: if so, move this key to that one's ledger row", n/2-3)) ||
				strings.Contains(c.Note, other+" or") {
				t.Fatalf("new %s note %q", c.ID, c.Note)
			}
		}
	}
	if gone != n || added != n {
		t.Errorf("%d gone and %d new, want %d each", gone, added, n)
	}
}

// compareAllKeptGone audits old twice on 2026-08-25, every account kept
// (inspiring) the second time, then compares the audit of fresh on
// 2026-11-25 with it: old all gone, fresh all new. It returns the
// changes and the megabytes Compare alone allocated.
func compareAllKeptGone(t *testing.T, old, fresh []audit.Account) ([]audit.Change, uint64) {
	t.Helper()
	first, r := benchRules(audit.NewDate(2026, 8, 25)), benchRules(audit.NewDate(2026, 11, 25))
	var ledger bytes.Buffer
	auditRun(t, old, audit.NewLedger(), nil, &first, &ledger, &bytes.Buffer{})
	lines := strings.Split(strings.TrimSuffix(ledger.String(), "\n"), "\n")
	for i := 1; i < len(lines); i++ {
		f := strings.Split(lines[i], ",")
		f[4] = "yes" // inspiring: every account kept
		lines[i] = strings.Join(f, ",")
	}
	l, err := audit.ReadLedger(strings.NewReader(strings.Join(lines, "\n")+"\n"), "ledger.csv", first.AsOf)
	if err != nil {
		t.Fatal(err)
	}
	var history bytes.Buffer
	ledger.Reset()
	auditRun(t, old, l, nil, &first, &ledger, &history)
	prev, err := audit.ReadHistory(&history, "history/0002_2026-08-25.csv")
	if err != nil {
		t.Fatal(err)
	}
	if l, err = audit.ReadLedger(&ledger, "ledger.csv", r.AsOf); err != nil {
		t.Fatal(err)
	}
	people := audit.Merge(fresh, l.Known())
	l.Update(people)
	items := r.DecideAll(people, l)

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	changes := audit.Compare(prev, items, everything)
	runtime.ReadMemStats(&after)
	return changes, (after.TotalAlloc - before.TotalAlloc) >> 20
}
