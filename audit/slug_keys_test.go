package audit

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Every id made from a name (Slug: Facebook's, LinkedIn's follow.,
// company. and name-and-day ids) is read back from the ledger as itself,
// whatever the letters of the name: a key the run wrote that the next
// reads otherwise matches nothing, and is added to its row again on every
// run (or, where two names' ids read alike, the ledger is refused). Slug
// is its own fold, and lower case as strings.ToLower has it. Each letter
// and digit of Unicode is tried alone and between others, and random
// names of a few scripts, Cherokee among them (whose case cases.Fold
// gave by the text around it).
func TestSlugIDsReadBackAsThemselves(t *testing.T) {
	check := func(name string) {
		s := Slug(name)
		if Slug(s) != s || strings.ToLower(s) != s {
			t.Fatalf("Slug(%+q) = %+q, whose Slug is %+q and lower case %+q", name, s, Slug(s), strings.ToLower(s))
		}
		for _, id := range []struct{ network, id string }{
			{Facebook, s}, {Facebook, s + "~2"}, {Facebook, s + ".1588291200"}, {Facebook, s + ".1588291200~2"},
			{LinkedIn, "follow." + s}, {LinkedIn, "company." + s + "~2"}, {LinkedIn, s + ".20190105"}, {LinkedIn, s + ".nodate~3"},
		} {
			if got := canonicalID(id.network, id.id); got != id.id || !readableKey(id.network, id.id) {
				t.Fatalf("Slug(%+q): %s:%s read back as %+q", name, id.network, id.id, got)
			}
		}
	}
	var letters []rune
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			check(string(r))
			check("Ab " + string(r) + "x Cd")
			letters = append(letters, r)
		}
	}
	scripts := [][2]rune{{0x13A0, 0x13FD}, {0xAB70, 0xABBF}, {0x0391, 0x03C9}, {0x0410, 0x044F}, {0x00C0, 0x017F}, {0x1F00, 0x1FFC}, {0x0530, 0x058F}}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			var r rune
			if rng.IntN(4) == 0 {
				r = letters[rng.IntN(len(letters))]
			} else {
				sc := scripts[rng.IntN(len(scripts))]
				r = sc[0] + rng.Int32N(sc[1]-sc[0]+1)
			}
			b.WriteRune(r)
			if rng.IntN(3) == 0 {
				b.WriteByte(' ')
			}
		}
		check(b.String())
	}
	// A Hangul syllable's jamo split by an apostrophe, which the fold
	// drops after composing: the jamo left side by side compose only when
	// the slug is folded again ("가'ᆨ" gave 가+ᆨ, whose Slug is 각).
	for s := rune(0xAC00); s <= 0xD7A3; s += 7 {
		jamo := []rune(norm.NFD.String(string(s)))
		for i := 1; i < len(jamo); i++ {
			check(string(jamo[:i]) + "'" + string(jamo[i:]))
			check("Kim " + string(jamo[:i]) + "’" + string(jamo[i:]) + " Lee")
		}
	}
}
