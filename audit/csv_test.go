package audit_test

import (
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

func TestNeutralize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Ada Lovelace", "Ada Lovelace"},
		{"=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")"},
		{"+33 6 12 34 56 78", "'+33 6 12 34 56 78"},
		{"-minus", "'-minus"},
		{"@jack", "'@jack"},
		{"\tTab", "'\tTab"},
		{"\rCR", "'\rCR"},
		// A leading apostrophe is escaped only where Unneutralize would
		// take it for the escape.
		{"'quoted'", "'quoted'"},
		{"'", "'"},
		{"'til Friday", "'til Friday"},
		{"''", "'''"},
		{"'=1", "''=1"},
		{"'@x", "''@x"},
		{"a=b", "a=b"}, // only the first character counts
		{" =1", " =1"},
		{"é=", "é="},
	}
	for _, tt := range tests {
		if got := audit.Neutralize(tt.in); got != tt.want {
			t.Errorf("Neutralize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestUnneutralize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"'", "'"},
		{"'=1+1", "=1+1"},
		{"'+1", "+1"},
		{"'-", "-"},
		{"'@x", "@x"},
		{"'\tx", "\tx"},
		{"'\rx", "\rx"},
		{"''", "'"},
		{"''quoted'", "'quoted'"},
		// What a person types is kept: an apostrophe not followed by a
		// formula character or another apostrophe was not added by us.
		{"'quoted'", "'quoted'"},
		{"'a", "'a"},
		{"it's", "it's"},
		{"x'=", "x'="},
	}
	for _, tt := range tests {
		if got := audit.Unneutralize(tt.in); got != tt.want {
			t.Errorf("Unneutralize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Every string survives Neutralize then Unneutralize exactly, which is what
// lets the ledger round-trip.
func TestNeutralizeRoundTrip(t *testing.T) {
	for _, s := range []string{"", "'", "''", "'''", "'quoted'", "''quoted'", "=", "'=", "''=",
		"=1+1", "+", "-", "@", "\t", "\r", "\r\n", "'\t", "plain", "Zoë", "🙂=", "'-'", "-'-"} {
		n := audit.Neutralize(s)
		if got := audit.Unneutralize(n); got != s {
			t.Errorf("Unneutralize(Neutralize(%q)) = %q (neutralised %q)", s, got, n)
		}
		if n != "" && n[0] != '\'' && (n[0] == '=' || n[0] == '+' || n[0] == '-' || n[0] == '@' || n[0] == '\t' || n[0] == '\r') {
			t.Errorf("Neutralize(%q) = %q still starts like a formula", s, n)
		}
	}
}

// A spreadsheet that opens a CSV file with another separator than the
// file's (Excel, where the list separator is ";", opens a comma file so)
// starts a cell after every ";" (or ","): a name from an export such as
// "x;=cmd|' /C calc'!A0;" would run as a formula there (OWASP "CSV
// injection" says to mind the separators). No piece of a neutralised
// cell, split at either, starts like a formula, and Unneutralize gives
// the cell back.
func TestNeutralizeAfterASeparator(t *testing.T) {
	tests := []struct{ in, want string }{
		{"x;=cmd|' /C calc'!A0;", "x;'=cmd|' /C calc'!A0;"},
		{"a,=1+1", "a,'=1+1"},
		{"=1;+2,-3;@4", "'=1;'+2,'-3;'@4"},
		{"a;\tb", "a;'\tb"},
		{"a;'=b", "a;''=b"},
		{"a;'b", "a;'b"},
		{"a; =b", "a; =b"},
		{"Northwind Traders, Inc.", "Northwind Traders, Inc."},
		{"a;b;c", "a;b;c"},
		{";", ";"},
		{";'", ";'"},
		{"a;", "a;"},
	}
	for _, tt := range tests {
		got := audit.Neutralize(tt.in)
		if got != tt.want {
			t.Errorf("Neutralize(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if back := audit.Unneutralize(got); back != tt.in {
			t.Errorf("Unneutralize(%q) = %q, want %q", got, back, tt.in)
		}
		for _, piece := range strings.FieldsFunc(got, func(r rune) bool { return r == ';' || r == ',' }) {
			if strings.IndexByte("=+-@\t\r", piece[0]) >= 0 {
				t.Errorf("Neutralize(%q) = %q: the piece %q starts like a formula", tt.in, got, piece)
			}
		}
	}
}

// Unneutralize drops only an apostrophe Neutralize could have put after a
// separator: a note typed "a;'b" or "it's" stays.
func TestUnneutralizeAfterASeparator(t *testing.T) {
	for in, want := range map[string]string{
		"a;'=b": "a;=b", "a,'+b": "a,+b", "a;''": "a;'", "a;'b": "a;'b", "a;'": "a;'",
		"x'=": "x'=", "'=a;'=b": "=a;=b", "a;''=b": "a;'=b",
	} {
		if got := audit.Unneutralize(in); got != want {
			t.Errorf("Unneutralize(%q) = %q, want %q", in, got, want)
		}
	}
}

// Excel in Japanese, Chinese or Korean takes the full-width forms of the
// formula characters (＝, ＋, －, ＠, which an input method types) as the
// ASCII ones, and a cell that starts with one as a formula: a display
// name "＝HYPERLINK(…)" is as much one as "=HYPERLINK(…)". They get the
// apostrophe too, at the start and after a separator, and Unneutralize
// gives the cell back exactly.
func TestNeutralizeFullWidth(t *testing.T) {
	tests := []struct{ in, want string }{
		{"＝HYPERLINK(\"http://evil\")", "'＝HYPERLINK(\"http://evil\")"},
		{"＋1", "'＋1"},
		{"－1", "'－1"},
		{"＠SUM(1)", "'＠SUM(1)"},
		{"x;＝1", "x;'＝1"},
		{"'＝1", "''＝1"},
		{"a＝1", "a＝1"},
		{"（1）", "（1）"}, // other full-width forms are text
	}
	for _, tt := range tests {
		got := audit.Neutralize(tt.in)
		if got != tt.want {
			t.Errorf("Neutralize(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if back := audit.Unneutralize(got); back != tt.in {
			t.Errorf("Unneutralize(%q) = %q, want %q", got, back, tt.in)
		}
	}
	for in, want := range map[string]string{"'＝1": "＝1", "x;'＠1": "x;＠1", "'（1）": "'（1）"} {
		if got := audit.Unneutralize(in); got != want {
			t.Errorf("Unneutralize(%q) = %q, want %q", in, got, want)
		}
	}
}
