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
	return writeChunks(w, len(l.Rows), func(cw *csvWriter, from, to int) error {
		rec := make([]string, len(l.Header))
		for _, r := range l.Rows[from:to] {
			if r.Cells == nil && r.person != nil {
				writeVirtualRow(cw, r, cols)
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
		return nil
	})
}

// writeVirtualRow writes a row added by Update that has no cells of its
// own (most rows of a first run) straight from its person: the cells
// virtual would give, without making them.
func writeVirtualRow(cw *csvWriter, r *LedgerRow, cols []string) {
	for i, c := range cols {
		if i > 0 {
			cw.buf = append(cw.buf, ',')
		}
		switch c {
		case ColPersonID:
			cw.field(r.person.ID)
		case ColName:
			cw.field(r.person.Name())
		case ColAccounts:
			cw.keys(r.person.Accounts)
		case ColInExports:
			cw.field(yesNo(r.followed))
		}
	}
	cw.end()
}
