package importers

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/bench/synth"
)

// Every id the importers make is a ledger key the ledger reads back as
// itself: the keys the person copies from the reports, and those the tool
// writes, are never refused or changed by the ledger's reading of keys
// typed by hand (lower case, no @, no web address or separator).
func TestImportedIDsAreLedgerKeys(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "sample", "*"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no sample exports: %v", err)
	}
	// LinkedIn's ids made from names outside ASCII, which no sample has:
	// read back escaped as a profile URL's, they once matched nothing.
	li := filepath.Join(t.TempDir(), "linkedin")
	for name, text := range map[string]string{
		"Connections.csv":     "First Name,Last Name,Email Address,Company,Position,Connected On\nÅsa,Nørgaard,,,,05 Jan 2019\nThảo,Nguyễn,,,,06 Feb 2020\n",
		"Member_Follows.csv":  "Date,Status,FullName\n2025-01-20 10:02:11,Active,Søren Ås\n",
		"Company Follows.csv": "Organization,Followed On\nBjørn Design,Mon Jan 20 10:02:11 UTC 2025\n",
	} {
		writeFile(t, filepath.Join(li, name), text)
	}
	// And Facebook's, from a few hundred invented names (Søren, Østergaard,
	// Nguyễn), in place of the sample's few.
	fb := filepath.Join(t.TempDir(), "facebook.zip")
	if err := synth.CreateFile(fb, func(w io.Writer) error { return synth.FacebookZip(w, 300, 100, 0, 1) }); err != nil {
		t.Fatal(err)
	}
	paths = slices.DeleteFunc(paths, func(p string) bool {
		base := filepath.Base(p)
		return strings.Contains(base, "LinkedIn") || strings.HasPrefix(base, "facebook-")
	})
	paths = append(paths, li, fb)
	accs, _, err := Read(paths, Options{}, All())
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note\n")
	var keys []string
	for i, a := range accs {
		k := a.Key()
		if strings.ContainsAny(k, ",\"\n") {
			t.Fatalf("key %q would need quoting in a CSV cell", k)
		}
		if slices.Contains(keys, k) {
			continue
		}
		keys = append(keys, k)
		fmt.Fprintf(&b, "p%012x,,%s,,,,,,,\n", i+1, k)
	}
	l, err := audit.ReadLedger(strings.NewReader(b.String()), "ledger.csv", audit.NewDate(2026, 11, 25))
	if err != nil {
		t.Fatalf("the imported ids as ledger keys: %v", err)
	}
	var got []string
	for _, r := range l.Rows() {
		got = append(got, r.Accounts...)
	}
	if !slices.Equal(got, keys) {
		for i := range min(len(got), len(keys)) {
			if got[i] != keys[i] {
				t.Errorf("key %q read back as %q", keys[i], got[i])
			}
		}
		t.Fatalf("%d keys read back, want %d", len(got), len(keys))
	}
	if len(keys) < 40 {
		t.Errorf("only %d keys in the samples: the test proves little", len(keys))
	}
}
