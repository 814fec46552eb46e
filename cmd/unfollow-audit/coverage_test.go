package main

import (
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// An export date after its audit's (a zip written on a machine whose
// clock was wrong, or a runs.csv edited by hand) is no mark for later
// exports: taken as the newest export read, it refused every right one.
// Neither kept nor compared with (audit_older_export.txtar).
func TestOlderExportIgnoresDatesAfterTheirAudit(t *testing.T) {
	for _, tt := range []struct{ made, asOf string }{{"2026-11-20", "2026-11-25"}, {"2026-11-26", "2026-11-25"}} {
		if !madeBy(tt.made, tt.asOf) {
			t.Errorf("an export made on %s refused for the audit of %s", tt.made, tt.asOf)
		}
	}
	for _, tt := range []struct{ made, asOf string }{{"2026-11-27", "2026-11-25"}, {"2031-01-01", "2027-02-25"}, {"", "2027-02-25"}, {"20/11/2026", "2027-02-25"}} {
		if madeBy(tt.made, tt.asOf) {
			t.Errorf("an export made on %q taken for the audit of %s", tt.made, tt.asOf)
		}
	}
}

// lapsedNote names each person once, those kept before for a meeting
// only, and three at most; a Facebook friend who also inspires you,
// unfollowed there by the policy as the meeting lapsed, and a lapsed
// account replaced by the same person's new one count; a person kept
// then as inspiring, who no longer is, or unfollowed by a policy while
// still met, does not; nor does a person lapsed already when an audit
// last read one of their accounts.
func TestLapsedNote(t *testing.T) {
	lapsed := func(person, name, before string) audit.Change {
		return audit.Change{Kind: audit.ChangeChanged, PersonID: person, Network: audit.Facebook, ID: name, Name: name,
			Before: before, BeforeRule: audit.RuleMet, After: audit.DecisionUnfollow, AfterRule: audit.RuleLapsed}
	}
	asOf := audit.NewDate(2027, 2, 25)
	rules := audit.Rules{AsOf: asOf, Window: audit.Span{N: 12, Unit: 'm'}, Policy: audit.DefaultPolicy()}
	old, _ := audit.ParsePeriod("2025-12-15")
	recent, _ := audit.ParsePeriod("2026-12-15")
	notes := map[string]*audit.Annotations{
		"p-old":    {LastMet: old, Inspiring: true},
		"p-recent": {LastMet: recent, Inspiring: true},
	}
	of := func(id string) *audit.Annotations { return notes[id] }
	none := func(string) (audit.Date, audit.Span) { return 0, rules.Window }
	if got := lapsedNote([]audit.Change{lapsed("p1", "Ann", audit.DecisionUnfollow)}, rules, of, none, noName, "the last audit"); got != "" {
		t.Errorf("an account unfollowed before and lapsed now: %q, want nothing", got)
	}
	got := lapsedNote([]audit.Change{lapsed("p1", "Ann", audit.DecisionKeep), lapsed("p1", "Ann B", audit.DecisionKeep)}, rules, of, none, noName, "the last audit")
	if want := "1 person lapsed since the last audit (Ann): not met within 12 months any more"; !strings.HasPrefix(got, want) {
		t.Errorf("one person, two accounts: %q, want it to start %q", got, want)
	}
	// An account without a name (an Instagram handle) is named as its
	// ledger row is, as the note about people to follow again names it.
	handle := lapsed("p1", "", audit.DecisionKeep)
	handle.Network, handle.ID = audit.Instagram, "noor.haddad"
	rowName := func(id string) string { return map[string]string{"p1": "@noor.haddad"}[id] }
	if got, want := lapsedNote([]audit.Change{handle}, rules, of, none, rowName, "the last audit"), "1 person lapsed since the last audit (@noor.haddad)"; !strings.HasPrefix(got, want) {
		t.Errorf("an account without a name: %q, want it to start %q", got, want)
	}
	if got, want := lapsedNote([]audit.Change{handle}, rules, of, none, noName, "the last audit"), "1 person lapsed since the last audit (instagram:noor.haddad)"; !strings.HasPrefix(got, want) {
		t.Errorf("an account without a name or row: %q, want it to start %q", got, want)
	}
	var four []audit.Change
	for _, n := range []string{"Ann", "Bob", "Cy", "Di"} {
		four = append(four, lapsed("p-"+n, n, audit.DecisionKeep))
	}
	if got, want := lapsedNote(four, rules, of, none, noName, "the last audit"), "4 people lapsed since the last audit (Ann, Bob, Cy, and 1 more)"; !strings.HasPrefix(got, want) {
		t.Errorf("four people: %q, want it to start %q", got, want)
	}

	cleared := lapsed("p2", "Bruno", audit.DecisionKeep)
	cleared.BeforeRule = audit.RuleInspiring
	if got := lapsedNote([]audit.Change{cleared}, rules, of, none, noName, "the last audit"); got != "" {
		t.Errorf("kept as inspiring then, no longer inspiring now: %q, want nothing", got)
	}
	byPolicy := lapsed("p-old", "Amélie", audit.DecisionKeep)
	byPolicy.AfterRule = audit.RulePolicy
	if got, want := lapsedNote([]audit.Change{byPolicy}, rules, of, none, noName, "the last audit"), "1 person lapsed since the last audit (Amélie)"; !strings.HasPrefix(got, want) {
		t.Errorf("a Facebook friend also inspiring, met out of the window: %q, want it to start %q", got, want)
	}
	policyOnly := lapsed("p-recent", "Mia", audit.DecisionKeep)
	policyOnly.AfterRule = audit.RulePolicy
	if got := lapsedNote([]audit.Change{policyOnly}, rules, of, none, noName, "the last audit"); got != "" {
		t.Errorf("unfollowed by a new policy, met within the window: %q, want nothing", got)
	}
	replaced := lapsed("p3", "Bruno Keller", audit.DecisionKeep)
	replaced.Kind = audit.ChangeReplaced
	if got, want := lapsedNote([]audit.Change{replaced}, rules, of, none, noName, "the last audit"), "1 person lapsed since the last audit (Bruno Keller)"; !strings.HasPrefix(got, want) {
		t.Errorf("a lapsed account under a new id: %q, want it to start %q", got, want)
	}
	replaced.Guess = true
	if got := lapsedNote([]audit.Change{replaced}, rules, of, none, noName, "the last audit"); got != "" {
		t.Errorf("a guessed replacement: %q, want nothing", got)
	}

	// Read last on 2026-11-25 (2025-12-15 within the window then), or on
	// 2027-01-10 (out of it: that audit named them), however old the row
	// the account is compared with.
	for _, tt := range []struct {
		read  audit.Date
		named bool
	}{{audit.NewDate(2026, 11, 25), true}, {audit.NewDate(2027, 1, 10), false}} {
		read := func(string) (audit.Date, audit.Span) { return tt.read, rules.Window }
		got := lapsedNote([]audit.Change{lapsed("p-old", "Amélie", audit.DecisionKeep)}, rules, of, read, noName, "the last audit")
		if named := strings.HasPrefix(got, "1 person lapsed since the last audit (Amélie)"); named != tt.named {
			t.Errorf("met 2025-12-15, last read %s: %q, named %v, want %v", tt.read, got, named, tt.named)
		}
	}
}

// rulesNote says nothing where the last audit's window was the same one
// written otherwise ("1y" for "12m"), and names a real difference.
func TestRulesNoteSameWindow(t *testing.T) {
	last := []audit.RunStat{{Run: "0001", Network: audit.LinkedIn, Keeps: "met,inspiring,supplier", MetWithin: "1y"}}
	rules := audit.Rules{Window: audit.DefaultWindow, Policy: audit.DefaultPolicy()}
	if got := rulesNote(last, rules, []string{audit.LinkedIn}, "the last audit's", ""); got != "" {
		t.Errorf("1y then, 12m now: %q, want nothing", got)
	}
	rules.Window = audit.Span{N: 2, Unit: 'y'}
	last[0].MetWithin = "24m"
	if got := rulesNote(last, rules, []string{audit.LinkedIn}, "the last audit's", ""); got != "" {
		t.Errorf("24m then, 2y now: %q, want nothing", got)
	}
	last[0].MetWithin = "18m"
	if got, want := rulesNote(last, rules, []string{audit.LinkedIn}, "the last audit's", ""), "met within 2y (18m then)"; !strings.Contains(got, want) {
		t.Errorf("18m then, 2y now: %q, want it to say %q", got, want)
	}
}

// Networks audited last with different windows (one audited apart) are
// named each with its own, and no --met-within is given as deciding them
// all as then: it named the last one's window alone, as every network's.
func TestRulesNoteMixedWindows(t *testing.T) {
	rules := audit.Rules{Window: audit.DefaultWindow, Policy: audit.DefaultPolicy()}
	keeps := func(n string) string { return rules.Policy.Allows(n).String() }
	for _, tt := range []struct {
		name string
		last []audit.RunStat
		want string
	}{{
		name: "two windows, neither today's",
		last: []audit.RunStat{{Network: audit.Facebook, Keeps: keeps(audit.Facebook), MetWithin: "6m"}, {Network: audit.LinkedIn, Keeps: keeps(audit.LinkedIn), MetWithin: "18m"}},
		want: "These rules are not the last audit's: met within 12m (6m on facebook, 18m on linkedin then). The decisions they changed are in changes.csv. --met-within is one window for every network: to decide each as then, audit its exports apart with its own.",
	}, {
		name: "one network with today's window, written otherwise",
		last: []audit.RunStat{{Network: audit.Facebook, Keeps: keeps(audit.Facebook), MetWithin: "1y"}, {Network: audit.LinkedIn, Keeps: keeps(audit.LinkedIn), MetWithin: "18m"}},
		want: "These rules are not the last audit's: met within 12m (18m on linkedin then). The decisions they changed are in changes.csv. --met-within is one window for every network: to decide each as then, audit its exports apart with its own.",
	}, {
		name: "a policy too",
		last: []audit.RunStat{{Network: audit.Facebook, Keeps: "met,inspiring", MetWithin: "6m"}, {Network: audit.LinkedIn, Keeps: keeps(audit.LinkedIn), MetWithin: "18m"}},
		want: "These rules are not the last audit's: facebook keeps met (met,inspiring then); met within 12m (6m on facebook, 18m on linkedin then). The decisions they changed are in changes.csv; to decide as then, give --policy facebook=met,inspiring. --met-within is one window for every network: to decide each as then, audit its exports apart with its own.",
	}, {
		// runs.csv edited by hand: the window unreadable is one of its own.
		name: "an unreadable window first",
		last: []audit.RunStat{{Network: audit.Facebook, Keeps: keeps(audit.Facebook), MetWithin: "6 months"}, {Network: audit.LinkedIn, Keeps: keeps(audit.LinkedIn), MetWithin: "18m"}},
		want: "These rules are not the last audit's: met within 12m (6 months on facebook, 18m on linkedin then). The decisions they changed are in changes.csv. --met-within is one window for every network: to decide each as then, audit its exports apart with its own.",
	}, {
		name: "the same window on both, written otherwise",
		last: []audit.RunStat{{Network: audit.Facebook, Keeps: keeps(audit.Facebook), MetWithin: "2y"}, {Network: audit.LinkedIn, Keeps: keeps(audit.LinkedIn), MetWithin: "24m"}},
		want: "These rules are not the last audit's: met within 12m (24m then). The decisions they changed are in changes.csv; to decide as then, give --met-within 24m.",
	}, {
		name: "the same window on both",
		last: []audit.RunStat{{Network: audit.Facebook, Keeps: keeps(audit.Facebook), MetWithin: "18m"}, {Network: audit.LinkedIn, Keeps: keeps(audit.LinkedIn), MetWithin: "18m"}},
		want: "These rules are not the last audit's: met within 12m (18m then). The decisions they changed are in changes.csv; to decide as then, give --met-within 18m.",
	}} {
		got := rulesNote(tt.last, rules, []string{audit.Facebook, audit.LinkedIn}, "the last audit's", "The decisions they changed are in changes.csv; ")
		if got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}

// noName is a ledger without names, for lapsedNote.
func noName(string) string { return "" }
