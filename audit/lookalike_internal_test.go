package audit

import (
	"slices"
	"testing"
)

// lookalikes marks the names that show as another's of their network
// without being written as it, and only those; it makes nothing where no
// name holds an invisible character.
func TestLookalikes(t *testing.T) {
	mk := func(network string, names ...string) []Item {
		var items []Item
		for _, n := range names {
			items = append(items, Item{Account: &Account{Network: network, Name: n}})
		}
		return items
	}
	tests := []struct {
		items []Item
		want  []int
	}{
		{mk(Facebook, "Anna Smith", "Anna Smith", "Bruno Keller", "Chloé"), nil},
		{mk(Facebook, "Anna Smith", "Anna Smith\u200d", "Bruno"), []int{0, 1}},
		{mk(Facebook, "An\u200bna Smith", "Anna Smith", "Anna Smith\u00ad"), []int{0, 1, 2}},
		// Two written alike, with the same invisible character: the
		// namesakes hasNamesake finds.
		{mk(Facebook, "Anna\u200b Smith", "Anna\u200b Smith"), nil},
		{mk(Facebook, "Anna\u200b Smith", "\u200bAnna Smith"), []int{0, 1}},
		// A Cyrillic А is written otherwise, and shown otherwise in some
		// fonts: not a lookalike here.
		{mk(Facebook, "\u0410nna Smith", "Anna Smith\u200d"), nil},
		// Other networks' names are not compared.
		{append(mk(Facebook, "Anna Smith"), mk(LinkedIn, "Anna Smith\u200d")...), nil},
		// An account whose link opens it alone needs nothing.
		{append(mk(Facebook, "Anna Smith"), Item{Account: &Account{Network: Facebook, Name: "Anna Smith\u200d", ProfileURL: "https://www.facebook.com/anna"}}), nil},
	}
	for n, tt := range tests {
		got := lookalikes(tt.items)
		var idx []int
		for i := range got {
			idx = append(idx, i)
		}
		slices.Sort(idx)
		if !slices.Equal(idx, tt.want) {
			t.Errorf("case %d: lookalikes = %v, want %v", n, idx, tt.want)
		}
	}
}

// The names of a list with no invisible character, as is the rule, cost
// no allocation.
func TestLookalikesAllocatesNothingWithoutInvisible(t *testing.T) {
	items := []Item{{Account: &Account{Network: Facebook, Name: "Anna Smith"}}, {Account: &Account{Network: Facebook, Name: "Chloé Martin 🌻"}}}
	if n := testing.AllocsPerRun(100, func() { lookalikes(items) }); n != 0 {
		t.Errorf("%v allocations, want none", n)
	}
}
