package importers

import (
	"errors"
	"fmt"
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
	network string // the network's title
	a, b    string // the two, named as the person moves them away
	what    string // what they are, in a line of several: "two exports"
	exports bool   // two exports, which may be of two people
	newer   string // which is the newer, as newerOf tells it, or ""
	unzip   string // the zip that holds both, to be unzipped, or ""
	line    string // the refusal, said alone
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
	exports := false
	for i, r := range refused {
		notes := []string{r.what}
		if r.newer != "" {
			notes = append(notes, r.newer)
		}
		if r.unzip != "" {
			notes = append(notes, "unzip "+r.unzip+" to give one alone")
		}
		pairs[i] = fmt.Sprintf("%s's, %s and %s (%s)", r.network, r.a, r.b, strings.Join(notes, "; "))
		exports = exports || r.exports
	}
	advice := "of each pair, move the older away, or give the newest alone"
	if exports {
		advice += " (of two exports, the newest of the person audited: they may be of two people)"
	}
	return errors.New("two different copies of one list in each of " + countWord(len(refused)) + " networks: " + strings.Join(pairs, "; ") + ": " + advice)
}

// countWord returns n in words where it is small, as a person says it.
func countWord(n int) string {
	words := []string{"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
	if n >= 0 && n < len(words) {
		return words[n]
	}
	return fmt.Sprint(n)
}
