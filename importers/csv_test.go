package importers

import (
	"strings"
	"testing"
)

// TestCSVComma checks the separator openCSV picks from the start of a
// file: ';' only for a spreadsheet's re-save in a locale that uses it.
func TestCSVComma(t *testing.T) {
	tests := []struct {
		name, head string
		want       rune
	}{
		{"empty", "", ','},
		{"LinkedIn connections", liNotes + liHeader, ','},
		{"LinkedIn connections with ;", "Notes:\n\"When exporting, you may notice, that\"\n\nFirst Name;Last Name;URL;Email Address;Company;Position;Connected On\n", ';'},
		{"LinkedIn notes padded with ;", "\ufeffNotes:;;;;;;\r\n\"When exporting, you may notice\";;;;;;\r\n", ';'},
		{"LinkedIn notes padded with ,", "Notes:,,,,,,\r\n\"When exporting; you may notice\",,,,,,\r\n", ','},
		{"quoted header with ;", `"First Name";"Last Name";"URL"` + "\n", ';'},
		{"header in another case, spaced", "  FIRST NAME ; last name \n", ';'},
		{"member follows", "Date;Status;FullName\n", ';'},
		{"member follows, older form", "To;To Name\n", ';'},
		{"company follows", "Organization;Followed On\n", ';'},
		{"company follows with ,", "Organization,Followed On\nNorthwind; Inc.,x\n", ','},
		{"Mastodon, two columns", "Account address;Show boosts\n", ';'},
		{"Mastodon", mdHdr, ','},
		{"Mastodon, header-less", "jonas_thal@fosstodon.org\namelie_d@mastodon.social\n", ','},
		{"YouTube, localised, ;", "Kanal-ID;Kanal-URL;Kanaltitel\n", ';'},
		{"YouTube, localised, ,", "Kanal-ID,Kanal-URL,Kanaltitel\n", ','},
		{"YouTube, ; inside quotes", `"ID;x","URL;y","Title;z"` + "\n", ','},
		{"YouTube, , inside quotes", `"ID,x";"URL,y";"Title,z"` + "\n", ';'},
		{"one unknown ; then ,", "a;b\nc,d\n", ','},
		{"one unknown ; only", "a;b\n", ','},
		{"blank lines first", "\r\n\r\n;;\r\n", ';'},
		{"a line break inside quotes", "\"a\nb;c;d\"\nx,y\n", ','},
		{"cut inside quotes", "\"a,b;c;d", ','},
	}
	for _, tt := range tests {
		if got := csvComma([]byte(tt.head)); got != tt.want {
			t.Errorf("%s: csvComma(%q) = %q, want %q", tt.name, tt.head, got, tt.want)
		}
	}
}

// TestOpenCSVComma checks that openCSV reads records with the separator it
// found, and sniffs no further than the head.
func TestOpenCSVComma(t *testing.T) {
	tests := []struct {
		name, data string
		want       []string // records, fields joined by "|"
	}{
		{"comma", "a,b\n\"c;d\",e\n", []string{"a|b", "c;d|e"}},
		{"semicolon", "Kanal-ID;Kanal-URL;Kanaltitel\nx;y;z, w\n", []string{"Kanal-ID|Kanal-URL|Kanaltitel", "x|y|z, w"}},
		{"BOM and semicolon", "\ufeffOrganization;Followed On\r\nAcme;\"Mon; Apr\"\r\n", []string{"Organization|Followed On", "Acme|Mon; Apr"}},
		// The header lies past the 4 KiB head: the default stays.
		{"past the head", strings.Repeat("\n", headBytes) + "a;b\n", []string{"a;b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cf, err := openCSV(memFile("x.csv", tt.data))
			if err != nil {
				t.Fatal(err)
			}
			defer cf.Close()
			var got []string
			if err := cf.each(func(rec []string, _ int) error {
				got = append(got, strings.Join(rec, "|"))
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			checkLines(t, got, tt.want)
		})
	}
}
