package importers

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// TestTwitterLeanMatchesImport checks that the lean import gives the same
// accounts as Import once its bare followers are expanded: followers the
// tweets name, followers with their own link and accounts followed stay
// accounts; the rest, and only they, become ids.
func TestTwitterLeanMatchesImport(t *testing.T) {
	var ids []string
	for i := range 300 {
		ids = append(ids, fmt.Sprint(1000+i*37))
	}
	custom := strings.Replace(twFollows2026("follower", 2, ids[290]),
		"https://twitter.com/intent/user?user_id="+ids[290], "https://twitter.com/someone", 1)
	files := func() []*File {
		return []*File{
			memFile("data/following.js", twFollows2026("following", 0, ids[:100]...)),
			memFile("data/follower.js", twFollows2026("follower", 0, ids[50:200]...)),
			memFile("data/follower-part1.js", twFollows2026("follower", 1, ids[200:290]...)),
			memFile("data/follower-part2.js", custom),
			memFile("data/tweets.js", twTweets("tweets", 0,
				twTweet("Sat Nov 09 12:14:18 +0000 2024", [2]string{}, twMention{"Lena Park", "lenapark", ids[150]}))),
		}
	}
	full := mustImport(t, Twitter{}, files()...)
	accs, bare, err := Twitter{}.importLean(detect(t, Twitter{}, files()...))
	if err != nil {
		t.Fatal(err)
	}
	if len(bare) != 1 {
		t.Fatalf("%d sets of bare followers, want 1", len(bare))
	}
	// Followers only: ids[100:291], less the one named (150) and the one
	// with its own link (290).
	if got, want := bare[0].Len(), 191-2; got != want {
		t.Errorf("%d bare followers, want %d", got, want)
	}
	if got, want := len(bare[0].Sources), 2; got != want {
		t.Errorf("bare followers from %d files, want %d (follower.js, follower-part1.js): %q", got, want, bare[0].Sources)
	}
	got := slices.Clone(accs)
	for i := range bare[0].IDs {
		got = append(got, bare[0].Account(i))
	}
	key := func(a audit.Account) string { return a.Key() }
	byKey := func(as []audit.Account) []string {
		var out []string
		for _, a := range as {
			out = append(out, key(a)+" "+twRow(a)+" "+a.Source)
		}
		slices.Sort(out)
		return out
	}
	checkLines(t, byKey(got), byKey(full))
	for _, a := range accs {
		if a.Relation == audit.Follower && a.Name == "" && a.Handle == "" && strings.HasPrefix(a.ProfileURL, twitterIntent) {
			t.Errorf("%s: a bare follower returned as an account", a.Key())
		}
	}
}

// TestInstagramLeanMatchesImport checks that the lean import gives the
// same accounts as Import once its followers apart are expanded: accounts
// followed (those that follow back among them) stay accounts, followers
// only, and only they, become usernames, each once, deleted ones skipped,
// with the file each was first listed in.
func TestInstagramLeanMatchesImport(t *testing.T) {
	var fans []igE
	for i := range 120 {
		fans = append(fans, igE{fmt.Sprintf("fan.%03d_x", i), int64(1700000000 + i)})
	}
	fans[7].user = "Fan.Capital"
	following := []igE{{"amelie_d", 1750276991}, {"gretal", 1709983628}, fans[3], {"fan.010_X", 1709983000}}
	files := func() []*File {
		return []*File{
			memFile(igFollowingP, igFollowingNew(following...)),
			memFile(igFollowers1P, igOld("", append(slices.Clone(fans[:70]), igE{"amelie_d", 1750448822}, igE{"__deleted__abc123", 1})...)),
			// A later part repeats some followers: each is one account.
			memFile(igFollowers2P, igOld("", append(slices.Clone(fans[60:]), igE{"FAN.008_X", 1})...)),
		}
	}
	full := mustImport(t, Instagram{}, files()...)
	accs, bare, err := Instagram{}.importLean(detect(t, Instagram{}, files()...))
	if err != nil {
		t.Fatal(err)
	}
	if len(bare) != 1 {
		t.Fatalf("%d sets of followers apart, want 1", len(bare))
	}
	// Followers only: the 120 fans less the two followed (3 and 10).
	if got, want := bare[0].Len(), 118; got != want {
		t.Errorf("%d followers apart, want %d", got, want)
	}
	if got, want := bare[0].Sources, []string{"export.zip!" + igFollowers1P, "export.zip!" + igFollowers2P}; !slices.Equal(got, want) {
		t.Errorf("followers apart read from %q, want %q", got, want)
	}
	for _, a := range accs {
		if a.Relation == audit.Follower {
			t.Errorf("%s: a follower not followed returned as an account", a.Key())
		}
	}
	got := slices.Clone(accs)
	for i := range bare[0].Len() {
		got = append(got, bare[0].Account(i))
	}
	checkLines(t, igLines(t, got), igLines(t, full))
}

// TestReadLeanOptions checks that Read returns followers apart only when
// asked to: Twitter/X's ids with Followers, Instagram's usernames with
// Usernames too.
func TestReadLeanOptions(t *testing.T) {
	tests := []struct {
		network string
		opt     func(*[]audit.Followers) Options
		apart   bool
	}{
		{"twitter", func(b *[]audit.Followers) Options { return Options{Followers: b} }, true},
		{"instagram", func(b *[]audit.Followers) Options { return Options{Followers: b} }, false},
		{"instagram", func(b *[]audit.Followers) Options { return Options{Followers: b, Usernames: true} }, true},
	}
	for _, tt := range tests {
		dir := sampleDir(tt.network)
		all, err := Import([]string{dir}, Options{}, All())
		if err != nil {
			t.Fatal(err)
		}
		var bare []audit.Followers
		lean, err := Import([]string{dir}, tt.opt(&bare), All())
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, f := range bare {
			n += f.Len()
		}
		if tt.apart != (n > 0) {
			t.Errorf("%s: %d followers apart, want some: %v", tt.network, n, tt.apart)
		}
		if len(lean)+n != len(all) {
			t.Errorf("%s: %d accounts and %d followers apart, want %d in all", tt.network, len(lean), n, len(all))
		}
	}
}
