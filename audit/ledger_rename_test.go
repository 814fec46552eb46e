package audit_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// A name cell the tool wrote (the name the last run's history gave the
// account whose name the row shows) follows a rename; one the person wrote
// never changes, nor does any other cell.
func TestUpdateRenamesWrittenNames(t *testing.T) {
	past := func(network, id, name string) audit.Past {
		return audit.PastCells{AsOf: "2026-06-30", PersonID: "p1", Network: network, Relation: audit.Following,
			ID: id, Name: name, Decision: audit.DecisionKeep, Rule: audit.RuleInspiring}.Past()
	}
	yt := func(name string) audit.Account { return account(audit.YouTube, audit.Following, "UCada", name) }
	tw := func(name string) audit.Account { return account(audit.Twitter, audit.Following, "7", name) }
	tests := []struct {
		name     string
		cell     string
		keys     string
		accounts []audit.Account
		prev     []audit.Past
		want     string
	}{
		{"renamed channel: the tool's name follows", "Ada Codes", "youtube:UCada",
			[]audit.Account{yt("Ada Builds")}, []audit.Past{past(audit.YouTube, "UCada", "Ada Codes")}, "Ada Builds"},
		{"a name the person wrote stays", "Ada from work", "youtube:UCada",
			[]audit.Account{yt("Ada Builds")}, []audit.Past{past(audit.YouTube, "UCada", "Ada Codes")}, "Ada from work"},
		{"the old name edited by a byte is the person's", "Ada Codes ", "youtube:UCada",
			[]audit.Account{yt("Ada Builds")}, []audit.Past{past(audit.YouTube, "UCada", "Ada Codes")}, "Ada Codes "},
		{"no history: nothing to tell the tool's name by", "Ada Codes", "youtube:UCada",
			[]audit.Account{yt("Ada Builds")}, nil, "Ada Codes"},
		{"history without the account", "Ada Codes", "youtube:UCada",
			[]audit.Account{yt("Ada Builds")}, []audit.Past{past(audit.Twitter, "7", "Ada Codes")}, "Ada Codes"},
		{"not renamed: unchanged", "Ada Codes", "youtube:UCada",
			[]audit.Account{yt("Ada Codes")}, []audit.Past{past(audit.YouTube, "UCada", "Ada Codes")}, "Ada Codes"},
		{"a history edited by hand listing the account twice: the last row", "Ada Codes", "youtube:UCada",
			[]audit.Account{yt("Ada Builds")}, []audit.Past{past(audit.YouTube, "UCada", "Ada Old"), past(audit.YouTube, "UCada", "Ada Codes")}, "Ada Builds"},
		{"several accounts: the first with a name is the one written", "Ada Tweets", "twitter:7;youtube:UCada",
			[]audit.Account{tw("Ada Posts"), yt("Ada Builds")},
			[]audit.Past{past(audit.Twitter, "7", "Ada Tweets"), past(audit.YouTube, "UCada", "Ada Codes")}, "Ada Posts"},
		{"several accounts: the name of another account is not the one written", "Ada Codes", "twitter:7;youtube:UCada",
			[]audit.Account{tw("Ada Posts"), yt("Ada Builds")},
			[]audit.Past{past(audit.Twitter, "7", "Ada Tweets"), past(audit.YouTube, "UCada", "Ada Codes")}, "Ada Codes"},
		// The ledger writes an apostrophe before a leading =, +, - or @;
		// the history holds the name without it.
		{"a name the tool wrote with an apostrophe follows", "'-Ada Codes", "youtube:UCada",
			[]audit.Account{yt("-Ada Builds")}, []audit.Past{past(audit.YouTube, "UCada", "-Ada Codes")}, "'-Ada Builds"},
		{"@ name the tool wrote follows", "'@ada", "youtube:UCada",
			[]audit.Account{yt("@adabuilds")}, []audit.Past{past(audit.YouTube, "UCada", "@ada")}, "'@adabuilds"},
		{"the old name without the tool's apostrophe is the person's", "-Ada Codes", "youtube:UCada",
			[]audit.Account{yt("-Ada Builds")}, []audit.Past{past(audit.YouTube, "UCada", "-Ada Codes")},
			"'-Ada Codes"}, // its value kept, neutralised as every cell is written

	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := lines(stdHeader, "p1,"+tt.cell+","+tt.keys+",2026-03,yes,,,,friend,a note,yes")
			l := readLedger(t, in)
			k := l.Known()
			k.LastRun(tt.prev)
			l.Update(audit.Merge(slices.Clone(tt.accounts), k))
			got := writeLedger(t, l)
			want := lines(stdHeader, "p1,"+tt.want+","+tt.keys+",2026-03,yes,,,,friend,a note,yes")
			if got != want {
				t.Errorf("ledger:\n%s", diffLines(got, want))
			}
			// A cell renamed is named, as it was and is now; one kept (or
			// only neutralised, its value the same) is not.
			first, n := l.Renamed()
			old, now := audit.Unneutralize(tt.cell), audit.Unneutralize(tt.want)
			switch {
			case old == now && n != 0:
				t.Errorf("Renamed: %d cells (%+v), want none", n, first)
			case old != now && (n != 1 || len(first) != 1 || first[0] != (audit.RenamedName{Line: 2, Old: old, New: now})):
				t.Errorf("Renamed: %d cells (%+v), want %q on line 2 named %q", n, first, old, now)
			}
		})
	}
}

// Every name cell renamed is counted, however many, and the first of them
// in the file's order are named, whatever the order of the people: a
// re-audit of a million rows renamed says so in one note. Another Update
// counts afresh.
func TestUpdateCountsRenamedNames(t *testing.T) {
	const n = 500
	ls := []string{stdHeader}
	var prev []audit.Past
	var accs []audit.Account
	for i := range n {
		id := fmt.Sprintf("UC%04d", i)
		name := fmt.Sprintf("Ada %d", i)
		if i == 1 {
			name = "Ada from work" // the person's: not renamed
		}
		ls = append(ls, fmt.Sprintf("p%04d,%s,youtube:%s,,,,,,,,yes", i, name, id))
		prev = append(prev, audit.PastCells{AsOf: "2026-06-30", PersonID: fmt.Sprintf("p%04d", i), Network: audit.YouTube,
			Relation: audit.Following, ID: id, Name: fmt.Sprintf("Ada %d", i), Decision: audit.DecisionKeep, Rule: audit.RuleInspiring}.Past())
		// The people in reverse: the names come in the file's order all
		// the same.
		accs = append(accs, account(audit.YouTube, audit.Following, fmt.Sprintf("UC%04d", n-1-i), fmt.Sprintf("Ada %d now", n-1-i)))
	}
	l := readLedger(t, lines(ls...))
	k := l.Known()
	k.LastRun(prev)
	l.Update(audit.Merge(slices.Clone(accs), k))
	first, got := l.Renamed()
	want := []audit.RenamedName{{2, "Ada 0", "Ada 0 now"}, {4, "Ada 2", "Ada 2 now"}, {5, "Ada 3", "Ada 3 now"}}
	if got != n-1 || !slices.Equal(first, want) {
		t.Errorf("Renamed: %d cells, first %+v; want %d, first %+v", got, first, n-1, want)
	}
	// Nothing renamed this time: the cells are the names now.
	l.Update(audit.Merge(slices.Clone(accs), l.Known()))
	if first, got := l.Renamed(); got != 0 || len(first) != 0 {
		t.Errorf("Renamed on another Update: %d cells (%+v), want none", got, first)
	}
}

// The tool wrote the name of the account the row was named after in the
// last audit, of the person the row is: a cell that is the old name of
// another account of the row, or of an account the history gave another
// person, is one the person wrote, and stays when that account is renamed.
func TestUpdateRenamesOnlyTheNameTheRowHad(t *testing.T) {
	past := func(person, network, id, name string) audit.Past {
		return audit.PastCells{AsOf: "2026-06-30", PersonID: person, Network: network, Relation: audit.Following,
			ID: id, Name: name, Decision: audit.DecisionKeep, Rule: audit.RuleInspiring}.Past()
	}
	yt := func(name string) audit.Account { return account(audit.YouTube, audit.Following, "UCada", name) }
	tests := []struct {
		name, id, cell, keys string
		accounts             []audit.Account
		prev                 []audit.Past
		want                 string
	}{
		{"the row was named after its Twitter/X account, gone since: the YouTube name the person chose stays",
			"p1", "Ada Codes", "twitter:7;youtube:UCada", []audit.Account{yt("Ada Builds")},
			[]audit.Past{past("p1", audit.Twitter, "7", "Ada Tweets"), past("p1", audit.YouTube, "UCada", "Ada Codes")}, "Ada Codes"},
		{"the account moved by hand to a row named as it was: the name stays",
			"p2", "Ada Codes", "youtube:UCada", []audit.Account{yt("Ada Builds")},
			[]audit.Past{past("p1", audit.YouTube, "UCada", "Ada Codes")}, "Ada Codes"},
		{"the row's only named account then, renamed: follows",
			"p1", "Ada Codes", "twitter:7;youtube:UCada", []audit.Account{yt("Ada Builds")},
			[]audit.Past{past("p1", audit.Twitter, "7", ""), past("p1", audit.YouTube, "UCada", "Ada Codes")}, "Ada Builds"},
		{"another person's account named before it in the history: follows",
			"p1", "Ada Codes", "youtube:UCada", []audit.Account{yt("Ada Builds")},
			[]audit.Past{past("p9", audit.Twitter, "7", "Bo"), past("p1", audit.YouTube, "UCada", "Ada Codes")}, "Ada Builds"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := lines(stdHeader, tt.id+","+tt.cell+","+tt.keys+",2026-03,yes,,,,friend,a note,yes")
			l := readLedger(t, in)
			k := l.Known()
			k.LastRun(tt.prev)
			l.Update(audit.Merge(slices.Clone(tt.accounts), k))
			got := writeLedger(t, l)
			want := lines(stdHeader, tt.id+","+tt.want+","+tt.keys+",2026-03,yes,,,,friend,a note,yes")
			if got != want {
				t.Errorf("ledger:\n%s", diffLines(got, want))
			}
		})
	}
}
