package audit

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/unfollow-audit/unfollow-audit/internal/arena"
	"github.com/unfollow-audit/unfollow-audit/internal/csvread"
	"github.com/unfollow-audit/unfollow-audit/internal/csvsep"
	"github.com/unfollow-audit/unfollow-audit/internal/radix"
)

// A LedgerError is a bad cell or line in the ledger.
type LedgerError struct {
	File   string
	Line   int
	Column string // "" when the whole line is at fault
	Value  string
	Msg    string // what is wrong and what is accepted
	// More are the lines further down with a bad cell too: a column a
	// spreadsheet reformatted (every date as 11/25/2026) is then fixed in
	// one go, not one run per cell.
	More []int
	// rows gives the rows a spreadsheet shows for the lines, where a cell
	// above holds a line break (see lineRows).
	rows lineRows
}

func (e *LedgerError) Error() string {
	var msg string
	switch {
	case e.Column != "":
		msg = fmt.Sprintf("%s: %s, column %s: %q %s", e.File, e.rows.at(e.Line), e.Column, e.Value, e.Msg)
	case e.Line > 0:
		msg = fmt.Sprintf("%s: %s: %s", e.File, e.rows.at(e.Line), e.Msg)
	default:
		msg = fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	if n := len(e.More); n > 0 {
		lines := make([]string, 0, 5)
		for _, l := range e.More[:min(n, 5)] {
			lines = append(lines, e.rows.short(l))
		}
		list := strings.Join(lines, ", ")
		if n > 5 {
			list += ", …"
		}
		what := "lines have"
		if n == 1 {
			what = "line has"
		}
		msg += fmt.Sprintf(" (%d more %s a bad cell: %s)", n, what, list)
	}
	return msg
}

const acceptedBools = "accepted: yes/no, y/n, true/false, 1/0, x, or empty for no"

// ParseBool reads a ledger yes/no cell, in any case; empty is no.
func ParseBool(s string) (bool, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "yes", "y", "true", "1", "x":
		return true, true
	case "no", "n", "false", "0", "":
		return false, true
	}
	return false, false
}

// ReadLedger reads a ledger as written by WriteLedger or re-saved by a
// spreadsheet: with or without a byte order mark, CRLF, LF or CR line ends,
// any quoting, rows in any order, semicolons instead of commas
// (spreadsheets in some locales), trailing empty cells dropped. The byte
// order mark, the separator and the line ends are remembered: WriteLedger
// writes them back, so that the spreadsheet opens the file as it saved it.
// Every cell is checked; the first bad one is returned as a *LedgerError
// naming its line and column, and the lines of the bad cells below it.
// Dates after asOf are refused: nobody met anyone in the future.
func ReadLedger(r io.Reader, name string, asOf Date) (*Ledger, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	var d dialect
	if b, _ := br.Peek(3); bytes.Equal(b, []byte("\xEF\xBB\xBF")) {
		br.Discard(3)
		d.bom = true
	}
	first, err := br.Peek(4096)
	whole := err != nil // the file is shorter: a CR at the end of first ends it
	if bytes.HasPrefix(first, []byte("PK\x03\x04")) {
		return nil, &LedgerError{File: name, Line: 1, Msg: "the ledger is a workbook (.xlsx, .ods), not CSV: save it as \"CSV UTF-8\" under this name"}
	}
	if bytes.HasPrefix(first, []byte("\xFF\xFE")) || bytes.HasPrefix(first, []byte("\xFE\xFF")) || bytes.IndexByte(first, 0) >= 0 {
		return nil, &LedgerError{File: name, Line: 1, Msg: "the ledger is UTF-16 (Excel's \"Unicode Text\"), not CSV: save it as \"CSV UTF-8\""}
	}
	if i := bytes.IndexAny(first, "\r\n"); i >= 0 {
		switch {
		case first[i] == '\n':
		case i+1 < len(first) && first[i+1] == '\n':
			d.eol = "\r\n"
		case i+1 < len(first) || whole: // a lone CR: Excel for Mac's "CSV (Macintosh)"
			d.eol = "\r"
		}
		first = first[:i]
	}
	d.comma = byte(headerComma(first))
	breaks := &cellBreaks{r: br, crEnds: d.eol == "\r"}
	var in io.Reader = breaks
	if d.eol == "\r" {
		// The CSV reader (csvread, as encoding/csv) ends lines at LF only:
		// it would read the whole file as one header of hundreds of columns.
		in = csvread.CRToLF(breaks) // WriteLedger turns the cells' LFs back (see dialect)
	}
	// Its fields are borrowed until the next record: parse copies each
	// row's cells into text, and what else is kept is cloned.
	cr := csvread.NewReader(in)
	cr.FieldsPerRecord = -1
	cr.Comma = rune(d.comma)
	cr.ReuseRecord = true // parse copies the cells into slabs
	header, err := cr.Read()
	var rows lineRows // where lines and spreadsheet rows part
	if err == nil && breaks.found != "" {
		rows.add(1, header)
	}
	if err == io.EOF {
		return nil, &LedgerError{File: name, Msg: "the ledger is empty: it needs at least its header line " + strings.Join(LedgerColumns, ",")}
	}
	if err != nil {
		return nil, ledgerCSVError(name, err)
	}
	l := &Ledger{Header: make([]string, 0, len(header)), dialect: d}
	for _, h := range header {
		l.Header = append(l.Header, strings.Clone(Unneutralize(h)))
	}
	if err := checkHeader(name, l.Header); err != nil {
		return nil, err
	}
	l.index()
	var missing []string
	for _, c := range LedgerColumns {
		if _, ok := l.col[c]; !ok {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		return nil, &LedgerError{File: name, Line: 1, Msg: fmt.Sprintf("missing column %s: the header must include %s",
			strings.Join(missing, ", "), strings.Join(LedgerColumns, ","))}
	}
	hint := rowsHint(r, 64) // a first run writes lines of about 75 bytes
	// Sized for the file, the rows and their keys (below) are not copied
	// as they grow (at a million rows that copying made 200 MB of garbage).
	l.rows = make([]*LedgerRow, 0, hint)
	// The cells' text, copied out of the reader's borrowed fields, in one
	// block where the file's size tells (the cells are shorter than their
	// lines; each row's head, see rowCells, is counted apart): one
	// allocation, where blocks of 1 MiB left holes between the strings
	// encoding/csv made of each record, too small for the merge's slabs to
	// reuse. Room never written is never touched.
	var text arena.Strings
	head, _ := cellsHead(len(l.Header), 0)
	text.Reserve(int(min(fileSize(r)+int64(hint*head), 1<<32)))
	p := rowParser{l: l, name: name, asOf: asOf, text: &text}
	for _, c := range []struct {
		name string
		dst  *int
	}{{ColPersonID, &p.personID}, {ColLastMet, &p.lastMet}, {ColInspiring, &p.inspiring}, {ColSupplier, &p.supplier},
		{ColToxic, &p.toxic}, {ColUnsure, &p.unsure}, {ColRelationship, &p.relationship}, {ColNote, &p.note}, {ColAccounts, &p.accounts}} {
		*c.dst = l.col[c.name] // every one is there: checked above
	}
	// Repeated accounts and ids are found once every row is read (see
	// lineKeys); byID is made when first needed (see indexAdded).
	accs := newLineKeys(hint, &l.rows, func(r *LedgerRow, k int) string { return r.Accounts[k] })
	ids := newLineKeys(hint, &l.rows, func(r *LedgerRow, _ int) string { return Unneutralize(r.cells.at(p.personID)) })
	// repeated is the error a reader going line by line would meet first
	// about an account or id listed twice, or nil; at one line, the
	// accounts are checked before the id.
	repeated := func() error {
		a, af := accs.repeat()
		i, is := ids.repeat()
		switch {
		case a >= 0 && (i < 0 || accs.line(a) <= ids.line(i)):
			msg := "is also listed on " + rows.at(accs.line(af))
			if accs.cell(af) != accs.cell(a) {
				// A key typed as the exports do not write it, kept by
				// versions that did not read it so, beside the one they
				// added: one account.
				msg += fmt.Sprintf(", as %q", accs.cell(af))
				if accs.cell(af) != accs.key(a) && accs.cell(a) != accs.key(a) {
					msg += ": both are " + accs.key(a)
				}
			}
			return &LedgerError{File: name, Line: accs.line(a), Column: ColAccounts, Value: accs.cell(a),
				Msg: msg + ": an account belongs to one person only; remove it from one of the rows"}
		case i >= 0:
			return &LedgerError{File: name, Line: ids.line(i), Column: ColPersonID, Value: ids.key(i),
				Msg: fmt.Sprintf("is also the id on %s: each row needs its own person_id (leave it empty on a new row)", rows.at(ids.line(is)))}
		}
		return nil
	}
	// withRows gives an error the rows of its lines, once every line it
	// names is read.
	withRows := func(err error) error {
		if le, ok := err.(*LedgerError); ok {
			le.rows = rows
		}
		return err
	}
	var bad *LedgerError // the first bad cell; the lines of later ones go in its More
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			if bad != nil {
				return nil, withRows(bad)
			}
			return nil, withRows(cmp.Or(repeated(), ledgerCSVError(name, err)))
		}
		line, _ := cr.FieldPos(0)
		if breaks.found != "" { // a cell above, or close below, holds a line break
			rows.add(line, rec)
		}
		row, err := p.parse(rec, line)
		if err != nil {
			le, ok := err.(*LedgerError)
			switch {
			case bad != nil:
				bad.More = append(bad.More, line)
				continue
			case !ok:
				return nil, err
			}
			if err := repeated(); err != nil {
				return nil, withRows(err) // on an earlier line
			}
			bad = le // the rows below are checked, and counted if bad
			continue
		}
		if row == nil || bad != nil {
			continue
		}
		for _, t := range p.typed {
			if accs.typed == nil {
				accs.typed = map[int32]string{}
			}
			accs.typed[int32(accs.len()+t.at)] = t.cell
		}
		accs.add(len(l.rows), row.Accounts...)
		if id := Unneutralize(row.cells.at(p.personID)); id != "" {
			ids.add(len(l.rows), id)
		}
		l.rows = append(l.rows, row)
	}
	if bad != nil {
		return nil, withRows(bad)
	}
	if err := repeated(); err != nil {
		return nil, withRows(err)
	}
	l.lines = rows
	if b := breaks.found; b != "" && b != cmp.Or(d.eol, "\n") {
		l.dialect.cellEOL = b
	}
	return l, nil
}

// lineKeys are keys (accounts, person ids) of a ledger and the rows
// they are on, checked for a key listed twice once they are all read:
// sorting a million key hashes costs a fraction of a map of a million
// strings. The keys themselves are not kept: each is in its row (see
// keyAt), and a hash and a row index take 12 bytes a key, where a string
// and a line took 20, and the sort's pairs and their scratch 32 more, all
// on fresh pages while the collector is paused (the thirteenth series of
// docs/performance.md).
type lineKeys struct {
	// hashes are the keys' hashes (stringHash), in file order; repeat
	// sorts them, each with its index in its low bits.
	hashes []uint64
	rows   []int32 // by key: its row's index in *ledger
	ledger *[]*LedgerRow
	// keyAt returns the k-th key of row r, in the order add was given them.
	keyAt func(r *LedgerRow, k int) string
	// typed holds, by index in keys, the key as the cell has it where
	// that is not the key (see canonicalID): an error quotes the cell.
	typed map[int32]string
	// The first repeat's result: the hashes are sorted since.
	checked      bool
	again, first int
}

// newLineKeys returns lineKeys with room for n keys, of the rows of
// ledger, whose keys keyAt returns.
func newLineKeys(n int, ledger *[]*LedgerRow, keyAt func(r *LedgerRow, k int) string) lineKeys {
	return lineKeys{hashes: make([]uint64, 0, n), rows: make([]int32, 0, n), ledger: ledger, keyAt: keyAt}
}

// len returns the number of keys added.
func (a *lineKeys) len() int { return len(a.hashes) }

// key returns key i.
func (a *lineKeys) key(i int) string {
	r := a.rows[i]
	k := i // the row's first key
	for k > 0 && a.rows[k-1] == r {
		k--
	}
	return a.keyAt((*a.ledger)[r], i-k)
}

// line returns the line of key i.
func (a *lineKeys) line(i int) int { return int((*a.ledger)[a.rows[i]].Line) }

// cell returns key i as its cell has it.
func (a *lineKeys) cell(i int) string {
	if t, ok := a.typed[int32(i)]; ok {
		return t
	}
	return a.key(i)
}

// add adds the keys of row, the row at index row of the ledger's rows,
// as keyAt returns them.
func (a *lineKeys) add(row int, keys ...string) {
	for _, k := range keys {
		a.hashes = append(a.hashes, stringHash(k))
		a.rows = append(a.rows, int32(row))
	}
}

// repeat returns the index of the first key, in file order, that was
// listed before, and the index of that earlier listing; -1, -1 when every
// key is listed once. No key may be added after it.
func (a *lineKeys) repeat() (again, first int) {
	if a.checked {
		return a.again, a.first
	}
	a.checked = true
	a.again, a.first = -1, -1
	n := len(a.hashes)
	if n < 2 {
		return -1, -1
	}
	// Each hash's top bits, and the key's index below them: sorted, keys
	// of one (shortened) hash are together and in file order, and the
	// sort needs no slice of indexes beside them. A hash shortened to 44
	// bits (a million keys) still sets two keys side by side rarely,
	// and they are compared as strings then.
	b := bits.Len(uint(n - 1))
	for i, h := range a.hashes {
		a.hashes[i] = h>>b<<b | uint64(i)
	}
	radix.SortInPlace(a.hashes)
	mask := uint64(1)<<b - 1
	again, first = -1, -1
	var firsts []int // per distinct key of a run of one hash: its first index
	for i := 0; i < n; {
		j := i + 1
		for j < n && a.hashes[j]>>b == a.hashes[i]>>b {
			j++
		}
		if j-i == 1 {
			i = j
			continue
		}
		firsts = firsts[:0]
	run:
		for _, h := range a.hashes[i:j] {
			k := int(h & mask)
			key := a.key(k)
			for _, f := range firsts {
				if a.key(f) == key {
					if again < 0 || k < again { // indexes are in file order
						again, first = k, f
					}
					continue run
				}
			}
			firsts = append(firsts, k)
		}
		i = j
	}
	a.again, a.first = again, first
	return again, first
}

// checkHeader refuses a header that cannot be the ledger's: a column name
// holding a line break (lines split where the file's were not) or a
// column of the tool's named twice (which of the two holds the notes?).
func checkHeader(name string, header []string) error {
	seen := map[string]int{}
	for i, h := range header {
		if strings.ContainsAny(h, "\r\n") {
			return &LedgerError{File: name, Line: 1, Column: strconv.Itoa(i + 1), Value: h,
				Msg: "is a column name holding a line break: the header must be one line; save the ledger as CSV UTF-8"}
		}
		k := strings.ToLower(strings.TrimSpace(h))
		if !slices.Contains(LedgerColumns, k) && k != ColInExports {
			continue // the person's own columns may repeat: each is kept
		}
		if j, dup := seen[k]; dup {
			return &LedgerError{File: name, Line: 1, Column: strconv.Itoa(i + 1), Value: h,
				Msg: fmt.Sprintf("is also column %d: rename or remove one of them", j+1)}
		}
		seen[k] = i
	}
	return nil
}

// cellBreaks passes a CSV file through, and finds the line break inside
// its first quoted cell of several lines: "\n", "\r\n", or "\r" in a
// file of lone-CR lines (see dialect.cellEOL). Quotes delimit cells, a
// doubled one toggling twice.
type cellBreaks struct {
	r      io.Reader
	crEnds bool   // the file's lines end with a lone CR: so does a line in a cell
	quoted bool   // in a quoted cell
	cr     bool   // the last byte was a CR in a quoted cell
	found  string // "" until found
}

func (c *cellBreaks) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for _, b := range p[:n] {
		if c.found != "" {
			break
		}
		if c.cr {
			c.cr = false
			if b == '\n' {
				c.found = "\r\n"
				break
			}
			// A lone CR: a CR-ended file's line break (csvread.CRToLF reads it
			// as one), or a character of the cell in any other.
			if c.crEnds {
				c.found = "\r"
				break
			}
		}
		switch {
		case b == '"':
			c.quoted = !c.quoted
		case c.quoted && b == '\r':
			c.cr = true
		case c.quoted && b == '\n':
			c.found = "\n"
		}
	}
	return n, err
}

// headerComma guesses the separator from the header line: ';' when it has
// more semicolons than commas outside quotes (spreadsheets in locales where
// the comma is the decimal separator), a tab when it has neither but tabs
// (a spreadsheet's "Text (tab delimited)" saved as UTF-8), ',' otherwise.
func headerComma(line []byte) rune {
	commas, semicolons := csvsep.Count(line)
	switch {
	case semicolons > commas:
		return ';'
	case commas == 0 && semicolons == 0 && bytes.IndexByte(line, '\t') >= 0:
		return '\t'
	}
	return ','
}

// lineRows are where a ledger's lines and the rows a spreadsheet shows
// part: below a cell holding a line break (Alt+Enter in a note), a file's
// line is not its row, and an error about "line 8" sent the person to
// someone else's row. Each shift holds from its line on; none, the usual
// case, where no cell holds a break.
type lineRows []lineShift

type lineShift struct {
	line  int32 // the first line the shift holds for
	extra int32 // the line breaks in cells above it: rows are that many fewer than lines
}

// row returns the spreadsheet row of line.
func (s lineRows) row(line int) int {
	i, _ := slices.BinarySearchFunc(s, line+1, func(sh lineShift, l int) int { return cmp.Compare(int(sh.line), l) })
	if i == 0 {
		return line
	}
	return line - int(s[i-1].extra)
}

// at says where line is, for an error: "line 8", or "line 8 (row 6 in a
// spreadsheet)" where the two part.
func (s lineRows) at(line int) string {
	if r := s.row(line); r != line {
		return fmt.Sprintf("line %d (row %d in a spreadsheet)", line, r)
	}
	return fmt.Sprintf("line %d", line)
}

// short is at's "8" or "8 (row 6)", for lists of lines.
func (s lineRows) short(line int) string {
	if r := s.row(line); r != line {
		return fmt.Sprintf("%d (row %d)", line, r)
	}
	return strconv.Itoa(line)
}

// add notes the line breaks in the cells of the record read from line on.
func (s *lineRows) add(line int, rec []string) {
	n := 0
	for _, c := range rec {
		n += strings.Count(c, "\n")
	}
	if n == 0 {
		return
	}
	extra := int32(n)
	if k := len(*s); k > 0 {
		extra += (*s)[k-1].extra
	}
	*s = append(*s, lineShift{int32(min(line+n+1, math.MaxInt32)), extra})
}

func ledgerCSVError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		if pe.StartLine != 0 && pe.StartLine != pe.Line {
			return &LedgerError{File: name, Line: pe.StartLine, Msg: fmt.Sprintf("not valid CSV: the record starting here: %v (seen on line %d)", pe.Err, pe.Line)}
		}
		return &LedgerError{File: name, Line: pe.Line, Msg: "not valid CSV: " + pe.Err.Error()}
	}
	return &LedgerError{File: name, Msg: err.Error()}
}

// A rowParser checks and parses the records of one ledger file, whose
// columns it knows by index: a million rows would otherwise look each
// column up by name a dozen times. Rows and their cells are cut from
// slabs, a thousand rows at a time.
type rowParser struct {
	l    *Ledger
	name string
	asOf Date

	personID, lastMet, inspiring, supplier, toxic, unsure, relationship, note, accounts int

	rows []LedgerRow
	text *arena.Strings // rows' cells are written in it
	keys []string       // rows' account keys are cut from it too
	// typed are the keys of the row parsed last that its cell writes
	// otherwise (see lineKeys.typed).
	typed []typedKey
}

// A typedKey is a row's account key as its cell writes it, where that is
// not the key: at is its index in the row's Accounts.
type typedKey struct {
	at   int
	cell string
}

// parse checks and parses one record; it returns nil for a blank line.
func (p *rowParser) parse(rec []string, line int) (*LedgerRow, error) {
	l, name, asOf := p.l, p.name, p.asOf
	p.typed = p.typed[:0]
	blank := true
	for i, c := range rec {
		if !utf8.ValidString(c) {
			return nil, &LedgerError{File: name, Line: line, Column: l.Header[min(i, len(l.Header)-1)], Value: strings.ToValidUTF8(c, "?"), // a copy: c is not UTF-8
				Msg: "is not UTF-8: save the ledger as \"CSV UTF-8\" in your spreadsheet"}
		}
		if strings.TrimSpace(c) != "" {
			blank = false
		}
	}
	if blank {
		return nil, nil
	}
	if len(rec) > len(l.Header) {
		for i := len(l.Header); i < len(rec); i++ {
			if c := rec[i]; strings.TrimSpace(c) != "" {
				return nil, &LedgerError{File: name, Line: line, Column: strconv.Itoa(i + 1), Value: strings.Clone(c), Msg: fmt.Sprintf(
					"is beyond the header's %d columns: give this column a name in the header, or clear the cell", len(l.Header))}
			}
		}
		rec = rec[:len(l.Header)]
	}
	const slab = 1024
	if len(p.rows) == 0 {
		p.rows = make([]LedgerRow, slab)
	}
	row := &p.rows[0]
	p.rows = p.rows[1:]
	row.Line = int32(min(line, math.MaxInt32))
	size := 0
	for _, c := range rec {
		size += len(c)
	}
	// The cells as the file has them (see rowCells), and empty ones for
	// the trailing cells a spreadsheet dropped.
	head, _ := cellsHead(len(l.Header), size)
	b, start := p.text.Room(head + size)
	writeCells(b, len(l.Header), size, rec)
	row.cells.s = p.text.Since(start)
	cell := func(i int) string { return Unneutralize(row.cells.at(i)) }
	n := &row.Notes
	for _, b := range []struct {
		i   int
		col string
		dst *bool
	}{{p.inspiring, ColInspiring, &n.Inspiring}, {p.supplier, ColSupplier, &n.Supplier}, {p.toxic, ColToxic, &n.Toxic}, {p.unsure, ColUnsure, &n.Unsure}} {
		v := cell(b.i)
		ok := false
		if *b.dst, ok = ParseBool(v); !ok {
			return nil, &LedgerError{File: name, Line: line, Column: b.col, Value: v, Msg: "is not yes or no (" + acceptedBools + ")"}
		}
		n.Answered = n.Answered || strings.TrimSpace(v) != ""
	}
	v := cell(p.lastMet)
	met, err := ParsePeriod(v)
	if err != nil {
		return nil, &LedgerError{File: name, Line: line, Column: ColLastMet, Value: v,
			Msg: "is not a date: write YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2026-03-02, 2026-03 or 2026), or leave it empty"}
	}
	if met.First > asOf {
		return nil, &LedgerError{File: name, Line: line, Column: ColLastMet, Value: v,
			Msg: fmt.Sprintf("is after the audit date %s: check the date, or give --as-of", asOf)}
	}
	n.LastMet = met
	n.Relationship = cell(p.relationship)
	n.Note = cell(p.note)
	v = cell(p.accounts)
	if v != "" {
		// At most one key more than semicolons; capped, like the cells.
		n := strings.Count(v, ";") + 1
		if len(p.keys) < n {
			p.keys = make([]string, max(slab, n))
		}
		row.Accounts, p.keys = p.keys[:0:n], p.keys[n:]
	}
	for rest := v; rest != ""; {
		var k string
		k, rest, _ = strings.Cut(rest, ";")
		k = strings.TrimSpace(k)
		if k == "" {
			continue
		}
		net, id, ok := strings.Cut(k, ":")
		net, id = strings.ToLower(strings.TrimSpace(net)), strings.TrimSpace(id)
		if !ok || net == "" || id == "" {
			return nil, &LedgerError{File: name, Line: line, Column: ColAccounts, Value: k,
				Msg: "is not an account: write network:id, several separated by ; (e.g. facebook:ada-lovelace.1588291200;twitter:1401)"}
		}
		// A key that names no account of any export would be kept and
		// never match: the annotation typed for it would silently do
		// nothing.
		if !slices.Contains(KnownNetworks, net) {
			return nil, &LedgerError{File: name, Line: line, Column: ColAccounts, Value: k,
				Msg: "names no network the tool reads: write " + strings.Join(KnownNetworks, ", ") + " before the colon"}
		}
		if msg := badID(id); msg != "" {
			return nil, &LedgerError{File: name, Line: line, Column: ColAccounts, Value: k, Msg: msg}
		}
		if net == Twitter && strings.Trim(id, "0123456789") != "" {
			return nil, &LedgerError{File: name, Line: line, Column: ColAccounts, Value: k,
				Msg: "is not a Twitter/X account id, which is a number: copy the key from unfollow.csv or keep.csv (twitter:1401, not twitter:@handle)"}
		}
		// "Twitter : 1401" typed by hand is twitter:1401, "GretaL" on a
		// network whose ids are lower case is gretal, and "@kai@host" on
		// Mastodon (as the name column shows it) is kai@host; the cell
		// itself stays as written.
		id = canonicalID(net, id)
		typed := k
		if !isKey(k, net, id) { // else the cell's own text is the key
			k = net + ":" + id
		}
		if slices.Contains(row.Accounts, k) {
			continue // one account listed twice, or written two ways: once
		}
		if typed != k {
			p.typed = append(p.typed, typedKey{len(row.Accounts), typed})
		}
		row.Accounts = append(row.Accounts, k)
	}
	return row, nil
}

// badID says why id, typed in the accounts cell, is no account id of any
// network ("" when it may be one): ids hold no space, comma or slash,
// which a web address pasted in, a name typed for an id, or two keys run
// together, do. Such a key
// would never match, and the notes typed for it would do nothing.
func badID(id string) string {
	switch {
	case strings.Contains(id, "/"):
		return "is a web address, not an account's id: copy the key from unfollow.csv or keep.csv (e.g. linkedin:priya-nair-5b2)"
	case strings.ContainsAny(id, ", \t\r\n") && !strings.Contains(id, ":"):
		// One key, its id a name ("facebook:Lukas Becker"): no second
		// network after the space, as two keys run together have.
		return "is a name, not an account's id (ids hold no space or comma): copy the key from unfollow.csv or keep.csv (e.g. facebook:ada-lovelace.1588291200)"
	case strings.ContainsAny(id, ", \t\r\n"):
		return "holds a space or a comma: separate the accounts with ; (e.g. facebook:ada-lovelace.1588291200;twitter:1401)"
	}
	return ""
}

// canonicalID returns a network's id as the importer makes it, from one
// typed by hand: lower case where the network's ids are (Facebook,
// Instagram, Mastodon; LinkedIn but for its percent escapes, kept as
// written: ken-o%E2%80%99brien), without the @ Instagram and Mastodon
// show before a handle. YouTube's channel ids are case-sensitive, and
// Twitter/X's are numbers.
func canonicalID(network, id string) string {
	switch network {
	case Instagram, Mastodon:
		return lowerASCII(strings.TrimPrefix(id, "@"))
	case Facebook:
		return facebookID(id)
	case LinkedIn:
		return lowerOutsideEscapes(escapeNonASCII(id))
	}
	return id
}

// facebookID returns a Facebook id typed by hand as the importer makes
// it: the slug of the name (Slug: "Café-Lumière" is cafe-lumiere,
// "SØREN" søren), then the second and the ~2 of namesakes as typed.
func facebookID(id string) string {
	base, nth, hasNth := strings.Cut(id, "~")
	stem, second := base, ""
	if i := strings.LastIndexByte(base, '.'); i > 0 && i+1 < len(base) && strings.Trim(base[i+1:], "0123456789") == "" {
		stem, second = base[:i], base[i:]
	}
	if strings.Trim(stem, "abcdefghijklmnopqrstuvwxyz0123456789-") == "" {
		return id // a slug already, as every id the importer makes
	}
	id = Slug(stem) + second
	if hasNth {
		id += "~" + nth
	}
	return id
}

// escapeNonASCII percent-encodes the bytes of s outside ASCII, upper-case
// hex, as the LinkedIn importer writes a profile address's slug: the
// address a browser shows, linkedin.com/in/seán-ó-briain, is the id
// se%C3%A1n-%C3%B3-briain.
func escapeNonASCII(s string) string {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			n++
		}
	}
	if n == 0 {
		return s
	}
	const hex = "0123456789ABCDEF"
	b := make([]byte, 0, len(s)+2*n)
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 {
			b = append(b, '%', hex[c>>4], hex[c&15])
		} else {
			b = append(b, c)
		}
	}
	return string(b)
}

// lowerOutsideEscapes lower-cases the ASCII letters of s but for the two
// hex digits after each %.
func lowerOutsideEscapes(s string) string {
	if !strings.ContainsRune(s, '%') {
		return lowerASCII(s)
	}
	upper := false // outside the escapes: most ids have none, and are kept
	for i := 0; i < len(s) && !upper; i++ {
		switch {
		case s[i] == '%':
			i += 2
		case 'A' <= s[i] && s[i] <= 'Z':
			upper = true
		}
	}
	if !upper {
		return s
	}
	b := []byte(s)
	for i := 0; i < len(b); i++ {
		switch {
		case b[i] == '%':
			i += 2
		case 'A' <= b[i] && b[i] <= 'Z':
			b[i] += 'a' - 'A'
		}
	}
	return string(b)
}

// lowerASCII lower-cases the ASCII letters of s, as the Instagram and
// Mastodon importers do for their ids.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
