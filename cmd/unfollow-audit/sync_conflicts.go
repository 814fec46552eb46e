// Sync clients' conflict copies of the ledger and of history files,
// told by their names.

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// sameConflicts returns the sync conflict copies of the ledger
// (syncConflict) that hold its very bytes. They pass (newerCopy), as
// they hold nothing the ledger lacks; but once ledger.csv changes (the
// run writes it anew as soon as an export adds someone, review with its
// first answer, the person with their next edit), the copy holds other
// content, and stops the next run saying the notes may be in either,
// which by then takes a comparison of the two files to tell. Said while
// they are the same, the copy can be deleted then.
func sameConflicts(ws *workspace.Workspace) []string {
	st, err := os.Stat(ws.Path(workspace.Ledger))
	if err != nil || !st.Mode().IsRegular() {
		return nil
	}
	var out []string
	for _, p := range savedAs(ws) {
		base := filepath.Base(p)
		if !slices.Contains(spreadsheetExts, strings.ToLower(filepath.Ext(base))) || !syncConflict(base) {
			continue
		}
		if cst, err := os.Stat(p); err != nil || !cst.Mode().IsRegular() || cst.Size() != st.Size() {
			continue
		}
		if same, err := sameBytes(p, ws.Path(workspace.Ledger)); err == nil && same {
			out = append(out, p)
		}
	}
	return out
}

// sameConflictsWarning says what sameConflicts found, or "".
func sameConflictsWarning(ws *workspace.Workspace, same []string) string {
	if len(same) == 0 {
		return ""
	}
	what, it := "is a sync conflict copy", "it"
	if len(same) > 1 {
		what, it = "are sync conflict copies", "them"
	}
	return fmt.Sprintf("%s %s of %s with the same content: delete %s now (or move %s out of the workspace); once %s changes, a run would stop on %s as a copy with other content",
		strings.Join(same, " and "), what, ws.Path(workspace.Ledger), it, it, workspace.Ledger, it)
}

// syncConflict reports whether a file named as the ledger (ledgerName) is
// a sync client's conflict copy of it: Dropbox's and Nextcloud's
// "ledger (Robin's conflicted copy 2026-12-01).csv", Syncthing's
// "ledger.sync-conflict-20261201-101010-ABCDEFG.csv", OneDrive's
// "ledger-DESKTOP-4F2K9QX.csv" (the computer's name after a hyphen: a
// Windows default name, DESKTOP-… or LAPTOP-…, or this computer's). A
// copy a spreadsheet or the person made ("ledger (1).csv",
// "ledger-backup.csv") is not one: it is told by its time (newerCopy).
func syncConflict(base string) bool {
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	return len(stem) >= len("ledger") && strings.EqualFold(stem[:len("ledger")], "ledger") && conflictMark(stem[len("ledger"):])
}

// conflictMark reports whether rest, what follows a file's own name (its
// stem) in a copy's, is a sync client's mark of a conflict copy: " (Robin's
// conflicted copy 2026-12-01)", ".sync-conflict-20261201-101010-ABCDEFG",
// or "-" and a computer's name (see computerName).
func conflictMark(rest string) bool {
	rest = strings.ToLower(rest)
	if strings.Contains(rest, "conflicted copy") || strings.Contains(rest, ".sync-conflict-") {
		return true
	}
	host, ok := strings.CutPrefix(rest, "-")
	return ok && computerName(host)
}

// historyConflicts returns the sync clients' conflict copies of the
// history's run files (see conflictMark), and the run file each copies.
// The runs read the file, never the copy (see workspace.History): a copy
// holds the decisions of an audit that ran on another computer under the
// same number, which no run counts. A copy of the run file's very bytes
// holds nothing the runs lack, and is not returned.
func historyConflicts(ws *workspace.Workspace) (copies, of []string) {
	runs, err := ws.History()
	if err != nil || len(runs) == 0 {
		return nil, nil
	}
	ents, err := os.ReadDir(ws.Path(workspace.HistoryDir))
	if err != nil {
		return nil, nil
	}
	for _, e := range ents {
		name := e.Name()
		stem, ok := strings.CutSuffix(name, filepath.Ext(name))
		num, _, _ := strings.Cut(stem, "_")
		end := len(num) + len("_2006-01-02")
		if !ok || !e.Type().IsRegular() || len(stem) <= end {
			continue
		}
		run := workspace.HistoryDir + "/" + stem[:end] + ".csv"
		if !slices.Contains(runs, run) || !conflictMark(stem[end:]) {
			continue
		}
		c := ws.Path(workspace.HistoryDir + "/" + name)
		if sameFile(c, ws.Path(run)) {
			// Its very bytes (a client that made a copy of a file synced
			// twice): no decision is left out of the counts.
			continue
		}
		copies = append(copies, c)
		of = append(of, ws.Path(run))
	}
	return copies, of
}

// sameFile reports whether the files a and b hold the same bytes; files
// of different sizes are not read.
func sameFile(a, b string) bool {
	sa, err := os.Stat(a)
	if err != nil {
		return false
	}
	sb, err := os.Stat(b)
	if err != nil || sa.Size() != sb.Size() {
		return false
	}
	same, err := sameBytes(a, b)
	return err == nil && same
}

// historyConflictsWarning says what historyConflicts found, or "".
func historyConflictsWarning(copies, of []string) string {
	if len(copies) == 0 {
		return ""
	}
	what := "is a sync conflict copy"
	if len(copies) > 1 {
		what = "are sync conflict copies"
	}
	// Named with the run file each copies, once where they copy one.
	each := copies
	if slices.ContainsFunc(of, func(f string) bool { return f != of[0] }) {
		each = make([]string, len(copies))
		for i := range copies {
			each[i] = copies[i] + " (of " + of[i] + ")"
		}
	} else {
		what += " of " + of[0]
	}
	return fmt.Sprintf("%s %s: two audits of one number ran on two computers (or one ran before the other's files had synced), and no run reads a copy, so the decisions it holds are in no count. "+
		"Run the audits of a workspace on one computer at a time, once its files have synced; move the copies out of the workspace",
		strings.Join(each, " and "), what)
}

// computerName reports whether s, the end of a file's name after a
// hyphen, is the name OneDrive gives a conflict copy: a Windows default
// computer name (DESKTOP-… or LAPTOP-…), or this computer's.
func computerName(s string) bool {
	for _, pc := range []string{"desktop-", "laptop-"} {
		if rest, ok := strings.CutPrefix(strings.ToLower(s), pc); ok && len(rest) == 7 && isAlnum(rest) {
			return true
		}
	}
	name, err := os.Hostname()
	return err == nil && name != "" && strings.EqualFold(s, name)
}

// backupConflict reports whether base is a sync client's conflict copy of
// ledger.previous.csv, named as syncConflict tells one of the ledger
// ("ledger.previous (Robin's conflicted copy 2026-12-01).csv",
// "ledger.previous.sync-conflict-….csv", "ledger.previous-DESKTOP-4F2K9QX.csv").
// A run on each computer of a synced workspace writes the backup, so
// such copies come with any conflict; they are the tool's backup, not
// the ledger (a conflict of the ledger itself is a copy of ledger.csv,
// told by syncConflict), and are passed over, not refused as a copy of
// the ledger holding other notes.
func backupConflict(base string) bool {
	stem := strings.ToLower(strings.TrimSuffix(base, filepath.Ext(base)))
	rest, ok := strings.CutPrefix(stem, strings.TrimSuffix(workspace.LedgerBackup, ".csv"))
	if !ok {
		return false
	}
	if strings.HasPrefix(rest, ".sync-conflict-") || strings.HasPrefix(rest, " (") && strings.Contains(rest, "conflicted copy") {
		return true
	}
	host, ok := strings.CutPrefix(rest, "-")
	return ok && computerName(host)
}

// isAlnum reports whether s holds ASCII letters and digits alone.
func isAlnum(s string) bool {
	for _, c := range s {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}
