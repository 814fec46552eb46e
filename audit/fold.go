package audit

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// credentials are trailing name tokens that say what a person holds, not who
// they are ("Ada Lovelace PhD"); FoldName drops them so that the same person
// matches across networks that show them differently.
// Only tokens that are never surnames are listed: "Ma", "Ba" or "Md" end
// real names, and dropping them would merge different people.
var credentials = map[string]bool{
	"phd": true, "mba": true, "msc": true, "bsc": true, "cpa": true, "cfa": true,
	"pmp": true, "phr": true, "esq": true, "dds": true, "llm": true, "meng": true,
}

// FoldName returns the key under which display names are compared: accents,
// case, emoji, punctuation and extra spaces are removed, and so is anything
// after the first comma ("Priya Nayak, MSc, MBA") and trailing credential
// tokens ("Ada Lovelace PhD"). Letters without a decomposition (ø, ł) stay
// as they are. The result is for matching only; reports show the original.
func FoldName(name string) string {
	if i := strings.IndexByte(name, ','); i >= 0 {
		name = name[:i]
	}
	var s string
	if isASCII(name) {
		s = foldASCII(name)
	} else if f, ok := foldLatin(name); ok {
		s = f
	} else {
		s = foldUnicode(name)
	}
	return dropCredentials(s)
}

// latinFolds holds, for each rune from U+00C0 to U+017F (Latin-1 and
// Latin Extended-A letters: é, ñ, ş, ő...), the ASCII letter foldUnicode
// folds it to between two letters, or '.' where it folds to anything else
// (ø, ß, æ, ×, and ŀ, whose middle dot breaks the word).
// Generated from foldUnicode; TestLatinFolds checks every entry.
const latinFolds = "aaaaaa.ceeeeiiii.nooooo..uuuuy..aaaaaa.ceeeeiiii.nooooo..uuuuy.yaaaaaaccccccccdd..eeeeeeeeeegggggggghh..iiiiiiiii...jjkk.llllll....nnnnnn...oooooo..rrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzzs"

// foldLatin is foldUnicode for names whose letters are ASCII or in
// latinFolds, most names in European languages, at the cost of foldASCII:
// normalisation and case folding then cost nothing. It reports false for
// any other name.
func foldLatin(s string) (string, bool) {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			b = append(b, byte(r))
		case 0xC0 <= r && r <= 0x17F && latinFolds[r-0xC0] != '.':
			b = append(b, latinFolds[r-0xC0])
		default:
			return "", false
		}
	}
	return foldASCII(b), true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldASCII is the allocation-light path for the common case: lower-case
// letters and digits, every other byte a word break.
func foldASCII[S string | []byte](s S) string {
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case c == '\'':
			continue // O'Neil and ONeil are the same name
		default:
			space = len(b) > 0
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = append(b, c)
	}
	return string(b)
}

func foldUnicode(s string) string {
	// Decompose, drop the combining marks (accents), recompose. This is
	// what transform.Chain(NFKD, runes.Remove(Mn), NFC) does, without
	// the chain's per-call buffers, which dominated import time.
	d := norm.NFKD.String(s)
	nm := make([]byte, 0, len(d))
	for _, r := range d {
		if !unicode.Is(unicode.Mn, r) {
			nm = utf8.AppendRune(nm, r)
		}
	}
	s = cases.Fold().String(norm.NFC.String(string(nm)))
	var b strings.Builder
	b.Grow(len(s))
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

func dropCredentials(s string) string {
	for {
		i := strings.LastIndexByte(s, ' ')
		if i < 0 || !credentials[s[i+1:]] || strings.Count(s[:i], " ") < 1 {
			return s
		}
		s = s[:i]
	}
}

// Slug turns a display name into an id fragment: the folded name with
// hyphens for spaces, or "unnamed" when nothing is left.
func Slug(name string) string {
	s := FoldName(name)
	if s == "" {
		return "unnamed"
	}
	return strings.ReplaceAll(s, " ", "-")
}
