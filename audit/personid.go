package audit

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"math/bits"
	"slices"
	"strings"
)

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
	inHalves(len(people), func(from, to int) { packIDsOf(people[from:to]) })
}

// packIDsOf is packIDs for some of the people, in a string of their own.
func packIDsOf(people []*Person) {
	// An id of the form p + 12 hex digits is written from its number (for
	// a ledger's person, idNumber of the id): the same bytes, without
	// reading the string.
	numbered := func(p *Person) bool { return p.idNum() != 0 && (p.ID == "" || len(p.ID) == 13) }
	size := func(p *Person) int {
		if numbered(p) {
			return 13
		}
		return len(p.ID)
	}
	n := 0
	for _, p := range people {
		n += size(p)
	}
	var b strings.Builder
	b.Grow(n)
	var num [13]byte
	for _, p := range people {
		if numbered(p) {
			b.Write(appendPersonID(num[:0], p.idNum()-1))
		} else {
			b.WriteString(p.ID)
		}
	}
	all := b.String()
	for _, p := range people {
		n := size(p)
		p.ID, all = all[:n], all[n:]
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

// assignIDs gives each person the id known for its accounts, or a new one
// derived from its first account key so that the same grouping gets the
// same id on every run, whatever the order of the input; the crowd's
// followers (nil for none) get theirs alike, and sorted. Ids are compared
// as numbers, not as strings, since there can be millions.
//
// People of the ledger have their ids already (see merger.people).
func assignIDs(people []*Person, known *Known, crowd *Crowd) {
	fresh := people // all of them, on a first run: no copy
	if slices.ContainsFunc(people, func(p *Person) bool { return p.ID != "" }) {
		fresh = make([]*Person, 0, len(people))
		for _, p := range people {
			if p.ID == "" {
				fresh = append(fresh, p)
			}
		}
	}
	// An id is "p" and the top 48 bits of the key's hash: ids that two
	// people would share are found by sorting the numbers, which is much
	// cheaper than a map of a million strings. Each person holds its
	// number from the start (and loses it below if it clashes), so that
	// the numbers are sorted where they are made, with no copy: 8 MB less
	// at a million people, while the merge's heap grows to its peak.
	nums := make([]uint64, len(fresh))
	inHalves(len(fresh), func(from, to int) {
		for i := from; i < to; i++ {
			nums[i] = keyHash(fresh[i].Accounts[0])>>16 + 1
			fresh[i].setIDNum(nums[i])
		}
	})
	sorted := sortNums(nums)
	var rows []crowdRow
	if crowd != nil {
		rows = crowd.rows
		sortCrowd(rows)
	}
	shared := sharedNums(sorted, rows)
	// The new numbers that ids of the ledger's people have already: each
	// ledger id looked up among the new numbers, sorted, rather than the
	// million ids of a re-audit sorted for its few new people. Each is
	// read from its ledger row (see Known.rows): 20 to 50 ms at a million
	// rows, on a run with new people, where holding their numbers took 8
	// MB to the end of every re-audit.
	takenNums := map[uint64]bool{}
	if len(sorted) > 0 || len(rows) > 0 {
		for id := range known.IDs() {
			n := idNumber(id)
			if n == 0 {
				continue
			}
			_, inFresh := slices.BinarySearch(sorted, n)
			_, inCrowd := slices.BinarySearchFunc(rows, n, func(r crowdRow, n uint64) int { return cmp.Compare(r.idNum, n) })
			if inFresh || inCrowd {
				takenNums[n] = true
			}
		}
	}
	taken := func(n uint64) bool { return takenNums[n] }
	type clasher struct {
		key string
		set func(id string)
	}
	var clash []clasher
	for _, p := range fresh {
		// The id is kept as its number until packIDs writes the strings:
		// a million small strings would be made, sorted and copied again.
		if n := p.idNum(); shared[n] || taken(n) {
			p.setIDNum(0)
			clash = append(clash, clasher{p.Accounts[0].Key(), func(id string) { p.ID = id }})
		}
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
	used := make(map[string]bool, known.people()+len(nums)+len(rows))
	for pid := range known.IDs() {
		used[pid] = true
	}
	for _, p := range fresh {
		if p.idNum() != 0 {
			used[personID((p.idNum()-1)<<16)] = true
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

// sortNums sorts out where it is and returns it. The numbers are
// hashes, spread evenly up to their largest: a bucketSort on their top
// bits (as sortCrowd's), where a comparison sort of a million made 20
// passes over memory.
func sortNums(out []uint64) []uint64 {
	if len(out) < 4*crowdBucket {
		slices.Sort(out)
		return out
	}
	width := min(bits.Len(uint(len(out)/crowdBucket)), maxCrowdBits)
	shift := max(bits.Len64(slices.Max(out))-width, 0)
	bucketSort(out, 1<<width, func(n *uint64) int { return int(*n >> shift) }, slices.Sort)
	return out
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
