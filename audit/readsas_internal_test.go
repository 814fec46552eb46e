package audit

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestReadsAsAnyName: readsAs, with its fast way for plain ASCII names,
// gives every name as it reads, the words of its composed form one space
// apart.
func TestReadsAsAnyName(t *testing.T) {
	for _, name := range []string{
		"", " ", "  ", "Ann Lee", "Ann  Lee", " Ann Lee", "Ann Lee ", "Ann\tLee", "Ann\nLee", "Ann\rLee",
		"Ann\vLee", "Ann\fLee", "Ann\u00a0Lee", "Ann\u0085Lee", "Ann\u2028Lee", "Chloe\u0301 Martin", "Chloé Martin",
		"Chloé  Martin ", "x", "a\x1fb", "O'Brien-Smith", "\u3000Ann", "अमित शर्मा",
	} {
		want := strings.Join(strings.Fields(norm.NFC.String(name)), " ")
		if got := readsAs(name); got != want {
			t.Errorf("readsAs(%q) = %q, want %q", name, got, want)
		}
	}
}
