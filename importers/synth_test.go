package importers

import (
	"io"
	"path/filepath"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/bench/synth"
)

// TestSynthExports checks that the synthetic exports of the networks the
// benchmarks added last read as their real counterparts do, with every
// account they were made with: a generator drifting from the importer
// would have the benchmarks time an error path.
func TestSynthExports(t *testing.T) {
	dir := t.TempDir()
	ig := filepath.Join(dir, "instagram")
	if err := synth.InstagramExport(ig, 2000, 3000, 1); err != nil {
		t.Fatal(err)
	}
	yt := filepath.Join(dir, "takeout")
	if err := synth.YouTubeTakeout(yt, 1500, 1); err != nil {
		t.Fatal(err)
	}
	md := filepath.Join(dir, "following_accounts.csv")
	if err := synth.CreateFile(md, func(w io.Writer) error { return synth.MastodonFollowing(w, 1200, 1) }); err != nil {
		t.Fatal(err)
	}
	accs, err := Import([]string{ig, yt, md}, Options{}, All())
	if err != nil {
		t.Fatal(err)
	}
	type list struct{ network, relation string }
	got := map[list]int{}
	followsYou := 0
	for _, a := range accs {
		got[list{a.Network, a.Relation}]++
		if a.Network == audit.Instagram && a.Relation == audit.Following && a.FollowsYou == audit.Yes {
			followsYou++
		}
	}
	// Instagram: one account in a thousand followed is deleted (2 of
	// 2,000); the followers are accounts 1,000 to 3,999, the followed
	// ones among them (1,000 to 1,999, one deleted) counted once.
	want := map[list]int{
		{audit.Instagram, audit.Following}:  1998,
		{audit.Instagram, audit.Follower}:   2000,
		{audit.YouTube, audit.Subscription}: 1500,
		{audit.Mastodon, audit.Following}:   1200,
	}
	for l, n := range want {
		if got[l] != n {
			t.Errorf("%s %s: %d accounts, want %d", l.network, l.relation, got[l], n)
		}
	}
	if len(got) != len(want) {
		t.Errorf("lists %v, want only %v", got, want)
	}
	if followsYou != 999 {
		t.Errorf("%d Instagram accounts followed follow back, want 999", followsYou)
	}
}
