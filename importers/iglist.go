package importers

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
)

// igEachEntry streams the entries of a following or followers file to fn,
// as eachJSON[igEntry] with the one key key reads them, with the same
// results and errors, several times faster: at a million followers the
// decoder was most of an import. When the file starts as Instagram writes
// it, with the list ("[") or with the object holding it under key first
// ({"relationships_following": [), the list is split by jsonList and its
// elements of the usual shape are matched by igMatch; anything else, at
// the start of the file or in an element, is read by encoding/json as
// before. fn's *igEntry is valid until it returns.
func igEachEntry(tf *textFile, f *File, key string, fn func(*igEntry) error) (found bool, err error) {
	off, inObject := igListStart(tf, key)
	if off < 0 {
		return eachJSON(tf, f, []string{key}, func(e igEntry) error { return fn(&e) })
	}
	tf.Discard(off)
	l := &jsonList{t: tf, f: f, pos: int64(off)} // the cap counts from the file's start, as eachJSON's did
	err = readList(l, igMatch, func(_ int, e *igEntry) error { return fn(e) })
	if err != nil {
		return true, err
	}
	if !inObject {
		return true, l.end()
	}
	return true, l.objectRest()
}

// igListStart returns the offset of the list's '[' when tf starts with
// it, or with an object whose first key is key and holds it (inObject),
// all within its buffered head; else -1.
func igListStart(tf *textFile, key string) (off int, inObject bool) {
	b, _ := tf.Peek(512) // a shorter file, or a read error, gives what there is
	i := 0
	lit := func(s string) bool {
		for i < len(b) && isJSONSpace(b[i]) {
			i++
		}
		if !bytes.HasPrefix(b[i:], []byte(s)) {
			return false
		}
		i += len(s)
		return true
	}
	if lit("[") {
		return i - 1, false
	}
	if lit("{") && lit(`"`+key+`"`) && lit(":") && lit("[") {
		return i - 1, true
	}
	return -1, false
}

// objectRest reads what follows the list in the object holding it, at
// l.pos, as eachJSON read it: any later keys are skipped, then come the
// '}' and white space only. The usual '}' is checked here; anything else
// goes to a decoder resumed in the state eachJSON's was in, after a
// stand-in for the object's start, so that it reads or fails as before,
// its offsets moved to the file's.
func (l *jsonList) objectRest() error {
	at := l.pos
	c, err := l.nonSpace()
	switch {
	case err == nil && c == '}':
		l.advance(1)
		return l.end()
	case err == io.EOF:
		// The decoder's offset at the end stays after the list: white
		// space only moves it when something follows.
		return l.fail(at, truncatedJSON)
	case err != nil:
		return err
	}
	const resume = `{"":[]`
	shift := l.pos - int64(len(resume))
	vc := &valueCap{r: io.MultiReader(strings.NewReader(resume), l.t), f: l.f, read: shift, start: l.start}
	dec := json.NewDecoder(vc)
	place := func(err error) error {
		if _, placed := errors.AsType[*Error](err); placed {
			return err // from the readers below, placed in the file
		}
		e, _ := errors.AsType[*Error](jsonError(l.f, dec, err))
		e.Offset += shift
		return e
	}
	for range 4 { // {, "", [ and ]
		if _, err := dec.Token(); err != nil {
			return place(err)
		}
	}
	for dec.More() {
		if _, err := dec.Token(); err != nil {
			return place(err)
		}
		vc.start = shift + dec.InputOffset()
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return place(err)
		}
	}
	if _, err := dec.Token(); err != nil { // }
		return place(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		if e, ok := readError(err); ok {
			return e
		}
		return l.fail(shift+dec.InputOffset(), "unexpected content after the JSON data")
	}
	return nil
}

// Keys igMatch has seen in an element, each allowed once.
const (
	igSeenTitle = 1 << iota
	igSeenMedia
	igSeenList
	igSeenHref
	igSeenValue
	igSeenTime
)

// igMatch matches the start of b against the usual list element,
//
//	{"title": "<s>", "media_list_data": [], "string_list_data": [{"href": "<s>", "value": "<s>", "timestamp": <digits>}]}
//
// any key left out, the keys of each object in any order, any white space,
// strings of printable ASCII without escapes, and fills e as the decoder
// does, except that Href is set only when Value and Title are blank, the
// only time igReader.entry reads it: a string fewer per follower. n is the
// element's length, 0 when b does not start with one (another element,
// valid or not, for the decoder); short reports that b ended first, so
// that a longer b might match.
func igMatch(b []byte, e *igEntry) (n int, short bool) {
	i := 0
	// lit skips white space and takes c.
	lit := func(c byte) bool {
		for i < len(b) && isJSONSpace(b[i]) {
			i++
		}
		if i == len(b) {
			short = true
			return false
		}
		if b[i] != c {
			return false
		}
		i++
		return true
	}
	// str takes a string, what it holds as written.
	str := func() ([]byte, bool) {
		if !lit('"') {
			return nil, false
		}
		for j := i; j < len(b); j++ {
			switch c := b[j]; {
			case c == '"':
				s := b[i:j]
				i = j + 1
				return s, true
			case c < ' ' || c == '\\' || c >= 0x80:
				return nil, false // the decoder reads it, or words the error
			}
		}
		short = true
		return nil, false
	}
	// once reports whether the key of bit is seen for the first time.
	var seen int
	once := func(bit int) bool {
		if seen&bit != 0 {
			return false // the decoder keeps the last
		}
		seen |= bit
		return true
	}
	// num takes a whole number of up to 18 digits, which int64 holds.
	num := func() (int64, bool) {
		for i < len(b) && isJSONSpace(b[i]) {
			i++
		}
		j := i
		for j < len(b) && '0' <= b[j] && b[j] <= '9' {
			j++
		}
		if j == len(b) {
			short = true
			return 0, false
		}
		d := b[i:j]
		if len(d) == 0 || len(d) > 18 || len(d) > 1 && d[0] == '0' {
			return 0, false
		}
		var v int64
		for _, c := range d {
			v = v*10 + int64(c-'0')
		}
		i = j
		return v, true
	}
	var title, href, value []byte
	var ts int64
	// fields takes an object's keys and values after its '{', up to and
	// with its '}', each value by field.
	fields := func(field func(k []byte) bool) bool {
		for {
			k, ok := str()
			if !ok || !lit(':') || !field(k) {
				return false
			}
			if !lit(',') {
				return lit('}')
			}
		}
	}
	inner := func(k []byte) (ok bool) {
		switch string(k) {
		case "href":
			href, ok = str()
			return ok && once(igSeenHref)
		case "value":
			value, ok = str()
			return ok && once(igSeenValue)
		case "timestamp":
			ts, ok = num()
			return ok && once(igSeenTime)
		}
		return false
	}
	outer := func(k []byte) (ok bool) {
		switch string(k) {
		case "title":
			title, ok = str()
			return ok && once(igSeenTitle)
		case "media_list_data":
			return lit('[') && lit(']') && once(igSeenMedia)
		case "string_list_data":
			return lit('[') && lit('{') && fields(inner) && lit(']') && once(igSeenList)
		}
		return false
	}
	if !lit('{') || !fields(outer) {
		return 0, short
	}
	s := &e.StringListData[0]
	s.Timestamp = ts
	if len(value) > 0 {
		s.Value = string(value)
	}
	if len(title) > 0 {
		e.Title = string(title)
	}
	if len(bytes.TrimSpace(value)) == 0 && len(bytes.TrimSpace(title)) == 0 {
		s.Href = string(href)
	}
	return i, false
}
