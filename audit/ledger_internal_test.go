package audit

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestWriteVirtualRow checks that a new person's ledger row, written
// straight from the person, is what the CSV writer gives for its cells,
// with keys that need quoting or escaping too.
func TestWriteVirtualRow(t *testing.T) {
	cols := append(slices.Clone(LedgerColumns), ColInExports, "my column")
	for _, accs := range [][]Account{
		{acc(LinkedIn, "ada-l", "Ada Lovelace")},
		{acc(Facebook, "ada.1", "Ada"), acc(Twitter, "12", "")},
		{acc(Mastodon, "ada@example.org", "Ada, PhD")},
		{acc(Facebook, `x,"y"`, "Quote")},
		{acc("=cmd", "1", "Formula")},
		{acc(" spaced", "1", "Space")},
		{acc("\u00a0nbsp", "1", "Unicode space")}, // encoding/csv quotes any leading space
		{acc("\u3000wide", "1", "Unicode space")},
		{acc("", "1", "No network")},
		{acc(YouTube, "UC\nx", "Newline")},
		{withHandle(acc(Twitter, "5", ""), "handle")},
	} {
		p := &Person{ID: "p0123456789ab"}
		for i := range accs {
			p.Accounts = append(p.Accounts, &accs[i])
		}
		r := &LedgerRow{person: p, followed: len(accs) > 1}
		var want, got bytes.Buffer
		cells := make([]string, len(cols))
		for i, c := range cols {
			cells[i] = r.virtual(c)
		}
		cw := newCSVWriter(&want)
		cw.Write(cells...)
		cw.Flush()
		cw = newCSVWriter(&got)
		writeVirtualRow(cw, r.person, r.followed, cols)
		cw.Flush()
		if got.String() != want.String() {
			t.Errorf("%s: got %q, want %q", p.Keys(), got.String(), want.String())
		}
	}
}

func TestRowsHint(t *testing.T) {
	if n := rowsHint(bytes.NewReader(make([]byte, 5000)), 100); n != 0 {
		t.Errorf("rowsHint of a reader that is not a file = %d, want 0", n)
	}
	f, err := os.CreateTemp(t.TempDir(), "ledger")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.Write(make([]byte, 5000)); err != nil {
		t.Fatal(err)
	}
	if n := rowsHint(f, 100); n != 50 {
		t.Errorf("rowsHint of a 5,000-byte file at 100 bytes a line = %d, want 50", n)
	}
}

// A note of two lines written in a file of CRLF ends, then re-saved on a
// Mac with CR ends, keeps one line break, not two.
func TestLedgerCRNoteWithCRLF(t *testing.T) {
	in := "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note\r" +
		"p1,Ada,twitter:1,,,,,,,\"line one\r\nline two\"\r"
	l, err := ReadLedger(strings.NewReader(in), "ledger.csv", 0)
	if err != nil {
		t.Fatal(err)
	}
	if got := l.Row("p1").Notes().Note; got != "line one\nline two" {
		t.Errorf("note %q, want one line break", got)
	}
	var b bytes.Buffer
	if err := WriteLedger(&b, l); err != nil {
		t.Fatal(err)
	}
	if want := "p1,Ada,twitter:1,,,,,,,\"line one\r\nline two\"\r"; !strings.Contains(b.String(), want) {
		t.Errorf("written back:\n%q\nwant a row\n%q", b.String(), want)
	}
}

// A line break inside a cell is written back as the file had it, where
// that is not the file's line end: LF in a CRLF file (Excel's Alt+Enter),
// CRLF in an LF file. encoding/csv reads both as LF.
func TestLedgerCellBreaksKept(t *testing.T) {
	const header = "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports"
	for _, tt := range []struct{ name, in string }{
		{"LF in a CRLF file", header + "\r\np1,Ada,twitter:1,,,,,,,\"line one\nline two\",yes\r\np2,Bob,twitter:2,,,,,,,\"a\nb\",yes\r\n"},
		{"CRLF in an LF file", header + "\np1,Ada,twitter:1,,,,,,,\"line one\r\nline two\",yes\np2,Bob,twitter:2,,,,,,,\"a\r\nb\",yes\n"},
		{"CRLF in a CRLF file", header + "\r\np1,Ada,twitter:1,,,,,,,\"line one\r\nline two\",yes\r\n"},
		{"LF in an LF file", header + "\np1,Ada,twitter:1,,,,,,,\"line one\nline two\",yes\n"},
		{"a CR in a name, LF between lines", header + "\np1,\"A\rda\",twitter:1,,,,,,,\"line one\nline two\",yes\n"},
		{"LF in a CR file", header + "\rp1,Ada,twitter:1,,,,,,,\"line one\nline two\",yes\r"},
		// Each cell's breaks as they were, where they are not all the
		// first one's: a note pasted from elsewhere beside ones typed.
		{"LF, then CRLF, in a CRLF file", header + "\r\np1,Ada,twitter:1,,,,,,,\"line one\nline two\",yes\r\np2,Bob,twitter:2,,,,,,,\"a\r\nb\",yes\r\n"},
		{"CRLF, then LF, in a CRLF file", header + "\r\np1,Ada,twitter:1,,,,,,,\"line one\r\nline two\",yes\r\np2,Bob,twitter:2,,,,,,,\"a\nb\",yes\r\n"},
		{"LF, then CRLF, in an LF file", header + "\np1,Ada,twitter:1,,,,,,,\"line one\nline two\",yes\np2,Bob,twitter:2,,,,,,,\"a\r\nb\",yes\n"},
		{"both in one cell, and in two cells of a row", header + "\r\np1,Ada,twitter:1,,,,,,\"x\r\ny\",\"line one\nline two\",yes\r\n" +
			"p2,Bob,twitter:2,,,,,,,\"a\nb\r\nc\nd\",yes\r\np3,Cy,twitter:3,,,,,,,\"e\r\nf\",yes\r\n"},
		{"CR, CRLF and LF in a CR file", header + "\rp1,Ada,twitter:1,,,,,,,\"line one\rline two\",yes\rp2,Bob,twitter:2,,,,,,,\"a\r\nb\nc\",yes\r"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			l, err := ReadLedger(strings.NewReader(tt.in), "ledger.csv", 0)
			if err != nil {
				t.Fatal(err)
			}
			if got := l.Row("p1").Notes().Note; got != "line one\nline two" {
				t.Errorf("note %q", got)
			}
			var b bytes.Buffer
			if err := WriteLedger(&b, l); err != nil {
				t.Fatal(err)
			}
			if b.String() != tt.in {
				t.Errorf("written back:\n%q\nwant\n%q", b.String(), tt.in)
			}
		})
	}
}

// A cell's own line breaks stay while the tool sets the row's other
// cells (in_exports, a key appended); a cell the tool sets gets the
// cells' breaks, as a value has no breaks of its own.
func TestLedgerMixedBreaksAfterSet(t *testing.T) {
	const header = "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports"
	in := header + "\r\np1,Ada,twitter:1,,,,,,\"x\ny\",\"a\r\nb\nc\",yes\r\np2,Bob,twitter:2,,,,,,,\"d\ne\",yes\r\n"
	l, err := ReadLedger(strings.NewReader(in), "ledger.csv", 0)
	if err != nil {
		t.Fatal(err)
	}
	l.set(l.Row("p1"), ColInExports, "no")
	l.set(l.Row("p1"), ColAccounts, "twitter:1;twitter:3")
	var b bytes.Buffer
	if err := WriteLedger(&b, l); err != nil {
		t.Fatal(err)
	}
	want := header + "\r\np1,Ada,twitter:1;twitter:3,,,,,,\"x\ny\",\"a\r\nb\nc\",no\r\np2,Bob,twitter:2,,,,,,,\"d\ne\",yes\r\n"
	if b.String() != want {
		t.Errorf("written back:\n%q\nwant\n%q", b.String(), want)
	}
	l.set(l.Row("p1"), ColNote, "a\nb\nc!")
	b.Reset()
	if err := WriteLedger(&b, l); err != nil {
		t.Fatal(err)
	}
	want = strings.Replace(want, "\"a\r\nb\nc\"", "\"a\nb\nc!\"", 1)
	if b.String() != want {
		t.Errorf("written back after the note was set:\n%q\nwant\n%q", b.String(), want)
	}
}

// rowCells give back the cells they were made of; set changes a copy
// only, grows the row, and leaves the other cells as they were.
func TestRowCells(t *testing.T) {
	cells := []string{"p1", "", "Zoë, \"Z\"", "", "line\none"}
	c := cellsOf(cells)
	if got := c.all(0); !slices.Equal(got, cells) {
		t.Fatalf("all = %q, want %q", got, cells)
	}
	if got := c.all(7); len(got) != 7 || !slices.Equal(got[:5], cells) || got[5] != "" || got[6] != "" {
		t.Errorf("all(7) = %q", got)
	}
	if c.at(9) != "" || c.none() || c.len() != 5 {
		t.Errorf("at(9) = %q, none %v, len %d", c.at(9), c.none(), c.len())
	}
	saved := c
	c.set(1, "Ada")
	c.set(6, "new column")
	want := []string{"p1", "Ada", "Zoë, \"Z\"", "", "line\none", "", "new column"}
	if got := c.all(0); !slices.Equal(got, want) {
		t.Errorf("after set: %q, want %q", got, want)
	}
	if got := saved.all(0); !slices.Equal(got, cells) {
		t.Errorf("the copy saved before set changed: %q", got)
	}
	var zero rowCells
	if !zero.none() {
		t.Error("the zero rowCells are not none")
	}
	if empty := cellsOf(nil); empty.none() || empty.len() != 0 {
		t.Error("cells of none of their own are taken for no cells")
	}
	// Rows of many cells (a head of two bytes) and of text 256 bytes or
	// more (ends 2 bytes wide) or 64 KiB or more (4), and both.
	long := strings.Repeat("x", 0x10000)
	for _, cells := range [][]string{
		slices.Repeat([]string{"a", ""}, 100),
		{"p1", long, "", "note"},
		{long[:0xFFFF]},
		{long[:0xFF]},
		{long[:0x100], ""},
		append(slices.Repeat([]string{"b"}, 70), long, long, "c"),
	} {
		c := cellsOf(cells)
		if got := c.all(0); !slices.Equal(got, cells) || c.len() != len(cells) {
			t.Errorf("cells of %d, %d bytes: got back %d cells, not the same", len(cells), len(strings.Join(cells, "")), len(got))
		}
	}
}

// readBack gives an id a spreadsheet misread as it was written, and
// leaves any other as it is: written right, with a character no misread
// gives, or whose bytes would be no UTF-8.
func TestReadBack(t *testing.T) {
	for _, tc := range []struct{ id, want string }{
		{"follow.sÃ¸ren-as", "follow.søren-as"},
		{"josÃ©-garcÃ\u00ada", "josé-garcía"},
		{"itâ€™s", "it’s"},
		// Misread twice (opened without the mark, saved, and again): read
		// back twice, not left half way ("sÃ¸ren", which the facebook
		// id folds to sa-ren).
		{"sÃƒÂ¸ren-as.1588291200", "søren-as.1588291200"},
		{"josÃƒÂ©-garcÃƒÂ\u00ada", "josé-garcía"},
		// Spaces pasted around the key, misread with it: trimmed once
		// read back, before the text is looked at again.
		{"Â\u00a0linkedin:follow.sÃ¸ren-as Â\u00a0", "linkedin:follow.søren-as"},
		{"thomas-strauÃŸÂ\u00a0", "thomas-strauß"},                // not strauߠ
		{"carrÃ\u00a0Â\u00a0Â\u00a0", "carrà"},                    // not carr and U+0820
		{"ada-lovelace.1588291200ã€€", "ada-lovelace.1588291200"}, // U+3000
		{"follow.søren-as", "follow.søren-as"},
		{"ã-alone.1", "ã-alone.1"},
		{"Ã alone", "Ã alone"},
		{"sÃ¸ren-Ø", "sÃ¸ren-Ø"}, // Ø alone: byte 0xD8 begins no UTF-8 here
		{"sÃ¸ren-王", "sÃ¸ren-王"},
		{"1401", "1401"},
		// ß or a capital with an accent typed right before a no-break
		// space: no misread by itself (strauߠ, ANDRɠ), but with text
		// misread beside it (Šimon-novák), or a small letter after it:
		// Š misread starting a word (Šimon-novak, Špela).
		{"jörg-strauß\u00a0", "jörg-strauß\u00a0"},
		{"strauß\u00a0", "strauß\u00a0"},
		{"strauß\u00a0und", "strauß\u00a0und"},
		{"ANDRÉ\u00a0X", "ANDRÉ\u00a0X"},
		{"Å\u00a0imon-novak", "Šimon-novak"},
		{"Å\u00a0pela-Novak", "Špela-Novak"},
		{"Å\u00a0imon-novÃ¡k", "Šimon-novák"},
		{"Ð\u00a0Ð¾Ð¼Ð°Ð½", "Роман"},
		{"thomas-strauÃŸÂ\u00a0x", "thomas-strauß\u00a0x"}, // read back once, then right
	} {
		if got := readBack(tc.id); got != tc.want {
			t.Errorf("readBack(%q) = %q, want %q", tc.id, got, tc.want)
		}
	}
}

// misread finds text misread as Windows-1252, and no text typed right
// with ß or a capital with an accent before a no-break space, which
// reads as another character's bytes (DF A0 is ߠ): such a pair is a
// misread one only beside another (Šimon Novák misread). Â and Ã before
// one are the no-break space and à misread.
func TestMisreadNoBreakSpace(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"strauß\u00a0", false},
		{"linkedin:jörg-strauß\u00a0;twitter:1401", false},
		{"ÉTÉ\u00a0: vu à MALMÖ\u00a0!", false},
		{"À\u00a0bientôt", false},
		{"Ä\u00a0Å\u00a0Æ\u00a0Ç\u00a0È\u00a0É\u00a0Ê\u00a0Ë\u00a0Ì\u00a0Í\u00a0Î\u00a0Ï\u00a0Ð\u00a0Ñ\u00a0Ò\u00a0Ó\u00a0Ô\u00a0Õ\u00a0Ö\u00a0×\u00a0Ø\u00a0Ù\u00a0Ú\u00a0Û\u00a0Ü\u00a0Ý\u00a0Þ\u00a0ß\u00a0", false},
		{"strauß\u00a0und", false}, // ß and a no-break space are never one character misread
		{"2\u00a0×\u00a03", false},
		{"MALMÖ\u00a0Sverige", false}, // a capital after: an all-capitals word, typed right
		{"Å\u00a0imon Novak", true},   // Šimon Novak misread: a small letter after the pair
		{"Å\u00a0pela Kos", true},     // Špela Kos
		{"linkedin:Å\u00a0tefan-kos", true},
		{"Æ\u00a0n", true}, // Ơn
		{"strauÃŸ", true},
		{"strauÃŸÂ\u00a0", true},
		{"Ã‰TÃ‰Â\u00a0:", true},
		{"Â\u00a0", true},              // a no-break space misread
		{"carrÃ\u00a0", true},          // à misread
		{"Å\u00a0imon NovÃ¡k", true},   // Šimon Novák misread
		{"Ð\u00a0Ð¾Ð¼Ð°Ð½", true},      // Роман
		{"ÄŸ", true},                   // ğ
		{"ß¿", true},                   // U+07FF
		{"ã‚¦ã‚£ãƒªã‚¢ãƒ\u00a0", true}, // ウィリアム
	} {
		if got := misread(tc.s); got != tc.want {
			t.Errorf("misread(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// misreadAs1252 is s as a spreadsheet reads its UTF-8 as Windows-1252
// (the bytes it leaves undefined as the C1 controls), for the tests.
func misreadAs1252(s string) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		if c >= 0x80 && c <= 0x9F {
			b.WriteRune(cp1252[c-0x80])
		} else {
			b.WriteRune(rune(c))
		}
	}
	return b.String()
}

// readBack ends on any text, however crafted, never lengthens it, and
// reads back a key misread up to five times (which multiplies its
// non-ASCII bytes by 2 or 3 each time) to the key written.
func TestReadBackAnyText(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("aZ-.1 Ã©ƒÂ\u00a0â€™ø\u0081\u00c3\u00e3\u00f0王ムß😀")
	for range 20000 {
		r := make([]rune, rng.IntN(24))
		for i := range r {
			r[i] = alphabet[rng.IntN(len(alphabet))]
		}
		s := string(r)
		if rng.IntN(2) == 0 {
			s = misreadAs1252(s)
		}
		if got := readBack(s); len(got) > len(s) {
			t.Fatalf("readBack(%q) = %q, longer", s, got)
		}
		b := make([]byte, rng.IntN(24))
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		readBack(string(b)) // invalid UTF-8: no panic, no loop
	}
	for _, key := range []string{"søren-as.1588291200", "follow.ウィリアム", "follow.ム", "josé-garcía", "grüß-😀.7"} {
		s := key
		for n := 1; n <= 5; n++ {
			s = misreadAs1252(s)
			if got := readBack(s); got != key {
				t.Errorf("readBack of %q misread %d times = %q", key, n, got)
			}
			// A misread "ム" ends in a no-break space: part of the key.
			if got := trimKey(" " + s + " "); got != s {
				t.Errorf("trimKey of %q misread %d times = %q", key, n, got)
			}
		}
	}
}

// FuzzPlainLinkedInID checks the one-pass test of canonicalID against the
// whole of it: an id plainLinkedInID passes is one linkedInID keeps as it
// is.
func FuzzPlainLinkedInID(f *testing.F) {
	for _, id := range []string{"amxlie-brontx-45b96", "jane-doe-1a2b3c", "Jane-Doe", "se%C3%A1n-o-briain", "se%c3%a1n", "seán-ó-briain",
		"follow.jane-doe", "Follow.Søren-Ås", "company.acme", "jane-doe.2021-03-04", "jane~2", "jane-doe_42", "", "%", "a%41", "follow. ", "follow.jane--doe"} {
		f.Add(id)
	}
	f.Fuzz(func(t *testing.T, id string) {
		if plainLinkedInID(id) && linkedInID(id) != id {
			t.Errorf("plainLinkedInID(%q) = true, but canonicalID makes it %q", id, linkedInID(id))
		}
	})
}

// FuzzCellBreaks checks cellBreaks, which skips to the next quote outside
// quoted cells, against a byte-by-byte reading of the same rules, the
// file given in reads of any size.
func FuzzCellBreaks(f *testing.F) {
	for _, s := range []string{"a,b\n\"x\ny\",z\n", "\"a\r\nb\"\r\n", "\"a\rb\"\r", "\"\"\"q\"\"\n\"\n", "x\r\n\"a\nb\r\nc\"\n", "\"a\r", "\r\n\"\r\"\n"} {
		f.Add([]byte(s), false, uint8(3))
		f.Add([]byte(s), true, uint8(1))
	}
	f.Fuzz(func(t *testing.T, data []byte, crEnds bool, chunk uint8) {
		got := &cellBreaks{crEnds: crEnds}
		for p := data; len(p) > 0; {
			k := min(len(p), int(chunk%16)+1)
			got.scan(p[:k])
			p = p[k:]
		}
		want := &cellBreaks{crEnds: crEnds}
		for _, b := range data { // the rules, a byte at a time
			if want.cr {
				want.cr = false
				if b == '\n' {
					want.add("\r\n")
					continue
				}
				if want.crEnds {
					want.add("\r")
				}
			}
			switch {
			case b == '"':
				want.quoted = !want.quoted
			case want.quoted && b == '\r':
				want.cr = true
			case want.quoted && b == '\n':
				want.add("\n")
			}
		}
		if got.found != want.found || got.n != want.n || got.quoted != want.quoted || got.cr != want.cr || !slices.Equal(got.others, want.others) {
			t.Errorf("%q (crEnds %v): found %q, %d breaks, others %v, quoted %v, cr %v; want %q, %d, %v, %v, %v",
				data, crEnds, got.found, got.n, got.others, got.quoted, got.cr, want.found, want.n, want.others, want.quoted, want.cr)
		}
	})
}

// TestBadIDLooksOnce checks that badID, which looks through an id once,
// finds every byte no id holds, wherever it is, and passes ids without.
func TestBadIDLooksOnce(t *testing.T) {
	for _, id := range []string{"amxlie-brontx-45b96", "1401", "ada-lovelace.1588291200", "se%C3%A1n", "@jane@mastodon.social", "UC_x5XG1OV2P6uZZ5FSM9Ttw", "", "Ünïcödé"} {
		if msg := badID(id); msg != "" {
			t.Errorf("badID(%q) = %q, want none", id, msg)
		}
	}
	for _, bad := range []string{"/", ",", " ", "\t", "\r", "\n"} {
		for _, id := range []string{bad + "jane", "ja" + bad + "ne", "jane" + bad, "jane" + bad + "twitter:1401"} {
			if badID(id) == "" {
				t.Errorf("badID(%q) = none, want a message", id)
			}
		}
	}
}

// TestMisreadNext checks that misreadNext holds the first byte in UTF-8
// of every character continuation1252 takes: mayBeMisread passes over a
// text only where misread would find nothing in it.
func TestMisreadNext(t *testing.T) {
	n := 0
	for r := rune(0); r <= 0x2200; r++ {
		if !continuation1252(r) {
			continue
		}
		n++
		if b := string(r)[0]; strings.IndexByte(misreadNext, b) < 0 {
			t.Errorf("%U (%q) starts with %#x, not in misreadNext %q", r, r, b, misreadNext)
		}
	}
	if n != 64+27 { // U+0080–U+00BF, and the 27 characters of Windows-1252's 0x80–0x9F
		t.Errorf("%d characters of continuation bytes, want 91", n)
	}
}

// FuzzMayBeMisread checks that mayBeMisread says so of every text misread
// finds a misread character in.
func FuzzMayBeMisread(f *testing.F) {
	for _, s := range []string{"AmÃ©lie", "Amélie", "sÃƒÂ¸ren", "strauß\u00a0", "Ã", "Ã©", "ÃƒÂ", "ãƒ\u00a0", "Šimon", "Ã€", "xÃ", "é\u00a0Ã©"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if misread(s) && !mayBeMisread(s) {
			t.Errorf("misread(%q), but mayBeMisread passes it over", s)
		}
	})
}

// TestKnownInHalves checks Known, which reads each half of a big ledger
// on a core of its own, against the table made a row at a time: the same
// ids, keys, owners and hashes, and the rows added by hand (in both
// halves) given the ids they got a row at a time, in the order of the
// rows.
func TestKnownInHalves(t *testing.T) {
	var b strings.Builder
	b.WriteString(strings.Join(LedgerColumns, ",") + "\n")
	const rows = 40_000 // past inHalves' threshold
	for i := range rows {
		id := fmt.Sprintf("p%012x", 0x100000+i)
		switch {
		case i%9_000 == 7, i == 30_001:
			id = "" // added by hand
		case i%5 == 0:
			fmt.Fprintf(&b, "%s,No Accounts %d,,,,,,,,\n", id, i)
			continue
		}
		fmt.Fprintf(&b, "%s,Member %d,linkedin:member-%d;twitter:%d,,,,,,,\n", id, i, i, 1000+i)
	}
	read := func() *Ledger {
		l, err := ReadLedger(strings.NewReader(b.String()), "ledger.csv", 0)
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	got := read().Known()

	l := read() // a row at a time, as Known was before
	l.makeFresh()
	want := &Known{}
	var used map[string]bool
	for _, r := range l.rows {
		id := l.cell(r, ColPersonID)
		if id == "" && r.NumAccounts() > 0 {
			if used == nil {
				l.indexAdded()
				used = map[string]bool{}
				for id := range l.byID {
					used[id] = true
				}
			}
			id = NewPersonID(r.Account(0), used)
			used[id] = true
			l.set(r, ColPersonID, id)
			l.byID[id] = r
		}
		if r.NumAccounts() > 0 {
			want.add(r)
		}
	}
	want.idCol = l.col[ColPersonID]
	want.sort()

	gotIDs, wantIDs := slices.Collect(got.IDs()), slices.Collect(want.IDs())
	gotKeys, wantKeys := slices.Collect(got.Keys()), slices.Collect(want.Keys())
	if !slices.Equal(gotIDs, wantIDs) || !slices.Equal(gotKeys, wantKeys) || len(gotKeys) != got.Len() ||
		!slices.Equal(got.owner, want.owner) || !slices.Equal(got.byHash, want.byHash) || len(got.rows) != len(want.rows) {
		t.Fatalf("Known in halves differs from Known a row at a time: %d ids, %d keys; want %d, %d", len(gotIDs), len(gotKeys), len(wantIDs), len(wantKeys))
	}
	for i := range got.rows {
		if got.rows[i].Line != want.rows[i].Line {
			t.Fatalf("person %d: row of line %d, want %d", i, got.rows[i].Line, want.rows[i].Line)
		}
	}
	var idless []string
	for i, id := range gotIDs {
		if got.rows[i].Line%9_000 == 9 || got.rows[i].Line == 30_003 { // line = row + 2
			idless = append(idless, id)
		}
	}
	if len(idless) != 6 || len(slices.Compact(slices.Sorted(slices.Values(idless)))) != 6 {
		t.Errorf("rows added by hand got ids %q, want 6 different ones", idless)
	}
}
