package csvread

import (
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// TestCRToLF reads files of CR line ends in reads of every size: a lone CR
// is a line end, and the CR and LF of a CRLF (inside a quoted cell) one.
func TestCRToLF(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"a\rb\r", "a\nb\n"},
		{"a\r\nb", "a\nb"},
		{"\r\n\r\n", "\n\n"},
		{"\r\r\n\n", "\n\n\n"},
		{"a\nb", "a\nb"},
		{"", ""},
	} {
		for _, wrap := range []func(io.Reader) io.Reader{func(r io.Reader) io.Reader { return r }, iotest.OneByteReader, iotest.HalfReader} {
			got, err := io.ReadAll(CRToLF(wrap(strings.NewReader(tt.in))))
			if err != nil || string(got) != tt.want {
				t.Errorf("%q read as %q (%v), want %q", tt.in, got, err, tt.want)
			}
		}
	}
}
