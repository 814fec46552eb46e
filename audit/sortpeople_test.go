package audit

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/bench/synth"
)

// sortPeople orders people as sorting them by folded name, name and id
// (ids of the p + 12 hex digits form by number, after the others) does,
// whatever the lengths of the names around the 24 bytes its keys hold:
// prefixes of each other, zero bytes, namesakes, no name at all; and
// order says where each person was.
func TestSortPeopleMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 8))
	stems := []string{"", "ada", "ada lovelace", "ada lovelace byron", "ada lovelace byron king", "ada lovelace byron king noel",
		"ada lovelace byron kin", "ada lovelace byron king\x00", "ada\x00", "zed", "émile zola", "éMILE ZOLA", "Ada Lovelace Byron King Noël"}
	for _, n := range []int{1, 50, 3000, 40_000} {
		people := make([]*Person, n)
		for i := range people {
			name := stems[r.IntN(len(stems))]
			if r.IntN(4) == 0 { // names that differ early, as most do
				name = string(rune('a'+r.IntN(26))) + string(rune('a'+r.IntN(26))) + " " + name
			}
			if r.IntN(3) == 0 {
				name += strings.Repeat("x", r.IntN(12)) // lengths around 16 and 24 bytes
			}
			var id string
			switch r.IntN(4) {
			case 0:
				id = fmt.Sprintf("ledger-%d", r.IntN(n)) // not a number; may repeat across namesakes
			default:
				id = personID(uint64(r.IntN(1<<20)) << 20)
			}
			a := &Account{Network: LinkedIn, ID: fmt.Sprint(i), Name: name}
			if name == "" && r.IntN(2) == 0 {
				a.Handle = "h" + fmt.Sprint(r.IntN(5))
			}
			p := &Person{ID: id, Accounts: []*Account{a}}
			p.fold = FoldName(p.Name())
			if r.IntN(5) == 0 {
				p.setIDNum(idNumber(id)) // as assignIDs and the ledger leave some
			}
			people[i] = p
		}
		want := slices.Clone(people)
		slices.SortStableFunc(want, func(a, b *Person) int {
			if ua, ub := unnamed(a), unnamed(b); ua != ub {
				if ua {
					return -1
				}
				return 1
			}
			if c := cmp.Or(strings.Compare(a.fold, b.fold), strings.Compare(a.Name(), b.Name())); c != 0 && !unnamed(a) {
				return c
			}
			switch {
			case idLess(a.ID, b.ID):
				return -1
			case idLess(b.ID, a.ID):
				return 1
			}
			return 0
		})
		before := slices.Clone(people)
		order := sortPeople(people)
		for k := range people {
			if before[order[k]] != people[k] {
				t.Fatalf("n=%d: order[%d] = %d is not where the %d-th person was", n, k, order[k], k)
			}
			w, g := want[k], people[k]
			if g.fold != w.fold || g.Name() != w.Name() || g.ID != w.ID {
				t.Fatalf("n=%d: person %d is (%q, %q, %s), want (%q, %q, %s)", n, k, g.fold, g.Name(), g.ID, w.fold, w.Name(), w.ID)
			}
		}
	}
}

// BenchmarkSortPeople sorts people named as the synthetic exports name
// them (bench/synth): the merge's sort, a tenth of a million-row audit.
func BenchmarkSortPeople(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000, 2_000_000} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			names := synth.Names(n, 1)
			// In slabs, in the order of the export, as the merge makes them.
			people, slab, accs := make([]*Person, n), make([]Person, n), make([]Account, n)
			for i, name := range names {
				accs[i] = Account{Network: LinkedIn, Name: name}
				p := &slab[i]
				p.ID, p.Accounts, p.fold = personID(uint64(i+1)<<8), []*Account{&accs[i]}, FoldName(name)
				people[i] = p
			}
			for b.Loop() {
				b.StopTimer()
				ps := slices.Clone(people)
				b.StartTimer()
				sortPeople(ps)
			}
		})
	}
}
