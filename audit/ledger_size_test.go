package audit_test

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// fillReader hands out n bytes of one letter, counting what was read.
type fillReader struct{ n, read int64 }

func (f *fillReader) Read(p []byte) (int, error) {
	if f.read >= f.n {
		return 0, io.EOF
	}
	p = p[:min(int64(len(p)), f.n-f.read)]
	for i := range p {
		p[i] = 'n'
	}
	f.read += int64(len(p))
	return len(p), nil
}

// A ledger row larger than any a spreadsheet writes (a file of one 2 GB
// line saved under the ledger's name, a note a program wrote without
// end) is refused on its line, once about MaxLedgerRowBytes of it are
// read: held whole, a 500 MB line took 3.9 GB of memory, and was kept.
func TestReadLedgerRowTooLarge(t *testing.T) {
	ok := "p1,Ada,facebook:ada.1,,,,,,,,yes\n"
	tests := []struct {
		name string
		head string // before the long cell
		line int
	}{
		{"a long note, quoted", stdHeader + "\n" + ok + "p2,Bob,twitter:2,,,,,,,\"", 3},
		{"a long note, plain", stdHeader + "\n" + ok + "p2,Bob,twitter:2,,,,,,,", 3},
		{"one long line for a header", "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fill := &fillReader{n: 4 * audit.MaxLedgerRowBytes}
			_, err := audit.ReadLedger(io.MultiReader(strings.NewReader(tt.head), fill), "ledger.csv", audit.NewDate(2026, 12, 1))
			var le *audit.LedgerError
			if !errors.As(err, &le) {
				t.Fatalf("error %v, want a *LedgerError", err)
			}
			if le.Line != tt.line || !strings.Contains(le.Msg, "larger than 16 MiB") || !strings.Contains(le.Msg, "ledger.previous.csv") {
				t.Errorf("error %q (line %d), want line %d said larger than 16 MiB, with what to do", err, le.Line, tt.line)
			}
			if fill.read > 2*audit.MaxLedgerRowBytes {
				t.Errorf("read %d bytes of the long row before failing, want at most %d", fill.read, 2*audit.MaxLedgerRowBytes)
			}
		})
	}
}
