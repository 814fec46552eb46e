package importers

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// A copy of a list kept in an export under a name of its own
// ("old/friends_backup.json" beside connections/friends/your_friends.json),
// found by what it holds, was read as a list of its own: its accounts came
// twice, or ones unfollowed since came back. Where a file of the same kind
// is in the same zip at its place and under its network's name, the copy
// is passed over (said where its bytes differ); in a folder given, it is
// refused as two copies, to be moved away, as a copy under the list's
// name is. The network's own files are read: parts of a split list, the
// lists of each kind, each era's names, and any file given by name.
func TestRenamedListCopy(t *testing.T) {
	fbFriends := func(names ...string) string {
		var es []fbE
		for i, n := range names {
			es = append(es, fbE{n, 1700000000 + int64(i)})
		}
		return fbFile("friends_v2", es...)
	}
	li := func(conns int) string { return liRequestFiles(conns, "Nora Quist", true)["Connections.csv"] }
	const pendingP = igDir + "pending_follow_requests.json"
	pending := `{"relationships_follow_requests_sent": [{"title": "", "media_list_data": [], "string_list_data": [{"href": "https://www.instagram.com/aiko.s", "value": "aiko.s", "timestamp": 1700000000}]}]}`
	fb2019 := map[string]string{
		"friends/friends.json":                          fbFile("friends", fbE{"Ines Moreau", 1500000000}, fbE{"Tomas Berg", 1500000001}),
		"friends/friends_added.json":                    fbFile("friends", fbE{"Tomas Berg", 1500000001}, fbE{"Lena Park", 1500000009}),
		"friends/removed_friends.json":                  fbFile("deleted_friends", fbE{"Olga Berg", 1400000000}),
		"friends/sent_friend_requests.json":             fbFile("sent_requests", fbE{"Aiko Sato", 1500000002}),
		"friends/received_friend_requests.json":         fbFile("received_requests", fbE{"Pia Lund", 1500000003}),
		"friends/rejected_friend_requests.json":         fbFile("rejected_requests", fbE{"Rex Hale", 1500000004}),
		"following_and_followers/following.json":        fbFile("following", fbE{"Marta Nowak", 1500000005}),
		"following_and_followers/followed_pages.json":   `{"pages_followed": [{"title": "Lakeside Bakery", "timestamp": 1500000006}]}`,
		"following_and_followers/unfollowed_pages.json": `{"pages_unfollowed": [{"title": "Old Cafe", "timestamp": 1500000007}]}`,
		"pages/pages_you_follow.json":                   `{"pages_followed": [{"title": "Hill Choir", "timestamp": 1500000008}]}`,
	}
	inFolder := func(dir string, files map[string]string) map[string]string {
		m := map[string]string{}
		for name, data := range files {
			m[dir+"/"+name] = data
		}
		return m
	}
	note := func(copy, list, read string) string {
		return "exports.zip!" + copy + ": a second copy of " + list + ", under a name of its own (told by what it holds) and not alike: exports.zip!" + read +
			", at its place, is read. If the copy is the one to read, unzip exports.zip and put it there, under that name."
	}
	cases := []struct {
		name    string
		files   map[string]string // the zip's entries, or the folder's files
		folder  bool              // given as a folder on disk, not zipped
		loose   map[string]string // files given by name beside it
		err     []string          // substrings of the one-line refusal
		sources []string          // else where the accounts were read
		passed  []string          // and the notes of what was passed over, in full
	}{
		{
			name: "a Facebook list's renamed copy in a folder of the zip",
			files: map[string]string{
				"connections/friends/your_friends.json": fbFriends("Ines Moreau", "Tomas Berg"),
				"old/friends_backup.json":               fbFriends("Ines Moreau", "Aiko Sato"),
			},
			sources: []string{"connections/friends/your_friends.json"},
			passed:  []string{note("old/friends_backup.json", "Facebook's your_friends.json", "connections/friends/your_friends.json")},
		},
		{
			// In a folder the network puts its lists in, a file under a
			// name the tool does not know is the network's own as likely
			// as a copy (see the 2018-19 exports below): read.
			name: "a Facebook list's renamed copy beside it, in its folder",
			files: map[string]string{
				"connections/friends/your_friends.json":   fbFriends("Ines Moreau", "Tomas Berg"),
				"connections/friends/friends_backup.json": fbFriends("Ines Moreau", "Aiko Sato"),
			},
			sources: []string{"connections/friends/friends_backup.json", "connections/friends/your_friends.json"},
		},
		{
			name: "a renamed copy of the same bytes, read once and not said",
			files: map[string]string{
				"a_old/friends_backup.json":             fbFriends("Ines Moreau", "Tomas Berg"),
				"connections/friends/your_friends.json": fbFriends("Ines Moreau", "Tomas Berg"),
			},
			sources: []string{"connections/friends/your_friends.json"},
		},
		{
			name: "an Instagram list's renamed copy",
			files: map[string]string{
				igFollowingP:                igFollowingNew(igE{"ines.m", 1700000000}, igE{"tomas.b", 1700000001}),
				"backup/following_old.json": igFollowingNew(igE{"ines.m", 1700000000}, igE{"aiko.s", 1700000001}),
			},
			sources: []string{igFollowingP},
			passed:  []string{note("backup/following_old.json", "Instagram's following.json", igFollowingP)},
		},
		{
			name: "a Twitter/X list's renamed copy",
			files: map[string]string{
				"data/following.js":        twFollows2026("following", 0, "1001", "1002"),
				"backup/following_2025.js": twFollows2026("following", 0, "1001", "1003"),
			},
			sources: []string{"data/following.js"},
			passed:  []string{note("backup/following_2025.js", "Twitter/X's following.js", "data/following.js")},
		},
		{
			name: "a LinkedIn list's renamed copy",
			files: map[string]string{
				"Connections.csv":          li(3),
				"old/connections_2025.csv": li(-2),
			},
			sources: []string{"Connections.csv"},
			passed:  []string{note("old/connections_2025.csv", "LinkedIn's Connections.csv", "Connections.csv")},
		},
		{
			// LinkedIn, Instagram and Twitter/X name every list themselves:
			// beside the list, in its folder, a file under a name of its
			// own is a copy, not another era's list, and was read as well.
			name: "a LinkedIn list's renamed copy beside it",
			files: map[string]string{
				"Connections.csv":      li(3),
				"Connections_2025.csv": li(-2),
			},
			sources: []string{"Connections.csv"},
			passed:  []string{note("Connections_2025.csv", "LinkedIn's Connections.csv", "Connections.csv")},
		},
		{
			name: "an Instagram list's renamed copy beside it",
			files: map[string]string{
				igFollowingP:                 igFollowingNew(igE{"ines.m", 1700000000}, igE{"tomas.b", 1700000001}),
				igDir + "following_old.json": igFollowingNew(igE{"ines.m", 1700000000}, igE{"aiko.s", 1700000001}),
			},
			sources: []string{igFollowingP},
			passed:  []string{note(igDir+"following_old.json", "Instagram's following.json", igFollowingP)},
		},
		{
			name: "a Twitter/X list's renamed copy beside it",
			files: map[string]string{
				"data/following.js":      twFollows2026("following", 0, "1001", "1002"),
				"data/following_2025.js": twFollows2026("following", 0, "1001", "1003"),
			},
			sources: []string{"data/following.js"},
			passed:  []string{note("data/following_2025.js", "Twitter/X's following.js", "data/following.js")},
		},
		{
			name: "a LinkedIn list's renamed copy beside it in a folder given",
			files: map[string]string{
				"exports/Connections.csv":     li(3),
				"exports/Connections old.csv": li(-2),
			},
			folder: true,
			err: []string{filepath.Join("exports", "Connections.csv") + " and " + filepath.Join("exports", "Connections old.csv") +
				": two different copies of one LinkedIn list, the second under a name of its own: move the older away, or give the newest alone"},
		},
		{
			name: "a LinkedIn list's renamed copy of the same bytes beside it in a folder given, read once",
			files: map[string]string{
				"exports/Connections.csv":     li(3),
				"exports/Connections old.csv": li(3),
			},
			folder:  true,
			sources: []string{filepath.Join("exports", "Connections.csv")},
		},
		{
			name: "a renamed copy in a folder given",
			files: map[string]string{
				"exports/connections/friends/your_friends.json": fbFriends("Ines Moreau", "Tomas Berg"),
				"exports/old/friends_backup.json":               fbFriends("Ines Moreau", "Aiko Sato"),
			},
			folder: true,
			err: []string{filepath.Join("exports", "connections", "friends", "your_friends.json") + " and " + filepath.Join("exports", "old", "friends_backup.json") +
				": two different copies of one Facebook list, the second under a name of its own: move the older away, or give the newest alone"},
		},
		{
			name: "a renamed copy of the same bytes in a folder given, read once",
			files: map[string]string{
				"exports/connections/friends/your_friends.json": fbFriends("Ines Moreau", "Tomas Berg"),
				"exports/old/friends_backup.json":               fbFriends("Ines Moreau", "Tomas Berg"),
			},
			folder:  true,
			sources: []string{filepath.Join("exports", "connections", "friends", "your_friends.json")},
		},

		// The network's own files, and files given by name, are read.
		{
			name: "a renamed list given by name beside the zip",
			files: map[string]string{
				"connections/friends/your_friends.json": fbFriends("Ines Moreau", "Tomas Berg"),
			},
			loose:   map[string]string{"friends_backup.json": fbFriends("Ines Moreau", "Aiko Sato")},
			sources: []string{"connections/friends/your_friends.json", "friends_backup.json"},
		},
		{
			name: "a renamed list alone in a zip",
			files: map[string]string{
				"old/friends_backup.json": fbFriends("Ines Moreau", "Aiko Sato"),
			},
			sources: []string{"old/friends_backup.json"},
		},
		{
			name: "a Facebook list of followers in parts",
			files: map[string]string{
				"connections/followers/people_who_followed_you_1.json": fbFile("followers_v3", fbE{"Olga Berg", 0}),
				"connections/followers/people_who_followed_you_2.json": fbFile("followers_v3", fbE{"Tomas Berg", 0}),
				"connections/friends/your_friends.json":                fbFriends("Ines Moreau"),
			},
			sources: []string{"connections/followers/people_who_followed_you_1.json", "connections/followers/people_who_followed_you_2.json", "connections/friends/your_friends.json"},
		},
		{
			name: "Instagram's following and pending requests",
			files: map[string]string{
				igFollowingP:               igFollowingNew(igE{"ines.m", 1700000000}),
				pendingP:                   pending,
				igFollowers1P:              igOld("", igE{"tomas.b", 1700000000}),
				igDir + "followers_2.json": igOld("", igE{"aiko.s", 1700000001}),
			},
			sources: []string{igFollowers1P, igDir + "followers_2.json", igFollowingP},
		},
		{
			name: "a Twitter/X list in parts",
			files: map[string]string{
				"data/following.js":       twFollows2026("following", 0, "1001"),
				"data/following-part1.js": twFollows2026("following", 1, "1002"),
			},
			sources: []string{"data/following-part1.js", "data/following.js"},
		},
		{
			// Facebook's 2018-19 exports hold friends/friends_added.json
			// (key "friends") and following_and_followers/followed_pages.json
			// (key "pages_followed"), lists under names the tool does not
			// know, at the network's places: read beside friends.json and
			// pages/pages_you_follow.json, zipped or not.
			name:  "Facebook's 2018-19 files of lists under other names, zipped",
			files: fb2019,
			sources: []string{"following_and_followers/followed_pages.json", "following_and_followers/following.json",
				"friends/friends.json", "friends/friends_added.json", "pages/pages_you_follow.json"},
		},
		{
			name:   "Facebook's 2018-19 files of lists under other names, in a folder given",
			files:  inFolder("exports", fb2019),
			folder: true,
			sources: []string{filepath.FromSlash("exports/following_and_followers/followed_pages.json"), filepath.FromSlash("exports/following_and_followers/following.json"),
				filepath.FromSlash("exports/friends/friends.json"), filepath.FromSlash("exports/friends/friends_added.json"), filepath.FromSlash("exports/pages/pages_you_follow.json")},
		},
		{
			// A second download's copy under the list's name is a copy
			// of the list, refused as before, not passed over.
			name: "a browser's second download in the list's folder",
			files: map[string]string{
				"data/following.js":     twFollows2026("following", 0, "1001", "1002"),
				"data/following (1).js": twFollows2026("following", 0, "1001"),
			},
			err: []string{"exports.zip!data/following (1).js and exports.zip!data/following.js: two different copies of one Twitter/X list"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			given := []string{"exports.zip"}
			if tc.folder {
				writeTree(t, ".", tc.files)
				given = []string{"exports"}
			} else {
				var entries []zipEntry
				for name, data := range tc.files {
					entries = append(entries, zipEntry{name: name, data: data})
				}
				slices.SortFunc(entries, func(x, y zipEntry) int { return strings.Compare(x.name, y.name) })
				writeZip(t, "exports.zip", entries...)
			}
			writeTree(t, ".", tc.loose)
			for name := range tc.loose {
				given = append(given, name)
			}
			var stats Stats
			accs, _, err := Read(given, Options{Stats: &stats}, All())
			if tc.err != nil {
				checkOneLine(t, err, tc.err...)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range accs {
				src := strings.TrimPrefix(a.Source, "exports.zip!")
				if !slices.Contains(got, src) {
					got = append(got, src)
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.sources) {
				t.Errorf("read from\n%q\nwant\n%q", got, tc.sources)
			}
			if !slices.Equal(stats.PassedOver, tc.passed) {
				t.Errorf("passed over\n%q\nwant\n%q", stats.PassedOver, tc.passed)
			}
		})
	}
}
