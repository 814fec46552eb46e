package importers

import (
	"fmt"
	"slices"
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
		// A spreadsheet's "Text (Tab delimited)": the notes' paragraph
		// unquoted, its commas bare, before the header.
		{"LinkedIn connections with tabs", "Notes:\t\t\t\t\t\t\nWhen exporting, you may notice, that\t\t\t\t\t\t\n\t\t\t\t\t\t\nFirst Name\tLast Name\tURL\tEmail Address\tCompany\tPosition\tConnected On\n", '\t'},
		{"member follows with tabs", "Date\tStatus\tFullName\n", '\t'},
		{"Mastodon with tabs", "Account address\tShow boosts\tNotify on new posts\tLanguages\n", '\t'},
		{"tabs in an unknown header", "a\tb\tc\nd\te\n", ','},
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
				got = append(got, strings.Clone(strings.Join(rec, "|"))) // lent: a record of one cell joins to itself
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			checkLines(t, got, tt.want)
		})
	}
}

// TestCSVEachReadsAhead checks that records parsed a batch ahead of fn
// come to fn in order, with their lines, and that errors come as they
// would one record at a time: fn's first, else the reading error after
// every record before it.
func TestCSVEachReadsAhead(t *testing.T) {
	var b strings.Builder
	b.WriteString("a,b\n")
	for i := range 5000 {
		if i == 3000 {
			b.WriteString("\n,\n") // blank and padding rows are skipped
		}
		fmt.Fprintf(&b, "%d,\"x\ny\"\n", i) // two lines a record
	}
	data := b.String()
	type seen struct {
		n, lastLine int
		rec         string
	}
	read := func(data string, stopAt int) (seen, error) {
		cf, err := openCSV(memFile("x.csv", data))
		if err != nil {
			t.Fatal(err)
		}
		defer cf.Close()
		var s seen
		err = cf.each(func(rec []string, line int) error {
			if s.n == stopAt {
				return fmt.Errorf("stop at %d", s.n)
			}
			s.n++
			s.lastLine, s.rec = line, strings.Join(rec, "|")
			return nil
		})
		return s, err
	}
	s, err := read(data, -1)
	if err != nil || s.n != 5001 || s.rec != "4999|x\ny" || s.lastLine != 2+4999*2+2 {
		t.Errorf("whole file: %d records, last %q on line %d, err %v; want 5001, \"4999|x\\ny\" on line %d", s.n, s.rec, s.lastLine, err, 2+4999*2+2)
	}
	s, err = read(data, 2500)
	if err == nil || err.Error() != "stop at 2500" || s.n != 2500 {
		t.Errorf("fn failing at record 2500: %d records, err %v", s.n, err)
	}
	bad := data[:strings.Index(data, "\n3500,")+1] + "3500,\"un\"closed\n" + data[strings.Index(data, "\n3501,")+1:]
	s, err = read(bad, -1)
	if err == nil || !strings.Contains(err.Error(), "x.csv") || s.n != 3501 {
		t.Errorf("bad quote in the record of 3500: %d records before it (want 3501, header included), err %v", s.n, err)
	}
}

// TestCSVEachBigRecords reads records big enough that batches end on
// their size, not their count.
func TestCSVEachBigRecords(t *testing.T) {
	var b strings.Builder
	cell := strings.Repeat("x", 300<<10)
	for i := range 40 {
		fmt.Fprintf(&b, "%d,%s\n", i, cell)
	}
	cf, err := openCSV(memFile("big.csv", b.String()))
	if err != nil {
		t.Fatal(err)
	}
	defer cf.Close()
	n := 0
	err = cf.each(func(rec []string, line int) error {
		if rec[0] != fmt.Sprint(n) || len(rec[1]) != len(cell) || line != n+1 {
			return fmt.Errorf("record %d: %q..., line %d", n, rec[0], line)
		}
		n++
		return nil
	})
	if err != nil || n != 40 {
		t.Errorf("%d records, err %v; want 40", n, err)
	}
}

// A CSV file whose lines end with a lone CR (Excel for Mac's "CSV
// (Macintosh)") reads as with LF ends. encoding/csv ends lines at LF only:
// the file was one record, a header without rows, and read as an empty
// list.
func TestCSVLoneCR(t *testing.T) {
	tests := []struct {
		name string
		imp  Importer
		path string
		data string
		want []string // account IDs
	}{
		{"Mastodon with a header", Mastodon{}, "following_accounts.csv",
			"Account address,Show boosts\ralice@example.social,true\rbob@example.social,false\r", []string{"alice@example.social", "bob@example.social"}},
		{"Mastodon without a header", Mastodon{}, "following_accounts.csv",
			"alice@example.social\rbob@example.social", []string{"alice@example.social", "bob@example.social"}},
		{"YouTube", YouTube{}, "Takeout/YouTube and YouTube Music/subscriptions/subscriptions.csv",
			"Channel Id,Channel Url,Channel Title\rUCsXVk37bltHxD1rDPwtNM8Q,http://www.youtube.com/channel/UCsXVk37bltHxD1rDPwtNM8Q,\"Kurz\r\ngesagt\"\r\r",
			[]string{"UCsXVk37bltHxD1rDPwtNM8Q"}},
		{"LinkedIn with its notes", LinkedIn{}, "Connections.csv",
			"Notes:\r\"When exporting, you may notice\"\r\rFirst Name;Last Name;URL;Email Address;Company;Position;Connected On\rAnn;Lee;https://www.linkedin.com/in/ann-lee;;;;30 May 2024\r",
			[]string{"ann-lee"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := memFile(tt.path, tt.data)
			claim(tt.imp, f)
			accs, err := tt.imp.Import([]*File{f})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range accs {
				got = append(got, a.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("IDs %q, want %q", got, tt.want)
			}
		})
	}
}
