package audit

import (
	"strings"
	"unicode/utf8"
)

// Misread looks for cells of the rows read from the file whose text is
// UTF-8 that a spreadsheet read as Windows-1252 and saved so ("AmÃ©lie"
// for "Amélie"): Excel opens a CSV without a byte order mark that way, and
// a ledger the tool wrote without one (before its first ledgers had the
// mark, or written back in the form Google Sheets or LibreOffice saved it
// in) comes back damaged from a save as CSV UTF-8, its accented keys then
// matching no account. It returns the first such cell, its line, and how
// many there are. The cells are the person's: only said, never changed.
func (l *Ledger) Misread() (first string, line, n int) {
	for _, r := range l.rows {
		// Every such text holds a Ã, Â, Å... encoded: 0xC3 or 0xC2, 0xC5
		// after it. A row without 0xC3 or 0xC2 (most rows, at a million) is
		// passed at the speed of IndexByte.
		if r.Line == 0 || strings.IndexByte(r.cells.s, 0xC3) < 0 && strings.IndexByte(r.cells.s, 0xC2) < 0 {
			continue
		}
		for i := range r.cells.len() {
			if c := r.cells.at(i); misread(c) {
				if n == 0 {
					first, line = c, int(r.Line)
				}
				n++
			}
		}
	}
	return first, line, n
}

// misread reports whether s holds a character of UTF-8 read as
// Windows-1252: a lead byte's character (Â to ô, U+00C2–U+00F4) followed
// by as many as it needs of continuation bytes' characters (0x80–0xBF in
// Windows-1252: U+00A0–U+00BF, and € ‚ ƒ „ … and the others of 0x80–0x9F).
// Text written so on purpose ("Ã©" in a note) is all but unknown.
func misread(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		var need int
		switch {
		case r >= 0xC2 && r <= 0xDF:
			need = 1
		case r >= 0xE0 && r <= 0xEF:
			need = 2
		case r >= 0xF0 && r <= 0xF4:
			need = 3
		default:
			continue
		}
		j, ok := i, true
		for range need {
			c, size := utf8.DecodeRuneInString(s[j:])
			if size == 0 || !continuation1252(c) {
				ok = false
				break
			}
			j += size
		}
		if ok {
			return true
		}
	}
	return false
}

// continuation1252 reports whether r is the character Windows-1252 reads
// a byte 0x80–0xBF as (the bytes it leaves undefined as C1 controls).
func continuation1252(r rune) bool {
	if r >= 0x80 && r <= 0xBF {
		return true
	}
	return strings.ContainsRune("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ", r)
}
