package audit

import (
	"cmp"
	"runtime"
	"slices"
	"strings"
	"sync"
)

// people builds the groups, names them, and records possible matches.
// The crowd's followers, when there are any, get their person ids too.
func (m *merger) people(known *Known, names []nameGroup, crowd *Crowd) []*Person {
	out, byRoot, slab := m.groups()
	// A group holds the accounts of one ledger person at most (pinKnown,
	// union): its id is that of any of them. The ids are read from the
	// rows' cells (see Known.rows) in the order of the rows, which is
	// their order in memory: in the accounts' order, a million rows read
	// at random took 0.9 s of a re-audit (a cache miss or two each).
	if m.owner != nil {
		first := make([]int32, m.known.people()) // per known person: its first account + 1
		for i, o := range m.owner {
			if o >= 0 && first[o] == 0 {
				first[o] = int32(i) + 1
			}
		}
		for o, i := range first {
			if i == 0 {
				continue
			}
			p := byRoot[m.find(i-1)]
			// The number too: sorting and packing the ids then need not
			// read a million strings scattered in the ledger's memory.
			p.ID = m.known.id(int32(o))
			p.setIDNum(idNumber(p.ID))
			p.row = m.known.rows[o] // for Ledger.Update
		}
	}
	// A person whose accounts are all the ledger's (the row's, as a group
	// holds one ledger person at most) brings Update nothing to add: it
	// need not compare a million accounts with their rows' keys.
	if m.owner != nil {
		pinnedIn := make([]int32, len(m.acc)) // per root: accounts its row lists
		for i, o := range m.owner {
			if o >= 0 {
				pinnedIn[m.find(int32(i))]++
			}
		}
		for _, i := range m.renamed {
			pinnedIn[m.find(i)]-- // given the row, not listed in it yet
		}
		for r, n := range pinnedIn {
			if n > 0 {
				p := byRoot[r]
				p.setInRow(p.row != nil && int(n) == len(p.Accounts))
			}
		}
	}
	for r, ev := range m.match {
		byRoot[r].linked().match = strings.Join(ev, "; ")
	}
	for r, p := range byRoot {
		if p != nil && m.isPinned(int32(r)) && len(p.Accounts) > 1 && p.Match() == "" {
			p.linked().match = "ledger"
		}
	}
	m.possibleMatches(names, byRoot)
	for _, p := range out {
		if len(p.Accounts) > 1 {
			slices.SortFunc(p.Accounts, compareAccounts)
		}
		if len(p.Accounts) > 1 || (p.fold == "" && p.Accounts[0].Name == "" && p.Accounts[0].Handle != "") {
			p.fold = FoldName(p.Name()) // the name may come from another account, or be an @handle
		}
		if l := p.links; l != nil && len(l.possible) > 1 {
			slices.Sort(l.possible)
		}
	}
	assignIDs(out, known, crowd)
	order := sortPeople(out)
	if slab != nil {
		permute(slab, m.acc, order)
		reseat(slab, m.acc, m.ptrs, out)
	} else {
		out = relayout(out)
	}
	// The merge's garbage collected (a first run), the copies below reuse
	// it; what they replace (the import's strings, 69 MB at a million
	// LinkedIn rows) is collected after them on a re-audit, for the
	// decisions, the comparison with the last run and the reports to
	// reuse: its peak is the heap's extent, 30 MB more without. A first
	// audit's heap (no ledger keys known) is less than half of it, and its
	// reports take fresh pages where it is not collected again, which cost
	// less than marking it: 0.13-0.22 s less in five alternated pairs at a
	// million rows, 32 MB more (427 -> 459 MB, the target 512 MiB).
	collected := collectIfGrown()
	packIDs(out)
	packStrings(out)
	if collected && known.Len() > 0 {
		runtime.GC()
	}
	return out
}

// possibleMatches records, for each person with accounts in names, the
// possible matches: the accounts of those groups that are not theirs, on
// another network than one of their accounts in the group (namesakes on
// one network are just namesakes). Each is counted once, however many of
// the person's accounts share its name or handle and in however many of
// the groups (a name and a handle) it is: counted per pair of accounts, a
// person of two accounts listed each match twice, and "and N more" counted
// matches that were listed already.
//
// Only accounts the person follows (Account.Follows) are matched, on both
// sides: a match is for the person to join two rows, so that one row's
// notes decide both accounts, and an account that only follows you has
// no decision and no row. Listed, such accounts were noise: a followed
// "Sam Lee" listed the Facebook followers of that name, a follower was
// counted nowhere but listed the followed namesakes, and a Mastodon
// follower of a followed handle's user name was each other's match.
func (m *merger) possibleMatches(names []nameGroup, byRoot []*Person) {
	if len(names) == 0 {
		return
	}
	// An account is in one group of names and one of handles at most.
	in := map[int32][2]int32{} // account -> its groups + 1
	type touch struct {
		group int32
		nets  uint64 // the networks of the person's accounts in it
	}
	var roots []int32 // the people with accounts in groups, in order
	touched := map[int32][]touch{}
	for gi, g := range names {
		for _, i := range g.acc {
			if !m.acc[i].Follows() {
				continue // neither matched nor given matches: see above
			}
			t := in[i]
			if t[0] == 0 {
				t[0] = int32(gi) + 1
			} else {
				t[1] = int32(gi) + 1
			}
			in[i] = t
			r := m.find(i)
			ts, ok := touched[r]
			if !ok {
				roots = append(roots, r)
			}
			if n := len(ts); n > 0 && ts[n-1].group == int32(gi) {
				ts[n-1].nets |= 1 << m.netOf[i]
			} else {
				ts = append(ts, touch{int32(gi), 1 << m.netOf[i]})
			}
			touched[r] = ts
		}
	}
	for _, r := range roots {
		ts := touched[r]
		p := byRoot[r]
		for k, t := range ts {
			for _, j := range names[t.group].acc {
				bit := uint64(1) << m.netOf[j]
				if t.nets&^bit == 0 || m.find(j) == r || !m.acc[j].Follows() {
					continue
				}
				// Counted already in an earlier group of the person's?
				seen := false
				for _, e := range ts[:k] {
					if g := in[j]; (g[0] == e.group+1 || g[1] == e.group+1) && e.nets&^bit != 0 {
						seen = true
						break
					}
				}
				if seen {
					continue
				}
				if l := p.linked(); len(l.possible) < maxPossible {
					l.possible = append(l.possible, m.acc[j].Key())
				} else {
					l.morePossible++
				}
			}
		}
	}
}

// groups makes a person of each group of accounts, in the order of the
// groups' first accounts, and returns them and each root's person. Where
// nothing was joined it returns the people's slab too, person i holding
// account i alone, and out and byRoot are then one slice: every account is
// a root (people only reads byRoot before it sorts out).
func (m *merger) groups() (out, byRoot []*Person, slab []Person) {
	ptrs := make([]*Account, len(m.acc))
	byRoot = make([]*Person, len(m.acc))
	if !m.joined {
		// Every account is a person of its own (an export of one network,
		// most often): the people are the accounts', made on both cores.
		slab = make([]Person, len(m.acc))
		inHalves(len(m.acc), func(from, to int) {
			for i := from; i < to; i++ {
				ptrs[i] = &m.acc[i]
				slab[i].Accounts = ptrs[i : i+1 : i+1]
				slab[i].fold = m.folds[i]
				byRoot[i] = &slab[i]
			}
		})
		m.ptrs = ptrs
		return byRoot, byRoot, slab
	}
	// Group accounts by root with two counting passes, so that a million
	// people take three allocations, not two million.
	group := make([]int32, len(m.acc)) // root -> group number + 1
	size := []int32{}
	for i := range m.acc {
		r := m.find(int32(i))
		if group[r] == 0 {
			size = append(size, 0)
			group[r] = int32(len(size))
		}
		size[group[r]-1]++
	}
	people := make([]Person, len(size))
	out = make([]*Person, len(size))
	start := int32(0)
	for g, n := range size {
		people[g].Accounts = ptrs[start : start : start+n]
		out[g] = &people[g]
		start += n
	}
	for i := range m.acc {
		r := m.find(int32(i))
		p := &people[group[r]-1]
		byRoot[r] = p
		p.Accounts = append(p.Accounts, &m.acc[i])
		p.fold = m.folds[i] // right for the many people with one account
	}
	return out, byRoot, nil
}

// permute moves people and accounts into report order where they are,
// order[k] being the index of the k-th: person i holds account i alone
// (groups, where nothing was joined), and so it stays. It does what
// relayout does without a second copy of either slab (280 MB at a million
// accounts, then the run's peak), the people on one core and the accounts
// on the other. Pointers to the people and accounts are
// stale after it: see reseat.
func permute(slab []Person, acc []Account, order []int32) {
	// Pointers move within the slabs: no collection while they do, as
	// for relayout.
	defer pauseCollector()()
	if len(order) < 1<<14 {
		permuteInPlace(slab, order)
		permuteInPlace(acc, order)
		return
	}
	var wg sync.WaitGroup
	wg.Go(func() { permuteInPlace(slab, order) })
	permuteInPlace(acc, order)
	wg.Wait()
}

// permuteInPlace moves xs[order[k]] to xs[k] for every k; order is only
// read (the people's and the accounts' slabs share it). Following the
// permutation's cycles straight through the slab reads a random element
// at each step, a cache and TLB miss that grows worse than linearly with
// the slab (0.09 s at a million accounts, 0.27 s at two). So a big slab
// is permuted in two passes whose reads and writes stay close: first
// every element is carried into its destination's block of permuteBlock
// elements (an in-place distribution, as American flag sort does, with a
// write front per block that only moves forward), then the cycles are
// followed within each block, which fits in the second-level cache.
func permuteInPlace[T any](xs []T, order []int32) {
	permuteBlocks(xs, order, permuteShift)
}

// permuteShift sets permuteBlock: 4096 accounts of 144 bytes are 576 KiB.
const (
	permuteShift = 12
	permuteBlock = 1 << permuteShift
)

// permuteBlocks is permuteInPlace with blocks of 1<<shift elements.
func permuteBlocks[T any](xs []T, order []int32, shift uint) {
	n := len(xs)
	if n <= 2<<shift {
		permuteCycles(xs, slices.Clone(order))
		return
	}
	// dest[i]: where xs[i] goes. order is a permutation: block b receives
	// exactly the elements of [b<<shift, (b+1)<<shift).
	dest := make([]int32, n)
	for k, i := range order {
		dest[i] = int32(k)
	}
	blocks := (n + 1<<shift - 1) >> shift
	front := make([]int, blocks) // per block: up to where it holds its own
	for b := range front {
		front[b] = b << shift
	}
	for b := range front {
		end := min(n, (b+1)<<shift)
		for i := front[b]; i < end; i = front[b] {
			// Carry the element at i along to its block's front, take the
			// one there along to its own, and so on until one for block
			// b comes back to i: an element read and written once.
			x, dx := xs[i], dest[i]
			for d := int(dx >> shift); d != b; d = int(dx >> shift) {
				j := front[d]
				front[d]++
				x, xs[j] = xs[j], x
				dx, dest[j] = dest[j], dx
			}
			xs[i], dest[i] = x, dx
			front[b]++
		}
	}
	local := make([]int32, 1<<shift) // the order within a block
	for b := range front {
		lo := b << shift
		end := min(n, lo+1<<shift)
		for k, d := range dest[lo:end] { // xs[lo+k] goes to d, in this block
			local[int(d)-lo] = int32(k)
		}
		permuteCycles(xs[lo:end], local[:end-lo])
	}
}

// permuteCycles is permuteInPlace following the cycles through the whole
// of xs, and marks order's entries done with -1.
func permuteCycles[T any](xs []T, order []int32) {
	for s := range order {
		if order[s] < 0 {
			continue
		}
		x := xs[s]
		j := s
		for {
			next := int(order[j])
			order[j] = -1
			if next == s {
				xs[j] = x
				break
			}
			xs[j] = xs[next]
			j = next
		}
	}
}

// reseat points each person of slab at its account in acc, as permute
// leaves them, through ptrs (one per account, groups' own), and sets out
// to the people in order: their old pointers are stale, and the arrays
// are used again rather than made anew (16 MB at a million accounts,
// when the merge's heap peaks).
func reseat(slab []Person, acc []Account, ptrs []*Account, out []*Person) {
	inHalves(len(slab), func(from, to int) {
		for i := from; i < to; i++ {
			ptrs[i] = &acc[i]
			slab[i].Accounts = ptrs[i : i+1 : i+1]
			out[i] = &slab[i]
		}
	})
}

// relayout copies the people and their accounts into new slabs in report
// order, and returns the people there. Every later pass (ledger, rules,
// reports) walks people in that order: with people and accounts where
// the import and the grouping left them, each step of such a pass is a
// cache miss; laid out in order, it is the next bytes in memory. The old
// slabs are garbage once Merge returns.
func relayout(people []*Person) []*Person {
	starts := make([]int, len(people)+1) // of each person's accounts
	for i, p := range people {
		starts[i+1] = starts[i] + len(p.Accounts)
	}
	n := starts[len(people)]
	// No collection while the copy runs. Copying structs that hold
	// pointers while the collector marks costs a write barrier per
	// pointer, and the new slabs start a cycle as they are made: at two
	// million accounts that made the copy ten times slower than the same
	// copy between cycles (0.3 s at 1M, 3 s at 2M). SetGCPercent(-1)
	// waits for a cycle under way to finish; the one after the copy
	// finds the old slabs garbage.
	defer pauseCollector()()
	slab := make([]Person, len(people))
	accs := make([]Account, n)
	ptrs := make([]*Account, n)
	out := make([]*Person, len(people))
	inHalves(len(people), func(from, to int) {
		for i := from; i < to; i++ {
			p := people[i]
			slab[i] = *p
			k := starts[i]
			for _, a := range p.Accounts {
				accs[k] = *a
				ptrs[k] = &accs[k]
				k++
			}
			slab[i].Accounts = ptrs[starts[i]:k:k]
			out[i] = &slab[i]
		}
	})
	return out
}

// unnamed reports whether p has no name at all: no account name, no
// handle. Such people sort first, by id (see sortPeople).
func unnamed(p *Person) bool { return p.fold == "" && p.Name() == "" }

// sortPeople orders people by folded name, then name and id, and returns
// where each was before: order[k] is the index in people of the k-th.
func sortPeople(people []*Person) (order []int32) {
	// Sort copies of the keys, not pointers (see nameKey), by radix where
	// they have names (see sortNames).
	// Ids of the form p + 12 hex digits compare as numbers: the many
	// people without a name (a big account's followers) are then sorted by
	// integers, not strings.
	words := func(s string) (w [3]uint64, n uint8) {
		for i := range w {
			if len(s) > 8*i {
				w[i] = prefix8(s[8*i:])
			}
		}
		return w, uint8(min(len(s), longKey))
	}
	// People with no name at all come first in that order; they are sorted
	// apart, on their id alone, and are most of a big follower list.
	ks := make([]nameKey, len(people))
	var unnamedIn [2]int // in each half
	inHalves(len(people), func(from, to int) {
		for i := from; i < to; i++ {
			p := people[i]
			num := p.idNum()
			if num == 0 {
				num = idNumber(p.ID)
			}
			k := &ks[i]
			k.fold, k.foldN = words(p.fold)
			k.named = k.foldN > 0 || p.Name() != ""
			k.idNum, k.p, k.at = num, p, int32(i)
			if !k.named {
				unnamedIn[min(from, 1)]++
			}
		}
	})
	nUnnamed := unnamedIn[0] + unnamedIn[1]
	// Unnamed people to the front (both parts are sorted below, so the
	// order within them does not matter yet).
	j := 0
	for i := range ks {
		if !ks[i].named {
			ks[i], ks[j] = ks[j], ks[i]
			j++
		}
	}
	unnamed, named := ks[:nUnnamed], ks[nUnnamed:]
	byID := func(a, b nameKey) int {
		if a.idNum != b.idNum {
			return cmp.Compare(a.idNum, b.idNum)
		}
		// Both are ids of another form (idNumber 0): rare, and then the
		// pointer is worth chasing to keep the keys small.
		return strings.Compare(a.p.ID, b.p.ID)
	}
	slices.SortFunc(unnamed, byID)
	// compareKey compares two strings held as their first 24 bytes and
	// lengths, reading them (through long) only where one is over 24
	// bytes and those agree. Equal words and lengths are equal strings;
	// equal words and lengths that differ make the shorter a prefix of
	// the other (its zero padding being the other's bytes), which sorts
	// first, as strings.Compare has it.
	compareKey := func(a, b *[3]uint64, an, bn uint8, long func() int) int {
		for i := range a {
			if a[i] != b[i] {
				return cmp.Compare(a[i], b[i])
			}
		}
		if an == longKey || bn == longKey {
			return long()
		}
		return cmp.Compare(an, bn)
	}
	byName := func(a, b nameKey) int {
		if c := compareKey(&a.fold, &b.fold, a.foldN, b.foldN, func() int { return strings.Compare(a.p.fold, b.p.fold) }); c != 0 {
			return c
		}
		if c := strings.Compare(a.p.Name(), b.p.Name()); c != 0 {
			return c
		}
		return byID(a, b)
	}
	sortNames(named, byName)
	order = make([]int32, len(people))
	for i, k := range unnamed {
		people[i], order[i] = k.p, k.at
	}
	for i, k := range named {
		people[len(unnamed)+i], order[len(unnamed)+i] = k.p, k.at
	}
	return order
}

// longKey stands in sortPeople's keys for the length of a string over 24
// bytes, which its 24 first bytes do not settle.
const longKey = 25

// prefix8 returns the first 8 bytes of s as a big-endian number, zeros
// after its end: prefixes compare as the strings do, where they differ.
func prefix8(s string) uint64 {
	if len(s) >= 8 { // one load, as the compiler reads this form
		_ = s[7]
		return uint64(s[0])<<56 | uint64(s[1])<<48 | uint64(s[2])<<40 | uint64(s[3])<<32 |
			uint64(s[4])<<24 | uint64(s[5])<<16 | uint64(s[6])<<8 | uint64(s[7])
	}
	var v uint64
	for i := range 8 {
		v <<= 8
		if i < len(s) {
			v |= uint64(s[i])
		}
	}
	return v
}

func compareAccounts(a, b *Account) int {
	return cmp.Or(cmp.Compare(networkRank(a.Network), networkRank(b.Network)),
		strings.Compare(a.Network, b.Network), strings.Compare(a.ID, b.ID))
}
