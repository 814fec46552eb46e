package audit_test

import (
	"encoding/csv"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// asOf is the audit date of every test in this package.
var asOf = audit.NewDate(2026, 11, 25)

const ledgerFile = "ws/ledger.csv"

// stdHeader is the header of a ledger the tool creates.
const stdHeader = "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports"

// stdHeader2 is stdHeader separated by sep.
func stdHeader2(sep string) string { return strings.ReplaceAll(stdHeader, ",", sep) }

func account(network, relation, id, name string) audit.Account {
	return audit.Account{Network: network, Relation: relation, ID: id, Name: name}
}

func withEmail(a audit.Account, email string) audit.Account { a.Email = email; return a }

// pid is the person id the tool gives a new person whose first account is key.
func pid(key string) string { return audit.NewPersonID(key, nil) }

func readLedger(t *testing.T, text string) *audit.Ledger {
	t.Helper()
	l, err := audit.ReadLedger(strings.NewReader(text), ledgerFile, asOf)
	if err != nil {
		t.Fatalf("ReadLedger: %v", err)
	}
	return l
}

func writeLedger(t *testing.T, l *audit.Ledger) string {
	t.Helper()
	var b strings.Builder
	if err := audit.WriteLedger(&b, l); err != nil {
		t.Fatalf("WriteLedger: %v", err)
	}
	return b.String()
}

// run does with a ledger what the audit command does: read it (or start a
// new one when text is ""), merge the exports with the ledger's grouping,
// update the ledger and write it.
func run(t *testing.T, text string, accounts []audit.Account) (string, *audit.Ledger, []*audit.Person) {
	t.Helper()
	l := audit.NewLedger()
	if text != "" {
		l = readLedger(t, text)
	}
	people := audit.Merge(slices.Clone(accounts), l.Known())
	l.Update(people)
	return writeLedger(t, l), l, people
}

func colIndex(t *testing.T, l *audit.Ledger, col string) int {
	t.Helper()
	i := slices.Index(l.Header, col)
	if i < 0 {
		t.Fatalf("no column %q in %q", col, l.Header)
	}
	return i
}

func cellOf(t *testing.T, l *audit.Ledger, r *audit.LedgerRow, col string) string {
	t.Helper()
	i := colIndex(t, l, col)
	cells := l.CellsOf(r)
	if i >= len(cells) {
		return ""
	}
	return cells[i]
}

// rowNamed returns the row whose name cell is name.
func rowNamed(t *testing.T, l *audit.Ledger, name string) *audit.LedgerRow {
	t.Helper()
	for _, r := range l.Rows() {
		if l.Name(r) == name {
			return r
		}
	}
	t.Fatalf("no ledger row named %q", name)
	return nil
}

// lines joins lines with "\n" and ends the last one, as WriteLedger does.
func lines(ls ...string) string { return strings.Join(ls, "\n") + "\n" }

func diffLines(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	var b strings.Builder
	for i := 0; i < max(len(g), len(w)); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			fmt.Fprintf(&b, "line %d:\n   got %q\n  want %q\n", i+1, gl, wl)
		}
	}
	return b.String()
}

func TestLedgerRoundTrip(t *testing.T) {
	accounts := []audit.Account{
		withEmail(account(audit.Facebook, audit.Friend, "ada.1", "Ada Lovelace"), "ada@example.org"),
		withEmail(account(audit.LinkedIn, audit.Connection, "ada-l", "Ada L."), "ada@example.org"),
		account(audit.Twitter, audit.Following, "1001", `=HYPERLINK("http://evil.example","click")`),
		account(audit.Twitter, audit.Following, "1002", "@jack"),
		account(audit.Twitter, audit.Following, "1003", "-minus"),
		account(audit.Instagram, audit.Following, "plus", "+33 6 12 34 56 78"),
		account(audit.YouTube, audit.Subscription, "UCtab", "\tTab Channel"),
		account(audit.Mastodon, audit.Following, "cr@example.social", "\rCR"),
		account(audit.Twitter, audit.Follower, "1005", "Only Follower"),
	}
	first, l, _ := run(t, "", accounts)
	if len(l.Rows()) != 7 {
		t.Fatalf("first run: %d rows, want 7 (one per followed person)\n%s", len(l.Rows()), first)
	}

	// Every cell a spreadsheet would run as a formula is neutralised.
	recs, err := csv.NewReader(strings.NewReader(first)).ReadAll()
	if err != nil {
		t.Fatalf("ledger written is not CSV: %v", err)
	}
	var names []string
	for _, rec := range recs {
		for _, c := range rec {
			if c != "" && strings.IndexByte("=+-@\t\r", c[0]) >= 0 {
				t.Errorf("cell %q written as a formula", c)
			}
		}
		names = append(names, rec[1])
	}
	for _, want := range []string{`'=HYPERLINK("http://evil.example","click")`, "'@jack", "'-minus",
		"'+33 6 12 34 56 78", "'\tTab Channel", "'\rCR"} {
		if !slices.Contains(names, want) {
			t.Errorf("name cell %q not in the ledger written; names: %q", want, names)
		}
	}

	// Read back: the same cells; written again: the same bytes.
	l2 := readLedger(t, first)
	if !slices.Equal(l2.Header, l.Header) {
		t.Errorf("header read back %q, want %q", l2.Header, l.Header)
	}
	if len(l2.Rows()) != len(l.Rows()) {
		t.Fatalf("%d rows read back, want %d", len(l2.Rows()), len(l.Rows()))
	}
	for i := range l.Rows() {
		if !slices.Equal(l2.CellsOf(l2.Rows()[i]), l.CellsOf(l.Rows()[i])) {
			t.Errorf("row %d read back %q, want %q", i, l2.CellsOf(l2.Rows()[i]), l.CellsOf(l.Rows()[i]))
		}
	}
	if second := writeLedger(t, l2); second != first {
		t.Fatalf("ledger written again differs:\n%s", diffLines(second, first))
	}

	// The person annotates, with cells that look like formulas and a note
	// in apostrophes of their own.
	edits := []struct{ name, col, value string }{
		{"Ada Lovelace", audit.ColNote, "'quoted'"},
		{"Ada Lovelace", audit.ColRelationship, "friend"},
		{"Ada Lovelace", audit.ColLastMet, "2026-03-02"},
		{"Ada Lovelace", audit.ColInspiring, "x"},
		{"@jack", audit.ColNote, "=1+1"},
		{"@jack", audit.ColRelationship, "-"},
		{"@jack", audit.ColSupplier, "Yes"},
		{"-minus", audit.ColNote, "@home"},
		{"-minus", audit.ColToxic, " TRUE "},
		{"+33 6 12 34 56 78", audit.ColNote, "'=not a formula, says the person"},
		{"\tTab Channel", audit.ColNote, "\tindented\nsecond line"},
		{"\rCR", audit.ColNote, "''"},
	}
	for _, e := range edits {
		audit.SetCell(l2, rowNamed(t, l2, e.name), e.col, e.value)
	}
	third := writeLedger(t, l2)
	l3 := readLedger(t, third)
	for _, e := range edits {
		if got := cellOf(t, l3, rowNamed(t, l3, e.name), e.col); got != e.value {
			t.Errorf("%s's %s read back %q, want %q", e.name, e.col, got, e.value)
		}
	}
	if fourth := writeLedger(t, l3); fourth != third {
		t.Fatalf("annotated ledger written again differs:\n%s", diffLines(fourth, third))
	}
	ada := rowNamed(t, l3, "Ada Lovelace").Notes()
	if ada.Note != "'quoted'" || !ada.Inspiring || ada.Relationship != "friend" || ada.LastMet.First != audit.NewDate(2026, 3, 2) {
		t.Errorf("Ada's annotations read back as %+v", ada)
	}
	if n := rowNamed(t, l3, "-minus").Notes(); !n.Toxic || n.Note != "@home" {
		t.Errorf("-minus's annotations read back as %+v", n)
	}

	// A second run on the same exports leaves the file byte-identical.
	if again, _, _ := run(t, third, accounts); again != third {
		t.Fatalf("a second run on the same exports changed the ledger:\n%s", diffLines(again, third))
	}
}

// Every cell the person wrote is written back byte for byte, apostrophes
// included: a note that starts with one ('til Friday, a lone apostrophe,
// two) was written back with another in front, and two read as one. The only
// cell changed is one started like a formula, which gets the apostrophe
// every such cell gets, its value unchanged.
func TestLedgerKeepsCellsAsWritten(t *testing.T) {
	in := lines(
		stdHeader,
		`p1,Ada Lovelace,twitter:1001,,,,,,','til Friday: call back,yes`,
		`p2,'@jack,twitter:1002,,,,,,'',''quoted',yes`,
		`p3,Bob,twitter:1003,,,,,,'-',''=1,yes`,
		`p4,Eve,twitter:1004,,,,,,,=SUM(A1),yes`,
	)
	l := readLedger(t, in)
	want := map[string][2]string{ // relationship, note: the values read
		"Ada Lovelace": {"'", "'til Friday: call back"},
		"@jack":        {"'", "'quoted'"},
		"Bob":          {"-'", "'=1"}, // an apostrophe before a formula start is the tool's escape
		"Eve":          {"", "=SUM(A1)"},
	}
	for name, w := range want {
		r := rowNamed(t, l, name)
		if got := [2]string{cellOf(t, l, r, audit.ColRelationship), cellOf(t, l, r, audit.ColNote)}; got != w {
			t.Errorf("%s: relationship and note read as %q, want %q", name, got, w)
		}
	}
	out := writeLedger(t, l)
	if wantOut := strings.Replace(in, ",=SUM(A1),", ",'=SUM(A1),", 1); out != wantOut {
		t.Fatalf("ledger written back differs:\n%s", diffLines(out, wantOut))
	}
	// A cell the tool sets is neutralised as a value; the others of its
	// row stay as they were.
	audit.SetCell(l, rowNamed(t, l, "Bob"), audit.ColRelationship, "''")
	again := writeLedger(t, l)
	if line := strings.Split(again, "\n")[3]; line != `p3,Bob,twitter:1003,,,,,,''',''=1,yes` {
		t.Errorf("Bob's row written as %q", line)
	}
	l2 := readLedger(t, again)
	if got := cellOf(t, l2, rowNamed(t, l2, "Bob"), audit.ColRelationship); got != "''" {
		t.Errorf("Bob's relationship read back as %q, want %q", got, "''")
	}
}

// A row of spaces alone is the person's cells, not a blank line: it is
// kept, and written back as it was (encoding/csv quotes a cell starting
// with a space), through a run too; two such rows are no person_id given
// twice. Only a line of empty cells is blank, and dropped: it has nothing
// to lose.
func TestLedgerKeepsRowsOfSpaces(t *testing.T) {
	spaces := slices.Repeat([]string{" "}, 11)
	recs := [][]string{
		strings.Split(stdHeader, ","),
		{"   ", "  ", ""},
		{"p1", "Ada", "twitter:1", "", "", "", "", "", "", "", "yes"},
		spaces,
		{"   ", "  ", ""},
		{" "},
		{"", "", ""},
	}
	in := render(recs, csvStyle{crlf: true})
	l := readLedger(t, in)
	want := strings.ReplaceAll(lines(
		stdHeader,
		`"   ","  ",,,,,,,,,`,
		`p1,Ada,twitter:1,,,,,,,,yes`,
		`" "," "," "," "," "," "," "," "," "," "," "`,
		`"   ","  ",,,,,,,,,`,
		`" ",,,,,,,,,,`,
	), "\n", "\r\n")
	if got := writeLedger(t, l); got != want {
		t.Fatalf("written back:\n%s", diffLines(got, want))
	}
	got, _, _ := run(t, in, []audit.Account{account(audit.Twitter, audit.Following, "1", "Ada Lovelace")})
	// The tool's in_exports says no on rows of no one followed, as on
	// any row (the one cell of theirs the tool writes); every other cell
	// is as it was.
	want = strings.ReplaceAll(strings.ReplaceAll(want, `," "`+"\r\n", ",\r\n"), ",\r\n", ",no\r\n")
	if got != want {
		t.Errorf("written after a run:\n%s", diffLines(got, want))
	}
}

// A note typed by the person as 'quoted' (with their own apostrophes, not
// added by the tool) is kept as it is.
func TestReadLedgerKeepsApostrophesTyped(t *testing.T) {
	l := readLedger(t, lines(stdHeader, "p1,Ada,facebook:ada.1,,,,,,,'quoted',yes", "p2,Bo,twitter:2,,,,,,,'a,yes"))
	if got := l.Row("p1").Notes().Note; got != "'quoted'" {
		t.Errorf("note 'quoted' read as %q", got)
	}
	if got := l.Row("p2").Notes().Note; got != "'a" {
		t.Errorf("note 'a read as %q", got)
	}
	out := writeLedger(t, l)
	l2 := readLedger(t, out)
	if got := l2.Row("p1").Notes().Note; got != "'quoted'" {
		t.Errorf("note 'quoted' after a round trip: %q", got)
	}
	if again := writeLedger(t, l2); again != out {
		t.Errorf("not stable:\n%s", diffLines(again, out))
	}
}

// Columns the person adds are kept in place, in their order, with their
// cells, including when the exports bring a new person.
func TestLedgerKeepsPersonColumns(t *testing.T) {
	accounts := []audit.Account{
		account(audit.Facebook, audit.Friend, "ada.1", "Ada Lovelace"),
		account(audit.Twitter, audit.Following, "2", "Bob Stone"),
		account(audit.Twitter, audit.Following, "9", "Aaron Abel"), // new
	}
	aaron := pid("twitter:9")
	tests := []struct {
		name, in, want string
	}{{
		name: "columns between and after",
		in: lines(
			"person_id,name,phone,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports,called on",
			"p1,Ada Lovelace,'+33 6 12 34 56 78,facebook:ada.1,2026-03-02,,,,,friend,,yes,2026-11-01",
			"p2,Bob Stone,,twitter:2,,,,,,,,yes",
		),
		want: lines(
			"person_id,name,phone,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports,called on",
			"p1,Ada Lovelace,'+33 6 12 34 56 78,facebook:ada.1,2026-03-02,,,,,friend,,yes,2026-11-01",
			"p2,Bob Stone,,twitter:2,,,,,,,,yes,",
			aaron+",Aaron Abel,,twitter:9,,,,,,,,yes,",
		),
	}, {
		name: "semicolons, no in_exports column yet",
		in: "\uFEFF" + strings.ReplaceAll(lines(
			"person_id;Score;name;accounts;last_met;inspiring;supplier;toxic;unsure;relationship;note;called on",
			"p1;3,5;Ada Lovelace;facebook:ada.1;2026-03;;;;;;;lundi",
			"p2;;Bob Stone;twitter:2",
		), "\n", "\r\n"),
		// Written back as it was saved: semicolons, CRLF, the mark.
		want: "\uFEFF" + strings.ReplaceAll(lines(
			"person_id;Score;name;accounts;last_met;inspiring;supplier;toxic;unsure;relationship;note;called on;in_exports",
			"p1;3,5;Ada Lovelace;facebook:ada.1;2026-03;;;;;;;lundi;yes",
			"p2;;Bob Stone;twitter:2;;;;;;;;;yes",
			aaron+";;Aaron Abel;twitter:9;;;;;;;;;yes",
		), "\n", "\r\n"),
	}, {
		// French Excel quotes a column name with a comma; the file is
		// still separated by semicolons.
		name: "semicolons, a column name with a comma",
		in: strings.ReplaceAll(lines(
			stdHeader2(";")+";\"Remarques, divers\"",
			"p1;Ada Lovelace;facebook:ada.1;;;;;;;;yes;rien",
			"p2;Bob Stone;twitter:2;;;;;;;;yes",
		), "\n", "\r\n"),
		want: strings.ReplaceAll(lines(
			stdHeader2(";")+";Remarques, divers",
			"p1;Ada Lovelace;facebook:ada.1;;;;;;;;yes;rien",
			"p2;Bob Stone;twitter:2;;;;;;;;yes;",
			aaron+";Aaron Abel;twitter:9;;;;;;;;yes;",
		), "\n", "\r\n"),
	}, {
		// A column name is the person's cell like any other: two
		// apostrophes stay two (read as one, and written back as the
		// value, one was lost), and one started like a formula gets the
		// apostrophe every such cell gets.
		name: "column names begun with apostrophes",
		in: lines(
			stdHeader+",''sic,'til,-score",
			"p1,Ada Lovelace,facebook:ada.1,,,,,,,,yes,a,b,c",
			"p2,Bob Stone,twitter:2,,,,,,,,yes",
		),
		want: lines(
			stdHeader+",''sic,'til,'-score",
			"p1,Ada Lovelace,facebook:ada.1,,,,,,,,yes,a,b,c",
			"p2,Bob Stone,twitter:2,,,,,,,,yes,,,",
			aaron+",Aaron Abel,twitter:9,,,,,,,,yes,,,",
		),
	}, {
		name: "column names begun with apostrophes, semicolons",
		in: strings.ReplaceAll(lines(
			"''sic;person_id;name;accounts;last_met;inspiring;supplier;toxic;unsure;relationship;note",
			"a;p1;Ada Lovelace;facebook:ada.1;;;;;;;",
			";p2;Bob Stone;twitter:2",
		), "\n", "\r\n"),
		want: strings.ReplaceAll(lines(
			"''sic;person_id;name;accounts;last_met;inspiring;supplier;toxic;unsure;relationship;note;in_exports",
			"a;p1;Ada Lovelace;facebook:ada.1;;;;;;;;yes",
			";p2;Bob Stone;twitter:2;;;;;;;;yes",
			";"+aaron+";Aaron Abel;twitter:9;;;;;;;;yes",
		), "\n", "\r\n"),
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, _ := run(t, tt.in, accounts)
			if got != tt.want {
				t.Fatalf("ledger after a run:\n%s", diffLines(got, tt.want))
			}
			if again, _, _ := run(t, got, accounts); again != got {
				t.Fatalf("second run changed the ledger:\n%s", diffLines(again, got))
			}
		})
	}
}
