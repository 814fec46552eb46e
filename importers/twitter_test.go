package importers

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// The fixtures below are written the way the archive writes its files: a
// window.YTD assignment, two-space indent, "key" : value, numbers as
// strings, raw UTF-8, no final newline. The 2026 layout puts every list
// element on its own lines; the 2021 layout opens elements on the bracket's
// line ("[ {", "}, {").

// twFollows2026 returns a following.js or follower.js (typ) in the 2026
// layout.
func twFollows2026(typ string, part int, ids ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "window.YTD.%s.part%d = [", typ, part)
	for i, id := range ids {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "\n  {\n    %q : {\n      \"accountId\" : %q,\n      \"userLink\" : \"https://twitter.com/intent/user?user_id=%s\"\n    }\n  }", typ, id, id)
	}
	if len(ids) == 0 {
		b.WriteString(" ]")
	} else {
		b.WriteString("\n]")
	}
	return b.String()
}

// twFollows2021 returns a follow list in the 2021 layout, without userLink.
func twFollows2021(typ string, ids ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "window.YTD.%s.part0 = [ ", typ)
	for i, id := range ids {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "{\n  %q : {\n    \"accountId\" : %q\n  }\n}", typ, id)
	}
	b.WriteString(" ]")
	return b.String()
}

// twPart is a data file of the archive as data/manifest.js lists it: its
// type and part number.
type twPart struct {
	typ  string
	part int
}

// twManifest returns a data/manifest.js listing the given parts, as the
// archive writes it (larsbrinkhoff/twitter-data, alrocar/x): userInfo and
// archiveInfo first, then each data type's files, the first part without
// a -partN in its name.
func twManifest(parts ...twPart) string {
	var b strings.Builder
	b.WriteString("window.__THAR_CONFIG = {\n  \"userInfo\" : {\n    \"accountId\" : \"1000\",\n    \"userName\" : \"robinhale\",\n    \"displayName\" : \"Robin Hale\"\n  },\n" +
		"  \"archiveInfo\" : {\n    \"sizeBytes\" : \"48213\",\n    \"generationDate\" : \"2026-11-20T06:41:09.318Z\",\n    \"isPartialArchive\" : false,\n    \"maxPartSizeBytes\" : \"53687091200\"\n  },\n" +
		"  \"dataTypes\" : {\n    \"account\" : {\n      \"files\" : [ {\n        \"fileName\" : \"data/account.js\",\n        \"globalName\" : \"YTD.account.part0\",\n        \"count\" : \"1\"\n      } ]\n    }")
	for i := 0; i < len(parts); {
		typ := parts[i].typ
		fmt.Fprintf(&b, ",\n    %q : {\n      \"files\" : [ ", typ)
		for j := i; i < len(parts) && parts[i].typ == typ; i++ {
			if i > j {
				b.WriteString(", ")
			}
			name := typ
			if parts[i].part > 0 {
				name = fmt.Sprintf("%s-part%d", typ, parts[i].part)
			}
			fmt.Fprintf(&b, "{\n        \"fileName\" : \"data/%s.js\",\n        \"globalName\" : \"YTD.%s.part%d\",\n        \"count\" : \"1\"\n      }", name, typ, parts[i].part)
		}
		b.WriteString(" ]\n    }")
	}
	b.WriteString("\n  }\n}")
	return b.String()
}

// twMention is one entities.user_mentions element: name, screen_name, id.
type twMention [3]string

// twTweet returns one {"tweet" : {...}} element of tweets.js in the 2026
// layout. reply is in_reply_to_user_id_str and in_reply_to_screen_name
// (both empty for no reply).
func twTweet(created string, reply [2]string, mentions ...twMention) string {
	var ms strings.Builder
	for i, m := range mentions {
		if i > 0 {
			ms.WriteByte(',')
		}
		fmt.Fprintf(&ms, `
          {
            "name" : %q,
            "screen_name" : %q,
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : %q,
            "id" : %q
          }`, m[0], m[1], m[2], m[2])
	}
	mentionList := "[ ]"
	if len(mentions) > 0 {
		mentionList = "[" + ms.String() + "\n        ]"
	}
	var replyHead, replyTail string
	if reply[0] != "" {
		replyHead = `
      "in_reply_to_status_id_str" : "1855233012345678900",`
		replyTail = fmt.Sprintf(`,
      "in_reply_to_screen_name" : %q,
      "in_reply_to_user_id_str" : %q`, reply[1], reply[0])
		if reply[1] == "" {
			replyTail = fmt.Sprintf(`,
      "in_reply_to_user_id_str" : %q`, reply[0])
		}
	}
	return fmt.Sprintf(`
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1855233012345678901"
          ],
          "editableUntil" : "2024-11-09T13:14:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : %s,
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "0",%s
      "id_str" : "1855233012345678901",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1855233012345678901",
      "created_at" : %q,
      "favorited" : false,
      "full_text" : "Thanks for the tip — trying it this weekend.",
      "lang" : "en"%s
    }
  }`, mentionList, replyHead, created, replyTail)
}

// twTweets joins tweet elements into a tweets file of the given type
// ("tweets" or, before about 2021, "tweet") and part.
func twTweets(typ string, part int, tweets ...string) string {
	if len(tweets) == 0 {
		return fmt.Sprintf("window.YTD.%s.part%d = [ ]", typ, part)
	}
	return fmt.Sprintf("window.YTD.%s.part%d = [%s\n]", typ, part, strings.Join(tweets, ","))
}

// A following.js exactly as a 2026 archive writes it.
const twFollowing2026 = `window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "1401",
      "userLink" : "https://twitter.com/intent/user?user_id=1401"
    }
  },
  {
    "following" : {
      "accountId" : "1402",
      "userLink" : "https://twitter.com/intent/user?user_id=1402"
    }
  }
]`

// A follower.js as a 2021 archive writes it: elements open on the
// bracket's line, no userLink.
const twFollower2021 = `window.YTD.follower.part0 = [ {
  "follower" : {
    "accountId" : "1401"
  }
}, {
  "follower" : {
    "accountId" : "2001"
  }
} ]`

// A tweet.js from an archive of about 2019: the old name, and tweet
// objects not wrapped in {"tweet" : ...}.
const twTweetBare2019 = `window.YTD.tweet.part0 = [ {
  "retweeted" : false,
  "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
  "entities" : {
    "hashtags" : [ ],
    "symbols" : [ ],
    "user_mentions" : [ {
      "name" : "Amélie Durand",
      "screen_name" : "amelie_d",
      "indices" : [ "0", "9" ],
      "id_str" : "1401",
      "id" : "1401"
    } ],
    "urls" : [ ]
  },
  "display_text_range" : [ "0", "30" ],
  "favorite_count" : "0",
  "id_str" : "1102341085681106945",
  "truncated" : false,
  "retweet_count" : "0",
  "id" : "1102341085681106945",
  "created_at" : "Sun Mar 03 22:11:04 +0000 2019",
  "favorited" : false,
  "full_text" : "@amelie_d see you at the fair!",
  "lang" : "en"
} ]`

// twRow renders an account on one line for comparison.
func twRow(a audit.Account) string {
	follows := a.FollowsYou.String()
	if follows == "" {
		follows = "unknown"
	}
	return fmt.Sprintf("%s %s @%s %q %s %s %s", a.Relation, a.ID, a.Handle, a.Name, follows, a.ProfileURL, a.Source)
}

// twAccountJS returns a data/account.js of the account id, with the handle
// user, named Robin Hale.
func twAccountJS(id, user string) string {
	return `window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "robin.hale@example.com",
      "createdVia" : "web",
      "username" : "` + user + `",
      "accountId" : "` + id + `",
      "createdAt" : "2019-05-21T08:12:44.000Z",
      "accountDisplayName" : "Robin Hale"
    }
  }
]`
}

func TestTwitterImport(t *testing.T) {
	const (
		src  = "export.zip!data/following.js"
		srcF = "export.zip!data/follower.js"
	)
	intent := func(id string) string { return "https://twitter.com/intent/user?user_id=" + id }
	tests := []struct {
		name  string
		files []*File
		want  []string
	}{{
		name: "2026 form",
		files: []*File{
			memFile("data/following.js", twFollowing2026),
			memFile("data/follower.js", twFollows2026("follower", 0, "1402", "2001")),
		},
		want: []string{
			`following 1401 @ "" no ` + intent("1401") + " " + src,
			`following 1402 @ "" yes ` + intent("1402") + " " + src,
			`follower 2001 @ "" yes ` + intent("2001") + " " + srcF,
		},
	}, {
		name: "2021 form without userLink",
		files: []*File{
			memFile("data/following.js", twFollows2021("following", "1401", "1403")),
			memFile("data/follower.js", twFollower2021),
		},
		want: []string{
			`following 1401 @ "" yes ` + intent("1401") + " " + src,
			`following 1403 @ "" no ` + intent("1403") + " " + src,
			`follower 2001 @ "" yes ` + intent("2001") + " " + srcF,
		},
	}, {
		name: "parts merged in part order whatever the file order",
		files: []*File{
			memFile("data/follower-part1.js", twFollows2026("follower", 1, "2002", "1401")),
			memFile("data/following-part1.js", twFollows2026("following", 1, "1403", "1401")),
			memFile("data/follower.js", twFollows2026("follower", 0, "2001")),
			memFile("data/following.js", twFollows2026("following", 0, "1401", "1402")),
		},
		want: []string{
			`following 1401 @ "" yes ` + intent("1401") + " " + src,
			`following 1402 @ "" no ` + intent("1402") + " " + src,
			`following 1403 @ "" no ` + intent("1403") + " export.zip!data/following-part1.js",
			`follower 2001 @ "" yes ` + intent("2001") + " " + srcF,
			`follower 2002 @ "" yes ` + intent("2002") + " export.zip!data/follower-part1.js",
		},
	}, {
		name: "empty lists",
		files: []*File{
			memFile("data/following.js", "window.YTD.following.part0 = [ ]"),
			memFile("data/follower.js", "window.YTD.follower.part0 = [ ]"),
			memFile("data/tweets.js", "window.YTD.tweets.part0 = [ ]"),
		},
		want: nil,
	}, {
		name: "empty following, followers only",
		files: []*File{
			memFile("data/following.js", "window.YTD.following.part0 = [ ]"),
			memFile("data/follower.js", twFollows2026("follower", 0, "2001")),
		},
		want: []string{`follower 2001 @ "" yes ` + intent("2001") + " " + srcF},
	}, {
		name:  "no follower file: follows-you unknown",
		files: []*File{memFile("data/following.js", twFollowing2026)},
		want: []string{
			`following 1401 @ "" unknown ` + intent("1401") + " " + src,
			`following 1402 @ "" unknown ` + intent("1402") + " " + src,
		},
	}, {
		name:  "largest 64-bit id",
		files: []*File{memFile("data/following.js", twFollows2021("following", "18446744073709551615"))},
		want:  []string{`following 18446744073709551615 @ "" unknown ` + intent("18446744073709551615") + " " + src},
	}, {
		name: "renamed loose file",
		files: []*File{
			memFile("my following (1).js", "\n  "+twFollows2026("following", 0, "1401")),
		},
		want: []string{`following 1401 @ "" unknown ` + intent("1401") + " export.zip!my following (1).js"},
	}, {
		name: "listed twice: first place and source kept",
		files: []*File{
			memFile("data/following.js", twFollows2026("following", 0, "1401", "1402", "1401")),
		},
		want: []string{
			`following 1401 @ "" unknown ` + intent("1401") + " " + src,
			`following 1402 @ "" unknown ` + intent("1402") + " " + src,
		},
	}, {
		name: "userLink other than the intent link is kept, non-web links are not",
		files: []*File{
			memFile("data/following.js", `window.YTD.following.part0 = [ {
  "following" : {
    "accountId" : "1401",
    "userLink" : "https://x.com/intent/user?user_id=1401"
  }
}, {
  "following" : {
    "accountId" : "1402",
    "userLink" : "javascript:alert(1)"
  }
}, {
  "following" : {
    "accountId" : "1403",
    "userLink" : null
  }
} ]`),
		},
		want: []string{
			`following 1401 @ "" unknown https://x.com/intent/user?user_id=1401 ` + src,
			`following 1402 @ "" unknown ` + intent("1402") + " " + src,
			`following 1403 @ "" unknown ` + intent("1403") + " " + src,
		},
	}, {
		name: "handle and name from a mention",
		files: []*File{
			memFile("data/following.js", twFollowing2026),
			memFile("data/tweets.js", twTweets("tweets", 0,
				twTweet("Sat Nov 09 12:14:18 +0000 2024", [2]string{}, twMention{"Amélie Durand", "amelie_d", "1401"}))),
		},
		want: []string{
			`following 1401 @amelie_d "Amélie Durand" unknown https://x.com/amelie_d ` + src,
			`following 1402 @ "" unknown ` + intent("1402") + " " + src,
		},
	}, {
		name: "in-reply-to gives a handle only",
		files: []*File{
			memFile("data/following.js", twFollowing2026),
			memFile("data/tweets.js", twTweets("tweets", 0,
				twTweet("Sat Nov 09 12:14:18 +0000 2024", [2]string{"1402", "dmitri_s"}),
				twTweet("Fri Nov 08 10:00:00 +0000 2024", [2]string{"1401", ""}))), // no screen name: nothing
		},
		want: []string{
			`following 1401 @ "" unknown ` + intent("1401") + " " + src,
			`following 1402 @dmitri_s "" unknown https://x.com/dmitri_s ` + src,
		},
	}, {
		name: "a mention beats in-reply-to in the same tweet",
		files: []*File{
			memFile("data/following.js", twFollowing2026),
			memFile("data/tweets.js", twTweets("tweets", 0,
				twTweet("Sat Nov 09 12:14:18 +0000 2024", [2]string{"1401", "deane_barker"},
					twMention{"Amélie Durand", "amelie_d", "1401"}))),
		},
		want: []string{
			`following 1401 @amelie_d "Amélie Durand" unknown https://x.com/amelie_d ` + src,
			`following 1402 @ "" unknown ` + intent("1402") + " " + src,
		},
	}, {
		name: "newest tweet wins within a file",
		files: []*File{
			memFile("data/following.js", twFollows2026("following", 0, "1403")),
			memFile("data/tweets.js", twTweets("tweets", 0,
				twTweet("Sat Nov 09 12:14:18 +0000 2024", [2]string{}, twMention{"Jonas Thal", "jonas_thal", "1403"}),
				twTweet("Mon Mar 15 08:09:41 +0000 2021", [2]string{}, twMention{"Jonas T.", "jt_old", "1403"}))),
		},
		want: []string{`following 1403 @jonas_thal "Jonas Thal" unknown https://x.com/jonas_thal ` + src},
	}, {
		name: "newest tweet wins across tweets.js and tweets-part1.js",
		files: []*File{
			memFile("data/tweets-part1.js", twTweets("tweets", 1,
				twTweet("Mon Mar 15 08:09:41 +0000 2021", [2]string{}, twMention{"Jonas T.", "jt_old", "1403"}),
				twTweet("Mon Mar 15 08:09:41 +0000 2021", [2]string{}, twMention{"Sam Okafor", "samokafor", "1409"}))),
			memFile("data/following.js", twFollows2026("following", 0, "1403", "1409")),
			memFile("data/tweets.js", twTweets("tweets", 0,
				twTweet("Sat Nov 09 12:14:18 +0000 2024", [2]string{}, twMention{"Jonas Thal", "jonas_thal", "1403"}),
				twTweet("Sun Nov 10 12:14:18 +0000 2024", [2]string{"1409", "sam_o"}))),
		},
		want: []string{
			`following 1403 @jonas_thal "Jonas Thal" unknown https://x.com/jonas_thal ` + src,
			// The newer reply gives the handle; the name stays the newest one known.
			`following 1409 @sam_o "Sam Okafor" unknown https://x.com/sam_o ` + src,
		},
	}, {
		name: "newest wins when the newer tweet is in the later part",
		files: []*File{
			memFile("data/following.js", twFollows2026("following", 0, "1403")),
			memFile("data/tweets.js", twTweets("tweets", 0,
				twTweet("Mon Mar 15 08:09:41 +0000 2021", [2]string{}, twMention{"Jonas T.", "jt_old", "1403"}))),
			memFile("data/tweets-part1.js", twTweets("tweets", 1,
				twTweet("Sat Nov 09 12:14:18 +0000 2024", [2]string{}, twMention{"Jonas Thal", "jonas_thal", "1403"}))),
		},
		want: []string{`following 1403 @jonas_thal "Jonas Thal" unknown https://x.com/jonas_thal ` + src},
	}, {
		// A handle given up and taken by another followed account: the
		// older account's is stale, and x.com/<handle> would open the
		// other one.
		name: "a handle taken over by another account stays on the newest only",
		files: []*File{
			memFile("data/following.js", twFollows2026("following", 0, "1403", "1405", "1406")),
			memFile("data/tweets.js", twTweets("tweets", 0,
				twTweet("Sat Nov 09 12:14:18 +0000 2024", [2]string{}, twMention{"Jonas Thal", "jonas_thal", "1403"}),
				twTweet("Sat Apr 10 10:00:00 +0000 2027", [2]string{}, twMention{"Greta Lindqvist", "Jonas_Thal", "1405"}),
				twTweet("Sat Nov 09 12:14:18 +0000 2024", [2]string{"1406", "kofi_m"}))),
			memFile("data/tweets-part1.js", twTweets("tweets", 1,
				twTweet("Sat Jan 10 10:00:00 +0000 2026", [2]string{"1406", "jonas_thal"}))),
		},
		want: []string{
			`following 1403 @ "Jonas Thal" unknown ` + intent("1403") + " " + src,
			`following 1405 @Jonas_Thal "Greta Lindqvist" unknown https://x.com/Jonas_Thal ` + src,
			`following 1406 @ "" unknown ` + intent("1406") + " " + src,
		},
	}, {
		// The same, the handle taken by an account on neither list: the
		// tweets mention it later under that handle, so x.com/<handle>
		// opens it, not the account followed.
		name: "a handle taken over by an account not listed is dropped",
		files: []*File{
			memFile("data/following.js", twFollows2026("following", 0, "1403", "1406")),
			memFile("data/tweets.js", twTweets("tweets", 0,
				twTweet("Sat Apr 10 10:00:00 +0000 2027", [2]string{}, twMention{"Greta Lindqvist", "Jonas_Thal", "3001"}),
				twTweet("Sat Nov 09 12:14:18 +0000 2024", [2]string{}, twMention{"Jonas Thal", "jonas_thal", "1403"}),
				twTweet("Sat Nov 09 12:14:18 +0000 2024", [2]string{"1406", "kofi_m"}),
				twTweet("Sat Jan 10 10:00:00 +0000 2026", [2]string{"3002", "kofi_m"}),
				twTweet("Sat Jan 10 10:00:00 +0000 2022", [2]string{"3003", "kofi_m"}))),
		},
		want: []string{
			`following 1403 @ "Jonas Thal" unknown ` + intent("1403") + " " + src,
			`following 1406 @ "" unknown ` + intent("1406") + " " + src,
		},
	}, {
		// A reply to a followed account whose reply fields give it a
		// handle a mention of the same tweet gives another account:
		// the mention wins, and the handle the account had stays. Both
		// taken, the reply's handle replaced it and was then dropped as
		// the other account's, the account left with none.
		name: "a reply's handle a mention gives another account is not the replied account's",
		files: []*File{
			memFile("data/following.js", twFollows2026("following", 0, "1406")),
			memFile("data/tweets.js", twTweets("tweets", 0,
				twTweet("Sat Nov 09 12:14:18 +0000 2024", [2]string{}, twMention{"Kofi Mensah", "kofi_real", "1406"}),
				twTweet("Sat Jan 10 10:00:00 +0000 2026", [2]string{"1406", "kofi_m"}, twMention{"Kofi M", "kofi_m", "3002"}))),
		},
		want: []string{`following 1406 @kofi_real "Kofi Mensah" unknown https://x.com/kofi_real ` + src},
	}, {
		name: "a handle an account not listed had before stays",
		files: []*File{
			memFile("data/following.js", twFollows2026("following", 0, "1403")),
			memFile("data/tweets.js", twTweets("tweets", 0,
				twTweet("Sat Nov 09 12:14:18 +0000 2024", [2]string{}, twMention{"Jonas Thal", "jonas_thal", "1403"}),
				twTweet("Sat Apr 10 10:00:00 +0000 2021", [2]string{"3001", "Jonas_Thal"}))),
		},
		want: []string{`following 1403 @jonas_thal "Jonas Thal" unknown https://x.com/jonas_thal ` + src},
	}, {
		name: "a dated tweet beats an undated one",
		files: []*File{
			memFile("data/following.js", twFollows2026("following", 0, "1403")),
			memFile("data/tweets.js", twTweets("tweets", 0,
				twTweet("Mon Mar 15 08:09:41 +0000 2021", [2]string{}, twMention{"Jonas T.", "jt_old", "1403"}),
				twTweet("yesterday", [2]string{}, twMention{"J", "jonas_new", "1403"}))),
		},
		want: []string{`following 1403 @jt_old "Jonas T." unknown https://x.com/jt_old ` + src},
	}, {
		name: "tweet.js, the old name, in the 2021 layout",
		files: []*File{
			memFile("data/following.js", twFollows2021("following", "1401", "1405")),
			memFile("data/tweet.js", `window.YTD.tweet.part0 = [ {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Greta Lindqvist",
        "screen_name" : "gretal",
        "indices" : [ "0", "7" ],
        "id_str" : "1405",
        "id" : "1405"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "40" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1371000000000000007",
    "id_str" : "1371100000000000008",
    "in_reply_to_user_id" : "1405",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1371100000000000008",
    "in_reply_to_status_id" : "1371000000000000007",
    "created_at" : "Mon Mar 15 08:09:41 +0000 2021",
    "favorited" : false,
    "full_text" : "@gretal see you at the meetup on Thursday?",
    "lang" : "en",
    "in_reply_to_screen_name" : "gretal",
    "in_reply_to_user_id_str" : "1405"
  }
} ]`),
		},
		want: []string{
			`following 1401 @ "" unknown ` + intent("1401") + " " + src,
			`following 1405 @gretal "Greta Lindqvist" unknown https://x.com/gretal ` + src,
		},
	}, {
		name: "bare tweet objects of 2019",
		files: []*File{
			memFile("data/following.js", twFollows2021("following", "1401")),
			memFile("data/tweet.js", twTweetBare2019),
		},
		want: []string{`following 1401 @amelie_d "Amélie Durand" unknown https://x.com/amelie_d ` + src},
	}, {
		name: "followers are named too; unlisted and odd handles are not kept",
		files: []*File{
			memFile("data/following.js", twFollows2026("following", 0, "1404")),
			memFile("data/follower.js", twFollows2026("follower", 0, "2001", "2002")),
			memFile("data/tweets.js", twTweets("tweets", 0,
				twTweet("Sat Nov 09 12:14:18 +0000 2024", [2]string{"1000", "robinhale"},
					twMention{"Pablo Ortega", "@pablo_o", "2001"},
					twMention{"Lou Bernard", "bookbinder_lou", "3001"},
					twMention{"Evil", "x/../y", "2002"}))),
		},
		want: []string{
			`following 1404 @ "" no ` + intent("1404") + " " + src,
			`follower 2001 @pablo_o "Pablo Ortega" yes https://x.com/pablo_o ` + srcF,
			`follower 2002 @ "Evil" yes ` + intent("2002") + " " + srcF,
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			accs := mustImport(t, Twitter{}, tt.files...)
			var got []string
			for _, a := range accs {
				if a.Network != audit.Twitter || !a.Since.IsZero() || a.Email != "" {
					t.Errorf("%s: network %q, since %v, email %q", a.ID, a.Network, a.Since, a.Email)
				}
				got = append(got, twRow(a))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(tt.want, "\n\t"))
			}
		})
	}
}

// TestTwitterManyAccounts checks ids and links across the batches in which
// accounts() cuts them from shared strings.
func TestTwitterManyAccounts(t *testing.T) {
	var ids []string
	for i := range 2500 {
		ids = append(ids, fmt.Sprint(1000+i*37))
	}
	accs := mustImport(t, Twitter{},
		memFile("data/following.js", twFollows2026("following", 0, ids[:2000]...)),
		memFile("data/follower.js", twFollows2026("follower", 0, ids[1500:]...)),
		memFile("data/tweets.js", twTweets("tweets", 0,
			twTweet("Sat Nov 09 12:14:18 +0000 2024", [2]string{}, twMention{"Lena Park", "lenapark", ids[1030]}))))
	if len(accs) != len(ids) {
		t.Fatalf("%d accounts, want %d", len(accs), len(ids))
	}
	for i, a := range accs {
		url := "https://twitter.com/intent/user?user_id=" + ids[i]
		if i == 1030 {
			url = "https://x.com/lenapark"
		}
		rel, follows := audit.Following, audit.No
		if i >= 2000 {
			rel = audit.Follower
		}
		if i >= 1500 {
			follows = audit.Yes
		}
		if a.ID != ids[i] || a.ProfileURL != url || a.Relation != rel || a.FollowsYou != follows {
			t.Fatalf("account %d: %s, want id %s url %s %s follows you %s", i, twRow(a), ids[i], url, rel, follows)
		}
	}
}

// TestTwitterOthersLetGo checks that the handles the tweets give to
// accounts on neither list, kept only to drop a stale handle from a
// listed account (dropStaleHandles), are let go once that is done, not
// kept while the accounts are built: some 24 to 38 bytes a handle, 38 MB
// for an archive whose tweets name a million accounts.
func TestTwitterOthersLetGo(t *testing.T) {
	files := []*File{
		memFileKind("data/following.js", twFollows2026("following", 0, "1403"), twitterFollowing),
		memFileKind("data/tweets.js", twTweets("tweets", 0,
			twTweet("Sat Nov 09 12:14:18 +0000 2024", [2]string{}, twMention{"Jonas Thal", "jonas_thal", "1403"}, twMention{"Ada Lovelace", "ada_l", "3001"})), twitterTweets),
	}
	r, err := Twitter{}.read(files)
	if err != nil {
		t.Fatal(err)
	}
	if r.others != nil {
		t.Errorf("the handles of %d accounts on neither list are kept after dropStaleHandles", len(r.others))
	}
}

// An account the tweets gave several handles (renamed, same id) carries
// the ones before its handle now, for a ledger name cell the tool wrote
// from one to follow the rename; one of a single handle carries nothing.
// Order of the tweets does not matter, and a handle taken back is the
// account's now, not one it had before.
func TestTwitterHandlesBefore(t *testing.T) {
	accs := mustImport(t, Twitter{},
		memFile("data/following.js", twFollows2026("following", 0, "1403", "1406", "1409", "1410")),
		memFile("data/tweets.js", twTweets("tweets", 0,
			twTweet("Thu Feb 11 10:00:00 +0000 2027", [2]string{"1406", "kofi_mensah"}),
			twTweet("Mon Jan 27 16:48:36 +0000 2025", [2]string{"1406", "kofi_m"}),
			twTweet("Sun Jan 28 16:48:36 +0000 2024", [2]string{"1406", "kofi"}),
			twTweet("Sat Nov 09 12:14:18 +0000 2024", [2]string{}, twMention{"Jonas Thal", "jonas_thal", "1403"}),
			twTweet("Sat Nov 09 12:14:18 +0000 2023", [2]string{"1409", "sam_o"}),
			twTweet("Sat Nov 09 12:14:18 +0000 2025", [2]string{"1409", "sam_okafor"}),
			twTweet("Sat Nov 09 12:14:18 +0000 2026", [2]string{"1409", "sam_o"}),
			twTweet("Sat Nov 09 12:14:18 +0000 2026", [2]string{"1410", "tariqn"}))))
	want := map[string]string{"1403": "", "1406": "kofi_m kofi", "1409": "sam_okafor", "1410": ""}
	for _, a := range accs {
		if got := a.Extra[audit.ExtraHandlesBefore]; got != want[a.ID] {
			t.Errorf("%s: handles before %q, want %q", twRow(a), got, want[a.ID])
		}
		if want[a.ID] == "" && a.Extra != nil {
			t.Errorf("%s: Extra %v, want nil", twRow(a), a.Extra)
		}
	}
}
