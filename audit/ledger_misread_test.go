package audit_test

import (
	"slices"
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
	if want := []string{"linkedin:jos%C3%A9-garc%C3%ADa", "facebook:jose-garcia.1"}; !slices.Equal(r.Accounts, want) {
		t.Errorf("row accounts %q, want %q", r.Accounts, want)
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
