package audit

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/unfollow-audit/unfollow-audit/internal/radix"
)

// Ledger column names. The person may add columns of their own anywhere;
// they are kept as they are.
const (
	ColPersonID     = "person_id"
	ColName         = "name"
	ColAccounts     = "accounts"
	ColLastMet      = "last_met"
	ColInspiring    = "inspiring"
	ColSupplier     = "supplier"
	ColToxic        = "toxic"
	ColUnsure       = "unsure"
	ColRelationship = "relationship"
	ColNote         = "note"
	// ColInExports is written by the tool: "yes" while the person has an
	// account you follow in the exports, "no" once none is left, so that
	// the row and its annotations wait for the person to come back.
	ColInExports = "in_exports"
)

// LedgerColumns are the columns a ledger must have, in the order a new
// ledger gets them.
var LedgerColumns = []string{ColPersonID, ColName, ColAccounts, ColLastMet, ColInspiring,
	ColSupplier, ColToxic, ColUnsure, ColRelationship, ColNote}

// A Ledger is the person's own knowledge about the people they follow, one
// row per person, read from and written back to ledger.csv without losing
// or changing any cell the person wrote.
type Ledger struct {
	Header []string // in file order, with the person's own columns
	Rows   []*LedgerRow
	col    map[string]int
	byID   map[string]*LedgerRow // made on first need: see indexAdded
	added  []*LedgerRow          // rows Update added, not yet in byID
}

// A LedgerRow is one person's row.
//
// A row that Update adds for a new person holds no cells of its own until
// one is set: its cells are the person's id, name and accounts, and empty
// annotations. A first run on a million accounts then costs a pointer per
// row instead of a dozen strings.
type LedgerRow struct {
	Cells    []string // one per Header column, as the person wrote them
	Line     int      // line in the file read, 0 for a row added by this run
	Notes    Annotations
	Accounts []string // keys "network:id" from the accounts cell

	person   *Person // the person of a row added by Update, while Cells is nil
	followed bool    // the person has an account followed in the exports
	// While Update runs: the row is one of the ledger's (current), and a
	// person brought it from Merge (reached).
	current, reached bool
}

// NewLedger returns an empty ledger with the standard columns.
func NewLedger() *Ledger {
	l := &Ledger{Header: append(append([]string{}, LedgerColumns...), ColInExports)}
	l.index()
	return l
}

func (l *Ledger) index() {
	l.col = map[string]int{}
	for i, h := range l.Header {
		k := strings.ToLower(strings.TrimSpace(h))
		if _, dup := l.col[k]; !dup {
			l.col[k] = i
		}
	}
	l.byID = nil // made again when needed, by indexAdded
	l.added = nil
}

func (l *Ledger) cell(r *LedgerRow, col string) string {
	if r.Cells == nil && r.person != nil {
		return r.virtual(col)
	}
	i, ok := l.col[col]
	if !ok || i >= len(r.Cells) {
		return ""
	}
	return r.Cells[i]
}

// virtual returns a cell of a row added by Update that has none of its own.
func (r *LedgerRow) virtual(col string) string {
	switch col {
	case ColPersonID:
		return r.person.ID
	case ColName:
		return r.person.Name()
	case ColAccounts:
		return r.person.Keys()
	case ColInExports:
		return yesNo(r.followed)
	}
	return ""
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func (l *Ledger) set(r *LedgerRow, col, v string) {
	if r.Cells == nil && r.person != nil {
		cells := make([]string, len(l.Header))
		for i, h := range l.Header {
			cells[i] = r.virtual(strings.ToLower(strings.TrimSpace(h)))
		}
		r.Cells = cells
		r.Accounts = nil
		for _, a := range r.person.Accounts {
			r.Accounts = append(r.Accounts, a.Key())
		}
		r.person = nil
	}
	i, ok := l.col[col]
	if !ok {
		l.Header = append(l.Header, col)
		i = len(l.Header) - 1
		l.col[col] = i
	}
	for len(r.Cells) <= i {
		r.Cells = append(r.Cells, "")
	}
	r.Cells[i] = v
}

// CellsOf returns the row's cells, one per Header column, giving a row
// added by Update cells of its own first.
func (l *Ledger) CellsOf(r *LedgerRow) []string {
	if r.Cells == nil && r.person != nil {
		l.set(r, ColPersonID, r.person.ID)
	}
	for len(r.Cells) < len(l.Header) {
		r.Cells = append(r.Cells, "")
	}
	return r.Cells
}

// PersonID returns the row's person id.
func (l *Ledger) PersonID(r *LedgerRow) string { return l.cell(r, ColPersonID) }

// Name returns the row's name cell.
func (l *Ledger) Name(r *LedgerRow) string { return l.cell(r, ColName) }

// Row returns the row of a person id, or nil.
func (l *Ledger) Row(personID string) *LedgerRow {
	l.indexAdded()
	return l.byID[personID]
}

// indexAdded makes byID, the rows by person id, or puts into it the rows
// Update added since. It is made on first need: a plain audit run never
// asks (Update finds the rows of known people through Merge), and a
// million map entries cost more than the run's sort. Anything that looks
// ids up or picks new ones (Row, Known, a review's split) calls it first.
func (l *Ledger) indexAdded() {
	if l.byID == nil {
		l.byID = make(map[string]*LedgerRow, len(l.Rows))
		for _, r := range l.Rows {
			if id := l.cell(r, ColPersonID); id != "" {
				l.byID[id] = r
			}
		}
	} else {
		for _, r := range l.added {
			// The row's own cell: a review answer may have given it cells.
			l.byID[l.cell(r, ColPersonID)] = r
		}
	}
	l.added = nil
}

// A LedgerError is a bad cell or line in the ledger.
type LedgerError struct {
	File   string
	Line   int
	Column string // "" when the whole line is at fault
	Value  string
	Msg    string // what is wrong and what is accepted
}

func (e *LedgerError) Error() string {
	switch {
	case e.Column != "":
		return fmt.Sprintf("%s: line %d, column %s: %q %s", e.File, e.Line, e.Column, e.Value, e.Msg)
	case e.Line > 0:
		return fmt.Sprintf("%s: line %d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
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
// spreadsheet: with or without a byte order mark, CRLF or LF, any quoting,
// rows in any order, semicolons instead of commas (spreadsheets in some
// locales), trailing empty cells dropped. Every cell is checked; the first
// bad one is returned as a *LedgerError naming its line and column. Dates
// after asOf are refused: nobody met anyone in the future.
func ReadLedger(r io.Reader, name string, asOf Date) (*Ledger, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	if b, _ := br.Peek(3); bytes.Equal(b, []byte("\xEF\xBB\xBF")) {
		br.Discard(3)
	}
	first, _ := br.Peek(4096)
	if i := bytes.IndexByte(first, '\n'); i >= 0 {
		first = first[:i]
	}
	cr := csv.NewReader(br)
	cr.FieldsPerRecord = -1
	cr.Comma = headerComma(first)
	header, err := cr.Read()
	if err == io.EOF {
		return nil, &LedgerError{File: name, Msg: "the ledger is empty: it needs at least its header line " + strings.Join(LedgerColumns, ",")}
	}
	if err != nil {
		return nil, ledgerCSVError(name, err)
	}
	l := &Ledger{}
	for _, h := range header {
		l.Header = append(l.Header, Unneutralize(h))
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
	hint := rowsHint(r, 96)
	// Repeated accounts and ids are found once every row is read (see
	// lineKeys); byID is made when first needed (see indexAdded).
	var accs, ids lineKeys
	l.Rows = make([]*LedgerRow, 0, hint)
	p := rowParser{l: l, name: name, asOf: asOf}
	for _, c := range []struct {
		name string
		dst  *int
	}{{ColPersonID, &p.personID}, {ColLastMet, &p.lastMet}, {ColInspiring, &p.inspiring}, {ColSupplier, &p.supplier},
		{ColToxic, &p.toxic}, {ColUnsure, &p.unsure}, {ColRelationship, &p.relationship}, {ColNote, &p.note}, {ColAccounts, &p.accounts}} {
		*c.dst = l.col[c.name] // every one is there: checked above
	}
	// repeated is the error a reader going line by line would meet first
	// about an account or id listed twice, or nil; at one line, the
	// accounts are checked before the id.
	repeated := func() error {
		a, af := accs.repeat()
		i, is := ids.repeat()
		switch {
		case a >= 0 && (i < 0 || accs.lines[a] <= ids.lines[i]):
			return &LedgerError{File: name, Line: int(accs.lines[a]), Column: ColAccounts, Value: accs.keys[a],
				Msg: fmt.Sprintf("is also listed on line %d: an account belongs to one person only; remove it from one of the rows", accs.lines[af])}
		case i >= 0:
			return &LedgerError{File: name, Line: int(ids.lines[i]), Column: ColPersonID, Value: ids.keys[i],
				Msg: fmt.Sprintf("is also the id on line %d: each row needs its own person_id (leave it empty on a new row)", ids.lines[is])}
		}
		return nil
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, cmp.Or(repeated(), ledgerCSVError(name, err))
		}
		line, _ := cr.FieldPos(0)
		row, err := p.parse(rec, line)
		if err != nil {
			return nil, cmp.Or(repeated(), err)
		}
		if row == nil {
			continue
		}
		accs.add(line, row.Accounts...)
		if id := row.Cells[p.personID]; id != "" {
			ids.add(line, id)
		}
		l.Rows = append(l.Rows, row)
	}
	if err := repeated(); err != nil {
		return nil, err
	}
	return l, nil
}

// lineKeys are keys (accounts, person ids) of a ledger and the lines
// they are on, checked for a key listed twice once they are all read:
// sorting a million key hashes costs a fraction of a map of a million
// strings.
type lineKeys struct {
	keys  []string
	lines []int32
}

func (a *lineKeys) add(line int, keys ...string) {
	for _, k := range keys {
		a.keys = append(a.keys, k)
		a.lines = append(a.lines, int32(line))
	}
}

// repeat returns the index of the first key, in file order, that was
// listed before, and the index of that earlier listing; -1, -1 when every
// key is listed once.
func (a *lineKeys) repeat() (again, first int) {
	pairs := make([]radix.Pair, len(a.keys))
	for i, k := range a.keys {
		pairs[i] = radix.Pair{Key: stringHash(k), Index: int32(i)}
	}
	pairs = radix.Sort(pairs) // stable: in file order within one hash
	again, first = -1, -1
	var firsts []int // per distinct key of a run of one hash: its first index
	for i := 0; i < len(pairs); {
		j := i + 1
		for j < len(pairs) && pairs[j].Key == pairs[i].Key {
			j++
		}
		firsts = firsts[:0]
	run:
		for _, p := range pairs[i:j] {
			n := int(p.Index)
			for _, f := range firsts {
				if a.keys[f] == a.keys[n] {
					if again < 0 || n < again { // indexes are in file order
						again, first = n, f
					}
					continue run
				}
			}
			firsts = append(firsts, n)
		}
		i = j
	}
	return again, first
}

// headerComma guesses the separator from the header line: ';' when it has
// more semicolons than commas outside quotes (spreadsheets in locales where
// the comma is the decimal separator), ',' otherwise.
func headerComma(line []byte) rune {
	commas, semicolons, quoted := 0, 0, false
	for _, c := range line {
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
	if semicolons > commas {
		return ';'
	}
	return ','
}

func ledgerCSVError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
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

	rows  []LedgerRow
	cells []string
}

// parse checks and parses one record; it returns nil for a blank line.
func (p *rowParser) parse(rec []string, line int) (*LedgerRow, error) {
	l, name, asOf := p.l, p.name, p.asOf
	blank := true
	for i, c := range rec {
		if !utf8.ValidString(c) {
			return nil, &LedgerError{File: name, Line: line, Column: l.Header[min(i, len(l.Header)-1)], Value: strings.ToValidUTF8(c, "?"),
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
				return nil, &LedgerError{File: name, Line: line, Column: strconv.Itoa(i + 1), Value: c, Msg: fmt.Sprintf(
					"is beyond the header's %d columns: give this column a name in the header, or clear the cell", len(l.Header))}
			}
		}
		rec = rec[:len(l.Header)]
	}
	const slab = 1024
	if len(p.rows) == 0 {
		p.rows = make([]LedgerRow, slab)
	}
	if len(p.cells) < len(l.Header) {
		p.cells = make([]string, slab*len(l.Header))
	}
	row := &p.rows[0]
	p.rows = p.rows[1:]
	// Capped: a column set later appends to this row's cells, not to the next row's.
	row.Line, row.Cells = line, p.cells[:len(l.Header):len(l.Header)]
	p.cells = p.cells[len(l.Header):]
	for i, c := range rec {
		row.Cells[i] = Unneutralize(c)
	}
	n := &row.Notes
	for _, b := range []struct {
		i   int
		col string
		dst *bool
	}{{p.inspiring, ColInspiring, &n.Inspiring}, {p.supplier, ColSupplier, &n.Supplier}, {p.toxic, ColToxic, &n.Toxic}, {p.unsure, ColUnsure, &n.Unsure}} {
		v := row.Cells[b.i]
		ok := false
		if *b.dst, ok = ParseBool(v); !ok {
			return nil, &LedgerError{File: name, Line: line, Column: b.col, Value: v, Msg: "is not yes or no (" + acceptedBools + ")"}
		}
	}
	v := row.Cells[p.lastMet]
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
	n.Relationship = row.Cells[p.relationship]
	n.Note = row.Cells[p.note]
	v = row.Cells[p.accounts]
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
		// "Twitter : 1401" typed by hand is twitter:1401, and "GretaL" on
		// a network whose ids are lower case is gretal; the cell itself
		// stays as written.
		if net == Instagram || net == Mastodon {
			id = lowerASCII(id)
		}
		if !isKey(k, net, id) { // else the cell's own text is the key
			k = net + ":" + id
		}
		row.Accounts = append(row.Accounts, k)
	}
	return row, nil
}

// isKey reports whether k is network + ":" + id, without building it: a
// million keys compared on a re-audit would each be a string made.
func isKey(k, network, id string) bool {
	return len(k) == len(network)+1+len(id) && k[len(network)] == ':' &&
		k[:len(network)] == network && k[len(network)+1:] == id
}

// Known returns the grouping the ledger fixes: the person id, and row,
// of every account key its rows list. Rows without a person id (added by
// hand) get one here.
func (l *Ledger) Known() *Known {
	n := 0
	for _, r := range l.Rows {
		n += len(r.Accounts)
	}
	k := &Known{keys: make([]string, 0, n), owner: make([]int32, 0, n), byHash: make([]radix.Pair, 0, n)}
	var used map[string]bool // the ids in use, made only when one is new
	for _, r := range l.Rows {
		id := l.cell(r, ColPersonID)
		if id == "" && len(r.Accounts) > 0 {
			if used == nil {
				l.indexAdded()
				used = make(map[string]bool, len(l.byID))
				for id := range l.byID {
					used[id] = true
				}
			}
			id = NewPersonID(r.Accounts[0], used)
			used[id] = true
			l.set(r, ColPersonID, id)
			l.byID[id] = r
		}
		k.add(id, r, r.Accounts)
	}
	k.sort()
	return k
}

// Update brings the ledger in line with people merged from the exports
// (using [Ledger.Known] as the known grouping): a person not in the ledger
// who has an account you follow gets a new row at the end; a person already
// there gets any account not yet listed appended to the accounts cell; the
// in_exports cell says whether the person still has an account you follow.
// No other cell is touched.
func (l *Ledger) Update(people []*Person) {
	for _, r := range l.Rows {
		r.followed, r.current, r.reached = false, true, false
	}
	// The people Merge pinned to a row of this ledger's Known bring their
	// row along; the others, new people for the most part, are looked up
	// by id among the rows no one brought (ids are unique among people),
	// which on a re-audit are few: no map of a million ids. A row brought
	// from another Ledger's Known (the same file read twice) is not
	// trusted: that person is looked up too. Rows this call adds need no
	// index, as each person comes once.
	row := func(p *Person) *LedgerRow {
		if p.row != nil && p.row.current {
			return p.row
		}
		return nil
	}
	loose := 0
	for _, p := range people {
		if r := row(p); r != nil {
			r.reached = true
		} else {
			loose++
		}
	}
	var byID map[string]*LedgerRow
	switch {
	case loose == 0 || len(l.Rows) == 0:
	case l.byID != nil:
		l.indexAdded()
		byID = l.byID
	default:
		byID = map[string]*LedgerRow{}
		for _, r := range l.Rows {
			if !r.reached {
				if id := l.cell(r, ColPersonID); id != "" {
					byID[id] = r
				}
			}
		}
	}
	for _, p := range people {
		followed := false
		for _, a := range p.Accounts {
			if a.Follows() {
				followed = true
				break
			}
		}
		r := row(p)
		if r == nil {
			r = byID[p.ID]
		}
		if r == nil {
			if !followed {
				continue // only follows you: stays out of the ledger
			}
			// A new person: a row whose cells come from the person.
			r = &LedgerRow{person: p, followed: true}
			l.Rows = append(l.Rows, r)
			l.added = append(l.added, r)
			p.notes = &r.Notes
			continue
		}
		p.notes = &r.Notes
		r.followed = r.followed || followed
		if r.person != nil {
			continue // added by an earlier Update: its accounts are the person's
		}
		cell := l.cell(r, ColAccounts)
		changed := false
		for _, a := range p.Accounts {
			if slices.ContainsFunc(r.Accounts, func(k string) bool { return isKey(k, a.Network, a.ID) }) {
				continue
			}
			k := a.Key()
			if strings.TrimSpace(cell) != "" {
				cell += ";"
			}
			cell += k
			r.Accounts = append(r.Accounts, k)
			changed = true
		}
		if changed {
			l.set(r, ColAccounts, cell)
		}
	}
	for _, r := range l.Rows {
		r.current = false
		if r.Cells != nil {
			if v := yesNo(r.followed); l.cell(r, ColInExports) != v {
				l.set(r, ColInExports, v)
			}
		}
	}
}

// MarkFollowed marks as still followed the rows holding any of keys:
// accounts of lists this run's exports did not hold, whose people must not
// look gone (see Carry). Call it after Update.
func (l *Ledger) MarkFollowed(keys map[string]bool) {
	if len(keys) == 0 {
		return
	}
	for _, r := range l.Rows {
		if r.followed {
			continue
		}
		for _, k := range r.Accounts {
			if keys[k] {
				r.followed = true
				if r.Cells != nil {
					l.set(r, ColInExports, "yes")
				}
				break
			}
		}
	}
}

// HasPersonsWork reports whether any cell of the ledger holds something
// the person wrote, rather than what the tool fills in from the exports
// (person_id, name, accounts, in_exports): such a ledger must reach the
// disk before it replaces the previous one.
func (l *Ledger) HasPersonsWork() bool {
	tool := map[int]bool{}
	for _, c := range []string{ColPersonID, ColName, ColAccounts, ColInExports} {
		if i, ok := l.col[c]; ok {
			tool[i] = true
		}
	}
	for _, r := range l.Rows {
		for i, c := range r.Cells {
			if c != "" && !tool[i] {
				return true
			}
		}
	}
	return false
}

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
			cw.w.WriteByte(',')
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
	cw.w.WriteByte('\n')
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
