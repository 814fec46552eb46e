package audit

import (
	"fmt"
	"strings"
	"testing"
)

// TestSortedAlone checks the signs of a column of notes sorted on its own,
// each needed: the filled cells on the first rows only, in order; two
// people's notes gone; half the first rows on people without notes before.
func TestSortedAlone(t *testing.T) {
	const header = "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports\n"
	row := func(id, name, met, inspiring string) string {
		return id + "," + name + ",linkedin:" + id + "," + met + "," + inspiring + ",,,,,,yes\n"
	}
	// noted is a row with a relationship beside its notes.
	noted := func(id, name, met string) string {
		return id + "," + name + ",linkedin:" + id + "," + met + ",,,,,friend,,yes\n"
	}
	// otherwise is a change of a person who keeps other notes: decided
	// otherwise, not on nothing known.
	otherwise := func(id, name, before, after string) Change {
		return Change{Kind: ChangeChanged, PersonID: id, Name: name, BeforeRule: before, AfterRule: after, Note: "no date met, not inspiring, not a supplier: a relationship or a note alone does not keep an account"}
	}
	// history is the last audit's file, a person's rule each.
	history := func(rules ...string) []Past {
		in := "as_of,person_id,network,relation,id,name,decision,rule,follow,ledger_cell,email\n"
		for i := 0; i+1 < len(rules); i += 2 {
			decision := DecisionUnfollow
			if rules[i+1] == RuleMet {
				decision = DecisionKeep
			}
			in += "2026-11-25," + rules[i] + ",linkedin,connection," + rules[i] + ",," + decision + "," + rules[i+1] + ",,,\n"
		}
		prev, err := ReadHistory(strings.NewReader(in), "history/0001_2026-11-25.csv")
		if err != nil {
			t.Fatal(err)
		}
		return prev
	}
	lost := func(id, name, rule string) Change {
		return Change{Kind: ChangeChanged, PersonID: id, Name: name, BeforeRule: rule, AfterRule: RuleUnknown, Note: ReasonNothingKnown}
	}
	gained := func(id, rule string) Change {
		return Change{Kind: ChangeChanged, PersonID: id, BeforeRule: RuleUnknown, AfterRule: rule}
	}
	// Ada was unknown and is lapsed now: no change of hers is listed.
	lapsedOnAda := []Change{otherwise("pd", "Dmitri", RuleMet, RuleUnknown), otherwise("py", "Yusuf", RuleMet, RuleUnknown), gained("pb", RuleMet)}
	metMoved := []Change{lost("pd", "Dmitri", RuleMet), lost("py", "Yusuf", RuleMet), gained("pa", RuleMet), gained("pb", RuleLapsed)}
	tests := []struct {
		name    string
		rows    string
		changes []Change
		prev    []Past
		want    SortedColumn // Column "" for none
	}{
		{"last_met sorted alone", row("pa", "Ada", "2026-03", "") + row("pb", "Bruno", "2026-09", "") + row("pd", "Dmitri", "", "") + row("py", "Yusuf", "", ""),
			metMoved, nil, SortedColumn{Column: ColLastMet, Filled: 2, Gained: 2, Lost: 2, GainedName: "Ada", LostName: "Dmitri"}},
		{"descending", row("pa", "Ada", "2026-09", "") + row("pb", "Bruno", "2026-03", "") + row("pd", "Dmitri", "", "") + row("py", "Yusuf", "", ""),
			metMoved, nil, SortedColumn{Column: ColLastMet, Filled: 2, Gained: 2, Lost: 2, GainedName: "Ada", LostName: "Dmitri"}},
		{"dates past the window moved (lapsed before)", row("pa", "Ada", "2024-03", "") + row("pb", "Bruno", "2024-09", "") + row("pd", "Dmitri", "", "") + row("py", "Yusuf", "", ""),
			[]Change{lost("pd", "Dmitri", RuleLapsed), lost("py", "Yusuf", RuleLapsed), gained("pa", RuleLapsed), gained("pb", RuleLapsed)},
			nil, SortedColumn{Column: ColLastMet, Filled: 2, Gained: 2, Lost: 2, GainedName: "Ada", LostName: "Dmitri"}},
		{"dates as Japanese Excel saves them, by day", row("pa", "Ada", "2026/3/2", "") + row("pb", "Bruno", "2026/10/5", "") + row("pd", "Dmitri", "", "") + row("py", "Yusuf", "", ""),
			metMoved, nil, SortedColumn{Column: ColLastMet, Filled: 2, Gained: 2, Lost: 2, GainedName: "Ada", LostName: "Dmitri"}},
		{"dates by day, descending", row("pa", "Ada", "2026/10/5", "") + row("pb", "Bruno", "2026/3/2", "") + row("pc", "Chloé", "2025/12/1", "") + row("pd", "Dmitri", "", "") + row("py", "Yusuf", "", ""),
			append(metMoved, gained("pc", RuleMet)), nil, SortedColumn{Column: ColLastMet, Filled: 3, Gained: 3, Lost: 2, GainedName: "Ada", LostName: "Dmitri"}},
		{"dates out of order as text and by day", row("pa", "Ada", "2026/3/2", "") + row("pb", "Bruno", "2026/10/5", "") + row("pc", "Chloé", "2026/4/1", "") + row("pd", "Dmitri", "", "") + row("py", "Yusuf", "", ""),
			append(metMoved, gained("pc", RuleMet)), nil, SortedColumn{}},
		{"ticks in either case", row("pa", "Ada", "", "x") + row("pb", "Bruno", "", "yes") + row("pc", "Chloé", "", "Yes") + row("pd", "Dmitri", "", "") + row("py", "Yusuf", "", ""),
			[]Change{lost("pd", "Dmitri", RuleInspiring), lost("py", "Yusuf", RuleInspiring), gained("pa", RuleInspiring), gained("pb", RuleInspiring), gained("pc", RuleInspiring)},
			nil, SortedColumn{Column: ColInspiring, Filled: 3, Gained: 3, Lost: 2, GainedName: "Ada", LostName: "Dmitri"}},
		{"their rows deleted, notes typed since, whole rows sorted", row("pa", "Ada", "2026-03", "") + row("pb", "Bruno", "2026-09", "") + row("pc", "Chloé", "", ""),
			metMoved, nil, SortedColumn{}},
		{"one of their rows deleted", row("pa", "Ada", "2026-03", "") + row("pb", "Bruno", "2026-09", "") + row("pc", "Chloé", "", "") + row("py", "Yusuf", "", ""),
			metMoved, nil, SortedColumn{}},
		{"a blank row above a filled one", row("pa", "Ada", "2026-03", "") + row("pc", "Chloé", "", "") + row("pb", "Bruno", "2026-09", "") + row("py", "Yusuf", "", ""),
			metMoved, nil, SortedColumn{}},
		{"not in order", row("pa", "Ada", "2026-03", "") + row("pb", "Bruno", "2026-09", "") + row("pc", "Chloé", "2026-05", "") + row("py", "Yusuf", "", ""),
			metMoved, nil, SortedColumn{}},
		{"one person's notes gone", row("pa", "Ada", "2026-03", "") + row("pb", "Bruno", "2026-09", "") + row("pd", "Dmitri", "", ""),
			[]Change{lost("pd", "Dmitri", RuleMet), gained("pa", RuleMet), gained("pb", RuleMet)}, nil, SortedColumn{}},
		{"the first rows kept their notes (whole rows sorted)", row("pa", "Ada", "2026-01", "") + row("pb", "Bruno", "2026-02", "") + row("pc", "Chloé", "2026-03", "") + row("pd", "Dmitri", "", "") + row("py", "Yusuf", "", ""),
			[]Change{lost("pd", "Dmitri", RuleMet), lost("py", "Yusuf", RuleMet), gained("pa", RuleMet)}, nil, SortedColumn{}},
		{"inspiring sorted alone", row("pa", "Ada", "", "yes") + row("pb", "Bruno", "", "yes") + row("pd", "Dmitri", "", "") + row("py", "Yusuf", "", ""),
			[]Change{lost("pd", "Dmitri", RuleInspiring), lost("py", "Yusuf", RuleInspiring), gained("pa", RuleInspiring), gained("pb", RuleInspiring)},
			nil, SortedColumn{Column: ColInspiring, Filled: 2, Gained: 2, Lost: 2, GainedName: "Ada", LostName: "Dmitri"}},
		{"another column's notes gone", row("pa", "Ada", "", "yes") + row("pb", "Bruno", "", "yes") + row("pd", "Dmitri", "", "") + row("py", "Yusuf", "", ""),
			metMoved, nil, SortedColumn{}},
		{"their other notes left on their rows", noted("pa", "Ada", "2026-03") + row("pb", "Bruno", "2026-09", "") + noted("pd", "Dmitri", "") + noted("py", "Yusuf", ""),
			[]Change{otherwise("pd", "Dmitri", RuleMet, RuleUnknown), otherwise("py", "Yusuf", RuleMet, RuleUnknown), gained("pa", RuleMet), gained("pb", RuleMet)}, nil,
			SortedColumn{Column: ColLastMet, Filled: 2, Gained: 2, Lost: 2, GainedName: "Ada", LostName: "Dmitri"}},
		{"their dates still there (decided otherwise by another note)", row("pa", "Ada", "2026-03", "") + row("pb", "Bruno", "2026-09", "") + noted("pd", "Dmitri", "2026-01") + noted("py", "Yusuf", "2026-02"),
			[]Change{otherwise("pd", "Dmitri", RuleMet, RuleToxic), otherwise("py", "Yusuf", RuleMet, RuleToxic), gained("pa", RuleMet), gained("pb", RuleMet)}, nil, SortedColumn{}},
		{"a date past the window on someone without notes before", row("pa", "Ada", "2024-05", "") + row("pb", "Bruno", "2026-03", "") + row("pc", "Chloé", "2026-09", "") + noted("pd", "Dmitri", "") + noted("py", "Yusuf", ""),
			lapsedOnAda, history("pa", RuleUnknown, "pb", RuleUnknown, "pc", RuleLapsed, "pd", RuleMet, "py", RuleMet),
			SortedColumn{Column: ColLastMet, Filled: 3, Gained: 2, Lost: 2, GainedName: "Ada", LostName: "Dmitri"}},
		{"the same without the history", row("pa", "Ada", "2024-05", "") + row("pb", "Bruno", "2026-03", "") + row("pc", "Chloé", "2026-09", "") + noted("pd", "Dmitri", "") + noted("py", "Yusuf", ""),
			lapsedOnAda, nil, SortedColumn{}},
		// Yusuf's date was past the window, and his note stays: lapsed
		// then, unknown now, unfollowed both times, no change of his is
		// listed.
		{"a date past the window moved off someone with other notes", row("pa", "Ada", "2024-05", "") + row("pb", "Bruno", "2026-03", "") + noted("pd", "Dmitri", "") + noted("py", "Yusuf", ""),
			[]Change{otherwise("pd", "Dmitri", RuleMet, RuleUnknown), gained("pb", RuleMet)}, history("pa", RuleUnknown, "pb", RuleUnknown, "pd", RuleMet, "py", RuleLapsed),
			SortedColumn{Column: ColLastMet, Filled: 2, Gained: 2, Lost: 2, GainedName: "Ada", LostName: "Dmitri"}},
		{"a date past the window on someone noted before", row("pa", "Ada", "2024-05", "") + row("pb", "Bruno", "2026-03", "") + row("pc", "Chloé", "2026-09", "") + noted("pd", "Dmitri", "") + noted("py", "Yusuf", ""),
			lapsedOnAda, history("pa", RuleUnknown, "pa", RuleInspiring, "pb", RuleUnknown, "pc", RuleLapsed, "pd", RuleMet, "py", RuleMet), SortedColumn{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := ReadLedger(strings.NewReader(header+tt.rows), "ledger.csv", NewDate(2026, 12, 1))
			if err != nil {
				t.Fatal(err)
			}
			got, ok := l.SortedAlone(tt.changes, tt.prev)
			if ok != (tt.want.Column != "") || ok && got != tt.want {
				t.Errorf("SortedAlone = %+v, %v; want %+v", got, ok, tt.want)
			}
		})
	}
}

// TestSortedAloneCost checks that SortedAlone, run on every audit, makes
// nothing sized by the ledger where no sign can hold: dates scattered
// over the rows, two people decided on their dates before decided
// otherwise now (a tick of toxic beside the date). A copy of the rows
// sorted, for each column, took 0.6 s of a run at a million rows.
func TestSortedAloneCost(t *testing.T) {
	const n = 20000
	var b strings.Builder
	b.WriteString("person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports\n")
	for i := range n {
		met, toxic := "", ""
		if i%50 == 7 {
			met = "2026-03"
		}
		if i == 7 || i == 57 {
			toxic = "yes"
		}
		fmt.Fprintf(&b, "p%d,Name %d,linkedin:%d,%s,,,%s,,,,yes\n", i, i, i, met, toxic)
	}
	l, err := ReadLedger(strings.NewReader(b.String()), "ledger.csv", NewDate(2026, 12, 1))
	if err != nil {
		t.Fatal(err)
	}
	changes := []Change{
		{Kind: ChangeChanged, PersonID: "p7", BeforeRule: RuleMet, AfterRule: RuleToxic},
		{Kind: ChangeChanged, PersonID: "p57", BeforeRule: RuleMet, AfterRule: RuleToxic},
	}
	// The last audit's history, there on every run after the first.
	prev, err := ReadHistory(strings.NewReader("as_of,person_id,network,relation,id,name,decision,rule,follow,ledger_cell,email\n"+
		"2026-11-25,p7,linkedin,connection,7,,keep,met,,,\n2026-11-25,p57,linkedin,connection,57,,keep,met,,,\n"), "history/0001_2026-11-25.csv")
	if err != nil {
		t.Fatal(err)
	}
	allocs := testing.AllocsPerRun(3, func() {
		if s, ok := l.SortedAlone(changes, prev); ok {
			t.Fatalf("SortedAlone = %+v", s)
		}
	})
	if allocs > 4 {
		t.Errorf("SortedAlone made %v allocations for a ledger of %d rows, where no sign holds; want a few, none a row's", allocs, n)
	}
}
