package importers

import (
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/internal/samebytes"
)

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
// a part given with the whole export). LinkedIn's Basic archive given
// with the Complete archive of the same request does not come here: it
// is passed over before (liOneRequest). A loose file's second download
// has another name ("Connections (1).csv"): names are compared without
// the marks browsers and file managers add to a copy (see listName).
//
// Networks also rename their files over the years (Facebook's
// friends_and_followers/friends.json became connections/friends/
// your_friends.json): for an importer that can tell, files of one list
// named as in two different years are refused too, wherever they are
// (see listEras).
//
// A refusal of two copies is a *twoCopies, which Import says with the
// other networks' (see twoCopiesError).
//
// It returns files without the second and later copies of a file given
// more than once (the same file, or one of the same name and bytes: an
// export given zipped and unzipped), which hold nothing more: read again,
// the entries an import leaves out and counts (a deleted Instagram
// account, a LinkedIn connection with its date alone) would be counted
// once per copy. In one zip, a file of a list at no place of the
// network's (see rootFiler) where another of the list is at its place
// is a copy kept there ("old/your_friends.json"), left out too and,
// where its bytes differ, noted in stats (see strayCopy); so is a copy
// under a name of its own ("old/friends_backup.json") beside the list
// at its place under its name, refused in a folder given where it
// differs (see renamedFrom).
func oneExport(imp Importer, files []*File, stats *Stats) ([]*File, error) {
	first := map[string]*File{}
	kept := files[:0:0]
	lf, oneFile := imp.(listFiler)
	pf, _ := imp.(partFiler)
	listOf := func(f *File) string {
		name := listName(f.Name())
		if oneFile {
			name = lf.listFile(f)
		}
		return f.Kind + "\x00" + name
	}
	placed := placedLists(imp, files, listOf)
	named := namedLists(imp, files)
	said := map[string]bool{}
	// unread are the copies under a name of their own passed over: read
	// by no one, they tell no export's year (see oneEra), where one named
	// by a year (followers_2025.json beside followers.json, alike) was
	// refused as a later export's list.
	unread := map[*File]bool{}
	// aside reports whether the loop below passes f over before pairing
	// it with the first of its list: a part, a copy under a name of its
	// own, a copy kept in a zip at no place of the network's.
	aside := func(f *File) bool {
		return pf != nil && pf.eachPart(f.Kind) || renamedFrom(imp, named, f) != nil ||
			placed[listOf(f)+"\x00"+f.Input] != nil && !atPlace(imp, f)
	}
	for _, f := range files {
		if pf != nil && pf.eachPart(f.Kind) {
			kept = append(kept, f) // no sign of a second export (see partFiler)
			continue
		}
		if p := renamedFrom(imp, named, f); p != nil {
			// A copy of a list under a name of its own, beside the list
			// at its place under its name: in a zip, that one is read
			// and the copy said where it differs, as a copy under the
			// list's name is; in a folder given, where it can be moved
			// away, two different copies are refused.
			same, err := sameContent(p, f)
			if err != nil {
				return nil, err
			}
			if !same && !isZip(f.Input) {
				return nil, &twoCopies{
					network: audit.NetworkTitle(imp.Network()), copies: []string{p.String(), f.String()},
					what: "two copies, the second under a name of its own",
					line: fmt.Sprintf("%s and %s: two different copies of one %s list, the second under a name of its own: move the older away, or give the newest alone",
						p, f, audit.NetworkTitle(imp.Network())),
				}
			}
			if id := filepath.Clean(f.Input) + "!" + f.Path; !same && !said[id] {
				said[id] = true
				renamedCopy(imp, f, p, stats)
			}
			unread[f] = true
			continue
		}
		k := listOf(f)
		if p := placed[k+"\x00"+f.Input]; p != nil && !atPlace(imp, f) {
			// A copy of the list kept in the export's zip at no place
			// the network puts it (a "backup" or "old" folder), before
			// or after the list at its place in the zip: that one is
			// read, and the copy said where it differs, once however
			// often the zip is given.
			same, err := sameContent(p, f)
			if err != nil {
				return nil, err
			}
			if id := filepath.Clean(f.Input) + "!" + f.Path; !same && !said[id] {
				said[id] = true
				strayCopy(imp, f, p, stats)
			}
			continue
		}
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
		// Two files of one list, each at its place in an export's top
		// folder, in two such folders of one zip (or folder given):
		// two exports, unzipped and zipped again together, whose
		// folders are named as two exports on disk are.
		gRoot, fRoot, apart := "", "", false
		var gok, fok bool
		rf, roots := imp.(rootFiler)
		if roots && sameInput(g.Input, f.Input) {
			gRoot, gok = rf.exportRoot(g.Path)
			fRoot, fok = rf.exportRoot(f.Path)
			apart = gok && fok && gRoot != fRoot
		}
		if !apart && sameInput(g.Input, f.Input) && isZip(f.Input) && (!roots || !gok && !fok && notRead(imp, f.Kind)) {
			// Two files of one archive, which the network made, where
			// the importer cannot tell an export's places, or that no
			// one reads (Mastodon's archive of posts).
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
		if !apart && (copied || sameInput(g.Input, f.Input)) {
			// And any third copy (a third download, "(2)"): all are
			// named, to be moved away at once.
			all := moreCopies(files, []*File{g, f}, func(h *File) bool { return listOf(h) == k && !aside(h) }, (*File).String)
			n := countWord(len(all))
			what, short := "one "+audit.NetworkTitle(imp.Network())+" list", n+" copies"
			if isOwnerFile(imp, f.Kind) {
				what = "the file that says whose " + withArticle(audit.NetworkTitle(imp.Network())) + " export is"
				short = n + " copies of the file that says whose the export is"
			}
			// Which is the newer, where it can be told: two copies of a
			// loose file (a second download, "(1)") seldom tell it.
			shown, srcs := make([]string, len(all)), make([]exportSource, len(all))
			for i, h := range all {
				shown[i], srcs[i] = h.String(), sourceOf(h)
			}
			r := &twoCopies{network: audit.NetworkTitle(imp.Network()), copies: shown, what: short}
			var notes []string
			unzip := ""
			if sameInput(g.Input, f.Input) && isZip(f.Input) {
				r.unzip, unzip = f.Input, "; unzip "+f.Input+" to give one alone"
			} else {
				// Copies in a folder, not of one zip: a second download
				// of the person's own file, or another person's (a
				// consultant's downloads hold each client's
				// following_accounts.csv, the browser naming the second
				// "(1)"), as two exports may be. Told only to move the
				// older away, the person kept the other client's newer
				// one; a Mastodon file does not say whose it is.
				r.exports, r.inFolder = true, true
				notes = append(notes, fmt.Sprintf("of %s copies, the newest of the person audited: they may be of %s people", n, n))
			}
			if s, ok := newestOf(srcs); ok {
				r.newer = s
				notes = append(notes, s)
			}
			r.setNamed(srcs)
			older := "the older"
			if len(all) > 2 {
				older = "the older ones"
			}
			said := ""
			if len(notes) > 0 {
				said = " (" + strings.Join(notes, "; ") + ")"
			}
			r.line = fmt.Sprintf("%s: %s different copies of %s: move %s away, or give the newest alone%s%s", andList(shown), n, what, older, said, unzip)
			return nil, r
		}
		holds := "each holds its own " + f.Name()
		if g.Name() != f.Name() {
			holds = "one holds " + g.Name() + ", the other " + f.Name()
		}
		// Each named as the person moves it away: the zip, or the file of
		// a folder given, not the folder, which may hold both (last
		// quarter's export unzipped beside this quarter's zip); the
		// export's folder where one zip or folder holds both.
		srcOf := func(h *File) exportSource {
			if apart && sameInput(h.Input, f.Input) {
				if root, ok := rf.exportRoot(h.Path); ok {
					return rootSource(h, root)
				}
			}
			return sourceOf(h)
		}
		// And any third export of the list (three quarters left in the
		// download folder, zipped or not): all are named, and the newest
		// of all.
		all := moreCopies(files, []*File{g, f}, func(h *File) bool { return listOf(h) == k && !aside(h) }, func(h *File) string { return srcOf(h).display })
		srcs, shown := make([]exportSource, len(all)), make([]string, len(all))
		names := []string{}
		for i, h := range all {
			srcs[i] = srcOf(h)
			shown[i] = srcs[i].display
			if !slices.Contains(names, h.Name()) {
				names = append(names, h.Name())
			}
		}
		if len(all) > 2 && len(names) > 1 {
			holds = "they hold " + andList(names)
		}
		unzip, zipped := "", ""
		if apart && isZip(f.Input) {
			zipped, unzip = f.Input, "; unzip "+f.Input+" to give one alone"
		}
		n := countWord(len(all))
		if disk, zipped, folder := unzippedBeside(g, f); disk != nil && len(all) == 2 {
			return nil, &twoCopies{
				network: audit.NetworkTitle(imp.Network()), copies: shown, what: "an export unzipped beside its zip, changed since",
				line: fmt.Sprintf("%s differs from %s in %s, the zip it was unzipped from: it was saved since (by a spreadsheet?) or edited. Give the zip alone, as the network sent it, or move the folder %s away",
					disk.display, zipped.Path, zipped.Input, folder),
			}
		}
		newer, _ := newestOf(srcs) // or that it cannot be told
		r := &twoCopies{
			network: audit.NetworkTitle(imp.Network()), copies: shown,
			what: n + " exports", exports: true, newer: newer, unzip: zipped,
			line: fmt.Sprintf("%s: %s different %s exports (%s), of %s days or of %s people: give one, the newest of the person audited (%s)%s",
				andList(shown), n, audit.NetworkTitle(imp.Network()), holds, n, n, newer, unzip),
		}
		r.setNamed(srcs)
		return nil, r
	}
	return kept, oneEra(imp, slices.DeleteFunc(slices.Clone(files), func(f *File) bool { return unread[f] }))
}

// placedLists returns, per list (listOf) and zip, the first file of the
// list at its place in an export in that zip (see rootFiler), keyed
// list + "\x00" + File.Input: beside it, a file of the list in the zip at
// no such place is a copy kept there (see oneExport). Files of folders
// given are left out: a copy there is refused as two copies, to be moved
// away.
func placedLists(imp Importer, files []*File, listOf func(*File) string) map[string]*File {
	if _, ok := imp.(rootFiler); !ok {
		return nil
	}
	placed := map[string]*File{}
	for _, f := range files {
		if !isZip(f.Input) || !atPlace(imp, f) {
			continue
		}
		if k := listOf(f) + "\x00" + f.Input; placed[k] == nil {
			placed[k] = f
		}
	}
	return placed
}

// A listNamer is a rootFiler that can tell a file of a list under a
// name its network gives that list's files (your_friends.json,
// followers_2.json, following-part1.js, Connections.csv, with a copy's
// mark or not) from one found by what it holds under a name of its own
// (friends_backup.json): a copy kept in the export (see renamedFrom).
type listNamer interface {
	namedList(f *File) bool
}

// A namesEvery is a listNamer whose network names every file of a list
// itself, in each export the tool reads (LinkedIn, Instagram, Twitter/X):
// a file of a list under a name of its own beside the list under its
// name, in that list's own folder ("Connections_old.csv" beside
// "Connections.csv"), is a copy too, not the list of another era under a
// name the tool does not know, as Facebook's 2018-19 friends_added.json
// beside friends.json is (see renamedFrom).
type namesEvery interface {
	namesEveryList()
}

// A namesKinds is a listNamer whose network names every file of some
// kinds of list itself, not of all: Facebook, whose 2018-19 exports keep
// friends under names the tool does not know (friends_added.json), but
// whose followers lists are followers.json or people_who_followed_you.json
// in every era. A file of such a kind under a name of its own, beside the
// list under its name, is a copy, as for a namesEvery (see renamedFrom):
// read as a list of its own, its followers, which carry no date to tell
// a record read twice, came twice.
type namesKinds interface {
	namesEveryOf(kind string) bool
}

// namedLists returns, per kind of list (see Coverer) and input given
// (the zip, or the folder), the first file of the kind named as imp's
// network names it, at its place (see atPlace), keyed kind + "\x00" +
// File.Input. Files given by name are each an input of their own.
func namedLists(imp Importer, files []*File) map[string]*File {
	ln, ok := imp.(listNamer)
	if !ok {
		return nil
	}
	_, every := imp.(namesEvery)
	named := map[string]*File{}
	for _, f := range files {
		// A loose file, or one at the top of a folder given, has no
		// place in an export (its path is its name alone): where its
		// network names every list, the folder it lies in is its place
		// (see namedInput), following.js given by name or in the
		// archive's data folder given as Connections.csv is.
		if !isList(imp, f.Kind) || !ln.namedList(f) || !atPlace(imp, f) && !(every && f.onDisk && !strings.Contains(f.Path, "/")) {
			continue
		}
		if k := f.Kind + "\x00" + namedInput(imp, f); named[k] == nil {
			named[k] = f
		}
		if every && isZip(f.Input) && f.given == "" {
			// A zip given by name: a loose file beside it is told a
			// copy of its list (see namedInput).
			if k := f.Kind + "\x00\x00" + filepath.Dir(f.Input); named[k] == nil {
				named[k] = f
			}
		}
	}
	return named
}

// namedInput is the input f is told a copy in (see namedLists): the zip
// or folder given, or, for a loose file of a network that names every
// list itself (namesEvery), the folder it lies in: the shell's * in
// LinkedIn's export unzipped gives Connections_old.csv by name beside
// Connections.csv, a copy as it is in the folder given whole, and so
// does its * in the download folder beside LinkedIn's zip (namedLists
// keys a zip given by name by its folder too). A loose file of any other
// network is an input of its own, read whatever its name.
func namedInput(imp Importer, f *File) string {
	if _, every := imp.(namesEvery); every && f.loose() {
		return "\x00" + filepath.Dir(f.Input)
	}
	return f.Input
}

// renamedFrom returns the file of named (see namedLists) that f, a file
// of a list under a name of its own, found by what it holds, is a copy
// of: a file of the same kind, in the same zip or folder given, at its
// place under its network's name, where f is at no place of that
// export ("old/friends_backup.json"). Read beside it, the copy's
// accounts came twice, or ones unfollowed since came back. It returns
// nil for any other file: one under the network's name (a part of a
// split list, another era's name, a browser's second download of the
// list, which oneExport tells apart), one with no such file beside it (a
// list renamed, in a zip of its own), one given by name, an input of its
// own, and one at a place of the list's export where its network keeps
// lists of one kind under names the tool does not know (Facebook's
// 2018-19 friends/friends_added.json beside friends/friends.json,
// following_and_followers/followed_pages.json beside
// pages/pages_you_follow.json), which are read; a network that names
// every list itself (namesEvery) keeps none there.
func renamedFrom(imp Importer, named map[string]*File, f *File) *File {
	ln, ok := imp.(listNamer)
	if !ok || !isList(imp, f.Kind) || ln.namedList(f) {
		return nil
	}
	p := named[f.Kind+"\x00"+namedInput(imp, f)]
	if p == nil {
		return nil
	}
	rf := imp.(rootFiler) // p is at its place (see namedLists)
	pRoot, _ := rf.exportRoot(p.Path)
	if _, every := imp.(namesEvery); every {
		return p
	}
	if nk, ok := imp.(namesKinds); ok && nk.namesEveryOf(f.Kind) {
		return p
	}
	if fRoot, ok := rf.exportRoot(f.Path); ok && fRoot == pRoot {
		return nil
	}
	return p
}

// isList reports whether files of kind list accounts imp reads (see
// Coverer): not a file that says whose the export is, nor one read for
// names alone (Twitter/X's tweets).
func isList(imp Importer, kind string) bool {
	c, ok := imp.(Coverer)
	return ok && len(c.Covers(kind)) > 0 && !isOwnerFile(imp, kind)
}

// renamedCopy notes in stats (Stats.PassedOver) stray, a file of a list
// under a name of its own in a zip that holds placed, the list at its
// place under its network's name, and holds otherwise: passed over (see
// renamedFrom).
func renamedCopy(imp Importer, stray, placed *File, stats *Stats) {
	if stats == nil {
		return
	}
	stats.PassedOver = append(stats.PassedOver, fmt.Sprintf("%s: a second copy of %s's %s, under a name of its own (told by what it holds) and not alike: %s, at its place, is read. If the copy is the one to read, unzip %s and put it there, under that name.",
		stray, audit.NetworkTitle(imp.Network()), placed.Name(), placed, stray.Input))
}

// atPlace reports whether f is at a place imp's network puts a file of
// its kind in an export (see rootFiler).
func atPlace(imp Importer, f *File) bool {
	rf, ok := imp.(rootFiler)
	if !ok {
		return false
	}
	_, ok = rf.exportRoot(f.Path)
	return ok
}

// notRead reports whether imp reads no list from files of kind (see
// passOverer): two of them in one zip are not told apart.
func notRead(imp Importer, kind string) bool {
	po, ok := imp.(passOverer)
	return ok && po.passedOver(kind) != ""
}

// strayCopy notes in stats (Stats.PassedOver) stray, a file of a list
// that placed, in the same zip at its place in the export (see
// rootFiler), holds otherwise: a copy kept at no place the network puts
// it, passed over. Read as well, its accounts came twice, or ones
// unfollowed since came back.
func strayCopy(imp Importer, stray, placed *File, stats *Stats) {
	if stats == nil {
		return
	}
	title := audit.NetworkTitle(imp.Network())
	stats.PassedOver = append(stats.PassedOver, fmt.Sprintf("%s: a second copy of %s's %s, at no place %s export puts it and not alike: %s, at its place, is read. If the copy is the one to read, unzip %s and put it there.",
		stray, title, placed.Name(), withArticle(title), placed, stray.Input))
}

// A partFiler is an Importer with a kind of side file that each zip of
// an export in several may hold a copy of, the copies not alike: Twitter/X's
// data/manifest.js, whose archiveInfo ("isPartialArchive" : true, the
// size) can be the zip's own. Two such files that differ are no sign of
// two exports: oneExport keeps them all, and the importer tells the
// other account's from its own (see twitterManifestMissing).
type partFiler interface {
	eachPart(kind string) bool
}

// A rootFiler is an Importer whose export holds the files it reads at
// places of their own under the export's top folder: LinkedIn's
// Connections.csv in it, Twitter/X's data/following.js, Facebook's
// connections/friends/your_friends.json, Instagram's
// connections/followers_and_following/following.json. The network puts
// each file of a list in one place of its export, and a split list's
// parts beside each other (followers_1.json, followers_2.json): two
// files of one list at those places under two different top folders of
// one zip are two exports, unzipped and zipped again together, as they
// are in two folders on disk (see oneExport). A Windows "Extract All"
// folder (X/X/data/following.js) zipped is one export, whose top folder
// is X/X.
type rootFiler interface {
	// exportRoot returns the top folder of the export that holds a
	// claimed file at p (slash-separated, in an archive or a folder
	// given): p's folder without the folders the network puts the file
	// in, "." for the archive's or folder's own top; ok is false where p
	// is at no such place (a file found by what it holds elsewhere).
	exportRoot(p string) (root string, ok bool)
}

// withoutFolder returns dir without the last of folders it ends in, any
// case, "." where it is that folder itself; ok is false where it ends in
// none. Of two folders that end alike, folders lists the longer first.
func withoutFolder(dir string, folders []string) (string, bool) {
	for _, sub := range folders {
		if strings.EqualFold(dir, sub) {
			return ".", true
		}
		if n := len(dir) - len(sub); n > 0 && dir[n-1] == '/' && strings.EqualFold(dir[n:], sub) {
			return dir[:n-1], true
		}
	}
	return dir, false
}

// rootSource returns the export whose top folder root, in the zip or
// folder given, holds f, as the refusal of two exports there names it
// (see oneExport): the folder, or f itself where root is the top of
// what was given. The zip's dates of its entries are left out, as a
// folder's files' are: a zip the person made dates the copies unzipped
// (see Coverage.Made).
func rootSource(f *File, root string) exportSource {
	if root == "." {
		return exportSource{display: f.String(), name: exportName(f)}
	}
	display := filepath.Join(f.Input, filepath.FromSlash(root))
	if isZip(f.Input) {
		display = f.Input + "!" + root
	}
	return exportSource{display: display, name: path.Base(root)}
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
// listEras), for an importer that can tell, with a *twoCopies.
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
			return &twoCopies{
				network: audit.NetworkTitle(imp.Network()), copies: []string{g.f.String(), f.String()},
				what: "two " + list + " lists, from exports of different years", exports: true,
				line: fmt.Sprintf("%s and %s: two %s %s lists, from exports of different years: move the older export away, or give the newest alone",
					g.f, f, audit.NetworkTitle(imp.Network()), list),
			}
		}
	}
	return nil
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
	return samebytes.Readers(readErrors{ra, a}, readErrors{rb, b})
}

// readErrors is a file's reader whose errors name the file, for
// samebytes.Readers to return as they are: which of two copies could
// not be read.
type readErrors struct {
	r io.Reader
	f *File
}

func (e readErrors) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if err != nil && err != io.EOF {
		err = errorf(e.f, "cannot read: %v", err)
	}
	return n, err
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
