// Putting the workspace back as it was before a review whose answers, read
// from a file, are all taken back.

package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// A fileBefore is a workspace file as it was before the session's first
// save: its bytes, or that there was none.
type fileBefore struct {
	name   string
	data   []byte
	exists bool
}

// keepBefore keeps, before the session's first save, the files that save
// writes: the ledger, and with exports the review's record and the
// removals it adds to (see reviewRecord). Only where the answers come from
// a file, which a line refused takes back whole (see end); and only where
// there is a ledger to put back (a review making a new workspace writes
// its ledger with the answers taken back, as before). It runs after the
// ledger's stamp is found unchanged, so the bytes kept are the ledger
// the review read. Once a session: the ledger a later save finds is one
// this session wrote, with its answers, and where the first save made
// the ledger, kept then, it was put "back" with the first answer in it.
func (s *reviewSession) keepBefore() error {
	if !s.fromFile || s.beforeKept {
		return nil
	}
	if !s.onDisk.exists {
		s.beforeKept = true
		return nil
	}
	names := []string{workspace.Ledger}
	if rec := s.record; rec != nil {
		names = append(names, rec.name, rec.carriedName)
		if rec.removed != nil {
			names = append(names, audit.RemovedFriendsFile)
		}
	}
	before := make([]fileBefore, 0, len(names))
	for _, name := range names {
		data, err := os.ReadFile(s.ws.Path(name))
		switch {
		case errors.Is(err, fs.ErrNotExist):
			before = append(before, fileBefore{name: name})
		case err != nil:
			return err
		default:
			before = append(before, fileBefore{name: name, data: data, exists: true})
		}
	}
	s.before, s.beforeKept = before, true
	return nil
}

// putBack writes the files keepBefore kept as they were, the ledger byte
// for byte (as the spreadsheet saved it: its quotes, separator and line
// ends), and removes the ones there were not (the review's record): the
// answers of a file refused are all taken back, and what the first of
// them had brought in from the exports (the rows of the people new
// there, in_exports no for the people gone, the cells rewritten) goes
// with them, as if the file had never been run. The ledger with the
// answers becomes ledger.previous.csv, as with every save, but where that
// is kept as it was (see keepBackup). A ledger saved by something else
// meanwhile is not written over, as in write.
func (s *reviewSession) putBack() error {
	path := s.ws.Path(workspace.Ledger)
	now, err := stampOf(path)
	if err != nil {
		return err
	}
	if now != s.onDisk {
		return fmt.Errorf("%s %w", path, errChangedOnDisk)
	}
	txn := s.ws.Begin()
	defer txn.Abort()
	if s.keepBackup {
		txn.KeepBackup()
	}
	for _, f := range s.before {
		if !f.exists {
			txn.Remove(f.name)
			continue
		}
		if err := txn.WriteSynced(f.name, func(w io.Writer) error { _, err := w.Write(f.data); return err }); err != nil {
			return err
		}
	}
	if err := txn.Commit(); err != nil {
		return err
	}
	s.record, s.saved = nil, 0
	s.onDisk, err = stampOf(path)
	return err
}
