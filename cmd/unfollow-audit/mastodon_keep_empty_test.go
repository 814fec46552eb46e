package main

import (
	"fmt"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// TestMastodonKeepEmptyNoteCounts words the note of a keep list that keeps
// no one for the number of Mastodon accounts followed: "all 2 accounts"
// read as if there were more to come.
func TestMastodonKeepEmptyNoteCounts(t *testing.T) {
	for _, tt := range []struct {
		followed int
		want     string // what the keep list would unfollow
	}{
		{1, "the one account"},
		{2, "both accounts"},
		{3, "all 3 accounts"},
		{12345, "all 12,345 accounts"},
	} {
		t.Run(fmt.Sprint(tt.followed), func(t *testing.T) {
			s := audit.Summary{Networks: []audit.Counts{{Network: audit.Mastodon, Followed: tt.followed}}}
			want := mastodonKeep + " keeps no account: imported in Mastodon with Overwrite, it unfollows " + tt.want +
				" you follow there. Fill in the ledger for the Mastodon accounts to keep, and run again, before you import it."
			if got := mastodonKeepEmptyNote(0, s); got != want {
				t.Errorf("got  %q\nwant %q", got, want)
			}
		})
	}
	// A list that keeps someone, or no account followed there, says nothing.
	s := audit.Summary{Networks: []audit.Counts{{Network: audit.Mastodon, Followed: 2}}}
	if got := mastodonKeepEmptyNote(1, s); got != "" {
		t.Errorf("a list keeping one: got %q, want nothing", got)
	}
	if got := mastodonKeepEmptyNote(0, audit.Summary{}); got != "" {
		t.Errorf("nothing followed: got %q, want nothing", got)
	}
}
