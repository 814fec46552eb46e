package audit

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/binary"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/unfollow-audit/unfollow-audit/internal/arena"
	"github.com/unfollow-audit/unfollow-audit/internal/csvread"
	"github.com/unfollow-audit/unfollow-audit/internal/radix"
)

// HistoryColumns is the header of a run's decisions file in the
// workspace's history folder.
var HistoryColumns = []string{"as_of", "person_id", "network", "relation", "id", "name", "decision", "rule"}

// Decisions as written in history and change files.
const (
	DecisionKeep     = "keep"
	DecisionUnfollow = "unfollow"
)

// A Past decision, read back from a history file: the row's cells, as
// [PastCells] has them. A re-audit reads the last run's history whole, a
// row per account: eight strings a row took 128 bytes and eight pointers
// for the collector to follow (the tenth series of docs/performance.md).
// The cells a run writes alike on many rows (its day, the network, the
// relation, the decision and the rule: about 40 bytes a row) are one
// string that rows of the same five share, and the account's own (person
// id, id, name) another: 32 bytes a row and two pointers, and the text
// of the shared cells once (at a million rows, 154 MB became about 85
// MB). Two Pasts are == when their cells are.
type Past struct {
	// shared holds cells 0, 2, 3, 6 and 7: where the first four end in
	// its text, 4 bytes each, then their text; "" where all five are
	// empty.
	shared string
	// own holds cells 1, 4 and 5: the width w of two ends (1, 2 or 4
	// bytes, as their text is under 256 bytes, 64 KiB, or more), where
	// the first two end in their text, w bytes each, then their text; ""
	// where all three are empty.
	own string
}

// sharedHead is the size of the head of a Past's shared string.
const sharedHead = 16

// PastCells are a Past decision's cells, as a history row has them.
type PastCells struct {
	AsOf, PersonID, Network, Relation, ID, Name, Decision, Rule string
}

// Past returns the decision of these cells.
func (c PastCells) Past() Past {
	var p Past
	p.shared = string(c.appendShared(nil))
	var b strings.Builder
	_, n := c.ownWidth()
	b.Grow(n)
	p.writeOwn(c, &b, 0)
	return p
}

// appendShared appends the shared string of the cells (see Past) to b:
// nothing where the five are empty, as in the zero Past.
func (c PastCells) appendShared(b []byte) []byte {
	if c.AsOf == "" && c.Network == "" && c.Relation == "" && c.Decision == "" && c.Rule == "" {
		return b
	}
	end := 0
	for _, v := range [...]string{c.AsOf, c.Network, c.Relation, c.Decision} {
		end += len(v)
		b = binary.LittleEndian.AppendUint32(b, uint32(end))
	}
	for _, v := range [...]string{c.AsOf, c.Network, c.Relation, c.Decision, c.Rule} {
		b = append(b, v...)
	}
	return b
}

// ownWidth returns the width of the ends of the cells' own string (see
// Past), and its length.
func (c PastCells) ownWidth() (width, n int) {
	n = len(c.PersonID) + len(c.ID) + len(c.Name)
	switch {
	case n == 0:
		return 0, 0
	case n > 0xFFFF:
		width = 4
	case n > 0xFF:
		width = 2
	default:
		width = 1
	}
	return width, 1 + 2*width + n
}

// writeOwn writes the cells' own string in b from start on, which has
// room for it (ownWidth), and sets p's own.
func (p *Past) writeOwn(c PastCells, b *strings.Builder, start int) {
	width, n := c.ownWidth()
	if n == 0 {
		return
	}
	b.WriteByte(byte(width))
	for _, e := range [...]int{len(c.PersonID), len(c.PersonID) + len(c.ID)} {
		for k := range width {
			b.WriteByte(byte(e >> (8 * k)))
		}
	}
	b.WriteString(c.PersonID)
	b.WriteString(c.ID)
	b.WriteString(c.Name)
	p.own = b.String()[start:]
}

// cell returns cell i (0 to 7).
func (p *Past) cell(i int) string {
	switch i {
	case 1, 4, 5:
		if p.own == "" {
			return ""
		}
		w := int(p.own[0])
		e0, e1 := leN(p.own, 1, w), leN(p.own, 1+w, w)
		text := p.own[1+2*w:]
		switch i {
		case 1:
			return text[:e0]
		case 4:
			return text[e0:e1]
		}
		return text[e1:]
	}
	if p.shared == "" {
		return ""
	}
	k := [8]int{0, 0, 1, 2, 0, 0, 3, 4}[i] // its place in shared
	end := func(k int) int {
		if k == 4 {
			return len(p.shared) - sharedHead
		}
		return leN(p.shared, 4*k, 4)
	}
	from := 0
	if k > 0 {
		from = end(k - 1)
	}
	return p.shared[sharedHead+from : sharedHead+end(k)]
}

// leN returns the little-endian number of width bytes (1, 2 or 4) at
// s[i:].
func leN(s string, i, width int) int {
	switch width {
	case 1:
		return int(s[i])
	case 2:
		return int(s[i]) | int(s[i+1])<<8
	}
	return int(s[i]) | int(s[i+1])<<8 | int(s[i+2])<<16 | int(s[i+3])<<24
}

// Cells returns the decision's cells.
func (p *Past) Cells() PastCells {
	return PastCells{p.cell(0), p.cell(1), p.cell(2), p.cell(3), p.cell(4), p.cell(5), p.cell(6), p.cell(7)}
}

// AsOf is the day of the run that decided.
func (p *Past) AsOf() string { return p.cell(0) }

// PersonID is the id of the account's person in that run.
func (p *Past) PersonID() string { return p.cell(1) }

// Network is the account's network.
func (p *Past) Network() string { return p.cell(2) }

// Relation is the account's relation (following, connection, ...).
func (p *Past) Relation() string { return p.cell(3) }

// ID is the account's id on its network.
func (p *Past) ID() string { return p.cell(4) }

// Name is the account's name in that run.
func (p *Past) Name() string { return p.cell(5) }

// Decision is DecisionKeep or DecisionUnfollow.
func (p *Past) Decision() string { return p.cell(6) }

// Rule is the rule that decided.
func (p *Past) Rule() string { return p.cell(7) }

// Key is the account's "network:id".
func (p *Past) Key() string { return p.Network() + ":" + p.ID() }

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

// writeHistoryRow writes the history row of it, decided on day.
func writeHistoryRow(cw *csvWriter, day string, it *Item) error {
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
	return cw.end()
}

// writeCarried writes the carried rows of a history file, and flushes cw.
func writeCarried(cw *csvWriter, carried []Past) error {
	for i := range carried {
		p := &carried[i]
		c := p.Cells()
		if err := cw.Write(c.AsOf, c.PersonID, c.Network, c.Relation, c.ID, c.Name, c.Decision, c.Rule); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// Judged returns the previous decisions about lists this run's exports
// hold: the complement of [Carry], what progress is counted against.
func Judged(prev []Past, covered Covered) []Past {
	if !slices.ContainsFunc(prev, func(p Past) bool { return !covered(p.Network(), p.Relation(), p.ID()) }) {
		return prev // the usual case, and not worth a copy of a million rows
	}
	var out []Past
	for _, p := range prev {
		if covered(p.Network(), p.Relation(), p.ID()) {
			out = append(out, p)
		}
	}
	return out
}

// Covered says whether this run's exports hold the full list of a
// network's relation ("linkedin", "following") that the account id was
// on. A list held only in part (a file of it missing, see
// importers.Coverage.Partial) covers the accounts the exports have, and
// not the others: they may be in the file missing.
type Covered func(network, relation, id string) bool

// Carry returns the previous decisions about lists this run's exports do
// not hold (a LinkedIn archive without Member_Follows.csv says nothing
// about the members you follow): they are neither gone nor changed, and
// the history keeps them for the next complete export.
func Carry(prev []Past, covered Covered) []Past {
	var out []Past
	for _, p := range prev {
		if !covered(p.Network(), p.Relation(), p.ID()) {
			out = append(out, p)
		}
	}
	return out
}

// ReadHistory reads a history file written by WriteHistory, or re-saved
// by a spreadsheet as the ledger may be (a byte order mark, CRLF,
// semicolons).
func ReadHistory(r io.Reader, name string) ([]Past, error) {
	cr, err := historyReader(r, name) // every cell is copied into cells below
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
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		u := func(i int) string { return Unneutralize(rec[i]) }
		c := PastCells{u(0), u(1), u(2), u(3), u(4), u(5), u(6), u(7)}
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

// historyReader returns a reader of the rows of the history file r (name
// for errors), its header read and checked; it lends its fields until
// the next read.
func historyReader(r io.Reader, name string) (*csvread.Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	if b, _ := br.Peek(3); bytes.Equal(b, []byte("\xEF\xBB\xBF")) {
		br.Discard(3)
	}
	first, _ := br.Peek(4096)
	if i := bytes.IndexAny(first, "\r\n"); i >= 0 {
		first = first[:i]
	}
	cr := csvread.NewReader(br)
	cr.Comma = headerComma(first)
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err == io.EOF {
		return nil, fmt.Errorf("%s: the file is empty: restore it from a backup, or delete it to compare with the run before", name)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: not a history file: %v", name, err)
	}
	if !slices.Equal(header, HistoryColumns) {
		return nil, fmt.Errorf("%s: line 1: not a history file: want the header %s", name, strings.Join(HistoryColumns, ","))
	}
	return cr, nil
}

// Change kinds.
const (
	ChangeNew     = "new"
	ChangeGone    = "gone"
	ChangeChanged = "changed"
	// ChangeReplaced is an account gone from a list where an account new
	// to it is the same person's (the network changed the id: a LinkedIn
	// profile address edited, a Facebook friend renamed): not an unfollow
	// done.
	ChangeReplaced = "replaced"
)

// A Change is an account that differs between two runs.
type Change struct {
	Kind                                  string
	PersonID, Network, Relation, ID, Name string
	Before, BeforeRule                    string // empty for new accounts
	After, AfterRule                      string // empty for gone accounts
	Note                                  string
	// Guess marks a replacement only guessed ("renamed?": a Facebook
	// friend gone and one new of the same second, the person's row not
	// given to it; "still followed?": a Facebook friend gone and a follow
	// of their name new, where a namesake is still a friend): its new
	// account still counts as new.
	Guess bool
}

// ChangeColumns is the header of changes.csv.
var ChangeColumns = []string{"change", "person_id", "network", "relation", "id", "name",
	"before", "before_rule", "after", "after_rule", "note"}

// Compare lists what changed since the previous run: accounts new in the
// exports, accounts gone from them (an unfollow done, when the previous
// decision was unfollow), accounts replaced (see ChangeReplaced and
// replacements) and accounts whose decision changed.
//
// An account missing from a list the exports do not hold is not gone:
// covered says which lists they hold.
//
// A Facebook (LinkedIn) follow that the last run had joined to the friend
// (connection) of its name, and these exports leave apart (a namesake
// friended since), is not new: it was followed all along, and is compared
// with that friend's decision (see followedWithFriend): it is in
// changes.csv only where it is decided otherwise now, as a `changed` row
// that says so; a follow regrouped, decided as before, is no change the
// person has to act on. (A follow the last run had apart stays apart, by
// its own id: see SplitFollows.)
func Compare(prev []Past, items []Item, covered Covered) []Change {
	last, match := joinPast(prev, items)
	followedWithFriend(prev, items, last, match)
	since := listDates(prev)
	var out []Change
	type newAt struct {
		item   int
		change Change
	}
	var news []newAt               // the new accounts, added once the replacements are known
	now := make([]bool, len(prev)) // prev[i] is still followed
	for i := range items {
		it := &items[i]
		a := it.Account
		after := decisionWord(it.Decision)
		j := match[i]
		ok := j >= 0
		if ok {
			now[j] = true
		}
		switch {
		case !ok:
			note := "followed since the previous run"
			if d := since.of(a.Network, a.Relation); d != "" {
				note = "followed since the run of " + d
			}
			news = append(news, newAt{i, Change{ChangeNew, it.Person.ID, a.Network, a.Relation, a.ID, a.Name,
				"", "", after, it.Decision.Rule, note, false}})
		case prev[j].Decision() != after,
			// Notes gone, the decision unchanged (toxic, unsure or lapsed
			// then, unfollowed on blank notes now): a change all the same,
			// which the person may not have meant.
			it.Decision.Reason == ReasonNothingKnown && prev[j].Rule() != RuleUnknown && prev[j].Rule() != "":
			p := &prev[j]
			note := it.Decision.Reason
			if p.ID() != a.ID { // a follow the last run joined to its friend (followedWithFriend)
				note += "; followed before, joined to " + p.Key() + ", of the same name: apart now, a namesake is there too"
			}
			out = append(out, Change{ChangeChanged, it.Person.ID, a.Network, a.Relation, a.ID, a.Name,
				p.Decision(), p.Rule(), after, it.Decision.Rule, note, false})
		}
	}
	var gone []int
	for i := range prev {
		p := &prev[i]
		// An account listed twice (a history edited by hand) is gone once:
		// at its last row.
		if last[i] == int32(i) && !now[i] && covered(p.Network(), p.Relation(), p.ID()) {
			gone = append(gone, i)
		}
	}
	by := replacements(prev, gone, items, match)
	// An account that replaces one gone is that one's row in changes.csv,
	// not a new one too, unless the pairing is only a guess the person is
	// asked to confirm ("renamed?"): the summary counts it so.
	replacing := map[int]bool{}
	for _, r := range by {
		if !r.guess && r.item >= 0 {
			replacing[r.item] = true
		}
	}
	for _, n := range news {
		if !replacing[n.item] {
			out = append(out, n.change)
		}
	}
	for _, i := range gone {
		p := &prev[i]
		r, ok := by[i]
		if ok && r.item >= 0 {
			it := &items[r.item]
			out = append(out, Change{ChangeReplaced, p.PersonID(), p.Network(), p.Relation(), p.ID(), p.Name(),
				p.Decision(), p.Rule(), decisionWord(it.Decision), it.Decision.Rule, r.note, r.guess})
			continue
		}
		note := "no longer followed in the exports (it was kept)"
		if p.Decision() == DecisionUnfollow {
			note = "unfollow done"
		}
		if ok {
			note += "; " + r.note // several new since its second: which, if any, is not guessed
		}
		out = append(out, Change{ChangeGone, p.PersonID(), p.Network(), p.Relation(), p.ID(), p.Name(),
			p.Decision(), p.Rule(), "", "", note, false})
	}
	rank := map[string]int{ChangeChanged: 0, ChangeNew: 1, ChangeReplaced: 2, ChangeGone: 3}
	slices.SortStableFunc(out, func(a, b Change) int {
		return cmp.Or(cmp.Compare(rank[a.Kind], rank[b.Kind]),
			cmp.Compare(networkRank(a.Network), networkRank(b.Network)), strings.Compare(a.Network, b.Network))
	})
	return out
}

// followedWithFriend sets match[k] for a Facebook (LinkedIn) follow new
// to its list that the last run had joined to the friend (connection) of
// its name: the last run had one account of that name on the network, a
// friend still one now, and the follow is not dated after that run's day.
// The follow was then in the export the last run read, and the importer
// joined it to that friend, the only one of its name (a joined follow has
// no row of its own in the history); a namesake friended since leaves it
// apart. It was followed all along: matched to the friend's decision, it
// is not new, and is a change only where it is decided otherwise now
// (Known.pinFollowOfFriend gives it the friend's ledger row, on the same
// grounds). Two follows of the name, a follow without a date or made after
// that run, a last run with several accounts of the name (the follow was
// apart then, and is matched by its own id), or a friend gone since (the
// follow may replace them: see replacements) are left new.
func followedWithFriend(prev []Past, items []Item, last, match []int32) {
	fresh := newOneOfName() // the one new follow of a name
	defer fresh.close()
	for k := range items {
		a := items[k].Account
		if match[k] >= 0 || a.Relation != Following || followTie[a.Network] == "" || a.Since.IsZero() ||
			(a.Network == LinkedIn && !strings.HasPrefix(a.ID, "follow.")) { // a company is nobody's connection
			continue
		}
		fresh.add(a.Network, a.Name, int32(k))
	}
	if fresh.empty() {
		return
	}
	type lastOf struct {
		i    int32 // the last decision about the account
		more bool  // the last run had another account of the name
	}
	byName := map[foldedName]*lastOf{}
	for i := range prev {
		p := &prev[i]
		if followTie[p.Network()] == "" || p.Relation() == Follower {
			continue
		}
		n, _, ok := fresh.find(p.Network(), p.Name())
		if !ok {
			continue
		}
		if l := byName[n]; l != nil {
			l.more = l.more || prev[l.i].ID() != p.ID()
		} else {
			byName[n] = &lastOf{i: last[i]}
		}
	}
	if len(byName) == 0 {
		return
	}
	there := map[int32]bool{} // the friends wanted, still in the exports
	for _, l := range byName {
		there[l.i] = false
	}
	for _, j := range match {
		if _, ok := there[j]; ok {
			there[j] = true
		}
	}
	for n, l := range byName {
		p := &prev[l.i]
		if l.more || p.Relation() != followTie[n.network] || !there[l.i] {
			continue
		}
		day, err := ParseDate(p.AsOf())
		k := fresh.at[n]
		if err != nil || items[k].Account.Since > day {
			continue // followed since that run: not in its export
		}
		match[k] = l.i
	}
}

// runDates are the lists of a history, each with the day of the last
// run that held it: a run without the LinkedIn export carries LinkedIn's
// rows with the day of the run before, and an account new to LinkedIn
// since is new since that day, not since the run that did not look.
type runDates []struct{ network, relation, day string }

// listDates returns the lists of prev with their last day. A history
// holds a few lists: they are found by a walk, not a map of its rows.
func listDates(prev []Past) runDates {
	var out runDates
	at := -1 // the list of the row before: rows come in runs of one list
	for i := range prev {
		p := &prev[i]
		network, relation := p.Network(), p.Relation()
		if at < 0 || out[at].network != network || out[at].relation != relation {
			at = slices.IndexFunc(out, func(l struct{ network, relation, day string }) bool {
				return l.network == network && l.relation == relation
			})
			if at < 0 {
				out = append(out, struct{ network, relation, day string }{network, relation, ""})
				at = len(out) - 1
			}
		}
		out[at].day = max(out[at].day, p.AsOf())
	}
	return out
}

// of returns the last day of a network's list; for a list no run held
// (or held empty: a history cannot tell), the last day of any, "" for
// none.
func (d runDates) of(network, relation string) string {
	last := ""
	for _, l := range d {
		if l.network == network && l.relation == relation {
			return l.day
		}
		last = max(last, l.day)
	}
	return last
}

// A replacement is the item whose account took a gone account's place,
// and why it is believed to; or, item -1, only a hint that one of several
// may have (a Facebook friend gone, and several new since the same
// second).
type replacement struct {
	item  int
	note  string
	guess bool // see Change.Guess
}

// replacements finds, among the accounts gone from their list (prev's
// indexes gone), those an account new to the same list replaces, by
// index in prev, in this order (each pass on what the ones before left):
//   - the same person's Facebook account of the same second (a friend
//     renamed, given their ledger row by Known.pinRenamed);
//   - the same person's (Merge grouped it with the ledger row of the gone
//     one: by name, e-mail or the person's own grouping), when that person
//     has one account gone from the list and one new to it;
//   - the same person's account new to another list of the network, when
//     the person has one account gone from the network and one new to it:
//     a Facebook friend unfriended but still followed, a LinkedIn
//     connection removed whose member follow stays (the follow was merged
//     into the other account while both were there). The person is still
//     followed there: no unfollow done;
//   - a guess: a Facebook account friends or followed since the same
//     second as the gone one, where that is the one gone for good of that
//     second and the one new: Facebook gives no ids, and a friend who
//     changes their name comes back under a new one (see the Facebook
//     importer), with the date of the friendship as before. Where more are
//     gone or new, the gone rows only name what is new;
//   - a guess: the one Facebook account new to another list of the name of
//     the one gone (see sameName): a friend unfriended and followed, where
//     a namesake still a friend may be the follow's too.
//
// Only the few people with a gone account are looked at: a re-audit
// where nothing is gone makes no map of its million accounts.
func replacements(prev []Past, gone []int, items []Item, match []int32) map[int]replacement {
	if len(gone) == 0 {
		return nil
	}
	type list struct{ person, network, relation string }
	type net struct{ person, network string }
	type fbList struct{ since, relation string }
	byPerson := map[list][]int{} // items new to their list, of the people with a gone account
	byNet := map[net][]int{}     // the same, by network
	byFB := map[fbList][]int{}   // items new to a Facebook list, by the time stamp of their id
	people := map[string]bool{}
	fbGone := false
	for _, i := range gone {
		people[prev[i].PersonID()] = true
		fbGone = fbGone || prev[i].Network() == Facebook
	}
	for k := range items {
		if match[k] >= 0 {
			continue
		}
		it := &items[k]
		a := it.Account
		if people[it.Person.ID] {
			l := list{it.Person.ID, a.Network, a.Relation}
			byPerson[l] = append(byPerson[l], k)
			n := net{it.Person.ID, a.Network}
			byNet[n] = append(byNet[n], k)
		}
		if ts := facebookSince(a.Network, a.ID); fbGone && ts != "" {
			l := fbList{ts, a.Relation}
			byFB[l] = append(byFB[l], k)
		}
	}
	out := map[int]replacement{}
	taken := map[int]bool{}
	// The same person's first, by the evidence that put the new account
	// on their row, in passes that do not depend on the history's order:
	// a Facebook account of the same second (a renamed friend); then the
	// one new account of a list where the person has one account gone
	// (an id changed); then the one new account of the network where the
	// person has one account gone (still followed on another list). A
	// Facebook guess is then for the accounts of a second gone for good,
	// and among what is new of it, what no one took.
	pair := func(i, k int, note string) {
		taken[k] = true
		out[i] = replacement{k, note, false}
	}
	// A person's accounts of one list and second, gone and new: one of
	// each is a rename (Merge gave the new one the old one's ledger row,
	// Known.pinRenamed); more, and which is which is not known.
	type sec struct{ person, network, relation, since string }
	goneSec, newSec := map[sec]int{}, map[sec][]int{}
	for _, i := range gone {
		p := &prev[i]
		if ts := facebookSince(p.Network(), p.ID()); ts != "" {
			goneSec[sec{p.PersonID(), p.Network(), p.Relation(), ts}]++
		}
	}
	for l, ks := range byPerson {
		for _, k := range ks {
			if ts := facebookSince(l.network, items[k].Account.ID); ts != "" {
				s := sec{l.person, l.network, l.relation, ts}
				newSec[s] = append(newSec[s], k)
			}
		}
	}
	for _, i := range gone {
		p := &prev[i]
		ts := facebookSince(p.Network(), p.ID())
		if ts == "" {
			continue
		}
		s := sec{p.PersonID(), p.Network(), p.Relation(), ts}
		if ks := newSec[s]; goneSec[s] == 1 && len(ks) == 1 {
			pair(i, ks[0], "renamed: now "+items[ks[0]].Account.Key()+", since the same second; their ledger row now lists it")
		}
	}
	left := func(ks []int) []int {
		var out []int
		for _, k := range ks {
			if !taken[k] {
				out = append(out, k)
			}
		}
		return out
	}
	// The person's accounts gone and not paired yet, by list and by
	// network: counted once a pass, not per account (a re-audit may find
	// a hundred thousand gone).
	count := func() (byList map[list]int, byNetwork map[net]int) {
		byList, byNetwork = map[list]int{}, map[net]int{}
		for _, i := range gone {
			if _, ok := out[i]; !ok {
				p := &prev[i]
				byList[list{p.PersonID(), p.Network(), p.Relation()}]++
				byNetwork[net{p.PersonID(), p.Network()}]++
			}
		}
		return byList, byNetwork
	}
	var single []int // a pass pairs from the same counts for all
	goneByList, _ := count()
	for _, i := range gone {
		p := &prev[i]
		if _, ok := out[i]; ok {
			continue
		}
		l := list{p.PersonID(), p.Network(), p.Relation()}
		if goneByList[l] != 1 {
			continue // the counts first: a person with thousands gone is looked at once
		}
		if ks := left(byPerson[l]); len(ks) == 1 {
			single = append(single, i, ks[0])
		}
	}
	for j := 0; j < len(single); j += 2 {
		pair(single[j], single[j+1], "now "+items[single[j+1]].Account.Key()+", the same person's: the account's id changed")
	}
	single = single[:0]
	_, goneByNet := count()
	for _, i := range gone {
		p := &prev[i]
		if _, ok := out[i]; ok {
			continue
		}
		n := net{p.PersonID(), p.Network()}
		if goneByNet[n] != 1 {
			continue
		}
		if ks := left(byNet[n]); len(ks) == 1 && items[ks[0]].Account.Relation != p.Relation() {
			single = append(single, i, ks[0])
		}
	}
	for j := 0; j < len(single); j += 2 {
		a := items[single[j+1]].Account
		pair(single[j], single[j+1], "now "+a.Key()+" ("+a.Relation+"), the same person's: still followed on "+NetworkTitle(a.Network))
	}
	goneOf := map[fbList]int{} // Facebook accounts gone for good, by second
	for _, i := range gone {
		if _, ok := out[i]; !ok {
			if ts := facebookSince(prev[i].Network(), prev[i].ID()); ts != "" {
				goneOf[fbList{ts, prev[i].Relation()}]++
			}
		}
	}
	leftFB := map[fbList][]int{}
	hints := map[fbList]string{}
	for _, i := range gone {
		p := &prev[i]
		ts := facebookSince(p.Network(), p.ID())
		if _, ok := out[i]; ok || ts == "" {
			continue
		}
		l := fbList{ts, p.Relation()}
		// Once a second: a guess takes its one new account only where one
		// account of it is gone, looked at once.
		ks, ok := leftFB[l]
		if !ok {
			ks = left(byFB[l])
			leftFB[l] = ks
		}
		switch {
		case len(ks) == 1 && goneOf[l] == 1:
			taken[ks[0]] = true
			out[i] = replacement{ks[0], "renamed? " + items[ks[0]].Account.Key() +
				" is new, since the same second: if it is them, put it on their ledger row", true}
		case len(ks) > 0:
			// Several gone or several new of the second: which is which
			// is not guessed; the gone rows say what is new (made once a
			// second, and naming a few).
			h, ok := hints[l]
			if !ok {
				h = newHint(ks, items)
				hints[l] = h
			}
			out[i] = replacement{-1, h, true}
		}
	}
	sameName(prev, gone, items, match, out, taken)
	return out
}

// sameName guesses, for the Facebook (LinkedIn) accounts gone and not
// paired (out), the one account new to another list of the same name on
// that network (see joinNames), where the name has one of each:
// Known.pinSameName left it apart, as a namesake of the gone one is still
// there, and the follow may be theirs (see SplitFollows). The gone account
// is not an unfollow done for sure: the person is asked, naming the
// namesakes.
func sameName(prev []Past, gone []int, items []Item, match []int32, out map[int]replacement, taken map[int]bool) {
	type name struct{ network, s string }
	names := newJoinNames()
	defer names.close()
	goneOf := map[name][]int{} // name -> the gone accounts not paired
	for _, i := range gone {
		p := &prev[i]
		if _, ok := out[i]; ok || p.Relation() == Follower {
			continue
		}
		if s := names.of(p.Network(), p.ID(), p.Name()); s != "" {
			goneOf[name{p.Network(), s}] = append(goneOf[name{p.Network(), s}], i)
			names.want(s)
		}
	}
	if len(goneOf) == 0 {
		return
	}
	names.only = true
	newOf, still := map[name][]int{}, map[name][]string{}
	for k := range items {
		a := items[k].Account
		if a.Relation == Follower || followTie[a.Network] == "" {
			continue
		}
		s := name{a.Network, names.of(a.Network, a.ID, a.Name)}
		if goneOf[s] == nil {
			continue
		}
		if match[k] >= 0 {
			still[s] = append(still[s], a.Key())
		} else if !taken[k] {
			newOf[s] = append(newOf[s], k)
		}
	}
	for s, is := range goneOf {
		ks := newOf[s]
		if len(is) != 1 || len(ks) != 1 || items[ks[0]].Account.Relation == prev[is[0]].Relation() {
			continue
		}
		a := items[ks[0]].Account
		whose := "theirs"
		if len(still[s]) > 0 {
			whose = "theirs, not " + strings.Join(still[s], "'s or ") + "'s"
		}
		taken[ks[0]] = true
		out[is[0]] = replacement{ks[0], "still followed? " + a.Key() + " (" + a.Relation + ") is new, of the same name: if it is " +
			whose + ", put it on their ledger row", true}
	}
}

// newHint is the note of a Facebook account gone where the accounts of
// items ks are new since its second: it names three at most.
func newHint(ks []int, items []Item) string {
	var keys []string
	for _, k := range ks[:min(len(ks), 3)] {
		keys = append(keys, items[k].Account.Key())
	}
	what := keys[0] + " is new"
	switch {
	case len(ks) > 3:
		what = strings.Join(keys, ", ") + fmt.Sprintf(" and %d more are new", len(ks)-3)
	case len(ks) > 1:
		what = strings.Join(keys, " and ") + " are new"
	}
	return "renamed? " + what + ", since the same second: if one is them, put it on their ledger row"
}

// facebookSince returns the time stamp that ends a Facebook account id
// ("ada-lovelace.1588291200": when the friendship or follow began), or "".
func facebookSince(network, id string) string {
	if network != Facebook {
		return ""
	}
	ts := id[strings.LastIndexByte(id, '.')+1:]
	if len(ts) < 9 || len(ts) == len(id) || strings.Trim(ts, "0123456789") != "" {
		return ""
	}
	return ts
}

// joinPast matches the accounts of items with the previous decisions
// about them. last[i] is the index of the last decision in prev about the
// account of prev[i] (i itself, unless a history edited by hand lists an
// account twice); match[k] is that of items[k]'s account, or -1. Both
// lists are sorted by key hash and walked together: a map of a million
// "network:id" keys costs several times as much.
//
// The two lists are hashed and sorted at once, each on a core, and the
// walk is split in halves: at a million rows each step is a cache miss
// for the strings compared, which two cores take half the time over.
func joinPast(prev []Past, items []Item) (last, match []int32) {
	var ip []radix.Pair
	var wg sync.WaitGroup
	wg.Go(func() {
		ip = make([]radix.Pair, len(items))
		for k := range items {
			ip[k] = radix.Pair{Key: keyHash(items[k].Account), Index: int32(k)}
		}
		ip = radix.Sort(ip)
	})
	pp, last := pastIndex(prev)
	wg.Wait()
	match = make([]int32, len(items))
	inHalves(len(ip), func(from, to int) {
		if from == to {
			return
		}
		j, _ := slices.BinarySearchFunc(pp, ip[from].Key, func(p radix.Pair, k uint64) int { return cmp.Compare(p.Key, k) })
		for _, q := range ip[from:to] {
			match[q.Index] = -1
			for j < len(pp) && pp[j].Key < q.Key {
				j++
			}
			a := items[q.Index].Account
			for n := j; n < len(pp) && pp[n].Key == q.Key; n++ {
				if p := &prev[pp[n].Index]; p.Network() == a.Network && p.ID() == a.ID {
					match[q.Index] = last[pp[n].Index]
					break
				}
			}
		}
	})
	return last, match
}

// pastIndex returns the previous decisions' keys hashed and sorted, and
// last: last[i] is the index of the last decision in prev about the
// account of prev[i] (i itself, unless a history edited by hand lists an
// account twice).
func pastIndex(prev []Past) (pp []radix.Pair, last []int32) {
	pp = make([]radix.Pair, len(prev))
	for i := range prev {
		pp[i] = radix.Pair{Key: keyHashOf(prev[i].Network(), prev[i].ID()), Index: int32(i)}
	}
	pp = radix.Sort(pp) // stable: one key's decisions in file order
	last = make([]int32, len(prev))
	same := func(i, j int32) bool { return prev[i].Network() == prev[j].Network() && prev[i].ID() == prev[j].ID() }
	var firsts []int32 // distinct keys of a run of one hash
	for i := 0; i < len(pp); {
		j := i + 1
		for j < len(pp) && pp[j].Key == pp[i].Key {
			j++
		}
		if j == i+1 { // the usual run: one key
			last[pp[i].Index] = pp[i].Index
			i = j
			continue
		}
		firsts = firsts[:0]
		for _, p := range pp[i:j] {
			last[p.Index] = p.Index
			if k := slices.IndexFunc(firsts, func(f int32) bool { return same(f, p.Index) }); k >= 0 {
				last[firsts[k]] = p.Index // the first of the key keeps the latest index
			} else {
				firsts = append(firsts, p.Index)
			}
		}
		for _, p := range pp[i:j] {
			for _, f := range firsts {
				if same(f, p.Index) {
					last[p.Index] = last[f]
				}
			}
		}
		i = j
	}
	return pp, last
}

// WriteChanges writes changes.csv.
func WriteChanges(w io.Writer, changes []Change) error {
	cw := newCSVWriter(w)
	if err := cw.Write(ChangeColumns...); err != nil {
		return err
	}
	for _, c := range changes {
		if err := cw.Write(c.Kind, c.PersonID, c.Network, c.Relation, c.ID, c.Name,
			c.Before, c.BeforeRule, c.After, c.AfterRule, c.Note); err != nil {
			return err
		}
	}
	return cw.Flush()
}
