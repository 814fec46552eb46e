// Copies of a ledger in a workspace with none yet (see firstCopy),
// judged by the exports where they are read.

package main

import (
	"errors"
	"fmt"
	"os"
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
// run tells them all. A CSV or text file that holds person_id but none
// of the ledger's columns on a header line (the person's notes about the
// ledger, ledger notes.txt) passes: called a ledger, it would be renamed
// ledger.csv, and refused there. One that cannot be read otherwise (a cell the ledger refuses, a column
// deleted, Excel's "Unicode Text") is a copy all the same: made the
// ledger, the run says what to correct. A workbook is not read: holding
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
		if le, ok := errors.AsType[*audit.LedgerError](readsAsLedger(c.path, asOf)); ok && le.NoHeader {
			continue
		}
		copies = append(copies, c.path)
	}
	switch {
	case len(copies) == 1:
		fix := "rename it " + workspace.Ledger
		if books {
			fix = "save it as \"CSV UTF-8\" under the name " + workspace.Ledger // renamed, it is no CSV
		}
		return &firstCopyError{copies[0], fmt.Sprintf("%s is a ledger, and the workspace has none yet: if it holds the notes to audit (a ledger sent back), %s; if not (another person's), move it out of the workspace. Then run again",
			copies[0], fix)}
	case len(copies) > 1:
		fix := "rename it " + workspace.Ledger
		if books {
			fix += ", or save a workbook as \"CSV UTF-8\" under that name,"
		}
		return fmt.Errorf("%s are ledgers, and the workspace has none yet: if one holds the notes to audit (a ledger sent back), %s and move the others out of the workspace; if none does, move them out of the workspace. Then run again",
			strings.Join(copies, " and "), fix)
	}
	return nil
}

// firstCopyError is firstCopy's refusal of a single copy, which it
// names (path): once the exports are read, one that looks like another
// person's ledger is said to be so (see foreignFirst).
type firstCopyError struct {
	path, msg string
}

func (e *firstCopyError) Error() string { return e.msg }

// foreignFirst returns err, or where it is firstCopy's refusal of a copy
// that looks like the ledger of another person than these exports'
// (accounts; see foreignFirstCopy), the refusal that says so, as a copy
// in a folder given as exports apart gets it (see givenCopy): in a
// workspace that is the download folder, the ledger another client sent
// back was told "rename it ledger.csv", and, renamed, was refused as
// another person's ledger.
func foreignFirst(ws *workspace.Workspace, err error, accounts []audit.Account, asOf audit.Date) error {
	fc, ok := errors.AsType[*firstCopyError](err)
	if !ok {
		return err
	}
	was, followed := foreignFirstCopy(ws, fc.path, accounts, asOf)
	if was == 0 {
		return err
	}
	return fmt.Errorf("%s is a ledger, and the workspace has none yet, but it does not look like the ledger of these exports' owner: of the %s people it says were followed when it was written, %s %s followed in these exports (another client's, downloaded into the workspace?): move it out of the workspace, to its own, and run again; if it is this person's (their own a year on, most of its people unfollowed since), rename it %s, and run audit with --same-person",
		fc.path, audit.Thousands(was), audit.Thousands(followed), plural(followed, "is", "are"), workspace.Ledger)
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
