package arena

import (
	"fmt"
	"strings"
	"testing"
	"unsafe"
)

// Strings taken from the arena keep what was written, across builders
// and whatever is written after them, including strings bigger than a
// chunk, and empty ones.
func TestStrings(t *testing.T) {
	var a Strings
	var got, want []string
	for i := range 50_000 {
		s := fmt.Sprintf("string %d;", i)
		switch i % 1000 {
		case 0:
			s = strings.Repeat("x", chunk+i) // bigger than a chunk
		case 1:
			s = ""
		}
		want = append(want, s)
		if i%2 == 0 {
			got = append(got, a.Copy([]byte(s)))
			continue
		}
		b, start := a.Room(len(s))
		b.WriteString(s)
		got = append(got, a.Since(start))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("string %d = %.40q, want %.40q", i, got[i], want[i])
		}
	}
}

// After Reserve(n), n bytes of strings lie one after the other in one
// builder, where chunks would have put them in several.
func TestReserve(t *testing.T) {
	const n, each = 3 * chunk, 1024
	p := []byte(strings.Repeat("r", each))
	var a Strings
	a.Copy([]byte("before")) // in a first chunk, with room left
	a.Reserve(n)
	first := a.Copy(p)
	for i := 1; i < n/each; i++ {
		s := a.Copy(p)
		if got, want := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(first)))+uintptr(i*each); got != want {
			t.Fatalf("string %d at %#x, want %#x: not in the reserved builder", i, got, want)
		}
		if s != string(p) {
			t.Fatalf("string %d = %.20q…", i, s)
		}
	}
	// A reservation the builder already has room for keeps it.
	var b Strings
	s1 := b.Copy([]byte("ab"))
	b.Reserve(10)
	s2 := b.Copy([]byte("cd"))
	if unsafe.StringData(s2) != (*byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(s1)), 2)) {
		t.Error("Reserve with room left moved to a new builder")
	}
}
