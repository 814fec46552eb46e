package audit

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unfollow-audit/unfollow-audit/internal/csvread"
)

// Spreadsheets run a cell that starts with one of these as a formula
// (OWASP "CSV injection"): =, +, -, @, tab and carriage return; and the
// full-width forms of the first four (see startsFormula).
const formulaStarts = "=+-@\t\r"

// escapedStarts are the characters that, after a leading apostrophe, make
// it one Neutralize added: formula starts, and the apostrophe itself.
const escapedStarts = formulaStarts + "'"

// startsFormula reports whether a spreadsheet runs s as a formula: it
// starts with one of formulaStarts, or with the full-width form of =, +,
// - or @ (U+FF1D, U+FF0B, U+FF0D, U+FF20), which Excel in Japanese,
// Chinese or Korean takes for the ASCII one, as an input method types
// them. Each of those is three bytes, 0xEF 0xBC then 0x9D, 0x8B, 0x8D or
// 0xA0: a cell that starts with 0xEF is rare, and the common path is
// the one byte's look-up.
func startsFormula(s string) bool {
	if s == "" {
		return false
	}
	if strings.IndexByte(formulaStarts, s[0]) >= 0 {
		return true
	}
	if len(s) < 3 || s[0] != 0xEF || s[1] != 0xBC {
		return false
	}
	switch s[2] {
	case 0x9D, 0x8B, 0x8D, 0xA0:
		return true
	}
	return false
}

// startsEscaped reports whether an apostrophe in front of s is one
// Neutralize adds: s starts like a formula, or with an apostrophe.
func startsEscaped(s string) bool { return s != "" && (s[0] == '\'' || startsFormula(s)) }

// Neutralize returns s made safe to open in a spreadsheet: a cell that
// starts like a formula gets an apostrophe in front, and so does one that
// starts with an apostrophe which [Unneutralize] would take for that
// escape (one followed by a formula start or another apostrophe).
// Unneutralize undoes it exactly, so files the tool both writes and reads
// (the ledger) round-trip, and a cell the person wrote, such as "'til
// Friday" or a lone "'", is written back as it was: escaping every
// leading apostrophe doubled theirs in the file.
//
// The same goes for what follows each comma and semicolon in the cell: a
// spreadsheet that splits the line at another separator than the file's
// (Excel opens a comma file at ";" where that is the list separator, as
// in much of Europe) starts a cell there, and a name from an export such
// as "x;=cmd|' /C calc'!A0;" would run as a formula (OWASP "CSV
// injection": mind the separators too). So "x;=1" is written "x;'=1".
func Neutralize(s string) string {
	if !escaped(s) && !escapedInside(s) {
		return s
	}
	b := make([]byte, 0, len(s)+2)
	if escaped(s) {
		b = append(b, '\'')
	}
	for i := 0; i < len(s); i++ {
		b = append(b, s[i])
		if isSeparator(s[i]) && escaped(s[i+1:]) {
			b = append(b, '\'')
		}
	}
	return string(b)
}

// escaped reports whether Neutralize puts an apostrophe in front of s.
func escaped(s string) bool {
	switch {
	case s == "":
		return false
	case s[0] == '\'':
		return startsEscaped(s[1:])
	}
	return startsFormula(s)
}

// isSeparator reports whether a spreadsheet may start a cell after c: the
// comma and the semicolon, the separators of CSV files.
func isSeparator(c byte) bool { return c == ',' || c == ';' }

// escapedInside reports whether Neutralize puts an apostrophe after a
// comma or a semicolon of s. It looks for each with strings.IndexByte,
// as most cells hold neither.
func escapedInside(s string) bool {
	for _, sep := range [...]byte{',', ';'} {
		for rest := s; ; {
			i := strings.IndexByte(rest, sep)
			if i < 0 {
				break
			}
			rest = rest[i+1:]
			if escaped(rest) {
				return true
			}
		}
	}
	return false
}

// Unneutralize undoes [Neutralize]: it drops a leading apostrophe, or one
// right after a comma or a semicolon, only when one was added, that is
// when a formula character or another apostrophe follows it, so a cell
// the person wrote as "'quoted'" or "a;'b" stays as it is.
func Unneutralize(s string) string {
	if s != "" && s[0] == '\'' && startsEscaped(s[1:]) {
		s = s[1:]
	}
	if !unescapesInside(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i] == '\'' && isSeparator(s[i-1]) && startsEscaped(s[i+1:]) {
			continue
		}
		b = append(b, s[i])
	}
	return string(b)
}

// unescapesInside reports whether Unneutralize drops an apostrophe after
// a separator of s (not the first byte's, which it has dropped already).
// Apostrophes are rare in cells: it looks for them with
// strings.IndexByte.
func unescapesInside(s string) bool {
	for i := 1; i < len(s); {
		j := strings.IndexByte(s[i:], '\'')
		if j < 0 {
			return false
		}
		i += j
		if isSeparator(s[i-1]) && startsEscaped(s[i+1:]) {
			return true
		}
		i++
	}
	return false
}

// A csvWriter writes CSV records with every cell neutralised. Its output
// is byte for byte what encoding/csv.Writer writes for the neutralised
// cells (see csv_test.go), without building them: reports of a million
// rows spend most of their time here. It appends to a byte slice of its
// own rather than to a bufio.Writer: a call per byte or cell to
// bufio.Writer cost a tenth of the reports' time, and a chunk formatted
// on another core (writeChunksTo) was copied once more, out of the
// bufio.Writer into its buffer.
type csvWriter struct {
	buf []byte
	out io.Writer // where the buffer goes once it holds csvFlushAt bytes; nil for a chunk's writer
	err error
	// last holds, per column slot given to repeated, the last cell that
	// needed no quoting or escaping.
	last [6]string
	// scratch is where a cell made of parts is put together before it is
	// written (see tellApart), reused from row to row.
	scratch []byte
}

// csvFlushAt is how much a csvWriter with an out buffers before writing.
const csvFlushAt = 64 << 10

func newCSVWriter(w io.Writer) *csvWriter {
	return &csvWriter{buf: make([]byte, 0, csvFlushAt+4<<10), out: w}
}

// newChunkWriter returns a csvWriter that only buffers, with room for
// size bytes: what it formats is taken from its buf (see writeChunksTo).
func newChunkWriter(size int) *csvWriter { return &csvWriter{buf: make([]byte, 0, size)} }

// Write writes one record.
func (c *csvWriter) Write(cells ...string) error {
	for i, s := range cells {
		if i > 0 {
			c.buf = append(c.buf, ',')
		}
		c.field(s)
	}
	return c.end()
}

// writeAsIs writes a record of cells already in the form a file has them
// (see fileForm): quoted as encoding/csv would, not neutralised again.
func (c *csvWriter) writeAsIs(cells ...string) error {
	for i, s := range cells {
		if i > 0 {
			c.buf = append(c.buf, ',')
		}
		c.fieldAs(s, false)
	}
	return c.end()
}

// end ends a record: a line feed, and the buffer written out once it is
// full.
func (c *csvWriter) end() error {
	c.buf = append(c.buf, '\n')
	return c.rowDone()
}

// rowDone writes the buffer out once it is full; call it after a whole
// record.
func (c *csvWriter) rowDone() error {
	if c.out != nil && len(c.buf) >= csvFlushAt {
		return c.Flush()
	}
	return c.err
}

// plainStarts marks the bytes a cell may start with and be written as it
// is when it holds no comma, quote or line break: printable ASCII that is
// neither a formula start, an apostrophe, a space, nor the backslash of
// encoding/csv's \. cell. Any other first byte takes field's full rule.
var plainStarts = func() (t [256]bool) {
	for c := '!'; c <= '~'; c++ {
		t[c] = !strings.ContainsRune(escapedStarts, c) && c != '\\'
	}
	return t
}()

// field writes one cell, neutralised and quoted as encoding/csv would.
func (c *csvWriter) field(s string) {
	// Most cells: a table lookup and a scan, not the rule below (a million
	// rows of ten cells each, written twice).
	if s != "" && plainStarts[s[0]] && plainText(s) {
		c.buf = append(c.buf, s...)
		return
	}
	if escapedInside(s) {
		c.fieldAs(Neutralize(s), false) // rare: a formula after a separator
		return
	}
	c.fieldAs(s, escaped(s))
}

// fieldAs writes one cell quoted as encoding/csv would, after an
// apostrophe if escape.
func (c *csvWriter) fieldAs(s string, escape bool) {
	if !needsQuotes(s, escape) {
		if escape {
			c.buf = append(c.buf, '\'')
		}
		c.buf = append(c.buf, s...)
		return
	}
	c.buf = append(c.buf, '"')
	if escape {
		c.buf = append(c.buf, '\'')
	}
	for {
		i := strings.IndexByte(s, '"')
		if i < 0 {
			break
		}
		c.buf = append(c.buf, s[:i+1]...)
		c.buf = append(c.buf, '"')
		s = s[i+1:]
	}
	c.buf = append(c.buf, s...)
	c.buf = append(c.buf, '"')
}

// repeated writes a cell of a column whose cells are mostly one of a
// few strings the tool made, repeated row after row (network, relation,
// action, rule, reason): when s is the column's last plain cell, which for
// the same string costs a comparison of pointers, it is written at once,
// without looking for characters to quote. slot names the column.
func (c *csvWriter) repeated(slot int, s string) {
	if s == c.last[slot] {
		c.buf = append(c.buf, s...)
		return
	}
	if s != "" && plainStarts[s[0]] && plainText(s) {
		c.last[slot] = s
		c.buf = append(c.buf, s...)
		return
	}
	c.field(s)
}

// rowKeys writes the accounts cell of a ledger row: the keys of the
// accounts it lists (rowAccounts: not one that only follows you) joined
// by ";" (Person.Keys), without making the cell when no key needs quoting
// or escaping, as is the rule, nor the list rowAccounts would make where
// the person also only follows you somewhere.
func (c *csvWriter) rowKeys(accounts []*Account) {
	plain, first := false, true
	for _, a := range accounts {
		if !a.Follows() {
			continue
		}
		if first {
			first = false
			plain = a.Network != "" && strings.IndexByte(escapedStarts, a.Network[0]) < 0
			if plain {
				r, _ := utf8.DecodeRuneInString(a.Network)
				plain = !unicode.IsSpace(r) // encoding/csv quotes a cell starting with any space
			}
		}
		if !plain {
			break
		}
		plain = !hasSpecial(a.Network) && plainText(a.ID)
	}
	if !plain {
		c.field((&Person{Accounts: rowAccounts(accounts)}).Keys())
		return
	}
	first = true
	for _, a := range accounts {
		if !a.Follows() {
			continue
		}
		if !first {
			c.buf = append(c.buf, ';')
		}
		first = false
		c.buf = append(c.buf, a.Network...)
		c.buf = append(c.buf, ':')
		c.buf = append(c.buf, a.ID...)
	}
}

// needsQuotes is encoding/csv's rule, applied to s with an apostrophe in
// front when escape is set.
func needsQuotes(s string, escape bool) bool {
	if s == "" {
		return false
	}
	if !escape && s == `\.` {
		return true
	}
	if hasSpecial(s) {
		return true
	}
	if escape {
		return false // the apostrophe is not a space
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

// hasSpecial reports whether s holds a comma, a double quote, a carriage
// return or a line feed. Reports write about 400 MB of cells at a million
// rows: it looks at eight bytes at a time, with the exact test for a zero
// byte in a word ((x - 0x01...) &^ x & 0x80...) on the word xor each
// character.
func hasSpecial(s string) bool { return hasSpecialOr(s, '"') }

// plainText reports whether s holds none of hasSpecial's bytes and no
// semicolon: a cell the fast paths write as it is once its first byte is
// plain. A semicolon sends the cell to field's full rule, which looks for
// a formula after it (Neutralize); looked for in the same pass, as cells
// rarely hold one, rather than in a second scan of every cell.
func plainText(s string) bool { return !hasSpecialOr(s, ';') }

// hasSpecialOr is hasSpecial, also true where s holds extra.
func hasSpecialOr(s string, extra byte) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		c, q, r, n, x := w^(ones*','), w^(ones*'"'), w^(ones*'\r'), w^(ones*'\n'), w^(ones*uint64(extra))
		if ((c-ones)&^c|(q-ones)&^q|(r-ones)&^r|(n-ones)&^n|(x-ones)&^x)&highs != 0 {
			return true
		}
	}
	for ; i < len(s); i++ {
		switch s[i] {
		case ',', '"', '\r', '\n', extra:
			return true
		}
	}
	return false
}

// Flush writes what is buffered; a chunk's writer keeps it. After a
// failed write, what is buffered is dropped, as bufio.Writer drops it:
// the error stays, and a caller that goes on writing does not fill memory.
func (c *csvWriter) Flush() error {
	if c.out == nil {
		return c.err
	}
	if c.err == nil && len(c.buf) > 0 {
		_, c.err = c.out.Write(c.buf)
	}
	c.buf = c.buf[:0]
	return c.err
}

// rowsHint guesses how many lines of about lineBytes bytes r holds, from
// its size when r is a file (0 otherwise), capped: maps and slices of a
// million rows made at their size skip a dozen rounds of growth, each a
// copy, and the garbage of those copies stays in memory while the
// collector is paused for the reading. Callers give lineBytes a little
// under their usual line: room reserved and never filled is only address
// space (the pages are never touched), where a slice one row too short is
// copied whole.
func rowsHint(r io.Reader, lineBytes int64) int {
	return int(min(fileSize(r)/lineBytes, 1<<22))
}

// fileSize returns r's size when r is a regular file, else 0.
func fileSize(r io.Reader) int64 {
	f, ok := r.(interface{ Stat() (fs.FileInfo, error) })
	if !ok {
		return 0
	}
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return 0
	}
	return st.Size()
}

// damagedLine says in one line what is wrong with a record of a CSV file
// the tool writes (a history file, runs.csv, owners.csv): err is the
// reader's, rec the record it gave with it, fields the header's count;
// advice says what to do. The reader's own words ("record on line 2:
// wrong number of fields") said neither what was expected nor what to do.
// A row longer than MaxLedgerRowBytes is said so.
// unclosed is the reader's UnclosedQuote: the line of the quoted cell the
// file ends inside, or 0; a file cut short (a copy interrupted, a crash,
// a full disk), which the reader's words for a stray quote ("extraneous
// or missing \" in quoted-field", the end of the file's line) sent the
// person looking for in a line that has none, as they did for the ledger.
func damagedLine(name string, err error, rec []string, fields, unclosed int, advice string) error {
	pe, ok := errors.AsType[*csv.ParseError](err)
	if !ok {
		return fmt.Errorf("%s: %v", name, err)
	}
	if unclosed > 0 && pe.Err == csv.ErrQuote {
		return fmt.Errorf("%s: line %d: the file ends inside a quoted cell opened on this line, its closing \" missing: "+
			"it was perhaps cut short (a copy interrupted, a crash, a full disk): %s", name, unclosed, advice)
	}
	what := fmt.Sprintf("not valid CSV (%v)", pe.Err)
	switch {
	case errors.Is(pe.Err, csv.ErrFieldCount):
		what = fmt.Sprintf("%d cells where the header has %d", len(rec), fields)
	case pe.Err == csvread.ErrRecordTooLong:
		// Read no further than the cap (MaxLedgerRowBytes): held whole,
		// a file of one 500 MB line took 3.3 GB to refuse.
		what = fmt.Sprintf("a row larger than %d MiB, which the tool never writes", MaxLedgerRowBytes>>20)
	}
	return fmt.Errorf("%s: line %d: %s: the file is damaged: %s", name, pe.StartLine, what, advice)
}
