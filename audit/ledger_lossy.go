package audit

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// LossyCell is a cell of a ledger that its backup holds with characters
// the ledger has as "?" (see LossySave).
type LossyCell struct {
	Line           int
	Column         string
	Ledger, Backup string
}

// LossySave finds the cells of l that are, on the row of the same
// person_id and in the column of the same name, the cell of backup with
// characters turned into "?": what Excel does saving a sheet as "CSV
// (Comma delimited)" or, in French, "CSV (séparateur: point-virgule)", in
// Windows-1252, to each character that encoding lacks (an emoji, a Polish
// Ł, a Greek name), writing a letter for some of them (Ł as L). The
// ledger so saved, its accents refused, then saved again as CSV UTF-8,
// reads fine, and those characters are lost: backup is the last copy
// that holds them. It returns the first such cell, by line, and how many
// there are; a "?" alone, where the backup's character is one
// Windows-1252 has, is typed, and no such cell.
func LossySave(l, backup *Ledger) (first LossyCell, n int) {
	lid, ok := l.col[ColPersonID]
	bid, bok := backup.col[ColPersonID]
	if !ok || !bok {
		return first, 0
	}
	byID := make(map[string]*LedgerRow, len(backup.rows))
	for _, r := range backup.rows {
		if id := r.cells.at(bid); id != "" {
			byID[id] = r
		}
	}
	for _, r := range l.rows {
		b := byID[r.cells.at(lid)]
		if b == nil {
			continue
		}
		for i, name := range l.Header {
			j, ok := backup.col[name]
			if !ok {
				continue
			}
			cur, was := r.cells.at(i), b.cells.at(j)
			if cur == was || strings.IndexByte(cur, '?') < 0 || !lossyOf(cur, was) {
				continue
			}
			if n == 0 || int(r.Line) < first.Line {
				first = LossyCell{Line: int(r.Line), Column: name, Ledger: cur, Backup: was}
			}
			n++
		}
	}
	return first, n
}

// lossyOf reports whether cur is was with one or more of its characters
// that Windows-1252 lacks written "?" (an emoji outside the Basic
// Multilingual Plane "?" or "??", as its two UTF-16 halves), and maybe
// others written as their letter without its mark (Excel's best fit: Ł
// as L), the rest alike.
//
// A cur still holding a character Windows-1252 lacks is not one: that
// save turns every such character of a cell, and one kept says the "?"
// beside it was put by hand (an emoji replaced on purpose), a run to
// stop for nothing.
func lossyOf(cur, was string) bool {
	for _, r := range cur {
		if !in1252(r) {
			return false
		}
	}
	// The positions of cur reachable after each character of was: at
	// most two apart for each character lost, a short set.
	at := []int{0}
	next := make([]int, 0, 4)
	lost := false
	for _, p := range was {
		next = next[:0]
		add := func(j int) {
			for _, k := range next {
				if k == j {
					return
				}
			}
			next = append(next, j)
		}
		for _, j := range at {
			if j >= len(cur) {
				continue
			}
			c, size := utf8.DecodeRuneInString(cur[j:])
			switch {
			case c == p:
				add(j + size)
			case in1252(p):
			case c == '?':
				lost = true
				add(j + 1)
				if p > 0xFFFF && strings.HasPrefix(cur[j:], "??") {
					add(j + 2)
				}
			case c == baseLetter(p):
				add(j + size)
			}
		}
		if len(next) == 0 {
			return false
		}
		at, next = next, at
	}
	for _, j := range at {
		if j == len(cur) {
			return lost
		}
	}
	return false
}

// in1252 reports whether Windows-1252 has the character r.
func in1252(r rune) bool {
	if r < 0x80 || r >= 0xA0 && r <= 0xFF {
		return true
	}
	return strings.ContainsRune("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ", r)
}

// baseLetter returns r without its marks (ź is z), or -1 where it has
// none to drop.
func baseLetter(r rune) rune {
	d := norm.NFD.String(string(r))
	b, size := utf8.DecodeRuneInString(d)
	if size == len(d) || !strings.ContainsFunc(d[size:], func(m rune) bool { return unicode.Is(unicode.Mn, m) }) {
		return -1
	}
	return b
}

// MayBeLossy reports whether a cell of l held a "?" as read: only then
// is LossySave worth the backup's reading. ReadLedger notes it as it
// copies each row's cells, in cache, where a pass over a million rows
// after cost tens of milliseconds, twice a run.
func (l *Ledger) MayBeLossy() bool { return l.question }

// QuestionIDs returns the person_ids of the rows of l with a "?" in a
// cell, as read: the rows of the backup LossySave compares (see
// ReadLedgerRows); nil where there are none.
func (l *Ledger) QuestionIDs() map[string]bool {
	lid, ok := l.col[ColPersonID]
	if !ok || !l.question {
		return nil
	}
	var ids map[string]bool
	for _, r := range l.rows {
		if r.cells.none() {
			continue
		}
		_, _, _, text := r.cells.layout()
		if strings.IndexByte(r.cells.s[text:], '?') < 0 {
			continue
		}
		if id := Unneutralize(r.cells.at(lid)); id != "" {
			if ids == nil {
				ids = map[string]bool{}
			}
			ids[id] = true
		}
	}
	return ids
}

// LossyNames is LossySave for a ledger with no backup to compare with
// (the first ledger, saved so before any run changed it, replaced the
// backup): its name cells, the tool's, against the names the last run's
// history prev gives the row's accounts. Notes typed in the spreadsheet
// before that save never held what it lost; the names did, and tell the
// save. A row's cell is held against its first account's name only, the
// one the run wrote (see renameWritten): a person's other accounts may
// have names of their own, one with an emoji where the first has a "?",
// and the ledger is then as the run wrote it, a run writing it so again.
func LossyNames(l *Ledger, prev []Past) (first LossyCell, n int) {
	lid, ok := l.col[ColPersonID]
	nc, nok := l.col[ColName]
	if !ok || !nok || !l.MayBeLossy() {
		return first, 0
	}
	type written struct {
		row               *LedgerRow
		network, id, name string
	}
	cells := map[string]*written{}
	for _, r := range l.rows {
		if name := r.cells.at(nc); strings.IndexByte(name, '?') >= 0 {
			if id := r.cells.at(lid); id != "" {
				cells[id] = &written{row: r}
			}
		}
	}
	if len(cells) == 0 {
		return first, 0
	}
	for i := range prev {
		p := &prev[i]
		w := cells[p.PersonID()]
		if w == nil || p.Name() == "" {
			continue
		}
		// The last of an account listed twice: see renameWritten.
		if w.name == "" || cmpKey(p.Network(), p.ID(), w.network, w.id) <= 0 {
			w.network, w.id, w.name = p.Network(), p.ID(), p.Name()
		}
	}
	for _, w := range cells {
		r := w.row
		cur := Unneutralize(r.cells.at(nc))
		if w.name == "" || cur == w.name || !lossyOf(cur, w.name) {
			continue
		}
		if n == 0 || int(r.Line) < first.Line {
			first = LossyCell{Line: int(r.Line), Column: ColName, Ledger: cur, Backup: w.name}
		}
		n++
	}
	return first, n
}
