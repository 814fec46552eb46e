// Package csvsep counts the separators of a CSV record, to tell a file a
// spreadsheet saved with ';' (in locales where ',' is the decimal
// separator) from one with ','. The ledger reader and the importers both
// guess that way.
package csvsep

// Count counts the ',' and ';' of a CSV record that are not inside double
// quotes.
func Count(rec []byte) (commas, semicolons int) {
	quoted := false
	for _, c := range rec {
		switch {
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == ',':
			commas++
		case c == ';':
			semicolons++
		}
	}
	return commas, semicolons
}
