package main

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// A Facebook friend unfriended long ago, whom the notes keep, is listed
// only by an old history file. traceKeys looks the keys of rows a run
// wrote up in the older files already (the friend's among them): the
// follow-again note takes their relation from it, and reads no history
// file again for them, nor for a key traceKeys found in none (it would
// find it in none either). Before, the note read every older file back
// to the friend's again, on every re-audit.
func TestFacebookFriendsFromTraceKeys(t *testing.T) {
	const friend, follow, typed, follower = "facebook:ana-lima.1600000000", "facebook:bo-chen.1600000002", "facebook:cleo-typo.1", "facebook:dev-patel.1600000003"
	dir := filepath.Join(t.TempDir(), "ws")
	ws, err := workspace.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	header := strings.Join(audit.HistoryColumns, ",") + "\n"
	files := map[string]string{
		"0001_2026-02-25.csv": header +
			"2026-02-25,p1,facebook,friend,ana-lima.1600000000,Ana Lima,keep,met,,,\n" +
			"2026-02-25,p4,facebook,friend,dev-patel.1600000003,Dev Patel,keep,met,,,\n",
		"0002_2026-05-25.csv": header +
			"2026-05-25,p2,facebook,following,bo-chen.1600000002,Bo Chen,keep,met,,,\n" +
			"2026-05-25,p4,facebook,follower,dev-patel.1600000003,Dev Patel,keep,met,,,\n",
		"0003_2026-08-25.csv": header + "2026-08-25,p9,facebook,friend,eve.1,Eve,keep,met,,,\n",
	}
	if err := os.MkdirAll(filepath.Join(dir, workspace.HistoryDir), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, workspace.HistoryDir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	keys := []audit.UnseenKey{{Line: 2, Key: friend, Person: "p1"}, {Line: 3, Key: follow, Person: "p2"}, {Line: 4, Key: typed, Person: "p3"}, {Line: 5, Key: follower, Person: "p4"}}
	u, err := traceKeys(ws, keys, workspace.HistoryDir+"/0003_2026-08-25.csv")
	if err != nil {
		t.Fatal(err)
	}
	// Dev's newest row is a follower's: traceKeys found him by it, and
	// the note looks his relation up itself.
	if want := map[string]string{friend: audit.Friend, follow: audit.Following, typed: inNoHistory}; !maps.Equal(u.relations, want) {
		t.Errorf("traceKeys relations = %q, want %q", u.relations, want)
	}
	var asked []string
	n := auditNotes{untraced: u, olderRelations: func(rel map[string]string) {
		for k, r := range rel {
			if r == "" {
				asked = append(asked, k)
			}
		}
		relationsInHistory(ws, rel, workspace.HistoryDir+"/0003_2026-08-25.csv")
	}}
	got := n.facebookFriends([]string{friend, follow, typed, follower})
	if want := []string{follower}; !slices.Equal(asked, want) {
		t.Errorf("older history read for %q, want %q", asked, want)
	}
	if want := map[string]bool{friend: true, follower: true}; !maps.Equal(got, want) {
		t.Errorf("facebookFriends = %v, want %v", got, want)
	}
}
