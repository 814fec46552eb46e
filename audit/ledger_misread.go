package audit

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Misread looks for cells of the rows read from the file whose text is
// UTF-8 that a spreadsheet read as Windows-1252 and saved so ("AmÃ©lie"
// for "Amélie"): Excel opens a CSV without a byte order mark that way, and
// a ledger the tool wrote without one (before its first ledgers had the
// mark, or written back in the form Google Sheets or LibreOffice saved it
// in) comes back damaged from a save as CSV UTF-8, its accented keys then
// matching no account. It returns the first such cell, its line, and how
// many there are. The cells are the person's: only said, never changed,
// and no key is added to an accounts cell so (keepsAccounts); its keys
// are read as they were written before (readBack), so that they still
// match their accounts.
func (l *Ledger) Misread() (first string, line, n int) {
	for _, r := range l.rows {
		// A row without a lead character followed by what may be a
		// continuation (see mayBeMisread: most rows, at a million, even
		// of accented names) is passed at the speed of IndexByte.
		if r.Line == 0 || !mayBeMisread(r.cells.s) {
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

// mayBeMisread reports whether s may hold a misread character (see
// misread), at the speed of IndexByte. Every lead character (Â to ô) is
// 0xC3 and another byte in UTF-8, and the character after it, one of a
// continuation byte read as Windows-1252 (continuation1252), starts with
// one of misreadNext. A ledger of a million accented names (é is C3 A9)
// had misread look through each row whose text held a 0xC3: 60 ms of
// the re-audit's notes, where now only rows it may find anything in are
// looked through.
func mayBeMisread(s string) bool {
	for i := strings.IndexByte(s, 0xC3); i >= 0 && i+2 < len(s); {
		if strings.IndexByte(misreadNext, s[i+2]) >= 0 {
			return true
		}
		j := strings.IndexByte(s[i+1:], 0xC3)
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// misreadNext are the first bytes in UTF-8 of the characters of the
// Windows-1252 bytes 0x80 to 0xBF (see continuation1252): U+0080–U+00BF,
// Œ œ Š š Ÿ Ž ž, ƒ, ˆ ˜, and the punctuation and symbols of U+2013–U+2122.
const misreadNext = "\xC2\xC5\xC6\xCB\xE2"

// misread reports whether s holds a character of UTF-8 read as
// Windows-1252: a lead byte's character (Â to ô, U+00C2–U+00F4) followed
// by as many as it needs of continuation bytes' characters (0x80–0xBF in
// Windows-1252: U+00A0–U+00BF, and € ‚ ƒ „ … and the others of 0x80–0x9F).
// Text written so on purpose ("Ã©" in a note) is all but unknown. But
// for one pair, typed right as often as misread: ß or a capital with an
// accent, Ä to ß (U+00C4–U+00DF, × with them), then a no-break space,
// pasted after a word or put before ":" and "!" in French ("strauß",
// "ÉTÉ :"), is also Š, Р, Π or נ misread (C5 A0, D0 A0, CE A0, D7 A0).
// Where the space ends a word, as typed right (nothing, a space,
// punctuation, a digit or a capital after it), it is no misread by
// itself; text misread elsewhere too (the rest of "Šimon Novák", of
// "Роман") is, and is read back whole, the pair with it. A small letter
// of ASCII after the space is Š (or Ơ) misread starting or inside a word
// ("Špela Novak", a key typed "linkedin:Šimon-hora", with no other letter
// to tell): a misread, else the key would match no account, which would
// leave its row and notes. ß is never so (DF A0 is U+07E0). Â
// and Ã before a no-break space stay misread: they are the no-break
// space and à misread, far more often than a capital so typed.
func misread(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		var need int
		switch {
		case r >= 0xC4 && r <= 0xDF && strings.HasPrefix(s[i:], "\u00a0") && !smallAfter(r, s[i+len("\u00a0"):]):
			continue // typed right as well: see above
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

// smallAfter reports whether the capital r (not ß), a no-break space
// after it, is followed by a small letter of ASCII, rest: the pair is
// then a character misread in a word (see misread). A letter outside
// ASCII after it would be misread too, and is told by itself.
func smallAfter(r rune, rest string) bool {
	return r != 'ß' && rest != "" && 'a' <= rest[0] && rest[0] <= 'z'
}

// unmisread gives back the text s was before a spreadsheet read its
// UTF-8 as Windows-1252 ("sÃ¸ren" for "søren"), and whether it could:
// every character must be one Windows-1252 reads a byte as, and those
// bytes UTF-8 text other than s.
func unmisread(s string) (string, bool) {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		c, ok := byte1252(r)
		if !ok {
			return "", false
		}
		b = append(b, c)
	}
	if !utf8.Valid(b) || string(b) == s {
		return "", false
	}
	return string(b), true
}

// cp1252 are the characters Windows-1252 reads the bytes 0x80–0x9F as;
// every other byte is the character of its number. The five bytes it
// leaves undefined are the C1 controls of their numbers, as Excel (and
// Windows) reads them.
var cp1252 = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

// byte1252 returns the byte Windows-1252 reads as r, and whether there is
// one (any character below U+0100 is taken for its own byte).
func byte1252(r rune) (byte, bool) {
	if r < 0x100 {
		return byte(r), true
	}
	for i, c := range cp1252 {
		if c == r {
			return byte(0x80 + i), true
		}
	}
	return 0, false
}

// readBack is an accounts cell's key (trimmed: see trimKey) as it was
// written before a spreadsheet misread it (see misread), or the key where
// it was not: the key a misread cell still means. The cell itself is left
// as it is. A key misread twice (a ledger opened without the mark, saved,
// and opened so again: "sÃƒÂ¸ren") is read back twice, and so on while
// the text read back is still misread. The space typed around a key is
// misread with it (a no-break space as "Â" and one, U+3000 as "ã€€",
// before the network or after the id), and is trimmed once read back,
// before the text is looked at again: "strauß" and a no-break space,
// read back once, is no misread "strauߠ".
func readBack(k string) string {
	// Every lead character is 0xC3 in UTF-8. Each reading back shortens
	// the text, so the loop ends.
	for mayBeMisread(k) && misread(k) {
		s, ok := unmisread(k)
		if !ok {
			break
		}
		k = trimKey(s)
	}
	return k
}

// MisreadKey returns the first account key of a misread accounts cell
// that the ledger reads as it was written before (readBack), as the cell
// holds it and as read, or "" where there is none.
func (l *Ledger) MisreadKey() (cell, key string) {
	col, ok := l.col[ColAccounts]
	if !ok {
		return "", ""
	}
	for _, r := range l.rows {
		if r.Line == 0 || !mayBeMisread(r.cells.s) {
			continue
		}
		for rest := r.cells.at(col); rest != ""; {
			var k string
			k, rest, _ = strings.Cut(rest, ";")
			k = trimKey(k)
			if back := readBack(k); back != k {
				net, id, _ := strings.Cut(back, ":")
				net, id = strings.ToLower(strings.TrimSpace(net)), trimKey(id)
				return k, net + ":" + canonicalID(net, id)
			}
		}
	}
	return "", ""
}

// trimKey is an accounts cell's key (or its id) without the space around
// it, as strings.TrimSpace gives it, but for a last no-break space that
// is part of a misread character: "ム" (E3 83 A0) read as Windows-1252
// is "ãƒ" and U+00A0, which the key "follow.ウィリアム" ends in, misread.
// The space is kept only where the key before it is misread itself, or
// ends in a misread character cut short of a third or fourth byte (the
// "ãƒ" of "ム"), or of the second of à ("Ã") or of a no-break space
// ("Â": see readBack): a key typed right whose
// last letter is ß or a capital with an accent (C3 9F, C3 89), a
// no-break space pasted after it, would also read back with the space, as
// another key (strauߠ for strauß).
func trimKey(s string) string {
	t := strings.TrimSpace(s)
	if len(t) == len(s) || strings.IndexByte(t, 0xC3) < 0 { // the lead is Ã, 0xC3 0x83
		return t
	}
	const nbsp = "\u00a0"
	start := len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
	if end := start + len(t); strings.HasPrefix(s[end:], nbsp) && (misread(t) || cutShort(t)) {
		if _, ok := unmisread(s[start : end+len(nbsp)]); ok { // it reads back with the space
			return s[start : end+len(nbsp)]
		}
	}
	return t
}

// cutShort reports whether t ends in a misread character of three or four
// bytes but its last: a lead character (à to ô, U+00E0–U+00F4) and
// all but one of the continuation characters it needs (see misread). Or
// in "Ã" or "Â" alone: à (C3 A0) misread is "Ã" and a no-break space, a
// no-break space (C2 A0) typed after a key "Â" and one, and a key typed
// right ends in a capital Ã or Â next to never (linkedin:raffaella-carrà
// misread, trimmed, was raffaella-carrÃ, and matched nothing).
func cutShort(t string) bool {
	for i := range 3 {
		r, size := utf8.DecodeLastRuneInString(t)
		if size == 0 {
			return false
		}
		t = t[:len(t)-size]
		switch {
		case i == 0 && (r == 'Ã' || r == 'Â'):
			return true
		case i > 0 && r >= 0xE0 && r <= 0xEF:
			return i == 1
		case i > 0 && r >= 0xF0 && r <= 0xF4:
			return i == 2
		case !continuation1252(r):
			return false
		}
	}
	return false
}

// keepsAccounts reports whether the accounts cell of row r is one read
// from the file and misread (see Misread): the tool adds no key to it,
// which would mix keys written right with the damage. The keys it would
// add go on the row, unwritten: the next run's history puts them there
// again, until the person corrects the cell.
func (l *Ledger) keepsAccounts(r *LedgerRow) bool {
	return r.Line > 0 && misread(l.cell(r, ColAccounts))
}

// continuation1252 reports whether r is the character Windows-1252 reads
// a byte 0x80–0xBF as (see cp1252).
func continuation1252(r rune) bool {
	c, ok := byte1252(r)
	return ok && c >= 0x80 && c <= 0xBF
}
