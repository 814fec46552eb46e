package main

import (
	"bytes"
	"fmt"
	"path/filepath"
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

// TestImportTablesFitATerminal: a person merged across four networks, or
// with several possible matches, has one account a line in the tables,
// and one piece of evidence a line: a table is as wide as its longest
// name, account and evidence, not as all of a person's accounts in a row
// (150 columns and more, which wrap into a tangle on an 80-column
// terminal).
func TestImportTablesFitATerminal(t *testing.T) {
	var accounts []audit.Account
	for _, n := range []string{"Ana Lima", "Chloé Martin", "Chloé Martin"} {
		accounts = append(accounts, audit.Account{Network: audit.Facebook, Relation: audit.Friend,
			ID: strings.ToLower(strings.ReplaceAll(n, " ", "-")) + fmt.Sprintf(".15807213%02d", len(accounts)), Name: n})
	}
	accounts = append(accounts,
		audit.Account{Network: audit.LinkedIn, Relation: audit.Connection, ID: "ana-lima-4821", Name: "Ana Lima"},
		audit.Account{Network: audit.LinkedIn, Relation: audit.Connection, ID: "chloe-martin-77", Name: "Chloe Martin"},
		audit.Account{Network: audit.Twitter, Relation: audit.Following, ID: "1401", Name: "Ana Lima", Handle: "analima_photo"},
		audit.Account{Network: audit.Instagram, Relation: audit.Following, ID: "analima_photo", Handle: "analima_photo"})
	longest := 0
	for _, a := range accounts {
		longest = max(longest, displaywidth.String(a.Key()))
	}
	people := audit.Merge(accounts, nil)
	var out bytes.Buffer
	if err := writeImportTables(&out, people, nil, true); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	if !strings.Contains(text, "Merged across networks (1)") || !strings.Contains(text, "Possible matches") {
		t.Fatalf("no merged person and no possible match in the tables:\n%s", text)
	}
	for _, line := range strings.Split(text, "\n") {
		if !strings.HasPrefix(line, "|") && !strings.HasPrefix(line, "+") {
			continue // prose, which a terminal wraps
		}
		// Borders and padding, the longest name, and two columns of at
		// most the longest key (longer than any evidence).
		if w := displaywidth.String(line); w > 10+displaywidth.String("Chloé Martin")+2*longest {
			t.Errorf("a table line is %d columns wide:\n%s", w, line)
		}
		if strings.Count(line, ":") > 3 { // one key a cell, and a handle's "same handle"
			t.Errorf("a line holds several accounts:\n%s", line)
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

// The "Next:" line of a run with accounts to unfollow says how, for every
// mix of networks: it said "unfollow by hand the N accounts in
// unfollow.csv", counting the YouTube channels one unsubscribes from and
// the Mastodon accounts the keep file unfollows in one import. The
// Facebook, LinkedIn and Twitter/X line is as it was.
func TestUnfollowSteps(t *testing.T) {
	n := func(network string, keep, unfollow int) audit.Counts {
		return audit.Counts{Network: network, Followed: keep + unfollow, Keep: keep, Unfollow: unfollow}
	}
	ws := filepath.Join("ws", "unfollow.csv")
	keepFile := filepath.Join("ws", audit.MastodonKeepFile)
	tests := []struct {
		name     string
		networks []audit.Counts
		want     string
	}{
		{"facebook, linkedin, twitter", []audit.Counts{n(audit.Facebook, 3, 10), n(audit.LinkedIn, 0, 12), n(audit.Twitter, 1, 2)},
			"unfollow by hand the 24 accounts in " + ws},
		{"one account", []audit.Counts{n(audit.Twitter, 1, 1)}, "unfollow by hand the account in " + ws},
		{"youtube alone", []audit.Counts{n(audit.YouTube, 2, 3)}, "unsubscribe by hand from the 3 YouTube channels in " + ws},
		{"one channel", []audit.Counts{n(audit.YouTube, 0, 1)}, "unsubscribe by hand from the YouTube channel in " + ws},
		{"instagram and youtube", []audit.Counts{n(audit.Instagram, 0, 7), n(audit.YouTube, 0, 10)},
			"unfollow (unsubscribe on YouTube) by hand the 17 accounts in " + ws},
		{"youtube kept", []audit.Counts{n(audit.Instagram, 0, 7), n(audit.YouTube, 10, 0)}, "unfollow by hand the 7 accounts in " + ws},
		{"instagram, youtube, mastodon", []audit.Counts{n(audit.Instagram, 0, 7), n(audit.YouTube, 0, 10), n(audit.Mastodon, 1, 4)},
			"unfollow (unsubscribe on YouTube) by hand the 17 accounts in " + ws + " not on Mastodon, and import " + keepFile + " in Mastodon with Overwrite to unfollow the 4 Mastodon accounts in one go"},
		{"twitter and one on mastodon", []audit.Counts{n(audit.Twitter, 0, 1), n(audit.Mastodon, 1, 1)},
			"unfollow by hand the account in " + ws + " not on Mastodon, and import " + keepFile + " in Mastodon with Overwrite to unfollow the Mastodon account in one go"},
		// YouTube channels are never on Mastodon: no "not on Mastodon".
		{"youtube and mastodon", []audit.Counts{n(audit.YouTube, 0, 3), n(audit.Mastodon, 1, 4)},
			"unsubscribe by hand from the 3 YouTube channels in " + ws + ", and import " + keepFile + " in Mastodon with Overwrite to unfollow the 4 Mastodon accounts in one go"},
		{"mastodon alone", []audit.Counts{n(audit.Mastodon, 3, 5)},
			"import " + keepFile + " in Mastodon with Overwrite to unfollow the 5 Mastodon accounts in one go (they are in " + ws + ")"},
		{"one on mastodon alone", []audit.Counts{n(audit.Mastodon, 3, 1)},
			"import " + keepFile + " in Mastodon with Overwrite to unfollow the Mastodon account in one go (it is in " + ws + ")"},
		{"mastodon kept, twitter not", []audit.Counts{n(audit.Twitter, 0, 2), n(audit.Mastodon, 5, 0)}, "unfollow by hand the 2 accounts in " + ws},
		// Past Mastodon's import limit the keep file unfollows no one:
		// Mastodon's are unfollowed by hand, as the limit note says.
		{"mastodon past the import limit", []audit.Counts{n(audit.Twitter, 0, 2), n(audit.Mastodon, audit.MastodonImportRows+1, 5)},
			"unfollow by hand the 7 accounts in " + ws},
		// A keep file that keeps no one, the ledger not filled in for
		// Mastodon, is one the run says not to import yet: "import it to
		// unfollow them" beside that note told to do what it warns of.
		{"mastodon keeps none", []audit.Counts{n(audit.Twitter, 1, 2), n(audit.Mastodon, 0, 8)},
			"unfollow by hand the 10 accounts in " + ws},
		{"mastodon alone, keeps none", []audit.Counts{n(audit.Mastodon, 0, 8)},
			"unfollow by hand the 8 accounts in " + ws},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := audit.Summary{Networks: tt.networks, Reviewed: true}
			for _, c := range tt.networks {
				s.Total.Unfollow += c.Unfollow
			}
			if got := unfollowSteps(s, "ws"); got != tt.want {
				t.Errorf("unfollowSteps =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// Counts of a thousand or more in the summary an audit prints, its table,
// "Next:" line and reach-out line, are written as report.html and the
// notes write them, "49,885": the table said 49885 beside the notes'
// 5,000. The import table's too, a Twitter/X archive's thousands of
// accounts, every one unnamed.
func TestSummaryThousands(t *testing.T) {
	c := audit.Counts{Network: audit.Twitter, Followed: 50000, Keep: 115, Unfollow: 49885, NotReviewed: 49885,
		New: 1200, Gone: 3400, Changed: 1001, Done: 2000, WasUnfollow: 3000, WasAsOf: "2026-08-25"}
	total := c
	total.Network = "total"
	baseline := audit.Summary{Networks: []audit.Counts{c}, Total: total, Reaudit: true}
	reviewed := baseline
	reviewed.Reviewed = true
	tests := []struct {
		name string
		s    audit.Summary
		want []string
	}{
		{"not reviewed", baseline, []string{
			"| twitter |   50,000 |  115 |   49,885 |       49,885 | 1,200 | 3,400 |   1,001 | 2,000 of 3,000 |",
			"(49,885 accounts not reviewed; empty means unfollow)",
			"1,234 family members and friends you are drifting away from are in ",
		}},
		{"reviewed", reviewed, []string{
			"unfollow by hand the 49,885 accounts in ",
			"(All 49,885 of them are accounts of people you have not reviewed in the ledger",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := writeAuditSummary(&out, tt.s, "ws", 1234, 0, true, true); err != nil {
				t.Fatal(err)
			}
			for _, want := range tt.want {
				if !strings.Contains(out.String(), want) {
					t.Errorf("summary lacks %q:\n%s", want, out.String())
				}
			}
		})
	}

	// Those of reach-out.csv marked unsure are named so, not only as
	// people you are drifting away from.
	var unsure bytes.Buffer
	if err := writeAuditSummary(&unsure, baseline, "ws", 1234, 1, true, true); err != nil {
		t.Fatal(err)
	}
	if want := "1,234 family members and friends you are drifting away from or unsure about are in "; !strings.Contains(unsure.String(), want) {
		t.Errorf("summary lacks %q:\n%s", want, unsure.String())
	}

	var accounts []audit.Account
	for i := range 1500 {
		accounts = append(accounts, audit.Account{Network: audit.Twitter, Relation: audit.Following, ID: fmt.Sprint(1401000 + i)})
	}
	var out bytes.Buffer
	if err := writeImportTables(&out, audit.Merge(accounts, nil), nil, true); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"| Total   | 1,500 people |    1,500 |", "\n1,500 accounts stayed unnamed"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("import table lacks %q:\n%s", want, out.String())
		}
	}
}

// Where the "Next:" line counts the accounts to unfollow in two parts, by
// hand and by the Mastodon keep file's import, those not reviewed are
// counted of all to unfollow: "(21 of them", after "the 17 accounts" and
// "the 4 Mastodon accounts", read as 21 of 17. With one part, "of them".
// Where every one is not reviewed, "all": "21 of all 21" read as a slip.
func TestNextNotReviewedOfAll(t *testing.T) {
	n := func(network string, keep, unfollow, notReviewed int) audit.Counts {
		return audit.Counts{Network: network, Followed: keep + unfollow, Keep: keep, Unfollow: unfollow, NotReviewed: notReviewed}
	}
	tests := []struct {
		name     string
		networks []audit.Counts
		want     string
	}{
		{"two parts", []audit.Counts{n(audit.Instagram, 0, 17, 17), n(audit.Mastodon, 1, 4, 4)},
			"(All 21 to unfollow are accounts of people you have not reviewed in the ledger: review them first if you want to keep some.)"},
		{"one part, every one not reviewed", []audit.Counts{n(audit.Instagram, 1, 17, 17)},
			"(All 17 of them are accounts of people you have not reviewed in the ledger: review them first if you want to keep some.)"},
		{"two parts, one not reviewed", []audit.Counts{n(audit.Instagram, 0, 17, 1), n(audit.Mastodon, 1, 4, 0)},
			"(1 of all 21 to unfollow is the account of a person you have not reviewed in the ledger: review that one first if you want to keep it.)"},
		{"by hand alone", []audit.Counts{n(audit.Instagram, 0, 17, 5), n(audit.Mastodon, 0, 4, 4)},
			"(9 of them are accounts of people you have not reviewed in the ledger: review them first if you want to keep some.)"},
		{"mastodon alone", []audit.Counts{n(audit.Mastodon, 1, 4, 2)},
			"(2 of them are accounts of people you have not reviewed in the ledger: review them first if you want to keep some.)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := audit.Summary{Networks: tt.networks, Reviewed: true}
			for _, c := range tt.networks {
				s.Total.Unfollow += c.Unfollow
				s.Total.NotReviewed += c.NotReviewed
			}
			var out bytes.Buffer
			if err := writeAuditSummary(&out, s, "ws", 0, 0, false, true); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out.String(), tt.want) {
				t.Errorf("summary:\n%s\nwant it to hold\n%s", out.String(), tt.want)
			}
		})
	}
}
