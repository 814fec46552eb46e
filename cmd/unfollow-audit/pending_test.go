package main

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// pendingLedger is the ledger of TestPendingGuesses: Noor's row keeps her
// Instagram account noor.haddad, gone; the guess names noor.h, new then
// on a row of its own (p-new).
const pendingLedger = "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports\n" +
	"p-noor,'@noor.haddad,instagram:noor.haddad,,yes,,,,,,no\n" +
	"p-new,'@noor.h,instagram:noor.h,,,,,,,,yes\n" +
	"p-yara,'@yara.s,instagram:yara.s,,,,,,,,yes\n"

// TestPendingGuesses checks when a guess an earlier audit made counts
// as not acted on, and so is said again and kept: the gone account's row
// still keeps it, has no account of its network followed, and a new
// account the guess names is still followed, on the row it had then,
// with nothing written, decided as unknown.
func TestPendingGuesses(t *testing.T) {
	asOf := audit.NewDate(2027, 5, 25)
	rules := audit.Rules{AsOf: asOf, Window: audit.Span{N: 12, Unit: 'm'}, Policy: audit.DefaultPolicy()}
	guess := audit.PendingGuess{AsOf: audit.NewDate(2027, 2, 25), PersonID: "p-noor", Gone: "instagram:noor.haddad",
		New: []string{"instagram:noor.h"}, NewPersons: []string{"p-new"}, Guess: "renamed? instagram:noor.h is new, ...: if it is them, put it on their ledger row"}
	item := func(id, person, rule string) audit.Item {
		return audit.Item{Account: &audit.Account{Network: audit.Instagram, ID: id}, Person: &audit.Person{ID: person}, Decision: audit.Decision{Rule: rule}}
	}
	unknown := []audit.Item{item("noor.h", "p-new", audit.RuleUnknown), item("yara.s", "p-yara", audit.RuleUnknown)}
	for _, tc := range []struct {
		name   string
		ledger string // rows after the header; "" for pendingLedger's
		items  []audit.Item
		guess  func(g *audit.PendingGuess)
		asOf   audit.Date
		want   bool
		// persons are the person ids of the new accounts the guess kept
		// holds; nil for the guess's own.
		persons []string
	}{
		{name: "nothing done", items: unknown, want: true},
		{name: "a day short of a year", items: unknown, asOf: audit.NewDate(2028, 2, 24), want: true},
		{name: "a year old", items: unknown, asOf: audit.NewDate(2028, 2, 25)},
		{name: "one of two unfollowed since", items: unknown[:1], want: true,
			guess: func(g *audit.PendingGuess) {
				g.New, g.NewPersons = []string{"instagram:gone", "instagram:noor.h"}, []string{"p-gone", "p-new"}
			}},
		{name: "none followed any more", items: unknown[1:]},
		{name: "the key moved onto the row", items: []audit.Item{item("noor.h", "p-noor", audit.RuleInspiring)},
			ledger: "p-noor,'@noor.haddad,instagram:noor.haddad;instagram:noor.h,,yes,,,,,,yes\n"},
		{name: "the new row written on", items: unknown,
			ledger: "p-noor,'@noor.haddad,instagram:noor.haddad,,yes,,,,,,no\np-new,'@noor.h,instagram:noor.h,,,,,,,not Noor,yes\n"},
		{name: "the new account kept", items: []audit.Item{item("noor.h", "p-new", audit.RuleSupplier)}},
		{name: "split off onto another row", items: []audit.Item{item("noor.h", "p-other", audit.RuleUnknown)},
			ledger: "p-noor,'@noor.haddad,instagram:noor.haddad,,yes,,,,,,no\np-other,Noor H,instagram:noor.h,,,,,,,,yes\n"},
		{name: "the notes cleared", items: unknown,
			ledger: "p-noor,'@noor.haddad,instagram:noor.haddad,,,,,,,,no\np-new,'@noor.h,instagram:noor.h,,,,,,,,yes\n"},
		{name: "marked toxic", items: unknown,
			ledger: "p-noor,'@noor.haddad,instagram:noor.haddad,,yes,,yes,,,,no\np-new,'@noor.h,instagram:noor.h,,,,,,,,yes\n"},
		{name: "the gone key off every row", items: unknown,
			ledger: "p-noor,'@noor.haddad,,,yes,,,,,,no\np-new,'@noor.h,instagram:noor.h,,,,,,,,yes\n"},
		// The new account's row deleted is no act on the guess: the run
		// gives the account a row of its own again, unknown, and the
		// reminder goes on, with the id of that row.
		{name: "the new row deleted", items: unknown, want: true,
			ledger: "p-noor,'@noor.haddad,instagram:noor.haddad,,yes,,,,,,no\np-yara,'@yara.s,instagram:yara.s,,,,,,,,yes\n"},
		{name: "the new row deleted, made again under another id", items: []audit.Item{item("noor.h", "p-again", audit.RuleUnknown)}, want: true,
			ledger:  "p-noor,'@noor.haddad,instagram:noor.haddad,,yes,,,,,,no\n",
			persons: []string{"p-again"}},
		// Joined by the run to another row, unknown still: the merge's
		// doing, not the person's split.
		{name: "the new row deleted, joined to another row by the run", items: []audit.Item{item("noor.h", "p-yara", audit.RuleUnknown)}, want: true,
			ledger:  "p-noor,'@noor.haddad,instagram:noor.haddad,,yes,,,,,,no\np-yara,'@yara.s,instagram:yara.s,,,,,,,,yes\n",
			persons: []string{"p-yara"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := pendingLedger
			if tc.ledger != "" {
				text = pendingLedger[:strings.Index(pendingLedger, "\n")+1] + tc.ledger
			}
			l, err := audit.ReadLedger(strings.NewReader(text), "ledger.csv", asOf)
			if err != nil {
				t.Fatal(err)
			}
			r := rules
			if tc.asOf != 0 {
				r.AsOf = tc.asOf
			}
			g := guess
			g.New, g.NewPersons = slices.Clone(g.New), slices.Clone(g.NewPersons)
			if tc.guess != nil {
				tc.guess(&g)
			}
			read := slices.Clone(g.NewPersons)
			said, next := pendingGuesses([]audit.PendingGuess{g}, nil, tc.items, nil, l.Known(), r, l.Name)
			if got := len(said) == 1; got != tc.want {
				t.Fatalf("said %+v, want it said: %v", said, tc.want)
			}
			if got := len(next) == 1; got != tc.want {
				t.Fatalf("kept %+v, want it kept: %v", next, tc.want)
			}
			if tc.want {
				if c := said[0]; c.Name != "@noor.haddad" || c.Network != audit.Instagram || c.ID != "noor.haddad" || c.Note != g.Guess {
					t.Errorf("said %+v", c)
				}
				want := read
				if tc.persons != nil {
					want = tc.persons
				}
				if !slices.Equal(next[0].NewPersons, want) {
					t.Errorf("kept with the person ids %q, want %q", next[0].NewPersons, want)
				}
				if !slices.Equal(g.NewPersons, read) {
					t.Errorf("the guess read was changed: %q", g.NewPersons)
				}
			}
		})
	}
}

// TestPendingGuessesMade checks that the guesses a run's changes make are
// kept for the next audits, not said by this one (changes.csv says them),
// that one acted on already (the new account joined to the row) is not
// kept, and that one made again replaces the kept record.
func TestPendingGuessesMade(t *testing.T) {
	asOf := audit.NewDate(2027, 2, 25)
	rules := audit.Rules{AsOf: asOf, Window: audit.Span{N: 12, Unit: 'm'}, Policy: audit.DefaultPolicy()}
	l, err := audit.ReadLedger(strings.NewReader(pendingLedger[:strings.Index(pendingLedger, "p-new")]), "ledger.csv", asOf)
	if err != nil {
		t.Fatal(err)
	}
	items := []audit.Item{
		{Account: &audit.Account{Network: audit.Instagram, ID: "noor.h"}, Person: &audit.Person{ID: "p-fresh"}, Decision: audit.Decision{Rule: audit.RuleUnknown}},
		{Account: &audit.Account{Network: audit.Instagram, ID: "yara.s"}, Person: &audit.Person{ID: "p-yara"}, Decision: audit.Decision{Rule: audit.RuleUnknown}},
	}
	gone := audit.Change{Kind: audit.ChangeGone, PersonID: "p-noor", Network: audit.Instagram, ID: "noor.haddad",
		Note:   "no longer followed in the exports (it was kept); renamed? instagram:noor.h and instagram:yara.s are new: if one is them, put it on their ledger row",
		Hinted: "instagram:noor.h instagram:yara.s"}
	old := audit.PendingGuess{AsOf: audit.NewDate(2026, 11, 25), PersonID: "p-noor", Gone: "instagram:noor.haddad", New: []string{"instagram:noor.h"}, NewPersons: []string{"p-fresh"}, Guess: "renamed? older"}
	said, next := pendingGuesses([]audit.PendingGuess{old}, []audit.Change{gone}, items, nil, l.Known(), rules, l.Name)
	if len(said) != 0 {
		t.Errorf("said %+v, want none: changes.csv says it", said)
	}
	want := []audit.PendingGuess{{AsOf: asOf, PersonID: "p-noor", Gone: "instagram:noor.haddad", New: []string{"instagram:noor.h", "instagram:yara.s"},
		NewPersons: []string{"p-fresh", "p-yara"}, Guess: "renamed? instagram:noor.h and instagram:yara.s are new: if one is them, put it on their ledger row"}}
	if !slices.EqualFunc(next, want, samePendingGuess) {
		t.Errorf("kept %+v, want %+v", next, want)
	}
	// Joined to the row by the run: acted on, as the person's own move.
	items[0].Person.ID = "p-noor"
	if _, next := pendingGuesses(nil, []audit.Change{gone}, items, nil, l.Known(), rules, l.Name); len(next) != 0 {
		t.Errorf("joined: kept %+v, want none", next)
	}
}

// TestPendingGuessesAllocs checks that the check looks up only the keys
// the guesses name: its allocations grow with the guesses, not with the
// accounts followed (a million at most, on every audit with a guess).
func TestPendingGuessesAllocs(t *testing.T) {
	asOf := audit.NewDate(2027, 5, 25)
	rules := audit.Rules{AsOf: asOf, Window: audit.Span{N: 12, Unit: 'm'}, Policy: audit.DefaultPolicy()}
	l, err := audit.ReadLedger(strings.NewReader(pendingLedger), "ledger.csv", asOf)
	if err != nil {
		t.Fatal(err)
	}
	known := l.Known()
	items := make([]audit.Item, 10000)
	for i := range items {
		items[i] = audit.Item{Account: &audit.Account{Network: audit.Instagram, ID: fmt.Sprint("acc", i)}, Person: &audit.Person{ID: fmt.Sprint("p", i)}}
	}
	items = append(items, audit.Item{Account: &audit.Account{Network: audit.Instagram, ID: "noor.h"}, Person: &audit.Person{ID: "p-new"}, Decision: audit.Decision{Rule: audit.RuleUnknown}})
	kept := []audit.PendingGuess{{AsOf: audit.NewDate(2027, 2, 25), PersonID: "p-noor", Gone: "instagram:noor.haddad",
		New: []string{"instagram:noor.h"}, NewPersons: []string{"p-new"}, Guess: "renamed? instagram:noor.h is new"}}
	if said, _ := pendingGuesses(kept, nil, items, nil, known, rules, l.Name); len(said) != 1 {
		t.Fatalf("said %+v, want the guess", said)
	}
	allocs := testing.AllocsPerRun(10, func() { pendingGuesses(kept, nil, items, nil, known, rules, l.Name) })
	if allocs > 30 {
		t.Errorf("pendingGuesses made %.0f allocations for one guess among %d accounts, want a few", allocs, len(items))
	}
	// With no guess, nothing is looked at.
	if allocs := testing.AllocsPerRun(10, func() { pendingGuesses(nil, nil, items, nil, known, rules, l.Name) }); allocs != 0 {
		t.Errorf("pendingGuesses made %.0f allocations with no guess, want none", allocs)
	}
}

// rerunGuesses makes n guesses kept from an audit of the day and the
// same n made again by a rerun that day, with the ledger and accounts
// they are about.
func rerunGuesses(tb testing.TB, n int) (kept []audit.PendingGuess, changes []audit.Change, items []audit.Item, l *audit.Ledger, rules audit.Rules) {
	asOf := audit.NewDate(2027, 2, 25)
	rules = audit.Rules{AsOf: asOf, Window: audit.Span{N: 12, Unit: 'm'}, Policy: audit.DefaultPolicy()}
	var b strings.Builder
	b.WriteString(pendingLedger[:strings.Index(pendingLedger, "\n")+1])
	items = make([]audit.Item, n)
	changes = make([]audit.Change, n)
	kept = make([]audit.PendingGuess, n)
	for i := range n {
		fmt.Fprintf(&b, "p-old%d,x,instagram:old.%d,,yes,,,,,,no\np-new%d,x,instagram:new.%d,,,,,,,,yes\n", i, i, i, i)
		items[i] = audit.Item{Account: &audit.Account{Network: audit.Instagram, ID: fmt.Sprint("new.", i)}, Person: &audit.Person{ID: fmt.Sprint("p-new", i)}, Decision: audit.Decision{Rule: audit.RuleUnknown}}
		changes[i] = audit.Change{Kind: audit.ChangeGone, PersonID: fmt.Sprint("p-old", i), Network: audit.Instagram, ID: fmt.Sprint("old.", i),
			Note: "no longer followed in the exports (it was kept); renamed? it may be", Hinted: fmt.Sprint("instagram:new.", i)}
		kept[i] = audit.PendingGuess{AsOf: asOf, PersonID: fmt.Sprint("p-old", i), Gone: fmt.Sprint("instagram:old.", i),
			New: []string{fmt.Sprint("instagram:new.", i)}, NewPersons: []string{fmt.Sprint("p-new", i)}, Guess: "renamed? it may be"}
	}
	l, err := audit.ReadLedger(strings.NewReader(b.String()), "ledger.csv", asOf)
	if err != nil {
		tb.Fatal(err)
	}
	return kept, changes, items, l, rules
}

// TestPendingGuessesRerun: a rerun that day makes again every guess the
// audit before it kept; none is said (changes.csv says them), and each is
// kept as it was. How long it takes for many guesses (a set of the gone
// accounts, not a walk of the made per kept) is
// BenchmarkPendingGuessesRerun's.
func TestPendingGuessesRerun(t *testing.T) {
	const n = 2000
	kept, changes, items, l, rules := rerunGuesses(t, n)
	said, next := pendingGuesses(kept, changes, items, nil, l.Known(), rules, l.Name)
	if len(said) != 0 || !slices.EqualFunc(next, kept, samePendingGuess) {
		t.Fatalf("said %d, kept %d of %d: want none said, every one kept as it was", len(said), len(next), n)
	}
}

// BenchmarkPendingGuessesRerun: 40,000 guesses kept and made again by a
// rerun (3.5 s when each kept guess walked the made ones; 0.13 s since).
func BenchmarkPendingGuessesRerun(b *testing.B) {
	kept, changes, items, l, rules := rerunGuesses(b, 40000)
	known := l.Known()
	b.ResetTimer()
	for b.Loop() {
		pendingGuesses(kept, changes, items, nil, known, rules, l.Name)
	}
}

func TestPendingNote(t *testing.T) {
	if got := pendingNote(nil); got != "" {
		t.Errorf("pendingNote of none = %q", got)
	}
	pending := []audit.Change{
		{PersonID: "p-ana", Network: audit.Facebook, ID: "ana-lima.1", Name: "Ana Lima",
			Note: "renamed? facebook:ana-costa.1 is new, since the same second: if it is them, put it on their ledger row", Hinted: "facebook:ana-costa.1"},
		{PersonID: "p-noor", Network: audit.Instagram, ID: "noor.haddad", Name: " ",
			Note: "renamed? instagram:noor.h and instagram:yara.s are new, followed before the audit of 2026-08-25, which did not list them: if one is them, put it on their ledger row", Hinted: "instagram:noor.h instagram:yara.s"},
	}
	got := pendingNote(pending)
	for _, w := range []string{
		"2 guesses earlier audits made about accounts gone are not acted on yet: ",
		"Ana Lima (facebook:ana-lima.1): renamed? facebook:ana-costa.1 is new, since the same second: if it is them, put it on their ledger row; ",
		// A row without a name is named by its key.
		"instagram:noor.haddad (instagram:noor.haddad): renamed? instagram:noor.h and instagram:yara.s are new,",
		"this reminder comes back at each audit till then.",
	} {
		if !strings.Contains(got, w) {
			t.Errorf("pendingNote = %q, want it to contain %q", got, w)
		}
	}
}
