package audit_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// TestLedgerMisread finds the cells a spreadsheet read as Windows-1252
// and saved so, and only those: accented names, symbols and emoji written
// as they are pass.
func TestLedgerMisread(t *testing.T) {
	for _, tt := range []struct {
		name  string
		rows  []string
		first string
		line  int
		n     int
	}{
		{"as written", []string{
			"p1,Amélie Durand,facebook:amelie-durand.1,,,,,,,« café » ½ © ± ß ÿ ñ,yes",
			"p2,Søren Øvergaard,facebook:søren-øvergaard.2,,,,,,,Łukasz 王伟 😀 Ã alone,yes",
			"p3,Nguyễn Thị Thảo,linkedin:x,,,,,,,“quoted” – dash … ’,yes",
		}, "", 0, 0},
		{"misread", []string{
			"p1,Amélie Durand,facebook:amelie-durand.1,,,,,,,,yes",
			"p2,AmÃ©lie Durand,facebook:amelie-durand.2,,,,,,,met at the cafÃ©,yes",
			"p3,SÃ¸ren Ã˜vergaard,facebook:sÃ¸ren-Ã¸vergaard.3,,,,,,,it’s fine,yes",
			"p4,Lena Park,twitter:1,,,,,,,itâ€™s a smile ðŸ˜€,yes",
		}, "AmÃ©lie Durand", 3, 5},
	} {
		t.Run(tt.name, func(t *testing.T) {
			l := readLedger(t, lines(append([]string{stdHeader}, tt.rows...)...))
			first, line, n := l.Misread()
			if first != tt.first || line != tt.line || n != tt.n {
				t.Errorf("Misread() = %q, line %d, %d cells; want %q, line %d, %d", first, line, n, tt.first, tt.line, tt.n)
			}
		})
	}
}

// An accounts cell a spreadsheet misread keeps its text, and its keys are
// read as they were written before: the accounts stay on the row, with
// its notes; a key the merge adds to the row (an account of the same
// e-mail) goes on the row, not into the cell, and is not said to have
// gone back.
func TestLedgerMisreadAccounts(t *testing.T) {
	row := "p1,JosÃ© GarcÃ\u00ada,linkedin:josÃ©-garcÃ\u00ada,2026-10,,,,,,met at the cafÃ©,yes"
	text := lines(stdHeader, row)
	out, l, people := run(t, text, []audit.Account{
		withEmail(account(audit.LinkedIn, audit.Connection, "jos%C3%A9-garc%C3%ADa", "José García"), "jose@example.org"),
		withEmail(account(audit.Facebook, audit.Friend, "jose-garcia.1", "José García"), "jose@example.org"),
	})
	if out != text {
		t.Errorf("ledger written\n%s\nwant it as read\n%s", out, text)
	}
	if len(people) != 1 || people[0].ID != "p1" {
		t.Fatalf("people %v, want one, p1", people)
	}
	r := l.Rows()[0]
	if want := []string{"linkedin:jos%C3%A9-garc%C3%ADa", "facebook:jose-garcia.1"}; !slices.Equal(r.AccountList(), want) {
		t.Errorf("row accounts %q, want %q", r.AccountList(), want)
	}
	if len(l.Rows()) != 1 {
		t.Errorf("%d rows, want 1", len(l.Rows()))
	}
	if len(l.Appended()) != 0 {
		t.Errorf("appended %v, want none", l.Appended())
	}
	if cell, key := l.MisreadKey(); cell != "linkedin:josÃ©-garcÃ\u00ada" || key != "linkedin:jos%C3%A9-garc%C3%ADa" {
		t.Errorf("MisreadKey() = %q, %q", cell, key)
	}
}

// A key whose last character ends in the byte 0xA0 ("ム", E3 83 A0, in
// "ウィリアム", William) is misread with a no-break space last, which is
// part of the key, not space around it: read back, it still matches its
// account, last in the cell or before another key.
func TestLedgerMisreadTrailingNoBreakSpace(t *testing.T) {
	for _, cell := range []string{
		"linkedin:follow.ã‚¦ã‚£ãƒªã‚¢ãƒ\u00a0",
		"linkedin:follow.ã‚¦ã‚£ãƒªã‚¢ãƒ\u00a0;twitter:1401",
	} {
		t.Run(cell, func(t *testing.T) {
			row := "p1,ã‚¦ã‚£ãƒªã‚¢ãƒ\u00a0," + cell + ",2026-10,,,,,,met at the cafÃ©,yes"
			text := lines(stdHeader, row)
			out, l, people := run(t, text, []audit.Account{
				account(audit.LinkedIn, audit.Following, "follow.ウィリアム", "ウィリアム"),
			})
			if out != text {
				t.Errorf("ledger written\n%s\nwant it as read\n%s", out, text)
			}
			if len(people) != 1 || people[0].ID != "p1" {
				t.Fatalf("people %v, want one, p1", people)
			}
			if len(l.Rows()) != 1 {
				t.Errorf("%d rows, want 1", len(l.Rows()))
			}
			if _, key := l.MisreadKey(); key != "linkedin:follow.ウィリアム" {
				t.Errorf("MisreadKey() key = %q, want linkedin:follow.ウィリアム", key)
			}
		})
	}
}

// A key whose last letter is à (C3 A0: "Ã" and a no-break space read as
// Windows-1252) is misread with a no-break space last too, after a "Ã"
// that wants one byte more: read back, it matches its account, last in
// the cell or before another key. Trimmed, "carrÃ" matched nothing, and
// the account left the row the person's notes are on.
func TestLedgerMisreadTrailingAGrave(t *testing.T) {
	for _, cell := range []string{
		"linkedin:raffaella-carrÃ\u00a0",
		"linkedin:raffaella-carrÃ\u00a0;twitter:1401",
		" linkedin:raffaella-carrÃ\u00a0 ",
	} {
		t.Run(cell, func(t *testing.T) {
			quoted := cell
			if cell[0] == ' ' { // as the ledger writes it back
				quoted = `"` + cell + `"`
			}
			row := "p1,Raffaella Carra," + quoted + ",2026-10,,,,,,met at the cafÃ©,yes"
			text := lines(stdHeader, row)
			out, l, people := run(t, text, []audit.Account{
				account(audit.LinkedIn, audit.Connection, "raffaella-carr%C3%A0", "Raffaella Carrà"),
			})
			if out != text {
				t.Errorf("ledger written\n%s\nwant it as read\n%s", out, text)
			}
			if len(people) != 1 || people[0].ID != "p1" || len(l.Rows()) != 1 {
				t.Errorf("people %v, %d rows; want one, p1, on its row", people, len(l.Rows()))
			}
			if _, key := l.MisreadKey(); key != "linkedin:raffaella-carr%C3%A0" {
				t.Errorf("MisreadKey() key = %q, want linkedin:raffaella-carr%%C3%%A0", key)
			}
		})
	}
}

// A key typed right whose last letter is ß or a capital with an accent
// (ß is C3 9F: read as Windows-1252, "Ã" and a character that would want
// one byte more) and that a no-break space follows, pasted from a web
// page, is no misread key: the space is trimmed, as around any key, and
// the key still matches its account. Read back with the space, it would
// be another key ("thomas-strau%DF%A0") and the account would leave the
// row for a new one.
func TestLedgerTrailingNoBreakSpaceTypedRight(t *testing.T) {
	for _, tt := range []struct{ cell, id string }{
		{"linkedin:thomas-strauß\u00a0", "thomas-strau%C3%9F"},
		{"linkedin:thomas-strauß\u00a0;twitter:1401", "thomas-strau%C3%9F"},
		{"linkedin:THOMAS-STRAUSÉ\u00a0", "thomas-straus%C3%A9"},
	} {
		t.Run(tt.cell, func(t *testing.T) {
			row := "p1,Thomas Strauß," + tt.cell + ",2026-10,,,,,,met at the café,yes"
			text := lines(stdHeader, row)
			out, l, people := run(t, text, []audit.Account{
				account(audit.LinkedIn, audit.Following, tt.id, "Thomas Strauß"),
			})
			if out != text {
				t.Errorf("ledger written\n%s\nwant it as read\n%s", out, text)
			}
			if len(people) != 1 || people[0].ID != "p1" || len(l.Rows()) != 1 {
				t.Errorf("people %v, %d rows; want one, p1, on its row", people, len(l.Rows()))
			}
			if cell, key := l.MisreadKey(); cell != "" || key != "" {
				t.Errorf("MisreadKey() = %q, %q; want none", cell, key)
			}
		})
	}
}

// A cell typed right in which ß or a capital with an accent comes before
// a no-break space (pasted from a web page, or put before ":" and "!" in
// French) is no misread, though the character and the space read as
// Windows-1252 bytes (DF A0, C9 A0, D6 A0) are UTF-8 of another
// character: nothing is said of it, its keys are read as typed, a key
// joined to its row goes into its accounts cell, and the ledger is
// written back byte for byte. The same cells misread are still found
// and read back, and so is a no-break space after such a capital in a
// cell misread elsewhere ("Å" and a no-break space: Š).
func TestLedgerNoBreakSpaceAfterCapitalTypedRight(t *testing.T) {
	type key struct{ cell, id string } // as the accounts cell has it, as the export does
	for _, tt := range []struct {
		name           string
		keys           []key
		nameCell, note string
	}{
		{"ß, key last", []key{{"linkedin:jörg-strauß\u00a0", "j%C3%B6rg-strau%C3%9F"}}, "Jörg Strauß", ""},
		{"ß, key alone", []key{{"linkedin:thomas-strauß\u00a0", "thomas-strau%C3%9F"}}, "Thomas Strauß", ""},
		{"É, key first", []key{{"linkedin:ANDRÉ\u00a0", "andr%C3%A9"}, {"linkedin:priya-nair-5b2", "priya-nair-5b2"}}, "André", ""},
		{"Ö, spaced", []key{{"\u00a0linkedin:MALMÖ\u00a0", "malm%C3%B6"}, {" linkedin:GRÜß\u00a0", "gr%C3%BC%C3%9F"}}, "Malmö", ""},
		{"À", []key{{"linkedin:SALVATORE-CARRÀ\u00a0", "salvatore-carr%C3%A0"}}, "Salvatore Carrà", ""},
		{"in the name and the notes", []key{{"linkedin:priya-nair-5b2", "priya-nair-5b2"}},
			"JÖRG STRAUß\u00a0", "ÉTÉ\u00a0: vu à MALMÖ\u00a0! À\u00a0bientôt, 2\u00a0×\u00a03, Ü\u00a0Ø\u00a0Þ\u00a0Ð\u00a0Ä\u00a0Å\u00a0"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var cells []string
			var accounts []audit.Account
			for _, k := range tt.keys {
				cells = append(cells, k.cell)
				accounts = append(accounts, withEmail(account(audit.LinkedIn, audit.Connection, k.id, tt.nameCell), "p1@example.org"))
			}
			accountsCell := strings.Join(cells, ";")
			row := []string{"p1", tt.nameCell, accountsCell, "2026-10", "", "", "", "", "", tt.note, "yes"}
			text := ledgerText("", false, strings.Split(stdHeader, ","), row)
			if first, line, n := readLedger(t, text).Misread(); n != 0 {
				t.Errorf("Misread() = %q, line %d, %d cells; want none", first, line, n)
			}
			out, l, people := run(t, text, accounts)
			if out != text {
				t.Errorf("ledger written back:\n%s", diffLines(out, text))
			}
			if len(people) != 1 || people[0].ID != "p1" || len(l.Rows()) != 1 {
				t.Errorf("people %v, %d rows; want one, p1, on its row", people, len(l.Rows()))
			}
			if cell, key := l.MisreadKey(); cell != "" || key != "" {
				t.Errorf("MisreadKey() = %q, %q; want none", cell, key)
			}
			// A key joined by its e-mail goes into the cell, as into any
			// cell written right.
			joined := withEmail(account(audit.Facebook, audit.Friend, "p-one.1588291200", tt.nameCell), "p1@example.org")
			_, l, _ = run(t, text, append(slices.Clone(accounts), joined))
			if got := cellOf(t, l, l.Rows()[0], audit.ColAccounts); !strings.Contains(got, "facebook:p-one.1588291200") {
				t.Errorf("accounts cell after a key joined: %q, want the key in it", got)
			}

			// Misread, the same cells are said, and their keys read back.
			for i := range row[1:10] {
				row[i+1] = excelMisread(row[i+1], false)
			}
			text = ledgerText("", false, strings.Split(stdHeader, ","), row)
			out, l, people = run(t, text, accounts)
			if first, line, n := l.Misread(); first == "" || line != 2 || n == 0 {
				t.Errorf("misread: Misread() = %q, line %d, %d cells; want the row's", first, line, n)
			}
			if out != text {
				t.Errorf("misread ledger written back:\n%s", diffLines(out, text))
			}
			if len(people) != 1 || people[0].ID != "p1" || len(l.Rows()) != 1 {
				t.Errorf("misread: people %v, %d rows; want one, p1, on its row", people, len(l.Rows()))
			}
		})
	}
}

// "Å" and a no-break space is Š misread (C5 A0), "Ð" and one Р, "Î"
// and one Π, "×" and one נ: in a cell misread elsewhere as well, it is
// found and read back with the rest.
func TestLedgerMisreadCapitalAndNoBreakSpace(t *testing.T) {
	for _, tt := range []struct{ typed, id string }{
		{"linkedin:Šimon-novák", "%C5%A1imon-nov%C3%A1k"},
		// Š the only letter outside ASCII, typed as the name is written:
		// misread, a small letter follows the pair.
		{"linkedin:Špela-Novak", "%C5%A1pela-novak"},
		{"linkedin:Šimon-hora", "%C5%A1imon-hora"},
		{"linkedin:Роман-Петров", "%D1%80%D0%BE%D0%BC%D0%B0%D0%BD-%D0%BF%D0%B5%D1%82%D1%80%D0%BE%D0%B2"},
		{"linkedin:Παύλος-Πάνου", "%CF%80%CE%B1%CF%8D%CE%BB%CE%BF%CF%82-%CF%80%CE%AC%CE%BD%CE%BF%CF%85"},
		{"linkedin:נתן-כהן", "%D7%A0%D7%AA%D7%9F-%D7%9B%D7%94%D7%9F"},
	} {
		t.Run(tt.typed, func(t *testing.T) {
			cell := excelMisread(tt.typed, false)
			if !strings.Contains(cell, "\u00a0") {
				t.Fatalf("%q misread is %q: no no-break space", tt.typed, cell)
			}
			text := lines(stdHeader, "p1,Ada,"+cell+",2026-10,,,,,,,yes")
			out, l, people := run(t, text, []audit.Account{account(audit.LinkedIn, audit.Connection, tt.id, "Ada")})
			if out != text {
				t.Errorf("written back:\n%s", diffLines(out, text))
			}
			if first, _, n := l.Misread(); first != cell || n != 1 {
				t.Errorf("Misread() = %q, %d cells; want %q, 1", first, n, cell)
			}
			if len(people) != 1 || people[0].ID != "p1" || len(l.Rows()) != 1 {
				t.Errorf("people %v, %d rows; want one, p1, on its row", people, len(l.Rows()))
			}
		})
	}
}
