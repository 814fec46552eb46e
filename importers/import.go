package importers

import (
	"errors"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// headBytes is how much of a file an importer may look at to detect it.
const headBytes = 4 << 10

// kindOf returns f.Kind or, for a file no Detect has seen (a caller other
// than Import may pass one), what imp's Detect says of it.
func kindOf(imp Importer, f *File) string {
	if f.Kind != "" {
		return f.Kind
	}
	return imp.Detect(f.Path, func() []byte { return f.Head(headBytes) })
}

// Import reads every export in paths with the importers and returns all
// their accounts. Each path must hold at least one file some importer
// recognises; any error fails the whole import, so that a caller never acts
// on part of an export.
func Import(paths []string, opt Options, imps []Importer) ([]audit.Account, error) {
	accounts, _, err := Read(paths, opt, imps)
	return accounts, err
}

// Read is Import, and also says which lists the exports held in full.
func Read(paths []string, opt Options, imps []Importer) ([]audit.Account, Coverage, error) {
	in, err := Open(paths, opt)
	if err != nil {
		return nil, Coverage{}, err
	}
	defer in.Close()
	if err := unfinishedList(in.unfinished, imps); err != nil {
		return nil, Coverage{}, err
	}
	claimed := make([][]*File, len(imps))
	leads := make([]bool, len(imps)) // claimed a file that is not a side file (sideFiler)
	recognised := map[string]bool{}
	own := newOwnWorkspace(opt.Workspace)
	var ledgers []*File // files on disk of folders given that hold a ledger's header (see Options.Ledgers)
	var unread []*File  // and copies of one not read (see Options.Unread)
	var byName []*File  // loose files claimed by their name alone (see givenNamer)
	for _, f := range in.Files {
		var head []byte
		headRead := false
		headFn := func() []byte {
			if !headRead {
				head, headRead = f.Head(headBytes), true
			}
			return head
		}
		if i, kind, named := whoClaims(imps, f, headFn); kind != "" {
			f.Kind = kind
			claimed[i] = append(claimed[i], f)
			if named {
				byName = append(byName, f)
			}
			// A side file, or a list of friends removed, is no
			// export alone.
			if !isOwnerFile(imps[i], kind) && !isRemovedFile(imps[i], kind) {
				recognised[f.arg()] = true
				leads[i] = true
			}
		}
		// Told with the head the importers read, where they did: read
		// again, every CSV of a Takeout folder was opened twice (20,000
		// of Google Fit's took 0.27 s more).
		if opt.Ledgers != nil && f.Kind == "" && f.onDisk && f.display != f.Input && ledgerCopyExt(f.Path) &&
			audit.IsLedgerHeader(audit.HeaderCells(headFn())) {
			ledgers = append(ledgers, f)
		}
		if opt.Unread != nil && f.Kind == "" && (f.onDisk && f.display != f.Input && workbookLedger(f.Path, headFn) ||
			f.given != "" && isZip(f.Input) && zippedLedger(f.Path, headFn)) {
			unread = append(unread, f)
		}
	}
	claimBeside(imps, in.Files, claimed, recognised, leads)
	leaveNamedBeside(imps, claimed, byName, recognised)
	passOver(imps, claimed, opt.Stats)
	// A network's side files are read with the other files of their own
	// export (ownSides), and make their inputs ones with an export; alone
	// they are left, and an input that holds no export says so of the one
	// it holds (sideHint). One lying beside an export (another person's
	// Profile.csv in the download folder that holds the export unzipped)
	// says nothing, and is no second copy of the export's own: given as an
	// input of its own, it is one of no export, said so.
	var sideOnly map[string]string // input -> its side file left, and what it tells
	leave := func(f *File, hint string) {
		if sideOnly == nil {
			sideOnly = map[string]string{}
		}
		if _, ok := sideOnly[f.arg()]; !ok {
			sideOnly[f.arg()] = hint
		}
	}
	for i, imp := range imps {
		title := audit.NetworkTitle(imp.Network())
		if !leads[i] {
			for _, f := range claimed[i] {
				if isRemovedFile(imp, f.Kind) {
					leave(f, fmt.Sprintf("%s only lists the %s friends you removed: give the whole export, its lists with it", f, title))
					continue
				}
				leave(f, fmt.Sprintf("%s only %s: give the whole export, its lists with it", f, sideTells(imp, f.Kind)))
			}
			claimed[i] = nil
			continue
		}
		if sf, ok := imp.(sideFiler); ok {
			var strays []*File
			claimed[i], strays = ownSides(sf, claimed[i])
			for _, f := range strays {
				leave(f, fmt.Sprintf("%s %s, and is in no zip or folder of the %s lists given: give it with its own export, or move it away", f, sideTells(imp, f.Kind), title))
			}
		}
		for _, f := range claimed[i] {
			recognised[f.arg()] = true
		}
	}
	// A file named as a side file that is not one (keys of its own, a
	// header in another language) is no export either, for the same
	// reason: said so, as its name is an export's own file's.
	for _, f := range in.Files {
		if recognised[f.arg()] || sideOnly[f.arg()] != "" {
			continue
		}
		for _, imp := range imps {
			if sf, ok := imp.(sideFiler); ok && sf.sideName(f.Name()) {
				if sideOnly == nil {
					sideOnly = map[string]string{}
				}
				sideOnly[f.arg()] = fmt.Sprintf("%s is at most the file that says whose %s export is: give the whole export, its lists with it", f, withArticle(audit.NetworkTitle(imp.Network())))
				break
			}
		}
	}
	// The Basic archive of a LinkedIn request given with its Complete
	// archive (both in the downloads folder) is passed over, before
	// anything is counted as read from it.
	liOneRequest(imps, claimed, opt.Stats)
	covered := Coverage{lists: map[string]bool{}, kinds: map[string][]string{}, covers: map[string]func(string) []string{}, made: map[string]exportDay{}, read: map[string][]string{}, exports: map[string][]string{}}
	for i, imp := range imps {
		c, ok := imp.(Coverer)
		if !ok {
			continue
		}
		network := imp.Network()
		covered.covers[network] = c.Covers
		for _, f := range claimed[i] {
			rels := c.Covers(f.Kind)
			for _, rel := range rels {
				covered.lists[network+":"+rel] = true
			}
			if len(rels) > 0 && !slices.Contains(covered.kinds[network], f.Kind) {
				covered.kinds[network] = append(covered.kinds[network], f.Kind)
			}
			if len(rels) > 0 {
				covered.read[network] = append(covered.read[network], f.String())
				if src := f.ownerSource(); !slices.Contains(covered.exports[network], src) {
					covered.exports[network] = append(covered.exports[network], src)
				}
			}
			if m := covered.made[network]; len(rels) > 0 && !f.made.IsZero() && m.day < f.made {
				covered.made[network] = exportDay{f.made, f.Input} // the zip, also in a folder given
			}
		}
		slices.Sort(covered.kinds[network])
	}
	// A part of a split export may hold only photos: it is fine when its
	// top folders are those of an export found in another part.
	tops := map[string]bool{}
	for _, f := range in.Files {
		if recognised[f.arg()] {
			tops[topFolder(f.Path)] = true
		}
	}
	for _, f := range in.Files {
		if !recognised[f.arg()] && tops[topFolder(f.Path)] && topFolder(f.Path) != "" {
			recognised[f.arg()] = true
		}
	}
	// The files of a workspace some run wrote in a folder given (a
	// client's workspace kept in the download folder, given whole to
	// another's) are that workspace's, no ledger sent back: said to be
	// one, they were to be moved out of their workspace. The caller's
	// own workspace is its to tell.
	for _, f := range ledgers {
		if f.Kind == "" && recognised[f.arg()] && !own.holds(f) {
			*opt.Ledgers = append(*opt.Ledgers, LedgerCopy{Path: f.display, Folder: f.Input})
		}
	}
	for _, f := range unread {
		switch {
		case !recognised[f.arg()], own.holds(f):
		case f.onDisk:
			*opt.Unread = append(*opt.Unread, LedgerCopy{Path: f.display, Folder: f.Input})
		default:
			*opt.Unread = append(*opt.Unread, LedgerCopy{Path: f.display, Folder: f.given, Zip: f.Input, CRC: f.crc})
		}
	}
	// Every path that holds no export is named at once: the shell's *
	// in a download folder gives the photos and PDFs beside the exports
	// too, and one refused a run left the next to be found by the next.
	// A file the tool wrote (a ledger copied out of the workspace) says
	// what it is, and the others are named beside it; a zip that holds
	// the export zipped again says to unzip it, in a list too.
	// A zip given by name that is a part of a Meta export holding no
	// list (photos and videos, posts) is passed over, said so, as it is
	// in a folder given; alone, it is refused, saying the lists' part is
	// missing.
	var parts []metaPart
	for _, p := range paths {
		if recognised[p] || slices.ContainsFunc(parts, func(m metaPart) bool { return m.path == p }) {
			continue
		}
		if m, ok := metaPartOf(in.Files, p); ok {
			parts = append(parts, m)
		}
	}
	var none, osOnly []string
	tool := ""
	anyRecognised := slices.ContainsFunc(paths, func(q string) bool { return recognised[q] })
	for _, p := range paths {
		if !recognised[p] && !slices.ContainsFunc(parts, func(m metaPart) bool { return m.path == p }) {
			// The files the operating system keeps in a download folder,
			// given by the shell's * (see osFile): passed over beside an
			// export, said what they are given alone.
			if what := osFileGiven(p); what != "" {
				if !anyRecognised {
					osOnly = append(osOnly, fmt.Sprintf("%s: %s", p, what))
				}
				continue
			}
			if what := toolFile(in.Files, p); what != "" && tool == "" {
				tool = fmt.Sprintf("%s: %s written by unfollow-audit, not an export: give the files the networks sent", p, what)
				if what == ledgerFile {
					// Google Sheets downloads it as "ledger - ledger.csv",
					// Excel's Save As may add " (1)": moved out of the
					// way, the person's notes would never be read. The
					// workspace's ledger is kept aside, not replaced: the
					// file given may be an older copy, and put in its
					// place it would lose the notes made since.
					tool += " (if it is your ledger, saved from a spreadsheet: move ledger.csv out of the workspace, to keep it, then put this file there as ledger.csv)"
				}
				continue
			}
			// A ledger sent back as a workbook or zipped, given by name
			// (the shell's * in the download folder): "no export found",
			// the advice to move it away, and its notes were never read.
			if what := unreadGiven(in.Files, p); what != "" {
				if tool == "" {
					tool = fmt.Sprintf("%s: %s, not an export: give the files the networks sent (if it holds your ledger's notes, sent back: %s)", p, what, unreadAdvice(what))
				} else {
					tool += fmt.Sprintf("; %s: %s, not an export either", p, what)
				}
				continue
			}
			// A workspace given as the exports, holding none (`audit
			// --workspace . .` in a download folder used as the
			// workspace, the zips moved away): its own ledger.csv is no
			// ledger sent back, which the advice below took it for,
			// having the person move their ledger out and back. Beside
			// exports read, it is passed over: `audit *` in the download
			// folder gives the default workspace, ./unfollow-audit-workspace,
			// from the second run on, and nothing in it could be read.
			// Another's is named (Stats.Workspaces), not refused: `*` in
			// a downloads folder that holds the clients' workspaces
			// gives them all, but given by a slip (a client's folder for
			// their exports) it was passed over without a word.
			if own.workspaceFolder(p) {
				if slices.ContainsFunc(paths, func(q string) bool { return recognised[q] }) {
					if opt.Stats != nil && !own.mine(p) {
						opt.Stats.Workspaces = append(opt.Stats.Workspaces, p)
					}
					continue
				}
				if tool == "" {
					tool = fmt.Sprintf("%s: a workspace of unfollow-audit (its ledger, reports and history), holding no export: give the exports the networks sent, or the folder they are in", p)
					continue
				}
			}
			// A folder given that holds no export but a ledger sent back
			// (the attachment saved in a folder of its own): refused as
			// "no export found", it was left out, and the audit read the
			// notes of before.
			if c := folderLedger(ledgers, unread, p, own); c != nil && tool == "" {
				advice := "put it there as ledger.csv"
				switch {
				case !c.onDisk:
					advice = "take it out of its zip and put it there as ledger.csv"
				case !ledgerCopyExt(c.Path):
					advice = "save it as \"CSV UTF-8\" there as ledger.csv"
				}
				tool = fmt.Sprintf("%s: no export found, but a copy of a ledger, %s: if it holds your ledger's notes, sent back, move ledger.csv out of the workspace, to keep it, then %s; and give the exports alone", p, c, advice)
				continue
			}
			if ws := heldWorkspace(in.Files, p, own); ws != "" && tool == "" {
				tool = fmt.Sprintf("%s: no export found, but a workspace of unfollow-audit, %s (its ledger, reports and history): give the exports the networks sent, or the folder they are in", p, ws)
				continue
			}
			// A folder that holds a Meta part and no export is said as
			// the part given by name is (see metaPartsIn).
			if inner := metaPartsIn(in.Files, p); len(inner) > 0 {
				parts = append(parts, inner...)
				continue
			}
			none = append(none, p)
		}
	}
	// The other files of an unzipped export given by the shell's * run
	// inside it (see besideExport) are passed over, and said so.
	skipped, none := besideExport(none, exportFolders(imps, claimed), in.Files, imps, sideOnly)
	if opt.Stats != nil {
		opt.Stats.Skipped = append(opt.Stats.Skipped, skipped...)
	}
	switch {
	case tool == "" && len(none) == 0 && len(osOnly) > 0:
		return nil, Coverage{}, fmt.Errorf("%s, not an export%s: give the exports the networks sent, or the folder they are in", strings.Join(osOnly, ", not an export; "), strings.Repeat(" either", min(len(osOnly)-1, 1)))
	case tool != "" && len(none) > 0:
		return nil, Coverage{}, fmt.Errorf("%s; nor is any export found in %s", tool, listPaths(named(in.Files, none)))
	case tool != "":
		return nil, Coverage{}, errors.New(tool)
	case emptyFolders(none):
		return nil, Coverage{}, emptyFoldersError(none, len(paths) > len(none))
	case len(none) == 1 && compressedItself(in.Files, none[0]) != "":
		return nil, Coverage{}, fmt.Errorf("%s: %s%s", none[0], compressedItself(in.Files, none[0]), folderHint(len(paths)-len(none), none))
	case len(none) == 1 && utf16Itself(in.Files, none[0]):
		return nil, Coverage{}, fmt.Errorf("%s: %s%s", none[0], utf16Advice, folderHint(len(paths)-len(none), none))
	case len(none) == 1 && blueskyItself(in.Files, none[0]):
		return nil, Coverage{}, fmt.Errorf("%s: %s%s", none[0], blueskyAdvice, folderHint(len(paths)-len(none), none))
	case len(none) == 1 && tarItself(in.Files, none[0]):
		return nil, Coverage{}, fmt.Errorf("%s: a tar archive, %s%s", none[0], tarAdvice, folderHint(len(paths)-len(none), none))
	case len(none) > 0:
		return nil, Coverage{}, noExportError(in.Files, none, len(paths)-len(none), imps, sideOnly)
	}
	if len(parts) > 0 && !slices.ContainsFunc(paths, func(p string) bool { return recognised[p] }) {
		return nil, Coverage{}, metaPartsError(parts)
	}
	for _, m := range parts {
		if opt.Stats != nil {
			i := slices.IndexFunc(imps, func(imp Importer) bool { return imp.Network() == m.network })
			opt.Stats.PassedOver = append(opt.Stats.PassedOver, metaPartNote(m, i >= 0 && len(claimed[i]) > 0))
		}
	}
	metaPartsUnread(in.Files, paths, imps, claimed, recognised, opt.Stats)
	ytUnread(in.Files, imps, claimed, recognised, opt.Stats)
	zipsUnread(in.Files, imps, claimed, recognised, opt.Stats)
	// Each network's two copies are gathered and refused together (see
	// twoCopies); any other error (a file that cannot be read) at once.
	var refused []*twoCopies
	for i, imp := range imps {
		files, err := oneExport(imp, claimed[i], opt.Stats)
		if r, ok := errors.AsType[*twoCopies](err); ok {
			refused = append(refused, r)
			continue
		}
		if err != nil {
			return nil, Coverage{}, err
		}
		claimed[i] = files
		if ef, ok := imp.(eraFiler); ok {
			for rel, name := range ef.eraFiles(files) {
				if covered.files == nil {
					covered.files = map[string]string{}
				}
				covered.files[imp.Network()+":"+rel] = name
			}
		}
	}
	if err := twoCopiesError(refused); err != nil {
		return nil, Coverage{}, err
	}
	if opt.Owners != nil {
		for i, imp := range imps {
			if r, ok := imp.(ownerReader); ok && len(claimed[i]) > 0 {
				o, found, err := r.owner(claimed[i])
				if err != nil {
					return nil, Coverage{}, damagedFirst(err, claimed[i])
				}
				if found {
					*opt.Owners = append(*opt.Owners, o)
				}
			}
		}
	}
	if opt.Claimed != nil {
		var n int64
		for i, fs := range claimed {
			po, _ := imps[i].(passOverer)
			for _, f := range fs {
				if po != nil && po.passedOver(f.Kind) != "" {
					continue // never read: Mastodon's archive of posts, a .tar.gz of gigabytes
				}
				n += f.Size
			}
		}
		opt.Claimed(n)
	}
	var all []audit.Account
	for i, imp := range imps {
		if len(claimed[i]) == 0 {
			continue
		}
		var accs []audit.Account
		var err error
		if li, ok := imp.(leanImporter); ok && opt.Followers != nil && (opt.Usernames || !li.byUsername()) {
			var bare []audit.Followers
			accs, bare, err = li.importLean(claimed[i])
			*opt.Followers = append(*opt.Followers, bare...)
		} else {
			accs, err = imp.Import(claimed[i])
		}
		if err != nil {
			return nil, Coverage{}, damagedFirst(err, claimed[i])
		}
		for j := range accs {
			accs[j].Name = printable(accs[j].Name)
			accs[j].Handle = printable(accs[j].Handle)
		}
		if all == nil {
			all = accs // most runs read one big list: do not copy it
		} else {
			all = append(all, accs...)
		}
	}
	if opt.Removed != nil {
		for i, imp := range imps {
			if r, ok := imp.(remover); ok && len(claimed[i]) > 0 {
				removed, err := r.removed(claimed[i])
				if err != nil {
					return nil, Coverage{}, damagedFirst(err, claimed[i])
				}
				*opt.Removed = append(*opt.Removed, removed...)
			}
		}
	}
	if opt.Stats != nil && opt.After != 0 {
		opt.Stats.Late = lateFiles(imps, claimed)
	}
	if opt.Stats != nil {
		opt.Stats.MonthFirst = monthFirstFiles(claimed)
	}
	return all, covered, nil
}

// A givenNamer is an Importer that claims a file given by name, or lying
// beside its network's other files (see claimBeside), by its name alone
// where its Detect, which looks at what it holds too, does not (see
// LinkedIn.givenKind).
type givenNamer interface {
	givenKind(base string) string
}

// whoClaims returns the index of the importer that claims f and the kind it
// says, or -1 and "": the first whose Detect claims it, else, for a loose
// file given by name, the first whose givenKind does (see givenNamer), and
// then named is true.
func whoClaims(imps []Importer, f *File, head func() []byte) (i int, kind string, named bool) {
	for i, imp := range imps {
		if kind := imp.Detect(f.Path, head); kind != "" {
			return i, kind, false
		}
	}
	if f.loose() {
		for i, imp := range imps {
			if g, ok := imp.(givenNamer); ok {
				if kind := g.givenKind(f.Name()); kind != "" {
					return i, kind, true
				}
			}
		}
	}
	return -1, "", false
}

// claimBeside claims, for an importer that claims files by name when
// given so (see givenNamer), the files of that name its Detect left that
// lie where its network's export does: in a zip named as the network names
// its own (Complete_LinkedInDataExport_….zip), or in the folder of a zip
// or on disk holding a file it claimed (Profile.csv, Company Follows.csv).
// There the file is the network's whatever it holds, and is refused with
// what its header lacks, naming file and line: told by its content alone,
// LinkedIn's Connections.csv damaged (its header row deleted in a
// spreadsheet, a column lost) was passed over, and the run went on without
// a single connection. Another program's file of that name lies elsewhere,
// in the download folder beside LinkedIn's zip.
func claimBeside(imps []Importer, files []*File, claimed [][]*File, recognised map[string]bool, leads []bool) {
	type place struct{ input, dir string }
	for i, imp := range imps {
		g, ok := imp.(givenNamer)
		if !ok {
			continue
		}
		var places map[place]bool // where the files claimed lie
		added := false
		for _, f := range files {
			if f.Kind != "" {
				continue
			}
			kind := g.givenKind(f.Name())
			if kind == "" {
				continue
			}
			if places == nil {
				places = map[place]bool{}
				for _, c := range claimed[i] {
					places[place{c.Input, path.Dir(c.Path)}] = true
				}
			}
			inOwnZip := !f.onDisk && zipNetwork(strings.ToLower(filepath.Base(f.Input))) == imp.Network()
			if !inOwnZip && !places[place{f.Input, path.Dir(f.Path)}] {
				continue
			}
			f.Kind, added = kind, true
			claimed[i] = append(claimed[i], f)
			if !isOwnerFile(imp, kind) && !isRemovedFile(imp, kind) {
				recognised[f.arg()] = true
				leads[i] = true
			}
		}
		if added { // in the order of the files, as the loop claims them
			order := make(map[*File]int, len(files))
			for n, f := range files {
				order[f] = n
			}
			slices.SortStableFunc(claimed[i], func(a, b *File) int { return order[a] - order[b] })
		}
	}
}

// leaveNamedBeside leaves out of claimed the loose files claimed by their
// name alone (named, see givenNamer) whose importer claims a list by what
// it holds too, and out of recognised their paths: given with LinkedIn's
// zip (the shell's * in a download folder), another program's
// Connections.csv is no second LinkedIn export, and is refused as no
// export, as the folder's other files given so are. One given beside
// files of its export given so too, from the folder it lies in (the
// shell's * in LinkedIn's export unzipped: Profile.csv, Company
// Follows.csv), is kept, to be refused with what its header lacks (see
// claimBeside).
func leaveNamedBeside(imps []Importer, claimed [][]*File, named []*File, recognised map[string]bool) {
	for _, f := range named {
		for i, imp := range imps {
			if !slices.Contains(claimed[i], f) {
				continue
			}
			if slices.ContainsFunc(claimed[i], func(g *File) bool {
				return g != f && !slices.Contains(named, g) && g.loose() && sameInput(filepath.Dir(g.Input), filepath.Dir(f.Input))
			}) {
				continue
			}
			if slices.ContainsFunc(claimed[i], func(g *File) bool {
				return !slices.Contains(named, g) && !isOwnerFile(imp, g.Kind) && !isRemovedFile(imp, g.Kind)
			}) {
				claimed[i] = slices.DeleteFunc(claimed[i], func(g *File) bool { return g == f })
				delete(recognised, f.arg())
			}
		}
	}
}

// unfinishedList returns the error of the first download in progress
// (see Inputs.unfinished) that an importer would read, by the name it
// will have and the bytes it has so far: passed over, its network was
// audited on none of its list, and on a first run not a word said.
func unfinishedList(files []*File, imps []Importer) error {
	for _, f := range files {
		var b []byte
		head := func() []byte {
			if b == nil {
				b = f.Head(headBytes)
			}
			return b
		}
		for _, imp := range imps {
			if imp.Detect(f.Path, head) != "" {
				return unfinishedError(f.display, unfinishedDownload(f.display))
			}
		}
	}
	return nil
}

// A passOverer is an Importer with kinds of file that list nothing the
// tool reads, recognised only to say what they are (Mastodon's archive
// of posts): passedOver says so, and what to do, or is "" for a kind
// that is a list.
type passOverer interface {
	passedOver(kind string) string
}

// passOver leaves out the files that list nothing (see passOverer) found
// in a path given beside another network's export, where their own
// network has no other file, and notes them in stats: the downloads
// folder given whole holds Mastodon's archive of posts beside the other
// networks' exports, and the run is not stopped for it, as it is not for
// the folder's other files that hold no export. Given alone, such a file
// stays, for Import to refuse with its advice; beside its network's list,
// Import passes it over, with nothing to say.
func passOver(imps []Importer, claimed [][]*File, stats *Stats) {
	holds := map[string]bool{} // paths given that hold a list of some network
	for i, imp := range imps {
		sf, _ := imp.(sideFiler)
		po, _ := imp.(passOverer)
		for _, f := range claimed[i] {
			if sf != nil && sf.side(f.Kind) || po != nil && po.passedOver(f.Kind) != "" {
				continue
			}
			holds[f.arg()] = true
		}
	}
	for i, imp := range imps {
		po, ok := imp.(passOverer)
		if !ok || slices.ContainsFunc(claimed[i], func(f *File) bool { return po.passedOver(f.Kind) == "" }) {
			continue
		}
		var kept []*File
		for _, f := range claimed[i] {
			if !holds[f.arg()] {
				kept = append(kept, f)
				continue
			}
			if stats != nil {
				note := f.ownerSource() + ": " + po.passedOver(f.Kind)
				if !slices.Contains(stats.PassedOver, note) {
					stats.PassedOver = append(stats.PassedOver, note)
				}
			}
		}
		claimed[i] = kept
	}
}

// damagedFirst returns err, an error a file of files gave, unless that
// file is a zip entry whose bytes are damaged: then the entry's own error
// ("the entry is damaged (checksum mismatch); download the export again").
// The zip reader checks an entry's CRC-32 only once it is read whole, so a
// byte changed in a download, in a stored entry or one that still
// inflates, is first met as content (a byte not UTF-8, a line of too few
// fields, a date that is none), and told as a file re-saved in another
// encoding or written wrong, not as the damaged download it is. The entry
// is read once more, whole, only on that error.
func damagedFirst(err error, files []*File) error {
	e, ok := errors.AsType[*Error](err)
	if !ok || errors.As(e.Err, new(damagedEntry)) {
		return err
	}
	for _, f := range files {
		if !f.hasCRC || f.String() != e.File {
			continue
		}
		rc, oerr := f.Open()
		if oerr != nil {
			return err
		}
		_, rerr := io.Copy(io.Discard, rc)
		rc.Close()
		if d, ok := readError(rerr); ok {
			return d
		}
		return err
	}
	return err
}

// lateFiles returns the files read that hold records dated after
// Options.After (see File.dated), in the order of imps, then of their
// files.
func lateFiles(imps []Importer, claimed [][]*File) []Late {
	var out []Late
	for i, imp := range imps {
		for _, f := range claimed[i] {
			if f.late == 0 {
				continue
			}
			l := Late{File: f.String(), Network: imp.Network(), Records: f.late, Latest: f.latest}
			if c, ok := imp.(Coverer); ok {
				if rels := c.Covers(f.Kind); len(rels) == 1 {
					l.Relation = rels[0]
				}
			}
			out = append(out, l)
		}
	}
	return out
}

// monthFirstFiles returns the files whose dates a spreadsheet re-saved
// in numbers, none with a day after the 12th (see Stats.MonthFirst), in
// the order of claimed.
func monthFirstFiles(claimed [][]*File) []string {
	var out []string
	for _, files := range claimed {
		for _, f := range files {
			if f.slashDates > 0 && !f.dayOver12 {
				out = append(out, f.String())
			}
		}
	}
	return out
}
