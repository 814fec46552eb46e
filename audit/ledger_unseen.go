package audit

import (
	"slices"
	"strings"
)

// HandAdded returns the rows of the file read that no run has written
// yet: their in_exports cell, which every run fills, is blank. Call it
// before Update, which fills it.
func (l *Ledger) HandAdded() []*LedgerRow {
	i, ok := l.col[ColInExports]
	if !ok {
		return nil
	}
	var out []*LedgerRow
	for _, r := range l.rows {
		if r.Line > 0 && r.NumAccounts() > 0 && strings.TrimSpace(r.cells.at(i)) == "" {
			out = append(out, r)
		}
	}
	return out
}

// An UnseenKey is an account key of a ledger row that no account of the
// exports has.
type UnseenKey struct {
	Line int
	Key  string
	// Person is the person id of the key's row, and Decided whether a
	// history file looked at lists a decision about that person: for
	// the keys of rows a run wrote (see Ledger.UntracedKeys), unset for
	// the others.
	Person  string
	Decided bool
}

// UnseenKeys returns the keys of rows (see HandAdded) that no account of
// acc and no follower of followers has, among those covered says the
// exports hold the lists of: a key mistyped in a row the person added
// (linkedin:bruno-keler for brunokeller) was taken without a word, its
// row marked not in the exports, and the account it meant left on the
// unfollow list as not reviewed. The accounts and followers are walked
// once, looked up among the rows' few keys.
func UnseenKeys(rows []*LedgerRow, acc []Account, followers []Followers, covered func(network, id string) bool) []UnseenKey {
	type key struct{ network, id string }
	seen := map[key]bool{}
	for _, r := range rows {
		for k := range r.Accounts() {
			network, id, _ := strings.Cut(k, ":")
			if covered(network, id) {
				seen[key{network, id}] = false
			}
		}
	}
	if len(seen) == 0 {
		return nil
	}
	for i := range acc {
		k := key{acc[i].Network, acc[i].ID}
		if _, ok := seen[k]; ok {
			seen[k] = true
		}
	}
	var b []byte
	for i := range followers {
		f := &followers[i]
		ids := map[string]bool{} // the ids of its network not seen yet
		for k, found := range seen {
			if k.network == f.Network && !found {
				ids[k.id] = true
			}
		}
		if len(ids) == 0 {
			continue
		}
		for j := range f.Len() {
			if b = f.appendID(b[:0], j); ids[string(b)] {
				seen[key{f.Network, string(b)}] = true
			}
		}
	}
	var out []UnseenKey
	for _, r := range rows {
		for k := range r.Accounts() {
			network, id, _ := strings.Cut(k, ":")
			if found, ok := seen[key{network, id}]; ok && !found {
				out = append(out, UnseenKey{Line: int(r.Line), Key: k})
			}
		}
	}
	return out
}

// AsTyped returns keys with each Key as the accounts cell of its ledger
// line writes it, where that is not the key read from it: a LinkedIn
// address typed as a browser shows it (linkedin:seán-ó-brian, read as
// se%C3%A1n-%C3%B3-brian), a Facebook key with its name's accents and
// capitals (facebook:Café-Lumière.1742412466, read as cafe-lumiere...).
// A note naming a key that matches nothing quotes what the person will
// find in the file. keys itself is left as it is.
func (l *Ledger) AsTyped(keys []UnseenKey) []UnseenKey {
	i, ok := l.col[ColAccounts]
	if !ok || len(keys) == 0 {
		return keys
	}
	lines := make(map[int32]bool, len(keys))
	for _, k := range keys {
		lines[int32(k.Line)] = true
	}
	out := slices.Clone(keys)
	for _, r := range l.rows {
		if r.Line == 0 || !lines[r.Line] || r.cells.none() {
			continue
		}
		cell := Unneutralize(r.cells.at(i))
		for j := range out {
			if int32(out[j].Line) == r.Line {
				out[j].Key = typedAs(cell, out[j].Key)
			}
		}
	}
	return out
}

// LineKeys returns the keys the accounts cells of the rows read at
// lines (their ledger lines, as UnseenKey.Line gives them) hold as the
// person wrote them, read as the ledger reads them, by line: the keys a
// row lists beside one that matches nothing, not those the run added to
// it since.
func (l *Ledger) LineKeys(lines []int) map[int][]string {
	i, ok := l.col[ColAccounts]
	if !ok || len(lines) == 0 {
		return nil
	}
	out := make(map[int][]string, len(lines))
	for _, n := range lines {
		out[n] = nil
	}
	for _, r := range l.rows {
		if _, ok := out[int(r.Line)]; !ok || r.Line == 0 || r.cells.none() {
			continue
		}
		for rest := Unneutralize(r.cells.at(i)); rest != ""; {
			var k string
			k, rest, _ = strings.Cut(rest, ";")
			net, id, ok := strings.Cut(readBack(trimKey(k)), ":")
			net, id = strings.ToLower(strings.TrimSpace(net)), trimKey(id)
			if ok && net != "" && id != "" {
				out[int(r.Line)] = append(out[int(r.Line)], net+":"+canonicalID(net, id))
			}
		}
	}
	return out
}

// typedAs returns the key of the accounts cell that is read as key, as
// the cell writes it (trimmed), or key where none is.
func typedAs(cell, key string) string {
	for rest := cell; rest != ""; {
		var k string
		k, rest, _ = strings.Cut(rest, ";")
		k = strings.TrimSpace(k)
		net, id, ok := strings.Cut(k, ":")
		if !ok {
			continue
		}
		net, id = strings.ToLower(strings.TrimSpace(net)), strings.TrimSpace(id)
		if net+":"+canonicalID(net, id) == key {
			return k
		}
	}
	return key
}
