package audit

// nameWritten is a ledger row whose name cell differs from its person's
// name now, and the account that name is of (see Person.nameAccount).
type nameWritten struct {
	row  *LedgerRow
	acc  *Account
	cell string
}

// renameWritten gives each row of rows its person's name now where its
// name cell is the one the tool wrote: the name the last run's history
// (Known.LastRun) gave the account whose name the row shows (the first of
// the person's accounts with a name, as Person.Name chooses it), byte for
// byte. Any other cell is the person's, and stays. Such rows are those of
// an account renamed since, or of a name the person wrote: few, and the
// history is read for them alone, once, and only when there are any; a
// ledger without a history (a first run) renames nothing.
func (l *Ledger) renameWritten(rows []nameWritten) {
	if len(rows) == 0 || l.known == nil || len(l.known.last) == 0 {
		return
	}
	type key struct{ network, id string }
	at := make(map[key][]int32, len(rows))
	for i, w := range rows {
		k := key{w.acc.Network, w.acc.ID}
		at[k] = append(at[k], int32(i))
	}
	old := make([]string, len(rows))
	seen := make([]bool, len(rows))
	for i := range l.known.last {
		p := &l.known.last[i]
		if ws, ok := at[key{p.Network(), p.ID()}]; ok {
			for _, w := range ws {
				// The last decision about the account: a history edited by
				// hand may list it twice.
				old[w], seen[w] = p.Name(), true
			}
		}
	}
	for i, w := range rows {
		if seen[i] && old[i] != "" && writtenAs(w.cell, old[i]) {
			l.set(w.row, ColName, w.acc.Name)
		}
	}
}

// writtenAs reports whether cell is, byte for byte, what the ledger writes
// for name: name neutralised (an apostrophe before a leading =, +, - or @,
// which the history does not hold), without making that string.
func writtenAs(cell, name string) bool {
	if escaped(name) {
		return len(cell) == len(name)+1 && cell[0] == '\'' && cell[1:] == name
	}
	return cell == name
}
