package audit

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/unfollow-audit/unfollow-audit/internal/csvsep"
)

// cellBreaks passes a CSV file through, and finds the line breaks inside
// its quoted cells: "\n", "\r\n", or "\r" in a file of lone-CR lines.
// The first one found is the cells' (see dialect.cellEOL); a file whose
// cells hold breaks of another kind too (a note pasted from elsewhere
// beside notes typed) has those listed, so that each comes back as it
// was (see Ledger.mixed). Quotes delimit cells, a doubled one toggling
// twice.
type cellBreaks struct {
	r      io.Reader
	crEnds bool   // the file's lines end with a lone CR: so does a line in a cell
	quoted bool   // in a quoted cell
	cr     bool   // the last byte was a CR in a quoted cell
	found  string // "" until found
	n      int    // the line breaks found
	others []otherBreak
}

// An otherBreak is a line break in a cell of another kind than the first
// found: the at-th of the file's breaks in cells.
type otherBreak struct {
	at  int
	eol string
}

func (c *cellBreaks) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.scan(p[:n])
	return n, err
}

// scan finds the line breaks in cells of p, the next bytes of the file.
// Outside a quoted cell only a quote matters, and the bytes up to the
// next one are skipped at once: looked at one by one, a re-audit's ledger
// of a million rows took 80 ms, on the core the rest of its reading waits
// for.
func (c *cellBreaks) scan(p []byte) {
	for i := 0; i < len(p); i++ {
		if !c.quoted && !c.cr {
			j := bytes.IndexByte(p[i:], '"')
			if j < 0 {
				return
			}
			i += j
		}
		b := p[i]
		if c.cr {
			c.cr = false
			if b == '\n' {
				c.add("\r\n")
				continue
			}
			// A lone CR: a CR-ended file's line break (csvread.CRToLF reads it
			// as one), or a character of the cell in any other.
			if c.crEnds {
				c.add("\r")
			}
		}
		switch {
		case b == '"':
			c.quoted = !c.quoted
		case c.quoted && b == '\r':
			c.cr = true
		case c.quoted && b == '\n':
			c.add("\n")
		}
	}
}

// add notes a line break in a cell.
func (c *cellBreaks) add(eol string) {
	switch {
	case c.found == "":
		c.found = eol
	case eol != c.found:
		c.others = append(c.others, otherBreak{c.n, eol})
	}
	c.n++
}

// othersBefore returns the breaks of another kind than the first among
// the first n breaks not yet returned: those of the record read, whose
// cells hold the first n.
func (c *cellBreaks) othersBefore(n int) []otherBreak {
	i := 0
	for i < len(c.others) && c.others[i].at < n {
		i++
	}
	in := c.others[:i:i]
	c.others = c.others[i:]
	return in
}

// sepHint returns Excel's separator hint at the start of first, with its
// line end: a line "sep=" and a separator the ledger is read with (a
// comma, a semicolon, a tab), the word in any case, which someone adds
// so that Excel opens the file in columns whatever its locale (Excel
// reads it, shows no row of it, and saves without it). A spreadsheet that
// does not know it reads it as a row, and saves it with more separators
// after it (sep=,,,,; sep=;,,,, where it read the file's commas, a
// space after it typed): so is it read too, and a separator the header
// does not use is named so (see ReadLedger). Nil where first has none; an
// error for a hint of another separator, which would be read as the
// header and refused as missing every column. whole says first is the
// whole file, a CR at its end a line end.
func sepHint(first []byte, whole bool) ([]byte, error) {
	if len(first) < 4 || !strings.EqualFold(string(first[:4]), "sep=") {
		return nil, nil
	}
	end := bytes.IndexAny(first, "\r\n")
	if end < 0 {
		end = len(first)
	}
	line := first[:end]
	if len(line) < 5 || strings.IndexByte(",;\t", line[4]) < 0 || strings.Trim(string(line[5:]), ",;\t ") != "" {
		return nil, fmt.Errorf("Excel's separator hint %q names a separator the ledger is not read with: delete that line, and save the ledger as CSV UTF-8", strings.ToValidUTF8(string(line), "?"))
	}
	switch {
	case end == len(first):
	case first[end] == '\n':
		end++
	case end+1 < len(first) && first[end+1] == '\n':
		end += 2
	case end+1 < len(first) || whole:
		end++
	}
	return first[:end], nil
}

// separatorName names separator c in a sentence: "commas".
func separatorName(c byte) string {
	switch c {
	case ';':
		return "semicolons"
	case '\t':
		return "tabs"
	}
	return "commas"
}

// hintOf writes Excel's separator hint of c for a message: "sep=;", or
// "sep= and a tab".
func hintOf(c byte) string {
	if c == '\t' {
		return "sep= and a tab"
	}
	return "sep=" + string(rune(c))
}

// headerComma guesses the separator from the header line: ';' when it has
// more semicolons than commas outside quotes (spreadsheets in locales where
// the comma is the decimal separator), a tab when it has neither but tabs
// (a spreadsheet's "Text (tab delimited)" saved as UTF-8), ',' otherwise.
func headerComma(line []byte) rune {
	commas, semicolons := csvsep.Count(line)
	switch {
	case semicolons > commas:
		return ';'
	case commas == 0 && semicolons == 0 && bytes.IndexByte(line, '\t') >= 0:
		return '\t'
	}
	return ','
}

// asciiWatch passes the bytes of r on, and notes whether one is not
// ASCII (see dialect.ascii).
type asciiWatch struct {
	r    io.Reader
	high bool
}

func (a *asciiWatch) Read(p []byte) (int, error) {
	n, err := a.r.Read(p)
	if !a.high {
		for _, b := range p[:n] {
			if b >= utf8.RuneSelf {
				a.high = true
				break
			}
		}
	}
	return n, err
}
