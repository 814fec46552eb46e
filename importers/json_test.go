package importers

import (
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
)

// jsonItem is the element type the eachJSON tests decode: an object, like
// the entries of every real export list.
type jsonItem struct {
	Name string `json:"name"`
}

func TestEachJSON(t *testing.T) {
	// Positions of errors are given by a "§" in the input, removed before
	// decoding, so that the table shows where each error must point.
	tests := []struct {
		name      string
		in        string
		keys      []string
		want      []string // names of the elements handed to fn, in order
		wantFound bool
		wantErr   string // substring of the error; "" for no error
		wantOff   bool   // the error must point at the byte marked §
	}{
		{
			name:      "top-level array",
			in:        `[{"name": "Amélie"}, {"name": "Bruno"}]`,
			want:      []string{"Amélie", "Bruno"},
			wantFound: true,
		},
		{
			name:      "top-level array ignores keys",
			in:        "[\n  {\n    \"name\": \"a\"\n  }\n]\n",
			keys:      []string{"following"},
			want:      []string{"a"},
			wantFound: true,
		},
		{
			name:      "empty top-level array",
			in:        `[]`,
			wantFound: true,
		},
		{
			name:      "object with the key",
			in:        `{"friends_v2": [{"name": "a"}, {"name": "b"}]}`,
			keys:      []string{"friends_v2"},
			want:      []string{"a", "b"},
			wantFound: true,
		},
		{
			name:      "object with the key holding an empty list",
			in:        `{"friends_v2": []}`,
			keys:      []string{"friends_v2"},
			wantFound: true,
		},
		{
			name: "other keys before and after are skipped",
			in: `{"meta": {"friends_v2": [{"name": "not me"}], "n": [1, {"x": null}]},` +
				` "friends_v2": [{"name": "a"}], "after": "x", "list": [{"name": "nor me"}]}`,
			keys:      []string{"friends_v2"},
			want:      []string{"a"},
			wantFound: true,
		},
		{
			name:      "second of several keys",
			in:        `{"x": 1, "following_v3": [{"name": "a"}]}`,
			keys:      []string{"following_v2", "following_v3"},
			want:      []string{"a"},
			wantFound: true,
		},
		{
			// Only one list is streamed: the first wanted key in the
			// document; a later wanted key is skipped.
			name:      "two wanted keys: only the first in the document",
			in:        `{"b": [{"name": "from b"}], "a": [{"name": "from a"}]}`,
			keys:      []string{"a", "b"},
			want:      []string{"from b"},
			wantFound: true,
		},
		{
			name: "object without the key",
			in:   `{"other": [{"name": "a"}], "n": 2}`,
			keys: []string{"friends_v2"},
		},
		{
			name: "empty object",
			in:   `{}`,
			keys: []string{"friends_v2"},
		},
		{
			name:      "trailing white space is fine",
			in:        "[{\"name\": \"a\"}]\r\n\n\t ",
			want:      []string{"a"},
			wantFound: true,
		},
		{
			name:      "trailing code after an array",
			in:        `[{"name": "a"}]§; alert(1)`,
			want:      []string{"a"},
			wantFound: true,
			wantErr:   "unexpected content after the JSON data",
			wantOff:   true,
		},
		{
			name:      "trailing code after an object",
			in:        "{\"k\": [{\"name\": \"a\"}]}\n§alert(1)",
			keys:      []string{"k"},
			want:      []string{"a"},
			wantFound: true,
			wantErr:   "unexpected content after the JSON data",
			wantOff:   true,
		},
		{
			name:      "a second value after the array",
			in:        `[{"name": "a"}] [{"name": "b"}]`,
			want:      []string{"a"},
			wantFound: true,
			wantErr:   "unexpected content after the JSON data",
		},
		{
			name:      "a second value after the object",
			in:        `{"k": []} {}`,
			keys:      []string{"k"},
			wantFound: true,
			wantErr:   "unexpected content after the JSON data",
		},
		{
			name:    "empty input",
			in:      ``,
			wantErr: "truncated",
		},
		{
			name:    "white space only",
			in:      "  \n",
			wantErr: "truncated",
		},
		{
			name:    "truncated after the opening bracket",
			in:      `[`,
			wantErr: "truncated",
		},
		{
			name:    "truncated in an element",
			in:      `[{"name": "a"}, {"name": "b`,
			want:    []string{"a"},
			wantErr: "truncated",
		},
		{
			name:    "truncated between elements",
			in:      `[{"name": "a"}, `,
			want:    []string{"a"},
			wantErr: "truncated",
		},
		{
			name:    "truncated after the last element",
			in:      `[{"name": "a"}`,
			want:    []string{"a"},
			wantErr: "truncated",
		},
		{
			name:    "truncated in a skipped key",
			in:      `{"meta": {"a": [1, 2`,
			keys:    []string{"k"},
			wantErr: "truncated",
		},
		{
			name:    "truncated after a key",
			in:      `{"k": `,
			keys:    []string{"k"},
			wantErr: "truncated",
		},
		{
			name:    "truncated before the closing brace",
			in:      `{"k": [{"name": "a"}]`,
			keys:    []string{"k"},
			want:    []string{"a"},
			wantErr: "truncated",
		},
		{
			name:    "syntax error in the first element",
			in:      `[{"name": §x}]`,
			wantErr: "invalid JSON",
			wantOff: true,
		},
		{
			name:    "syntax error in a later element",
			in:      `[{"name": "a"}, {"name": "b"}, {"name": "c", §]`,
			want:    []string{"a", "b"},
			wantErr: "invalid JSON",
			wantOff: true,
		},
		{
			name:    "syntax error deep in a later element of a keyed list",
			in:      "{\n  \"k\": [\n    {\"name\": \"a\"},\n    {\"name\": \"b\", \"x\": [1, 2, §}]\n  ]\n}",
			keys:    []string{"k"},
			want:    []string{"a"},
			wantErr: "invalid JSON",
			wantOff: true,
		},
		{
			name:    "missing comma between elements",
			in:      `[{"name": "a"} §{"name": "b"}]`,
			want:    []string{"a"},
			wantErr: "invalid JSON",
			wantOff: true,
		},
		{
			name:    "double comma",
			in:      `[{"name": "a"},§, {"name": "b"}]`,
			want:    []string{"a"},
			wantErr: "invalid JSON",
			wantOff: true,
		},
		{
			name:    "syntax error in a skipped value",
			in:      `{"meta": {"a": nul§}, "k": []}`,
			keys:    []string{"k"},
			wantErr: "invalid JSON",
			wantOff: true,
		},
		{
			// The JSON is valid: the entry is not what the list holds.
			name:    "wrong element type",
			in:      `[{"name": "a"}§, "just a string"]`,
			want:    []string{"a"},
			wantErr: "entry 2: should be an object, found a string",
			wantOff: true,
		},
		{
			name:    "a number for the first entry of a keyed list",
			in:      `{"friends_v2": [ §5 ]}`,
			keys:    []string{"friends_v2"},
			wantErr: "entry 1: should be an object, found a number",
			wantOff: true,
		},
		{
			name:    "a list for an entry",
			in:      "[\n  §[\"a\"]\n]",
			wantErr: "entry 1: should be an object, found a list",
			wantOff: true,
		},
		{
			name:    "a field of the wrong type, placed at the entry's end",
			in:      `[{"name": "a"}, {"name": true}§]`,
			want:    []string{"a"},
			wantErr: `entry 2: "name" should be a string, found true or false`,
			wantOff: true,
		},
		{
			name:    "object under the key",
			in:      `{"k": {"name": "a"}}`,
			keys:    []string{"k"},
			wantErr: `"k" is not a list`,
		},
		{
			name:    "string under the key",
			in:      `{"k": "a"}`,
			keys:    []string{"k"},
			wantErr: `"k" is not a list`,
		},
		{
			name:    "null under the key",
			in:      `{"k": null}`,
			keys:    []string{"k"},
			wantErr: `"k" is not a list`,
		},
		{
			name:    "top-level string",
			in:      `"hello"`,
			wantErr: "expected a JSON object or list",
		},
		{
			name:    "top-level number",
			in:      `42`,
			wantErr: "expected a JSON object or list",
		},
		{
			name:    "JavaScript instead of JSON",
			in:      `window.YTD.following.part0 = [{"name": "a"}]`,
			wantErr: "invalid JSON",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantOff := strings.Index(tt.in, "§")
			in := strings.Replace(tt.in, "§", "", 1)
			f := memFile("data/list.json", in)
			var got []string
			found, err := eachJSON(strings.NewReader(in), f, tt.keys, func(v jsonItem) error {
				got = append(got, v.Name)
				return nil
			})
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("elements = %q, want %q", got, tt.want)
			}
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("error: %v", err)
				}
				if found != tt.wantFound {
					t.Errorf("found = %v, want %v", found, tt.wantFound)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %q", tt.wantErr)
			}
			checkPlaced(t, err)
			e, _ := errors.AsType[*Error](err)
			if e.File != "export.zip!data/list.json" {
				t.Errorf("error names %q, want the file", e.File)
			}
			if !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("error %q does not say %q", err, tt.wantErr)
			}
			if e.Line != 0 || e.Offset < 0 || e.Offset > int64(len(in)) {
				t.Errorf("error at line %d, byte %d; want a byte offset within the %d bytes", e.Line, e.Offset, len(in))
			}
			if tt.wantOff && e.Offset != int64(wantOff) {
				t.Errorf("error at byte %d, want byte %d (%q)", e.Offset, wantOff, in[wantOff:])
			}
		})
	}
}

// TestEachJSONCallbackError checks that an error from fn stops the stream
// and is returned unchanged, so that an importer's own placed error reaches
// the user as the importer wrote it.
func TestEachJSONCallbackError(t *testing.T) {
	f := memFile("list.json", `[{"name": "a"}, {"name": "b"}, {"name": "c"}]`)
	stop := lineErrorf(f, 7, "bad entry")
	var got []string
	found, err := eachJSON(strings.NewReader(`[{"name": "a"}, {"name": "b"}, {"name": "c"}]`), f, nil, func(v jsonItem) error {
		got = append(got, v.Name)
		if v.Name == "b" {
			return stop
		}
		return nil
	})
	if err != stop {
		t.Errorf("error = %v, want the callback's error unchanged", err)
	}
	if !found {
		t.Errorf("found = false after streaming elements")
	}
	if !reflect.DeepEqual(got, []string{"a", "b"}) {
		t.Errorf("elements = %q, want a, b then stop", got)
	}
}

// TestEachJSONStreams checks that elements reach fn as they are decoded,
// before the rest of the input is read, and that an already placed error
// from the reader below (size limit, invalid UTF-8) passes through as is.
func TestEachJSONStreams(t *testing.T) {
	f := memFile("list.json", "")
	below := &Error{File: f.String(), Offset: 12345, Err: ErrTooBig}
	r := io.MultiReader(strings.NewReader(`{"k": [{"name": "a"}, {"name": "b"}, `), iotest.ErrReader(below))
	var got []string
	_, err := eachJSON(r, f, []string{"k"}, func(v jsonItem) error {
		got = append(got, v.Name)
		return nil
	})
	if !reflect.DeepEqual(got, []string{"a", "b"}) {
		t.Errorf("elements = %q, want a, b before the read error", got)
	}
	if err != below {
		t.Errorf("error = %v, want the reader's *Error unchanged", err)
	}
}

// TestEachJSONOverOpenText runs eachJSON the way importers do, over
// openText, so that encoding and size errors keep their own position.
func TestEachJSONOverOpenText(t *testing.T) {
	tests := []struct {
		name    string
		data    string
		limit   int64
		want    []string
		wantErr string
		wantIs  error
	}{
		{name: "BOM and pretty-printing", data: "\xEF\xBB\xBF{\n  \"k\": [\n    {\n      \"name\": \"Jos\\u00c3\\u00a9\"\n    }\n  ]\n}\n", want: []string{"Jos\u00c3\u00a9"}},
		{name: "Windows-1252 name", data: "{\n  \"k\": [\n    {\"name\": \"a\"},\n    {\"name\": \"caf\xe9\"}\n  ]\n}\n", wantErr: "line 4: byte 47 (0xE9) is not UTF-8"},
		{name: "over the size limit", data: `{"k": [{"name": "a"}, {"name": "b"}]}`, limit: 25, wantIs: ErrTooBig},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := memFile("list.json", tt.data)
			if tt.limit > 0 {
				f.limit = tt.limit
			}
			var got []string
			// openText reads ahead, so an error can come from it or from
			// eachJSON; either way it must be placed.
			tf, err := openText(f)
			if err == nil {
				_, err = eachJSON(tf, f, []string{"k"}, func(v jsonItem) error {
					got = append(got, v.Name)
					return nil
				})
				tf.Close()
			}
			checkPlaced(t, err)
			switch {
			case tt.wantErr != "":
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("error = %v, want %q", err, tt.wantErr)
				}
			case tt.wantIs != nil:
				if !errors.Is(err, tt.wantIs) {
					t.Errorf("error = %v, want one wrapping %v", err, tt.wantIs)
				}
			default:
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, tt.want) {
					t.Errorf("elements = %q, want %q", got, tt.want)
				}
			}
		})
	}
}
