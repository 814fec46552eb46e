package importers

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// eachJSON streams the elements of a JSON array one at a time, so that a
// list of millions of entries is never held as one value. The array is
// either the top-level value or, when the top level is an object, the value
// of the first of keys present (other keys are skipped). found reports
// whether such an array was there. Anything after the top-level value other
// than white space is an error: the input is data, never code.
func eachJSON[T any](r io.Reader, f *File, keys []string, fn func(T) error) (found bool, err error) {
	vc := &valueCap{r: r, f: f}
	dec := json.NewDecoder(vc)
	tok, err := dec.Token()
	if err != nil {
		return false, jsonError(f, dec, err)
	}
	switch tok {
	case json.Delim('['):
		if err := eachElement(dec, vc, f, fn); err != nil {
			return true, err
		}
		found = true
	case json.Delim('{'):
		for dec.More() {
			key, err := dec.Token()
			if err != nil {
				return found, jsonError(f, dec, err)
			}
			k, _ := key.(string)
			if found || !slices.Contains(keys, k) {
				vc.start = dec.InputOffset()
				var skip json.RawMessage
				if err := dec.Decode(&skip); err != nil {
					return found, jsonError(f, dec, err)
				}
				continue
			}
			t, err := dec.Token()
			if err != nil {
				return found, jsonError(f, dec, err)
			}
			if t != json.Delim('[') {
				return found, &Error{File: f.String(), Offset: dec.InputOffset(), Err: fmt.Errorf("%q is not a list", k)}
			}
			if err := eachElement(dec, vc, f, fn); err != nil {
				return true, err
			}
			found = true
		}
		if _, err := dec.Token(); err != nil { // }
			return found, jsonError(f, dec, err)
		}
	default:
		return false, &Error{File: f.String(), Offset: 0, Err: fmt.Errorf("expected a JSON object or list, found %s", tokenKind(tok))}
	}
	if _, err := dec.Token(); err != io.EOF {
		if e, ok := readError(err); ok {
			return found, e
		}
		return found, &Error{File: f.String(), Offset: dec.InputOffset(), Err: errors.New("unexpected content after the JSON data")}
	}
	return found, nil
}

// eachElement decodes the elements up to the closing ']'.
// An error from fn that is not already an *Error is placed at the
// element's start.
func eachElement[T any](dec *json.Decoder, vc *valueCap, f *File, fn func(T) error) error {
	var v, zero T // one value for every element: no allocation per element
	for n := 1; dec.More(); n++ {
		v = zero
		start := dec.InputOffset()
		vc.start = start
		if err := dec.Decode(&v); err != nil {
			if te, ok := errors.AsType[*json.UnmarshalTypeError](err); ok {
				return entryTypeError(f, n, start, dec.InputOffset(), te)
			}
			return jsonError(f, dec, err)
		}
		if err := fn(v); err != nil {
			if _, ok := errors.AsType[*Error](err); !ok {
				err = &Error{File: f.String(), Offset: start, Err: err}
			}
			return err
		}
	}
	if _, err := dec.Token(); err != nil { // ]
		return jsonError(f, dec, err)
	}
	return nil
}

// jsonError places a decoding error in f. Errors from the reader below
// (size limit, invalid UTF-8) are already placed and pass through.
func jsonError(f *File, dec *json.Decoder, err error) error {
	if e, ok := errors.AsType[*Error](err); ok {
		return e
	}
	off := dec.InputOffset()
	if se, ok := errors.AsType[*json.SyntaxError](err); ok {
		// A failed Decode leaves InputOffset at the start of the value, and
		// its error counts only the bytes Decode itself read: decode the
		// rest again from there to find the byte at fault.
		off = se.Offset
		var raw json.RawMessage
		if se2, ok := errors.AsType[*json.SyntaxError](json.NewDecoder(dec.Buffered()).Decode(&raw)); ok {
			off = dec.InputOffset() + se2.Offset - 1
		}
	}
	var msg string
	switch {
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		msg = truncatedJSON
	default:
		if _, isSyntax := errors.AsType[*json.SyntaxError](err); isSyntax {
			msg = "invalid JSON: " + strings.TrimPrefix(err.Error(), "json: ")
		} else { // an UnmarshalJSON method's own verdict on the data
			msg = strings.TrimPrefix(err.Error(), "json: ")
		}
	}
	return &Error{File: f.String(), Offset: off, Err: errors.New(msg)}
}

// entryTypeError places a value of the wrong type in entry n of a list,
// which starts at byte start and ends at end. The JSON is valid, so the
// message says which entry and what it should hold, not "invalid JSON":
// an entry that is not what the list holds ("Ann" where an object is
// expected) is placed at its start, a field of the wrong type in it
// ("timestamp": "1709983628") at the entry's end, as the decoder reads a
// whole entry before it tells.
func entryTypeError(f *File, n int, start, end int64, te *json.UnmarshalTypeError) error {
	want := jsonKind(te.Type.Kind())
	found := jsonValueKind(te.Value)
	if te.Field == "" {
		return &Error{File: f.String(), Offset: start, Err: fmt.Errorf("entry %d: should be %s, found %s", n, want, found)}
	}
	return &Error{File: f.String(), Offset: end, Err: fmt.Errorf("entry %d: %q should be %s, found %s", n, te.Field, want, found)}
}

// jsonValueKind names the JSON value a json.UnmarshalTypeError describes
// ("string", "number", "array"...) as jsonKind names kinds; a number the
// field cannot hold ("number 1.5" for a whole number, "number 1e400") is
// shown as written, and said not to fit where it is a whole number.
func jsonValueKind(v string) string {
	word, lit, _ := strings.Cut(v, " ")
	switch word {
	case "string":
		return "a string"
	case "number":
		switch {
		case lit == "":
			return "a number"
		case isDigits(strings.TrimPrefix(lit, "-")):
			return lit + ", which does not fit" // a whole number too large
		}
		return lit // 1.5, 1e9: no whole number as written
	case "bool":
		return "true or false"
	case "array":
		return "a list"
	case "object":
		return "an object"
	case "null":
		return "null"
	}
	return v
}

// jsonKind names a Go kind as the JSON value it decodes from.
func jsonKind(k reflect.Kind) string {
	switch k {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	}
	return "another kind of value"
}

// tokenKind names a JSON token for messages, in one line.
func tokenKind(tok json.Token) string {
	switch tok.(type) {
	case string:
		return "a string"
	case float64, json.Number:
		return "a number"
	case bool:
		return "true or false"
	case nil:
		return "null"
	}
	return fmt.Sprintf("%q", fmt.Sprint(tok))
}

// jsonExcerpt shows a raw JSON value in a one-line message: as written
// when it is short and on one line (a JSON string cannot hold a raw
// newline), else cut to 40 bytes, followed by "..." and quoted. Decoded text
// is shown with quoteExcerpt instead.
func jsonExcerpt(b []byte) string {
	if len(b) <= 40 && !bytes.ContainsFunc(b, func(r rune) bool { return r < ' ' }) {
		return string(b)
	}
	if len(b) > 40 {
		b = append(b[:40:40], "..."...)
	}
	return strconv.Quote(string(b))
}

// readError returns what the decoder's Token gave after the JSON data
// where that is a damaged zip entry: its checksum, which the zip reader
// checks once the entry is read whole, fails there, and is no content
// after the data.
func readError(err error) (*Error, bool) {
	e, ok := errors.AsType[*Error](err)
	if !ok || !errors.As(e.Err, new(damagedEntry)) {
		return nil, false
	}
	return e, true
}
