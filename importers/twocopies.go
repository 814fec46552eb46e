package importers

import (
	"errors"
	"fmt"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// twoCopies is oneExport's refusal of two different copies of one
// network's list given together: two exports of two days (last quarter's
// zip left in the download folder beside this quarter's), a second
// download of a loose file, a copy kept under a name of its own, lists
// named as in two years. Import gathers one per network and says them
// all on one line (see twoCopiesError): refused one network's pair at a
// time, a download folder holding two quarters of three networks took
// three runs, each pair moved away before the next was named.
type twoCopies struct {
	network  string   // the network's title
	copies   []string // the two (or more), named as the person moves them away
	what     string   // what they are, in a line of several: "two exports"
	exports  bool     // two exports, which may be of two people
	inFolder bool     // copies in folders, not of one zip: may be two people's too (see oneExport)
	newer    string   // which is the newer, as newestOf tells it, or ""
	// named is set where newer tells it by the date in the newest's name,
	// namedDay (see setNamed).
	named    bool
	namedDay audit.Date
	unzip    string // the zip that holds both, to be unzipped, or ""
	line     string // the refusal, said alone
}

func (e *twoCopies) Error() string { return e.line }

// twoCopiesError returns the refusal of refused, the pairs of several
// networks (one each, in the order of the importers), on one line: each
// network's pair with what it is and which is the newer where that can be
// told, then the advice once. A pair of one network is said alone, as
// oneExport words it. It returns nil for none.
//
// The line is kept short, as a download folder of three quarters names
// six zips of long names (a Twitter/X archive's is 87 characters): where
// every copy is in one folder, the folder is said once and each copy by
// its name; what they are is said once where it is the same for every
// network ("two different exports"); and where the newer of a pair is told by
// the date in its name, that rule is said once at the end, with the day
// (the name holds it), not a sentence a network repeating the newer's
// path. A newer told otherwise (by the dates of their files), or not told,
// is said of its network, as oneExport says it.
func twoCopiesError(refused []*twoCopies) error {
	switch len(refused) {
	case 0:
		return nil
	case 1:
		return refused[0]
	}
	dir := sharedDir(refused)
	// What they are, said once in the head ("two different exports")
	// where it is the same for every network and that short.
	count, noun, _ := strings.Cut(refused[0].what, " ")
	sameWhat := noun == "exports" || noun == "copies"
	for _, r := range refused {
		sameWhat = sameWhat && r.what == refused[0].what
	}
	pairs := make([]string, len(refused))
	var named []*twoCopies // told the newer by the date in its name
	exports, anyExport, allPairs := false, false, true
	for i, r := range refused {
		var notes []string
		if !sameWhat {
			notes = append(notes, r.what)
		}
		switch {
		case r.named:
			named = append(named, r)
		case r.newer != "":
			notes = append(notes, r.newer)
		}
		if r.unzip != "" {
			notes = append(notes, "unzip "+r.unzip+" to give one alone")
		}
		copies := r.copies
		if dir != "" {
			copies = make([]string, len(r.copies))
			for j, c := range r.copies {
				copies[j] = filepath.Base(c)
			}
		}
		pairs[i] = fmt.Sprintf("%s's, %s", r.network, andList(copies))
		if len(notes) > 0 {
			pairs[i] += " (" + strings.Join(notes, "; ") + ")"
		}
		exports = exports || r.exports
		anyExport = anyExport || r.exports && !r.inFolder
		allPairs = allPairs && len(r.copies) == 2
	}
	// Said of pairs where each network has two, else of each network's.
	head, advice, people, newer := "two different copies", "of each pair, move the older away, or give the newest alone", "of two exports, the newest of the person audited: they may be of two people", "newer"
	if !allPairs {
		head, advice, people, newer = "different copies", "of each, move the older ones away, or give the newest alone", "of exports, the newest of the person audited: they may be of other people", "newest"
	}
	if exports {
		if !anyExport {
			// Only copies of loose files, in folders, which may be of
			// two people too (see oneExport).
			people = strings.Replace(people, "exports", "copies", 1)
		}
		advice += " (" + people + ")"
	}
	if sameWhat {
		head = count + " different " + noun
	}
	head += " of one list in each of " + countWord(len(refused)) + " networks"
	if dir != "" {
		head += ", in " + dir
	}
	line := head + ": " + strings.Join(pairs, "; ") + ": " + advice
	if len(named) > 0 {
		line += "; " + namedNewer(named, len(named) == len(refused), newer)
	}
	return errors.New(line)
}

// namedNewer says, once for the networks of named, which of each one's
// copies is the newer (newest) by the date in its name: by that day,
// which the name holds, so that no name is said twice. Where all the
// networks refused are told so (all), and of one day, the day is said
// once.
func namedNewer(named []*twoCopies, all bool, newer string) string {
	oneDay := all
	for _, r := range named {
		oneDay = oneDay && r.namedDay == named[0].namedDay
	}
	if oneDay {
		return fmt.Sprintf("the %s of each, by the dates in their names, is that of %s", newer, named[0].namedDay)
	}
	days := make([]string, len(named))
	for i, r := range named {
		days[i] = fmt.Sprintf("%s's of %s", r.network, r.namedDay)
	}
	return fmt.Sprintf("by the dates in their names, the %s is %s", newer, andList(days))
}

// sharedDir returns the folder every copy of refused is in, to be said
// once, each copy then named by its name; "" where they are in two, or
// given by their names alone, or one is a folder inside a zip
// ("dl/x.zip!export"), whose name alone would not tell where it is.
func sharedDir(refused []*twoCopies) string {
	dir := ""
	for _, r := range refused {
		for _, c := range r.copies {
			d := filepath.Dir(c)
			if strings.Contains(c, "!") || d == "." || dir != "" && d != dir {
				return ""
			}
			dir = d
		}
	}
	return dir
}

// setNamed marks e told its newest by the date in its name (see
// newestNamed), for twoCopiesError to say once for several networks.
func (e *twoCopies) setNamed(srcs []exportSource) {
	if i, day := newestNamed(srcs); i >= 0 {
		e.named, e.namedDay = true, day
	}
}

// moreCopies returns named (the first two copies of one network's list
// found, to be refused) and the other files of files that are of the
// list (a third download of a loose file, a third quarter's zip left in
// the download folder): each not named by key as one named is (the same
// file, or a file of the same export: the zip, or the export's folder in
// a zip or folder that holds two), nor holding the same bytes as one
// (one export given zipped and unzipped). The refusal names them all,
// so that they are moved away at once: named two, the newer of the two
// read as the one to give, and the next run refused the third.
func moreCopies(files, named []*File, of func(*File) bool, key func(*File) string) []*File {
	for _, h := range files {
		if !of(h) || slices.ContainsFunc(named, func(n *File) bool { return n == h || key(n) == key(h) }) {
			continue
		}
		if slices.ContainsFunc(named, func(n *File) bool { same, err := sameContent(n, h); return err == nil && same }) {
			continue
		}
		named = append(named, h)
	}
	return named
}

// andList joins s as a person lists them: "a", "a and b", "a, b and c".
func andList(s []string) string {
	if len(s) < 2 {
		return strings.Join(s, "")
	}
	return strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}

// countWord returns n in words where it is small, as a person says it.
func countWord(n int) string {
	words := []string{"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
	if n >= 0 && n < len(words) {
		return words[n]
	}
	return fmt.Sprint(n)
}

// unzippedBeside returns, of two copies of one list that differ, the one
// on disk in a folder named as the zip the other is in (without .zip, in
// any case, as Finder, Explorer and unzip name the folder they unzip to),
// that zip's file, and the folder: an export unzipped beside its zip, a
// file of it since opened in a spreadsheet and saved (French Excel writes
// ';', CRLF, Windows-1252) or edited. One export, not "two exports, of two
// days or of two people", which sent the person to tell which was the
// newer. disk is nil where they are not so.
func unzippedBeside(a, b *File) (disk, zipped *File, folder string) {
	disk, zipped = a, b
	if !disk.onDisk {
		disk, zipped = b, a
	}
	if !disk.onDisk || zipped.onDisk || !isZip(zipped.Input) || path.Base(disk.Path) != path.Base(zipped.Path) {
		return nil, nil, ""
	}
	base := filepath.Base(zipped.Input)
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	for dir := filepath.Dir(disk.display); dir != "." && dir != filepath.Dir(dir); dir = filepath.Dir(dir) {
		if strings.EqualFold(filepath.Base(dir), stem) {
			return disk, zipped, dir
		}
	}
	return nil, nil, ""
}
