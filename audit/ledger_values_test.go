package audit_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

func TestReadLedgerDates(t *testing.T) {
	tests := []struct {
		in          string
		first, last audit.Date
	}{
		{"", 0, 0},
		{"2026-11-25", asOf, asOf}, // the audit day itself
		{"2026-11", audit.NewDate(2026, 11, 1), audit.NewDate(2026, 11, 30)}, // a month that has begun
		{"2026", audit.NewDate(2026, 1, 1), audit.NewDate(2026, 12, 31)},     // a year that has begun
		{" 2024-02 ", audit.NewDate(2024, 2, 1), audit.NewDate(2024, 2, 29)},
		// Year first, as typed without the zeros, or saved by a
		// spreadsheet as a date-time: the cell stays as it was.
		{"2026-6-5", audit.NewDate(2026, 6, 5), audit.NewDate(2026, 6, 5)},
		{"2026-06-1", audit.NewDate(2026, 6, 1), audit.NewDate(2026, 6, 1)},
		{"2026-6", audit.NewDate(2026, 6, 1), audit.NewDate(2026, 6, 30)},
		{"2024-2", audit.NewDate(2024, 2, 1), audit.NewDate(2024, 2, 29)},
		{"2026-06-01 00:00:00", audit.NewDate(2026, 6, 1), audit.NewDate(2026, 6, 1)},
		{"2026-06-01 00:00", audit.NewDate(2026, 6, 1), audit.NewDate(2026, 6, 1)},
		{"2026-06-01T00:00:00", audit.NewDate(2026, 6, 1), audit.NewDate(2026, 6, 1)},
		{"2026-11-25 18:45:00", asOf, asOf}, // the audit day, any time of it
		// Year first with slashes or dots, as typed or as a spreadsheet
		// in a region writing dates so saves them.
		{"2026/3/2", audit.NewDate(2026, 3, 2), audit.NewDate(2026, 3, 2)},
		{"2026/03/02", audit.NewDate(2026, 3, 2), audit.NewDate(2026, 3, 2)},
		{"2026.03.02", audit.NewDate(2026, 3, 2), audit.NewDate(2026, 3, 2)},
		{"2026/3", audit.NewDate(2026, 3, 1), audit.NewDate(2026, 3, 31)},
		{"2026/3/2 0:00", audit.NewDate(2026, 3, 2), audit.NewDate(2026, 3, 2)},
		// A month by its name or number then the year in four digits, a
		// day with its month's name, as typed following the method in
		// French, German... or saved by Numbers in the US.
		{"mars 2026", audit.NewDate(2026, 3, 1), audit.NewDate(2026, 3, 31)},
		{"March 2026", audit.NewDate(2026, 3, 1), audit.NewDate(2026, 3, 31)},
		{"Févr. 2026", audit.NewDate(2026, 2, 1), audit.NewDate(2026, 2, 28)},
		{"März 2026", audit.NewDate(2026, 3, 1), audit.NewDate(2026, 3, 31)},
		{"maart 2026", audit.NewDate(2026, 3, 1), audit.NewDate(2026, 3, 31)},
		{"marzo de 2026", audit.NewDate(2026, 3, 1), audit.NewDate(2026, 3, 31)},
		{"03/2026", audit.NewDate(2026, 3, 1), audit.NewDate(2026, 3, 31)},
		{"3.2026", audit.NewDate(2026, 3, 1), audit.NewDate(2026, 3, 31)},
		{"2 mars 2026", audit.NewDate(2026, 3, 2), audit.NewDate(2026, 3, 2)},
		{"2. März 2026", audit.NewDate(2026, 3, 2), audit.NewDate(2026, 3, 2)},
		{"November 25 2026", asOf, asOf},
		// After its weekday, as a word processor or a calendar writes it.
		{"lundi 2 mars 2026", audit.NewDate(2026, 3, 2), audit.NewDate(2026, 3, 2)},
		{"Monday, March 2, 2026", audit.NewDate(2026, 3, 2), audit.NewDate(2026, 3, 2)},
		{"Mon 2 Mar 2026", audit.NewDate(2026, 3, 2), audit.NewDate(2026, 3, 2)},
		{"Montag, 2. März 2026", audit.NewDate(2026, 3, 2), audit.NewDate(2026, 3, 2)},
		{"segunda-feira, 2 de março de 2026", audit.NewDate(2026, 3, 2), audit.NewDate(2026, 3, 2)},
		{"mar 3 mars 2026", audit.NewDate(2026, 3, 3), audit.NewDate(2026, 3, 3)},
		{"1er mars 2026", audit.NewDate(2026, 3, 1), audit.NewDate(2026, 3, 1)},
		{"2\u00a0mars\u00a02026", audit.NewDate(2026, 3, 2), audit.NewDate(2026, 3, 2)},
		// A month's name a spreadsheet misread (UTF-8 read as
		// Windows-1252) is read as it was written, as keys are.
		{"MÃ¤rz 2026", audit.NewDate(2026, 3, 1), audit.NewDate(2026, 3, 31)},
		{"2 fÃ©vr. 2026", audit.NewDate(2026, 2, 2), audit.NewDate(2026, 2, 2)},
	}
	for _, tt := range tests {
		in := tt.in
		if strings.Contains(in, ",") { // Monday, March 2, 2026: quoted
			in = `"` + in + `"`
		}
		l, err := audit.ReadLedger(strings.NewReader(lines(stdHeader, "p1,Ada,facebook:ada.1,"+in+",,,,,,,yes")), ledgerFile, asOf)
		if err != nil {
			t.Errorf("last_met %q refused: %v", tt.in, err)
			continue
		}
		if got := l.Row("p1").Notes().LastMet; got.First != tt.first || got.Last != tt.last {
			t.Errorf("last_met %q read as %s..%s, want %s..%s", tt.in, got.First, got.Last, tt.first, tt.last)
		}
		if got := cellOf(t, l, l.Row("p1"), audit.ColLastMet); got != tt.in {
			t.Errorf("last_met cell %q became %q", tt.in, got)
		}
	}
}

// A last_met cell year first, typed without the zeros or with slashes or
// dots, or saved by a spreadsheet as a date-time, is read and written
// back as it was, byte for byte: the tool never rewrites the person's
// cells into its own form.
func TestLedgerKeepsDatesAsWritten(t *testing.T) {
	accounts := []audit.Account{
		account(audit.Twitter, audit.Following, "1", "Ada"),
		account(audit.Twitter, audit.Following, "2", "Bob"),
		account(audit.Twitter, audit.Following, "3", "Cy"),
		account(audit.Twitter, audit.Following, "4", "Di"),
		account(audit.Twitter, audit.Following, "5", "Ed"),
		account(audit.Twitter, audit.Following, "6", "Flo"),
		account(audit.Twitter, audit.Following, "7", "Gus"),
		account(audit.Twitter, audit.Following, "8", "Hal"),
		account(audit.Twitter, audit.Following, "9", "Ida"),
		account(audit.Twitter, audit.Following, "10", "Jo"),
		account(audit.Twitter, audit.Following, "11", "Kim"),
	}
	in := lines(
		stdHeader,
		"p1,Ada,twitter:1,2026-6-5,,,,,friend,,yes",
		"p2,Bob,twitter:2,2026-06-1,,,,,,,yes",
		"p3,Cy,twitter:3,2026-6,,,,,,,yes",
		"p4,Di,twitter:4,2026-06-01 00:00:00,,,,,,,yes",
		"p5,Ed,twitter:5,2026-06-01 14:30,,,,,,,yes",
		`p6,Flo,twitter:6," 2026-06-01T00:00:00 ",,,,,,,yes`,
		"p7,Gus,twitter:7,2026/6/1,,,,,,,yes",
		"p8,Hal,twitter:8,2026/06/01,,,,,,,yes",
		"p9,Ida,twitter:9,2026.06.01,,,,,,,yes",
		"p10,Jo,twitter:10,2026/6,,,,,,,yes",
		"p11,Kim,twitter:11,2026/6/1 0:00,,,,,,,yes",
	)
	l := readLedger(t, in)
	if got := writeLedger(t, l); got != in {
		t.Fatalf("ledger written back differs:\n%s", diffLines(got, in))
	}
	out, l, _ := run(t, in, accounts)
	if out != in {
		t.Fatalf("an audit changed the ledger:\n%s", diffLines(out, in))
	}
	for _, r := range l.Rows() {
		want := audit.NewDate(2026, 6, 1)
		if l.Name(r) == "Ada" {
			want = audit.NewDate(2026, 6, 5)
		}
		if got := r.Notes().LastMet.First; got != want {
			t.Errorf("%s's last_met %q read as %s, want %s", l.Name(r), cellOf(t, l, r, audit.ColLastMet), got, want)
		}
	}
}

func TestParseBool(t *testing.T) {
	tests := []struct {
		in     string
		want   bool
		wantOK bool
	}{
		{"yes", true, true}, {"no", false, true},
		{"y", true, true}, {"n", false, true},
		{"true", true, true}, {"false", false, true},
		{"1", true, true}, {"0", false, true},
		{"x", true, true}, {"X", true, true},
		{"", false, true}, {"   ", false, true},
		{"YES", true, true}, {"No", false, true}, {"Y", true, true}, {"N", false, true},
		{"TRUE", true, true}, {"False", false, true},
		{" yes ", true, true}, {"\tno\t", false, true},
		// A spreadsheet's booleans and people's yes and no in the
		// languages of the method's readers.
		{"oui", true, true}, {"Non", false, true}, {"VRAI", true, true}, {"FAUX", false, true},
		{"WAHR", true, true}, {"FALSCH", false, true}, {"ja", true, true}, {"nein", false, true},
		{"VERDADERO", true, true}, {"FALSO", false, true}, {"Sí", true, true}, {"sì", true, true},
		{"WAAR", true, true}, {"ONWAAR", false, true}, {"NÃO", false, true}, {"sim", true, true},
		// Their accents typed as a letter then its combining mark (NFD),
		// as some Mac keyboards and pastes from Finder give them: they
		// look the same, and read the same.
		{"s\u0301i", false, false}, {"si\u0301", true, true}, {"SI\u0300", true, true}, {"na\u0303o", false, true},
		{"maybe", false, false}, {"peut-être", false, false}, {"2", false, false}, {"yes!", false, false},
		{"ye s", false, false}, {"-", false, false}, {"✓", false, false},
	}
	for _, tt := range tests {
		got, ok := audit.ParseBool(tt.in)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("ParseBool(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.wantOK)
		}
		// The same value in each yes/no column of a ledger.
		for _, col := range []string{audit.ColInspiring, audit.ColSupplier, audit.ColToxic, audit.ColUnsure} {
			cells := strings.Split("p1,Ada,facebook:ada.1,,,,,,,,yes", ",")
			cells[slices.Index(strings.Split(stdHeader, ","), col)] = tt.in
			in := render([][]string{strings.Split(stdHeader, ","), cells}, csvStyle{})
			l, err := audit.ReadLedger(strings.NewReader(in), ledgerFile, asOf)
			if !tt.wantOK {
				if err == nil {
					t.Errorf("%s %q accepted", col, tt.in)
				}
				continue
			}
			if err != nil {
				t.Errorf("%s %q refused: %v", col, tt.in, err)
				continue
			}
			n := l.Row("p1").Notes()
			got := map[string]bool{audit.ColInspiring: n.Inspiring, audit.ColSupplier: n.Supplier,
				audit.ColToxic: n.Toxic, audit.ColUnsure: n.Unsure}
			for c, v := range got {
				if want := c == col && tt.want; v != want {
					t.Errorf("%s %q: %s read as %v", col, tt.in, c, v)
				}
			}
		}
	}
}

// A yes/no cell answered "no" is something the person wrote: the row is
// reviewed, still unfollowed as unknown, and the reason says the ledger
// said no. A blank row is not reviewed.
func TestLedgerNoIsReviewed(t *testing.T) {
	l := readLedger(t, lines(stdHeader,
		"p1,Ada,twitter:1001,,no,N,false,0,,,yes",
		"p2,Bob,twitter:1002,,,,,,,,yes"))
	rules := audit.Rules{AsOf: audit.NewDate(2026, 11, 25), Window: audit.DefaultWindow, Policy: audit.DefaultPolicy()}
	ada, bob := *rowNamed(t, l, "Ada").Notes(), *rowNamed(t, l, "Bob").Notes()
	if !ada.Reviewed() || bob.Reviewed() {
		t.Fatalf("reviewed: Ada %v, Bob %v; want true, false", ada.Reviewed(), bob.Reviewed())
	}
	if d := rules.Decide(audit.Twitter, &ada); d.Keep || d.Rule != audit.RuleUnknown || !strings.Contains(d.Reason, "as the ledger says") {
		t.Errorf("Ada: %+v", d)
	}
	if d := rules.Decide(audit.Twitter, &bob); !strings.Contains(d.Reason, "nothing known") {
		t.Errorf("Bob: %+v", d)
	}
}

// Ledger.At names a line as the person finds it in a spreadsheet, for the
// run's notes about rows (a hand-added key in none of the exports).
func TestLedgerAt(t *testing.T) {
	in := stdHeader + "\n" + "p1,Ada,facebook:ada.1,,,,,,,\"two\nlines\",yes\n" + "p2,Bob,twitter:2,,,,,,,,yes\n"
	l, err := audit.ReadLedger(strings.NewReader(in), ledgerFile, asOf)
	if err != nil {
		t.Fatal(err)
	}
	for line, want := range map[int]string{2: "line 2", 4: "line 4 (row 3 in a spreadsheet)"} {
		if got := l.At(line); got != want {
			t.Errorf("At(%d) = %q, want %q", line, got, want)
		}
	}
	if got := audit.NewLedger().At(7); got != "line 7" {
		t.Errorf("a new ledger's At(7) = %q, want line 7", got)
	}
}
