package main

import (
	"strings"
	"testing"
)

// unfriendedNote asks a friend request of those not marked toxic alone,
// in the words of their number: one, several, or none.
func TestUnfriendedNote(t *testing.T) {
	const method = "The method unfollows and stays friends: no one is told, and the tie is kept."
	for _, tc := range []struct {
		n, toxic int
		start    string
		ask      string // the last sentence, or "" for none
	}{
		{1, 0, "1 Facebook friend the list said to unfollow, staying friends, was unfriended", " If it was by mistake, send that friend a friend request."},
		{3, 0, "3 Facebook friends the list said to unfollow, staying friends, were unfriended", " If it was by mistake, send them a friend request."},
		{3, 2, "3 Facebook friends", " If it was by mistake, send the one not marked toxic a friend request."},
		{1200, 2, "1,200 Facebook friends", " If it was by mistake, send the 1,198 not marked toxic a friend request."},
		{2, 2, "2 Facebook friends", ""},
	} {
		got := unfriendedNote(tc.n, tc.toxic)
		if !strings.HasPrefix(got, tc.start) || !strings.HasSuffix(got, method+tc.ask) {
			t.Errorf("unfriendedNote(%d, %d) = %q; want it to start %q and end %q", tc.n, tc.toxic, got, tc.start, method+tc.ask)
		}
	}
	if got := unfriendedNote(0, 0); got != "" {
		t.Errorf("unfriendedNote(0, 0) = %q; want none", got)
	}
}
