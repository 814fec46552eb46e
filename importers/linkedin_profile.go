package importers

import (
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// owner reads whose export it is from Profile.csv: its one row's First
// Name and Last Name, joined. LinkedIn's export holds no id of its
// owner (Profile.csv has no profile URL; the e-mail addresses and the
// websites change too), so the name, as written, is the Owner's ID and
// Name, compared by audit.FoldName (case, accents, a ", PhD" after the
// name do not count; see audit.SameOwner). A person who changes their
// name on LinkedIn is refused once, by a message that says a changed
// name is the same person and --same-person goes on; two namesakes pass,
// and the lists are still judged as before (ForeignLists).
//
// Profile.csv is not what the person asked to audit, so it is read
// leniently: a file that cannot be read or parsed, without the two
// columns, without a row, or whose name folds to nothing (emoji alone)
// says nothing, and the audit goes on as with no such file. Its header is
// English whatever the language of the account, as the export's are.
// Only a Profile.csv of the export's own comes here: one lying beside it,
// in no zip or folder of its lists, is not read (ownSides).
func (LinkedIn) owner(files []*File) (audit.Owner, bool, error) {
	for _, f := range files {
		if f.Kind != liProfile {
			continue
		}
		if name := liProfileName(f); name != "" {
			return audit.Owner{Network: audit.LinkedIn, ID: name, Name: name, Source: f.ownerSource()}, true, nil
		}
	}
	return audit.Owner{}, false, nil
}

// liProfileName returns the name Profile.csv f gives its owner, or ""
// (see owner).
func liProfileName(f *File) string {
	c, err := openCSV(f)
	if err != nil {
		return ""
	}
	defer c.Close()
	first, last := -1, -1
	for {
		rec, _, err := c.next()
		if err != nil {
			return ""
		}
		if first < 0 {
			for i, cell := range rec {
				switch strings.ToLower(strings.TrimSpace(cell)) {
				case "first name":
					first = i
				case "last name":
					last = i
				}
			}
			if first < 0 || last < 0 {
				return ""
			}
			continue
		}
		if first >= len(rec) || last >= len(rec) {
			return ""
		}
		name := strings.Join(strings.Fields(cleanText(rec[first])+" "+cleanText(rec[last])), " ")
		if audit.FoldName(name) == "" {
			return ""
		}
		return printable(name)
	}
}

// profileSlug returns the <slug> of a linkedin.com/in/<slug> URL and
// where it starts in u, or "" when u is not one (then the ID comes from
// the name and date).
func profileSlug(u string) (slug string, at int) {
	// The form of every profile URL in today's exports, checked first: a
	// million connections each pay for the general parse below otherwise.
	const usual = "https://www.linkedin.com/in/"
	rest, ok := strings.CutPrefix(u, usual)
	if !ok {
		if rest, ok = cutProfilePath(u); !ok {
			return "", 0
		}
	}
	at = len(u) - len(rest)
	for i := 0; i < len(rest); i++ {
		if c := rest[i]; c == '/' || c == '?' || c == '#' {
			return rest[:i], at
		}
	}
	return rest, at
}

// cutProfilePath returns what follows "in/" in a linkedin.com/in/ URL of
// any scheme case and subdomain, and whether u is one.
func cutProfilePath(u string) (string, bool) {
	rest := u
	if len(rest) >= 8 && strings.EqualFold(rest[:8], "https://") {
		rest = rest[8:]
	} else if len(rest) >= 7 && strings.EqualFold(rest[:7], "http://") {
		rest = rest[7:]
	}
	host, p, ok := strings.Cut(rest, "/")
	if !ok || !(strings.EqualFold(host, "linkedin.com") ||
		len(host) > len(".linkedin.com") && strings.EqualFold(host[len(host)-len(".linkedin.com"):], ".linkedin.com")) {
		return "", false
	}
	if len(p) < 3 || !strings.EqualFold(p[:3], "in/") {
		return "", false
	}
	return p[3:], true
}

// writeProfileID writes slug as an ID: ASCII letters lower-cased, percent
// escapes as written, letters, digits, '-' and '_' as they are, and every
// other byte percent-encoded, so that the ID is safe in the ledger (no ';'
// or space) and cannot be mistaken for a name-and-date ID ('.') or a
// repeat ('~'). Raw UTF-8 thus gives the same ID as LinkedIn's own
// percent-encoded form.
func writeProfileID(b *strings.Builder, slug string) {
	const hex = "0123456789ABCDEF"
	for i := 0; i < len(slug); i++ {
		c := slug[i]
		switch {
		case c == '%' && i+2 < len(slug) && isHexDigit(slug[i+1]) && isHexDigit(slug[i+2]):
			b.WriteString(slug[i : i+3])
			i += 2
		case 'A' <= c && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '-', c == '_':
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
}

// isPlainID reports whether writeProfileID writes slug as it is: lower
// case letters, digits, '-', '_' and percent escapes only.
func isPlainID(slug string) bool {
	for i := 0; i < len(slug); i++ {
		c := slug[i]
		switch {
		case c == '%' && i+2 < len(slug) && isHexDigit(slug[i+1]) && isHexDigit(slug[i+2]):
			i += 2
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '-', c == '_':
		default:
			return false
		}
	}
	return true
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
