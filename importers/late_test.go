package importers

import (
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// Options.After counts, per file, the records dated after that day, and
// the latest of their dates, in Stats.Late: a day on it is not after it,
// the next day is (a timestamp from the day's last second on), records
// without a date are not, nor are those the import leaves out (a
// follower, whose date is not kept). An Unfollow row is: the follows
// list changed after the day (and a connection's tells the audit it is
// not followed). Without After, nothing is counted.
func TestReadCountsRecordsAfter(t *testing.T) {
	after := audit.NewDate(2026, 8, 25)
	// Unix seconds: 2026-08-25 23:59:59, 2026-08-26 00:00:00, 2026-10-02
	// 12:00, 2026-08-20 08:00 and 2026-11-20 09:30 UTC.
	const lastSecond, nextDay, oct2, aug20, nov20 = 1787702399, 1787702400, 1790942400, 1787212800, 1795167000
	ig := func(key string, users ...string) string {
		var b strings.Builder
		b.WriteString(`{"` + key + `": [`)
		for i, u := range users {
			name, ts, _ := strings.Cut(u, "@")
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString(`{"title": "` + name + `", "string_list_data": [{"href": "https://www.instagram.com/_u/` + name + `", "timestamp": ` + ts + `}]}`)
		}
		b.WriteString("]}")
		return b.String()
	}
	igFollowersFile := func(users ...string) string {
		var b strings.Builder
		b.WriteString("[")
		for i, u := range users {
			name, ts, _ := strings.Cut(u, "@")
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString(`{"title": "", "string_list_data": [{"href": "https://www.instagram.com/` + name + `", "value": "` + name + `", "timestamp": ` + ts + `}]}`)
		}
		b.WriteString("]")
		return b.String()
	}
	itoa := func(n int64) string { return strconv.FormatInt(n, 10) }
	cases := []struct {
		name  string
		files map[string]string
		after audit.Date
		want  []Late // File is the end of the name
	}{
		{
			name: "linkedin connections",
			files: map[string]string{"Connections.csv": "Notes:\n\"Some emails are missing.\"\n\n" + liConnectionsHeader + "\n" +
				"Ana,Costa,https://www.linkedin.com/in/ana-costa,,Acme,CTO,24 Aug 2026\n" +
				"Ben,Ode,https://www.linkedin.com/in/ben-ode,,Acme,CFO,25 Aug 2026\n" +
				"Cleo,Park,https://www.linkedin.com/in/cleo-park,,Acme,CEO,26 Aug 2026\n" +
				"Dev,Rao,https://www.linkedin.com/in/dev-rao,,,,11/20/2026\n" +
				"Eli,Stone,https://www.linkedin.com/in/eli-stone,,,,2026-09-01\n" +
				"Fay,Lund,https://www.linkedin.com/in/fay-lund,,,,\n"},
			after: after,
			want:  []Late{{File: "Connections.csv", Network: audit.LinkedIn, Relation: audit.Connection, Records: 3, Latest: audit.NewDate(2026, 11, 20)}},
		},
		{
			name: "linkedin follows",
			files: map[string]string{
				"Member_Follows.csv": "Date,Status,FullName\n" +
					"2026-08-25 23:59:59,Active,Greta Lindqvist\n" +
					"2026-10-02 08:00:00,Active,Fatima Rahman\n" +
					"2026-12-01 08:00:00,Unfollow,Hiro Tanaka\n",
				"Company Follows.csv": "Organization,Followed On\n" +
					"Acme Robotics,Tue Mar 10 11:20:05 UTC 2026\n" +
					"Northwind,Wed Aug 26 00:00:01 UTC 2026\n" +
					"Contoso,Fri Nov 20 09:00:00 UTC 2026\n",
			},
			after: after,
			want: []Late{
				{File: "Company Follows.csv", Network: audit.LinkedIn, Relation: audit.Following, Records: 2, Latest: audit.NewDate(2026, 11, 20)},
				{File: "Member_Follows.csv", Network: audit.LinkedIn, Relation: audit.Following, Records: 2, Latest: audit.NewDate(2026, 12, 1)},
			},
		},
		{
			name: "facebook timestamps",
			files: map[string]string{
				"connections/friends/your_friends.json": `{"friends_v2": [{"name": "Paula Ruiz", "timestamp": ` + itoa(lastSecond) + `},` +
					`{"name": "Lukas Becker", "timestamp": ` + itoa(nextDay) + `}, {"name": "Mia Hoffmann", "timestamp": ` + itoa(aug20) + `}]}`,
				"connections/followers/who_you've_followed.json": `{"following_v3": [{"name": "Oskar Nilsson", "timestamp": ` + itoa(oct2) + `},` +
					`{"name": "Café Lumière", "timestamp": ` + itoa(nov20) + `}]}`,
			},
			after: after,
			want: []Late{
				{File: "who_you've_followed.json", Network: audit.Facebook, Relation: audit.Following, Records: 2, Latest: audit.NewDate(2026, 11, 20)},
				{File: "your_friends.json", Network: audit.Facebook, Relation: audit.Friend, Records: 1, Latest: audit.NewDate(2026, 8, 26)},
			},
		},
		{
			name: "instagram follows, not followers",
			files: map[string]string{
				"connections/followers_and_following/following.json":   ig("relationships_following", "noor.haddad@"+itoa(nov20), "bakery.oslo@"+itoa(lastSecond), "amelie_d@"+itoa(oct2)),
				"connections/followers_and_following/followers_1.json": igFollowersFile("kofi_m@"+itoa(nov20), "amelie_d@"+itoa(aug20)),
			},
			after: after,
			want:  []Late{{File: "following.json", Network: audit.Instagram, Relation: audit.Following, Records: 2, Latest: audit.NewDate(2026, 11, 20)}},
		},
		{
			name: "youtube subscriptions.json",
			files: map[string]string{"Takeout/YouTube/subscriptions/subscriptions.json": `[{"snippet": {"publishedAt": "2026-09-14T04:28:48.385Z", "resourceId": {"channelId": "UCjTSWISbO_K9HV6r35K9rIg"}, "title": "Lumen Physics"}},` +
				`{"snippet": {"publishedAt": "2020-11-02T23:59:59Z", "resourceId": {"channelId": "UC4xlbR1N2RQnb7vqUmLmGOg"}, "title": "Greta Lindqvist"}}]`},
			after: after,
			want:  []Late{{File: "subscriptions.json", Network: audit.YouTube, Relation: audit.Subscription, Records: 1, Latest: audit.NewDate(2026, 9, 14)}},
		},
		{
			name: "none after",
			files: map[string]string{"Connections.csv": liConnectionsHeader + "\n" +
				"Ana,Costa,https://www.linkedin.com/in/ana-costa,,Acme,CTO,25 Aug 2026\n"},
			after: after,
		},
		{
			name: "no After: nothing counted",
			files: map[string]string{"Connections.csv": liConnectionsHeader + "\n" +
				"Ana,Costa,https://www.linkedin.com/in/ana-costa,,Acme,CTO,25 Aug 9999\n"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, c.files)
			var st Stats
			if _, _, err := Read([]string{dir}, Options{Stats: &st, After: c.after}, All()); err != nil {
				t.Fatal(err)
			}
			got := st.Late
			for i := range got {
				if i < len(c.want) && strings.HasSuffix(filepath.ToSlash(got[i].File), "/"+c.want[i].File) {
					got[i].File = c.want[i].File
				}
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("Late = %+v\nwant %+v", got, c.want)
			}
		})
	}
}
