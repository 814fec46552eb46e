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
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/unfollow-audit/unfollow-audit/internal/arena"
	"github.com/unfollow-audit/unfollow-audit/internal/csvread"
)

const acceptedBools = "accepted: yes/no, y/n, true/false, 1/0, x, their French, German, Spanish, Italian, Dutch or Portuguese words (oui/non, VRAI/FAUX...), or empty for no"

// ParseBool reads a ledger yes/no cell, in any case; empty is no. A
// spreadsheet in another language turns a TRUE typed or a ticked box into
// its own word (French Excel: VRAI, German: WAHR) and saves it so, and
// people write yes in theirs: those of the languages of the method's
// readers are read too; their accents typed as a letter then its mark
// (see nfc) as well.
func ParseBool(s string) (bool, bool) {
	switch strings.ToLower(strings.TrimSpace(nfc(s))) {
	case "yes", "y", "true", "1", "x",
		"oui", "vrai", "ja", "wahr", "sí", "si", "sì", "verdadero", "vero", "waar", "sim", "verdadeiro":
		return true, true
	case "no", "n", "false", "0", "",
		"non", "faux", "nein", "falsch", "falso", "nee", "onwaar", "não", "nao":
		return false, true
	}
	return false, false
}

// nfc returns s with its accents composed (NFC): a cell typed with a
// letter then its combining mark (NFD: some Mac keyboards, a name pasted
// from Finder) looks as the word composed does, and was refused as no yes
// or no, no month's name, with a value the person saw as the one asked
// for. The cell itself is kept as typed. s without a combining mark
// (nearly every cell) is returned as it is, without allocating, as the
// check of norm does not: it is asked of every row's cells.
func nfc(s string) string {
	marks := false
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			marks = strings.ContainsFunc(s[i:], func(r rune) bool { return unicode.Is(unicode.Mn, r) })
			break
		}
	}
	if !marks || norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// ReadLedger reads a ledger as written by WriteLedger or re-saved by a
// spreadsheet: with or without a byte order mark, CRLF, LF or CR line ends,
// any quoting, rows in any order, semicolons instead of commas
// (spreadsheets in some locales), trailing empty cells dropped. The byte
// order mark, the separator, the line ends and the line breaks inside
// cells are remembered: WriteLedger writes them back, so that the
// spreadsheet opens the file as it saved it. Lines of empty cells are
// skipped, as blank; a row of spaces is kept (see rowParser.parse).
// Every cell is checked; the first bad one is returned as a *LedgerError
// naming its line and column, and the lines of the bad cells below it.
// Dates after asOf are refused: nobody met anyone in the future.
func ReadLedger(r io.Reader, name string, asOf Date) (*Ledger, error) {
	return readLedger(r, name, asOf, nil)
}

// ReadLedgerRows is ReadLedger reading only the rows of the person_ids
// ids, the others passed over unchecked: the backup, read for the rows
// of the ledger's "?" cells (see LossySave), is as long as the ledger,
// and its parsing whole cost seconds at a million rows.
func ReadLedgerRows(r io.Reader, name string, asOf Date, ids map[string]bool) (*Ledger, error) {
	return readLedger(r, name, asOf, ids)
}

// readLedger is ReadLedger, reading only the rows of the person_ids only
// where only is not nil.
func readLedger(r io.Reader, name string, asOf Date, only map[string]bool) (*Ledger, error) {
	aw := &asciiWatch{r: r}
	br := bufio.NewReaderSize(aw, 64<<10)
	var d dialect
	// Marks after the first (a tool that adds one to a file that had
	// one) go too, written back as one: the second was read as part of
	// the first column's name, and the ledger refused as missing
	// person_id, a column the person sees.
	for {
		if b, _ := br.Peek(3); !bytes.Equal(b, []byte("\xEF\xBB\xBF")) {
			break
		}
		br.Discard(3)
		d.bom = true
	}
	first, err := br.Peek(4096)
	whole := err != nil // the file is shorter: a CR at the end of first ends it
	if len(first) == 0 && !d.bom {
		// No byte at all: the tool never writes such a ledger, a
		// spreadsheet neither. In a synced folder it is a file kept
		// online, not downloaded yet, whose notes are all there.
		return nil, &LedgerError{File: name, Msg: "the ledger is empty (0 bytes: in a synced folder, most likely a file kept online and not downloaded yet): have your sync client download it (make it available offline), then run again; it needs at least its header line " + strings.Join(LedgerColumns, ",")}
	}
	// A zip (.xlsx, .ods, .numbers), or the compound file of Excel 97's
	// .xls: saved under the ledger's name in the workbook's format.
	if bytes.HasPrefix(first, []byte("PK\x03\x04")) || bytes.HasPrefix(first, []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
		return nil, &LedgerError{File: name, Line: 1, Msg: "the ledger is a workbook (.xlsx, .xls, .ods), not CSV: save it as \"CSV UTF-8\" under this name"}
	}
	// UTF-16 without a byte order mark: the header's letters are ASCII,
	// each beside a zero byte. A zero byte further on is damage, refused
	// with its line (see nulByte).
	if bytes.HasPrefix(first, []byte("\xFF\xFE")) || bytes.HasPrefix(first, []byte("\xFE\xFF")) || bytes.IndexByte(first[:min(len(first), 2)], 0) >= 0 {
		return nil, &LedgerError{File: name, Line: 1, Msg: "the ledger is UTF-16 (Excel's \"Unicode Text\"), not CSV: save it as \"CSV UTF-8\""}
	}
	// Excel's separator hint ("sep=;"), a line of its own before the
	// header: read, and kept with its own line end (see dialect.sep).
	sep, err := sepHint(first, whole)
	if err != nil {
		return nil, &LedgerError{File: name, Line: 1, Msg: err.Error()}
	}
	d.sep = string(sep)
	first = first[len(sep):]
	// The byte order mark after the hint (the hint added before the file
	// the tool wrote, as printf 'sep=,\n' | cat - ledger.csv does): the
	// hint's, written back after it, not the first column's name.
	bomAfter := d.sep != "" && bytes.HasPrefix(first, []byte("\xEF\xBB\xBF"))
	if bomAfter {
		d.sep += "\xEF\xBB\xBF"
		first = first[3:]
	}
	headerLine := 1
	var rows lineRows // where lines and spreadsheet rows part
	if d.sep != "" {
		// Excel shows no row of the hint: its rows are one fewer than
		// the file's lines from the header on.
		headerLine, rows = 2, lineRows{{line: 2, extra: 1}}
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
	headerSep := d.comma // the header's own, where the hint says another
	if d.sep != "" {
		d.comma = d.sep[4]
	}
	var src io.Reader = br
	if d.sep != "" {
		// The hint is not the CSV reader's to read: a line of its own,
		// whatever its line end ("sep=,\r" above lines of LF would join
		// the header to it), and a byte order mark after it is no part of
		// the header. The reader gets a line in the file's form in its
		// place, which keeps its line numbers the file's.
		br.Discard(len(d.sep))
		src = io.MultiReader(strings.NewReader("sep="+cmp.Or(d.eol, "\n")), br)
	}
	breaks := &cellBreaks{r: src, crEnds: d.eol == "\r"}
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
	cr.MaxRecordBytes = MaxLedgerRowBytes
	if d.sep != "" {
		cr.Read() // the hint's line: "sep="
	}
	header, err := cr.Read()
	if err == nil && breaks.found != "" {
		rows.add(headerLine, header)
	}
	if err == io.EOF {
		return nil, &LedgerError{File: name, Msg: "the ledger is empty: it needs at least its header line " + strings.Join(LedgerColumns, ",")}
	}
	if err != nil {
		return nil, ledgerCSVError(name, err, cr.UnclosedQuote())
	}
	l := &Ledger{Header: make([]string, 0, len(header)), headerCells: make([]string, 0, len(header)), dialect: d}
	for _, h := range header {
		h = strings.Clone(h)
		l.headerCells = append(l.headerCells, h)
		l.Header = append(l.Header, Unneutralize(h))
	}
	if err := checkHeader(name, l.Header, headerLine, rows); err != nil {
		return nil, err
	}
	l.index()
	var missing []string
	for _, c := range LedgerColumns {
		if _, ok := l.col[c]; !ok {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 && d.sep != "" && headerSep != d.comma {
		// "sep=;" above a header of commas: Excel, told so, shows the
		// ledger in one column too. The hint is what to change.
		return nil, &LedgerError{File: name, Line: 1, Msg: fmt.Sprintf("Excel's separator hint %q does not match the header on line %d, which is separated by %s: delete that line, or change it to %s",
			strings.TrimRight(d.sep, "\r\n\uFEFF"), headerLine, separatorName(headerSep), hintOf(headerSep))}
	}
	if inOneCell(l.Header, len(LedgerColumns), d.comma) {
		return nil, &LedgerError{File: name, Line: headerLine, Msg: oneCell(d.comma), rows: rows}
	}
	if len(missing) == len(LedgerColumns) {
		// None of the ledger's columns on the first line: a sort that took
		// the header line along with the rows (Data > Sort without "My
		// data has headers") leaves a person's row on top, and the header
		// further down. Said so, with its line, rather than as columns
		// missing from a header the person can see is whole.
		if at, noRows := movedHeader(cr, l.headerCells); at > 0 {
			if noRows {
				// A title typed above the header, or a row inserted over
				// it: a sort puts blank rows last, and a person's row
				// has cells past the first. The lines are deleted, not a
				// sort undone.
				above := fmt.Sprintf("line %d", headerLine)
				if at-1 > headerLine {
					above = fmt.Sprintf("lines %d to %d", headerLine, at-1)
				}
				return nil, &LedgerError{File: name, Line: headerLine, Msg: fmt.Sprintf("is not the header line: the header (person_id,name,accounts,...) is on line %d, "+
					"below what holds no person's row (a title, or a row inserted above the header); delete %s and save again", at, above), rows: rows}
			}
			return nil, &LedgerError{File: name, Line: headerLine, Msg: fmt.Sprintf("is not the header line: the header (person_id,name,accounts,...) is on line %d, "+
				"where a sort of the rows took it; move it back to the top (undo the sort, and sort with \"My data has headers\" ticked) and save again", at), rows: rows}
		}
	}
	if len(missing) > 0 {
		return nil, &LedgerError{File: name, Line: headerLine, Msg: fmt.Sprintf("missing column %s: the header must include %s",
			strings.Join(missing, ", "), strings.Join(LedgerColumns, ",")), rows: rows, NoHeader: len(missing) == len(LedgerColumns)}
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
	if i, ok := l.col[ColInExports]; ok {
		p.inExports = i + 1
	}
	// Repeated accounts and ids are found once every row is read (see
	// lineKeys); byID is made when first needed (see indexAdded).
	accs := newLineKeys(hint, &l.rows, func(r *LedgerRow, k int) string { return r.Account(k) })
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
			what := "; remove it from one of the rows"
			if accs.cell(af) != accs.cell(a) {
				// A key typed as the exports do not write it, kept by
				// versions that did not read it so, beside the one they
				// added: one account.
				msg += fmt.Sprintf(", as %q", accs.cell(af))
				if accs.cell(af) != accs.key(a) && accs.cell(a) != accs.key(a) {
					msg += ": both are " + accs.key(a)
				}
			}
			// The row a version added beside a key it did not read has no
			// notes: said, where one row alone has some, which to keep the
			// key on (the notes of a row without its key do nothing). So
			// too where both cells are alike: the key such a row was typed
			// with (a web address), rewritten as the refusal of it said,
			// is then the added row's own. A cell in a column of the
			// person's own counts as notes: the row holding one is not to
			// be deleted.
			first, again := l.noted(accs.row(af)), l.noted(accs.row(a))
			if keep, drop := accs.line(af), accs.line(a); first != again {
				if again {
					keep, drop = drop, keep
				}
				what = fmt.Sprintf(": keep it on %s, which has your notes, and take it off %s (delete that row if it lists no other account)",
					rows.at(keep), rows.at(drop))
			}
			return &LedgerError{File: name, Line: accs.line(a), Column: ColAccounts, Value: accs.cell(a),
				Msg: msg + ": an account belongs to one person only" + what}
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
	seen := 0            // the line breaks in the cells of the records read
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			if bad != nil {
				return nil, withRows(bad)
			}
			return nil, withRows(cmp.Or(repeated(), ledgerCSVError(name, err, cr.UnclosedQuote())))
		}
		line, _ := cr.FieldPos(0)
		var others []otherBreak // rec's line breaks of another kind than the first
		from := seen
		if breaks.found != "" { // a cell above, or close below, holds a line break
			seen += rows.add(line, rec)
			others = breaks.othersBefore(seen)
		}
		if only != nil && (p.personID >= len(rec) || !only[Unneutralize(rec[p.personID])]) {
			continue
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
		for k := range row.Accounts() {
			accs.add(len(l.rows), k)
		}
		// A person_id of spaces on a row of no account (a row of spaces
		// alone, see parse) is no id: Known gives none to such a row.
		if id := Unneutralize(row.cells.at(p.personID)); id != "" && (row.NumAccounts() > 0 || strings.TrimSpace(id) != "") {
			ids.add(len(l.rows), id)
		}
		if len(others) > 0 {
			l.keepBreaks(row, from, breaks.found, others)
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
	l.dialect.ascii = !d.bom && !aw.high
	return l, nil
}

// movedHeader reads the rest of a ledger whose first line holds none of
// its columns, and returns the line of the first record that holds them
// all (the header a sort moved down), or 0. noRows is set where every
// line above it (first the first) is no person's row: a title or a row
// inserted above the header, to delete (see titleLine).
func movedHeader(cr *csvread.Reader, first []string) (line int, noRows bool) {
	blank, title := blankLine(first), titleLine(first)
	for {
		rec, err := cr.Read()
		if err != nil {
			return 0, false // the end, or a line the reader cannot read: not told
		}
		found := 0
		for _, c := range rec {
			if slices.Contains(LedgerColumns, headerCell(c)) {
				found++
			}
		}
		if found == len(LedgerColumns) {
			line, _ := cr.FieldPos(0)
			// Text in the first cell alone is a title where that
			// column is person_id, which no row typed by hand fills;
			// under name, or a column of the person's, it may be a row
			// of a name alone that a sort took up.
			return line, blank || title && headerCell(rec[0]) == ColPersonID
		}
		blank, title = blank && blankLine(rec), title && titleLine(rec)
	}
}

// headerCell is a header line's cell as a column name: trimmed, in lower
// case, without the quote that neutralizes a formula.
func headerCell(c string) string { return strings.ToLower(strings.TrimSpace(Unneutralize(c))) }

// titleLine reports whether a line holds nothing but spaces past its
// first cell, where a title is typed: no person's row of the tool's,
// which has an id and keys.
func titleLine(rec []string) bool { return len(rec) == 0 || blankLine(rec[1:]) }

// blankLine reports whether a line holds nothing but spaces: a row
// inserted, which a sort would have put last.
func blankLine(rec []string) bool {
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// checkHeader refuses a header that cannot be the ledger's: a column name
// that is not UTF-8 (as a row's cell is: see parse; the file is in
// another encoding), one holding a line break (lines split where the
// file's were not) or a column of the tool's named twice (which of the
// two holds the notes?). The header is on line (2 below Excel's
// separator hint), and rows say where the spreadsheet shows it.
func checkHeader(name string, header []string, line int, rows lineRows) error {
	seen := map[string]int{}
	for i, h := range header {
		if !utf8.ValidString(h) {
			return &LedgerError{File: name, Line: line, Column: strconv.Itoa(i + 1), Value: strings.ToValidUTF8(h, "?"), Msg: notUTF8, rows: rows}
		}
		if strings.IndexByte(h, 0) >= 0 {
			return &LedgerError{File: name, Line: line, Msg: nulByte, rows: rows}
		}
		if strings.ContainsAny(h, "\r\n") {
			return &LedgerError{File: name, Line: line, Column: strconv.Itoa(i + 1), Value: h,
				Msg: "is a column name holding a line break: the header must be one line; save the ledger as CSV UTF-8", rows: rows}
		}
		k := strings.ToLower(strings.TrimSpace(h))
		if !slices.Contains(LedgerColumns, k) && k != ColInExports {
			continue // the person's own columns may repeat: each is kept
		}
		if j, dup := seen[k]; dup {
			return &LedgerError{File: name, Line: line, Column: strconv.Itoa(i + 1), Value: h,
				Msg: fmt.Sprintf("is also column %d: rename or remove one of them", j+1), rows: rows}
		}
		seen[k] = i
	}
	return nil
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

// add notes the line breaks in the cells of the record read from line on,
// and returns how many they are.
func (s *lineRows) add(line int, rec []string) int {
	n := 0
	for _, c := range rec {
		n += strings.Count(c, "\n")
	}
	if n == 0 {
		return 0
	}
	extra := int32(n)
	if k := len(*s); k > 0 {
		extra += (*s)[k-1].extra
	}
	*s = append(*s, lineShift{int32(min(line+n+1, math.MaxInt32)), extra})
	return n
}

// MaxLedgerRowBytes caps one row of the ledger, as read: no spreadsheet
// writes one near it (Excel holds 32,767 characters a cell), and the
// reader holds a row whole, so a file of one 2 GB line saved under the
// ledger's name took gigabytes of memory, and was kept as a row. A longer
// row is refused on its line (see ledgerCSVError), the file untouched.
const MaxLedgerRowBytes = 16 << 20

// ledgerCSVError places the CSV reader's error in the ledger name.
// unclosed is the reader's UnclosedQuote: the line of the quoted cell the
// file ends inside, or 0; a file cut short, by a copy interrupted, a crash
// or a full disk, not a quote to find and fix.
func ledgerCSVError(name string, err error, unclosed int) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		if pe.Err == csvread.ErrRecordTooLong {
			what := fmt.Sprintf("holds a row larger than %d MiB, which no spreadsheet writes", MaxLedgerRowBytes>>20)
			return &LedgerError{File: name, Line: pe.StartLine, brief: what, Msg: what + ": the file is damaged, or is not the ledger; " +
				"put back ledger.previous.csv, or delete that line in a text editor"}
		}
		if unclosed > 0 && pe.Err == csv.ErrQuote {
			what := "not valid CSV: the file ends inside a quoted cell opened on this line, its closing \" missing"
			return &LedgerError{File: name, Line: unclosed, brief: what, Msg: what + ": " +
				"it was perhaps cut short (a copy interrupted, a crash, a full disk); put back ledger.previous.csv, or copy the file again"}
		}
		if pe.StartLine != 0 && pe.StartLine != pe.Line {
			what := fmt.Sprintf("not valid CSV: the record starting here: %v (seen on line %d)", pe.Err, pe.Line)
			return &LedgerError{File: name, Line: pe.StartLine, Msg: what, brief: what}
		}
		what := "not valid CSV: " + pe.Err.Error()
		return &LedgerError{File: name, Line: pe.Line, Msg: what, brief: what}
	}
	return &LedgerError{File: name, Msg: err.Error(), brief: err.Error()}
}

// noted reports whether the person wrote anything on row r: its notes
// (Annotations.Reviewed) or a cell in a column of their own.
func (l *Ledger) noted(r *LedgerRow) bool {
	if r.Notes().Reviewed() {
		return true
	}
	for i, h := range l.Header {
		if k := strings.ToLower(strings.TrimSpace(h)); !slices.Contains(LedgerColumns, k) && k != ColInExports &&
			strings.TrimSpace(r.cells.at(i)) != "" {
			return true
		}
	}
	return false
}
