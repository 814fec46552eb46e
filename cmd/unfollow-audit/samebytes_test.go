package main

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// sameBytes compares two files as they are read, a block at a time: the
// answer for files that differ anywhere, in length or in one byte at
// their start, middle or end, and for a file that is missing.
func TestSameBytes(t *testing.T) {
	big := strings.Repeat("p0123456789ab,Ada Lovelace,linkedin:ada\n", 5000) // past one block
	flip := func(s string, i int) string { return s[:i] + "X" + s[i+1:] }
	for _, tc := range []struct {
		name string
		a, b string
		want bool
	}{
		{"empty", "", "", true},
		{"same", big, big, true},
		{"first byte", big, flip(big, 0), false},
		{"middle byte", big, flip(big, len(big)/2), false},
		{"last byte", big, flip(big, len(big)-1), false},
		{"shorter", big, big[:len(big)-1], false},
		{"longer", big, big + "\n", false},
		{"one empty", "", big, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			a, b := filepath.Join(dir, "a.csv"), filepath.Join(dir, "b.csv")
			if err := os.WriteFile(a, []byte(tc.a), 0o600); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(b, []byte(tc.b), 0o600); err != nil {
				t.Fatal(err)
			}
			for _, order := range [][2]string{{a, b}, {b, a}} {
				got, err := sameBytes(order[0], order[1])
				if err != nil || got != tc.want {
					t.Errorf("sameBytes(%s, %s) = %v, %v; want %v, nil", filepath.Base(order[0]), filepath.Base(order[1]), got, err, tc.want)
				}
			}
		})
	}
	dir := t.TempDir()
	there := filepath.Join(dir, "a.csv")
	if err := os.WriteFile(there, []byte(big), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := sameBytes(there, filepath.Join(dir, "gone.csv")); err == nil {
		t.Error("sameBytes with a missing file: no error")
	}
}

// sameBytes holds two blocks, not two files: comparing a big ledger with
// a copy of the same size allocates the same whatever the size (the files
// read whole were 2 x 203 MiB for a 2M-row ledger).
func TestSameBytesMemory(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.csv"), filepath.Join(dir, "b.csv")
	data := []byte(strings.Repeat("p0123456789ab,Ada Lovelace,linkedin:ada\n", 100_000)) // 4 MB
	for _, p := range []string{a, b} {
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	same, err := sameBytes(a, b)
	runtime.ReadMemStats(&after)
	if err != nil || !same {
		t.Fatalf("sameBytes of two copies = %v, %v; want true, nil", same, err)
	}
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 1<<20 {
		t.Errorf("sameBytes of two 4 MB files allocated %d bytes: it reads them whole", grew)
	}
}
