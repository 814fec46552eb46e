package audit_test

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
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
