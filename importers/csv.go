package importers

import (
	"encoding/csv"
	"errors"
	"io"
	"strings"
)

// csvFile reads the records of an export's CSV file, opened as UTF-8 text
// (see openText). Records may have any number of fields: each importer
// checks the width it expects, so that its message can say which.
type csvFile struct {
	f   *File
	tf  *textFile
	r   *csv.Reader
	cap *valueCap
}

// openCSV opens f for reading its records. The caller must Close it.
func openCSV(f *File) (*csvFile, error) {
	tf, err := openText(f)
	if err != nil {
		return nil, err
	}
	vc := &valueCap{r: tf.Reader, f: f}
	r := csv.NewReader(vc)
	r.ReuseRecord = true
	r.FieldsPerRecord = -1
	vc.line = func() int { line, _ := r.FieldPos(0); return line }
	return &csvFile{f: f, tf: tf, r: r, cap: vc}, nil
}

func (c *csvFile) Close() error { return c.tf.Close() }

// next returns the next record that is not blank, with the line it starts
// on, or io.EOF. Records of white space only (blank lines, Excel's ",,,,,,"
// padding rows) are skipped. The record is reused by the following call.
func (c *csvFile) next() ([]string, int, error) {
	for {
		c.cap.start = c.r.InputOffset()
		rec, err := c.r.Read()
		if err == io.EOF {
			return nil, 0, io.EOF
		}
		if err != nil {
			return nil, 0, csvError(c.f, err)
		}
		if blankBefore(rec, len(rec)) {
			continue
		}
		line, _ := c.r.FieldPos(0)
		return rec, line, nil
	}
}

// each calls fn with every record that is not blank (see next) and the
// line it starts on, until the records end or fn fails. It returns fn's
// error or the reading error, nil at the end of the file. A record is
// reused by the following call.
func (c *csvFile) each(fn func(rec []string, line int) error) error {
	for {
		rec, line, err := c.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if err := fn(rec, line); err != nil {
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
func csvError(f *File, err error) error {
	if e, ok := errors.AsType[*Error](err); ok {
		return e
	}
	if pe, ok := errors.AsType[*csv.ParseError](err); ok {
		return lineErrorf(f, pe.Line, "column %d: %v: expected double quotes only around whole fields, and doubled inside them", pe.Column, pe.Err)
	}
	return errorf(f, "cannot read the CSV data: %v", err)
}

// widthError reports the record at line, of found fields, in a file whose
// header, at headerLine, has want: usually a row a spreadsheet collapsed
// into one quoted field.
func widthError(f *File, line, want, headerLine, found int) error {
	return lineErrorf(f, line, "expected %d fields as in the header (line %d), found %d", want, headerLine, found)
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
