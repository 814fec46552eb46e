package audit

import (
	"bytes"
	"os"
	"slices"
	"testing"
)

// TestWriteVirtualRow checks that a new person's ledger row, written
// straight from the person, is what the CSV writer gives for its cells,
// with keys that need quoting or escaping too.
func TestWriteVirtualRow(t *testing.T) {
	cols := append(slices.Clone(LedgerColumns), ColInExports, "my column")
	for _, accs := range [][]Account{
		{acc(LinkedIn, "ada-l", "Ada Lovelace")},
		{acc(Facebook, "ada.1", "Ada"), acc(Twitter, "12", "")},
		{acc(Mastodon, "ada@example.org", "Ada, PhD")},
		{acc(Facebook, `x,"y"`, "Quote")},
		{acc("=cmd", "1", "Formula")},
		{acc(" spaced", "1", "Space")},
		{acc("\u00a0nbsp", "1", "Unicode space")}, // encoding/csv quotes any leading space
		{acc("\u3000wide", "1", "Unicode space")},
		{acc("", "1", "No network")},
		{acc(YouTube, "UC\nx", "Newline")},
		{withHandle(acc(Twitter, "5", ""), "handle")},
	} {
		p := &Person{ID: "p0123456789ab"}
		for i := range accs {
			p.Accounts = append(p.Accounts, &accs[i])
		}
		r := &LedgerRow{person: p, followed: len(accs) > 1}
		var want, got bytes.Buffer
		cells := make([]string, len(cols))
		for i, c := range cols {
			cells[i] = r.virtual(c)
		}
		cw := newCSVWriter(&want)
		cw.Write(cells...)
		cw.Flush()
		cw = newCSVWriter(&got)
		writeVirtualRow(cw, r.person, r.followed, cols)
		cw.Flush()
		if got.String() != want.String() {
			t.Errorf("%s: got %q, want %q", p.Keys(), got.String(), want.String())
		}
	}
}

func TestRowsHint(t *testing.T) {
	if n := rowsHint(bytes.NewReader(make([]byte, 5000)), 100); n != 0 {
		t.Errorf("rowsHint of a reader that is not a file = %d, want 0", n)
	}
	f, err := os.CreateTemp(t.TempDir(), "ledger")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.Write(make([]byte, 5000)); err != nil {
		t.Fatal(err)
	}
	if n := rowsHint(f, 100); n != 50 {
		t.Errorf("rowsHint of a 5,000-byte file at 100 bytes a line = %d, want 50", n)
	}
}
