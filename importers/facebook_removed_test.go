package importers

import (
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// removedLines reads the removed_friends.json files among files, each
// claimed first, as "name|day" lines.
func removedLines(t *testing.T, files ...*File) []string {
	t.Helper()
	rs, err := Facebook{}.removed(detect(t, Facebook{}, files...))
	if err != nil {
		t.Fatal(err)
	}
	lines := []string{}
	for _, r := range rs {
		lines = append(lines, r.Name+"|"+r.Day().String())
	}
	return lines
}

// removed_friends.json is read in every era's place and key (the 2018-19
// key without _v2: SamuelePilleri/facebook-schemas,
// friends/removed_friends.json), its names repaired as the friends'
// names are, once each where two parts hold it.
func TestFacebookRemoved(t *testing.T) {
	ana := fbE{`Ana Lima`, 1799712000}                                // 2027-01-12
	soren := fbE{`S\u00c3\u00b8ren \u00c3\u0098vergaard`, 1617264000} // 2021-04-01
	tests := []struct {
		name  string
		files []*File
		want  []string
	}{{
		name:  "2023+",
		files: []*File{memFile("connections/friends/removed_friends.json", fbFile("deleted_friends_v2", ana, soren))},
		want:  []string{"Ana Lima|2027-01-12", "Søren Øvergaard|2021-04-01"},
	}, {
		name:  "2023+ in the activity folder",
		files: []*File{memFile("your_activity_across_facebook/connections/friends/removed_friends.json", fbFile("deleted_friends_v2", ana))},
		want:  []string{"Ana Lima|2027-01-12"},
	}, {
		name:  "2020-22",
		files: []*File{memFile("friends_and_followers/removed_friends.json", fbFile("deleted_friends_v2", ana))},
		want:  []string{"Ana Lima|2027-01-12"},
	}, {
		name:  "2018-19",
		files: []*File{memFile("friends/removed_friends.json", fbFile("deleted_friends", ana))},
		want:  []string{"Ana Lima|2027-01-12"},
	}, {
		name:  "a browser's copy, found by its key",
		files: []*File{memFile("removed_friends (1).json", fbFile("deleted_friends_v2", ana))},
		want:  []string{"Ana Lima|2027-01-12"},
	}, {
		name:  "empty list, as Meta prints it",
		files: []*File{memFile("connections/friends/removed_friends.json", fbFile("deleted_friends_v2"))},
		want:  []string{},
	}, {
		name: "no date or no name: nothing to match",
		files: []*File{memFile("connections/friends/removed_friends.json",
			`{"deleted_friends_v2": [{"name": "Ana Lima"}, {"name": "", "timestamp": 1799712000}, {"name": "Ben Ortiz", "timestamp": 0}]}`)},
		want: []string{},
	}, {
		name: "the same file in two parts: once",
		files: []*File{
			memFileIn("part1.zip", "connections/friends/removed_friends.json", fbFile("deleted_friends_v2", ana)),
			memFileIn("part2.zip", "connections/friends/removed_friends.json", fbFile("deleted_friends_v2", ana, fbE{"Ana Lima", 1700000000})),
		},
		want: []string{"Ana Lima|2027-01-12", "Ana Lima|2023-11-14"},
	}, {
		name: "the lists beside it are not read",
		files: []*File{
			memFile(fbFriends23, fbFile("friends_v2", fbE{"Cleo Park", 1600000000})),
			memFile("connections/friends/removed_friends.json", fbFile("deleted_friends_v2", ana)),
		},
		want: []string{"Ana Lima|2027-01-12"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := removedLines(t, tt.files...); !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// removed_friends.json lists no account: the friends list beside it
// reads as it would alone, and it alone reads as no list.
func TestFacebookRemovedIsNoList(t *testing.T) {
	removed := memFile("connections/friends/removed_friends.json", fbFile("deleted_friends_v2", fbE{"Ana Lima", 1799712000}))
	friends := memFile(fbFriends23, fbFile("friends_v2", fbE{"Cleo Park", 1600000000}))
	got := fbLines(t, mustImport(t, Facebook{}, friends, removed))
	want := []string{"friend|cleo-park.1600000000|Cleo Park||2020-09-13|?|" + fbFriends23}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if accs := mustImport(t, Facebook{}, removed); len(accs) != 0 {
		t.Errorf("removed_friends.json alone: %d accounts", len(accs))
	}
	if rels := (Facebook{}).Covers(fbRemoved); rels != nil {
		t.Errorf("Covers(%q) = %q, want none", fbRemoved, rels)
	}
	// Beside an HTML export's lists, it is no JSON list either.
	html := memFile("connections/friends/your_friends.html", "<html></html>")
	if _, err := (Facebook{}).Import(detect(t, Facebook{}, html, removed)); err == nil || !strings.Contains(err.Error(), "HTML-format") {
		t.Errorf("HTML lists and removed_friends.json: %v, want the HTML export refused", err)
	}
}

// A removed_friends.json that cannot be read fails naming the file, and
// the entry where it is one.
func TestFacebookRemovedErrors(t *testing.T) {
	const p = "connections/friends/removed_friends.json"
	tests := []struct {
		name, data string
		offset     int64 // -1: none; 0: any past the start
		want       string
	}{
		{"wanted key absent", `{"deleted_friends_v3": []}`, -1, `expected a list under the key "deleted_friends_v2" or "deleted_friends"`},
		{"not a list", `{"deleted_friends_v2": {"name": "Ana Lima"}}`, 24, `"deleted_friends_v2" is not a list`},
		{"truncated", fbFile("deleted_friends_v2", fbE{"Ana Lima", 1799712000})[:40], 0, "the file is truncated"},
		{"timestamp a string", `{"deleted_friends_v2": [{"name": "Ana Lima", "timestamp": 1}, {"name": "Ben Ortiz", "timestamp": "2027-01-12"}]}`, 0, `entry 2: "timestamp" should be`},
		{"timestamp in milliseconds", `{"deleted_friends_v2": [{"name": "Ana Lima", "timestamp": 1799712000000}]}`, -1, `entry 1 ("Ana Lima"): timestamp 1799712000000 is not a date in Unix seconds`},
		{"timestamp negative", `{"deleted_friends_v2": [{"name": "Ana Lima", "timestamp": -5}]}`, -1, `entry 1 ("Ana Lima"): timestamp -5 is not a date`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Facebook{}.removed(detect(t, Facebook{}, memFile(p, tt.data)))
			if err == nil {
				t.Fatal("no error")
			}
			checkPlaced(t, err)
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("%T %v, want an *Error", err, err)
			}
			if e.File != "export.zip!"+p {
				t.Errorf("error names %q: %v", e.File, err)
			}
			switch {
			case tt.offset == 0 && e.Offset <= 0, tt.offset != 0 && e.Offset != tt.offset:
				t.Errorf("error at byte %d, want %d: %v", e.Offset, tt.offset, err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not say %q", err, tt.want)
			}
		})
	}
}

// Read gives removed_friends.json's removals where asked (Options.Removed)
// and reads nothing of it otherwise; an input holding it alone holds no
// export, and says what the file is.
func TestReadRemoved(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"connections/friends/your_friends.json":    fbFile("friends_v2", fbE{"Cleo Park", 1600000000}),
		"connections/friends/removed_friends.json": fbFile("deleted_friends_v2", fbE{`Ana Lima`, 1799712000}),
	})
	var removed []audit.Removal
	accs, c, err := Read([]string{dir}, Options{Removed: &removed}, All())
	if err != nil {
		t.Fatal(err)
	}
	if len(accs) != 1 || c.Kinds(audit.Facebook) != "friends" {
		t.Errorf("%d accounts, kinds %q: want 1, of friends", len(accs), c.Kinds(audit.Facebook))
	}
	if want := []audit.Removal{{Name: "Ana Lima", Unix: 1799712000}}; !slices.Equal(removed, want) {
		t.Errorf("removed %v, want %v", removed, want)
	}
	// Not asked: a damaged file is not even read.
	bad := t.TempDir()
	writeTree(t, bad, map[string]string{
		"connections/friends/your_friends.json":    fbFile("friends_v2", fbE{"Cleo Park", 1600000000}),
		"connections/friends/removed_friends.json": `{"deleted_friends_v2": [`,
	})
	if _, _, err := Read([]string{bad}, Options{}, All()); err != nil {
		t.Errorf("not asked for removals: %v", err)
	}
	if _, _, err := Read([]string{bad}, Options{Removed: &removed}, All()); err == nil || !strings.Contains(err.Error(), "removed_friends.json") {
		t.Errorf("asked for removals of a damaged file: %v, want it named", err)
	}
	alone := t.TempDir()
	writeTree(t, alone, map[string]string{
		"connections/friends/removed_friends.json": fbFile("deleted_friends_v2", fbE{`Ana Lima`, 1799712000}),
	})
	_, _, err = Read([]string{alone}, Options{Removed: &removed}, All())
	if err == nil || !strings.Contains(err.Error(), "no export found") || !strings.Contains(err.Error(), "only lists the Facebook friends you removed") {
		t.Errorf("removed_friends.json alone: %v", err)
	}
	// It is no list of accounts: not among the files looked for, and not
	// said to be a list cut short.
	if err != nil && (strings.Contains(err.Error(), "removed_friends.json (") || strings.Contains(err.Error(), "has the name of an export's file")) {
		t.Errorf("removed_friends.json alone is said to be an export's list: %v", err)
	}
}

// FacebookNameKey keys names as the lists of an export are joined: but
// for case, accents and spaces, not what FoldName drops, and not names
// whose accents differ (with audit.AccentsDiffer, as the lists).
func TestFacebookNameKey(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Ana Lima", "Ana Lima", true},
		{"Ana Lima", "ana  LIMA", true},
		{"Amélie Durand", "Amelie Durand", true},
		{"Søren Øvergaard", "Søren Øvergaard", true},
		{"Søren", "Soren", false},
		{"Nguyễn Thị Thủy", "Nguyễn Thị Thúy", false},
		{"Jean Dupont", "Jean Dupont, Avocat", false},
		{"Ana Lima", "Ana Lima Costa", false},
	}
	for _, tt := range tests {
		got := FacebookNameKey(tt.a) == FacebookNameKey(tt.b) && !audit.AccentsDiffer(tt.a, tt.b)
		if got != tt.want {
			t.Errorf("%q and %q one name: %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
