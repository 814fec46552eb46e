package audit

// SetNotes gives p the ledger's notes n, as Ledger.Update does, for the
// tests outside the package that make items by hand.
func SetNotes(p *Person, n *Annotations) { p.notes = n }
