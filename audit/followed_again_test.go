package audit_test

import (
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// An account followed again after an unfollow done is told by the newest
// history file that lists it as followed; a row of a key not wanted, or
// a follower's, tells nothing, and a file is read no further than the
// last key wanted.
func TestLastListings(t *testing.T) {
	head := strings.Join(audit.HistoryColumns, ",") + "\n"
	newer := head +
		"2026-11-25,p1,instagram,follower,bakery.oslo,,,,,,\n" +
		"2026-11-25,p1,instagram,following,bakery.oslo,,unfollow,unknown,,,\n" +
		"2026-11-25,p2,twitter,following,42,Ana,keep,met,,,\n"
	older := head +
		"2026-08-25,p1,instagram,following,bakery.oslo,,keep,supplier,,,\n" +
		"2026-08-25,p3,youtube,subscription,UC1,Greta,keep,inspiring,,,\n"
	want := map[string]audit.Listing{"instagram:bakery.oslo": {}, "youtube:UC1": {}, "youtube:UCnever": {}}
	left, err := audit.LastListings(want, strings.NewReader(newer), "history/0002_2026-11-25.csv")
	if err != nil || left != 2 {
		t.Fatalf("newer: left %d, %v; want 2, nil", left, err)
	}
	if left, err = audit.LastListings(want, strings.NewReader(older), "history/0001_2026-08-25.csv"); err != nil || left != 1 {
		t.Fatalf("older: left %d, %v; want 1, nil", left, err)
	}
	for k, w := range map[string]audit.Listing{
		"instagram:bakery.oslo": {AsOf: "2026-11-25", Decision: audit.DecisionUnfollow, Rule: audit.RuleUnknown}, // the newest
		"youtube:UC1":           {AsOf: "2026-08-25", Decision: audit.DecisionKeep, Rule: audit.RuleInspiring},
		"youtube:UCnever":       {},
	} {
		if want[k] != w {
			t.Errorf("%s: %+v, want %+v", k, want[k], w)
		}
	}
	// Every key found: the damaged rest of the file is not read.
	done := map[string]audit.Listing{"twitter:42": {}}
	if left, err := audit.LastListings(done, strings.NewReader(newer+"\"cut short"), "history/0002_2026-11-25.csv"); err != nil || left != 0 {
		t.Errorf("found before the damage: left %d, %v; want 0, nil", left, err)
	}
}

// The new rows of accounts an audit said to unfollow say they are
// followed again; one it kept, gone and back, or never listed, does not.
func TestMarkFollowedAgain(t *testing.T) {
	changes := []audit.Change{
		{Kind: audit.ChangeNew, Network: audit.Instagram, Relation: audit.Following, ID: "bakery.oslo", Note: "followed since the run of 2027-02-25"},
		{Kind: audit.ChangeNew, Network: audit.YouTube, Relation: audit.Subscription, ID: "UC4", Note: "followed since the run of 2027-02-25"},
		{Kind: audit.ChangeNew, Network: audit.YouTube, Relation: audit.Subscription, ID: "UC1", Note: "followed since the run of 2027-02-25"},
		{Kind: audit.ChangeNew, Network: audit.Twitter, Relation: audit.Following, ID: "7", Note: "followed since the run of 2027-02-25"},
		{Kind: audit.ChangeGone, Network: audit.Twitter, Relation: audit.Following, ID: "8", Note: "unfollow done"},
	}
	onRow := func(key string) bool { return key != "twitter:7" }
	want := audit.FollowedAgainKeys(changes, onRow)
	if len(want) != 3 {
		t.Fatalf("FollowedAgainKeys = %v, want the 3 new accounts on a row", want)
	}
	want["instagram:bakery.oslo"] = audit.Listing{AsOf: "2026-11-25", Decision: audit.DecisionUnfollow, Rule: audit.RuleUnknown}
	want["youtube:UC4"] = audit.Listing{AsOf: "2026-08-25", Decision: audit.DecisionUnfollow, Rule: audit.RuleToxic}
	want["youtube:UC1"] = audit.Listing{AsOf: "2026-08-25", Decision: audit.DecisionKeep, Rule: audit.RuleInspiring}
	audit.MarkFollowedAgain(changes, want, nil)
	for i, w := range []string{
		"followed since the run of 2027-02-25; followed again: unfollowed after the audit of 2026-11-25, which said to unfollow it (rule unknown)",
		"followed since the run of 2027-02-25; subscribed again: unsubscribed after the audit of 2026-08-25, which said to unsubscribe (rule toxic)",
		"followed since the run of 2027-02-25",
		"followed since the run of 2027-02-25",
		"unfollow done",
	} {
		if changes[i].Note != w {
			t.Errorf("%s: note %q, want %q", changes[i].ID, changes[i].Note, w)
		}
	}
	if got := audit.FollowedAgainKeys(changes, func(string) bool { return false }); got != nil {
		t.Errorf("no key on a row: %v, want nil (no history read)", got)
	}
}

// An Instagram account listed, gone and back with the day of a follow
// made before the audit that said to unfollow it was not followed again:
// it was deactivated when the next export was made, and reactivated (see
// docs/limitations-follows.md), and its row does not say the person followed it
// again. One followed after that audit, or of a list that dates no
// follow (X/Twitter's), does.
func TestMarkFollowedAgainBackByItself(t *testing.T) {
	since := "followed since the run of 2027-02-25"
	changes := []audit.Change{
		{Kind: audit.ChangeNew, Network: audit.Instagram, Relation: audit.Following, ID: "bakery.oslo", Note: since},
		{Kind: audit.ChangeNew, Network: audit.Instagram, Relation: audit.Following, ID: "lumen_cafe", Note: since},
		{Kind: audit.ChangeNew, Network: audit.Twitter, Relation: audit.Following, ID: "42", Note: since},
	}
	items := []audit.Item{
		followedOn(item("p-b", audit.Instagram, audit.Follower, "bakery.oslo", "", false, audit.RuleUnknown), audit.NewDate(2027, 4, 2)),
		followedOn(item("p-b", audit.Instagram, audit.Following, "bakery.oslo", "", false, audit.RuleUnknown), audit.NewDate(2025, 6, 18)),
		followedOn(item("p-l", audit.Instagram, audit.Following, "lumen_cafe", "", false, audit.RuleUnknown), audit.NewDate(2027, 3, 1)),
		item("p-t", audit.Twitter, audit.Following, "42", "", false, audit.RuleUnknown),
	}
	told := audit.Listing{AsOf: "2026-11-25", Decision: audit.DecisionUnfollow, Rule: audit.RuleUnknown}
	audit.MarkFollowedAgain(changes, map[string]audit.Listing{"instagram:bakery.oslo": told, "instagram:lumen_cafe": told, "twitter:42": told}, items)
	again := since + "; followed again: unfollowed after the audit of 2026-11-25, which said to unfollow it (rule unknown)"
	for i, w := range []string{since, again, again} {
		if changes[i].Note != w {
			t.Errorf("%s: note %q, want %q", changes[i].ID, changes[i].Note, w)
		}
	}
}
