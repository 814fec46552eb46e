package audit_test

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/internal/fill"
)

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
			fill := &fill.Reader{N: 4 * audit.MaxLedgerRowBytes, Byte: 'n'}
			_, err := audit.ReadLedger(io.MultiReader(strings.NewReader(tt.head), fill), "ledger.csv", audit.NewDate(2026, 12, 1))
			var le *audit.LedgerError
			if !errors.As(err, &le) {
				t.Fatalf("error %v, want a *LedgerError", err)
			}
			if le.Line != tt.line || !strings.Contains(le.Msg, "larger than 16 MiB") || !strings.Contains(le.Msg, "ledger.previous.csv") {
				t.Errorf("error %q (line %d), want line %d said larger than 16 MiB, with what to do", err, le.Line, tt.line)
			}
			if fill.Served > 2*audit.MaxLedgerRowBytes {
				t.Errorf("read %d bytes of the long row before failing, want at most %d", fill.Served, 2*audit.MaxLedgerRowBytes)
			}
		})
	}
}

// The files the tool writes in history/ are read with the ledger's cap on
// a row: one of them saved over with a file of one long line (a copy gone
// wrong) took 3.3 GB of memory for 500 MB, to be refused all the same.
func TestReadWorkspaceFilesRowTooLarge(t *testing.T) {
	tests := []struct {
		name string
		head string
		read func(io.Reader, string) error
	}{
		{"a history file", strings.Join(audit.HistoryColumns, ",") + "\n", func(r io.Reader, name string) error {
			_, err := audit.ReadHistory(r, name)
			return err
		}},
		{"runs.csv", strings.Join(audit.RunStatsColumns, ",") + "\n", func(r io.Reader, name string) error {
			_, err := audit.ReadRunStats(r, name)
			return err
		}},
		{"owners.csv", strings.Join(audit.OwnersColumns, ",") + "\n", func(r io.Reader, name string) error {
			_, err := audit.ReadOwners(r, name)
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fill := &fill.Reader{N: 4 * audit.MaxLedgerRowBytes, Byte: 'n'}
			err := tt.read(io.MultiReader(strings.NewReader(tt.head), fill), "f.csv")
			if err == nil || !strings.Contains(err.Error(), "f.csv: line 2: a row larger than 16 MiB") || strings.Count(err.Error(), "\n") > 0 {
				t.Errorf("error %v, want line 2 said larger than 16 MiB, in one line", err)
			}
			if fill.Served > 2*audit.MaxLedgerRowBytes {
				t.Errorf("read %d bytes of the long row before failing, want at most %d", fill.Served, 2*audit.MaxLedgerRowBytes)
			}
		})
	}
}

// A ledger that starts with two byte order marks (a tool that adds one
// to a file that had one) is read as with one, and written back so: the
// second mark was taken for part of the first column's name, and the
// ledger refused as missing person_id, a column the person can see.
func TestReadLedgerTwoByteOrderMarks(t *testing.T) {
	in := "\uFEFF\uFEFF" + stdHeader + "\np1,Ada,facebook:ada.1,,yes,,,,,,yes\n"
	l, err := audit.ReadLedger(strings.NewReader(in), "ledger.csv", audit.NewDate(2026, 12, 1))
	if err != nil {
		t.Fatalf("ReadLedger: %v", err)
	}
	if n := len(l.Rows()); n != 1 {
		t.Fatalf("%d rows, want 1", n)
	}
	var out strings.Builder
	if err := audit.WriteLedger(&out, l); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); !strings.HasPrefix(got, "\uFEFF"+stdHeader) {
		t.Errorf("written back as %q…, want one byte order mark before the header", got[:min(len(got), 20)])
	}
}
