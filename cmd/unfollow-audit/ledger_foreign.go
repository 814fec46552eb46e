// Copies of the ledger that look like another workspace's beside it
// (another client's, downloaded into a workspace that is the download
// folder): told by the person ids of their rows, or of a workbook's XML.

package main

import (
	"archive/zip"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// foreignCopy reads the copy of a ledger at p and, where it looks like
// another workspace's ledger beside l (see anotherWorkspace), says how
// many of its rows are on none of l's: "30 of its 30 rows"; "" where it
// does not, or cannot be read as a ledger.
func foreignCopy(p string, l *audit.Ledger, asOf audit.Date) string {
	if l == nil {
		return ""
	}
	f, err := os.Open(p)
	if err != nil {
		return ""
	}
	defer f.Close()
	c, err := audit.ReadLedger(f, p, asOf)
	if err != nil {
		return ""
	}
	d := audit.CopyNotes(l, c)
	if !anotherWorkspace(d, l) {
		return ""
	}
	return fmt.Sprintf("%s of its %s rows", audit.Thousands(d.Lacked), audit.Thousands(d.Of))
}

// foreignBeside refuses a ledger beside which the workspace holds at p a
// copy saved when ("after", "before") it that looks like another
// workspace's ledger (rows, see foreignCopy): another client's,
// downloaded into a workspace that is the download folder. Made the
// ledger, or its notes copied onto the ledger's rows, that client's
// notes would be audited with this one's exports. The workspace is not
// named by its folder, which reads "out of ." with --workspace .
func foreignBeside(ws *workspace.Workspace, p, when, rows string) error {
	return fmt.Errorf("%s: %s was saved %s it and is not read: %s are on none of %s, so it does not look like this workspace's ledger (another client's, downloaded into the workspace?): move it out of the workspace, to its own. Then run again",
		ws.Path(workspace.Ledger), p, when, rows, workspace.Ledger)
}

// foreignNewer returns the first of the copies newer that looks like
// another workspace's ledger beside the ledger l, and how many of its
// rows are on none of l's (see foreignCopy); "" where none does, or l is
// nil.
func foreignNewer(l *audit.Ledger, newer []string, asOf audit.Date) (p, rows string) {
	for _, p := range newer {
		if rows := foreignCopy(p, l, asOf); rows != "" {
			return p, rows
		}
	}
	return "", ""
}

// foreignBook says, of a workbook at p named as a copy of the ledger l
// (ledger.xlsx, .ods), how many of the person ids its sheets hold are on
// none of l's rows, where that makes it look like another workspace's
// ledger as anotherWorkspace tells a CSV copy: "22 of its 22 person_ids".
// The workbook is not read as a ledger: the ids are what, in its XML,
// reads as one the tool makes (see bookPersonIDs). "" where it does not
// look so, l is nil, or it cannot be looked into (an old .xls, Numbers):
// the run then says only that it may hold the person's notes.
func foreignBook(p string, l *audit.Ledger) string {
	if l == nil || slices.Contains(copyExts, strings.ToLower(filepath.Ext(p))) {
		return ""
	}
	ids := bookPersonIDs(p)
	d := audit.CopyDiff{Of: len(ids)}
	for _, id := range ids {
		if l.Row(id) == nil {
			d.Lacked++
		}
	}
	if !anotherWorkspace(d, l) {
		return ""
	}
	return fmt.Sprintf("%s of its %s person_ids", audit.Thousands(d.Lacked), audit.Thousands(d.Of))
}

// bookPersonIDs returns the person ids, each once, that the XML parts of
// the workbook (a zip: Excel's, OpenDocument's) at p hold: "p" and 12
// hex digits, "-2" and the like after, standing alone between markup or
// other characters than letters and digits. None where it is no such
// zip, or cannot be read.
func bookPersonIDs(p string) []string {
	zr, err := zip.OpenReader(p)
	if err != nil {
		return nil
	}
	defer zr.Close()
	seen := map[string]bool{}
	var ids []string
	err = bookXML(&zr.Reader, ledgerCopyMax, func(x []byte) bool {
		for _, id := range personIDsIn(x) {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
		return false
	})
	if err != nil {
		return nil
	}
	return ids
}

// personIDsIn returns the person ids in b, in order, as bookPersonIDs
// finds them.
func personIDsIn(b []byte) []string {
	word := func(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
	hex := func(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' }
	var ids []string
	for i := 0; i+13 <= len(b); i++ {
		if b[i] != 'p' || i > 0 && word(b[i-1]) {
			continue
		}
		j := i + 1
		for j < len(b) && j < i+13 && hex(b[j]) {
			j++
		}
		if j != i+13 {
			continue
		}
		if j+1 < len(b) && b[j] == '-' && b[j+1] >= '0' && b[j+1] <= '9' {
			for j++; j < len(b) && b[j] >= '0' && b[j] <= '9'; j++ {
			}
		}
		if j < len(b) && word(b[j]) {
			continue
		}
		ids = append(ids, string(b[i:j]))
		i = j - 1
	}
	return ids
}
