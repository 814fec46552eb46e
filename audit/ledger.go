package audit

import (
	"io"
	"iter"
	"slices"
	"strings"
	"unicode/utf8"
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
	// headerCells are the header's cells as the file has them (see
	// rowCells): written back as they are, so that a column name the
	// person began with two apostrophes keeps both (Header has its value,
	// read through Unneutralize). Columns the tool adds have none.
	headerCells []string
	rows        []*LedgerRow
	col         map[string]int
	// question is set where a row's cells held a "?" as read (see
	// MayBeLossy).
	question bool
	byID     map[string]*LedgerRow // made on first need: see indexAdded
	added    []*LedgerRow          // rows Update added, not yet in byID
	// fresh are the people Update found no row for, in order: their rows
	// come after rows, made only if something asks for them (Rows). A
	// first run writes a million such rows straight from the people
	// (WriteLedger) and decides them on blank notes; a LedgerRow each
	// would be 128 MB more alive while the reports are written, the
	// run's peak.
	fresh []*Person
	// blank is the notes of the fresh people: none. Nothing writes it; a
	// row made for one of them (Rows) has notes of its own.
	blank Annotations
	// dialect is how the file read was written, given back when the
	// ledger is written.
	dialect dialect
	// listsHigh is an account of the people Update was given that shows
	// a name, handle, id or address not ASCII, where the ledger was read
	// without the byte order mark, all ASCII (dialect.ascii): the lists
	// show those (a display name "Amélie" beside the ledger's "Amelie", a
	// name cell the person typed so) though the ledger does not, and need
	// the mark for Excel (see FormWriter).
	listsHigh bool
	// appended are the keys Update added to rows read from the file.
	appended []AddedKey
	// unwritten are the accounts Update put on rows read from the file
	// without writing their keys into the rows' accounts cells, which a
	// spreadsheet misread (see keepsAccounts): their items are marked so
	// (Decision.Unwritten), and their history rows. nil in most runs.
	unwritten map[*Account]bool
	// keptOff are the keys of those accounts, and of the carried ones
	// RestoreCarried put on such rows (see KeptOff).
	keptOff []AddedKey
	// renamed are the first name cells Update gave a rename (see
	// renameWritten), at most renamedKept, in the file's order; renamedN
	// counts them all.
	renamed  []RenamedName
	renamedN int
	// known is the Known this ledger last made: its LastRun history tells
	// Update which name cells the tool wrote (see renameWritten).
	known *Known
	// lines gives the spreadsheet rows of the file's lines.
	lines lineRows
	// mixed are the cells of rows read whose line breaks are not all the
	// cells' (dialect.cellEOL, or the file's line end): the CSV reader
	// reads each as LF, and WriteLedger gives each back as it was. None in
	// most files.
	mixed map[*LedgerRow][]mixedCell
}

// A mixedCell is a cell of a row read holding line breaks of several
// kinds: text is the cell as read (see rowCells), eols its breaks in
// order. They are its while the cell is text: a cell the tool sets since
// is written with the cells' breaks.
type mixedCell struct {
	col  int
	text string
	eols []string
}

// keepBreaks keeps the line breaks of row r's cells where others, the
// breaks of another kind than first among them, make them mixed: the
// row's first break is the from-th of the file's breaks in cells.
func (l *Ledger) keepBreaks(r *LedgerRow, from int, first string, others []otherBreak) {
	for i := range r.cells.len() {
		c := r.cells.at(i)
		n := strings.Count(c, "\n")
		var eols []string
		for ; len(others) > 0 && others[0].at < from+n; others = others[1:] {
			if eols == nil {
				eols = make([]string, n)
				for k := range eols {
					eols[k] = first
				}
			}
			eols[others[0].at-from] = others[0].eol
		}
		if eols != nil {
			if l.mixed == nil {
				l.mixed = map[*LedgerRow][]mixedCell{}
			}
			l.mixed[r] = append(l.mixed[r], mixedCell{i, c, eols})
		}
		from += n
	}
}

// breaksOf returns the line breaks of row r's cells as WriteLedger
// writes them, in order: those read where the cell is mixed and as read,
// "" for the cells' own elsewhere; nil for a row with no mixed cell.
func (l *Ledger) breaksOf(r *LedgerRow, n int) []string {
	cells := l.mixed[r]
	if len(cells) == 0 {
		return nil
	}
	var eols []string
	for i := range n {
		c := r.cells.at(i)
		if k := slices.IndexFunc(cells, func(m mixedCell) bool { return m.col == i }); k >= 0 && cells[k].text == c {
			eols = append(eols, cells[k].eols...)
			continue
		}
		for range strings.Count(c, "\n") {
			eols = append(eols, "")
		}
	}
	return eols
}

// At says where a line of the file read is, for a message: "line 8", or
// "line 8 (row 6 in a spreadsheet)" below a cell that holds a line break.
func (l *Ledger) At(line int) string { return l.lines.at(line) }

// A dialect is the form of a CSV file a spreadsheet saved: its separator,
// line ends and byte order mark. A spreadsheet in a locale that saves
// with semicolons opens a file with commas as one column, and Excel reads
// a UTF-8 file without the mark as Windows-1252 (Amélie becomes AmÃ©lie,
// and is saved so): the ledger is written back in the form it was read.
// The zero value is commas, LF, no mark; a ledger the tool makes
// (NewLedger) has the mark, so that Excel opens the first one with its
// accents, and the person who saves it keeps them.
type dialect struct {
	comma byte   // ',', ';' or a tab; 0 for ','
	eol   string // "\r\n" or "\r"; "" for "\n"
	bom   bool
	// ascii is a file read without the mark whose bytes are all ASCII
	// (Excel's "CSV (Comma delimited)" or "CSV (MS-DOS)" of a ledger of
	// English names): it is written with the mark once a cell is not
	// ASCII (see Ledger.form), else Excel, reading it as Windows-1252,
	// shows the name of someone new as "AmÃ©lie", and saves it so.
	ascii bool
	// cellEOL is the line break inside the file's first cell of several
	// lines, where it is not the file's line end (Excel writes LF inside
	// cells of a CRLF file): the CSV reader reads both as LF, and the cell
	// is written back with the one it had. "" for the file's line end.
	// Cells whose breaks are not all this one keep theirs: see
	// Ledger.mixed.
	cellEOL string
	// sep is Excel's separator hint the file starts with ("sep=;"), after
	// the byte order mark, with its own line end: written back as it was
	// read, no line of the person's lost (see sepHint). "" for none.
	sep string
}

// plain reports whether d is the tool's own form, but for the byte order
// mark: csvWriter writes it, after the mark (see writeBOM), byte for byte
// as encoding/csv does.
func (d dialect) plain() bool {
	return (d.comma == 0 || d.comma == ',') && d.eol == "" && d.cellEOL == "" && d.sep == ""
}

// form returns the form the ledger, and the lists beside it, are written
// in: the dialect it was read in, with the byte order mark where a file
// read all ASCII without one (dialect.ascii) now has a cell that is not.
func (l *Ledger) form() dialect {
	d := l.dialect
	if d.bom || !d.ascii || d.sep != "" {
		// Not before Excel's "sep=" line, which the person's Excel
		// read without it: a mark there is known to make Excel ignore
		// one or the other.
		return d
	}
	high := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				return true
			}
		}
		return false
	}
	person := func(p *Person) bool {
		if high(p.Name()) {
			return true
		}
		for _, a := range p.Accounts {
			if high(a.Network) || high(a.ID) {
				return true
			}
		}
		return false
	}
	for _, h := range l.Header {
		if high(h) {
			d.bom = true
			return d
		}
	}
	for _, r := range l.rows {
		if r.cells.none() && r.person != nil {
			if person(r.person) {
				d.bom = true
				return d
			}
			continue
		}
		for i := range r.cells.len() {
			if high(r.cells.at(i)) {
				d.bom = true
				return d
			}
		}
	}
	for _, p := range l.fresh {
		if person(p) {
			d.bom = true
			return d
		}
	}
	return d
}

// writeBOM writes the byte order mark where d has one.
func (d dialect) writeBOM(w io.Writer) error {
	if !d.bom {
		return nil
	}
	_, err := io.WriteString(w, "\xEF\xBB\xBF")
	return err
}

// Rows returns the ledger's rows, in file order, then those Update added,
// making the rows of the people it found new.
func (l *Ledger) Rows() []*LedgerRow {
	l.makeFresh()
	return l.rows
}

// NotedPeople returns a func that reports whether a person's ledger row
// holds notes (Annotations.Reviewed), as review's notesGone tells a row
// of notes kept: an account split off such a row is no notes lost (see
// CompareNoted). The rows are looked at on the first call, and only read:
// the rows of the people Update found new (fresh), which have no notes,
// are not made, so that it may run while WriteLedger writes the ledger on
// another goroutine, as Rows may not. The func is for one goroutine.
func (l *Ledger) NotedPeople() func(person string) bool {
	var noted map[string]bool
	return func(person string) bool {
		if noted == nil {
			noted = map[string]bool{}
			for _, r := range l.rows {
				if r.Notes().Reviewed() {
					noted[l.cell(r, ColPersonID)] = true
				}
			}
		}
		return noted[person]
	}
}

// makeFresh gives the fresh people the rows Update deferred: rows with no
// cells of their own, cut from a slab.
func (l *Ledger) makeFresh() {
	if len(l.fresh) == 0 {
		return
	}
	slab := make([]LedgerRow, len(l.fresh))
	l.rows = slices.Grow(l.rows, len(l.fresh))
	l.added = slices.Grow(l.added, len(l.fresh))
	for i, p := range l.fresh {
		r := &slab[i]
		r.person, r.followed = p, true
		p.notes = &l.blank // a fresh row's notes are blank
		l.rows = append(l.rows, r)
		l.added = append(l.added, r)
	}
	l.fresh = nil
}

// A LedgerRow is one person's row.
//
// A row that Update adds for a new person is made only when asked for
// (Ledger.Rows), and holds no cells of its own until one is set: its cells
// are the person's id, name and accounts, and empty annotations. A first
// run on a million accounts then costs a pointer per row, not a row of a
// dozen strings.
type LedgerRow struct {
	cells rowCells // one per Header column, as the person wrote them
	// notes are what the row's cells say (see Notes), nil where they say
	// nothing: most rows of a big ledger, whose 48 bytes each were 45 MB
	// of a re-audit's peak at a million rows. Written through writeNotes
	// (a review's answers) in place, as the row's people see them
	// (notesOf); a row's without people, with setNotes.
	notes *Annotations
	// accounts are the keys "network:id" from the accounts cell, joined
	// by ";" as the cell joins them (see Accounts): the cell's own text
	// where it lists them as they are, else a copy beside the cells. A
	// string, 16 bytes, where a slice took 24 and each key's string 16
	// more, of a million rows alive to a re-audit's end, its peak.
	accounts string

	person *Person // the person of a row added by Update, while it has no cells
	// Line is the row's line in the file read, 0 for a row added by this
	// run (an int32 beside the bools: 8 bytes a row less, of a million).
	Line     int32
	followed bool // the person has an account followed in the exports
	// While Update runs: the row is one of the ledger's (current), and a
	// person brought it from Merge (reached).
	current, reached bool
}

// Accounts returns the row's account keys, "network:id", in the order
// of its accounts cell, each once.
func (r *LedgerRow) Accounts() iter.Seq[string] {
	return func(yield func(string) bool) {
		for rest := r.accounts; rest != ""; {
			k, after, _ := strings.Cut(rest, ";")
			if !yield(k) {
				return
			}
			rest = after
		}
	}
}

// AccountList returns the row's account keys in a slice of their own.
func (r *LedgerRow) AccountList() []string { return slices.Collect(r.Accounts()) }

// NumAccounts returns how many account keys the row lists.
func (r *LedgerRow) NumAccounts() int {
	if r.accounts == "" {
		return 0
	}
	return strings.Count(r.accounts, ";") + 1
}

// Account returns the row's account key i (0 for the first).
func (r *LedgerRow) Account(i int) string {
	rest := r.accounts
	for ; i > 0; i-- {
		_, rest, _ = strings.Cut(rest, ";")
	}
	k, _, _ := strings.Cut(rest, ";")
	return k
}

// HasAccount reports whether the row lists the account key k.
func (r *LedgerRow) HasAccount(k string) bool {
	for key := range r.Accounts() {
		if key == k {
			return true
		}
	}
	return false
}

// hasAccountOf reports whether the row lists the key of a.
func (r *LedgerRow) hasAccountOf(a *Account) bool {
	for k := range r.Accounts() {
		if isKey(k, a.Network, a.ID) {
			return true
		}
	}
	return false
}

// addAccount adds the key k to the row's (a key of an export: one that
// holds a ";", which no ledger cell can list as one, would read as two).
func (r *LedgerRow) addAccount(k string) {
	if r.accounts == "" {
		r.accounts = k
		return
	}
	r.accounts += ";" + k
}

// setAccounts makes keys the row's account keys.
func (r *LedgerRow) setAccounts(keys []string) { r.accounts = strings.Join(keys, ";") }

// Notes returns the row's annotations. It is for reading: a blank row's
// are new at each call (none held), and a row's are changed by setNotes.
// Called where the result is not kept, a blank row's stay on the stack.
func (r *LedgerRow) Notes() *Annotations {
	if r.notes != nil {
		return r.notes
	}
	return &Annotations{}
}

// writeNotes writes n over the row's annotations, where a person's
// decisions may point at them (notesOf), as a review's answers do.
func (r *LedgerRow) writeNotes(n Annotations) {
	if r.notes == nil {
		r.setNotes(n)
		if r.person != nil && r.notes != nil {
			r.person.notes = r.notes // a fresh row's person had the ledger's blank ones
		}
		return
	}
	*r.notes = n
}

// notesOf returns the row's annotations, the ledger's blank ones where
// it holds none: a person's (Person.notes), read by its decisions.
func (l *Ledger) notesOf(r *LedgerRow) *Annotations {
	if r.notes != nil {
		return r.notes
	}
	return &l.blank
}

// HoldNotes has every row hold notes of its own, blank ones too, for a
// review: its answers then reach the decisions made before them (the
// people's, see notesOf: the review record's history keeps the e-mail of
// someone answered a friend). Call it before Update. An audit, which
// answers nothing, holds none of a blank row (48 bytes a row of a
// million).
func (l *Ledger) HoldNotes() {
	blank := 0
	for _, r := range l.rows {
		if r.notes == nil {
			blank++
		}
	}
	slab := make([]Annotations, blank)
	for _, r := range l.rows {
		if r.notes == nil {
			r.notes, slab = &slab[0], slab[1:]
		}
	}
}

// setNotes gives the row the annotations n: none held where n is blank.
func (r *LedgerRow) setNotes(n Annotations) {
	if n == (Annotations{}) {
		r.notes = nil
		return
	}
	c := new(Annotations) // made only here: n is not moved to the heap
	*c = n
	r.notes = c
}

// NewLedger returns an empty ledger with the standard columns.
func NewLedger() *Ledger {
	l := &Ledger{Header: append(append([]string{}, LedgerColumns...), ColInExports), dialect: dialect{bom: true}}
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
	if r.cells.none() && r.person != nil {
		return r.virtual(col)
	}
	i, ok := l.col[col]
	if !ok {
		return ""
	}
	return Unneutralize(r.cells.at(i))
}

// rowAccounts returns the accounts of accs that a run writes on a ledger
// row: those you follow (or are friends or connected with), the rows of
// unfollow.csv and keep.csv, not one that only follows you. Such an
// account is decided on nothing and no history file lists it, so its key,
// once in no export, was taken for one typed by hand (see UntracedKeys)
// and named for the person to check how they wrote it: a Facebook
// follower's id is its name alone, and once friended or followed it is
// joined to that account, whose id has the second it began; a Twitter/X
// or Instagram follower may stop following you. accs itself where every
// account is followed, as on most rows.
func rowAccounts(accs []*Account) []*Account {
	for i, a := range accs {
		if !a.Follows() {
			out := slices.Clone(accs[:i])
			for _, b := range accs[i+1:] {
				if b.Follows() {
					out = append(out, b)
				}
			}
			return out
		}
	}
	return accs
}

// virtual returns a cell of a row added by Update that has none of its own.
func (r *LedgerRow) virtual(col string) string {
	switch col {
	case ColPersonID:
		return r.person.ID
	case ColName:
		return r.person.Name()
	case ColAccounts:
		return (&Person{Accounts: rowAccounts(r.person.Accounts)}).Keys()
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
	if r.cells.none() && r.person != nil {
		cells := make([]string, len(l.Header))
		for i, h := range l.Header {
			cells[i] = Neutralize(r.virtual(strings.ToLower(strings.TrimSpace(h))))
		}
		r.cells = cellsOf(cells)
		r.accounts = (&Person{Accounts: rowAccounts(r.person.Accounts)}).Keys() // as its cell lists them
		r.person = nil
	}
	i, ok := l.col[col]
	if !ok {
		l.Header = append(l.Header, col)
		i = len(l.Header) - 1
		l.col[col] = i
	}
	r.cells.set(i, Neutralize(v))
}

// headerRecord returns the header as the ledger writes it: the cells
// read from the file as they are (see fileForm), the columns added since
// neutralised.
func (l *Ledger) headerRecord() []string {
	rec := make([]string, len(l.Header))
	for i, h := range l.Header {
		if i < len(l.headerCells) {
			rec[i] = fileForm(l.headerCells[i])
		} else {
			rec[i] = Neutralize(h)
		}
	}
	return rec
}

// CellsOf returns the row's cells, one per Header column, giving a row
// added by Update cells of its own first.
func (l *Ledger) CellsOf(r *LedgerRow) []string {
	if r.cells.none() && r.person != nil {
		l.set(r, ColPersonID, r.person.ID)
	}
	cells := r.cells.all(len(l.Header))
	for i, c := range cells {
		cells[i] = Unneutralize(c)
	}
	return cells
}

// PersonID returns the row's person id.
func (l *Ledger) PersonID(r *LedgerRow) string { return l.cell(r, ColPersonID) }

// Name returns the row's name cell.
func (l *Ledger) Name(r *LedgerRow) string { return l.cell(r, ColName) }

// Row returns the row of a person id, or nil.
func (l *Ledger) Row(personID string) *LedgerRow {
	l.makeFresh()
	return l.madeRow(personID)
}

// RowNow returns the row of a person id among the rows made so far, or
// nil: a person Update found new has none yet (see fresh). Unlike Row it
// changes nothing WriteLedger reads, so it may be called while the ledger
// is written on another goroutine.
func (l *Ledger) RowNow(personID string) *LedgerRow { return l.madeRow(personID) }

// madeRow is Row among the rows made so far: it leaves the people Update
// found new as they are (see fresh). DecideAll looks rows up so while the
// command writes the ledger on another goroutine, which reads rows and
// fresh.
func (l *Ledger) madeRow(personID string) *LedgerRow {
	l.indexAdded()
	return l.byID[personID]
}

// indexAdded makes byID, the rows by person id, or puts into it the rows
// Update added since. It is made on first need: a plain audit run never
// asks (Update finds the rows of known people through Merge), and a
// million map entries cost more than the run's sort. Anything that looks
// ids up or picks new ones (Row, Known, a review's split) calls it first.
// Rows not made yet (fresh) are not in it: makeFresh puts the rows it
// makes among the added.
func (l *Ledger) indexAdded() {
	if l.byID == nil {
		l.byID = make(map[string]*LedgerRow, len(l.rows))
		for _, r := range l.rows {
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
	l.makeFresh()
	// Counted first, so that each half of the rows is read on a core of
	// its own into its part of the table (a re-audit's million rows took
	// 160 ms on one).
	n, rows, half := 0, 0, [2]int{}
	for i, r := range l.rows {
		if i == len(l.rows)/2 {
			half = [2]int{rows, n}
		}
		if r.NumAccounts() > 0 {
			rows++
			n += r.NumAccounts()
		}
	}
	k := &Known{rows: make([]*LedgerRow, rows), owner: make([]int32, n), byHash: make([]uint64, n)}
	var idless [2][]int32 // per half, the people (index in rows) of rows without an id
	inHalves(len(l.rows), func(from, to int) {
		h, p, at := 0, 0, 0
		if from > 0 {
			h, p, at = 1, half[0], half[1]
		}
		for _, r := range l.rows[from:to] {
			if r.NumAccounts() == 0 {
				continue
			}
			if l.cell(r, ColPersonID) == "" {
				idless[h] = append(idless[h], int32(p))
			}
			k.rows[p] = r
			for key := range r.Accounts() {
				k.byHash[at] = stringHash(key) // see sort
				k.owner[at] = int32(p)
				at++
			}
			p++
		}
	})
	// Rows added by hand get an id, in the order of the rows: in their
	// cell, where the table reads it (see Known.rows).
	var used map[string]bool // the ids in use, made only when one is new
	for _, p := range slices.Concat(idless[0], idless[1]) {
		if used == nil {
			l.indexAdded()
			used = make(map[string]bool, len(l.byID))
			for id := range l.byID {
				used[id] = true
			}
		}
		r := k.rows[p]
		id := NewPersonID(r.Account(0), used)
		used[id] = true
		l.set(r, ColPersonID, id)
		l.byID[id] = r
	}
	k.idCol = l.col[ColPersonID] // there, where a row had none
	k.sort()
	l.known = k
	return k
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
	for _, r := range l.rows { // the fresh people's rows have no cells
		for i := range r.cells.len() {
			if !tool[i] && r.cells.at(i) != "" {
				return true
			}
		}
	}
	return false
}
