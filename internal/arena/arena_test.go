package arena

import (
	"fmt"
	"strings"
	"testing"
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
