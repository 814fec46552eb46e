package importers

// What the Twitter/X importer refuses, and says of it: lists damaged,
// of the wrong shape or missing a part, copies of data/account.js, and
// fuzzed input.

import (
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

func TestTwitterImportErrors(t *testing.T) {
	valid := twFollows2026("following", 0, "1401", "1402")
	truncated := valid[:strings.Index(valid, `"1402"`)+3]
	// A cut-off file is placed just after its last complete entry and comma.
	truncatedAt := int64(strings.Index(truncated, "},\n  {") + 2)
	// "Amélie" as Windows-1252 would write it.
	latin1 := strings.Replace(twTweets("tweets", 0, twTweet("Sat Nov 09 12:14:18 +0000 2024", [2]string{}, twMention{"Amélie", "amelie_d", "1401"})),
		"é", "\xe9", 1)
	latin1Line := strings.Count(latin1[:strings.Index(latin1, "\xe9")], "\n") + 1
	badID := strings.Replace(valid, `"accountId" : "1402"`, `"accountId" : "14o2"`, 1)
	// The decoder reports a bad id once it has read the whole entry.
	badIDEnd := int64(strings.Index(badID, "}\n  }\n]") + 5)
	checkErrorCases(t, Twitter{}, []errorCase{{
		name: "a list's part 1 without part 0 (one zip of an archive in several)",
		files: []*File{
			memFileIn("twitter-2026-11-20-5f1c-part2.zip", "data/following-part1.js", twFollows2026("following", 1, "1403")),
			memFileIn("twitter-2026-11-20-5f1c-part2.zip", "data/follower.js", twFollows2026("follower", 0, "1401")),
		},
		file:   "twitter-2026-11-20-5f1c-part2.zip!data/following-part1.js",
		msg:    "part 1 of the list of the accounts you follow, without data/following.js: the archive splits a long list into parts",
		offset: -1,
	}, {
		name: "a list's part 2 without part 1, the other parts given twice",
		files: []*File{
			memFile("data/following.js", twFollows2026("following", 0, "1401")),
			memFile("data/follower.js", twFollows2026("follower", 0, "1401")),
			memFileIn("copy", "data/follower.js", twFollows2026("follower", 0, "1401")),
			memFile("data/follower-part2.js", twFollows2026("follower", 2, "1402")),
		},
		file:   "export.zip!data/follower-part2.js",
		msg:    "part 2 of the list of the accounts that follow you, without data/follower-part1.js",
		offset: -1,
	}, {
		name: "the last part of a list missing, as the manifest lists it",
		files: []*File{
			memFile("data/manifest.js", twManifest(twPart{"following", 0}, twPart{"follower", 0}, twPart{"follower", 1}, twPart{"follower", 2})),
			memFile("data/following.js", twFollows2026("following", 0, "1401")),
			memFile("data/follower.js", twFollows2026("follower", 0, "1401")),
			memFile("data/follower-part1.js", twFollows2026("follower", 1, "1402")),
		},
		file:   "export.zip!data/manifest.js",
		msg:    "the archive is incomplete: it lists data/follower-part2.js, a part of the list of the accounts that follow you, not there: read without it, every account on it would be gone; give the whole archive",
		offset: -1,
	}, {
		name: "the last parts of a list missing, the manifest in another zip of the archive",
		files: []*File{
			memFileIn("twitter-2026-11-20-5f1c-part1.zip", "data/manifest.js", twManifest(twPart{"following", 0}, twPart{"following", 1}, twPart{"following", 2}, twPart{"follower", 0})),
			memFileIn("twitter-2026-11-20-5f1c-part2.zip", "tw/data/following.js", twFollows2026("following", 0, "1401")),
			memFileIn("twitter-2026-11-20-5f1c-part2.zip", "tw/data/follower.js", twFollows2026("follower", 0, "1401")),
		},
		file:   "twitter-2026-11-20-5f1c-part1.zip!data/manifest.js",
		msg:    "it lists tw/data/following-part1.js and tw/data/following-part2.js, parts of the list of the accounts you follow, not there: read without them,",
		offset: -1,
	}, {
		name:   "an entry of the wrong shape, in valid JSON",
		files:  []*File{memFile("data/following.js", "window.YTD.following.part0 = [ 5 ]")},
		file:   "export.zip!data/following.js",
		msg:    "entry 1: should be an object, found a number",
		offset: int64(len("window.YTD.following.part0 = [ ")),
	}, {
		name:   "no wrapper",
		files:  []*File{memFile("data/following.js", "[ ]")},
		file:   "export.zip!data/following.js",
		msg:    `expected a "window.YTD.following.partN = " assignment at the start of the file`,
		offset: 0,
	}, {
		name:   "wrapper of another type",
		files:  []*File{memFile("data/following.js", twFollows2026("follower", 0, "1401"))},
		file:   "export.zip!data/following.js",
		msg:    "found window.YTD.follower",
		offset: 0,
	}, {
		name:   "wrapper without =",
		files:  []*File{memFile("data/following.js", "window.YTD.following.part0 [ ]")},
		file:   "export.zip!data/following.js",
		msg:    `expected a "window.YTD.following.partN = " assignment`,
		offset: 0,
	}, {
		name:   "wrapper without part number",
		files:  []*File{memFile("data/following.js", "window.YTD.following.part = [ ]")},
		file:   "export.zip!data/following.js",
		msg:    `expected a "window.YTD.following.partN = " assignment`,
		offset: 0,
	}, {
		name:   "wrapper only",
		files:  []*File{memFile("data/following.js", "window.YTD.following.part0")},
		file:   "export.zip!data/following.js",
		msg:    `expected a "window.YTD.following.partN = " assignment`,
		offset: 0,
	}, {
		name:   "white space only",
		files:  []*File{memFile("data/following.js", "\n\n ")},
		file:   "export.zip!data/following.js",
		msg:    "assignment at the start of the file, found the end of the file",
		offset: 3,
	}, {
		name:   "leading white space counts in the offset",
		files:  []*File{memFile("data/following.js", "\n  window.YTD.tweets.part0 = [ ]")},
		file:   "export.zip!data/following.js",
		msg:    "found window.YTD.tweets",
		offset: 3,
	}, {
		name:   "code after the JSON",
		files:  []*File{memFile("data/following.js", "window.YTD.following.part0 = [ ]; alert(1)")},
		file:   "export.zip!data/following.js",
		msg:    "unexpected content after the JSON data",
		offset: int64(len("window.YTD.following.part0 = [ ]")),
	}, {
		name:   "an object, not a list",
		files:  []*File{memFile("data/following.js", `window.YTD.following.part0 = { "following" : [ ] }`)},
		file:   "export.zip!data/following.js",
		msg:    "expected a JSON list after the window.YTD assignment",
		offset: int64(len("window.YTD.following.part0 = ")),
	}, {
		name:   "a string, not a list",
		files:  []*File{memFile("data/following.js", twFollowing2026), memFile("data/tweets.js", "window.YTD.tweet.part0=\"\\n\"0")},
		file:   "export.zip!data/tweets.js",
		msg:    "expected a JSON list after the window.YTD assignment",
		offset: int64(len("window.YTD.tweet.part0=")),
	}, {
		name:   "nothing assigned",
		files:  []*File{memFile("data/follower.js", "window.YTD.follower.part0 = \n")},
		file:   "export.zip!data/follower.js",
		msg:    "expected a JSON list after the window.YTD assignment, found the end of the file",
		offset: int64(len("window.YTD.follower.part0 = \n")),
	}, {
		name:   "truncated JSON",
		files:  []*File{memFile("data/following.js", truncated)},
		file:   "export.zip!data/following.js",
		msg:    "the JSON data ends too early (the file is truncated: download the export again)",
		offset: truncatedAt,
	}, {
		name:   "non-digit accountId",
		files:  []*File{memFile("data/following.js", badID)},
		file:   "export.zip!data/following.js",
		msg:    `accountId "14o2" is not an account id (expected a whole number in digits, without a leading zero, that fits 64 bits)`,
		offset: badIDEnd,
	}, {
		name:      "accountId with a leading zero",
		files:     []*File{memFile("data/following.js", twFollows2021("following", "01401"))},
		file:      "export.zip!data/following.js",
		msg:       `accountId "01401" is not an account id (expected a whole number in digits, without a leading zero`,
		anyOffset: true,
	}, {
		name:      "accountId beyond 64 bits",
		files:     []*File{memFile("data/following.js", twFollows2021("following", "18446744073709551616"))},
		file:      "export.zip!data/following.js",
		msg:       `accountId "18446744073709551616" is not an account id`,
		anyOffset: true,
	}, {
		name: "accountId not a string",
		files: []*File{memFile("data/follower.js", `window.YTD.follower.part0 = [ {
  "follower" : {
    "accountId" : {
      "id" : "1401"
    }
  }
} ]`)},
		file:      "export.zip!data/follower.js",
		msg:       `accountId "{\n      \"id\" : \"1401\"\n    }" is not an account id`,
		anyOffset: true,
	}, {
		name: "missing accountId, and no id in the userLink",
		files: []*File{memFile("data/follower.js", `window.YTD.follower.part0 = [ {
  "follower" : {
    "accountId" : "1401"
  }
}, {
  "follower" : {
    "userLink" : "https://twitter.com/intent/user?user_id=1402"
  }
}, {
  "follower" : {
    "userLink" : "https://x.com/someone"
  }
} ]`)},
		file:   "export.zip!data/follower.js",
		msg:    `entry 3 of the list gives no account id: expected {"follower" : {"accountId" : "<digits>", ...}}, or a userLink "https://twitter.com/intent/user?user_id=<digits>"`,
		offset: -1,
	}, {
		name: "userLink not a string",
		files: []*File{memFile("data/following.js", `window.YTD.following.part0 = [ {
  "following" : {
    "accountId" : "1401",
    "userLink" : 1401
  }
} ]`)},
		file:      "export.zip!data/following.js",
		msg:       "userLink is not a string",
		anyOffset: true,
	}, {
		name:  "invalid UTF-8",
		files: []*File{memFile("data/following.js", twFollowing2026), memFile("data/tweets.js", latin1)},
		file:  "export.zip!data/tweets.js",
		msg:   "is not UTF-8",
		line:  latin1Line,
	}, {
		name:  "invalid UTF-8 near the assignment",
		files: []*File{memFile("data/following.js", "window.YTD.following.part0 = [ \x93 ]")},
		file:  "export.zip!data/following.js",
		msg:   "byte 31 (0x93) is not UTF-8",
		line:  1,
	}, {
		name: "mention id as a number",
		files: []*File{memFile("data/following.js", twFollowing2026), memFile("data/tweets.js",
			strings.Replace(twTweets("tweets", 0, twTweet("Sat Nov 09 12:14:18 +0000 2024", [2]string{}, twMention{"A", "a", "1401"})),
				`"id_str" : "1401"`, `"id_str" : 1401`, 1))},
		file:      "export.zip!data/tweets.js",
		msg:       "id_str",
		anyOffset: true,
	}, {
		name:   "tweets file holding other data",
		files:  []*File{memFile("data/following.js", twFollowing2026), memFile("data/tweets.js", "window.YTD.like.part0 = [ ]")},
		file:   "export.zip!data/tweets.js",
		msg:    "found window.YTD.like",
		offset: 0,
	}, {
		name:   "empty file",
		files:  []*File{memFile("data/following.js", "")},
		file:   "export.zip!data/following.js",
		msg:    "the file is empty",
		offset: -1,
	}, {
		name:   "tweets without the follow lists",
		files:  []*File{memFile("data/tweets.js", twTweets("tweets", 0))},
		file:   "export.zip!data/tweets.js",
		msg:    "data/following.js and data/follower.js are missing",
		offset: -1,
	}})
}

// data/account.js is no list: two different copies of it are refused as
// copies of the file that says whose the archive is, and given alone it is
// said to be that file, not the tweets, as LinkedIn's and Instagram's are.
func TestTwitterAccountFileMessages(t *testing.T) {
	account := func(id string) string {
		return `window.YTD.account.part0 = [ { "account" : { "username" : "u` + id + `", "accountId" : "` + id + `" } } ]`
	}
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"two copies", map[string]string{"data/following.js": twFollowing2026, "data/account.js": account("1000"), "data/account (1).js": account("5555")},
			"two different copies of the file that says whose a Twitter/X export is"},
		{"alone", map[string]string{"data/account.js": account("1000")},
			"data/account.js only says whose a Twitter/X export is: give the whole export"},
		// data/manifest.js lists the archive's files: said so.
		{"a manifest alone", map[string]string{"data/manifest.js": twManifest(twPart{"following", 0})},
			"data/manifest.js only lists the files of a Twitter/X export, not the accounts: give the whole export, its lists with it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, tt.files)
			var owners []audit.Owner
			_, _, err := Read([]string{dir}, Options{Owners: &owners}, All())
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want one saying %q", err, tt.want)
			}
		})
	}
}

func FuzzTwitter(f *testing.F) {
	f.Add(twFollowing2026, twFollows2026("follower", 0, "1402", "2001"),
		twTweets("tweets", 0, twTweet("Sat Nov 09 12:14:18 +0000 2024", [2]string{"1402", "dmitri_s"},
			twMention{"Amélie Durand", "amelie_d", "1401"})))
	f.Add(twFollows2021("following", "1401"), twFollower2021, twTweetBare2019)
	f.Add("window.YTD.following.part0 = [ ]", "window.YTD.follower.part0 = [ ]", "window.YTD.tweets.part0 = [ ]")
	f.Add("window.YTD.following.part0 = [ ]; alert(1)", "[ ]", "")
	f.Add(twFollowing2026[:100], "", "window.YTD.tweets.part0 = [ { \"tweet\" : { \"entities\" : { \"user_mentions\" : [ { \"id_str\" : 1 } ] } } } ]")
	// Found by fuzzing: a JSON string holding a newline once made a
	// two-line message.
	f.Add("", `window.YTD.follower.part0=[{"follower":{"accountId":"1"}},{"follower":{"accountId":"1"}}]`, "window.YTD.tweet.part0=\"\\n\"0")
	f.Fuzz(func(t *testing.T, following, follower, tweets string) {
		var files []*File
		for _, f := range []*File{
			memFile("data/following.js", following),
			memFile("data/follower.js", follower),
			memFile("data/tweets.js", tweets),
		} {
			if f.Size > 0 {
				files = append(files, f)
			}
		}
		for _, f := range files {
			f.Kind = Twitter{}.Detect(f.Path, nil)
		}
		accs, err := Twitter{}.Import(files)
		checkPlaced(t, err)
		if err != nil {
			return
		}
		seen := map[string]bool{}
		for _, a := range accs {
			if !isDigits(a.ID) || seen[a.ID] || a.ProfileURL == "" || !validHandle(a.Handle) && a.Handle != "" {
				t.Fatalf("bad account %+v", a)
			}
			seen[a.ID] = true
		}
	})
}
