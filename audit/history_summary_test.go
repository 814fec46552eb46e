package audit_test

// A run's summary of its changes, and SameDecisions: whether the history
// already records a run's decisions.

import (
	"bytes"
	"slices"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

func TestSummarize(t *testing.T) {
	const keep, unf = audit.DecisionKeep, audit.DecisionUnfollow
	reviewed := &audit.Annotations{Relationship: "friend"}
	items := []audit.Item{
		item("p-ada", audit.Facebook, audit.Friend, "ada", "Ada", true, audit.RuleMet),
		item("p-bob", audit.Facebook, audit.Friend, "bob", "Bob", false, audit.RuleUnknown), // new, not reviewed
		item("p-eve", audit.LinkedIn, audit.Connection, "eve", "Eve", false, audit.RuleUnknown),
		item("p-carl", audit.Twitter, audit.Following, "carl", "Carl", false, audit.RuleLapsed),
		item("p-dan", audit.Twitter, audit.Following, "dan", "Dan", true, audit.RuleInspiring),
	}
	for _, i := range []int{0, 3, 4} {
		audit.SetNotes(items[i].Person, reviewed)
	}
	prev := []audit.Past{
		past(audit.Facebook, audit.Friend, "ada", "Ada", keep, audit.RuleMet),
		past(audit.Facebook, audit.Friend, "gone1", "G1", unf, audit.RuleUnknown), // done
		past(audit.LinkedIn, audit.Connection, "eve", "Eve", unf, audit.RuleUnknown),
		past(audit.Twitter, audit.Following, "carl", "Carl", keep, audit.RuleMet),      // changed
		past(audit.Twitter, audit.Following, "gone2", "G2", keep, audit.RuleInspiring), // gone, kept
		past(audit.Twitter, audit.Following, "dan", "Dan", unf, audit.RuleUnknown),     // changed
		past(audit.Instagram, audit.Following, "gone3", "G3", unf, audit.RuleToxic),    // done
	}
	s := audit.Summarize(items, prev, audit.Compare(prev, items, all), true)
	want := []audit.Counts{
		{Network: audit.Facebook, Followed: 2, Keep: 1, Unfollow: 1, NotReviewed: 1, New: 1, Gone: 1, Done: 1, WasUnfollow: 1, WasAsOf: "2026-08-25"},
		{Network: audit.LinkedIn, Followed: 1, Unfollow: 1, NotReviewed: 1, WasUnfollow: 1, WasAsOf: "2026-08-25"},
		{Network: audit.Twitter, Followed: 2, Keep: 1, Unfollow: 1, Gone: 1, Changed: 2, WasUnfollow: 1, WasAsOf: "2026-08-25"},
		{Network: audit.Instagram, Gone: 1, Done: 1, WasUnfollow: 1, WasAsOf: "2026-08-25"},
	}
	if !slices.Equal(s.Networks, want) {
		t.Errorf("networks:\n got %+v\nwant %+v", s.Networks, want)
	}
	total := audit.Counts{Network: "total", Followed: 5, Keep: 2, Unfollow: 3, NotReviewed: 2, New: 1, Gone: 3,
		Changed: 2, Done: 2, WasUnfollow: 4}
	if s.Total != total {
		t.Errorf("total %+v, want %+v", s.Total, total)
	}
	if !s.Reaudit || s.Since != "2026-08-25" {
		t.Errorf("reaudit %v since %q", s.Reaudit, s.Since)
	}

	first := audit.Summarize(items, nil, nil, false)
	if first.Reaudit || first.Since != "" {
		t.Errorf("first run: reaudit %v since %q", first.Reaudit, first.Since)
	}
	ft := audit.Counts{Network: "total", Followed: 5, Keep: 2, Unfollow: 3, NotReviewed: 2}
	if first.Total != ft || len(first.Networks) != 3 {
		t.Errorf("first run: total %+v, %d networks", first.Total, len(first.Networks))
	}
}

func TestSameDecisions(t *testing.T) {
	items := []audit.Item{
		item("p1", audit.Facebook, audit.Friend, "ada.1", "Ada", true, audit.RuleMet),
		item("p2", audit.Twitter, audit.Following, "1", "@bob", false, audit.RuleUnknown),
	}
	prev, err := audit.ReadHistory(bytes.NewReader(writeHistory(t, items, asOf)), "h.csv")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		change func(p []audit.Past) []audit.Past
		asOf   audit.Date
		want   bool
	}{
		{"identical", func(p []audit.Past) []audit.Past { return p }, asOf, true},
		{"rule differs", func(p []audit.Past) []audit.Past {
			p[0] = with(p[0], func(c *audit.PastCells) { c.Rule = audit.RuleInspiring })
			return p
		}, asOf, false},
		{"decision differs", func(p []audit.Past) []audit.Past {
			p[1] = with(p[1], func(c *audit.PastCells) { c.Decision = audit.DecisionKeep })
			return p
		}, asOf, false},
		{"as_of differs", func(p []audit.Past) []audit.Past { return p }, asOf + 1, false},
		{"as_of of one row differs", func(p []audit.Past) []audit.Past {
			p[1] = with(p[1], func(c *audit.PastCells) { c.AsOf = "2026-11-24" })
			return p
		}, asOf, false},
		{"name differs", func(p []audit.Past) []audit.Past {
			p[1] = with(p[1], func(c *audit.PastCells) { c.Name = "bob" })
			return p
		}, asOf, false},
		{"person differs", func(p []audit.Past) []audit.Past {
			p[0] = with(p[0], func(c *audit.PastCells) { c.PersonID = "p9" })
			return p
		}, asOf, false},
		{"one account more", func(p []audit.Past) []audit.Past { return append(p, p[0]) }, asOf, false},
		{"one account less", func(p []audit.Past) []audit.Past { return p[:1] }, asOf, false},
		{"no previous run", func([]audit.Past) []audit.Past { return nil }, asOf, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := audit.SameDecisions(tt.change(slices.Clone(prev)), items, nil, tt.asOf); got != tt.want {
				t.Errorf("SameDecisions = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSummaryMissing(t *testing.T) {
	s := audit.Summary{Carried: []audit.Past{
		past(audit.LinkedIn, audit.Following, "a", "A", audit.DecisionKeep, audit.RuleMet),
		past(audit.Instagram, audit.Following, "b", "B", audit.DecisionUnfollow, audit.RuleUnknown),
		past(audit.LinkedIn, audit.Following, "c", "C", audit.DecisionUnfollow, audit.RuleUnknown),
	}}
	want := []string{"linkedin following (2 accounts)", "instagram following (1 account)"}
	if got := s.Missing(); !slices.Equal(got, want) {
		t.Errorf("Missing() = %q, want %q", got, want)
	}
}

// The summary's counts add up where a replacement is only guessed
// ("renamed?", "still followed?"): followed before, plus new, less gone,
// is followed now. The guessed account gone counted nowhere, and the
// counts were one short of the followed.
func TestSummaryCountsAddUpWithGuesses(t *testing.T) {
	const keep, unf = audit.DecisionKeep, audit.DecisionUnfollow
	for _, tt := range []struct {
		name  string
		prev  []audit.Past
		items []audit.Item
	}{{
		name:  "a Facebook friend renamed?",
		prev:  []audit.Past{past(audit.Facebook, audit.Friend, "paula-ruiz.1770498838", "Paula Ruiz", unf, audit.RuleUnsure)},
		items: []audit.Item{item("p-new", audit.Facebook, audit.Friend, "paula-ruiz-garcia.1770498838", "Paula Ruiz García", false, audit.RuleUnknown)},
	}, {
		name: "an Instagram account renamed?",
		prev: []audit.Past{past(audit.Instagram, audit.Following, "noor.haddad", "", keep, audit.RuleInspiring), past(audit.Instagram, audit.Following, "bakery.oslo", "", unf, audit.RuleUnknown)},
		items: []audit.Item{
			followedOn(item("p-new", audit.Instagram, audit.Following, "noor.h", "", false, audit.RuleUnknown), audit.NewDate(2025, 6, 18)),
			item("p-bakery.oslo", audit.Instagram, audit.Following, "bakery.oslo", "", false, audit.RuleUnknown),
		},
	}} {
		changes := audit.Compare(tt.prev, tt.items, func(string, string, string) bool { return true })
		guessed := slices.ContainsFunc(changes, func(c audit.Change) bool { return c.Guess })
		s := audit.Summarize(tt.items, tt.prev, changes, true)
		if !guessed || len(tt.prev)+s.Total.New-s.Total.Gone != s.Total.Followed || s.Total.Done != 0 {
			t.Errorf("%s: guessed %v; %d before + %d new - %d gone, want %d followed now; %d done, want 0",
				tt.name, guessed, len(tt.prev), s.Total.New, s.Total.Gone, s.Total.Followed, s.Total.Done)
		}
	}
}
