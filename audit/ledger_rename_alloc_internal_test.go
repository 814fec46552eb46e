package audit

import (
	"fmt"
	"strings"
	"testing"
)

// A re-audit whose ledger has many names the person wrote looks each of
// them up in the history once: renameWritten allocates what holds them,
// not something per row (a big map is made of tables of 1024 slots).
func TestRenameWrittenAllocsPerRow(t *testing.T) {
	const n = 2000
	var b strings.Builder
	b.WriteString(strings.Join(append(LedgerColumns, ColInExports), ",") + "\n")
	var prev []Past
	accs := make([]Account, n)
	for i := range n {
		id := fmt.Sprintf("UC%04d", i)
		fmt.Fprintf(&b, "p%04d,Ada %d from work,youtube:%s,,,,,,,,yes\n", i, i, id)
		prev = append(prev, PastCells{AsOf: "2026-06-30", PersonID: fmt.Sprintf("p%04d", i), Network: YouTube,
			Relation: Following, ID: id, Name: fmt.Sprintf("Ada %d", i), Decision: DecisionKeep, Rule: RuleInspiring}.Past())
		accs[i] = Account{Network: YouTube, Relation: Following, ID: id, Name: fmt.Sprintf("Ada %d now", i)}
	}
	l, err := ReadLedger(strings.NewReader(b.String()), "ledger.csv", 0)
	if err != nil {
		t.Fatal(err)
	}
	l.Known().LastRun(prev)
	rows := make([]nameWritten, n)
	for i, r := range l.rows {
		rows[i] = nameWritten{row: r, acc: &accs[i], cell: r.cells.at(l.col[ColName])}
	}
	if got := testing.AllocsPerRun(5, func() { l.renameWritten(rows) }); got > 40 {
		t.Errorf("renameWritten of %d rows: %v allocations, want a few", n, got)
	}
	if first, c := l.Renamed(); c != 0 {
		t.Errorf("Renamed: %d cells (%+v), want none: every name is the person's", c, first)
	}
	for _, r := range l.rows[:3] {
		if name := l.Name(r); !strings.HasSuffix(name, " from work") {
			t.Errorf("name cell %q: the person's, want it kept", name)
		}
	}
}
