package csvsep

import "testing"

func TestCount(t *testing.T) {
	for _, tt := range []struct {
		rec           string
		commas, semis int
	}{
		{"", 0, 0},
		{"a,b;c", 1, 1},
		{`"a,b;c";d;e`, 0, 2},
		{`"Remarques, divers";x,y`, 1, 1},
		{`"a""b,c",d`, 1, 0},
		{`"unclosed,;`, 0, 0},
	} {
		c, s := Count([]byte(tt.rec))
		if c != tt.commas || s != tt.semis {
			t.Errorf("Count(%q) = %d, %d; want %d, %d", tt.rec, c, s, tt.commas, tt.semis)
		}
	}
}
