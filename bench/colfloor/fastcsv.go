package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
)

// fastCSV reads CSV records as encoding/csv does with FieldsPerRecord -1
// and no lazy quotes (RFC 4180 quoting, LF or CRLF line ends, a CRLF in a
// quoted field read as LF, blank lines skipped), but copies the fields'
// bytes into one buffer per record, reused, instead of making a string of
// each record. It is colfloor's measure of what a reader that writes cells
// into slabs would save over encoding/csv (-reader fast); the tool does not
// use it. Errors name the line but are not encoding/csv's, word for word.
type fastCSV struct {
	br     *bufio.Reader
	buf    []byte // the record's fields, one after the other
	ends   []int  // where each field ends in buf
	fields [][]byte
	line   int
	long   []byte // a line longer than br's buffer
}

func newFastCSV(r io.Reader) *fastCSV { return &fastCSV{br: bufio.NewReaderSize(r, 1<<20)} }

// readLine returns the next line with its LF (CRLF made LF), or the last
// one without, and io.EOF after it.
func (r *fastCSV) readLine() ([]byte, error) {
	line, err := r.br.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		r.long = append(r.long[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = r.br.ReadSlice('\n')
			r.long = append(r.long, line...)
		}
		line = r.long
	}
	if len(line) > 0 && err == io.EOF {
		err = nil
		if line[len(line)-1] == '\r' {
			line = line[:len(line)-1]
		}
	}
	if n := len(line); n >= 2 && line[n-2] == '\r' && line[n-1] == '\n' {
		line[n-2] = '\n'
		line = line[:n-1]
	}
	if len(line) > 0 {
		r.line++
	}
	return line, err
}

// read returns the next record's fields, valid until the next call.
func (r *fastCSV) read() ([][]byte, error) {
	var line []byte
	for {
		var err error
		line, err = r.readLine()
		if err != nil {
			return nil, err
		}
		if len(line) > 1 || len(line) == 1 && line[0] != '\n' {
			break // blank lines are skipped, and a last one of a lone CR
		}
	}
	r.buf, r.ends = r.buf[:0], r.ends[:0]
	start := r.line
fields:
	for {
		if len(line) == 0 || line[0] != '"' { // unquoted
			i := bytes.IndexByte(line, ',')
			end := i
			if i < 0 {
				end = len(line)
				if end > 0 && line[end-1] == '\n' {
					end--
				}
			}
			f := line[:end]
			if bytes.IndexByte(f, '"') >= 0 {
				return nil, fmt.Errorf("line %d: bare \" in non-quoted field", r.line)
			}
			r.buf = append(r.buf, f...)
			r.ends = append(r.ends, len(r.buf))
			if i < 0 {
				break fields
			}
			line = line[i+1:]
			continue
		}
		line = line[1:] // quoted
		for {
			i := bytes.IndexByte(line, '"')
			if i < 0 { // the field goes on on the next line
				r.buf = append(r.buf, line...)
				var err error
				if line, err = r.readLine(); err != nil {
					if err == io.EOF {
						return nil, fmt.Errorf("line %d: extraneous or missing \" in quoted-field (from line %d)", r.line, start)
					}
					return nil, err
				}
				continue
			}
			r.buf = append(r.buf, line[:i]...)
			line = line[i+1:]
			switch {
			case len(line) > 0 && line[0] == '"':
				r.buf = append(r.buf, '"')
				line = line[1:]
			case len(line) > 0 && line[0] == ',':
				r.ends = append(r.ends, len(r.buf))
				line = line[1:]
				continue fields
			case len(line) == 0 || line[0] == '\n':
				r.ends = append(r.ends, len(r.buf))
				break fields
			default:
				return nil, fmt.Errorf("line %d: extraneous or missing \" in quoted-field", r.line)
			}
		}
	}
	r.fields = r.fields[:0]
	from := 0
	for _, e := range r.ends {
		r.fields = append(r.fields, r.buf[from:e])
		from = e
	}
	return r.fields, nil
}

var errNoHeader = errors.New("header without First Name, Last Name, URL, Email Address")
