package audit_test

import (
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
