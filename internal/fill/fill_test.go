package fill

import (
	"io"
	"strings"
	"testing"
)

func TestReader(t *testing.T) {
	for _, tt := range []struct {
		r    Reader
		want string
	}{
		{Reader{N: 5, Byte: 'x'}, "xxxxx"},
		{Reader{N: 7, LineLen: 3, Byte: 'y'}, "yy\nyy\ny"},
		{Reader{N: 0, Byte: 'z'}, ""},
	} {
		r := tt.r
		b, err := io.ReadAll(io.LimitReader(&r, 100))
		if err != nil || string(b) != tt.want || r.Served != int64(len(tt.want)) {
			t.Errorf("%+v: read %q (%v), served %d; want %q", tt.r, b, err, r.Served, tt.want)
		}
	}
	// Read in small pieces, the line feeds fall where they do read whole.
	r := Reader{N: 10, LineLen: 4, Byte: 'a'}
	var got strings.Builder
	p := make([]byte, 3)
	for {
		n, err := r.Read(p)
		got.Write(p[:n])
		if err == io.EOF {
			break
		}
	}
	if got.String() != "aaa\naaa\naa" {
		t.Errorf("read in pieces of 3: %q", got.String())
	}
}
