package importers

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// readFollowList streams the accounts of a following.js or follower.js to
// fn: key is "following" or "follower", the key wrapping each entry. It
// reads what readYTD[twitterFollowItem] reads, with the same results and
// errors, several times faster: at millions of followers the generic
// decoder was most of an import. The list is split into elements here,
// without allocating, and an element of the shape the archive writes,
//
//	{"follower" : {"accountId" : "<digits>", "userLink" : "<link>"}}
//
// (any white space, the inner keys in either order, userLink optional, no
// escapes) is matched directly. Any other element, valid or not, is decoded
// by encoding/json as before, so that odd input reads or fails as it did.
func readFollowList(f *File, key string, fn func(id uint64, link twitterLink) error) error {
	t, err := openText(f)
	if err != nil {
		return err
	}
	defer t.Close()
	off, err := ytdPrefix(t, f) // leaves t at the '['
	if err != nil {
		return err
	}
	l := &followList{t: t, f: f, key: key, quote: `"` + key + `"`, pos: off, start: off}
	return l.read(fn)
}

// followList reads one list. Offsets and the per-value size cap are kept
// as the json.Decoder over a valueCap counted them, so that messages
// point where they used to.
type followList struct {
	t     *textFile
	f     *File
	key   string
	quote string // key in quotes, as matchFollow wants it
	pos   int64  // file offset of t's next byte
	start int64  // where the value being read starts, for MaxValueBytes (see valueCap)
	buf   []byte // bytes at pos buffered in t, within the size cap: saves a Peek per token
	carry []byte // an element cut by the end of t's buffer, gathered
}

// truncatedJSON is the decoder's message for input that ends in the list.
const truncatedJSON = "the JSON data ends too early (the file is truncated)"

func (l *followList) read(fn func(uint64, twitterLink) error) error {
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
			return l.end()
		case n == 1 && c == '}':
			return l.syntaxError("invalid character '}' looking for beginning of value")
		case n == 1:
			from, l.start = l.pos, l.pos // but the first from its first byte
		}
		id, link, err := l.element(n, from)
		if err != nil {
			return err
		}
		if id == 0 {
			return errorf(l.f, "entry %d of the list: expected {\"%s\" : {\"accountId\" : \"<digits>\", ...}}", n, l.key)
		}
		if err := fn(id, link); err != nil {
			if _, ok := errors.AsType[*Error](err); !ok {
				err = &Error{File: l.f.String(), Offset: l.start, Err: err}
			}
			return err
		}
		end := l.pos
		c, err = l.nonSpace()
		switch {
		case err == io.EOF:
			return l.fail(end, truncatedJSON)
		case err != nil:
			return err
		case c == ']':
			return l.end()
		case c == '}':
			return l.syntaxError("invalid character '}' after array element")
		case c != ',':
			return l.syntaxError("expected comma after array element")
		}
		l.start = l.pos // later elements were capped from their comma
		l.advance(1)
	}
}

// element reads entry number entry, at l.pos: matched in place when it has
// the usual shape and lies in the buffer, else gathered and decoded.
func (l *followList) element(entry int, from int64) (uint64, twitterLink, error) {
	at := l.pos
	b, err := l.window()
	if err != nil {
		return 0, "", err
	}
	id, link, n, short := matchFollow(b, l.quote)
	if n > 0 {
		l.advance(n)
		return id, link, nil
	}
	elem, stop := l.gather(b[0])
	if short && stop == nil {
		if id, link, n, _ := matchFollow(elem, l.quote); n == len(elem) {
			return id, link, nil
		}
	}
	// The decoder gets the bytes the stream decoder read, then what ended
	// them, so it finds the same value or the same first error.
	var r io.Reader = bytes.NewReader(elem)
	if stop != nil && stop != io.EOF {
		r = io.MultiReader(r, failReader{stop})
	}
	dec := json.NewDecoder(r)
	var it twitterFollowItem
	if err := dec.Decode(&it); err != nil {
		if _, placed := errors.AsType[*Error](err); placed {
			return 0, "", err
		}
		if te, ok := errors.AsType[*json.UnmarshalTypeError](err); ok {
			// Placed as eachElement places it: from the comma before a
			// later entry, as l.start is.
			return 0, "", entryTypeError(l.f, entry, l.start, at+dec.InputOffset(), te)
		}
		e := &Error{File: l.f.String(), Offset: from, Err: errors.New(truncatedJSON)}
		if !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
			e, _ = errors.AsType[*Error](jsonError(l.f, dec, err))
			e.Offset += at
		}
		return 0, "", e
	}
	e := it.Following
	if l.key == twitterFollower {
		e = it.Follower
	}
	return uint64(e.AccountID), e.UserLink, nil
}

// failReader fails every read with err: the read error, or the size cap,
// that cut an element short.
type failReader struct{ err error }

func (r failReader) Read([]byte) (int, error) { return 0, r.err }

// gather reads the whole element at l.pos, as far as the bytes the old
// decoder needed to end it or find it wrong: an object, list or string to
// its closing byte, anything else to its first byte that cannot continue a
// number or literal. stop is nil, or what ended the bytes first: io.EOF, a
// read error or the size cap. The result is valid until the next read.
func (l *followList) gather(first byte) (elem []byte, stop error) {
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
		if done && len(l.carry) == 0 {
			l.advance(n)
			return b[:n], nil // Discard keeps the buffer until the next read
		}
		l.carry = append(l.carry, b[:n]...)
		l.advance(n)
		if done {
			return l.carry, nil
		}
	}
}

// end checks that only white space follows the list's closing ']', at
// l.pos, with the decoder's Token as before: anything else is placed where
// that stops.
func (l *followList) end() error {
	l.advance(1)
	at := l.pos
	dec := json.NewDecoder(&valueCap{r: l.t, f: l.f, start: l.start - at})
	if _, err := dec.Token(); err != io.EOF {
		return l.fail(at+dec.InputOffset(), "unexpected content after the JSON data")
	}
	return nil
}

// nonSpace skips white space and returns the byte at l.pos.
func (l *followList) nonSpace() (byte, error) {
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
func (l *followList) window() ([]byte, error) {
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
func (l *followList) advance(n int) {
	l.t.Discard(n)
	l.buf = l.buf[min(n, len(l.buf)):]
	l.pos += int64(n)
}

// syntaxError reports the byte at l.pos as wrong, placed as jsonError
// does: where the decoder's second look at the buffered bytes fails.
func (l *followList) syntaxError(msg string) error {
	at := l.pos
	if b, err := l.window(); err == nil {
		var v json.RawMessage
		if se, ok := errors.AsType[*json.SyntaxError](json.NewDecoder(bytes.NewReader(b)).Decode(&v)); ok {
			at += se.Offset - 1
		}
	}
	return l.fail(at, "invalid JSON: "+msg)
}

func (l *followList) fail(at int64, msg string) error {
	return &Error{File: l.f.String(), Offset: at, Err: errors.New(msg)}
}

// matchFollow matches the start of b against the usual entry, {key :
// {"accountId" : "<id>", "userLink" : "<link>"}} with quoted the key in
// quotes, and returns its length n (0 when b does not start with one), the
// id and the link as twitterLink.UnmarshalJSON makes it. short reports
// that b ended first, so that a longer b might match.
func matchFollow(b []byte, quoted string) (id uint64, link twitterLink, n int, short bool) {
	i := 0
	// lit skips white space and takes s.
	lit := func(s string) bool {
		for i < len(b) && isJSONSpace(b[i]) {
			i++
		}
		if len(b)-i < len(s) {
			short = true
			return false
		}
		if string(b[i:i+len(s)]) != s {
			return false
		}
		i += len(s)
		return true
	}
	if !lit("{") || !lit(quoted) || !lit(":") || !lit("{") {
		return 0, "", 0, short
	}
	var haveLink bool
	for {
		isID := id == 0 && lit(`"accountId"`)
		if !isID && (haveLink || !lit(`"userLink"`)) || !lit(":") || !lit(`"`) {
			return 0, "", 0, short
		}
		j := bytes.IndexByte(b[i:], '"')
		if j < 0 {
			return 0, "", 0, true
		}
		// What the string holds, unless it has a backslash: an id is
		// digits, followLink checks a link.
		v, ok := b[i:i+j], false
		i += j + 1
		if isID {
			id, ok = parseTwitterID(v)
		} else {
			link, ok = followLink(v)
			haveLink = true
		}
		if !ok {
			return 0, "", 0, false // the decoder reads it, or words the error
		}
		if !lit(",") {
			break
		}
	}
	if id == 0 || !lit("}") || !lit("}") {
		return 0, "", 0, short
	}
	return id, link, i, false
}

// followLink is what twitterLink.UnmarshalJSON makes of the userLink
// string v as written; ok is false when v is not plain text (an escape or
// a control character), for the decoder to read.
func followLink(v []byte) (link twitterLink, ok bool) {
	if len(v) > len(twitterIntent) && string(v[:len(twitterIntent)]) == twitterIntent && isDigits(v[len(twitterIntent):]) {
		return "", true
	}
	if bytes.ContainsFunc(v, func(r rune) bool { return r < ' ' || r == '\\' }) {
		return "", false
	}
	// Only a web link is kept, and one without spaces (r <= ' ' or DEL).
	if (bytes.HasPrefix(v, []byte("https://")) || bytes.HasPrefix(v, []byte("http://"))) && !bytes.ContainsAny(v, " \x7f") {
		return twitterLink(v), true
	}
	return "", true
}

// isJSONSpace reports whether c is JSON white space, in one test for the
// usual non-space byte.
func isJSONSpace(c byte) bool {
	const mask uint64 = 1<<' ' | 1<<'\t' | 1<<'\n' | 1<<'\r'
	return c <= ' ' && mask>>c&1 != 0
}
