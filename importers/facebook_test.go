package importers

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// fbE is one list entry of a fixture: the name as it stands between the
// quotes of the JSON file (escapes included) and the Unix seconds, 0 for
// none (followers).
type fbE struct {
	name string
	ts   int64
}

// fbFile renders a list file the way Meta prints it: 2-space indent,
// `"key": value`, an empty list as "[", a blank line and "]", and no final
// newline.
func fbFile(key string, entries ...fbE) string {
	var b strings.Builder
	fmt.Fprintf(&b, "{\n  %q: [\n", key)
	if len(entries) == 0 {
		b.WriteString("\n")
	}
	for i, e := range entries {
		fmt.Fprintf(&b, "    {\n      \"name\": \"%s\"", e.name)
		if e.ts != 0 {
			fmt.Fprintf(&b, ",\n      \"timestamp\": %d", e.ts)
		}
		b.WriteString("\n    }")
		if i < len(entries)-1 {
			b.WriteString(",")
		}
		b.WriteString("\n")
	}
	b.WriteString("  ]\n}")
	return b.String()
}

// fbLine sums up an account for comparison:
// relation|id|name|email|since|follows-you|source, with "?" for an unknown
// follows-you and sources relative to export.zip. It also checks what holds
// for every Facebook account.
func fbLine(t *testing.T, a audit.Account) string {
	t.Helper()
	if a.Network != audit.Facebook || a.Handle != "" || a.ProfileURL != "" || len(a.Extra) > 1 {
		t.Errorf("account %+v: want network facebook and no handle, URL or extra", a)
	}
	// A follow merged into a friend keeps the ID it would have had alone
	// (see TestFacebookFollowID), and nothing else has an extra.
	if id := a.Extra[audit.ExtraFollow]; len(a.Extra) > 0 && (id == "" || !strings.Contains(a.Source, " + ")) {
		t.Errorf("account %+v: an extra other than the merged follow's ID", a)
	}
	fy := a.FollowsYou.String()
	if fy == "" {
		fy = "?"
	}
	src := strings.ReplaceAll(a.Source, "export.zip!", "")
	return strings.Join([]string{a.Relation, a.ID, a.Name, a.Email, a.Since.String(), fy, src}, "|")
}

func fbLines(t *testing.T, accs []audit.Account) []string {
	t.Helper()
	lines := make([]string, len(accs))
	for i, a := range accs {
		lines[i] = fbLine(t, a)
	}
	return lines
}

const (
	fbFriends23   = "connections/friends/your_friends.json"
	fbFollowing23 = "connections/followers/who_you've_followed.json"
	fbFollowers23 = "connections/followers/people_who_followed_you.json"
)

func TestFacebookImport(t *testing.T) {
	tests := []struct {
		name  string
		files []*File
		want  []string
	}{{
		name: "2023+ layout: friend also followed is one account, followers attached",
		files: []*File{
			memFile(fbFriends23, fbFile("friends_v2",
				fbE{`Am\u00c3\u00a9lie Durand`, 1580721342}, fbE{"Bruno Keller", 1653143829})),
			memFile(fbFollowing23, fbFile("following_v3",
				fbE{`\u00c3\u0089mile Zola-Bernard`, 1678276227}, fbE{"Bruno Keller", 1653143832})),
			memFile(fbFollowers23, fbFile("followers_v3", fbE{name: "Bruno Keller"}, fbE{name: "Ines Moreau"})),
		},
		want: []string{
			"friend|amelie-durand.1580721342|Amélie Durand||2020-02-03|no|" + fbFriends23,
			"friend|bruno-keller.1653143829|Bruno Keller||2022-05-21|yes|" + fbFriends23 + " + " + fbFollowing23,
			"following|emile-zola-bernard.1678276227|Émile Zola-Bernard||2023-03-08|no|" + fbFollowing23,
			"follower|ines-moreau|Ines Moreau|||yes|" + fbFollowers23,
		},
	}, {
		name: "2023+ apostrophe-normalised name and numbered followers parts",
		files: []*File{
			memFile("connections/followers/who_you_ve_followed.json", fbFile("following_v3", fbE{"Oskar Nilsson", 1713348753})),
			memFile("connections/followers/people_who_followed_you_1.json", fbFile("followers_v3", fbE{name: "Oskar Nilsson"}, fbE{name: "Ines Moreau"})),
			memFile("connections/followers/people_who_followed_you_2.json", fbFile("followers_v3", fbE{name: "Yuki Sato"})),
		},
		want: []string{
			"following|oskar-nilsson.1713348753|Oskar Nilsson||2024-04-17|yes|connections/followers/who_you_ve_followed.json",
			"follower|ines-moreau|Ines Moreau|||yes|connections/followers/people_who_followed_you_1.json",
			"follower|yuki-sato|Yuki Sato|||yes|connections/followers/people_who_followed_you_2.json",
		},
	}, {
		name: "2020-22 layout",
		files: []*File{
			memFile("friends_and_followers/friends.json", fbFile("friends_v2", fbE{"Lukas Becker", 1698681774})),
			memFile("friends_and_followers/who_you_follow.json", fbFile("following_v2", fbE{"Lukas Becker", 1698681775}, fbE{"Oskar Nilsson", 1631477051})),
			memFile("friends_and_followers/followers.json", fbFile("followers_v2", fbE{name: "Lukas Becker"})),
		},
		want: []string{
			"friend|lukas-becker.1698681774|Lukas Becker||2023-10-30|yes|friends_and_followers/friends.json + friends_and_followers/who_you_follow.json",
			"following|oskar-nilsson.1631477051|Oskar Nilsson||2021-09-12|no|friends_and_followers/who_you_follow.json",
		},
	}, {
		name: "2020-22 following.json with any following key",
		files: []*File{
			memFile("friends_and_followers/following.json", fbFile("following_v3", fbE{"Ana Costa", 1600000000})),
			memFileIn("part2.zip", "friends_and_followers/following.json", fbFile("following", fbE{"Ben Ode", 1600000001})),
		},
		want: []string{
			"following|ana-costa.1600000000|Ana Costa||2020-09-13|?|friends_and_followers/following.json",
			"following|ben-ode.1600000001|Ben Ode||2020-09-13|?|part2.zip!friends_and_followers/following.json",
		},
	}, {
		name: "2018-19 layout with contact_info",
		files: []*File{
			memFile("friends/friends.json", `{
  "friends": [
    {
      "name": "Amy Lu",
      "timestamp": 1560536525,
      "contact_info": "amy.lu@example.net"
    },
    {
      "name": "Raj Patel",
      "timestamp": 1560536000,
      "contact_info": "+44 20 7946 0000"
    }
  ]
}`),
			memFile("following_and_followers/following.json", fbFile("following", fbE{"Nora Berg", 1546300800})),
			memFile("following_and_followers/followers.json", fbFile("followers", fbE{name: "Amy Lu"}, fbE{name: "Max Roth"})),
		},
		want: []string{
			"friend|amy-lu.1560536525|Amy Lu|amy.lu@example.net|2019-06-14|yes|friends/friends.json",
			"friend|raj-patel.1560536000|Raj Patel||2019-06-14|no|friends/friends.json",
			"following|nora-berg.1546300800|Nora Berg||2019-01-01|no|following_and_followers/following.json",
			"follower|max-roth|Max Roth|||yes|following_and_followers/followers.json",
		},
	}, {
		name: "followed Pages: data[0].name, else title; same page in following is one",
		files: []*File{
			memFile("your_facebook_activity/pages/pages_and_profiles_you_follow.json", `{
  "pages_followed_v2": [
    {
      "timestamp": 1742412465,
      "data": [
        {
          "name": "Caf\u00c3\u00a9 Lumi\u00c3\u00a8re"
        }
      ],
      "title": "Caf\u00c3\u00a9 Lumi\u00c3\u00a8re"
    },
    {
      "timestamp": 1600000000,
      "data": [

      ],
      "title": "Only A Title"
    },
    {
      "timestamp": 1600000100,
      "data": [
        {
          "name": "Data Name"
        }
      ],
      "title": "Other Title"
    }
  ]
}`),
			memFile("pages/pages_you_follow.json", `{"pages_followed": [{"timestamp": 1290000000, "title": "Old Page"}]}`),
			memFile(fbFollowing23, fbFile("following_v3", fbE{`Caf\u00c3\u00a9 Lumi\u00c3\u00a8re`, 1742412465})),
		},
		want: []string{
			"following|cafe-lumiere.1742412465|Café Lumière||2025-03-19|?|" + fbFollowing23,
			"following|only-a-title.1600000000|Only A Title||2020-09-13|?|your_facebook_activity/pages/pages_and_profiles_you_follow.json",
			"following|data-name.1600000100|Data Name||2020-09-13|?|your_facebook_activity/pages/pages_and_profiles_you_follow.json",
			"following|old-page.1290000000|Old Page||2010-11-17|?|pages/pages_you_follow.json",
		},
	}, {
		name: "mojibake repaired, emoji included; real UTF-8 and lone Latin-1 escapes kept",
		files: []*File{
			memFile(fbFriends23, fbFile("friends_v2",
				fbE{`Jos\u00c3\u00a9 Garc\u00c3\u00ada`, 1600000000},
				fbE{`Mia Hoffmann \u00f0\u009f\u008c\u00bb`, 1600000001},
				fbE{`\u00f0\u009f\u0098\u0081`, 1600000002},
				fbE{`L\u00c3\u00b8ye Nguy\u00e1\u00bb\u0085n`, 1600000003},
				fbE{"Zoë Brandt", 1600000004},
				fbE{`Ren\u00e9 Blanc`, 1600000005})),
		},
		want: []string{
			"friend|jose-garcia.1600000000|José García||2020-09-13|?|" + fbFriends23,
			"friend|mia-hoffmann.1600000001|Mia Hoffmann 🌻||2020-09-13|?|" + fbFriends23,
			"friend|unnamed.1600000002|😁||2020-09-13|?|" + fbFriends23,
			"friend|løye-nguyen.1600000003|Løye Nguyễn||2020-09-13|?|" + fbFriends23,
			"friend|zoe-brandt.1600000004|Zoë Brandt||2020-09-13|?|" + fbFriends23,
			"friend|rene-blanc.1600000005|René Blanc||2020-09-13|?|" + fbFriends23,
		},
	}, {
		name: "white space trimmed and collapsed, escaped quotes kept",
		files: []*File{
			memFile(fbFollowing23, fbFile("following_v3",
				fbE{`  Lukas   Becker `, 1600000000},
				fbE{`Anna\tLind`, 1600000001},
				fbE{`Ola\u00c2\u00a0Nordmann`, 1600000002},
				fbE{`T\u00e1\u00bb\u00a7 Linen.Vintage `, 1600000003},
				fbE{`Jim \"JJ\" Jones`, 1600000004})),
		},
		want: []string{
			"following|lukas-becker.1600000000|Lukas Becker||2020-09-13|?|" + fbFollowing23,
			"following|anna-lind.1600000001|Anna Lind||2020-09-13|?|" + fbFollowing23,
			"following|ola-nordmann.1600000002|Ola Nordmann||2020-09-13|?|" + fbFollowing23,
			"following|tu-linen-vintage.1600000003|Tủ Linen.Vintage||2020-09-13|?|" + fbFollowing23,
			`following|jim-jj-jones.1600000004|Jim "JJ" Jones||2020-09-13|?|` + fbFollowing23,
		},
	}, {
		name: "two friends with one name stay two; ambiguous following and follower stay apart",
		files: []*File{
			memFile(fbFriends23, fbFile("friends_v2",
				fbE{`Chlo\u00c3\u00a9 Martin`, 1719909910}, fbE{`Chlo\u00c3\u00a9 Martin`, 1631477051})),
			memFile(fbFollowing23, fbFile("following_v3", fbE{`Chlo\u00c3\u00a9 Martin`, 1719909913})),
			memFile(fbFollowers23, fbFile("followers_v3", fbE{name: `Chlo\u00c3\u00a9 Martin`})),
		},
		want: []string{
			"friend|chloe-martin.1719909910|Chloé Martin||2024-07-02|no|" + fbFriends23,
			"friend|chloe-martin.1631477051|Chloé Martin||2021-09-12|no|" + fbFriends23,
			"following|chloe-martin.1719909913|Chloé Martin||2024-07-02|no|" + fbFollowing23,
			"follower|chloe-martin|Chloé Martin|||yes|" + fbFollowers23,
		},
	}, {
		name: "a name followed twice is not merged with the one friend of that name",
		files: []*File{
			memFile(fbFriends23, fbFile("friends_v2", fbE{"Hein Lynn", 1600000000})),
			memFile(fbFollowing23, fbFile("following_v3", fbE{"Hein Lynn", 1600000000}, fbE{"Hein Lynn", 1500000000})),
		},
		want: []string{
			"friend|hein-lynn.1600000000|Hein Lynn||2020-09-13|?|" + fbFriends23,
			"following|hein-lynn.1600000000~2|Hein Lynn||2020-09-13|?|" + fbFollowing23,
			"following|hein-lynn.1500000000|Hein Lynn||2017-07-14|?|" + fbFollowing23,
		},
	}, {
		name: "a name twice among followers is not attached to the one friend of that name",
		files: []*File{
			memFile(fbFriends23, fbFile("friends_v2", fbE{"Sam Lee", 1600000000})),
			memFile(fbFollowers23, fbFile("followers_v3", fbE{name: "Sam Lee"}, fbE{name: "Sam Lee"})),
		},
		want: []string{
			"friend|sam-lee.1600000000|Sam Lee||2020-09-13|no|" + fbFriends23,
			"follower|sam-lee|Sam Lee|||yes|" + fbFollowers23,
			"follower|sam-lee~2|Sam Lee|||yes|" + fbFollowers23,
		},
	}, {
		name: "merging compares folded names and keeps the friend's spelling",
		files: []*File{
			memFile(fbFriends23, fbFile("friends_v2", fbE{`Am\u00c3\u00a9lie Durand`, 1580721342})),
			memFile(fbFollowing23, fbFile("following_v3", fbE{"AMELIE  durand", 1580721399})),
			memFile(fbFollowers23, fbFile("followers_v3", fbE{name: "amelie durand"})),
		},
		want: []string{
			"friend|amelie-durand.1580721342|Amélie Durand||2020-02-03|yes|" + fbFriends23 + " + " + fbFollowing23,
		},
	}, {
		// FoldName drops what follows a comma, to match "Priya Nayak, MSc"
		// across networks; within one export an account has one name.
		name: "a followed Page named like a friend, a comma and more, is its own account",
		files: []*File{
			memFile(fbFriends23, fbFile("friends_v2", fbE{"Jean Dupont", 1600000000})),
			memFile(fbFollowing23, fbFile("following_v3", fbE{"Jean Dupont, Avocat", 1700000000})),
		},
		want: []string{
			"friend|jean-dupont.1600000000|Jean Dupont||2020-09-13|?|" + fbFriends23,
			"following|jean-dupont.1700000000|Jean Dupont, Avocat||2023-11-14|?|" + fbFollowing23,
		},
	}, {
		name: "names that fold alike join only when equal but for case, accents and spaces",
		files: []*File{
			memFile(fbFriends23, fbFile("friends_v2", fbE{"Jean Dupont", 1600000000}, fbE{"Ada Lovelace", 1600000001}, fbE{"Zoé Kim", 1600000002})),
			memFile(fbFollowing23, fbFile("following_v3",
				fbE{"Jean Dupont, Avocat", 1700000000}, fbE{"Ada Lovelace PhD", 1700000001}, fbE{"Jean-Dupont", 1700000002}, fbE{"ZOE  KIM", 1700000003})),
			memFile(fbFollowers23, fbFile("followers_v3", fbE{name: "Jean Dupont"}, fbE{name: "Jean Dupont, Avocat"})),
		},
		want: []string{
			"friend|jean-dupont.1600000000|Jean Dupont||2020-09-13|yes|" + fbFriends23,
			"friend|ada-lovelace.1600000001|Ada Lovelace||2020-09-13|no|" + fbFriends23,
			"friend|zoe-kim.1600000002|Zoé Kim||2020-09-13|no|" + fbFriends23 + " + " + fbFollowing23,
			"following|jean-dupont.1700000000|Jean Dupont, Avocat||2023-11-14|yes|" + fbFollowing23,
			"following|ada-lovelace.1700000001|Ada Lovelace PhD||2023-11-14|no|" + fbFollowing23,
			"following|jean-dupont.1700000002|Jean-Dupont||2023-11-14|no|" + fbFollowing23,
		},
	}, {
		// Vietnamese tones tell the names apart; FoldName drops them.
		name: "names that differ in their accents are two accounts",
		files: []*File{
			memFile(fbFriends23, fbFile("friends_v2", fbE{"Nguyễn Thị Thủy", 1600000000}, fbE{"Trần Lan", 1600000001})),
			memFile(fbFollowing23, fbFile("following_v3", fbE{"Nguyễn Thị Thúy", 1700000000}, fbE{"Tran Lan", 1700000001})),
		},
		want: []string{
			"friend|nguyen-thi-thuy.1600000000|Nguyễn Thị Thủy||2020-09-13|?|" + fbFriends23,
			"friend|tran-lan.1600000001|Trần Lan||2020-09-13|?|" + fbFriends23 + " + " + fbFollowing23,
			"following|nguyen-thi-thuy.1700000000|Nguyễn Thị Thúy||2023-11-14|?|" + fbFollowing23,
		},
	}, {
		// One export writes an account's name alike in every list:
		// "Soren" followed beside the friend "Søren" is another account
		// (the ids keep ø: a re-audit's SplitFollows tells them apart by
		// them), as "Ann Lee" followed is not the friend "Dr. Ann Lee".
		name: "names that differ by a stroke or a title are two accounts",
		files: []*File{
			memFile(fbFriends23, fbFile("friends_v2", fbE{"Søren Lund", 1600000000}, fbE{"Dr. Ann Lee", 1600000001}, fbE{"Łukasz Wójcik", 1600000002})),
			memFile(fbFollowing23, fbFile("following_v3", fbE{"Soren Lund", 1700000000}, fbE{"Ann Lee", 1700000001}, fbE{"ŁUKASZ  WÓJCIK", 1700000002})),
		},
		want: []string{
			"friend|søren-lund.1600000000|Søren Lund||2020-09-13|?|" + fbFriends23,
			"friend|dr-ann-lee.1600000001|Dr. Ann Lee||2020-09-13|?|" + fbFriends23,
			"friend|łukasz-wojcik.1600000002|Łukasz Wójcik||2020-09-13|?|" + fbFriends23 + " + " + fbFollowing23,
			"following|soren-lund.1700000000|Soren Lund||2023-11-14|?|" + fbFollowing23,
			"following|ann-lee.1700000001|Ann Lee||2023-11-14|?|" + fbFollowing23,
		},
	}, {
		name: "same files in two zip parts are read once",
		files: []*File{
			memFile(fbFriends23, fbFile("friends_v2", fbE{"Paula Ruiz", 1770498838})),
			memFileIn("part2.zip", fbFriends23, fbFile("friends_v2", fbE{"Paula Ruiz", 1770498838})),
			memFile(fbFollowers23, fbFile("followers_v3", fbE{name: "Sam Lee"}, fbE{name: "Sam Lee"})),
			memFileIn("part2.zip", fbFollowers23, fbFile("followers_v3", fbE{name: "Sam Lee"}, fbE{name: "Sam Lee"})),
		},
		want: []string{
			"friend|paula-ruiz.1770498838|Paula Ruiz||2026-02-07|no|" + fbFriends23,
			"follower|sam-lee|Sam Lee|||yes|" + fbFollowers23,
			"follower|sam-lee~2|Sam Lee|||yes|" + fbFollowers23,
		},
	}, {
		name: "a followers file beside its browser copy is read once",
		files: []*File{
			memFile(fbFollowing23, fbFile("following_v3", fbE{"Zed Alpha", 1700000000})),
			memFile(fbFollowers23, fbFile("followers_v3", fbE{name: "Zed Alpha"}, fbE{name: "Sam Lee"}, fbE{name: "Sam Lee"})),
			memFile("connections/followers/people_who_followed_you (1).json", fbFile("followers_v3", fbE{name: "Zed Alpha"}, fbE{name: "Sam Lee"}, fbE{name: "Sam Lee"})),
		},
		want: []string{
			"following|zed-alpha.1700000000|Zed Alpha||2023-11-14|yes|" + fbFollowing23,
			"follower|sam-lee|Sam Lee|||yes|" + fbFollowers23,
			"follower|sam-lee~2|Sam Lee|||yes|" + fbFollowers23,
		},
	}, {
		name: "a record in both 2020-22 following files is one; a second copy of one name in a part adds it",
		files: []*File{
			memFile("friends_and_followers/who_you_follow.json", fbFile("following_v2", fbE{"Kim Park", 1600000000})),
			memFile("friends_and_followers/following.json", fbFile("following_v2", fbE{"Kim Park", 1600000000}, fbE{"Kim Park", 1600000500})),
			memFile(fbFollowers23, fbFile("followers_v3", fbE{name: "Sam Lee"})),
			memFileIn("part2.zip", fbFollowers23, fbFile("followers_v3", fbE{name: "Sam Lee"}, fbE{name: "Sam Lee"})),
		},
		want: []string{
			"following|kim-park.1600000000|Kim Park||2020-09-13|no|friends_and_followers/who_you_follow.json",
			"following|kim-park.1600000500|Kim Park||2020-09-13|no|friends_and_followers/following.json",
			"follower|sam-lee|Sam Lee|||yes|" + fbFollowers23,
			"follower|sam-lee~2|Sam Lee|||yes|part2.zip!" + fbFollowers23,
		},
	}, {
		name: "numbered followers parts add up, even with one name in each",
		files: []*File{
			memFile("connections/followers/people_who_followed_you_1.json", fbFile("followers_v3", fbE{name: "Sam Lee"}, fbE{name: "Ines Moreau"})),
			memFile("connections/followers/people_who_followed_you_2.json", fbFile("followers_v3", fbE{name: "Sam Lee"})),
			memFileIn("part2.zip", "connections/followers/people_who_followed_you_2.json", fbFile("followers_v3", fbE{name: "Sam Lee"})),
		},
		want: []string{
			"follower|sam-lee|Sam Lee|||yes|connections/followers/people_who_followed_you_1.json",
			"follower|ines-moreau|Ines Moreau|||yes|connections/followers/people_who_followed_you_1.json",
			"follower|sam-lee~2|Sam Lee|||yes|connections/followers/people_who_followed_you_2.json",
		},
	}, {
		name: "files nested one folder deeper, anywhere",
		files: []*File{
			memFile("facebook-ana_2024/"+fbFriends23, fbFile("friends_v2", fbE{"Ana Lima", 1600000000})),
			memFile("Downloads/facebook-ana/friends_and_followers/followers.json", fbFile("followers_v2", fbE{name: "Ana Lima"})),
		},
		want: []string{
			"friend|ana-lima.1600000000|Ana Lima||2020-09-13|yes|facebook-ana_2024/" + fbFriends23,
		},
	}, {
		name: "empty lists, an empty followers list still says who does not follow back",
		files: []*File{
			memFile(fbFriends23, "{\n  \"friends_v2\": [\n\n  ]\n}"),
			memFile(fbFollowing23, fbFile("following_v3", fbE{"Nora Berg", 1600000000})),
			memFile(fbFollowers23, fbFile("followers_v3")),
		},
		want: []string{
			"following|nora-berg.1600000000|Nora Berg||2020-09-13|no|" + fbFollowing23,
		},
	}, {
		name: "extra keys and an odd contact_info are ignored; a bare top-level list is read",
		files: []*File{
			memFile(fbFriends23, `{
  "profile_uri": "https://www.facebook.com/ana",
  "friends_v2": [
    {
      "name": "Ana Lima",
      "timestamp": 1600000000,
      "contact_info": {"phone": "123"},
      "uri": "https://example.com",
      "nested": {"a": [1, 2, {"b": null}]}
    },
    {
      "name": "Bea Cruz",
      "timestamp": 1600000001,
      "contact_info": null
    }
  ],
  "friends": [
    {"name": "Not Read", "timestamp": 1}
  ]
}`),
			memFile(fbFollowing23, `[{"name": "Cid Moro", "timestamp": 1600000002}]`),
		},
		want: []string{
			"friend|ana-lima.1600000000|Ana Lima||2020-09-13|?|" + fbFriends23,
			"friend|bea-cruz.1600000001|Bea Cruz||2020-09-13|?|" + fbFriends23,
			"following|cid-moro.1600000002|Cid Moro||2020-09-13|?|" + fbFollowing23,
		},
	}, {
		name: "two spellings with one slug and timestamp get distinct IDs, in the order of the names' bytes",
		files: []*File{
			memFile(fbFriends23, fbFile("friends_v2",
				fbE{`Chlo\u00c3\u00a9 Martin`, 1600000000}, fbE{"Chloe Martin", 1600000000}, fbE{"CHLOE MARTIN", 1600000000})),
		},
		want: []string{
			"friend|chloe-martin.1600000000~3|Chloé Martin||2020-09-13|?|" + fbFriends23,
			"friend|chloe-martin.1600000000~2|Chloe Martin||2020-09-13|?|" + fbFriends23,
			"friend|chloe-martin.1600000000|CHLOE MARTIN||2020-09-13|?|" + fbFriends23,
		},
	}, {
		name: "missing or zero timestamp, missing name, empty entry",
		files: []*File{
			memFile(fbFriends23, `{"friends_v2": [
    {"name": "No Time"},
    {"name": "Zero Time", "timestamp": 0},
    {"timestamp": 1600000000},
    {},
    {"name": "   "},
    {"name": "No Time"}
  ]}`),
		},
		want: []string{
			"friend|no-time|No Time|||?|" + fbFriends23,
			"friend|zero-time|Zero Time|||?|" + fbFriends23,
			"friend|unnamed.1600000000|||2020-09-13|?|" + fbFriends23,
			"friend|no-time~2|No Time|||?|" + fbFriends23,
		},
	}, {
		name: "HTML files are ignored when JSON files are there",
		files: []*File{
			memFile("connections/friends/your_friends.html", "<html><body>Ana Lima</body></html>"),
			memFile(fbFriends23, fbFile("friends_v2", fbE{"Ana Lima", 1600000000})),
		},
		want: []string{
			"friend|ana-lima.1600000000|Ana Lima||2020-09-13|?|" + fbFriends23,
		},
	}, {
		name: "renamed files, detected by their first key",
		files: []*File{
			memFile("your_friends (1).json", fbFile("friends_v2", fbE{"Ana Lima", 1600000000}, fbE{"Bruno Keller", 1653143829})),
			memFile("Downloads/following.json", fbFile("following_v3", fbE{"Bruno Keller", 1653143832}, fbE{"Oskar Nilsson", 1713348753})),
			memFile("people_who_followed_you_1 (1).json", fbFile("followers_v3", fbE{name: "Oskar Nilsson"})),
		},
		want: []string{
			"friend|ana-lima.1600000000|Ana Lima||2020-09-13|no|your_friends (1).json",
			"friend|bruno-keller.1653143829|Bruno Keller||2022-05-21|no|your_friends (1).json + Downloads/following.json",
			"following|oskar-nilsson.1713348753|Oskar Nilsson||2024-04-17|yes|Downloads/following.json",
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLines(t, fbLines(t, mustImport(t, Facebook{}, tt.files...)), tt.want)
		})
	}
}

// TestFacebookFollowID: a follow merged into the friend of its name keeps
// the ID it would have had alone, for a re-audit that finds the friend had
// a namesake to split it off (audit.SplitFollows).
func TestFacebookFollowID(t *testing.T) {
	accs := mustImport(t, Facebook{},
		memFile(fbFriends23, fbFile("friends_v2", fbE{"Bruno Keller", 1653143829}, fbE{"Ana Lima", 1600000000})),
		memFile(fbFollowing23, fbFile("following_v3", fbE{"Bruno Keller", 1653143832})))
	var got []string
	for _, a := range accs {
		got = append(got, a.ID+"="+a.Extra[audit.ExtraFollow])
	}
	checkLines(t, got, []string{"bruno-keller.1653143829=bruno-keller.1653143832", "ana-lima.1600000000="})
}

// TestFacebookSample reads the sample export shipped for the README and
// golden tests, so that it cannot drift from what the importer reads.
func TestFacebookSample(t *testing.T) {
	dir, accs := importSample(t, "facebook", Facebook{})
	var (
		friends   = dir + "/connections/friends/your_friends.json"
		following = dir + "/connections/followers/who_you've_followed.json"
		followers = dir + "/connections/followers/people_who_followed_you.json"
	)
	checkLines(t, fbLines(t, accs), []string{
		"friend|paula-ruiz.1770498838|Paula Ruiz||2026-02-07|yes|" + friends,
		"friend|mia-hoffmann.1754913631|Mia Hoffmann 🌻||2025-08-11|no|" + friends,
		"friend|chloe-martin.1719909910|Chloé Martin||2024-07-02|no|" + friends,
		"friend|lukas-becker.1698681774|Lukas Becker||2023-10-30|no|" + friends,
		"friend|bruno-keller.1653143829|Bruno Keller||2022-05-21|yes|" + friends + " + " + following,
		"friend|chloe-martin.1631477051|Chloé Martin||2021-09-12|no|" + friends,
		"friend|amelie-durand.1580721342|Amélie Durand||2020-02-03|no|" + friends,
		"friend|søren-øvergaard.1560536525|Søren Øvergaard||2019-06-14|no|" + friends,
		"following|cafe-lumiere.1742412465|Café Lumière||2025-03-19|no|" + following,
		"following|oskar-nilsson.1713348753|Oskar Nilsson||2024-04-17|yes|" + following,
		"following|emile-zola-bernard.1678276227|Émile Zola-Bernard||2023-03-08|no|" + following,
		"follower|ines-moreau|Ines Moreau|||yes|" + followers,
	})
}

func TestFacebookErrors(t *testing.T) {
	valid := fbFile("friends_v2", fbE{"Ana Lima", 1600000000})
	checkErrorCases(t, Facebook{}, []errorCase{{
		name:   "wanted key absent",
		files:  []*File{memFile(fbFriends23, `{"something_else": []}`)},
		file:   "export.zip!" + fbFriends23,
		offset: -1,
		msg:    `expected a list under the key "friends_v2" or "friends"; the file has none`,
	}, {
		name:   "wanted key absent, three variants",
		files:  []*File{memFile(fbFollowers23, `{"deleted_friends_v2": [{"name": "X"}]}`)},
		file:   "export.zip!" + fbFollowers23,
		offset: -1,
		msg:    `"followers_v3", "followers_v2" or "followers"`,
	}, {
		name:   "wanted key is not a list",
		files:  []*File{memFile(fbFriends23, `{"friends_v2": {"name": "X"}}`)},
		file:   "export.zip!" + fbFriends23,
		offset: 16, // just after the '{' that should have been '['
		msg:    `"friends_v2" is not a list`,
	}, {
		name:   "truncated JSON",
		files:  []*File{memFile(fbFriends23, valid[:40])},
		file:   "export.zip!" + fbFriends23,
		offset: 24, // where the unfinished entry starts
		msg:    "the JSON data ends too early (the file is truncated: download the export again)",
	}, {
		name:   "trailing garbage",
		files:  []*File{memFile(fbFriends23, valid+"\n;alert(1)")},
		file:   "export.zip!" + fbFriends23,
		offset: int64(len(valid)) + 1, // the ';'
		msg:    "unexpected content after the JSON data",
	}, {
		name:   "name of the wrong type",
		files:  []*File{memFile(fbFriends23, `{"friends_v2": [{"name": 5}]}`)},
		file:   "export.zip!" + fbFriends23,
		offset: 27, // the end of the bad entry
		msg:    `entry 1: "name" should be a string, found a number`,
	}, {
		name:   "a timestamp with a fraction",
		files:  []*File{memFile(fbFriends23, `{"friends_v2": [{"name": "Ana", "timestamp": 1600000000.5}]}`)},
		file:   "export.zip!" + fbFriends23,
		offset: 58, // the end of the bad entry
		msg:    `entry 1: "timestamp" should be a whole number, found 1600000000.5`,
	}, {
		name:   "an entry of the wrong shape, in valid JSON",
		files:  []*File{memFile(fbFriends23, "{\n  \"friends_v2\": [\n    {\n      \"name\": \"Ana Lima\"\n    },\n    \"Ann\"\n  ]\n}")},
		file:   "export.zip!" + fbFriends23,
		offset: 56, // the comma before it
		msg:    "entry 2: should be an object, found a string",
	}, {
		name:  "invalid UTF-8",
		files: []*File{memFile(fbFriends23, "{\n  \"friends_v2\": [\n    {\"name\": \"Jos\xe9\"}\n  ]\n}")},
		file:  "export.zip!" + fbFriends23,
		line:  3,
		msg:   "is not UTF-8",
	}, {
		name:   "empty file",
		files:  []*File{memFile(fbFollowing23, "")},
		file:   "export.zip!" + fbFollowing23,
		offset: -1,
		msg:    "the file is empty",
	}, {
		name:   "timestamp in milliseconds",
		files:  []*File{memFile(fbFriends23, fbFile("friends_v2", fbE{"Ana Lima", 1600000000}, fbE{"Bo Li", 1600000000000000}))},
		file:   "export.zip!" + fbFriends23,
		offset: -1,
		msg:    `entry 2 ("Bo Li"): timestamp 1600000000000000 is not a date in Unix seconds`,
	}, {
		name: "HTML-only export",
		files: []*File{
			memFile("connections/friends/your_friends.html", "<html></html>"),
			memFile("connections/followers/people_who_followed_you.html", "<html></html>"),
		},
		file:   "export.zip!connections/friends/your_friends.html",
		offset: -1,
		msg:    "this is an HTML-format Facebook export, which cannot be read; request the export again choosing Format: JSON",
	}, {
		name: "an error in a later file fails the import",
		files: []*File{
			memFile(fbFriends23, valid),
			memFile(fbFollowers23, `{"followers_v3": [{"name": "A"}`),
		},
		file:   "export.zip!" + fbFollowers23,
		offset: 31,
		msg:    "truncated",
	}})
}

func TestFacebookDetect(t *testing.T) {
	tests := []struct {
		path string
		want string
	}{
		// 2023+
		{"connections/friends/your_friends.json", "friends"},
		{"connections/followers/who_you've_followed.json", "following"},
		{"connections/followers/who_you_ve_followed.json", "following"},
		{"connections/followers/people_who_followed_you.json", "followers"},
		{"connections/followers/people_who_followed_you_1.json", "followers"},
		{"connections/followers/people_who_followed_you_12.json", "followers"},
		{"your_activity_across_facebook/connections/friends/your_friends.json", "friends"},
		{"facebook-ana-2026-01-02/connections/friends/your_friends.json", "friends"},
		{"your_friends.json", "friends"}, // a loose file
		{"connections/friends/removed_friends.json", "removed"},
		{"connections/friends/sent_friend_requests.json", ""},
		{"connections/friends/received_friend_requests.json", ""},
		{"connections/friends/rejected_friend_requests.json", ""},
		{"connections/friends/people_you_may_know.json", ""},
		// 2020-22
		{"friends_and_followers/friends.json", "friends"},
		{"friends_and_followers/who_you_follow.json", "following"},
		{"friends_and_followers/following.json", "following"},
		{"friends_and_followers/followers.json", "followers"},
		{"nested/friends_and_followers/followers.json", "followers"},
		{"friends_and_followers/removed_friends.json", "removed"},
		{"friends_and_followers/friend_requests_sent.json", ""},
		{"friends_and_followers/friend_requests_received.json", ""},
		// 2018-19
		{"friends/friends.json", "friends"},
		{"following_and_followers/following.json", "following"},
		{"following_and_followers/followers.json", "followers"},
		{"friends/removed_friends.json", "removed"},
		// Pages
		{"your_facebook_activity/pages/pages_and_profiles_you_follow.json", "pages"},
		{"pages/pages_you_follow.json", "pages"},
		{"pages/pages_you've_liked.json", ""},
		{"pages/pages_you've_unfollowed.json", ""},
		// HTML exports
		{"connections/friends/your_friends.html", "html"},
		{"connections/followers/who_you've_followed.html", "html"},
		{"friends_and_followers/followers.html", "html"},
		{"following_and_followers/following.html", "html"},
		{"connections/friends/removed_friends.html", ""},
		{"followers_and_following/following.html", ""},
		// generic names outside Facebook's folders
		{"friends.json", ""},
		{"following.json", ""},
		{"connections/followers/followers.json", ""},
		{"data/following.json", ""},
		// Instagram
		{"connections/followers_and_following/following.json", ""},
		{"connections/followers_and_following/followers_1.json", ""},
		{"connections/followers_and_following/followers.json", ""},
		{"followers_and_following/following.json", ""},
		{"followers_and_following/followers.json", ""},
		{"connections/followers_and_following/close_friends.json", ""},
		{"connections/followers_and_following/recently_unfollowed_profiles.json", ""},
		// others
		{"your_facebook_activity/posts/media/photo_1.jpg", ""},
		{"your_friends.json.jpg", ""},
		{"data/following.js", ""},
		{"Connections.csv", ""},
		{"", ""},
	}
	for _, tt := range tests {
		// The name alone decides, except for a .json it does not claim,
		// whose head (empty here) is looked at.
		readsHead := tt.want == "" && strings.HasSuffix(tt.path, ".json")
		checkDetect(t, Facebook{}, tt.path, "", tt.want, readsHead)
	}
}

// TestFacebookDetectByHead checks that a .json whose name is not one of
// Facebook's is claimed by the first key of its object, and nothing else.
func TestFacebookDetectByHead(t *testing.T) {
	tests := []struct {
		path, head, want string
	}{
		{"your_friends (1).json", fbFile("friends_v2", fbE{"Ana Lima", 1600000000}), fbFriends},
		{"Downloads/friends.json", `{"friends": [{"name": "Ana Lima", "timestamp": 1600000000}]}`, fbFriends},
		{"who_you've_followed (2).json", fbFile("following_v3", fbE{"Ana Lima", 1600000000}), fbFollowing},
		{"following.json", `{"following_v2":[]}`, fbFollowing},
		{"old/following.json", `{"following": []}`, fbFollowing},
		{"people_who_followed_you_1 (1).json", fbFile("followers_v3", fbE{name: "Ana Lima"}), fbFollowers},
		{"fb/followers.json", "\ufeff\r\n{\r\n\t\"followers_v2\" : [\r\n", fbFollowers},
		{"followers.json", `{"followers": [`, fbFollowers}, // cut by the 4 KiB head
		{"pages (1).json", `{"pages_followed_v2": [{"title": "Café Lumière"}]}`, fbPages},
		{"pages.json", `{"pages_followed": []}`, fbPages},
		// Instagram's lists, by name or renamed, are Instagram's.
		{"followers_and_following/following.json", `{"relationships_following": [{"string_list_data": []}]}`, ""},
		{"following (1).json", `{"relationships_following": []}`, ""},
		{"followers_1.json", `[{"string_list_data": [{"value": "ana"}]}]`, ""},
		{"followers_1.json", `{"relationships_followers": []}`, ""},
		// Instagram's old connections.json: "followers" holds an object.
		{"connections.json", `{"followers": {"ana": "2019-01-01T00:00:00"}, "following": {}}`, ""},
		// A list key that is not the first key, or not Facebook's.
		{"data.json", `{"version": 2, "friends_v2": []}`, ""},
		{"removed (1).json", `{"deleted_friends_v2": []}`, fbRemoved},
		{"removed (2).json", `{"deleted_friends": [{"name": "Ana Lima", "timestamp": 1600000000}]}`, fbRemoved},
		{"requests.json", `{"sent_requests_v2": []}`, ""},
		{"followers.json", `{"followers": 12}`, ""},
		{"followers.json", `{"followers": null}`, ""},
		{"followers.json", `{"followers": "a"}`, ""},
		{"followers.json", `{"Followers": []}`, ""},
		// Not an object, not JSON, empty.
		{"friends.json", `[{"name": "Ana Lima"}]`, ""},
		{"friends.json", `{"friends_v2"`, ""},
		{"friends.json", `{"friends_v2" [`, ""},
		{"friends.json", "window.YTD.following.part0 = [", ""},
		{"friends.json", "", ""},
		{"friends.json", "\x00\xff", ""},
	}
	for _, tt := range tests {
		checkDetect(t, Facebook{}, tt.path, tt.head, tt.want, true)
	}
	// An HTML page, whatever it holds, and other extensions are decided by
	// name.
	checkNameOnly(t, Facebook{}, "your_friends (1).html", "friends.csv", "photo.jpg", "data/following.js")
	// Without a head (Import's second look), an unknown name is nobody's.
	if k := (Facebook{}).Detect("your_friends (1).json", nil); k != "" {
		t.Errorf("Detect without a head = %q", k)
	}
}

func TestFacebookFormats(t *testing.T) {
	fs := Facebook{}.Formats()
	if len(fs) != 1 || fs[0].Network != "facebook" || fs[0].Name != "Download Your Information (JSON)" ||
		!strings.Contains(fs[0].Request, "Download your information") || !strings.Contains(fs[0].Request, "JSON") {
		t.Fatalf("Formats() = %+v", fs)
	}
	// Every listed name must be claimed, in its Facebook folder; the
	// friends removed, said as what they are, too.
	if !slices.Contains(fs[0].Files, "removed_friends.json (the friends you removed)") {
		t.Errorf("Formats does not list removed_friends.json: %q", fs[0].Files)
	}
	for _, name := range fs[0].Files {
		name = strings.TrimSuffix(name, " (the friends you removed)")
		if (Facebook{}).Detect("friends_and_followers/"+name, nil) == "" && (Facebook{}).Detect("friends/"+name, nil) == "" {
			t.Errorf("Formats lists %q, which Detect does not claim", name)
		}
	}
}

// fbFuzzPaths are where fuzzed data is placed, one per kind.
var fbFuzzPaths = [...]string{fbFriends23, fbFollowing23, "pages/pages_you_follow.json", fbFollowers23}

func FuzzFacebook(f *testing.F) {
	f.Add(uint8(0), fbFile("friends_v2", fbE{`Chlo\u00c3\u00a9 Martin`, 1719909910}, fbE{`Chlo\u00c3\u00a9 Martin`, 1631477051}, fbE{`  Lukas   Becker `, 1}))
	f.Add(uint8(0), "{\n  \"friends_v2\": [\n\n  ]\n}")
	f.Add(uint8(0), `{"friends": [{"name": "Amy Lu", "timestamp": 1560536525, "contact_info": "amy@example.net"}]}`)
	f.Add(uint8(1), fbFile("following_v3", fbE{`\u00f0\u009f\u0098\u0081`, 1600000000}, fbE{"Hein Lynn", 2}, fbE{"Hein Lynn", 2}))
	f.Add(uint8(2), `{"pages_followed_v2": [{"timestamp": 1, "data": [{"name": "P"}], "title": "T"}, {"title": "Only"}]}`)
	f.Add(uint8(3), fbFile("followers_v3", fbE{name: "Sam Lee"}, fbE{name: "Sam Lee"}, fbE{name: ""}))
	f.Add(uint8(3), `[{"name": "bare"}]`)
	f.Add(uint8(0), `{"something_else": []}`)
	f.Add(uint8(0), `{"friends_v2": [{"name": "A", "timestamp": 99999999999999}]}`)
	f.Add(uint8(1), fbFile("following_v3", fbE{"Ana", 1})+" x")
	f.Fuzz(func(t *testing.T, kind uint8, data string) {
		p := fbFuzzPaths[int(kind)%len(fbFuzzPaths)]
		once, err := Facebook{}.Import(detect(t, Facebook{}, memFile(p, data)))
		checkPlaced(t, err)
		if err != nil {
			return
		}
		ids := map[string]bool{}
		for _, a := range once {
			if ids[a.ID] {
				t.Fatalf("duplicate ID %q", a.ID)
			}
			ids[a.ID] = true
			if !utf8.ValidString(a.Name) || a.Name != strings.Join(strings.Fields(a.Name), " ") {
				t.Fatalf("name not cleaned: %q", a.Name)
			}
		}
		// The same file in a second zip part adds nothing.
		checkTwice(t, Facebook{}, detect(t, Facebook{}, memFile(p, data), memFileIn("part2.zip", p, data)), once)
	})
}

// strictFold keeps all that FoldName drops or cuts at, but case, accents
// and runs of white space.
func TestFacebookStrictFold(t *testing.T) {
	tests := []struct{ name, want string }{
		{"Jean Dupont", "jean dupont"},
		{"Jean Dupont, Avocat", "jean dupont, avocat"},
		{"AMÉLIE  Durand", "amelie durand"},
		{"Ame\u0301lie Durand", "amelie durand"},
		{"Jean-Dupont", "jean-dupont"},
		{"O'Neil", "o'neil"},
		{"Ada Lovelace PhD", "ada lovelace phd"},
		{"🟢 Max", "🟢 max"},
		{"Søren Øvergaard\t ", "søren øvergaard "}, // ø kept: one export writes a name alike
		{"Ωμέγα Straße", "ωμεγα strasse"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := strictFold(tt.name); got != tt.want {
			t.Errorf("strictFold(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// eraFiles names the friends and follows files of the era an export's
// files tell, and none where they tell none (a file renamed, found by its
// content; the followed-Pages files, whose era is not known) or two: the
// note on a missing list then names the current file.
func TestFacebookEraFiles(t *testing.T) {
	f := func(kind, p string) *File { return &File{Input: "fb.zip", Path: p, Kind: kind} }
	for _, tt := range []struct {
		name            string
		files           []*File
		friend, follows string
	}{
		{"2023+", []*File{f(fbFriends, "connections/friends/your_friends.json")}, "your_friends.json", "who_you've_followed.json"},
		{"2023+ followers alone", []*File{f(fbFollowers, "connections/followers/people_who_followed_you_1.json")}, "your_friends.json", "who_you've_followed.json"},
		{"2020-22", []*File{f(fbFriends, "facebook-ola/friends_and_followers/friends.json")},
			"friends_and_followers/friends.json", "friends_and_followers/who_you_follow.json"},
		{"2020-22 followers alone", []*File{f(fbFollowers, "friends_and_followers/followers.json")},
			"friends_and_followers/friends.json", "friends_and_followers/who_you_follow.json"},
		{"2018-19", []*File{f(fbFriends, "friends/friends.json"), f(fbPages, "pages/pages_you_follow.json")},
			"friends/friends.json", "following_and_followers/following.json"},
		{"a copy's name", []*File{f(fbFriends, "friends_and_followers/friends (1).json")},
			"friends_and_followers/friends.json", "friends_and_followers/who_you_follow.json"},
		{"renamed, found by content", []*File{f(fbFriends, "my friends.json")}, "", ""},
		{"followed Pages alone", []*File{f(fbPages, "pages/pages_you_follow.json")}, "", ""},
		{"two eras", []*File{f(fbFriends, "friends/friends.json"), f(fbFollowers, "connections/followers/people_who_followed_you.json")}, "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := Facebook{}.eraFiles(tt.files)
			if got[audit.Friend] != tt.friend || got[audit.Following] != tt.follows {
				t.Errorf("eraFiles = %q, want friends %q, follows %q", got, tt.friend, tt.follows)
			}
		})
	}
}

// TestFacebookNamesakeIDsByName: where names give one id (same slug and
// second, or the same slug and no second), base, ~2, ~3 go to the names in
// the order of their bytes, not the export's, so that a later export
// listing them otherwise gives each the id it had.
func TestFacebookNamesakeIDsByName(t *testing.T) {
	friends := []fbE{{`Chlo\u00c3\u00a9 Martin`, 1600000000}, {"Ana Lima", 1600000000}, {"Chloe Martin", 1600000000}, {"CHLOE MARTIN", 1600000000}}
	followed := []fbE{{`Caf\u00c3\u00a9 Lumi\u00c3\u00a8re`, 1700000000}, {"Cafe Lumiere", 1700000000}}
	followers := []fbE{{`Zo\u00c3\u00a9 Roy`, 0}, {"Zoe Roy", 0}, {"Bea Cruz", 0}}
	ids := func(reversed bool) map[string]string {
		lists := [][]fbE{slices.Clone(friends), slices.Clone(followed), slices.Clone(followers)}
		if reversed {
			for _, l := range lists {
				slices.Reverse(l)
			}
		}
		accs := mustImport(t, Facebook{},
			memFile(fbFriends23, fbFile("friends_v2", lists[0]...)),
			memFile(fbFollowing23, fbFile("following_v3", lists[1]...)),
			memFile(fbFollowers23, fbFile("followers_v3", lists[2]...)))
		m := map[string]string{}
		for _, a := range accs {
			m[a.Relation+" "+a.Name] = a.ID
		}
		return m
	}
	want := map[string]string{
		"friend CHLOE MARTIN":    "chloe-martin.1600000000",
		"friend Chloe Martin":    "chloe-martin.1600000000~2",
		"friend Chloé Martin":    "chloe-martin.1600000000~3",
		"friend Ana Lima":        "ana-lima.1600000000",
		"following Cafe Lumiere": "cafe-lumiere.1700000000",
		"following Café Lumière": "cafe-lumiere.1700000000~2",
		"follower Bea Cruz":      "bea-cruz",
		"follower Zoe Roy":       "zoe-roy",
		"follower Zoé Roy":       "zoe-roy~2",
	}
	for _, reversed := range []bool{false, true} {
		if got := ids(reversed); !maps.Equal(got, want) {
			t.Errorf("reversed %v: got %v, want %v", reversed, got, want)
		}
	}
}
