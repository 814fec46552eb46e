// Copies of the ledger: beside it (newer, or a sync client's conflict
// copy), older ones compared with it by content, and those in a folder
// given as exports (a ledger a client sent back).

package main

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
	"github.com/unfollow-audit/unfollow-audit/importers"
	"github.com/unfollow-audit/unfollow-audit/internal/samebytes"
)

// copyNotes reads the file at p, a copy of the ledger whose time would
// let it pass (saved before it), or a sync client's conflict copy (see
// conflictCopies), and compares it with the ledger l (see
// audit.CopyNotes): it says where the copy holds a note l lacks or has
// otherwise, "on 1 row (line 2, person_id p32e1a957cc22: note \"met in
// Basel\" there, empty in ledger.csv)", or returns "" where l holds all its
// notes. The times tell nothing here: a folder copied from another
// computer, a spreadsheet that keeps a file's time, a sync client's copy
// dated when the other computer saved it, each dates a copy with notes
// of its own before the ledger. A copy that cannot be read as a ledger
// (a file of the person's own that only mentions person_id, a cell the
// ledger would refuse) is not compared, and passes as its time says,
// said after the run's summary (see unreadCopy); err says why.
func copyNotes(p string, l *audit.Ledger, asOf audit.Date) (notes string, err error) {
	f, err := os.Open(p)
	if err != nil {
		return "", err
	}
	defer f.Close()
	c, err := audit.ReadLedger(f, p, asOf)
	if err != nil {
		return "", err
	}
	d := audit.CopyNotes(l, c)
	first, rows := d.First, d.Rows
	if rows == 0 {
		return "", nil
	}
	who := "person_id " + first.PersonID
	switch {
	case first.PersonID != "":
	case first.Key != "":
		who = first.Key + " (a row without person_id)"
	default:
		who = "a row without person_id or accounts"
	}
	cell := fmt.Sprintf("%s %q there, ", first.Column, first.Copy)
	switch {
	case first.NoRow:
		cell += "a row " + workspace.Ledger + " lacks"
	case first.NoColumn:
		cell += "a column " + workspace.Ledger + " lacks"
	case strings.TrimSpace(first.Ledger) == "":
		cell += "empty in " + workspace.Ledger
	default:
		cell += fmt.Sprintf("%q in %s", first.Ledger, workspace.Ledger)
	}
	on := "on 1 row"
	if rows > 1 {
		on = fmt.Sprintf("on %s rows, the first", audit.Thousands(rows))
	}
	other := ""
	if anotherWorkspace(d, l) {
		// As otherLedger tells one: a helper's download folder may hold
		// the ledger another client sent back.
		other = fmt.Sprintf("; %s of its %s rows are on none of %s: another workspace's ledger?", audit.Thousands(d.Lacked), audit.Thousands(d.Of), workspace.Ledger)
	}
	return fmt.Sprintf("%s (%s, %s: %s%s)", on, c.At(first.Line), who, cell, other), nil
}

// anotherWorkspace reports whether a copy of the ledger, compared with
// l (d), looks like another workspace's ledger, as otherLedger tells
// one: more than nine in ten of its 20 or more rows have a person_id on
// no row of l, and the rows of it it has are under a tenth of l's too.
// The person's own copy beside a ledger they pruned since (the rows of
// those the baseline had them unfollow deleted) has most of its rows on
// none of l's, but l's few rows.
func anotherWorkspace(d audit.CopyDiff, l *audit.Ledger) bool {
	shared := d.Of - d.Lacked
	return d.Of >= 20 && shared*10 < d.Of && shared*10 < len(l.Rows())
}

// unreadCopy says why a copy of the ledger at p, which copyNotes could
// not read (err), is not compared with it: the run goes on, by the
// copy's time, as before, but a copy with notes of its own (a client's,
// a column deleted, a date as Excel shows it) was passed unsaid, its
// notes left out of the run. where says what it is ("a copy of
// ledger.csv saved before it", beside the ledger), as what it cannot be
// read ("a ledger"), and out where it is to be moved out of.
func unreadCopy(p, where, as, out string, err error) string {
	why := strings.TrimPrefix(err.Error(), p+": ")
	return fmt.Sprintf("%s, %s, cannot be read as %s (%s), and was not compared with it: if it holds notes %s lacks, copy them onto its rows, or correct it and run again; if not, move it out of %s.",
		p, where, as, why, workspace.Ledger, out)
}

// spreadsheetExts are the extensions of the files a spreadsheet saves a
// sheet as: a CSV under another name, or a workbook.
var spreadsheetExts = []string{".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".xls", ".ods", ".numbers"}

// copyExts are those of spreadsheetExts a copy of the ledger is read
// from, to be compared with it (see copyNotes): a workbook is not read.
var copyExts = []string{".csv", ".txt", ".tsv"}

// sheetCopy is a file of the workspace that may be a copy of its ledger
// (see sheetCopies).
type sheetCopy struct {
	path, ext string // ext in lower case, as spreadsheetExts
	info      os.FileInfo
}

// sheetCopies returns the files of the workspace named as a copy of the
// ledger (savedAs) that a spreadsheet may have saved it as (a CSV, a
// text file, a workbook), but for a sync client's conflict copy of the
// tool's backup (see backupConflict) and anything but a file. Whether one
// holds the ledger's header is for the caller to tell, which may pass
// over some by their time first.
func sheetCopies(ws *workspace.Workspace) []sheetCopy {
	var out []sheetCopy
	for _, p := range savedAs(ws) {
		ext := strings.ToLower(filepath.Ext(p))
		if !slices.Contains(spreadsheetExts, ext) || backupConflict(filepath.Base(p)) {
			continue
		}
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			out = append(out, sheetCopy{p, ext, st})
		}
	}
	return out
}

// newerCopy refuses a ledger beside which the workspace holds a file
// named as the ledger (savedAs) that a spreadsheet saved after it, with
// other content: Google Sheets' "ledger - ledger.csv" downloaded into a
// workspace that is the download folder, Windows' "ledger (1).csv",
// Excel's "Save as" a workbook (ledger.xlsx). The person's notes are in
// that file; read, ledger.csv would decide every account on the notes of
// before, and the lists would tell them to unfollow the people they just
// marked to keep. A copy kept as it was (a backup made beside it) is the
// same bytes, or older than the ledger edited since, and passes here.
//
// The older ones that are CSV or text files (not a sync client's
// conflict copy, nor a workbook, which is not read) are returned, for
// readLedger to compare with the ledger read (see copyNotes): the times
// alone would pass one that holds notes the ledger lacks. So are the
// conflict copies with other content, whatever their time, which
// readLedger refuses once the ledger is read, naming a note one holds
// (see conflictCopies); while there are some, no error is returned.
//
// A copy that holds the very bytes of a ledger a run of the workspace
// wrote (see workspace.LedgerSums), whatever its name and time, is passed
// over: nothing was typed into it, and the notes it holds are ones a run
// read, the ledger edited since (cp ledger.csv "ledger 2027-05.csv" after
// a run, dated anew, then a note changed in the ledger, stopped the next
// run). Not a sync client's conflict copy: the other computer's ledger,
// as a run there wrote it, holds notes typed there before that run, which
// the ledger kept here may lack. Nor beside an older ledger put back,
// where the copy holds the newer notes: readLedger compares those once
// the ledger is read (see newerWritten).
//
// A copy named as the person's backup (see ownBackup) saved before the
// ledger and no later than the last run (see lastRunTime) is passed
// over: that run compared it, and the ledger edited since holds the
// newer notes. One saved since is compared as any older copy is: the
// name alone does not tell a backup from the copy the person opened by
// mistake and typed notes into, the ledger saved after. One saved after
// the ledger whose every note the ledger holds passes (see backupNotes):
// its notes are no newer. One with a note the ledger lacks is said to
// be a backup typed into, its notes to be copied onto the ledger.
//
// A newer copy that looks like another workspace's ledger (see
// foreignRows, or foreignBook for a workbook: another client's,
// downloaded into a workspace that is the download folder given as
// exports) is not to be made the ledger: the next run refused it as
// another workspace's, or with --same-person put that client's notes
// into this one's. Every such copy is named at once, with the others
// and what to do with each (see foreignBeside): two of another
// client's were refused one a run. The ledger is read (asOf) to tell.
func newerCopy(ws *workspace.Workspace, ledger *os.File, asOf audit.Date) (older, conflicts []string, err error) {
	st, err := ledger.Stat()
	if err != nil {
		return nil, nil, err
	}
	run, ran := lastRunTime(ws)
	written := ws.WrittenLedgers()
	var newer []string
	for _, c := range sheetCopies(ws) {
		p, cst := c.path, c.info
		conflict := syncConflict(filepath.Base(p))
		before := !conflict && !cst.ModTime().After(st.ModTime())
		if before && !slices.Contains(copyExts, c.ext) {
			continue // a workbook is not read: told by its time
		}
		if before && ran && !cst.ModTime().After(run.Add(runWriteSlack)) && ownBackup(filepath.Base(p)) {
			continue // the person's backup, compared by the last run: the ledger edited since holds the newer notes
		}
		if !conflict && written.Holds(p, cst.Size()) {
			continue // a ledger a run wrote, copied as it was: nothing typed into it
		}
		if !holdsLedgerHeader(p) {
			continue // the person's own file named "ledger...": notes, a bank's ledger
		}
		if !before && slices.Contains(copyExts, c.ext) && notesOnLedger(p, asOf) {
			// The person's notes about the ledger, mentioning its
			// person_id, as a first audit passes them (firstCopy):
			// called a copy, they would be made the ledger. One saved
			// before is told after the summary (copyNotes).
			continue
		}
		if cst.Size() == st.Size() {
			if same, err := sameBytes(p, ws.Path(workspace.Ledger)); err == nil && same {
				continue
			}
		}
		switch {
		case before:
			older = append(older, p)
		case conflict:
			conflicts = append(conflicts, p)
		default:
			newer = append(newer, p)
		}
	}
	if len(conflicts) > 0 {
		return nil, conflicts, nil // refused once the ledger is read (conflictCopies)
	}
	if len(newer) == 0 {
		return older, nil, nil
	}
	l := besideLedger(ledger, ws.Path(workspace.Ledger), asOf)
	typed := map[string]string{} // the person's backups with notes the ledger lacks, to those notes
	newer = slices.DeleteFunc(newer, func(p string) bool {
		notes, ok := backupNotes(p, l, asOf)
		if notes != "" {
			typed[p] = notes
		}
		return ok && notes == ""
	})
	if len(newer) == 0 {
		return older, nil, nil
	}
	if foreign := foreignNewer(l, newer, asOf); len(foreign) > 0 {
		// Named beside them, a backup typed into would be told to be
		// made the ledger: it is told apart once they are moved away.
		named := slices.DeleteFunc(slices.Clone(newer), func(p string) bool {
			return typed[p] != "" && !slices.ContainsFunc(foreign, func(f foreignLedger) bool { return f.path == p })
		})
		return nil, nil, foreignBeside(ws, named, foreign, "after")
	}
	for _, p := range newer {
		if notes := typed[p]; notes != "" {
			// Not to be made the ledger: it lacks what was typed into
			// the ledger since the backup was made.
			return nil, nil, fmt.Errorf("%s: %s, a backup of it saved after it, holds notes it lacks or has otherwise, %s, and is not read: typed into the backup rather than the ledger? Copy the notes to keep onto the rows of %s, then move %s out of the workspace. Then run again",
				ws.Path(workspace.Ledger), p, notes, workspace.Ledger, p)
		}
	}
	what, fix := "was saved after it and is not read: if it holds your notes", "if not, move it out of the workspace"
	if len(newer) > 1 {
		what, fix = "were saved after it and are not read: if one holds your notes", "move the "+plural(len(newer)-1, "other", "others")+" out of the workspace"
	}
	// The old ledger is kept aside, not replaced: the times may lie (a
	// workspace restored from a backup, or copied from another computer,
	// dates its files anew, in any order), and which file holds the
	// latest notes is then for the person to see.
	return nil, nil, fmt.Errorf("%s: %s %s, make it the ledger (%s); %s. Then run again",
		ws.Path(workspace.Ledger), namedCopies(newer, true), what, makeLedger, fix)
}

// besideLedger reads the ledger from f, at path, and reads f back to
// its start after; nil where it cannot be read (the run says so once the
// copies beside it are dealt with).
func besideLedger(f *os.File, path string, asOf audit.Date) *audit.Ledger {
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil
	}
	l, err := audit.ReadLedger(f, path, asOf)
	if _, serr := f.Seek(0, io.SeekStart); err != nil || serr != nil {
		return nil
	}
	return l
}

// runWriteSlack is how much later than the last run's history a copy of
// the ledger named as a backup may be dated and still be taken for one
// made as that run left the ledger: a run writes the ledger beside its
// history, and may finish it after (a big ledger), and a copy that keeps
// its time (Explorer's copy, the Finder's Duplicate) is dated as the
// ledger. Seconds, not backupSlack's minute: a copy opened at once from
// the spreadsheet's recent files, a note typed into it and saved, the
// ledger saved after, is to be compared.
const runWriteSlack = 10 * time.Second

// errBookCut is bookXML's error where its bound cut the parts short.
var errBookCut = errors.New("workbook's XML past the bytes read")

// bookXML calls part with each XML part of a workbook, in turn, until it
// returns true; err where a part cannot be read, errBookCut where max
// bytes were read in all before the last part's end (the part cut there
// was given as read). The bound is on all the parts: a zip of many, each
// inflating to a lot (a zip bomb, a workbook of thousands of sheets),
// took minutes and gigabytes, each part bounded alone, where the run
// only asks what the workbook may be. Cut short, it is told as one that
// cannot be read: a copy of the ledger, maybe.
func bookXML(zr *zip.Reader, max int64, part func(x []byte) bool) error {
	for _, e := range zr.File {
		if !strings.HasSuffix(e.Name, ".xml") {
			continue
		}
		if max <= 0 {
			return errBookCut
		}
		rc, err := e.Open()
		if err != nil {
			return err
		}
		x, err := io.ReadAll(io.LimitReader(rc, max+1))
		rc.Close()
		if err != nil {
			return err
		}
		cut := int64(len(x)) > max
		if cut {
			x = x[:max]
		}
		max -= int64(len(x))
		if part(x) {
			return nil
		}
		if cut {
			return errBookCut
		}
	}
	return nil
}

// ownBackup reports whether base, the name of a copy of the ledger
// beside it, says the person kept it as a backup: past "ledger", a date
// (a year, 2026, alone or begun by one: 2026-09, 20260901) or a word
// that says so (backup, bak, old, copy, as Explorer's "ledger - Copy.csv"
// and the Finder's "ledger copy.csv", save, saved, previous, prev,
// archive). A name given by a download or a spreadsheet's "Save as"
// ("ledger (1).csv", "ledger - ledger.csv") or a sync client (see
// syncConflict, told first) says none. Such a backup, saved before the
// ledger and the last run, holds the notes of before, the ledger edited
// since: it is not compared with it (see newerCopy); saved after either,
// it is, as the file the person may have meant to edit (see backupNotes).
func ownBackup(base string) bool {
	stem := strings.ToLower(strings.TrimSuffix(base, filepath.Ext(base)))
	rest, ok := strings.CutPrefix(stem, "ledger")
	if !ok || syncConflict(base) {
		return false
	}
	words := strings.FieldsFunc(rest, func(r rune) bool {
		return (r < 'a' || r > 'z') && (r < '0' || r > '9')
	})
	for _, w := range words {
		switch w {
		case "backup", "bak", "old", "copy", "save", "saved", "previous", "prev", "archive":
			return true
		}
		if len(w) >= 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == "" && len(w)%2 == 0 && len(w) <= 8 {
			return true
		}
	}
	return false
}

// backupNotes returns, of the copy at p saved after the ledger l, where
// it is the person's backup (see ownBackup), a CSV or text file read as
// a ledger, the first of its notes l lacks or has otherwise (see
// copyNotes), and true; "" and true where l holds its every note (saved
// anew: a spreadsheet's "Save a copy", a copy that dates the file when
// made), nothing to lose. False where it is no such backup or cannot be
// read: refused as any newer copy, as the file the person may have meant
// to edit. One with notes is not to be made the ledger, as a newer copy
// is told to be: it lacks what was typed into the ledger since it was
// made.
func backupNotes(p string, l *audit.Ledger, asOf audit.Date) (notes string, ok bool) {
	if l == nil || !ownBackup(filepath.Base(p)) || !slices.Contains(copyExts, strings.ToLower(filepath.Ext(p))) {
		return "", false
	}
	notes, err := copyNotes(p, l, asOf)
	return notes, err == nil
}

// conflictCopies refuses a ledger beside which the workspace holds sync
// conflict copies of it with other content (see newerCopy). Whichever is
// older, each may hold notes the other lacks (typed on two computers
// before the sync), and a run, which writes ledger.csv anew, would make
// the copy look older for good. Where the ledger was read (l not nil),
// the message names a cell of the first copy that holds a note l lacks or
// has otherwise (see copyNotes); or, where every copy was read and holds
// none, says that l has every note of them: what differs then is what l
// has more, or a cell cleared (or a row deleted) in a copy, which is
// for the person to see.
func conflictCopies(ws *workspace.Workspace, conflicts []string, l *audit.Ledger, asOf audit.Date) error {
	what, copy, them := "is a sync conflict copy of it", "the copy", "it"
	if len(conflicts) > 1 {
		what, copy, them = "are sync conflict copies of it", "a copy", "them"
	}
	said := ""
	if l != nil {
		all := true
		for _, p := range conflicts {
			notes, err := copyNotes(p, l, asOf)
			if notes != "" {
				who := p
				if len(conflicts) == 1 {
					who = "it"
				}
				said = fmt.Sprintf(": %s holds notes %s lacks or has otherwise, %s", who, workspace.Ledger, notes)
				break
			}
			all = all && err == nil
		}
		if said == "" && all {
			said = fmt.Sprintf(": %s holds every note of %s, and what differs is what %s has more, or a note cleared or a row deleted in %s", workspace.Ledger, them, workspace.Ledger, them)
		}
	}
	return fmt.Errorf("%s: %s %s (the synced folder kept two versions of the ledger, edited on two computers or saved at once), with other content, and not read: your notes may be in either%s. Copy the notes only %s holds onto the rows of %s (or make %s the ledger, moving %s out of the workspace), then move %s out of the workspace. Then run again",
		ws.Path(workspace.Ledger), namedCopies(conflicts, true), what, said, copy, workspace.Ledger, copy, workspace.Ledger, them)
}

// givenCopy refuses a copy of a ledger in a folder given as exports
// (see importers.Options.Ledgers) that was saved after the workspace's
// ledger, with other content: the ledger a client sent back, downloaded
// beside the exports, the download folder given whole. A folder's files
// that hold no export are passed over, and so was that one: every account
// was decided on the notes of before, unsaid, and the lists told the
// person to unfollow the people just marked to keep. As beside the
// ledger (newerCopy), a copy of the same bytes, or older (the one sent),
// passes, and the old ledger is kept aside, not replaced. Copies in the
// workspace itself (a workspace that is the download folder) are
// newerCopy's. In a workspace without a ledger yet every such copy is
// refused: the run would start a ledger of blank notes beside it.
//
// An older copy with other content is compared with the ledger l, as
// read (see copyNotes), and refused where it holds a note l lacks or has
// otherwise, whatever its time: the ledger a client filled in, saved by
// a spreadsheet that keeps the file's time, or in a folder copied from
// another computer, is dated before the workspace's ledger, notes and
// all. One whose notes l holds, l having more since (the one sent),
// passes; so does one of the very bytes of a ledger a run of this
// workspace wrote (see workspace.LedgerSums), whatever its time, but for
// a sync client's conflict copy (see newerCopy). One that cannot be read
// as a ledger is not compared, and is said in unread (see unreadCopy).
func givenCopy(ws *workspace.Workspace, copies []importers.LedgerCopy, l *audit.Ledger, accounts []audit.Account, asOf audit.Date) (unread []string, err error) {
	if len(copies) == 0 {
		return nil, nil
	}
	st, err := os.Stat(ws.Path(workspace.Ledger))
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, nil // unreadable: readLedger says so
		}
		st = nil
	}
	wsInfo, wsErr := os.Stat(ws.Dir)
	written := ws.WrittenLedgers()
	var older []importers.LedgerCopy
	for _, c := range copies {
		if d, err := os.Stat(filepath.Dir(c.Path)); err == nil && wsErr == nil && os.SameFile(d, wsInfo) {
			continue
		}
		if st == nil {
			// No ledger yet (a workspace that is new, or whose runs
			// decided nothing): the run would start one of blank notes,
			// the copy's passed over unsaid.
			if was, followed := foreignFirstCopy(ws, c.Path, accounts, asOf); was > 0 {
				return nil, fmt.Errorf("%s, in the folder %s given as exports, is a ledger, and %s has none yet, but it does not look like the ledger of these exports' owner: of the %s people it says were followed when it was written, %s %s followed in these exports (another client's, sent back into the folder of this one's exports?): move it out of %s, to its own workspace, and run again; if it is this person's (their own a year on, most of its people unfollowed since), put it in %s as %s, and run audit with --same-person",
					c.Path, c.Folder, ws.Dir, audit.Thousands(was), audit.Thousands(followed), plural(followed, "is", "are"), c.Folder, ws.Dir, workspace.Ledger)
			}
			return nil, fmt.Errorf("%s, in the folder %s given as exports, is a ledger, and %s has none yet: if it holds the notes to audit (a ledger sent back), put it in %s as %s; if not, move it out of %s. Then run again",
				c.Path, c.Folder, ws.Dir, ws.Dir, workspace.Ledger, outOf(c.Folder))
		}
		cst, err := os.Stat(c.Path)
		if err != nil || os.SameFile(cst, st) {
			continue
		}
		if cst.Size() == st.Size() {
			if same, err := sameBytes(c.Path, ws.Path(workspace.Ledger)); err == nil && same {
				continue
			}
		}
		if !syncConflict(filepath.Base(c.Path)) && written.Holds(c.Path, cst.Size()) {
			continue // a ledger a run of this workspace wrote (the one sent), as it was
		}
		if !cst.ModTime().After(st.ModTime()) {
			older = append(older, c)
			continue
		}
		// Another client's ledger, sent back into the folder of this
		// one's exports: made the ledger as the message below says, the
		// next run refused it as another workspace's (otherLedger), or
		// with --same-person put that client's notes into this one's.
		if rows := foreignCopy(c.Path, l, asOf); rows != "" {
			return nil, fmt.Errorf("%s: %s, in the folder %s given as exports, is a ledger saved after it, and is not read: %s are on none of %s, so it does not look like this workspace's ledger (another client's, sent back into the folder of this one's exports?): move it out of %s, to its own workspace. Then run again",
				ws.Path(workspace.Ledger), c.Path, c.Folder, rows, workspace.Ledger, c.Folder)
		}
		return nil, fmt.Errorf("%s: %s, in the folder %s given as exports, is a ledger saved after it, and is not read: if it holds the notes to audit (a ledger sent back), make it the ledger (move %s out of the workspace, to keep it, then put that file there as %s); if not, move it out of %s. Then run again",
			ws.Path(workspace.Ledger), c.Path, c.Folder, workspace.Ledger, workspace.Ledger, outOf(c.Folder))
	}
	var first *importers.LedgerCopy
	var notes, folder string
	var others []string
	for i, c := range older {
		n, err := copyNotes(c.Path, l, asOf)
		switch {
		case err != nil:
			unread = append(unread, unreadCopy(c.Path, "in the folder "+c.Folder+" given as exports, a ledger saved before "+workspace.Ledger, "one", outOf(c.Folder), err))
		case n != "" && first == nil:
			first, notes = &older[i], n
		case n != "":
			others = append(others, c.Path)
			if c.Folder != first.Folder {
				folder = "the folders given"
			}
		}
	}
	if first != nil && len(others) == 0 {
		// Its notes are another client's: not to be copied onto this
		// one's rows, nor made this one's ledger.
		if rows := foreignCopy(first.Path, l, asOf); rows != "" {
			return nil, fmt.Errorf("%s: %s, in the folder %s given as exports, is a ledger saved before it, and is not read: %s are on none of %s, so it does not look like this workspace's ledger (another client's, sent back into the folder of this one's exports?): move it out of %s, to its own workspace. Then run again",
				ws.Path(workspace.Ledger), first.Path, first.Folder, rows, workspace.Ledger, first.Folder)
		}
	}
	if first != nil {
		it, them := "it", "it"
		if len(others) > 0 {
			it, them = "one", "them"
		}
		if folder == "" {
			folder = outOf(first.Folder)
		}
		return nil, fmt.Errorf("%s: %s, in the folder %s given as exports, is a ledger saved before it that holds notes it lacks or has otherwise, %s, and is not read%s: copy the notes to keep onto the rows of %s (or make %s the ledger: move %s out of the workspace, to keep it, then put that file there as %s), then move %s out of %s; if those of %s are the newer (a note changed or a row deleted since), only move %s. Then run again",
			ws.Path(workspace.Ledger), first.Path, first.Folder, notes, soDo(others), workspace.Ledger, it, workspace.Ledger, workspace.Ledger, them, folder, workspace.Ledger, them)
	}
	return unread, nil
}

// unreadNotes say, in one line each, which copies of a ledger the
// folders given as exports hold that the run did not read (see
// importers.Options.Unread): a ledger a client sent back as a workbook,
// or zipped, saved beside the exports, was passed over without a word,
// the audit decided on the notes of before. A workbook is not opened
// (its header is in its XML), so it is said, not refused: it may be the
// one sent, or a bank's. Workbooks in the workspace itself are
// newerCopy's. A zipped copy of the very bytes of the ledger (the one
// sent, zipped) is not said. None, nil.
func unreadNotes(ws *workspace.Workspace, unread []importers.LedgerCopy) []string {
	wsInfo, wsErr := os.Stat(ws.Dir)
	var books, zipped []importers.LedgerCopy
	ledgerCRC, crcRead := uint32(0), false
	for _, c := range unread {
		if c.Zip != "" {
			if !crcRead {
				crcRead = true
				if b, err := os.ReadFile(ws.Path(workspace.Ledger)); err == nil {
					ledgerCRC = crc32.ChecksumIEEE(b)
				}
			}
			if c.CRC != ledgerCRC {
				zipped = append(zipped, c)
			}
			continue
		}
		if d, err := os.Stat(filepath.Dir(c.Path)); err == nil && wsErr == nil && os.SameFile(d, wsInfo) {
			continue
		}
		books = append(books, c)
	}
	var notes []string
	if n := len(books); n > 0 {
		paths, folders := copiesAndFolders(books, func(c importers.LedgerCopy) string { return c.Path })
		notes = append(notes, fmt.Sprintf("%s, in %s given as exports, %s named as a ledger, and %s notes were not read (a workbook is not opened): if %s the notes to audit (a ledger sent back), save %s as \"CSV UTF-8\" as %s (move the ledger there out of the workspace first, to keep it) and run again; if not, move %s out of %s.",
			paths, folders, plural(n, "is a workbook", "are workbooks"),
			plural(n, "its", "their"), plural(n, "it holds", "one holds"), plural(n, "it", "that one"), ws.Path(workspace.Ledger), plural(n, "it", "them"), outOfAll(books)))
	}
	if n := len(zipped); n > 0 {
		paths, folders := copiesAndFolders(zipped, func(c importers.LedgerCopy) string { return c.Path })
		zips, _ := copiesAndFolders(zipped, func(c importers.LedgerCopy) string { return c.Zip })
		notes = append(notes, fmt.Sprintf("%s, in %s given as exports, %s a ledger in a zip, and %s notes were not read (a zip's copy of a ledger is not read): if %s the notes to audit (a ledger sent back), take %s out of %s and put %s in %s as %s (move the ledger there out of the workspace first, to keep it) and run again; if not, move %s out of %s.",
			paths, folders, plural(n, "is", "are each"), plural(n, "its", "their"), plural(n, "it holds", "one holds"), plural(n, "it", "that one"), zips, plural(n, "it", "that one"), ws.Dir, workspace.Ledger,
			zips, outOfAll(zipped)))
	}
	return notes
}

// outOf names a folder in a message: as given, but "the current folder"
// for ".", which read "move it out of .. Then run again" (the download
// folder given as ., as exports or as the workspace), or "in ..", as if
// the folder above.
func outOf(folder string) string {
	if filepath.Clean(folder) == "." {
		return "the current folder"
	}
	return folder
}

// outOfAll names the folders given that hold copies, each once, joined
// with "and", as outOf names one.
func outOfAll(copies []importers.LedgerCopy) string {
	var folders []string
	for _, c := range copies {
		if f := outOf(c.Folder); !slices.Contains(folders, f) {
			folders = append(folders, f)
		}
	}
	return strings.Join(folders, " and ")
}

// copiesAndFolders returns the names of copies, by name, and the
// folders given that hold them ("the folder dl", "the folders a and
// b"), each joined with "and", each once.
func copiesAndFolders(copies []importers.LedgerCopy, name func(importers.LedgerCopy) string) (string, string) {
	var names, folders []string
	for _, c := range copies {
		if n := name(c); !slices.Contains(names, n) {
			names = append(names, n)
		}
		if !slices.Contains(folders, c.Folder) {
			folders = append(folders, c.Folder)
		}
	}
	return strings.Join(names, " and "), plural(len(folders), "the folder ", "the folders ") + strings.Join(folders, " and ")
}

// namedCopies names the copies at paths for one line: "a", "a and b",
// "a, b and c"; of more, the first three and a count of the rest ("a, b,
// c and 2 more"), with the count of all where counted ("(5 copies)"): a
// download folder may hold a dozen, each named in full, and the line
// would run past what a terminal shows. The first mention of a list
// counts it; those after, of part of it, need not.
func namedCopies(paths []string, counted bool) string {
	switch n := len(paths); {
	case n == 0:
		return ""
	case n == 1:
		return paths[0]
	case n <= 3:
		return strings.Join(paths[:n-1], ", ") + " and " + paths[n-1]
	default:
		s := fmt.Sprintf("%s and %s more", strings.Join(paths[:3], ", "), audit.Thousands(n-3))
		if counted {
			s += fmt.Sprintf(" (%s copies)", audit.Thousands(n))
		}
		return s
	}
}

// neitherOf is "neither" of two, "none" of more.
func neitherOf(n int) string {
	if n == 2 {
		return "neither"
	}
	return "none"
}

// ledgerCopyMax caps the bytes holdsLedgerHeader reads of a file, or
// of a workbook's part: far above a ledger of every account a person
// follows.
const ledgerCopyMax = 64 << 20

// holdsLedgerHeader reports whether the file at p may be a copy of the
// ledger: it holds the ledger's first column, person_id (anywhere: a
// sort may have moved the header down), in its bytes as a CSV or an old
// Excel workbook keeps them (ASCII or UTF-16, Excel's "Unicode Text"),
// or in the XML of an Excel or OpenDocument workbook (a zip). The name
// alone ("ledger...") is no sign: a workspace that is the download folder
// may hold a bank's ledger.csv export, or the person's ledger notes.txt,
// and refused for those, the message would have them put one in place
// of their ledger. A file that cannot be read, a workbook whose XML runs
// past ledgerCopyMax bytes in all (see bookXML), or a Numbers workbook
// (compressed otherwise), is taken for a copy: the person is asked.
func holdsLedgerHeader(p string) bool {
	if strings.EqualFold(filepath.Ext(p), ".numbers") {
		return true
	}
	f, err := os.Open(p)
	if err != nil {
		return true
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, ledgerCopyMax))
	if err != nil {
		return true
	}
	if !bytes.HasPrefix(b, []byte("PK\x03\x04")) {
		return hasPersonID(b)
	}
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return true
	}
	found := false
	err = bookXML(zr, ledgerCopyMax, func(x []byte) bool {
		found = hasPersonID(x)
		return found
	})
	return err != nil || found
}

// hasPersonID reports whether b holds "person_id", in any case, in ASCII
// or UTF-16 (either byte order).
func hasPersonID(b []byte) bool {
	const col = "person_id"
	lower := bytes.ToLower(b)
	if bytes.Contains(lower, []byte(col)) {
		return true
	}
	le, be := make([]byte, 0, 2*len(col)), make([]byte, 0, 2*len(col))
	for i := 0; i < len(col); i++ {
		le = append(le, col[i], 0)
		be = append(be, 0, col[i])
	}
	return bytes.Contains(lower, le) || bytes.Contains(lower, be)
}

// sameBytes reports whether files a and b hold the same bytes, compared
// as they are read (package samebytes): a ledger and its copy of the same
// size read whole were twice the ledger's size in memory (406 MiB for a
// 2M-row ledger), for an answer the first differing block gives.
func sameBytes(a, b string) (bool, error) {
	fa, err := os.Open(a)
	if err != nil {
		return false, err
	}
	defer fa.Close()
	fb, err := os.Open(b)
	if err != nil {
		return false, err
	}
	defer fb.Close()
	return samebytes.Readers(fa, fb)
}
