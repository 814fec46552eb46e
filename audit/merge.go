package audit

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"maps"
	"math/bits"
	"slices"
	"strings"
)

// Merge groups accounts into people.
//
// known gives account keys ("network:id") the person ids chosen earlier (the
// ledger's grouping); accounts sharing a known person id are one person
// whatever their names, and two known people are never merged with each
// other, so a person's own split or join wins over automatic matching.
// known may be nil.
//
// Other accounts are merged only on strong evidence, each merge recorded in
// Person.Match:
//   - the same e-mail address;
//   - the same full name (two words or more after [FoldName]) when that name
//     belongs to exactly one account on each of the networks merged (a
//     network where several accounts have it stays out of the merge);
//   - the same handle (five characters or more, any case) on Twitter and
//     Instagram, held by exactly one account on each.
//
// A Mastodon address whose user part is such a handle is only a possible
// match: the same user name on another server is often someone else.
//
// Two accounts of the same network are never merged by evidence. A name
// shared by several accounts of a network is not merged at all; every
// account with it lists the others in Person.Possible instead.
//
// The cost is linear in the number of accounts: evidence is looked up in
// maps keyed by e-mail and folded name, never by comparing pairs.
func Merge(accounts []Account, known *Known) []*Person {
	return merge(accounts, known, false)
}

// merge is Merge; everyKey indexes the keys of every network (see
// inOtherNetworks), which tests compare with the usual way.
func merge(accounts []Account, known *Known, everyKey bool) []*Person {
	m := newMerger(accounts)
	m.everyKey = everyKey
	m.pinKnown(known)
	m.byEmail()
	names := m.byName()
	names = append(names, m.byHandle()...)
	return m.people(known, names, nil)
}

type merger struct {
	acc    []Account
	folds  []string // FoldName of each account's name, computed once
	parent []int32
	nets   []uint64 // per root: bit set of networks in the group
	pinned []bool   // per root: grouping fixed by the ledger
	netOf  []uint8  // per account: its network, as the bit number of netBit
	// everyKey has the e-mail and name indexes hold every account's key,
	// not only those of accounts outside the biggest network.
	everyKey bool
	known    *Known  // the ledger's grouping, or nil
	owner    []int32 // per account: its person in known, or -1; nil for no ledger
	match    map[int32][]string
	netBits  map[string]uint64
}

func newMerger(acc []Account) *merger {
	m := &merger{
		acc:     acc,
		parent:  make([]int32, len(acc)),
		nets:    make([]uint64, len(acc)),
		pinned:  make([]bool, len(acc)),
		netOf:   make([]uint8, len(acc)),
		match:   map[int32][]string{},
		netBits: map[string]uint64{},
	}
	for i := range acc {
		m.parent[i] = int32(i)
		m.nets[i] = m.netBit(acc[i].Network)
		m.netOf[i] = uint8(bits.TrailingZeros64(m.nets[i]))
	}
	return m
}

// inOtherNetworks returns the keys (e-mails, names) that accounts of any
// network but the one with the most accounts hold; key gives "" for
// none. Evidence only joins accounts of different networks, so a key that
// only accounts of one network hold can join nothing, and a name shared by
// them alone is no possible match either: the indexes need only these
// keys. An export of one network (a million LinkedIn connections) then
// needs no index at all, and the biggest list of several is only looked
// up in the index of the others.
func (m *merger) inOtherNetworks(key func(i int) string) map[string]bool {
	var count [64]int
	for _, n := range m.netOf {
		count[n]++
	}
	big := uint8(0)
	for n, c := range count {
		if c > count[big] {
			big = uint8(n)
		}
	}
	if m.everyKey {
		big = 64 // no network
	}
	keys := map[string]bool{}
	for i, n := range m.netOf {
		if n != big {
			if k := key(i); k != "" {
				keys[k] = true
			}
		}
	}
	return keys
}

func (m *merger) netBit(n string) uint64 {
	b, ok := m.netBits[n]
	if !ok {
		b = 1 << (len(m.netBits) % 64)
		m.netBits[n] = b
	}
	return b
}

func (m *merger) find(i int32) int32 {
	for m.parent[i] != i {
		m.parent[i] = m.parent[m.parent[i]]
		i = m.parent[i]
	}
	return i
}

// union joins the groups of a and b when evidence may: never two groups
// with an account on the same network, never two pinned groups. It reports
// whether a and b are now one group.
func (m *merger) union(a, b int32, evidence string) bool {
	ra, rb := m.find(a), m.find(b)
	if ra == rb {
		return true
	}
	if m.nets[ra]&m.nets[rb] != 0 || (m.pinned[ra] && m.pinned[rb]) {
		return false
	}
	m.join(ra, rb)
	r := m.find(ra)
	if ev := m.match[r]; !slices.Contains(ev, evidence) {
		m.match[r] = append(ev, evidence)
	}
	return true
}

// join makes one group of roots ra and rb unconditionally.
func (m *merger) join(ra, rb int32) {
	if ra > rb {
		ra, rb = rb, ra
	}
	m.parent[rb] = ra
	m.nets[ra] |= m.nets[rb]
	m.pinned[ra] = m.pinned[ra] || m.pinned[rb]
	for _, e := range m.match[rb] {
		if !slices.Contains(m.match[ra], e) {
			m.match[ra] = append(m.match[ra], e)
		}
	}
	delete(m.match, rb)
}

func (m *merger) pinKnown(known *Known) {
	if known.Len() == 0 {
		return
	}
	m.known = known
	m.owner = known.match(m.acc)
	first := make([]int32, len(known.ids)) // per known person: its first account + 1
	for i, o := range m.owner {
		if o < 0 {
			continue
		}
		m.pinned[i] = true
		if j := first[o] - 1; j >= 0 {
			ra, rb := m.find(j), m.find(int32(i))
			if ra != rb {
				m.join(ra, rb)
			}
		} else {
			first[o] = int32(i) + 1
		}
	}
}

func (m *merger) byEmail() {
	email := func(i int) string {
		if e := strings.ToLower(strings.TrimSpace(m.acc[i].Email)); strings.Contains(e, "@") {
			return e
		}
		return ""
	}
	wanted := m.inOtherNetworks(email)
	if len(wanted) == 0 {
		return
	}
	byEmail := make(map[string]int32, len(wanted))
	for i := range m.acc {
		e := email(i)
		if !wanted[e] {
			continue
		}
		if j, ok := byEmail[e]; ok {
			m.union(j, int32(i), "email "+e)
		} else {
			byEmail[e] = int32(i)
		}
	}
}

// nameGroup is the accounts sharing one folded full name.
type nameGroup struct {
	key string
	acc []int32
}

// byName merges accounts by unique full names and returns the names that
// several accounts share, for possible-match reporting.
func (m *merger) byName() []nameGroup {
	m.folds = make([]string, len(m.acc))
	inHalves(len(m.acc), func(from, to int) {
		for i := from; i < to; i++ {
			m.folds[i] = FoldName(m.acc[i].Name)
		}
	})
	wanted := m.inOtherNetworks(func(i int) string {
		if k := m.folds[i]; strings.Contains(k, " ") { // one word is not a full name
			return k
		}
		return ""
	})
	if len(wanted) == 0 {
		return nil
	}
	// Most names are unique: keep the first holder in a map of int32 and
	// only build lists for names seen twice.
	first := make(map[string]int32, len(wanted))
	shared := map[string][]int32{}
	for i := range m.acc {
		k := m.folds[i]
		if !wanted[k] {
			continue
		}
		if j, ok := first[k]; ok {
			if shared[k] == nil {
				shared[k] = []int32{j}
			}
			shared[k] = append(shared[k], int32(i))
		} else {
			first[k] = int32(i)
		}
	}
	groups := make([]nameGroup, 0, len(shared))
	for k, idx := range shared {
		groups = append(groups, nameGroup{k, idx})
	}
	slices.SortFunc(groups, func(a, b nameGroup) int { return strings.Compare(a.key, b.key) })
	var possible []nameGroup
	for _, g := range groups {
		count := map[string]int{}
		for _, i := range g.acc {
			count[m.acc[i].Network]++
		}
		var unique []int32
		for _, i := range g.acc {
			if count[m.acc[i].Network] == 1 {
				unique = append(unique, i)
			}
		}
		// The name is unique on each network merged; a network where it is
		// shared stays out, its accounts listed as possible matches.
		for i := 1; i < len(unique); i++ {
			m.union(unique[0], unique[i], "same name "+g.key)
		}
		possible = append(possible, g)
	}
	return possible
}

// maxPossible caps how many possible matches a person lists, so that a
// very common name cannot make the report quadratic; MorePossible counts
// the rest.
const maxPossible = 5

// handleNetworks are the networks whose handles name a person across
// networks, and minHandle the length below which a handle is too common to
// be evidence.
var handleNetworks = []string{Twitter, Instagram}

const minHandle = 5

// byHandle merges accounts by a handle unique on each network that has it
// and returns the groups of accounts sharing a handle, for possible-match
// reporting (Mastodon user parts included there).
func (m *merger) byHandle() []nameGroup {
	groups := map[string][]int32{}
	for i := range m.acc {
		a := &m.acc[i]
		h := strings.ToLower(strings.TrimPrefix(a.Handle, "@"))
		switch {
		case slices.Contains(handleNetworks, a.Network):
		case a.Network == Mastodon:
			h, _, _ = strings.Cut(h, "@")
		default:
			continue
		}
		if len(h) < minHandle {
			continue
		}
		groups[h] = append(groups[h], int32(i))
	}
	var out []nameGroup
	keys := slices.Sorted(maps.Keys(groups))
	for _, k := range keys {
		g := groups[k]
		if len(g) < 2 {
			continue
		}
		count := map[string]int{}
		for _, i := range g {
			count[m.acc[i].Network]++
		}
		if len(count) < 2 {
			continue // namesakes on one network
		}
		var strong []int32
		for _, i := range g {
			if count[m.acc[i].Network] == 1 && m.acc[i].Network != Mastodon {
				strong = append(strong, i)
			}
		}
		for i := 1; i < len(strong); i++ {
			m.union(strong[0], strong[i], "same handle @"+k)
		}
		out = append(out, nameGroup{k, g})
	}
	return out
}

// people builds the groups, names them, and records possible matches.
// The crowd's followers, when there are any, get their person ids too.
func (m *merger) people(known *Known, names []nameGroup, crowd *Crowd) []*Person {
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
	slab := make([]Person, len(size))
	ptrs := make([]*Account, len(m.acc))
	out := make([]*Person, len(size))
	start := int32(0)
	for g, n := range size {
		slab[g].Accounts = ptrs[start : start : start+n]
		out[g] = &slab[g]
		start += n
	}
	byRoot := make([]*Person, len(m.acc))
	for i := range m.acc {
		r := m.find(int32(i))
		p := &slab[group[r]-1]
		byRoot[r] = p
		p.Accounts = append(p.Accounts, &m.acc[i])
		p.fold = m.folds[i] // right for the many people with one account
	}
	// A group holds the accounts of one ledger person at most (pinKnown,
	// union): its id is that of any of them.
	for i, o := range m.owner {
		if o >= 0 {
			p := byRoot[m.find(int32(i))]
			p.ID = m.known.ids[o]
			if m.known.rows != nil {
				p.row = m.known.rows[o] // for Ledger.Update
			}
		}
	}
	for r, ev := range m.match {
		byRoot[r].Match = strings.Join(ev, "; ")
	}
	for r, p := range byRoot {
		if p != nil && m.pinned[r] && len(p.Accounts) > 1 && p.Match == "" {
			p.Match = "ledger"
		}
	}
	// A possible match is an account of another network with the same
	// name; namesakes on one network are just namesakes.
	for _, g := range names {
		for _, i := range g.acc {
			p := byRoot[m.find(i)]
			for _, j := range g.acc {
				if m.acc[i].Network == m.acc[j].Network || m.find(i) == m.find(j) {
					continue
				}
				if len(p.Possible) < maxPossible {
					p.Possible = append(p.Possible, m.acc[j].Key())
				} else {
					p.MorePossible++
				}
			}
		}
	}
	for _, p := range out {
		if len(p.Accounts) > 1 {
			slices.SortFunc(p.Accounts, compareAccounts)
		}
		if len(p.Accounts) > 1 || (p.fold == "" && p.Accounts[0].Name == "" && p.Accounts[0].Handle != "") {
			p.fold = FoldName(p.Name()) // the name may come from another account, or be an @handle
		}
		if len(p.Possible) > 1 {
			slices.Sort(p.Possible)
			p.Possible = slices.Compact(p.Possible)
		}
	}
	assignIDs(out, known, crowd)
	sortPeople(out)
	out = relayout(out)
	packIDs(out)
	return out
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

// idNumber returns the value of an id "p" + 12 hex digits, plus one, and 0
// for an id of any other form: ids of that form sort by number, after the
// others (which sort as strings).
func idNumber(id string) uint64 {
	if len(id) != 13 || id[0] != 'p' {
		return 0
	}
	var v uint64
	for i := 1; i < 13; i++ {
		c := id[i]
		switch {
		case '0' <= c && c <= '9':
			v = v<<4 | uint64(c-'0')
		case 'a' <= c && c <= 'f':
			v = v<<4 | uint64(c-'a'+10)
		default:
			return 0
		}
	}
	return v + 1
}

// packIDs moves the people's ids into one string, in the people's order:
// every report walks people in that order, and a million ids scattered in
// memory cost a cache miss each, on every pass.
// People whose id is still a number (see assignIDs) get its string here.
func packIDs(people []*Person) {
	n := 0
	for _, p := range people {
		if p.ID == "" {
			n += 13
		} else {
			n += len(p.ID)
		}
	}
	b := make([]byte, 0, n)
	size := make([]int32, len(people))
	for i, p := range people {
		start := len(b)
		if p.ID == "" {
			b = appendPersonID(b, p.idNum-1)
		} else {
			b = append(b, p.ID...)
		}
		size[i] = int32(len(b) - start)
	}
	all := string(b)
	for i, p := range people {
		p.ID, all = all[:size[i]], all[size[i]:]
	}
}

// appendPersonID appends "p" and the 12 hex digits of v.
func appendPersonID(b []byte, v uint64) []byte {
	const hex = "0123456789abcdef"
	b = append(b, 'p')
	for shift := 44; shift >= 0; shift -= 4 {
		b = append(b, hex[(v>>uint(shift))&15])
	}
	return b
}

// unnamed reports whether p has no name at all: no account name, no
// handle. Such people sort first, by id (see sortPeople).
func unnamed(p *Person) bool { return p.fold == "" && p.Name() == "" }

// sortPeople orders people by folded name, then name and id.
func sortPeople(people []*Person) {
	// Sort copies of the keys, not pointers: the comparisons then read one
	// string each instead of chasing a pointer to the person first.
	// Ids of the form p + 12 hex digits compare as numbers: the many
	// people without a name (a big account's followers) are then sorted by
	// integers, not strings.
	// pre holds the first 8 bytes of fold as a number: most comparisons
	// are settled on it without reading the strings.
	type keyed struct {
		pre, pre2  uint64 // bytes 0-7 and 8-15 of fold
		fold, name string
		idNum      uint64
		id         string
		p          *Person
	}
	// People with no name at all come first in that order; they are sorted
	// apart, on their id alone, and are most of a big follower list.
	ks := make([]keyed, len(people))
	nUnnamed := 0
	for i, p := range people {
		num := p.idNum
		if num == 0 {
			num = idNumber(p.ID)
		}
		ks[i] = keyed{prefix8(p.fold), 0, p.fold, p.Name(), num, p.ID, p}
		if len(p.fold) > 8 {
			ks[i].pre2 = prefix8(p.fold[8:])
		}
		if unnamed(p) {
			nUnnamed++
		}
	}
	// Unnamed people to the front (both parts are sorted below, so the
	// order within them does not matter yet).
	j := 0
	for i := range ks {
		if ks[i].fold == "" && ks[i].name == "" {
			ks[i], ks[j] = ks[j], ks[i]
			j++
		}
	}
	unnamed, named := ks[:nUnnamed], ks[nUnnamed:]
	byID := func(a, b keyed) int {
		if a.idNum != b.idNum {
			return cmp.Compare(a.idNum, b.idNum)
		}
		return strings.Compare(a.id, b.id)
	}
	slices.SortFunc(unnamed, byID)
	byName := func(a, b keyed) int {
		if a.pre != b.pre {
			return cmp.Compare(a.pre, b.pre)
		}
		if a.pre2 != b.pre2 {
			return cmp.Compare(a.pre2, b.pre2)
		}
		if c := strings.Compare(a.fold, b.fold); c != 0 {
			return c
		}
		if c := strings.Compare(a.name, b.name); c != 0 {
			return c
		}
		return byID(a, b)
	}
	// Each half sorted on its own core, then merged.
	half := len(named) / 2
	inHalves(len(named), func(from, to int) { slices.SortFunc(named[from:to], byName) })
	for i, k := range unnamed {
		people[i] = k.p
	}
	if half == 0 || len(named) < 1<<14 {
		for i, k := range named {
			people[len(unnamed)+i] = k.p
		}
		return
	}
	out := people[len(unnamed):]
	a, b := named[:half], named[half:]
	for i := range out {
		if len(b) == 0 || len(a) > 0 && byName(a[0], b[0]) <= 0 {
			out[i], a = a[0].p, a[1:]
		} else {
			out[i], b = b[0].p, b[1:]
		}
	}
}

// prefix8 returns the first 8 bytes of s as a big-endian number, zeros
// after its end: prefixes compare as the strings do, where they differ.
func prefix8(s string) uint64 {
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

// assignIDs gives each person the id known for its accounts, or a new one
// derived from its first account key so that the same grouping gets the
// same id on every run, whatever the order of the input; the crowd's
// followers (nil for none) get theirs alike, and sorted. Ids are compared
// as numbers, not as strings, since there can be millions.
//
// People of the ledger have their ids already (see merger.people).
func assignIDs(people []*Person, known *Known, crowd *Crowd) {
	var fresh []*Person
	for _, p := range people {
		if p.ID == "" {
			fresh = append(fresh, p)
		}
	}
	// An id is "p" and the top 48 bits of the key's hash: ids that two
	// people would share are found by sorting the numbers, which is much
	// cheaper than a map of a million strings.
	nums := make([]uint64, len(fresh))
	for i, p := range fresh {
		nums[i] = keyHash(p.Accounts[0])>>16 + 1
	}
	sorted := slices.Clone(nums)
	slices.Sort(sorted)
	var rows []crowdRow
	if crowd != nil {
		rows = crowd.rows
		slices.SortFunc(rows, func(a, b crowdRow) int { return cmp.Compare(a.idNum, b.idNum) })
	}
	shared := sharedNums(sorted, rows)
	var takenNums []uint64 // ids of the ledger's people, sorted
	if len(fresh) > 0 || len(rows) > 0 {
		for _, pid := range known.IDs() {
			if n := idNumber(pid); n != 0 {
				takenNums = append(takenNums, n)
			}
		}
		slices.Sort(takenNums)
	}
	taken := func(n uint64) bool {
		_, ok := slices.BinarySearch(takenNums, n)
		return ok
	}
	type clasher struct {
		key string
		set func(id string)
	}
	var clash []clasher
	for i, p := range fresh {
		if n := nums[i]; shared[n] || taken(n) {
			clash = append(clash, clasher{p.Accounts[0].Key(), func(id string) { p.ID = id }})
			continue
		}
		// The id is kept as its number until packIDs writes the strings:
		// a million small strings would be made, sorted and copied again.
		p.idNum = nums[i]
	}
	for k := range rows {
		if n := rows[k].idNum; shared[n] || taken(n) {
			a := crowd.account(k)
			clash = append(clash, clasher{a.Key(), func(id string) {
				crowd.setID(k, id)
			}})
		}
	}
	if len(clash) == 0 {
		return
	}
	// Ids that two people share (about one in a few hundred runs of a
	// million people) and ids the ledger uses already: number them in key
	// order, so that the input order does not matter.
	slices.SortFunc(clash, func(a, b clasher) int { return strings.Compare(a.key, b.key) })
	used := make(map[string]bool, len(known.IDs())+len(nums)+len(rows))
	for _, pid := range known.IDs() {
		used[pid] = true
	}
	for _, p := range fresh {
		if p.idNum != 0 {
			used[personID((p.idNum-1)<<16)] = true
		}
	}
	for _, r := range rows {
		if n := r.idNum; !shared[n] && !taken(n) {
			used[personID((n-1)<<16)] = true
		}
	}
	for _, c := range clash {
		id := NewPersonID(c.key, used)
		used[id] = true
		c.set(id)
	}
	if crowd != nil && len(crowd.ids) > 0 {
		slices.SortFunc(rows, func(a, b crowdRow) int {
			if c := cmp.Compare(a.idNum, b.idNum); c != 0 {
				return c
			}
			return strings.Compare(crowd.rowID(a), crowd.rowID(b))
		})
	}
}

// sharedNums returns the numbers that occur more than once in a and the
// rows' idNum together; both are sorted.
func sharedNums(a []uint64, rows []crowdRow) map[uint64]bool {
	shared := map[uint64]bool{}
	var last uint64
	i, j := 0, 0
	for i < len(a) || j < len(rows) {
		var n uint64
		if j == len(rows) || i < len(a) && a[i] <= rows[j].idNum {
			n = a[i]
			i++
		} else {
			n = rows[j].idNum
			j++
		}
		if n == last { // numbers start at 1: last is 0 only before the first
			shared[n] = true
		}
		last = n
	}
	return shared
}

// keyHash is the FNV-1a hash of the account's key, "network:id", computed
// without building the key.
func keyHash(a *Account) uint64 { return keyHashOf(a.Network, a.ID) }

// keyHashOf is the FNV-1a hash of network + ":" + id.
func keyHashOf[S string | []byte](network string, id S) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	for i := 0; i < len(network); i++ {
		h = (h ^ uint64(network[i])) * prime
	}
	h = (h ^ ':') * prime
	for i := 0; i < len(id); i++ {
		h = (h ^ uint64(id[i])) * prime
	}
	return h
}

// personID formats a key hash as a person id: "p" and 12 hex digits.
func personID(h uint64) string {
	const hex = "0123456789abcdef"
	var b [13]byte
	b[0] = 'p'
	v := h >> 16
	for i := 12; i >= 1; i-- {
		b[i] = hex[v&15]
		v >>= 4
	}
	return string(b[:])
}

// NewPersonID derives a person id from an account key: "p" and 12 hex
// digits of its FNV-1a hash, with "-2", "-3"... added if used already.
func NewPersonID(key string, used map[string]bool) string {
	h := fnv.New64a()
	h.Write([]byte(key))
	id := personID(h.Sum64())
	for n := 2; used[id]; n++ {
		id = fmt.Sprintf("%s-%d", personID(h.Sum64()), n)
	}
	return id
}
