// Copies of a ledger in a workspace with none yet (see firstCopy),
// judged by the exports where they are read.

package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// foreignFirstCopy reads the copy of a ledger at p, in a folder given as
// exports to a workspace without a ledger yet, and judges it as
// otherFirstLedger judges a first audit's ledger, by the people it says
// were followed, on the networks of these exports (accounts): where it
// would refuse it, made the workspace's ledger, it returns how many such
// people the copy has (was) and how many of them an account of these
// exports has (followed); where not, or where it cannot be read as a
// ledger, 0.
func foreignFirstCopy(ws *workspace.Workspace, p string, accounts []audit.Account, asOf audit.Date) (was, followed int) {
	f, err := os.Open(p)
	if err != nil {
		return 0, 0
	}
	defer f.Close()
	c, err := audit.ReadLedger(f, p, asOf)
	if err != nil {
		return 0, 0
	}
	all := &audit.Person{Accounts: make([]*audit.Account, len(accounts))}
	keys := make(map[string]bool, len(accounts))
	for i := range accounts {
		all.Accounts[i] = &accounts[i]
		keys[accounts[i].Key()] = true
	}
	rows := inExportsRows(c, []*audit.Person{all})
	c.MarkFollowed(keys)
	if otherFirstLedger(ws, c, rows, "") == nil {
		return 0, 0
	}
	for _, r := range rows {
		if c.Followed(r) {
			followed++
		}
	}
	return len(rows), followed
}

// firstCopy refuses a workspace without a ledger yet (new, or whose
// ledger and history were deleted to start over) that holds copies of
// one under other names (a ledger a client sent back, saved there as
// ledger (1).csv): the run would start a ledger of blank notes beside
// them and decide every account on those, as for such a copy in a folder
// given as exports (see givenCopy). All are named at once, so that one
// run tells them all. A CSV or text file that holds person_id but no
// header line of the ledger's columns (the person's notes about the
// ledger, ledger notes.txt; see notesOnLedger) passes: called a ledger,
// it would be renamed ledger.csv, and refused there. One that cannot be
// read otherwise (a cell the ledger refuses, a column deleted, Excel's
// "Unicode Text") is a copy all the same: made the ledger, the run says
// what to correct. A workbook is not read: holding
// person_id, it is a copy.
func firstCopy(ws *workspace.Workspace, asOf audit.Date) error {
	var copies []string
	books := false
	for _, c := range sheetCopies(ws) {
		if !holdsLedgerHeader(c.path) {
			continue // the person's own file named "ledger...": notes, a bank's ledger
		}
		if !slices.Contains(copyExts, c.ext) {
			copies, books = append(copies, c.path), true
			continue
		}
		if notesOnLedger(c.path, asOf) {
			continue
		}
		copies = append(copies, c.path)
	}
	if len(copies) == 0 {
		return nil
	}
	return &firstCopyError{paths: copies, msg: firstCopiesMsg(copies, books)}
}

// firstCopyError is firstCopy's refusal of the copies it names (paths),
// said by msg without judging whose they are: once the exports are read,
// each that looks like another person's ledger is said to be so (see
// foreignFirst).
type firstCopyError struct {
	paths []string
	msg   string
}

func (e *firstCopyError) Error() string { return e.msg }

// firstCopiesMsg is firstCopy's refusal of copies, a workbook among them
// where books, before any export is read to judge whose they are
// (review given none): what to do with one that holds the notes to
// audit, and with another person's. Two are "the other" and "neither",
// as the person reads them, not "the others" and "none".
func firstCopiesMsg(copies []string, books bool) string {
	if len(copies) == 1 {
		fix := "rename it " + workspace.Ledger
		if books {
			fix = "save it as \"CSV UTF-8\" under the name " + workspace.Ledger // renamed, it is no CSV
		}
		return fmt.Sprintf("%s is a ledger, and the workspace has none yet: if it holds the notes to audit (a ledger sent back), %s; if not (another person's), move it out of the workspace. Then run again",
			copies[0], fix)
	}
	fix := "rename it " + workspace.Ledger
	if books {
		fix += ", or save a workbook as \"CSV UTF-8\" under that name,"
	}
	return fmt.Sprintf("%s are ledgers, and the workspace has none yet: if one holds the notes to audit (a ledger sent back), %s and move the %s out of the workspace; if %s does (another person's), move them out of the workspace. Then run again",
		namedCopies(copies, true), fix, plural(len(copies)-1, "other", "others"), neitherOf(len(copies)))
}

// foreignFirst returns err, or where it is firstCopy's refusal of copies
// one or more of which look like the ledger of another person than these
// exports' (accounts; see foreignFirstCopy), the refusal that says so,
// as a copy in a folder given as exports apart gets it (see givenCopy):
// in a workspace that is the download folder, the ledger another client
// sent back was told "rename it ledger.csv", and, renamed, was refused
// as another person's ledger. Of two or more copies, each is judged, and
// the message says which to move away and which may be renamed (see
// foreignFirstCopies).
func foreignFirst(ws *workspace.Workspace, err error, accounts []audit.Account, asOf audit.Date) error {
	fc, ok := errors.AsType[*firstCopyError](err)
	if !ok {
		return err
	}
	if len(fc.paths) > 1 {
		return foreignFirstCopies(ws, fc, accounts, asOf)
	}
	was, followed := foreignFirstCopy(ws, fc.paths[0], accounts, asOf)
	if was == 0 {
		return err
	}
	return fmt.Errorf("%s is a ledger, and the workspace has none yet, but it does not look like the ledger of these exports' owner: of the %s people it says were followed when it was written, %s %s followed in these exports (another client's, downloaded into the workspace?): move it out of the workspace, to its own, and run again; if it is this person's (their own a year on, most of its people unfollowed since), rename it %s, and run audit with --same-person",
		fc.paths[0], audit.Thousands(was), audit.Thousands(followed), plural(followed, "is", "are"), workspace.Ledger)
}

// foreignFirstCopies is foreignFirst for two or more copies: each is
// judged by the exports (see foreignFirstCopy), a workbook, which is not
// read, taken for this person's. Where none looks like another person's
// ledger, fc stands: which holds the notes is for the person to say.
// Where all do, they are to be moved away (or one renamed, with
// --same-person, where it is this person's after all); else those that
// do are named to be moved away, and the others to be renamed (a
// workbook saved as CSV UTF-8) or moved, as fc says. One line names
// them all, the first three of a long list and a count of the rest (see
// namedCopies). The counts of people are the fewest a foreign copy says
// were followed, and the most of those followed still: one pair of
// numbers for all, each copy's would run the line past reading.
func foreignFirstCopies(ws *workspace.Workspace, fc *firstCopyError, accounts []audit.Account, asOf audit.Date) error {
	var foreign, own []string
	least, most := 0, 0
	for _, p := range fc.paths {
		was, followed := foreignFirstCopy(ws, p, accounts, asOf)
		if was == 0 {
			own = append(own, p)
			continue
		}
		if len(foreign) == 0 || was < least {
			least = was
		}
		most = max(most, followed)
		foreign = append(foreign, p)
	}
	if len(foreign) == 0 {
		return fc
	}
	all := namedCopies(fc.paths, true)
	if len(own) == 0 {
		return fmt.Errorf("%s are ledgers, and the workspace has none yet, but %s looks like the ledger of these exports' owner: each says at least %s people were followed when it was written, of whom at most %s %s followed in these exports (another client's, downloaded into the workspace?): move them out of the workspace, to their own, and run again; if one is this person's (their own a year on, most of its people unfollowed since), rename it %s, move the %s out of the workspace, and run audit with --same-person",
			all, neitherOf(len(foreign)), audit.Thousands(least), audit.Thousands(most), plural(most, "is", "are"), workspace.Ledger, plural(len(foreign)-1, "other", "others"))
	}
	why := fmt.Sprintf("%s does not look like the ledger of these exports' owner (of the %s people it says were followed when it was written, %s %s followed in these exports: another client's, downloaded into the workspace?): move it out of the workspace, to its own",
		foreign[0], audit.Thousands(least), audit.Thousands(most), plural(most, "is", "are"))
	if len(foreign) > 1 {
		why = fmt.Sprintf("%s do not look like the ledger of these exports' owner (each says at least %s people were followed when it was written, of whom at most %s %s followed in these exports: another client's, downloaded into the workspace?): move them out of the workspace, to their own",
			namedCopies(foreign, false), audit.Thousands(least), audit.Thousands(most), plural(most, "is", "are"))
	}
	books := slices.ContainsFunc(own, isWorkbook)
	var then string
	if len(own) == 1 {
		fix := "rename it " + workspace.Ledger
		if books {
			fix = "save it as \"CSV UTF-8\" under the name " + workspace.Ledger
		}
		then = fmt.Sprintf("if %s holds the notes to audit (a ledger sent back), %s; if not, move it out of the workspace too", own[0], fix)
	} else {
		fix := "rename it " + workspace.Ledger
		if books {
			fix += ", or save a workbook as \"CSV UTF-8\" under that name,"
		}
		then = fmt.Sprintf("if one of %s holds the notes to audit (a ledger sent back), %s and move the %s out of the workspace; if %s does, move them out of the workspace too",
			namedCopies(own, false), fix, plural(len(own)-1, "other", "others"), neitherOf(len(own)))
	}
	return fmt.Errorf("%s are ledgers, and the workspace has none yet: %s; then, %s. Then run again", all, why, then)
}

// isWorkbook reports whether the copy at p is a workbook (one of
// spreadsheetExts but copyExts), which is not read: renamed, it is no
// CSV.
func isWorkbook(p string) bool {
	return !slices.Contains(copyExts, strings.ToLower(filepath.Ext(p)))
}

// notesOnLedger reports whether the CSV or text file at p, which holds
// person_id, is the person's notes about the ledger (ledger notes.txt),
// no copy of it: no line of it holds person_id as a cell beside another
// of the ledger's columns (see columnsLine), and, read as a ledger, it
// holds none of them on a header line. The reader alone finds no header
// in some copies a spreadsheet or a hand saved: a title typed above a
// header of semicolons or tabs (the title's line read as one of commas),
// a copy of tabs with a column of the person's named with a comma, a
// header a sort took down with a column deleted. Passed over as notes,
// such a copy, saved after the ledger, would have its notes left out of
// the run unsaid; told as a copy, the person sees it. The lines are
// looked at first: a copy's header is on its first, and the copy is not
// read whole to tell.
func notesOnLedger(p string, asOf audit.Date) bool {
	f, err := os.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, audit.MaxLedgerRowBytes)
	sc.Split(crOrLFLines) // "CSV (Macintosh)" ends its lines with CR alone
	for sc.Scan() {
		if columnsLine(sc.Text()) {
			return false
		}
	}
	if sc.Err() != nil {
		return false // a line too long to look at: a copy, maybe
	}
	le, ok := errors.AsType[*audit.LedgerError](readsAsLedger(p, asOf))
	return ok && le.NoHeader
}

// crOrLFLines is a bufio.SplitFunc of lines ended by LF, CR or CRLF.
func crOrLFLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if i := bytes.IndexAny(data, "\r\n"); i >= 0 {
		return i + 1, data[:i], nil
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

// columnsLine reports whether line, split at commas, semicolons or
// tabs, holds person_id as a cell beside another of the ledger's
// columns, in any case, quoted or not: a header line, which a sentence
// that mentions person_id ("Do not edit person_id; ...") is not.
func columnsLine(line string) bool {
	for _, sep := range []string{",", ";", "\t"} {
		id, other := false, false
		for c := range strings.SplitSeq(line, sep) {
			c = strings.ToLower(strings.Trim(audit.Unneutralize(strings.TrimSpace(c)), "\"' \t\uFEFF"))
			switch {
			case c == audit.ColPersonID:
				id = true
			case slices.Contains(audit.LedgerColumns, c):
				other = true
			}
		}
		if id && other {
			return true
		}
	}
	return false
}

// readsAsLedger reads the file at p as a ledger, and says why it is
// none (nil where it is one).
func readsAsLedger(p string, asOf audit.Date) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = audit.ReadLedger(f, p, asOf)
	return err
}
