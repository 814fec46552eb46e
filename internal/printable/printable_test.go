package printable

import (
	"strings"
	"testing"
	"unicode/utf8"
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
		{"Ann\u200fLee\u061c", "Ann\u200fLee\u061c"}, // marks stay, as in report.html
		{"\u05e9\u05e8\u05d4 \u05db\u05d4\u05df\u200e (2)", "\u05e9\u05e8\u05d4 \u05db\u05d4\u05df\u200e (2)"},
		{"Mia\x9b31mHoffmann", "Mia?31mHoffmann"}, // a raw C1 CSI byte, not UTF-8
		{"Mia\x1b\x9b", "Mia??"},
		{"Mia\xff\xfeHo\xc3", "Mia??Ho?"},
		{"Mia\xe2\x80Lee", "Mia??Lee"}, // a cut sequence: each byte
		{"Mia\n\x9bLee", "Mia ?Lee"},
		{"Mia \ufffd Lee", "Mia \ufffd Lee"}, // a real U+FFFD is text
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
		if !utf8.ValidString(got) {
			t.Errorf("Line(%q) = %q is not UTF-8", tt.in, got)
		}
	}
}

// Valid text with nothing to replace is returned as it is, whatever its
// script or marks, without allocating: a real U+FFFD too (Line looks for
// bytes that are not UTF-8, not for the rune that stands for them).
func TestLineKeepsText(t *testing.T) {
	for _, s := range []string{
		"Chlo\u00e9 Martin \U0001f33b",
		"Chloe\u0301 Martin",                                // a combining acute
		"Nguy\u1ec5n Th\u1ecb Th\u1ee7y",                    // precomposed Vietnamese
		"a\u0323\u0302",                                     // two combining marks
		"family \U0001f468\u200d\U0001f469\u200d\U0001f467", // a ZWJ sequence
		"\u2764\ufe0f Ann",                                  // a variation selector
		"\u845b\U000e0100\u5c71",                            // an ideographic variation selector
		"\U0001f3f4\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f", // a flag of tags
		"\U0001f44b\U0001f3fd", // a skin tone
		"\u674e\u660e \u30bf\u30ed\u30a6 \uae40\ubbfc\uc900",
		"\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", // a ZWNJ in Persian
		"\u0915\u094d\u200d\u0937",                         // a ZWJ in Devanagari
		"Mia \ufffd Lee",                                   // a real U+FFFD
		"\ufffd",
		"\ufeffAnn", // a BOM kept in a name
	} {
		if got := Line(s); got != s {
			t.Errorf("Line(%q) = %q, want it as it is", s, got)
		}
		if n := testing.AllocsPerRun(100, func() { _ = Line(s) }); n != 0 {
			t.Errorf("Line(%q) allocates %v times", s, n)
		}
	}
}

func TestLineAllocatesNothingForPlainText(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { _ = Line("Chloé Martin 🌻") }); n != 0 {
		t.Errorf("Line allocates %v times for plain text", n)
	}
}

// Name cuts a name longer than NameRunes characters, at a character's
// boundary, and makes it safe as Line does; a shorter one is Line's.
func TestName(t *testing.T) {
	if got := Name("Ada\x1b[2J Lovelace"); got != "Ada?[2J Lovelace" {
		t.Errorf("Name of a short name = %q", got)
	}
	exact := strings.Repeat("é", NameRunes)
	if got := Name(exact); got != exact {
		t.Errorf("Name of %d characters is cut: %q", NameRunes, got)
	}
	got := Name(strings.Repeat("😀", 1_000_000))
	if want := strings.Repeat("😀", NameRunes) + "…"; got != want {
		t.Errorf("Name of a million emoji = %d bytes, want %d", len(got), len(want))
	}
	if got := Name(strings.Repeat("\u202e", 3*NameRunes)); got != strings.Repeat("?", NameRunes)+"…" {
		t.Errorf("Name of overrides = %q", got)
	}
}

// Link cuts a link as Name cuts a name, after LinkRunes characters.
func TestLink(t *testing.T) {
	u := "https://www.facebook.com/search/top/?q=" + strings.Repeat("%F0%9F%98%80", 1000)
	if got := Link(u); got != u[:LinkRunes]+"…" {
		t.Errorf("Link of %d bytes = %d bytes", len(u), len(got))
	}
	if short := "https://www.linkedin.com/in/ada"; Link(short) != short {
		t.Errorf("Link(%q) = %q", short, Link(short))
	}
}
