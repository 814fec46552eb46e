package audit

import (
	"io"
	"strings"
)

// Keys typed on rows a run wrote.
//
// A row the person adds is checked by UnseenKeys: its keys must be in the
// exports. A row a run wrote legitimately keeps keys no export has any
// more (an account unfollowed, a friend renamed on Facebook), so a key
// typed on it by hand (to join an account to the person) was taken
// without a word when mistyped, and the grouping meant did not happen.
// Every key a run writes to the ledger is of an account of that run's
// exports, and every run lists the accounts it decided in its history
// file: a key on a written row that is in no export and in no history
// file was typed by hand, and names no account. The last run's history
// is read by every re-audit; the older files are read only for the keys
// it does not settle (UntracedKeys), row by row, and only until each is
// found (DropTraced).
//
// A row no run whose history is kept decided any account of (its person
// id in no history file) was not written by a run of this workspace: a
// ledger brought from another workspace, or kept from before its
// history, a row written by review from exports no audit read, or one
// whose runs' files are deleted. Its keys cannot be told from keys typed;
// Decided marks the keys whose row some history file decided (see
// DropTraced), and only those are said to be typed.

// pastKey is an account key as two strings, looked up without building
// network + ":" + id.
type pastKey struct{ network, id string }

func splitKey(k string) pastKey {
	network, id, _ := strings.Cut(k, ":")
	return pastKey{network, id}
}

// A keySet is a few account keys, each marked once found, and the
// persons of their rows not yet known decided, each marked once seen.
type keySet struct {
	at    map[pastKey]int // the key's place in found
	found []bool
	left  int // keys not found yet
	// person is the place in seen of each person of the undecided keys'
	// rows, seen whether a history decided about them. Marked through the
	// index, as found: the ids are lent by a reader, and a map assignment
	// stores the key given, even over an equal one.
	person map[string]int
	seen   []bool
	// rel, where not nil, is given the relation of each key found on a
	// followed account's row (see DropTracedRelations).
	rel map[string]string
}

func newKeySet(keys []UnseenKey) *keySet {
	s := &keySet{at: map[pastKey]int{}, person: map[string]int{}}
	for _, k := range keys {
		if _, ok := s.at[splitKey(k.Key)]; !ok {
			s.at[splitKey(k.Key)] = len(s.found)
			s.found = append(s.found, false)
		}
		if _, ok := s.person[k.Person]; !ok && !k.Decided && k.Person != "" {
			s.person[k.Person] = len(s.seen)
			s.seen = append(s.seen, false)
		}
	}
	s.left = len(s.found)
	return s
}

// markPerson marks a person id seen, if it is one of the keys' rows'.
func (s *keySet) markPerson(id string) {
	if i, ok := s.person[id]; ok {
		s.seen[i] = true
	}
}

// mark marks network:id found, if it is one of the keys. It only looks
// the key up: network and id may be lent by a reader (a map assignment
// would keep them as the key).
func (s *keySet) mark(network, id string) {
	s.markRelation(network, id, "")
}

// markRelation marks network:id found, as mark does, and where it is one
// of the keys not found before and relation a followed account's, sets
// it in s.rel (copied: it may be lent too) unless it has one.
func (s *keySet) markRelation(network, id, relation string) {
	i, ok := s.at[pastKey{network, id}]
	if !ok || s.found[i] {
		return
	}
	s.found[i] = true
	s.left--
	if s.rel != nil && relation != "" && relation != Follower {
		if k := network + ":" + id; s.rel[k] == "" {
			s.rel[k] = strings.Clone(relation)
		}
	}
}

// unfound returns the keys not found, in their order, Decided set for
// those whose row's person was seen.
func (s *keySet) unfound(keys []UnseenKey) []UnseenKey {
	var out []UnseenKey
	for _, k := range keys {
		if !s.found[s.at[splitKey(k.Key)]] {
			if i, ok := s.person[k.Person]; ok {
				k.Decided = k.Decided || s.seen[i]
			}
			out = append(out, k)
		}
	}
	return out
}

// UntracedKeys returns the keys of rows a run wrote (their in_exports
// cell filled, see HandAdded for the others; every row, in a ledger
// without that column) that no account of the exports had when they were
// merged with k, this ledger's Known (Merge and MergeFollowers match the
// accounts with its keys), among those covered says the exports hold the
// lists of (as UnseenKeys), and that the last run's history (prev) does
// not list either: keys of accounts the person stopped following since
// the last run are settled here; those of accounts gone before it, and
// keys typed by hand, are left for DropTraced to look up in the older
// history files. The keys the merge matched are passed over, so that on a
// re-audit of a million rows only the few others cost anything. Call it
// after the merge and before Update, which fills in_exports.
func (l *Ledger) UntracedKeys(k *Known, prev []Past, covered func(network, id string) bool) []UnseenKey {
	if k.Len() == 0 {
		return nil
	}
	col, hasCol := l.col[ColInExports]
	var keys []UnseenKey
	for i, key := range k.keys() {
		if k.matched != nil && k.matched[i] {
			continue
		}
		r := k.rows[k.owner[i]]
		if r.Line <= 0 || (hasCol && strings.TrimSpace(r.cells.at(col)) == "") {
			continue // a row added by hand: UnseenKeys'
		}
		if network, id, _ := strings.Cut(key, ":"); covered(network, id) {
			keys = append(keys, UnseenKey{Line: int(r.Line), Key: key, Person: k.id(k.owner[i])})
		}
	}
	if len(keys) == 0 {
		return nil
	}
	s := newKeySet(keys)
	for i := range prev {
		s.mark(prev[i].Network(), prev[i].ID())
		s.markPerson(prev[i].PersonID())
	}
	return s.unfound(keys)
}

// DropTraced returns keys without those the history file r (name for
// errors) lists, in their order, Decided set for those whose row's
// person it lists. The file is read a row at a time and
// matched against keys alone, not kept: a workspace's older history files
// are as many million-row files as it had runs. It stops reading once
// every key is found.
func DropTraced(keys []UnseenKey, r io.Reader, name string) ([]UnseenKey, error) {
	return DropTracedRelations(keys, r, name, nil)
}

// DropTracedRelations is DropTraced, and sets rel[key] to the relation of
// the row that found each key (following, friend, ...), unless rel has
// one for it already or the row is a follower's: the same answer
// RelationsIn gives for a key of the first file that lists it, without
// reading the file again. A re-audit looks the keys of accounts gone up
// here (see UntracedKeys), a Facebook friend unfriended long ago among
// them; the follow-again note wants their relation. rel may be nil.
func DropTracedRelations(keys []UnseenKey, r io.Reader, name string, rel map[string]string) ([]UnseenKey, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	cr, _, err := historyReader(r, name, viewNewer) // a look-up, as LastListings
	if err != nil {
		return nil, err
	}
	s := newKeySet(keys)
	s.rel = rel
	for s.left > 0 {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, historyDamaged(name, err, rec, cr)
		}
		s.markRelation(Unneutralize(rec[2]), Unneutralize(rec[4]), Unneutralize(rec[3]))
		s.markPerson(Unneutralize(rec[1]))
	}
	return s.unfound(keys), nil
}

// RelationsIn sets rel[key] to the relation the history file r (name for
// errors) gives the account key ("facebook:ana-lima.1600000000"), for
// each key of rel whose relation is "" and that the file lists (as
// followed: a follower's row is passed over). The file
// is read a row at a time, as DropTraced reads it, and no further once
// every key has one: an account the exports no longer list is named by
// the history of the runs that read it, newest first.
//
// A row costs no allocation: its network and id cells, lent by the
// reader, are looked up among the few keys wanted as they are (a
// pastKey), not joined into a key; only a relation found is copied, as
// the reader reuses its fields' bytes. A million-row file (70 MB) was a
// million allocations and 0.28 s; see BenchmarkRelationsIn.
func RelationsIn(rel map[string]string, r io.Reader, name string) error {
	at := map[pastKey]string{} // the wanted keys, by their cells
	for k, v := range rel {
		if v == "" {
			at[splitKey(k)] = k
		}
	}
	left := len(at)
	if left == 0 {
		return nil
	}
	cr, _, err := historyReader(r, name, viewNewer) // a look-up, as LastListings
	if err != nil {
		return err
	}
	for left > 0 {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return historyDamaged(name, err, rec, cr)
		}
		key, ok := at[pastKey{Unneutralize(rec[2]), Unneutralize(rec[4])}]
		if !ok || rel[key] != "" {
			continue
		}
		// A follower's row says nothing of how the person is tied to them.
		if r := Unneutralize(rec[3]); r != "" && r != Follower {
			rel[key] = strings.Clone(r)
			left--
		}
	}
	return nil
}
