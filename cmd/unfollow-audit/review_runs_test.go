package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// notesGone names each person once, those of history rows without a
// person_id too (a history edited by hand, or of a version that wrote
// none): a person's several accounts, and one account decided on notes
// in two of the recent runs, were named once each, and the review's
// count of "people" whose notes are gone counted accounts and runs. A
// ledger row added by hand with notes, without a person_id yet, does not
// make such history rows' notes still there.
func TestNotesGoneNamesRowsWithoutIDOnce(t *testing.T) {
	const ledger = "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports\n" +
		"p1,Ana Lima,linkedin:ana-lima,2026-10-01,,,,,,,yes\n" +
		"p2,Bruno Keller,linkedin:brunokeller;twitter:1402,,,,,,,,yes\n" +
		"p3,Chloe Martin,linkedin:chloe-martin-77,,,,,,,,yes\n" +
		"p4,,twitter:1408,,,,,,,,yes\n" +
		// A row added by hand, its person_id to come: not the person of
		// the history rows without one.
		",Dana Roy,mastodon:dana@example.social,,yes,,,,,,yes\n"
	asOf := audit.NewDate(2026, 11, 25)
	l, err := audit.ReadLedger(strings.NewReader(ledger), "ledger.csv", asOf)
	if err != nil {
		t.Fatal(err)
	}
	past := func(day, person, network, id, name, decision, rule string) audit.Past {
		return audit.PastCells{AsOf: day, PersonID: person, Network: network, Relation: "following", ID: id,
			Name: name, Decision: decision, Rule: rule}.Past()
	}
	const d1, d2, d3 = "2026-05-25", "2026-08-25", "2026-11-25"
	recent := [][]audit.Past{
		{ // Chloe's notes, gone since, in both runs before the last.
			past(d1, "", audit.LinkedIn, "chloe-martin-77", "Chloe Martin", "keep", audit.RuleInspiring),
			past(d1, "", audit.Twitter, "1408", "", "keep", audit.RuleMet),
		},
		{
			past(d2, "", audit.LinkedIn, "chloe-martin-77", "Chloe Martin", "keep", audit.RuleInspiring),
			past(d2, "", audit.Twitter, "1408", "", "keep", audit.RuleMet),
		},
		{ // Bruno's, on two accounts, gone; Ana's still there.
			past(d3, "", audit.LinkedIn, "ana-lima", "Ana Lima", "keep", audit.RuleMet),
			past(d3, "", audit.LinkedIn, "brunokeller", "Bruno Keller", "keep", audit.RuleMet),
			past(d3, "", audit.Twitter, "1402", "Bruno Keller", "keep", audit.RuleMet),
			past(d3, "", audit.LinkedIn, "chloe-martin-77", "Chloe Martin", "unfollow", audit.RuleUnknown),
			past(d3, "", audit.Twitter, "1408", "", "unfollow", audit.RuleUnknown),
		},
	}
	got := notesGone(recent, l)
	want := []string{"Bruno Keller", "Chloe Martin", "twitter:1408"}
	if !slices.Equal(got, want) {
		t.Errorf("notesGone = %q, want %q", got, want)
	}
}
