// An older ledger put back beside a plain copy of a ledger a run wrote
// after it: the copy's notes are the newer.

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// putBack tells, of the ledger in place, whether it is older than a
// ledger a run of the workspace wrote (see workspace.LedgerSums).
type putBack struct {
	written workspace.WrittenLedgers
	// at is which written ledger ledger.csv holds the very bytes of
	// (see WrittenLedgers.Which), -1 for none.
	at int
	// before is set where ledger.csv, none of the ledgers written, was
	// dated no later than the last run recorded the one it wrote.
	before bool
}

// ledgerPutBack reads what tells whether the ledger in place, st, is
// older than a ledger a run wrote: it holds the very bytes of a ledger
// written before the last (one put back by a plain copy, dated anew), or,
// holding other bytes, was saved no later than the last ledger written
// was recorded (put back from a copy that kept its time: cp -p,
// Explorer's copy). A ledger the person edited since the last run is
// dated after, and holds bytes no run wrote.
func ledgerPutBack(ws *workspace.Workspace, st os.FileInfo, written workspace.WrittenLedgers) putBack {
	pb := putBack{written: written, at: -1}
	if pb.written.Len() == 0 {
		return pb
	}
	pb.at = pb.written.Which(ws.Path(workspace.Ledger), st.Size())
	if at, ok := pb.written.Recorded(); ok && pb.at < 0 {
		pb.before = !st.ModTime().After(at)
	}
	return pb
}

// newer reports whether the written ledger i (see WrittenLedgers.Which)
// was written after the one in place: any written after the one it holds
// the bytes of, or, where it holds bytes no run wrote but was dated
// before the last was recorded, the last.
func (pb putBack) newer(i int) bool {
	switch {
	case i < 0:
		return false
	case pb.at >= 0:
		return i > pb.at
	}
	return pb.before && i == pb.written.Len()-1
}

// mayBeOlder reports whether some ledger written may be newer than the
// one in place (see newer): not where it holds the ledger written last,
// nor where it holds bytes no run wrote, saved since the last run
// recorded its ledger (the person's edit, the usual case): then no copy
// need be read.
func (pb putBack) mayBeOlder() bool {
	if pb.at >= 0 {
		return pb.at < pb.written.Len()-1
	}
	return pb.before
}

// newerWritten refuses a ledger l put back from an older copy (see
// ledgerPutBack) beside a plain copy of a ledger a run wrote after it,
// named as a copy of the ledger (savedAs: "ledger copy.csv", "ledger
// (1).csv"), where the copy holds a note l lacks or has otherwise (see
// copyNotes). Such a copy is otherwise passed over unread, as nothing
// was typed into it (see newerCopy), which is right beside a ledger
// edited since; but beside an older one, the notes it holds were typed
// before the run that wrote it, and the run would go on, silently, on the
// older notes, the copy's lost at the next clean-up. The person is asked
// which to keep, and neither file is written: the older ledger may have
// been put back on purpose, to undo notes, and then the copy is to be
// moved out. A sync client's conflict copy is conflictCopies'. A copy
// that cannot be read as a ledger is said in unread (see unreadCopy).
//
// The ledger itself is checksummed only where a copy of the size of a
// ledger written is there, and the copies only where the ledger may be
// the older (mayBeOlder): the usual run, without one, or with the
// person's monthly copies beside a ledger edited since, reads no file
// more than newerCopy did.
func newerWritten(ws *workspace.Workspace, st os.FileInfo, l *audit.Ledger, asOf audit.Date) (unread []string, err error) {
	written := ws.WrittenLedgers()
	var sized []sheetCopy // the copies of the size of a ledger written, not read yet
	for _, c := range sheetCopies(ws) {
		if !syncConflict(filepath.Base(c.path)) && written.HasSize(c.info.Size()) {
			sized = append(sized, c)
		}
	}
	if len(sized) == 0 {
		return nil, nil
	}
	pb := ledgerPutBack(ws, st, written)
	if !pb.mayBeOlder() {
		return nil, nil // the ledger written last in place, or one saved since
	}
	var first, notes string
	var others []string
	for _, c := range sized {
		if !pb.newer(written.Which(c.path, c.info.Size())) {
			continue // a ledger written before the one in place, or none
		}
		n, cerr := copyNotes(c.path, l, asOf)
		switch {
		case cerr != nil:
			unread = append(unread, unreadCopy(c.path, "a copy of a ledger a run wrote after the one "+workspace.Ledger+" holds", "a ledger", "the workspace", cerr))
		case n != "" && first == "":
			first, notes = c.path, n
		case n != "":
			others = append(others, c.path)
		}
	}
	if first == "" {
		return unread, nil
	}
	what := "the very bytes of the ledger a run wrote after the one " + workspace.Ledger + " holds (their checksums are in " + filepath.FromSlash(workspace.LedgerSums) + "), and"
	if pb.at < 0 {
		what = "the very bytes of the ledger the last run wrote, and " + workspace.Ledger + " was saved before that run wrote it, and the copy"
	}
	file := first
	if len(others) > 0 {
		file = "the one to keep"
	}
	return nil, fmt.Errorf("%s: %s holds %s holds notes %s lacks or has otherwise, %s%s: %s was put back from an older copy? To keep the newer notes, make %s the ledger (move %s out of the workspace, to keep it, then rename that copy %s), or copy the notes to keep onto the rows of %s; if you put the older ledger back on purpose, move %s out of the workspace. Then run again",
		ws.Path(workspace.Ledger), first, what, workspace.Ledger, notes, soDo(others), workspace.Ledger, file, workspace.Ledger, workspace.Ledger, workspace.Ledger, strings.Join(append([]string{first}, others...), " and "))
}
