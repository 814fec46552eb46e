package importers

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Two exports of one network unzipped into two folders, and the folder
// that holds both zipped again, are two exports, as the two folders are
// on disk: read as one list, the accounts unfollowed since the older
// would come back as new. A zip that holds one export however it was
// made (by the network, or a folder unzipped and zipped again, Windows'
// doubled folder too), or one export's list split into parts, or two
// folders holding the same bytes, is read.
func TestTwoExportsZippedTogether(t *testing.T) {
	li := func(conns int) string { return liRequestFiles(conns, "Nora Quist", true)["Connections.csv"] }
	liProfile := liRequestFiles(1, "Nora Quist", false)["Profile.csv"]
	const hiddenRow = ",,,,,,05 May 2024\n" // a member who hid the profile: the date alone
	fbFriends := func(names ...string) string {
		var es []fbE
		for i, n := range names {
			es = append(es, fbE{n, 1700000000 + int64(i)})
		}
		return fbFile("friends_v2", es...)
	}
	igFollowing := func(users ...string) string {
		var es []igE
		for i, u := range users {
			es = append(es, igE{u, 1700000000 + int64(i)})
		}
		return igFollowingNew(es...)
	}
	const (
		liOld     = "exports/Complete_LinkedInDataExport_08-20-2026/"
		liNew     = "exports/Complete_LinkedInDataExport_11-20-2026/"
		twOld     = "twitter-2026-08-20-5f1c0e7a/"
		twNew     = "twitter-2026-11-20-5f1c0e7a/"
		refusedBy = ": two different "
	)
	cases := []struct {
		name    string
		files   map[string]string // the zip's entries, or the folder's files
		folder  bool              // given as a folder on disk, not zipped
		err     []string          // substrings of the one-line refusal
		sources []string          // else where the accounts were read
		hidden  int64             // and the hidden connections counted, where told
		passed  []string          // and the notes of what was passed over, in full
	}{
		{
			name: "two LinkedIn exports' folders in one zip",
			files: map[string]string{
				liOld + "Connections.csv": li(2), liOld + "Profile.csv": liProfile,
				liNew + "Connections.csv": li(3), liNew + "Profile.csv": liProfile,
			},
			err: []string{"exports.zip!exports/Complete_LinkedInDataExport_08-20-2026 and exports.zip!exports/Complete_LinkedInDataExport_11-20-2026" +
				": two different LinkedIn exports (each holds its own Connections.csv), of two days or of two people: give one, the newest of the person audited" +
				" (by the dates in their names, exports.zip!exports/Complete_LinkedInDataExport_11-20-2026, of 2026-11-20, is the newer); unzip exports.zip to give one alone"},
		},
		{
			name: "the same two folders on disk",
			files: map[string]string{
				liOld + "Connections.csv": li(2), liOld + "Profile.csv": liProfile,
				liNew + "Connections.csv": li(3), liNew + "Profile.csv": liProfile,
			},
			folder: true,
			err: []string{filepath.Join("exports", "Complete_LinkedInDataExport_08-20-2026") + " and " + filepath.Join("exports", "Complete_LinkedInDataExport_11-20-2026") +
				": two different LinkedIn exports (each holds its own Connections.csv), of two days or of two people: give one, the newest of the person audited" +
				" (by the dates in their names, " + filepath.Join("exports", "Complete_LinkedInDataExport_11-20-2026") + ", of 2026-11-20, is the newer)"},
		},
		{
			name: "a LinkedIn export at the zip's top, an older one in a folder",
			files: map[string]string{
				"Connections.csv": li(3), "Complete_LinkedInDataExport_08-20-2026/Connections.csv": li(2),
			},
			err: []string{"exports.zip!Complete_LinkedInDataExport_08-20-2026 and exports.zip!Connections.csv" + refusedBy + "LinkedIn exports"},
		},
		{
			name: "two Facebook exports' folders",
			files: map[string]string{
				"facebook-noraquist-20260820/connections/friends/your_friends.json": fbFriends("Ines Moreau"),
				"facebook-noraquist-20261120/connections/friends/your_friends.json": fbFriends("Ines Moreau", "Tomas Berg"),
			},
			err: []string{"exports.zip!facebook-noraquist-20260820 and exports.zip!facebook-noraquist-20261120" + refusedBy + "Facebook exports (each holds its own your_friends.json)",
				"by the dates in their names, exports.zip!facebook-noraquist-20261120, of 2026-11-20, is the newer"},
		},
		{
			name: "two Twitter/X archives' folders",
			files: map[string]string{
				twOld + "data/following.js": twFollows2026("following", 0, "1001"),
				twNew + "data/following.js": twFollows2026("following", 0, "1001", "1002"),
			},
			err: []string{"exports.zip!" + strings.TrimSuffix(twOld, "/") + " and exports.zip!" + strings.TrimSuffix(twNew, "/") + refusedBy},
		},
		{
			name: "two Instagram exports' folders, of two years",
			files: map[string]string{
				"instagram-noraquist-2022-03-01/followers_and_following/following.json":             igFollowing("ines.m"),
				"instagram-noraquist-2026-11-20/connections/followers_and_following/following.json": igFollowing("ines.m", "tomas.b"),
			},
			err: []string{"exports.zip!instagram-noraquist-2022-03-01 and exports.zip!instagram-noraquist-2026-11-20" + refusedBy + "Instagram exports"},
		},

		{
			// Takeout names its folders in the account's language: the
			// list is told by what it holds, wherever it is.
			name: "two YouTube Takeouts' folders, of two languages",
			files: map[string]string{
				"takeout-20260820T090000Z-001/Takeout/YouTube und YouTube Music/Abos/Abos.csv": "Kanal-ID,Kanal-URL,Kanaltitel\n" + ytRow(ytGreta, "Greta Lindqvist"),
				"takeout-20261120T090000Z-001/" + ytCSVPath:                                    ytHeaderLine + ytRow(ytGreta, "Greta Lindqvist") + ytRow(ytBits, "Bits"),
			},
			err: []string{"exports.zip!takeout-20260820T090000Z-001 and exports.zip!takeout-20261120T090000Z-001" + refusedBy + "YouTube exports (one holds Abos.csv, the other subscriptions.csv)",
				"by the dates in their names, exports.zip!takeout-20261120T090000Z-001, of 2026-11-20, is the newer"},
		},
		{
			// A Mac unzips a second Takeout beside the first as
			// "Takeout 2": each folder is a Takeout's, named so.
			name: "two YouTube Takeouts unzipped on a Mac, zipped together",
			files: map[string]string{
				ytCSVPath: ytHeaderLine + ytRow(ytGreta, "Greta Lindqvist"),
				"Takeout 2/YouTube and YouTube Music/subscriptions/subscriptions.csv": ytHeaderLine + ytRow(ytGreta, "Greta Lindqvist") + ytRow(ytBits, "Bits"),
			},
			err: []string{"exports.zip!Takeout 2 and exports.zip!Takeout" + refusedBy + "YouTube exports (each holds its own subscriptions.csv)"},
		},
		{
			name: "two YouTube Takeouts under copies' names, in a folder zipped",
			files: map[string]string{
				"youtube/Takeout (1)/YouTube und YouTube Music/Abos/Abos.csv":        "Kanal-ID,Kanal-URL,Kanaltitel\n" + ytRow(ytGreta, "Greta Lindqvist"),
				"youtube/Takeout-2/YouTube and YouTube Music/subscriptions/subs.csv": ytHeaderLine + ytRow(ytGreta, "Greta Lindqvist") + ytRow(ytBits, "Bits"),
			},
			err: []string{"exports.zip!youtube/Takeout (1) and exports.zip!youtube/Takeout-2" + refusedBy + "YouTube exports (one holds Abos.csv, the other subs.csv)"},
		},
		{
			name: "two YouTube Takeouts unzipped on a Mac, in a folder given",
			files: map[string]string{
				"exports/" + ytCSVPath: ytHeaderLine + ytRow(ytGreta, "Greta Lindqvist"),
				"exports/Takeout 2/YouTube and YouTube Music/subscriptions/subscriptions.csv": ytHeaderLine + ytRow(ytGreta, "Greta Lindqvist") + ytRow(ytBits, "Bits"),
			},
			folder: true,
			err:    []string{filepath.Join("exports", "Takeout") + " and " + filepath.Join("exports", "Takeout 2") + refusedBy + "YouTube exports (each holds its own subscriptions.csv)"},
		},
		{
			name: "one YouTube Takeout unzipped on a Mac as Takeout 2, zipped",
			files: map[string]string{
				"Takeout 2/YouTube and YouTube Music/subscriptions/subscriptions.csv": ytHeaderLine + ytRow(ytGreta, "Greta Lindqvist"),
			},
			sources: []string{"Takeout 2/YouTube and YouTube Music/subscriptions/subscriptions.csv"},
		},
		{
			name: "two YouTube lists in two folders, renamed",
			files: map[string]string{
				"old/subs.csv": ytHeaderLine + ytRow(ytGreta, "Greta Lindqvist"),
				"new/subs.csv": ytHeaderLine + ytRow(ytGreta, "Greta Lindqvist") + ytRow(ytBits, "Bits"),
			},
			err: []string{"exports.zip!new and exports.zip!old" + refusedBy + "YouTube exports (each holds its own subs.csv)"},
		},
		{
			name: "two Mastodon follows CSVs in two folders",
			files: map[string]string{
				"mastodon-2026-08/following_accounts.csv": mdHdr + "jonas_thal@fosstodon.org,true,true,\n",
				"mastodon-2026-11/following_accounts.csv": mdHdr + "jonas_thal@fosstodon.org,true,true,\n" + "amelie_d@mastodon.social,true,false,\n",
			},
			err: []string{"exports.zip!mastodon-2026-08 and exports.zip!mastodon-2026-11" + refusedBy + "Mastodon exports (each holds its own following_accounts.csv)"},
		},
		{
			name: "a Mastodon follows CSV at the top, an older one in a folder",
			files: map[string]string{
				"following_accounts.csv":     mdHdr + "jonas_thal@fosstodon.org,true,true,\n" + "amelie_d@mastodon.social,true,false,\n",
				"old/following_accounts.csv": mdHdr + "jonas_thal@fosstodon.org,true,true,\n",
			},
			err: []string{"exports.zip!following_accounts.csv and exports.zip!old" + refusedBy + "Mastodon exports"},
		},
		{
			name: "two Mastodon follows CSVs in two folders on disk",
			files: map[string]string{
				"exports/mastodon-2026-08/following_accounts.csv": mdHdr + "jonas_thal@fosstodon.org,true,true,\n",
				"exports/mastodon-2026-11/following_accounts.csv": mdHdr + "jonas_thal@fosstodon.org,true,true,\n" + "amelie_d@mastodon.social,true,false,\n",
			},
			folder: true,
			err:    []string{filepath.Join("exports", "mastodon-2026-08") + " and " + filepath.Join("exports", "mastodon-2026-11") + refusedBy + "Mastodon exports"},
		},

		{
			name: "one Takeout's folder zipped again",
			files: map[string]string{
				"takeout-20261120T090000Z-001/" + ytCSVPath: ytHeaderLine + ytRow(ytGreta, "Greta Lindqvist"),
			},
			sources: []string{"takeout-20261120T090000Z-001/" + ytCSVPath},
		},
		{
			name: "a Takeout's Windows doubled folder zipped",
			files: map[string]string{
				"takeout-20261120T090000Z-001/takeout-20261120T090000Z-001/" + ytCSVPath: ytHeaderLine + ytRow(ytGreta, "Greta Lindqvist"),
			},
			sources: []string{"takeout-20261120T090000Z-001/takeout-20261120T090000Z-001/" + ytCSVPath},
		},
		{
			name: "the same Takeout list in two folders, read once",
			files: map[string]string{
				"a/" + ytCSVPath: ytHeaderLine + ytRow(ytGreta, "Greta Lindqvist"),
				"b/" + ytCSVPath: ytHeaderLine + ytRow(ytGreta, "Greta Lindqvist"),
			},
			sources: []string{"a/" + ytCSVPath},
		},
		{
			name: "the same Mastodon follows in two folders, read once",
			files: map[string]string{
				"a/following_accounts.csv": mdHdr + "jonas_thal@fosstodon.org,true,true,\n",
				"b/following_accounts.csv": mdHdr + "jonas_thal@fosstodon.org,true,true,\n",
			},
			sources: []string{"a/following_accounts.csv"},
		},
		{
			// A copy of the export's top folder kept in it: a whole
			// export, at its places under another top.
			name: "a Twitter/X archive at the zip's top, an older one in a folder in it",
			files: map[string]string{
				"data/following.js":        twFollows2026("following", 0, "1001", "1002"),
				"backup/data/following.js": twFollows2026("following", 0, "1001"),
			},
			err: []string{"exports.zip!backup and exports.zip!data/following.js" + refusedBy + "Twitter/X exports (each holds its own following.js)"},
		},
		{
			name: "a Facebook export at the zip's top, an older one in a folder in it",
			files: map[string]string{
				"connections/friends/your_friends.json":     fbFriends("Ines Moreau", "Tomas Berg"),
				"old/connections/friends/your_friends.json": fbFriends("Ines Moreau", "Aiko Sato"),
			},
			err: []string{"exports.zip!connections/friends/your_friends.json and exports.zip!old" + refusedBy + "Facebook exports (each holds its own your_friends.json)"},
		},
		{
			// A lone copy of one file, at no place the network puts it:
			// the one at its place is read, the copy said.
			name: "a stray copy of a Facebook list away from its place",
			files: map[string]string{
				"facebook-noraquist-20261120/connections/friends/your_friends.json": fbFriends("Ines Moreau", "Tomas Berg"),
				"facebook-noraquist-20261120/old/your_friends.json":                 fbFriends("Ines Moreau", "Aiko Sato"),
			},
			sources: []string{"facebook-noraquist-20261120/connections/friends/your_friends.json"},
			passed: []string{"exports.zip!facebook-noraquist-20261120/old/your_friends.json: a second copy of Facebook's your_friends.json, at no place a Facebook export puts it and not alike:" +
				" exports.zip!facebook-noraquist-20261120/connections/friends/your_friends.json, at its place, is read. If the copy is the one to read, unzip exports.zip and put it there."},
		},
		{
			name: "a stray copy of a Facebook list, met before the list at its place",
			files: map[string]string{
				"connections/friends/your_friends.json":     fbFriends("Ines Moreau", "Tomas Berg"),
				"connections/friends/old/your_friends.json": fbFriends("Ines Moreau", "Aiko Sato"),
			},
			sources: []string{"connections/friends/your_friends.json"},
			passed:  []string{"exports.zip!connections/friends/old/your_friends.json: a second copy of Facebook's your_friends.json, at no place a Facebook export puts it and not alike: exports.zip!connections/friends/your_friends.json, at its place, is read. If the copy is the one to read, unzip exports.zip and put it there."},
		},
		{
			name: "a stray copy of a Twitter/X list away from data/",
			files: map[string]string{
				twNew + "data/following.js":   twFollows2026("following", 0, "1001", "1002"),
				twNew + "backup/following.js": twFollows2026("following", 0, "1001"),
			},
			sources: []string{twNew + "data/following.js"},
			passed:  []string{"exports.zip!" + twNew + "backup/following.js: a second copy of Twitter/X's following.js, at no place a Twitter/X export puts it and not alike: exports.zip!" + twNew + "data/following.js, at its place, is read. If the copy is the one to read, unzip exports.zip and put it there."},
		},
		{
			// The zip's entries in order of name: both copies come
			// before the list at its place, which is read all the same.
			name: "two stray copies of a Facebook list, met before the list at its place",
			files: map[string]string{
				"a_old/your_friends.json":               fbFriends("Ines Moreau", "Aiko Sato"),
				"b_old/your_friends.json":               fbFriends("Ines Moreau", "Olga Berg"),
				"connections/friends/your_friends.json": fbFriends("Ines Moreau", "Tomas Berg"),
			},
			sources: []string{"connections/friends/your_friends.json"},
			passed: []string{
				"exports.zip!a_old/your_friends.json: a second copy of Facebook's your_friends.json, at no place a Facebook export puts it and not alike: exports.zip!connections/friends/your_friends.json, at its place, is read. If the copy is the one to read, unzip exports.zip and put it there.",
				"exports.zip!b_old/your_friends.json: a second copy of Facebook's your_friends.json, at no place a Facebook export puts it and not alike: exports.zip!connections/friends/your_friends.json, at its place, is read. If the copy is the one to read, unzip exports.zip and put it there.",
			},
		},
		{
			name: "a stray copy of the same bytes, read once and not said",
			files: map[string]string{
				"connections/friends/your_friends.json": fbFriends("Ines Moreau", "Tomas Berg"),
				"old/your_friends.json":                 fbFriends("Ines Moreau", "Tomas Berg"),
			},
			sources: []string{"connections/friends/your_friends.json"},
		},
		{
			name: "a stray copy of the same bytes met first, the list at its place read",
			files: map[string]string{
				"connections/friends/your_friends.json":     fbFriends("Ines Moreau", "Tomas Berg"),
				"connections/friends/old/your_friends.json": fbFriends("Ines Moreau", "Tomas Berg"),
			},
			sources: []string{"connections/friends/your_friends.json"},
		},
		{
			name: "two stray copies of a Facebook list, neither at its place",
			files: map[string]string{
				"a/your_friends.json": fbFriends("Ines Moreau", "Tomas Berg"),
				"b/your_friends.json": fbFriends("Ines Moreau", "Aiko Sato"),
			},
			err: []string{"exports.zip!a/your_friends.json and exports.zip!b/your_friends.json: two different copies of one Facebook list: move the older away, or give the newest alone; unzip exports.zip to give one alone"},
		},
		{
			name: "two copies of a Facebook list, each at a place of its export",
			files: map[string]string{
				"connections/friends/your_friends.json":                               fbFriends("Ines Moreau", "Tomas Berg"),
				"your_activity_across_facebook/connections/friends/your_friends.json": fbFriends("Ines Moreau", "Aiko Sato"),
			},
			err: []string{"exports.zip!connections/friends/your_friends.json and exports.zip!your_activity_across_facebook/connections/friends/your_friends.json: two different copies of one Facebook list"},
		},
		{
			name: "a browser's second download zipped beside the first",
			files: map[string]string{
				liNew + "Connections.csv":     li(3),
				liNew + "Connections (1).csv": li(2),
			},
			err: []string{"exports.zip!" + liNew + "Connections (1).csv and exports.zip!" + liNew + "Connections.csv: two different copies of one LinkedIn list"},
		},
		{
			name: "one export's folder zipped again",
			files: map[string]string{
				liNew + "Connections.csv": li(3), liNew + "Profile.csv": liProfile,
			},
			sources: []string{liNew + "Connections.csv"},
		},
		{
			name: "Windows' doubled folder zipped",
			files: map[string]string{
				twNew + twNew + "data/following.js": twFollows2026("following", 0, "1001", "1002"),
				twNew + twNew + "data/account.js":   twAccountJS("42", "noraquist"),
			},
			sources: []string{twNew + twNew + "data/following.js"},
		},
		{
			name: "an Instagram list in parts, in one folder",
			files: map[string]string{
				"ig/" + igFollowingP:  igFollowing("ines.m"),
				"ig/" + igFollowers1P: igOld("", igE{"tomas.b", 1700000000}),
				"ig/" + igFollowers2P: igOld("", igE{"aiko.s", 1700000001}),
			},
			sources: []string{"ig/" + igFollowers1P, "ig/" + igFollowers2P, "ig/" + igFollowingP},
		},
		{
			name: "a Twitter/X list in parts",
			files: map[string]string{
				twNew + "data/following.js":       twFollows2026("following", 0, "1001"),
				twNew + "data/following-part1.js": twFollows2026("following", 1, "1002"),
			},
			sources: []string{twNew + "data/following-part1.js", twNew + "data/following.js"},
		},
		{
			name: "a zip as Facebook makes it",
			files: map[string]string{
				"connections/friends/your_friends.json":              fbFriends("Ines Moreau"),
				"connections/followers/who_you've_followed.json":     fbFile("following_v3", fbE{"Harbor Press", 1700000000}),
				"connections/friends/removed_friends.json":           fbFile("deleted_friends_v2"),
				"connections/followers/people_who_followed_you.json": fbFile("followers_v3", fbE{"Tomas Berg", 0}),
			},
			sources: []string{"connections/followers/people_who_followed_you.json", "connections/followers/who_you've_followed.json", "connections/friends/your_friends.json"},
		},
		{
			// The same export unzipped twice, or copied: read once, so
			// that what an import leaves out is not counted twice.
			name: "the same bytes in two folders, read once",
			files: map[string]string{
				liOld + "Connections.csv": li(3) + hiddenRow, liNew + "Connections.csv": li(3) + hiddenRow,
			},
			sources: []string{liOld + "Connections.csv"},
			hidden:  1,
		},
		{
			// LinkedIn sends both for one request; unzipped into one
			// folder and zipped again, the Basic is passed over as it is
			// on disk.
			name: "a LinkedIn request's Basic and Complete archives' folders",
			files: map[string]string{
				"dl/Basic_LinkedInDataExport_11-19-2026/Connections.csv":    li(2),
				"dl/Basic_LinkedInDataExport_11-19-2026/Profile.csv":        liProfile,
				"dl/Complete_LinkedInDataExport_11-20-2026/Connections.csv": li(3),
				"dl/Complete_LinkedInDataExport_11-20-2026/Profile.csv":     liProfile,
			},
			sources: []string{"dl/Complete_LinkedInDataExport_11-20-2026/Connections.csv"},
			passed:  []string{"exports.zip!dl/Basic_LinkedInDataExport_11-19-2026: the Complete archive of the same request, exports.zip!dl/Complete_LinkedInDataExport_11-20-2026, holds its connections and more."},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			given := "exports.zip"
			if tc.folder {
				// The files' paths start with the folder given.
				writeTree(t, ".", tc.files)
				given = "exports"
			} else {
				var entries []zipEntry
				for name, data := range tc.files {
					entries = append(entries, zipEntry{name: name, data: data})
				}
				slices.SortFunc(entries, func(x, y zipEntry) int { return strings.Compare(x.name, y.name) })
				writeZip(t, given, entries...)
			}
			var stats Stats
			accs, _, err := Read([]string{given}, Options{Stats: &stats}, All())
			if tc.err != nil {
				checkOneLine(t, err, tc.err...)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range accs {
				src := strings.TrimPrefix(a.Source, given+"!")
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
			if n := stats.Hidden.Load(); tc.hidden != 0 && n != tc.hidden {
				t.Errorf("%d hidden connections counted, want %d", n, tc.hidden)
			}
		})
	}
}

// A zip that holds a stray copy of a list beside the list at its place
// (see TestTwoExportsZippedTogether), given twice or beside its second
// download ("exports (1).zip", the same bytes), is read as given once:
// the list at its place, the copy said once per zip, not refused as two
// exports.
func TestStrayCopyZipGivenTwice(t *testing.T) {
	friends := func(names ...string) string {
		var es []fbE
		for i, n := range names {
			es = append(es, fbE{n, 1700000000 + int64(i)})
		}
		return fbFile("friends_v2", es...)
	}
	entries := []zipEntry{
		{name: "connections/friends/your_friends.json", data: friends("Ines Moreau", "Tomas Berg")},
		{name: "old/your_friends.json", data: friends("Ines Moreau", "Aiko Sato")},
	}
	note := func(zip string) string {
		return zip + "!old/your_friends.json: a second copy of Facebook's your_friends.json, at no place a Facebook export puts it and not alike: " +
			zip + "!connections/friends/your_friends.json, at its place, is read. If the copy is the one to read, unzip " + zip + " and put it there."
	}
	cases := []struct {
		name   string
		given  []string
		passed []string
	}{
		{"the zip given twice", []string{"exports.zip", "exports.zip"}, []string{note("exports.zip")}},
		{"the zip and its second download", []string{"exports.zip", "exports (1).zip"}, []string{note("exports.zip"), note("exports (1).zip")}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			writeZip(t, "exports.zip", entries...)
			writeZip(t, "exports (1).zip", entries...)
			var stats Stats
			accs, _, err := Read(tc.given, Options{Stats: &stats}, All())
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, a := range accs {
				names = append(names, a.Name)
			}
			slices.Sort(names)
			if want := []string{"Ines Moreau", "Tomas Berg"}; !slices.Equal(names, want) {
				t.Errorf("read %q, want %q", names, want)
			}
			if !slices.Equal(stats.PassedOver, tc.passed) {
				t.Errorf("passed over\n%q\nwant\n%q", stats.PassedOver, tc.passed)
			}
		})
	}
}
