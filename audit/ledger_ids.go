package audit

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// twitterHandle reports whether s can be a Twitter/X handle: 1 to 15
// letters, digits and underscores.
func twitterHandle(s string) bool {
	return len(s) <= 15 && keyWord(s, "_")
}

// readableKey reports whether network:id, a key of a history file
// (edited by hand, maybe), would be read back from the accounts cell as
// itself: an empty id, a network the tool does not read, or an id with a
// space, a slash or a semicolon would make the next run refuse the ledger
// (see parse), and a key written otherwise than the importer writes it
// would be read as another key, never the one the history gives.
func readableKey(network, id string) bool {
	return slices.Contains(KnownNetworks, network) && id != "" && strings.TrimSpace(id) == id &&
		!strings.Contains(id, ";") && badID(id) == "" &&
		(network != Twitter || strings.Trim(id, "0123456789") == "") && canonicalID(network, id) == id
}

// scientific reports whether s is a number as a spreadsheet shows one too
// long for it, in scientific notation: digits, a decimal point or comma
// and more digits maybe, E or e, an optional sign and the exponent
// ("1.69096E+18", "1,69096E+18" in a French locale).
func scientific(s string) bool {
	mant, exp, ok := strings.Cut(strings.ToUpper(s), "E")
	if !ok {
		return false
	}
	whole, frac, _ := strings.Cut(mant, ".")
	if !strings.Contains(mant, ".") {
		whole, frac, _ = strings.Cut(mant, ",")
	}
	exp = strings.TrimPrefix(strings.TrimPrefix(exp, "+"), "-")
	digits := func(d string) bool { return strings.Trim(d, "0123456789") == "" }
	return whole != "" && exp != "" && digits(whole) && digits(frac) && digits(exp)
}

// badID says why id, typed in the accounts cell, is no account id of any
// network ("" when it may be one): ids hold no space, comma or slash,
// which a web address pasted in, a name typed for an id, or two keys run
// together, do. Such a key
// would never match, and the notes typed for it would do nothing.
//
// The id is looked through once for any of those bytes (three searches
// of each of a million keys were 48 ms of a re-audit's reading of its
// ledger), and again only to say what is wrong.
func badID(id string) string {
	for i := 0; i < len(id); i++ {
		switch id[i] {
		case '/', ',', ' ', '\t', '\r', '\n':
			return badIDMsg(id)
		}
	}
	return ""
}

// badIDMsg is badID's message about an id that holds a space, a comma or
// a slash.
func badIDMsg(id string) string {
	switch {
	case strings.Contains(id, "/"):
		return addressMsg(id)
	case strings.ContainsAny(id, ", \t\r\n") && !strings.Contains(id, ":"):
		// One key, its id a name ("facebook:Lukas Becker"): no second
		// network after the space, as two keys run together have.
		return "is a name, not an account's id (ids hold no space or comma): copy the key from unfollow.csv or keep.csv (e.g. facebook:ada-lovelace.1588291200)"
	case strings.ContainsAny(id, ", \t\r\n"):
		return "holds a space or a comma: separate the accounts with ; (e.g. facebook:ada-lovelace.1588291200;twitter:1401)"
	}
	return ""
}

// canonicalID returns a network's id as the importer makes it, from one
// typed by hand: lower case where the network's ids are (Facebook,
// Instagram, Mastodon; LinkedIn but for its percent escapes, kept as
// written: ken-o%E2%80%99brien), without the @ Instagram and Mastodon
// show before a handle, and a Mastodon domain in its ASCII (xn--) form
// where it is typed in Unicode, as a browser's address bar shows it
// (MastodonID). YouTube's channel ids are case-sensitive, and Twitter/X's
// are numbers.
func canonicalID(network, id string) string {
	switch network {
	case Mastodon:
		return MastodonID(strings.TrimPrefix(id, "@"))
	case Instagram:
		return lowerASCII(strings.TrimPrefix(id, "@"))
	case Facebook:
		return facebookID(id)
	case LinkedIn:
		if plainLinkedInID(id) {
			return id // every key a run writes from a profile address
		}
		return linkedInID(id)
	}
	return id
}

// linkedInID is canonicalID of a LinkedIn id.
func linkedInID(id string) string {
	if made, ok := linkedInNameMadeID(id); ok {
		// Made from a name by Slug, whose letters it keeps as they are
		// (søren): escaped, as a profile URL's are, it would match no
		// account, and each run would add the key again.
		return made
	}
	// A letter outside ASCII typed in capitals (Seán-Ó-Briain, as the
	// name is written) is lower-cased as the ASCII ones are: escaped as
	// it is, it would be another id, a typo to the run. An escape typed
	// (%C3%93) is kept as written, as the importer keeps it. Accents
	// typed as a letter then its mark (see nfc) are composed first: a
	// profile address escapes the composed letter.
	return lowerOutsideEscapes(escapeNonASCII(lowerNonASCII(nfc(id))))
}

// plainLinkedInID reports whether id is a LinkedIn id that canonicalID
// keeps as it is, told in one pass over its bytes: no dot (an id made
// from a name has one, see linkedInNameMadeID), no byte outside ASCII (to
// escape) and no capital (to lower-case). Those are the ids of profile
// addresses, as the importer writes them: a million of them, each looked
// at four times, were 0.14 s of a re-audit's reading of its ledger, which
// the rest of the reading waits for (docs/performance.md).
func plainLinkedInID(id string) bool {
	for i := 0; i < len(id); i++ {
		if c := id[i]; c >= utf8.RuneSelf || c == '.' || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// lowerNonASCII lower-cases the letters of s outside ASCII.
func lowerNonASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return s[:i] + strings.Map(func(r rune) rune {
				if r >= utf8.RuneSelf {
					return unicode.ToLower(r)
				}
				return r
			}, s[i:])
		}
	}
	return s
}

// linkedInNameMadeID returns a LinkedIn id the importer makes from a name
// (see importers/linkedin.go), typed by hand, as the importer makes it,
// and true; "", false for any other id. Such ids are a member followed
// (follow.<slug>), an organisation (company.<slug>) and a connection of
// an export without profile URLs (<slug>.<day>, LinkedInNameID), each
// with ~2 for namesakes; a profile's own id, from its URL, has no dot.
// The name part is made again by Slug, as facebookID does: "Follow.Søren-
// Ås" is follow.søren-as, and so is the same name saved decomposed (NFD).
func linkedInNameMadeID(id string) (string, bool) {
	base, nth, hasNth := strings.Cut(id, "~")
	var prefix, stem, suffix string
	// Matched in any case, without lower-casing the whole id (a profile's,
	// escaped, holds capitals: a copy for each of a million rows).
	hasPrefix := func(p string) bool { return len(base) >= len(p) && strings.EqualFold(base[:len(p)], p) }
	dot := strings.LastIndexByte(base, '.')
	switch {
	case hasPrefix("follow."):
		prefix, stem = "follow.", base[len("follow."):]
	case hasPrefix("company."):
		prefix, stem = "company.", base[len("company."):]
	case dot > 0 && isLinkedInNameID("x"+strings.ToLower(base[dot:])):
		stem, suffix = base[:dot], strings.ToLower(base[dot:])
	default:
		return "", false
	}
	if strings.Trim(stem, "abcdefghijklmnopqrstuvwxyz0123456789-") != "" {
		stem = Slug(stem) // a slug already, as every ASCII one the importer makes, is kept
	}
	if len(prefix)+len(stem)+len(suffix) == len(base) && strings.HasPrefix(base, prefix) &&
		strings.HasSuffix(base, suffix) && base[len(prefix):len(base)-len(suffix)] == stem {
		return id, true // as the importer makes it (every key it wrote): no copy, at a million rows
	}
	id = prefix + stem + suffix
	if hasNth {
		id += "~" + nth
	}
	return id, true
}

// facebookID returns a Facebook id typed by hand as the importer makes
// it: the slug of the name (Slug: "Café-Lumière" is cafe-lumiere,
// "SØREN" søren), then the second and the ~2 of namesakes as typed.
func facebookID(id string) string {
	base, nth, hasNth := strings.Cut(id, "~")
	stem, second := base, ""
	if i := strings.LastIndexByte(base, '.'); i > 0 && i+1 < len(base) && strings.Trim(base[i+1:], "0123456789") == "" {
		stem, second = base[:i], base[i:]
	}
	if strings.Trim(stem, "abcdefghijklmnopqrstuvwxyz0123456789-") == "" {
		return id // a slug already, as every id the importer makes
	}
	id = Slug(stem) + second
	if hasNth {
		id += "~" + nth
	}
	return id
}

// escapeNonASCII percent-encodes the bytes of s outside ASCII, upper-case
// hex, as the LinkedIn importer writes a profile address's slug: the
// address a browser shows, linkedin.com/in/seán-ó-briain, is the id
// se%C3%A1n-%C3%B3-briain.
func escapeNonASCII(s string) string {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			n++
		}
	}
	if n == 0 {
		return s
	}
	const hex = "0123456789ABCDEF"
	b := make([]byte, 0, len(s)+2*n)
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 {
			b = append(b, '%', hex[c>>4], hex[c&15])
		} else {
			b = append(b, c)
		}
	}
	return string(b)
}

// lowerOutsideEscapes lower-cases the ASCII letters of s but for the two
// hex digits after each %.
func lowerOutsideEscapes(s string) string {
	if !strings.ContainsRune(s, '%') {
		return lowerASCII(s)
	}
	upper := false // outside the escapes: most ids have none, and are kept
	for i := 0; i < len(s) && !upper; i++ {
		switch {
		case s[i] == '%':
			i += 2
		case 'A' <= s[i] && s[i] <= 'Z':
			upper = true
		}
	}
	if !upper {
		return s
	}
	b := []byte(s)
	for i := 0; i < len(b); i++ {
		switch {
		case b[i] == '%':
			i += 2
		case 'A' <= b[i] && b[i] <= 'Z':
			b[i] += 'a' - 'A'
		}
	}
	return string(b)
}

// lowerASCII lower-cases the ASCII letters of s, as the Instagram and
// Mastodon importers do for their ids.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
