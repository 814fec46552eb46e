package audit_test

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// windows1252 is what Windows-1252 reads the bytes 0x80–0x9F as; every
// other byte is the character of its own number. Excel (Windows'
// MultiByteToWideChar) reads the five bytes the code page leaves undefined
// (0x81, 0x8D, 0x8F, 0x90, 0x9D) as the C1 controls of their numbers.
var windows1252 = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

// excelMisread is s, UTF-8, as Excel reads it as Windows-1252 (and saves
// it back as CSV UTF-8); where drop is set, the undefined bytes are
// dropped instead, as other programs do.
func excelMisread(s string, drop bool) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		switch {
		case c < 0x80 || c > 0x9F:
			b.WriteRune(rune(c))
		case windows1252[c-0x80] < 0xA0 && drop:
		default:
			b.WriteRune(windows1252[c-0x80])
		}
	}
	return b.String()
}

// undefined1252 reports whether s's UTF-8 holds a byte Windows-1252 leaves
// undefined.
func undefined1252(s string) bool {
	for _, c := range []byte(s) {
		if c >= 0x80 && c <= 0x9F && windows1252[c-0x80] < 0xA0 {
			return true
		}
	}
	return false
}

// A key of any network's shape, typed right, with any space a spreadsheet
// or a web page puts around it, reads as itself; the same key misread by
// Excel as Windows-1252 once or twice reads back as itself; every ledger
// so is written back byte for byte, with , or ; separators (and the sep=
// hint), LF or CRLF, the key alone in its cell or before another, and the
// accounts cell in the middle of the row or last.
func TestLedgerKeysTypedRightAndMisread(t *testing.T) {
	// Each key as the importers write it, or as typed by hand (then with
	// the key it is read as: the importer's form).
	keys := []struct{ typed, key string }{
		// Facebook: the slug of the name (marks dropped, ø and the like
		// kept), a second, ~2 for namesakes.
		{"facebook:ada-lovelace.1588291200", ""},
		{"facebook:søren-øvergaard.1588291200", ""},
		{"facebook:amelie-durand.1588291200~2", ""},
		{"facebook:amélie-durand.1588291200~2", "facebook:amelie-durand.1588291200~2"},
		{"facebook:thomas-strauß.1588291200", "facebook:thomas-strauss.1588291200"},
		{"facebook:zoë-ōno.1588291200", "facebook:zoe-ono.1588291200"},
		// Instagram, Twitter/X, YouTube, Mastodon: ASCII (a Mastodon
		// domain in Unicode is read in its xn-- form).
		{"instagram:ada.lovelace_", ""},
		{"twitter:1401", ""},
		{"twitter:1588291200123456789", ""},
		{"youtube:UCaBcDeFgHiJkLmNoPqRsTuV", ""},
		{"mastodon:kai@mastodon.social", ""},
		{"mastodon:ani_k@xn--69aa8bzb.xn--y9a3aq", ""},
		{"mastodon:ani_k@ԯԯ.зрд", "mastodon:ani_k@xn--j8aa.xn--d1af1a"},
		// LinkedIn: a profile's id, escaped as its URL (typed as the
		// browser shows it: raffaella-carrà, its last byte 0xA0); a member
		// followed, an organisation, a connection of an export without
		// profile URLs, made from a name.
		{"linkedin:priya-nair-5b2", ""},
		{"linkedin:raffaella-carr%C3%A0", ""},
		{"linkedin:raffaella-carrà", "linkedin:raffaella-carr%C3%A0"},
		{"linkedin:thomas-strauß", "linkedin:thomas-strau%C3%9F"},
		{"linkedin:se%C3%A1n-%C3%B3-briain", ""},
		{"linkedin:Seán-Ó-Briain", "linkedin:se%C3%A1n-%C3%B3-briain"},
		{"linkedin:ken-o%E2%80%99brien", ""},
		{"linkedin:ken-o’brien", "linkedin:ken-o%E2%80%99brien"},
		{"linkedin:ลาภ", "linkedin:%E0%B8%A5%E0%B8%B2%E0%B8%A0"},
		{"linkedin:follow.søren-as", ""},
		{"linkedin:follow.raffaella-carra", ""},
		{"linkedin:follow.raffaella-carrà", "linkedin:follow.raffaella-carra"},
		{"linkedin:follow.thomas-strauss", ""},
		{"linkedin:follow.thomas-strauß", "linkedin:follow.thomas-strauss"},
		{"linkedin:follow.ðora-yr", ""},
		{"linkedin:follow.ウィリアム", ""},
		{"linkedin:follow.ム", ""},
		{"linkedin:follow.王伟", ""},
		{"linkedin:follow.김민준", ""},
		{"linkedin:follow.πετροσ", ""},
		{"linkedin:follow.петр", ""},
		{"linkedin:follow.กมล-ฐานต", ""}, // ก E0 B8 81, ฐ E0 B8 90
		{"linkedin:follow.ญาณ-ฝน", ""},   // ญ E0 B8 8D, ฝ E0 B8 9D
		{"linkedin:follow.ลาภ", ""},      // ภ E0 B8 A0: misread, a no-break space last
		{"linkedin:company.cafe-lumiere", ""},
		{"linkedin:company.café-lumière", "linkedin:company.cafe-lumiere"},
		{"linkedin:company.łodz", ""},
		{"linkedin:søren-as.20260301", ""},
	}
	spaces := []string{"", " ", "\t", "\u00a0", "\u202f", "\u3000", " \u00a0", "\u00a0\t", "\u00a0\u00a0"}
	type form struct {
		name      string
		sep, hint string
		crlf      bool
		last      bool // the accounts column last
	}
	forms := []form{
		{name: "commas"},
		{name: "semicolons, hint, CRLF", sep: ";", hint: "sep=;\r\n", crlf: true},
		{name: "accounts last, CRLF", crlf: true, last: true},
		{name: "semicolons, accounts last", sep: ";", hint: "sep=;\n", last: true},
	}
	for _, k := range keys {
		key := cmp.Or(k.key, k.typed)
		net, id, _ := strings.Cut(k.typed, ":")
		var typed []struct{ how, cell string } // as the cell holds the key
		for _, sp := range spaces {
			typed = append(typed, struct{ how, cell string }{fmt.Sprintf("typed right, %q after", sp), k.typed + sp})
			typed = append(typed, struct{ how, cell string }{fmt.Sprintf("typed right, %q around", sp), sp + k.typed + sp})
		}
		// Misread with the spaces typed around the key (a no-break space
		// is "Â" and one, U+3000 "ã€€"), or with spaces typed after.
		for _, sp := range spaces {
			for _, c := range []string{k.typed + sp, sp + k.typed + sp} {
				once := excelMisread(c, false)
				if once == c {
					continue // ASCII
				}
				typed = append(typed,
					struct{ how, cell string }{fmt.Sprintf("misread once, %q", c), once},
					struct{ how, cell string }{fmt.Sprintf("misread twice, %q", c), excelMisread(once, false)})
			}
		}
		if once := excelMisread(id, false); once != id {
			for _, sp := range []string{" ", "\t"} {
				typed = append(typed,
					struct{ how, cell string }{fmt.Sprintf("misread once, then %q around", sp), sp + net + ":" + once + sp},
					struct{ how, cell string }{fmt.Sprintf("misread twice, then %q around", sp), sp + net + ":" + excelMisread(once, false) + sp})
			}
			if !undefined1252(id) {
				// Dropping is the same when no byte is undefined.
				if d := excelMisread(id, true); d != once {
					t.Fatalf("%q: dropped %q, misread %q", k.typed, d, once)
				}
			}
		}
		for _, ty := range typed {
			for _, other := range []bool{false, true} {
				cell := ty.cell
				want := []string{key}
				if other {
					cell += ";twitter:7"
					want = append(want, "twitter:7")
				}
				for _, f := range forms {
					t.Run(fmt.Sprintf("%s/%s/%s/another=%v", k.typed, ty.how, f.name, other), func(t *testing.T) {
						header := strings.Split(stdHeader, ",")
						row := []string{"p1", "Ada", cell, "2026-10", "", "", "", "", "", "met at the café", "yes"}
						if f.last {
							header = append(slices.Delete(header, 2, 3), "accounts")
							row = append(slices.Delete(row, 2, 3), cell)
						}
						text := f.hint + ledgerText(f.sep, f.crlf, header, row)
						l, err := audit.ReadLedger(strings.NewReader(text), ledgerFile, asOf)
						if err != nil {
							t.Fatalf("cell %q: %v", cell, err)
						}
						if got := l.Rows()[0].AccountList(); !slices.Equal(got, want) {
							t.Errorf("cell %q read as %q, want %q", cell, got, want)
						}
						out := writeLedger(t, l)
						if strings.HasPrefix(cell, "\t") { // neutralised as a formula's start
							row[slices.Index(row, cell)] = "'" + cell
							text = f.hint + ledgerText(f.sep, f.crlf, header, row)
						}
						if out != text {
							t.Errorf("written back:\n%s", diffLines(out, text))
						}
					})
				}
			}
		}
	}
}

// ledgerText is the ledger of records as the tool writes it, separated by
// sep (or commas), in lines of CRLF or LF: a cell is quoted where it holds
// the separator, a quote or a line end, or begins with a space.
func ledgerText(sep string, crlf bool, recs ...[]string) string {
	sep, eol := cmp.Or(sep, ","), "\n"
	if crlf {
		eol = "\r\n"
	}
	var b strings.Builder
	for _, rec := range recs {
		for i, c := range rec {
			if i > 0 {
				b.WriteString(sep)
			}
			if r, _ := utf8.DecodeRuneInString(c); unicode.IsSpace(r) && r != '\t' || strings.ContainsAny(c, sep+"\"\r\n") {
				c = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
			}
			b.WriteString(c)
		}
		b.WriteString(eol)
	}
	return b.String()
}

// A key Excel misread dropping the undefined bytes (0x81 of ก...) cannot
// be read back; the ledger still reads, and is written back byte for byte.
func TestLedgerKeysMisreadDropped(t *testing.T) {
	for _, key := range []string{"linkedin:follow.กมล", "facebook:ōno.1588291200", "linkedin:follow.ðora-yr"} {
		net, id, _ := strings.Cut(key, ":")
		cell := net + ":" + excelMisread(id, true)
		text := lines(stdHeader, "p1,Ada,"+cell+",2026-10,,,,,,,yes")
		l := readLedger(t, text)
		if out := writeLedger(t, l); out != text {
			t.Errorf("written back:\n%s", diffLines(out, text))
		}
		if got := l.Rows()[0].AccountList(); undefined1252(id) == (len(got) == 1 && got[0] == key) {
			t.Errorf("%q, its undefined bytes dropped (%q), read as %q", key, cell, got)
		}
	}
}
