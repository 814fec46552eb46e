package audit_test

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// The ledger_cell mark (and the follow's, and the e-mail's) is a bit of
// the head byte of a Past's own string, before the cells' text: no cell's
// first byte can carry it or lose it. Cells whose first byte has the bit
// set (0x20 ' ' and up, 0x40 '@' and the letters after it, 0x80 and up:
// any non-ASCII text), of every width the ends take (1, 2 and 4 bytes),
// with a follow or none, an e-mail or none and the mark or none, come
// back whole from Past and from a history file.
func TestPastFlagBitsLeaveCellsWhole(t *testing.T) {
	firsts := []string{"", " ", "!", "@", "A", "p", "\x7f", "\u00c0", "\u00d8laf", "\u20ac", "\U0001F33B", "'", "=", "-", "\xc3\xb8"}
	lengths := []int{0, 1, 254, 255, 256, 0xFFFF, 0x10000}
	rnd := rand.New(rand.NewPCG(7, 11))
	cell := func() string {
		f := firsts[rnd.IntN(len(firsts))]
		n := lengths[rnd.IntN(len(lengths))]
		if n <= len(f) {
			return f
		}
		// The rest of the cell: bytes with the bits set too.
		return f + strings.Repeat(string([]rune{'@', 'ø', 'Â', 'x'}[rnd.IntN(4)]), (n-len(f))/2)
	}
	var carried []audit.Past
	var want []audit.PastCells
	for range 400 {
		c := audit.PastCells{AsOf: "2026-11-25", PersonID: cell(), Network: audit.YouTube, Relation: audit.Subscription,
			ID: cell(), Name: cell(), Decision: audit.DecisionKeep, Rule: audit.RuleMet}
		if rnd.IntN(2) == 0 {
			c.Follow = cell()
		}
		if rnd.IntN(2) == 0 {
			c.LedgerCell = audit.LedgerCellMisread
		}
		if rnd.IntN(2) == 0 {
			c.Email = cell()
		}
		p := c.Past()
		if got := p.Cells(); got != c {
			t.Fatalf("cells of %q, %q, %q, follow %q, ledger_cell %q, email %q came back as %q, %q, %q, %q, %q, %q",
				c.PersonID, c.ID, c.Name, c.Follow, c.LedgerCell, c.Email, got.PersonID, got.ID, got.Name, got.Follow, got.LedgerCell, got.Email)
		}
		if p.Unwritten() != (c.LedgerCell != "") {
			t.Fatalf("%q: Unwritten %v", c.LedgerCell, p.Unwritten())
		}
		carried = append(carried, p)
		want = append(want, c)
	}
	var b bytes.Buffer
	if err := audit.WriteHistory(&b, nil, carried, asOf); err != nil {
		t.Fatal(err)
	}
	got, err := audit.ReadHistory(&b, "history/0001_2026-11-25.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("read %d rows, want %d", len(got), len(want))
	}
	for i := range got {
		if c := got[i].Cells(); c != want[i] {
			t.Errorf("row %d: read back %q, %q, follow %q, ledger_cell %q; want %q, %q, follow %q, ledger_cell %q", i+2,
				c.PersonID, c.ID, c.Follow, c.LedgerCell, want[i].PersonID, want[i].ID, want[i].Follow, want[i].LedgerCell)
		}
		if got[i] != carried[i] {
			t.Errorf("row %d: the Past read is not == the one written", i+2)
		}
	}
}
