package printable

import (
	"strings"
	"testing"
)

func TestLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Ada Lovelace", "Ada Lovelace"},
		{"Chloé  Martin 🌻", "Chloé  Martin 🌻"}, // spaces alone are kept as typed
		{"Mia\nHoffmann", "Mia Hoffmann"},      // Alt+Enter in a spreadsheet
		{"Mia\r\nHoffmann", "Mia Hoffmann"},
		{"Mia \r\n  Hoffmann", "Mia Hoffmann"},
		{"Mia\rHoffmann", "Mia Hoffmann"}, // a lone CR would print over the line
		{"big\tsister", "big sister"},
		{"\nMia Hoffmann\n", "Mia Hoffmann"},
		{" Mia ", " Mia "},
		{"Mia\u2028Hoffmann\u2029", "Mia Hoffmann"},
		{"Mia\u0085Hoffmann", "Mia Hoffmann"}, // NEL
		{"Mia\vHoff\fmann", "Mia Hoff mann"},
		{"Eve\x1b[2J\u202Egnp.exe\tx", "Eve?[2J?gnp.exe x"},
		{"Mia\x1b[31mHoffmann\x1b[0m", "Mia?[31mHoffmann?[0m"},
		{"\u2067Nadia\u2069", "?Nadia?"},
		{"Ann\u200fLee\u061c", "Ann?Lee?"},
		{"A\x00B\x7fC\u009bD", "A?B?C?D"},
		{"family 👨\u200d👩\u200d👧", "family 👨\u200d👩\u200d👧"}, // zero-width joiners stay
		{"Zoë\u00a0Lind", "Zoë\u00a0Lind"},                   // a no-break space prints
		{"Søren\n\x1b[31mØvergaard", "Søren ?[31mØvergaard"},
	}
	for _, tt := range tests {
		got := Line(tt.in)
		if got != tt.want {
			t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if Line(got) != got {
			t.Errorf("Line(%q) = %q changes again", tt.in, got)
		}
		if strings.ContainsAny(got, "\n\r\x1b\u202e") {
			t.Errorf("Line(%q) = %q holds a control", tt.in, got)
		}
	}
}

func TestLineAllocatesNothingForPlainText(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { _ = Line("Chloé Martin 🌻") }); n != 0 {
		t.Errorf("Line allocates %v times for plain text", n)
	}
}
