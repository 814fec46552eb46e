package audit

import (
	"cmp"
	"slices"
	"strings"
)

// A SortedColumn is a column of notes that looks sorted on its own (see
// Ledger.SortedAlone): its Filled cells are the file's first rows, in
// order, on Gained people the last audit had no notes on, while Lost
// people it decided on that column have none now.
type SortedColumn struct {
	Column               string
	Filled               int // the cells filled in, all on the first rows
	Gained, Lost         int // people (person ids)
	GainedName, LostName string
}

// sortedColumns are the columns whose notes keep someone, with the rules
// they give: a sort of one of them alone changes who is kept.
var sortedColumns = []struct{ col, rule string }{
	{ColLastMet, RuleMet},
	{ColInspiring, RuleInspiring},
	{ColSupplier, RuleSupplier},
}

// SortedAlone finds a column of notes sorted on its own: Excel asked to
// sort one selected column, told "Continue with the current selection",
// sorts that column's cells and leaves the rest of each row where it was
// (Google Sheets' "Sort range" of a column does the same). The cells then
// sit beside other people: the people they were about lose them, and the
// people on the first rows get them. changes are since the last audit,
// which decided on the notes as they were.
//
// The signs, all needed, so that a sort of whole rows and notes typed
// since are not taken for one: the column's filled cells are the first
// rows of the file and no others, in order (blanks go last, ascending or
// descending); at least two people the last audit decided on that
// column (on that rule, or lapsed for last_met) are decided otherwise
// now, their cell of it blank on rows of the file, whatever else their
// rows hold (a relationship or a note beside the date is the rule, not
// the exception): a sort leaves every row, and the people of rows
// deleted are no sign of one;
// and at least half of those first rows are people the last audit had
// no notes on, decided on that column now. A sort of whole rows keeps
// each person's notes on their row: the first rows are then the people
// decided on the column before, and nobody's notes go blank, unless
// their rows were deleted (rows deleted, notes typed since on people
// without, whole rows sorted on the column: no sort alone).
//
// It reads the rows from the file only, and changes nothing: it may run
// while WriteLedger writes the ledger (see NotedPeople).
//
// prev is the audit changes are since (nil where unknown): a person it
// decided on no notes at all (every account unknown) who has a cell of
// the column now is one of the first rows' people without notes before,
// where changes list only decisions changed, and a date past the window
// moved onto someone unknown (unfollowed still, lapsed) is none.
//
// It runs on every audit: the sign of the first rows is told first, in
// one pass over the rows that a ledger of notes scattered ends at its
// first blank row above a filled one, before anything is made for the
// others (a copy of the rows sorted, for each column, took 0.6 s at a
// million rows on each run where two people ticked toxic beside their
// dates, and the history's lapsed people read on every run 70 ms more).
func (l *Ledger) SortedAlone(changes []Change, prev []Past) (SortedColumn, bool) {
	rows := l.fileRows()
	for _, c := range sortedColumns {
		if s, ok := l.sortedAlone(c.col, c.rule, changes, prev, rows); ok {
			return s, true
		}
	}
	return SortedColumn{}, false
}

// fileRows returns the rows read from the file, in its order: l.rows
// itself where it holds no other (a row added by this run has no line),
// as it does on most runs; else a copy, without them, sorted.
func (l *Ledger) fileRows() []*LedgerRow {
	inOrder := true
	for i, r := range l.rows {
		if r.Line <= 0 || i > 0 && r.Line <= l.rows[i-1].Line {
			inOrder = false
			break
		}
	}
	if inOrder {
		return l.rows
	}
	var rows []*LedgerRow
	for _, r := range l.rows {
		if r.Line > 0 {
			rows = append(rows, r)
		}
	}
	slices.SortFunc(rows, func(a, b *LedgerRow) int { return int(a.Line - b.Line) })
	return rows
}

// sortedAlone tells the signs of a sort of col alone, rows the rows read
// from the file, in its order.
func (l *Ledger) sortedAlone(col, rule string, changes []Change, prev []Past, rows []*LedgerRow) (SortedColumn, bool) {
	s := SortedColumn{Column: col}
	var cells []string
	for i, r := range rows {
		v := strings.TrimSpace(l.cell(r, col))
		if v == "" {
			continue
		}
		if len(cells) < i {
			return s, false // a blank row above a filled one
		}
		cells = append(cells, v)
	}
	if len(cells) < 2 || !inOrder(col, cells) {
		return s, false
	}
	lost, gained := map[string]bool{}, map[string]bool{}
	lostNames := map[string]string{}
	// A date older than the window decided its person too (lapsed).
	decidedOn := func(r string) bool { return r == rule || rule == RuleMet && r == RuleLapsed }
	var lostOrder []string // the people of lost, in the changes' order
	for i := range changes {
		c := &changes[i]
		if c.Kind != ChangeChanged || c.PersonID == "" {
			continue
		}
		switch {
		// Decided otherwise now: whether the column's cell went blank
		// on their row is told from the rows below. Their other notes
		// may decide them (unsure, a relationship alone: unknown) or
		// not; notesLostNote names only those left with none.
		case decidedOn(c.BeforeRule) && !decidedOn(c.AfterRule):
			if !lost[c.PersonID] {
				lost[c.PersonID] = true
				lostOrder = append(lostOrder, c.PersonID)
				if c.Name != "" {
					lostNames[c.PersonID] = c.Name
				}
			}
		case c.BeforeRule == RuleUnknown && decidedOn(c.AfterRule):
			gained[c.PersonID] = true
		}
	}
	if rule == RuleMet {
		// Lapsed then, and unknown now on a relationship or a note left
		// (unfollowed both times): changes list no change of theirs.
		for i := range prev {
			p := &prev[i]
			if p.Rule() != RuleLapsed {
				continue
			}
			if id := p.PersonID(); id != "" && !lost[id] {
				lost[id] = true
				lostOrder = append(lostOrder, id)
				if n := p.Name(); n != "" {
					lostNames[id] = n
				}
			}
		}
	}
	if len(lost) < 2 || len(gained) == 0 && len(prev) == 0 {
		return s, false
	}
	// The people whose cell of the column went, on rows of the file (one
	// a person).
	blank := map[string]bool{}
	for _, r := range rows[len(cells):] {
		if id := l.cell(r, ColPersonID); lost[id] {
			blank[id] = true
		}
	}
	if len(blank) < 2 {
		return s, false
	}
	for _, id := range lostOrder {
		if blank[id] {
			s.LostName = lostNames[id]
			break
		}
	}
	s.Filled = len(cells)
	if len(prev) > 0 {
		// The first rows' people prev decided on no notes: unknown on
		// every account it had of theirs.
		first := make(map[string]bool, len(cells))
		for _, r := range rows[:len(cells)] {
			if id := l.cell(r, ColPersonID); id != "" {
				first[id] = true
			}
		}
		unknown := map[string]bool{}
		for i := range prev {
			p := &prev[i]
			id := p.PersonID()
			if !first[id] {
				continue
			}
			if r := p.Rule(); r != RuleUnknown && r != "" { // "": followed by nobody
				first[id] = false // noted, and no longer looked at
				delete(unknown, id)
				continue
			}
			unknown[id] = true
		}
		for id := range unknown {
			gained[id] = true
		}
	}
	for _, r := range rows[:len(cells)] {
		if id := l.cell(r, ColPersonID); gained[id] {
			s.Gained++
			if s.GainedName == "" {
				s.GainedName = l.cell(r, ColName)
			}
		}
	}
	s.Lost = len(blank)
	return s, 2*s.Gained >= s.Filled
}

// inOrder reports whether cells are in the order a spreadsheet's sort
// leaves them, ascending or descending: as text, letter case aside (a
// "Yes" among "yes" ticks), or, in last_met, by day, as Excel sorts the
// cells it reads as dates (Japanese Excel saves 2026/3/2 and 2026/10/5,
// out of order as text).
func inOrder(col string, cells []string) bool {
	sorted := func(cmp func(a, b string) int) bool {
		return slices.IsSortedFunc(cells, cmp) || slices.IsSortedFunc(cells, func(a, b string) int { return cmp(b, a) })
	}
	if sorted(func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) }) {
		return true
	}
	if col != ColLastMet {
		return false
	}
	days := make(map[string]Date, len(cells))
	for _, v := range cells {
		p, err := ParsePeriod(v)
		if err != nil {
			return false
		}
		days[v] = p.First
	}
	return sorted(func(a, b string) int { return cmp.Compare(days[a], days[b]) })
}
