package audit

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Namesakes of what a spreadsheet shows.
//
// hasNamesake tells apart accounts of one network and one name. A name
// from an export is whatever its owner chose, and one can differ from
// another only by characters a spreadsheet, a browser or a terminal does
// not show: a zero-width space or joiner, a soft hyphen, a word joiner,
// a variation selector ("Anna Smith" and "Anna Smith" followed by U+200D).
// Their rows and search links look alike, and a stranger may name
// themselves so to look like a friend; they are namesakes too. Only the
// rare name that holds such a character costs more than a look at its
// bytes: the names of a million rows are not put in a map. Letters of
// another script that look alike (a Cyrillic А for a Latin A) are
// written and sorted otherwise, and are told apart by neither: which
// letters look alike depends on the font.

// invisible reports whether r is drawn as nothing: a format character
// (Unicode's Cf: zero-width space, joiners, the bidirectional marks, a
// soft hyphen, a byte order mark) or a variation selector.
func invisible(r rune) bool {
	return unicode.Is(unicode.Cf, r) || ('\uFE00' <= r && r <= '\uFE0F') || unicode.Is(unicode.Variation_Selector, r)
}

// hasInvisible reports whether name holds a character invisible reports.
// Every one of them is outside ASCII: an ASCII name is looked at byte by
// byte, without decoding.
func hasInvisible(name string) bool {
	for i := 0; i < len(name); {
		if name[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(name[i:])
		if invisible(r) {
			return true
		}
		i += size
	}
	return false
}

// shownName returns name without the characters invisible reports.
func shownName(name string) string {
	return strings.Map(func(r rune) rune {
		if invisible(r) {
			return -1
		}
		return r
	}, name)
}

// lookalikes returns the indexes of the items of items (sorted as
// hasNamesake wants them) whose name shows as another's of their network,
// written otherwise (see above), or nil where no name holds an invisible
// character, as is the rule. An item whose link opens it alone
// (linkOfItsOwn) needs nothing to tell it apart, as for hasNamesake.
func lookalikes(items []Item) map[int]bool {
	// byShown[network][shown name] lists the items of such names.
	var byShown map[string]map[string][]int
	for i := range items {
		a := items[i].Account
		if a.Name == "" || !hasInvisible(a.Name) || linkOfItsOwn(a) { // the cheap test first: most names have none
			continue
		}
		if byShown == nil {
			byShown = map[string]map[string][]int{}
		}
		if byShown[a.Network] == nil {
			byShown[a.Network] = map[string][]int{}
		}
		k := shownName(a.Name)
		byShown[a.Network][k] = append(byShown[a.Network][k], i)
	}
	if byShown == nil {
		return nil
	}
	// The names shown alike without being written alike: those of the
	// names written without an invisible character (looked up as they
	// are, without making a string), and those of two written with one.
	plain := map[string]map[string]bool{}
	for i := range items {
		a := items[i].Account
		if a.Name == "" {
			continue
		}
		if _, ok := byShown[a.Network][a.Name]; ok && !hasInvisible(a.Name) && !linkOfItsOwn(a) {
			if plain[a.Network] == nil {
				plain[a.Network] = map[string]bool{}
			}
			plain[a.Network][a.Name] = true
		}
	}
	out := map[int]bool{}
	for network, names := range byShown {
		for shown, idx := range names {
			written := map[string]bool{}
			for _, i := range idx {
				written[items[i].Account.Name] = true
			}
			if !plain[network][shown] && len(written) < 2 {
				continue // only one way of writing it: hasNamesake's to tell
			}
			for _, i := range idx {
				out[i] = true
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	// The items written without an invisible character that have a
	// lookalike get the mark too.
	for i := range items {
		a := items[i].Account
		if a.Name != "" && plain[a.Network][a.Name] && !linkOfItsOwn(a) {
			out[i] = true
		}
	}
	return out
}
