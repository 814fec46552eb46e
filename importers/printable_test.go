package importers

import (
	"os"
	"path/filepath"
	"testing"
)

func TestPrintable(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ada Lovelace", "Ada Lovelace"},
		{"A\x00B", "AB"},
		{"Ann\tLee\n", "Ann Lee"},
		{"evil\u202egnp.exe", "evilgnp.exe"},
		{"\u2067Nadia\u2069", "Nadia"},
		{"family 👨\u200d👩\u200d👧", "family 👨\u200d👩\u200d👧"}, // zero-width joiners stay
		{"Zoë\u0085", "Zoë"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := printable(tt.in); got != tt.want {
			t.Errorf("printable(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Names reach the accounts printable whatever the importer.
func TestReadMakesNamesPrintable(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "your_friends.json")
	data := `{"friends_v2": [{"name": "Ann\u0000 Lee\u202e", "timestamp": 1600000000}]}`
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	accs, _, err := Read([]string{p}, Options{}, All())
	if err != nil {
		t.Fatal(err)
	}
	if len(accs) != 1 || accs[0].Name != "Ann Lee" {
		t.Fatalf("accounts %+v, want one named %q", accs, "Ann Lee")
	}
}
