package importers

import "strings"

// The numbered parts of a long list (Twitter/X's follower-part1.js,
// Instagram's followers_2.json, Facebook's your_friends_2.json), as each
// importer tells a part missing.

// firstGap returns the first part missing from parts, the part numbers of
// a list's files in order, counted from first, and the index in parts of
// the part after it; at is -1 where none is missing. A part repeated (the
// zip and its unzipped copy) is one.
func firstGap(parts []int, first int) (missing, at int) {
	next := first
	for i, part := range parts {
		switch {
		case part < next:
			continue // a copy of a part already there
		case part == next:
			next++
			continue
		}
		return next, i
	}
	return 0, -1
}

// yearNotPart reports whether digits, the number after a list's name
// (your_friends_2025.json, followers_2025.json), are a year of this
// century: a copy the person kept under the list's name and the year,
// not part 2025 of a list of over 2,000 parts. Taken for a part, it was
// refused as one without part 2, a file no export holds. Facebook reads
// such a copy as one under a name of its own in its folders (see
// docs/limitations-exports.md); Instagram, as its followers list again.
func yearNotPart(digits string) bool {
	return len(digits) == 4 && strings.HasPrefix(digits, "20")
}
