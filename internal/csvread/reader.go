// Copyright 2011 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package csvread is encoding/csv's Reader (Go 1.26) with two changes.
// The fields of a record are borrowed from the reader's buffer, valid
// until the next call to Read, instead of a string allocated for each
// record. The tool reads a million-row export, ledger and history with
// the collector paused (see the command's pauseCollection): each record's
// string was garbage at once, on fresh pages, and parsing took 0.5-0.8 s
// a file where this takes 0.1-0.16 s (docs/performance.md). And a line
// without a quote is cut at its commas at once (see readPlain). Parsing,
// positions and errors are encoding/csv's, word for word (its
// *csv.ParseError and error values are returned), which the fuzz test
// checks against encoding/csv.
//
// A caller must copy what it keeps of a field (strings.Clone, or into an
// arena) before the next Read: a field kept as it is changes under it.
// Built with -tags csvreadpoison, Read spoils the last record's fields
// first, so that the callers' tests catch a field kept without a copy
// (see spoil).
//
// UnclosedQuote tells a caller what encoding/csv's error does not: that
// the input ended inside a quoted field (a file cut short), and on which
// line that field starts.
//
// CRToLF, beside it, has a Reader read a file whose lines end with a lone
// CR (Excel for Mac's "CSV (Macintosh)"): the ledger and the exports.
package csvread

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

var errInvalidDelim = errors.New("csv: invalid field or comment delimiter")

// ErrRecordTooLong is the Err of the *csv.ParseError Read returns for a
// record longer than MaxRecordBytes.
var ErrRecordTooLong = errors.New("record longer than the cap")

// errLineTooLong is readLine's error for a line past MaxRecordBytes.
var errLineTooLong = errors.New("line too long")

func validDelim(r rune) bool {
	return r != 0 && r != '"' && r != '\r' && r != '\n' && utf8.ValidRune(r) && r != utf8.RuneError
}

// A Reader reads records from a CSV-encoded file.
//
// As returned by [NewReader], a Reader expects input conforming to RFC 4180.
// The exported fields can be changed to customize the details before the
// first call to [Reader.Read] (this package has no ReadAll: its records
// would all share one buffer).
//
// The Reader converts all \r\n sequences in its input to plain \n,
// including in multiline field values, so that the returned data does
// not depend on which line-ending convention an input file uses.
type Reader struct {
	// Comma is the field delimiter.
	// It is set to comma (',') by NewReader.
	// Comma must be a valid rune and must not be \r, \n,
	// or the Unicode replacement character (0xFFFD).
	Comma rune

	// Comment, if not 0, is the comment character. Lines beginning with the
	// Comment character without preceding whitespace are ignored.
	// With leading whitespace the Comment character becomes part of the
	// field, even if TrimLeadingSpace is true.
	// Comment must be a valid rune and must not be \r, \n,
	// or the Unicode replacement character (0xFFFD).
	// It must also not be equal to Comma.
	Comment rune

	// FieldsPerRecord is the number of expected fields per record.
	// If FieldsPerRecord is positive, Read requires each record to
	// have the given number of fields. If FieldsPerRecord is 0, Read sets it to
	// the number of fields in the first record, so that future records must
	// have the same field count. If FieldsPerRecord is negative, no check is
	// made and records may have a variable number of fields.
	FieldsPerRecord int

	// If LazyQuotes is true, a quote may appear in an unquoted field and a
	// non-doubled quote may appear in a quoted field.
	LazyQuotes bool

	// If TrimLeadingSpace is true, leading white space in a field is ignored.
	// This is done even if the field delimiter, Comma, is white space.
	TrimLeadingSpace bool

	// ReuseRecord controls whether calls to Read may return a slice sharing
	// the backing array of the previous call's returned slice for performance.
	// By default, each call to Read returns a new slice; either way, its
	// fields are borrowed from the reader until the next call to Read.
	ReuseRecord bool

	// Deprecated: TrailingComma is no longer used.
	TrailingComma bool

	// MaxRecordBytes, when positive, caps the bytes of one record (its
	// lines, as read): a longer one fails with a *csv.ParseError of
	// ErrRecordTooLong at its first line, once about that many bytes of
	// it are held, rather than when the whole is. encoding/csv holds a
	// record whole, so a file of one 2 GB line took gigabytes to refuse
	// (an addition of this package; 0, as there, sets no cap).
	MaxRecordBytes int

	r *bufio.Reader

	// numLine is the current line being read in the CSV file.
	numLine int

	// offset is the input stream byte offset of the current reader position.
	offset int64

	// rawBuffer is a line buffer only used by the readLine method.
	rawBuffer []byte

	// recordBuffer holds the unescaped fields, one after another.
	// The fields can be accessed by using the indexes in fieldIndexes.
	// E.g., For the row `a,"b","c""d",e`, recordBuffer will contain `abc"de`
	// and fieldIndexes will contain the indexes [1, 2, 5, 6].
	recordBuffer []byte

	// fieldIndexes is an index of fields inside recordBuffer.
	// The i'th field ends at offset fieldIndexes[i] in recordBuffer.
	fieldIndexes []int

	// fieldPositions is an index of field positions for the
	// last record returned by Read; empty where it was a plain line
	// (see plain).
	fieldPositions []position

	// plain is set where the last record was a line without a quote,
	// read at once (see readPlain): recordBuffer then holds the line with
	// its commas, field i ending at fieldIndexes[i] and the next one
	// starting after the comma, and a field's position is told from
	// there.
	plain bool

	// plainAt is the line of the last plain record: not numLine, which
	// goes on as Read reads to the end (FieldPos after io.EOF tells the
	// last record's positions, as encoding/csv's does).
	plainAt int

	// lastRecord is a record cache and only used when ReuseRecord == true.
	lastRecord []string

	// unclosedAt is the line of the quoted field the input ended inside,
	// where the last Read failed so; 0 otherwise (see UnclosedQuote).
	unclosedAt int
}

// NewReader returns a new Reader that reads from r.
func NewReader(r io.Reader) *Reader {
	return &Reader{
		Comma: ',',
		r:     bufio.NewReader(r),
	}
}

// Read reads one record (a slice of fields) from r.
// If the record has an unexpected number of fields,
// Read returns the record along with the error [csv.ErrFieldCount].
// If the record contains a field that cannot be parsed,
// Read returns a partial record along with the parse error.
// The partial record contains all fields read before the error.
// If there is no data left to be read, Read returns nil, [io.EOF].
// If [Reader.ReuseRecord] is true, the returned slice may be shared
// between multiple calls to Read. The fields are borrowed: they are valid
// until the next call to Read, and a caller copies what it keeps.
func (r *Reader) Read() (record []string, err error) {
	if poison { // a test build's check of its callers: see spoil
		r.spoil()
	}
	if r.ReuseRecord {
		record, err = r.readRecord(r.lastRecord)
		r.lastRecord = record
	} else {
		record, err = r.readRecord(nil)
	}
	return record, err
}

// FieldPos returns the line and column corresponding to
// the start of the field with the given index in the slice most recently
// returned by [Reader.Read]. Numbering of lines and columns starts at 1;
// columns are counted in bytes, not runes.
//
// If this is called with an out-of-bounds index, it panics.
func (r *Reader) FieldPos(field int) (line, column int) {
	if r.plain {
		if field < 0 || field >= len(r.fieldIndexes) {
			panic("out of range index passed to FieldPos")
		}
		col := 1
		if field > 0 {
			col += r.fieldIndexes[field-1] + 1
		}
		return r.plainAt, col
	}
	if field < 0 || field >= len(r.fieldPositions) {
		panic("out of range index passed to FieldPos")
	}
	p := &r.fieldPositions[field]
	return p.line, p.col
}

// InputOffset returns the input stream byte offset of the current reader
// position. The offset gives the location of the end of the most recently
// read row and the beginning of the next row.
func (r *Reader) InputOffset() int64 {
	return r.offset
}

// UnclosedQuote returns the line on which the quoted field starts that
// the input ended inside, where the last call to Read failed with
// csv.ErrQuote for that reason (a file cut short); 0 after any other
// Read. encoding/csv's ParseError gives the record's line and the end of
// the input, as it does for a quote not doubled in the middle of a line:
// the error is the same, and this tells the two apart.
func (r *Reader) UnclosedQuote() int {
	return r.unclosedAt
}

// pos holds the position of a field in the current line.
type position struct {
	line, col int
}

// readLine reads the next line (with the trailing endline).
// If EOF is hit without a trailing endline, it will be omitted.
// If some bytes were read, then the error is never [io.EOF].
// The result is only valid until the next call to readLine.
func (r *Reader) readLine() ([]byte, error) {
	line, err := r.r.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		r.rawBuffer = append(r.rawBuffer[:0], line...)
		for err == bufio.ErrBufferFull {
			if r.MaxRecordBytes > 0 && len(r.rawBuffer) > r.MaxRecordBytes {
				r.numLine++
				r.offset += int64(len(r.rawBuffer))
				return nil, errLineTooLong
			}
			line, err = r.r.ReadSlice('\n')
			r.rawBuffer = append(r.rawBuffer, line...)
		}
		line = r.rawBuffer
	}
	readSize := len(line)
	if readSize > 0 && err == io.EOF {
		err = nil
		// For backwards compatibility, drop trailing \r before EOF.
		if line[readSize-1] == '\r' {
			line = line[:readSize-1]
		}
	}
	r.numLine++
	r.offset += int64(readSize)
	// Normalize \r\n to \n on all input lines.
	if n := len(line); n >= 2 && line[n-2] == '\r' && line[n-1] == '\n' {
		line[n-2] = '\n'
		line = line[:n-1]
	}
	return line, err
}

// lengthNL reports the number of bytes for the trailing \n.
func lengthNL(b []byte) int {
	if len(b) > 0 && b[len(b)-1] == '\n' {
		return 1
	}
	return 0
}

// nextRune returns the next rune in b or utf8.RuneError.
func nextRune(b []byte) rune {
	r, _ := utf8.DecodeRune(b)
	return r
}

func (r *Reader) readRecord(dst []string) ([]string, error) {
	r.unclosedAt = 0
	if r.Comma == r.Comment || !validDelim(r.Comma) || (r.Comment != 0 && !validDelim(r.Comment)) {
		return nil, errInvalidDelim
	}

	// Read line (automatically skipping past empty lines and any comments).
	var line []byte
	var errRead error
	for errRead == nil {
		line, errRead = r.readLine()
		if errRead == errLineTooLong {
			return nil, &csv.ParseError{StartLine: r.numLine, Line: r.numLine, Column: 1, Err: ErrRecordTooLong}
		}
		if r.Comment != 0 && nextRune(line) == r.Comment {
			line = nil
			continue // Skip comment lines
		}
		if errRead == nil && len(line) == lengthNL(line) {
			line = nil
			continue // Skip empty lines
		}
		break
	}
	if errRead == io.EOF {
		return nil, errRead
	}

	r.plain = false
	if r.plainLine(line) {
		return r.readPlain(dst, line, errRead)
	}

	// Parse each field in the record.
	var err error
	const quoteLen = len(`"`)
	commaLen := utf8.RuneLen(r.Comma)
	recLine := r.numLine // Starting line for record
	r.recordBuffer = r.recordBuffer[:0]
	r.fieldIndexes = r.fieldIndexes[:0]
	r.fieldPositions = r.fieldPositions[:0]
	pos := position{line: r.numLine, col: 1}
parseField:
	for {
		if r.TrimLeadingSpace {
			i := bytes.IndexFunc(line, func(r rune) bool {
				return !unicode.IsSpace(r)
			})
			if i < 0 {
				i = len(line)
				pos.col -= lengthNL(line)
			}
			line = line[i:]
			pos.col += i
		}
		if len(line) == 0 || line[0] != '"' {
			// Non-quoted string field
			i := bytes.IndexRune(line, r.Comma)
			field := line
			if i >= 0 {
				field = field[:i]
			} else {
				field = field[:len(field)-lengthNL(field)]
			}
			// Check to make sure a quote does not appear in field.
			if !r.LazyQuotes {
				if j := bytes.IndexByte(field, '"'); j >= 0 {
					col := pos.col + j
					err = &csv.ParseError{StartLine: recLine, Line: r.numLine, Column: col, Err: csv.ErrBareQuote}
					break parseField
				}
			}
			r.recordBuffer = append(r.recordBuffer, field...)
			r.fieldIndexes = append(r.fieldIndexes, len(r.recordBuffer))
			r.fieldPositions = append(r.fieldPositions, pos)
			if i >= 0 {
				line = line[i+commaLen:]
				pos.col += i + commaLen
				continue parseField
			}
			break parseField
		} else {
			// Quoted string field
			fieldPos := pos
			line = line[quoteLen:]
			pos.col += quoteLen
			for {
				i := bytes.IndexByte(line, '"')
				if i >= 0 {
					// Hit next quote.
					r.recordBuffer = append(r.recordBuffer, line[:i]...)
					line = line[i+quoteLen:]
					pos.col += i + quoteLen
					switch rn := nextRune(line); {
					case rn == '"':
						// `""` sequence (append quote).
						r.recordBuffer = append(r.recordBuffer, '"')
						line = line[quoteLen:]
						pos.col += quoteLen
					case rn == r.Comma:
						// `",` sequence (end of field).
						line = line[commaLen:]
						pos.col += commaLen
						r.fieldIndexes = append(r.fieldIndexes, len(r.recordBuffer))
						r.fieldPositions = append(r.fieldPositions, fieldPos)
						continue parseField
					case lengthNL(line) == len(line):
						// `"\n` sequence (end of line).
						r.fieldIndexes = append(r.fieldIndexes, len(r.recordBuffer))
						r.fieldPositions = append(r.fieldPositions, fieldPos)
						break parseField
					case r.LazyQuotes:
						// `"` sequence (bare quote).
						r.recordBuffer = append(r.recordBuffer, '"')
					default:
						// `"*` sequence (invalid non-escaped quote).
						err = &csv.ParseError{StartLine: recLine, Line: r.numLine, Column: pos.col - quoteLen, Err: csv.ErrQuote}
						break parseField
					}
				} else if len(line) > 0 {
					// Hit end of line (copy all data so far).
					r.recordBuffer = append(r.recordBuffer, line...)
					if errRead != nil {
						break parseField
					}
					pos.col += len(line)
					line, errRead = r.readLine()
					if errRead == errLineTooLong || r.MaxRecordBytes > 0 && len(r.recordBuffer)+len(line) > r.MaxRecordBytes {
						err = &csv.ParseError{StartLine: recLine, Line: r.numLine, Column: 1, Err: ErrRecordTooLong}
						break parseField
					}
					if len(line) > 0 {
						pos.line++
						pos.col = 1
					}
					if errRead == io.EOF {
						errRead = nil
					}
				} else {
					// Abrupt end of file (EOF or error).
					if !r.LazyQuotes && errRead == nil {
						err = &csv.ParseError{StartLine: recLine, Line: pos.line, Column: pos.col, Err: csv.ErrQuote}
						r.unclosedAt = fieldPos.line
						break parseField
					}
					r.fieldIndexes = append(r.fieldIndexes, len(r.recordBuffer))
					r.fieldPositions = append(r.fieldPositions, fieldPos)
					break parseField
				}
			}
		}
	}
	if err == nil {
		err = errRead
	}

	dst = r.fields(dst, 0)

	return dst, r.checkCount(len(dst), recLine, err)
}

// checkCount checks or updates the expected fields per record, for a
// record of n fields that starts on recLine and was read with err.
func (r *Reader) checkCount(n, recLine int, err error) error {
	if r.FieldsPerRecord > 0 {
		if n != r.FieldsPerRecord && err == nil {
			err = &csv.ParseError{
				StartLine: recLine,
				Line:      recLine,
				Column:    1,
				Err:       csv.ErrFieldCount,
			}
		}
	} else if r.FieldsPerRecord == 0 {
		r.FieldsPerRecord = n
	}
	return err
}

// plainLine reports whether line is read by readPlain: a line without a
// quote, read without TrimLeadingSpace, of a one-byte Comma. Its fields
// are the bytes between the commas, as the loop of readRecord would cut
// them one by one (and look through each for a bare quote): a
// re-audit's ledger and history, and most of an export's lines, are
// such lines, and that loop took 0.26 s of a million-row ledger's
// reading (docs/performance.md).
func (r *Reader) plainLine(line []byte) bool {
	return !r.TrimLeadingSpace && r.Comma < utf8.RuneSelf && len(line) > 0 && bytes.IndexByte(line, '"') < 0
}

// readPlain is readRecord of a plain line (see plainLine): the line is
// copied into the record buffer whole, commas and all, and cut at its
// commas.
func (r *Reader) readPlain(dst []string, line []byte, err error) ([]string, error) {
	recLine := r.numLine
	line = line[:len(line)-lengthNL(line)]
	r.plain, r.plainAt = true, recLine
	r.recordBuffer = append(r.recordBuffer[:0], line...)
	r.fieldIndexes = r.fieldIndexes[:0]
	r.fieldPositions = r.fieldPositions[:0]
	comma := byte(r.Comma)
	for i, c := range r.recordBuffer {
		if c == comma {
			r.fieldIndexes = append(r.fieldIndexes, i)
		}
	}
	r.fieldIndexes = append(r.fieldIndexes, len(r.recordBuffer))
	dst = r.fields(dst, 1)
	return dst, r.checkCount(len(dst), recLine, err)
}

// fields cuts the record buffer into dst at fieldIndexes, each field
// starting gap bytes after the end of the one before: 0 where they are
// one after another, 1 where a plain line's comma is between them.
//
// The one change from encoding/csv, which makes a single string of the
// record buffer here and slices it: the fields are slices of the record
// buffer's bytes themselves, borrowed until the next Read: no string is
// allocated.
func (r *Reader) fields(dst []string, gap int) []string {
	var str string
	if len(r.recordBuffer) > 0 {
		str = unsafe.String(&r.recordBuffer[0], len(r.recordBuffer))
	}
	dst = dst[:0]
	if cap(dst) < len(r.fieldIndexes) {
		dst = make([]string, len(r.fieldIndexes))
	}
	dst = dst[:len(r.fieldIndexes)]
	start := 0
	for i, end := range r.fieldIndexes {
		dst[i] = str[start:end]
		start = end + gap
	}
	return dst
}
