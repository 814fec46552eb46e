package audit

import (
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

// monthOf returns the month (1 to 12) a word names, whole or by its first
// three letters or more (Mar, mars, févr, Sept, März, Mrz), in any case,
// accents or not; 0 for any other word, and for one shortened so that it
// could be two months (jui: juin or juillet). No allocation.
func monthOf(w string) int {
	var buf [12]byte
	n := 0
	for _, r := range w {
		c := foldLetter(r)
		if c == 0 || n == len(buf) {
			return 0
		}
		buf[n] = c
		n++
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
	num   bool // digits
	dot   bool // a dot right after it (févr., 2.)
	comma bool // a comma after it (March 2, 2026)
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
//     comma, and the year (March 2, 2026).
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
			if c == ' ' || c == '-' || c == '.' || c == ',' || c == '/' || num != ('0' <= c && c <= '9') {
				break
			}
			i++
		}
		if i == 0 {
			return 0, 0, 0, 0
		}
		w.s, w.num, rest = rest[:i], num, rest[i:]
		if rest != "" && rest[0] == '.' {
			w.dot, rest = true, rest[1:]
		}
		if rest != "" && rest[0] == ',' {
			w.comma, rest = true, rest[1:]
		}
		switch {
		case rest == "" || rest[0] == ' ':
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
		if !w.num || len(w.s) != 4 || w.dot || w.comma {
			return -1
		}
		return atoiDigits(w.s)
	}
	day := func(w dateWord, dot, comma bool) int {
		if !w.num || len(w.s) > 2 || w.dot && !dot || w.comma && !comma {
			return -1
		}
		return atoiDigits(w.s)
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
		if m, d, y = month(words[0]), day(words[1], false, true), year(words[2]); m > 0 && !words[0].dot && d >= 0 && y >= 0 {
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

// trimSpaces returns s without its leading spaces.
func trimSpaces(s string) string {
	for s != "" && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// atoiDigits returns the number a few ASCII digits write.
func atoiDigits(s string) int {
	n := 0
	for i := range len(s) {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
