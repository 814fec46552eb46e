package audit_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// A cell typed with its accents as a letter then its combining mark (NFD:
// some Mac keyboards, a name pasted from Finder) looks as the composed
// one does, and reads as it: a key as the importer writes it (before, a
// typo "did you mean" the very key typed), a yes, a month's name, a
// relationship word; and the cell is written back as typed.
func TestLedgerCellsTypedDecomposed(t *testing.T) {
	header := strings.Split(stdHeader, ",")
	rows := [][]string{
		{"p1", "Seán", "linkedin:sea\u0301n-o\u0301-briain", "de\u0301cembre 2025", "si\u0301", "", "", "", "grand-me\u0300re", "", "yes"},
		{"p2", "Zoë", "facebook:zoe\u0308-o\u0304no.1588291200", "", "", "na\u0303o", "", "", "", "", "yes"},
	}
	text := ledgerText("", false, append([][]string{header}, rows...)...)
	l, err := audit.ReadLedger(strings.NewReader(text), ledgerFile, asOf)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"linkedin:se%C3%A1n-%C3%B3-briain"}, {"facebook:zoe-ono.1588291200"}}
	for i, r := range l.Rows() {
		if got := r.AccountList(); !slices.Equal(got, want[i]) {
			t.Errorf("row %d: accounts read as %q, want %q", i+1, got, want[i])
		}
	}
	n := l.Rows()[0].Notes()
	if !n.Inspiring || n.LastMet.First.String() != "2025-12-01" {
		t.Errorf("row 1: inspiring %v, last_met %v: want yes, December 2025", n.Inspiring, n.LastMet)
	}
	if out := writeLedger(t, l); out != text {
		t.Errorf("written back:\n%s", diffLines(out, text))
	}
}
