package audit

import (
	"bufio"
	"bytes"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/internal/arena"
	"github.com/unfollow-audit/unfollow-audit/internal/csvread"
)

func decisionWord(d Decision) string {
	if d.Keep {
		return DecisionKeep
	}
	return DecisionUnfollow
}

// WriteHistory records this run's decisions, one row per followed account,
// then the carried rows: decisions of lists these exports did not hold,
// kept as they were (see [Carry]).
func WriteHistory(w io.Writer, items []Item, carried []Past, asOf Date) error {
	cw := newCSVWriter(w)
	if err := cw.Write(HistoryColumns...); err != nil {
		return err
	}
	day := asOf.String()
	for i := range items {
		if err := writeHistoryRow(cw, day, &items[i]); err != nil {
			return err
		}
	}
	return writeCarried(cw, carried)
}

// WriteHistorySince writes items as WriteHistory does, with no carried
// rows, and the since column (see HistoryColumns): a review's record of
// the accounts its exports held, whose LinkedIn dates tell an address
// edited from an account made anew (MadeAfter) to the audit that carries
// them, which does not read their list.
func WriteHistorySince(w io.Writer, items []Item, asOf Date) error {
	cw := newCSVWriter(w)
	if err := cw.Write(historySinceColumns...); err != nil {
		return err
	}
	day := asOf.String()
	for i := range items {
		it := &items[i]
		writeHistoryCells(cw, day, it)
		cw.buf = append(cw.buf, ',')
		if a := it.Account; a.Network == LinkedIn && !a.Since.IsZero() {
			cw.buf = a.Since.appendTo(cw.buf) // no string a row
		}
		if err := cw.end(); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// WriteCarriedSince writes carried as WriteHistory writes its carried
// rows, with the since column (see WriteHistorySince): dates[i] is the
// date of carried[i], none where it is zero or dates shorter (nil for
// none). It is the record of the accounts of lists a review's exports
// lack, of which the ones an earlier review's record gave (new since the
// last audit) keep the dates that record had: a later audit tells an
// address edited from an account made anew by them (MadeAfter).
func WriteCarriedSince(w io.Writer, carried []Past, dates []Date) error {
	cw := newCSVWriter(w)
	if err := cw.Write(historySinceColumns...); err != nil {
		return err
	}
	for i := range carried {
		c := carried[i].Cells()
		var since string
		if i < len(dates) {
			since = dates[i].String() // a few rows: "" for the others
		}
		if err := cw.Write(c.AsOf, c.PersonID, c.Network, c.Relation, c.ID, c.Name, c.Decision, c.Rule, c.Follow, c.LedgerCell, c.Email, since); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// writeHistoryRow writes the history row of it, decided on day.
func writeHistoryRow(cw *csvWriter, day string, it *Item) error {
	writeHistoryCells(cw, day, it)
	return cw.end()
}

// writeHistoryCells writes the cells of it's history row, decided on day,
// without ending it.
func writeHistoryCells(cw *csvWriter, day string, it *Item) {
	a := it.Account
	cw.repeated(0, day)
	cw.buf = append(cw.buf, ',')
	cw.field(it.Person.ID)
	for i, s := range [...]string{a.Network, a.Relation} {
		cw.buf = append(cw.buf, ',')
		cw.repeated(1+i, s)
	}
	for _, s := range [...]string{a.ID, a.Name} {
		cw.buf = append(cw.buf, ',')
		cw.field(s)
	}
	for i, s := range [...]string{decisionWord(it.Decision), it.Decision.Rule} {
		cw.buf = append(cw.buf, ',')
		cw.repeated(3+i, s)
	}
	cw.buf = append(cw.buf, ',')
	cw.field(historyFollow(it))
	cw.buf = append(cw.buf, ',')
	if it.Decision.Unwritten {
		cw.buf = append(cw.buf, LedgerCellMisread...)
	}
	cw.buf = append(cw.buf, ',')
	if it.Account.Email != "" { // a few rows: most accounts have none
		cw.field(historyEmail(it))
	}
}

// historyEmail is the email cell of it's history row: the e-mail address
// the export gave of the account where its person's ledger row calls them
// a relative or a friend (Annotations.Close), who may be on
// reach-out.csv, then or later, while the account's list is carried; ""
// elsewhere. Only theirs: the history is a row per account, a million,
// and keeps no one else's address.
func historyEmail(it *Item) string {
	if it.Account.Email == "" || !it.Notes().Close() {
		return ""
	}
	return it.Account.Email
}

// historyLedgerCell is the ledger_cell of it's history row:
// LedgerCellMisread where the run kept its key off its ledger row's
// accounts cell (Decision.Unwritten), "" elsewhere.
func historyLedgerCell(it *Item) string {
	if it.Decision.Unwritten {
		return LedgerCellMisread
	}
	return ""
}

// historyFollow is the follow cell of it's history row: the id of the
// follow merged into it, or FollowUnfollowed where it is no longer
// followed, the tie kept, whether decided unfollow (nothing left to do)
// or kept (its follow still gone: see MarkUnfollowedTies).
func historyFollow(it *Item) string {
	if it.Decision.Unfollowed || it.Decision.FollowGone {
		return FollowUnfollowed
	}
	return it.Account.Extra[ExtraFollow]
}

// writeCarried writes the carried rows of a history file, and flushes cw.
func writeCarried(cw *csvWriter, carried []Past) error {
	for i := range carried {
		p := &carried[i]
		c := p.Cells()
		if err := cw.Write(c.AsOf, c.PersonID, c.Network, c.Relation, c.ID, c.Name, c.Decision, c.Rule, c.Follow, c.LedgerCell, c.Email); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// ReadHistory reads a history file written by WriteHistory, or re-saved
// by a spreadsheet as the ledger may be (a byte order mark, CRLF,
// semicolons), or written before the email, ledger_cell or follow column
// (its rows have none). A file with the since column (WriteHistorySince)
// is read as one without. A file written by a newer version, with
// columns after these (see NewerHeader), is a *NewerError: an audit
// carries the rows of lists its exports lack into its own history file,
// and a review given exports into its record, with this version's
// columns alone, and would lose the newer ones.
func ReadHistory(r io.Reader, name string) ([]Past, error) {
	return readHistory(r, name, stopNewer, nil)
}

// ViewHistory is ReadHistory for a run that writes no row of the file (a
// review without exports, which judges its answers by the recent
// audits): a file written by a newer version is read, its newer columns
// passed over.
func ViewHistory(r io.Reader, name string) ([]Past, error) {
	return readHistory(r, name, viewNewer, nil)
}

// ReadHistorySince reads a history file as ReadHistory does, and the
// since cells of a file written by WriteHistorySince: dates[i] is the date
// of the account of row i, zero where its cell is empty; dates is nil
// where no row has one, as in a file without the column (the record of a
// review of an earlier version). By row, not by key: a record holds a
// million rows, and a key made of each would be a million strings; see
// SinceOf. A record written by a newer version is a *NewerError, as for
// ReadHistory: the next audit carries its rows and dates into its history,
// and a review given exports into its own record.
func ReadHistorySince(r io.Reader, name string) (rows []Past, dates []Date, err error) {
	return readHistorySince(r, name, stopNewer)
}

// ViewHistorySince is ReadHistorySince for a run that writes no row of
// the record (a review without exports, which asks about the accounts it
// holds): one written by a newer version is read, its newer columns
// passed over, its since column found by its name.
func ViewHistorySince(r io.Reader, name string) (rows []Past, dates []Date, err error) {
	return readHistorySince(r, name, viewNewer)
}

func readHistorySince(r io.Reader, name string, use newerUse) (rows []Past, dates []Date, err error) {
	dates = []Date{}
	out, err := readHistory(r, name, use, &dates)
	if err != nil {
		return nil, nil, err
	}
	if !slices.ContainsFunc(dates, func(d Date) bool { return !d.IsZero() }) {
		dates = nil
	}
	return out, dates, nil
}

// SinceOf returns the dates (see ReadHistorySince) of the accounts of
// rows that want takes, by key (linkedin:ada-lovelace-1): the few a caller
// looks up, one pass over rows, and no string made of the others.
func SinceOf(rows []Past, dates []Date, want func(network, id string) bool) map[string]Date {
	var out map[string]Date
	for i := range dates {
		if p := &rows[i]; !dates[i].IsZero() && want(p.Network(), p.ID()) {
			if out == nil {
				out = map[string]Date{}
			}
			out[p.Key()] = dates[i]
		}
	}
	return out
}

// readHistory is ReadHistory, and ReadHistorySince where since is not
// nil: the since cells are appended to it, one a row.
func readHistory(r io.Reader, name string, use newerUse, since *[]Date) ([]Past, error) {
	cr, sinceCol, err := historyReader(r, name, use) // every cell is copied into cells below
	if err != nil {
		return nil, err
	}
	out := make([]Past, 0, rowsHint(r, 80)) // lines of about 100 bytes
	// The rows' cells, copied out of the reader's borrowed fields one after
	// the other, in one block where the file's size tells (the cells are
	// shorter than their lines): one allocation, where blocks of 1 MiB
	// left holes between the strings encoding/csv made of each record, too
	// small for the merge's slabs to reuse. Room never written is never
	// touched.
	var cells arena.Strings
	cells.Reserve(int(min(fileSize(r), 1<<32)))
	// The rows' shared strings (see Past): a run's few, each made once.
	// Past a few thousand (a history edited by hand), the others are
	// made row by row.
	shared := map[string]string{}
	var last string // the row before's: rows come in runs of one list
	var scratch []byte
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, historyDamaged(name, err, rec, cr)
		}
		u := func(i int) string { return Unneutralize(rec[i]) }
		c := PastCells{u(0), u(1), u(2), u(3), u(4), u(5), u(6), u(7), "", "", ""}
		if c.Network == Mastodon && !isASCII(c.ID) {
			// An id an earlier version made from a domain in Unicode
			// (it read such a file as written): the account it is read
			// as today, in the ASCII form (see MastodonID). The file
			// itself is not rewritten.
			c.ID = MastodonID(c.ID)
		}
		if len(rec) > 8 {
			c.Follow = u(8)
		}
		if len(rec) > 9 && rec[9] == LedgerCellMisread {
			c.LedgerCell = LedgerCellMisread
		}
		if len(rec) > 10 {
			c.Email = u(10)
		}
		if since != nil {
			var d Date
			if sinceCol >= 0 && rec[sinceCol] != "" {
				if d, err = ParseDate(rec[sinceCol]); err != nil {
					line, _ := cr.FieldPos(sinceCol)
					return nil, fmt.Errorf("%s: line %d, column since: %q is not a date (YYYY-MM-DD): the file is damaged: restore it from a backup, or delete it", name, line, rec[sinceCol])
				}
			}
			*since = append(*since, d)
		}
		var p Past
		scratch = c.appendShared(scratch[:0])
		if string(scratch) == last {
			p.shared = last
		} else if s, ok := shared[string(scratch)]; ok {
			p.shared = s
		} else if len(shared) < 4096 {
			p.shared = string(scratch)
			shared[p.shared] = p.shared
		} else {
			p.shared = cells.Copy(scratch)
		}
		last = p.shared
		_, n := c.ownWidth()
		b, start := cells.Room(n)
		p.writeOwn(c, b, start)
		out = append(out, p)
	}
}

// historyDamaged says what is wrong with the record rec that the history
// file's reader cr gave with err (see damagedLine), and what to do.
func historyDamaged(name string, err error, rec []string, cr *csvread.Reader) error {
	return damagedLine(name, err, rec, cr.FieldsPerRecord, cr.UnclosedQuote(), "restore it from a backup, or delete it to compare with the run before")
}

// historyReader returns a reader of the rows of the history file r (name
// for errors), its header read and checked; it lends its fields until
// the next read. A file written by a newer version (see NewerHeader) is
// the NewerError, or for use viewNewer read, its rows holding the newer
// columns' cells after this version's, to pass over. since is the index
// of the since column of a review's record (WriteHistorySince), -1 in a
// file without: a newer version's record has it after that version's
// own columns.
func historyReader(r io.Reader, name string, use newerUse) (cr *csvread.Reader, since int, err error) {
	br := bufio.NewReaderSize(r, 64<<10)
	if b, _ := br.Peek(3); bytes.Equal(b, []byte("\xEF\xBB\xBF")) {
		br.Discard(3)
	}
	first, _ := br.Peek(4096)
	if i := bytes.IndexAny(first, "\r\n"); i >= 0 {
		first = first[:i]
	}
	cr = csvread.NewReader(br)
	cr.Comma = headerComma(first)
	cr.ReuseRecord = true
	cr.MaxRecordBytes = MaxLedgerRowBytes // see damagedLine
	header, err := cr.Read()
	if err == io.EOF {
		return nil, -1, fmt.Errorf("%s: the file is empty: restore it from a backup, or delete it to compare with the run before", name)
	}
	if err != nil {
		return nil, -1, fmt.Errorf("%s: not a history file: %v", name, err)
	}
	since = -1
	if i := slices.Index(header[min(len(header), len(HistoryColumns)):], "since"); i >= 0 {
		since = len(HistoryColumns) + i
	}
	if newer := newerHistory(name, header); newer != nil {
		if use == stopNewer {
			return nil, -1, newer
		}
		return cr, since, nil
	}
	if !IsHistoryHeader(header) {
		return nil, -1, fmt.Errorf("%s: line 1: not a history file: want the header %s", name, strings.Join(HistoryColumns, ","))
	}
	return cr, since, nil
}

// newerHistory returns the error of the history file name whose header
// is one a newer version wrote (see NewerHeader): this version's columns,
// or a review's record's (with since), then more; nil for any other.
func newerHistory(name string, header []string) *NewerError {
	if IsHistoryHeader(header) {
		return nil
	}
	return cmp.Or(NewerHeader(name, header, historySinceColumns), NewerHeader(name, header, HistoryColumns))
}
