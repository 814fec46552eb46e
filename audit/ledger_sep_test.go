package audit_test

import (
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// A ledger whose first line is Excel's separator hint ("sep=," or
// "sep=;", written so that Excel opens the file in columns whatever its
// locale) is read with that separator, and the line is written back as it
// was, its own line end too: no line of the person's file is lost, and
// every cell comes back byte for byte. The reports written in the
// ledger's form do not get it.
func TestReadLedgerSeparatorHint(t *testing.T) {
	semi := inForm(t, spreadsheetWant, csvStyle{bom: true, crlf: true, sep: ";"})
	tabs := inForm(t, spreadsheetWant, csvStyle{sep: "\t"})
	crlf := inForm(t, spreadsheetWant, csvStyle{crlf: true})
	tests := []struct {
		name, in string
	}{
		{"sep=, before the tool's form", "sep=,\n" + spreadsheetWant},
		{"sep=; after the mark, CRLF", bom + "sep=;\r\n" + strings.TrimPrefix(semi, bom)},
		{"sep=; before semicolons", "sep=;\n" + inForm(t, spreadsheetWant, csvStyle{sep: ";"})},
		{"a tab, the word in capitals", "SEP=\t\n" + tabs},
		{"its own line end, LF in a file of CRLF", "sep=,\n" + crlf},
		{"the mark after the hint", "sep=,\n" + bom + spreadsheetWant},
		{"CR line ends (Excel for Mac)", "sep=,\r" + inForm(t, spreadsheetWant, csvStyle{cr: true})},
		{"as a spreadsheet that does not know it saves it back", "sep=,,,,,,,,,,,\n" + spreadsheetWant},
		{"a space typed after it", "sep=; \n" + inForm(t, spreadsheetWant, csvStyle{sep: ";"})},
		// The hint's line end is its own, whatever the file's.
		{"a lone CR after the hint, lines of LF", "sep=,\r" + spreadsheetWant},
		{"a lone CR after the hint, lines of CRLF", "sep=;\r" + strings.TrimPrefix(semi, bom)},
		{"CRLF after the hint, lines of CR", "sep=,\r\n" + inForm(t, spreadsheetWant, csvStyle{cr: true})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := readLedger(t, tt.in)
			if got := writeLedger(t, l); got != tt.in {
				t.Errorf("written back:\n%s", diffLines(got, tt.in))
			}
			if len(l.Rows()) != 4 {
				t.Fatalf("%d rows, want 4", len(l.Rows()))
			}
			p1 := l.Row("p1")
			if p1 == nil || p1.Notes().Note != "met at PyCon, Lyon" || !p1.Notes().Inspiring || p1.Line != 3 {
				t.Errorf("p1 not read: %+v", p1)
			}
			var rep strings.Builder
			w, finish := l.FormWriter(&rep)
			if err := finish(audit.WriteChanges(w, nil)); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(strings.ToLower(rep.String()), "sep=") {
				t.Errorf("a report written in the ledger's form got the hint: %q", rep.String())
			}
		})
	}
}

// The byte order mark after the hint is no part of the header, quoted
// or not: a header of quoted cells after it is read, and written back
// unquoted, as any ledger a spreadsheet saved is, its cells the same.
func TestReadLedgerSeparatorHintQuotedHeader(t *testing.T) {
	in := "sep=,\n" + bom + inForm(t, spreadsheetWant, csvStyle{quoteAll: true})
	l := readLedger(t, in)
	if got, want := writeLedger(t, l), "sep=,\n"+bom+spreadsheetWant; got != want {
		t.Errorf("written back:\n%s", diffLines(got, want))
	}
	if p1 := l.Row("p1"); p1 == nil || p1.Notes().Note != "met at PyCon, Lyon" || p1.Line != 3 {
		t.Errorf("p1 not read: %+v", p1)
	}
}

// Errors name the file's lines, the hint's counted, and the rows Excel
// shows, which hides it; a hint of a separator the ledger is not read
// with is refused as what it is.
func TestReadLedgerSeparatorHintErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"a bad cell", "sep=,\n" + lines(stdHeader, "p1,Ada,twitter:1,25/11/2026,,,,,,,yes"),
			`line 3 (row 2 in a spreadsheet), column last_met: "25/11/2026"`},
		{"a missing column", "sep=,\n" + lines("person_id,name", "p1,Ada"),
			"line 2 (row 1 in a spreadsheet): missing column accounts"},
		{"a separator not read", "sep=|\n" + lines(strings.ReplaceAll(stdHeader, ",", "|")),
			"line 1: Excel's separator hint \"sep=|\" names a separator the ledger is not read with"},
		{"the hint alone", "sep=;\n",
			"the ledger is empty"},
		{"a hint of semicolons above a header of commas", "sep=;\n" + spreadsheetWant,
			"line 1: Excel's separator hint \"sep=;\" does not match the header on line 2, which is separated by commas: delete that line, or change it to sep=,"},
		{"a hint of commas above a header of semicolons, CRLF", "SEP=,\r\n" + inForm(t, spreadsheetWant, csvStyle{sep: ";", crlf: true}),
			"line 1: Excel's separator hint \"SEP=,\" does not match the header on line 2, which is separated by semicolons: delete that line, or change it to sep=;"},
		{"a hint of semicolons a spreadsheet read with commas", "sep=;,,,,,,,,,,\n" + spreadsheetWant,
			"line 1: Excel's separator hint \"sep=;,,,,,,,,,,\" does not match the header on line 2, which is separated by commas: delete that line, or change it to sep=,"},
		{"a hint of commas above a header of tabs", "sep=,\n" + inForm(t, spreadsheetWant, csvStyle{sep: "\t"}),
			"line 1: Excel's separator hint \"sep=,\" does not match the header on line 2, which is separated by tabs: delete that line, or change it to sep= and a tab"},
		// A tab in the hint is quoted as \t: printed, a tab is a space
		// (see internal/printable), and "sep= " is not the hint the
		// ledger holds.
		{"a hint of a tab above a header of commas", "sep=\t\n" + spreadsheetWant,
			"line 1: Excel's separator hint \"sep=\\t\" does not match the header on line 2, which is separated by commas: delete that line, or change it to sep=,"},
		{"a tab and a separator not read", "sep=\t|\n" + spreadsheetWant,
			"line 1: Excel's separator hint \"sep=\\t|\" names a separator the ledger is not read with"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := audit.ReadLedger(strings.NewReader(tt.in), ledgerFile, asOf)
			if err == nil || !strings.HasPrefix(err.Error(), ledgerFile+": "+tt.want) {
				t.Errorf("error %v, want one starting %q", err, tt.want)
			}
		})
	}
}
