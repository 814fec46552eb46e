package audit

import (
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
	ids   []string     // person ids, one per ledger row with accounts
	nums  []uint64     // per id: idNumber, 0 for an id not of the form p + 12 hex digits
	rows  []*LedgerRow // the rows of ids; nil for a Known made in tests
	keys  []string     // every account key
	owner []int32      // per key: its person, an index in ids
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

// add records that keys belong to the person id, of the ledger row r
// (nil when there is no ledger).
func (k *Known) add(id string, r *LedgerRow, keys []string) {
	if len(keys) == 0 {
		return
	}
	p := int32(len(k.ids))
	k.ids = append(k.ids, id)
	k.nums = append(k.nums, idNumber(id))
	if r != nil {
		k.rows = append(k.rows, r)
	}
	for _, key := range keys {
		k.byHash = append(k.byHash, stringHash(key))
		k.keys = append(k.keys, key)
		k.owner = append(k.owner, p)
	}
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
	return len(k.keys)
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
	mask := k.indexMask()
	for i, h := k.hashRun(h); i < len(k.byHash) && k.byHash[i]&^mask == h; i++ {
		if j := k.byHash[i] & mask; k.keys[j] == key {
			return k.ids[k.owner[j]], true
		}
	}
	return "", false
}

// IDs returns the person ids the ledger uses for its accounts.
func (k *Known) IDs() []string {
	if k == nil {
		return nil
	}
	return k.ids
}

// idNums returns the ids as numbers (see idNumber), in the order of IDs.
func (k *Known) idNums() []uint64 {
	if k == nil {
		return nil
	}
	return k.nums
}

// Keys returns every known account key, in ledger order.
func (k *Known) Keys() []string {
	if k == nil {
		return nil
	}
	return k.keys
}

// match returns, for each account, the index in k.ids of its known person,
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
	k.matched = make([]bool, len(k.keys))
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
			if i := int32(k.byHash[n] & keyMask); isKey(k.keys[i], a.Network, a.ID) {
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
