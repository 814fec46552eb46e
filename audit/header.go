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
	// Every mark before the header, as ReadLedger takes them: a program
	// that adds one to a file that had one leaves two.
	for bytes.HasPrefix(head, bom) {
		head = head[len(bom):]
	}
	var line []byte
	for first := true; len(head) > 0; first = false {
		// Lines end in LF, CRLF or a lone CR (Excel for Mac's "CSV
		// (Macintosh)", which the ledger's reader takes): cut at LF
		// alone, such a file was one line, its sep= line taking the
		// header with it.
		i := bytes.IndexAny(head, "\r\n")
		if i < 0 {
			line, head = head, nil
		} else {
			crlf := head[i] == '\r' && i+1 < len(head) && head[i+1] == '\n'
			line, head = head[:i], head[i+1:]
			if crlf {
				head = head[1:]
			}
		}
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
