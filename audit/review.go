package audit

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// A Review goes through the people of a ledger one at a time, for the
// person running the audit to answer questions about each: when they last
// met, whether they inspire or supply them, whether they are toxic... Each
// answer sets one ledger cell of the person under review and nothing else;
// the caller writes the ledger after every change.
//
// The queue holds, in ledger order, the people nobody wrote anything about
// yet, those without a name after the others (the ledger sorts them
// first: accounts known by an id alone, a Twitter/X account no tweet
// named, which only their link tells; the people one knows by name come
// first), then the people an earlier audit kept because you had met them
// and whose meeting has lapsed since. People no longer in the exports
// (in_exports=no) and people who only follow you (never in the ledger) are
// not asked about.
type Review struct {
	Ledger *Ledger
	Rules  Rules
	// Details are the accounts' details by key ("network:id"): from the
	// exports when they are given (Complete is then set: an account not in
	// Details is no longer followed), otherwise what the last audit
	// recorded (relation and name), or nothing.
	Details  map[string]*Account
	Complete bool
	// Carried are the keys of the accounts of lists the exports given
	// lack (only the Twitter/X archive given), followed as the last audit
	// saw them; nil without exports.
	Carried map[string]bool
	// Unfollowed are the keys of the friends and connections no longer
	// followed, the tie kept, as an audit (or these exports) found (see
	// MarkUnfollowedTies; an audit may have kept them since, the follow
	// still gone): decided unfollow, nothing is left to do, and Tally
	// leaves them out, as the audit's counts do.
	Unfollowed map[string]bool
	// Queue is the people to review, in order; a split adds the new
	// people right after the person split.
	Queue []*ReviewItem
	// Nameless counts the people of the queue without a name, when it
	// was made: they come after the others not reviewed.
	Nameless int

	pos  int
	undo []reviewUndo
	// windows are the met-within windows of the audits, by day
	// (NewReview's Windows.ByDay), for lapsedSince.
	windows map[Date]Span
}

// A ReviewItem is one person in the review queue.
type ReviewItem struct {
	Row *LedgerRow
	// Lapsed is set for a person queued because an earlier audit kept
	// them for having met, and the meeting is now out of the window.
	Lapsed bool
	done   bool // answered and left, or skipped, in this session
}

// An Answer sets one cell of the person under review. Make one with
// [Review.MetToday], [Review.MetOn], [Mark], [Relationship] or [Note].
type Answer struct {
	Column string // ColLastMet, ColInspiring, ColSupplier, ColToxic, ColUnsure, ColRelationship or ColNote
	Value  string
}

// Mark is the answer that sets a yes/no column (ColInspiring, ColSupplier,
// ColToxic or ColUnsure) to "yes".
func Mark(col string) Answer { return Answer{col, "yes"} }

// Unmark is the answer that sets a yes/no column to "no": the mark taken
// off a person marked before (a key typed by a slip, answers since), as
// an answer, which the ledger reads as one (see Annotations.Answered),
// not an empty cell that would say nothing was ever answered.
func Unmark(col string) Answer { return Answer{col, "no"} }

// Relationship kinds offered by the review; any other text is accepted.
var Relationships = []string{"family", "friend", "colleague"}

// Relationship is the answer that sets the relationship cell.
func Relationship(s string) Answer { return Answer{ColRelationship, strings.TrimSpace(s)} }

// Note is the answer that sets the note cell.
func Note(s string) Answer { return Answer{ColNote, strings.TrimSpace(s)} }

// ClearText is the answer that empties the relationship or the note cell
// (ColRelationship or ColNote): one saved by a slip, which otherwise only
// Undo took back, and only with every answer given after it. Unlike a
// mark's "no", the cell is left empty: a relationship or a note is text,
// and none is no answer (see Annotations.Reviewed), so a person left with
// nothing else comes up again in the next review.
func ClearText(col string) Answer { return Answer{col, ""} }

// MetToday is the answer "met recently": last_met is the audit date.
func (rv *Review) MetToday() Answer { return Answer{ColLastMet, rv.Rules.AsOf.String()} }

// MetOn is the answer "met on s", checked as the ledger checks last_met:
// YYYY-MM-DD, YYYY-MM or YYYY, not after the audit date, and the other
// forms ParsePeriod reads (2026-6-5, 2026/3/2, 2026.03.02, mars 2026,
// 03/2026, 2 mars 2026, lundi 2 mars 2026), kept as typed.
func (rv *Review) MetOn(s string) (Answer, error) {
	s = strings.TrimSpace(s)
	if err := rv.checkDate(s); err != nil {
		return Answer{}, err
	}
	return Answer{ColLastMet, s}, nil
}

func (rv *Review) checkDate(s string) error {
	p, err := ParsePeriod(s)
	if _, ok := errors.AsType[*DayError](err); ok || errors.Is(err, ErrBefore1970) || errors.Is(err, ErrDotMonth) {
		return err
	}
	if _, ok := errors.AsType[*WeekdayError](err); ok {
		return err
	}
	if err != nil || p.IsZero() {
		if hint := dayInNumbersHint(s, rv.Rules.AsOf); hint != "" {
			return fmt.Errorf("%q %s", s, hint)
		}
		return fmt.Errorf("%q is not a date: write YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2026-03-02, 2026-03 or 2026), or a month by its name or number with the year in four digits (March 2026, 03/2026)", s)
	}
	if p.First > rv.Rules.AsOf {
		return fmt.Errorf("%q is after the audit date %s", s, rv.Rules.AsOf)
	}
	return nil
}

// dayInNumbersHint says how to write a day typed in numbers with the
// year last (25/11/2026, 3.2.2026), which ParsePeriod refuses: the
// ledger cannot tell the day from the month in 3/2/2026, and reads no
// form where a number over 12 alone would tell it. Typed at review's
// prompt, it is the person's own form, not a spreadsheet's (the ledger's
// message is about those), and the answer is the same day year first:
// said at once where one number is over 12, both ways where neither is.
// A day that, year first, would be refused too (before 1970, or after
// asOf, the audit date) is said to be so at once: given year first as
// the hint said, 1969-11-25 was refused in turn, a second try. It
// returns "" for anything else.
func dayInNumbersHint(s string, asOf Date) string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '.' || r == '-' })
	if len(parts) != 3 || len(parts[2]) != 4 || len(parts[0]) > 2 || len(parts[1]) > 2 {
		return ""
	}
	var n [3]int
	for i, p := range parts {
		if !isDigits(p) {
			return ""
		}
		n[i], _ = strconv.Atoi(p)
	}
	day := func(d, m int) string { // "" where d, m is no day of year n[2]
		if m < 1 || m > 12 || d < 1 || d > DaysIn(n[2], time.Month(m)) {
			return ""
		}
		return fmt.Sprintf("%04d-%02d-%02d", n[2], m, d)
	}
	// refused says why a day year first would be refused as last_met,
	// "" where it would not.
	refused := func(d string) string {
		switch {
		case d == "":
			return ""
		case n[2] < 1970:
			return strings.TrimPrefix(ErrBefore1970.Error(), "is ")
		}
		if p, err := ParsePeriod(d); err == nil && p.First > asOf {
			return "after the audit date " + asOf.String()
		}
		return ""
	}
	dayFirst, monthFirst := day(n[0], n[1]), day(n[1], n[0])
	rd, rm := refused(dayFirst), refused(monthFirst)
	switch {
	case dayFirst != "" && monthFirst != "" && dayFirst != monthFirst:
		const unknown = "is a day where which number is the day cannot be told"
		switch {
		case rd == "" && rm == "":
			return fmt.Sprintf("%s: write it year first, %s if the day comes first, %s if the month does", unknown, dayFirst, monthFirst)
		case rd == rm:
			return fmt.Sprintf("%s, %s or %s, both %s", unknown, dayFirst, monthFirst, rd)
		case rd == "":
			return fmt.Sprintf("%s: write it year first, %s if the day comes first (the month first, %s is %s)", unknown, dayFirst, monthFirst, rm)
		case rm == "":
			return fmt.Sprintf("%s: write it year first, %s if the month comes first (the day first, %s is %s)", unknown, monthFirst, dayFirst, rd)
		}
		return fmt.Sprintf("%s, %s (%s) or %s (%s)", unknown, dayFirst, rd, monthFirst, rm)
	case dayFirst == monthFirst && dayFirst != "":
		return yearFirst("is a day in numbers", dayFirst, rd)
	case dayFirst != "":
		return yearFirst("is a day written day first", dayFirst, rd)
	case monthFirst != "":
		return yearFirst("is a day written month first", monthFirst, rm)
	}
	return ""
}

// yearFirst is dayInNumbersHint's hint for one day, d year first, what
// the day typed is, and why d would be refused, "" where it would not.
func yearFirst(what, d, refused string) string {
	if refused != "" {
		return fmt.Sprintf("%s, %s, which is %s", what, d, refused)
	}
	return fmt.Sprintf("%s: write it year first, %s", what, d)
}

// reviewUndo is what undoes one change: the row's state before it, and
// the rows and queue items a split added.
type reviewUndo struct {
	item   *ReviewItem
	before rowState
	answer Answer // the answer given; zero for a split
	added  []*LedgerRow
	items  []*ReviewItem
}

// rowState is a row as it was, to be put back exactly: a row added by
// Update that had no cells of its own gets none again.
type rowState struct {
	row      *LedgerRow
	cells    rowCells
	person   *Person
	notes    Annotations
	accounts string
	followed bool
}

func saveRow(r *LedgerRow) rowState {
	return rowState{r, r.cells, r.person, *r.Notes(), r.accounts, r.followed}
}

func (s rowState) restore() {
	s.row.cells, s.row.person, s.row.accounts, s.row.followed = s.cells, s.person, s.accounts, s.followed
	s.row.writeNotes(s.notes)
}

// Windows are the met-within windows past audits decided by, for
// NewReview: ByDay, that of the last run of each day (see MetWindows),
// and Runs, that of each recent run given to NewReview, in their order
// (runs.csv's met_within; ok false where it does not say). A day may
// have runs of different windows (--met-within given to one, and not to
// a run again that day, the flags not being kept): a run's own decisions
// are judged by its own window, a row it carried by its day's.
type Windows struct {
	ByDay map[Date]Span
	Runs  []RunWindow
	// Decided, where set, gives the window of the run that decided a
	// row of recent run n (in NewReview's order): run n's for a row of
	// a list it read, and for a row it carried, the last run up to it,
	// of the row's day, that read the row's list; OK false where
	// runs.csv does not say (then ByDay). A rerun given fewer exports
	// carries the first run's rows of the lists it is not given with
	// their day, its own: by Runs, a row the first run kept by its
	// --met-within 18m was judged by the rerun's 12m, and the person was
	// never asked about. Which lists a run read takes runs.csv's lists,
	// which the audit package cannot read as lists (importers can), so
	// the caller gives it.
	Decided func(n int, p *Past) RunWindow
}

// RunWindow is the met-within window of one run, where known (ok).
type RunWindow struct {
	Span Span
	OK   bool
}

// metAt is the latest recent run that kept an account for a meeting: its
// day, and the window it decided by (ok false: see Review.windowOn).
type metAt struct {
	day    Date
	window RunWindow
}

// NewReview prepares the review of l's people with rules. recent are the
// decisions of the last audits (the last two runs of the history, and the
// last one of an earlier day where both are of the last run's day, oldest
// first, or fewer): a person one of them kept as "met" whose meeting has
// lapsed since is queued again, after everyone not reviewed yet. windows
// gives the met-within window those audits decided by (see Windows);
// rules.Window where it does not say.
func NewReview(l *Ledger, rules Rules, details map[string]*Account, complete bool, windows Windows, recent ...[]Past) *Review {
	rv := &Review{Ledger: l, Rules: rules, Details: details, Complete: complete, windows: windows.ByDay}
	wasMet := map[string]metAt{} // the latest recent run that kept the account for a meeting
	for n, run := range recent {
		// The run's own day is its newest row's: a row it carried keeps
		// the day of the audit that read it, which decided it.
		own := ""
		for i := range run {
			own = max(own, run[i].AsOf())
		}
		var w RunWindow
		if n < len(windows.Runs) {
			w = windows.Runs[n]
		}
		for i := range run {
			if run[i].Rule() != RuleMet {
				continue
			}
			d, _ := ParseDate(run[i].AsOf()) // 0 where unreadable: see lapsedSince
			m := metAt{day: d}
			switch {
			case windows.Decided != nil:
				m.window = windows.Decided(n, &run[i])
			case run[i].AsOf() == own:
				m.window = w
			}
			// Oldest first: a later run of the same day replaces.
			if was, ok := wasMet[run[i].Key()]; !ok || d >= was.day {
				wasMet[run[i].Key()] = m
			}
		}
	}
	var nameless, lapsed []*ReviewItem
	for _, r := range l.Rows() {
		if !rv.inExports(r) {
			continue
		}
		switch {
		case !r.Notes().Reviewed() && strings.TrimSpace(l.Name(r)) == "":
			nameless = append(nameless, &ReviewItem{Row: r})
		case !r.Notes().Reviewed():
			rv.Queue = append(rv.Queue, &ReviewItem{Row: r})
		case len(wasMet) > 0 && rv.lapsedSince(r, wasMet):
			lapsed = append(lapsed, &ReviewItem{Row: r, Lapsed: true})
		}
	}
	rv.Nameless = len(nameless)
	rv.Queue = append(append(rv.Queue, nameless...), lapsed...)
	return rv
}

// inExports reports whether the row is worth asking about: it lists an
// account and is not marked in_exports=no.
func (rv *Review) inExports(r *LedgerRow) bool {
	if len(rv.Ledger.AccountKeys(r)) == 0 {
		return false
	}
	v := strings.TrimSpace(rv.Ledger.cell(r, ColInExports))
	return !strings.EqualFold(v, "no")
}

// lapsedSince reports whether one of the row's accounts was kept as "met"
// by a recent audit and one followed is no longer kept now that the
// meeting is out of the window: decided "lapsed", or "policy" where the
// network keeps only people met (a Facebook friend also marked
// inspiring). The two may be different accounts of the row: a friend
// renamed on Facebook was met under the old id and is followed under the
// new one. Not where the person marked them toxic or unsure since, nor
// where another note keeps them, nor where the meeting the ledger gives
// now was out of the window already on the day of the audit that kept
// them (wasMet), by the window that audit decided by (see windowOn): the person answered since with an older
// date (asked about the lapse, "d 2025-06": they have not met since),
// which that audit would not have kept them for. With a shorter window
// now, a meeting that audit kept may be out of this one on its day too:
// judged by this run's window, the person would never be asked about.
func (rv *Review) lapsedSince(r *LedgerRow, wasMet map[string]metAt) bool {
	n := r.Notes()
	if n.LastMet.IsZero() || n.LastMet.Last >= rv.Rules.Window.Before(rv.Rules.AsOf) {
		return false // never met, or met within the window
	}
	keys := rv.Ledger.AccountKeys(r)
	if !slices.ContainsFunc(keys, func(k string) bool {
		m, ok := wasMet[k]
		return ok && (m.day == 0 || n.LastMet.Last >= rv.windowOn(m).Before(m.day))
	}) {
		return false
	}
	for _, k := range keys {
		if !rv.Followed(k) {
			continue
		}
		if d := rv.Rules.Decide(networkOf(k), n); d.Rule == RuleLapsed || d.Rule == RulePolicy {
			return true
		}
	}
	return false
}

// windowOn returns the met-within window the run of m decided by: its
// own, where runs.csv says it; else that of the last run of its day
// (rv.windows), or this run's where that does not say either.
func (rv *Review) windowOn(m metAt) Span {
	if m.window.OK {
		return m.window.Span
	}
	if w, ok := rv.windows[m.day]; ok {
		return w
	}
	return rv.Rules.Window
}

func networkOf(key string) string {
	n, _, _ := strings.Cut(key, ":")
	return n
}

// AccountKeys returns the row's account keys, "network:id", in the order of
// its accounts cell: for a row added by Update, the accounts it writes
// there (not one that only follows you, see rowAccounts).
func (l *Ledger) AccountKeys(r *LedgerRow) []string {
	if r.cells.none() && r.person != nil {
		accs := rowAccounts(r.person.Accounts)
		keys := make([]string, len(accs))
		for i, a := range accs {
			keys[i] = a.Key()
		}
		return keys
	}
	return r.AccountList()
}

// Cell returns the row's cell in column col ("" when the ledger has no
// such column), without giving a row added by Update cells of its own.
func (l *Ledger) Cell(r *LedgerRow, col string) string { return l.cell(r, col) }

// Followed reports whether the account key needs a decision: it is
// followed in the exports, or, without them, not known to only follow you.
func (rv *Review) Followed(key string) bool {
	if a := rv.Details[key]; a != nil {
		return a.Follows()
	}
	return !rv.Complete
}

// Current returns the person under review, nil once the queue is done.
func (rv *Review) Current() *ReviewItem {
	if rv.pos < len(rv.Queue) && !rv.Queue[rv.pos].done {
		return rv.Queue[rv.pos]
	}
	return nil
}

// Next leaves the person under review (answered or skipped: either way not
// asked about again in this session) for the next one in the queue.
func (rv *Review) Next() {
	if it := rv.Current(); it != nil {
		it.done = true
	}
	for i := range rv.Queue {
		j := (rv.pos + 1 + i) % len(rv.Queue)
		if !rv.Queue[j].done {
			rv.pos = j
			return
		}
	}
	rv.pos = len(rv.Queue)
}

// Left counts the people still to review in this session, the one under
// review included.
func (rv *Review) Left() int {
	n := 0
	for _, it := range rv.Queue {
		if !it.done {
			n++
		}
	}
	return n
}

// Apply gives the answer about the person under review: it sets the one
// cell the answer is about, and the row's annotations with it. It reports
// false when the cell says so already (a yes/no cell written "x" counts as
// yes), and changes nothing then.
func (rv *Review) Apply(a Answer) (bool, error) {
	it := rv.Current()
	if it == nil {
		return false, errors.New("nobody is under review")
	}
	r, l := it.Row, rv.Ledger
	old := l.cell(r, a.Column)
	n := *r.Notes()
	switch a.Column {
	case ColInspiring, ColSupplier, ColToxic, ColUnsure:
		if a.Value != "yes" && a.Value != "no" {
			return false, fmt.Errorf("%s: want yes or no, not %q", a.Column, a.Value)
		}
		// A cell that says so already ("x", "oui"; "non") is kept as
		// written; an empty one is no answer, and "no" is saved there.
		yes := a.Value == "yes"
		if b, _ := ParseBool(old); b == yes && (yes || strings.TrimSpace(old) != "") {
			return false, nil
		}
		n.Answered = true // as the cell, read back, says
		switch a.Column {
		case ColInspiring:
			n.Inspiring = yes
		case ColSupplier:
			n.Supplier = yes
		case ColToxic:
			n.Toxic = yes
		default:
			n.Unsure = yes
		}
	case ColLastMet:
		if err := rv.checkDate(a.Value); err != nil {
			return false, err
		}
		n.LastMet, _ = ParsePeriod(a.Value)
	case ColRelationship, ColNote:
		// Empty, the answer clears the cell (ClearText).
		// Saved, either would make the ledger unreadable: the next run
		// refuses a cell that is not UTF-8, and a file holding a NUL as
		// UTF-16.
		if !utf8.ValidString(a.Value) {
			return false, fmt.Errorf("%s: %q is not UTF-8: type it again, or save the answers file as UTF-8", a.Column, strings.ToValidUTF8(a.Value, "?"))
		}
		if strings.IndexByte(a.Value, 0) >= 0 {
			return false, fmt.Errorf("%s: %q holds a NUL character: type it again without it", a.Column, strings.ReplaceAll(a.Value, "\x00", "?"))
		}
		// An arrow key typed at a terminal without line editing sends
		// ESC [ D, saved into the cell with the text around it; a
		// spreadsheet shows such characters as boxes or not at all. A
		// tab is text.
		if i := strings.IndexFunc(a.Value, func(r rune) bool { return r < ' ' && r != '\t' || 0x7f <= r && r <= 0x9f }); i >= 0 {
			return false, fmt.Errorf("%s: %q holds a control character (an arrow key or Backspace where the terminal cannot edit a line?): type it again without it", a.Column, a.Value)
		}
		if a.Column == ColRelationship {
			n.Relationship = a.Value
		} else {
			n.Note = a.Value
		}
	default:
		return false, fmt.Errorf("%q is not a column a review answers", a.Column)
	}
	if old == a.Value {
		return false, nil
	}
	rv.undo = append(rv.undo, reviewUndo{item: it, before: saveRow(r), answer: a})
	rv.set(r, a.Column, a.Value)
	r.writeNotes(n)
	return true, nil
}

// set sets a cell, keeping the account keys of a row added by Update that
// gets cells of its own.
func (rv *Review) set(r *LedgerRow, col, v string) {
	if r.cells.none() && r.person != nil {
		r.setAccounts(rv.Ledger.AccountKeys(r))
	}
	rv.Ledger.set(r, col, v)
}

// Split makes each account of the person under review a person of its
// own: the row keeps its first account (and its id, name and answers);
// every other account gets a new row right after it, with a new person id
// (as [Ledger.Known] gives one), the account's name where known (else the
// row's) and nothing else, and is queued right after the person. It
// returns the new rows.
func (rv *Review) Split() ([]*LedgerRow, error) {
	it := rv.Current()
	if it == nil {
		return nil, errors.New("nobody is under review")
	}
	r, l := it.Row, rv.Ledger
	keys := slices.Clone(l.AccountKeys(r))
	if len(keys) < 2 {
		return nil, errors.New("only one account: nothing to split")
	}
	// Keep each account as the accounts cell spells it ("Twitter : 1401").
	var raw []string
	for _, k := range strings.Split(l.cell(r, ColAccounts), ";") {
		if k = strings.TrimSpace(k); k != "" {
			raw = append(raw, k)
		}
	}
	if len(raw) != len(keys) {
		raw = keys
	}
	u := reviewUndo{item: it, before: saveRow(r)}
	name := l.cell(r, ColName)
	inExports := l.cell(r, ColInExports)
	rv.set(r, ColAccounts, raw[0])
	r.accounts = keys[0]
	l.makeFresh()
	l.indexAdded() // the rows Update added hold ids too
	used := make(map[string]bool, len(l.byID))
	for id := range l.byID {
		used[id] = true
	}
	for i, k := range keys[1:] {
		id := NewPersonID(k, used)
		used[id] = true
		nr := &LedgerRow{cells: cellsOf(make([]string, len(l.Header))), accounts: k, followed: rv.Followed(k)}
		rowName := name
		if a := rv.Details[k]; a != nil && a.DisplayName() != "" {
			rowName = a.DisplayName()
		}
		l.set(nr, ColPersonID, id)
		l.set(nr, ColName, rowName)
		l.set(nr, ColAccounts, raw[i+1])
		if _, ok := l.col[ColInExports]; ok {
			v := inExports
			if rv.Complete {
				v = yesNo(nr.followed)
			}
			l.set(nr, ColInExports, v)
		}
		l.byID[id] = nr
		u.added = append(u.added, nr)
		u.items = append(u.items, &ReviewItem{Row: nr})
	}
	at := slices.Index(l.rows, r) + 1
	l.rows = slices.Insert(l.rows, at, u.added...)
	rv.Queue = slices.Insert(rv.Queue, rv.pos+1, u.items...)
	rv.undo = append(rv.undo, u)
	// The row keeps its first account: where the exports given hold it no
	// more (a friend renamed on Facebook, split from the new name), the
	// row has no account followed, and is what an audit makes it, no
	// longer in the exports (in_exports no): not one to review, nor
	// counted among the people not reviewed yet. The next in line is the
	// first new person.
	if rv.Complete && !rv.Followed(keys[0]) && !rv.Carried[keys[0]] {
		r.followed = false
		if _, ok := l.col[ColInExports]; ok {
			l.set(r, ColInExports, "no")
		}
		rv.Next()
	}
	return u.added, nil
}

// Gone reports whether the row has no account followed in the exports
// given (see Split): false without exports, where that is not known.
func (rv *Review) Gone(r *LedgerRow) bool {
	return rv.Complete && !rv.inExports(r)
}

// An Undone says what [Review.Undo] put back.
type Undone struct {
	Row    *LedgerRow
	Answer Answer // the answer undone; zero for a split
	Old    string // the cell's value again
	Split  int    // the rows a split had added, now removed
}

// Undo takes back the last answer or split of the session: the row gets
// its cells back exactly, the rows a split added go, and that person is
// under review again.
func (rv *Review) Undo() (Undone, bool) {
	if len(rv.undo) == 0 {
		return Undone{}, false
	}
	u := rv.undo[len(rv.undo)-1]
	rv.undo = rv.undo[:len(rv.undo)-1]
	l := rv.Ledger
	u.before.restore()
	for _, nr := range u.added {
		if id := l.cell(nr, ColPersonID); l.byID[id] == nr {
			delete(l.byID, id)
		}
	}
	l.rows = slices.DeleteFunc(l.rows, func(r *LedgerRow) bool { return slices.Contains(u.added, r) })
	rv.Queue = slices.DeleteFunc(rv.Queue, func(it *ReviewItem) bool { return slices.Contains(u.items, it) })
	if i := slices.Index(rv.Queue, u.item); i >= 0 {
		rv.pos = i
		u.item.done = false
	}
	d := Undone{Row: u.item.Row, Answer: u.answer, Split: len(u.added)}
	if u.answer.Column != "" {
		d.Old = l.cell(u.item.Row, u.answer.Column)
	}
	return d, true
}

// Undoable counts the answers and splits of the session not taken back.
func (rv *Review) Undoable() int { return len(rv.undo) }

// Changed reports whether the session changed the ledger: an answer or a
// split not taken back.
func (rv *Review) Changed() bool { return len(rv.undo) > 0 }

// Answered counts the people answered in this session (undone answers
// not counted, nor a person whose answers were cleared, r - and n -,
// leaving nothing: not reviewed, they come up again).
func (rv *Review) Answered() int {
	seen := map[*LedgerRow]bool{}
	for _, u := range rv.undo {
		if u.answer.Column != "" && u.item.Row.Notes().Reviewed() {
			seen[u.item.Row] = true
		}
	}
	return len(seen)
}

// A ReviewAccount is one account of a person under review, with its
// decision by the rules.
type ReviewAccount struct {
	Key, Network string
	// Account holds what is known of the account: everything with the
	// exports, relation and name from the last audit without them; nil
	// when nothing is known.
	Account  *Account
	Followed bool     // needs a decision (false: follows you only, or gone from the exports)
	Decision Decision // zero when not followed
	Action   string   // "keep", "unfollow (stay friends)"...; "" when not followed
}

// AccountsOf returns the row's accounts with their decisions.
func (rv *Review) AccountsOf(r *LedgerRow) []ReviewAccount {
	keys := rv.Ledger.AccountKeys(r)
	out := make([]ReviewAccount, len(keys))
	for i, k := range keys {
		a := ReviewAccount{Key: k, Network: networkOf(k), Account: rv.Details[k], Followed: rv.Followed(k)}
		if a.Followed {
			a.Decision = rv.Rules.Decide(a.Network, r.Notes())
			acc := a.Account
			if acc == nil {
				acc = &Account{Network: a.Network}
			}
			a.Action = (&Item{Account: acc, Decision: a.Decision}).Action()
		}
		out[i] = a
	}
	return out
}

// A ReviewTally counts the ledger's people (those still in the exports)
// and their followed accounts' decisions.
type ReviewTally struct {
	People, Reviewed int
	Keep, Unfollow   int // accounts
	// CarriedKeep and CarriedUnfollow count the accounts of Keep and of
	// Unfollow that Carried says are of lists the exports given lack: an
	// audit with these exports carries them as the last audit saw them,
	// out of its counts.
	CarriedKeep, CarriedUnfollow int
	// Unlisted counts the followed accounts of Details (where Complete)
	// that no ledger row lists (a row deleted by hand): the next audit adds
	// them back, but how it decides them (a new person, or joined to one
	// of the same name) is its merge's to say, so they are in neither
	// count. Not those Carried lists: an audit with the exports given
	// carries them as the last audit saw them, out of its counts, and
	// adds no row for them, as they are in none of its exports.
	Unlisted int
}

// Tally counts what the ledger says now, the decisions recomputed with the
// review's rules.
func (rv *Review) Tally() ReviewTally {
	var t ReviewTally
	var listed map[string]bool
	if rv.Complete {
		listed = make(map[string]bool, len(rv.Details))
	}
	for _, r := range rv.Ledger.Rows() {
		if listed != nil {
			for _, k := range rv.Ledger.AccountKeys(r) {
				listed[k] = true
			}
		}
		if !rv.inExports(r) {
			continue
		}
		t.People++
		if r.Notes().Reviewed() {
			t.Reviewed++
		}
		for _, a := range rv.AccountsOf(r) {
			carried := rv.Carried[a.Key]
			switch {
			case !a.Followed, !a.Decision.Keep && rv.Unfollowed[a.Key]:
				continue
			case a.Decision.Keep:
				t.Keep++
				if carried {
					t.CarriedKeep++
				}
			default:
				t.Unfollow++
				if carried {
					t.CarriedUnfollow++
				}
			}
		}
	}
	for k, a := range rv.Details {
		if listed != nil && a.Follows() && !listed[k] && !rv.Carried[k] {
			t.Unlisted++
		}
	}
	return t
}
