package audit

import (
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
	// NoRow is set where the ledger has no row of that person, and
	// NoColumn where it has no column of that name (one of the person's
	// own, deleted from it since).
	NoRow, NoColumn bool
}

// A CopyDiff is what CopyNotes found of a copy of the ledger.
type CopyDiff struct {
	// First is the copy's first cell that holds a note the ledger lacks
	// or has otherwise, where Rows is not 0.
	First CopyCell
	// Rows counts the copy's rows that hold one.
	Rows int
	// Lacked counts the copy's rows whose person id is on no row of the
	// ledger, of all its rows, Of: nearly all of them in another
	// workspace's ledger.
	Lacked, Of int
}

// CopyNotes compares a copy of the ledger (c: a sync client's conflict
// copy, a "ledger (1).csv", a ledger sent back) with the ledger l, both
// as read from their files, whatever their times. It returns the first
// cell, in the copy's order, that holds a note l lacks or has otherwise,
// and how many of the copy's rows hold one: none where l holds every
// note of the copy (a copy older than the ledger, which only has more
// since).
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
// "no" the same as an empty cell; dates as the days they give, a month
// or year of the copy that holds l's day or month (the date made precise
// since) being the same note; a relationship as the rules read it, in
// any case, with or without its accents, hyphens as spaces ("Belle
// soeur" is "belle-sœur", see Annotations.Close); other cells as typed,
// but for their case and spaces (see sameText).
// On a row l lacks, only the notes count: its accounts alone are what
// the next run gives a row again, if they are followed still.
//
// The cost is a pass over both, and no sort: a copy keeps most rows in
// the ledger's order, so each of its rows is looked for at the row after
// the last found, then among the rows near it (rows added or deleted
// since). The rows not found so (a row the ledger lacks, a copy sorted
// otherwise in a spreadsheet), and those without an id, are looked for
// in one more pass over l's rows, by id or key.
func CopyNotes(l, c *Ledger) CopyDiff {
	d := CopyDiff{Of: len(c.rows)}
	plan := copyPlan(l, c)
	lid, cid := -1, -1
	if i, ok := l.col[ColPersonID]; ok {
		lid = i
	}
	if i, ok := c.col[ColPersonID]; ok {
		cid = i
	}
	idOf := func(r *LedgerRow, i int) string {
		if i < 0 {
			return ""
		}
		return Unneutralize(r.cells.at(i))
	}
	note := func(r, lr *LedgerRow, id, key string) {
		cell, ok := copyNote(plan, r, lr)
		if !ok {
			return
		}
		if d.Rows == 0 || int(r.Line) < d.First.Line {
			d.First = cell
			d.First.Line, d.First.PersonID, d.First.Key, d.First.NoRow = int(r.Line), id, key, lr == nil
		}
		d.Rows++
	}
	near := nearFinder(l.rows, func(r *LedgerRow) string { return idOf(r, lid) })
	var pending []*LedgerRow
	byID, byKey := map[string]*LedgerRow{}, map[string]*LedgerRow{}
	for _, r := range c.rows {
		if id := idOf(r, cid); id != "" {
			if lr := near(id); lr != nil {
				note(r, lr, id, "")
				continue
			}
			byID[id] = nil
		} else {
			for k := range r.Accounts() {
				byKey[k] = nil
			}
		}
		pending = append(pending, r)
	}
	if len(pending) == 0 {
		return d
	}
	for _, lr := range l.rows {
		if id := idOf(lr, lid); id != "" {
			if _, ok := byID[id]; ok {
				byID[id] = lr
			}
		}
		if len(byKey) > 0 {
			for k := range lr.Accounts() {
				if v, ok := byKey[k]; ok && v == nil {
					byKey[k] = lr
				}
			}
		}
	}
	for _, r := range pending {
		id, key := idOf(r, cid), ""
		var lr *LedgerRow
		if id != "" {
			if lr = byID[id]; lr == nil {
				d.Lacked++
			}
		} else {
			for k := range r.Accounts() {
				if lr = byKey[k]; lr != nil {
					break
				}
			}
			if r.NumAccounts() > 0 {
				key = r.Account(0)
			}
		}
		note(r, lr, id, key)
	}
	return d
}

// copyNear is how many rows on either side of the one expected a row of
// a copy is looked for among (see nearFinder), and copyFar how many rows
// may be looked for so in vain before it stops looking near: a copy
// sorted otherwise, whose rows are then found by CopyNotes' last pass.
const copyNear, copyFar = 64, 4096

// nearFinder returns a func that finds the row of rows whose id is the
// one asked, where it is near the row after the last found (see
// CopyNotes), or nil.
func nearFinder(rows []*LedgerRow, id func(*LedgerRow) string) func(string) *LedgerRow {
	next, missed := 0, 0
	return func(want string) *LedgerRow {
		if next < len(rows) && id(rows[next]) == want {
			next++
			return rows[next-1]
		}
		if missed >= copyFar {
			return nil
		}
		for i := max(0, next-copyNear); i < min(len(rows), next+copyNear); i++ {
			if id(rows[i]) == want {
				next = i + 1
				return rows[i]
			}
		}
		missed++
		return nil
	}
}

// A copyCol is a column of a copy of the ledger that may hold notes (see
// CopyNotes): its index in the copy's header and in l's (-1 where l has
// none), its name as read (lower case) and as the copy's header has it.
type copyCol struct {
	c, l       int
	name, head string
}

// copyPlan returns the columns of c compared with l's: all but
// person_id, name and in_exports, and a second column of one name, which
// neither reads.
func copyPlan(l, c *Ledger) []copyCol {
	var plan []copyCol
	for i, h := range c.Header {
		col := strings.ToLower(strings.TrimSpace(h))
		if col == ColPersonID || col == ColName || col == ColInExports || c.col[col] != i {
			continue
		}
		j, ok := l.col[col]
		if !ok {
			j = -1
		}
		plan = append(plan, copyCol{c: i, l: j, name: col, head: h})
	}
	return plan
}

// copyNote returns the first cell of the copy's row r, in the copy's
// column order, that holds a note l's row lr lacks or has otherwise (lr
// nil where l has no row of that person), and whether there is one.
func copyNote(plan []copyCol, r, lr *LedgerRow) (CopyCell, bool) {
	for _, col := range plan {
		v := Unneutralize(r.cells.at(col.c))
		if strings.TrimSpace(v) == "" {
			continue
		}
		w := ""
		if lr != nil && col.l >= 0 {
			w = Unneutralize(lr.cells.at(col.l))
		}
		if sameNote(col.name, r, lr, v, w) {
			continue
		}
		return CopyCell{Column: col.head, Copy: v, Ledger: w, NoColumn: col.l < 0}, true
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
		return lr == nil || !slices.ContainsFunc(r.AccountList(), func(k string) bool { return !lr.HasAccount(k) })
	case ColLastMet:
		// A day or month of the copy's month or year in the ledger is
		// the date made precise since, not one the copy has otherwise.
		c := r.Notes().LastMet
		return lr != nil && !lr.Notes().LastMet.IsZero() && c.First <= lr.Notes().LastMet.First && lr.Notes().LastMet.Last <= c.Last
	case ColInspiring, ColSupplier, ColToxic, ColUnsure:
		a, okA := ParseBool(v)
		b, okB := ParseBool(w)
		if okA && okB {
			return a == b
		}
	case ColRelationship:
		// As the rules read it (see Annotations.Close): "Friend" re-typed
		// "friend", "belle-sœur" "Belle soeur", is the same relationship.
		if sameText(v, w) {
			return true
		}
		var a, b relPhrase
		return a.fold(v) && b.fold(w) && string(a.b[:a.n]) == string(b.b[:b.n])
	}
	return sameText(v, w)
}

// sameText reports whether cells v and w hold the same text but for
// their case and spaces (around them, or several for one): "Met in
// Lyon" re-typed "met in  Lyon" (a spreadsheet's autocorrect capitalizes
// a cell's first letter) is no note lost. An accent is not passed over:
// "Thủy" and "Thúy" are two names.
func sameText(v, w string) bool {
	v, w = strings.TrimSpace(v), strings.TrimSpace(w)
	if v == w {
		return true
	}
	return strings.EqualFold(strings.Join(strings.Fields(v), " "), strings.Join(strings.Fields(w), " "))
}
