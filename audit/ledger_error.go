package audit

import (
	"fmt"
	"strings"
)

// A LedgerError is a bad cell or line in the ledger.
type LedgerError struct {
	File   string
	Line   int
	Column string // "" when the whole line is at fault
	Value  string
	Msg    string // what is wrong and what is accepted
	// NoHeader is set where the file holds none of the ledger's columns
	// on its first line, nor a header line below (see movedHeader): no
	// ledger, but a file of the person's own named so (ledger notes.txt),
	// where a ledger sent back with a cell to correct is one.
	NoHeader bool
	// More are the lines further down with a bad cell too: a column a
	// spreadsheet reformatted (every date as 11/25/2026) is then fixed in
	// one go, not one run per cell.
	More []int
	// rows gives the rows a spreadsheet shows for the lines, where a cell
	// above holds a line break (see lineRows).
	rows lineRows
	// handle is the Twitter/X handle, without its '@', typed for an id
	// (twitter:@kofi_m): the ledger is read beside the exports, and
	// NameTwitterKey names the key they give it, once they are read.
	handle string
	// brief is Msg without its advice, where the first ": " outside
	// parentheses does not end what is wrong ("not valid CSV: the file
	// ends inside a quoted cell...", cut there "not valid CSV" alone):
	// see Brief.
	brief string
}

// NameTwitterKey adds to an error refusing a Twitter/X handle typed for
// an id (twitter:@kofi_m) the key of the account of that handle in
// accounts, these exports' ("twitter:@kofi_m is twitter:1401 in these
// exports"), where exactly one account has it (any case): the person
// need not look it up in unfollow.csv. Any other error is left as it is.
func (e *LedgerError) NameTwitterKey(accounts []Account) {
	if e == nil || e.handle == "" {
		return
	}
	id := ""
	for i := range accounts {
		a := &accounts[i]
		if a.Network != Twitter || !strings.EqualFold(a.Handle, e.handle) || a.ID == id {
			continue
		}
		if id != "" {
			return // two accounts of one handle: which is meant is not told
		}
		id = a.ID
	}
	if id != "" {
		e.Msg += "; " + Twitter + ":@" + e.handle + " is " + Twitter + ":" + id + " in these exports"
	}
}

// TwitterHandle returns the Twitter/X handle, without its '@', typed for
// an id in the cell e refuses (twitter:@kofi_m), "" for any other error: a
// caller that reads the ledger before the exports (review) reads them for
// NameTwitterKey only where it names one.
func (e *LedgerError) TwitterHandle() string {
	if e == nil {
		return ""
	}
	return e.handle
}

func (e *LedgerError) Error() string {
	var msg string
	switch {
	case e.Column != "":
		msg = fmt.Sprintf("%s: %s, column %s: %q %s", e.File, e.rows.at(e.Line), e.Column, e.Value, e.Msg)
	case e.Line > 0:
		msg = fmt.Sprintf("%s: %s: %s", e.File, e.rows.at(e.Line), e.Msg)
	default:
		msg = fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	if n := len(e.More); n > 0 {
		lines := make([]string, 0, 5)
		for _, l := range e.More[:min(n, 5)] {
			lines = append(lines, e.rows.short(l))
		}
		list := strings.Join(lines, ", ")
		if n > 5 {
			list += ", …"
		}
		what := "lines have"
		if n == 1 {
			what = "line has"
		}
		msg += fmt.Sprintf(" (%d more %s a bad cell: %s)", n, what, list)
	}
	return msg
}

// Brief says the error within another message: where (line and column)
// and what is wrong, the cell's value, without the file's name, the
// other lines with a bad cell, or the advice after what is wrong (how
// to correct the ledger: "…: give the last_met cells the format
// yyyy-mm-dd…"), which that message replaces with its own, about
// another file.
func (e *LedgerError) Brief() string {
	what := e.brief
	if what == "" {
		what = cutAdvice(e.Msg)
	}
	switch {
	case e.Column != "":
		return fmt.Sprintf("%s, column %s: %q %s", e.rows.at(e.Line), e.Column, e.Value, what)
	case e.Line > 0:
		return fmt.Sprintf("%s: %s", e.rows.at(e.Line), what)
	}
	return what
}

// cutAdvice returns msg up to its first ": " outside parentheses: what is
// wrong, without the advice after it.
func cutAdvice(msg string) string {
	depth := 0
	for i := 0; i+1 < len(msg); i++ {
		switch msg[i] {
		case '(':
			depth++
		case ')':
			depth--
		case ':':
			if depth == 0 && msg[i+1] == ' ' {
				return msg[:i]
			}
		}
	}
	return msg
}
