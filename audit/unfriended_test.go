package audit_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// removal is a removed_friends.json entry of name on day (YYYY-MM-DD).
func removal(name, day string) audit.Removal {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		panic(err)
	}
	return audit.Removal{Name: name, Unix: t.Add(15 * time.Hour).Unix()}
}

// friendNow is a Facebook friend the exports list now, kept.
func friendNow(id, name string) audit.Item {
	return audit.Item{Person: &audit.Person{}, Account: &audit.Account{Network: audit.Facebook, Relation: audit.Friend, ID: id, Name: name},
		Decision: audit.Decision{Keep: true, Rule: audit.RuleMet}}
}

// MarkUnfriended tells a Facebook friend gone that removed_friends.json
// lists since the audit that listed it as unfriended, and only such a
// one; the counts stay as Compare's.
func TestMarkUnfriended(t *testing.T) {
	const keep, unf = audit.DecisionKeep, audit.DecisionUnfollow
	fb, friend := audit.Facebook, audit.Friend
	onNov := func(p audit.Past) audit.Past { return pastOn("2026-11-25", p) }
	ana := onNov(past(fb, friend, "ana-lima.1600000000", "Ana Lima", unf, audit.RuleUnknown))
	ben := onNov(past(fb, friend, "ben-ortiz.1600000001", "Ben Ortiz", keep, audit.RuleMet))
	cleo := onNov(past(fb, friend, "cleo-park.1600000002", "Cleo Park", unf, audit.RuleUnknown))
	tests := []struct {
		name    string
		prev    []audit.Past
		now     []audit.Item // the accounts the exports list now
		carried []audit.Past // and those of lists they lack, followed still
		removed []audit.Removal
		want    []string // the notes of the changes, in order
		count   int
		toxic   int // of count, those marked toxic
		// marked is the ledger's toxic mark now by account key, where it
		// has the row; nil for none (that audit's rule tells).
		marked map[string]bool
	}{{
		name:    "unfollow said, kept, one gone not removed, one removed not gone",
		prev:    []audit.Past{ana, ben, cleo},
		removed: []audit.Removal{removal("Ana Lima", "2027-01-12"), removal("Ben Ortiz", "2027-01-20"), removal("Dana Wu", "2027-01-02")},
		want: []string{
			"unfriended (removed_friends.json, on 2027-01-12): the list said unfollow, stay friends",
			"unfriended (removed_friends.json, on 2027-01-20; it was kept)",
			"unfollow done",
		},
		count: 1,
	}, {
		name:    "removed on the day of the audit: after it",
		prev:    []audit.Past{ana},
		removed: []audit.Removal{removal("Ana Lima", "2026-11-25")},
		want:    []string{"unfriended (removed_friends.json, on 2026-11-25): the list said unfollow, stay friends"},
		count:   1,
	}, {
		name:    "removed before the audit: an earlier removal, not this one",
		prev:    []audit.Past{ana, ben},
		removed: []audit.Removal{removal("Ana Lima", "2026-11-23"), removal("Ben Ortiz", "2021-04-01")},
		want:    []string{"unfollow done", "no longer a friend in the exports (it was kept)"},
	}, {
		// The audit of 2026-11-25 run in Sydney (UTC+11), Ana unfriended
		// at 8 in the morning there: 21:00 UTC the day before.
		name:    "removed on the morning of the audit's day east of UTC",
		prev:    []audit.Past{ana},
		removed: []audit.Removal{{Name: "Ana Lima", Unix: time.Date(2026, 11, 25, 8, 0, 0, 0, time.FixedZone("AEDT", 11*3600)).Unix()}},
		want:    []string{"unfriended (removed_friends.json, on 2026-11-24): the list said unfollow, stay friends"},
		count:   1,
	}, {
		// So for a namesake's id of the same second (Chloé and Chloe
		// Lima friends since one second: "~2"), which gives it too.
		name:    "removed on the morning of the audit's day east of UTC, a namesake's id of the second",
		prev:    []audit.Past{onNov(past(fb, friend, "ana-lima.1600000000~2", "Ana Lima", unf, audit.RuleUnknown))},
		removed: []audit.Removal{{Name: "Ana Lima", Unix: time.Date(2026, 11, 25, 8, 0, 0, 0, time.FixedZone("AEDT", 11*3600)).Unix()}},
		want:    []string{"unfriended (removed_friends.json, on 2026-11-24): the list said unfollow, stay friends"},
		count:   1,
	}, {
		// The audit of 2026-11-25 run in California (UTC-8), Ana
		// unfriended at 8 in the evening there: the next day in UTC.
		name:    "removed on the evening of the audit's day west of UTC",
		prev:    []audit.Past{ana},
		removed: []audit.Removal{{Name: "Ana Lima", Unix: time.Date(2026, 11, 25, 20, 0, 0, 0, time.FixedZone("PST", -8*3600)).Unix()}},
		want:    []string{"unfriended (removed_friends.json, on 2026-11-26): the list said unfollow, stay friends"},
		count:   1,
	}, {
		// Removed the day before the audit, then friended again: the
		// friendship of the id began after the removal.
		name:    "removed the day before the audit, friends again since",
		prev:    []audit.Past{onNov(past(fb, friend, "ana-lima.1795600000", "Ana Lima", unf, audit.RuleUnknown))},
		removed: []audit.Removal{removal("Ana Lima", "2026-11-24")},
		want:    []string{"unfollow done"},
	}, {
		name:    "removed twice: the last day",
		prev:    []audit.Past{ana},
		removed: []audit.Removal{removal("Ana Lima", "2027-02-01"), removal("Ana Lima", "2026-12-01")},
		want:    []string{"unfriended (removed_friends.json, on 2027-02-01): the list said unfollow, stay friends"},
		count:   1,
	}, {
		name:    "the name as the lists compare it",
		prev:    []audit.Past{ana},
		removed: []audit.Removal{removal("ANA LIMA", "2027-01-12")},
		want:    []string{"unfriended (removed_friends.json, on 2027-01-12): the list said unfollow, stay friends"},
		count:   1,
	}, {
		name:    "another name",
		prev:    []audit.Past{ana},
		removed: []audit.Removal{removal("Ana Lima Costa", "2027-01-12")},
		want:    []string{"unfollow done"},
	}, {
		name:    "two namesakes gone, one removal: which cannot be told",
		prev:    []audit.Past{ana, onNov(past(fb, friend, "ana-lima.1700000000", "Ana Lima", unf, audit.RuleUnknown))},
		removed: []audit.Removal{removal("Ana Lima", "2027-01-12")},
		want:    []string{"unfollow done", "unfollow done"},
	}, {
		name:    "two namesakes gone, both removed",
		prev:    []audit.Past{ana, onNov(past(fb, friend, "ana-lima.1700000000", "Ana Lima", unf, audit.RuleUnknown))},
		removed: []audit.Removal{removal("Ana Lima", "2027-01-12"), removal("Ana Lima", "2027-01-14")},
		want: []string{
			"unfriended (removed_friends.json, on 2027-01-12 or 2027-01-14): the list said unfollow, stay friends",
			"unfriended (removed_friends.json, on 2027-01-12 or 2027-01-14): the list said unfollow, stay friends",
		},
		count: 2,
	}, {
		// Names of one key whose accents differ are two people's, not
		// namesakes: the removal of one tells it.
		name: "two gone of one key, their accents different, one removed",
		prev: []audit.Past{
			onNov(past(fb, friend, "nguyen-thi-thuy.1600000000", "Nguyễn Thị Thủy", unf, audit.RuleUnknown)),
			onNov(past(fb, friend, "nguyen-thi-thuy.1700000000", "Nguyễn Thị Thúy", unf, audit.RuleUnknown)),
		},
		removed: []audit.Removal{removal("Nguyễn Thị Thủy", "2027-01-12")},
		want:    []string{"unfriended (removed_friends.json, on 2027-01-12): the list said unfollow, stay friends", "unfollow done"},
		count:   1,
	}, {
		// Both removed after the audit, then one friended again (a new
		// friendship second): one removal is undone, and which of the two
		// is gone for good cannot be told.
		name:    "two namesakes gone, both removed, one friends again",
		prev:    []audit.Past{ana, onNov(past(fb, friend, "ana-lima.1700000000", "Ana Lima", unf, audit.RuleUnknown))},
		now:     []audit.Item{friendNow("ana-lima.1800000000", "Ana Lima")},
		removed: []audit.Removal{removal("Ana Lima", "2027-01-12"), removal("Ana Lima", "2027-01-14")},
		want:    []string{"unfollow done", "unfollow done"},
	}, {
		// The one friended again beside a namesake of that second: "~2".
		name:    "two namesakes gone, both removed, one friends again, a namesake's id of the second",
		prev:    []audit.Past{ana, onNov(past(fb, friend, "ana-lima.1700000000", "Ana Lima", unf, audit.RuleUnknown))},
		now:     []audit.Item{friendNow("ana-lima.1800000000", "Ana Lima"), friendNow("ana-lima.1800000000~2", "Ana Lima")},
		removed: []audit.Removal{removal("Ana Lima", "2027-01-12"), removal("Ana Lima", "2027-01-14"), removal("Ana Lima", "2027-01-15")},
		want:    []string{"unfollow done", "unfollow done"},
	}, {
		// So where the friend made again is carried (a review given the
		// whole export found it new; this audit's export lacks the
		// friends list), not read: the same removal is undone.
		name:    "two namesakes gone, both removed, one friends again, carried",
		prev:    []audit.Past{ana, onNov(past(fb, friend, "ana-lima.1700000000", "Ana Lima", unf, audit.RuleUnknown))},
		carried: []audit.Past{past(fb, friend, "ana-lima.1800000000", "Ana Lima", unf, audit.RuleUnknown)},
		removed: []audit.Removal{removal("Ana Lima", "2027-01-12"), removal("Ana Lima", "2027-01-14")},
		want:    []string{"unfollow done", "unfollow done"},
	}, {
		// A namesake friends since long before the removal undoes none.
		name:    "one gone removed, a namesake friends all along",
		prev:    []audit.Past{ana, onNov(past(fb, friend, "ana-lima.1700000000", "Ana Lima", keep, audit.RuleMet))},
		now:     []audit.Item{friendNow("ana-lima.1700000000", "Ana Lima")},
		removed: []audit.Removal{removal("Ana Lima", "2027-01-12")},
		want:    []string{"unfriended (removed_friends.json, on 2027-01-12): the list said unfollow, stay friends"},
		count:   1,
	}, {
		name: "the day of the last audit that listed it: one carried since an older one",
		prev: []audit.Past{
			pastOn("2026-08-25", past(fb, friend, "ana-lima.1600000000", "Ana Lima", unf, audit.RuleUnknown)),
			ben,
		},
		removed: []audit.Removal{removal("Ana Lima", "2026-10-01"), removal("Ben Ortiz", "2026-10-01")},
		want:    []string{"unfriended (removed_friends.json, on 2026-10-01): the list said unfollow, stay friends", "no longer a friend in the exports (it was kept)"},
		count:   1,
	}, {
		// Marked toxic: unfriended is no mistake to be asked back from
		// (see the note after the summary), counted apart, and said so
		// in changes.csv, which the note sends to where it cannot name
		// all the others.
		name:    "unfollow said as marked toxic, and as not reviewed",
		prev:    []audit.Past{ana, onNov(past(fb, friend, "dora-vance.1600000003", "Dora Vance", unf, audit.RuleToxic))},
		removed: []audit.Removal{removal("Ana Lima", "2027-01-12"), removal("Dora Vance", "2027-01-14")},
		want: []string{
			"unfriended (removed_friends.json, on 2027-01-12): the list said unfollow, stay friends",
			"unfriended (removed_friends.json, on 2027-01-14): the list said unfollow, stay friends; marked toxic: no friend request",
		},
		count: 2,
		toxic: 1,
	}, {
		// The notes as they are now tell: Ana and Fay marked toxic since
		// the audit that said to unfollow them as not reviewed, Dora's
		// mark cleared since; Cleo's and Eli's rows deleted, that audit's
		// rule tells.
		name: "marked toxic as the ledger says now",
		prev: []audit.Past{ana, cleo, onNov(past(fb, friend, "dora-vance.1600000003", "Dora Vance", unf, audit.RuleToxic)),
			onNov(past(fb, friend, "eli-rossi.1600000004", "Eli Rossi", unf, audit.RuleToxic)),
			onNov(past(fb, friend, "fay-moss.1600000005", "Fay Moss", unf, audit.RuleUnknown))},
		removed: []audit.Removal{removal("Ana Lima", "2027-01-12"), removal("Cleo Park", "2027-01-12"), removal("Dora Vance", "2027-01-14"),
			removal("Eli Rossi", "2027-01-14"), removal("Fay Moss", "2027-01-14")},
		marked: map[string]bool{"facebook:ana-lima.1600000000": true, "facebook:dora-vance.1600000003": false, "facebook:fay-moss.1600000005": true},
		want: []string{
			"unfriended (removed_friends.json, on 2027-01-12): the list said unfollow, stay friends; marked toxic: no friend request",
			"unfriended (removed_friends.json, on 2027-01-12): the list said unfollow, stay friends",
			"unfriended (removed_friends.json, on 2027-01-14): the list said unfollow, stay friends",
			"unfriended (removed_friends.json, on 2027-01-14): the list said unfollow, stay friends; marked toxic: no friend request",
			"unfriended (removed_friends.json, on 2027-01-14): the list said unfollow, stay friends; marked toxic: no friend request",
		},
		count: 5,
		toxic: 3, // Ana and Fay, marked now, and Eli, by that audit's rule
	}, {
		name:    "not a Facebook friend",
		prev:    []audit.Past{onNov(past(fb, audit.Following, "ana-lima.1600000000", "Ana Lima", unf, audit.RuleUnknown))},
		removed: []audit.Removal{removal("Ana Lima", "2027-01-12")},
		want:    []string{"unfollow done"},
	}, {
		name:    "no removals",
		prev:    []audit.Past{ana},
		removed: nil,
		want:    []string{"unfollow done"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			changes := audit.Compare(tt.prev, tt.now, all)
			before := audit.Summarize(nil, tt.prev, changes, true)
			var toxicNow func(string) (bool, bool)
			if tt.marked != nil {
				toxicNow = func(key string) (bool, bool) { m, ok := tt.marked[key]; return m, ok }
			}
			n := audit.MarkUnfriended(changes, tt.prev, tt.now, tt.carried, tt.removed, audit.FoldName, toxicNow)
			var got []string
			asked := 0 // those UnfriendedToAsk tells: the ones not marked toxic
			for _, c := range changes {
				if c.Kind == audit.ChangeNew {
					continue
				}
				if audit.UnfriendedToAsk(&c) {
					asked++
				}
				if c.Kind != audit.ChangeGone {
					t.Errorf("%s: %s, want gone", c.ID, c.Kind)
				}
				got = append(got, c.Note)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("notes\n%q\nwant\n%q", got, tt.want)
			}
			if asked != tt.count-tt.toxic {
				t.Errorf("UnfriendedToAsk told %d, want %d", asked, tt.count-tt.toxic)
			}
			if n != tt.count {
				t.Errorf("counted %d; want %d", n, tt.count)
			}
			if after := audit.Summarize(nil, tt.prev, changes, true); !summariesEqual(before, after) {
				t.Errorf("counts changed:\n%+v\n%+v", before, after)
			}
		})
	}
}

// A friend gone while still followed in a row of its own, or found
// unfollowed with the tie kept, is no plain gone row: left as it is.
func TestMarkUnfriendedLeavesOtherRows(t *testing.T) {
	changes := []audit.Change{
		{Kind: audit.ChangeGone, Network: audit.Facebook, Relation: audit.Friend, ID: "ana-lima.1600000000", Name: "Ana Lima",
			Before: audit.DecisionUnfollow, Note: "unfollow done: no longer followed (ana-lima.1600000000 gone from the follows), still a friend"},
		{Kind: audit.ChangeReplaced, Network: audit.Facebook, Relation: audit.Friend, ID: "ana-lima.1600000000", Name: "Ana Lima",
			Before: audit.DecisionUnfollow, Note: "renamed"},
	}
	prev := []audit.Past{pastOn("2026-11-25", past(audit.Facebook, audit.Friend, "ana-lima.1600000000", "Ana Lima", audit.DecisionUnfollow, audit.RuleUnknown))}
	want := slices.Clone(changes)
	if n := audit.MarkUnfriended(changes, prev, nil, nil, []audit.Removal{removal("Ana Lima", "2027-01-12")}, strings.ToLower, nil); n != 0 || !slices.Equal(changes, want) {
		t.Errorf("changed %d: %+v", n, changes)
	}
}

func summariesEqual(a, b audit.Summary) bool {
	return a.Total == b.Total && slices.Equal(a.Networks, b.Networks)
}

// The workspace's record of the removals its runs' exports listed
// (audit.RemovedFriendsFile) reads back as written, each once, names
// that start like a formula included; a damaged row is refused, naming
// the file and the line, and saying to delete it.
func TestRemovalsRecord(t *testing.T) {
	rs := []audit.Removal{removal("Ana Lima", "2027-01-12"), removal("=Zoë, \"Z\"", "2026-03-01"), removal("Ana Lima", "2027-01-12")}
	var b strings.Builder
	if err := audit.WriteRemovals(&b, rs); err != nil {
		t.Fatal(err)
	}
	got, err := audit.ReadRemovals(strings.NewReader(b.String()), audit.RemovedFriendsFile)
	if err != nil {
		t.Fatal(err)
	}
	if want := rs[:2]; !slices.Equal(got, want) {
		t.Errorf("read back %v, want %v (from %q)", got, want, b.String())
	}
	for _, c := range []struct{ name, file, err string }{
		{"empty", "", "rm.csv: the file is empty (0 bytes"},
		{"bom crlf", "\uFEFFname,timestamp\r\nAna Lima,1799764200\r\n", ""},
		{"other header", "name,day\nAna Lima,2027-01-12\n", "rm.csv: line 1: not a record of removed friends: want the header name,timestamp: delete it: the next audit or review"},
		{"semicolons", "name;timestamp\r\nAna Lima;1799764200\r\n", "rm.csv: line 1: not a record of removed friends: want the header name,timestamp: delete it"},
		{"no name", "name,timestamp\n,1799764200\n", "rm.csv: line 2: want a name and a timestamp in Unix seconds"},
		{"not a second", "name,timestamp\nAna Lima,2027-01-12\n", `rm.csv: line 2: want a name and a timestamp in Unix seconds, not "Ana Lima", "2027-01-12"`},
		{"negative", "name,timestamp\nAna Lima,-5\n", "rm.csv: line 2: want"},
		{"short row", "name,timestamp\nAna Lima\n", "rm.csv: line 2: 1 cells where the header has 2: the file is damaged: delete it: the next audit or review given the whole Facebook export (its removed_friends.json) writes it anew"},
		{"cut short", "name,timestamp\n\"Ana Lima,1799764200\n", "rm.csv: line 2: the file ends inside a quoted cell opened on this line, its closing \" missing: it was perhaps cut short (a copy interrupted, a crash, a full disk): delete it: the next audit or review given the whole Facebook export (its removed_friends.json) writes it anew"},
		{"not csv", "name,timestamp\n\"Ana\" Lima,1799764200\n", "rm.csv: line 2: not valid CSV (extraneous or missing \" in quoted-field): the file is damaged: delete it: the next"},
	} {
		_, err := audit.ReadRemovals(strings.NewReader(c.file), "rm.csv")
		switch {
		case c.err == "" && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case c.err != "" && (err == nil || !strings.HasPrefix(err.Error(), c.err)):
			t.Errorf("%s: error %v, want one starting %q", c.name, err, c.err)
		}
	}
}

// MergeRemovals keeps each removal once, the first list's first.
func TestMergeRemovals(t *testing.T) {
	a, b, c := removal("Ana Lima", "2027-01-12"), removal("Ben Ortiz", "2027-01-13"), removal("Ana Lima", "2027-02-01")
	for _, tc := range []struct {
		name       string
		x, y, want []audit.Removal
	}{
		{"none", nil, nil, nil},
		{"first alone", []audit.Removal{a}, nil, []audit.Removal{a}},
		{"second alone", nil, []audit.Removal{a, b}, []audit.Removal{a, b}},
		{"overlap", []audit.Removal{a, b}, []audit.Removal{b, c, a}, []audit.Removal{a, b, c}},
		{"twice in the second", nil, []audit.Removal{c, c}, []audit.Removal{c}},
	} {
		if got := audit.MergeRemovals(tc.x, tc.y); !slices.Equal(got, tc.want) {
			t.Errorf("%s: MergeRemovals = %v, want %v", tc.name, got, tc.want)
		}
	}
}
