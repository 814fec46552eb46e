package importers

import (
	"bytes"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// ledgerCopyExt reports whether a file of a folder given is named as a
// spreadsheet saves a ledger as a CSV (see Options.Ledgers): only those
// are looked into, not every file of a download folder.
func ledgerCopyExt(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".csv", ".txt", ".tsv":
		return true
	}
	return false
}

// workbookLedger reports whether a file of a folder given, named path
// with head its first bytes (read only for such a name), is a workbook named as a ledger
// ("ledger.xlsx", "ledger (2).ods", "Ana ledger.xls"): an Excel or
// OpenDocument file by its extension and its signature (a zip, or the
// compound file of Excel 97's .xls). It is not opened further: telling
// a ledger's header in it takes reading the workbook's XML (see
// Options.Workbooks).
func workbookLedger(name string, head func() []byte) bool {
	base := strings.ToLower(path.Base(name))
	if !strings.Contains(base, "ledger") {
		return false
	}
	switch path.Ext(base) {
	case ".xlsx", ".xlsm", ".ods", ".numbers":
		return bytes.HasPrefix(head(), []byte("PK\x03\x04"))
	case ".xls":
		return bytes.HasPrefix(head(), []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"))
	}
	return false
}

// zippedLedger reports whether an entry of a zip in a folder given,
// named path with head its first bytes (read only for such a name), is
// a copy of a ledger (a ledger sent back zipped): named as a ledger
// ("ledger.csv", "ledger (2).csv") as a spreadsheet saves a CSV, and
// holding the ledger's header. A zip's other entries are not looked
// into: a Takeout holds thousands of CSV files.
func zippedLedger(name string, head func() []byte) bool {
	return strings.Contains(strings.ToLower(path.Base(name)), "ledger") && ledgerCopyExt(name) &&
		audit.IsLedgerHeader(audit.HeaderCells(head()))
}

// unreadGiven names what p, given by name, is where it is a copy of a
// ledger the tool does not read (see Options.Unread): "a workbook named
// as a ledger" (opened as a zip, or Excel 97's compound file), or "a
// zip holding a copy of a ledger (NAME)"; else "".
func unreadGiven(files []*File, p string) string {
	for _, f := range files {
		if f.arg() != p {
			continue
		}
		switch {
		case f.Input == p && f.given == "" && f.display != p: // an entry of p, opened as a zip
			if workbookLedger(p, func() []byte { return []byte("PK\x03\x04") }) {
				return workbookNamed
			}
			if isZip(p) && zippedLedger(f.Path, func() []byte { return f.Head(headBytes) }) {
				return "a zip holding a copy of a ledger (" + f.Path + ")"
			}
		case f.display == p && workbookLedger(p, func() []byte { return f.Head(headBytes) }):
			return workbookNamed
		}
	}
	return ""
}

// folderLedger returns the first copy of a ledger in the folder p given
// (see Options.Ledgers and Options.Unread), or nil. The files of a
// workspace in it are none (see heldWorkspace).
func folderLedger(ledgers, unread []*File, p string, own ownWorkspace) *File {
	for _, list := range [][]*File{ledgers, unread} {
		for _, f := range list {
			if f.arg() == p && !own.holds(f) {
				return f
			}
		}
	}
	return nil
}

// heldWorkspace returns the folder of a workspace in the folder p given,
// told by its ledger.csv among the files found there, or "". The
// download folder given, the exports moved away, with the workspace in
// it (--workspace dl/ws dl): its ledger.csv was taken for a ledger sent
// back, and the advice had the person move their ledger out of the
// workspace and put it back there. The files, not the copies of a ledger
// an audit collects (Options.Ledgers), so that import, which collects
// none, says so too. A workspace is one some run wrote, or the run's
// own (see ownWorkspace), its history not there yet.
func heldWorkspace(files []*File, p string, own ownWorkspace) string {
	for _, f := range files {
		if f.arg() == p && f.Kind == "" && strings.EqualFold(path.Base(f.Path), "ledger.csv") && own.holds(f) {
			return filepath.Dir(f.display)
		}
	}
	return ""
}

// ownWorkspace is the caller's workspace folder (see Options.Workspace),
// nil for none or one not there yet.
type ownWorkspace struct{ fi os.FileInfo }

func newOwnWorkspace(dir string) ownWorkspace {
	if dir == "" {
		return ownWorkspace{}
	}
	fi, err := os.Stat(dir)
	if err != nil {
		return ownWorkspace{}
	}
	return ownWorkspace{fi}
}

// is reports whether dir is a workspace: one some run wrote (see
// workspace.Holds), or the caller's.
func (w ownWorkspace) is(dir string) bool {
	return w.mine(dir) || workspace.Holds(dir)
}

// mine reports whether dir is the caller's workspace itself.
func (w ownWorkspace) mine(dir string) bool {
	if w.fi == nil {
		return false
	}
	fi, err := os.Stat(dir)
	return err == nil && os.SameFile(fi, w.fi)
}

// holds reports whether f, a file on disk of a folder given, lies in a
// workspace (see is): its ledger.csv and ledger.previous.csv are that
// workspace's, no ledger sent back.
func (w ownWorkspace) holds(f *File) bool {
	return f.onDisk && w.is(filepath.Dir(f.display))
}

// workbookNamed is what unreadGiven calls a workbook.
const workbookNamed = "a workbook named as a ledger"

// unreadAdvice says what to do with a copy of a ledger unreadGiven
// names, to have its notes read.
func unreadAdvice(what string) string {
	if what == workbookNamed {
		return "save it as \"CSV UTF-8\", move ledger.csv out of the workspace, to keep it, then put the saved file there as ledger.csv"
	}
	return "take the copy out of the zip, move ledger.csv out of the workspace, to keep it, then put the copy there as ledger.csv"
}

// toolFile names what the loose file p is among the files unfollow-audit
// writes ("a ledger", "a list of decisions"), by its header line (the
// ledger's columns in any order, beside the person's own), or
// returns "": a ledger or a report copied out of a workspace and given as
// an export was refused as "no export found", which did not say why.
func toolFile(files []*File, p string) string {
	var f *File
	for _, g := range files {
		if g.Input == p && g.loose() {
			f = g
		}
	}
	if f == nil {
		return ""
	}
	cells := audit.HeaderCells(f.Head(headBytes))
	if audit.IsLedgerHeader(cells) {
		return ledgerFile
	}
	// A newer version's file, its columns then more (see
	// audit.NewerHeader), is the tool's own all the same.
	newer := func(columns []string) bool { return audit.NewerHeader("", cells, columns) != nil }
	if audit.IsHistoryHeader(cells) || newer(audit.HistoryColumns) {
		return "a history file"
	}
	for _, t := range []struct {
		columns []string
		what    string
	}{
		{audit.DecisionColumns, "a list of decisions (unfollow.csv, keep.csv)"},
		{audit.ReachOutColumns, "the reach-out list (reach-out.csv)"},
		// As versions before its links and emails wrote it.
		{audit.ReachOutColumns[:7], "the reach-out list (reach-out.csv)"},
		{audit.ChangeColumns, "a list of changes (changes.csv)"},
		{audit.RunStatsColumns, "the runs' figures (runs.csv)"},
		{audit.RemovalsColumns, "the record of the Facebook friends you removed (removed-friends.csv)"},
		{audit.OwnersColumns, "the record of whose exports a workspace read (owners.csv)"},
		{audit.AccountColumns, "a list of accounts (unfollow-audit import)"},
	} {
		if slices.Equal(cells, t.columns) || newer(t.columns) {
			return t.what
		}
	}
	return ""
}

// sideHint says, of the first of the inputs none that holds a file read
// only for whose an export is (see sideFiler) and no export, that the
// file alone is none: named as an export's own file is, it is no
// export all the same.
func sideHint(sideOnly map[string]string, none []string) string {
	for _, p := range none {
		if h, ok := sideOnly[p]; ok {
			return ". " + h
		}
	}
	return ""
}

// withArticle returns "a LinkedIn" or "an Instagram".
func withArticle(title string) string {
	if title != "" && strings.ContainsRune("AEIOU", rune(title[0])) {
		return "an " + title
	}
	return "a " + title
}

// namedHint says, of the first file under the paths none that is named
// as a file the importers look for (following.json) but was not taken
// for one, that its content is not what that name holds: a file cut short
// or damaged before its first entry, which a message listing that very
// name among the files looked for left the person to puzzle out.
func namedHint(files []*File, none []string, imps []Importer) string {
	names := map[string]bool{}
	for _, n := range lookedFor(imps) {
		n, note, _ := strings.Cut(n, " (")
		if !strings.HasPrefix(note, "whose") { // a list, not a file saying whose (see sideHint)
			names[strings.ToLower(path.Base(n))] = true
		}
	}
	for _, f := range files {
		if names[strings.ToLower(f.Name())] && slices.Contains(none, f.arg()) {
			return fmt.Sprintf(". %s has the name of an export's file, but not what such a file holds: it may be cut short or damaged (download the export again), or another file of that name", f)
		}
	}
	return ""
}

// folderHint says, where other paths given hold exports (the shell's * in
// a download folder), how to have the loose files none that hold no export
// passed over: a folder given whole reads its exports and leaves the
// rest. Not where no path holds one, nor for a folder among none: giving
// a folder would not help there.
func folderHint(exports int, none []string) string {
	if exports == 0 {
		return ""
	}
	for _, p := range none {
		if fi, err := os.Stat(p); err != nil || fi.IsDir() {
			return ""
		}
	}
	return ". To pass over the files that are not exports, move them away, or give the folder that holds them instead of its files"
}

// named returns the paths, those that hold zip archives first, each with
// what to do about them (see zipsInside): the rest of a long list is
// counted, not named.
func named(files []*File, paths []string) []string {
	var hinted, rest []string
	for _, p := range paths {
		if hint := archivesInside(files, p); hint != "" {
			hinted = append(hinted, p+hint)
		} else {
			rest = append(rest, p)
		}
	}
	return append(hinted, rest...)
}

// listPaths names paths for a message: "a", "a and b", "a, b and c", "a,
// b, c and 4 more".
func listPaths(p []string) string {
	if len(p) == 1 {
		return p[0]
	}
	if len(p) > 3 {
		return fmt.Sprintf("%s and %s more", strings.Join(p[:3], ", "), audit.Thousands(len(p)-3))
	}
	return strings.Join(p[:len(p)-1], ", ") + " and " + p[len(p)-1]
}

// listName returns a file name, lower-cased, without a copy's mark:
// "Connections (1).csv" and "connections.csv" name one list.
func listName(name string) string {
	name = strings.ToLower(name)
	ext := path.Ext(name)
	return copyMark.ReplaceAllString(strings.TrimSuffix(name, ext), "") + ext
}

// lookedFor lists the file names the importers read, to tell a file
// named as one of them (see namedHint). The refusal of an input with none
// of them no longer lists them (see noExportError): `formats` does.
func lookedFor(imps []Importer) []string {
	seen := map[string]bool{}
	var names []string
	for _, imp := range imps {
		for _, f := range imp.Formats() {
			for _, n := range f.Files {
				if n == fbRemovedFile {
					continue // no export given alone (see Import)
				}
				if !seen[n] {
					seen[n] = true
					names = append(names, n)
				}
			}
		}
	}
	sort.Strings(names)
	return names
}

// printable drops from s what must not reach a report or a terminal:
// control characters (a tab or line break becomes a space) and the
// invisible marks that reverse the direction of text, which can make a
// name display as another. It allocates only when it changes s.
func printable(s string) string {
	i := strings.IndexFunc(s, unprintable)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteByte(' ')
		case unprintable(r):
		default:
			b.WriteRune(r)
		}
	}
	return strings.TrimSpace(b.String())
}

func unprintable(r rune) bool {
	switch {
	case r < 0x20 || (0x7f <= r && r <= 0x9f):
		return true
	case r == 0x200e || r == 0x200f || (0x202a <= r && r <= 0x202e) || (0x2066 <= r && r <= 0x2069):
		return true
	}
	return false
}

// copyMark matches what browsers and file managers add to the name of a
// second copy of a file, before its extension: " (1)" or "(1)" (Chrome,
// Edge, Firefox), " - Copy" and " - Copy (2)" (Windows), " copy" and
// " copy 2" (macOS Finder).
var copyMark = regexp.MustCompile(`(?i)(\s*\(\d{1,4}\)| - copy( \(\d{1,4}\))?| copy( \d{1,4})?)$`)

// ledgerFile is what toolFile calls a ledger.
const ledgerFile = "a ledger (ledger.csv)"

// workspaceFolder reports whether p, an input given, is the folder of
// a workspace (see ownWorkspace.is).
func (w ownWorkspace) workspaceFolder(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir() && w.is(p)
}

// emptyFolders reports whether every path of none is a folder that holds
// no file (but for what the walk passes over: .DS_Store, a Mac's ._
// copies), in it or below: a folder made for the exports, still in the
// downloads folder. "No export found" with the two dozen names looked
// for said nothing of what to do.
func emptyFolders(none []string) bool {
	if len(none) == 0 {
		return false
	}
	for _, p := range none {
		if st, err := os.Stat(p); err != nil || !st.IsDir() {
			return false
		}
		found := false
		// WalkDir does not enter a root that is a link: walk where it
		// leads, as addDir does. Unreadable entries were refused when
		// the folder was listed.
		root := p
		if real, err := filepath.EvalSymlinks(p); err == nil {
			root = real
		}
		_ = filepath.WalkDir(root, func(q string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			if rel, err := filepath.Rel(root, q); err == nil && skipped(filepath.ToSlash(rel)) {
				return nil
			}
			found = true
			return filepath.SkipAll
		})
		if found {
			return false
		}
	}
	return true
}

// emptyFoldersError is the error of the folders none, each holding no
// file (see emptyFolders). others says whether other paths were given
// beside them (an export given by name): the advice is then to leave
// the folders out, or fill them, not to give the exports by name, which
// the person did.
func emptyFoldersError(none []string, others bool) error {
	what, it, them := "the folder is empty", "it", "it"
	if len(none) > 1 {
		what, it, them = "the folders are empty", "one", "them"
	}
	const put = "put the exports in %s as the networks sent them (the .zip files, Mastodon's following_accounts.csv)"
	if others {
		return fmt.Errorf("%s: %s: leave %s out, or "+put, listPaths(none), what, them, it)
	}
	return fmt.Errorf("%s: %s: "+put+", or give them by name", listPaths(none), what, it)
}
