package audit

import "testing"

// TestSimilarUsernames: two usernames are alike where a word of one (three
// letters or more) begins or ends a word of the other, any case.
func TestSimilarUsernames(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"noor.h", "noor.hassan", true},
		{"noor.haddad", "noor.h", true},
		{"alice.moreau", "alice.m.studio", true},
		{"jdoe", "john.doe", true},
		{"kai.ito", "kaiito", true},
		{"Noor.H", "NOOR_hassan", true},
		{"lumen.bakery", "lumen_cafe2", true},
		{"noor.h", "sol.vega", false},
		{"lumen.bakery", "sol.vega", false},
		{"consolata", "sol.vega", false}, // "sol" inside a word, neither beginning nor ending it
		{"ab_1", "ab_2", false},          // no word of three letters
		{"yara_s", "yara.s", true},
		{"x", "", false},
	} {
		if got := similarUsernames(tt.a, tt.b); got != tt.want {
			t.Errorf("similarUsernames(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := similarUsernames(tt.b, tt.a); got != tt.want {
			t.Errorf("similarUsernames(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}
