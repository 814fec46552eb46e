package audit

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/unfollow-audit/unfollow-audit/internal/arena"
)

// notUTF8 says what is wrong with a ledger cell that is not UTF-8, and
// what to do.
const notUTF8 = "is not UTF-8: save the ledger as \"CSV UTF-8\" in your spreadsheet"

// nulByte says what is wrong with a ledger line holding a zero byte: no
// spreadsheet writes one in a CSV file, but a file cut by a crash or a
// full disk can end in them.
const nulByte = "holds a NUL byte (0x00): the file is damaged (by a crash or a full disk?): put back ledger.previous.csv, or delete that line in a text editor"

// inOneCell reports whether rec is a whole line of a ledger of columns
// cells held in one cell: Excel, where the list separator is not the
// file's, opens a ledger in one column, and saves each line as one cell,
// quoted where it holds a ';' or a quote. Read on, such a row is one of an
// unknown person_id, and its accounts get a row of their own.
func inOneCell(rec []string, columns int, comma byte) bool {
	return len(rec) == 1 && columns > 1 && strings.Count(rec[0], string(comma)) >= columns-1
}

// oneCell says what is wrong with a ledger line read as one cell (see
// inOneCell), and what to do.
func oneCell(comma byte) string {
	sep := separatorWord(comma)
	return "holds a whole row in one cell: the spreadsheet opened the ledger in one column (Excel does where its list separator is another); in Excel select column A, Data → Text to Columns, Delimited, " +
		sep + ", then save as CSV UTF-8"
}

// typedBeside reports whether an in_exports cell v is the tool's word
// (yes or no, or none) followed by another list separator than the
// ledger's (comma) and more: a row Excel opened in one column, where its
// list separator is that other one, saved with what the person typed in
// the cells beside it ("yes;2026-06-01"). Read as the ledger's columns,
// that typing lands in the row's last cell, in_exports, which every run
// writes over: it would be lost without a word. Anything else in the
// cell is the tool's to write over, as docs/ledger-values.md says.
//
// It returns that other separator, or 0 where the cell is not typed
// beside. A ledger of tabs may have been shown in one column by Excel of
// either list separator, ',' or ';': both are looked for.
func typedBeside(v string, comma byte) byte {
	for _, other := range otherSeparators(comma) {
		if typedBesideAfter(v, other) {
			return other
		}
	}
	return 0
}

// typedBesideAfter is typedBeside for one other separator.
func typedBesideAfter(v string, other byte) bool {
	word, rest, ok := strings.Cut(v, string(other))
	if !ok || strings.Trim(rest, string(other)+" ") == "" {
		return false
	}
	word = strings.TrimSpace(word)
	return word == "" || strings.EqualFold(word, "yes") || strings.EqualFold(word, "no")
}

// typedBesideMsg says what is wrong with an in_exports cell of a row
// typed beside after the separator other (see typedBeside), and what to
// do.
func typedBesideMsg(comma, other byte) string {
	return fmt.Sprintf("holds what was typed beside this row, after a %q: the spreadsheet showed the ledger in one column (Excel does where its list separator is another), and what was typed in the columns beside the row ended in in_exports, which every run writes over; move it to its own column (last_met, note...), leaving yes or no there, or in Excel select column A, Data → Text to Columns, Delimited, %s, and type it in its column",
		other, separatorWord(comma))
}

// separatorWord is the name of the separator comma in Excel's Text to
// Columns.
func separatorWord(comma byte) string {
	if sep := map[byte]string{';': "Semicolon", '\t': "Tab"}[comma]; sep != "" {
		return sep
	}
	return "Comma"
}

// otherSeparator is the list separator Excel saves with where it opens a
// ledger separated by comma in one column: ';' for a ledger of commas
// (French or German settings), ',' for one of ';' or tabs.
func otherSeparator(comma byte) byte {
	if comma == ',' {
		return ';'
	}
	return ','
}

// otherSeparators are the list separators Excel may save with where it
// opens a ledger separated by comma in one column: for a ledger of tabs,
// both ',' and ';', as Excel's list separator is one or the other.
func otherSeparators(comma byte) []byte {
	if comma == '\t' {
		return []byte{',', ';'}
	}
	return []byte{otherSeparator(comma)}
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
	// inExports is the in_exports column's index plus one, 0 where the
	// ledger has none.
	inExports int

	rows []LedgerRow
	// text holds the rows' cells, and the keys of an accounts cell that
	// does not list them as they are (see joined).
	text *arena.Strings
	keys []string // a row's account keys, while it is read
	// notes are the rows' annotations that are not blank, cut from
	// a slab too (most rows' are blank: none held, see LedgerRow.notes);
	// scratch is a row's, read.
	notes   []Annotations
	scratch Annotations
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
//
// A blank line is one of empty cells only (",,,", or a line of one ""),
// which has nothing to lose: the CSV reader skips empty lines, and such a
// line is skipped too. A cell of spaces is no empty cell but what the
// person typed: a row of spaces alone is kept and written back as it was
// (a row of no one, as one of notes alone), and a cell of spaces beyond
// the header's columns is refused as any other cell there, never dropped.
func (p *rowParser) parse(rec []string, line int) (*LedgerRow, error) {
	l, name, asOf := p.l, p.name, p.asOf
	p.typed = p.typed[:0]
	blank := true
	for i, c := range rec {
		if !utf8.ValidString(c) {
			return nil, &LedgerError{File: name, Line: line, Column: l.Header[min(i, len(l.Header)-1)], Value: strings.ToValidUTF8(c, "?"), // a copy: c is not UTF-8
				Msg: notUTF8}
		}
		if strings.IndexByte(c, 0) >= 0 {
			return nil, &LedgerError{File: name, Line: line, Msg: nulByte}
		}
		if c != "" {
			blank = false
		}
	}
	if blank {
		return nil, nil
	}
	if inOneCell(rec, len(l.Header), l.dialect.comma) {
		return nil, &LedgerError{File: name, Line: line, Msg: oneCell(l.dialect.comma)}
	}
	if len(rec) > len(l.Header) {
		for i := len(l.Header); i < len(rec); i++ {
			if c := rec[i]; c != "" {
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
	if !l.question && strings.IndexByte(row.cells.s[head:], '?') >= 0 {
		l.question = true
	}
	cell := func(i int) string { return Unneutralize(row.cells.at(i)) }
	n := &p.scratch
	*n = Annotations{}
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
	if err != nil && mayBeMisread(v) && misread(v) {
		// A month's name a spreadsheet misread (MÃ¤rz 2026, fÃ©vr. 2026),
		// read as it was written, as the keys are: the run says the
		// ledger was misread (Misread), not that a date typed in a form
		// the ledger reads is none. The cell stays as it is.
		if m, e := ParsePeriod(readBack(v)); e == nil {
			met, err = m, nil
		}
	}
	if err != nil {
		msg := "is not a date: write YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2026-03-02, 2026-03 or 2026), or a month by its name or number with the year in four digits (March 2026, 03/2026), or leave it empty"
		if y := yearAsDate(v); y != 0 {
			msg = fmt.Sprintf("is the year %d shown as a date by a spreadsheet (a cell of a year alone, given a date's format): write %d again in a cell formatted as Text", y, y)
		} else if errors.Is(err, ErrBefore1970) {
			msg = ErrBefore1970.Error()
		} else if errors.Is(err, ErrDotMonth) {
			msg = ErrDotMonth.Error()
		} else if de, ok := errors.AsType[*DayError](err); ok {
			msg = "is not a day of the calendar (" + de.Why + "): check the date"
		} else if we, ok := errors.AsType[*WeekdayError](err); ok {
			msg = "names a day after a weekday that is not its own (" + we.Why() + "): check the date, or write it without the weekday"
		} else if how := spreadsheetDate(v); how != "" {
			msg = how
		}
		return nil, &LedgerError{File: name, Line: line, Column: ColLastMet, Value: v, Msg: msg}
	}
	if met.First > asOf {
		return nil, &LedgerError{File: name, Line: line, Column: ColLastMet, Value: v,
			Msg: fmt.Sprintf("is after the audit date %s: check the date, or give --as-of", asOf)}
	}
	n.LastMet = met
	if p.inExports > 0 {
		v := cell(p.inExports - 1)
		if other := typedBeside(v, l.dialect.comma); other != 0 {
			return nil, &LedgerError{File: name, Line: line, Column: ColInExports, Value: v, Msg: typedBesideMsg(l.dialect.comma, other)}
		}
	}
	n.Relationship = cell(p.relationship)
	n.Note = cell(p.note)
	if *n != (Annotations{}) {
		if len(p.notes) == 0 {
			p.notes = make([]Annotations, slab/16)
		}
		p.notes[0] = *n
		row.notes, p.notes = &p.notes[0], p.notes[1:]
	}
	v = cell(p.accounts)
	keys := p.keys[:0]
	for rest := v; rest != ""; {
		var k string
		k, rest, _ = strings.Cut(rest, ";")
		k = trimKey(k)
		if k == "" {
			continue
		}
		// A key a spreadsheet misread (linkedin:follow.sÃ¸ren-as) is
		// read as it was written: it would match no account, and the
		// account would leave its row and notes. The cell stays as it is.
		net, id, ok := strings.Cut(readBack(k), ":")
		net, id = strings.ToLower(strings.TrimSpace(net)), trimKey(id)
		if !ok || net == "" || id == "" {
			return nil, &LedgerError{File: name, Line: line, Column: ColAccounts, Value: k,
				Msg: "is not an account: write network:id, several separated by ; (e.g. facebook:ada-lovelace.1588291200;twitter:1401)"}
		}
		// A key that names no account of any export would be kept and
		// never match: the annotation typed for it would silently do
		// nothing.
		if !slices.Contains(KnownNetworks, net) {
			msg := "names no network the tool reads: write " + strings.Join(KnownNetworks, ", ") + " before the colon"
			if net == "http" || net == "https" || strings.HasPrefix(id, "//") {
				// A profile's address pasted whole, where the person
				// may not know what a key looks like.
				msg = addressMsg(k)
			}
			return nil, &LedgerError{File: name, Line: line, Column: ColAccounts, Value: k, Msg: msg}
		}
		if net == Twitter && scientific(id) {
			// Copied from unfollow.csv's id column as a spreadsheet
			// shows an id of 19 digits: its last digits are gone.
			return nil, &LedgerError{File: name, Line: line, Column: ColAccounts, Value: k,
				Msg: "is a Twitter/X id a spreadsheet rounded, in scientific notation: the digits it dropped are lost, and it matches no account. Copy the key from the ledger's own accounts cells, which keep every digit, or open unfollow.csv with its id column imported as text"}
		}
		if msg := badID(id); msg != "" {
			return nil, &LedgerError{File: name, Line: line, Column: ColAccounts, Value: k, Msg: msg}
		}
		if net == Twitter && strings.Trim(id, "0123456789") != "" {
			e := &LedgerError{File: name, Line: line, Column: ColAccounts, Value: k,
				Msg: "is not a Twitter/X account id, which is a number: copy the key from unfollow.csv or keep.csv (twitter:1401, not twitter:@handle)"}
			if h := strings.TrimPrefix(id, "@"); twitterHandle(h) {
				e.handle = h // named once the exports are read
			}
			return nil, e
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
		if slices.Contains(keys, k) {
			continue // one account listed twice, or written two ways: once
		}
		if typed != k {
			p.typed = append(p.typed, typedKey{len(keys), typed})
		}
		keys = append(keys, k)
	}
	row.accounts = p.joined(v, keys)
	p.keys = keys[:0] // for the next row
	return row, nil
}

// joined returns keys joined by ";": the cell v itself where it lists
// them so (most rows: one key, as the tool writes it), else a copy
// beside the cells.
func (p *rowParser) joined(v string, keys []string) string {
	switch len(keys) {
	case 0:
		return ""
	case 1:
		return keys[0] // the cell's own text, trimmed, or the key made
	}
	size := len(keys) - 1
	for _, k := range keys {
		size += len(k)
	}
	if len(v) == size {
		rest, same := v, true
		for i, k := range keys {
			if i > 0 {
				same = same && rest[0] == ';'
				rest = rest[1:]
			}
			same = same && strings.HasPrefix(rest, k)
			rest = rest[len(k):]
			if !same {
				break
			}
		}
		if same {
			return v
		}
	}
	b, start := p.text.Room(size)
	for i, k := range keys {
		if i > 0 {
			b.WriteByte(';')
		}
		b.WriteString(k)
	}
	return p.text.Since(start)
}
