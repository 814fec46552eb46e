package audit

import "testing"

// Close looks the words of a relationship up folded (relPhrase.fold): a
// word of its lists that is not its own fold, with an accent or a capital
// left in, would never be found.
func TestCloseWordsFolded(t *testing.T) {
	for name, m := range map[string]map[string]uint8{"closeHeads": closeHeads, "closeQualifiers": closeQualifiers, "closeTails": closeTails} {
		for w := range m {
			var p relPhrase
			if !p.fold(w) || string(p.b[:p.n]) != w {
				t.Errorf("%s: %q folds to %q", name, w, p.b[:p.n])
			}
		}
	}
}
