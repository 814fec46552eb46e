package audit

import (
	"cmp"
	"iter"
	"slices"
	"strings"
)

// An AddedKey is an account key Update added to a row of the file read:
// an account Merge grouped with that row's person by name, e-mail or
// handle.
type AddedKey struct {
	Key, PersonID, Name string
}

// Appended returns the keys Update added to rows read from the file.
func (l *Ledger) Appended() []AddedKey { return l.appended }

// KeptOff returns the keys Update and RestoreCarried put on rows read
// from the file without writing them into the rows' accounts cells, which
// a spreadsheet misread (see keepsAccounts): the keys they would have
// added, as Appended has those they wrote. Regrouped is given them too: a
// key the last run wrote into a row and the person took off it in the
// same save that misread the cell goes back on the row this run, kept off
// its cell, and is said so now, as the history of this run says it
// unwritten, and the run after the cell is corrected writes it without a
// word.
func (l *Ledger) KeptOff() []AddedKey { return l.keptOff }

// A RenamedName is a name cell of a row read from the file that Update
// gave its account's new name (see renameWritten): the cell was the name
// the tool wrote, Old, and is New now.
type RenamedName struct {
	Line     int // the row's first line in the file read (see Ledger.At)
	Old, New string
}

// renamedKept is how many of the name cells renamed Renamed names.
const renamedKept = 3

// Renamed returns the first name cells Update renamed, in the file's
// order (at most 3), and how many it renamed in all: a rename changes a
// cell the person sees, and the run says so.
func (l *Ledger) Renamed() (first []RenamedName, n int) { return l.renamed, l.renamedN }

// noteRenamed counts a name cell renamed, and keeps it where it is among
// the first renamedKept in the file's order: nothing is made per cell.
func (l *Ledger) noteRenamed(r RenamedName) {
	l.renamedN++
	i := len(l.renamed)
	for i > 0 && l.renamed[i-1].Line > r.Line {
		i--
	}
	if i == renamedKept {
		return
	}
	if len(l.renamed) < renamedKept {
		if l.renamed == nil {
			l.renamed = make([]RenamedName, 0, renamedKept)
		}
		l.renamed = l.renamed[:len(l.renamed)+1]
	}
	copy(l.renamed[i+1:], l.renamed[i:])
	l.renamed[i] = r
}

// Regrouped returns the keys of added (see Ledger.Appended) that the last
// run's decisions prev gave the same person: accounts the person took off
// that row since (or a ledger restored from before the last run lacks),
// which the last run's grouping put back (Known.pinLastRun). Taking a key off its row does not
// split an account from a person the evidence joins it to: moving it to a
// row of its own does. An account the last run put on the row without
// writing its key into the row's accounts cell, which a spreadsheet
// misread (Past.Unwritten), is not one of them: the ledger that run
// wrote never listed it, and its key is written now because the person
// corrected the cell, not because it went back.
func Regrouped(prev []Past, added []AddedKey) []AddedKey {
	if len(prev) == 0 || len(added) == 0 {
		return nil
	}
	// By the id in the key, no key made per row of prev: the first of an
	// id, and the next of the same id in another network's key.
	first := make(map[string]int, len(added))
	next := make([]int, len(added))
	for i, a := range added {
		_, id, _ := strings.Cut(a.Key, ":")
		next[i] = -1
		if j, ok := first[id]; ok {
			next[i] = j
		}
		first[id] = i
	}
	found := make([]bool, len(added))
	var out []AddedKey
	for i := range prev {
		p := &prev[i]
		if p.Unwritten() {
			continue
		}
		j, ok := first[p.ID()]
		for ; ok && j >= 0; j = next[j] {
			if a := added[j]; !found[j] && isKey(a.Key, p.Network(), p.ID()) && p.PersonID() == a.PersonID {
				found[j] = true
				out = append(out, a)
			}
		}
	}
	slices.SortFunc(out, func(a, b AddedKey) int { return strings.Compare(a.Key, b.Key) })
	return out
}

// Update brings the ledger in line with people merged from the exports
// (using [Ledger.Known] as the known grouping): a person not in the ledger
// who has an account you follow gets a new row at the end; a person already
// there gets any account not yet listed appended to the accounts cell; the
// in_exports cell says whether the person still has an account you follow;
// an empty name cell (a row added by hand) gets the person's name; a name
// cell the tool wrote follows a rename (see renameWritten; Renamed names
// them). No other cell
// is touched: a name the person wrote stays, even where the exports now
// give another, and so does a name of spaces (which the person typed, as
// far as the tool can tell).
func (l *Ledger) Update(people []*Person) {
	l.makeFresh() // those of an earlier Update: rows to find people in
	if d := l.dialect; d.ascii && !d.bom && d.sep == "" && !l.listsHigh {
		l.listsHigh = slices.ContainsFunc(people, func(p *Person) bool {
			return slices.ContainsFunc(p.Accounts, func(a *Account) bool {
				return !isASCII(a.Name) || !isASCII(a.Handle) || !isASCII(a.ID) || !isASCII(a.Email) || !isASCII(a.ProfileURL)
			})
		})
	}
	l.appended, l.keptOff = nil, nil
	l.renamed, l.renamedN = l.renamed[:0], 0
	for _, r := range l.rows {
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
	case loose == 0 || len(l.rows) == 0:
	case l.byID != nil:
		l.indexAdded()
		byID = l.byID
	default:
		byID = map[string]*LedgerRow{}
		for _, r := range l.rows {
			if !r.reached {
				if id := l.cell(r, ColPersonID); id != "" {
					byID[id] = r
				}
			}
		}
	}
	// At most the loose people are new.
	l.fresh = slices.Grow(l.fresh, loose)
	nameCol, hasName := l.col[ColName]
	var renamed []nameWritten // rows whose name cell may be the tool's old one
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
			// A new person: a row whose cells come from the person, made
			// only if asked for (see fresh).
			l.fresh = append(l.fresh, p)
			p.notes = &l.blank
			continue
		}
		p.notes = l.notesOf(r)
		r.followed = r.followed || followed
		if r.person != nil {
			continue // added by an earlier Update: its accounts are the person's
		}
		if hasName {
			switch cell := r.cells.at(nameCol); {
			case cell == "": // spaces are the person's: kept
				if name := p.Name(); name != "" {
					l.set(r, ColName, name)
				}
			case r.Line > 0 && !writtenAs(cell, p.Name()):
				if a := p.nameAccount(); a != nil {
					renamed = append(renamed, nameWritten{row: r, acc: a, cell: cell})
				} else if a := p.handleAccount(); a != nil {
					if h := handleBefore(a, cell); h != "" {
						renamed = append(renamed, nameWritten{row: r, acc: a, cell: cell, handle: h})
					}
				}
			}
		}
		if p.inRow() && r == p.row {
			continue // every account is one the row lists (Merge)
		}
		cell := l.cell(r, ColAccounts)
		changed := false
		kept := -1 // whether the cell is misread, and kept as it is: asked once
		for _, a := range p.Accounts {
			if !a.Follows() || r.hasAccountOf(a) {
				continue // one that only follows you is not written: see rowAccounts
			}
			k := a.Key()
			if kept < 0 {
				kept = 0
				if l.keepsAccounts(r) {
					kept = 1
				}
			}
			r.addAccount(k)
			if kept == 1 {
				// On the row, not in its cell (see keepsAccounts): the
				// history says so, and the run after the cell is
				// corrected writes it there, a key it adds, not one that
				// went back (see Regrouped).
				if l.unwritten == nil {
					l.unwritten = map[*Account]bool{}
				}
				l.unwritten[a] = true
				name := cmp.Or(strings.TrimSpace(l.cell(r, ColName)), p.Name())
				l.keptOff = append(l.keptOff, AddedKey{Key: k, PersonID: p.ID, Name: name})
				continue
			}
			if strings.TrimSpace(cell) != "" {
				cell += ";"
			}
			cell += k
			changed = true
			if r.Line > 0 {
				// The row's name, as the person finds the row.
				name := cmp.Or(strings.TrimSpace(l.cell(r, ColName)), p.Name())
				l.appended = append(l.appended, AddedKey{Key: k, PersonID: p.ID, Name: name})
			}
		}
		if changed {
			l.set(r, ColAccounts, cell)
		}
	}
	l.renameWritten(renamed)
	for _, r := range l.rows {
		r.current = false
		if !r.cells.none() {
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
	for _, r := range l.rows { // the fresh people are followed: Update found them so
		if r.followed {
			continue
		}
		for k := range r.Accounts() {
			if keys[k] {
				r.followed = true
				if !r.cells.none() {
					l.set(r, ColInExports, "yes")
				}
				break
			}
		}
	}
}

// Followed reports whether the row's person has an account followed in
// the exports, or carried from the last audit that read its list (once
// Update and MarkFollowed have run): its in_exports.
func (l *Ledger) Followed(r *LedgerRow) bool { return r.followed }

// NotFollowed returns the rows of the file read whose person has no
// account followed in the exports (in_exports no, once Update and
// MarkFollowed have run) and that list accounts: people unfollowed, or
// added by hand and never followed.
func (l *Ledger) NotFollowed() []*LedgerRow {
	var out []*LedgerRow
	for _, r := range l.rows {
		if !r.followed && r.NumAccounts() > 0 {
			out = append(out, r)
		}
	}
	return out
}

// FollowedRows returns the rows of the file read whose person has an
// account followed (in_exports yes, once Update and MarkFollowed have
// run): NotFollowed's others. The rows Update added are not made: they
// hold no notes. They are yielded, not gathered: at a million rows a
// slice of them was 44 MB of allocations (its doublings) on the peak of
// a re-audit, for a note that looks at the few the notes keep.
func (l *Ledger) FollowedRows() iter.Seq[*LedgerRow] {
	return func(yield func(*LedgerRow) bool) {
		for _, r := range l.rows {
			if r.followed && r.NumAccounts() > 0 && !yield(r) {
				return
			}
		}
	}
}
