package importers

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// utf8Reader passes bytes through and fails, with the line and byte offset,
// at the first byte sequence that is not UTF-8. Exports are UTF-8; a file
// that is not was re-saved by some other program (Excel's Windows-1252 is
// the usual case), and guessing its encoding would silently corrupt names.
type utf8Reader struct {
	r    io.Reader
	f    *File
	off  int64 // bytes checked so far
	line int   // newlines seen so far, plus one
	// crLine counts the lines as a file whose lines end with a lone CR
	// (Excel for Mac's "CSV (Macintosh)") is read (see csvread.CRToLF): a CR, an
	// LF or a CRLF ends one. The lines a message names are these where
	// the first line of the file ends with a lone CR (eol).
	crLine int
	eol    byte // the first line end: '\n' (also for CRLF) or '\r'; 0 until seen
	lastCR bool // the last byte checked was a CR
	carry  [utf8.UTFMax]byte
	n      int // bytes held in carry: the start of a rune cut by a read
}

func newUTF8Reader(r io.Reader, f *File) *utf8Reader {
	return &utf8Reader{r: r, f: f, line: 1, crLine: 1}
}

// lines counts the line ends of b, the bytes checked next.
func (u *utf8Reader) lines(b []byte) {
	if len(b) == 0 {
		return
	}
	if u.eol == 0 {
		switch i := bytes.IndexAny(b, "\r\n"); {
		case u.lastCR: // a CR ended the bytes before
			u.eol = '\r'
			if b[0] == '\n' {
				u.eol = '\n'
			}
		case i >= 0 && b[i] == '\n', i >= 0 && i+1 < len(b) && b[i+1] == '\n':
			u.eol = '\n'
		case i >= 0 && i+1 < len(b):
			u.eol = '\r'
		}
	}
	lf := bytes.Count(b, []byte{'\n'})
	u.line += lf
	u.crLine += lf
	if cr := bytes.Count(b, []byte{'\r'}); cr > 0 || u.lastCR {
		pairs := bytes.Count(b, []byte("\r\n"))
		if u.lastCR && b[0] == '\n' {
			pairs++
		}
		u.crLine += cr - pairs
	}
	u.lastCR = b[len(b)-1] == '\r'
}

// lineNo is the line of the next byte, as the file's line ends count.
func (u *utf8Reader) lineNo() int {
	if u.eol == '\r' {
		return u.crLine
	}
	return u.line
}

func (u *utf8Reader) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	b := p[:n]
	if u.n > 0 && len(b) > 0 {
		m := copy(u.carry[u.n:], b)
		seq := u.carry[:u.n+m]
		if !utf8.FullRune(seq) { // b was shorter than the rest of the rune
			u.n += m
			return n, u.atEOF(err)
		}
		r, size := utf8.DecodeRune(seq)
		if r == utf8.RuneError && size <= 1 {
			return 0, u.invalid(seq[0])
		}
		b = b[size-u.n:]
		u.off += int64(size)
		u.n = 0
		if u.lastCR { // a CR, then this character: a lone CR
			if u.eol == 0 {
				u.eol = '\r'
			}
			u.lastCR = false
		}
	}
	if len(b) == 0 {
		return n, u.atEOF(err)
	}
	cut := len(b)
	for k := len(b) - 1; k >= 0 && k >= len(b)-utf8.UTFMax; k-- {
		if utf8.RuneStart(b[k]) {
			if !utf8.FullRune(b[k:]) {
				cut = k
			}
			break
		}
	}
	// A NUL byte is UTF-8, but no export holds one: it is half of a
	// character of UTF-16 text (Excel's "Unicode Text") without the byte
	// order mark invalid reports, which would read as names and ids with
	// a NUL between every letter, refused far from the cause.
	valid := cut
	if z := bytes.IndexByte(b[:cut], 0); z >= 0 {
		valid = z
	}
	if !utf8.Valid(b[:valid]) {
		for i := 0; i < valid; {
			r, size := utf8.DecodeRune(b[i:valid])
			if r == utf8.RuneError && size <= 1 {
				u.lines(b[:i])
				u.off += int64(i)
				return 0, u.invalid(b[i])
			}
			i += size
		}
	}
	if valid < cut {
		u.lines(b[:valid])
		u.off += int64(valid)
		return 0, &Error{File: u.f.String(), Line: u.lineNo(), Err: fmt.Errorf(
			"byte %d is a NUL (0x00): the file seems to be UTF-16 text, re-saved by another program; use the file exactly as the network sent it", u.off)}
	}
	before := u.lineNo()
	u.lines(b[:cut])
	if u.f.progress != nil {
		u.f.progress.Lines.Add(int64(u.lineNo() - before))
	}
	u.off += int64(cut)
	u.n = copy(u.carry[:], b[cut:])
	return n, u.atEOF(err)
}

// atEOF returns err, or at the end of the file an error where the file
// ends with the start of a character: a file cut short (a download or
// copy interrupted), its last character cut, or a Windows-1252 or Mac
// Roman file whose last byte is an accented letter, which starts a
// character in UTF-8 too.
func (u *utf8Reader) atEOF(err error) error {
	if err == io.EOF && u.n > 0 {
		return u.invalidAt(u.carry[0], "the file ends in the middle of a character: it was perhaps cut short, a download or copy interrupted (download or copy it again), or re-saved in another encoding")
	}
	return err
}

func (u *utf8Reader) invalid(c byte) error {
	return u.invalidAt(c, "the file seems to have been re-saved in another encoding")
}

// invalidAt reports the byte c, at u.off, that is not UTF-8, saying why
// it may be so.
func (u *utf8Reader) invalidAt(c byte, why string) error {
	if u.off == 0 && (c == 0xFF || c == 0xFE) { // the byte order mark of UTF-16, never UTF-8
		return &Error{File: u.f.String(), Line: u.lineNo(), Err: fmt.Errorf(
			"the file is UTF-16 (it starts with byte 0x%02X): it was re-saved by another program; use the file exactly as the network sent it", c)}
	}
	guess := "Windows-1252"
	if u.eol == '\r' {
		guess = "Mac Roman" // Excel for Mac's "CSV (Macintosh)" ends lines with a CR
	}
	return &Error{File: u.f.String(), Line: u.lineNo(), Err: fmt.Errorf(
		"byte %d (0x%02X) is not UTF-8: %s (%s?); use the file exactly as the network sent it",
		u.off, c, why, guess)}
}

// openText opens f for reading as UTF-8 text: the bytes are checked to be
// UTF-8 as they stream, a leading byte order mark is dropped, and an empty
// file is an error. The caller must Close the result.
func openText(f *File) (*textFile, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	if f.progress != nil {
		f.progress.Files.Add(1)
	}
	br := bufio.NewReaderSize(newUTF8Reader(rc, f), 64<<10)
	head, err := br.Peek(len(bom))
	if len(head) == 0 {
		rc.Close()
		if err == nil || errors.Is(err, io.EOF) {
			return nil, errorf(f, "the file is empty")
		}
		return nil, err
	}
	if bytes.HasPrefix(head, []byte(bom)) {
		br.Discard(len(bom))
		if _, err := br.Peek(1); errors.Is(err, io.EOF) {
			rc.Close()
			return nil, errorf(f, "the file is empty")
		}
	}
	return &textFile{Reader: br, c: rc}, nil
}

// textFile is an open export file read as text.
type textFile struct {
	*bufio.Reader
	c io.Closer
}

func (t *textFile) Close() error { return t.c.Close() }

// fixMojibake repairs Meta's export encoding, where every non-ASCII
// character is written as its UTF-8 bytes, each escaped as a Latin-1 code
// point ("Jos\u00c3\u00a9" for "José"). When every rune of s is at most
// U+00FF and those runes, taken as bytes, are valid UTF-8, the bytes are
// the real text; otherwise s is returned unchanged (it was not mojibake).
func fixMojibake(s string) string {
	if isASCII(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r > 0xFF {
			return s
		}
		b = append(b, byte(r))
	}
	if !utf8.Valid(b) {
		return s
	}
	return string(b)
}

// bom is the UTF-8 byte order mark that some programs write at the start
// of a text file.
const bom = "\xEF\xBB\xBF"

// trimBOM drops a byte order mark from the start of a file's head, for
// Detect functions that look at the first bytes.
func trimBOM(head []byte) []byte { return bytes.TrimPrefix(head, []byte(bom)) }

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isDigits reports whether s is one or more ASCII digits.
func isDigits[S string | []byte](s S) bool {
	if len(s) == 0 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// cleanText repairs Meta's mojibake, puts the text in NFC so that one name
// is always written the same way, then trims and collapses runs of white
// space (names in real exports have trailing and doubled spaces). ASCII
// text, which neither mojibake nor NFC changes, skips both, as the NFC
// check costs an allocation: it allocates only when spaces change.
func cleanText(s string) string {
	if !isASCII(s) {
		s = fixMojibake(s)
		if !norm.NFC.IsNormalString(s) {
			s = norm.NFC.String(s)
		}
	}
	prevSpace := true // a space at the start is not clean
	clean := true
	for _, r := range s {
		if unicode.IsSpace(r) {
			if r != ' ' || prevSpace {
				clean = false
				break
			}
			prevSpace = true
		} else {
			prevSpace = false
		}
	}
	if !clean || (prevSpace && s != "") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return s
}

// writeWords writes the words of s separated by single spaces, preceded by
// a space when sep is true, and reports whether sep is due after it: names
// are exported with stray and doubled spaces ("Assad  Baig").
func writeWords(b *strings.Builder, s string, sep bool) bool {
	if oneSpaced(s) {
		if s == "" {
			return sep
		}
		if sep {
			b.WriteByte(' ')
		}
		b.WriteString(s)
		return true
	}
	for w := range strings.FieldsSeq(s) {
		if sep {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		sep = true
	}
	return sep
}

// oneSpaced reports whether s is its words joined by single ASCII spaces
// already (most names are), so that writeWords can copy it whole. It
// reports false for any other white space, and for every rune whose
// UTF-8 lead byte white space shares (U+0085, U+00A0, U+1680, U+2000 and
// up, U+3000): those take the slow way.
func oneSpaced(s string) bool {
	space := true // at the start, as after a space
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if space {
				return false
			}
			space = true
			continue
		case c < ' ' || c == 0x7f || c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3:
			return false
		}
		space = false
	}
	return !space || s == ""
}

// words returns s with white space trimmed and collapsed, in a string of
// its own (a substring would pin the whole line it was read from).
func words(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	writeWords(&b, s, false)
	return b.String()
}

// MaxValueBytes caps one value of an export file: a JSON list entry or a
// CSV record. Real ones are a few hundred bytes (a tweet, a few KiB); a
// bigger one is a broken or hostile file, and parsers hold a whole value in
// memory, so without this cap a small zip could hold a gigabyte-long name.
const MaxValueBytes = 16 << 20

// valueCap passes bytes through to a parser and fails once the value being
// parsed, which starts at start (set by the caller before each value),
// holds more than MaxValueBytes: memory stays bounded whatever the file.
type valueCap struct {
	r     io.Reader
	f     *File
	read  int64 // bytes passed to the parser so far
	start int64 // where the value being parsed starts
	line  func() int
}

func (c *valueCap) Read(p []byte) (int, error) {
	room := MaxValueBytes + 1 - (c.read - c.start)
	if room <= 0 {
		e := &Error{File: c.f.String(), Offset: c.start, Err: fmt.Errorf("one value is larger than %d MiB: this is not an export list", MaxValueBytes>>20)}
		if c.line != nil {
			e.Line = c.line()
		}
		return 0, e
	}
	if int64(len(p)) > room {
		p = p[:room] // a value that big must ask again, and fail above
	}
	n, err := c.r.Read(p)
	c.read += int64(n)
	return n, err
}

// utf16Advice says what a file of UTF-16 text given as an export is, and
// what to do.
const utf16Advice = "UTF-16 text, re-saved by another program (Excel's \"Unicode Text\"?), which the tool does not read: give the file exactly as the network sent it"

// utf16Itself reports whether the path given p is a loose file of UTF-16
// text (see isUTF16): no importer finds an export in it, as its header
// is read as UTF-8, and "no export found", with the names looked for,
// did not say why, where a file of an export's own name is refused as
// UTF-16.
func utf16Itself(files []*File, p string) bool {
	for _, f := range files {
		if f.arg() == p && f.String() == p {
			return isUTF16(f.Head(32))
		}
	}
	return false
}

// utf16Inside says, for a path given (p) that is a loose file of UTF-16
// text, what it is and what to do; or "".
func utf16Inside(files []*File, p string) string {
	if utf16Itself(files, p) {
		return " (it is " + utf16Advice + ")"
	}
	return ""
}

// isUTF16 reports whether head, the start of a file, is UTF-16 text:
// its byte order mark, or, without one, a NUL beside every character of
// the first ones, as Latin text has; not a binary file with NULs here
// and there.
func isUTF16(head []byte) bool {
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return true
	}
	if len(head) < 8 {
		return false
	}
	n := len(head) &^ 1
	for zero := range 2 { // the NUL first (big-endian), or second
		ok := true
		for i := 0; i < n && ok; i++ {
			ok = (head[i] == 0) == (i%2 == zero)
		}
		if ok {
			return true
		}
	}
	return false
}
