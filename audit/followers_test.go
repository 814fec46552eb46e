package audit

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// bareFollowers returns n Twitter followers with ids from first, read from
// two files.
func bareFollowers(first uint64, n int) Followers {
	f := Followers{Network: Twitter, Link: "https://twitter.com/intent/user?user_id="}
	for i := range n {
		src := "follower-part1.js"
		if i >= n/2 {
			src = "follower-part2.js"
		}
		f.Add(first+uint64(i)*7919, src)
	}
	return f
}

// expand returns the accounts the followers stand for.
func expand(fs []Followers) []Account {
	var out []Account
	for _, f := range fs {
		for i := range f.Len() {
			out = append(out, f.Account(i))
		}
	}
	return out
}

// importCSV renders people and crowd as the import report.
func importCSV(t *testing.T, people []*Person, crowd *Crowd) string {
	t.Helper()
	var b bytes.Buffer
	if err := WriteAccounts(&b, people, crowd); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestMergeFollowersMatchesMerge checks that followers kept as ids give
// the very report their accounts give, person ids and order included,
// also for followers the ledger knows and ids that clash.
func TestMergeFollowersMatchesMerge(t *testing.T) {
	named := []Account{
		acc(LinkedIn, "ada-l", "Ada Lovelace"),
		withHandle(acc(Twitter, "12", "Ada Lovelace"), "adalove"),
		acc(Twitter, "13", ""), // followed, unnamed
		{Network: Twitter, Relation: Follower, ID: "14", ProfileURL: "https://example.org/x", FollowsYou: Yes},
		acc(Facebook, "bob.1", "Bob Brown"),
	}
	bare := []Followers{bareFollowers(1000, 300)}
	f57, f58 := bare[0].Account(57), bare[0].Account(58)
	tests := []struct {
		name     string
		accounts []Account
		known    map[string]string
	}{
		{"no ledger", named, nil},
		{"only followers", nil, nil},
		{"a follower the ledger knows", named, map[string]string{
			f57.Key():        "pledger000001",
			"linkedin:ada-l": "pledger000001",
		}},
		{"a follower's id taken by a ledger person", named, map[string]string{
			"facebook:bob.1": personID(keyHash(&f58)),
		}},
		{"many followers in a split export", named, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := bare
			if tt.name == "many followers in a split export" {
				fs = []Followers{bareFollowers(1000, 300), bareFollowers(5, 2500)}
			}
			full := append(slices.Clone(tt.accounts), expand(fs)...)
			want := importCSV(t, Merge(full, knownOf(tt.known)), nil)
			people, crowd := MergeFollowers(slices.Clone(tt.accounts), fs, knownOf(tt.known))
			got := importCSV(t, people, crowd)
			if got != want {
				t.Errorf("report with followers as ids differs from the one with accounts:\n got %.600s\nwant %.600s", got, want)
			}
			rows, err := csv.NewReader(bytes.NewReader([]byte(got))).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			seen := map[string]string{}
			for _, r := range rows[1:] {
				key := r[1] + ":" + r[3]
				if k, ok := seen[r[0]]; ok && r[0] != "" && !sameGroup(people, k, key) {
					t.Errorf("person id %s given to %s and %s", r[0], k, key)
				}
				seen[r[0]] = key
			}
			if n := len(rows) - 1; n != len(full) {
				t.Errorf("%d rows, want one per account: %d", n, len(full))
			}
			if tt.name == "a follower's id taken by a ledger person" && len(crowd.ids) != 1 {
				t.Errorf("%d followers renamed, want 1: the one whose id the ledger uses", len(crowd.ids))
			}
			if tt.known != nil {
				if got, want := crowd.Len(), len(expand(fs))-1; tt.name == "a follower the ledger knows" && got != want {
					t.Errorf("crowd of %d, want %d: the known follower merges as an account", got, want)
				}
			}
		})
	}
}

// usernameFollowers returns n Instagram followers named from first on,
// some spelled with capitals, read from two files.
func usernameFollowers(first, n int) Followers {
	f := Followers{Network: Instagram, Link: "https://www.instagram.com/", Tail: "/"}
	for i := range n {
		src := "followers_1.json"
		if i >= n/2 {
			src = "followers_2.json"
		}
		name := fmt.Sprintf("fan.%d_x", first+i*7919)
		if i%3 == 0 {
			name = strings.ToUpper(name[:1]) + name[1:]
		}
		f.AddUsername(name, src)
	}
	return f
}

// TestMergeFollowersUsernames checks that followers kept as usernames
// give the very report their accounts give, also where a follower's
// username is the handle of an account of another network (merged with
// it, or a possible match), where the ledger or the last run knows it,
// and beside followers kept as numbers.
func TestMergeFollowersUsernames(t *testing.T) {
	fans := usernameFollowers(100, 400)
	joined := fans.Account(5)   // its username is a Twitter/X handle
	mastodon := fans.Account(9) // and this one a Mastodon user's
	known := fans.Account(12)
	last := fans.Account(20)
	named := []Account{
		withHandle(acc(Twitter, "12", "Ada Lovelace"), "@"+strings.ToUpper(joined.Handle)),
		withHandle(acc(Mastodon, mastodon.ID+"@mastodon.social", "Mast Odon"), "@"+mastodon.ID+"@mastodon.social"),
		acc(LinkedIn, "ada-l", "Ada Lovelace"),
		withHandle(acc(Instagram, "short", ""), "short"),
	}
	history := []PastCells{
		{AsOf: "2026-08-25", PersonID: "plast00000001", Network: Instagram, Relation: Following, ID: last.ID, Decision: DecisionUnfollow, Rule: "unknown"},
	}
	tests := []struct {
		name   string
		c      fuzzFollowers
		pinned int // followers merged as accounts
	}{
		{"only followers", fuzzFollowers{sets: []Followers{fans}}, 0},
		{"handles of other networks", fuzzFollowers{accounts: named, sets: []Followers{fans}}, 2},
		{"the ledger and the last run", fuzzFollowers{accounts: named, sets: []Followers{fans}, ledger: map[string]string{
			known.Key():      "pledger000001",
			"linkedin:ada-l": "pledger000001",
			"twitter:12":     "pledger000002",
		}, last: history}, 4},
		{"beside numbers", fuzzFollowers{accounts: named, sets: []Followers{bareFollowers(1000, 300), fans}}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			people, crowd := checkMergeFollowers(t, tt.c)
			if err := WriteAccounts(io.Discard, people, crowd); err == nil {
				t.Error("a crowd of usernames written in id order, not in name order")
			}
			n := 0
			for _, f := range tt.c.sets {
				n += f.Len()
			}
			if got := n - crowd.Len(); got != tt.pinned {
				t.Errorf("%d followers merged as accounts, want %d", got, tt.pinned)
			}
		})
	}
	if !strings.Contains(importCSV(t, Merge(append(slices.Clone(named), fans.Account(5)), nil), nil), "same handle @"+joined.ID) {
		t.Error("the test's handle does not merge the follower with the Twitter/X account: it tests nothing")
	}
}

// sameGroup reports whether accounts a and b are one person.
func sameGroup(people []*Person, a, b string) bool {
	for _, p := range people {
		keys := map[string]bool{}
		for _, x := range p.Accounts {
			keys[x.Key()] = true
		}
		if keys[a] && keys[b] {
			return true
		}
	}
	return false
}

func TestFollowersAccount(t *testing.T) {
	f := bareFollowers(10, 4)
	got := []string{}
	for i := range f.IDs {
		a := f.Account(i)
		got = append(got, a.Key()+" "+a.ProfileURL+" "+a.Source+" "+a.FollowsYou.String()+" "+a.Relation)
	}
	want := []string{
		"twitter:10 https://twitter.com/intent/user?user_id=10 follower-part1.js yes follower",
		"twitter:7929 https://twitter.com/intent/user?user_id=7929 follower-part1.js yes follower",
		"twitter:15848 https://twitter.com/intent/user?user_id=15848 follower-part2.js yes follower",
		"twitter:23767 https://twitter.com/intent/user?user_id=23767 follower-part2.js yes follower",
	}
	if !slices.Equal(got, want) {
		t.Errorf("accounts:\n%q\nwant\n%q", got, want)
	}
}

func TestSharedNums(t *testing.T) {
	rows := func(ns ...uint64) []crowdRow {
		var out []crowdRow
		for _, n := range ns {
			out = append(out, crowdRow{idNum: n})
		}
		return out
	}
	tests := []struct {
		a    []uint64
		rows []crowdRow
		want []uint64
	}{
		{nil, nil, nil},
		{[]uint64{1, 2, 3}, rows(4, 5), nil},
		{[]uint64{1, 2, 2}, nil, []uint64{2}},
		{nil, rows(7, 7, 9), []uint64{7}},
		{[]uint64{3, 9}, rows(1, 3, 10), []uint64{3}},
		{[]uint64{1}, rows(1), []uint64{1}},
	}
	for _, tt := range tests {
		got := slices.Sorted(maps.Keys(sharedNums(tt.a, tt.rows)))
		if !slices.Equal(got, tt.want) {
			t.Errorf("sharedNums(%v, %v) = %v, want %v", tt.a, tt.rows, got, tt.want)
		}
	}
}

// BenchmarkMergeFollowers measures the merge and report of a big
// follower list kept as ids.
func BenchmarkMergeFollowers(b *testing.B) {
	f := Followers{Network: Twitter, Link: "https://twitter.com/intent/user?user_id="}
	for i := range 1_000_000 {
		f.Add(1_000_000_000+uint64(i), "data/follower.js")
	}
	named := []Account{acc(Twitter, strconv.Itoa(1), "Ada Lovelace")}
	for b.Loop() {
		people, crowd := MergeFollowers(named, []Followers{f}, nil)
		if crowd.Len() != 1_000_000 || len(people) != 1 {
			b.Fatalf("%d people, crowd of %d", len(people), crowd.Len())
		}
		var buf bytes.Buffer
		if err := WriteAccounts(&buf, people, crowd); err != nil {
			b.Fatal(err)
		}
	}
}

// TestMergeFollowersClashes checks ids whose keys' hashes share the 48
// bits a person id keeps (found by a birthday search): between two
// followers, a follower and an account followed, and across sets.
func TestMergeFollowersClashes(t *testing.T) {
	pairs := [][2]uint64{
		{1955647634058120970, 1585258751485207587},
		{1958717724738907020, 1799247180171769365},
		{1502862781705669025, 1506325404976740347},
		{1682808534440209156, 1803912839514717727},
		{1398050341914344768, 1421514575860052654},
	}
	for _, p := range pairs {
		a := Account{Network: Twitter, ID: strconv.FormatUint(p[0], 10)}
		b := Account{Network: Twitter, ID: strconv.FormatUint(p[1], 10)}
		if keyHash(&a)>>16 != keyHash(&b)>>16 {
			t.Fatalf("%d and %d do not clash", p[0], p[1])
		}
	}
	link := "https://twitter.com/intent/user?user_id="
	set := func(src string, ids ...uint64) Followers {
		f := Followers{Network: Twitter, Link: link}
		for _, id := range ids {
			f.Add(id, src)
		}
		return f
	}
	followed := acc(Twitter, strconv.FormatUint(pairs[1][0], 10), "")
	tests := []struct {
		name     string
		accounts []Account
		sets     []Followers
	}{
		{"two followers", nil, []Followers{set("follower.js", pairs[0][0], 7, pairs[0][1])}},
		{"a follower and an account followed", []Account{followed}, []Followers{set("follower.js", pairs[1][1], 8)}},
		{"across sets", nil, []Followers{set("a.js", pairs[2][0], 9), set("b.js", pairs[2][1])}},
		{"several at once", []Account{followed}, []Followers{
			set("follower.js", pairs[0][1], pairs[3][0], pairs[4][0], pairs[1][1]),
			set("follower-part1.js", pairs[3][1], pairs[0][0], pairs[4][1]),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			full := append(slices.Clone(tt.accounts), expand(tt.sets)...)
			want := importCSV(t, Merge(full, nil), nil)
			people, crowd := MergeFollowers(slices.Clone(tt.accounts), tt.sets, nil)
			if got := importCSV(t, people, crowd); got != want {
				t.Errorf("report with followers as ids differs:\n got %s\nwant %s", got, want)
			}
			ids := map[string]bool{}
			rows, _ := csv.NewReader(strings.NewReader(want)).ReadAll()
			for _, r := range rows[1:] {
				if ids[r[0]] {
					t.Errorf("person id %s given twice", r[0])
				}
				ids[r[0]] = true
			}
		})
	}
}
