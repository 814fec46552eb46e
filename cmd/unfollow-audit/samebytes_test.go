package main

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// sameBytes compares the files at two paths (package samebytes compares
// what they hold, edge cases and all): the same, one byte apart, and a
// file missing.
func TestSameBytes(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	big := strings.Repeat("p0123456789ab,Ada Lovelace,linkedin:ada\n", 20000) // past one block
	a, b, c := write("a.csv", big), write("b.csv", big), write("c.csv", big[:len(big)-2]+"X\n")
	for _, tc := range []struct {
		x, y string
		want bool
	}{{a, b, true}, {a, c, false}, {c, a, false}} {
		if got, err := sameBytes(tc.x, tc.y); err != nil || got != tc.want {
			t.Errorf("sameBytes(%s, %s) = %v, %v; want %v, nil", filepath.Base(tc.x), filepath.Base(tc.y), got, err, tc.want)
		}
	}
	if _, err := sameBytes(a, filepath.Join(dir, "gone.csv")); err == nil {
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
