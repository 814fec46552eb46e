package main

import (
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/importers"
)

// The warning of records dated after the audit's day is one line: the
// file where there is one, the count and the latest date, and what to
// check, --as-of or the clock.
func TestLateWarning(t *testing.T) {
	asOf := audit.NewDate(2026, 8, 25)
	nov20, dec3 := audit.NewDate(2026, 11, 20), audit.NewDate(2026, 12, 3)
	li := importers.Late{File: "li.zip!Connections.csv", Network: audit.LinkedIn, Relation: audit.Connection, Records: 12, Latest: nov20}
	one := importers.Late{File: "li.zip!Member_Follows.csv", Network: audit.LinkedIn, Relation: audit.Following, Records: 1, Latest: dec3}
	ig := importers.Late{File: "ig.zip!connections/followers_and_following/following.json", Network: audit.Instagram, Relation: audit.Following, Records: 3, Latest: nov20}
	yt := importers.Late{File: "subscriptions.json", Network: audit.YouTube, Relation: audit.Subscription, Records: 2, Latest: nov20}
	fb := importers.Late{File: "fb.zip!your_friends.json", Network: audit.Facebook, Relation: audit.Friend, Records: 1, Latest: nov20}
	cases := []struct {
		name string
		late []importers.Late
		from dayFrom
		want string
	}{
		{"none", nil, dayGiven, ""},
		{"one file, --as-of", []importers.Late{li}, dayGiven,
			"warning: 12 connections in li.zip!Connections.csv are dated after --as-of 2026-08-25 (latest 2026-11-20): is --as-of right?"},
		{"one record, today", []importers.Late{one}, dayToday,
			"warning: 1 follow in li.zip!Member_Follows.csv is dated after today, 2026-08-25 (latest 2026-12-03): is this computer's date right?"},
		// Without --as-of, moved to the last audit's day (a day after
		// today here, see todayOf): named so, not as today.
		{"one record, the last audit's day", []importers.Late{one}, dayLastAudit,
			"warning: 1 follow in li.zip!Member_Follows.csv is dated after the audit's day, 2026-08-25, the last audit's, a day after today here (latest 2026-12-03): is this computer's date right?"},
		{"two files", []importers.Late{li, one}, dayGiven,
			"warning: 13 entries are dated after --as-of 2026-08-25 (12 connections in li.zip!Connections.csv, 1 follow in li.zip!Member_Follows.csv; latest 2026-12-03): is --as-of right?"},
		{"five files", []importers.Late{li, ig, yt, fb, one}, dayGiven,
			"warning: 19 entries are dated after --as-of 2026-08-25 (12 connections in li.zip!Connections.csv, 3 follows in ig.zip!connections/followers_and_following/following.json, " +
				"2 subscriptions in subscriptions.json, and 2 more files; latest 2026-12-03): is --as-of right?"},
		{"a file of several relations", []importers.Late{{File: "x.csv", Records: 2, Latest: nov20}}, dayGiven,
			"warning: 2 entries in x.csv are dated after --as-of 2026-08-25 (latest 2026-11-20): is --as-of right?"},
		// A zip's entry is named as its maker wrote it: on one line, with
		// no escape sequence or bidirectional override, as in errors.
		{"a file name of control characters", []importers.Late{{File: "li.zip!Conn\x1b[2Jections\u202e.csv\nx", Network: audit.LinkedIn, Relation: audit.Connection, Records: 1, Latest: nov20}}, dayGiven,
			"warning: 1 connection in li.zip!Conn?[2Jections?.csv x is dated after --as-of 2026-08-25 (latest 2026-11-20): is --as-of right?"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := lateWarning(c.late, importers.Coverage{}, asOf, c.from); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}
