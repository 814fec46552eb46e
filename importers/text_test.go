package importers

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// stutterReader returns one byte per Read and, between bytes, a Read of
// (0, nil), which io.Reader allows; a checker keeping a rune cut by a Read
// must keep it across such an empty Read.
type stutterReader struct {
	r     io.Reader
	empty bool
}

func (s *stutterReader) Read(p []byte) (int, error) {
	s.empty = !s.empty
	if s.empty || len(p) == 0 {
		return 0, nil
	}
	return s.r.Read(p[:1])
}

// utf8Readers are the ways the tests cut the input into Reads: runes must
// be checked the same whatever the Read boundaries.
var utf8Readers = []struct {
	name string
	wrap func(io.Reader) io.Reader
}{
	{"whole", func(r io.Reader) io.Reader { return r }},
	{"one byte", iotest.OneByteReader},
	{"half", iotest.HalfReader},
	{"data with EOF", iotest.DataErrReader},
	{"one byte, data with EOF", func(r io.Reader) io.Reader { return iotest.DataErrReader(iotest.OneByteReader(r)) }},
	{"empty reads", func(r io.Reader) io.Reader { return &stutterReader{r: r} }},
}

func TestUTF8Reader(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		wantLine int  // line of the error; 0 when the input is valid
		wantByte int  // byte offset of the error
		wantChar byte // the byte named in the error
	}{
		{name: "empty", in: ""},
		{name: "ASCII", in: "First Name,Last Name\nAmelie,Durand\n"},
		{name: "two-byte runes", in: "Amélie Durand\nChloé\nZoë"},
		{name: "three-byte runes", in: "€ ₿ 東京\n"},
		{name: "four-byte runes", in: "😁🚀\n😁"},
		{name: "every width, no final newline", in: "aé€😁aé€😁Łódź"},
		{name: "replacement character is valid", in: "a\uFFFDb"},
		{name: "BOM is valid UTF-8", in: "\xEF\xBB\xBFName\n"},
		{name: "Windows-1252 at the end", in: "caf\xe9", wantLine: 1, wantByte: 3, wantChar: 0xE9},
		{name: "Windows-1252 before a newline", in: "caf\xe9\n", wantLine: 1, wantByte: 3, wantChar: 0xE9},
		{name: "Windows-1252 on a later line", in: "Name\nAmélie\nRen\xe9e,Durand\nx\n", wantLine: 3, wantByte: 16, wantChar: 0xE9},
		{name: "invalid byte in the middle", in: "ab\ncd\xffef\ngh", wantLine: 2, wantByte: 5, wantChar: 0xFF},
		{name: "invalid after a multi-byte rune", in: "é\n😁\n€\xfe", wantLine: 3, wantByte: 11, wantChar: 0xFE},
		{name: "lead byte then ASCII", in: "Zo\xc3e\n", wantLine: 1, wantByte: 2, wantChar: 0xC3},
		{name: "three-byte lead then ASCII", in: "a\n\xe2\x82x", wantLine: 2, wantByte: 2, wantChar: 0xE2},
		{name: "stray continuation byte", in: "ab\x80cd", wantLine: 1, wantByte: 2, wantChar: 0x80},
		{name: "overlong encoding", in: "a\xc0\xafb", wantLine: 1, wantByte: 1, wantChar: 0xC0},
		{name: "surrogate half", in: "a\xed\xa0\x80b", wantLine: 1, wantByte: 1, wantChar: 0xED},
		{name: "truncated two-byte rune at EOF", in: "Zo\xc3", wantLine: 1, wantByte: 2, wantChar: 0xC3},
		{name: "truncated four-byte rune at EOF", in: "x\n\xf0\x9f\x98", wantLine: 2, wantByte: 2, wantChar: 0xF0},
		{name: "truncated rune after a newline", in: "x\n\xe2\x82", wantLine: 2, wantByte: 2, wantChar: 0xE2},
		{name: "lone lead byte", in: "\xe9", wantLine: 1, wantByte: 0, wantChar: 0xE9},
		// Lines as the CSV reader reads them (see csvread.CRToLF): a file whose
		// first line ends with a lone CR (Excel for Mac's "CSV
		// (Macintosh)") has its lines end at every CR, LF or CRLF.
		{name: "lone-CR lines", in: "Name\rAmelie\rRen\x8ee,Durand\r", wantLine: 3, wantByte: 15, wantChar: 0x8E},
		{name: "lone-CR lines, a CRLF in a cell", in: "Name\r\"a\r\nb\"\rRen\x8ee\r", wantLine: 4, wantByte: 15, wantChar: 0x8E},
		{name: "lone-CR lines, a multi-byte character after a CR", in: "Name\r\u00e9\rRen\x8ee\r", wantLine: 3, wantByte: 11, wantChar: 0x8E},
		{name: "CRLF lines", in: "Name\r\nAmelie\r\nRen\x8ee\r\n", wantLine: 3, wantByte: 17, wantChar: 0x8E},
		{name: "LF lines, a lone CR in a cell", in: "Name\n\"a\rb\"\nRen\x8ee\n", wantLine: 3, wantByte: 14, wantChar: 0x8E},
	}
	for _, tt := range tests {
		for _, rd := range utf8Readers {
			t.Run(tt.name+"/"+rd.name, func(t *testing.T) {
				f := memFile("Connections.csv", tt.in)
				got, err := io.ReadAll(newUTF8Reader(rd.wrap(strings.NewReader(tt.in)), f))
				if tt.wantLine == 0 {
					if err != nil {
						t.Fatalf("error on valid UTF-8: %v", err)
					}
					if string(got) != tt.in {
						t.Errorf("read %q, want the input %q unchanged", got, tt.in)
					}
					return
				}
				if err == nil {
					t.Fatalf("no error; read %q", got)
				}
				checkPlaced(t, err)
				e, _ := errors.AsType[*Error](err)
				if e.File != "export.zip!Connections.csv" {
					t.Errorf("error names %q, want the file", e.File)
				}
				if e.Line != tt.wantLine {
					t.Errorf("error on line %d, want %d: %v", e.Line, tt.wantLine, err)
				}
				want := fmt.Sprintf("byte %d (0x%02X) is not UTF-8", tt.wantByte, tt.wantChar)
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not say %q", err, want)
				}
				if !strings.HasPrefix(tt.in, string(got)) || len(got) > tt.wantByte+utf8MaxCarry {
					t.Errorf("passed %d bytes on before failing at byte %d", len(got), tt.wantByte)
				}
			})
		}
	}
}

// utf8MaxCarry is how many bytes of a cut rune the reader may pass on
// before it can tell that they are not UTF-8.
const utf8MaxCarry = 3

// TestUTF8ReaderPassesErrors checks that an error from the reader below
// (the size limit, a damaged zip entry) comes through unchanged.
func TestUTF8ReaderPassesErrors(t *testing.T) {
	f := memFile("a.csv", "")
	below := errorf(f, "the entry is damaged")
	r := newUTF8Reader(io.MultiReader(strings.NewReader("Zoë\n"), iotest.ErrReader(below)), f)
	got, err := io.ReadAll(r)
	if err != below {
		t.Errorf("error = %v, want the reader's error unchanged", err)
	}
	if string(got) != "Zoë\n" {
		t.Errorf("read %q before the error, want %q", got, "Zoë\n")
	}
}

func TestOpenText(t *testing.T) {
	tests := []struct {
		name    string
		data    string
		limit   int64
		want    string // what reading the text gives
		wantErr string // substring of the error from openText or from reading
		wantIs  error
	}{
		{name: "plain", data: "a,b\n1,2\n", want: "a,b\n1,2\n"},
		{name: "one byte", data: "a", want: "a"},
		{name: "two bytes", data: "é", want: "é"},
		{name: "BOM stripped", data: "\xEF\xBB\xBFFirst Name,Last Name\n", want: "First Name,Last Name\n"},
		{name: "BOM then a multi-byte rune", data: "\xEF\xBB\xBFÉmile", want: "Émile"},
		{name: "only the first BOM stripped", data: "\xEF\xBB\xBF\xEF\xBB\xBFa", want: "\xEF\xBB\xBFa"},
		{name: "BOM not at the start kept", data: "a\xEF\xBB\xBFb", want: "a\xEF\xBB\xBFb"},
		{name: "empty file", data: "", wantErr: "export.zip!data.csv: the file is empty"},
		// A BOM alone is what a spreadsheet writes for an empty sheet: the
		// file holds no text, like an empty one.
		{name: "BOM-only file", data: "\xEF\xBB\xBF", wantErr: "export.zip!data.csv: the file is empty"},
		{name: "partial BOM", data: "\xEF\xBB", wantErr: "line 1: byte 0 (0xEF) is not UTF-8"},
		{name: "Windows-1252 first byte", data: "\xe9t\xe9\n", wantErr: "export.zip!data.csv: line 1: byte 0 (0xE9) is not UTF-8"},
		{name: "UTF-16", data: "\xff\xfeN\x00a\x00m\x00e\x00", wantErr: "export.zip!data.csv: line 1: the file is UTF-16 (it starts with byte 0xFF)"},
		// UTF-16 without a byte order mark is valid UTF-8, a NUL before or
		// after every ASCII letter: no export holds a NUL.
		{name: "UTF-16 LE without BOM", data: "N\x00a\x00m\x00e\x00", wantErr: "export.zip!data.csv: line 1: byte 1 is a NUL (0x00): the file seems to be UTF-16"},
		{name: "UTF-16 BE without BOM", data: "\x00N\x00a\x00m\x00e", wantErr: "line 1: byte 0 is a NUL"},
		{name: "NUL after a line", data: "Name\nAnn\x00", wantErr: "line 2: byte 8 is a NUL"},
		{name: "NUL after an invalid byte", data: "R\xe9n\x00", wantErr: "line 1: byte 1 (0xE9) is not UTF-8"},
		{name: "Windows-1252 in the first line", data: "Ren\xe9e,Durand\n", wantErr: "line 1: byte 3 (0xE9) is not UTF-8"},
		{name: "Windows-1252 at the end", data: "Name\nRen\xe9", wantErr: "line 2: byte 8 (0xE9) is not UTF-8"},
		// A file cut inside a character (a copy interrupted in
		// "Müller") ends with the start of one: that it may be cut
		// short is said, not an encoding alone.
		{name: "cut inside a character", data: "Name\n\"M\xc3", wantErr: "line 2: byte 7 (0xC3) is not UTF-8: the file ends in the middle of a character: it was perhaps cut short"},
		{name: "cut inside a 3-byte character", data: "Name\nAmélie\n\"\xe2\x82", wantErr: "line 3: byte 14 (0xE2) is not UTF-8: the file ends in the middle of a character: it was perhaps cut short"},
		{
			name:    "Windows-1252 after the read-ahead buffer",
			data:    strings.Repeat("Amélie,Durand\n", 10000) + "Ren\xe9e,Durand\n",
			wantErr: fmt.Sprintf("line 10001: byte %d (0xE9) is not UTF-8", len("Amélie,Durand\n")*10000+3),
		},
		{name: "within the size limit", data: "0123456789", limit: 10, want: "0123456789"},
		{name: "over the size limit", data: "01234567890", limit: 10, wantIs: ErrTooBig},
		{name: "over the size limit after the buffer", data: strings.Repeat("x", 200<<10), limit: 100 << 10, wantIs: ErrTooBig},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := memFile("data.csv", tt.data)
			if tt.limit > 0 {
				f.limit = tt.limit
			}
			var got []byte
			tf, err := openText(f)
			if err == nil {
				got, err = io.ReadAll(tf)
				if cerr := tf.Close(); cerr != nil {
					t.Errorf("Close: %v", cerr)
				}
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
				if !strings.Contains(fmt.Sprint(err), "export.zip!data.csv") {
					t.Errorf("error %q does not name the file", err)
				}
			default:
				if err != nil {
					t.Fatal(err)
				}
				if string(got) != tt.want {
					t.Errorf("read %q, want %q", got, tt.want)
				}
			}
		})
	}
}

// TestOpenTextOpenError checks that a file that cannot be opened gives an
// error naming it, and that a placed error from the opener is kept.
func TestOpenTextOpenError(t *testing.T) {
	f := memFile("data/big.csv", "")
	placed := errorf(f, "the entry declares 9 bytes, %w", ErrTooBig)
	f.open = func() (io.ReadCloser, error) { return nil, placed }
	if _, err := openText(f); err != placed {
		t.Errorf("error = %v, want the opener's *Error unchanged", err)
	}
	f.open = func() (io.ReadCloser, error) { return nil, errors.New("permission denied") }
	_, err := openText(f)
	checkPlaced(t, err)
	if err == nil || !strings.Contains(err.Error(), "export.zip!data/big.csv") || !strings.Contains(err.Error(), "permission denied") {
		t.Errorf("error = %v, want one naming the file and the cause", err)
	}
}

func TestFixMojibake(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"ASCII", "Bruno Keller", "Bruno Keller"},
		{"empty", "", ""},
		{"two-byte rune", "Jos\u00c3\u00a9", "José"},
		{"several", "Am\u00c3\u00a9lie \u00c3\u0089mile Zo\u00c3\u00ab", "Amélie Émile Zoë"},
		{"three-byte rune", "\u00e2\u0082\u00ac 5", "€ 5"},
		{"emoji", "\u00f0\u009f\u0098\u0081", "😁"},
		{"emoji in a name", "Chlo\u00c3\u00a9 \u00f0\u009f\u0098\u0081", "Chloé 😁"},
		{"Polish from Meta", "\u00c5\u0081\u00c3\u00b3d\u00c5\u00ba", "Łódź"},
		{"already correct Latin-1 range", "José", "José"},
		{"already correct, runes above U+00FF", "Łódź", "Łódź"},
		{"already correct emoji", "😁", "😁"},
		{"lone Latin-1 letter", "\u00e9", "\u00e9"},
		{"lone lead byte", "\u00c3", "\u00c3"},
		{"mojibake mixed with a correct letter is left alone", "Jos\u00c3\u00a9 \u00e9", "Jos\u00c3\u00a9 \u00e9"},
		{"mojibake mixed with a rune above U+00FF is left alone", "Jos\u00c3\u00a9 \u0141", "Jos\u00c3\u00a9 \u0141"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := fixMojibake(tt.in); got != tt.want {
				t.Errorf("fixMojibake(%+q) = %+q, want %+q", tt.in, got, tt.want)
			}
		})
	}
}

// writeWords, whose fast way copies a name already single-spaced, writes
// what joining strings.Fields with single spaces gives, after a separator
// when asked.
func FuzzWriteWords(f *testing.F) {
	for _, s := range []string{"", " ", "Ada Lovelace", " Ada  Lovelace ", "Ada\tLovelace", "Amélie Brontë",
		"Ada\u00a0Lovelace", "Ada\u2003Lovelace", "Ada\u3000L", "a\u0085b", "x\u1680y", "\xc2", "\xe2\x80", "🟢 Marco", "a\x7fb"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, sep bool) {
		var b strings.Builder
		b.WriteString("x")
		gotSep := writeWords(&b, s, sep)
		want := "x"
		fields := strings.Fields(s)
		if len(fields) > 0 && sep {
			want += " "
		}
		want += strings.Join(fields, " ")
		if b.String() != want || gotSep != (sep || len(fields) > 0) {
			t.Errorf("writeWords(%q, %v) wrote %q and %v; want %q and %v", s, sep, b.String(), gotSep, want, sep || len(fields) > 0)
		}
	})
}
