package importers

import (
	"cmp"
	"math/bits"
	"slices"

	"github.com/unfollow-audit/unfollow-audit/internal/radix"
)

// dedupe merges the peers of a username listed more than once, in any
// case, into its first (which keeps its place, spelling and source, and
// takes the others' flags and the newest follow date), and drops the
// others, keeping the order: what a map of lower-case usernames did as
// the lists were read. At millions of followers that map was a large part
// of an import's time and memory (an entry and a string key per account);
// here the repeats are found by sorting one 8-byte key per listing, as
// the Twitter/X importer does (see twitterReader.dedupe).
//
// Each key holds a hash of the lower-case username in its top bits and
// the peer's index in the low ones: radix.SortInPlace brings the listings
// of one username together, in the order read. Usernames whose hashes
// agree in the top bits are told apart by comparing them, so a collision
// costs a sort of its run, never a wrong merge.
func (r *igReader) dedupe() { r.dedupeBy(asciiFoldHash) }

// dedupeBy is dedupe with hash the hash of a username, lower-cased: the
// tests make every hash collide.
func (r *igReader) dedupeBy(hash func(string) uint64) {
	n := len(r.peers)
	if n < 2 {
		return
	}
	low := uint64(1)<<bits.Len(uint(n)) - 1 // the index bits
	keys := make([]uint64, n)
	for i := range r.peers {
		keys[i] = hash(r.peers[i].handle)&^low | uint64(i)
	}
	radix.SortInPlace(keys)
	user := func(k uint64) string { return r.peers[k&low].handle }
	for a := 0; a < n; {
		b := a + 1
		for b < n && keys[b]&^low == keys[a]&^low {
			b++
		}
		run := keys[a:b]
		a = b
		if len(run) == 1 {
			continue
		}
		for _, k := range run[1:] {
			if igCompareFold(user(run[0]), user(k)) != 0 { // a collision: sort by username, then index
				slices.SortFunc(run, func(x, y uint64) int {
					return cmp.Or(igCompareFold(user(x), user(y)), cmp.Compare(x&low, y&low))
				})
				break
			}
		}
		for j := 0; j < len(run); {
			into := &r.peers[run[j]&low] // the first listing: the lowest index
			g := j + 1
			for ; g < len(run) && igCompareFold(user(run[j]), user(run[g])) == 0; g++ {
				p := &r.peers[run[g]&low]
				into.flags |= p.flags
				into.since = max(into.since, p.since)
				p.flags = 0 // a repeat, dropped below (every listing has a flag)
			}
			j = g
		}
	}
	kept := 0
	for _, p := range r.peers {
		if p.flags != 0 {
			r.peers[kept] = p
			kept++
		}
	}
	clear(r.peers[kept:])
	r.peers = r.peers[:kept]
}

// igCompareFold compares ASCII a and b as strings.ToLower makes them.
func igCompareFold(a, b string) int {
	for i := 0; i < min(len(a), len(b)); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return cmp.Compare(x, y)
		}
	}
	return cmp.Compare(len(a), len(b))
}
