package importers

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// settle and unique give the ids that claiming every connection and then
// every follow one after the other in a map gives (the reference below),
// whether ids repeat or not.
func TestLinkedInIDsSettleAsClaimed(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	for round := range 400 {
		n := 1 + r.IntN(60)
		pool := n * 4
		if round%2 == 0 {
			pool = 3 + n/4 // many repeats
		}
		type conn struct {
			id   string
			kind uint8
			file int
		}
		var conns []conn
		for range n {
			id := "m" + strconv.Itoa(r.IntN(pool))
			kind := liProfileID
			if r.IntN(3) == 0 {
				kind, id = liNameID, "n"+id
			}
			if r.IntN(8) == 0 {
				id += "~2" // a slug that looks like a renamed id
			}
			conns = append(conns, conn{id, kind, r.IntN(2)})
		}
		var follows []string
		for range r.IntN(6) {
			follows = append(follows, "m"+strconv.Itoa(r.IntN(pool)))
		}

		// The reference: one map, every id claimed in order.
		ref := &liImport{ids: map[string]liOwner{}}
		var want []string
		for _, c := range conns {
			if id, ok := ref.claim(c.id, c.kind, c.file); ok {
				want = append(want, id)
			}
		}
		for _, f := range follows {
			want = append(want, ref.unique(f, liFollowID, 2))
		}

		im := &liImport{}
		if round%3 == 0 {
			// Ids of one length share a hash: equal hashes must not pass
			// for equal ids.
			im.hash = func(s string) uint64 { return uint64(len(s)) }
		}
		for _, c := range conns {
			im.kinds = append(im.kinds, c.kind)
			im.files = append(im.files, int32(c.file))
			im.accs = append(im.accs, audit.Account{ID: c.id})
		}
		im.settle()
		var got []string
		for _, a := range im.accs {
			got = append(got, a.ID)
		}
		for _, f := range follows {
			got = append(got, im.unique(f, liFollowID, 2))
		}
		if !slices.Equal(got, want) {
			t.Fatalf("round %d: connections %v, follows %v:\n got %q\nwant %q", round, conns, follows, got, want)
		}
		if repeats := im.ids != nil; repeats != hasRepeat(conns, func(c conn) string { return c.id }) {
			t.Errorf("round %d: map made %v, want it only when an id repeats", round, repeats)
		}
	}
}

func hasRepeat[T any](s []T, key func(T) string) bool {
	seen := map[string]bool{}
	for _, v := range s {
		if seen[key(v)] {
			return true
		}
		seen[key(v)] = true
	}
	return false
}
