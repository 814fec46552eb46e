package importers

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// The shell's * run inside a folder of an unzipped export (Instagram's
// connections/followers_and_following, LinkedIn's folder, Facebook's
// connections/friends) gives the lists the tool reads and the export's
// other files beside them: close_friends.json, Invitations.csv,
// Messages.csv, sent_friend_requests.json, a Jobs folder. Refused as
// "no export found in them", they stopped a run the person could not
// have made otherwise with a glob. The rule:
//
//   - a file or folder given by name that holds no export is passed
//     over, named in Stats.Skipped, where it lies in a folder that the
//     lists given by name show to be inside an unzipped export (see
//     exportFolders);
//   - it is still refused, as before, where it says something of its
//     own: named as a list the tool reads but not one (cut short or
//     damaged), compressed, in UTF-16, a tar archive, a zip holding
//     the export zipped again, or a file that says whose an export is
//     but is none (see keepsRefusal); and a list that fails to parse
//     stops the run wherever it is, as it is read;
//   - anywhere else (a download folder, where a loose Mastodon follows
//     CSV lies beside photos and papers) and given alone, it is refused,
//     every such path named at once: a file given by name that is no
//     export may be one the tool failed to tell, and the person is to
//     say so by moving it away or giving the folder instead.

// exportFolders returns the folders on disk, absolute and cleaned, that
// lists given by name (loose files, not files of a folder or zip given)
// show to be inside an unzipped export: the folder of such a list at
// its network's own place under the export's top (see rootFiler: data/
// for Twitter/X, connections/friends/ for Facebook,
// connections/followers_and_following/ for Instagram), and the folder
// that holds loose files of two kinds of one network's export, a list
// among them (LinkedIn's Connections.csv beside its Profile.csv or
// Member_Follows.csv, which lie at the export's top, a place any
// folder is). A folder that holds one network's list alone (a download
// folder with a Mastodon follows CSV, or a second download of it) is
// none: what else lies there is the person's.
func exportFolders(imps []Importer, claimed [][]*File) map[string]bool {
	type place struct {
		dir string
		imp int
	}
	kinds := map[place]map[string]bool{}
	lists := map[place]bool{}
	folders := map[string]bool{}
	for i, imp := range imps {
		rf, _ := imp.(rootFiler)
		for _, f := range claimed[i] {
			if !f.onDisk || f.given != "" || f.display != f.Input {
				continue // a file of a folder or zip given
			}
			abs, err := filepath.Abs(f.Input)
			if err != nil {
				continue
			}
			p := place{filepath.Dir(abs), i}
			if kinds[p] == nil {
				kinds[p] = map[string]bool{}
			}
			kinds[p][f.Kind] = true
			if isOwnerFile(imp, f.Kind) || isRemovedFile(imp, f.Kind) || notRead(imp, f.Kind) {
				continue
			}
			lists[p] = true
			if rf == nil {
				continue
			}
			dir := filepath.ToSlash(p.dir)
			if root, ok := rf.exportRoot(filepath.ToSlash(abs)); ok && root != dir {
				folders[p.dir] = true
			}
		}
	}
	for p := range lists {
		if len(kinds[p]) >= 2 {
			folders[p.dir] = true
		}
	}
	return folders
}

// besideExport splits none, the paths given that hold no export, into
// those passed over as an unzipped export's other files (see
// exportFolders and the rule above) and those still refused, each in
// the order given.
func besideExport(none []string, folders map[string]bool, files []*File, imps []Importer, sideOnly map[string]string) (skipped, refused []string) {
	for _, p := range none {
		if len(folders) == 0 || keepsRefusal(p, files, imps, sideOnly) {
			refused = append(refused, p)
			continue
		}
		abs, err := filepath.Abs(filepath.Clean(p))
		if _, serr := os.Lstat(p); err != nil || serr != nil || !folders[filepath.Dir(abs)] {
			refused = append(refused, p)
			continue
		}
		skipped = append(skipped, p)
	}
	return skipped, refused
}

// keepsRefusal reports whether p, a path given that holds no export,
// has something of its own to say (see Read's refusals): a file named
// as a list but not one, compressed, in UTF-16, a tar archive, archives
// inside, or a file that says whose an export is alone. Passed over,
// its advice would be lost, and a list cut short taken for no list.
func keepsRefusal(p string, files []*File, imps []Importer, sideOnly map[string]string) bool {
	return sideOnly[p] != "" || compressedItself(files, p) != "" || utf16Itself(files, p) || tarItself(files, p) ||
		archivesInside(files, p) != "" || namedHint(files, []string{p}, imps) != ""
}

// SkippedWarning is the warning that names the paths given passed over
// as an unzipped export's other files (Stats.Skipped), or "" for none:
// the first few of them and a count of the rest, for one line.
func (s *Stats) SkippedWarning() string {
	switch n := len(s.Skipped); n {
	case 0:
		return ""
	case 1:
		return fmt.Sprintf("passed over 1 file given beside an export's lists, in its folder, that holds no list the tool reads: %s", s.Skipped[0])
	default:
		return fmt.Sprintf("passed over %s files given beside an export's lists, in its folder, that hold no list the tool reads: %s", audit.Thousands(n), listPaths(s.Skipped))
	}
}

// WorkspacesWarning is the warning that names the workspaces given
// beside the exports, passed over (Stats.Workspaces), or "" for none:
// a client's workspace given for their exports is a slip to be told.
func (s *Stats) WorkspacesWarning() string {
	switch len(s.Workspaces) {
	case 0:
		return ""
	case 1:
		return fmt.Sprintf("passed over %s, a workspace of unfollow-audit (its ledger, reports and history), not an export: nothing in it was read; to audit that person, give it as --workspace, with their exports", s.Workspaces[0])
	default:
		return fmt.Sprintf("passed over %s workspaces of unfollow-audit (their ledgers, reports and history), not exports: %s; nothing in them was read; to audit one of those people, give their workspace as --workspace, with their exports", audit.Thousands(len(s.Workspaces)), listPaths(s.Workspaces))
	}
}
