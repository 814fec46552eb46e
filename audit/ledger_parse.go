package audit

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/unfollow-audit/unfollow-audit/internal/arena"
)

// notUTF8 says what is wrong with a ledger cell that is not UTF-8, and
// what to do.
const notUTF8 = "is not UTF-8: save the ledger as \"CSV UTF-8\" in your spreadsheet"

// nulByte says what is wrong with a ledger line holding a zero byte: no
// spreadsheet writes one in a CSV file, but a file cut by a crash or a
// full disk can end in them.
const nulByte = "holds a NUL byte (0x00): the file is damaged (by a crash or a full disk?): put back ledger.previous.csv, or delete that line in a text editor"

// inOneCell reports whether rec is a whole line of a ledger of columns
// cells held in one cell: Excel, where the list separator is not the
// file's, opens a ledger in one column, and saves each line as one cell,
// quoted where it holds a ';' or a quote. Read on, such a row is one of an
// unknown person_id, and its accounts get a row of their own.
func inOneCell(rec []string, columns int, comma byte) bool {
	return len(rec) == 1 && columns > 1 && strings.Count(rec[0], string(comma)) >= columns-1
}

// oneCell says what is wrong with a ledger line read as one cell (see
// inOneCell), and what to do.
func oneCell(comma byte) string {
	sep := separatorWord(comma)
	return "holds a whole row in one cell: the spreadsheet opened the ledger in one column (Excel does where its list separator is another); in Excel select column A, Data → Text to Columns, Delimited, " +
		sep + ", then save as CSV UTF-8"
}

// typedBeside reports whether an in_exports cell v is the tool's word
// (yes or no, or none) followed by another list separator than the
// ledger's (comma) and more: a row Excel opened in one column, where its
// list separator is that other one, saved with what the person typed in
// the cells beside it ("yes;2026-06-01"). Read as the ledger's columns,
// that typing lands in the row's last cell, in_exports, which every run
// writes over: it would be lost without a word. Anything else in the
// cell is the tool's to write over, as docs/ledger.md says.
//
// It returns that other separator, or 0 where the cell is not typed
// beside. A ledger of tabs may have been shown in one column by Excel of
// either list separator, ',' or ';': both are looked for.
func typedBeside(v string, comma byte) byte {
	for _, other := range otherSeparators(comma) {
		if typedBesideAfter(v, other) {
			return other
		}
	}
	return 0
}

// typedBesideAfter is typedBeside for one other separator.
func typedBesideAfter(v string, other byte) bool {
	word, rest, ok := strings.Cut(v, string(other))
	if !ok || strings.Trim(rest, string(other)+" ") == "" {
		return false
	}
	word = strings.TrimSpace(word)
	return word == "" || strings.EqualFold(word, "yes") || strings.EqualFold(word, "no")
}

// typedBesideMsg says what is wrong with an in_exports cell of a row
// typed beside after the separator other (see typedBeside), and what to
// do.
func typedBesideMsg(comma, other byte) string {
	return fmt.Sprintf("holds what was typed beside this row, after a %q: the spreadsheet showed the ledger in one column (Excel does where its list separator is another), and what was typed in the columns beside the row ended in in_exports, which every run writes over; move it to its own column (last_met, note...), leaving yes or no there, or in Excel select column A, Data → Text to Columns, Delimited, %s, and type it in its column",
		other, separatorWord(comma))
}

// separatorWord is the name of the separator comma in Excel's Text to
// Columns.
func separatorWord(comma byte) string {
	if sep := map[byte]string{';': "Semicolon", '\t': "Tab"}[comma]; sep != "" {
		return sep
	}
	return "Comma"
}

// otherSeparator is the list separator Excel saves with where it opens a
// ledger separated by comma in one column: ';' for a ledger of commas
// (French or German settings), ',' for one of ';' or tabs.
func otherSeparator(comma byte) byte {
	if comma == ',' {
		return ';'
	}
	return ','
}

// otherSeparators are the list separators Excel may save with where it
// opens a ledger separated by comma in one column: for a ledger of tabs,
// both ',' and ';', as Excel's list separator is one or the other.
func otherSeparators(comma byte) []byte {
	if comma == '\t' {
		return []byte{',', ';'}
	}
	return []byte{otherSeparator(comma)}
}

// A rowParser checks and parses the records of one ledger file, whose
// columns it knows by index: a million rows would otherwise look each
// column up by name a dozen times. Rows and their cells are cut from
// slabs, a thousand rows at a time.
type rowParser struct {
	l    *Ledger
	name string
	asOf Date

	personID, lastMet, inspiring, supplier, toxic, unsure, relationship, note, accounts int
	// inExports is the in_exports column's index plus one, 0 where the
	// ledger has none.
	inExports int

	rows []LedgerRow
	text *arena.Strings // rows' cells are written in it
	keys []string       // rows' account keys are cut from it too
	// typed are the keys of the row parsed last that its cell writes
	// otherwise (see lineKeys.typed).
	typed []typedKey
}

// A typedKey is a row's account key as its cell writes it, where that is
// not the key: at is its index in the row's Accounts.
type typedKey struct {
	at   int
	cell string
}

// parse checks and parses one record; it returns nil for a blank line.
//
// A blank line is one of empty cells only (",,,", or a line of one ""),
// which has nothing to lose: the CSV reader skips empty lines, and such a
// line is skipped too. A cell of spaces is no empty cell but what the
// person typed: a row of spaces alone is kept and written back as it was
// (a row of no one, as one of notes alone), and a cell of spaces beyond
// the header's columns is refused as any other cell there, never dropped.
func (p *rowParser) parse(rec []string, line int) (*LedgerRow, error) {
	l, name, asOf := p.l, p.name, p.asOf
	p.typed = p.typed[:0]
	blank := true
	for i, c := range rec {
		if !utf8.ValidString(c) {
			return nil, &LedgerError{File: name, Line: line, Column: l.Header[min(i, len(l.Header)-1)], Value: strings.ToValidUTF8(c, "?"), // a copy: c is not UTF-8
				Msg: notUTF8}
		}
		if strings.IndexByte(c, 0) >= 0 {
			return nil, &LedgerError{File: name, Line: line, Msg: nulByte}
		}
		if c != "" {
			blank = false
		}
	}
	if blank {
		return nil, nil
	}
	if inOneCell(rec, len(l.Header), l.dialect.comma) {
		return nil, &LedgerError{File: name, Line: line, Msg: oneCell(l.dialect.comma)}
	}
	if len(rec) > len(l.Header) {
		for i := len(l.Header); i < len(rec); i++ {
			if c := rec[i]; c != "" {
				return nil, &LedgerError{File: name, Line: line, Column: strconv.Itoa(i + 1), Value: strings.Clone(c), Msg: fmt.Sprintf(
					"is beyond the header's %d columns: give this column a name in the header, or clear the cell", len(l.Header))}
			}
		}
		rec = rec[:len(l.Header)]
	}
	const slab = 1024
	if len(p.rows) == 0 {
		p.rows = make([]LedgerRow, slab)
	}
	row := &p.rows[0]
	p.rows = p.rows[1:]
	row.Line = int32(min(line, math.MaxInt32))
	size := 0
	for _, c := range rec {
		size += len(c)
	}
	// The cells as the file has them (see rowCells), and empty ones for
	// the trailing cells a spreadsheet dropped.
	head, _ := cellsHead(len(l.Header), size)
	b, start := p.text.Room(head + size)
	writeCells(b, len(l.Header), size, rec)
	row.cells.s = p.text.Since(start)
	cell := func(i int) string { return Unneutralize(row.cells.at(i)) }
	n := &row.Notes
	for _, b := range []struct {
		i   int
		col string
		dst *bool
	}{{p.inspiring, ColInspiring, &n.Inspiring}, {p.supplier, ColSupplier, &n.Supplier}, {p.toxic, ColToxic, &n.Toxic}, {p.unsure, ColUnsure, &n.Unsure}} {
		v := cell(b.i)
		ok := false
		if *b.dst, ok = ParseBool(v); !ok {
			return nil, &LedgerError{File: name, Line: line, Column: b.col, Value: v, Msg: "is not yes or no (" + acceptedBools + ")"}
		}
		n.Answered = n.Answered || strings.TrimSpace(v) != ""
	}
	v := cell(p.lastMet)
	met, err := ParsePeriod(v)
	if err != nil && mayBeMisread(v) && misread(v) {
		// A month's name a spreadsheet misread (MÃ¤rz 2026, fÃ©vr. 2026),
		// read as it was written, as the keys are: the run says the
		// ledger was misread (Misread), not that a date typed in a form
		// the ledger reads is none. The cell stays as it is.
		if m, e := ParsePeriod(readBack(v)); e == nil {
			met, err = m, nil
		}
	}
	if err != nil {
		msg := "is not a date: write YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2026-03-02, 2026-03 or 2026), or a month by its name or number with the year in four digits (March 2026, 03/2026), or leave it empty"
		if y := yearAsDate(v); y != 0 {
			msg = fmt.Sprintf("is the year %d shown as a date by a spreadsheet (a cell of a year alone, given a date's format): write %d again in a cell formatted as Text", y, y)
		} else if errors.Is(err, ErrBefore1970) {
			msg = ErrBefore1970.Error()
		} else if errors.Is(err, ErrDotMonth) {
			msg = ErrDotMonth.Error()
		} else if de, ok := errors.AsType[*DayError](err); ok {
			msg = "is not a day of the calendar (" + de.Why + "): check the date"
		} else if we, ok := errors.AsType[*WeekdayError](err); ok {
			msg = "names a day after a weekday that is not its own (" + we.Why() + "): check the date, or write it without the weekday"
		} else if how := spreadsheetDate(v); how != "" {
			msg = how
		}
		return nil, &LedgerError{File: name, Line: line, Column: ColLastMet, Value: v, Msg: msg}
	}
	if met.First > asOf {
		return nil, &LedgerError{File: name, Line: line, Column: ColLastMet, Value: v,
			Msg: fmt.Sprintf("is after the audit date %s: check the date, or give --as-of", asOf)}
	}
	n.LastMet = met
	if p.inExports > 0 {
		v := cell(p.inExports - 1)
		if other := typedBeside(v, l.dialect.comma); other != 0 {
			return nil, &LedgerError{File: name, Line: line, Column: ColInExports, Value: v, Msg: typedBesideMsg(l.dialect.comma, other)}
		}
	}
	n.Relationship = cell(p.relationship)
	n.Note = cell(p.note)
	v = cell(p.accounts)
	if v != "" {
		// At most one key more than semicolons; capped, like the cells.
		n := strings.Count(v, ";") + 1
		if len(p.keys) < n {
			p.keys = make([]string, max(slab, n))
		}
		row.Accounts, p.keys = p.keys[:0:n], p.keys[n:]
	}
	for rest := v; rest != ""; {
		var k string
		k, rest, _ = strings.Cut(rest, ";")
		k = trimKey(k)
		if k == "" {
			continue
		}
		// A key a spreadsheet misread (linkedin:follow.sÃ¸ren-as) is
		// read as it was written: it would match no account, and the
		// account would leave its row and notes. The cell stays as it is.
		net, id, ok := strings.Cut(readBack(k), ":")
		net, id = strings.ToLower(strings.TrimSpace(net)), trimKey(id)
		if !ok || net == "" || id == "" {
			return nil, &LedgerError{File: name, Line: line, Column: ColAccounts, Value: k,
				Msg: "is not an account: write network:id, several separated by ; (e.g. facebook:ada-lovelace.1588291200;twitter:1401)"}
		}
		// A key that names no account of any export would be kept and
		// never match: the annotation typed for it would silently do
		// nothing.
		if !slices.Contains(KnownNetworks, net) {
			msg := "names no network the tool reads: write " + strings.Join(KnownNetworks, ", ") + " before the colon"
			if net == "http" || net == "https" || strings.HasPrefix(id, "//") {
				// A profile's address pasted whole, where the person
				// may not know what a key looks like.
				msg = addressMsg(k)
			}
			return nil, &LedgerError{File: name, Line: line, Column: ColAccounts, Value: k, Msg: msg}
		}
		if net == Twitter && scientific(id) {
			// Copied from unfollow.csv's id column as a spreadsheet
			// shows an id of 19 digits: its last digits are gone.
			return nil, &LedgerError{File: name, Line: line, Column: ColAccounts, Value: k,
				Msg: "is a Twitter/X id a spreadsheet rounded, in scientific notation: the digits it dropped are lost, and it matches no account. Copy the key from the ledger's own accounts cells, which keep every digit, or open unfollow.csv with its id column imported as text"}
		}
		if msg := badID(id); msg != "" {
			return nil, &LedgerError{File: name, Line: line, Column: ColAccounts, Value: k, Msg: msg}
		}
		if net == Twitter && strings.Trim(id, "0123456789") != "" {
			e := &LedgerError{File: name, Line: line, Column: ColAccounts, Value: k,
				Msg: "is not a Twitter/X account id, which is a number: copy the key from unfollow.csv or keep.csv (twitter:1401, not twitter:@handle)"}
			if h := strings.TrimPrefix(id, "@"); twitterHandle(h) {
				e.handle = h // named once the exports are read
			}
			return nil, e
		}
		// "Twitter : 1401" typed by hand is twitter:1401, "GretaL" on a
		// network whose ids are lower case is gretal, and "@kai@host" on
		// Mastodon (as the name column shows it) is kai@host; the cell
		// itself stays as written.
		id = canonicalID(net, id)
		typed := k
		if !isKey(k, net, id) { // else the cell's own text is the key
			k = net + ":" + id
		}
		if slices.Contains(row.Accounts, k) {
			continue // one account listed twice, or written two ways: once
		}
		if typed != k {
			p.typed = append(p.typed, typedKey{len(row.Accounts), typed})
		}
		row.Accounts = append(row.Accounts, k)
	}
	return row, nil
}

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
	// (%C3%93) is kept as written, as the importer keeps it.
	return lowerOutsideEscapes(escapeNonASCII(lowerNonASCII(id)))
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

// spreadsheetDateFix is what to do about a last_met cell a spreadsheet
// saved in its own form of a date (see spreadsheetDate). Excel takes a
// format's letters in its own language: a French Excel refuses
// yyyy-mm-dd, and the person it was given to could not follow it.
const spreadsheetDateFix = ", not in the ledger's form (YYYY-MM-DD, YYYY-MM or YYYY): a spreadsheet (Excel, Numbers, Google Sheets) saves a date, typed or written by review as 2026-03-02, as your region shows it: a day as 02/03/2026, where which number is the day cannot be told, a month as Mar-26. " +
	spreadsheetFormatFix

// spreadsheetFormatFix is how to have a spreadsheet save the last_met
// cells in the ledger's form.
const spreadsheetFormatFix = "Give the last_met cells the format yyyy-mm-dd (yyyy-mm for a month; Excel: Format Cells → Custom, where a French Excel writes it aaaa-mm-jj and a German one JJJJ-MM-TT) and save again, or write the dates in cells formatted as Text"

// spreadsheetNamedFix is spreadsheetDateFix for a day a spreadsheet saved
// with its month's name (2-mars-26, Monday, 2-Mar-26): which number
// is the day is no question there, what to write instead is.
const spreadsheetNamedFix = ", not in a form the ledger reads: write it year first (2026-03-02), or by its month's name with the year in four digits (2 March 2026, March 2, 2026). " +
	"A spreadsheet (Excel, Numbers, Google Sheets) saves a date, typed or written by review as 2026-03-02, as your region shows it. " + spreadsheetFormatFix

// spreadsheetMonthFix is what to do about a month a spreadsheet saved
// with its year in two digits (Mar-26). %s is the month year first.
const spreadsheetMonthFix = "is a month as a spreadsheet shows it, its year in two digits, not in a form the ledger reads: write it year first, %s, or by its name or number with the year in four digits (March 2026, 03/2026). " +
	"A spreadsheet (Excel, Numbers, Google Sheets) saves a date as your region shows it, a month as Mar-26. " + spreadsheetFormatFix

// shortYearMonthMsg is the message for a month's number and a year in
// two digits (03/26), or a month and a day with no year: which is meant
// cannot be told, and no day is said to be in question.
const shortYearMonthMsg = "is a month or a day without a year of four digits: write a month year first, 2026-03 (or 03/2026), a day 2026-03-02"

// spreadsheetDate says how a last_met cell that is not a date of the
// ledger's forms looks like one a spreadsheet wrote, and what to do about
// it, or returns "". Only a day written in numbers alone is said to be
// one where which number is the day cannot be told. Excel
// reads 2026-03-02 in a CSV as a date and saves it as its region shows
// dates (3/2/2026, 02/03/2026, 02.03.2026, 2-Mar-26; Numbers and Google
// Sheets in the US Mar 2, 2026), a month (2026-03)
// as Mar-26, and a date cell formatted as Text afterwards as its serial
// number (46083): the message "write YYYY-MM-DD" alone was a riddle to
// someone who had, and who would type it again in vain. Year first
// (2026/3/2, 2026.03.02) ParsePeriod reads it; what is left of that
// shape here (2026. 03. 02., as Hungarian Excel saves it) is still said
// to be a spreadsheet's, and the fix is the same.
func spreadsheetDate(v string) string {
	v = withoutClock(strings.TrimSpace(v))
	if len(v) == 5 && isDigits(v) {
		// Days since 1899-12-30: 25569 is 1970-01-01, 80000 is in 2119.
		if n, _ := strconv.Atoi(v); n >= 25569 && n < 80000 {
			return "is the number a spreadsheet keeps a date as" + spreadsheetDateFix
		}
		return ""
	}
	if strings.Contains(v, ",") {
		// Mar 2, 2026 and Monday, March 2, 2026, as Numbers and Google
		// Sheets show a date in the US: a comma is one only before a
		// space (3,2,2026 is not such a date).
		if strings.Count(v, ",") != strings.Count(v, ", ") {
			return ""
		}
		v = strings.ReplaceAll(v, ", ", " ")
	}
	parts := strings.FieldsFunc(v, func(r rune) bool { return r == '/' || r == '.' || r == '-' || r == ' ' })
	// Spanish and Portuguese name a day "2 de marzo de 2026", a month
	// "marzo de 2026", after the weekday "lunes" or "segunda-feira".
	parts = slices.DeleteFunc(parts, func(p string) bool {
		p = strings.ToLower(p)
		return p == "de" || p == "del" || p == "feira"
	})
	if len(parts) == 4 && weekdayName(parts[0]) {
		// A long date with a year in two digits: Monday, 2-Mar-26.
		parts = parts[1:]
	}
	if len(parts) < 2 || len(parts) > 3 {
		return ""
	}
	named := 0 // parts that are a month's name (Mar, mars, März)
	for _, p := range parts {
		switch {
		case isDigits(p) && len(p) <= 4:
		case monthName(p):
			named++
		default:
			return ""
		}
	}
	switch {
	case named == 1 && len(parts) == 2 && !isDigits(parts[0]) && len(parts[1]) == 2:
		// Mar-26, as a spreadsheet saves a month. (March 2026 is read.)
		m := monthOf(strings.TrimSuffix(parts[0], "."))
		if m == 0 { // Mrz, short for März, is one; jui, juin or juillet, is not
			return "is a month as a spreadsheet shows it" + spreadsheetNamedFix
		}
		return fmt.Sprintf(spreadsheetMonthFix, fmt.Sprintf("20%s-%02d", parts[1], m))
	case named == 1 && (len(parts) == 2 && !isDigits(parts[0]) || len(parts) == 3 && !isDigits(parts[1])):
		// 2-Mar-26, Monday 2 Mar 26.
		return "is a date as a spreadsheet shows it" + spreadsheetNamedFix
	case named == 1 && len(parts) == 3 && !isDigits(parts[0]) && len(parts[1]) <= 2 && len(parts[2]) == 4:
		// Mar 2, 2026, month first by its name (read; here after a word
		// that only starts like a weekday).
		return "is a date as a spreadsheet shows it" + spreadsheetNamedFix
	case named == 0 && len(parts) == 3 && !(len(parts[0]) == 4 && strings.Contains(v, "-")):
		// 3/2/2026, 02.03.26, 2026. 03. 02.; not 2026-3-2, typed so.
	case named == 0 && len(parts) == 2 && len(parts[0]) <= 2 && len(parts[1]) <= 2 && !strings.Contains(v, " "):
		// 03/26: March 2026, or March 26th.
		return shortYearMonthMsg
	default:
		return ""
	}
	return "is a date as a spreadsheet shows it" + spreadsheetDateFix
}

// withoutClock returns v without the time of day a spreadsheet saves after
// a date it holds as a date and time (02/03/2026 00:00, 3/2/2026 0:00:00,
// 3/2/26 12:00 AM: Excel, given 2026-03-02 00:00:00 as LibreOffice or
// Google Sheets saved it), so that the date before it is told a
// spreadsheet's as it is alone; v as it is where no date precedes one.
func withoutClock(v string) string {
	rest, last, ok := cutLastField(v)
	if !ok {
		return v
	}
	if l := strings.ToUpper(last); l == "AM" || l == "PM" {
		if rest, last, ok = cutLastField(rest); !ok {
			return v
		}
	}
	h, ms, _ := strings.Cut(last, ":")
	if len(h) < 1 || len(h) > 2 || !isDigits(h) || len(ms) != 2 && len(ms) != 5 {
		return v
	}
	m, sec, withSec := strings.Cut(ms, ":")
	if len(m) != 2 || !isDigits(m) || withSec && (len(sec) != 2 || !isDigits(sec)) {
		return v
	}
	return rest
}

// cutLastField splits v at its last space into what comes before it,
// trimmed, and the word after; ok is false where either is empty.
func cutLastField(v string) (rest, last string, ok bool) {
	i := strings.LastIndexByte(v, ' ')
	if i < 0 {
		return v, "", false
	}
	rest, last = strings.TrimRight(v[:i], " "), v[i+1:]
	return rest, last, rest != "" && last != ""
}

// yearAsDate returns the year a last_met cell held before a spreadsheet
// gave it a date's format, or 0. A year alone (2026) is a number to
// Excel, and formatted yyyy-mm-dd, as the message of spreadsheetDate
// asks for the column's dates, the number is taken for a day count from
// 1899-12-30: 2026 shows as 1905-07-18. Years 1970 to 2100 fall within
// 1905, which no one gives as the day they last met.
//
// A day is read in any form ParsePeriod takes (1905-7-18,
// 1905-07-18 00:00:00).
func yearAsDate(v string) int {
	y, m, d, parts := splitDate(strings.TrimSpace(v))
	if parts != 3 || y != 1905 || m < 1 || m > 12 || d < 1 || d > DaysIn(y, time.Month(m)) {
		return 0
	}
	y = int(NewDate(y, time.Month(m), d) - NewDate(1899, time.December, 30))
	if y < 1970 || y > 2100 {
		return 0
	}
	return y
}

// monthNames are the months' names in the languages whose yes and no the
// ledger reads (see ParseBool): English, French, German (and Austrian
// Jänner), Spanish, Italian, Dutch and Portuguese, with the accents
// left out too. A spreadsheet shortens them to their first letters (Mar,
// févr, juil, sept), but for monthShort's.
var monthNames = strings.Fields("january february march april may june july august september october november december " +
	"janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre " +
	"januar jänner jaenner februar märz maerz marz juni juli oktober dezember " +
	"enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre " +
	"gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre " +
	"januari februari maart mei augustus " +
	"janeiro fevereiro março marco maio junho julho setembro outubro novembro dezembro")

// monthShort are the short months' names that are not the first letters
// of a name: German Excel's Mrz, Dutch mrt.
var monthShort = []string{"mrz", "mrt"}

// monthName reports whether p is a month's name as a spreadsheet writes
// it in a date (Mar, mars, März, juil, maart), whole or its first three
// letters or more, not any word (summer 2025), nor one that starts like
// a month (Marseille 2025, Gent 2025: a place met at).
func monthName(p string) bool {
	n := utf8.RuneCountInString(p)
	if n < 3 || n > 10 || strings.IndexFunc(p, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	p = strings.ToLower(p)
	return slices.Contains(monthShort, p) || slices.ContainsFunc(monthNames, func(m string) bool { return strings.HasPrefix(m, p) })
}

// weekdayNames are the first three letters of the weekdays' names in the
// languages of monthNames, as a long date starts (Monday, lundi, Montag,
// lunes, lunedì, maandag, segunda).
var weekdayNames = strings.Fields("mon tue wed thu fri sat sun lun mar mer jeu ven sam dim die mit don fre son mié mie jue vie sáb sab dom gio maa din woe vri zat zon seg ter qua qui sex")

// weekdayName reports whether p is a weekday's name, short or whole, as a
// spreadsheet writes it before a long date.
func weekdayName(p string) bool {
	n := utf8.RuneCountInString(p)
	if n < 3 || n > 13 || strings.IndexFunc(p, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	r := []rune(strings.ToLower(p))
	return slices.Contains(weekdayNames, string(r[:3]))
}

// isDigits reports whether s is one or more ASCII digits.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
