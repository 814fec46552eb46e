package audit

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// The index finds the new usernames that share a word with a gone one,
// exactly those shareWord finds comparing it with each, in the items'
// order, each once: usernames made of pieces that begin, end or hold
// one another ("noor", "noorhassan", "hassan", "ass", "ab"), joined by
// '.', '_' and digits, some repeated.
func TestWordIndexSharingIsShareWord(t *testing.T) {
	pieces := []string{"noor", "noorhassan", "hassan", "ass", "ab", "abc", "abcd", "bcd", "studio", "dio", "alice", "lice", "x", "moreau"}
	seps := []string{".", "_", "1", "22", ""}
	rng := rand.New(rand.NewPCG(1, 2))
	name := func() string {
		var b strings.Builder
		for n := 1 + rng.IntN(3); n > 0; n-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			b.WriteString(seps[rng.IntN(len(seps))])
		}
		if rng.IntN(4) == 0 {
			return strings.ToUpper(b.String())
		}
		return b.String()
	}
	items := make([]Item, 300)
	var ks []int
	for k := range items {
		items[k].Account = &Account{Network: Instagram, Relation: Following, ID: name()}
		if rng.IntN(3) > 0 {
			ks = append(ks, k)
		}
	}
	ix := newWordIndex(ks, items)
	for range 500 {
		gone := name()
		own := usernameWords(strings.ToLower(gone))
		var want []int
		for _, k := range ks {
			if similarUsernames(gone, items[k].Account.ID) {
				want = append(want, k)
			}
		}
		got := ix.sharing([]int{-1}, own)
		if got[0] != -1 || !slices.Equal(got[1:], want) {
			t.Fatalf("%s: index names %v, want %v", gone, got, append([]int{-1}, want...))
		}
	}
}

// BenchmarkRenamedHintsNoWordShared: n Instagram accounts kept, gone at
// once, beside n new followed before the audit that listed them, none of
// a word in common with any gone: each gone row names none, found without
// comparing each with each.
func BenchmarkRenamedHintsNoWordShared(b *testing.B) {
	const n = 3500
	items := make([]Item, n)
	ks := make([]int, n)
	for k := range items {
		items[k].Account = &Account{Network: Instagram, Relation: Following, ID: fmt.Sprintf("newbrand%d.shop%d", k, k)}
		ks[k] = k
	}
	gone := make([][]string, n)
	for i := range gone {
		gone[i] = usernameWords(fmt.Sprintf("old.person%d_photos", i))
	}
	b.ResetTimer()
	for b.Loop() {
		ix := newWordIndex(ks, items)
		var named []int
		for _, own := range gone {
			named = ix.sharing(named[:0], own)
		}
		if len(named) != 0 {
			b.Fatal(named)
		}
	}
}
