package importers

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// writeTree writes files (slash-separated path → content) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// Claimed hears once, before anything is read, the bytes of the files the
// importers claimed: not those of the photos beside them.
func TestReadTellsClaimedBytes(t *testing.T) {
	dir := t.TempDir()
	following := `window.YTD.following.part0 = [ { "following" : { "accountId" : "12", "userLink" : "https://twitter.com/intent/user?user_id=12" } } ]`
	files := map[string]string{
		"data/following.js":         following,
		"data/follower.js":          `window.YTD.follower.part0 = [ ]`,
		"data/tweets_media/1-a.jpg": "not a photo, but long enough to count if it were counted",
		"Your archive.html":         "<html></html>",
	}
	writeTree(t, dir, files)
	var calls int
	var got int64
	accs, _, err := Read([]string{dir}, Options{Claimed: func(n int64) { calls++; got = n }}, All())
	if err != nil {
		t.Fatal(err)
	}
	if len(accs) != 1 {
		t.Errorf("%d accounts, want 1", len(accs))
	}
	want := int64(len(following) + len(files["data/follower.js"]))
	if calls != 1 || got != want {
		t.Errorf("Claimed called %d times, last with %d bytes; want once, with %d", calls, got, want)
	}
}

// A folder holding an export and unrelated files reads the export: a
// website's script that happens to be called account.js is not a Twitter
// archive with its lists missing.
func TestReadLeavesUnrelatedScripts(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"Connections.csv": "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
			"Lena,Vogt,https://www.linkedin.com/in/lena-vogt,,Acme,Engineer,16 Mar 2021\n",
		"site/js/account.js":   "(function () {\n  var account = {};\n})();\n",
		"site/js/following.js": "export const following = [];\n",
	})
	accs, err := Import([]string{dir}, Options{}, All())
	if err != nil {
		t.Fatal(err)
	}
	if len(accs) != 1 || accs[0].Network != "linkedin" {
		t.Errorf("accounts %+v, want the one LinkedIn connection", accs)
	}
}

// One list of one network from two exports of different years, held under
// the names of each year, is refused naming both files, as two exports of
// one year are: read as one list, the accounts unfollowed since would come
// back. One export's lists of several kinds, or parts of one list, are read.
func TestReadListsOfTwoEras(t *testing.T) {
	ytOldCSV := "Takeout/YouTube and YouTube Music/subscriptions/subscriptions.csv"
	ytOldJSON := "Takeout/YouTube and YouTube Music/subscriptions/subscriptions.json"
	tests := []struct {
		name   string
		inputs map[string]map[string]string // input folder → its files
		err    []string                     // substrings of the error; none to read
		n      int                          // accounts read, without an error
	}{{
		name: "Facebook 2020-22 friends beside 2023+ friends",
		inputs: map[string]map[string]string{
			"facebook-2021": {"friends_and_followers/friends.json": fbFile("friends_v2", fbE{"Ana Lima", 1600000000}, fbE{"Bo Li", 1600000001})},
			"facebook-2026": {fbFriends23: fbFile("friends_v2", fbE{"Ana Lima", 1600000000})},
		},
		err: []string{filepath.Join("facebook-2021", "friends_and_followers", "friends.json") + " and ",
			filepath.Join("facebook-2026", "connections", "friends", "your_friends.json") +
				": two Facebook friends lists, from exports of different years: move the older export away, or give the newest alone"},
	}, {
		name: "Facebook 2020-22 followers and 2023+ followers merged into one folder",
		inputs: map[string]map[string]string{
			"facebook": {
				"friends_and_followers/followers.json": fbFile("followers_v2", fbE{name: "Bo Li"}),
				fbFollowers23:                          fbFile("followers_v3", fbE{name: "Ana Lima"}),
			},
		},
		err: []string{"friends_and_followers", "people_who_followed_you.json", "two Facebook followers lists"},
	}, {
		name: "Facebook 2018-19 following beside 2020-22 following",
		inputs: map[string]map[string]string{
			"facebook-2019": {"following_and_followers/following.json": fbFile("following", fbE{"Nora Berg", 1546300800})},
			"facebook-2021": {"friends_and_followers/who_you_follow.json": fbFile("following_v2", fbE{"Kim Park", 1600000000})},
		},
		err: []string{"following.json and ", "who_you_follow.json: two Facebook following lists"},
	}, {
		name: "Instagram late-2021 followers beside 2023+ followers_1",
		inputs: map[string]map[string]string{
			"instagram-2021": {igFollowers21P: igOld(igFollowersKey, igE{"ana_l", 1600000000}, igE{"bo.li", 1600000001})},
			"instagram-2026": {igFollowers1P: igOld("", igE{"ana_l", 1600000000})},
		},
		err: []string{"followers.json and ", "followers_1.json: two Instagram followers lists"},
	}, {
		// A copy the person kept under the list's name and a year, a
		// name of its own beside the list, is passed over alike, and
		// tells no era: it is not refused as a 2023+ export's
		// followers_N.json beside followers.json.
		name: "Instagram late-2021 followers beside its copy named by a year",
		inputs: map[string]map[string]string{
			"instagram-2021": {
				igFollowers21P: igOld(igFollowersKey, igE{"ana_l", 1600000000}, igE{"bo.li", 1600000001}),
				"followers_and_following/followers_2025.json": igOld(igFollowersKey, igE{"ana_l", 1600000000}, igE{"bo.li", 1600000001}),
			},
		},
		n: 2,
	}, {
		name: "YouTube old subscriptions.json beside subscriptions.csv",
		inputs: map[string]map[string]string{
			"takeout-2020": {ytOldJSON: ytJSONOld},
			"takeout-2026": {ytOldCSV: ytEnglish},
		},
		err: []string{"subscriptions.json and ", "subscriptions.csv: two YouTube subscriptions lists"},
	}, {
		name: "a Facebook 2023+ export split by Meta, each kind of list once",
		inputs: map[string]map[string]string{
			"part1": {
				fbFriends23:   fbFile("friends_v2", fbE{"Ana Lima", 1600000000}),
				fbFollowing23: fbFile("following_v3", fbE{"Nora Berg", 1600000002}),
			},
			"part2": {
				"your_facebook_activity/pages/pages_and_profiles_you_follow.json": fbFile("pages_followed_v2", fbE{"Café Lumière", 1600000003}),
				"connections/followers/people_who_followed_you_1.json":            fbFile("followers_v3", fbE{name: "Ana Lima"}),
				"connections/followers/people_who_followed_you_2.json":            fbFile("followers_v3", fbE{name: "Bo Li"}),
			},
		},
		n: 4,
	}, {
		name: "Facebook 2020-22 who_you_follow.json and following.json of one export",
		inputs: map[string]map[string]string{
			"facebook": {
				"friends_and_followers/friends.json":        fbFile("friends_v2", fbE{"Ana Lima", 1600000000}),
				"friends_and_followers/who_you_follow.json": fbFile("following_v2", fbE{"Kim Park", 1600000001}),
				"friends_and_followers/following.json":      fbFile("following_v2", fbE{"Kim Park", 1600000001}),
			},
		},
		n: 2,
	}, {
		name: "an Instagram export split by Meta: following, and followers in two parts",
		inputs: map[string]map[string]string{
			"part1": {igFollowingP: igFollowingNew(igE{"ana_l", 1700000000}), igFollowers1P: igOld("", igE{"ana_l", 1600000000})},
			"part2": {igFollowers2P: igOld("", igE{"bo.li", 1600000001})},
		},
		n: 2,
	}, {
		name: "the same Takeout given twice",
		inputs: map[string]map[string]string{
			"takeout":      {ytOldCSV: ytEnglish},
			"takeout-copy": {ytOldCSV: ytEnglish},
		},
		n: 5,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			var paths []string
			for input, files := range tt.inputs {
				writeTree(t, filepath.Join(dir, input), files)
				paths = append(paths, input)
			}
			slices.Sort(paths)
			t.Chdir(dir)
			accs, err := Import(paths, Options{}, All())
			if tt.err == nil {
				if err != nil {
					t.Fatal(err)
				}
				if len(accs) != tt.n {
					t.Errorf("%d accounts, want %d", len(accs), tt.n)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error (%d accounts), want one saying %q", len(accs), tt.err)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error on more than one line: %v", err)
			}
			for _, s := range tt.err {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not say %q", err, s)
				}
			}
		})
	}
}

// Coverage keeps the kinds of file each network's lists came from, and
// tells a list held from fewer of them than an earlier run's: Facebook's
// Pages followed in a file of their own, missing this time.
func TestCoveragePartial(t *testing.T) {
	following := "{\n  \"following_v3\": [\n    {\n      \"name\": \"Nora Berg\",\n      \"timestamp\": 1700000000\n    }\n  ]\n}\n"
	pages := "{\n  \"pages_followed_v2\": [\n    {\n      \"timestamp\": 1600000200,\n      \"data\": [\n        {\n          \"name\": \"Some Page\"\n        }\n      ],\n      \"title\": \"Some Page\"\n    }\n  ]\n}\n"
	full, part := t.TempDir(), t.TempDir()
	writeTree(t, full, map[string]string{
		"connections/followers/who_you've_followed.json":                  following,
		"your_facebook_activity/pages/pages_and_profiles_you_follow.json": pages,
	})
	writeTree(t, part, map[string]string{"connections/followers/who_you've_followed.json": following})
	_, c, err := Read([]string{full}, Options{}, All())
	if err != nil {
		t.Fatal(err)
	}
	last := c.Kinds("facebook")
	if last != "following pages" {
		t.Fatalf("kinds %q, want %q", last, "following pages")
	}
	if rels, missing := c.Partial("facebook", last); rels != nil || missing != nil {
		t.Errorf("the same export: partial %v, missing %v", rels, missing)
	}
	_, c, err = Read([]string{part}, Options{}, All())
	if err != nil {
		t.Fatal(err)
	}
	rels, missing := c.Partial("facebook", last)
	if !slices.Equal(rels, []string{"following"}) || !slices.Equal(missing, []string{"pages"}) {
		t.Errorf("without the Pages file: partial %v, missing %v; want [following], [pages]", rels, missing)
	}
	if rels, _ := c.Partial("facebook", ""); rels != nil {
		t.Errorf("no kinds known of the last run: partial %v", rels)
	}
	if rels, _ := c.Partial("facebook", "friends following"); rels != nil {
		t.Errorf("a list missing whole (friends) is not held in part: %v", rels)
	}
}

// Two formats of one list replace each other (a YouTube Takeout's JSON,
// then its CSV): no file is missing. A missing kind of another list
// (Connections.csv) is not named as missing from the list held in part.
func TestCoveragePartialKinds(t *testing.T) {
	yt, li := t.TempDir(), t.TempDir()
	writeTree(t, yt, map[string]string{"Takeout/YouTube and YouTube Music/subscriptions/subscriptions.csv": "Channel Id,Channel Url,Channel Title\n" +
		"UCnnnnnnnnnnnnnnnnnnnnnn,http://www.youtube.com/channel/UCnnnnnnnnnnnnnnnnnnnnnn,New Channel\n"})
	writeTree(t, li, map[string]string{"Member_Follows.csv": "Date,Status,FullName\n2023-01-30 11:22:10,Active,Yuki Mori\n"})
	_, c, err := Read([]string{yt}, Options{}, All())
	if err != nil {
		t.Fatal(err)
	}
	if rels, missing := c.Partial("youtube", "subscriptions_json"); rels != nil || missing != nil {
		t.Errorf("YouTube's CSV after its JSON: partial %v, missing %v", rels, missing)
	}
	_, c, err = Read([]string{li}, Options{}, All())
	if err != nil {
		t.Fatal(err)
	}
	rels, missing := c.Partial("linkedin", "company_follows connections member_follows")
	if !slices.Equal(rels, []string{"following"}) || !slices.Equal(missing, []string{"company_follows"}) {
		t.Errorf("Member_Follows.csv alone: partial %v, missing %v; want [following], [company_follows]", rels, missing)
	}
}

// Made dates an export by the newest of the zip entries its lists were
// read from: not by the files beside them (photos, the archive's page),
// not by a folder's files, whose dates a copy changes, and not by entries
// a zip writer left undated (1980, MS-DOS's first day).
func TestCoverageMade(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 23, 30, 0, 0, time.UTC) }
	following := `window.YTD.following.part0 = [ { "following" : { "accountId" : "12", "userLink" : "https://twitter.com/intent/user?user_id=12" } } ]`
	entries := []struct {
		name string
		at   time.Time
	}{
		{"data/following.js", day(2027, 2, 19)},
		{"data/follower.js", day(2027, 2, 20)},
		{"data/tweets_media/1-a.jpg", day(2027, 3, 1)}, // not a list
	}
	dir := t.TempDir()
	zipAt := func(name string, at func(i int) time.Time) string {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for i, e := range entries {
			data := following
			if strings.HasSuffix(e.name, "follower.js") {
				data = `window.YTD.follower.part0 = [ ]`
			}
			w, err := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Deflate, Modified: at(i)})
			if err != nil {
				t.Fatal(err)
			}
			w.Write([]byte(data))
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	dated := zipAt("twitter-dated.zip", func(i int) time.Time { return entries[i].at })
	undated := zipAt("twitter-undated.zip", func(int) time.Time { return time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC) })
	folder := filepath.Join(dir, "unzipped")
	writeTree(t, folder, map[string]string{"data/following.js": following})
	// A folder of downloads given whole: the zip in it is named, not the
	// folder, which may hold others.
	downloads := filepath.Join(dir, "downloads")
	if err := os.Mkdir(downloads, 0o755); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(dated)
	if err != nil {
		t.Fatal(err)
	}
	inDownloads := filepath.Join(downloads, "twitter-dated.zip")
	if err := os.WriteFile(inDownloads, data, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		path, want, input string
	}{
		{dated, "2027-02-20", dated},
		{undated, "", ""},
		{folder, "", ""},
		{downloads, "2027-02-20", inDownloads},
	} {
		_, c, err := Read([]string{tt.path}, Options{}, All())
		if err != nil {
			t.Fatal(err)
		}
		d, input := c.Made(audit.Twitter)
		got := ""
		if d != 0 {
			got = d.String()
		}
		if got != tt.want || input != tt.input {
			t.Errorf("%s: made %q in %q, want %q in %q", filepath.Base(tt.path), got, input, tt.want, tt.input)
		}
		if d, _ := c.Made(audit.Facebook); d != 0 {
			t.Errorf("%s: a Facebook export made %s, none was given", filepath.Base(tt.path), d)
		}
	}
}

// HoldsFileOf says, where an id tells its file, whether that file was
// given: a LinkedIn export with Member_Follows.csv and no Company
// Follows.csv holds every follow. id and no company. one; Facebook ids do
// not tell.
func TestCoverageHoldsFileOf(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"Connections.csv":    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nLena,Vogt,https://www.linkedin.com/in/lenavogt,,Acme,Engineer,16 Mar 2021\n",
		"Member_Follows.csv": "Date,Status,FullName\n2023-01-30 11:22:10,Active,Yuki Mori\n",
	})
	_, c, err := Read([]string{dir}, Options{}, All())
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		network, id string
		want        bool
	}{
		{audit.LinkedIn, "follow.greta-lindqvist", true},
		{audit.LinkedIn, "company.acme-robotics", false},
		{audit.LinkedIn, "lenavogt", false}, // a connection: its list is never read in part
		{audit.Facebook, "follow.x", false},
	} {
		if got := c.HoldsFileOf(tt.network, tt.id); got != tt.want {
			t.Errorf("HoldsFileOf(%s, %s) = %v, want %v", tt.network, tt.id, got, tt.want)
		}
	}
}

// HeldKeyBy answers HoldsKey for the kinds of file an earlier run read:
// a company. key was on no list a run of Connections.csv alone held.
func TestCoverageHeldKeyBy(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"Connections.csv": "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nLena,Vogt,https://www.linkedin.com/in/lenavogt,,Acme,Engineer,16 Mar 2021\n",
	})
	_, c, err := Read([]string{dir}, Options{}, All())
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		network, lists, id string
		want               bool
	}{
		{audit.LinkedIn, "company_follows connections member_follows", "company.acme-robotics", true},
		{audit.LinkedIn, "connections", "company.acme-robotics", false},
		{audit.LinkedIn, "connections", "lenavogt", true},
		{audit.LinkedIn, "", "lenavogt", false}, // runs.csv of a version before lists
		{audit.Twitter, "follower following", "1001", true},
		{audit.Twitter, "follower", "1001", false},
		{audit.Facebook, "followers following friends", "anna-berg.1600000000", true},
		{audit.Facebook, "friends", "anna-berg.1600000000", false},
	} {
		if got := c.HeldKeyBy(tt.network, tt.lists, tt.id); got != tt.want {
			t.Errorf("HeldKeyBy(%s, %q, %s) = %v, want %v", tt.network, tt.lists, tt.id, got, tt.want)
		}
	}
}

// ReadListOf tells, for the kinds of file an earlier run read, whether it
// read the list of an account of a relation: a Connections-only export
// read no follows, a Facebook export without follows no followed page,
// though its friends.
func TestCoverageReadListOf(t *testing.T) {
	var c Coverage // the importers' own coverage: no export needed
	c.covers = map[string]func(string) []string{}
	for _, imp := range All() {
		if cv, ok := imp.(Coverer); ok {
			c.covers[imp.Network()] = cv.Covers
		}
	}
	for _, tt := range []struct {
		network, lists, relation, id string
		want                         bool
	}{
		{audit.LinkedIn, "connections", audit.Following, "follow.greta-lindqvist", false},
		{audit.LinkedIn, "connections", audit.Following, "company.acme-robotics", false},
		{audit.LinkedIn, "connections member_follows", audit.Following, "follow.greta-lindqvist", true},
		{audit.LinkedIn, "connections member_follows", audit.Following, "company.acme-robotics", false},
		{audit.LinkedIn, "company_follows", audit.Following, "company.acme-robotics", true},
		{audit.LinkedIn, "member_follows", audit.Connection, "lenavogt", false},
		{audit.LinkedIn, "connections", audit.Connection, "lenavogt", true},
		{audit.Facebook, "followers friends", audit.Following, "cafe-lumiere.1742412465", false},
		{audit.Facebook, "followers friends", audit.Friend, "anna-berg.1600000000", true},
		{audit.Facebook, "followers following friends", audit.Following, "cafe-lumiere.1742412465", true},
	} {
		if got := c.ReadListOf(tt.network, tt.lists, tt.relation, tt.id); got != tt.want {
			t.Errorf("ReadListOf(%s, %q, %s, %s) = %v, want %v", tt.network, tt.lists, tt.relation, tt.id, got, tt.want)
		}
	}
}

// Several paths without an export are named at once, as a list a person
// reads: two, three, and the first three of more, counted with commas as
// every count is (a shell's * over a download folder gives thousands).
func TestListPaths(t *testing.T) {
	many := []string{"a", "b", "c"}
	for i := range 1503 {
		many = append(many, "IMG_"+audit.Thousands(i)+".jpg")
	}
	for _, tt := range []struct {
		paths []string
		want  string
	}{
		{[]string{"a.jpg", "b.pdf"}, "a.jpg and b.pdf"},
		{[]string{"a.jpg", "b.pdf", "c.png"}, "a.jpg, b.pdf and c.png"},
		{[]string{"a", "b", "c", "d", "e"}, "a, b, c and 2 more"},
		{many, "a, b, c and 1,503 more"},
	} {
		if got := listPaths(tt.paths); got != tt.want {
			t.Errorf("listPaths(%q) = %q, want %q", tt.paths, got, tt.want)
		}
	}
}

// The hint to give the folder instead of its files is given where other
// paths hold exports and those that hold none are loose files: not where
// nothing given holds an export, nor for a folder, where it cannot help.
func TestFolderHint(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"IMG.jpg": "x", "photos/a.jpg": "x"})
	img, photos := filepath.Join(dir, "IMG.jpg"), filepath.Join(dir, "photos")
	if got := folderHint(1, []string{img}); !strings.Contains(got, "give the folder that holds them") {
		t.Errorf("a photo beside an export: hint %q", got)
	}
	if got := folderHint(0, []string{img}); got != "" {
		t.Errorf("no export given at all: hint %q, want none", got)
	}
	if got := folderHint(1, []string{img, photos}); got != "" {
		t.Errorf("a folder without exports among them: hint %q, want none", got)
	}
}
