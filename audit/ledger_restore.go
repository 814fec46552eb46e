package audit

import (
	"cmp"
	"slices"
	"strings"
)

// RestoreCarried puts back on their rows the carried accounts (see Carry)
// that no row of the ledger lists, where the last run's history gives
// them the person of a row, and returns the others (followed accounts
// whose person has no row), for RestoreRows. known is the grouping the
// ledger read fixed ([Ledger.Known]): Update adds no carried key, as the
// exports hold none. A ledger saved from a copy older than the last run
// lacks the keys that run added to rows (a friend renamed on Facebook);
// where the network is in the exports, the last run's grouping puts them
// back (Known.pinLastRun), but a carried account is not merged, and its
// row said in_exports no, its notes unused, until an audit read the
// network again. A key that is on another row stays there: a row of its
// own is what splits an account from a person. The keys put back are
// among Appended, which Regrouped names. Call it after Update and before
// MarkFollowed. It sets in carried which accounts it put on a row without
// writing their keys into the row's accounts cell, which a spreadsheet
// misread (Past.Unwritten), and that the others are not: the history
// this run writes says so of this run, not of the one that carried them
// first.
func (l *Ledger) RestoreCarried(known *Known, carried []Past) (rowless []Past) {
	for i := range carried {
		if carried[i].Unwritten() {
			carried[i] = carried[i].withUnwritten(false)
		}
	}
	missing := map[string][]int{} // person id -> the carried accounts of it no row lists
	var order []string
	// A history edited by hand may give an account two people: it goes
	// to the person of its last row, as the merge takes it
	// (Known.pinLastRun), and to no other, or the ledger would list it on
	// two rows, which the next run refuses.
	last := map[string]int{}
	for i := range carried {
		p := &carried[i]
		if p.Relation() == Follower || p.PersonID() == "" {
			continue // a follower alone is decided on nothing, and has no row
		}
		if _, ok := known.PersonID(p.Key()); !ok && readableKey(p.Network(), p.ID()) {
			// (An unreadable key, of a history edited by hand, would
			// make the next run refuse the ledger, or be read as
			// another key, and put back again on every run.)
			last[p.Key()] = i
		}
	}
	for i := range carried {
		p := &carried[i]
		if j, ok := last[p.Key()]; !ok || j != i {
			continue // a follower, on a row, another person's, or a row repeated
		}
		id := p.PersonID()
		if missing[id] == nil {
			order = append(order, id)
		}
		missing[id] = append(missing[id], i)
	}
	if len(order) == 0 {
		return nil
	}
	l.makeFresh()
	rows := map[string]*LedgerRow{}
	for _, r := range l.rows {
		if id := l.cell(r, ColPersonID); missing[id] != nil && rows[id] == nil {
			rows[id] = r
		}
	}
	for _, id := range order {
		r := rows[id]
		if r == nil {
			for _, i := range missing[id] {
				rowless = append(rowless, carried[i])
			}
			continue
		}
		if r.person != nil {
			l.set(r, ColPersonID, r.person.ID) // cells of its own, and Accounts, to add to
		}
		// Each key comes once (last), and is on no row the ledger read;
		// a row may list it where Update added it from the exports (a
		// list held in part). The cell is made once: a history edited
		// by hand may give one person thousands of accounts.
		var keys []string
		kept := l.keepsAccounts(r)
		for _, i := range missing[id] {
			k := carried[i].Key()
			if r.HasAccount(k) {
				continue
			}
			keys = append(keys, k)
			if !kept && r.Line == 0 {
				continue // a row this run made: nothing went back to it
			}
			added := AddedKey{Key: k, PersonID: id, Name: cmp.Or(strings.TrimSpace(l.cell(r, ColName)), carried[i].Name())}
			if kept {
				carried[i] = carried[i].withUnwritten(true)
				l.keptOff = append(l.keptOff, added)
			} else {
				l.appended = append(l.appended, added)
			}
		}
		if len(keys) > 0 && kept {
			r.addAccount(strings.Join(keys, ";")) // not in its cell: see keepsAccounts
		} else if len(keys) > 0 {
			cell := l.cell(r, ColAccounts)
			if strings.TrimSpace(cell) != "" {
				cell += ";"
			}
			l.set(r, ColAccounts, cell+strings.Join(keys, ";"))
			r.addAccount(strings.Join(keys, ";"))
		}
	}
	return rowless
}

// RestoreRows gives back, as the last run wrote them, the rows of the
// people of accounts (carried accounts no row lists: RestoreCarried's),
// except those of the people drop says to leave out, and returns the rows
// it gave back (added or joined, below). A row has the history's person id, the name of its first
// account that has one, and the accounts' keys; it is followed. The rows
// go after those read from the file, before the rows of people this run
// found new, as they would be had the ledger been the last run's. The
// command leaves out the people an earlier run had already (see
// cmd_audit.go): a row of theirs gone from a copy older than the last
// run was deleted by hand before, and an account carried makes no row.
// A person whose other accounts of the last run, prev, are in the
// exports has a row Update added (new to the ledger the copy was): the
// carried accounts join that row, where a row of their own would be a
// second row of one person (Bo on Facebook, left out, and on LinkedIn).
func (l *Ledger) RestoreRows(accounts, prev []Past, drop func(personID string) bool) []AddedKey {
	if len(accounts) == 0 {
		return nil
	}
	var added, touched []*LedgerRow
	var out []AddedKey
	at := map[string]*LedgerRow{}
	in := map[string]int{} // person id -> its row's entry in out
	joined := l.rowsOfOthers(accounts, prev, drop)
	// The keys on a row: those of the rows joined (from the exports), and
	// each account given back, once (a history edited by hand may repeat
	// one), the accounts cells made once a row, not once a key.
	placed := map[string]bool{}
	more := map[*LedgerRow][]string{} // the keys given back, by row
	for _, r := range joined {
		for k := range r.Accounts() {
			placed[k] = true
		}
	}
	for i := range accounts {
		p := &accounts[i]
		id, k := p.PersonID(), p.Key()
		if drop(id) || placed[k] {
			continue // on the row joined already: nothing came back
		}
		placed[k] = true
		r := at[id]
		if r == nil {
			if r = joined[id]; r == nil {
				r = &LedgerRow{followed: true}
				l.set(r, ColPersonID, id)
				added = append(added, r)
			}
			at[id] = r
		}
		if _, ok := in[id]; !ok {
			in[id] = len(out)
			out = append(out, AddedKey{Key: k, PersonID: l.cell(r, ColPersonID), Name: l.cell(r, ColName)})
			touched = append(touched, r)
		}
		if l.cell(r, ColName) == "" && p.Name() != "" {
			l.set(r, ColName, p.Name())
			out[in[id]].Name = p.Name()
		}
		more[r] = append(more[r], k)
	}
	for _, r := range touched {
		r.addAccount(strings.Join(more[r], ";")) // once a row, as its cell
		l.set(r, ColAccounts, r.accounts)        // see RestoreCarried
	}
	if len(added) == 0 {
		return out
	}
	for _, r := range added {
		l.set(r, ColInExports, "yes")
	}
	n := len(l.rows)
	for n > 0 && l.rows[n-1].Line == 0 {
		n--
	}
	l.rows = slices.Insert(l.rows, n, added...)
	if l.byID != nil {
		l.added = append(l.added, added...)
	}
	return out
}

// rowsOfOthers returns, by person id, the row a person of accounts (not
// left out by drop) has where the last run's decisions prev give them
// another account that a row this run added lists (Line 0: Update's, of
// people new to the ledger read).
func (l *Ledger) rowsOfOthers(accounts, prev []Past, drop func(personID string) bool) map[string]*LedgerRow {
	ids := map[string]bool{}
	for i := range accounts {
		if id := accounts[i].PersonID(); !drop(id) {
			ids[id] = true
		}
	}
	type key struct{ network, id string }
	others := map[key]string{} // an account -> its person in the last run
	for i := range prev {
		if p := &prev[i]; ids[p.PersonID()] {
			others[key{p.Network(), p.ID()}] = p.PersonID()
		}
	}
	joined := map[string]*LedgerRow{}
	join := func(r *LedgerRow, k key) {
		if id, ok := others[k]; ok && joined[id] == nil {
			if r.person != nil {
				l.set(r, ColPersonID, r.person.ID) // cells of its own, and Accounts, to add to
			}
			joined[id] = r
		}
	}
	for _, r := range l.rows {
		if r.Line != 0 {
			continue
		}
		if r.person != nil {
			for _, a := range r.person.Accounts {
				join(r, key{a.Network, a.ID})
			}
			continue
		}
		for k := range r.Accounts() {
			network, id, _ := strings.Cut(k, ":")
			join(r, key{network, id})
		}
	}
	return joined
}

// DropEmails clears the e-mail address (Past.Email) of each carried
// account (see Carry) whose ledger row does not call its person family or
// a friend (Annotations.Close), or that no row lists: the history keeps
// the e-mails of a relative's or a friend's accounts alone, for
// reach-out.csv, and a carried row, kept as the last run wrote it, would
// otherwise keep the address of someone the person has since called a
// colleague, or whose row they deleted, for as long as its list is not
// exported. An address cleared comes back only with an export of its
// list. Call it once the carried accounts are on their rows (after
// RestoreCarried). The rows are looked through only where a carried
// account has an e-mail: a few, of a million carried.
func (l *Ledger) DropEmails(carried []Past) {
	var onClose map[string]bool // the keys of the carried accounts with an e-mail -> on a close row
	for i := range carried {
		if p := &carried[i]; p.Email() != "" {
			if onClose == nil {
				onClose = map[string]bool{}
			}
			onClose[p.Key()] = false
		}
	}
	if onClose == nil {
		return
	}
	for _, r := range l.rows { // not the fresh people's: blank notes
		if !r.Notes().Close() {
			continue
		}
		for k := range r.Accounts() {
			if _, ok := onClose[k]; ok {
				onClose[k] = true
			}
		}
	}
	for i := range carried {
		if p := &carried[i]; p.Email() != "" && !onClose[p.Key()] {
			c := p.Cells()
			c.Email = ""
			carried[i] = c.Past()
		}
	}
}
