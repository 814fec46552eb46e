package audit_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// TestCompareExportDay checks that a LinkedIn connection new in the place
// of one gone is worded by the day of the export the last audit read,
// where runs.csv dates it (ExportDays), not by that audit's day alone:
// connected after the export (2026-08-20), though before the audit
// (2026-08-25), it was not in what the audit read, so it is a connection
// made anew, not the gone one's address edited, whether on the gone
// one's row or, of its name, on a row of its own; connected on the
// export's day or before, it is the id changed, as before. Without the
// export's day, the audit's is the line, as before.
func TestCompareExportDay(t *testing.T) {
	const keep = audit.DecisionKeep
	all := func(string, string, string) bool { return true }
	exported := audit.ExportDays{{audit.LinkedIn, "2026-08-25"}: "2026-08-20"}
	prev := []audit.Past{past(audit.LinkedIn, audit.Connection, "bruno", "Bruno", keep, audit.RuleMet)}
	changes := func(made audit.Date, exported audit.ExportDays, person, name string) []audit.Change {
		items := []audit.Item{followedOn(item(person, audit.LinkedIn, audit.Connection, "bruno-ch", name, true, audit.RuleMet), made)}
		got, _ := audit.CompareIndexed(prev, items, all, nil, nil, exported, nil)
		return got
	}
	idChanged := func(t *testing.T, got []audit.Change) {
		t.Helper()
		if len(got) != 1 || got[0].Kind != audit.ChangeReplaced || !strings.HasSuffix(got[0].Note, "the same person's: the account's id changed") {
			t.Errorf("changes = %+v, want one replaced row saying the account's id changed", got)
		}
	}
	t.Run("connected before the export", func(t *testing.T) {
		idChanged(t, changes(audit.NewDate(2026, 8, 18), exported, "p-bruno", "Bruno"))
	})
	t.Run("connected on the export's day", func(t *testing.T) {
		idChanged(t, changes(audit.NewDate(2026, 8, 20), exported, "p-bruno", "Bruno"))
	})
	t.Run("connected after the export, the export's day unknown", func(t *testing.T) {
		idChanged(t, changes(audit.NewDate(2026, 8, 22), nil, "p-bruno", "Bruno"))
	})
	t.Run("connected after the export, before the audit, on the gone one's row", func(t *testing.T) {
		// Still its replaced row (that audit's decision was of the person
		// connected then, and nothing is counted gone, new or done), but
		// said to be a connection made anew.
		got := changes(audit.NewDate(2026, 8, 22), exported, "p-bruno", "Bruno")
		want := []audit.Change{
			{Kind: audit.ChangeReplaced, PersonID: "p-bruno", Network: audit.LinkedIn, Relation: audit.Connection, ID: "bruno", Name: "Bruno", Before: keep, BeforeRule: audit.RuleMet,
				After: keep, AfterRule: audit.RuleMet,
				Note: "now linkedin:bruno-ch, the same person's, connected on 2026-08-22, after the export of 2026-08-20 that the audit of 2026-08-25 read: connected anew, not the account's id changed"},
		}
		if !slices.Equal(got, want) {
			t.Errorf("changes =\n%+v\nwant\n%+v", got, want)
		}
	})
	t.Run("connected after the audit, on the gone one's row", func(t *testing.T) {
		// Made after the audit's day: gone and new, as before, whatever
		// the export's day.
		got := changes(audit.NewDate(2026, 9, 10), exported, "p-bruno", "Bruno")
		if len(got) != 2 || got[0].Kind != audit.ChangeNew || got[1].Kind != audit.ChangeGone ||
			!strings.Contains(got[1].Note, "connected again: linkedin:bruno-ch, connected on 2026-09-10, after the audit of 2026-08-25, is new on their ledger row") {
			t.Errorf("changes = %+v, want the new one and the gone one, connected again after the audit", got)
		}
	})
	t.Run("connected after the export, before the audit, of the same name on a row of its own", func(t *testing.T) {
		got := changes(audit.NewDate(2026, 8, 22), exported, "p-bruno2", "Bruno")
		if len(got) != 2 || got[1].Kind != audit.ChangeGone ||
			!strings.HasSuffix(got[1].Note, "; connected again? linkedin:bruno-ch is new, of the same name, connected on 2026-08-22, after the export of 2026-08-20 that the audit of 2026-08-25 read: not this account under a new address (an address edited keeps its date); if it is them, put it on their ledger row") ||
			got[0].Kind != audit.ChangeNew || !strings.Contains(got[0].Note, "(connected after the export the audit that listed it read: no address edited)") {
			t.Errorf("changes = %+v, want the new one and the gone one, each naming the other as connected again after the export", got)
		}
	})
}
