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

// TestReadFollowersOption checks that Read returns bare followers apart
// only when asked to.
func TestReadFollowersOption(t *testing.T) {
	dir := sampleDir("twitter")
	all, err := Import([]string{dir}, Options{}, All())
	if err != nil {
		t.Fatal(err)
	}
	var bare []audit.Followers
	lean, err := Import([]string{dir}, Options{Followers: &bare}, All())
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range bare {
		n += f.Len()
	}
	if n == 0 {
		t.Fatal("no bare followers in the sample: the test needs some")
	}
	if len(lean)+n != len(all) {
		t.Errorf("%d accounts and %d bare followers, want %d in all", len(lean), n, len(all))
	}
}
