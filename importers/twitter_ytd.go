package importers

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"regexp"
)

// readYTD streams the elements of an archive data file to fn. Every such
// file is a JavaScript assignment, `window.YTD.<type>.partN = [ ... ]`: the
// assignment is matched strictly and removed, and the rest must be one JSON
// list and nothing else. The file is never run as JavaScript.
func readYTD[T any](f *File, fn func(T) error) error {
	t, err := openText(f)
	if err != nil {
		return err
	}
	defer t.Close()
	off, err := ytdPrefix(t, f)
	if err != nil {
		return err
	}
	_, err = eachJSON(t, f, nil, fn) // ytdPrefix saw the '['; found is true
	if e, ok := errors.AsType[*Error](err); ok && e.Line == 0 && e.Offset >= 0 {
		// eachJSON counts from where it started reading: make the
		// offset one in the file.
		e.Offset += off
	}
	return err
}

// ytdAssignment is the start of every archive data file once leading white
// space is skipped: `window.YTD.<type>.partN =`.
var ytdAssignment = regexp.MustCompile(`^window\.YTD\.(\w{1,64})\.part\d{1,9}[ \t\r\n]*=`)

// ytdPrefix reads the window.YTD assignment from the start of t, checks
// that its type is what f.Kind holds, and returns the number of bytes read.
func ytdPrefix(t *textFile, f *File) (int64, error) {
	var off int64
	for { // leading white space, unbounded, so a byte at a time
		b, err := t.Peek(1)
		if len(b) == 0 {
			if err == nil || err == io.EOF {
				break
			}
			return 0, passError(f, err)
		}
		if c := b[0]; c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			break
		}
		t.Discard(1)
		off++
	}
	head, err := t.Peek(128)
	m := ytdAssignment.FindSubmatch(head)
	if m == nil && err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return 0, passError(f, err) // a read error (not UTF-8, too big) says more
	}
	var found string
	switch {
	case m != nil && twitterKindOf(string(m[1])) == f.Kind:
		t.Discard(len(m[0]))
		return ytdList(t, f, off+int64(len(m[0])))
	case m != nil:
		found = fmt.Sprintf(", found window.YTD.%s", m[1])
	case len(head) == 0:
		found = ", found the end of the file"
	}
	return 0, &Error{File: f.String(), Offset: off, Err: fmt.Errorf(
		"expected a \"window.YTD.%s.partN = \" assignment at the start of the file%s", f.Kind, found)}
}

// ytdList skips white space after the assignment at off and checks that a
// list follows: the data is always one, and anything else is better named
// here than by the JSON decoder. It returns the offset of the list.
func ytdList(t *textFile, f *File, off int64) (int64, error) {
	for {
		b, err := t.Peek(1)
		switch {
		case len(b) == 0 && (err == nil || err == io.EOF):
			return 0, &Error{File: f.String(), Offset: off, Err: errors.New("expected a JSON list after the window.YTD assignment, found the end of the file")}
		case len(b) == 0:
			return 0, passError(f, err)
		case b[0] == '[':
			return off, nil
		case b[0] != ' ' && b[0] != '\t' && b[0] != '\r' && b[0] != '\n':
			return 0, &Error{File: f.String(), Offset: off, Err: errors.New("expected a JSON list after the window.YTD assignment")}
		}
		t.Discard(1)
		off++
	}
}

// passError returns a read error as an *Error: those from the readers
// below already are.
func passError(f *File, err error) error {
	if _, ok := errors.AsType[*Error](err); ok {
		return err
	}
	return errorf(f, "cannot read: %v", err)
}
