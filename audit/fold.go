package audit

import (
	"bytes"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/transform"
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
// after the first comma ("Priya Nayak, MSc, MBA") or bar ("Ann Lee |
// Designer"), pronouns ("Ana García
// (she/her)", see pronouns) and trailing credential tokens ("Ada Lovelace
// PhD"). Letters without a decomposition are written as the letters
// they are typed as without them (ł as l, ø as o, æ as ae: see
// strokeFold). The result is for matching only; reports show the original.
func FoldName(name string) string {
	f := folders.Get().(*folder)
	defer folders.Put(f)
	f.out = f.appendFold(f.out[:0], name)
	return string(f.out)
}

// AccentsDiffer reports whether names a and b, which fold alike
// (FoldName), write their accents differently: both have some, and not
// the same ("Nguyễn Thị Thủy", "Nguyễn Thị Thúy"). They are two names
// then, most likely two people's; a name written without accents may be
// either. Merge joins no such names; an importer that joins the lists of
// one export by folded name asks it of each pair it joins.
func AccentsDiffer(a, b string) bool {
	if isASCII(a) || isASCII(b) {
		return false
	}
	f := folders.Get().(*folder)
	defer folders.Put(f)
	fold := func(s string, accents bool) string {
		f.accents = accents
		f.out = f.appendFold(f.out[:0], s)
		f.accents = false
		return string(f.out)
	}
	ka, kb := fold(a, true), fold(b, true)
	return ka != kb && ka != fold(a, false) && kb != fold(b, false)
}

// folders keeps the folders FoldName borrows: callers that fold a name at a
// time (the importers' follow lists, SortItems) then reuse their buffers
// as Merge reuses its own, and a name costs one allocation, its string. A
// pool holds no state a caller can see.
var folders = sync.Pool{New: func() any { return new(folder) }}

// appendFold appends FoldName(name) to dst: where names are folded by the
// million (Merge), into one buffer, with no allocation of its own for
// names in Latin scripts.
func (f *folder) appendFold(dst []byte, name string) []byte {
	if f.ids {
		if i := strings.IndexByte(name, ','); i >= 0 {
			name = name[:i]
		}
	} else {
		name = nameOnly(name)
	}
	start := len(dst)
	if f.accents || f.ids && strings.ContainsRune(name, 'ı') {
		// (ı folds to i, but in ids, as it did when they were made: by
		// appendUnicode, where cases.Fold keeps it.)
		dst = f.appendUnicode(dst, name)
	} else if d, ok := appendLatin(dst, name); ok {
		dst = foldASCII(d, start)
	} else {
		dst = f.appendUnicode(dst, name)
	}
	if !f.ids && (strings.IndexByte(name, '/') >= 0 || strings.Contains(name, "／")) {
		dst = dropPronouns(dst, start)
	}
	dst = dropCredentials(dst, start)
	if !f.ids && !f.joins {
		dst = dropTitles(dst, start)
	}
	return dst
}

// JoinName is FoldName(name) with the titles before the name kept ("Dr.
// Ann Lee" is "dr ann lee", not "ann lee") and the letters strokeFold
// spells kept as they are ("Søren" is "søren", not "soren"): the key
// under which an importer joins the lists of one export by name
// (LinkedIn's member follows to its connections; Facebook's strictFold
// folds its words so). One export names an account alike in all its
// lists, title and all, so a title or a stroke there tells two accounts
// apart: the member "Ann Lee" followed is not the connection "Dr. Ann
// Lee", and joined, the one would be hidden in the other. Between
// networks FoldName drops them, as a profile may show them and another
// not. Ids keep these letters too (Slug), so the name part of a Facebook
// id tells apart the accounts JoinName tells apart (see SplitFollows).
func JoinName(name string) string {
	f := folders.Get().(*folder)
	defer folders.Put(f)
	f.joins = true
	f.out = f.appendFold(f.out[:0], name)
	f.joins = false
	return string(f.out)
}

// foldsFrom reports the byte FoldName(name) starts with, where it can be
// told without folding: the first byte of a name that starts with an
// ASCII letter, lower-cased, as folding keeps it, unless a title may be
// dropped from the front ("Dr. Ann Lee" folds to "ann lee") or pronouns
// (a slash in the name: "She/Her Ann Lee"). ok is false otherwise: the
// name is to be folded to know. Lookups that skip the names whose first
// letter starts no name wanted (oneOfName, joinNames) ask it.
func foldsFrom(name string, joins bool) (c byte, ok bool) {
	if name == "" {
		return 0, false
	}
	c = name[0] | 0x20
	if c < 'a' || c > 'z' || !joins && titled(name) ||
		strings.IndexByte(name, '/') >= 0 || strings.Contains(name, "／") {
		return 0, false
	}
	for i := 1; i < len(name) && name[i] != ' '; i++ {
		if name[i] >= utf8.RuneSelf {
			return 0, false // "M’rs Ann Lee": a title titled does not read
		}
	}
	return c, true
}

// title reports whether a folded word is one of the titles before a
// name, which say how to address a person, not who they are ("Dr. Ann
// Lee", "Prof. Dr. Ann Lee"); FoldName drops
// them where two words or more follow, so that the same person matches
// across networks that show the title and not. Before one word ("Dr
// Who", "Mr Bean", "Dr. Ann") they stay: what is left would be a first
// name alone, too common to match on. "Jr" and "Sr" after a name stay
// too: they tell a father from his son. (A switch, not a map: FoldName
// asks it of a million first words.)
func title(word []byte) bool {
	switch string(word) {
	case "dr", "dra", "mr", "mrs", "ms", "mx", "prof", "sra":
		return true
	}
	return false
}

// dropTitles drops leading titles from the folded name in b[start:], each
// while two words or more follow it.
func dropTitles(b []byte, start int) []byte {
	for {
		s := b[start:]
		i := bytes.IndexByte(s, ' ')
		// Titles are 2 to 4 letters: most first words need no lookup.
		if i < 2 || i > 4 || !title(s[:i]) || bytes.IndexByte(s[i+1:], ' ') < 0 {
			return b
		}
		b = append(b[:start], s[i+1:]...)
	}
}

// nameOnly cuts name at its first comma ("Priya Nayak, MSc") or at its
// first bar after a letter or digit ("Ann Lee | Designer", "Ann Lee •
// NYC": the taglines of Twitter/X display names), after which comes no
// part of the name; bars before it only adorn it ("• Ann Lee •").
func nameOnly(name string) string {
	if i := strings.IndexByte(name, ','); i >= 0 {
		name = name[:i]
	}
	if strings.IndexByte(name, '|') < 0 && !strings.Contains(name, "｜") && !strings.Contains(name, "•") {
		return name
	}
	seen := false
	for i, r := range name {
		switch {
		case isBar(r):
			if seen {
				return name[:i]
			}
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			seen = true
		}
	}
	return name
}

// isBar reports whether r separates a name from a tagline: see nameOnly.
func isBar(r rune) bool { return r == '|' || r == '｜' || r == '•' }

// pronouns are the words of the pronouns people add to their names
// ("Ana García (she/her)", "Ann Lee | they/them"), which FoldName drops
// where two or more of them follow each other in a name with a slash, so
// that the same person matches across networks that show them and not.
// A pronoun alone stays: "Her", "He" and "Er" are surnames too.
var pronouns = map[string]bool{
	"she": true, "her": true, "hers": true, "he": true, "him": true, "his": true,
	"they": true, "them": true, "their": true, "theirs": true, "it": true, "its": true,
	"xe": true, "xem": true, "xyr": true, "ze": true, "zir": true, "hir": true, "zie": true,
	"ey": true, "em": true, "eir": true, "fae": true, "faer": true, "any": true, "all": true, "pronouns": true,
	"ella": true, "ela": true, "elle": true, "iel": true, "el": true, "sie": true, "ihr": true, "er": true, "ihm": true,
}

// dropPronouns drops from the folded name in b[start:] every run of two
// pronoun words or more, in place; a name of nothing else is left whole.
func dropPronouns(b []byte, start int) []byte {
	s := b[start:]
	w := start // where the next word kept goes: never past the word read
	emit := func(from, to int) {
		if w > start {
			b[w] = ' '
			w++
		}
		w += copy(b[w:], s[from:to])
	}
	runFrom, runTo, run := 0, 0, 0 // a run of pronoun words not written yet
	for pos := 0; pos < len(s); {
		e := bytes.IndexByte(s[pos:], ' ')
		if e < 0 {
			e = len(s)
		} else {
			e += pos
		}
		switch {
		case pronouns[string(s[pos:e])]:
			if run == 0 {
				runFrom = pos
			}
			runTo = e
			run++
		default:
			if run == 1 {
				emit(runFrom, runTo)
			}
			run = 0
			emit(pos, e)
		}
		pos = e + 1
	}
	if run == 1 {
		emit(runFrom, runTo)
	}
	if w == start {
		return b // nothing but pronouns, nothing written: the name as it was
	}
	return b[:w]
}

// latinFolds holds, for each rune from U+00C0 to U+017F (Latin-1 and
// Latin Extended-A letters: é, ñ, ş, ő...), the ASCII letter appendUnicode
// folds it to between two letters, or '.' where it folds to anything else
// (ß, æ, ×, and ŀ, whose middle dot breaks the word) or to a letter ids
// keep (ł, ø: see strokeFold); ı folds to i.
// Generated from folder.appendUnicode; TestLatinFolds checks every entry.
const latinFolds = "aaaaaa.ceeeeiiii.nooooo..uuuuy..aaaaaa.ceeeeiiii.nooooo..uuuuy.yaaaaaaccccccccdd..eeeeeeeeeegggggggghh..iiiiiiiiii..jjkk.llllll....nnnnnn...oooooo..rrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzzs"

// appendLatin appends s to dst with every letter of latinFolds replaced
// by its ASCII letter, for foldASCII to finish what appendUnicode would do:
// most names in European languages then cost no normalisation or case
// folding. It reports false, and leaves dst as it was, for a name with
// any other rune.
func appendLatin(dst []byte, s string) ([]byte, bool) {
	start := len(dst)
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r < 0xC0 || r > 0x17F || latinFolds[r-0xC0] == '.' {
			return dst[:start], false
		}
		dst = append(dst, latinFolds[r-0xC0])
		i += size
	}
	return dst, true
}

// foldASCII folds b[start:] where it is, the common case: lower-case
// letters and digits, every other byte a word break, apostrophes dropped
// (O'Neil and ONeil are the same name). The result is never longer.
func foldASCII(b []byte, start int) []byte {
	w := start
	space := false
	for r := start; r < len(b); r++ {
		c := b[r]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case c == '\'':
			continue
		default:
			space = w > start
			continue
		}
		if space { // a skipped byte made room for it: w < r
			b[w] = ' '
			w++
			space = false
		}
		b[w] = c
		w++
	}
	return b[:w]
}

// folder folds names into buffers it keeps: a million names, many in
// other scripts than Latin, then cost no allocation each (they cost 95 MB
// of garbage at a million synthetic names, made when the heap peaks).
// The zero value is ready; a folder is for one goroutine.
type folder struct {
	caser                cases.Caser
	ready                bool // caser made
	decomposed, unmarked []byte
	composed, held       []byte
	out                  []byte // FoldName's result, before its copy
	// accents has the folder keep accents, which FoldName drops: Merge
	// tells "Thủy" from "Thúy" by them (see merger.accentsDiffer).
	accents bool
	// ids has the folder fold as FoldName did when the ids made of
	// folded names were first written (see Slug): ids stay as the
	// ledger and the history have them whatever FoldName learns since.
	ids bool
	// joins has the folder keep the titles before a name and the letters
	// strokeFold spells, which FoldName drops (see JoinName).
	joins bool
	// iter normalises through the buffers it holds. norm.Form's Append
	// and AppendString make a 576-byte buffer on the heap for each text
	// that needs reordering or composing (a name with an accent and a ø,
	// say: 6 % of the synthetic names, 34 MB of garbage at a million).
	iter norm.Iter
}

// appendNext appends what it has left to give to dst.
func appendNext(dst []byte, it *norm.Iter) []byte {
	for !it.Done() {
		dst = append(dst, it.Next()...)
	}
	return dst
}

// appendUnicode appends the fold of s to dst: decompose (NFKD), drop the
// accents (see accent), recompose (NFC), fold case, and keep letters,
// digits and the marks left with one space between words, apostrophes
// dropped. This is what transform.Chain(NFKD, runes.Remove(accents), NFC)
// and cases.Fold do, without their per-call buffers.
func (f *folder) appendUnicode(dst []byte, s string) []byte {
	if !f.ready {
		f.caser, f.ready = cases.Fold(), true
	}
	if utf8.ValidString(s) {
		f.iter.InitString(norm.NFKD, s)
		f.decomposed = appendNext(f.decomposed[:0], &f.iter)
	} else {
		// Where bytes are not UTF-8 the iterator decomposes what follows
		// them when Append does not ("\xf0ǆ"): a name folds one way only.
		f.decomposed = norm.NFKD.AppendString(f.decomposed[:0], s)
	}
	f.unmarked = f.unmarked[:0]
	for i := 0; i < len(f.decomposed); {
		r, size := utf8.DecodeRune(f.decomposed[i:])
		if !unicode.Is(unicode.Mn, r) || !f.ids && !variationSelector(r) && (!accent(r) || f.accents) {
			// Invalid bytes become U+FFFD, as ranging over a string has
			// them: kept, two could make a letter once a mark between
			// them is gone.
			f.unmarked = utf8.AppendRune(f.unmarked, r)
		}
		i += size
	}
	f.iter.Init(norm.NFC, f.unmarked)
	f.composed = appendNext(f.composed[:0], &f.iter)
	folded := f.caseFold(f.composed)
	start := len(dst)
	space, dropped := false, false
	for i := 0; i < len(folded); {
		r, size := utf8.DecodeRune(folded[i:])
		i += size
		if 0x13A0 <= r && r <= 0x13F5 {
			// Cherokee: cases.Fold gives either case of its letters,
			// by the letter and the text around it ("ᏣᎳᎩ Ꮎ" folded
			// to "ᏣᎳᎩ ꮎ", its lower case to upper), so a name folded
			// again, or written in the other case, folded otherwise.
			// Its lower case, which strings.ToLower keeps, is the fold.
			r = unicode.ToLower(r)
		}
		if r == 'ı' && !f.ids {
			// Turkish dotless i, whose capital is I: "IŞIK" folded to
			// "isik" and "Işık" to "ışık", the same name in capitals
			// and not. Folded to i, as I and İ are.
			r = 'i'
		}
		var spelled string // what r is written as, where it is more than r
		if r >= 0xE6 && !f.ids && !f.accents && !f.joins {
			spelled = strokeFold(r)
		}
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
		case !f.ids && unicode.In(r, unicode.Mn, unicode.Mc) && (!accent(r) || f.accents):
			// A vowel sign or voicing mark: part of the word, as its
			// letter is.
		case r == '\'' || r == '’':
			dropped = true
			continue
		default:
			space = len(dst) > start
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		if spelled != "" {
			dst = append(dst, spelled...)
			continue
		}
		dst = utf8.AppendRune(dst, r)
	}
	if dropped && !norm.NFC.IsNormal(dst[start:]) {
		// An apostrophe inside a Hangul syllable ("가'ᆨ") leaves its
		// jamo side by side, which compose when the fold is folded
		// again: a slug made of it would read back from the ledger as
		// another id. Composed here, the fold is its own fold.
		dst = norm.NFC.Append(dst[:start:start], dst[start:]...)
	}
	return dst
}

// strokeFold returns the ASCII letters FoldName writes a lower-case letter
// as that has no decomposition, so no accent to drop: ł, ø, đ, ħ and ŧ
// (a stroke through the letter), æ and œ, ð and þ; or "" for any other
// rune. A Polish, Danish or Vietnamese name is written without them where
// a keyboard or a network lacks them ("Lukasz" for Łukasz, "Soren" for
// Søren, "Dang" for Đặng), and was two people across networks, as "Jose"
// and "José" are one. Where a folder keeps accents (AccentsDiffer), these
// letters are kept too: "Søren" and "Sören" are then two names. Ids fold
// as they were first made (Slug), keeping them.
func strokeFold(r rune) string {
	switch r {
	case 'æ':
		return "ae"
	case 'ð', 'đ':
		return "d"
	case 'ø':
		return "o"
	case 'þ':
		return "th"
	case 'ħ':
		return "h"
	case 'ł':
		return "l"
	case 'œ':
		return "oe"
	case 'ŧ':
		return "t"
	}
	return ""
}

// accent reports whether r, a non-spacing mark, is one that appendUnicode
// drops: an accent or other diacritic of the Latin, Greek and Cyrillic
// scripts (the combining diacritical marks), the vowel points of Hebrew
// and Arabic, which most names are written without, and a variation
// selector (the U+FE0F of an emoji, see variationSelector). Other
// scripts' marks are letters of
// the name: a Japanese kana's voicing mark (だいすけ, Daisuke, is not
// たいすけ, Taisuke), and the vowel signs of Indic scripts and Thai (राजू,
// Raju, is not राज, Raj): dropped, different names folded alike, and
// different people were merged.
func accent(r rune) bool {
	switch {
	case r < 0x0300:
		return false
	case r <= 0x036F, // combining diacritical marks
		0x0483 <= r && r <= 0x0489, // Cyrillic
		0x0591 <= r && r <= 0x05C7, // Hebrew points and accents
		0x0610 <= r && r <= 0x061A, 0x064B <= r && r <= 0x065F, r == 0x0670,
		0x06D6 <= r && r <= 0x06ED, 0x08CA <= r && r <= 0x08FF, // Arabic
		0x1AB0 <= r && r <= 0x1AFF, 0x1DC0 <= r && r <= 0x1DFF, 0x20D0 <= r && r <= 0x20FF,
		0xFE20 <= r && r <= 0xFE2F: // combining diacritical marks: extended, supplement, for symbols, half marks
		return true
	}
	return variationSelector(r)
}

// variationSelector reports whether r selects a glyph's variant (the
// U+FE0F of an emoji): no mark of a name, dropped even where a folder
// keeps accents.
func variationSelector(r rune) bool {
	return 0xFE00 <= r && r <= 0xFE0F || 0xE0100 <= r && r <= 0xE01EF
}

// caseFold returns cases.Fold of b in f's buffer.
func (f *folder) caseFold(b []byte) []byte {
	if cap(f.held) < 2*len(b)+16 {
		f.held = make([]byte, 2*len(b)+16)
	}
	for {
		f.caser.Reset()
		n, _, err := f.caser.Transform(f.held[:cap(f.held)], b, true)
		switch {
		case err == nil:
			return f.held[:n]
		case err != transform.ErrShortDst:
			return append(f.held[:0], f.caser.Bytes(b)...) // its own buffers
		}
		f.held = make([]byte, 2*cap(f.held))
	}
}

// dropCredentials drops trailing credential tokens from the folded name
// in b[start:].
func dropCredentials(b []byte, start int) []byte {
	for {
		s := b[start:]
		i := bytes.LastIndexByte(s, ' ')
		t := s[i+1:]
		// Credentials are 3 or 4 letters: most last words need no lookup.
		if i < 0 || len(t) < 3 || len(t) > 4 || !credentials[string(t)] || bytes.IndexByte(s[:i], ' ') < 0 {
			return b
		}
		b = b[:start+i]
	}
}

// Slug turns a display name into an id fragment: the folded name with
// hyphens for spaces, or "unnamed" when nothing is left. The fold is the
// one the ids were first made with, not FoldName's as it has grown since
// (pronouns and taglines dropped, kana voicing marks and Indic vowel
// signs kept, ı folded to i: see folder.ids): an id is how the ledger
// and the history know an account, and must not change from one version
// to the next. TestSlugStable holds the ids of names each of those
// rules changes.
func Slug(name string) string {
	f := folders.Get().(*folder)
	defer folders.Put(f)
	f.ids = true
	f.out = f.appendFold(f.out[:0], name)
	f.ids = false
	return slugOf(f.out)
}

// SlugOf is Slug(name), given fold = FoldName(name), made already for
// matching: for most names (ASCII without a bar or slash, and no title
// first, which FoldName's later rules leave alone) the two folds are one,
// and the name is not folded twice.
func SlugOf(name, fold string) string {
	for i := 0; i < len(name); i++ {
		if c := name[i]; c >= utf8.RuneSelf || c == '|' || c == '/' {
			return Slug(name)
		}
	}
	if titled(name) {
		return Slug(name)
	}
	return slugOf([]byte(fold))
}

// titled reports whether the first word of an ASCII name, as foldASCII
// reads it (letters and digits, apostrophes dropped), is one of the
// titles FoldName may drop (see dropTitles).
func titled(name string) bool {
	inWord := func(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' }
	i := 0
	for i < len(name) && !inWord(name[i]) {
		i++
	}
	var w [4]byte
	n := 0
	for ; i < len(name); i++ {
		switch c := name[i]; {
		case c == '\'':
		case !inWord(c):
			return title(w[:n])
		case n == len(w):
			return false
		default:
			w[n] = c | 0x20
			n++
		}
	}
	return title(w[:n])
}

// slugOf is the slug of a folded name.
func slugOf(fold []byte) string {
	if len(fold) == 0 {
		return "unnamed"
	}
	return string(bytes.ReplaceAll(fold, []byte{' '}, []byte{'-'}))
}

// FoldedNames is a set of folded names (FoldName) that names are looked
// up in by the million (a review's carried accounts, for the namesakes of
// a few): a name whose fold starts with a letter no name of the set
// starts with is not folded (see foldsFrom), and one folded is looked up
// from a borrowed buffer, with no allocation.
type FoldedNames struct {
	set   map[string]bool
	first [256]bool
}

// Add adds the fold of name; a fold with no space, which Merge joins no
// name by (see byName), is left out.
func (s *FoldedNames) Add(name string) {
	f := FoldName(name)
	if !strings.Contains(f, " ") {
		return
	}
	if s.set == nil {
		s.set = map[string]bool{}
	}
	s.set[f] = true
	s.first[f[0]] = true
}

// Len is the number of folded names in the set.
func (s *FoldedNames) Len() int { return len(s.set) }

// Has reports whether name folds to a name of the set.
func (s *FoldedNames) Has(name string) bool {
	if len(s.set) == 0 {
		return false
	}
	if c, ok := foldsFrom(name, false); ok && !s.first[c] {
		return false
	}
	f := folders.Get().(*folder)
	defer folders.Put(f)
	f.out = f.appendFold(f.out[:0], name)
	return s.set[string(f.out)]
}
