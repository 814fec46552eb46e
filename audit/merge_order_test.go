package audit

// The merge's mechanics, apart from its rules (merge_test.go): stable
// person ids, capped possible matches, the order of people and the
// sorts and permutations that give it.

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestMergePersonIDsStableAndUnique(t *testing.T) {
	in := []Account{acc(Twitter, "1", "Ann Berg"), acc(Twitter, "2", "Carl Dorn"), acc(LinkedIn, "x", "Ann Berg")}
	a := Merge(slices.Clone(in), nil)
	slices.Reverse(in)
	b := Merge(in, nil)
	ids := func(ps []*Person) map[string]string {
		m := map[string]string{}
		for _, p := range ps {
			m[p.Keys()] = p.ID
		}
		return m
	}
	ia, ib := ids(a), ids(b)
	if len(ia) != 2 {
		t.Fatalf("want 2 people, got %v", ia)
	}
	for k, id := range ia {
		if ib[k] != id {
			t.Errorf("person %s: id %s, then %s after reordering the input", k, id, ib[k])
		}
		if !strings.HasPrefix(id, "p") || len(id) != 13 {
			t.Errorf("id %q not of the form p + 12 hex digits", id)
		}
	}
	used := map[string]bool{}
	first := NewPersonID("twitter:1", used)
	used[first] = true
	if second := NewPersonID("twitter:1", used); second != first+"-2" {
		t.Errorf("colliding id = %q, want %q", second, first+"-2")
	}
}

func TestMergePossibleMatchesAreCapped(t *testing.T) {
	var in []Account
	for i := range 8 {
		in = append(in, acc(LinkedIn, fmt.Sprint("ana-", i), "Ana Rossi"))
	}
	in = append(in, acc(Twitter, "1", "Ana Rossi"))
	people := Merge(in, nil)
	for _, p := range people {
		if p.Accounts[0].Network != Twitter {
			if len(p.Possible()) != 1 || p.Possible()[0] != "twitter:1" {
				t.Errorf("%s: possible %v, want the one Twitter account", p.Keys(), p.Possible())
			}
			continue
		}
		if len(p.Possible()) != maxPossible || p.MorePossible() != 8-maxPossible {
			t.Errorf("twitter:1: %d possible + %d more, want %d + %d", len(p.Possible()), p.MorePossible(), maxPossible, 8-maxPossible)
		}
		if got := MatchText(p); !strings.HasSuffix(got, fmt.Sprintf(" and %d more", 8-maxPossible)) {
			t.Errorf("match text %q does not say how many more", got)
		}
	}
}

// TestMergePossibleMatchesCountedOnce checks that a person of several
// accounts sharing a name or handle counts each possible match once: a
// Twitter/X and an Instagram account merged by their handle, with three
// Mastodon namesakes, have three possible matches, not three and "1 more";
// a Twitter/X account and an Instagram account merged by their name,
// with seven Facebook namesakes, list five and "2 more", not "9 more"; an
// account that shares both the name and the handle of a person's accounts
// is one possible match, not two.
func TestMergePossibleMatchesCountedOnce(t *testing.T) {
	in := []Account{
		withHandle(acc(Twitter, "107", "Zed Zulu"), "zed_z"),
		withHandle(acc(Instagram, "zed_z", ""), "zed_z"),
	}
	for _, server := range []string{"a.social", "b.social", "c.social"} {
		in = append(in, withHandle(acc(Mastodon, "zed_z@"+server, ""), "zed_z@"+server))
	}
	in = append(in, acc(Twitter, "1", "Ana Rossi"), acc(Instagram, "ana.rossi", "Ana Rossi"))
	for i := range 7 {
		in = append(in, acc(Facebook, fmt.Sprint("ana-rossi.", i), "Ana Rossi"))
	}
	// Two Twitter/X accounts hold the name and two the handle: neither
	// merges, and twitter:q1, which holds both, is listed once.
	in = append(in,
		acc(Facebook, "zed-quinn.1", "Zed Quinn"),
		withHandle(acc(Instagram, "zed_q", "Zed Quinn"), "zed_q"),
		withHandle(acc(Twitter, "q1", "Zed Quinn"), "zed_q"),
		withHandle(acc(Twitter, "q2", "Zed Quinn"), "zedq_2"),
		withHandle(acc(Twitter, "q3", "Other Guy"), "zed_q"))
	want := map[string]string{
		"facebook:zed-quinn.1;instagram:zed_q": "same name zed quinn; possible match: twitter:q1 twitter:q2 twitter:q3",
		"twitter:107;instagram:zed_z":          "same handle @zed_z; possible match: mastodon:zed_z@a.social mastodon:zed_z@b.social mastodon:zed_z@c.social",
		"twitter:1;instagram:ana.rossi":        "same name ana rossi; possible match: facebook:ana-rossi.0 facebook:ana-rossi.1 facebook:ana-rossi.2 facebook:ana-rossi.3 facebook:ana-rossi.4 and 2 more",
	}
	for _, p := range Merge(in, nil) {
		if w, ok := want[p.Keys()]; ok {
			if got := MatchText(p); got != w {
				t.Errorf("%s: match %q, want %q", p.Keys(), got, w)
			}
			delete(want, p.Keys())
		}
	}
	for k := range want {
		t.Errorf("no person %s", k)
	}
}

// TestPrefix8 checks that prefixes never order two strings otherwise than
// strings.Compare does.
func TestPrefix8(t *testing.T) {
	words := []string{"", "a", "ab", "ab\x00", "ab\x01", "abcdefgh", "abcdefghi", "abcdefgg", "zoë", "zoe", "\xff", "amelie bronte", "amelie brontf"}
	for _, a := range words {
		for _, b := range words {
			pa, pb := prefix8(a), prefix8(b)
			c := strings.Compare(a, b)
			if pa < pb && c >= 0 || pa > pb && c <= 0 {
				t.Errorf("prefix8 orders %q and %q as %d, %d; strings.Compare says %d", a, b, pa, pb, c)
			}
		}
	}
}

// TestMergeSortsManyPeople checks the order of a merge big enough to be
// sorted in two halves: unnamed people first by id, then by folded name,
// name and id.
func TestMergeSortsManyPeople(t *testing.T) {
	var in []Account
	first := []string{"Amélie", "Zoë", "Ada", "Søren", "Łukasz", "Bob", "Ünal", "Ann-Marie"}
	last := []string{"Brontë", "Durand", "Lovelace", "Ng", "Ørsted", "O'Neil", "Zola"}
	for i := range 40_000 {
		name := first[i*7%len(first)] + " " + last[i*13%len(last)]
		if i%9 == 0 {
			name = ""
		}
		in = append(in, acc([]string{LinkedIn, Twitter, Facebook}[i%3], fmt.Sprintf("id%d", i*7919%40_000), name))
	}
	people := Merge(in, nil)
	// Ids are packed on two cores: each is still its first account's.
	for _, p := range people {
		if want := NewPersonID(p.Accounts[0].Key(), nil); p.ID != want {
			t.Fatalf("person of %s has id %q, want %q", p.Accounts[0].Key(), p.ID, want)
		}
	}
	for i := 1; i < len(people); i++ {
		a, b := people[i-1], people[i]
		if unnamed(a) != unnamed(b) {
			if !unnamed(a) {
				t.Fatalf("person %d (%q) is unnamed, after a named one", i, b.ID)
			}
			continue
		}
		ka := []string{a.fold, a.Name()}
		kb := []string{b.fold, b.Name()}
		if c := slices.Compare(ka, kb); c > 0 || c == 0 && idLess(b.ID, a.ID) {
			t.Fatalf("people %d and %d out of order: %q %q %s, then %q %q %s", i-1, i, a.fold, a.Name(), a.ID, b.fold, b.Name(), b.ID)
		}
	}
}

// idLess orders person ids as sortPeople does: p + 12 hex digits by
// number, after the others.
func idLess(a, b string) bool {
	na, nb := idNumber(a), idNumber(b)
	if na != nb {
		return na < nb
	}
	return a < b
}

// Indexing only the keys held outside the biggest network gives the same
// people, evidence and possible matches as indexing every key.
func TestMergeIndexesOtherNetworksOnly(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	names := []string{"Ada Lovelace", "Ada  LOVELACE", "Bob Stone", "Cy Twain", "Dee", "Émile Zola", "Emile Zola", ""}
	emails := []string{"", "", "ada@example.org", "bob@example.org", "ADA@example.org "}
	handles := []string{"", "adalove", "bobstone", "cyt"}
	nets := [][]string{{LinkedIn}, {LinkedIn, Twitter}, {Facebook, LinkedIn, Twitter, Instagram, Mastodon, YouTube}}
	for round := range 300 {
		ns := nets[round%len(nets)]
		var accs []Account
		for i := range 2 + r.IntN(40) {
			n := ns[r.IntN(len(ns))]
			if r.IntN(3) > 0 {
				n = ns[0] // one network has most accounts
			}
			a := acc(n, fmt.Sprint(i), names[r.IntN(len(names))])
			a.Email = emails[r.IntN(len(emails))]
			if n == Twitter || n == Instagram {
				a.Handle = handles[r.IntN(len(handles))]
			}
			accs = append(accs, a)
		}
		var known map[string]string
		if round%4 == 3 {
			known = map[string]string{accs[0].Key(): "pledger000001"}
			if len(accs) > 2 {
				known[accs[2].Key()] = "pledger000001"
			}
		}
		got := render(merge(slices.Clone(accs), knownOf(known), slowPaths{}))
		want := render(merge(slices.Clone(accs), knownOf(known), slowPaths{everyKey: true}))
		if got != want {
			t.Fatalf("round %d (%v): indexing other networks only gives\n%s\nindexing every key gives\n%s", round, ns, got, want)
		}
	}
}

// render writes out people with their ids, names, evidence, possible
// matches and accounts, one a line, for comparing two merges.
func render(people []*Person) string {
	var b strings.Builder
	for _, p := range people {
		fmt.Fprintf(&b, "%s %q %q %v %d:", p.ID, p.Name(), p.Match(), p.Possible(), p.MorePossible())
		for _, a := range p.Accounts {
			b.WriteString(" " + a.Key())
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// An export in which no evidence joins accounts (one network) is grouped
// by a shortcut, one person per account: it gives the people, ids, names
// and order the general grouping gives, with a ledger or without.
func TestMergeUnjoinedShortcut(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	names := []string{"Ada Lovelace", "Ada  LOVELACE", "Bob Stone", "Dee", "Émile Zola", "", "@x"}
	for round := range 200 {
		net := []string{LinkedIn, Twitter, Facebook}[round%3]
		var accs []Account
		for i := range 1 + r.IntN(60) {
			a := acc(net, fmt.Sprint(r.IntN(1000)*1000+i), names[r.IntN(len(names))])
			if net == Twitter && r.IntN(2) == 0 {
				a.Handle = fmt.Sprintf("h%d", r.IntN(5))
			}
			accs = append(accs, a)
		}
		var known map[string]string
		if round%4 == 3 {
			known = map[string]string{accs[0].Key(): "pledger000001"}
		}
		m := newMerger(slices.Clone(accs))
		m.byName()
		m.byHandle()
		if m.joined {
			t.Fatalf("round %d: accounts of one network were joined", round)
		}
		got := render(merge(slices.Clone(accs), knownOf(known), slowPaths{}))
		want := render(merge(slices.Clone(accs), knownOf(known), slowPaths{groups: true}))
		if got != want {
			t.Fatalf("round %d: the shortcut gives\n%s\nthe general grouping gives\n%s", round, got, want)
		}
	}
	// Past 1<<14 people, the people and accounts are moved into order on
	// two cores.
	var accs []Account
	for i := range 40_000 {
		accs = append(accs, acc(LinkedIn, fmt.Sprintf("m%06d", r.IntN(1_000_000)*100+i), names[r.IntN(len(names))]+fmt.Sprint(r.IntN(50))))
	}
	known := knownOf(map[string]string{accs[7].Key(): "pledger000001", accs[30_000].Key(): "pledger000002"})
	got := render(merge(slices.Clone(accs), known, slowPaths{}))
	want := render(merge(slices.Clone(accs), known, slowPaths{groups: true}))
	if got != want {
		t.Fatal("40,000 accounts: the shortcut and the general grouping differ")
	}
}

// permuteInPlace puts xs[order[k]] at k for any permutation: cycles of
// every length, fixed points, none at all; in blocks (permuteBlocks) of
// any size, the last one short or not, as by following the cycles.
func TestPermuteInPlace(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 4))
	for _, n := range []int{0, 1, 2, 3, 10, 1000, 1024, 3*permuteBlock + 5} {
		for round := range 20 {
			shift := uint(permuteShift)
			if round%2 == 1 {
				shift = uint(round % 5) // blocks of 1 to 16 elements
			}
			order := make([]int32, n)
			for i := range order {
				order[i] = int32(i)
			}
			switch r.IntN(3) {
			case 0: // random
				r.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
			case 1: // one long cycle
				for i := range order {
					order[i] = int32((i + 1) % n)
				}
			}
			xs := make([]string, n)
			for i := range xs {
				xs[i] = fmt.Sprint("x", i)
			}
			want := make([]string, n)
			for k, i := range order {
				want[k] = xs[i]
			}
			read := slices.Clone(order)
			permuteBlocks(xs, read, shift)
			if !slices.Equal(xs, want) {
				t.Fatalf("n=%d, blocks of %d: got %v, want %v (order %v)", n, 1<<shift, xs, want, order)
			}
			if !slices.Equal(read, order) {
				t.Fatalf("n=%d, blocks of %d: order changed", n, 1<<shift)
			}
		}
	}
}

// sortNums, which sorts by buckets of the numbers' top bits, sorts as
// slices.Sort does, whatever their spread.
func TestSortNums(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	for _, n := range []int{0, 1, 2, 1<<12 - 1, 1 << 12, 1 << 14, 1<<15 + 3} {
		a := make([]uint64, n)
		for i := range a {
			switch i % 3 {
			case 0:
				a[i] = r.Uint64N(uint64(n/2 + 1)) // with repeats
			case 1:
				a[i] = r.Uint64()>>16 + 1 // as person ids: 48 bits
			default:
				a[i] = r.Uint64() // up to the top bit
			}
		}
		if n > 10 {
			a[n/2] = 0
			a[n/3] = math.MaxUint64
		}
		want := slices.Clone(a)
		slices.Sort(want)
		if got := sortNums(a); !slices.Equal(got, want) {
			t.Fatalf("n=%d: not sorted as slices.Sort sorts", n)
		}
	}
}

// BenchmarkSortNums sorts a copy of a million person-id numbers (48-bit
// hashes).
func BenchmarkSortNums(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 1))
	a := make([]uint64, 1_000_000)
	for i := range a {
		a[i] = r.Uint64()>>16 + 1
	}
	for b.Loop() {
		sortNums(slices.Clone(a))
	}
}
