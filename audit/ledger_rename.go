package audit

import (
	"cmp"
	"strings"
)

// nameWritten is a ledger row whose name cell differs from its person's
// name now, and the account that name is of (see Person.nameAccount); or,
// where handle is set, whose name cell is that handle the account had
// before (see handleBefore), the person having no name now but the
// account's handle (Person.handleAccount).
type nameWritten struct {
	row    *LedgerRow
	acc    *Account
	cell   string
	handle string
}

// handleBefore returns the handle the exports say a had before its
// handle now (ExtraHandlesBefore: a Twitter/X account renamed) that cell
// is, as "@handle", byte for byte as the ledger writes it; "" for none.
// The ledger names a person of no display name by the handle (see
// Person.Name), and such a cell followed no rename: the history keeps
// names, not handles, so a renamed account's row kept a handle that
// opens nothing, which keep.csv no longer showed.
func handleBefore(a *Account, cell string) string {
	for h := range strings.FieldsSeq(a.Extra[ExtraHandlesBefore]) {
		if writtenAs(cell, "@"+h) {
			return h
		}
	}
	return ""
}

// renameWritten gives each row of rows its person's name now where its
// name cell is the one the tool wrote: the name the last run's history
// (Known.LastRun), or the record of a review since that wrote the ledger
// (Known.ReviewedNames), gave the account whose name the row shows (the
// first of the person's accounts with a name, as Person.Name chooses it),
// byte for byte as the ledger writes it, where that account was, in that history,
// the row's person's (the row's person_id) and the first of that person's
// accounts with a name. Any other cell is the person's, and stays: the old
// name of another account of the row (the one the row was named after
// gone since), or of an account moved by hand to a row the person named
// so. Such rows are those of an account renamed since, or of a name the
// person wrote: the history is read for them alone, once, and only when
// there are any; a ledger without a history (a first run) renames
// nothing. A row of handle (see nameWritten) gets the account's handle
// now where that history gave the account, the row's person's, no name:
// the tool could only have written a handle there.
func (l *Ledger) renameWritten(rows []nameWritten) {
	if len(rows) == 0 || l.known == nil {
		return
	}
	total := len(l.known.last)
	for _, part := range l.known.named {
		total += len(part)
	}
	if total == 0 {
		return
	}
	type key struct{ network, id string }
	// at gives the last of the rows of an account, next the one before
	// it (-1 for none): no slice made per row. (An account is on one row;
	// the chain costs nothing where it is.)
	at := make(map[key]int32, len(rows))
	next := make([]int32, len(rows))
	// first is, per person id of the rows, the first of the person's
	// accounts with a name in the history, in the order of
	// Person.Accounts (compareAccounts).
	first := make(map[string]key, len(rows))
	for i, w := range rows {
		k := key{w.acc.Network, w.acc.ID}
		next[i] = -1
		if j, ok := at[k]; ok {
			next[i] = j
		}
		at[k] = int32(i)
		if id := l.PersonID(w.row); id != "" {
			first[id] = key{}
		}
	}
	old := make([]string, len(rows))
	owner := make([]string, len(rows))
	seen := make([]bool, len(rows))
	// The names a review with exports since wrote come after the last
	// run's, and override them account by account.
	part, j, rest := l.known.last, 0, l.known.named
	for range total {
		for j == len(part) {
			part, rest, j = rest[0], rest[1:], 0
		}
		p := &part[j]
		j++
		network, id := p.Network(), p.ID()
		if w, ok := at[key{network, id}]; ok {
			for ; w >= 0; w = next[w] {
				// The last decision about the account: a history edited by
				// hand may list it twice.
				old[w], owner[w], seen[w] = p.Name(), p.PersonID(), true
			}
		}
		if p.Name() == "" {
			continue
		}
		if f, ok := first[p.PersonID()]; ok {
			if f.id == "" || cmpKey(network, id, f.network, f.id) < 0 {
				first[p.PersonID()] = key{network, id}
			}
		}
	}
	for i, w := range rows {
		id := l.PersonID(w.row)
		if w.handle != "" {
			// The tool wrote the handle where the account, the row's
			// person's then, had no name in the last run's history.
			if seen[i] && old[i] == "" && owner[i] == id {
				name := "@" + w.acc.Handle
				l.set(w.row, ColName, name)
				l.noteRenamed(RenamedName{Line: int(w.row.Line), Old: "@" + w.handle, New: name})
			}
			continue
		}
		if seen[i] && old[i] != "" && owner[i] == id && first[id] == (key{w.acc.Network, w.acc.ID}) &&
			writtenAs(w.cell, old[i]) {
			l.set(w.row, ColName, w.acc.Name)
			l.noteRenamed(RenamedName{Line: int(w.row.Line), Old: old[i], New: w.acc.Name})
		}
	}
}

// cmpKey compares two accounts as compareAccounts does.
func cmpKey(network1, id1, network2, id2 string) int {
	return cmp.Or(cmp.Compare(networkRank(network1), networkRank(network2)),
		strings.Compare(network1, network2), strings.Compare(id1, id2))
}

// writtenAs reports whether cell is, byte for byte, what the ledger writes
// for name: name neutralised (an apostrophe before a leading =, +, - or @,
// which the history does not hold), without making that string but for
// the rare name with such a character after a separator. Or what the
// versions before that apostrophe after a separator wrote, the one at the
// start alone: their ledger holds "x;=1 Mallory" as the tool's, whose
// rename it followed, and "a;'=b Quote" for the export's name of that
// apostrophe, which the history of those versions, read now, gives as
// "a;=b Quote" (Unneutralize): taken for a rename of the person's, it
// was reported, and its cell given a second apostrophe. Or, for a name
// that starts with a full-width ＝, ＋, － or ＠, what the versions before
// those got the apostrophe wrote: the name as it is. Their ledger holds
// "＠SUM(1) Ito" as the tool's, and the first audit after them, which
// writes it back with the apostrophe, would otherwise take it for the
// person's where the account was renamed meanwhile, and never follow a
// rename of it again.
func writtenAs(cell, name string) bool {
	if escapedInside(name) && cell == Neutralize(name) {
		return true
	}
	if escaped(name) {
		if len(cell) == len(name)+1 && cell[0] == '\'' && cell[1:] == name {
			return true
		}
		return !escapedASCII(name) && cell == name
	}
	return cell == name
}

// escapedASCII reports whether the versions before the full-width
// formula characters (see startsFormula) put an apostrophe in front of
// s: it starts with one of formulaStarts, or with an apostrophe and one
// of escapedStarts.
func escapedASCII(s string) bool {
	if s != "" && s[0] == '\'' {
		s = s[1:]
		return s != "" && strings.IndexByte(escapedStarts, s[0]) >= 0
	}
	return s != "" && strings.IndexByte(formulaStarts, s[0]) >= 0
}
