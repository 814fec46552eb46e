package audit

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

// TestCSVWriterMatchesEncodingCSV pins the fast writer to encoding/csv's
// output for the neutralised cells.
func TestCSVWriterMatchesEncodingCSV(t *testing.T) {
	cells := []string{"", "plain", "with,comma", `with "quote"`, "new\nline", "cr\rhere", " leading space",
		"\tTab", "\u00a0nbsp", `\.`, "=1+1", "=a,b", `-"q"`, "'", "''", "'x", "@h", "+33", "é,è", "trailing ", "\r", "\n",
		`\x`, `\.x`, "\x00", "\u2003em", "\x85", "\xff", "~", "!", "Ada Lovelace", "https://x.example/?a=1",
		"x;=cmd|' /C calc'!A0;", "a;'=b", "a,=b", ";@", "a;b"}
	var want strings.Builder
	ew := csv.NewWriter(&want)
	var got strings.Builder
	gw := newCSVWriter(&got)
	for i := range cells {
		for j := range cells {
			rec := []string{cells[i], cells[j], "end"}
			neut := make([]string, len(rec))
			for k, c := range rec {
				neut[k] = Neutralize(c)
			}
			if err := ew.Write(neut); err != nil {
				t.Fatal(err)
			}
			if err := gw.Write(rec...); err != nil {
				t.Fatal(err)
			}
		}
	}
	ew.Flush()
	if err := gw.Flush(); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("fast writer differs from encoding/csv:\n got %q\nwant %q", got.String(), want.String())
	}
}

// repeated writes each cell as field does, whatever came before it in its
// column: the same plain cell again, a cell that needs quoting or
// escaping after a plain one, an empty one.
func TestRepeatedMatchesField(t *testing.T) {
	cells := []string{"unknown", "unknown", "", "unknown", "a,b", "unknown", "=1", "=1", "unfollow", "'x", "unfollow",
		" space", "x\ny", "x\ny", `\.`, "plain"}
	var got, want []byte
	rw, fw := newChunkWriter(64), newChunkWriter(64)
	for _, c := range cells {
		rw.repeated(2, c)
		rw.buf = append(rw.buf, ',')
		fw.field(c)
		fw.buf = append(fw.buf, ',')
	}
	got, want = rw.buf, fw.buf
	if string(got) != string(want) {
		t.Errorf("repeated wrote %q, field %q", got, want)
	}
	if rw.last[2] != "plain" {
		t.Errorf("last plain cell %q, want %q", rw.last[2], "plain")
	}
}

// hasSpecial, which looks at eight bytes at a time, finds each special
// character at every place in strings of up to 20 bytes, with bytes on
// either side that differ from it by one bit or are above 0x7f, and finds
// none where there is none.
func TestHasSpecial(t *testing.T) {
	fillers := []byte{'a', 0x80, 0xff, ',' ^ 1, '"' ^ 1, '\r' ^ 1, '\n' ^ 1, 0, ' '}
	for n := 1; n <= 20; n++ {
		for _, f := range fillers {
			b := []byte(strings.Repeat(string(rune(f)), n))
			if f >= 0x80 {
				b = make([]byte, n)
				for i := range b {
					b[i] = f
				}
			}
			if hasSpecial(string(b)) {
				t.Fatalf("found a special character in %q", b)
			}
			for at := range n {
				for _, c := range []byte{',', '"', '\r', '\n'} {
					old := b[at]
					b[at] = c
					if !hasSpecial(string(b)) {
						t.Fatalf("missed %q at %d in %q", c, at, b)
					}
					b[at] = old
				}
			}
		}
	}
}

// TestWriteChunksInOrder checks that formatting on several goroutines
// gives exactly the rows of a single pass, in order, and stops on error.
func TestWriteChunksInOrder(t *testing.T) {
	n := 5*chunkRows + 17
	rows := func(cw *csvWriter, from, to int) error {
		for i := from; i < to; i++ {
			if err := cw.Write(strings.Repeat("x", i%7), "=row", fmt.Sprint(i)); err != nil {
				return err
			}
		}
		return nil
	}
	var want strings.Builder
	cw := newCSVWriter(&want)
	if err := rows(cw, 0, n); err != nil {
		t.Fatal(err)
	}
	cw.Flush()
	var got strings.Builder
	if err := writeChunks(&got, n, rows); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Fatalf("chunked output differs from one pass (%d vs %d bytes)", got.Len(), want.Len())
	}
	boom := errors.New("boom")
	err := writeChunks(io.Discard, n, func(cw *csvWriter, from, to int) error {
		if from >= 3*chunkRows {
			return boom
		}
		return rows(cw, from, to)
	})
	if !errors.Is(err, boom) {
		t.Fatalf("error = %v, want the row function's", err)
	}
}

// writeChunksTo gives each file its own rows, in order, as one pass
// writing them one after the other would, however the chunks fall.
func TestWriteChunksToSeveralFiles(t *testing.T) {
	for _, n := range []int{0, 3, 2 * chunkRows, 5*chunkRows + 17} {
		rows := func(cws []*csvWriter, from, to int) error {
			for i := from; i < to; i++ {
				if err := cws[0].Write("a", fmt.Sprint(i)); err != nil {
					return err
				}
				if i%3 == 0 { // the second file has fewer rows
					if err := cws[1].Write(fmt.Sprint(i), "b,"); err != nil {
						return err
					}
				}
			}
			return nil
		}
		var want [2]strings.Builder
		cws := []*csvWriter{newCSVWriter(&want[0]), newCSVWriter(&want[1])}
		if err := rows(cws, 0, n); err != nil {
			t.Fatal(err)
		}
		cws[0].Flush()
		cws[1].Flush()
		var got [2]strings.Builder
		if err := writeChunksTo([]io.Writer{&got[0], &got[1]}, n, rows); err != nil {
			t.Fatal(err)
		}
		for i := range got {
			if got[i].String() != want[i].String() {
				t.Errorf("n=%d: file %d differs from one pass (%d vs %d bytes)", n, i, got[i].Len(), want[i].Len())
			}
		}
	}
}

// Any cell, any second cell: the writer writes what encoding/csv writes
// for the neutralised cells.
func FuzzCSVWriter(f *testing.F) {
	for _, s := range []string{"", "plain", "a,b", "=1", "'", `\.`, " x", "\u00a0x", "\x85", "é", "\n", "x;=1", "a;b", "12345678;+9"} {
		f.Add(s, "x")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		var want strings.Builder
		ew := csv.NewWriter(&want)
		if err := ew.Write([]string{Neutralize(a), Neutralize(b)}); err != nil {
			t.Fatal(err)
		}
		ew.Flush()
		var got strings.Builder
		gw := newCSVWriter(&got)
		if err := gw.Write(a, b); err != nil {
			t.Fatal(err)
		}
		if err := gw.Flush(); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("cells %q, %q: wrote %q, encoding/csv %q", a, b, got.String(), want.String())
		}
	})
}

// failAfter accepts n bytes, then fails every write.
type failAfter struct{ n int }

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		k := f.n
		f.n = 0
		return k, errors.New("disk full")
	}
	f.n -= len(p)
	return len(p), nil
}

// Once a write failed, every later record returns the error, and what a
// caller that goes on writing formats is dropped, not kept in memory.
func TestCSVWriterKeepsFirstErrorAndDropsRest(t *testing.T) {
	cw := newCSVWriter(&failAfter{n: 1000})
	row := strings.Repeat("x", 1000)
	var first error
	for i := range 1000 {
		err := cw.Write(row, fmt.Sprint(i))
		if first == nil {
			first = err
		}
		if first != nil && err == nil {
			t.Fatalf("row %d: no error after %v", i, first)
		}
	}
	if first == nil || cw.Flush() == nil {
		t.Fatal("a write failed and no error came back")
	}
	if len(cw.buf) > csvFlushAt+2*len(row) {
		t.Errorf("%d bytes kept after the error, want at most one buffer's worth", len(cw.buf))
	}
}
