package audit

import (
	"math/bits"

	"github.com/unfollow-audit/unfollow-audit/internal/radix"
)

// lineKeys are keys (accounts, person ids) of a ledger and the rows
// they are on, checked for a key listed twice once they are all read:
// sorting a million key hashes costs a fraction of a map of a million
// strings. The keys themselves are not kept: each is in its row (see
// keyAt), and a hash and a row index take 12 bytes a key, where a string
// and a line took 20, and the sort's pairs and their scratch 32 more, all
// on fresh pages while the collector is paused (the thirteenth series of
// docs/performance.md).
type lineKeys struct {
	// hashes are the keys' hashes (stringHash), in file order; repeat
	// sorts them, each with its index in its low bits.
	hashes []uint64
	rows   []int32 // by key: its row's index in *ledger
	ledger *[]*LedgerRow
	// keyAt returns the k-th key of row r, in the order add was given them.
	keyAt func(r *LedgerRow, k int) string
	// typed holds, by index in keys, the key as the cell has it where
	// that is not the key (see canonicalID): an error quotes the cell.
	typed map[int32]string
	// The first repeat's result: the hashes are sorted since.
	checked      bool
	again, first int
}

// newLineKeys returns lineKeys with room for n keys, of the rows of
// ledger, whose keys keyAt returns.
func newLineKeys(n int, ledger *[]*LedgerRow, keyAt func(r *LedgerRow, k int) string) lineKeys {
	return lineKeys{hashes: make([]uint64, 0, n), rows: make([]int32, 0, n), ledger: ledger, keyAt: keyAt}
}

// len returns the number of keys added.
func (a *lineKeys) len() int { return len(a.hashes) }

// key returns key i.
func (a *lineKeys) key(i int) string {
	r := a.rows[i]
	k := i // the row's first key
	for k > 0 && a.rows[k-1] == r {
		k--
	}
	return a.keyAt((*a.ledger)[r], i-k)
}

// row returns the row of key i.
func (a *lineKeys) row(i int) *LedgerRow { return (*a.ledger)[a.rows[i]] }

// line returns the line of key i.
func (a *lineKeys) line(i int) int { return int((*a.ledger)[a.rows[i]].Line) }

// cell returns key i as its cell has it.
func (a *lineKeys) cell(i int) string {
	if t, ok := a.typed[int32(i)]; ok {
		return t
	}
	return a.key(i)
}

// add adds the keys of row, the row at index row of the ledger's rows,
// as keyAt returns them.
func (a *lineKeys) add(row int, keys ...string) {
	for _, k := range keys {
		a.hashes = append(a.hashes, stringHash(k))
		a.rows = append(a.rows, int32(row))
	}
}

// repeat returns the index of the first key, in file order, that was
// listed before, and the index of that earlier listing; -1, -1 when every
// key is listed once. No key may be added after it.
func (a *lineKeys) repeat() (again, first int) {
	if a.checked {
		return a.again, a.first
	}
	a.checked = true
	a.again, a.first = -1, -1
	n := len(a.hashes)
	if n < 2 {
		return -1, -1
	}
	// Each hash's top bits, and the key's index below them: sorted, keys
	// of one (shortened) hash are together and in file order, and the
	// sort needs no slice of indexes beside them. A hash shortened to 44
	// bits (a million keys) still sets two keys side by side rarely,
	// and they are compared as strings then.
	b := bits.Len(uint(n - 1))
	for i, h := range a.hashes {
		a.hashes[i] = h>>b<<b | uint64(i)
	}
	radix.SortInPlace(a.hashes)
	mask := uint64(1)<<b - 1
	again, first = -1, -1
	var firsts []int // per distinct key of a run of one hash: its first index
	for i := 0; i < n; {
		j := i + 1
		for j < n && a.hashes[j]>>b == a.hashes[i]>>b {
			j++
		}
		if j-i == 1 {
			i = j
			continue
		}
		firsts = firsts[:0]
	run:
		for _, h := range a.hashes[i:j] {
			k := int(h & mask)
			key := a.key(k)
			for _, f := range firsts {
				if a.key(f) == key {
					if again < 0 || k < again { // indexes are in file order
						again, first = k, f
					}
					continue run
				}
			}
			firsts = append(firsts, k)
		}
		i = j
	}
	a.again, a.first = again, first
	return again, first
}
