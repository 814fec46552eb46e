package audit

import (
	"encoding/binary"
	"slices"
	"strings"
)

// HistoryColumns is the header of a run's decisions file in the
// workspace's history folder. follow is the id of the follow an importer
// merged into the row's friend or connection (see [Past.Follow]), or
// FollowUnfollowed where the friend is no longer followed, the tie kept
// (see [Past.Unfollowed]); files written before it have neither it nor
// the columns after, and are read as rows of no follow. Then
// ledger_cell, LedgerCellMisread where the run kept the account's key
// off its ledger row's accounts cell, which a spreadsheet misread (see
// [Past.Unwritten]); files written before it have neither it nor the
// last column, and are read as rows of keys written. The last, email,
// is the e-mail address the export gave of the account of a relative or
// a friend (see [Past.Email]), for reach-out.csv while its list is
// carried; files written before it have every column but that one, and
// are read as rows of no e-mail.
//
// A review's record of the accounts its exports held has one more, since
// (historySinceColumns): a LinkedIn account's date in the export
// (Connected On, or the follow's), empty for the others (see
// WriteHistorySince).
var HistoryColumns = []string{"as_of", "person_id", "network", "relation", "id", "name", "decision", "rule", "follow", "ledger_cell", "email"}

// historySinceColumns are HistoryColumns and the since column.
var historySinceColumns = append(HistoryColumns[:len(HistoryColumns):len(HistoryColumns)], "since")

// historyColumnsBefore are the headers of the history files written
// before the email column, before the ledger_cell column, and before the
// follow column.
var historyColumnsBefore = [...][]string{HistoryColumns[:len(HistoryColumns)-1], HistoryColumns[:len(HistoryColumns)-2], HistoryColumns[:len(HistoryColumns)-3]}

// IsHistoryHeader reports whether cells are the header of a history file,
// of this version (with or without the since column of a review's
// record) or of one before the email, ledger_cell or follow column.
func IsHistoryHeader(cells []string) bool {
	return slices.Equal(cells, HistoryColumns) || slices.Equal(cells, historySinceColumns) ||
		slices.ContainsFunc(historyColumnsBefore[:], func(h []string) bool { return slices.Equal(cells, h) })
}

// LedgerCellMisread is the ledger_cell of a history row whose account the
// run put on its person's ledger row without writing its key into the
// row's accounts cell, which a spreadsheet misread (see
// [Past.Unwritten]).
const LedgerCellMisread = "misread"

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
// MB). The follow and email cells, empty on nearly every row, are the own
// string's too, and cost a row without them nothing. Two Pasts are ==
// when their cells are.
type Past struct {
	// shared holds cells 0, 2, 3, 6 and 7: where the first four end in
	// its text, 4 bytes each, then their text; "" where all five are
	// empty.
	shared string
	// own holds cells 1, 4, 5, 8 (the follow) and 10 (the email): the
	// width w of two ends (1, 2 or 4 bytes, as their text is under 256
	// bytes, 64 KiB, or more; with followFlag set where the follow is not
	// empty, and then three ends; with emailFlag set where the email is
	// not empty, and then four ends, the follow's end the fourth, empty
	// or not; with unwrittenFlag set where the ledger_cell, cell 9, is
	// LedgerCellMisread), where the first two (three, four) end in their
	// text, w bytes each, then their text; "" where all five are empty,
	// and the ledger_cell too.
	own string
}

// sharedHead is the size of the head of a Past's shared string.
const sharedHead = 16

// followFlag marks, in the first byte of a Past's own string, that it
// holds a follow cell.
const followFlag = 0x80

// unwrittenFlag marks, in the first byte of a Past's own string, that its
// ledger_cell is LedgerCellMisread: a cell the history reads as a flag
// (any other value as none), so that it costs a row nothing.
const unwrittenFlag = 0x40

// emailFlag marks, in the first byte of a Past's own string, that it
// holds an email cell. The width of the ends (1, 2 or 4) is below it.
const emailFlag = 0x20

// ownFlags are the flags of the first byte of a Past's own string.
const ownFlags = followFlag | unwrittenFlag | emailFlag

// PastCells are a Past decision's cells, as a history row has them.
type PastCells struct {
	AsOf, PersonID, Network, Relation, ID, Name, Decision, Rule string
	// Follow is the follow cell (see Past.Follow).
	Follow string
	// LedgerCell is the ledger_cell: LedgerCellMisread (see
	// Past.Unwritten) or "", as any other value is read.
	LedgerCell string
	// Email is the email cell (see Past.Email).
	Email string
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
	n = len(c.PersonID) + len(c.ID) + len(c.Name) + len(c.Follow) + len(c.Email)
	switch {
	case n == 0 && c.LedgerCell != LedgerCellMisread:
		return 0, 0
	case n > 0xFFFF:
		width = 4
	case n > 0xFF:
		width = 2
	default:
		width = 1
	}
	return width, 1 + c.ownEnds()*width + n
}

// ownEnds returns how many ends the cells' own string holds.
func (c PastCells) ownEnds() int {
	switch {
	case c.Email != "":
		return 4
	case c.Follow != "":
		return 3
	}
	return 2
}

// writeOwn writes the cells' own string in b from start on, which has
// room for it (ownWidth), and sets p's own.
func (p *Past) writeOwn(c PastCells, b *strings.Builder, start int) {
	width, n := c.ownWidth()
	if n == 0 {
		return
	}
	head := byte(width)
	if c.Follow != "" {
		head |= followFlag
	}
	if c.LedgerCell == LedgerCellMisread {
		head |= unwrittenFlag
	}
	if c.Email != "" {
		head |= emailFlag
	}
	b.WriteByte(head)
	e := len(c.PersonID) + len(c.ID) + len(c.Name)
	ends := [...]int{len(c.PersonID), len(c.PersonID) + len(c.ID), e, e + len(c.Follow)}
	for _, e := range ends[:c.ownEnds()] {
		for k := range width {
			b.WriteByte(byte(e >> (8 * k)))
		}
	}
	b.WriteString(c.PersonID)
	b.WriteString(c.ID)
	b.WriteString(c.Name)
	b.WriteString(c.Follow)
	b.WriteString(c.Email)
	p.own = b.String()[start:]
}

// cell returns cell i (0 to 10).
func (p *Past) cell(i int) string {
	switch i {
	case 9:
		if p.own != "" && p.own[0]&unwrittenFlag != 0 {
			return LedgerCellMisread
		}
		return ""
	case 1, 4, 5, 8, 10:
		if p.own == "" {
			return ""
		}
		w, ends := int(p.own[0]&^ownFlags), 2
		switch {
		case p.own[0]&emailFlag != 0:
			ends = 4
		case p.own[0]&followFlag != 0:
			ends = 3
		}
		text := p.own[1+ends*w:]
		e0, e1, e2, e3 := leN(p.own, 1, w), leN(p.own, 1+w, w), len(text), len(text)
		if ends >= 3 {
			e2 = leN(p.own, 1+2*w, w)
		}
		if ends == 4 {
			e3 = leN(p.own, 1+3*w, w)
		}
		switch i {
		case 1:
			return text[:e0]
		case 4:
			return text[e0:e1]
		case 5:
			return text[e1:e2]
		case 8:
			return text[e2:e3]
		}
		return text[e3:]
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
	return PastCells{p.cell(0), p.cell(1), p.cell(2), p.cell(3), p.cell(4), p.cell(5), p.cell(6), p.cell(7), p.cell(8), p.cell(9), p.cell(10)}
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

// Follow is the id the follow that an importer merged into the account,
// a Facebook friend or a LinkedIn connection of its name, would have had
// alone (ExtraFollow), or that an export without the follows left on it
// (see CarryFollows); "" where there is none, where the cell is
// FollowUnfollowed (see Unfollowed), and in every row of a history
// written before the column was.
func (p *Past) Follow() string {
	if f := p.cell(8); f != FollowUnfollowed {
		return f
	}
	return ""
}

// FollowUnfollowed is the follow cell of a friend or connection no longer
// followed, the tie kept: its unfollow (stay friends, stay connected) was
// found done (see MarkUnfollowedTies). No follow's id is so: a Facebook
// one is a name and a second, a LinkedIn one "follow." and a name.
const FollowUnfollowed = "unfollowed"

// Unfollowed reports whether the run found the account, a friend or
// connection, no longer followed, the tie kept (its follow cell is
// FollowUnfollowed): decided unfollow, its unfollow was counted done then
// or before (see OffLists); kept, its follow was still gone (see
// Decision.FollowGone).
func (p *Past) Unfollowed() bool { return p.cell(8) == FollowUnfollowed }

// OffLists reports whether the run had the account on neither
// unfollow.csv nor keep.csv, nor among the accounts followed: a friend or
// connection decided unfollow and found no longer followed, the tie kept
// (Unfollowed), nothing left to do. One kept, its follow still gone, was
// on keep.csv, counted followed.
func (p *Past) OffLists() bool { return p.Unfollowed() && p.Decision() == DecisionUnfollow }

// Email is the e-mail address the run's export gave of the account, a
// relative's or a friend's (their ledger row's relationship, see
// Annotations.Close): kept so that reach-out.csv gives it while the
// account's list is carried (see Carry); "" for any other account, for
// one the export gave none of, and in every row of a history written
// before the column was.
func (p *Past) Email() string { return p.cell(10) }

// Unwritten reports whether the run put the account on its person's
// ledger row without writing its key into the row's accounts cell, which
// a spreadsheet misread (see Ledger.keepsAccounts): the ledger that run
// wrote did not list it, and a ledger lacking it since was not taken off
// it, nor saved from an older copy (see Regrouped).
func (p *Past) Unwritten() bool { return p.cell(9) == LedgerCellMisread }

// withUnwritten returns p with its ledger_cell set as Unwritten says.
func (p *Past) withUnwritten(unwritten bool) Past {
	if p.Unwritten() == unwritten {
		return *p
	}
	c := p.Cells()
	c.LedgerCell = ""
	if unwritten {
		c.LedgerCell = LedgerCellMisread
	}
	return c.Past()
}

// Key is the account's "network:id".
func (p *Past) Key() string { return p.Network() + ":" + p.ID() }

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
// the history keeps them for the next complete export. With a covered
// made by [CarryFollows], so are the friends and connections gone whose
// follows these exports lack.
func Carry(prev []Past, covered Covered) []Past {
	var out []Past
	for _, p := range prev {
		if !covered(p.Network(), p.Relation(), p.ID()) {
			out = append(out, p)
		}
	}
	return out
}
