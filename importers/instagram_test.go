package importers

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// The fixtures below are written the way Meta writes them: two-space
// indent, `"key": value`, an empty list as "[", an indented blank line and
// "]", and no final newline.

// igE is one list entry of a fixture: the username as it stands between
// the quotes of the JSON file (escapes included) and the Unix seconds.
type igE struct {
	user string
	ts   int64
}

// igFollowingNew renders following.json in the current shape (seen in
// exports from 2025 on): the username in title, no value, no
// media_list_data, a /_u/ link.
func igFollowingNew(entries ...igE) string {
	items := make([]string, len(entries))
	for i, e := range entries {
		items[i] = fmt.Sprintf("    {\n      \"title\": \"%s\",\n      \"string_list_data\": [\n        {\n"+
			"          \"href\": \"https://www.instagram.com/_u/%s\",\n          \"timestamp\": %d\n        }\n      ]\n    }",
			e.user, e.user, e.ts)
	}
	return igWrap(igFollowingKey, items)
}

// igOldItem renders one entry in the 2023 to mid-2025 shape, which every
// followers file still has, indented by pad spaces.
func igOldItem(e igE, pad int) string {
	p := strings.Repeat(" ", pad)
	return fmt.Sprintf("%[1]s{\n%[1]s  \"title\": \"\",\n%[1]s  \"media_list_data\": [\n%[1]s    \n%[1]s  ],\n"+
		"%[1]s  \"string_list_data\": [\n%[1]s    {\n%[1]s      \"href\": \"https://www.instagram.com/%[2]s\",\n"+
		"%[1]s      \"value\": \"%[2]s\",\n%[1]s      \"timestamp\": %[3]d\n%[1]s    }\n%[1]s  ]\n%[1]s}", p, e.user, e.ts)
}

// igOld renders a list of old-shape entries under key, or as a bare
// top-level list (followers_1.json) when key is "".
func igOld(key string, entries ...igE) string {
	pad := 4
	if key == "" {
		pad = 2
	}
	items := make([]string, len(entries))
	for i, e := range entries {
		items[i] = igOldItem(e, pad)
	}
	if key == "" {
		if len(items) == 0 {
			return "[\n  \n]"
		}
		return "[\n" + strings.Join(items, ",\n") + "\n]"
	}
	return igWrap(key, items)
}

// igEmptyParts returns followers_<from>.json to followers_<to>.json, each
// listing no one.
func igEmptyParts(from, to int) []*File {
	var files []*File
	for n := from; n <= to; n++ {
		files = append(files, memFile(fmt.Sprintf("%sfollowers_%d.json", igDir, n), igOld("")))
	}
	return files
}

func igWrap(key string, items []string) string {
	if len(items) == 0 {
		return fmt.Sprintf("{\n  %q: [\n    \n  ]\n}", key)
	}
	return fmt.Sprintf("{\n  %q: [\n%s\n  ]\n}", key, strings.Join(items, ",\n"))
}

const (
	igDir          = "connections/followers_and_following/"
	igFollowingP   = igDir + "following.json"
	igFollowers1P  = igDir + "followers_1.json"
	igFollowers2P  = igDir + "followers_2.json"
	igFollowing21P = "followers_and_following/following.json" // late 2021: no connections/
	igFollowers21P = "followers_and_following/followers.json"
	// The start of a page of an HTML-format export, as Instagram writes it.
	igHTMLPage = `<html><head><meta charset="utf-8" /><title>Following</title></head><body><main><div role="main">` +
		`<div class="_a6-g"><div class="_a6-p"><div><div><a target="_blank" href="https://www.instagram.com/_u/noor.haddad">noor.haddad</a></div>`
)

// igLine sums up an account for comparison:
// relation|id|handle|since|follows-you|source, with "?" for an unknown
// follows-you and sources relative to export.zip. It also checks what holds
// for every Instagram account.
func igLine(t *testing.T, a audit.Account) string {
	t.Helper()
	if a.Network != audit.Instagram || a.Name != "" || a.Email != "" || a.Extra != nil ||
		a.ProfileURL != "https://www.instagram.com/"+a.Handle+"/" || a.ID != strings.ToLower(a.Handle) {
		t.Errorf("account %+v: want network instagram, ID the lower-cased handle, the profile URL and nothing else", a)
	}
	fy := a.FollowsYou.String()
	if fy == "" {
		fy = "?"
	}
	src := strings.ReplaceAll(a.Source, "export.zip!", "")
	return strings.Join([]string{a.Relation, a.ID, a.Handle, a.Since.String(), fy, src}, "|")
}

func igLines(t *testing.T, accs []audit.Account) []string {
	t.Helper()
	lines := make([]string, len(accs))
	for i, a := range accs {
		lines[i] = igLine(t, a)
	}
	return lines
}

func TestInstagramImport(t *testing.T) {
	tests := []struct {
		name    string
		files   []*File
		want    []string
		deleted int // deleted-account entries skipped
	}{{
		name: "current following shape and bare followers list",
		files: []*File{
			memFile(igFollowingP, igFollowingNew(igE{"amelie_d", 1750276991}, igE{"gretal", 1709983628})),
			memFile(igFollowers1P, igOld("", igE{"pia_lund", 1644615387}, igE{"amelie_d", 1750448822})),
		},
		want: []string{
			"following|amelie_d|amelie_d|2025-06-18|yes|" + igFollowingP,
			"following|gretal|gretal|2024-03-09|no|" + igFollowingP,
			"follower|pia_lund|pia_lund||yes|" + igFollowers1P,
		},
	}, {
		name: "2023 to mid-2025 following shape, no followers file: follows-you unknown",
		files: []*File{
			memFile(igFollowingP, igOld(igFollowingKey, igE{"dmitri_s", 1622360419}, igE{"jun.ito", 1563141933})),
		},
		want: []string{
			"following|dmitri_s|dmitri_s|2021-05-30|?|" + igFollowingP,
			"following|jun.ito|jun.ito|2019-07-14|?|" + igFollowingP,
		},
	}, {
		name: "late-2021 layout: no connections folder, followers wrapped in relationships_followers",
		files: []*File{
			memFile(igFollowers21P, igOld(igFollowersKey, igE{"noor.haddad", 1636000000}, igE{"ravi.k_photo", 1635000000})),
			memFile(igFollowing21P, igOld(igFollowingKey, igE{"noor.haddad", 1634000000})),
		},
		want: []string{
			"following|noor.haddad|noor.haddad|2021-10-12|yes|" + igFollowing21P,
			"follower|ravi.k_photo|ravi.k_photo||yes|" + igFollowers21P,
		},
	}, {
		name: "followers parts in part order whatever the file order",
		files: append([]*File{
			memFile(igFollowers2P, igOld("", igE{"zoe.b", 1500000000}, igE{"amelie_d", 1500000001})),
			memFile(igDir+"followers_10.json", igOld("", igE{"yann_", 1500000002})),
			memFile(igFollowers1P, igOld("", igE{"pia_lund", 1644615387})),
			memFile(igFollowingP, igFollowingNew(igE{"amelie_d", 1750276991})),
		}, igEmptyParts(3, 9)...),
		want: []string{
			"following|amelie_d|amelie_d|2025-06-18|yes|" + igFollowingP,
			"follower|pia_lund|pia_lund||yes|" + igFollowers1P,
			"follower|zoe.b|zoe.b||yes|" + igFollowers2P,
			"follower|yann_|yann_||yes|" + igDir + "followers_10.json",
		},
	}, {
		// A copy the person kept under the list's name and a year is no
		// part 2025 (which would be refused as one without part 2): it
		// is read as the list again, its followers once.
		name: "a followers copy named by a year beside the list",
		files: []*File{
			memFile(igFollowingP, igFollowingNew(igE{"amelie_d", 1750276991})),
			memFile(igFollowers1P, igOld("", igE{"pia_lund", 1644615387})),
			memFile(igDir+"followers_2025.json", igOld("", igE{"pia_lund", 1644615387})),
		},
		want: []string{
			"following|amelie_d|amelie_d|2025-06-18|no|" + igFollowingP,
			"follower|pia_lund|pia_lund||yes|" + igFollowers1P,
		},
	}, {
		name: "username from title, else value, else the href; white space trimmed",
		files: []*File{
			memFile(igFollowingP, `{
  "relationships_following": [
    {
      "title": "",
      "string_list_data": [
        {
          "href": "https://www.instagram.com/_u/from.href",
          "timestamp": 1700000000
        }
      ]
    },
    {
      "title": "",
      "string_list_data": [
        {
          "href": "https://instagram.com/trailing_slash/?igsh=x",
          "timestamp": 1700000001
        }
      ]
    },
    {
      "title": " from.title ",
      "string_list_data": [
        {
          "href": "https://www.instagram.com/_u/something.else",
          "value": "from.value\t",
          "timestamp": 1700000002
        },
        {
          "href": "https://www.instagram.com/second.element",
          "value": "second.element",
          "timestamp": 1700000003
        }
      ]
    },
    {
      "title": " from.title ",
      "string_list_data": [

      ]
    }
  ]
}`),
		},
		want: []string{
			"following|from.href|from.href|2023-11-14|?|" + igFollowingP,
			"following|trailing_slash|trailing_slash|2023-11-14|?|" + igFollowingP,
			"following|from.value|from.value|2023-11-14|?|" + igFollowingP,
			"following|from.title|from.title||?|" + igFollowingP,
		},
	}, {
		name: "usernames are case-insensitive: one account, first spelling kept",
		files: []*File{
			memFile(igFollowingP, igFollowingNew(igE{"Amelie_D", 1750276991}, igE{"GRETAL", 1709983628})),
			memFile(igFollowers1P, igOld("", igE{"amelie_d", 1750448822})),
		},
		want: []string{
			"following|amelie_d|Amelie_D|2025-06-18|yes|" + igFollowingP,
			"following|gretal|GRETAL|2024-03-09|no|" + igFollowingP,
		},
	}, {
		name: "listed twice in one file: first place, newest follow date",
		files: []*File{
			memFile(igFollowingP, igFollowingNew(igE{"gretal", 1709983628}, igE{"jun.ito", 1563141933}, igE{"gretal", 1750276991}, igE{"gretal", 1600000000})),
		},
		want: []string{
			"following|gretal|gretal|2025-06-18|?|" + igFollowingP,
			"following|jun.ito|jun.ito|2019-07-14|?|" + igFollowingP,
		},
	}, {
		name: "the same export in two zip parts reads as once",
		files: []*File{
			memFile(igFollowingP, igFollowingNew(igE{"gretal", 1709983628})),
			memFile(igFollowers1P, igOld("", igE{"pia_lund", 1644615387})),
			memFileIn("part2.zip", igFollowingP, igFollowingNew(igE{"gretal", 1709983628})),
			memFileIn("part2.zip", igFollowers1P, igOld("", igE{"pia_lund", 1644615387})),
		},
		want: []string{
			"following|gretal|gretal|2024-03-09|no|" + igFollowingP,
			"follower|pia_lund|pia_lund||yes|" + igFollowers1P,
		},
	}, {
		name: "deleted accounts are skipped and counted",
		files: []*File{
			memFile(igFollowingP, igFollowingNew(igE{"__deleted__bhiebeeajhebiaaab", 1740856234}, igE{"gretal", 1709983628})),
			memFile(igFollowers1P, igOld("", igE{"__DELETED__Q8w7e6", 1644615387}, igE{"__deleted__bhiebeeajhebiaaab", 1740856235})),
		},
		want:    []string{"following|gretal|gretal|2024-03-09|no|" + igFollowingP},
		deleted: 3,
	}, {
		name: "empty lists",
		files: []*File{
			memFile(igFollowingP, igFollowingNew()),
			memFile(igFollowers1P, igOld("")),
		},
		want: []string{},
	}, {
		name: "empty following, followers only",
		files: []*File{
			memFile(igFollowingP, igOld(igFollowingKey)),
			memFile(igFollowers1P, "[]"),
			memFile(igFollowers2P, igOld("", igE{"pia_lund", 1644615387})),
		},
		want: []string{"follower|pia_lund|pia_lund||yes|" + igFollowers2P},
	}, {
		name: "followers only: every account is a follower",
		files: []*File{
			memFile(igFollowers1P, igOld("", igE{"pia_lund", 1644615387})),
		},
		want: []string{"follower|pia_lund|pia_lund||yes|" + igFollowers1P},
	}, {
		name: "no timestamp, zero or negative: no date",
		files: []*File{
			memFile(igFollowingP, `{"relationships_following": [`+
				`{"title": "a.b", "string_list_data": [{"href": "https://www.instagram.com/_u/a.b"}]}, `+
				`{"title": "c_d", "string_list_data": [{"href": "https://www.instagram.com/_u/c_d", "timestamp": 0}]}, `+
				`{"title": "e", "string_list_data": [{"href": "https://www.instagram.com/_u/e", "timestamp": -5}]}]}`),
		},
		want: []string{
			"following|a.b|a.b||?|" + igFollowingP,
			"following|c_d|c_d||?|" + igFollowingP,
			"following|e|e||?|" + igFollowingP,
		},
	}, {
		name: "byte order mark, escaped characters, keys in another order",
		files: []*File{
			memFile(igFollowingP, "\ufeff"+`{"relationships_following": [{"string_list_data": [{"timestamp": 1709983628, "value": "gre\u0074al"}], "title": ""}]}`),
		},
		want: []string{"following|gretal|gretal|2024-03-09|?|" + igFollowingP},
	}, {
		name: "HTML files are ignored next to JSON ones",
		files: []*File{
			memFile(igDir+"following.html", "<html></html>"),
			memFile(igFollowingP, igFollowingNew(igE{"gretal", 1709983628})),
		},
		want: []string{"following|gretal|gretal|2024-03-09|?|" + igFollowingP},
	}, {
		name: "renamed loose files",
		files: []*File{
			memFile("following (1).json", igFollowingNew(igE{"gretal", 1709983628})),
			memFile("followers_1.json", igOld("", igE{"gretal", 1709983629})),
		},
		want: []string{"following|gretal|gretal|2024-03-09|yes|following (1).json"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := detect(t, Instagram{}, tt.files...)
			accs, err := Instagram{}.Import(files)
			if err != nil {
				t.Fatal(err)
			}
			got := igLines(t, accs)
			if got == nil {
				got = []string{}
			}
			checkLines(t, got, tt.want)
			r, err := readInstagram(files)
			if err != nil {
				t.Fatal(err)
			}
			if r.deleted != tt.deleted {
				t.Errorf("%d deleted accounts skipped, want %d", r.deleted, tt.deleted)
			}
		})
	}
}

func TestInstagramNothingToRead(t *testing.T) {
	accs, err := Instagram{}.Import(nil)
	if accs != nil || err != nil {
		t.Errorf("Import(nil) = %v, %v; want nothing", accs, err)
	}
}

func TestInstagramErrors(t *testing.T) {
	valid := igFollowingNew(igE{"amelie_d", 1750276991}, igE{"gretal", 1709983628})
	// Errors of the second entry are placed where the decoder stands before
	// it: at the comma after the first one.
	second := int64(strings.Index(valid, "},\n") + 1)
	withSecond := func(old, repl string) string {
		return valid[:second] + strings.Replace(valid[second:], old, repl, 1)
	}
	// A type error is placed at the end of the entry holding it.
	tsString := withSecond("1709983628", `"1709983628"`)
	tsStringEnd := int64(strings.LastIndex(tsString, "\n  ]"))
	const slObject = `[{"title": "", "string_list_data": {"value": "x"}}]`
	checkErrorCases(t, Instagram{}, []errorCase{{
		name: "HTML-only export",
		files: []*File{
			memFile(igDir+"followers_1.html", "<html></html>"),
			memFile(igDir+"following.html", "<html></html>"),
		},
		file:   "export.zip!" + igDir + "followers_1.html",
		offset: -1,
		msg: "this is an HTML-format Instagram export, which cannot be read; request the export again in JSON format " +
			"(Instagram → Settings → Accounts Center → Your information and permissions → Download your information → Format: JSON)",
	}, {
		// A page of it given by name (an HTML export unzipped), told by
		// its head.
		name:   "HTML page given by name",
		files:  []*File{memFile("following.html", igHTMLPage)},
		file:   "export.zip!following.html",
		offset: -1,
		msg: "this is an HTML-format Instagram export, which cannot be read; request the export again in JSON format " +
			"(Instagram → Settings → Accounts Center → Your information and permissions → Download your information → Format: JSON)",
	}, {
		// A followers file copied over following.json: its followers would
		// be read as the accounts followed, to keep or unfollow.
		name: "following.json holding a bare list, as a followers file does",
		files: []*File{
			memFile(igFollowingP, igOld("", igE{"pia_lund", 1644615387}, igE{"amelie_d", 1750448822})),
			memFile(igFollowers1P, igOld("", igE{"pia_lund", 1644615387}, igE{"amelie_d", 1750448822})),
		},
		file:   "export.zip!" + igFollowingP,
		offset: -1,
		msg: `a bare list, as a followers file (followers_1.json) holds, where following.json holds an object, {"relationships_following": [...]}: ` +
			"it looks like a followers list saved over following.json; give the export's own following.json",
	}, {
		// The same file given by name, out of its folder: told by its
		// head as well, not taken for a file of another export.
		name:   "following.json holding a bare list, given by name",
		files:  []*File{memFile("following.json", igOld("", igE{"pia_lund", 1644615387}, igE{"amelie_d", 1750448822}))},
		file:   "export.zip!following.json",
		offset: -1,
		msg:    "it looks like a followers list saved over following.json; give the export's own following.json",
	}, {
		name:   "following.json holding an empty bare list",
		files:  []*File{memFile(igFollowing21P, "\xEF\xBB\xBF\n  [\n  \n]")},
		file:   "export.zip!" + igFollowing21P,
		offset: -1,
		msg:    "it looks like a followers list saved over following.json",
	}, {
		name: "followers_3.json without followers_2.json",
		files: []*File{
			memFile(igFollowingP, igFollowingNew(igE{"gretal", 1709983628})),
			memFile(igFollowers1P, igOld("", igE{"pia_lund", 1644615387})),
			memFile(igDir+"followers_3.json", igOld("", igE{"amelie_d", 1750448822})),
		},
		file:   "export.zip!" + igDir + "followers_3.json",
		offset: -1,
		msg: "part 3 of the list of the accounts that follow you, without " + igFollowers2P + ": read without a part, its accounts would look as not following you; " +
			"give the whole export (every zip of it if it came in several), not some of its files",
	}, {
		name: "followers_2.json without followers_1.json (one zip of an export in several), another part given twice",
		files: []*File{
			memFileIn("instagram-robinhale-2026-11-20-AbCd-2.zip", igFollowingP, igFollowingNew(igE{"gretal", 1709983628})),
			memFileIn("instagram-robinhale-2026-11-20-AbCd-2.zip", igFollowers2P, igOld("", igE{"pia_lund", 1644615387})),
			memFileIn("unzipped", igFollowers2P, igOld("", igE{"pia_lund", 1644615387})),
		},
		file:   "instagram-robinhale-2026-11-20-AbCd-2.zip!" + igFollowers2P,
		offset: -1,
		msg:    "part 2 of the list of the accounts that follow you, without " + igFollowers1P + ": ",
	}, {
		name:   "wanted key absent",
		files:  []*File{memFile(igFollowingP, `{"relationships_following_hashtags": []}`)},
		file:   "export.zip!" + igFollowingP,
		offset: -1,
		msg:    `expected a list, or an object with the list under the key "relationships_following"; the file has none`,
	}, {
		name:   "followers object without its key",
		files:  []*File{memFile(igFollowers1P, `{"error": "Please try again later"}`)},
		file:   "export.zip!" + igFollowers1P,
		offset: -1,
		msg:    `under the key "relationships_followers"`,
	}, {
		name:   "wanted key is not a list",
		files:  []*File{memFile(igFollowingP, `{"relationships_following": {"title": "x"}}`)},
		file:   "export.zip!" + igFollowingP,
		offset: int64(len(`{"relationships_following": {`)),
		msg:    `"relationships_following" is not a list`,
	}, {
		name:   "a string, not a list",
		files:  []*File{memFile(igFollowers1P, `"followers"`)},
		file:   "export.zip!" + igFollowers1P,
		offset: 0,
		msg:    "expected a JSON object or list, found a string",
	}, {
		name:   "truncated JSON",
		files:  []*File{memFile(igFollowingP, valid[:second+40])},
		file:   "export.zip!" + igFollowingP,
		offset: second + 1, // where the unfinished entry starts, after the comma
		msg:    "the JSON data ends too early (the file is truncated: download the export again)",
	}, {
		name:   "trailing content",
		files:  []*File{memFile(igFollowingP, valid+"\n]")},
		file:   "export.zip!" + igFollowingP,
		offset: int64(len(valid)) + 1,
		msg:    "unexpected content after the JSON data",
	}, {
		name: "entry with no username",
		files: []*File{memFile(igFollowingP, strings.Replace(withSecond(`"title": "gretal"`, `"title": ""`),
			"https://www.instagram.com/_u/gretal", "https://example.com/_u/gretal", 1))},
		file:   "export.zip!" + igFollowingP,
		offset: second,
		msg:    "entry 2 has no username", // a link elsewhere does not name an Instagram account
	}, {
		name:   "entry with neither username nor link",
		files:  []*File{memFile(igFollowers1P, `[{"title": "", "media_list_data": [], "string_list_data": [{"href": "https://www.instagram.com/", "value": "", "timestamp": 1}]}]`)},
		file:   "export.zip!" + igFollowers1P,
		offset: 1,
		msg:    "entry 1 has no username: expected string_list_data[0].value, title or an https://www.instagram.com/<username> href",
	}, {
		name:   "not a username",
		files:  []*File{memFile(igFollowingP, withSecond(`"title": "gretal"`, `"title": "greta lindqvist"`))},
		file:   "export.zip!" + igFollowingP,
		offset: second,
		msg:    `entry 2: "greta lindqvist" is not an Instagram username (expected letters, digits, "." and "_")`,
	}, {
		// In the profile link it would name the folder above.
		name:   "a username of dots alone",
		files:  []*File{memFile(igFollowingP, withSecond(`"title": "gretal"`, `"title": ".."`))},
		file:   "export.zip!" + igFollowingP,
		offset: second,
		msg:    `entry 2: ".." is not an Instagram username`,
	}, {
		name:   "mojibake is repaired before it is shown",
		files:  []*File{memFile(igFollowers1P, igOld("", igE{`andr\u00c3\u00a9`, 1}))},
		file:   "export.zip!" + igFollowers1P,
		offset: int64(len("[\n  ")), // the first entry's '{'
		msg:    `entry 1: "andré" is not an Instagram username`,
	}, {
		name:   "long bad username shortened",
		files:  []*File{memFile(igFollowers1P, igOld("", igE{strings.Repeat("é", 30), 1}))},
		file:   "export.zip!" + igFollowers1P,
		offset: int64(len("[\n  ")),
		msg:    `entry 1: "` + strings.Repeat("é", 20) + `"… is not`,
	}, {
		name:   "timestamp in milliseconds",
		files:  []*File{memFile(igFollowingP, withSecond("1709983628", "1709983628000"))},
		file:   "export.zip!" + igFollowingP,
		offset: second,
		msg:    `entry 2 ("gretal"): timestamp 1709983628000 is not a date in Unix seconds`,
	}, {
		name:   "timestamp as a string",
		files:  []*File{memFile(igFollowingP, tsString)},
		file:   "export.zip!" + igFollowingP,
		offset: tsStringEnd,
		msg:    `entry 2: "string_list_data.timestamp" should be a whole number, found a string`,
	}, {
		name:   "string_list_data an object",
		files:  []*File{memFile(igFollowers1P, slObject)},
		file:   "export.zip!" + igFollowers1P,
		offset: int64(len(slObject)) - 1,
		msg:    `entry 1: "string_list_data" should be a list, found an object`,
	}, {
		name:  "invalid UTF-8",
		files: []*File{memFile(igFollowers1P, "[\n  {\n    \"title\": \"Jos\xe9\"\n  }\n]")},
		file:  "export.zip!" + igFollowers1P,
		line:  3,
		msg:   "is not UTF-8",
	}, {
		name:   "empty file",
		files:  []*File{memFile(igFollowingP, "")},
		file:   "export.zip!" + igFollowingP,
		offset: -1,
		msg:    "the file is empty",
	}, {
		name: "an error in a later file fails the import",
		files: []*File{
			memFile(igFollowers1P, `[{"string_list_data": [{"value": "a"}]}`),
			memFile(igFollowingP, valid),
		},
		file:   "export.zip!" + igFollowers1P,
		offset: int64(len(`[{"string_list_data": [{"value": "a"}]}`)),
		msg:    "truncated",
	}})
}

func TestInstagramUnknownKind(t *testing.T) {
	f := memFile("data/following.js", "window.YTD.following.part0 = [ ]")
	f.Kind = "tweets"
	checkImportError(t, Instagram{}, []*File{f}, importError{
		file: "export.zip!data/following.js", offset: -1, says: []string{"not an Instagram export file"}})
}

// igOldConnections is the start of the connections.json of an Instagram
// export before about 2020: "following" and "followers" are objects keyed
// by username (their values' format is not known).
const igOldConnections = "{\n  \"following\": {\n    \"gretal\": \"2019-03-02T10:11:12\"\n  },\n  \"followers\": {\n    \"amelie_d\": \"2019-01-01T00:00:00\"\n  }\n}"

// TestInstagramOldConnections reads the connections.json of exports
// before about 2020: both lists, keyed by username, the followed accounts
// dated, the other keys skipped.
func TestInstagramOldConnections(t *testing.T) {
	var long strings.Builder // a blocked list longer than the head Detect reads
	for i := range 300 {
		fmt.Fprintf(&long, "%q: \"2018-01-01T00:00:00\", ", fmt.Sprintf("blocked_%03d", i))
	}
	data := "{\n  \"blocked_users\": {" + long.String() + "\"last_one\": \"2018-01-01T00:00:00\"},\n" +
		"  \"close_friends\": {},\n" +
		"  \"followers\": {\n    \"amelie_d\": \"2019-01-01T00:00:00\",\n    \"pia_lund\": \"2018-06-02T10:11:12\"\n  },\n" +
		"  \"following\": {\n    \"gretal\": \"2019-03-02T10:11:12\",\n    \"Pia_Lund\": \"2018-06-03T08:00:00+00:00\",\n" +
		"    \"__deleted__x1y2\": \"2018-02-02T00:00:00\",\n    \"hiro.t\": 1551398400,\n    \"noor_a\": \"3 March 2019\",\n" +
		// Numbers of other forms (milliseconds, a fraction, below
		// zero) and null are times of other forms too.
		"    \"ms.k\": 1551398400000,\n    \"frac.k\": 1551398400.5,\n    \"neg.k\": -5,\n    \"nul.k\": null\n  },\n" +
		"  \"following_hashtags\": {\"hiking\": \"2018-05-05T05:05:05\"}\n}\n"
	f := memFile("connections.json", data)
	if len(data) <= headBytes {
		t.Fatalf("the blocked list (%d bytes) does not outgrow the head", len(data))
	}
	got := mustImport(t, Instagram{}, f)
	var lines []string
	for _, a := range got {
		lines = append(lines, fmt.Sprintf("%s %s %s %s", a.Relation, a.ID, a.Since, a.FollowsYou))
	}
	want := []string{
		"following gretal 2019-03-02 no",
		"following pia_lund 2018-06-03 yes",
		"following hiro.t 2019-03-01 no",
		"following noor_a  no", // a time of another form: no date
		"following ms.k  no",
		"following frac.k  no",
		"following neg.k  no",
		"following nul.k  no",
		"follower amelie_d  yes",
	}
	if !slices.Equal(lines, want) {
		t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(lines, "\n\t"), strings.Join(want, "\n\t"))
	}
	for _, tt := range []struct {
		name, data, says string
		unplaced         bool // said of the whole file, not at a byte
	}{
		{"not a username", `{"following": {"ana b": "2019-01-01T00:00:00"}}`, `entry 1 of "following": "ana b" is not an Instagram username`, false},
		{"a list, not a time", `{"followers": {}, "following": {"ana_b": "x", "bo": ["2019"]}}`, `entry 2 of "following" (bo): expected the time the follow began, found "["`, false},
		{"a list of usernames", `{"following": ["ana_b"]}`, `"following" is not an object of usernames`, false},
		{"neither list", `{"close_friends": {}}`, `expected an object with "following" and "followers"`, true},
		{"cut short", `{"following": {"ana_b": "2019-01-01T00:00:00", "bo`, "ends too early", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := memFile("connections.json", tt.data)
			f.Kind = igConnections
			want := importError{file: "export.zip!connections.json", anyOffset: true, says: []string{tt.says}}
			if tt.unplaced {
				want.anyOffset, want.offset = false, -1
			}
			checkImportError(t, Instagram{}, []*File{f}, want)
		})
	}
}

func TestInstagramDetect(t *testing.T) {
	const (
		objFollowing = "{\n  \"relationships_following\": [\n    {"
		objFollowers = "\ufeff{\n  \"relationships_followers\": ["
		bareList     = "[\n  {\n    \"title\": \"\",\n    \"media_list_data\": [\n      \n    ],\n    \"string_list_data\": ["
	)
	tests := []struct {
		path, head string
		want       string
		readsHead  bool
	}{
		// By name in followers_and_following.
		{igFollowingP, "", "following", false},
		{igFollowers1P, "", "followers", false},
		{igFollowers2P, "", "followers", false},
		{igDir + "followers_12.json", "", "followers", false},
		{igDir + "Followers_1.JSON", "", "followers", false},
		// A browser's copy mark: the list still (a folder unzipped from
		// a second download), not a bare list passed over unsaid.
		{igDir + "followers_1 (1).json", "", "followers", false},
		{"instagram-robinhale-2026-11-20-AbCdEfGh/" + igFollowingP, "", "following", false},
		{igFollowing21P, "", "following", false},
		{igFollowers21P, "", "followers", false},
		// Other files of that folder.
		{igDir + "close_friends.json", `{"relationships_close_friends": [`, "", false},
		{igDir + "recently_unfollowed_profiles.json", `{"relationships_unfollowed_users": [`, "", true},
		{igDir + "recently_unfollowed_accounts.json", `{"relationships_unfollowed_users": [`, "", true},
		{igDir + "pending_follow_requests.json", `{"relationships_follow_requests_sent": [`, "", true},
		{igDir + "follow_requests_you've_received.json", `{"relationships_follow_requests_received": [`, "", true},
		{igDir + "following_hashtags.json", `{"relationships_following_hashtags": [`, "", true},
		{igDir + "blocked_profiles.json", `{"relationships_blocked_users": [`, "", false},
		{igDir + "restricted_profiles.json", `{"relationships_restricted_users": [`, "", false},
		{igDir + "removed_suggestions.json", `{"relationships_dismissed_suggested_users": [`, "", false},
		{igDir + "followers_x.json", bareList, "", true},
		// Whose export it is, by its head, since Facebook's export has a
		// personal_information folder too.
		{"personal_information/personal_information/personal_information.json", `{"profile_user": [`, igOwner, true},
		{"account_information/personal_information.json", "\ufeff{\n  \"profile_user\": [", igOwner, true},
		{"personal_information (1).json", `{"profile_user": [`, igOwner, true},
		{"personal_information/personal_information/personal_information.json", `{"profile_v2": {`, "", true},
		{"personal_information/personal_information/personal_information.json", `[{"profile_user": 1}]`, "", true},
		{"personal_information/personal_information/account_information.json", `{"profile_account_insights": [`, "", false},
		{"media/posts/202611/photo.jpg", "\xff\xd8", "", false},
		// Whose an export before about 2020 is: its profile.json, by its
		// whole content, as many apps write a file of that name.
		{"profile.json", igOldProfile("robin.hale"), igOldOwner, true},
		{"instagram-robinhale/Profile (1).json", "\ufeff" + igOldProfile("robin.hale"), igOldOwner, true},
		{"profile.json", `{"username": "robin.hale", "date_joined": "2014-05-02T18:22:41", "first_name": "Robin"}`, "", true},
		{"profile.json", igOldProfile("robin.hale")[:200], "", true},
		// The single connections.json of exports before about 2020,
		// recognised by its head.
		{"connections.json", igOldConnections, igConnections, true},
		// Its lists after a long object of another of its keys, which
		// the head cuts short; not where a key before is not one of
		// that file's.
		{"connections.json", `{"blocked_users": {}, "close_friends": {"ana_b": "2019-01-01T00:00:00", "bo`, igConnections, true},
		{"connections.json", `{"blocked_users": [], "follow_requests_sent": {"ana_b": "2019-`, igConnections, true},
		// The head cut between two of its keys, or inside a key's name.
		{"connections.json", `{"blocked_users": {"ana_b": "2019-01-01T00:00:00"}, "close_fri`, igConnections, true},
		{"connections.json", `{"blocked_users": {"ana_b": "2019-01-01T00:00:00"}`, igConnections, true},
		{"connections.json", `{"blocked_users": {"ana_b": "2019-01-01T00:00:00"}, `, igConnections, true},
		{"connections.json", `{"contacts": {}, "close_fri`, "", true},
		{"connections.json", `{"blocked_us`, "", true},
		{"connections.json", `{"contacts": {}, "close_friends": {"ana_b": "2019-01-01T00:00:00", "bo`, "", true},
		{"connections.json", `{"close_friends": {"ana_b": "2019-01-01T00:00:00"}}`, "", true},
		{"instagram-robinhale/Connections (1).json", "\ufeff" + igOldConnections, igConnections, true},
		{"connections.json", `{"close_friends": {}, "followers": {"ana_b": "2019-01-01T00:00:00"}}`, igConnections, true},
		{"connections.json", `{"followers": ["ana_b"]}`, "", true},
		{"connections.json", `{"connections": []}`, "", true},
		{"connections.json", `[{"following": {}}]`, "", true},
		// Another app's connections.json: its list maps names, ids or
		// addresses that are no username, or holds objects or lists.
		{"backup/data/connections.json", `{"following": {"Alice Smith": "2021-04-01T10:00:00"}}`, "", true},
		{"connections.json", `{"following": {"u:1234": 5, "u:5678": 6}}`, "", true},
		{"connections.json", `{"followers": {"ana_b": 1}, "following": {"bo@example.org": 2}}`, "", true},
		{"connections.json", `{"following": {"ana_b": "2019-01-01T00:00:00", "bo k": "2019`, "", true},
		{"connections.json", `{"following": {"ana_b": {"since": "2019-01-01"}}}`, "", true},
		{"connections.json", `{"following": {"ana_b": ["2019-01-01"]}}`, "", true},
		{"connections.json", `{"following": {"ana_b": true}}`, "", true},
		// Another app's whose keys beside the lists are usernames, or
		// keys Instagram's file does not hold, or whose list maps
		// usernames to dates or words, not times: no key nor value of
		// Instagram's file is of another kind.
		{"connections.json", `{"alice_w": "2021-04-01T10:00:00", "bo.k": "2021-04-02T10:00:00", "following": {"carol": "2021-04-03T10:00:00"}}`, "", true},
		{"connections.json", `{"following": {"carol": "2021-04-03T10:00:00"}, "alice_w": "2021-04-01T10:00:00"}`, "", true},
		{"connections.json", `{"Contacts": {"ana_b": 1}, "followers": {"ana_b": 1}}`, "", true},
		{"connections.json", `{"followers": {"ana_b": 1}, "following": {}, "groups": {"hiking": "2019"}}`, "", true},
		{"connections.json", `{"followers": {"ana_b": 1}, "following": {}, "groups": ["hiking"]}`, "", true},
		{"connections.json", `{"following": {"ana_b": "2021-04-01", "bo.k": "2021-04-02"}}`, "", true},
		{"connections.json", `{"following": {"ana_b": "yesterday"}}`, "", true},
		{"connections.json", `{"following": {"ana_b": "2019-01-01T00:00:00"}, "followers": {"bo.k": "April 2021"}}`, "", true},
		// A key no reader of that file lists, in snake_case and shaped
		// as its lists are, usernames and times: Instagram's, where a
		// list is read whole (a key of a year no reader saw must not
		// pass the person's whole export over), or a key of that
		// file's came before where the head cuts it.
		{"connections.json", `{"contacts": {"ana_b": 1}, "followers": {"ana_b": 1}}`, igConnections, true},
		{"connections.json", `{"followers": {"ana_b": 1}, "following": {}, "groups": {"hiking": "2019-01-01T00:00:00"}}`, igConnections, true},
		{"connections.json", `{"blocked_users": {}, "dismissed_suggested_accounts": {"ana_b": "2019-01-01T00:00:00"}, "followers": {"ana_b": 1, "bo`, igConnections, true},
		{"connections.json", `{"blocked_users": {}, "muted_accounts": {"ana_b": "2019-01-01T00:00:00", "bo`, igConnections, true},
		// Vouched for by the key of that file's before it, the head cut
		// after it as in it: in the next key, or in that key's value.
		{"connections.json", `{"blocked_users": {}, "muted_accounts": {"ana_b": "2019-01-01T00:00:00"}, "follow_requests_sent": {"bo`, igConnections, true},
		{"connections.json", `{"blocked_users": {}, "muted_accounts": {"ana_b": "2019-01-01T00:00:00"}, "follow_req`, igConnections, true},
		{"connections.json", `{"blocked_users": {}, "muted_accounts": {"ana_b": "2019-01-01T00:00:00"}, "followers":`, igConnections, true},
		{"connections.json", `{"blocked_users": {}, "muted_accounts":`, igConnections, true},
		{"connections.json", `{"muted_accounts":`, "", true},
		{"connections.json", `{"muted_accounts": {"ana_b": "2019-01-01T00:00:00", "bo`, "", true},
		{"connections.json", `{"muted_accounts": {"ana_b": "2019-01-01T00:00:00"}, "close_fri`, "", true},
		{"connections.json", `{"muted_accounts": {"ana_b": "2019-01-01T00:00:00"}, "close_friends": {"bo`, "", true},
		{"connections.json", `{"muted_accounts": {"ana_b": "2019-01-01T00:00:00"}, "followers":`, "", true},
		{"connections.json", `{"muted_accounts": {"ana_b": "2019-01-01T00:00:00"}}`, "", true},
		// Instagram's keys, its hashtags after the lists.
		{"connections.json", `{"followers": {"ana_b": "2019-01-01T00:00:00"}, "following": {}, "following_hashtags": {"hiking": "2018-05-05T05:05:05"}}`, igConnections, true},
		{"connections.json", `{"following_hashtags": {"hiking": "2018-05-05T05:05:05"}, "followers": {"ana_b": "2019-01-01T00:00:00+00:00"}}`, igConnections, true},
		// Instagram's: usernames with times or null, the head cut in a
		// key or a time.
		{"connections.json", `{"following": {"ana_b": 1551398400, "bo.k": null, "__deleted__x1": "2019-01-01T00:00:00", "Pia_Lund": 1.5}}`, igConnections, true},
		{"connections.json", `{"following": {"ana_b": "2019-01-01T00:00:00", "bo k`, igConnections, true},
		{"connections.json", `{"following": {"ana_b": "2019-01-`, igConnections, true},
		{"connections.json", `{"following": {}}`, igConnections, true},
		// The head cut just after the key of a list, the other whole or
		// another of that file's keys before.
		{"connections.json", `{"followers": {"ana_b": 1}, "following":`, igConnections, true},
		{"connections.json", `{"blocked_users": {"ana_b": 1}, "followers":`, igConnections, true},
		{"connections.json", `{"contacts": {"ana_b": 1}, "followers":`, "", true},
		{"connections.json", `{"followers": {"ana_b": 1}, "following": ["bo"]}`, "", true},
		// HTML export.
		{igDir + "following.html", "", "html", false},
		{igDir + "followers_1.html", "", "html", false},
		{igFollowers21P[:len(igFollowers21P)-5] + ".html", "", "html", false},
		{igDir + "close_friends.html", "", "", false},
		// Given by name, or in the folder itself: by a head that is a
		// page naming Instagram, to be told to ask for JSON.
		{"following.html", "", "", true},
		{"following.html", igHTMLPage, "html", true},
		{"followers_1.html", "\ufeff" + igHTMLPage, "html", true},
		// In another folder: another export's page of the name (Threads',
		// in an Instagram export or one of Threads alone; Facebook's).
		{"Downloads/followers.html", igHTMLPage, "", false},
		{"your_instagram_activity/threads/following.html", igHTMLPage, "", false},
		{"threads-export/your_instagram_activity/threads/followers.html", igHTMLPage, "", false},
		{"following_and_followers/following.html", igHTMLPage, "", false},
		{"following.html", "<html><body>my following list</body></html>", "", true},
		{"following.html", "instagram", "", true},
		{"close_friends.html", igHTMLPage, "", false},
		// Elsewhere, by name and head.
		{"following.json", objFollowing, "following", true},
		{"followers_1.json", bareList, "followers", true},
		{"followers.json", objFollowers, "followers", true},
		{"my-export/followers_3.json", "  " + bareList, "followers", true},
		{"my-export/followers_1 (1).json", bareList, "followers", true},
		// A followers file's bare list under following.json's name, given
		// by name: claimed, for the read to say what it is.
		{"following.json", bareList, "following", true},
		{"my-export/following.json", bareList, "", true},
		{"followers_1.json", objFollowing, "", true},
		{"following.json", `{"following": [`, "", true},
		{"following.json", "", "", true},
		{"data/following.json", `{"relationships_following_hashtags": [`, "", true},
		// Renamed: the object key alone decides.
		{"following (1).json", objFollowing, "following", true},
		{"Downloads/my_followers.json", objFollowers, "followers", true},
		{"my_followers.json", bareList, "", true},
		{"unfollowers.json", `{"relationships_unfollowed_users": [`, "", true},
		// Facebook's files, never claimed nor opened.
		{"following_and_followers/following.json", objFollowing, "", false},
		{"following_and_followers/followers.json", bareList, "", false},
		{"friends_and_followers/following.json", objFollowing, "", false},
		{"friends_and_followers/followers.json", objFollowers, "", false},
		{"friends_and_followers/who_you_follow.json", objFollowing, "", false},
		{"following_and_followers/following.html", "", "", false},
		{"friends_and_followers/followers.html", "", "", false},
		{"connections/followers/who_you've_followed.json", `{"following_v3": [`, "", true},
		{"connections/followers/people_who_followed_you.json", `{"followers_v3": [`, "", true},
		{"connections/followers/people_who_followed_you_1.json", `{"followers_v3": [`, "", true},
		{"connections/friends/your_friends.json", `{"friends_v2": [`, "", false},
		{"connections/followers/followers.json", `{"followers_v3": [`, "", true},
		// Other networks.
		{"data/following.js", "window.YTD.following.part0 = [", "", false},
		{"Member_Follows.csv", "Date,Status,FullName", "", false},
		{"", "", "", false},
	}
	for _, tt := range tests {
		checkDetect(t, Instagram{}, tt.path, tt.head, tt.want, tt.readsHead)
	}
}

// TestInstagramNotClaimedByOthers checks that the importers already
// registered leave every file of an Instagram export alone, and that
// Instagram leaves theirs, so that All's order does not matter.
func TestInstagramNotClaimedByOthers(t *testing.T) {
	for _, p := range []string{igFollowingP, igFollowers1P, igFollowers2P, igFollowing21P, igFollowers21P,
		igDir + "following.html", igDir + "followers_1.html"} {
		for _, imp := range []Importer{Facebook{}, LinkedIn{}, Twitter{}} {
			if k := imp.Detect(p, func() []byte { return []byte(igFollowingNew()) }); k != "" {
				t.Errorf("%T claims %s as %q", imp, p, k)
			}
		}
	}
	for _, dir := range []string{"facebook", "linkedin", "twitter"} {
		in, err := Open([]string{sampleDir(dir)}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range in.Files {
			if k := (Instagram{}).Detect(f.Path, func() []byte { return f.Head(headBytes) }); k != "" {
				t.Errorf("Instagram claims %s of the %s sample as %q", f.Path, dir, k)
			}
		}
		in.Close()
	}
}

// TestInstagramSample reads the sample export shipped for the README and
// golden tests, as a folder, the way the CLI does, with every importer, so
// that no other one claims its files.
func TestInstagramSample(t *testing.T) {
	dir, accs := importSample(t, "instagram", Facebook{}, LinkedIn{}, Twitter{}, Instagram{})
	var (
		following = dir + "/connections/followers_and_following/following.json"
		followers = dir + "/connections/followers_and_following/followers_1.json"
	)
	checkLines(t, igLines(t, accs), []string{
		"following|noor.haddad|noor.haddad|2026-10-04|yes|" + following,
		"following|bakery.oslo|bakery.oslo|2025-12-01|no|" + following,
		"following|amelie_d|amelie_d|2025-06-18|yes|" + following,
		"following|gretal|gretal|2024-03-09|no|" + following,
		"following|marta.kowalska|marta.kowalska|2023-08-21|yes|" + following,
		"following|dmitri_s|dmitri_s|2021-05-30|no|" + following,
		"following|jun.ito|jun.ito|2019-07-14|no|" + following,
		"follower|ravi.k_photo|ravi.k_photo||yes|" + followers,
		"follower|pia_lund|pia_lund||yes|" + followers,
	})

	// The deleted account is skipped, and the other files are left.
	in, err := Open([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	var claimed []*File
	for _, f := range in.Files {
		if f.Kind = (Instagram{}).Detect(f.Path, func() []byte { return f.Head(headBytes) }); f.Kind != "" {
			claimed = append(claimed, f)
		}
	}
	if len(claimed) != 3 {
		t.Errorf("claimed %d files, want following.json, followers_1.json and personal_information.json", len(claimed))
	}
	r, err := readInstagram(claimed)
	if err != nil {
		t.Fatal(err)
	}
	if r.deleted != 1 {
		t.Errorf("%d deleted accounts skipped, want 1 (__deleted__xyz123)", r.deleted)
	}
}

func TestInstagramFormats(t *testing.T) {
	fs := Instagram{}.Formats()
	if len(fs) != 1 || fs[0].Network != "instagram" || fs[0].Name != "Download your information (JSON)" ||
		!strings.Contains(fs[0].Request, "Accounts Center → Your information and permissions → Download your information") ||
		!strings.Contains(fs[0].Request, "Followers and following") || !strings.Contains(fs[0].Request, "Format: JSON") ||
		!strings.Contains(fs[0].Request, "All time") {
		t.Fatalf("Formats() = %+v", fs)
	}
	for _, name := range fs[0].Files {
		if strings.HasSuffix(name, "(whose export it is)") || strings.HasSuffix(name, "before 2020)") || strings.HasSuffix(name, "before 2020 is)") {
			continue // claimed by its head (TestInstagramOwner, TestInstagramOldOwner, TestInstagramDetect)
		}
		if (Instagram{}).Detect(igDir+name, nil) == "" {
			t.Errorf("Formats lists %q, which Detect does not claim", name)
		}
	}
	if n := (Instagram{}).Network(); n != "instagram" {
		t.Errorf("Network = %q", n)
	}
}

func TestInstagramHrefUser(t *testing.T) {
	for href, want := range map[string]string{
		"https://www.instagram.com/_u/amelie_d":     "amelie_d",
		"https://www.instagram.com/amelie_d":        "amelie_d",
		"https://instagram.com/amelie_d/":           "amelie_d",
		"http://WWW.Instagram.com/amelie_d?hl=en":   "amelie_d",
		"https://www.instagram.com/amelie_d#x":      "amelie_d",
		"https://www.instagram.com/p/C0ab12/":       "",
		"https://www.instagram.com/":                "",
		"https://www.instagram.com":                 "",
		"https://notinstagram.com/amelie_d":         "",
		"https://www.instagram.com.evil/amelie_d":   "",
		"www.instagram.com/amelie_d":                "",
		"":                                          "",
		"https://www.instagram.com/_u/":             "",
		"https://www.instagram.com/_u/a/b":          "",
		"https://m.instagram.com/_u/dmitri_s/?a=b/": "dmitri_s",
	} {
		if got := igHrefUser(href); got != want {
			t.Errorf("igHrefUser(%q) = %q, want %q", href, got, want)
		}
	}
}

// igFuzzPaths are where fuzzed following data is placed: the current
// layout, the late-2021 one and a loose file.
var igFuzzPaths = [...]string{igFollowingP, igFollowing21P, "following.json"}

func FuzzInstagram(f *testing.F) {
	f.Add(uint8(0), igFollowingNew(igE{"amelie_d", 1750276991}, igE{"__deleted__xyz123", 1}), igOld("", igE{"Amelie_D", 2}, igE{"pia_lund", 3}))
	f.Add(uint8(1), igOld(igFollowingKey, igE{"dmitri_s", 1622360419}), igOld(igFollowersKey, igE{"dmitri_s", 1}))
	f.Add(uint8(2), igFollowingNew(), igOld(""))
	f.Add(uint8(0), `{"relationships_following": [{"title": "", "string_list_data": [{"href": "https://instagram.com/_u/x/"}]}]}`, "[]")
	f.Add(uint8(0), `{"relationships_following": [{"title": "a b"}]}`, `[{"string_list_data": {}}]`)
	f.Add(uint8(0), `{"relationships_following": [{"title": "x", "string_list_data": [{"timestamp": 99999999999999}]}]}`, "")
	f.Add(uint8(0), igFollowingNew(igE{`andr\u00c3\u00a9`, 1}), `{"relationships_followers": {}}`)
	f.Add(uint8(2), "", `{"error": "Please try again later"}`)
	for _, name := range []string{"following.json", "followers_1.json"} {
		if b, err := os.ReadFile(sampleDir("instagram", "connections", "followers_and_following", name)); err == nil {
			f.Add(uint8(0), string(b), "")
			f.Add(uint8(0), "", string(b))
		}
	}
	f.Fuzz(func(t *testing.T, where uint8, following, followers string) {
		files := func(part bool) []*File {
			var fs []*File
			for _, x := range []struct{ path, data string }{
				{igFuzzPaths[int(where)%len(igFuzzPaths)], following}, {igFollowers1P, followers},
			} {
				if x.data == "" {
					continue
				}
				input := "export.zip"
				if part {
					input = "part2.zip"
				}
				f := memFileIn(input, x.path, x.data)
				if claim(Instagram{}, f) != "" {
					fs = append(fs, f)
				}
			}
			return fs
		}
		once, err := Instagram{}.Import(files(false))
		checkPlaced(t, err)
		if err != nil {
			return
		}
		ids := map[string]bool{}
		for _, a := range once {
			if ids[a.ID] || a.ID != strings.ToLower(a.Handle) || !validIGUser(a.Handle) || strings.HasPrefix(a.ID, igDeleted) ||
				a.Network != audit.Instagram || a.ProfileURL != igProfile+a.Handle+"/" || a.Source == "" ||
				!slices.Contains([]string{audit.Following, audit.Follower}, a.Relation) {
				t.Fatalf("bad account %+v", a)
			}
			ids[a.ID] = true
		}
		// The same export in a second zip part adds nothing.
		checkTwice(t, Instagram{}, append(files(false), files(true)...), once)
	})
}

// TestInstagramText pins igText to cleanText, which it stands in for, on
// text without white space inside (see igText).
func TestInstagramText(t *testing.T) {
	for _, s := range []string{"amelie_d", " gretal\t", "\n", "", "jun.ito ", "andr\u00c3\u00a9", " e\u0301mile ", "Zoë"} {
		if got, want := igText(s), cleanText(s); got != want {
			t.Errorf("igText(%q) = %q, want cleanText's %q", s, got, want)
		}
	}
}
