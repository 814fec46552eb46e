package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// runFiles are the names of the files and folders an audit writes in its
// workspace, besides the batch lists (audit.IsBatchName, and the person's
// renamed ones, see runFile).
var runFiles = []string{workspace.Ledger, workspace.LedgerBackup, workspace.HistoryDir, workspace.LockFile,
	workspace.Keep, workspace.Unfollow, workspace.ReachOut, workspace.Changes, workspace.Report, mastodonKeep}

// runFile reports whether base names a file or folder of the run's, or a
// batch list the person renamed as docs/reaudit.md suggests
// (unfollow-linkedin-01-done.csv): no export is named unfollow-*.csv. So
// does the lock file a spreadsheet keeps beside one it has open (Excel's
// ~$ledger.csv, LibreOffice's .~lock.ledger.csv#), which the shell's *
// gives while the ledger is open.
func runFile(base string) bool {
	if b, ok := strings.CutPrefix(base, "~$"); ok {
		base = b
	} else if b, ok := strings.CutPrefix(base, ".~lock."); ok && strings.HasSuffix(b, "#") {
		base = strings.TrimSuffix(b, "#")
	}
	return slices.Contains(runFiles, base) || audit.IsBatchName(base) ||
		strings.HasPrefix(base, "unfollow-") && strings.HasSuffix(strings.ToLower(base), ".csv")
}

// spreadsheetLock returns the lock file a spreadsheet keeps beside the
// ledger while it has it open (Excel's ~$ledger.csv, LibreOffice's
// .~lock.ledger.csv#), or "". A run reads the ledger as last saved: the
// notes typed in the sheet and not saved yet are not read, and the lists
// would be made without them, unsaid.
func spreadsheetLock(ws *workspace.Workspace) string {
	for _, name := range []string{"~$" + workspace.Ledger, ".~lock." + workspace.Ledger + "#"} {
		if _, err := os.Lstat(ws.Path(name)); err == nil {
			return ws.Path(name)
		}
	}
	return ""
}

// openLedgerWarning says, where a spreadsheet has the ledger open (its
// lock file, lock, is there: see spreadsheetLock), what that means for a
// run of audit or, with review set, a review, and what to do. An audit
// reads the ledger as last saved; a review does too, and writes each
// answer into it at once, which the spreadsheet, saving what it shows,
// writes over: it stops at its next answer where it sees that, but
// a save after the last answer is not seen. The message is the same but
// for that.
func openLedgerWarning(ws *workspace.Workspace, lock string, review bool) string {
	what := "this run read it as last saved, without what you typed since. Save it, close it, and run again"
	if review {
		what = "this review read it as last saved, without what you typed since, and writes each answer into it, which saving the sheet would write over. " +
			"Quit (q), save and close it, and start the review again"
	}
	return fmt.Sprintf("%s is open in a spreadsheet (%s is there): %s (if no spreadsheet has it open, delete %s)", ws.Path(workspace.Ledger), lock, what, lock)
}

// withoutRunFiles returns exports without the workspace's own files: run
// in the folder the exports were downloaded to, as `audit --workspace .
// *`, the shell gives the ledger, the reports and the history folder of
// the last run as exports too, and each was refused as "no export
// found". A folder given whole already passes over them. Any other file
// of the workspace folder stays an export.
func withoutRunFiles(dir string, exports []string) []string {
	wsInfo, err := os.Stat(dir)
	if err != nil {
		return exports // the workspace is checked, and refused, where it is opened
	}
	out := exports[:0:0]
	for _, e := range exports {
		base := filepath.Base(e)
		if runFile(base) || ledgerName(base) {
			if parent, err := os.Stat(filepath.Dir(e)); err == nil && os.SameFile(parent, wsInfo) && (runFile(base) || ledgerCopy(e)) {
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

// ledgerCopy reports whether the file at p is a copy of a ledger kept
// under a name of its own ("ledger (1).csv", "ledger - ledger.csv",
// ledger.xlsx): named as savedAs finds them, holding the ledger's
// columns (holdsLedgerHeader). In the workspace, given by the shell's *,
// it is the workspace's own, as the folder given whole has it: a copy
// saved after the ledger with other content is refused by newerCopy,
// which the run reports first, and any other (the same bytes, or older:
// a backup made beside it) is passed over, the ledger read. Refused as
// an export instead, the message had the person put the copy in the
// ledger's place, and an older backup so put lost the notes made since.
func ledgerCopy(p string) bool {
	if !ledgerName(filepath.Base(p)) {
		return false
	}
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular() && holdsLedgerHeader(p)
}

// ledgerName reports whether base is named as a copy of the ledger may
// be (see savedAs): "ledger…", but for the ledger and its backup.
func ledgerName(base string) bool {
	return base != workspace.Ledger && base != workspace.LedgerBackup && strings.HasPrefix(strings.ToLower(base), "ledger")
}

// withoutWorkspaceFiles returns exports without the files of a workspace
// they lie in, for import, which has no --workspace: in the folder the
// exports were downloaded to, used as the workspace (`audit --workspace .
// *`), the shell's * gives import the ledger, the reports and the history
// folder too, and the first was refused as no export, though the audit's
// own note points there ("import --format table shows them"). A file of
// those names is passed over where its folder holds a workspace, told as
// audit and review tell it (workspace.Holds: its history files, or its
// ledger, even where the person deleted history/runs.csv); elsewhere it
// stays an export, and one the tool wrote is refused as such.
func withoutWorkspaceFiles(exports []string) []string {
	out := exports[:0:0]
	for _, e := range exports {
		base := filepath.Base(e)
		if (runFile(base) || ledgerName(base)) && workspace.Holds(filepath.Dir(e)) && (runFile(base) || ledgerCopy(e)) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// keepListCopy refuses an export that is a copy of the Mastodon keep list
// the last audit wrote in the workspace at dir, under another name: the
// list has the very form of a Mastodon export (so that Mastodon imports
// it), and read as one, every account it leaves out, the ones to
// unfollow, counted as an unfollow done. A file of the same bytes named as
// Mastodon names its export (following_accounts.csv, or "(1)" copies of
// it) is taken for one: a keep list of no accounts and an export of no
// follows are the same header line. Folders given whole are not searched
// for copies.
func keepListCopy(dir string, exports []string) error {
	keep, err := os.ReadFile(filepath.Join(dir, mastodonKeep))
	if err != nil || len(keep) == 0 {
		return nil // no keep list yet: nothing to copy
	}
	for _, e := range exports {
		fi, err := os.Stat(e)
		if err != nil || !fi.Mode().IsRegular() || fi.Size() != int64(len(keep)) {
			continue
		}
		if strings.HasPrefix(strings.ToLower(filepath.Base(e)), "following_accounts") {
			continue
		}
		if b, err := os.ReadFile(e); err == nil && bytes.Equal(b, keep) {
			return fmt.Errorf("%s: a copy of %s, the Mastodon keep list the last audit wrote, not an export: give the follows Mastodon exports (following_accounts.csv; if this file is that export, renamed, give it that name back)", e, mastodonKeep)
		}
	}
	return nil
}
