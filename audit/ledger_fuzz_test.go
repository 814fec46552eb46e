package audit_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// FuzzLedgerRoundTrip feeds ReadLedger what a person's spreadsheet might
// save and checks the promise the ledger rests on: whatever is read is
// written back cell for cell, and a run that finds none of its accounts in
// the exports changes no cell but person_id (given to rows added by hand)
// and in_exports.
func FuzzLedgerRoundTrip(f *testing.F) {
	for _, seed := range []string{
		lines(stdHeader, "p1,Ada Lovelace,facebook:ada.1,2026-03-02,yes,,,,friend,met at the fair,yes"),
		lines(stdHeader2(";"), "p1;Ada;facebook:ada.1;2026;x;;;;;\"a; b\";yes", ";Bob;twitter:2;;;;;;;;"),
		"\xEF\xBB\xBF" + lines(stdHeader, `p2,"Stone, Bob",twitter:2,,,,,,,"line one`+"\n"+`line two",no`),
		lines(stdHeader+",my column", "p3,'=HYPERLINK(x),linkedin:dee,,,yes,,,,'@home,yes,kept", ",,,,,,,,,,,"),
		lines("note,"+stdHeader, "''',p4,-minus,Instagram:GretaL; twitter : 9,2025-11,,,TRUE,,,,"),
		lines(stdHeader, "p5,x,facebook:a;facebook:a,,,,,,,,"),
		strings.ReplaceAll(lines(stdHeader, "p6,Crlf,mastodon:a@b.social,,,,,no,,,yes"), "\n", "\r\n"),
		lines(stdHeader, "p7,Long,linkedin:long,,,,,,,"+strings.Repeat("a note of more than 64 KiB ", 3000)+",yes"), // see rowCells
		// Line breaks of both kinds in cells: see Ledger.mixed.
		// A formula after a separator, escaped by the tool (the name) or
		// typed so (the note): see Neutralize.
		lines(stdHeader, "p10,x;'=cmd|' /C calc'!A0,linkedin:x,,,,,,,call;+49 1;'=2;''-3,yes"),
		stdHeader + "\r\np8,Mixed,twitter:8,,,,,,\"a\nb\",\"c\r\nd\ne\",yes\r\np9,Mixed,twitter:9,,,,,,,\"f\r\ng\",no\r\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		l, err := audit.ReadLedger(strings.NewReader(in), ledgerFile, asOf)
		if err != nil {
			var le *audit.LedgerError
			if !errors.As(err, &le) || le.File != ledgerFile {
				t.Fatalf("error %v is not a LedgerError naming %s", err, ledgerFile)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("error of more than one line: %q", err)
			}
			return
		}
		read := cellsOf(l)

		first := writeLedger(t, l)
		l2, err := audit.ReadLedger(strings.NewReader(first), ledgerFile, asOf)
		if err != nil {
			t.Fatalf("the ledger written cannot be read back: %v\n%s", err, first)
		}
		if !slices.Equal(l2.Header, l.Header) {
			t.Fatalf("header read back %q, want %q", l2.Header, l.Header)
		}
		if got := cellsOf(l2); !slices.EqualFunc(got, read, slices.Equal) {
			t.Fatalf("cells read back\n%q\nwant\n%q", got, read)
		}
		if again := writeLedger(t, l2); again != first {
			t.Fatalf("written again differs:\n%s", diffLines(again, first))
		}

		// A run whose exports hold none of the ledger's accounts.
		people := audit.Merge(nil, l2.Known())
		l2.Update(people)
		after := cellsOf(l2)
		if len(after) != len(read) {
			t.Fatalf("%d rows after the run, want %d", len(after), len(read))
		}
		col := func(name string) int { // the header's names are read in any case, spaces trimmed
			return slices.IndexFunc(l.Header, func(h string) bool { return strings.EqualFold(strings.TrimSpace(h), name) })
		}
		id, inExports := col(audit.ColPersonID), col(audit.ColInExports)
		for i := range read {
			for j := range read[i] {
				switch {
				case read[i][j] == after[i][j]:
				case j == inExports && after[i][j] == "no":
				case j == id && read[i][j] == "" && after[i][j] != "":
				default:
					t.Fatalf("row %d, %s: %q became %q", i+1, l.Header[j], read[i][j], after[i][j])
				}
			}
		}
		out := writeLedger(t, l2)
		l3, err := audit.ReadLedger(strings.NewReader(out), ledgerFile, asOf)
		if err != nil {
			t.Fatalf("the ledger written after the run cannot be read back: %v\n%s", err, out)
		}
		if got := cellsOf(l3); !slices.EqualFunc(got, after, slices.Equal) {
			t.Fatalf("cells after the run read back\n%q\nwant\n%q", got, after)
		}
	})
}

// cellsOf returns a copy of every row's cells, padded to the header's
// width (a short record reads as empty cells, and is written so).
func cellsOf(l *audit.Ledger) [][]string {
	var out [][]string
	for _, r := range l.Rows() {
		c := make([]string, len(l.Header))
		copy(c, l.CellsOf(r))
		out = append(out, c)
	}
	return out
}
