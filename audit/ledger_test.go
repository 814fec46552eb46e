package audit_test

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"reflect"
	"runtime"
	"slices"
	"strconv"
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
	ada := rowNamed(t, l3, "Ada Lovelace").Notes
	if ada.Note != "'quoted'" || !ada.Inspiring || ada.Relationship != "friend" || ada.LastMet.First != audit.NewDate(2026, 3, 2) {
		t.Errorf("Ada's annotations read back as %+v", ada)
	}
	if n := rowNamed(t, l3, "-minus").Notes; !n.Toxic || n.Note != "@home" {
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
			n := p1.Notes
			if n.LastMet.First != audit.NewDate(2026, 3, 2) || !n.Inspiring || n.Supplier || n.Toxic || n.Unsure ||
				n.Relationship != "friend" || n.Note != "met at PyCon, Lyon" {
				t.Errorf("p1 annotations %+v", n)
			}
			if !slices.Equal(p1.Accounts, []string{"facebook:ada.1", "linkedin:ada-l"}) {
				t.Errorf("p1 accounts %q", p1.Accounts)
			}
			if p2 := l.Row("p2"); p2 == nil || !p2.Notes.Supplier || p2.Notes.Note != "=1+1" || l.Name(p2) != "@jack" {
				t.Errorf("p2 not read back: %+v", p2)
			}
			if p3 := l.Row("p3"); p3 == nil || !p3.Notes.Toxic || p3.Notes.Note != "'quoted'" ||
				p3.Notes.LastMet.First != audit.NewDate(2019, 1, 1) || p3.Notes.LastMet.Last != audit.NewDate(2019, 12, 31) {
				t.Errorf("p3 not read back: %+v", p3)
			}
			if p4 := l.Row("p4"); p4 == nil || l.Name(p4) != `Bob "the builder"` || audit.CellCount(p4) != len(l.Header) {
				t.Errorf("p4 not read back: %+v", p4)
			}
		})
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
	if got := l.Row("p1").Notes.Note; got != "'quoted'" {
		t.Errorf("note 'quoted' read as %q", got)
	}
	if got := l.Row("p2").Notes.Note; got != "'a" {
		t.Errorf("note 'a read as %q", got)
	}
	out := writeLedger(t, l)
	l2 := readLedger(t, out)
	if got := l2.Row("p1").Notes.Note; got != "'quoted'" {
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

func TestReadLedgerErrors(t *testing.T) {
	header := stdHeader + "\n"
	ok := "p1,Ada,facebook:ada.1,,,,,,,,yes\n"
	wantHeader := strings.Join(audit.LedgerColumns, ",")
	tests := []struct {
		name   string
		in     string
		line   int
		column string
		value  string
		msg    []string // the message also says these (what is accepted)
	}{
		{"unknown boolean", header + ok + "p2,Bob,twitter:2,,,,maybe,,,,yes\n", 3, "toxic", "maybe",
			[]string{"yes/no, y/n, true/false, 1/0, x"}},
		// Which of two note columns holds the notes? Neither is guessed.
		{"a column of the tool's twice", stdHeader + ",Note\n" + ok, 1, "12", "Note",
			[]string{"also column 10"}},
		// A line break inside a quoted column name: lines no longer split
		// as the file's rows.
		{"line break in a column name", stdHeader + ",\"my\ncolumn\"\n" + ok, 1, "12", "my\ncolumn",
			[]string{"line break"}},
		{"unknown boolean under a header typed in capitals", strings.ToUpper(header) + ok + "p2,Bob,twitter:2,,,,maybe,,,,yes\n", 3, "toxic", "maybe",
			[]string{"yes/no"}},
		{"unknown boolean in inspiring", header + ok + "p2,Bob,twitter:2,,peut-être,,,,,,yes\n", 3, "inspiring", "peut-être",
			[]string{"yes/no"}},
		{"day first date", header + ok + "p2,Bob,twitter:2,25/11/2026,,,,,,,yes\n", 3, "last_met", "25/11/2026",
			[]string{"YYYY-MM-DD, YYYY-MM or YYYY"}},
		// Excel shows a YYYY-MM-DD date (typed, or written by review) in
		// the region's form, and saves the CSV so: the message says so,
		// and how to get the ledger's form back for the whole column.
		{"date a spreadsheet saved, US", header + ok + "p2,Bob,twitter:2,3/2/2026,,,,,,,yes\n", 3, "last_met", "3/2/2026",
			[]string{"a spreadsheet", "yyyy-mm-dd", "Format Cells", "YYYY-MM-DD, YYYY-MM or YYYY"}},
		{"date a spreadsheet saved, German", header + ok + "p2,Bob,twitter:2,02.03.2026,,,,,,,yes\n", 3, "last_met", "02.03.2026",
			[]string{"a spreadsheet", "yyyy-mm-dd"}},
		// French and German Excel take their format codes in their own
		// letters (a French yyyy-mm-dd is no format): the message gives
		// them, for the regions the ledger's words are read in.
		{"date a French Excel saved", header + ok + "p2,Bob,twitter:2,15/03/2026,,,,,,,yes\n", 3, "last_met", "15/03/2026",
			[]string{"a spreadsheet", "yyyy-mm-dd", "aaaa-mm-jj", "JJJJ-MM-TT"}},
		{"month a spreadsheet saved", header + ok + "p2,Bob,twitter:2,Mar-26,,,,,,,yes\n", 3, "last_met", "Mar-26",
			[]string{"a spreadsheet", "yyyy-mm", "a month as Mar-26"}},
		// German Excel shortens März to Mrz.
		{"month a German Excel saved", header + ok + "p2,Bob,twitter:2,Mrz-26,,,,,,,yes\n", 3, "last_met", "Mrz-26",
			[]string{"a spreadsheet", "yyyy-mm", "JJJJ-MM-TT"}},
		{"day a spreadsheet saved with its month's name", header + ok + "p2,Bob,twitter:2,2-mars-26,,,,,,,yes\n", 3, "last_met", "2-mars-26",
			[]string{"a spreadsheet", "yyyy-mm-dd"}},
		// A long date after its weekday, as Numbers, Google Sheets or a
		// word processor writes it, is read (TestReadLedgerDates) where
		// the weekday is the day's; where it is not, which of the two was
		// meant cannot be told, and the message names both.
		{"long day after a weekday not its own", header + ok + "p2,Bob,twitter:2,\"Tuesday, March 2, 2026\",,,,,,,yes\n", 3, "last_met", "Tuesday, March 2, 2026",
			[]string{"names a day after a weekday that is not its own (the weekday does not match the date: Tuesday names a Tuesday, 2026-03-02 is a Monday): check the date, or write it without the weekday"}},
		{"day first after a weekday not its own", header + ok + "p2,Bob,twitter:2,mardi 2 mars 2026,,,,,,,yes\n", 3, "last_met", "mardi 2 mars 2026",
			[]string{"the weekday does not match the date: mardi names a Tuesday, 2026-03-02 is a Monday"}},
		{"German day after a weekday not its own", header + ok + "p2,Bob,twitter:2,\"Dienstag, 2. März 2026\",,,,,,,yes\n", 3, "last_met", "Dienstag, 2. März 2026",
			[]string{"Dienstag names a Tuesday, 2026-03-02 is a Monday"}},
		{"short day after a short weekday not its own", header + ok + "p2,Bob,twitter:2,\"Tue, Mar 2, 2026\",,,,,,,yes\n", 3, "last_met", "Tue, Mar 2, 2026",
			[]string{"Tue names a Tuesday, 2026-03-02 is a Monday"}},
		{"a weekday before a day a spreadsheet saved", header + ok + "p2,Bob,twitter:2,\"Monday, 2-Mar-26\",,,,,,,yes\n", 3, "last_met", "Monday, 2-Mar-26",
			[]string{"a spreadsheet", "yyyy-mm-dd"}},
		// Months whole in every language listed (Dutch maart is no
		// "mar..." short name), Spanish and Portuguese with "de", and
		// Austrian Jänner; a word that merely starts like a month (a
		// place met at) is no month, and a date in words no
		// spreadsheet's.
		{"long day after a Dutch weekday not its own", header + ok + "p2,Bob,twitter:2,dinsdag 2 maart 2026,,,,,,,yes\n", 3, "last_met", "dinsdag 2 maart 2026",
			[]string{"dinsdag names a Tuesday, 2026-03-02 is a Monday"}},
		{"long day after a Spanish weekday not its own", header + ok + "p2,Bob,twitter:2,\"lunes, 3 de marzo de 2026\",,,,,,,yes\n", 3, "last_met", "lunes, 3 de marzo de 2026",
			[]string{"lunes names a Monday, 2026-03-03 is a Tuesday"}},
		{"long day after a Portuguese weekday not its own", header + ok + "p2,Bob,twitter:2,\"terça-feira, 2 de março de 2026\",,,,,,,yes\n", 3, "last_met", "terça-feira, 2 de março de 2026",
			[]string{"terça-feira names a Tuesday, 2026-03-02 is a Monday"}},
		{"month an Austrian Excel saved", header + ok + "p2,Bob,twitter:2,Jän-26,,,,,,,yes\n", 3, "last_met", "Jän-26",
			[]string{"a spreadsheet", "yyyy-mm"}},
		// A month with its year in two digits is said what to write
		// instead, a day with its month's name too; neither is said to be
		// one where which number is the day cannot be told.
		{"month a spreadsheet saved, what to write", header + ok + "p2,Bob,twitter:2,mars-26,,,,,,,yes\n", 3, "last_met", "mars-26",
			[]string{"is a month as a spreadsheet shows it, its year in two digits", "write it year first, 2026-03, or", "March 2026, 03/2026"}},
		{"month's number and a year of two digits", header + ok + "p2,Bob,twitter:2,03/26,,,,,,,yes\n", 3, "last_met", "03/26",
			[]string{"is a month or a day without a year of four digits: write a month year first, 2026-03 (or 03/2026), a day 2026-03-02"}},
		{"month's number, a year of two digits, dashes", header + ok + "p2,Bob,twitter:2,3-26,,,,,,,yes\n", 3, "last_met", "3-26",
			[]string{"is a month or a day without a year of four digits"}},
		{"a day with its month's name after a weekday, the year in two digits, what to write", header + ok + "p2,Bob,twitter:2,\"lundi, 2 mars 26\",,,,,,,yes\n", 3, "last_met", "lundi, 2 mars 26",
			[]string{"write it year first (2026-03-02), or by its month's name with the year in four digits"}},
		{"a month that is none, by its number", header + ok + "p2,Bob,twitter:2,13/2026,,,,,,,yes\n", 3, "last_met", "13/2026",
			[]string{"is not a day of the calendar (a month is 1 to 12)"}},
		{"a day with its month's name that is none", header + ok + "p2,Bob,twitter:2,30 févr. 2026,,,,,,,yes\n", 3, "last_met", "30 févr. 2026",
			[]string{"is not a day of the calendar (2026-02 has days 1 to 28)"}},
		{"a place that starts like a month, not a date a spreadsheet saved", header + ok + "p2,Bob,twitter:2,Marseille 2025,,,,,,,yes\n", 3, "last_met", "Marseille 2025",
			[]string{"is not a date: write YYYY-MM-DD"}},
		{"a town that starts like a month, not a date a spreadsheet saved", header + ok + "p2,Bob,twitter:2,Gent 2025,,,,,,,yes\n", 3, "last_met", "Gent 2025",
			[]string{"is not a date: write YYYY-MM-DD"}},
		{"a date in words, not a date a spreadsheet saved", header + ok + "p2,Bob,twitter:2,early March 2026,,,,,,,yes\n", 3, "last_met", "early March 2026",
			[]string{"is not a date: write YYYY-MM-DD", "(March 2026, 03/2026), or leave it empty"}},
		{"a weekday before a month, not a date a spreadsheet saved", header + ok + "p2,Bob,twitter:2,\"Monday, March 2026\",,,,,,,yes\n", 3, "last_met", "Monday, March 2026",
			[]string{"is not a date: write YYYY-MM-DD"}},
		{"words and a comma, not a date a spreadsheet saved", header + ok + "p2,Bob,twitter:2,\"summer, March 2026\",,,,,,,yes\n", 3, "last_met", "summer, March 2026",
			[]string{"is not a date: write YYYY-MM-DD"}},
		{"numbers and commas, not a date a spreadsheet saved", header + ok + "p2,Bob,twitter:2,\"3,2,2026\",,,,,,,yes\n", 3, "last_met", "3,2,2026",
			[]string{"is not a date: write YYYY-MM-DD"}},
		// A date-time the ledger reads (2026-03-02 00:00:00, as
		// LibreOffice or Google Sheets saved it) that Excel saved in turn
		// as its region shows one: the same spreadsheet's date, with the
		// same fix, not a riddle.
		{"a date-time a spreadsheet saved day first", header + ok + "p2,Bob,twitter:2,02/03/2026 00:00,,,,,,,yes\n", 3, "last_met", "02/03/2026 00:00",
			[]string{"is a date as a spreadsheet shows it", "which number is the day cannot be told", "yyyy-mm-dd"}},
		{"a date-time a spreadsheet saved month first, seconds and all", header + ok + "p2,Bob,twitter:2,3/2/2026 0:00:00,,,,,,,yes\n", 3, "last_met", "3/2/2026 0:00:00",
			[]string{"is a date as a spreadsheet shows it", "yyyy-mm-dd"}},
		{"a date-time a spreadsheet saved with a year of two digits and AM", header + ok + "p2,Bob,twitter:2,3/2/26 12:00 AM,,,,,,,yes\n", 3, "last_met", "3/2/26 12:00 AM",
			[]string{"is a date as a spreadsheet shows it", "yyyy-mm-dd"}},
		{"a date-time a spreadsheet saved with its month's name", header + ok + "p2,Bob,twitter:2,02-mars-26 00:00,,,,,,,yes\n", 3, "last_met", "02-mars-26 00:00",
			[]string{"is a date as a spreadsheet shows it", "write it year first (2026-03-02)"}},
		{"a time alone, not a date a spreadsheet saved", header + ok + "p2,Bob,twitter:2,12:00,,,,,,,yes\n", 3, "last_met", "12:00",
			[]string{"is not a date: write YYYY-MM-DD"}},
		// The column given a date's format, as that message asks: a
		// year alone is a number, 2026, shown so as 1905-07-18.
		{"a year a spreadsheet shows as a date", header + ok + "p2,Bob,twitter:2,1905-07-18,,,,,,,yes\n", 3, "last_met", "1905-07-18",
			[]string{"the year 2026", "Text"}},
		{"words, not a date a spreadsheet saved", header + ok + "p2,Bob,twitter:2,summer 2025,,,,,,,yes\n", 3, "last_met", "summer 2025",
			[]string{"is not a date: write YYYY-MM-DD"}},
		// Year first, a date's form is the ledger's: one that is no day
		// of the calendar is said so, not "write YYYY-MM-DD".
		{"a date typed without its zeros, no day of the calendar", header + ok + "p2,Bob,twitter:2,2026-2-30,,,,,,,yes\n", 3, "last_met", "2026-2-30",
			[]string{"is not a day of the calendar (2026-02 has days 1 to 28): check the date"}},
		{"a month that is none", header + ok + "p2,Bob,twitter:2,2026-13,,,,,,,yes\n", 3, "last_met", "2026-13",
			[]string{"is not a day of the calendar (a month is 1 to 12)"}},
		{"a date-time a spreadsheet saved, no day of the calendar", header + ok + "p2,Bob,twitter:2,2025-02-29 00:00:00,,,,,,,yes\n", 3, "last_met", "2025-02-29 00:00:00",
			[]string{"is not a day of the calendar (2025-02 has days 1 to 28)"}},
		{"a date-time before 1970", header + ok + "p2,Bob,twitter:2,1969-07-20 20:17:00,,,,,,,yes\n", 3, "last_met", "1969-07-20 20:17:00",
			[]string{"before 1970", "give 1970"}},
		{"a date-time after the audit date", header + ok + "p2,Bob,twitter:2,2026-11-26T00:00:00,,,,,,,yes\n", 3, "last_met", "2026-11-26T00:00:00",
			[]string{"after the audit date 2026-11-25"}},
		{"a month typed without its zero after the audit date", header + ok + "p2,Bob,twitter:2,2027-1,,,,,,,yes\n", 3, "last_met", "2027-1",
			[]string{"after the audit date 2026-11-25"}},
		// Day first with hyphens, as typed: still ambiguous, and refused.
		{"a date typed day first with hyphens", header + ok + "p2,Bob,twitter:2,5-6-2026,,,,,,,yes\n", 3, "last_met", "5-6-2026",
			[]string{"a spreadsheet", "yyyy-mm-dd"}},
		// Day first or month first with slashes or dots, two-digit year
		// included: refused with the spreadsheet's message, as before.
		{"a date a spreadsheet saved day first, two-digit year", header + ok + "p2,Bob,twitter:2,02.03.26,,,,,,,yes\n", 3, "last_met", "02.03.26",
			[]string{"a spreadsheet", "yyyy-mm-dd"}},
		// Year first with slashes or dots is read; one that is no day
		// of the calendar is said so, and a month with a dot is refused
		// as the number a spreadsheet takes it for.
		{"a date year first with slashes, no day of the calendar", header + ok + "p2,Bob,twitter:2,2026/2/30,,,,,,,yes\n", 3, "last_met", "2026/2/30",
			[]string{"is not a day of the calendar (2026-02 has days 1 to 28): check the date"}},
		{"a date year first with dots, no month", header + ok + "p2,Bob,twitter:2,2026.13.02,,,,,,,yes\n", 3, "last_met", "2026.13.02",
			[]string{"is not a day of the calendar (a month is 1 to 12)"}},
		{"a month with a dot", header + ok + "p2,Bob,twitter:2,2026.1,,,,,,,yes\n", 3, "last_met", "2026.1",
			[]string{"a year and a month with a dot", "2026.10, October, as 2026.1", "(2026-10)"}},
		{"a date year first with slashes after the audit date", header + ok + "p2,Bob,twitter:2,2026/11/26,,,,,,,yes\n", 3, "last_met", "2026/11/26",
			[]string{"after the audit date 2026-11-25"}},
		{"a year a spreadsheet shows as a date year first with slashes", header + ok + "p2,Bob,twitter:2,1905/7/18,,,,,,,yes\n", 3, "last_met", "1905/7/18",
			[]string{"the year 2026", "Text"}},
		// A year shown as a date, saved with the time a date-time has.
		{"a year a spreadsheet shows as a date-time", header + ok + "p2,Bob,twitter:2,1905-07-18 00:00:00,,,,,,,yes\n", 3, "last_met", "1905-07-18 00:00:00",
			[]string{"the year 2026", "Text"}},
		{"date a spreadsheet keeps as a number", header + ok + "p2,Bob,twitter:2,46083,,,,,,,yes\n", 3, "last_met", "46083",
			[]string{"the number a spreadsheet", "yyyy-mm-dd"}},
		{"date after the audit date", header + "p2,Bob,twitter:2,2026-11-26,,,,,,,yes\n", 2, "last_met", "2026-11-26",
			[]string{"after the audit date 2026-11-25"}},
		{"date before 1970", header + "p2,Bob,twitter:2,1969-12-31,,,,,,,yes\n", 2, "last_met", "1969-12-31",
			[]string{"before 1970", "give 1970"}},
		{"month after the audit date", header + "p2,Bob,twitter:2,2026-12,,,,,,,yes\n", 2, "last_met", "2026-12",
			[]string{"after the audit date 2026-11-25"}},
		{"year after the audit date", header + "p2,Bob,twitter:2,2027,,,,,,,yes\n", 2, "last_met", "2027",
			[]string{"after the audit date 2026-11-25"}},
		// Keys typed by hand that no export can hold: the annotation would
		// silently do nothing.
		{"unknown network", header + ok + "p2,Bob,x:1406,,yes,,,,,,yes\n", 3, "accounts", "x:1406",
			[]string{"names no network", "facebook, linkedin, twitter, instagram, youtube, mastodon"}},
		{"a profile address for a key", header + ok + "p2,Bob,https://www.linkedin.com/in/priya-nair-5b2,,yes,,,,,,yes\n", 3, "accounts",
			"https://www.linkedin.com/in/priya-nair-5b2", []string{"is a web address, not an account key", "linkedin:priya-nair-5b2"}},
		{"Twitter handle for an id", header + ok + "p2,Bob,twitter:@kofi_m,,yes,,,,,,yes\n", 3, "accounts", "twitter:@kofi_m",
			[]string{"is a number", "twitter:1401, not twitter:@handle"}},
		// A profile's address pasted for a key: the key, where the
		// address makes it for sure, else an example of its network's.
		{"a Twitter/X address for a key", header + ok + "p2,Bob,\"https://twitter.com/kofi_m\",,yes,,,,,,yes\n", 3, "accounts", "https://twitter.com/kofi_m",
			[]string{`is a web address`, `copy the key from unfollow.csv`, `number, not its @handle (e.g. twitter:1401)`}},
		{"an X address for a key", header + ok + "p2,Bob,\"https://x.com/kofi_m?s=21\",,yes,,,,,,yes\n", 3, "accounts", "https://x.com/kofi_m?s=21",
			[]string{`number, not its @handle (e.g. twitter:1401)`}},
		{"an X address after its network", header + ok + "p2,Bob,\"twitter:https://mobile.x.com/kofi_m\",,yes,,,,,,yes\n", 3, "accounts", "twitter:https://mobile.x.com/kofi_m",
			[]string{`number, not its @handle (e.g. twitter:1401)`}},
		{"an Instagram profile address for a key", header + ok + "p2,Bob,\"https://www.instagram.com/Jun.Ito/\",,yes,,,,,,yes\n", 3, "accounts", "https://www.instagram.com/Jun.Ito/",
			[]string{`write its key, instagram:jun.ito,`}},
		{"an Instagram profile address, newer form", header + ok + "p2,Bob,\"instagram:https://www.instagram.com/_u/jun.ito\",,yes,,,,,,yes\n", 3, "accounts", "instagram:https://www.instagram.com/_u/jun.ito",
			[]string{`write its key, instagram:jun.ito,`}},
		{"an Instagram post's address", header + ok + "p2,Bob,\"https://www.instagram.com/p/C0ffee12/\",,yes,,,,,,yes\n", 3, "accounts", "https://www.instagram.com/p/C0ffee12/",
			[]string{`an Instagram key is the user name (e.g. instagram:`}},
		{"a Facebook address for a key", header + ok + "p2,Bob,\"https://www.facebook.com/ada.lovelace.9\",,yes,,,,,,yes\n", 3, "accounts", "https://www.facebook.com/ada.lovelace.9",
			[]string{`a Facebook key is made of the name`, `facebook:ada-lovelace.1588291200`}},
		{"a Facebook profile.php address", header + ok + "p2,Bob,\"facebook:https://m.facebook.com/profile.php?id=100012345678901\",,yes,,,,,,yes\n", 3, "accounts", "facebook:https://m.facebook.com/profile.php?id=100012345678901",
			[]string{`a Facebook key is made of the name`}},
		{"a YouTube channel address for a key", header + ok + "p2,Bob,\"https://www.youtube.com/channel/UCx7Qm2Lp9Rk4Tz8Wn3Vb5Hc/videos\",,yes,,,,,,yes\n", 3, "accounts", "https://www.youtube.com/channel/UCx7Qm2Lp9Rk4Tz8Wn3Vb5Hc/videos",
			[]string{`write its key, youtube:UCx7Qm2Lp9Rk4Tz8Wn3Vb5Hc,`}},
		{"a YouTube @handle address", header + ok + "p2,Bob,\"https://www.youtube.com/@SomeChannel\",,yes,,,,,,yes\n", 3, "accounts", "https://www.youtube.com/@SomeChannel",
			[]string{`a YouTube key is the channel id, UC`, `not its @handle`}},
		{"a Mastodon profile address for a key", header + ok + "p2,Bob,\"https://Mastodon.Social/@KaiBrenner\",,yes,,,,,,yes\n", 3, "accounts", "https://Mastodon.Social/@KaiBrenner",
			[]string{`if it is a Mastodon (or other fediverse) account, write its key, mastodon:kaibrenner@mastodon.social, as unfollow.csv or keep.csv give it; else copy the key`}},
		{"a Mastodon remote profile address", header + ok + "p2,Bob,\"mastodon:https://fosstodon.org/@jonas_thal@hachyderm.io\",,yes,,,,,,yes\n", 3, "accounts", "mastodon:https://fosstodon.org/@jonas_thal@hachyderm.io",
			[]string{`write its key, mastodon:jonas_thal@hachyderm.io,`}},
		{"a LinkedIn profile address, capitals", header + ok + "p2,Bob,\"https://www.linkedin.com/in/Priya-Nair-5b2/\",,yes,,,,,,yes\n", 3, "accounts", "https://www.linkedin.com/in/Priya-Nair-5b2/",
			[]string{`write its key, linkedin:priya-nair-5b2,`}},
		{"a LinkedIn company address", header + ok + "p2,Bob,\"https://www.linkedin.com/company/acme-ltd/\",,yes,,,,,,yes\n", 3, "accounts", "https://www.linkedin.com/company/acme-ltd/",
			[]string{`copy the key from unfollow.csv`, `linkedin:priya-nair-5b2`}},
		// An address cut short, or no host's, makes no key: the hint
		// gives none (youtube:UC, linkedin:jos%C3%A, instagram:_u and
		// mastodon:kai@a..b would match no account, and be refused or
		// kept as typed).
		{"a YouTube channel address cut short", header + ok + "p2,Bob,\"https://www.youtube.com/channel/UCx7Qm2Lp9\",,yes,,,,,,yes\n", 3, "accounts", "https://www.youtube.com/channel/UCx7Qm2Lp9",
			[]string{`a YouTube key is the channel id, UC`}},
		{"a LinkedIn address cut in an escape", header + ok + "p2,Bob,\"https://www.linkedin.com/in/jos%C3%A\",,yes,,,,,,yes\n", 3, "accounts", "https://www.linkedin.com/in/jos%C3%A",
			[]string{`copy the key from unfollow.csv`, `linkedin:priya-nair-5b2, the slug`}},
		{"an Instagram address of the newer form without its user", header + ok + "p2,Bob,\"https://www.instagram.com/_u/\",,yes,,,,,,yes\n", 3, "accounts", "https://www.instagram.com/_u/",
			[]string{`an Instagram key is the user name (e.g. instagram:`}},
		{"a Mastodon remote address of no domain", header + ok + "p2,Bob,\"https://fosstodon.org/@kai@a..b\",,yes,,,,,,yes\n", 3, "accounts", "https://fosstodon.org/@kai@a..b",
			[]string{`write the key, network:id`}},
		{"a Mastodon remote address ending in a dot", header + ok + "p2,Bob,\"https://fosstodon.org/@kai@social.\",,yes,,,,,,yes\n", 3, "accounts", "https://fosstodon.org/@kai@social.",
			[]string{`write the key, network:id`}},
		{"a Mastodon address of a Unicode domain", header + ok + "p2,Bob,\"https://bücher.social/@anna\",,yes,,,,,,yes\n", 3, "accounts", "https://bücher.social/@anna",
			[]string{`write its key, mastodon:anna@xn--bcher-kva.social,`}},
		// A Mastodon server's name is the host whole: m.cmx.im is no
		// mobile site of cmx.im, nor www.example.social of another.
		{"a Mastodon server whose name begins with m.", header + ok + "p2,Bob,\"https://m.cmx.im/@Alice\",,yes,,,,,,yes\n", 3, "accounts", "https://m.cmx.im/@Alice",
			[]string{`write its key, mastodon:alice@m.cmx.im,`}},
		{"a Mastodon server whose name begins with www.", header + ok + "p2,Bob,\"https://www.example.social/@kai\",,yes,,,,,,yes\n", 3, "accounts", "https://www.example.social/@kai",
			[]string{`write its key, mastodon:kai@www.example.social,`}},
		// A domain of characters no domain holds (here a line
		// separator, U+2028) gives no key, and the message prints none
		// of them raw: it stays one line.
		{"a Mastodon address of a line separator in its domain", header + ok + "p2,Bob,\"https://fosstodon.org/@kai@a\u2028b.de\",,yes,,,,,,yes\n", 3, "accounts", "https://fosstodon.org/@kai@a\u2028b.de",
			[]string{`write the key, network:id`}},
		{"a Medium address is no Mastodon one", header + ok + "p2,Bob,\"https://medium.com/@kai\",,yes,,,,,,yes\n", 3, "accounts", "https://medium.com/@kai",
			[]string{`write the key, network:id`, `(e.g. linkedin:priya-nair-5b2)`}},
		// An id copied from unfollow.csv's id column as a spreadsheet shows
		// it, rounded to 15 digits in scientific notation: its last digits
		// are lost, and a handle is not the trouble.
		{"Twitter id a spreadsheet rounded", header + ok + "p2,Bob,twitter:1.69096E+18,,yes,,,,,,yes\n", 3, "accounts", "twitter:1.69096E+18",
			[]string{"rounded", "scientific notation", "accounts cells", "as text"}},
		{"Twitter id a spreadsheet rounded, comma decimal", header + ok + "p2,Bob,\"twitter:1,69096E+18\",,yes,,,,,,yes\n", 3, "accounts", "twitter:1,69096E+18",
			[]string{"rounded", "scientific notation"}},
		{"a profile address for an id", header + ok + "p2,Bob,linkedin:https://www.linkedin.com/in/priya-nair-5b2,,yes,,,,,,yes\n", 3, "accounts",
			"linkedin:https://www.linkedin.com/in/priya-nair-5b2", []string{"web address", "linkedin:priya-nair-5b2"}},
		{"two keys run together with a comma", header + ok + "p2,Bob,\"facebook:lukas-becker.1698681774, instagram:jun.ito\",,yes,,,,,,yes\n", 3, "accounts",
			"facebook:lukas-becker.1698681774, instagram:jun.ito", []string{"space or a comma", "separate the accounts with ;"}},
		{"a Twitter/X key run together with another", header + ok + "p2,Bob,\"twitter:1, facebook:x.1\",,yes,,,,,,yes\n", 3, "accounts",
			"twitter:1, facebook:x.1", []string{"space or a comma", "separate the accounts with ;"}},
		{"a name typed for an id", header + ok + "p2,Lukas,facebook:Lukas Becker,,yes,,,,,,yes\n", 3, "accounts",
			"facebook:Lukas Becker", []string{"is a name, not an account's id", "copy the key from unfollow.csv"}},
		{"two keys on two lines of a cell", header + ok + "p2,Bob,\"facebook:lukas-becker.1698681774\ninstagram:jun.ito\",,yes,,,,,,yes\n", 3, "accounts",
			"facebook:lukas-becker.1698681774\ninstagram:jun.ito", []string{"space or a comma"}},
		{"account in two rows", header + ok + "p2,Bob,twitter:2; facebook:ada.1,,,,,,,,yes\n", 3, "accounts", "facebook:ada.1",
			[]string{"line 2", "one person"}},
		// The first error in file order wins, as for a reader going line by line.
		{"account in two rows before a bad cell", header + ok + "p2,Bob,facebook:ada.1,,,,,,,,yes\n" + "p3,Cy,twitter:3,,,,maybe,,,,yes\n",
			3, "accounts", "facebook:ada.1", []string{"line 2"}},
		{"bad cell before an account in two rows", header + ok + "p3,Cy,twitter:3,,,,maybe,,,,yes\n" + "p2,Bob,facebook:ada.1,,,,,,,,yes\n",
			3, "toxic", "maybe", []string{"yes/no"}},
		{"account in two rows before bad CSV", header + ok + "p2,Bob,facebook:ada.1,,,,,,,,yes\n" + "p3,\"Cy,twitter:3\n",
			3, "accounts", "facebook:ada.1", []string{"line 2"}},
		{"the earlier of two repeated accounts", header + "p1,Ada,twitter:1;twitter:5,,,,,,,,yes\n" + "p2,Bob,twitter:2,,,,,,,,yes\n" +
			"p3,Cy,twitter:3;twitter:2,,,,,,,,yes\n" + "p4,Di,twitter:1,,,,,,,,yes\n", 4, "accounts", "twitter:2", []string{"line 3"}},
		{"two repeats on one line: the first of the cell", header + "p1,Ada,twitter:1;twitter:5,,,,,,,,yes\n" +
			"p2,Bob,twitter:5;twitter:1,,,,,,,,yes\n", 3, "accounts", "twitter:5", []string{"line 2"}},
		// Written two ways on two rows, by the person and by a version
		// that did not read the first as the exports write it.
		{"an account on two rows, written two ways", header + "p1,Kai,mastodon:@KaiBrenner@mastodon.online,,yes,,,,,,no\n" +
			"p2,'@KaiBrenner@mastodon.online,mastodon:kaibrenner@mastodon.online,,,,,,,,yes\n", 3, "accounts", "mastodon:kaibrenner@mastodon.online",
			[]string{`is also listed on line 2, as "mastodon:@KaiBrenner@mastodon.online": an account`, "one person only: keep it on line 2, which has your notes, and take it off line 3 (delete that row if it lists no other account)"}},
		{"an account on two rows, written two other ways", header + "p1,Kai,mastodon:@KaiBrenner@mastodon.online,,yes,,,,,,no\n" +
			"p2,Kai,mastodon:KaiBrenner@mastodon.online,,,,,,,,yes\n", 3, "accounts", "mastodon:KaiBrenner@mastodon.online",
			[]string{`is also listed on line 2, as "mastodon:@KaiBrenner@mastodon.online": both are mastodon:kaibrenner@mastodon.online: an account`}},
		// A Mastodon domain in Unicode, and in the xn-- form the exports
		// write (and versions before the conversion kept beside it).
		{"an account on two rows, its domain in two forms", header + "p1,Ani,mastodon:ani_k@թութ.հայ,,yes,,,,,,no\n" +
			"p2,ani_k@xn--69aa8bzb.xn--y9a3aq,mastodon:ani_k@xn--69aa8bzb.xn--y9a3aq,,,,,,,,yes\n", 3, "accounts", "mastodon:ani_k@xn--69aa8bzb.xn--y9a3aq",
			[]string{`is also listed on line 2, as "mastodon:ani_k@թութ.հայ": an account`, "one person only: keep it on line 2, which has your notes, and take it off line 3 (delete that row if it lists no other account)"}},
		// A cell in a column of the person's own is theirs as well: the
		// row holding one is not told to be deleted, whatever its notes.
		{"an account on two rows written two ways, a cell of one's own on the other", stdHeader + ",my column\n" +
			"p1,Ani,mastodon:ani_k@թութ.հայ,,yes,,,,,,no,\n" +
			"p2,Ani K,mastodon:ani_k@xn--69aa8bzb.xn--y9a3aq,,,,,,,,yes,met at the Yerevan meetup\n", 3, "accounts", "mastodon:ani_k@xn--69aa8bzb.xn--y9a3aq",
			[]string{`as "mastodon:ani_k@թութ.հայ": an account belongs to one person only; remove it from one of the rows`}},
		{"an account on two rows written two ways, a cell of one's own beside the notes", stdHeader + ",my column\n" +
			"p1,Ani,mastodon:ani_k@թութ.հայ,,yes,,,,,,no,met at the Yerevan meetup\n" +
			"p2,Ani K,mastodon:ani_k@xn--69aa8bzb.xn--y9a3aq,,,,,,,,yes,\n", 3, "accounts", "mastodon:ani_k@xn--69aa8bzb.xn--y9a3aq",
			[]string{"keep it on line 2, which has your notes, and take it off line 3 (delete that row"}},
		{"an account on two rows written two ways, only a cell of one's own", stdHeader + ",my column\n" +
			"p1,Ani,mastodon:ani_k@թութ.հայ,,,,,,,,no,met at the Yerevan meetup\n" +
			"p2,Ani K,mastodon:ani_k@xn--69aa8bzb.xn--y9a3aq,,,,,,,,yes,\n", 3, "accounts", "mastodon:ani_k@xn--69aa8bzb.xn--y9a3aq",
			[]string{"keep it on line 2, which has your notes, and take it off line 3 (delete that row"}},
		// Notes on both rows, or on neither: which to keep is the person's.
		{"an account on two rows written two ways, notes on both", header + "p1,Ani,mastodon:ani_k@թութ.հայ,,yes,,,,,,no\n" +
			"p2,Ani K,mastodon:ani_k@xn--69aa8bzb.xn--y9a3aq,,,,,,friend,,yes\n", 3, "accounts", "mastodon:ani_k@xn--69aa8bzb.xn--y9a3aq",
			[]string{`as "mastodon:ani_k@թութ.հայ": an account belongs to one person only; remove it from one of the rows`}},
		{"the same, the typed one second", header + "p2,'@KaiBrenner@mastodon.online,mastodon:kaibrenner@mastodon.online,,,,,,,,yes\n" +
			"p1,Kai,mastodon:@KaiBrenner@mastodon.online,,yes,,,,,,no\n", 3, "accounts", "mastodon:@KaiBrenner@mastodon.online",
			[]string{`is also listed on line 2, as "mastodon:kaibrenner@mastodon.online"`, "keep it on line 3, which has your notes, and take it off line 2 ("}},
		{"repeated person_id before an account in two rows", header + ok + "p1,Bob,twitter:2,,,,,,,,yes\n" + "p3,Cy,facebook:ada.1,,,,,,,,yes\n",
			3, "person_id", "p1", []string{"line 2", "own person_id"}},
		{"account in two rows before a repeated person_id", header + ok + "p2,Bob,facebook:ada.1,,,,,,,,yes\n" + "p1,Cy,twitter:3,,,,,,,,yes\n",
			3, "accounts", "facebook:ada.1", []string{"line 2"}},
		{"repeated person_id before a bad cell", header + ok + "p1,Bob,twitter:2,,,,,,,,yes\n" + "p3,Cy,twitter:3,,,,maybe,,,,yes\n",
			3, "person_id", "p1", []string{"line 2"}},
		{"account in two rows on the line of a repeated person_id", header + ok + "p1,Bob,facebook:ada.1,,,,,,,,yes\n",
			3, "accounts", "facebook:ada.1", []string{"line 2"}},
		{"duplicate person_id", header + ok + "p1,Bob,twitter:2,,,,,,,,yes\n", 3, "person_id", "p1",
			[]string{"line 2", "own person_id"}},
		{"missing required column", strings.Replace(header, ",toxic", "", 1) + "p1,Ada,facebook:ada.1,,,,,,,yes\n", 1, "", "",
			[]string{"toxic", wantHeader}},
		// A sort that took the header line along with the rows: the
		// header is named where it went, not as columns missing.
		{"header sorted down", "\uFEFF" + ok + "p2,Bob,twitter:2,,,,,,,,yes\n" + header + "p3,Cy,twitter:3,,,,,,,,yes\n", 1, "", "",
			[]string{"is not the header line", "is on line 3", "My data has headers"}},
		{"header sorted down, in capitals and with a separator of Excel's", "\uFEFF" + strings.ReplaceAll(ok, ",", ";") + strings.ReplaceAll(strings.ToUpper(header), ",", ";"), 1, "", "",
			[]string{"is on line 2"}},
		// A title typed above the header, or a row inserted over it, is no
		// sort's doing (a sort puts blank rows last): the lines above are
		// named, to delete, not a sort to undo.
		{"a title typed above the header", "\uFEFFRobin's ledger 2027,,,,,,,,,,\n" + header + ok, 1, "", "",
			[]string{"is on line 2", "delete line 1 and save again", "a title"}},
		{"a row inserted above the header", ";;;;;;;;;;\r\n" + strings.ReplaceAll(header+ok, ",", ";"), 1, "", "",
			[]string{"is on line 2", "delete line 1 and save again"}},
		{"a title and a row of spaces above the header", "Ledger\n ,,\n" + header + ok, 1, "", "",
			[]string{"is on line 3", "delete lines 1 to 2 and save again"}},
		// A row typed by hand with a name alone, taken above the header
		// by a sort, is no title: a sort is still what to undo.
		{"header sorted below a row of a name alone", "\uFEFF,Ada,,,,,,,,,\n" + header + ok, 1, "", "",
			[]string{"is on line 2", "My data has headers"}},
		// So is one in a ledger whose columns were put in another order,
		// name first: its first cell is a name, not a title.
		{"header sorted below a row of a name alone, the name column first", "Ada Byron,,,,,,,,,,\n" +
			"name,person_id,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports\n" +
			"Bob,p2,twitter:2,,,,,,,,yes\n", 1, "", "",
			[]string{"is on line 2", "My data has headers"}},
		// No header anywhere: columns missing, as ever.
		{"no header at all", ok + "p2,Bob,twitter:2,,,,,,,,yes\n", 1, "", "",
			[]string{"missing column person_id", wantHeader}},
		{"account without colon", header + ok + "p2,Bob,twitter:2;facebook,,,,,,,,yes\n", 3, "accounts", "facebook",
			[]string{"network:id"}},
		{"account without id", header + "p2,Bob,twitter:,,,,,,,,yes\n", 2, "accounts", "twitter:",
			[]string{"network:id"}},
		{"Windows-1252 cell", header + ok + "p2,Ren\xe9 Char,twitter:2,,,,,,,,yes\n", 3, "name", "Ren? Char",
			[]string{"UTF-8"}},
		// A column name too: it was accepted and written back as it was,
		// in a file the rows of which would have been refused.
		{"Windows-1252 column name", stdHeader + ",r\xe9sum\xe9\n" + ok, 1, "12", "r?sum?",
			[]string{"is not UTF-8", "CSV UTF-8"}},
		{"Windows-1252 column name, no rows", "\xe9t\xe9," + stdHeader + "\n", 1, "1", "?t?",
			[]string{"is not UTF-8", "CSV UTF-8"}},
		{"more cells than the header", header + ok + "p2,Bob,twitter:2,,,,,,,,yes,surprise\n", 3, "12", "surprise",
			[]string{"header"}},
		// Spaces are cells too: they would be lost.
		{"spaces beyond the header", header + ok + "p2,Bob,twitter:2,,,,,,,,yes,,  \n", 3, "13", "  ",
			[]string{"header"}},
		// The reader's fields are borrowed until the next record: the
		// error, kept while the rows below are read, keeps its value.
		{"more cells than the header, rows below", header + ok + "p2,Bob,twitter:2,,,,,,,,yes,surprise\n" + "p3,Cy,twitter:3,,,,,,,,yes,overwritten\n" +
			"p4,Di,twitter:4,,,,,,,,yes\n", 3, "12", "surprise", []string{`"surprise" is beyond the header's 11 columns`, "(1 more line has a bad cell: 4)"}},
		// Excel where the list separator is ';' shows a ledger of commas
		// in one column; what the person types beside a row is saved after
		// a ';', and read as the ledger's columns it lands in the last
		// cell, in_exports, which every run wrote over without a word.
		{"notes typed beside a row shown in one column", header + ok + "p2,Bob,twitter:2,,,,,,,,yes;2026-06-01;x\r\n" +
			"p3,Cy,twitter:3,,,,,,,,no;;met at the fair\r\n", 3, "in_exports", "yes;2026-06-01;x",
			[]string{"typed beside this row, after a ';'", "in one column", "which every run writes over", "Text to Columns, Delimited, Comma", "(1 more line has a bad cell: 4)"}},
		{"notes typed beside a row of a ledger of semicolons shown in one column", strings.ReplaceAll(header+ok, ",", ";") +
			"p2;Bob;twitter:2;;;;;;;;yes,met in May\n", 3, "in_exports", "yes,met in May",
			[]string{"typed beside this row, after a ','", "Text to Columns, Delimited, Semicolon"}},
		// A ledger of tabs ("Text (Tab delimited)") is shown in one column
		// by Excel of either list separator: a ';' locale saves "yes;x"
		// as a ',' one saves "yes,x".
		{"notes typed beside a row of a ledger of tabs, after a ','", strings.ReplaceAll(header+ok, ",", "\t") +
			"p2\tBob\ttwitter:2\t\t\t\t\t\t\t\tyes,met in May\n", 3, "in_exports", "yes,met in May",
			[]string{"typed beside this row, after a ','", "Text to Columns, Delimited, Tab"}},
		{"notes typed beside a row of a ledger of tabs, after a ';'", strings.ReplaceAll(header+ok, ",", "\t") +
			"p2\tBob\ttwitter:2\t\t\t\t\t\t\t\tyes;2026-06-01;x\r\n", 3, "in_exports", "yes;2026-06-01;x",
			[]string{"typed beside this row, after a ';'", "Text to Columns, Delimited, Tab"}},
		{"notes typed beside an unfilled row of a ledger of tabs, after a ';'", strings.ReplaceAll(header+ok, ",", "\t") +
			"p2\tBob\ttwitter:2\t\t\t\t\t\t\t\t;met at the fair\n", 3, "in_exports", ";met at the fair",
			[]string{"typed beside this row, after a ';'"}},
		{"empty cells beside a row of a ledger of tabs are fine", strings.ReplaceAll(header+ok, ",", "\t") +
			"p2\tBob\ttwitter:2\t\t\t\t\t\t\t\tyes;;\np3\tCy\ttwitter:3\t\t\t\t\t\t\t\tno,,\n", 0, "", "", nil},
		{"notes typed beside a row the tool has not filled yet", header + ok + "p2,Bob,twitter:2,,,,,,,,;2026-06-01\n", 3, "in_exports", ";2026-06-01",
			[]string{"typed beside this row"}},
		// Empty cells saved beside a row hold nothing to lose.
		{"empty cells beside a row shown in one column are fine", header + ok + "p2,Bob,twitter:2,,,,,,,,yes;;\r\n", 0, "", "", nil},
		{"in_exports is the tool's and extra empty cells are fine", header + "p1,Ada,facebook:ada.1,,,,,,,\"two\nlines\",yes\n\np2,Bob,twitter:2,,,,,,,,perhaps\n" +
			"p3,Cy,twitter:3,,,,,,,,yes,,\n", 0, "", "", nil},
		// Below a cell holding a line break, a line is not the row a
		// spreadsheet shows: both are said. A blank line is a row.
		{"bad boolean after a multi-line note", header + "p1,Ada,facebook:ada.1,,,,,,,\"two\nlines\",yes\n\np2,Bob,twitter:2,,,N0,,,,,yes\n",
			5, "supplier", "N0", []string{"ledger.csv: line 5 (row 4 in a spreadsheet), column supplier", "yes/no"}},
		// Excel for Mac's "CSV (Macintosh)": lines, and the line break
		// in a cell, end with a lone CR.
		{"bad boolean after a multi-line note, lone-CR lines", strings.ReplaceAll(header+"p1,Ada,facebook:ada.1,,,,,,,\"two\nlines\",yes\n\np2,Bob,twitter:2,,,N0,,,,,yes\n", "\n", "\r"),
			5, "supplier", "N0", []string{"ledger.csv: line 5 (row 4 in a spreadsheet), column supplier", "yes/no"}},
		{"account in two rows below a note of three lines", header + "p0,Zed,twitter:9,,,,,,,\"a\r\nb\nc\",yes\n" +
			"p1,Ada,facebook:ada.1,,,,,,,,yes\n" + "p2,Bob,facebook:ada.1,,,,,,,,yes\n", 6, "accounts", "facebook:ada.1",
			[]string{"line 6 (row 4 in a spreadsheet), column accounts", "is also listed on line 5 (row 3 in a spreadsheet): an account"}},
		{"account in two rows above a multi-line note", header + ok + "p2,Bob,facebook:ada.1,,,,,,,\"a\nb\",yes\n",
			3, "accounts", "facebook:ada.1", []string{"ledger.csv: line 3, column accounts", "is also listed on line 2: an account"}},
		{"dates reformatted below a multi-line note", header + "p0,Zed,twitter:9,,,,,,,\"a\nb\",yes\n" + "p2,Bob,twitter:2,11/25/2026,,,,,,,yes\n" +
			"p3,Cy,twitter:3,2026-03,,,,,,,yes\n" + "p4,Di,twitter:4,6/1/2024,,,,,,,yes\n", 4, "last_met", "11/25/2026",
			[]string{"line 4 (row 3 in a spreadsheet)", "(1 more line has a bad cell: 6 (row 5))"}},
		// A quote never closed: the file ends inside the cell, a file cut
		// short; where that cell starts, below a note of two lines.
		{"cut inside a quoted cell", header + "p2,\"Bob,twitter:2,,,,,,,,yes\n", 2, "", "",
			[]string{"not valid CSV: the file ends inside a quoted cell opened on this line", "cut short", "ledger.previous.csv"}},
		{"cut inside a quoted cell below a multi-line note", header + "p1,Ada,facebook:ada.1,,,,,,,\"two\nlines\",yes\n" +
			"p2,Bob,twitter:2,,,,,,,\"Met at the\nconfer", 4, "", "",
			[]string{"line 4 (row 3 in a spreadsheet): not valid CSV: the file ends inside a quoted cell", "cut short"}},
		// A quote not doubled on the last line is not a cut.
		{"stray quote on the last line", header + ok + "p2,\"Bob\" Jr,twitter:2,,,,,,,,yes", 3, "", "",
			[]string{"not valid CSV: extraneous or missing \" in quoted-field"}},
		// Excel where the list separator is ';' opens a comma-separated
		// ledger in one column, and saves each line as one cell, quoted
		// where it holds a ';' or a quote: such a row was read as a row
		// of one unknown person_id, and its accounts given a new row.
		{"a row in one cell", header + ok + "\"p2,\"\"Bob, Jr\"\",twitter:2;facebook:bob.1,,x,,,,,,yes\"\r\n", 3, "", "",
			[]string{"whole row in one cell", "in one column", "Text to Columns", "Comma", "CSV UTF-8"}},
		{"the header in one cell", "\"" + stdHeader + "\"\r\n\"p1,Ada,facebook:ada.1,,,,,,,,yes\"\r\n", 1, "", "",
			[]string{"whole row in one cell", "in one column", "Text to Columns"}},
		// A column a spreadsheet reformatted: every bad line is told at once.
		{"dates reformatted", header + ok + "p2,Bob,twitter:2,11/25/2026,,,,,,,yes\n" + "p3,Cy,twitter:3,2026-03,,,,,,,yes\n" +
			"p4,Di,twitter:4,6/1/2024,,,,,,,yes\n" + "p5,Ed,twitter:5,,maybe,,,,,,yes\n", 3, "last_met", "11/25/2026",
			[]string{"(2 more lines have a bad cell: 5, 6)"}},
		{"UTF-16", "\xFF\xFEp\x00e\x00r\x00", 1, "", "", []string{"UTF-16", "CSV UTF-8"}},
		{"UTF-16 with no byte order mark", "p\x00e\x00r\x00s\x00", 1, "", "", []string{"UTF-16"}},
		// NUL bytes in a UTF-8 ledger are damage (a file cut by a crash
		// or a full disk ends in them), not UTF-16, as they were called;
		// and past the first 4 KiB they were read as a row of no one.
		{"NUL bytes at the end", header + ok + "\x00\x00\x00\x00", 3, "", "", []string{"NUL byte", "damaged", "ledger.previous.csv"}},
		{"NUL byte in a cell", header + "p1,Ada,facebook:ada.1,,,,,,,no\x00te,yes\n", 2, "", "", []string{"NUL byte", "damaged"}},
		{"NUL bytes after 4 KiB", header + ok + strings.Repeat(",,,,,,,,,a note alone to pad the file past 4 KiB,\n", 150) + "\x00\x00\n", 153, "", "", []string{"NUL byte", "damaged"}},
		{"NUL byte in the header", "person_id,na\x00me,accounts\n" + ok, 1, "", "", []string{"NUL byte", "damaged"}},
		// A workbook saved under the ledger's name: a zip, with zero bytes.
		{"xlsx", "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", 1, "", "", []string{"workbook", "CSV UTF-8"}},
		// Excel 97's .xls: a compound file, which read as text was "not
		// UTF-8" at line 1, column 1.
		{"xls", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00>\x00\x03\x00\xFE\xFF", 1, "", "", []string{"workbook", ".xls", "CSV UTF-8"}},
		// Where the quote opens, not where the reader gave up.
		{"stray quote in a cell of two lines", header + ok + "p2,\"Bob\nSmith\" Jr,twitter:2,,,,,,,,yes\n", 3, "", "",
			[]string{"not valid CSV: the record starting here", "seen on line 4"}},
		{"empty file", "", 0, "", "", []string{"empty", wantHeader}},
		{"only a BOM", "\uFEFF", 0, "", "", []string{"empty", wantHeader}},
		{"only blank lines", "\n\r\n\n", 0, "", "", []string{"empty", wantHeader}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := audit.ReadLedger(strings.NewReader(tt.in), ledgerFile, asOf)
			if tt.msg == nil {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("accepted, want an error; read %d rows", len(l.Rows()))
			}
			if l != nil {
				t.Errorf("a ledger came back with the error")
			}
			var le *audit.LedgerError
			if !errors.As(err, &le) {
				t.Fatalf("error %T %v is not a *LedgerError", err, err)
			}
			if le.File != ledgerFile || le.Line != tt.line || le.Column != tt.column || le.Value != tt.value {
				t.Errorf("error at file %q line %d column %q value %q; want %q %d %q %q",
					le.File, le.Line, le.Column, le.Value, ledgerFile, tt.line, tt.column, tt.value)
			}
			msg := err.Error()
			want := []string{ledgerFile}
			if tt.line > 0 {
				want = append(want, fmt.Sprintf("line %d", tt.line))
			}
			if tt.column != "" {
				want = append(want, "column "+tt.column)
			}
			if tt.value != "" {
				want = append(want, fmt.Sprintf("%q", tt.value))
			}
			for _, s := range append(want, tt.msg...) {
				if !strings.Contains(msg, s) {
					t.Errorf("message %q does not say %q", msg, s)
				}
			}
			if strings.ContainsAny(msg, "\r\n") {
				t.Errorf("message %q is not one line", msg)
			}
		})
	}
}

// A file with none of the ledger's columns on its first line, nor a line
// below (the person's notes that mention person_id), is said to be no
// ledger, for a workspace without one to tell it from a ledger sent back
// with a cell to correct, a column deleted or its header sorted down.
func TestReadLedgerNoHeader(t *testing.T) {
	header := strings.Join(audit.LedgerColumns, ",") + ",in_exports\n"
	row := "p1,Ada,facebook:ada.1,,,,,,,,yes\n"
	for _, tt := range []struct {
		name, in string
		want     bool
	}{
		{"notes that mention person_id", "things to ask the client about\n- what the person_id column is for\n", true},
		{"rows without their header", row, true},
		{"a column deleted", strings.Replace(header, ",toxic", "", 1) + "p1,Ada,facebook:ada.1,,,,,,,yes\n", false},
		{"header sorted down", row + header, false},
		{"a date refused", header + "p1,Ada,facebook:ada.1,25/11/2026,,,,,,,yes\n", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := audit.ReadLedger(strings.NewReader(tt.in), "ledger notes.txt", asOf)
			le, ok := errors.AsType[*audit.LedgerError](err)
			if !ok {
				t.Fatalf("err = %v, want a *LedgerError", err)
			}
			if le.NoHeader != tt.want {
				t.Errorf("NoHeader = %v, want %v (%v)", le.NoHeader, tt.want, err)
			}
		})
	}
}

// A Twitter/X handle typed for an id is named, once the exports are read
// (the ledger is read beside them), with the key they give the account of
// that handle: where exactly one account has it, in any case. The error
// stays one line: file, line, column, value, message.
func TestLedgerErrorNameTwitterKey(t *testing.T) {
	tw := func(id, handle string) audit.Account {
		return audit.Account{Network: audit.Twitter, Relation: audit.Following, ID: id, Handle: handle}
	}
	accounts := []audit.Account{
		tw("1401", "kofi_m"), {Network: audit.Instagram, Relation: audit.Following, ID: "ada", Handle: "ada"},
		tw("1402", "twin"), tw("1403", "Twin"),
		{Network: audit.Twitter, Relation: audit.Follower, ID: "1401", Handle: "kofi_m"}, // one account, two lists
	}
	const at = ledgerFile + ": line 2, column accounts: "
	const static = " is not a Twitter/X account id, which is a number: copy the key from unfollow.csv or keep.csv (twitter:1401, not twitter:@handle)"
	for _, tt := range []struct {
		name, cell string
		accounts   []audit.Account
		want       string
	}{
		{"a handle these exports hold", "twitter:@kofi_m", accounts, at + `"twitter:@kofi_m"` + static + "; twitter:@kofi_m is twitter:1401 in these exports"},
		{"in another case, without its @", "Twitter:Kofi_M", accounts, at + `"Twitter:Kofi_M"` + static + "; twitter:@Kofi_M is twitter:1401 in these exports"},
		{"a handle they do not hold", "twitter:@nobody_here", accounts, at + `"twitter:@nobody_here"` + static},
		{"an Instagram handle is not a Twitter/X one", "twitter:@ada", accounts, at + `"twitter:@ada"` + static},
		{"a handle of two accounts", "twitter:@twin", accounts, at + `"twitter:@twin"` + static},
		{"no exports read", "twitter:@kofi_m", nil, at + `"twitter:@kofi_m"` + static},
		{"not a handle", "twitter:@kofi m", accounts, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := audit.ReadLedger(strings.NewReader(lines(stdHeader, "p1,Ada,"+tt.cell+",,,,,,,,yes")), ledgerFile, asOf)
			le, ok := errors.AsType[*audit.LedgerError](err)
			if !ok {
				t.Fatalf("error %v, want a *LedgerError", err)
			}
			le.NameTwitterKey(tt.accounts)
			if tt.want == "" {
				if strings.Contains(le.Error(), " in these exports") {
					t.Errorf("got %q, want no key named", le.Error())
				}
				return
			}
			if le.Error() != tt.want {
				t.Errorf("got\n%s\nwant\n%s", le.Error(), tt.want)
			}
		})
	}
	// Any other error is left as it is.
	_, err := audit.ReadLedger(strings.NewReader(lines(stdHeader, "p1,Ada,twitter:1401,,maybe,,,,,,yes")), ledgerFile, asOf)
	le, _ := errors.AsType[*audit.LedgerError](err)
	before := le.Error()
	le.NameTwitterKey(accounts)
	if le.Error() != before {
		t.Errorf("another error changed: %q", le.Error())
	}
}

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
		if got := l.Row("p1").Notes.LastMet; got.First != tt.first || got.Last != tt.last {
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
		if got := r.Notes.LastMet.First; got != want {
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
			n := l.Row("p1").Notes
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

// The exports of the update tests: Cy only follows you; Dee's two
// accounts share a unique full name; Eve follows you and is your friend:
// her row lists the friend, not the account that only follows you, which
// is decided on nothing and in no history file (see rowAccounts).
var world = []audit.Account{
	withEmail(account(audit.Facebook, audit.Friend, "ada.1", "Ada Lovelace"), "ada@example.org"),
	account(audit.Twitter, audit.Following, "2", "Bob Stone"),
	account(audit.Twitter, audit.Follower, "3", "Cy Follower"),
	account(audit.LinkedIn, audit.Connection, "dee", "Dee Jones"),
	account(audit.Twitter, audit.Following, "4", "Dee Jones"),
	account(audit.Facebook, audit.Friend, "eve.1", "Eve Ray"),
	account(audit.Twitter, audit.Follower, "5", "Eve Ray"),
}

// bom starts a ledger the tool makes (see NewLedger).
const bom = "\ufeff"

var ids = strings.NewReplacer(
	"{ada}", pid("facebook:ada.1"),
	"{bob}", pid("twitter:2"),
	"{cy}", pid("twitter:3"),
	"{dee}", pid("linkedin:dee"),
	"{eve}", pid("facebook:eve.1"),
	"{aaron}", pid("twitter:9"),
)

func TestUpdateFirstRun(t *testing.T) {
	got, l, people := run(t, "", world)
	// A ledger the tool makes has a byte order mark: Excel opens it
	// with its accents.
	want := bom + ids.Replace(lines(
		stdHeader,
		"{ada},Ada Lovelace,facebook:ada.1,,,,,,,,yes",
		"{bob},Bob Stone,twitter:2,,,,,,,,yes",
		"{dee},Dee Jones,linkedin:dee;twitter:4,,,,,,,,yes",
		"{eve},Eve Ray,facebook:eve.1,,,,,,,,yes",
	))
	if got != want {
		t.Fatalf("first ledger:\n%s", diffLines(got, want))
	}
	for _, p := range people {
		r := l.Row(p.ID)
		if p.ID == pid("twitter:3") {
			if r != nil {
				t.Errorf("Cy, who only follows you, has a row")
			}
			continue
		}
		if r == nil {
			t.Errorf("%s has no row", p.Name())
			continue
		}
		if r.Notes.Reviewed() {
			t.Errorf("%s's new row has annotations %+v", p.Name(), r.Notes)
		}
	}
}

// The ledger of world after the person annotated it: changed a name,
// filled cells, wrote a note that looks like a formula.
var annotated = ids.Replace(lines(
	stdHeader,
	`{ada},Ada (school),facebook:ada.1,2026-03,yes,,,,Friend,"'=met, at last",yes`,
	"{bob},Bob Stone,twitter:2,2020,,,,,,,yes",
	"{dee},Dee Jones,linkedin:dee;twitter:4,,,X,,,colleague,,yes",
	"{eve},Eve Ray,facebook:eve.1;twitter:5,,,,,1,,,yes",
))

func TestUpdateKeepsEveryCell(t *testing.T) {
	got, l, people := run(t, annotated, world)
	if got != annotated {
		t.Fatalf("a run changed the annotated ledger:\n%s", diffLines(got, annotated))
	}
	// Decisions use the row's annotations.
	rules := audit.Rules{AsOf: asOf, Window: audit.DefaultWindow, Policy: audit.DefaultPolicy()}
	want := map[string]string{
		"facebook:ada.1": audit.RuleMet,
		"twitter:2":      audit.RuleLapsed,
		"linkedin:dee":   audit.RuleSupplier,
		"twitter:4":      audit.RuleSupplier,
		"facebook:eve.1": audit.RuleUnsure,
	}
	items := rules.DecideAll(people, l)
	if len(items) != len(want) {
		t.Errorf("%d decisions, want %d", len(items), len(want))
	}
	for _, it := range items {
		if r := it.Decision.Rule; r != want[it.Account.Key()] {
			t.Errorf("%s decided by rule %s, want %s", it.Account.Key(), r, want[it.Account.Key()])
		}
	}
}

func TestUpdateGoneAndBack(t *testing.T) {
	noBob := slices.DeleteFunc(slices.Clone(world), func(a audit.Account) bool { return a.Key() == "twitter:2" })
	gone, _, _ := run(t, annotated, noBob)
	wantGone := strings.Replace(annotated, "Bob Stone,twitter:2,2020,,,,,,,yes", "Bob Stone,twitter:2,2020,,,,,,,no", 1)
	if gone != wantGone {
		t.Fatalf("Bob gone from the exports:\n%s", diffLines(gone, wantGone))
	}
	// Bob now only follows you: still no account you follow.
	bobFollower := append(slices.Clone(noBob), account(audit.Twitter, audit.Follower, "2", "Bob Stone"))
	if got, _, _ := run(t, gone, bobFollower); got != wantGone {
		t.Fatalf("Bob back as a follower only:\n%s", diffLines(got, wantGone))
	}
	back, l, people := run(t, gone, world)
	if back != annotated {
		t.Fatalf("Bob back in the exports:\n%s", diffLines(back, annotated))
	}
	rules := audit.Rules{AsOf: asOf, Window: audit.DefaultWindow, Policy: audit.DefaultPolicy()}
	for _, it := range rules.DecideAll(people, l) {
		if it.Account.Key() == "twitter:2" && (it.Person.ID != ids.Replace("{bob}") || it.Decision.Rule != audit.RuleLapsed) {
			t.Errorf("Bob back: person %s, rule %s; want his old id and annotations (lapsed)", it.Person.ID, it.Decision.Rule)
		}
	}
}

func TestUpdateAppendsNewPeopleAndAccounts(t *testing.T) {
	more := append(slices.Clone(world),
		account(audit.Twitter, audit.Following, "9", "Aaron Abel"),
		withEmail(account(audit.LinkedIn, audit.Connection, "ada-l", "A. Lovelace"), "ADA@example.org "),
		account(audit.Instagram, audit.Follower, "newcy", "Someone Else"),
	)
	got, _, _ := run(t, annotated, more)
	want := ids.Replace(lines(
		stdHeader,
		`{ada},Ada (school),facebook:ada.1;linkedin:ada-l,2026-03,yes,,,,Friend,"'=met, at last",yes`,
		"{bob},Bob Stone,twitter:2,2020,,,,,,,yes",
		"{dee},Dee Jones,linkedin:dee;twitter:4,,,X,,,colleague,,yes",
		"{eve},Eve Ray,facebook:eve.1;twitter:5,,,,,1,,,yes",
		"{aaron},Aaron Abel,twitter:9,,,,,,,,yes",
	))
	if got != want {
		t.Fatalf("ledger with a new person and a new account of Ada:\n%s", diffLines(got, want))
	}
	if again, _, _ := run(t, got, more); again != got {
		t.Fatalf("second run changed the ledger:\n%s", diffLines(again, got))
	}
}

// The person splits a wrong merge: two rows, the new one without a person
// id. The split holds and the new row gets an id.
func TestUpdateSplitHolds(t *testing.T) {
	exports := []audit.Account{
		account(audit.Facebook, audit.Friend, "max.1", "Max Müller"),
		account(audit.LinkedIn, audit.Connection, "max-m", "Max Muller"),
	}
	first, _, people := run(t, "", exports)
	maxID := pid("facebook:max.1")
	if want := bom + lines(stdHeader, maxID+",Max Müller,facebook:max.1;linkedin:max-m,,,,,,,,yes"); first != want {
		t.Fatalf("first run did not merge the two Max:\n%s", diffLines(first, want))
	}
	if len(people) != 1 {
		t.Fatalf("%d people, want 1", len(people))
	}
	split := lines(stdHeader,
		maxID+",Max Müller,facebook:max.1,2026-10-01,,,,,friend,,yes",
		",Max Muller (work),linkedin:max-m,,,,,,colleague,not the same Max,",
	)
	got, l, people := run(t, split, exports)
	workID := pid("linkedin:max-m")
	want := lines(stdHeader,
		maxID+",Max Müller,facebook:max.1,2026-10-01,,,,,friend,,yes",
		workID+",Max Muller (work),linkedin:max-m,,,,,,colleague,not the same Max,yes",
	)
	if got != want {
		t.Fatalf("after the split:\n%s", diffLines(got, want))
	}
	if len(people) != 2 {
		t.Fatalf("%d people after the split, want 2", len(people))
	}
	rules := audit.Rules{AsOf: asOf, Window: audit.DefaultWindow, Policy: audit.DefaultPolicy()}
	for _, it := range rules.DecideAll(people, l) {
		switch it.Account.Key() {
		case "facebook:max.1":
			if it.Person.ID != maxID || it.Decision.Rule != audit.RuleMet {
				t.Errorf("facebook Max: person %s rule %s", it.Person.ID, it.Decision.Rule)
			}
		case "linkedin:max-m":
			if it.Person.ID != workID || it.Decision.Rule != audit.RuleUnknown || it.Notes().Relationship != "colleague" {
				t.Errorf("linkedin Max: person %s rule %s notes %+v", it.Person.ID, it.Decision.Rule, it.Notes())
			}
		}
	}
	if again, _, _ := run(t, got, exports); again != got {
		t.Fatalf("the split did not hold on the next run:\n%s", diffLines(again, got))
	}
}

// The person joins two rows the merge kept apart.
func TestUpdateJoinHolds(t *testing.T) {
	exports := []audit.Account{
		account(audit.Facebook, audit.Friend, "ann.1", "Ann Smith"),
		account(audit.Twitter, audit.Following, "7", "A. Smith"),
	}
	first, _, _ := run(t, "", exports)
	ann, as := pid("facebook:ann.1"), pid("twitter:7")
	if want := bom + lines(stdHeader, as+",A. Smith,twitter:7,,,,,,,,yes", ann+",Ann Smith,facebook:ann.1,,,,,,,,yes"); first != want {
		t.Fatalf("first run:\n%s", diffLines(first, want))
	}
	tests := []struct{ name, joined, want string }{{
		name:   "other row deleted",
		joined: lines(stdHeader, ann+",Ann Smith,facebook:ann.1;twitter:7,2026-06-01,,,,,,,yes"),
		want:   lines(stdHeader, ann+",Ann Smith,facebook:ann.1;twitter:7,2026-06-01,,,,,,,yes"),
	}, {
		name: "other row's accounts emptied",
		joined: lines(stdHeader, as+",A. Smith,,,,,,,,,yes",
			ann+",Ann Smith,facebook:ann.1;twitter:7,2026-06-01,,,,,,,yes"),
		want: lines(stdHeader, as+",A. Smith,,,,,,,,,no",
			ann+",Ann Smith,facebook:ann.1;twitter:7,2026-06-01,,,,,,,yes"),
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, l, people := run(t, tt.joined, exports)
			if got != tt.want {
				t.Fatalf("after the join:\n%s", diffLines(got, tt.want))
			}
			if len(people) != 1 || people[0].ID != ann || len(people[0].Accounts) != 2 {
				t.Fatalf("people after the join: %d, first %+v", len(people), people[0])
			}
			rules := audit.Rules{AsOf: asOf, Window: audit.DefaultWindow, Policy: audit.DefaultPolicy()}
			for _, it := range rules.DecideAll(people, l) {
				if it.Decision.Rule != audit.RuleMet {
					t.Errorf("%s decided %s, want met from Ann's row", it.Account.Key(), it.Decision.Rule)
				}
			}
			if again, _, _ := run(t, got, exports); again != got {
				t.Fatalf("the join did not hold on the next run:\n%s", diffLines(again, got))
			}
		})
	}
}

func TestLedgerAccountKeysIgnoreCaseWhereIDsAreLowerCase(t *testing.T) {
	in := "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note\n" +
		"p1,Greta,instagram:GretaL; Twitter : 1405 ;mastodon:Greta@Example.Social,,,,,,,\n" +
		// As the name column shows handles, and as typed: the ids the
		// importers make. YouTube's channel ids keep their case.
		"p2,Kai,mastodon:@KaiBrenner@mastodon.online;instagram:@Bakery.Oslo;youtube:UCxYz,,,,,,,\n" +
		"p3,Lena,linkedin:LenaVogt;facebook:Cafe-Lumiere.1742412465;linkedin:Ken-O%E2%80%99Brien,,,,,,,\n" +
		// As a name and a browser's address bar show them.
		"p4,Søren,facebook:Søren-Øvergaard.1560536525;facebook:Café-Lumière.1742412460~2;linkedin:seán-ó-briain,,,,,,,\n" +
		// LinkedIn ids made from a name keep its letters, as Slug does.
		"p5,Bjørn,linkedin:Follow.Søren-Ås;linkedin:company.bjørn-design~2;linkedin:Åsa-Nørgaard.20190105,,,,,,,\n" +
		// The same, saved decomposed (NFD), as some spreadsheets do.
		"p6,Bjørn,linkedin:follow.so\u0308ren-a\u030as~3,,,,,,,\n" +
		// A Mastodon domain as a browser's address bar shows it, in
		// Unicode (any case, NFD too): the xn-- form Mastodon's export
		// writes; and one no domain name (a label starting with a
		// hyphen), as written.
		"p7,Ani,mastodon:@Ani_K@ԹՈՒԹ.ՀԱՅ;mastodon:lea@cafe\u0301.example;mastodon:bo@-թութ.հայ,,,,,,,\n" +
		// A profile's address typed as the name is written, capitals
		// outside ASCII too; an escape typed is kept as written.
		"p8,Seán,linkedin:Seán-Ó-Briain-9;linkedin:ZOË-LÓPEZ;linkedin:ana-%C3%93-x,,,,,,,\n"
	l, err := audit.ReadLedger(strings.NewReader(in), "ledger.csv", audit.NewDate(2026, 11, 25))
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range [][]string{
		2: {"mastodon:kaibrenner@mastodon.online", "instagram:bakery.oslo", "youtube:UCxYz"},
		3: {"linkedin:lenavogt", "facebook:cafe-lumiere.1742412465", "linkedin:ken-o%E2%80%99brien"},
		4: {"facebook:søren-øvergaard.1560536525", "facebook:cafe-lumiere.1742412460~2", "linkedin:se%C3%A1n-%C3%B3-briain"},
		5: {"linkedin:follow.søren-as", "linkedin:company.bjørn-design~2", "linkedin:asa-nørgaard.20190105"},
		6: {"linkedin:follow.soren-as~3"},
		7: {"mastodon:ani_k@xn--69aa8bzb.xn--y9a3aq", "mastodon:lea@xn--caf-dma.example", "mastodon:bo@-թութ.հայ"},
		8: {"linkedin:se%C3%A1n-%C3%B3-briain-9", "linkedin:zo%C3%AB-l%C3%B3pez", "linkedin:ana-%C3%93-x"},
	} {
		if want == nil {
			continue
		}
		if got := l.Row(fmt.Sprintf("p%d", i)).Accounts; !slices.Equal(got, want) {
			t.Errorf("p%d: account keys %q, want %q", i, got, want)
		}
	}
	// One account twice in a cell, as typed or written two ways, is one.
	in2 := "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note\n" +
		"p1,Ada,twitter:1;twitter:1,,,,,,,\n" +
		"p2,Bruno,linkedin:BrunoKeller;youtube:UCx;linkedin:brunokeller,,,,,,,\n"
	l2, err := audit.ReadLedger(strings.NewReader(in2), "ledger.csv", audit.NewDate(2026, 11, 25))
	if err != nil {
		t.Fatal(err)
	}
	if got := l2.Row("p1").Accounts; !slices.Equal(got, []string{"twitter:1"}) {
		t.Errorf("p1: %q, want the key once", got)
	}
	if got := l2.Row("p2").Accounts; !slices.Equal(got, []string{"linkedin:brunokeller", "youtube:UCx"}) {
		t.Errorf("p2: %q, want each key once", got)
	}
	if got := writeLedger(t, l2); !strings.Contains(got, "p1,Ada,twitter:1;twitter:1,") || !strings.Contains(got, "linkedin:BrunoKeller;youtube:UCx;linkedin:brunokeller") {
		t.Errorf("the cell changed:\n%s", got)
	}
	want := []string{"instagram:gretal", "twitter:1405", "mastodon:greta@example.social"}
	if got := l.Rows()[0].Accounts; !slices.Equal(got, want) {
		t.Errorf("account keys %q, want %q (the cell keeps what was typed)", got, want)
	}
	if got := l.CellsOf(l.Rows()[0])[2]; got != "instagram:GretaL; Twitter : 1405 ;mastodon:Greta@Example.Social" {
		t.Errorf("accounts cell changed to %q", got)
	}
}

// TestLedgerUpdateTwice checks that a second Update of the same ledger
// (the review command's pattern) finds the rows the first one added
// instead of adding them again.
func TestLedgerUpdateTwice(t *testing.T) {
	l := audit.NewLedger()
	people := audit.Merge(slices.Clone(world), nil)
	l.Update(people)
	once := writeLedger(t, l)
	n := len(l.Rows())
	l.Update(people)
	if len(l.Rows()) != n {
		t.Errorf("%d rows after a second Update, want %d", len(l.Rows()), n)
	}
	if twice := writeLedger(t, l); twice != once {
		t.Errorf("a second Update changed the ledger:\n%s", diffLines(twice, once))
	}
	if n < 2 {
		t.Fatalf("only %d rows: the test needs several new people", n)
	}
}

// A row added by hand with its name left empty gets the name from the
// exports; a name the person wrote stays, even where the exports now give
// another, and so does a name cell of spaces: they are what the person
// typed.
func TestUpdateFillsEmptyNames(t *testing.T) {
	in := lines(stdHeader,
		"p1,Mum,facebook:ada.1,2026-03,,,,,family,,yes",
		",,twitter:9,,yes,,,,,,",
		"p3,  ,twitter:10,,,,,,,,yes")
	accounts := []audit.Account{
		account(audit.Facebook, audit.Friend, "ada.1", "Ada Lovelace"),
		account(audit.Twitter, audit.Following, "9", "Aaron Abel"),
		account(audit.Twitter, audit.Following, "10", "Zoë Zed"),
	}
	got, l, _ := run(t, in, accounts)
	for name, want := range map[string]string{"Mum": "facebook:ada.1", "Aaron Abel": "twitter:9", "  ": "twitter:10"} {
		if r := rowNamed(t, l, name); !slices.Equal(r.Accounts, []string{want}) {
			t.Errorf("row named %q has accounts %q, want %s", name, r.Accounts, want)
		}
	}
	if strings.Contains(got, "Ada Lovelace") || strings.Contains(got, "Zoë Zed") {
		t.Errorf("the name the person wrote was replaced:\n%s", got)
	}
	if again, _, _ := run(t, got, accounts); again != got {
		t.Errorf("a second run changed the ledger:\n%s", diffLines(again, got))
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
	ada, bob := rowNamed(t, l, "Ada").Notes, rowNamed(t, l, "Bob").Notes
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

// A ledger saved from a copy older than the last run, its Facebook
// accounts carried (the exports lack them): the key the last run added to
// a row goes back on it, the row it added comes back, and nothing else
// changes (see Ledger.RestoreCarried, Ledger.RestoreRows).
func TestRestoreCarried(t *testing.T) {
	in := lines(stdHeader,
		"p1,Ann,facebook:ann.1,2026-10-01,,,,,friend,met at work,yes",
		"p2,Mia,linkedin:mia,,,,,,,,yes",
		"p3,Solo,facebook:moved.3,,,,,,,,yes")
	l := readLedger(t, in)
	known := l.Known()
	people := audit.Merge([]audit.Account{
		account(audit.LinkedIn, audit.Connection, "mia", "Mia"),
		account(audit.LinkedIn, audit.Connection, "newcomer", "Nia New"),
	}, known)
	l.Update(people)
	past := func(person, relation, id, name string) audit.Past {
		return audit.PastCells{AsOf: "2027-02-25", PersonID: person, Network: audit.Facebook, Relation: relation, ID: id, Name: name, Decision: "keep", Rule: "met"}.Past()
	}
	carried := []audit.Past{
		past("p1", audit.Friend, "ann.1", "Ann"),             // on the row: nothing to do
		past("p1", audit.Friend, "ann-smith.1", "Ann Smith"), // renamed in the last run: back on p1
		past("p1", audit.Friend, "moved.3", "Solo"),          // moved to a row of its own since: stays there
		past("p4", audit.Friend, "bo.2", "Bo Chen"),          // a row the last run added: back
		past("p5", audit.Friend, "cy.5", "Cy"),               // a row deleted by hand: left out
		past("p6", audit.Follower, "fan.6", "Fan"),           // a follower alone: no row
	}
	rowless := l.RestoreCarried(known, carried)
	if len(rowless) != 2 || rowless[0].Key() != "facebook:bo.2" || rowless[1].Key() != "facebook:cy.5" {
		t.Fatalf("rowless %v, want bo.2 and cy.5", rowless)
	}
	restored := l.RestoreRows(rowless, carried, func(id string) bool { return id == "p5" })
	if want := []audit.AddedKey{{Key: "facebook:bo.2", PersonID: "p4", Name: "Bo Chen"}}; !slices.Equal(restored, want) {
		t.Errorf("restored %v, want %v", restored, want)
	}
	if want := []audit.AddedKey{{Key: "facebook:ann-smith.1", PersonID: "p1", Name: "Ann"}}; !slices.Equal(l.Appended(), want) {
		t.Errorf("appended %v, want %v", l.Appended(), want)
	}
	keys := map[string]bool{}
	for i := range carried {
		keys[carried[i].Key()] = true
	}
	l.MarkFollowed(keys)
	want := lines(stdHeader,
		"p1,Ann,facebook:ann.1;facebook:ann-smith.1,2026-10-01,,,,,friend,met at work,yes",
		"p2,Mia,linkedin:mia,,,,,,,,yes",
		"p3,Solo,facebook:moved.3,,,,,,,,yes",
		"p4,Bo Chen,facebook:bo.2,,,,,,,,yes",
		pid("linkedin:newcomer")+",Nia New,linkedin:newcomer,,,,,,,,yes")
	if got := writeLedger(t, l); got != want {
		t.Errorf("ledger:\n%s", diffLines(got, want))
	}
	if r := l.Row("p4"); r == nil || l.Name(r) != "Bo Chen" {
		t.Errorf("Row(p4) = %v, want Bo Chen's restored row", r)
	}
}

// A carried account whose person's row has an accounts cell a spreadsheet
// misread is put on the row but kept off the cell, and RestoreCarried
// marks it so (Past.Unwritten), for the history: the run after the cell
// is corrected writes it there, and does not take it for a key that went
// back. A carried account the last run kept off a cell, written now, is
// marked written.
func TestRestoreCarriedMisread(t *testing.T) {
	misread := "p1,S\u00c3\u00b8ren,linkedin:follow.s\u00c3\u00b8ren-as,2026-10-01,,,,,,,yes"
	in := lines(stdHeader, misread, "p2,Ann,linkedin:ann,,,,,,,,yes")
	l := readLedger(t, in)
	known := l.Known()
	l.Update(nil)
	past := func(person, id string, unwritten bool) audit.Past {
		c := audit.PastCells{AsOf: "2027-02-25", PersonID: person, Network: audit.YouTube, Relation: audit.Subscription, ID: id, Name: "N", Decision: "keep", Rule: "met"}
		if unwritten {
			c.LedgerCell = audit.LedgerCellMisread
		}
		return c.Past()
	}
	carried := []audit.Past{
		past("p1", "UCsoren", false), // kept off the misread cell now
		past("p2", "UCann", true),    // kept off a cell corrected since: written now
	}
	if rowless := l.RestoreCarried(known, carried); len(rowless) != 0 {
		t.Fatalf("rowless %v, want none", rowless)
	}
	if !carried[0].Unwritten() || carried[1].Unwritten() {
		t.Errorf("unwritten %v and %v, want true and false", carried[0].Unwritten(), carried[1].Unwritten())
	}
	if want := []audit.AddedKey{{Key: "youtube:UCann", PersonID: "p2", Name: "Ann"}}; !slices.Equal(l.Appended(), want) {
		t.Errorf("appended %v, want %v", l.Appended(), want)
	}
	// Kept off the cell, the key is among KeptOff, for Regrouped: the
	// last run may have written it there, and the person taken it off.
	if want := []audit.AddedKey{{Key: "youtube:UCsoren", PersonID: "p1", Name: "S\u00c3\u00b8ren"}}; !slices.Equal(l.KeptOff(), want) {
		t.Errorf("kept off %v, want %v", l.KeptOff(), want)
	}
	l.MarkFollowed(map[string]bool{"youtube:UCsoren": true, "youtube:UCann": true})
	want := lines(stdHeader, misread, "p2,Ann,linkedin:ann;youtube:UCann,,,,,,,,yes")
	if got := writeLedger(t, l); got != want {
		t.Errorf("ledger:\n%s", diffLines(got, want))
	}
	if r := l.Row("p1"); r == nil || !slices.Contains(r.Accounts, "youtube:UCsoren") {
		t.Errorf("p1's row does not hold the carried channel: %v", r)
	}
}

// A history edited by hand that gives one carried account to two people
// (a row copied, its person id changed): the account went back on one
// row and came back on a restored row of the other, and the next run
// refused the ledger, an account listed on two rows. It goes on the row
// of the person of its last history row, as the merge takes it
// (Known.pinLastRun), and on no other.
func TestRestoreCarriedOnce(t *testing.T) {
	l := readLedger(t, lines(stdHeader, "p1,Ann,facebook:ann.1,,,,,,,,yes"))
	known := l.Known()
	l.Update(nil)
	past := func(person, id, name string) audit.Past {
		return audit.PastCells{AsOf: "2027-02-25", PersonID: person, Network: audit.Facebook, Relation: audit.Friend, ID: id, Name: name, Decision: "keep", Rule: "met"}.Past()
	}
	carried := []audit.Past{
		past("p1", "ann.1", "Ann"),
		past("p1", "twice.2", "Twice"),
		past("p4", "twice.2", "Twice"),
		past("p4", "bo.4", "Bo"),
		past("p5", "twice.3", "Twice"),
		past("p1", "twice.3", "Twice"),
	}
	rowless := l.RestoreCarried(known, carried)
	l.RestoreRows(rowless, carried, func(string) bool { return false })
	keys := map[string]bool{}
	for i := range carried {
		keys[carried[i].Key()] = true
	}
	l.MarkFollowed(keys)
	want := lines(stdHeader,
		"p1,Ann,facebook:ann.1;facebook:twice.3,,,,,,,,yes",
		"p4,Twice,facebook:twice.2;facebook:bo.4,,,,,,,,yes")
	if got := writeLedger(t, l); got != want {
		t.Errorf("ledger:\n%s", diffLines(got, want))
	}
}

// A history edited by hand whose carried rows hold keys the ledger does
// not read as themselves (an empty id, a network the tool does not read,
// a Twitter/X handle, an id with a space, a semicolon or capitals): put
// back on a row, or on a row given back, they made the next run refuse
// the ledger ("is not an account"), or were read as another key and put
// back again on every run. They stay carried, on no row.
func TestRestoreCarriedUnreadable(t *testing.T) {
	l := readLedger(t, lines(stdHeader, "p1,Ann,facebook:ann.1,,,,,,,,yes"))
	known := l.Known()
	l.Update(nil)
	past := func(person, network, id string) audit.Past {
		return audit.PastCells{AsOf: "2027-02-25", PersonID: person, Network: network, Relation: audit.Following, ID: id, Name: "X", Decision: "keep", Rule: "met"}.Past()
	}
	carried := []audit.Past{
		past("p1", audit.Facebook, ""),
		past("p1", "myspace", "ann"),
		past("p1", "Facebook", "ann.2"),
		past("p1", audit.Twitter, "@ann"),
		past("p1", audit.Facebook, "ann lee.3"),
		past("p1", audit.Facebook, "ann.4;facebook:x.5"),
		past("p1", audit.Facebook, "Ann.6"),
		past("p1", audit.Facebook, " ann.7"),
		past("p2", audit.Facebook, ""),
		past("p2", audit.Twitter, "@bo"),
		past("p3", audit.Twitter, "1401"),
	}
	rowless := l.RestoreCarried(known, carried)
	l.RestoreRows(rowless, carried, func(string) bool { return false })
	want := lines(stdHeader,
		"p1,Ann,facebook:ann.1,,,,,,,,no",
		"p3,X,twitter:1401,,,,,,,,yes")
	got := writeLedger(t, l)
	if got != want {
		t.Errorf("ledger:\n%s", diffLines(got, want))
	}
	if _, err := audit.ReadLedger(strings.NewReader(got), ledgerFile, asOf); err != nil {
		t.Errorf("the ledger written is refused: %v", err)
	}
}

// A history edited by hand may give one person thousands of accounts (a
// person_id filled down a column) and repeat its rows: each went on the
// row, or the row given back, with the accounts cell made again, a
// quadratic cost in bytes (gigabytes for a few tens of thousands); the
// cell is made once a row, and each account is on it once.
func TestRestoreCarriedManyOfOne(t *testing.T) {
	l := readLedger(t, lines(stdHeader, "p1,Ann,facebook:ann.1,,,,,,,,yes"))
	known := l.Known()
	l.Update(nil)
	const n = 20000
	var carried []audit.Past
	for _, person := range []string{"p1", "p9"} {
		for i := range n {
			c := audit.PastCells{AsOf: "2027-02-25", PersonID: person, Network: audit.Twitter, Relation: audit.Following, ID: person[1:] + strconv.Itoa(100000+i), Name: "X", Decision: "keep", Rule: "met"}.Past()
			carried = append(carried, c, c)
		}
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	rowless := l.RestoreCarried(known, carried)
	l.RestoreRows(rowless, carried, func(string) bool { return false })
	runtime.ReadMemStats(&after)
	if got := after.TotalAlloc - before.TotalAlloc; got > 64<<20 {
		t.Errorf("restoring 2×%d accounts of two people allocated %d MB", n, got>>20)
	}
	rows := l.Rows()
	if len(rows) != 2 || len(rows[0].Accounts) != n+1 || len(rows[1].Accounts) != n {
		t.Fatalf("%d rows, want 2 of %d and %d accounts", len(rows), n+1, n)
	}
	if got := writeLedger(t, l); !strings.HasPrefix(got, lines(stdHeader)+"p1,Ann,facebook:ann.1;twitter:1100000;twitter:1100001;") {
		t.Errorf("ledger starts %.200q", got)
	}
}

// The rules count from the ledger's dates alone: the day an account was
// followed or connected, even after the audit's day (an export newer than
// --as-of, a clock gone wrong), changes no decision nor reach-out, and
// gives no negative age.
func TestDecideAllIgnoresExportDates(t *testing.T) {
	rules := audit.Rules{AsOf: asOf, Window: audit.DefaultWindow, Policy: audit.DefaultPolicy()}
	decide := func(since audit.Date) (map[string]audit.Decision, []audit.ReachOut) {
		accs := slices.Clone(world)
		for i := range accs {
			accs[i].Since = since
		}
		_, l, people := run(t, annotated, accs)
		out := map[string]audit.Decision{}
		for _, it := range rules.DecideAll(people, l) {
			out[it.Account.Key()] = it.Decision
		}
		return out, rules.ReachOuts(l, people, nil)
	}
	want, wantReach := decide(0)
	for _, since := range []audit.Date{asOf - 5000, asOf, asOf + 1, asOf + 90, asOf + 4000} {
		t.Run(since.String(), func(t *testing.T) {
			got, reach := decide(since)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("decisions with every account since %s:\n%v\nwant (no date)\n%v", since, got, want)
			}
			if !reflect.DeepEqual(reach, wantReach) {
				t.Errorf("reach-outs with every account since %s:\n%v\nwant\n%v", since, reach, wantReach)
			}
		})
	}
}

// A row Update added for a person new to the ledger read (a copy older
// than the last run) that carried accounts of the last run join
// (RestoreRows) gets cells of its own: they listed every account of the
// person, the one that only follows you too, which no row lists (see
// rowAccounts), and the next run named as typed by hand once gone.
func TestRestoreRowsJoinedListsNoFollower(t *testing.T) {
	l := readLedger(t, lines(stdHeader, "p1,Ann,facebook:ann.1,,,,,,,,yes"))
	known := l.Known()
	people := audit.Merge([]audit.Account{
		account(audit.Facebook, audit.Friend, "ann.1", "Ann"),
		account(audit.Facebook, audit.Friend, "eve.1", "Eve Ray"),
		account(audit.Twitter, audit.Follower, "5", "Eve Ray"),
	}, known)
	l.Update(people)
	eve := ""
	for _, p := range people {
		if p.Name() == "Eve Ray" {
			eve = p.ID
		}
	}
	// The last run knew her as p9 (the copy read is older than it).
	past := func(network, relation, id string) audit.Past {
		return audit.PastCells{AsOf: "2027-02-25", PersonID: "p9", Network: network, Relation: relation, ID: id, Name: "Eve Ray", Decision: "keep", Rule: "met"}.Past()
	}
	carried := []audit.Past{past(audit.LinkedIn, audit.Connection, "eve")}
	prev := []audit.Past{past(audit.Facebook, audit.Friend, "eve.1"), carried[0]}
	rowless := l.RestoreCarried(known, carried)
	l.RestoreRows(rowless, prev, func(string) bool { return false })
	want := lines(stdHeader,
		"p1,Ann,facebook:ann.1,,,,,,,,yes",
		eve+",Eve Ray,facebook:eve.1;linkedin:eve,,,,,,,,yes")
	if got := writeLedger(t, l); got != want {
		t.Errorf("ledger:\n%s", diffLines(got, want))
	}
	if r := l.Row(eve); r == nil || slices.Contains(l.AccountKeys(r), "twitter:5") {
		t.Errorf("Eve's row lists the account that only follows you: %v", r)
	}
}

// TestLedgerErrorBrief checks the error said within another message: where
// and what is wrong, without the file, the advice after it, or the other
// lines, and a colon inside parentheses kept.
func TestLedgerErrorBrief(t *testing.T) {
	const header = "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note\n"
	for _, c := range []struct{ ledger, want string }{
		{header + "p1,Ana,linkedin:ana,03/02/2026,,,,,,\np2,Bo,linkedin:bo,04/02/2026,,,,,,\n",
			`line 2, column last_met: "03/02/2026" is a date as a spreadsheet shows it, not in the ledger's form (YYYY-MM-DD, YYYY-MM or YYYY)`},
		{header + "p1,Ana,linkedin:ana,,maybe,,,,,\n",
			`line 2, column inspiring: "maybe" is not yes or no (` + "accepted: yes/no"},
	} {
		_, err := audit.ReadLedger(strings.NewReader(c.ledger), "copy.csv", asOf)
		le, ok := errors.AsType[*audit.LedgerError](err)
		if !ok {
			t.Fatalf("ReadLedger: %v, want a *LedgerError", err)
		}
		got := le.Brief()
		if !strings.HasPrefix(got, c.want) || strings.Contains(got, "copy.csv") || strings.Contains(got, "Give the last_met") || strings.Contains(got, "more line") {
			t.Errorf("Brief() = %q, want it to start %q, without the file, advice or other lines", got, c.want)
		}
		if strings.Count(got, "(") != strings.Count(got, ")") {
			t.Errorf("Brief() = %q: parentheses cut", got)
		}
	}
}

// TestLedgerErrorBriefCSV checks Brief of a ledger that is not valid CSV:
// the reader's "not valid CSV: " is followed by what is wrong, which the
// first ": " would cut off, leaving "not valid CSV" alone, a backup cut
// short not said to be so.
func TestLedgerErrorBriefCSV(t *testing.T) {
	const header = "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note\n"
	for _, c := range []struct{ ledger, want string }{
		{header + "p1,Ana,linkedin:ana,,,,,,,\np2,\"Bo,linkedin:bo,,,,,,,\n",
			`line 3: not valid CSV: the file ends inside a quoted cell opened on this line, its closing " missing`},
		{header + "p1,\"Ana\nLima\"x,linkedin:ana,,,,,,,\n",
			`line 2: not valid CSV: the record starting here: extraneous or missing " in quoted-field (seen on line 3)`},
		{header + "p1,A\"na,linkedin:ana,,,,,,,\n",
			`line 2: not valid CSV: bare " in non-quoted-field`},
	} {
		_, err := audit.ReadLedger(strings.NewReader(c.ledger), "copy.csv", asOf)
		le, ok := errors.AsType[*audit.LedgerError](err)
		if !ok {
			t.Fatalf("ReadLedger: %v, want a *LedgerError", err)
		}
		if got := le.Brief(); got != c.want {
			t.Errorf("Brief() = %q, want %q (error %q)", got, c.want, err)
		}
	}
}
