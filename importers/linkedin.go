package importers

import (
	"bytes"
	"cmp"
	"hash/maphash"
	"io"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/internal/arena"
	"github.com/unfollow-audit/unfollow-audit/internal/radix"
)

// Kinds of LinkedIn files, as Detect returns them.
const (
	liConnections    = "connections"
	liMemberFollows  = "member_follows"
	liCompanyFollows = "company_follows"
)

// Headers and date forms named in error messages, so that the person can
// compare them with the first lines of the file.
const (
	liConnectionsHeader = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
	liMemberHeader      = "Date,Status,FullName (or To,To Name)"
	liCompanyHeader     = "Organization,Followed On"
	liConnectedForms    = `"30 May 2024", "1/8/18, 6:14 PM", "5/30/2024", "23-Nov-21" or "2024-05-30"`
)

// LinkedIn reads the CSV files of LinkedIn's "Get a copy of your data"
// export: Connections.csv (connections), Member_Follows.csv (members the
// person follows without being connected) and Company Follows.csv
// (organisations the person follows). LinkedIn exports no list of
// followers, and connections are mutual, so FollowsYou is always unknown.
//
// Account IDs are built from what does not change when the person exports
// again, so that decisions recorded against them survive a re-import:
//
//   - A connection whose URL is a profile URL, https://www.linkedin.com/in/<slug>
//     (http or https, any linkedin.com host, with or without a trailing
//     slash, query or fragment), has the ID <slug>: ASCII letters
//     lower-cased, percent escapes kept exactly as written
//     ("ken-o%E2%80%99brien"), and any other byte that is not a letter,
//     digit, '-' or '_' percent-encoded (upper-case hex), so that a profile
//     ID never holds a space, ';', '.' or '~'.
//   - A connection without one (exports before 2024 have no URL column) has
//     <audit.Slug(name)>.<YYYYMMDD of Connected On>, or
//     <audit.Slug(name)>.nodate when the date is empty; the second, third,
//     ... row with the same such ID in one file gets ~2, ~3, ...
//     ("chloe-martin.20240119~2").
//   - A followed member who is not a connection has follow.<audit.Slug(name)>
//     and a followed organisation company.<audit.Slug(name)>, the second,
//     third, ... of the same in one file again with ~2, ~3, ...
//
// Repeats are counted per file, so the same file read twice (an export
// given both as a zip and unzipped, or overlapping exports) yields the same
// IDs again and each account is returned once, while two namesakes in one
// file stay two accounts. An ID that would still clash with an account of
// another kind (only contrived files can make one) gets ~2, ~3, ... until
// it is unique.
//
// A followed member whose audit.FoldName is that of exactly one connection,
// and of no other followed member, is that connection (connections can be
// followed too, and the file has no URL to tell): no second account is made,
// and the connection's Source names both files. Any doubt keeps them apart,
// since a wrong merge would hide an account from the audit.
type LinkedIn struct{}

// Network returns "linkedin".
func (LinkedIn) Network() string { return audit.LinkedIn }

// Detect claims Connections.csv, Member_Follows.csv (and the reported
// Member_Follows_<id>.csv), Company Follows.csv, and any other .csv whose
// head holds one of their headers, with ',' or ';' between the names (see
// liHeadKind): people rename downloads ("Connections (1).csv", "Company
// Follows (1).csv") and re-save them in spreadsheets.
func (LinkedIn) Detect(p string, head func() []byte) string {
	base := path.Base(p)
	switch {
	case strings.EqualFold(base, "Connections.csv"):
		return liConnections
	case strings.EqualFold(base, "Company Follows.csv"):
		return liCompanyFollows
	case isMemberFollowsName(base):
		return liMemberFollows
	case strings.EqualFold(path.Ext(base), ".csv") && head != nil:
		return liHeadKind(head())
	}
	return ""
}

// Covers says which relations a file of this kind lists in full.
func (LinkedIn) Covers(kind string) []string {
	switch kind {
	case liConnections:
		return []string{audit.Connection}
	case liMemberFollows, liCompanyFollows:
		return []string{audit.Following}
	}
	return nil
}

// isMemberFollowsName reports Member_Follows.csv and Member_Follows_<x>.csv.
func isMemberFollowsName(base string) bool {
	const prefix, ext = "Member_Follows", ".csv"
	if len(base) < len(prefix)+len(ext) ||
		!strings.EqualFold(base[:len(prefix)], prefix) ||
		!strings.EqualFold(base[len(base)-len(ext):], ext) {
		return false
	}
	mid := base[len(prefix) : len(base)-len(ext)]
	return mid == "" || mid[0] == '_'
}

// liHeadKind returns the kind of LinkedIn file whose header is a line of
// head, or "". A line is taken trimmed, with quotes removed and ignoring
// case, its names separated by ',' or ';' (a spreadsheet's re-save in a
// French or German locale):
//   - "First Name,Last Name,…" naming "Connected On" too, since Profile.csv
//     starts with "First Name,Last Name" as well: connections;
//   - "Date,Status,FullName…" or "To,To Name…": member follows;
//   - "Organization,Followed On…": company follows.
func liHeadKind(head []byte) string {
	head = trimBOM(head)
	for len(head) > 0 {
		var line []byte
		line, head, _ = bytes.Cut(head, []byte{'\n'})
		line = bytes.ReplaceAll(bytes.TrimSpace(line), []byte{'"'}, nil)
		for _, sep := range []byte{',', ';'} {
			cells := bytes.Split(line, []byte{sep})
			switch {
			case len(cells) < 2:
			case hasCells(cells, "first name", "last name"):
				if slices.ContainsFunc(cells, func(c []byte) bool {
					return strings.EqualFold(string(bytes.TrimSpace(c)), "connected on")
				}) {
					return liConnections
				}
			case hasCells(cells, "date", "status", "fullname"), hasCells(cells, "to", "to name"):
				return liMemberFollows
			case hasCells(cells, "organization", "followed on"):
				return liCompanyFollows
			}
		}
	}
	return ""
}

// Formats describes the LinkedIn data export.
func (LinkedIn) Formats() []Format {
	return []Format{{
		Network: audit.LinkedIn,
		Name:    "Get a copy of your data (CSV archive)",
		Request: "LinkedIn → Me → Settings & Privacy → Data privacy → Get a copy of your data " +
			"(the larger archive, or pick Connections) → zip Complete_LinkedInDataExport_*.zip / Basic_LinkedInDataExport_*.zip",
		Files: []string{"Connections.csv", "Member_Follows.csv", "Company Follows.csv"},
	}}
}

// Import reads connections from every connections file in the order given,
// then member follows, then company follows, so that the order of the
// accounts depends only on the files.
func (li LinkedIn) Import(files []*File) ([]audit.Account, error) {
	kinds := make([]string, len(files))
	for i, f := range files {
		k := kindOf(li, f)
		switch k {
		case liConnections, liMemberFollows, liCompanyFollows:
		default:
			return nil, errorf(f, "not a LinkedIn file: expected Connections.csv, Member_Follows.csv or Company Follows.csv")
		}
		kinds[i] = k
	}
	// Size the account list and id set from the files: a connection takes
	// about a hundred bytes of CSV, and growing a slice of a million
	// accounts copies all of them several times.
	var size int64
	for i, f := range files {
		if kinds[i] == liConnections {
			size += f.Size
		}
	}
	rows := int(min(size/100, 1<<24)) + 16
	im := &liImport{accs: make([]audit.Account, 0, rows), kinds: make([]uint8, 0, rows), files: make([]int32, 0, rows)}
	for i, f := range files {
		if kinds[i] == liConnections {
			if err := im.connections(f, i); err != nil {
				return nil, err
			}
		}
	}
	im.settle()
	var follows []liFollow
	seen := make(map[string]int)
	for i, f := range files {
		if kinds[i] == liMemberFollows {
			var err error
			if follows, err = memberFollows(f, i, follows, seen); err != nil {
				return nil, err
			}
		}
	}
	im.addFollows(follows)
	clear(seen)
	for i, f := range files {
		if kinds[i] == liCompanyFollows {
			if err := im.companies(f, i, seen); err != nil {
				return nil, err
			}
		}
	}
	return im.accs, nil
}

// Kinds of IDs, to tell a repeat of the same account (same kind) from a
// clash between different ones.
const (
	liProfileID uint8 = iota + 1 // from a profile URL
	liNameID                     // from a connection's name and date
	liFollowID
	liCompanyID
)

// liOwner records which kind of ID, read from which file, took an ID.
type liOwner struct {
	kind uint8
	file int
}

// liImport is the state of one Import call.
type liImport struct {
	accs []audit.Account
	// The ids taken: either the connections' ids sorted by hash (byHash)
	// and the ids taken after them (later), or, when connections repeat,
	// a map of every id and its owner (ids). See settle.
	ids    map[string]liOwner
	byHash []radix.Pair
	later  map[string]bool
	hash   func(string) uint64 // of an id; tests give one that clashes
	// The kind of id and the file of each connection, until settle.
	kinds []uint8
	files []int32
	dates map[string]audit.Date // Connected On texts parsed, a few thousand days
	strs  arena.Strings         // where connections' strings are written
}

// settle gives the connections their ids, as claiming them one after the
// other would (claim). They are read without a map of ids taken: most
// exports list each member once, which sorting the ids' hashes shows, and
// then each connection keeps its id. When an id repeats, the connections
// are claimed again in order with a map. A million map entries cost about
// a third of the reading, the sort a few per cent.
func (im *liImport) settle() {
	if im.hash == nil {
		seed := maphash.MakeSeed()
		im.hash = func(s string) uint64 { return maphash.String(seed, s) }
	}
	pairs := make([]radix.Pair, len(im.accs))
	for i := range im.accs {
		pairs[i] = radix.Pair{Key: im.hash(im.accs[i].ID), Index: int32(i)}
	}
	pairs = radix.Sort(pairs)
	repeat := false
	for i := 1; i < len(pairs) && !repeat; i++ {
		for j := i - 1; j >= 0 && pairs[j].Key == pairs[i].Key; j-- {
			if im.accs[pairs[j].Index].ID == im.accs[pairs[i].Index].ID {
				repeat = true
				break
			}
		}
	}
	kinds, files := im.kinds, im.files
	im.kinds, im.files = nil, nil
	if !repeat {
		im.byHash = pairs
		return
	}
	im.ids = make(map[string]liOwner, len(im.accs))
	out := im.accs[:0]
	for i, a := range im.accs {
		id, ok := im.claim(a.ID, kinds[i], int(files[i]))
		if !ok {
			continue
		}
		a.ID = id
		out = append(out, a)
	}
	clear(im.accs[len(out):]) // keeps no strings alive
	im.accs = out
}

// taken reports whether id is taken.
func (im *liImport) taken(id string) bool {
	if im.ids != nil {
		_, ok := im.ids[id]
		return ok
	}
	if im.later[id] {
		return true
	}
	h := im.hash(id)
	i, _ := slices.BinarySearchFunc(im.byHash, h, func(p radix.Pair, h uint64) int { return cmp.Compare(p.Key, h) })
	for ; i < len(im.byHash) && im.byHash[i].Key == h; i++ {
		if im.accs[im.byHash[i].Index].ID == id {
			return true
		}
	}
	return false
}

// connectedOn is parseConnectedOn, remembered: a million connections
// share a few thousand dates, and a map lookup is cheaper than time.Parse.
func (im *liImport) connectedOn(s string) (audit.Date, bool) {
	if d, ok := dayMonYear(s); ok {
		return d, true
	}
	if d, ok := im.dates[s]; ok {
		return d, true
	}
	d, ok := parseConnectedOn(s)
	if ok && len(im.dates) < 1<<14 {
		if im.dates == nil {
			im.dates = map[string]audit.Date{}
		}
		im.dates[strings.Clone(s)] = d // not a piece of the CSV line
	}
	return d, ok
}

// claim takes id for a connection read from file. It returns false when
// id is the same account as one already read: the same profile, or the same
// name-and-date ID from another file. Any other clash gets ~2, ~3, ...
func (im *liImport) claim(id string, kind uint8, file int) (string, bool) {
	c := id
	for n := 2; ; n++ {
		o, taken := im.ids[c]
		if !taken {
			im.ids[c] = liOwner{kind, file}
			return c, true
		}
		if o.kind == kind && (kind == liProfileID || o.file != file) {
			return "", false
		}
		c = id + "~" + strconv.Itoa(n)
	}
}

// unique takes id, or id~2, id~3, ... for the first that is free. Follows
// and companies are deduplicated before, so any clash is a different
// account.
func (im *liImport) unique(id string, kind uint8, file int) string {
	c := id
	for n := 2; ; n++ {
		if !im.taken(c) {
			if im.ids != nil {
				im.ids[c] = liOwner{kind, file}
			} else {
				if im.later == nil {
					im.later = map[string]bool{}
				}
				im.later[c] = true
			}
			return c
		}
		c = id + "~" + strconv.Itoa(n)
	}
}

// connections reads one Connections.csv.
func (im *liImport) connections(f *File, fi int) error {
	lr, err := openLinkedInCSV(f, liConnectionsHeader, func(rec []string) bool {
		return hasCell(rec, "first name") && hasCell(rec, "last name")
	})
	if err != nil {
		return err
	}
	defer lr.Close()
	c := liConnCols{
		first:    colIndex(lr.header, "first name"),
		last:     colIndex(lr.header, "last name"),
		url:      colIndex(lr.header, "url"),
		email:    colIndex(lr.header, "email address"),
		company:  colIndex(lr.header, "company"),
		position: colIndex(lr.header, "position"),
		date:     colIndex(lr.header, "connected on"),
	}
	var missing []string
	for _, m := range []struct {
		i    int
		name string
	}{{c.email, "Email Address"}, {c.company, "Company"}, {c.position, "Position"}, {c.date, "Connected On"}} {
		if m.i < 0 {
			missing = append(missing, m.name)
		}
	}
	if len(missing) > 0 {
		return lineErrorf(f, lr.headerLine, "the header has no %s column: expected %s (URL may be missing in exports before 2024)",
			strings.Join(missing, ", "), liConnectionsHeader)
	}
	src := f.String()
	named := make(map[string]int) // name-and-date IDs seen in this file
	return lr.each(func(rec []string, line int) error {
		return im.connection(lr, rec, line, &c, src, fi, named)
	})
}

// liConnCols are the column indexes of Connections.csv; url is -1 in
// exports before 2024.
type liConnCols struct{ first, last, url, email, company, position, date int }

// connection adds the account of one row, unless the row is a hidden member
// or an account already read.
func (im *liImport) connection(lr *liReader, rec []string, line int, c *liConnCols, src string, fi int, named map[string]int) error {
	if len(rec) != len(lr.header) {
		// A member who hid or deleted the profile keeps only the date, and
		// such rows have 6 or 7 fields whatever the header.
		if (len(rec) == 6 || len(rec) == 7) && blankBefore(rec, len(rec)-1) {
			return nil
		}
		return lr.countError(rec, line)
	}
	first, last := strings.TrimSpace(rec[c.first]), strings.TrimSpace(rec[c.last])
	var url string
	if c.url >= 0 {
		url = strings.TrimSpace(rec[c.url])
	}
	if first == "" && last == "" && url == "" {
		return nil // a hidden member
	}
	dateText := strings.TrimSpace(rec[c.date])
	since, ok := im.connectedOn(dateText)
	if !ok {
		return lineErrorf(lr.f, line, "Connected On %q is not a date: expected one like %s", dateText, liConnectedForms)
	}
	email := strings.TrimSpace(rec[c.email])
	if strings.IndexByte(email, '@') < 0 {
		email = "" // empty, or a urn:li:member:… id
	}
	slug, slugAt := profileSlug(url)

	// One piece of an arena (a thousand allocations for a million
	// connections) holds every string the account keeps: substrings of
	// the record would pin the whole CSV line (company, position) in
	// memory for as long as the account lives.
	// The ID is most often the slug as written in the URL: then it is
	// that part of the URL's copy, not a copy of its own.
	inURL := slug != "" && isPlainID(slug)
	idBytes := 3 * len(slug)
	if inURL {
		idBytes = 0
	}
	b, start := im.strs.Room(len(first) + 1 + len(last) + len(url) + len(email) + idBytes)
	wrote := writeWords(b, first, false)
	writeWords(b, last, wrote)
	nameEnd := b.Len() - start
	b.WriteString(url)
	urlEnd := b.Len() - start
	b.WriteString(email)
	emailEnd := b.Len() - start
	if !inURL {
		writeProfileID(b, slug)
	}
	s := im.strs.Since(start)
	name := s[:nameEnd]

	id, kind := s[emailEnd:], liProfileID
	if inURL {
		at := nameEnd + slugAt
		id = s[at : at+len(slug)]
	}
	if id == "" {
		id = nthID(named, audit.Slug(name)+"."+dateKey(since))
		kind = liNameID
	}
	im.kinds = append(im.kinds, kind) // the id is settled once every file is read
	im.files = append(im.files, int32(fi))
	im.accs = append(im.accs, audit.Account{
		Network:    audit.LinkedIn,
		Relation:   audit.Connection,
		ID:         id,
		Name:       name,
		ProfileURL: s[nameEnd:urlEnd],
		Email:      s[urlEnd:emailEnd],
		Since:      since,
		Source:     src,
	})
	return nil
}

// dateKey is the date part of a name-and-date ID.
func dateKey(d audit.Date) string {
	if d.IsZero() {
		return "nodate"
	}
	return d.Time().Format("20060102")
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

// parseConnectedOn parses the forms Connected On has taken: "30 May 2024"
// (also "3 May 2024"), 2018's "1/8/18, 6:14 PM" (M/D/YY), Excel's US
// "5/30/2024" (M/D/YYYY, a re-saved file), Excel's "23-Nov-21" and ISO
// "2024-05-30". The shape picks the layout to try, so that a million rows
// cost about one parse each. An empty value is the zero
// Date.
func parseConnectedOn(s string) (audit.Date, bool) {
	if s == "" {
		return 0, true
	}
	switch {
	case strings.IndexByte(s, '/') >= 0:
		if i := strings.LastIndexByte(s, '/'); len(s)-i-1 == len("2006") {
			return parseDay(s, "1/2/2006")
		}
		return parseDay(s, "1/2/06, 3:04 PM", "1/2/06")
	case len(s) == len("2006-01-02") && s[4] == '-':
		return parseDay(s, time.DateOnly)
	case strings.IndexByte(s, '-') >= 0:
		return parseDay(s, "2-Jan-06")
	}
	return parseDay(s, "2 Jan 2006")
}

// dayMonYear parses today's form of Connected On, "30 May 2024" or "3 May
// 2024", as parseConnectedOn does, at a tenth of the cost of time.Parse or
// a map lookup; it reports false for anything else, including that form
// with a month in another case or a day the month does not have, which
// parseConnectedOn then decides.
func dayMonYear(s string) (audit.Date, bool) {
	digits := func(s string) (int, bool) {
		n := 0
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	dayLen := len(s) - len(" Jan 2006")
	if dayLen != 1 && dayLen != 2 || s[dayLen] != ' ' || s[dayLen+4] != ' ' {
		return 0, false
	}
	day, ok := digits(s[:dayLen])
	if !ok {
		return 0, false
	}
	year, ok := digits(s[dayLen+5:])
	if !ok {
		return 0, false
	}
	const months = "JanFebMarAprMayJunJulAugSepOctNovDec"
	mon := s[dayLen+1 : dayLen+4]
	month := 0
	for m := 0; m < 12; m++ {
		if months[3*m:3*m+3] == mon {
			month = m + 1
			break
		}
	}
	if month == 0 || day < 1 || day > 28 && day > audit.DaysIn(year, time.Month(month)) {
		return 0, false
	}
	return audit.NewDate(year, time.Month(month), day), true
}

// parseFollowDate parses Member_Follows.csv's "2026-04-06 14:48:23".
func parseFollowDate(s string) (audit.Date, bool) {
	if s == "" {
		return 0, true
	}
	return parseDay(s, time.DateTime, time.DateOnly, "2006-01-02 15:04:05 MST")
}

// parseJavaDate parses Company Follows.csv's dates, written by Java's
// Date.toString: "Mon Apr 06 16:33:17 UTC 2026". The day is taken as
// written, whatever the zone (which may also read "GMT+02:00").
func parseJavaDate(s string) (audit.Date, bool) {
	if s == "" {
		return 0, true
	}
	var fs [6]string
	n := 0
	for w := range strings.FieldsSeq(s) {
		if n == len(fs) {
			return 0, false
		}
		fs[n] = w
		n++
	}
	if n != len(fs) {
		return 0, false
	}
	return parseDay(fs[0]+" "+fs[1]+" "+fs[2]+" "+fs[3]+" "+fs[5], "Mon Jan 2 15:04:05 2006")
}

// parseDay returns the day of s as written, in the first of layouts that
// parses it.
func parseDay(s string, layouts ...string) (audit.Date, bool) {
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil {
			return audit.NewDate(t.Date()), true
		}
	}
	return 0, false
}

// liFollow is an active row of Member_Follows.csv.
type liFollow struct {
	name  string
	since audit.Date
	id    string // follow.<slug>, ~n for the n-th in its file
	file  int
	src   string
}

// memberFollows appends the active follows of one Member_Follows.csv to
// out. seen maps the IDs already read to their file, so that a second copy
// of the file adds nothing.
func memberFollows(f *File, fi int, out []liFollow, seen map[string]int) ([]liFollow, error) {
	lr, err := openLinkedInCSV(f, liMemberHeader, func(rec []string) bool {
		return hasCell(rec, "fullname") || hasCell(rec, "to name")
	})
	if err != nil {
		return out, err
	}
	defer lr.Close()
	nameCol := colIndex(lr.header, "fullname")
	if nameCol < 0 {
		nameCol = colIndex(lr.header, "to name")
	}
	statusCol, dateCol := colIndex(lr.header, "status"), colIndex(lr.header, "date")
	src := f.String()
	counts := make(map[string]int)
	err = lr.each(func(rec []string, line int) error {
		if len(rec) != len(lr.header) {
			return lr.countError(rec, line)
		}
		// Unfollow rows are people no longer followed; no status column
		// (the To,To Name form) lists current follows only.
		if statusCol >= 0 && !strings.EqualFold(strings.TrimSpace(rec[statusCol]), "active") {
			return nil
		}
		name := words(rec[nameCol])
		if name == "" {
			return nil // a hidden member
		}
		var since audit.Date
		if dateCol >= 0 {
			d := strings.TrimSpace(rec[dateCol])
			var ok bool
			if since, ok = parseFollowDate(d); !ok {
				return lineErrorf(f, line, "Date %q is not a date: expected one like \"2026-04-06 14:48:23\"", d)
			}
		}
		id := nthID(counts, "follow."+audit.Slug(name))
		if g, ok := seen[id]; ok && g != fi {
			return nil // the same file again
		}
		seen[id] = fi
		out = append(out, liFollow{name: name, since: since, id: id, file: fi, src: src})
		return nil
	})
	return out, err
}

// addFollows adds the followed members that are not connections.
func (im *liImport) addFollows(follows []liFollow) {
	if len(follows) == 0 {
		return
	}
	folds := make([]string, len(follows))
	perName := make(map[string]int, len(follows))
	for i := range follows {
		folds[i] = audit.FoldName(follows[i].name)
		perName[folds[i]]++
	}
	// The connection for each followed name, or -1 when several connections
	// share it; names nobody follows are not kept.
	conn := make(map[string]int)
	for i := range im.accs {
		k := audit.FoldName(im.accs[i].Name)
		if perName[k] == 0 {
			continue
		}
		if _, dup := conn[k]; dup {
			conn[k] = -1
		} else {
			conn[k] = i
		}
	}
	for i, fl := range follows {
		if k := folds[i]; k != "" && perName[k] == 1 {
			if j, ok := conn[k]; ok && j >= 0 {
				im.accs[j].Source += " + " + fl.src
				continue
			}
		}
		im.accs = append(im.accs, audit.Account{
			Network:  audit.LinkedIn,
			Relation: audit.Following,
			ID:       im.unique(fl.id, liFollowID, fl.file),
			Name:     fl.name,
			Since:    fl.since,
			Source:   fl.src,
		})
	}
}

// companies reads one Company Follows.csv. seen maps the IDs already read
// to their file, so that a second copy of the file adds nothing.
func (im *liImport) companies(f *File, fi int, seen map[string]int) error {
	lr, err := openLinkedInCSV(f, liCompanyHeader, func(rec []string) bool {
		return hasCell(rec, "organization")
	})
	if err != nil {
		return err
	}
	defer lr.Close()
	nameCol, dateCol := colIndex(lr.header, "organization"), colIndex(lr.header, "followed on")
	src := f.String()
	counts := make(map[string]int)
	return lr.each(func(rec []string, line int) error {
		if len(rec) != len(lr.header) {
			return lr.countError(rec, line)
		}
		name := words(rec[nameCol])
		if name == "" {
			return nil
		}
		var since audit.Date
		if dateCol >= 0 {
			d := strings.TrimSpace(rec[dateCol])
			var ok bool
			if since, ok = parseJavaDate(d); !ok {
				return lineErrorf(f, line, "Followed On %q is not a date: expected one like \"Mon Apr 06 16:33:17 UTC 2026\"", d)
			}
		}
		id := nthID(counts, "company."+audit.Slug(name))
		if g, ok := seen[id]; ok && g != fi {
			return nil
		}
		seen[id] = fi
		im.accs = append(im.accs, audit.Account{
			Network:  audit.LinkedIn,
			Relation: audit.Following,
			ID:       im.unique(id, liCompanyID, fi),
			Name:     name,
			Since:    since,
			Source:   src,
		})
		return nil
	})
}

// liReader reads the records of a LinkedIn CSV file after its header.
type liReader struct {
	*csvFile
	header     []string
	headerLine int
}

// openLinkedInCSV opens f and reads up to its header, the first record for
// which isHeader is true: what comes before is LinkedIn's "Notes:" preamble
// (padded with commas when a spreadsheet re-saved the file). expected is
// the header named in the error when there is none.
func openLinkedInCSV(f *File, expected string, isHeader func([]string) bool) (*liReader, error) {
	cf, err := openCSV(f)
	if err != nil {
		return nil, err
	}
	for {
		rec, line, err := cf.next()
		if err == io.EOF {
			cf.Close()
			return nil, errorf(f, "no header: expected a line %s", expected)
		}
		if err != nil {
			cf.Close()
			return nil, err
		}
		if isHeader(rec) {
			lr := &liReader{csvFile: cf, header: make([]string, len(rec)), headerLine: line}
			for i, c := range rec {
				lr.header[i] = strings.ToLower(strings.TrimSpace(c))
			}
			return lr, nil
		}
	}
}

// countError reports a record whose width is not the header's.
func (lr *liReader) countError(rec []string, line int) error {
	return widthError(lr.f, line, len(lr.header), lr.headerLine, len(rec))
}

// hasCell reports whether a cell of rec, trimmed, is name ignoring case.
func hasCell(rec []string, name string) bool {
	for _, c := range rec {
		if strings.EqualFold(strings.TrimSpace(c), name) {
			return true
		}
	}
	return false
}

// colIndex returns the index of name in a lower-cased header, or -1.
func colIndex(header []string, name string) int {
	for i, c := range header {
		if c == name {
			return i
		}
	}
	return -1
}
