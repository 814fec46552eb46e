package csvread

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/internal/fill"
)

// read reads every record with next, formatting each as it comes (the
// fields are borrowed until the next Read) with the positions of its
// fields (pos) and the offset after it (offset), and returns them and
// the error that ends the reading.
func read(next func() ([]string, error), pos func(int) (int, int), offset func() int64) (out []string, err error) {
	last := 0 // the fields of the last record read
	for {
		rec, err := next()
		if err == io.EOF {
			// The last record's positions are still told after the end
			// (encoding/csv keeps them, though its line count went on).
			if last > 0 {
				var b strings.Builder
				for i := range last {
					l, c := pos(i)
					fmt.Fprintf(&b, "@%d:%d ", l, c)
				}
				out = append(out, "after the end: "+b.String())
			}
			return out, nil
		}
		last = len(rec)
		var b strings.Builder
		for i, f := range rec {
			l, c := pos(i)
			fmt.Fprintf(&b, "%q@%d:%d ", f, l, c)
		}
		fmt.Fprintf(&b, "offset %d", offset())
		out = append(out, b.String())
		if err != nil {
			return out, err
		}
	}
}

// options are the settings of a reader, set alike on both.
type options struct {
	comma, comment rune
	fields         int
	lazy, trim     bool
}

// same reads in with encoding/csv and with Reader, set alike, and fails
// where the records, their fields' positions, the offsets or the errors
// differ. Errors are compared by value, not only by message: the callers
// take a *csv.ParseError apart (errors.As) to say where the file is wrong,
// and ParseError.Error itself tells ErrFieldCount by identity.
func same(t *testing.T, in string, o options) {
	t.Helper()
	std := csv.NewReader(strings.NewReader(in))
	std.Comma, std.Comment, std.FieldsPerRecord, std.LazyQuotes, std.TrimLeadingSpace, std.ReuseRecord = o.comma, o.comment, o.fields, o.lazy, o.trim, true
	got := NewReader(strings.NewReader(in))
	got.Comma, got.Comment, got.FieldsPerRecord, got.LazyQuotes, got.TrimLeadingSpace, got.ReuseRecord = o.comma, o.comment, o.fields, o.lazy, o.trim, true
	want, wantErr := read(std.Read, std.FieldPos, std.InputOffset)
	have, haveErr := read(got.Read, got.FieldPos, got.InputOffset)
	if !slices.Equal(have, want) || !reflect.DeepEqual(haveErr, wantErr) {
		t.Fatalf("%.200q (%+v):\n got %.500q, %#v\nwant %.500q, %#v", in, o, have, haveErr, want, wantErr)
	}
	// A cap no record reaches (the whole input's length) changes
	// nothing: a row of the ledger as long as the cap is read.
	capped := NewReader(strings.NewReader(in))
	capped.Comma, capped.Comment, capped.FieldsPerRecord, capped.LazyQuotes, capped.TrimLeadingSpace, capped.ReuseRecord = o.comma, o.comment, o.fields, o.lazy, o.trim, true
	capped.MaxRecordBytes = max(len(in), 1)
	have, haveErr = read(capped.Read, capped.FieldPos, capped.InputOffset)
	if !slices.Equal(have, want) || !reflect.DeepEqual(haveErr, wantErr) {
		t.Fatalf("%.200q (%+v), MaxRecordBytes %d:\n got %.500q, %#v\nwant %.500q, %#v", in, o, capped.MaxRecordBytes, have, haveErr, want, wantErr)
	}
}

var samples = []string{
	"",
	"a,b,c\n",
	"a,b,c",
	"a,b\r\nc,d\r\n",
	"\n\na,b\n\n\nc\n",
	"\"quoted, comma\",\"a \"\"word\"\"\",plain\n",
	"\"two\nlines\",x\n\"three\r\nlines\r\nhere\",y\n",
	"a,\"b\n",    // unterminated quote
	"a,b\"c,d\n", // bare quote
	"\"a\"b,c\n", // extraneous quote
	"a,b\nc\n",   // field count, when fixed
	"a;b;\"c;d\"\n1;2;3\n",
	"a\tb\t\"c\td\"\n",
	",,,\n,,\n",
	"\uFEFFa,b\n",
	"é,ü,\"漢字\"\n",
	"a,b\r",
	"a,\"\"\n\"\",b\n",
	"  a , b \n",
	"a,b\n\r\n",
	"x\r\ny\rz\n",
	"# a comment,\na,b\n#\nc,d\n",
	" a,  \"b\",\t c\n",
	// Lines longer than the reader's buffer (4096 bytes), a quoted field
	// longer than it across lines, and a record shorter than the one
	// before it, in the record buffer that one grew.
	strings.Repeat("x", 5000) + ",y\nshort,z\n",
	"a,\"" + strings.Repeat("q\n", 3000) + "\",b\nc,d\n",
	strings.Repeat("long,", 2000) + "end\nx\n" + strings.Repeat("y", 9000) + "\"\n",
}

func TestSameAsEncodingCSV(t *testing.T) {
	for _, in := range samples {
		for _, comma := range []rune{',', ';', '\t'} {
			for _, fields := range []int{-1, 0, 2} {
				for _, lazy := range []bool{false, true} {
					for _, trim := range []bool{false, true} {
						for _, comment := range []rune{0, '#'} {
							same(t, in, options{comma: comma, comment: comment, fields: fields, lazy: lazy, trim: trim})
						}
					}
				}
			}
		}
	}
}

// A record read is whole and right until the next Read, in the record
// buffer the one before it filled. (That a field kept past the next Read
// without a copy changes is checked by TestSpoiled, under the
// csvreadpoison tag.)
func TestBorrowedUntilNextRead(t *testing.T) {
	r := NewReader(strings.NewReader("alpha,beta\ngamma,delta\n"))
	r.ReuseRecord = true
	first, err := r.Read()
	if err != nil || !slices.Equal(first, []string{"alpha", "beta"}) {
		t.Fatalf("first record %q, %v", first, err)
	}
	second, err := r.Read()
	if err != nil || !slices.Equal(second, []string{"gamma", "delta"}) {
		t.Fatalf("second record %q, %v", second, err)
	}
}

func FuzzSameAsEncodingCSV(f *testing.F) {
	for _, s := range samples {
		f.Add(s, uint8(0), false)
	}
	f.Fuzz(func(t *testing.T, in string, c uint8, lazy bool) {
		o := options{comma: []rune{',', ';', '\t', '|'}[c%4], fields: -1, lazy: lazy, trim: c&16 != 0}
		switch {
		case c&4 != 0:
			o.fields = 0
		case c&8 != 0:
			o.fields = 2
		}
		if c&32 != 0 {
			o.comment = '#'
		}
		same(t, in, o)
	})
}

// BenchmarkRead reads lines shaped like a ledger's and a LinkedIn
// export's, a fifth of them with a quoted cell.
func BenchmarkRead(b *testing.B) {
	var in strings.Builder
	for i := range 100_000 {
		if i%5 == 0 {
			fmt.Fprintf(&in, "p%012x,Amélie Brontë,linkedin:amxlie-brontx-%x,2023-01,,,,,friend,\"met in Lyon, at the meetup\",yes\n", i, i)
			continue
		}
		fmt.Fprintf(&in, "p%012x,Amélie Brontë,linkedin:amxlie-brontx-%x,,yes,,,,,,yes\n", i, i)
	}
	b.SetBytes(int64(in.Len()))
	for b.Loop() {
		r := NewReader(strings.NewReader(in.String()))
		r.ReuseRecord = true
		for {
			if _, err := r.Read(); err == io.EOF {
				break
			} else if err != nil {
				b.Fatal(err)
			}
		}
	}
}

// UnclosedQuote tells a file that ends inside a quoted field from a quote
// not doubled, which encoding/csv reports with the same error, even on
// the last line, where a further Read ends the file in both cases.
func TestUnclosedQuote(t *testing.T) {
	tests := []struct {
		in   string
		want int // the field's line; 0: another error, or none
	}{
		{"a,b\nc,\"d", 2},
		{"a,b\nc,\"d\n", 2},
		{"a,b\r\nc,\"d\r\ne\r\n", 2},
		{"a,\"one\ntwo\",\"cut\nhere", 2},
		{"a,\"b\n\n\n", 1},
		{"\"", 1},
		{"a,\"b\"c\n", 0}, // a quote not doubled, on the last line
		{"a,\"b\"c", 0},
		{"a,\"b\"c\nd,e\n", 0},
		{"a,b\"c\n", 0}, // a bare quote
		{"a,\"b\"\n", 0},
		{"a,\"b\"", 0},
	}
	for _, tt := range tests {
		r := NewReader(strings.NewReader(tt.in))
		var err error
		for err == nil {
			_, err = r.Read()
		}
		got := r.UnclosedQuote()
		if got != tt.want {
			t.Errorf("%q: UnclosedQuote %d after %v, want %d", tt.in, got, err, tt.want)
		}
		if pe, ok := err.(*csv.ParseError); got != 0 && (!ok || pe.Err != csv.ErrQuote) {
			t.Errorf("%q: UnclosedQuote %d after %v, not csv.ErrQuote", tt.in, got, err)
		}
		if got != 0 {
			if _, err := r.Read(); err != io.EOF || r.UnclosedQuote() != 0 {
				t.Errorf("%q: the Read after gives %v, UnclosedQuote %d; want io.EOF, 0", tt.in, err, r.UnclosedQuote())
			}
		}
	}
}

// A record longer than MaxRecordBytes fails on the line it starts on,
// once about that many bytes of it were read, not the whole: a file of
// one 2 GB line would otherwise be held whole in memory.
func TestMaxRecordBytes(t *testing.T) {
	const max = 1 << 20
	tests := []struct {
		name string
		head string // records before the long one
		body io.Reader
		line int // the line the long record starts on
	}{
		{"one long line", "a,b\n", &fill.Reader{N: 64 << 20, Byte: 'x'}, 2},
		{"a quoted field of many lines", "a,b\nc,d\n", io.MultiReader(strings.NewReader("e,\""), &fill.Reader{N: 64 << 20, LineLen: 100, Byte: 'y'}), 3},
		{"a plain line after blank lines", "a,b\n\n\n", &fill.Reader{N: 64 << 20, Byte: 'z'}, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			counted := &byteCount{r: io.MultiReader(strings.NewReader(tt.head), tt.body)}
			r := NewReader(counted)
			r.FieldsPerRecord = -1
			r.MaxRecordBytes = max
			var err error
			for err == nil {
				_, err = r.Read()
			}
			var pe *csv.ParseError
			if !errors.As(err, &pe) || pe.Err != ErrRecordTooLong {
				t.Fatalf("error %v, want a *csv.ParseError of ErrRecordTooLong", err)
			}
			if pe.StartLine != tt.line {
				t.Errorf("StartLine %d, want %d", pe.StartLine, tt.line)
			}
			if counted.n > 2*max {
				t.Errorf("read %d bytes before failing, want at most %d", counted.n, 2*max)
			}
		})
	}
	// Records up to the cap are read as ever.
	in := "a,b\n\"" + strings.Repeat("q", max-8) + "\",c\n"
	r := NewReader(strings.NewReader(in))
	r.MaxRecordBytes = max
	for {
		_, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("a record under the cap: %v", err)
		}
	}
}

// byteCount counts the bytes read through it.
type byteCount struct {
	r io.Reader
	n int64
}

func (b *byteCount) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	b.n += int64(n)
	return n, err
}
