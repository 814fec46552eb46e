package importers

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
)

// jsonList splits a JSON list, read from t, into its elements without
// allocating, for readList. Offsets and the per-value size cap are kept
// as the json.Decoder over a valueCap (eachJSON) counted them, so that
// messages point where they used to. It serves the follow lists of
// Twitter/X (readFollowList) and Instagram (igReadList), where the
// generic decoder was most of an import at millions of followers.
type jsonList struct {
	t     *textFile
	f     *File
	pos   int64  // file offset of t's next byte
	start int64  // where the value being read starts, for MaxValueBytes (see valueCap)
	buf   []byte // bytes at pos buffered in t, within the size cap: saves a Peek per token
	carry []byte // an element cut by the end of t's buffer, gathered
}

// truncatedJSON is the decoder's message for input that ends in the list.
const truncatedJSON = "the JSON data ends too early (the file is truncated: download the export again)"

// readList reads the list whose '[' is at l.pos, up to and past its
// closing ']', giving each element, numbered from 1, to fn. An element
// that match matches at the start of the buffered bytes (n > 0: its
// length; short: the bytes ended first, so that more might match) is
// taken from there; any other is decoded by encoding/json into a T, so
// that it reads or fails exactly as eachElement read it. v is zeroed
// before each element. An error of fn that is not an *Error is placed at
// the element's start, as eachElement places it. What follows the list
// is the caller's (see end).
func readList[T any](l *jsonList, match func(b []byte, v *T) (n int, short bool), fn func(n int, v *T) error) error {
	var v, zero T
	l.advance(1) // '['
	for n := 1; ; n++ {
		from := l.pos // where the decoder started reading element n
		c, err := l.nonSpace()
		switch {
		case err == io.EOF:
			return l.fail(from, truncatedJSON)
		case err != nil:
			return err
		case n == 1 && c == ']':
			l.advance(1)
			return nil
		case n == 1 && c == '}':
			return l.syntaxError("invalid character '}' looking for beginning of value")
		case n == 1:
			from, l.start = l.pos, l.pos // but the first from its first byte
		}
		v = zero
		after, err := listElement(l, n, from, match, &v)
		if err != nil {
			return err
		}
		if err := fn(n, &v); err != nil {
			if _, ok := errors.AsType[*Error](err); !ok {
				err = &Error{File: l.f.String(), Offset: l.start, Err: err}
			}
			return err
		}
		if after != nil {
			return after
		}
		end := l.pos
		c, err = l.nonSpace()
		switch {
		case err == io.EOF:
			return l.fail(end, truncatedJSON)
		case err != nil:
			return err
		case c == ']':
			l.advance(1)
			return nil
		case c == '}':
			return l.syntaxError("invalid character '}' after array element")
		case c != ',':
			return l.syntaxError("expected comma after array element")
		}
		l.start = l.pos // later elements were capped from their comma
		l.advance(1)
	}
}

// listElement reads entry number entry, at l.pos, into v: matched in
// place when it has the usual shape and lies in the buffer, else gathered
// and decoded. after is nil, or the error the decoder found once it had
// read the element, to report once fn has taken it.
func listElement[T any](l *jsonList, entry int, from int64, match func([]byte, *T) (int, bool), v *T) (after, err error) {
	at := l.pos
	b, err := l.window()
	if err != nil {
		return nil, err
	}
	n, short := match(b, v)
	if n > 0 {
		l.advance(n)
		return nil, nil
	}
	elem, stop := l.gather(b[0])
	if short && stop == nil {
		var zero T
		*v = zero
		if n, _ := match(elem, v); n == len(elem) {
			return nil, nil
		}
	}
	var zero T
	*v = zero
	// The decoder gets the bytes the stream decoder read, then what ended
	// them, so it finds the same value or the same first error.
	var r io.Reader = bytes.NewReader(elem)
	if stop != nil && stop != io.EOF {
		r = io.MultiReader(r, failReader{stop})
	}
	dec := json.NewDecoder(r)
	if err := dec.Decode(v); err != nil {
		if _, placed := errors.AsType[*Error](err); placed {
			return nil, err
		}
		if te, ok := errors.AsType[*json.UnmarshalTypeError](err); ok {
			// Placed as eachElement places it: from the comma before a
			// later entry, as l.start is.
			return nil, entryTypeError(l.f, entry, l.start, at+dec.InputOffset(), te)
		}
		e := &Error{File: l.f.String(), Offset: from, Err: errors.New(truncatedJSON)}
		if !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
			e, _ = errors.AsType[*Error](jsonError(l.f, dec, err))
			e.Offset += at
		}
		return nil, e
	}
	if k := dec.InputOffset(); at+k < l.pos {
		// A literal that reads, followed by more of one ("null0"), which
		// gather took whole: the stream decoder took the value, then
		// wanted a comma where the rest starts, placed as jsonError
		// places it, by the bytes it had from there.
		end := at + k
		rest := slices.Clone(elem[k : l.pos-at])
		if w, err := l.window(); err == nil {
			rest = append(rest, w...)
		}
		off := end
		var raw json.RawMessage
		if se, ok := errors.AsType[*json.SyntaxError](json.NewDecoder(bytes.NewReader(rest)).Decode(&raw)); ok {
			off += se.Offset - 1
		}
		return l.fail(off, "invalid JSON: expected comma after array element"), nil
	}
	return nil, nil
}

// failReader fails every read with err: the read error, or the size cap,
// that cut an element short.
type failReader struct{ err error }

func (r failReader) Read([]byte) (int, error) { return 0, r.err }

// gather reads the whole element at l.pos, as far as the bytes the old
// decoder needed to end it or find it wrong: an object, list or string to
// its closing byte, anything else to its first byte that cannot continue a
// number or literal (which is left unread). stop is nil, or what ended the bytes first: io.EOF, a
// read error or the size cap. The result is valid until the next read.
func (l *jsonList) gather(first byte) (elem []byte, stop error) {
	var depth int
	var str, esc bool
	scalar := first != '{' && first != '[' && first != '"'
	l.carry = l.carry[:0]
	for {
		b, err := l.window()
		if err != nil {
			return l.carry, err
		}
		n, done := len(b), false
	scan:
		for i, c := range b {
			switch {
			case scalar:
				if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '+' || c == '-' || c == '.') {
					n, done = i+1, true
					break scan
				}
			case esc:
				esc = false
			case str:
				esc = c == '\\'
				str = c != '"'
				if !str && depth == 0 {
					n, done = i+1, true
					break scan
				}
			case c == '"':
				str = true
			case c == '{' || c == '[':
				depth++
			case c == '}' || c == ']':
				if depth--; depth == 0 {
					n, done = i+1, true
					break scan
				}
			}
		}
		// That first byte is the next element's or the list's: it is
		// given to the decoder, which needs it to end the value, but not
		// read past (an element that reads, such as null, is followed by
		// its comma).
		ahead := 0
		if done && scalar {
			ahead = 1
		}
		if done && len(l.carry) == 0 {
			l.advance(n - ahead)
			return b[:n], nil // Discard keeps the buffer until the next read
		}
		l.carry = append(l.carry, b[:n]...)
		l.advance(n - ahead)
		if done {
			return l.carry, nil
		}
	}
}

// end checks that only white space follows the list's closing ']' (or
// the closing '}' of the object holding it), at l.pos, with the decoder's
// Token as before: anything else is placed where that stops.
func (l *jsonList) end() error {
	at := l.pos
	dec := json.NewDecoder(&valueCap{r: l.t, f: l.f, start: l.start - at})
	if _, err := dec.Token(); err != io.EOF {
		if e, ok := readError(err); ok {
			return e
		}
		return l.fail(at+dec.InputOffset(), "unexpected content after the JSON data")
	}
	return nil
}

// nonSpace skips white space and returns the byte at l.pos.
func (l *jsonList) nonSpace() (byte, error) {
	for {
		b, err := l.window()
		if err != nil {
			return 0, err
		}
		i := 0
		for i < len(b) && isJSONSpace(b[i]) {
			i++
		}
		l.advance(i)
		if i < len(b) {
			return b[i], nil
		}
	}
}

// window returns the bytes buffered at l.pos, reading more when there
// are none, and never past the size cap of the value being read.
func (l *jsonList) window() ([]byte, error) {
	if len(l.buf) > 0 {
		return l.buf, nil // cut at an earlier cap, never later than this one
	}
	room := l.start + MaxValueBytes + 1 - l.pos
	if room <= 0 {
		return nil, &Error{File: l.f.String(), Offset: l.start, Err: fmt.Errorf("one value is larger than %d MiB: this is not an export list", MaxValueBytes>>20)}
	}
	if l.t.Buffered() == 0 {
		if _, err := l.t.Peek(1); err != nil {
			return nil, err // io.EOF, or an *Error from the readers below
		}
	}
	b, _ := l.t.Peek(l.t.Buffered())
	l.buf = b[:min(int64(len(b)), room)]
	return l.buf, nil
}

// advance moves past n bytes of the window.
func (l *jsonList) advance(n int) {
	l.t.Discard(n)
	l.buf = l.buf[min(n, len(l.buf)):]
	l.pos += int64(n)
}

// syntaxError reports the byte at l.pos as wrong, placed as jsonError
// does: where the decoder's second look at the buffered bytes fails.
func (l *jsonList) syntaxError(msg string) error {
	at := l.pos
	if b, err := l.window(); err == nil {
		var v json.RawMessage
		if se, ok := errors.AsType[*json.SyntaxError](json.NewDecoder(bytes.NewReader(b)).Decode(&v)); ok {
			at += se.Offset - 1
		}
	}
	return l.fail(at, "invalid JSON: "+msg)
}

func (l *jsonList) fail(at int64, msg string) error {
	return &Error{File: l.f.String(), Offset: at, Err: errors.New(msg)}
}
