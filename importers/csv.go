package importers

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"unsafe"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/internal/csvread"
	"github.com/unfollow-audit/unfollow-audit/internal/csvsep"
)

// csvFile reads the records of an export's CSV file, opened as UTF-8 text
// (see openText). Records may have any number of fields: each importer
// checks the width it expects, so that its message can say which.
type csvFile struct {
	f   *File
	tf  *textFile
	r   *csvread.Reader
	cap *valueCap
	// nextLine is the line after the last record read, where the next
	// one starts (unless blank lines come first): the line to name when
	// that record is too big. The reader's FieldPos cannot say, as it
	// tells of the last record read, and panics before the first.
	nextLine int
}

// openCSV opens f for reading its records. The caller must Close it. The
// separator is ',' unless the start of the file shows ';' or a tab (see
// csvComma): a spreadsheet in a French or German locale re-saves CSV with
// ';', and any saves it as "tab delimited" text.
func openCSV(f *File) (*csvFile, error) {
	tf, err := openText(f)
	if err != nil {
		return nil, err
	}
	// An error here (a short file, invalid UTF-8) stays in the reader and
	// comes back, placed, from the first Read.
	head, err := tf.Peek(headBytes)
	var in io.Reader = tf.Reader
	if loneCR(head, err != nil) {
		// The CSV reader (csvread, as encoding/csv) ends lines at LF
		// only: it would read the whole file as one record, a header
		// without rows.
		in = csvread.CRToLF(in)
		head = bytes.ReplaceAll(head, []byte{'\r'}, []byte{'\n'})
	}
	vc := &valueCap{r: in, f: f}
	// Its records' fields are borrowed until the next record (see
	// package csvread): next's callers copy what they keep.
	r := csvread.NewReader(vc)
	r.Comma = csvComma(head)
	r.ReuseRecord = true
	r.FieldsPerRecord = -1
	c := &csvFile{f: f, tf: tf, r: r, cap: vc, nextLine: 1}
	vc.line = func() int { return c.nextLine }
	return c, nil
}

func (c *csvFile) Close() error { return c.tf.Close() }

// next returns the next record that is not blank, with the line it starts
// on, or io.EOF. Records of white space only (blank lines, Excel's ",,,,,,"
// padding rows) are skipped. The record and its fields are borrowed: the
// following call reuses them, and a caller copies what it keeps.
func (c *csvFile) next() ([]string, int, error) {
	for {
		c.cap.start = c.r.InputOffset()
		rec, err := c.r.Read()
		if err == io.EOF {
			return nil, 0, io.EOF
		}
		if err != nil {
			return nil, 0, csvError(c.f, err, c.r.UnclosedQuote())
		}
		// A record ends on the line its last field starts on, plus the
		// line breaks a quoted field holds (read as "\n").
		last, _ := c.r.FieldPos(len(rec) - 1)
		c.nextLine = last + strings.Count(rec[len(rec)-1], "\n") + 1
		if blankBefore(rec, len(rec)) {
			continue
		}
		line, _ := c.r.FieldPos(0)
		return rec, line, nil
	}
}

// each calls fn with every record that is not blank (see next) and the
// line it starts on, until the records end or fn fails. It returns fn's
// error or the reading error, nil at the end of the file, as if records
// were read one by one; but they are parsed on another goroutine, a batch
// ahead of fn: for a file of a million rows, parsing and making accounts
// then take the two cores. The cells are lent to fn until it returns, as
// package csvread lends its fields: fn copies what it keeps (the
// importers copy what an account keeps into one allocation anyway, see
// liImport.connection); a cell kept as it is would change under it. fn
// must not ask the reader where it is (fieldLine): use eachInStep for
// that, or to keep cells.
func (c *csvFile) each(fn func(rec []string, line int) error) error {
	// A batch ends at 1024 records or 1 MiB of cells, and one batch waits
	// at most: with the one being filled and the one fn reads, the reader
	// holds a few MiB more than one record at a time, however big the
	// records (each is capped, see valueCap).
	const batchRows, batchBytes = 1024, 1 << 20
	batches := make(chan *csvBatch, 1)
	free := make(chan *csvBatch, 3) // batches fn is done with, to reuse
	stop := make(chan struct{})
	go func() {
		defer close(batches)
		for {
			var b *csvBatch
			select {
			case b = <-free:
				b.text, b.stops, b.cells, b.ends, b.lines = b.text[:0], b.stops[:0], b.cells[:0], b.ends[:0], b.lines[:0]
			default:
				b = &csvBatch{}
			}
			for size := 0; len(b.lines) < batchRows && size < batchBytes; {
				rec, line, err := c.next()
				if err != nil {
					if err != io.EOF {
						b.err = err
					}
					b.strings()
					select {
					case batches <- b:
					case <-stop:
					}
					return
				}
				for _, c := range rec { // borrowed: copied
					b.text = append(b.text, c...)
					b.stops = append(b.stops, len(b.text))
					size += len(c)
				}
				b.ends = append(b.ends, len(b.stops))
				b.lines = append(b.lines, line)
			}
			b.strings()
			select {
			case batches <- b:
			case <-stop:
				return
			}
		}
	}()
	defer func() {
		close(stop)
		for range batches { // let the reader finish before Close
		}
	}()
	for b := range batches {
		start := 0
		for i, end := range b.ends {
			if err := fn(b.cells[start:end:end], b.lines[i]); err != nil {
				return err
			}
			start = end
		}
		if b.err != nil {
			return b.err
		}
		clear(b.cells)
		if csvread.Poisoned { // a test build's check of fn: see csvread.spoil
			for i := range b.text {
				b.text[i] = '#'
			}
		}
		select {
		case free <- b:
		default:
		}
	}
	return nil
}

// A csvBatch is records each has read ahead, for its fn to take.
type csvBatch struct {
	text  []byte   // the records' cells' bytes, one after the other
	stops []int    // where each cell ends in text
	cells []string // the cells, pieces of one string of text (see strings)
	ends  []int    // where each record's cells end in cells
	lines []int
	err   error // after the records, the reading error; nil at the end
}

// strings makes the batch's cells, once it holds its records: pieces of
// a string over its text, lent until fn returns (see each), as the batch
// and its text are then filled again. A string per record, as
// encoding/csv made, was the import's garbage on fresh pages, and so was
// a copy of each batch's text: 115 MB at a million LinkedIn rows, made on
// the reading goroutine, the import's slower half.
func (b *csvBatch) strings() {
	s := unsafe.String(unsafe.SliceData(b.text), len(b.text))
	from := 0
	for _, e := range b.stops {
		b.cells = append(b.cells, s[from:e])
		from = e
	}
}

// eachInStep is each without reading ahead: fn may ask fieldLine where a
// field of rec starts. The cells are copies fn may keep, made one record
// at a time: it reads small files (YouTube's subscriptions).
func (c *csvFile) eachInStep(fn func(rec []string, line int) error) error {
	var cells []string
	for {
		rec, line, err := c.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		cells = cells[:0]
		for _, f := range rec { // borrowed: copied
			cells = append(cells, strings.Clone(f))
		}
		if err := fn(cells, line); err != nil {
			return err
		}
	}
}

// fieldLine returns the line on which field i of the record last read
// starts.
func (c *csvFile) fieldLine(i int) int {
	line, _ := c.r.FieldPos(i)
	return line
}

// csvError places an encoding/csv error in f. Errors from the reader below
// (size limit, invalid UTF-8) are already placed and pass through.
// unclosed is the reader's UnclosedQuote: the line of the quoted field the
// file ends inside, or 0. That is a file cut short (a download or copy
// interrupted), not a quote to fix: encoding/csv's words for it, those of
// a quote not doubled in a line, sent the person looking at a line for a
// stray quote that is not there.
func csvError(f *File, err error, unclosed int) error {
	if e, ok := errors.AsType[*Error](err); ok {
		return e
	}
	if pe, ok := errors.AsType[*csv.ParseError](err); ok {
		if unclosed > 0 && pe.Err == csv.ErrQuote {
			return lineErrorf(f, unclosed, "the file ends inside a quoted field opened on this line, its closing \" missing: "+
				"it was perhaps cut short, a download or copy interrupted; download or copy it again")
		}
		const want = "expected double quotes only around whole fields, and doubled inside them"
		if pe.StartLine != 0 && pe.StartLine != pe.Line {
			// A quote opened on the record's line and not closed where it
			// should: that line is the one to look at.
			return lineErrorf(f, pe.StartLine, "the record starting here: %v (seen on line %d, column %d): %s", pe.Err, pe.Line, pe.Column, want)
		}
		return lineErrorf(f, pe.Line, "column %d: %v: %s", pe.Column, pe.Err, want)
	}
	return errorf(f, "cannot read the CSV data: %v", err)
}

// widthError reports rec, the record at line, in a file whose header, at
// headerLine, has want fields. A record of one field holding the other
// fields' separators (want-1 commas or semicolons) is a row a spreadsheet
// collapsed into one quoted field, a quirk seen in re-saved LinkedIn
// exports: the message says so, since "found 1" alone does not tell the
// person what went wrong with a row that looks whole.
func widthError(f *File, line, want, headerLine int, rec []string) error {
	if want > 1 && len(rec) == 1 &&
		(strings.Count(rec[0], ",") >= want-1 || strings.Count(rec[0], ";") >= want-1) {
		return lineErrorf(f, line, "expected %s fields as in the header (line %d), found 1: the row is written as one quoted field, "+
			"as a spreadsheet re-saving the file can do; use the file exactly as the network sent it", audit.Thousands(want), headerLine)
	}
	return lineErrorf(f, line, "expected %s fields as in the header (line %d), found %s", audit.Thousands(want), headerLine, audit.Thousands(len(rec)))
}

// blankBefore reports whether rec[:n] holds only white space.
func blankBefore(rec []string, n int) bool {
	for _, c := range rec[:n] {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// csvHeaders are the starts of the headers of the CSV files read, lower
// case, one cell each: a line that starts with one of them, whatever the
// separator, is a header, and its separator is the file's.
var csvHeaders = [...][]string{
	{"first name", "last name"},        // LinkedIn Connections.csv
	{"date", "status", "fullname"},     // LinkedIn Member_Follows.csv
	{"to", "to name"},                  // LinkedIn Member_Follows.csv, older
	{"organization", "followed on"},    // LinkedIn Company Follows.csv
	{"account address", "show boosts"}, // Mastodon following_accounts.csv
}

// csvComma returns the separator of a CSV file that starts with head: ';'
// when the first line that holds a separator outside double quotes is a
// known header with ';' between its names, or holds at least two ';' and
// no ',' (a localised YouTube header, or LinkedIn's "Notes:" padded by the
// spreadsheet); ',' otherwise. Lines without a separator, such as
// LinkedIn's "Notes:" and its quoted paragraph full of commas, are skipped.
// A known header with tabs between its names, anywhere in head, makes it
// '\t': a spreadsheet's "Text (Tab delimited)" save, whose notes
// paragraph may hold commas unquoted.
func csvComma(head []byte) rune {
	head = trimBOM(head)
	for rest := head; len(rest) > 0; {
		var rec []byte
		rec, rest = cutRecord(rest)
		if isKnownHeader(rec, '\t') {
			return '\t'
		}
	}
	for len(head) > 0 {
		var rec []byte
		rec, head = cutRecord(head)
		commas, semis := csvsep.Count(rec)
		switch {
		case isKnownHeader(rec, ';'):
			return ';'
		case commas > 0:
			return ','
		case semis >= 2:
			return ';'
		}
	}
	return ','
}

// cutRecord returns the first record of b, up to a line break outside
// double quotes, and the rest of b.
func cutRecord(b []byte) (rec, rest []byte) {
	quoted := false
	for i, c := range b {
		switch {
		case c == '"':
			quoted = !quoted
		case c == '\n' && !quoted:
			return b[:i], b[i+1:]
		}
	}
	return b, nil
}

// isKnownHeader reports whether line, with quotes removed, trimmed and
// ignoring case, starts with the cells of one of csvHeaders separated by
// sep.
func isKnownHeader(line []byte, sep byte) bool {
	line = bytes.TrimSpace(trimBOM(bytes.TrimSpace(line)))
	if len(line) == 0 || bytes.IndexByte(line, sep) < 0 {
		return false
	}
	line = bytes.ReplaceAll(line, []byte{'"'}, nil)
	cells := bytes.Split(line, []byte{sep})
	for _, h := range csvHeaders {
		if hasCells(cells, h...) {
			return true
		}
	}
	return false
}

// hasCells reports whether cells, trimmed and ignoring case, start with
// names.
func hasCells(cells [][]byte, names ...string) bool {
	if len(cells) < len(names) {
		return false
	}
	for i, n := range names {
		if !strings.EqualFold(string(bytes.TrimSpace(cells[i])), n) {
			return false
		}
	}
	return true
}

// loneCR reports whether the first line of head ends with a lone CR, as
// Excel for Mac's "CSV (Macintosh)" writes lines; whole says that head is
// the whole file, so that a CR at its end ends a line too.
func loneCR(head []byte, whole bool) bool {
	i := bytes.IndexAny(head, "\r\n")
	if i < 0 || head[i] != '\r' {
		return false
	}
	if i+1 < len(head) {
		return head[i+1] != '\n'
	}
	return whole
}
