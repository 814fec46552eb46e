package audit

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// monthsFolded are the months' names, January first, in the languages
// whose yes and no the ledger reads (see ParseBool), lower-case and
// without accents as foldMonth writes a word: English, French, German
// (and Austrian Jänner), Spanish, Italian, Dutch, Portuguese; and the
// short names that are not a name's first letters (German Mrz, Dutch
// mrt).
var monthsFolded = [12][]string{
	{"january", "janvier", "januar", "janner", "jaenner", "enero", "gennaio", "januari", "janeiro"},
	{"february", "fevrier", "februar", "febrero", "febbraio", "februari", "fevereiro"},
	{"march", "mars", "marz", "maerz", "marzo", "maart", "marco", "mrz", "mrt"},
	{"april", "avril", "abril", "aprile"},
	{"may", "mai", "mayo", "maggio", "mei", "maio"},
	{"june", "juin", "juni", "junio", "giugno", "junho"},
	{"july", "juillet", "juli", "julio", "luglio", "julho"},
	{"august", "aout", "agosto", "augustus"},
	{"september", "septembre", "settembre", "septiembre", "setiembre", "setembro"},
	{"october", "octobre", "oktober", "octubre", "ottobre", "outubro"},
	{"november", "novembre", "noviembre", "novembro"},
	{"december", "decembre", "dezember", "diciembre", "dicembre", "dezembro"},
}

// foldWord writes w into buf as foldLetter folds each of its letters,
// and returns how many it wrote; ok is false where w holds a character
// that is not a letter, or more letters than buf holds (no month or
// weekday is so long). No allocation.
func foldWord(w string, buf []byte) (n int, ok bool) {
	for _, r := range w {
		c := foldLetter(r)
		if c == 0 || n == len(buf) {
			return 0, false
		}
		buf[n] = c
		n++
	}
	return n, true
}

// monthOf returns the month (1 to 12) a word names, whole or by its first
// three letters or more (Mar, mars, févr, Sept, März, Mrz), in any case,
// accents or not; 0 for any other word, and for one shortened so that it
// could be two months (jui: juin or juillet). No allocation.
func monthOf(w string) int {
	var buf [12]byte
	n, ok := foldWord(w, buf[:])
	if !ok {
		return 0
	}
	if n < 3 {
		return 0
	}
	month := 0
	for i, names := range monthsFolded {
		for _, name := range names {
			if len(name) >= n && name[:n] == string(buf[:n]) {
				if month != 0 && month != i+1 {
					return 0
				}
				month = i + 1
			}
		}
	}
	return month
}

// foldLetter returns the lower-case ASCII letter r is, accents left out
// (é is e, ä is a, ç is c), or 0 for what is no letter of a month's name.
func foldLetter(r rune) byte {
	r = unicode.ToLower(r)
	switch {
	case 'a' <= r && r <= 'z':
		return byte(r)
	case r < utf8.RuneSelf:
		return 0
	}
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å':
		return 'a'
	case 'ç':
		return 'c'
	case 'è', 'é', 'ê', 'ë':
		return 'e'
	case 'ì', 'í', 'î', 'ï':
		return 'i'
	case 'ñ':
		return 'n'
	case 'ò', 'ó', 'ô', 'õ', 'ö':
		return 'o'
	case 'ù', 'ú', 'û', 'ü':
		return 'u'
	}
	return 0
}

// dateWord is a word of a date written month first or by its month's
// name: a number or a word, and what follows it.
type dateWord struct {
	s     string
	num   bool   // digits
	ord   string // an ordinal's letters after the digits (1er, 2nd, 1º)
	dot   bool   // a dot right after it (févr., 2.)
	comma bool   // a comma after it (March 2, 2026)
}

// splitMonthFirst splits s, trimmed, into a year, a month and a day, as
// splitDate does, for the dates ParsePeriod reads that are not year
// first, where which number is the day is no question:
//
//   - a month's number then a year of four digits, with '/', '-' or '.'
//     between them (3/2026, 03-2026, 03.2026);
//   - a month's name (see monthOf) then a year of four digits (mars 2026,
//     févr. 2026, Mar-2026, marzo de 2026);
//   - a day, the month's name and the year (2 mars 2026, 2. März 2026,
//     2-Mar-2026, 2 de marzo de 2026), or the name, the day, maybe a
//     comma, and the year (March 2, 2026, Mar. 2, 2026); the day maybe
//     with its ordinal's letters (1er mars 2026, March 2nd, 2026).
//
// Words are separated by spaces, the ones that do not break too (U+00A0,
// U+202F, U+2009), which French typography puts between a day and its
// month and a text pasted from a web page keeps.
//
// parts is 2 for a month, 3 for a day, 0 for any other text; the ranges
// of the month and the day are left to the caller. No allocation.
func splitMonthFirst(s string) (y, m, d, parts int) {
	// A month's number and the year.
	if i := indexSep(s); i == 1 || i == 2 {
		if mm, yy := s[:i], s[i+1:]; isDigits(mm) && len(yy) == 4 && isDigits(yy) {
			return atoiDigits(yy), atoiDigits(mm), 0, 2
		}
	}
	var words [4]dateWord
	n := 0
	for rest := s; ; {
		rest = trimSpaces(rest)
		if rest == "" {
			break
		}
		if n == len(words) {
			return 0, 0, 0, 0
		}
		w := &words[n]
		i := 0
		num := '0' <= rest[0] && rest[0] <= '9'
		for i < len(rest) {
			c := rest[i]
			if spaceLen(rest[i:]) > 0 || c == '-' || c == '.' || c == ',' || c == '/' || num != ('0' <= c && c <= '9') {
				break
			}
			i++
		}
		if i == 0 {
			return 0, 0, 0, 0
		}
		w.s, w.num, rest = rest[:i], num, rest[i:]
		if num {
			w.ord, rest = ordinalSuffix(rest)
		}
		if rest != "" && rest[0] == '.' {
			w.dot, rest = true, rest[1:]
		}
		if rest != "" && rest[0] == ',' {
			w.comma, rest = true, rest[1:]
		}
		switch {
		case rest == "" || spaceLen(rest) > 0:
		case rest[0] == '-' && !w.dot && !w.comma:
			rest = rest[1:]
		default:
			return 0, 0, 0, 0
		}
		// Spanish and Portuguese: 2 de marzo de 2026.
		if !w.num && !w.dot && !w.comma && (w.s == "de" || w.s == "del") && n > 0 {
			continue
		}
		n++
	}
	year := func(w dateWord) int {
		if !w.num || len(w.s) != 4 || w.dot || w.comma || w.ord != "" {
			return -1
		}
		return atoiDigits(w.s)
	}
	day := func(w dateWord, dot, comma bool) int {
		if !w.num || len(w.s) > 2 || w.dot && !dot || w.comma && !comma {
			return -1
		}
		n := atoiDigits(w.s)
		if w.ord != "" && w.ord != ordinalOf(n, w.ord) {
			return -1
		}
		return n
	}
	month := func(w dateWord) int {
		if w.num || w.comma {
			return 0
		}
		return monthOf(w.s)
	}
	switch {
	case n == 2: // mars 2026
		if m, y = month(words[0]), year(words[1]); m > 0 && y >= 0 {
			return y, m, 0, 2
		}
	case n == 3 && words[0].num: // 2 mars 2026, 2. März 2026
		if d, m, y = day(words[0], true, false), month(words[1]), year(words[2]); d >= 0 && m > 0 && y >= 0 {
			return y, m, d, 3
		}
	case n == 3: // March 2, 2026
		if m, d, y = month(words[0]), day(words[1], false, true), year(words[2]); m > 0 && d >= 0 && y >= 0 {
			return y, m, d, 3
		}
	}
	return 0, 0, 0, 0
}

// indexSep returns the index of the first '/', '-' or '.' in s, or -1.
func indexSep(s string) int {
	for i := range len(s) {
		if s[i] == '/' || s[i] == '-' || s[i] == '.' {
			return i
		}
	}
	return -1
}

// trimSpaces returns s without its leading spaces (see spaceLen).
func trimSpaces(s string) string {
	for n := spaceLen(s); n > 0; n = spaceLen(s) {
		s = s[n:]
	}
	return s
}

// spaceLen returns the length in bytes of the space s starts with: a
// space, or one that does not break (U+00A0, U+202F, U+2009); 0 for none.
func spaceLen(s string) int {
	switch {
	case s == "":
		return 0
	case s[0] == ' ':
		return 1
	case strings.HasPrefix(s, "\u00a0"):
		return 2
	case strings.HasPrefix(s, "\u202f"), strings.HasPrefix(s, "\u2009"):
		return 3
	}
	return 0
}

// ordinalSuffix returns the letters of an ordinal s starts with, right
// after a day's digits, lower-case (er, st, nd, rd, th, º), and what
// follows them; "" and s if none. The letters must end the word.
func ordinalSuffix(s string) (string, string) {
	for _, o := range [...]string{"er", "st", "nd", "rd", "th", "º", "°"} {
		if len(s) < len(o) || !strings.EqualFold(s[:len(o)], o) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[len(o):]); r != utf8.RuneError && unicode.IsLetter(r) {
			return "", s
		}
		rest := s[len(o):]
		if o == "°" { // the degree sign, typed for the ordinal's
			o = "º"
		}
		return o, rest
	}
	return "", s
}

// ordinalOf returns the ordinal's letters day n is written with, in the
// language of the letters o given: French 1er, Spanish, Italian and
// Portuguese 1º, English 1st, 2nd, 3rd, 4th, 11th, 21st. "" where that
// language writes the day without them.
func ordinalOf(n int, o string) string {
	switch o {
	case "er", "º":
		if n == 1 {
			return o
		}
		return ""
	}
	switch {
	case n%100 >= 11 && n%100 <= 13:
		return "th"
	case n%10 == 1:
		return "st"
	case n%10 == 2:
		return "nd"
	case n%10 == 3:
		return "rd"
	}
	return "th"
}

// atoiDigits returns the number a few ASCII digits write.
func atoiDigits(s string) int {
	n := 0
	for i := range len(s) {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// weekdaysFolded are the weekdays' names, Sunday first as time.Weekday
// counts them, in the languages of monthsFolded, as foldLetter writes a
// word: English, French, German (and Sonnabend), Spanish, Italian, Dutch,
// Portuguese (segunda, or segunda-feira: see weekdayPrefix).
var weekdaysFolded = [7][]string{
	{"sunday", "dimanche", "sonntag", "domingo", "domenica", "zondag"},
	{"monday", "lundi", "montag", "lunes", "lunedi", "maandag", "segunda"},
	{"tuesday", "mardi", "dienstag", "martes", "martedi", "dinsdag", "terca"},
	{"wednesday", "mercredi", "mittwoch", "miercoles", "mercoledi", "woensdag", "quarta"},
	{"thursday", "jeudi", "donnerstag", "jueves", "giovedi", "donderdag", "quinta"},
	{"friday", "vendredi", "freitag", "viernes", "venerdi", "vrijdag", "sexta"},
	{"saturday", "samedi", "samstag", "sonnabend", "sabado", "sabato", "zaterdag"},
}

// weekdaysShort2 are the weekdays' names in two letters, Sunday first, as
// German, Dutch and Spanish shorten them (Mo., Do.; ma, zo; lu., sá.).
// Some are two days: ma is Monday in Dutch (maandag), Tuesday in Spanish
// (martes); do Thursday in German and Dutch, Sunday in Spanish (domingo).
var weekdaysShort2 = [7][]string{{"so", "zo", "do"}, {"mo", "ma", "lu"}, {"di", "ma"}, {"mi", "wo"}, {"do", "ju"}, {"fr", "vr", "vi"}, {"sa", "za"}}

// weekdays is a set of weekdays, bit i for time.Weekday(i): the days a
// word may name.
type weekdays uint8

func (ws weekdays) has(d time.Weekday) bool { return ws&(1<<d) != 0 }

// list returns the days of ws, Sunday first.
func (ws weekdays) list() []time.Weekday {
	var l []time.Weekday
	for d := time.Sunday; d <= time.Saturday; d++ {
		if ws.has(d) {
			l = append(l, d)
		}
	}
	return l
}

// weekdayOf returns the weekdays a word names, whole or by its first
// three letters (Mon, mar, Die, mié, sáb), or in German, Dutch and
// Spanish two (Mo, Do, zo, lu), in any case, accents or not: one, or
// two for a word two languages shorten alike (ma, do); none where it
// names no weekday. Sonnabend is not shortened: Son is Sonntag. No
// allocation.
func weekdayOf(w string) weekdays {
	var buf [10]byte
	n, ok := foldWord(w, buf[:])
	if !ok {
		return 0
	}
	var ws weekdays
	for i, names := range weekdaysFolded {
		for _, name := range names {
			if name == string(buf[:n]) || n == 3 && name != "sonnabend" && name[:3] == string(buf[:n]) {
				ws |= 1 << i
			}
		}
		for _, name := range weekdaysShort2[i] {
			if name == string(buf[:n]) {
				ws |= 1 << i
			}
		}
	}
	return ws
}

// weekdayPrefix returns the weekdays s starts with, as a word processor or
// a calendar writes it before a day (Monday, March 2, 2026; lundi 2 mars
// 2026; Mon. 2 Mar 2026; segunda-feira, 2 de março de 2026): a weekday's
// name (see weekdayOf), Portuguese with -feira after it, maybe a dot
// after a short name, maybe a comma, then a space. It returns the word as
// typed and what follows the space; ok is false where s starts with no
// weekday. No allocation.
func weekdayPrefix(s string) (wd weekdays, word, rest string, ok bool) {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if foldLetter(r) == 0 {
			break
		}
		i += size
	}
	if wd = weekdayOf(s[:i]); wd == 0 {
		return 0, "", "", false
	}
	word, rest = s[:i], s[i:]
	if strings.HasPrefix(rest, "-") {
		// segunda-feira, terça-feira: the weekday's whole name only.
		const feira = "-feira"
		if len(rest) < len(feira) || !strings.EqualFold(rest[:len(feira)], feira) || utf8.RuneCountInString(word) < 5 {
			return 0, "", "", false
		}
		word, rest = s[:i+len(feira)], rest[len(feira):]
	}
	if rest != "" && rest[0] == '.' && utf8.RuneCountInString(word) <= 3 {
		rest = rest[1:]
	}
	if rest != "" && rest[0] == ',' {
		rest = rest[1:]
	}
	if spaceLen(rest) == 0 {
		return 0, "", "", false
	}
	return wd, word, trimSpaces(rest), true
}
