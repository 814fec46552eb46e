package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/clipperhouse/displaywidth"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// TestImportTablesEmojiAligned checks that a name with an emoji a terminal
// draws wider than tablewriter measures it (a heart and VS16, a skin tone,
// a family joined by ZWJs, a keycap) keeps its row's borders in line with
// the others: every line of the tables is as wide on screen, measured by
// grapheme as a terminal draws it.
func TestImportTablesEmojiAligned(t *testing.T) {
	names := []string{"Zoë ❤️ Park", "Sam 👍🏽 Ortiz", "Lia 👨‍👩‍👧 Moreau", "Kim 1️⃣ Dale", "Ana 🇫🇷 Roy", "Bob Smith"}
	var accounts []audit.Account
	for i, n := range names {
		id := strings.Repeat("x", i+1)
		accounts = append(accounts,
			audit.Account{Network: audit.Twitter, Relation: audit.Following, ID: strings.Repeat("1", i+1), Name: n, Handle: "h" + id},
			audit.Account{Network: audit.Instagram, Relation: audit.Following, ID: "ig" + id, Name: n, Handle: "ig" + id})
	}
	people := audit.Merge(accounts, nil)
	for _, ascii := range []bool{true, false} {
		var out bytes.Buffer
		if err := writeImportTables(&out, people, nil, ascii); err != nil {
			t.Fatal(err)
		}
		text := out.String()
		// Each table's lines start with a border and are as wide as its
		// first line.
		width := -1
		for _, line := range strings.Split(text, "\n") {
			if line == "" || !strings.ContainsAny(line[:1], "+|") && !strings.ContainsAny(string([]rune(line)[:1]), "┌│├└") {
				width = -1 // text between tables
				continue
			}
			w := displaywidth.String(line)
			if width < 0 {
				width = w
			} else if w != width {
				t.Errorf("ascii %v: line %q is %d columns wide on screen, its table %d", ascii, line, w, width)
			}
		}
		if !strings.Contains(text, "Zoë ❤ Park") || !strings.Contains(text, "Lia 👨👩👧 Moreau") {
			t.Errorf("ascii %v: the names are not in the tables as expected:\n%s", ascii, text)
		}
	}
}

func TestTableText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Bob Smith", "Bob Smith"},
		{"Zoë ❤️ Park", "Zoë ❤ Park"},
		{"☺︎ Ana", "☺ Ana"},
		{"Sam 👍🏽", "Sam 👍"},
		{"👨‍👩‍👧", "👨👩👧"},
		{"1️⃣ Kim", "1 Kim"},
		{"Ana 🇫🇷", "Ana FR"},
		{"🇫🇷🇩🇪 Mia", "FRDE Mia"},
		{"lone 🇫", "lone 🇫"},
	} {
		if got := tableText(c.in); got != c.want {
			t.Errorf("tableText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
