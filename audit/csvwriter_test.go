package audit

import (
	"encoding/csv"
	"strings"
	"testing"
)

// TestCSVWriterMatchesEncodingCSV pins the fast writer to encoding/csv's
// output for the neutralised cells.
func TestCSVWriterMatchesEncodingCSV(t *testing.T) {
	cells := []string{"", "plain", "with,comma", `with "quote"`, "new\nline", "cr\rhere", " leading space",
		"\tTab", "\u00a0nbsp", `\.`, "=1+1", "=a,b", `-"q"`, "'", "''", "'x", "@h", "+33", "é,è", "trailing ", "\r", "\n"}
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
