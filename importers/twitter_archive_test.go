package importers

// A Twitter/X archive as a whole: the files claimed, its formats, the
// manifest of its parts, whose it is, and the sample archive.

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

func TestTwitterDetect(t *testing.T) {
	tests := []struct {
		path, head string
		want       string
		readsHead  bool
	}{
		{"data/following.js", "", "following", false},
		{"twitter-2026-11-20-0a1b/data/following.js", "", "following", false},
		{"data/following-part1.js", "", "following", false},
		{"data/Following.js", "", "following", false},
		{"data/follower.js", "", "follower", false},
		{"data/follower-part12.js", "", "follower", false},
		{"data/tweets.js", "", "tweets", false},
		{"data/tweets-part1.js", "", "tweets", false},
		{"data/tweet.js", "", "tweets", false},
		{"data/tweet-part2.js", "", "tweets", false},
		{"following.json", "window.YTD.following.part0 = [", "", false},
		{"data/following.js.bak", "window.YTD.following.part0 = [", "", false},
		{"data/tweets_media/1855233012345678901-GbK3xYzWcAAq1fP.jpg", "", "", false},
		{"Your archive.html", "<!doctype html>", "", false},
		{"my following (1).js", "\n  window.YTD.following.part0 = [", "following", true},
		{"a.js", "\xEF\xBB\xBFwindow.YTD.follower.part0 = [", "follower", true},
		{"b.js", "window.YTD.tweets.part3 = [", "tweets", true},
		{"c.js", "window.YTD.tweet.part0 = [ {", "tweets", true},
		{"data/following-partx.js", "window.YTD.following.part0 = [", "following", true},
		{"data/following-partx.js", "[ ]", "", true},
		{"data/account.js", "", "account", false},
		{"e.js", "window.YTD.account.part0 = [", "account", true},
		{"data/direct-messages.js", "window.YTD.direct_messages.part0 = [", "", true},
		{"data/manifest.js", "window.__THAR_CONFIG = {", "manifest", true},
		{"twitter-2026-11-20-5f1c/data/manifest.js", "\xEF\xBB\xBF\nwindow.__THAR_CONFIG = {", "manifest", true},
		{"data/manifest.js", "{\"short_name\": \"App\"}", "", true},
		{"site/manifest.js", "self.__BUILD_MANIFEST = {", "", true},
		{"data/like.js", "window.YTD.like.part0 = [", "", true},
		{"data/follower-requests.js", "window.YTD.follower_requests.part0 = [", "", true},
		{"d.js", "window.YTD.followingX.part0 = [", "", true},
		{"assets/js/main.0506aebee0a5b8f83a32.js", "!function(e){var t={};", "", true},
		// The archive's names are claimed by name only in its data folder:
		// elsewhere a website's account.js or tweets.js is not an archive.
		{"site/js/account.js", "(function () {\n  var account = {};", "", true},
		{"js/tweets.js", "export const tweets = [];", "", true},
		{"backup/follower.js", "", "", true},
		{"following.js", "window.YTD.following.part0 = [ ]", "following", true},
		{"old/account.js", "window.YTD.account.part0 = [", "account", true},
		{"Data/follower-part1.js", "", "follower", false},
	}
	for _, tt := range tests {
		checkDetect(t, Twitter{}, tt.path, tt.head, tt.want, tt.readsHead)
	}
}

func TestTwitterFormats(t *testing.T) {
	fs := Twitter{}.Formats()
	if len(fs) != 1 || fs[0].Network != audit.Twitter || fs[0].Name != "Your archive (X/Twitter)" ||
		!slices.Contains(fs[0].Files, "data/following.js") || !slices.Contains(fs[0].Files, "data/follower.js") {
		t.Errorf("Formats() = %+v", fs)
	}
}

// TestTwitterManifest checks that data/manifest.js, where it is there
// and readable, only ever refuses an archive whose list lacks a part it
// lists (see TestTwitterImportErrors): anything else about it leaves the
// import as without it.
func TestTwitterManifest(t *testing.T) {
	all := twManifest(twPart{"following", 0}, twPart{"follower", 0}, twPart{"follower", 1}, twPart{"follower", 2})
	lists := func() []*File {
		return []*File{
			memFile("data/following.js", twFollows2026("following", 0, "1401")),
			memFile("data/follower.js", twFollows2026("follower", 0, "1401")),
			memFile("data/follower-part1.js", twFollows2026("follower", 1, "1402")),
		}
	}
	withPart2 := func() []*File {
		return append(lists(), memFile("data/follower-part2.js", twFollows2026("follower", 2, "1403")))
	}
	tests := []struct {
		name  string
		files []*File
		want  []string
	}{{
		name:  "every part listed is there",
		files: append(withPart2(), memFile("data/manifest.js", all)),
		want:  []string{"following 1401 yes", "follower 1402 yes", "follower 1403 yes"},
	}, {
		name:  "a part there that the manifest does not list is read",
		files: append(withPart2(), memFile("data/manifest.js", twManifest(twPart{"following", 0}, twPart{"follower", 0}, twPart{"follower", 1}))),
		want:  []string{"following 1401 yes", "follower 1402 yes", "follower 1403 yes"},
	}, {
		name: "a list listed but not there at all is a list missing, told after the summary",
		files: []*File{
			memFile("data/manifest.js", all),
			memFile("data/following.js", twFollows2026("following", 0, "1401")),
		},
		want: []string{"following 1401 unknown"},
	}, {
		name:  "a manifest cut short is passed over",
		files: append(lists(), memFile("data/manifest.js", all[:len(all)/2])),
		want:  []string{"following 1401 yes", "follower 1402 yes"},
	}, {
		name:  "a manifest of another shape is passed over",
		files: append(lists(), memFile("data/manifest.js", `window.__THAR_CONFIG = { "dataTypes" : [ "follower" ] }`)),
		want:  []string{"following 1401 yes", "follower 1402 yes"},
	}, {
		name:  "a manifest too big to be the archive's is passed over",
		files: append(lists(), memFile("data/manifest.js", all+strings.Repeat(" ", twitterManifestCap))),
		want:  []string{"following 1401 yes", "follower 1402 yes"},
	}, {
		name: "a name listed that is no part of the list is passed over",
		files: append(lists(), memFile("data/manifest.js", strings.NewReplacer(
			"data/follower-part2.js", "data/follower-part2.json",
			"data/follower-part1.js", "data/followers-part1.js").Replace(all))),
		want: []string{"following 1401 yes", "follower 1402 yes"},
	}, {
		name: "a part under a copy's name (a second download) is the part it names",
		files: append(lists(), memFile("data/follower-part2 (1).js", twFollows2026("follower", 2, "1403")),
			memFile("data/manifest.js", all)),
		want: []string{"following 1401 yes", "follower 1402 yes", "follower 1403 yes"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, a := range mustImport(t, Twitter{}, tt.files...) {
				fy := a.FollowsYou.String()
				if fy == "" {
					fy = "unknown"
				}
				got = append(got, a.Relation+" "+a.ID+" "+fy)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// An archive in several zips may hold a data/manifest.js in each, alike or
// not (its archiveInfo, "isPartialArchive" : true, may be the zip's): they
// are no sign of two archives, and the parts listed by any of them are
// looked for in every zip given. A manifest of another account (beside the
// archive, in a zip of its own) says nothing of this archive's parts, nor
// does a part listed as holding no one.
func TestTwitterManifestOfEachZip(t *testing.T) {
	all := twManifest(twPart{"following", 0}, twPart{"follower", 0}, twPart{"follower", 1})
	partial := func(m, size string) string {
		return strings.NewReplacer(`"isPartialArchive" : false`, `"isPartialArchive" : true`, `"sizeBytes" : "48213"`, `"sizeBytes" : "`+size+`"`).Replace(m)
	}
	part1 := []zipEntry{
		{name: "data/account.js", data: twAccountJS("1000", "robinhale")},
		{name: "data/following.js", data: twFollows2026("following", 0, "1401")},
		{name: "data/follower.js", data: twFollows2026("follower", 0, "1401")},
	}
	part2 := []zipEntry{{name: "data/follower-part1.js", data: twFollows2026("follower", 1, "1402")}}
	with := func(entries []zipEntry, more ...zipEntry) []zipEntry {
		return append(slices.Clone(entries), more...)
	}
	tests := []struct {
		name string
		zips map[string][]zipEntry
		n    int    // accounts read, without an error
		err  string // a substring of the error, "" for none
	}{{
		name: "two zips, each with the whole archive's manifest, its archiveInfo the zip's",
		zips: map[string][]zipEntry{
			"twitter-2026-11-20-5f1c-part1.zip": with(part1, zipEntry{name: "data/manifest.js", data: partial(all, "30000")}),
			"twitter-2026-11-20-5f1c-part2.zip": with(part2, zipEntry{name: "data/manifest.js", data: partial(all, "18213")}),
		},
		n: 2,
	}, {
		name: "two zips, each manifest listing the zip's own files",
		zips: map[string][]zipEntry{
			"twitter-2026-11-20-5f1c-part1.zip": with(part1, zipEntry{name: "data/manifest.js", data: partial(twManifest(twPart{"following", 0}, twPart{"follower", 0}), "30000")}),
			"twitter-2026-11-20-5f1c-part2.zip": with(part2, zipEntry{name: "data/manifest.js", data: partial(twManifest(twPart{"follower", 1}), "18213")}),
		},
		n: 2,
	}, {
		name: "the first zip of a partial archive alone",
		zips: map[string][]zipEntry{
			"twitter-2026-11-20-5f1c-part1.zip": with(part1, zipEntry{name: "data/manifest.js", data: partial(all, "30000")}),
		},
		err: "twitter-2026-11-20-5f1c-part1.zip!data/manifest.js: the archive is incomplete, one zip of several (its manifest says it is a partial archive): it lists data/follower-part1.js,",
	}, {
		name: "another account's manifest in a zip of its own beside the archive",
		zips: map[string][]zipEntry{
			"twitter-2026-11-20-5f1c.zip": with(part1, zipEntry{name: "data/manifest.js", data: twManifest(twPart{"following", 0}, twPart{"follower", 0})}),
			"twitter-2025-02-11-9a7d-part2.zip": {{name: "data/manifest.js", data: strings.NewReplacer(`"accountId" : "1000"`, `"accountId" : "2000"`, `"userName" : "robinhale"`, `"userName" : "noraberg"`).Replace(
				partial(twManifest(twPart{"following", 0}, twPart{"follower", 0}, twPart{"follower", 1}, twPart{"follower", 2}), "9000"))}},
		},
		n: 1,
	}, {
		name: "another account's manifest beside the archive, this one's listing a part not there",
		zips: map[string][]zipEntry{
			"twitter-2026-11-20-5f1c.zip": with(part1, zipEntry{name: "data/manifest.js", data: all}),
			"twitter-2025-02-11-9a7d-part2.zip": {{name: "data/manifest.js", data: strings.NewReplacer(`"accountId" : "1000"`, `"accountId" : "2000"`).Replace(
				twManifest(twPart{"following", 0}, twPart{"follower", 0}))}},
		},
		err: "twitter-2026-11-20-5f1c.zip!data/manifest.js: the archive is incomplete: it lists data/follower-part1.js,",
	}, {
		name: "manifests of two accounts, without account.js to tell which is the archive's",
		zips: map[string][]zipEntry{
			"twitter-2026-11-20-5f1c.zip": with(part1[1:], zipEntry{name: "data/manifest.js", data: all}),
			"twitter-2025-02-11-9a7d-part2.zip": {{name: "data/manifest.js", data: strings.NewReplacer(`"accountId" : "1000"`, `"accountId" : "2000"`).Replace(
				twManifest(twPart{"following", 0}, twPart{"follower", 0}))}},
		},
		n: 1,
	}, {
		name: "a part listed as holding no one, not there",
		zips: map[string][]zipEntry{
			"twitter-2026-11-20-5f1c.zip": with(part1, zipEntry{name: "data/manifest.js", data: strings.Replace(all,
				"\"globalName\" : \"YTD.follower.part1\",\n        \"count\" : \"1\"", "\"globalName\" : \"YTD.follower.part1\",\n        \"count\" : \"0\"", 1)}),
		},
		n: 1,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			var paths []string
			for name, entries := range tt.zips {
				paths = append(paths, writeZip(t, name, entries...))
			}
			slices.Sort(paths)
			accs, err := Import(paths, Options{}, All())
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) || strings.Contains(err.Error(), "\n") {
					t.Fatalf("error %v, want one line saying %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(accs) != tt.n {
				t.Errorf("%d accounts, want %d", len(accs), tt.n)
			}
		})
	}
}

// An archive says whose it is in data/account.js: the account id, and the
// handle to show (the display name where the handle is missing).
func TestTwitterOwner(t *testing.T) {
	account := twAccountJS
	tests := []struct {
		name  string
		files map[string]string
		want  []audit.Owner
		err   string
	}{
		{"an archive", map[string]string{"data/following.js": twFollowing2026, "data/account.js": account("1000", "robinhale")},
			[]audit.Owner{{Network: audit.Twitter, ID: "1000", Name: "@robinhale"}}, ""},
		{"no handle", map[string]string{"data/following.js": twFollowing2026, "data/account.js": account("1000", "")},
			[]audit.Owner{{Network: audit.Twitter, ID: "1000", Name: "Robin Hale"}}, ""},
		{"no account.js", map[string]string{"data/following.js": twFollowing2026}, nil, ""},
		{"no id", map[string]string{"data/following.js": twFollowing2026, "data/account.js": account("", "robinhale")}, nil, ""},
		{"an id that is not a number", map[string]string{"data/following.js": twFollowing2026, "data/account.js": account("12ab", "robinhale")}, nil, ""},
		{"a broken account.js", map[string]string{"data/following.js": twFollowing2026, "data/account.js": "window.YTD.account.part0 = [ {"},
			nil, "data/account.js"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, tt.files)
			var owners []audit.Owner
			_, _, err := Read([]string{dir}, Options{Owners: &owners}, All())
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error %v, want one naming %s", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(withoutSources(t, owners), tt.want) {
				t.Errorf("owners %+v, want %+v", owners, tt.want)
			}
		})
	}
}

// TestTwitterSample reads the sample archive shipped for the README and
// checks the shared cast comes out as intended.
func TestTwitterSample(t *testing.T) {
	dir, accs := importSample(t, "twitter", Twitter{})
	var got []string
	for _, a := range accs {
		got = append(got, fmt.Sprintf("%s %s @%s %q %s", a.Relation, a.ID, a.Handle, a.Name, a.FollowsYou))
	}
	want := []string{
		`following 1409 @samokafor "Sam Okafor" no`,
		`following 1408 @ "" no`,
		`following 1407 @lenapark "Lena Park 🌿" no`,
		`following 1406 @kofi_m "" no`,
		`following 1405 @gretal "Greta Lindqvist" no`,
		`following 1404 @ "" no`,
		`following 1403 @jonas_thal "Jonas Thal" yes`,
		`following 1402 @dmitri_s "Dmitri Sokolov" no`,
		`following 1401 @amelie_d "Amélie Durand" yes`,
		`follower 2002 @ "" yes`,
		`follower 2001 @ "" yes`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
	if len(accs) > 0 && accs[0].Source != dir+"/data/following.js" {
		t.Errorf("source %q", accs[0].Source)
	}
}
