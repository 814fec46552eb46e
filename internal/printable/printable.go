// Package printable makes text a person typed (a ledger cell, owners.csv)
// or an export holds (a name, a handle, an id) safe to put in a message
// of one line, on standard output or standard error: a line break in a
// name typed with Alt+Enter would split the message, a carriage return
// would print over it, an escape sequence (ESC [) would drive the
// terminal, and a bidirectional override (U+202E) would show the text
// after it reversed. Files keep such text as it is; only what is printed
// is changed.
package printable

import (
	"unicode"
	"unicode/utf8"
)

// Line returns s as it is printed in a message of one line: each run of
// line breaks and tabs (CR LF, LF, a tab, a vertical tab or form feed,
// NEL, U+2028, U+2029), with the spaces around it, becomes one space, or
// nothing at either end of s; every other control character (ESC, NUL,
// DEL, the C1 controls), every bidirectional embedding, override or
// isolate (U+202A to U+202E, U+2066 to U+2069) and each byte that is not
// UTF-8 (a raw 0x9B is a C1 CSI to some terminals) becomes '?', which
// shows that something was there. The bidirectional marks (U+200E,
// U+200F, U+061C), which Arabic and Hebrew names carry and which reorder
// nothing but the punctuation and digits beside them, are kept, as
// report.html keeps them. Text with none of these, as almost every name,
// is returned as it is, without allocating.
func Line(s string) string {
	i := firstToReplace(s)
	if i < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	b = append(b, s[:i]...)
	brk := false // in a run of line breaks and the spaces beside them
	for j := i; j < len(s); {
		r, size := utf8.DecodeRuneInString(s[j:])
		j += size
		if r == utf8.RuneError && size == 1 {
			r = 0 // not UTF-8: printed as '?' below
		}
		switch {
		case lineBreak(r):
			for len(b) > 0 && b[len(b)-1] == ' ' {
				b = b[:len(b)-1]
			}
			brk = true
			continue
		case r == ' ' && brk:
			continue
		}
		if brk && len(b) > 0 {
			b = append(b, ' ')
		}
		brk = false
		if unsafe(r) {
			r = '?'
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

// firstToReplace returns the index in s of the first rune Line replaces
// (a line break, a control, a byte that is not UTF-8), or -1. A real
// U+FFFD is text: only an invalid byte, decoded as one of width 1, is
// looked for, and a name that holds U+FFFD is returned as it is.
func firstToReplace(s string) int {
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if lineBreak(r) || unsafe(r) || r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// lineBreak reports whether r ends a line, or is a tab: a control that
// is white space, or one of Unicode's line and paragraph separators.
func lineBreak(r rune) bool {
	return (unicode.IsControl(r) && unicode.IsSpace(r)) || r == '\u2028' || r == '\u2029'
}

// unsafe reports whether r is a control character that is not white
// space, or a bidirectional embedding, override or isolate: a control
// that reorders the text after it, beyond the name that holds it.
func unsafe(r rune) bool {
	return (unicode.IsControl(r) && !unicode.IsSpace(r)) ||
		('\u202A' <= r && r <= '\u202E') || ('\u2066' <= r && r <= '\u2069')
}

// NameRunes is how many characters of a name Name shows: more than any
// real name has (LinkedIn allows 100 in a first and a last name together),
// and less than a terminal's line or two.
const NameRunes = 200

// Name returns a name (a person's, an account's) as Line prints it, cut
// after NameRunes characters and followed by "…" when longer. A name in
// an export is whatever its owner chose: one of a million emoji, printed
// whole, filled review's screen and the terminal's scrollback, and hid
// the question. Only what is printed is cut; files keep the name whole.
func Name(s string) string { return Cut(s, NameRunes) }

// LinkRunes is how many characters of a link Link shows: five times a
// profile address's longest; the search link for a name is as long as
// the name, percent-encoded.
const LinkRunes = 1000

// Link returns a link as Line prints it, cut after LinkRunes characters
// and followed by "…" when longer, as Name cuts a name: a link the tool
// makes of a name (a search for it) is as long as the name, and longer.
func Link(s string) string { return Cut(s, LinkRunes) }

// Cut returns s as Line prints it, cut after n characters and followed
// by "…" when longer.
func Cut(s string, n int) string {
	i := 0
	for runes := 0; i < len(s) && runes < n; runes++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	if i == len(s) {
		return Line(s)
	}
	return Line(s[:i]) + "…"
}
