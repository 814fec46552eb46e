package audit

import (
	"cmp"
	"slices"
	"strings"
)

// A CopyCell is a cell of a copy of the ledger that holds a note the
// ledger lacks, or has otherwise (see CopyNotes).
type CopyCell struct {
	// Line is the copy's row's first line (see Ledger.At of the copy).
	Line int
	// PersonID is the row's person id; "" for a row typed without one,
	// told by its first account, Key.
	PersonID, Key string
	// Column is the column's name as the copy's header has it.
	Column string
	// Copy and Ledger are the cell of the copy and the ledger's of the
	// same row and column: "" where the ledger has none.
	Copy, Ledger string
	// NoRow is set where the ledger has no row of that person.
	NoRow bool
}

// CopyNotes compares a copy of the ledger (c: a sync client's conflict
// copy, a "ledger (1).csv", a ledger sent back) with the ledger l, both
// as read from their files, whatever their times. It returns the first
// cell, in the copy's order, that holds a note l lacks or has otherwise,
// and how many of the copy's rows hold one; rows is 0 where l holds
// every note of the copy (a copy older than the ledger, which only has
// more since).
//
// Rows are matched by person id; a row of the copy without one (typed by
// hand) by the first of its accounts on a row of l. A cell holds a note
// when it is not empty (spaces aside), in any column but person_id,
// name and in_exports: last_met, the yes/no columns, relationship, note,
// the person's own columns (one l lacks too), and accounts, where the
// copy's row lists a key l's row does not (the grouping changed). A cell
// the copy leaves empty, or a key l's row has and the copy's does not,
// is something l has more. Cells compare as the ledger reads them: a
// yes re-saved in another form ("TRUE", "oui") is the same note, and a
// "no" the same as an empty cell; dates as the days they give; other
// cells as typed, but for the spaces around them.
// On a row l lacks, only the notes count: its accounts alone are what
// the next run gives a row again, if they are followed still.
//
// The cost is a sort of l's person ids and a search per row of the copy,
// and one pass over l's rows where the copy has rows without an id.
func CopyNotes(l, c *Ledger) (first CopyCell, rows int) {
	type idRow struct {
		id string
		r  *LedgerRow
	}
	ids := make([]idRow, 0, len(l.rows))
	for _, r := range l.rows {
		if id := l.cell(r, ColPersonID); id != "" {
			ids = append(ids, idRow{id, r})
		}
	}
	slices.SortFunc(ids, func(a, b idRow) int { return cmp.Compare(a.id, b.id) })
	// The rows of the copy without an id are found by their keys, in one
	// pass over l's rows: few, in most copies none.
	var byKey map[string]*LedgerRow
	for _, r := range c.rows {
		if c.cell(r, ColPersonID) == "" && len(r.Accounts) > 0 {
			if byKey == nil {
				byKey = map[string]*LedgerRow{}
			}
			for _, k := range r.Accounts {
				byKey[k] = nil
			}
		}
	}
	if byKey != nil {
		for _, r := range l.rows {
			for _, k := range r.Accounts {
				if v, ok := byKey[k]; ok && v == nil {
					byKey[k] = r
				}
			}
		}
	}
	for _, r := range c.rows {
		id := c.cell(r, ColPersonID)
		var lr *LedgerRow
		key := ""
		if id != "" {
			if i, ok := slices.BinarySearchFunc(ids, id, func(x idRow, id string) int { return cmp.Compare(x.id, id) }); ok {
				lr = ids[i].r
			}
		} else {
			for _, k := range r.Accounts {
				if lr = byKey[k]; lr != nil {
					break
				}
			}
			if len(r.Accounts) > 0 {
				key = r.Accounts[0]
			}
		}
		cell, ok := copyNote(l, c, r, lr)
		if !ok {
			continue
		}
		if rows == 0 {
			first = cell
			first.Line, first.PersonID, first.Key, first.NoRow = int(r.Line), id, key, lr == nil
		}
		rows++
	}
	return first, rows
}

// copyNote returns the first cell of the copy's row r, in the copy's
// column order, that holds a note l's row lr lacks or has otherwise (lr
// nil where l has no row of that person), and whether there is one.
func copyNote(l, c *Ledger, r, lr *LedgerRow) (CopyCell, bool) {
	for i, h := range c.Header {
		col := strings.ToLower(strings.TrimSpace(h))
		if col == ColPersonID || col == ColName || col == ColInExports || c.col[col] != i {
			continue // a second column of one name is read by neither
		}
		v := Unneutralize(r.cells.at(i))
		if strings.TrimSpace(v) == "" {
			continue
		}
		w := ""
		if lr != nil {
			w = l.cell(lr, col)
		}
		if sameNote(col, r, lr, v, w) {
			continue
		}
		return CopyCell{Column: h, Copy: v, Ledger: w}, true
	}
	return CopyCell{}, false
}

// sameNote reports whether the copy's cell v, of column col on row r, is
// one l's row lr (nil where l has none) holds already, as w.
func sameNote(col string, r, lr *LedgerRow, v, w string) bool {
	switch col {
	case ColAccounts:
		// Only a changed grouping counts: on a row l lacks, the keys
		// alone are no note.
		return lr == nil || !slices.ContainsFunc(r.Accounts, func(k string) bool { return !slices.Contains(lr.Accounts, k) })
	case ColLastMet:
		return lr != nil && r.Notes.LastMet == lr.Notes.LastMet
	case ColInspiring, ColSupplier, ColToxic, ColUnsure:
		a, okA := ParseBool(v)
		b, okB := ParseBool(w)
		if okA && okB {
			return a == b
		}
	}
	return strings.TrimSpace(v) == strings.TrimSpace(w)
}
