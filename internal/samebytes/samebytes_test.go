package samebytes

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// Readers answers for streams that differ anywhere, in length or in one
// byte at their start, middle or end, past a block and at its edges, and
// whichever of the two is given first.
func TestReaders(t *testing.T) {
	big := strings.Repeat("p0123456789ab,Ada Lovelace,linkedin:ada\n", 2*block/40) // about two blocks
	exact := strings.Repeat("x", 2*block)                                          // two blocks exactly
	flip := func(s string, i int) string { return s[:i] + "X" + s[i+1:] }
	for _, tc := range []struct {
		name string
		a, b string
		want bool
	}{
		{"empty", "", "", true},
		{"same", big, big, true},
		{"same, whole blocks", exact, exact, true},
		{"first byte", big, flip(big, 0), false},
		{"middle byte", big, flip(big, len(big)/2), false},
		{"last byte", big, flip(big, len(big)-1), false},
		{"last byte of a block", exact, flip(exact, block-1), false},
		{"shorter", big, big[:len(big)-1], false},
		{"a block shorter", exact, exact[:block], false},
		{"longer by a byte past whole blocks", exact, exact + "x", false},
		{"one empty", "", big, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, order := range [][2]string{{tc.a, tc.b}, {tc.b, tc.a}} {
				// One byte at a time on one side: ReadFull fills the
				// blocks whatever the reads give.
				got, err := Readers(strings.NewReader(order[0]), iotest.OneByteReader(strings.NewReader(order[1])))
				if err != nil || got != tc.want {
					t.Errorf("Readers = %v, %v; want %v, nil", got, err, tc.want)
				}
			}
		})
	}
}

// An error reading either stream is returned as its reader gave it.
func TestReadersError(t *testing.T) {
	bad := errors.New("disk on fire")
	s := strings.Repeat("x", block+10)
	for i, pair := range [][2]io.Reader{
		{iotest.ErrReader(bad), strings.NewReader(s)},
		{strings.NewReader(s), io.MultiReader(strings.NewReader(s[:block+5]), iotest.ErrReader(bad))},
	} {
		if got, err := Readers(pair[0], pair[1]); got || !errors.Is(err, bad) {
			t.Errorf("pair %d: Readers = %v, %v; want false, %v", i, got, err, bad)
		}
	}
}

// ReadersWith answers as Readers, its buffers used for stream after
// stream, and refuses buffers it cannot read with.
func TestReadersWith(t *testing.T) {
	big := strings.Repeat("p0123456789ab,Ada Lovelace,linkedin:ada\n", 2*block/40)
	row := "network,id\nlinkedin,ann-lee\n"
	flip := func(s string, i int) string { return s[:i] + "X" + s[i+1:] }
	x, y := NewBuffers()
	for _, tc := range []struct {
		name string
		a, b string
		want bool
	}{
		{"empty", "", "", true},
		{"small, same", row, row, true},
		{"small, last byte", row, flip(row, len(row)-1), false},
		{"big, same", big, big, true},
		{"big, last byte", big, flip(big, len(big)-1), false},
		{"small after big", row, row, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ReadersWith(strings.NewReader(tc.a), iotest.OneByteReader(strings.NewReader(tc.b)), x, y)
			if err != nil || got != tc.want {
				t.Errorf("ReadersWith = %v, %v; want %v, nil", got, err, tc.want)
			}
		})
	}
	if _, err := ReadersWith(strings.NewReader(row), strings.NewReader(row), nil, nil); err == nil {
		t.Error("ReadersWith with empty buffers: no error")
	}
}
