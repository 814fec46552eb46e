package audit

import (
	"bufio"
	"cmp"
	"encoding/csv"
	"io"
	"strings"
)

// WriteLedger writes the ledger: header in its order, every row in its
// order, every cell neutralised against spreadsheet formulas (and given
// back exactly by ReadLedger), in the form the ledger was read in (see
// dialect): separator, line ends and byte order mark.
func WriteLedger(w io.Writer, l *Ledger) error {
	d := l.form()
	if !d.plain() || len(l.mixed) > 0 {
		return writeLedgerIn(w, l, d)
	}
	if err := d.writeBOM(w); err != nil {
		return err
	}
	cw := newCSVWriter(w)
	if err := cw.writeAsIs(l.headerRecord()...); err != nil {
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
			if r.cells.none() && r.person != nil {
				writeVirtualRow(cw, r.person, r.followed, cols)
				continue
			}
			for i := range rec {
				rec[i] = fileForm(r.cells.at(i))
			}
			if err := cw.writeAsIs(rec...); err != nil {
				return err
			}
		}
		for _, p := range l.fresh[max(from-rows, 0):max(to-rows, 0)] {
			writeVirtualRow(cw, p, true, cols)
		}
		return nil
	})
}

// fileForm returns a cell of a row read from the file (see rowCells) as
// the ledger writes it back: as it is, unless the person started it like
// a formula (=, +, -, @, tab, CR, or a full-width ＝, ＋, －, ＠), which gets the apostrophe every cell
// that starts so gets (Neutralize). Its value is unchanged: Unneutralize
// drops that apostrophe.
func fileForm(cell string) string {
	if startsFormula(cell) {
		return "'" + cell
	}
	return cell
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
			cw.rowKeys(p.Accounts)
		case ColInExports:
			cw.field(yesNo(followed))
		}
	}
	cw.end()
}

// writeLedgerIn is WriteLedger for a ledger a spreadsheet saved in
// another form than the tool's: encoding/csv, which csvWriter matches
// byte for byte in the tool's form, writes it with the file's separator
// and line ends. Such a ledger is one a person saved, of a few thousand
// rows: the fast path is for the million rows a first run writes.
func writeLedgerIn(w io.Writer, l *Ledger, d dialect) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if d.bom {
		bw.WriteString("\xEF\xBB\xBF")
	}
	bw.WriteString(d.sep)
	var out io.Writer = bw
	var ew *eolWriter
	if d.eol != "" || d.cellEOL != "" || len(l.mixed) > 0 {
		// Not csv.Writer's UseCRLF, which drops a lone CR inside a cell.
		ew = &eolWriter{w: bw, eol: cmp.Or(d.eol, "\n"), cell: d.cellEOL}
		out = ew
	}
	cw := csv.NewWriter(out)
	if d.comma != 0 {
		cw.Comma = rune(d.comma)
	}
	rec := make([]string, len(l.Header))
	// cell gives values, or the cells of a file's row as they are: see
	// rowCells.
	write := func(cell func(i int) string, asIs bool) error {
		for i := range rec {
			if asIs {
				rec[i] = fileForm(cell(i))
			} else {
				rec[i] = Neutralize(cell(i))
			}
		}
		return cw.Write(rec)
	}
	cols := make([]string, len(l.Header))
	for i, h := range l.Header {
		cols[i] = strings.ToLower(strings.TrimSpace(h))
	}
	if err := cw.Write(l.headerRecord()); err != nil {
		return err
	}
	for _, r := range l.rows {
		var err error
		if r.cells.none() && r.person != nil {
			err = write(func(i int) string { return r.virtual(cols[i]) }, false)
		} else if eols := l.breaksOf(r, len(rec)); eols != nil {
			// The row's line breaks are the eolWriter's to write as read:
			// the rows above are written before, and it alone after.
			cw.Flush()
			ew.next = eols
			err = write(r.cells.at, true)
			cw.Flush()
			ew.next = nil
		} else {
			err = write(r.cells.at, true)
		}
		if err != nil {
			return err
		}
	}
	for _, p := range l.fresh {
		r := LedgerRow{person: p, followed: true}
		if err := write(func(i int) string { return r.virtual(cols[i]) }, false); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// eolWriter writes what encoding/csv wrote with LF line ends with the
// ledger's own (see dialect), line breaks inside cells with the file's
// (cell, where it had its own): a file with CRLF ends reads a line break
// inside a cell as LF whether it was LF or CRLF, and one with CR ends had
// them as CRs or CRLFs (see csvread.CRToLF). Quotes delimit cells, a doubled one
// toggling twice.
type eolWriter struct {
	w         io.Writer
	eol, cell string
	quoted    bool // in a quoted cell
	// next are the line breaks of the next LFs in cells, where they are
	// the row's own (see Ledger.mixed): "" for cell's.
	next []string
}

func (e *eolWriter) Write(p []byte) (int, error) {
	q := make([]byte, 0, len(p)+len(p)/32)
	for _, b := range p {
		var eol string
		if b == '\n' && e.quoted && len(e.next) > 0 {
			eol, e.next = e.next[0], e.next[1:]
		}
		switch {
		case eol != "":
			q = append(q, eol...)
		case b == '"':
			e.quoted = !e.quoted
			q = append(q, b)
		case b == '\n' && e.quoted && e.cell != "":
			q = append(q, e.cell...)
		case b == '\n':
			q = append(q, e.eol...)
		default:
			q = append(q, b)
		}
	}
	if _, err := e.w.Write(q); err != nil {
		return 0, err
	}
	return len(p), nil
}

// FormWriter returns a writer for a CSV report in the tool's form (commas,
// LF, no byte order mark) that writes it to w in the form the ledger was
// read in (see dialect), and finish, to call with the report's error once
// it is written: it returns that error, or the rewriting's. A person whose
// spreadsheet saved the ledger with semicolons (a locale where the comma
// is the decimal separator) or a byte order mark (Excel's "CSV UTF-8")
// needs the lists to act on in that form too: with commas that
// spreadsheet opens them in one column, without the mark it shows
// "AmÃ©lie". A ledger in the tool's form gives w itself. The report is
// parsed as it is written, on another goroutine, and written again with
// encoding/csv: the lists of a person who saved a ledger are of thousands
// of rows, not the million the fast path is for.
func (l *Ledger) FormWriter(w io.Writer) (report io.Writer, finish func(error) error) {
	d := l.form()
	if l.listsHigh {
		// The ledger stays all ASCII, without the mark; the lists show
		// an account's name that is not (see Ledger.listsHigh).
		d.bom = true
	}
	if (d.comma == 0 || d.comma == ',') && d.eol == "" {
		// The tool's form, with the ledger's byte order mark or not.
		bomErr := d.writeBOM(w)
		return w, func(err error) error { return cmp.Or(err, bomErr) }
	}
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		err := rewriteCSV(w, pr, dialect{comma: d.comma, eol: d.eol, bom: d.bom})
		pr.CloseWithError(cmp.Or(err, io.ErrClosedPipe))
		done <- err
	}()
	return pw, func(err error) error {
		pw.CloseWithError(err)
		return cmp.Or(err, <-done)
	}
}

// rewriteCSV copies the CSV of r to w in the form d.
func rewriteCSV(w io.Writer, r io.Reader, d dialect) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if d.bom {
		bw.WriteString("\xEF\xBB\xBF")
	}
	var out io.Writer = bw
	if d.eol != "" {
		// A line break inside a cell stays a LF, as Excel writes one
		// (Alt+Enter) in a file of CRLF lines.
		out = &eolWriter{w: bw, eol: d.eol, cell: "\n"}
	}
	cw := csv.NewWriter(out)
	cw.Comma = rune(cmp.Or(d.comma, ','))
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}
