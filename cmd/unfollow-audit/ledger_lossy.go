package main

import (
	"fmt"
	"os"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// lossyLedger refuses a ledger whose cells hold "?" where the backup
// (ledger.previous.csv) holds characters Windows-1252 lacks (see
// audit.LossySave): saved by Excel as "CSV (Comma delimited)" or "CSV
// (séparateur: point-virgule)", refused for its accents, then saved
// again as CSV UTF-8, it reads fine, and a run that changes it replaces
// the backup, the last copy of those characters. It stops before
// anything is written, naming the first cell with both values. A backup
// that cannot be read says nothing here (typedBackup names one saved
// since the ledger). A "?" put for an emoji on purpose reads as the
// save's, and is said a way on: the backup moved out, the run writes
// another. Only the backup's rows of the ledger's "?" cells
// are read, the rest passed over unchecked.
func lossyLedger(ws *workspace.Workspace, l *audit.Ledger, asOf audit.Date) error {
	ids := l.QuestionIDs()
	if ids == nil {
		return nil
	}
	p := ws.Path(workspace.LedgerBackup)
	f, err := os.Open(p)
	if err != nil {
		return nil
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
		return nil
	}
	b, err := audit.ReadLedgerRows(f, p, asOf, ids)
	if err != nil {
		return nil
	}
	first, n := audit.LossySave(l, b)
	if n == 0 {
		return nil
	}
	return fmt.Errorf("%s: line %d, column %s: %q is %q in %s, its characters turned into \"?\" (%s so): a spreadsheet saved the ledger in an encoding without them (Excel's \"CSV (Comma delimited)\", \"CSV (séparateur: point-virgule)\"). Copy those cells from %s onto %s's rows, save it as \"CSV UTF-8\", and run again; if you wrote those \"?\" yourself, move %s out of the workspace instead",
		ws.Path(workspace.Ledger), first.Line, first.Column, first.Ledger, first.Backup, p, cells(n), p, workspace.Ledger, p)
}

// cells is "1 cell" or "n cells".
func cells(n int) string {
	if n == 1 {
		return "1 cell"
	}
	return audit.Thousands(n) + " cells"
}

// lossyNames refuses a ledger whose name cells hold "?" where the last
// run's history prev gives the row's accounts names with characters
// Windows-1252 lacks (see audit.LossyNames): lossyLedger without a backup
// to compare with. Cleared, a name cell is written again by the run.
func lossyNames(ws *workspace.Workspace, l *audit.Ledger, prev []audit.Past) error {
	first, n := audit.LossyNames(l, prev)
	if n == 0 {
		return nil
	}
	return fmt.Errorf("%s: line %d, column %s: %q is %q as the last audit wrote it, its characters turned into \"?\" (%s so): a spreadsheet saved the ledger in an encoding without them (Excel's \"CSV (Comma delimited)\", \"CSV (séparateur: point-virgule)\"), and notes typed before that save may have lost such characters too. Clear those name cells (a run writes them again), check your notes, save the ledger as \"CSV UTF-8\", and run again",
		ws.Path(workspace.Ledger), first.Line, first.Column, first.Ledger, first.Backup, cells(n))
}
