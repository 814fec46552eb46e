package audit

// SetNotes gives p the ledger's notes n, as Ledger.Update does, for the
// tests outside the package that make items by hand.
func SetNotes(p *Person, n *Annotations) { p.notes = n }

// SetCell sets a row's cell, as the person would in a spreadsheet.
func SetCell(l *Ledger, r *LedgerRow, col, v string) { l.set(r, col, v) }

// CellCount returns the number of cells a row holds.
func CellCount(r *LedgerRow) int { return r.cells.len() }
