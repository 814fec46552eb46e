package importers

import (
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
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
	claimed := make([][]*File, len(imps))
	leads := make([]bool, len(imps)) // claimed a file that is not a side file (sideFiler)
	recognised := map[string]bool{}
	var ledgers []*File // files on disk of folders given that hold a ledger's header (see Options.Ledgers)
	for _, f := range in.Files {
		var head []byte
		headRead := false
		headFn := func() []byte {
			if !headRead {
				head, headRead = f.Head(headBytes), true
			}
			return head
		}
		for i, imp := range imps {
			if kind := imp.Detect(f.Path, headFn); kind != "" {
				f.Kind = kind
				claimed[i] = append(claimed[i], f)
				// A side file, or a list of friends removed, is no
				// export alone.
				if !isOwnerFile(imp, kind) && !isRemovedFile(imp, kind) {
					recognised[f.arg()] = true
					leads[i] = true
				}
				break
			}
		}
		// Told with the head the importers read, where they did: read
		// again, every CSV of a Takeout folder was opened twice (20,000
		// of Google Fit's took 0.27 s more).
		if opt.Ledgers != nil && f.Kind == "" && f.onDisk && f.display != f.Input && ledgerCopyExt(f.Path) &&
			audit.IsLedgerHeader(audit.HeaderCells(headFn())) {
			ledgers = append(ledgers, f)
		}
	}
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
				leave(f, fmt.Sprintf("%s only says whose %s export is: give the whole export, its lists with it", f, withArticle(title)))
			}
			claimed[i] = nil
			continue
		}
		if sf, ok := imp.(sideFiler); ok {
			var strays []*File
			claimed[i], strays = ownSides(sf, claimed[i])
			for _, f := range strays {
				leave(f, fmt.Sprintf("%s says whose %s export is, and is in no zip or folder of the %s lists given: give it with its own export, or move it away", f, withArticle(title), title))
			}
		}
		for _, f := range claimed[i] {
			recognised[f.arg()] = true
		}
	}
	// A file named as a side file that is not one (keys of its own, a
	// header in another language) is no export either, for the same
	// reason: said so, as "looked for" names that very file.
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
	covered := Coverage{lists: map[string]bool{}, kinds: map[string][]string{}, covers: map[string]func(string) []string{}, made: map[string]exportDay{}, read: map[string][]string{}}
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
	for _, f := range ledgers {
		if f.Kind == "" && recognised[f.arg()] {
			*opt.Ledgers = append(*opt.Ledgers, LedgerCopy{f.display, f.Input})
		}
	}
	// Every path that holds no export is named at once: the shell's *
	// in a download folder gives the photos and PDFs beside the exports
	// too, and one refused a run left the next to be found by the next.
	// A file the tool wrote (a ledger copied out of the workspace) says
	// what it is, and the others are named beside it; a zip that holds
	// the export zipped again says to unzip it, in a list too.
	var none []string
	tool := ""
	for _, p := range paths {
		if !recognised[p] {
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
			none = append(none, p)
		}
	}
	switch {
	case tool != "" && len(none) > 0:
		return nil, Coverage{}, fmt.Errorf("%s; nor is any export found in %s", tool, listPaths(named(in.Files, none)))
	case tool != "":
		return nil, Coverage{}, errors.New(tool)
	case len(none) == 1 && compressedItself(in.Files, none[0]) != "":
		return nil, Coverage{}, fmt.Errorf("%s: %s%s", none[0], compressedItself(in.Files, none[0]), folderHint(len(paths)-len(none), none))
	case len(none) == 1 && tarItself(in.Files, none[0]):
		return nil, Coverage{}, fmt.Errorf("%s: a tar archive, %s%s", none[0], tarAdvice, folderHint(len(paths)-len(none), none))
	case len(none) == 1:
		return nil, Coverage{}, fmt.Errorf("%s: no export found: looked for %s%s%s%s%s", none[0], strings.Join(lookedFor(imps), ", "), archivesInside(in.Files, none[0]), sideHint(sideOnly, none), namedHint(in.Files, none, imps), folderHint(len(paths)-len(none), none))
	case len(none) > 1:
		return nil, Coverage{}, fmt.Errorf("%s: no export found in them: looked for %s%s%s%s", listPaths(named(in.Files, none)), strings.Join(lookedFor(imps), ", "), sideHint(sideOnly, none), namedHint(in.Files, none, imps), folderHint(len(paths)-len(none), none))
	}
	ytUnread(in.Files, imps, claimed, recognised, opt.Stats)
	for i, imp := range imps {
		files, err := oneExport(imp, claimed[i])
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

// ownSides splits the side files of files, the files a sideFiler claimed
// (its lists among them), into those of an export whose lists are there
// too, kept with the lists, and the strays. A side file is an export's
// where one of its lists is in the same zip archive, in the same export
// folder there (see sideFiler.exportFolder), or on disk in the same
// export folder (an export unzipped, or its files given one by one from
// the folder they are in). Where the network splits a big export into
// zip parts (Instagram), one in a zip that holds none of its lists is the
// export's too when every list is in a zip: a part of that export, as
// far as can be told. Any other (a Profile.csv beside the export in the
// download folder, or beside its zip) would name the owner of no export
// given, and is read by no one: taken as the export's, another person's
// file would refuse the person's own export, and the person's own file
// let another person's in.
func ownSides(sf sideFiler, files []*File) (own, strays []*File) {
	type place struct {
		zip    string // the archive, "" for a file on disk
		folder string // the export's folder, in the archive or on disk
	}
	placeOf := func(f *File) place {
		if !f.onDisk {
			return place{zip: f.Input, folder: sf.exportFolder(path.Dir(f.Path))}
		}
		// Absolute, so that the network's folders are stripped from a
		// folder given as "." (or a list given by its name alone) from
		// inside them, as from any other.
		dir := filepath.Dir(f.display)
		if abs, err := filepath.Abs(dir); err == nil {
			dir = abs
		}
		return place{folder: sf.exportFolder(filepath.ToSlash(dir))}
	}
	samePlace := func(a, b place) bool {
		switch {
		case (a.zip == "") != (b.zip == ""):
			return false
		case a.zip != "":
			return a.folder == b.folder && sameInput(a.zip, b.zip)
		}
		return sameInput(filepath.FromSlash(a.folder), filepath.FromSlash(b.folder))
	}
	var lists []place
	allZipped := true
	for _, f := range files {
		if !sf.side(f.Kind) {
			p := placeOf(f)
			lists = append(lists, p)
			allZipped = allZipped && p.zip != ""
		}
	}
	for _, f := range files {
		if !sf.side(f.Kind) {
			own = append(own, f)
			continue
		}
		p := placeOf(f)
		ok := slices.ContainsFunc(lists, func(l place) bool { return samePlace(p, l) })
		if !ok && sf.zipParts() && allZipped && p.zip != "" {
			// A part without lists: none of the lists is in its zip.
			ok = !slices.ContainsFunc(lists, func(l place) bool { return sameInput(l.zip, p.zip) })
		}
		if ok {
			own = append(own, f)
		} else {
			strays = append(strays, f)
		}
	}
	return own, strays
}

// oneExport refuses files of one network's list that come from two
// exports: last quarter's archive left beside this quarter's, or someone
// else's. Read as one list, the accounts unfollowed since would come back
// as new. The parts of one export split over several archives hold
// different files (followers_1.json, followers_2.json) and pass, and so
// does a file that two inputs hold alike (the same archive given twice, or
// a part given with the whole export). A loose file's second download
// has another name ("Connections (1).csv"): names are compared without
// the marks browsers and file managers add to a copy (see listName).
//
// Networks also rename their files over the years (Facebook's
// friends_and_followers/friends.json became connections/friends/
// your_friends.json): for an importer that can tell, files of one list
// named as in two different years are refused too, wherever they are
// (see listEras).
//
// It returns files without the second and later copies of a file given
// more than once (the same file, or one of the same name and bytes: an
// export given zipped and unzipped), which hold nothing more: read again,
// the entries an import leaves out and counts (a deleted Instagram
// account, a LinkedIn connection with its date alone) would be counted
// once per copy.
func oneExport(imp Importer, files []*File) ([]*File, error) {
	first := map[string]*File{}
	kept := files[:0:0]
	lf, oneFile := imp.(listFiler)
	for _, f := range files {
		name := listName(f.Name())
		if oneFile {
			name = lf.listFile(f)
		}
		k := f.Kind + "\x00" + name
		g, ok := first[k]
		if !ok {
			first[k] = f
			kept = append(kept, f)
			continue
		}
		if sameInput(g.Input, f.Input) && g.Path == f.Path {
			if g.hasCRC && f.hasCRC && (g.crc != f.crc || g.Size != f.Size) {
				// Not the archive given twice: one archive holding two
				// files of one name (appended to by an archiver).
				return nil, errorf(f, "the archive holds two different files of this name, and which is the export's cannot be told: give the zip as the network sent it")
			}
			continue // the same file given twice
		}
		if sameInput(g.Input, f.Input) && isZip(f.Input) {
			// Two files of one archive, which the network made: no
			// browser named one a copy.
			kept = append(kept, f)
			continue
		}
		same, err := sameContent(g, f)
		if err != nil {
			return nil, err
		}
		if same {
			continue
		}
		copied := g.Name() != f.Name() && listName(g.Name()) == listName(f.Name())
		if copied || sameInput(g.Input, f.Input) {
			what := "one " + audit.NetworkTitle(imp.Network()) + " list"
			if isOwnerFile(imp, f.Kind) {
				what = "the file that says whose " + withArticle(audit.NetworkTitle(imp.Network())) + " export is"
			}
			// Which is the newer, where it can be told: two copies of a
			// loose file (a second download, "(1)") seldom tell it.
			newer := ""
			if s, ok := newerOf(g, f); ok {
				newer = " (" + s + ")"
			}
			return nil, fmt.Errorf("%s and %s: two different copies of %s: move the older away, or give the newest alone%s", g, f, what, newer)
		}
		holds := "each holds its own " + f.Name()
		if g.Name() != f.Name() {
			holds = "one holds " + g.Name() + ", the other " + f.Name()
		}
		newer, _ := newerOf(g, f) // or that it cannot be told
		// Each named as the person moves it away: the zip, or the file of
		// a folder given, not the folder, which may hold both (last
		// quarter's export unzipped beside this quarter's zip).
		return nil, fmt.Errorf("%s and %s: two different %s exports (%s), of two days or of two people: give one, the newest of the person audited (%s)",
			g.ownerSource(), f.ownerSource(), audit.NetworkTitle(imp.Network()), holds, newer)
	}
	return kept, oneEra(imp, files)
}

// A listFiler is an Importer whose export holds each list in one file,
// under a name that changes with the export's language (Takeout's
// subscriptions.csv is Abos.csv in German): two such files of one list,
// whatever their names, come from two exports (see oneExport).
type listFiler interface {
	// listFile returns the list a claimed file holds, the same for every
	// name the export gives that file.
	listFile(f *File) string
}

// isOwnerFile reports whether files of kind say whose imp's export is
// (a sideFiler's side file) rather than hold a list.
func isOwnerFile(imp Importer, kind string) bool {
	sf, ok := imp.(sideFiler)
	return ok && sf.side(kind)
}

// An eraFiler is an Importer whose network has named its lists' files
// differently over the years, and that can tell the era of an export from
// the files it holds (see Coverage.ListFile).
type eraFiler interface {
	// eraFiles returns, per relation, the name of the file that lists it
	// in an export of the era files tell, or nil where they tell none.
	eraFiles(files []*File) map[string]string
}

// A listEras is an Importer whose network has given one list different
// file names or places over the years. One export holds each list under
// the names of its year only, however many files and archives it is
// split into, so files of one list named as in two years come from two
// exports.
type listEras interface {
	// listEra returns the list a claimed file holds ("friends") and the
	// era its name and place belong to; era is "" when they do not tell
	// (a renamed file, or a name every era used).
	listEra(f *File) (list, era string)
}

// oneEra refuses files of one list named as in two different years (see
// listEras), for an importer that can tell.
func oneEra(imp Importer, files []*File) error {
	le, ok := imp.(listEras)
	if !ok {
		return nil
	}
	type seen struct {
		f   *File
		era string
	}
	first := map[string]seen{}
	for _, f := range files {
		list, era := le.listEra(f)
		if list == "" || era == "" {
			continue
		}
		g, ok := first[list]
		if !ok {
			first[list] = seen{f, era}
			continue
		}
		if g.era != era {
			return fmt.Errorf("%s and %s: two %s %s lists, from exports of different years: move the older export away, or give the newest alone",
				g.f, f, audit.NetworkTitle(imp.Network()), list)
		}
	}
	return nil
}

// copyMark matches what browsers and file managers add to the name of a
// second copy of a file, before its extension: " (1)" or "(1)" (Chrome,
// Edge, Firefox), " - Copy" and " - Copy (2)" (Windows), " copy" and
// " copy 2" (macOS Finder).
var copyMark = regexp.MustCompile(`(?i)(\s*\(\d{1,4}\)| - copy( \(\d{1,4}\))?| copy( \d{1,4})?)$`)

// zipsInside says, for an archive given (p) that holds no export, how
// many zip archives it holds: a folder of downloaded exports zipped again
// (zips inside a zip are not opened).
func zipsInside(files []*File, p string) string {
	var first *File
	n := 0
	for _, f := range files {
		if f.arg() == p && isZip(f.Input) && isZip(f.Path) {
			if n == 0 {
				first = f
			}
			n++
		}
	}
	switch n {
	case 0:
		return ""
	case 1:
		return fmt.Sprintf(" (it holds a zip archive, %s: unzip %s and give that one)", first.Path, first.Input)
	}
	return fmt.Sprintf(" (it holds %d zip archives, %s and more: unzip %s and give those)", n, first.Path, first.Input)
}

// archivesInside is zipsInside, or else compressedInside, or else tarsInside, or else
// ytWithoutSubscriptions, or else mdFollowersOnly: what a path that holds
// no export holds instead.
func archivesInside(files []*File, p string) string {
	for _, hint := range [...]func([]*File, string) string{zipsInside, compressedInside, tarsInside, ytWithoutSubscriptions, mdFollowersOnly} {
		if h := hint(files, p); h != "" {
			return h
		}
	}
	return ""
}

// tarsInside says, for a path given (p) that holds no export, that it is
// or holds a tar archive, which the tool does not read, and what to do:
// Google Takeout writes .tgz (or .tbz) instead of .zip where its "File
// type" says so, and Mastodon's archive of posts was a .tar.gz. Told by
// the name, or by the gzip or bzip2 signature of a file given by name.
func tarsInside(files []*File, p string) string {
	for _, f := range files {
		if f.arg() != p || !isTar(f) {
			continue
		}
		if f.String() == p {
			return " (it is a tar archive, " + tarAdvice + ")"
		}
		return fmt.Sprintf(" (it holds a tar archive, %s, %s)", f, tarAdvice)
	}
	return ""
}

// tarAdvice says what to do with a tar archive. Which one it is cannot be
// told without reading it whole, so the advice holds for any: Mastodon's
// archive of posts under a name of the person's (see mdArchiveTar) holds
// no follows, and unpacked it would be passed over.
const tarAdvice = "which the tool does not read: unpack it and give the folder it makes, or request the export again as .zip (Google Takeout: File type .zip); " +
	"if it is Mastodon's archive of your posts, it lists no account you follow: leave it out, and give the Follows CSV (following_accounts.csv)"

// tarItself reports whether the path given p is a loose file that is a
// tar archive (see isTar).
func tarItself(files []*File, p string) bool {
	for _, f := range files {
		if f.arg() == p && f.String() == p {
			return isTar(f)
		}
	}
	return false
}

// compression is a way a loose file given by name may be compressed
// on its own, outside a tar archive: told by its signature (magic), and,
// where what it decompresses to cannot be read, by its name (a suffix
// that is not that of a tar archive so compressed).
type compression struct {
	magic   []byte
	suffix  string // a single file so compressed: followers.csv.gz
	tarName string // a tar archive so compressed: x.tar.gz
	advice  string // what such a file is, and what to do
	decoder func(io.Reader) (io.Reader, error)
}

// compressions are the ones told apart from a tar archive: gzip and
// bzip2, which Go can decompress.
var compressions = []compression{
	{magic: []byte{0x1f, 0x8b}, suffix: ".gz", tarName: ".tar.gz",
		advice:  "a gzip-compressed file, which the tool does not read: decompress it (gunzip) and give the file it makes",
		decoder: func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) }},
	{magic: []byte("BZh"), suffix: ".bz2", tarName: ".tar.bz2",
		advice:  "a bzip2-compressed file, which the tool does not read: decompress it (bunzip2) and give the file it makes",
		decoder: func(r io.Reader) (io.Reader, error) { return bzip2.NewReader(r), nil }},
}

// compressionOf returns the compression whose signature head starts
// with, or nil.
func compressionOf(head []byte) *compression {
	for i := range compressions {
		if bytes.HasPrefix(head, compressions[i].magic) {
			return &compressions[i]
		}
	}
	return nil
}

// compressedItself returns, for the path given p that is a loose file
// compressed on its own, not a tar archive (see compressedFile), what it
// is and what to do; or "".
func compressedItself(files []*File, p string) string {
	for _, f := range files {
		if f.arg() == p && f.String() == p {
			return compressedFile(f)
		}
	}
	return ""
}

// compressedInside says, for a path given (p) that is a loose file
// compressed on its own and not a tar archive (followers.csv.gz,
// followers.csv.bz2), what it is and what to do: it was called a tar
// archive, and the advice to unpack it misled.
func compressedInside(files []*File, p string) string {
	if advice := compressedItself(files, p); advice != "" {
		return " (it is " + advice + ")"
	}
	return ""
}

// tarSuffixes are the names Takeout and other exports give tar archives.
var tarSuffixes = []string{".tgz", ".tar.gz", ".tbz", ".tbz2", ".tar.bz2", ".tar"}

// isTar reports whether f is a tar archive, compressed or not: by its
// name, or for a loose file given by name, by its head. A loose file
// that is gzip- or bzip2-compressed is told by the head of what it
// decompresses to (see decompressedHead), whatever its name: a tar
// archive has "ustar" at 257, and a CSV or JSON file compressed
// (followers.csv.gz, followers.csv.bz2) is not one. Where that head
// cannot be read (the stream is damaged or cut short), the name tells,
// and a name that says neither is taken for a tar archive, as it was
// before compressed files were told apart.
func isTar(f *File) bool {
	name := strings.ToLower(f.Name())
	loose := f.String() == f.Input
	var head []byte
	if loose {
		head = f.Head(262)
		if c := compressionOf(head); c != nil {
			if inner, ok := decompressedHead(f, c, 262); ok {
				return isUstar(inner)
			}
			return !c.plainName(name)
		}
	}
	for _, s := range tarSuffixes {
		if strings.HasSuffix(name, s) {
			return true
		}
	}
	return loose && isUstar(head)
}

// compressedFile returns, where f, a loose file given by name, is
// compressed on its own but not a tar archive (see isTar), what it is
// and what to do; or "".
func compressedFile(f *File) string {
	if f.String() != f.Input {
		return ""
	}
	c := compressionOf(f.Head(3))
	if c == nil || isTar(f) {
		return ""
	}
	return c.advice
}

// isUstar reports whether head, the start of a file, is that of a tar
// archive: POSIX and GNU tar write "ustar" at 257 in every header.
func isUstar(head []byte) bool {
	return len(head) >= 262 && string(head[257:262]) == "ustar"
}

// plainName reports whether name, lower-cased, is that of a single file
// so compressed: .gz, but not .tar.gz; .bz2, but not .tar.bz2.
func (c *compression) plainName(name string) bool {
	return strings.HasSuffix(name, c.suffix) && !strings.HasSuffix(name, c.tarName)
}

// decompressedHead returns up to the first n bytes f decompresses to
// with c, and whether they could be read: ok is false where f's stream
// is damaged or ends before n bytes or its own end. Only the head is
// decompressed: for gzip a few kilobytes of a tar archive of gigabytes
// are read, for bzip2 its first block (900 kB at most).
func decompressedHead(f *File, c *compression, n int) (head []byte, ok bool) {
	rc, err := f.Open()
	if err != nil {
		return nil, false
	}
	defer rc.Close()
	zr, err := c.decoder(rc)
	if err != nil {
		return nil, false
	}
	head, err = io.ReadAll(io.LimitReader(zr, int64(n)))
	return head, err == nil
}

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

// ledgerFile is what toolFile calls a ledger.
const ledgerFile = "a ledger (ledger.csv)"

// toolFile names what the loose file p is among the files unfollow-audit
// writes ("a ledger", "a list of decisions"), by its header line (the
// ledger's columns in any order, beside the person's own), or
// returns "": a ledger or a report copied out of a workspace and given as
// an export was refused as "no export found", which did not say why.
func toolFile(files []*File, p string) string {
	var f *File
	for _, g := range files {
		if g.Input == p && g.given == "" && g.display == p {
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
	if audit.IsHistoryHeader(cells) {
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
		{audit.AccountColumns, "a list of accounts (unfollow-audit import)"},
	} {
		if slices.Equal(cells, t.columns) {
			return t.what
		}
	}
	return ""
}

// sideHint says, of the first of the inputs none that holds a file read
// only for whose an export is (see sideFiler) and no export, that the
// file alone is none: "looked for" lists its name too.
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
// or damaged before its first entry, which the message listing that very
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
		return fmt.Sprintf("%s and %d more", strings.Join(p[:3], ", "), len(p)-3)
	}
	return strings.Join(p[:len(p)-1], ", ") + " and " + p[len(p)-1]
}

// isZip reports whether an input is a zip archive, by its name as Open
// takes it.
func isZip(input string) bool { return strings.HasSuffix(strings.ToLower(input), ".zip") }

// listName returns a file name, lower-cased, without a copy's mark:
// "Connections (1).csv" and "connections.csv" name one list.
func listName(name string) string {
	name = strings.ToLower(name)
	ext := path.Ext(name)
	return copyMark.ReplaceAllString(strings.TrimSuffix(name, ext), "") + ext
}

// sameContent reports whether a and b hold the same bytes: by the size
// and CRC-32 their archives declare, or else by reading them.
func sameContent(a, b *File) (bool, error) {
	if a.Size != b.Size {
		return false, nil
	}
	if a.hasCRC && b.hasCRC {
		return a.crc == b.crc, nil
	}
	ra, err := a.Open()
	if err != nil {
		return false, err
	}
	defer ra.Close()
	rb, err := b.Open()
	if err != nil {
		return false, err
	}
	defer rb.Close()
	ba, bb := make([]byte, 64<<10), make([]byte, 64<<10)
	for {
		na, errA := io.ReadFull(ra, ba)
		nb, errB := io.ReadFull(rb, bb)
		if !bytes.Equal(ba[:na], bb[:nb]) {
			return false, nil
		}
		endA, endB := errA == io.EOF || errA == io.ErrUnexpectedEOF, errB == io.EOF || errB == io.ErrUnexpectedEOF
		switch {
		case errA != nil && !endA:
			return false, errorf(a, "cannot read: %v", errA)
		case errB != nil && !endB:
			return false, errorf(b, "cannot read: %v", errB)
		case endA || endB:
			return endA && endB, nil
		}
	}
}

// sameInput reports whether the paths a and b name one archive, folder or
// file ("x.zip" and "./x.zip", or a link to it).
func sameInput(a, b string) bool {
	if filepath.Clean(a) == filepath.Clean(b) {
		return true
	}
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(sa, sb)
}

// topFolder returns the first folder of a path inside an archive, "" for
// a file at its root.
func topFolder(p string) string {
	top, _, ok := strings.Cut(p, "/")
	if !ok {
		return ""
	}
	return top
}

// lookedFor lists the file names the importers read, for the message about
// an input with none of them.
func lookedFor(imps []Importer) []string {
	seen := map[string]bool{}
	var names []string
	for _, imp := range imps {
		for _, f := range imp.Formats() {
			for _, n := range f.Files {
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
