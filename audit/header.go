package audit

import (
	"bytes"
	"slices"
	"strings"
)

// HeaderCells returns the cells of the header line at the start of a file
// (head: its first bytes) as a spreadsheet may have saved it: after a
// byte order mark, Excel's "sep=" line and blank lines, split at commas,
// semicolons or tabs (whichever makes the most cells), each lower-cased
// and trimmed of quotes and spaces. It is for telling what a file is (a
// ledger, a history, a report given as an export), not for reading one:
// a quoted cell holding a separator is split.
func HeaderCells(head []byte) []string {
	bom := []byte("\xEF\xBB\xBF")
	head = bytes.TrimPrefix(head, bom)
	var line []byte
	for first := true; len(head) > 0; first = false {
		line, head, _ = bytes.Cut(head, []byte("\n"))
		line = bytes.TrimSpace(line)
		if first && len(line) >= 4 && strings.EqualFold(string(line[:4]), "sep=") {
			head = bytes.TrimPrefix(head, bom)
			line = nil
			continue
		}
		if len(line) > 0 {
			break
		}
	}
	var cells []string
	for _, sep := range []string{",", ";", "\t"} {
		if c := strings.Split(string(line), sep); len(c) > len(cells) {
			cells = c
		}
	}
	for i, c := range cells {
		cells[i] = strings.ToLower(strings.Trim(c, "\" \t"))
	}
	return cells
}

// IsLedgerHeader reports whether cells (see HeaderCells) hold every
// column of LedgerColumns: the person may move them and add their own.
func IsLedgerHeader(cells []string) bool {
	return !slices.ContainsFunc(LedgerColumns, func(c string) bool { return !slices.Contains(cells, c) })
}
