package audit

import (
	"iter"
	"math/bits"
	"slices"

	"github.com/unfollow-audit/unfollow-audit/internal/radix"
)

// Known is the grouping the ledger fixes: the person id of every account
// key ("network:id") its rows list. [Ledger.Known] makes it; [Merge]
// pins accounts to it.
//
// It is a table of key hashes sorted once, not a map of strings: a
// re-audit matches a million accounts of the exports against a million
// keys of the ledger, and a hash join of two sorted lists reads memory in
// order where a map of that size costs a cache miss or two per lookup.
// The nil *Known knows nothing.
type Known struct {
	// rows are the ledger rows with accounts, one per person: a person's
	// id is its row's person id cell (idCol), its keys are the row's
	// account keys. The table holds no string of its own: a copy of each
	// id's and key's string header, and each id as a number, were 40
	// bytes a row of one key, 40 MB at a million rows alive to the end
	// of a re-audit, where its memory peaks. The rows say the same until
	// then: Update, RestoreCarried and RestoreRows only append keys to a
	// row (addAccount), which leaves those read here where they were, and
	// set no person id of a row read; a review's Split, which takes keys
	// off a row, comes after its Known's last use.
	rows []*LedgerRow
	// idCol is the person id column, an index in the rows' cells: it
	// stays so, as a column the ledger lacks is added after the others
	// (Ledger.set), never before.
	idCol int
	// owner holds, per key, its person, an index in rows. A person's keys
	// are one run of it, in the order of the row's accounts cell: a key is
	// the row's account of its place in that run (see key).
	owner []int32
	// byHash holds, per key, its keyHash in the bits above indexBits and
	// the key's index below them, sorted: 8 bytes a key where a hash and
	// an index beside it took 16 (radix.Pair), and sorted in place, where
	// radix.Sort took a second buffer of them (8 and 16 MB at a million
	// keys, the first alive to the end of the run, where its memory
	// peaks). Keys whose hashes agree above indexBits are told apart by
	// the key itself, as keys of one hash always were, and come in the
	// order of their indexes, as radix.Sort, stable, left them. Until
	// sort, it holds the whole hash of each key, in the keys' order.
	byHash    []uint64
	indexBits uint8
	// lastFacebook holds the Facebook ids of the last run's history by the
	// second that ends them (see LastRun), nil when not given.
	lastFacebook map[string]map[string]bool
	last         []Past // the last run's decisions (see LastRun, pinLastRun)
	// named are the names a review given exports since the last run
	// saw, and wrote to the ledger it saved (see ReviewedNames).
	// The record's followed accounts come first, its carried ones after.
	named      [][]Past
	refollowed []AddedKey // the accounts pinRefollowed gave a row (Refollowed)
	// matched says, per key, whether an account of the last match had it:
	// the keys no account had are looked up in the history (see
	// Ledger.UntracedKeys).
	matched []bool
}

// sort makes the table ready for lookups, once every key is added: each
// key's hash keeps its bits above indexBits, the key's index below them.
func (k *Known) sort() {
	k.indexBits = uint8(bits.Len(uint(len(k.byHash))))
	mask := k.indexMask()
	for i, h := range k.byHash {
		k.byHash[i] = h&^mask | uint64(i)
	}
	radix.SortInPlace(k.byHash)
}

// indexMask is the bits of a byHash entry that hold the key's index.
func (k *Known) indexMask() uint64 { return 1<<k.indexBits - 1 }

// hashRun returns where in byHash the keys whose hash is h (above
// indexBits) begin, and the part of h their entries share.
func (k *Known) hashRun(h uint64) (int, uint64) {
	h &^= k.indexMask()
	i, _ := slices.BinarySearch(k.byHash, h)
	return i, h
}

// lastRun returns the last run's decisions given to LastRun.
func (k *Known) lastRun() []Past {
	if k == nil {
		return nil
	}
	return k.last
}

// Len returns how many account keys are known.
func (k *Known) Len() int {
	if k == nil {
		return 0
	}
	return len(k.owner)
}

// people returns how many people (rows) are known.
func (k *Known) people() int {
	if k == nil {
		return 0
	}
	return len(k.rows)
}

// id returns the person id of the person p, as Ledger.cell reads it.
func (k *Known) id(p int32) string {
	r := k.rows[p]
	if r.cells.none() && r.person != nil {
		return r.virtual(ColPersonID)
	}
	return Unneutralize(r.cells.at(k.idCol))
}

// key returns the account key j, read from its row. Its place in the row
// is counted back along owner, and the row's keys walked up to it: a row
// lists a few keys (a spreadsheet's cell holds 32,767 characters at
// most), where each key's place held beside its owner took 4 MB more at
// a million keys.
func (k *Known) key(j int32) string {
	p, first := k.owner[j], j
	for first > 0 && k.owner[first-1] == p {
		first--
	}
	return k.rows[p].Account(int(j - first))
}

// PersonID returns the person id the ledger gives the account key.
func (k *Known) PersonID(key string) (string, bool) {
	if k == nil {
		return "", false
	}
	return k.lookup(stringHash(key), key)
}

// lookup is PersonID for a key whose hash is h.
func (k *Known) lookup(h uint64, key string) (string, bool) {
	if p, ok := k.ownerOfHash(h, key); ok {
		return k.id(p), true
	}
	return "", false
}

// ownerOfHash returns the person, an index in rows, of the key whose
// hash is h.
func (k *Known) ownerOfHash(h uint64, key string) (int32, bool) {
	mask := k.indexMask()
	for i, h := k.hashRun(h); i < len(k.byHash) && k.byHash[i]&^mask == h; i++ {
		if j := int32(k.byHash[i] & mask); k.key(j) == key {
			return k.owner[j], true
		}
	}
	return 0, false
}

// IDs returns the person ids the ledger uses for its accounts, in ledger
// order.
func (k *Known) IDs() iter.Seq[string] {
	return func(yield func(string) bool) {
		if k == nil {
			return
		}
		for p := range k.rows {
			if !yield(k.id(int32(p))) {
				return
			}
		}
	}
}

// Keys returns every known account key, in ledger order.
func (k *Known) Keys() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, key := range k.keys() {
			if !yield(key) {
				return
			}
		}
	}
}

// keys returns every known account key, in ledger order, with its index
// in owner: of each row, the keys it listed when read (see rows).
func (k *Known) keys() iter.Seq2[int32, string] {
	return func(yield func(int32, string) bool) {
		if k == nil {
			return
		}
		j := int32(0)
		for p, r := range k.rows {
			end := j
			for int(end) < len(k.owner) && k.owner[end] == int32(p) {
				end++
			}
			for key := range r.Accounts() {
				if j == end {
					break
				}
				if !yield(j, key) {
					return
				}
				j++
			}
			j = end
		}
	}
}

// match returns, for each account, the index in k.rows of its known person,
// or -1. Both sides are sorted by key hash and walked together.
func (k *Known) match(acc []Account) []int32 {
	owners := make([]int32, len(acc))
	for i := range owners {
		owners[i] = -1
	}
	if k.Len() == 0 {
		return owners
	}
	// Each account's hash above the bits of its index, as in byHash:
	// sorted in place, 8 bytes an account, where a radix.Pair and
	// radix.Sort's copy of them took 32 (a merge's garbage, at its peak).
	mask := uint64(1)<<bits.Len(uint(len(acc))) - 1
	hashes := make([]uint64, len(acc))
	inHalves(len(acc), func(from, to int) {
		for i := from; i < to; i++ {
			hashes[i] = keyHash(&acc[i])&^mask | uint64(i)
		}
	})
	radix.SortInPlace(hashes)
	// Each step of the walk reads two scattered strings: two cores walk
	// half the accounts each. Each account's key is noted in its own
	// place, and the keys marked after: two accounts could share one.
	keyOf := make([]int32, len(acc))
	inHalves(len(hashes), func(from, to int) { k.join(hashes[from:to], mask, acc, owners, keyOf) })
	k.matched = make([]bool, len(k.owner))
	for i, o := range owners {
		if o >= 0 {
			k.matched[keyOf[i]] = true
		}
	}
	return owners
}

// join sets owners for the accounts of hashes, sorted, each an
// account's key hash above the bits of accMask and its index in acc in
// them (see match), and keyOf the index of the key each has. The two
// tables are walked by the hash above the wider of their masks: each
// sorted by it too, an account meets every key of its hash, and a few
// keys more, told apart by the key itself.
func (k *Known) join(hashes []uint64, accMask uint64, acc []Account, owners, keyOf []int32) {
	if len(hashes) == 0 {
		return
	}
	keyMask := k.indexMask()
	mask := max(keyMask, accMask)
	j, _ := slices.BinarySearch(k.byHash, hashes[0]&^mask)
	for _, e := range hashes {
		h := e &^ mask
		for j < len(k.byHash) && k.byHash[j]&^mask < h {
			j++
		}
		ai := int32(e & accMask)
		a := &acc[ai]
		// Keys that share a hash: look at each of them.
		for n := j; n < len(k.byHash) && k.byHash[n]&^mask == h; n++ {
			if i := int32(k.byHash[n] & keyMask); isKey(k.key(i), a.Network, a.ID) {
				owners[ai], keyOf[ai] = k.owner[i], i
				break
			}
		}
	}
}

// stringHash is the FNV-1a hash of s: keyHashOf of a key already made.
func stringHash(s string) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * prime
	}
	return h
}
