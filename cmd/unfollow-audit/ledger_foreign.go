// Copies of the ledger that look like another workspace's beside it
// (another client's, downloaded into a workspace that is the download
// folder): told by the person ids of their rows, or of a workbook's XML.

package main

import (
	"archive/zip"
	"fmt"
	"os"
	"slices"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// foreignCopy reads the copy of a ledger at p and, where it looks like
// another workspace's ledger beside l (see anotherWorkspace), says how
// many of its rows are on none of l's: "30 of its 30 rows"; "" where it
// does not, or cannot be read as a ledger.
func foreignCopy(p string, l *audit.Ledger, asOf audit.Date) string {
	fl, ok := foreignRows(p, l, asOf)
	if !ok {
		return ""
	}
	return fl.counted()
}

// A foreignLedger is a copy of a ledger beside it (path) that looks like
// another workspace's: lacked of its of rows (of a workbook, which is
// not read as a ledger, of the person ids in its XML: book) are on none
// of the ledger's (see foreignRows, foreignBook).
type foreignLedger struct {
	path       string
	lacked, of int
	book       bool
}

// counted says how many of fl's rows are on none of the ledger's: "30
// of its 30 rows", "22 of its 22 person_ids".
func (fl foreignLedger) counted() string {
	unit := "rows"
	if fl.book {
		unit = "person_ids"
	}
	return fmt.Sprintf("%s of its %s %s", audit.Thousands(fl.lacked), audit.Thousands(fl.of), unit)
}

// foreignRows reads the copy of a ledger at p and, where it looks like
// another workspace's ledger beside l (see anotherWorkspace), returns how
// many of its rows are on none of l's, and true; false where it does
// not, l is nil, or it cannot be read as a ledger.
func foreignRows(p string, l *audit.Ledger, asOf audit.Date) (foreignLedger, bool) {
	if l == nil {
		return foreignLedger{}, false
	}
	f, err := os.Open(p)
	if err != nil {
		return foreignLedger{}, false
	}
	defer f.Close()
	c, err := audit.ReadLedger(f, p, asOf)
	if err != nil {
		return foreignLedger{}, false
	}
	d := audit.CopyNotes(l, c)
	if !anotherWorkspace(d, l) {
		return foreignLedger{}, false
	}
	return foreignLedger{path: p, lacked: d.Lacked, of: d.Of}, true
}

// makeLedger says how to make a copy beside the ledger the ledger,
// keeping the old one.
const makeLedger = "move " + workspace.Ledger + " out of the workspace, to keep it, then rename that file " + workspace.Ledger + ", or save a workbook as \"CSV UTF-8\" under that name"

// foreignBeside refuses a ledger beside which the workspace holds
// copies saved when ("after", "before") it, of which foreign look like
// another workspace's ledger (see foreignRows, foreignBook): another
// client's, downloaded into a workspace that is the download folder.
// Made the ledger, or their notes copied onto the ledger's rows, that
// client's notes would be audited with this one's exports. All copies
// are named at once, those to move away and the others, with what to do
// with each (one of the others may hold the person's notes, to be made
// the ledger, as newerCopy says of copies none of which looks so): two
// copies of another client's were refused one a run, the first named
// alone. A copy saved before the ledger comes here alone. The workspace
// is not named by its folder, which reads "out of ." with --workspace .
func foreignBeside(ws *workspace.Workspace, copies []string, foreign []foreignLedger, when string) error {
	if len(copies) == 1 {
		return fmt.Errorf("%s: %s was saved %s it and is not read: %s are on none of %s, so it does not look like this workspace's ledger (another client's, downloaded into the workspace?): move it out of the workspace, to its own. Then run again",
			ws.Path(workspace.Ledger), copies[0], when, foreign[0].counted(), workspace.Ledger)
	}
	var names []string
	for _, f := range foreign {
		names = append(names, f.path)
	}
	others := slices.DeleteFunc(slices.Clone(copies), func(p string) bool { return slices.Contains(names, p) })
	if len(others) == 0 {
		return fmt.Errorf("%s: %s were saved %s it and are not read: %s, so they do not look like this workspace's ledger (another client's, downloaded into the workspace?): move them out of the workspace, to their own. Then run again",
			ws.Path(workspace.Ledger), namedCopies(copies, true), when, foreignCounted(foreign))
	}
	why := fmt.Sprintf("%s does not look like this workspace's ledger (%s are on none of %s: another client's, downloaded into the workspace?): move it out of the workspace, to its own",
		names[0], foreign[0].counted(), workspace.Ledger)
	if len(names) > 1 {
		why = fmt.Sprintf("%s do not look like this workspace's ledger (%s: another client's, downloaded into the workspace?): move them out of the workspace, to their own",
			namedCopies(names, false), foreignCounted(foreign))
	}
	then := fmt.Sprintf("if %s holds your notes, make it the ledger (%s); if not, move it out of the workspace too", others[0], makeLedger)
	if len(others) > 1 {
		then = fmt.Sprintf("if one of %s holds your notes, make it the ledger (%s), and move the %s out of the workspace; if %s does, move them out of the workspace too",
			namedCopies(others, false), makeLedger, plural(len(others)-1, "other", "others"), neitherOf(len(others)))
	}
	return fmt.Errorf("%s: %s were saved %s it and are not read: %s; then, %s. Then run again",
		ws.Path(workspace.Ledger), namedCopies(copies, true), when, why, then)
}

// foreignCounted says how many of the rows of two or more copies that
// look like another workspace's ledger are on none of the ledger's, in
// all: "of their 44 rows, 44 are on none of ledger.csv". A workbook's are its person ids (see foreignBook); of
// CSV copies and workbooks, "rows and person_ids".
func foreignCounted(foreign []foreignLedger) string {
	var lacked, of, books int
	for _, f := range foreign {
		lacked, of = lacked+f.lacked, of+f.of
		if f.book {
			books++
		}
	}
	unit := "rows"
	switch books {
	case 0:
	case len(foreign):
		unit = "person_ids"
	default:
		unit = "rows and person_ids"
	}
	return fmt.Sprintf("of their %s %s, %s are on none of %s", audit.Thousands(of), unit, audit.Thousands(lacked), workspace.Ledger)
}

// foreignNewer returns the copies newer that look like another
// workspace's ledger beside the ledger l (see foreignRows, and
// foreignBook for a workbook), in the order of newer; none where none
// does, or l is nil.
func foreignNewer(l *audit.Ledger, newer []string, asOf audit.Date) []foreignLedger {
	var out []foreignLedger
	for _, p := range newer {
		if fl, ok := foreignRows(p, l, asOf); ok {
			out = append(out, fl)
		} else if fl, ok := foreignBook(p, l); ok {
			out = append(out, fl)
		}
	}
	return out
}

// foreignBook returns, of a workbook at p named as a copy of the ledger
// l (ledger.xlsx, .ods), how many of the person ids its sheets hold are
// on none of l's rows, and true, where that makes it look like another
// workspace's ledger as anotherWorkspace tells a CSV copy. The workbook
// is not read as a ledger: the ids are what, in its XML, reads as one
// the tool makes (see bookPersonIDs). False where it does not look so,
// l is nil, or it cannot be looked into (an old .xls, Numbers): the run
// then says only that it may hold the person's notes.
func foreignBook(p string, l *audit.Ledger) (foreignLedger, bool) {
	if l == nil || !isWorkbook(p) {
		return foreignLedger{}, false
	}
	ids := bookPersonIDs(p)
	d := audit.CopyDiff{Of: len(ids)}
	for _, id := range ids {
		if l.Row(id) == nil {
			d.Lacked++
		}
	}
	if !anotherWorkspace(d, l) {
		return foreignLedger{}, false
	}
	return foreignLedger{path: p, lacked: d.Lacked, of: d.Of, book: true}, true
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
