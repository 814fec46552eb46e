package importers

import (
	"errors"
	"fmt"
	"slices"
	"strings"
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
	network string   // the network's title
	copies  []string // the two (or more), named as the person moves them away
	what    string   // what they are, in a line of several: "two exports"
	exports bool     // two exports, which may be of two people
	newer   string   // which is the newer, as newestOf tells it, or ""
	unzip   string   // the zip that holds both, to be unzipped, or ""
	line    string   // the refusal, said alone
}

func (e *twoCopies) Error() string { return e.line }

// twoCopiesError returns the refusal of refused, the pairs of several
// networks (one each, in the order of the importers), on one line: each
// network's pair with what it is and which is the newer where that can be
// told, then the advice once. A pair of one network is said alone, as
// oneExport words it. It returns nil for none.
func twoCopiesError(refused []*twoCopies) error {
	switch len(refused) {
	case 0:
		return nil
	case 1:
		return refused[0]
	}
	pairs := make([]string, len(refused))
	exports, allPairs := false, true
	for i, r := range refused {
		notes := []string{r.what}
		if r.newer != "" {
			notes = append(notes, r.newer)
		}
		if r.unzip != "" {
			notes = append(notes, "unzip "+r.unzip+" to give one alone")
		}
		pairs[i] = fmt.Sprintf("%s's, %s (%s)", r.network, andList(r.copies), strings.Join(notes, "; "))
		exports = exports || r.exports
		allPairs = allPairs && len(r.copies) == 2
	}
	// Said of pairs where each network has two, else of each network's.
	head, advice, people := "two different copies", "of each pair, move the older away, or give the newest alone", "of two exports, the newest of the person audited: they may be of two people"
	if !allPairs {
		head, advice, people = "different copies", "of each, move the older ones away, or give the newest alone", "of exports, the newest of the person audited: they may be of other people"
	}
	if exports {
		advice += " (" + people + ")"
	}
	return errors.New(head + " of one list in each of " + countWord(len(refused)) + " networks: " + strings.Join(pairs, "; ") + ": " + advice)
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
