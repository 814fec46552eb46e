package importers

import "strconv"

// nthID returns id the first time counts sees it, then id~2, id~3, ...:
// the second, third, ... account of a file with the same derived ID (two
// namesakes) keeps one of its own. counts is the importer's per-file tally.
func nthID(counts map[string]int, id string) string {
	counts[id]++
	if n := counts[id]; n > 1 {
		return id + "~" + strconv.Itoa(n)
	}
	return id
}
