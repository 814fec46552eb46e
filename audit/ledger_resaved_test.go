package audit_test

import (
	"encoding/csv"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// A ledger as the tool writes it, cell by cell; the spreadsheet cases below
// re-save it in other ways and must read back to the same file.
var spreadsheetLedger = [][]string{
	strings.Split(stdHeader, ","),
	{"p1", "Ada Lovelace", "facebook:ada.1;linkedin:ada-l", "2026-03-02", "yes", "", "", "", "friend", "met at PyCon, Lyon", "yes"},
	{"p2", "'@jack", "twitter:1002", "", "", "x", "", "", "", "'=1+1", "yes"},
	{"p3", "Zoë Ødegaard", "twitter:1003", "2019", "", "", "Y", "", "", "''quoted'", "no"},
	{"p4", "Bob \"the builder\"", "twitter:1004", "", "", "", "", "", "", "", ""},
}

// The file WriteLedger makes of spreadsheetLedger.
var spreadsheetWant = lines(
	stdHeader,
	`p1,Ada Lovelace,facebook:ada.1;linkedin:ada-l,2026-03-02,yes,,,,friend,"met at PyCon, Lyon",yes`,
	`p2,'@jack,twitter:1002,,,x,,,,'=1+1,yes`,
	`p3,Zoë Ødegaard,twitter:1003,2019,,,Y,,,''quoted',no`,
	`p4,"Bob ""the builder""",twitter:1004,,,,,,,,`,
)

// The lists come in the form the ledger was saved in: its separator, line
// ends and byte order mark, cells as the tool's form has them (quoted
// where that separator needs it, neutralised once); a ledger in the
// tool's form leaves them as they are.
func TestFormWriter(t *testing.T) {
	changes := []audit.Change{
		{Kind: audit.ChangeNew, PersonID: "p1", Network: audit.Twitter, Relation: audit.Following, ID: "1001",
			Name: "=Zoë; \"Z\"", After: "unfollow", AfterRule: audit.RuleUnknown, Note: "a, b"},
		{Kind: audit.ChangeGone, PersonID: "p2", Network: audit.LinkedIn, Relation: audit.Connection, ID: "ada-l",
			Name: "Ada\nLovelace", Before: "keep", BeforeRule: audit.RuleMet, Note: "unfollow done"},
	}
	var plain strings.Builder
	if err := audit.WriteChanges(&plain, changes); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(strings.NewReader(plain.String())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, style := range []csvStyle{{}, {bom: true, crlf: true, sep: ";"}, {sep: "\t"}, {cr: true}} {
		l := readLedger(t, render(spreadsheetLedger, style))
		var got strings.Builder
		w, finish := l.FormWriter(&got)
		if err := finish(audit.WriteChanges(w, changes)); err != nil {
			t.Fatalf("%+v: %v", style, err)
		}
		if want := render(recs, style); got.String() != want {
			t.Errorf("%+v: changes written as\n%q\nwant\n%q", style, got.String(), want)
		}
	}
	// An error of the report's is returned, and the rewriting stops.
	l := readLedger(t, render(spreadsheetLedger, csvStyle{sep: ";"}))
	w, finish := l.FormWriter(io.Discard)
	io.WriteString(w, "a,b\n")
	if err := finish(errors.New("disk full")); err == nil || err.Error() != "disk full" {
		t.Errorf("finish gave %v, want the report's error", err)
	}
}

type csvStyle struct {
	bom, crlf, cr, quoteAll, dropTrailing bool
	sep                                   string
}

// inForm returns the ledger text the tool writes, text, in the form s:
// what WriteLedger gives back of a ledger read in that form.
func inForm(t *testing.T, text string, s csvStyle) string {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(text)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return render(recs, s)
}

// render writes records the way a spreadsheet might.
func render(recs [][]string, s csvStyle) string {
	var b strings.Builder
	if s.bom {
		b.WriteString("\uFEFF")
	}
	eol := "\n"
	switch {
	case s.crlf:
		eol = "\r\n"
	case s.cr:
		eol = "\r"
	}
	sep := s.sep
	if sep == "" {
		sep = ","
	}
	for _, rec := range recs {
		if s.dropTrailing {
			for len(rec) > 1 && rec[len(rec)-1] == "" {
				rec = rec[:len(rec)-1]
			}
		}
		for i, c := range rec {
			if i > 0 {
				b.WriteString(sep)
			}
			if s.quoteAll || strings.ContainsAny(c, sep+"\"\r\n") {
				c = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
			}
			b.WriteString(c)
		}
		b.WriteString(eol)
	}
	return b.String()
}

func TestReadLedgerResavedBySpreadsheet(t *testing.T) {
	reversed := slices.Clone(spreadsheetLedger)
	slices.Reverse(reversed[1:])
	wantLines := strings.Split(strings.TrimSuffix(spreadsheetWant, "\n"), "\n")
	slices.Reverse(wantLines[1:])
	wantReversed := lines(wantLines...)
	withBlank := append(slices.Clone(spreadsheetLedger[:2]), []string{""}, make([]string, 11), spreadsheetLedger[2])
	withBlank = append(withBlank, spreadsheetLedger[3], spreadsheetLedger[4], []string{""})

	tests := []struct {
		name string
		in   string
		want string
	}{
		{"as written", spreadsheetWant, spreadsheetWant},
		{"BOM and CRLF", render(spreadsheetLedger, csvStyle{bom: true, crlf: true}),
			inForm(t, spreadsheetWant, csvStyle{bom: true, crlf: true})},
		{"CR line ends (Excel for Mac)", render(spreadsheetLedger, csvStyle{cr: true}),
			inForm(t, spreadsheetWant, csvStyle{cr: true})},
		{"every field quoted", render(spreadsheetLedger, csvStyle{quoteAll: true, crlf: true}),
			inForm(t, spreadsheetWant, csvStyle{crlf: true})},
		{"rows reordered", render(reversed, csvStyle{}), wantReversed},
		{"trailing empty cells dropped", render(spreadsheetLedger, csvStyle{dropTrailing: true}), spreadsheetWant},
		{"semicolons (French Excel)", render(spreadsheetLedger, csvStyle{bom: true, crlf: true, sep: ";"}),
			inForm(t, spreadsheetWant, csvStyle{bom: true, crlf: true, sep: ";"})},
		{"semicolons, every field quoted", render(spreadsheetLedger, csvStyle{quoteAll: true, sep: ";"}),
			inForm(t, spreadsheetWant, csvStyle{sep: ";"})},
		{"tabs (text, tab delimited, in UTF-8)", render(spreadsheetLedger, csvStyle{sep: "\t"}),
			inForm(t, spreadsheetWant, csvStyle{sep: "\t"})},
		{"blank lines skipped", render(withBlank, csvStyle{}), spreadsheetWant},
		{"all at once", render(reversed, csvStyle{bom: true, crlf: true, quoteAll: true, dropTrailing: true, sep: ";"}),
			inForm(t, wantReversed, csvStyle{bom: true, crlf: true, sep: ";"})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := readLedger(t, tt.in)
			if got := writeLedger(t, l); got != tt.want {
				t.Errorf("written back:\n%s", diffLines(got, tt.want))
			}
			if len(l.Rows()) != 4 {
				t.Fatalf("%d rows, want 4", len(l.Rows()))
			}
			p1 := l.Row("p1")
			if p1 == nil {
				t.Fatal("no row p1")
			}
			n := p1.Notes()
			if n.LastMet.First != audit.NewDate(2026, 3, 2) || !n.Inspiring || n.Supplier || n.Toxic || n.Unsure ||
				n.Relationship != "friend" || n.Note != "met at PyCon, Lyon" {
				t.Errorf("p1 annotations %+v", n)
			}
			if !slices.Equal(p1.AccountList(), []string{"facebook:ada.1", "linkedin:ada-l"}) {
				t.Errorf("p1 accounts %q", p1.AccountList())
			}
			if p2 := l.Row("p2"); p2 == nil || !p2.Notes().Supplier || p2.Notes().Note != "=1+1" || l.Name(p2) != "@jack" {
				t.Errorf("p2 not read back: %+v", p2)
			}
			if p3 := l.Row("p3"); p3 == nil || !p3.Notes().Toxic || p3.Notes().Note != "'quoted'" ||
				p3.Notes().LastMet.First != audit.NewDate(2019, 1, 1) || p3.Notes().LastMet.Last != audit.NewDate(2019, 12, 31) {
				t.Errorf("p3 not read back: %+v", p3)
			}
			if p4 := l.Row("p4"); p4 == nil || l.Name(p4) != `Bob "the builder"` || audit.CellCount(p4) != len(l.Header) {
				t.Errorf("p4 not read back: %+v", p4)
			}
		})
	}
}
