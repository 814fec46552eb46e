package main

import (
	"strings"
	"testing"
)

// unfriendedNote asks a friend request of those not marked toxic alone,
// naming them where they are three or fewer, else sending to
// changes.csv, which marks the toxic; and not of those a follow-again
// note asks it of (elsewhere), as their notes keep them.
func TestUnfriendedNote(t *testing.T) {
	const method = "The method unfollows and stays friends: no one is told, and the tie is kept."
	five := []string{"Ana Lima", "Bo Chen", "Cleo Ruiz", "Dev Patel", "Eli Rossi"}
	for _, tc := range []struct {
		n         int
		ask       []string
		elsewhere int
		start     string
		want      string // the last sentence, or "" for none
	}{
		{1, five[:1], 0, "1 Facebook friend the list said to unfollow, staying friends, was unfriended", " If it was by mistake, send Ana Lima a friend request."},
		{3, five[:3], 0, "3 Facebook friends the list said to unfollow, staying friends, were unfriended", " If it was by mistake, send Ana Lima, Bo Chen and Cleo Ruiz a friend request."},
		{3, five[1:2], 0, "3 Facebook friends", " If it was by mistake, send Bo Chen a friend request."},
		{1200, five, 0, "1,200 Facebook friends", " If it was by mistake, send a friend request to the 5 of them changes.csv does not mark toxic."},
		{1200, five, 2, "1,200 Facebook friends", " If it was by mistake, send a friend request to the 7 of them changes.csv does not mark toxic, but for the 2 your notes keep (their note names them)."},
		{2, nil, 0, "2 Facebook friends", ""},
		{2, nil, 1, "2 Facebook friends", ""},
		{2, five[:1], 1, "2 Facebook friends", " If it was by mistake, send Ana Lima a friend request."},
	} {
		got := unfriendedNote(tc.n, tc.ask, tc.elsewhere)
		if !strings.HasPrefix(got, tc.start) || !strings.HasSuffix(got, method+tc.want) || strings.Count(got, "friend request") > 1 {
			t.Errorf("unfriendedNote(%d, %q, %d) = %q; want it to start %q and end %q", tc.n, tc.ask, tc.elsewhere, got, tc.start, method+tc.want)
		}
	}
	if got := unfriendedNote(0, nil, 0); got != "" {
		t.Errorf("unfriendedNote(0) = %q; want none", got)
	}
}

// Two friends of one name unfriended (namesakes: removed_friends.json
// names them alike, see audit.MarkUnfriended) are named once, with how
// many share it: "send Ana Lima and Ana Lima" read as one person said
// twice, and left the person to look for one.
func TestUnfriendedNoteNamesakes(t *testing.T) {
	for _, tc := range []struct {
		ask  []string
		want string
	}{
		{[]string{"Ana Lima", "Ana Lima"}, " If it was by mistake, send Ana Lima (2 of that name) a friend request."},
		{[]string{"Ana Lima", "Bo Chen", "Ana Lima"}, " If it was by mistake, send Ana Lima (2 of that name) and Bo Chen a friend request."},
	} {
		got := unfriendedNote(len(tc.ask), tc.ask, 0)
		if !strings.HasSuffix(got, tc.want) {
			t.Errorf("unfriendedNote(%q) = %q; want it to end %q", tc.ask, got, tc.want)
		}
	}
}
