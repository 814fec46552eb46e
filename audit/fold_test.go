package audit

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

func TestFoldName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ada Lovelace", "ada lovelace"},
		{"  ADA   lovelace ", "ada lovelace"},
		{"Frédéric  O'Neil", "frederic oneil"},
		{"FREDERIC o’neil", "frederic oneil"},
		{"José García", "jose garcia"},
		{"🟢 Max Müller", "max muller"},
		{"Priya Nayak, MSc, MBA, PHR", "priya nayak"},
		{"Ada Lovelace PhD", "ada lovelace"},
		{"Ada Lovelace, PhD", "ada lovelace"},
		{"Dr Who", "dr who"},
		{"Mary Ellen Ma", "mary ellen ma"}, // Ma is a surname, not a degree
		{"Ada Lovelace Jr PhD MBA", "ada lovelace jr"},
		{"Ann PhD", "ann phd"}, // a credential is dropped only after two words
		{"Straße Weg", "strasse weg"},
		{"Ødegaard Nils", "ødegaard nils"},
		{"ﬁle Ａｄａ", "file ada"},
		{"Jean-Luc Picard", "jean luc picard"},
		{"李 小龍", "李 小龍"},
		{"!!!", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := FoldName(tt.in); got != tt.want {
			t.Errorf("FoldName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"José García", "jose-garcia"},
		{"🎉", "unnamed"},
		{"Trương Kỳ Bảo", "truong-ky-bao"},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestLatinFolds checks every entry of the table against foldUnicode.
func TestLatinFolds(t *testing.T) {
	if len(latinFolds) != 0x17F-0xC0+1 {
		t.Fatalf("latinFolds has %d entries, want %d", len(latinFolds), 0x17F-0xC0+1)
	}
	for r := rune(0xC0); r <= 0x17F; r++ {
		// Between two letters, as a decomposition can hold a word break.
		got, want := latinFolds[r-0xC0], foldUnicode("a"+string(r)+"a")
		if got == '.' {
			if len(want) == 3 && 'a' <= want[1] && want[1] <= 'z' {
				t.Errorf("%U %c: '.', but foldUnicode gives %q", r, r, want)
			}
			continue
		}
		if want != "a"+string(got)+"a" {
			t.Errorf("%U %c: %q, but foldUnicode gives %q", r, r, got, want)
		}
	}
}

// FuzzFoldLatin checks that the Latin fast path folds as foldUnicode does.
func FuzzFoldLatin(f *testing.F) {
	for _, s := range []string{"Amélie Brontë", "Søren Kierkegaard", "Zoë O'Neil-Ñúñez", "Łukasz  Żółć", "é\u0301", "İstanbul", "ŉ", "Ǆ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := foldLatin(s)
		if !ok {
			return
		}
		if want := foldUnicode(s); got != want {
			t.Errorf("foldLatin(%q) = %q, foldUnicode = %q", s, got, want)
		}
	})
}

// foldLatin is appendLatin then foldASCII, as appendFold runs them.
func foldLatin(s string) (string, bool) {
	d, ok := appendLatin(nil, s)
	if !ok {
		return "", false
	}
	return string(foldASCII(d, 0)), true
}

// appendFold appends the folded name after what dst holds, and leaves
// that alone: credentials and word breaks are judged on the name only.
func FuzzAppendFold(f *testing.F) {
	for _, s := range []string{"Ada Lovelace PhD", "phd", "Ada PhD", "  O'Neil,  MBA", "Amélie Brontë", "Søren", "🟢 Max", "x MBA MSc", ""} {
		f.Add("prefix ", s)
		f.Add("", s)
	}
	f.Fuzz(func(t *testing.T, prefix, name string) {
		var fo folder
		got := string(fo.appendFold([]byte(prefix), name))
		if want := prefix + FoldName(name); got != want {
			t.Errorf("appendFold(%q, %q) = %q, want %q", prefix, name, got, want)
		}
		if fold := FoldName(name); fold != strings.TrimSpace(fold) || strings.Contains(fold, "  ") {
			t.Errorf("FoldName(%q) = %q: spaces at an end or doubled", name, fold)
		}
	})
}

// dropCredentials looks up only last words of 3 or 4 letters.
func TestCredentialsLengths(t *testing.T) {
	for c := range credentials {
		if len(c) < 3 || len(c) > 4 {
			t.Errorf("credential %q is not 3 or 4 letters: dropCredentials would never drop it", c)
		}
	}
}

// referenceFold is foldUnicode as the strings of golang.org/x/text give it,
// one allocation per step: what a folder must do in its buffers.
func referenceFold(s string) string {
	d := norm.NFKD.String(s)
	nm := make([]byte, 0, len(d))
	for _, r := range d {
		if !unicode.Is(unicode.Mn, r) {
			nm = utf8.AppendRune(nm, r)
		}
	}
	s = cases.Fold().String(norm.NFC.String(string(nm)))
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
		case r == '\'' || r == '’':
			continue
		default:
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// A folder folds as referenceFold does, whatever it folded before: its
// buffers are reused, and case folding may make a name longer (ß, ŉ).
func FuzzFolder(f *testing.F) {
	for _, s := range []string{"Søren Kierkegaard", "ßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßß", "ŉŉŉŉŉŉŉŉŉŉŉŉŉŉŉ", "Ǆǆ", "🟢 Max", "Мария Иванова", "李小龍", "é\u0301\u0301", "ﬁﬂ", "", "\xff\xfe"} {
		f.Add(s, "Ærøskøbing Æbelø")
	}
	var fo folder // shared by every input, as Merge shares one among names
	f.Fuzz(func(t *testing.T, s, before string) {
		fo.appendUnicode(nil, before)
		if got, want := string(fo.appendUnicode([]byte("x"), s)), "x"+referenceFold(s); got != want {
			t.Errorf("appendUnicode(%q) = %q, want %q", s, got, want)
		}
	})
}

// A folder that has folded a name before folds others of that size with
// no allocation: Merge folds a million names with two of them.
func TestFolderReusesBuffers(t *testing.T) {
	var fo folder
	var dst []byte
	names := []string{"Søren Kierkegaard", "Мария Иванова", "🟢 Max Straße", "李小龍"}
	for _, n := range names {
		dst = fo.appendFold(dst[:0], n)
	}
	allocs := testing.AllocsPerRun(100, func() {
		for _, n := range names {
			dst = fo.appendFold(dst[:0], n)
		}
	})
	if allocs != 0 {
		t.Errorf("%v allocations per round of %d names, want 0", allocs, len(names))
	}
}
