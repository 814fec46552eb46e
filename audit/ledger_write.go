package audit

import (
	"io"
	"strings"
)

// WriteLedger writes the ledger: header in its order, every row in its
// order, every cell neutralised against spreadsheet formulas (and given
// back exactly by ReadLedger).
func WriteLedger(w io.Writer, l *Ledger) error {
	cw := newCSVWriter(w)
	if err := cw.Write(l.Header...); err != nil {
		return err
	}
	if err := cw.Flush(); err != nil {
		return err
	}
	cols := make([]string, len(l.Header))
	for i, h := range l.Header {
		cols[i] = strings.ToLower(strings.TrimSpace(h))
	}
	// The rows, then those of the people Update found new, which have none
	// made (see Ledger.fresh).
	rows := len(l.rows)
	return writeChunks(w, rows+len(l.fresh), func(cw *csvWriter, from, to int) error {
		rec := make([]string, len(l.Header))
		for _, r := range l.rows[min(from, rows):min(to, rows)] {
			if r.Cells == nil && r.person != nil {
				writeVirtualRow(cw, r.person, r.followed, cols)
				continue
			}
			for i := range rec {
				rec[i] = ""
				if i < len(r.Cells) {
					rec[i] = r.Cells[i]
				}
			}
			if err := cw.Write(rec...); err != nil {
				return err
			}
		}
		for _, p := range l.fresh[max(from-rows, 0):max(to-rows, 0)] {
			writeVirtualRow(cw, p, true, cols)
		}
		return nil
	})
}

// writeVirtualRow writes a row added by Update that has no cells of its
// own (most rows of a first run) straight from its person: the cells
// virtual would give, without making them.
func writeVirtualRow(cw *csvWriter, p *Person, followed bool, cols []string) {
	for i, c := range cols {
		if i > 0 {
			cw.buf = append(cw.buf, ',')
		}
		switch c {
		case ColPersonID:
			cw.field(p.ID)
		case ColName:
			cw.field(p.Name())
		case ColAccounts:
			cw.keys(p.Accounts)
		case ColInExports:
			cw.field(yesNo(followed))
		}
	}
	cw.end()
}
