package importers

import (
	"bytes"
	"hash/maphash"
	"io"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/internal/arena"
	"github.com/unfollow-audit/unfollow-audit/internal/radix"
)

// Kinds of LinkedIn files, as Detect returns them.
const (
	liConnections    = "connections"
	liMemberFollows  = "member_follows"
	liCompanyFollows = "company_follows"
	liProfile        = "profile" // Profile.csv: whose export it is
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
// Profile.csv says whose the export is (see owner).
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
// A followed member whose audit.JoinName (FoldName, titles and ø, ł kept:
// "Ann Lee" followed is not the connection "Dr. Ann Lee", nor "Soren" the
// connection "Søren", as one export names a member alike in both files)
// is that of exactly one connection, and
// of no other followed member, is that connection (connections can be
// followed too, and the file has no URL to tell), unless the two names
// write different accents (audit.AccentsDiffer: "Thủy", "Thúy"): no
// second account is made,
// and the connection's Source names both files, its Extra the follow's own
// ID and date (audit.ExtraFollow, for audit.SplitFollows: a namesake
// connection removed since the last run makes the join a guess). Any
// doubt keeps them apart, since a wrong merge would hide an account from
// the audit.
//
// Member_Follows.csv also lists members unfollowed (Status Unfollow). A
// connection is followed by default, so an Unfollow row of a connection's
// name (joined as a follow is: the only connection of the name, accents
// alike) says the person unfollowed it, staying connected: the
// connection's Extra says so (audit.ExtraUnfollowed, the row's day), and
// the audit lists it on neither list (see audit.MarkUnfollowedTies).
// Whether rows of one name are one member's history or namesakes is not
// known, so an active row of a name wins, whatever the dates: the name's
// Unfollow rows then mark nothing (see addFollows).
type LinkedIn struct{}

// Network returns "linkedin".
func (LinkedIn) Network() string { return audit.LinkedIn }

// Detect claims Member_Follows.csv (and the reported
// Member_Follows_<id>.csv), Company Follows.csv, and any .csv whose head
// holds one of their headers or Connections.csv's, with ',' or ';' between
// the names (see liHeadKind): people rename downloads ("Connections
// (1).csv", "Company Follows (1).csv") and re-save them in spreadsheets.
// Connections.csv is claimed by its name only where its head starts with
// LinkedIn's "Notes:" preamble, or is UTF-16 text of its header or
// preamble (see liConnectionsHead): CRMs and other tools write files of
// that name, which a download folder may hold beside LinkedIn's zip; one
// given by name, or lying beside LinkedIn's other files or in its zip, is
// claimed whatever it holds (see givenKind, claimBeside). Profile.csv
// (a copy's mark allowed) whose header starts "First Name,Last Name" is
// claimed for whose export it is (see owner); under another name, it is
// left: only its header tells it from many a CSV of people.
func (LinkedIn) Detect(p string, head func() []byte) string {
	base := path.Base(p)
	switch {
	case isProfileName(base) && head != nil && liIsProfileHead(head()):
		return liProfile
	case strings.EqualFold(base, "Connections.csv"):
		if head == nil {
			return ""
		}
		if k := liHeadKind(head()); k != "" {
			return k
		}
		if liConnectionsHead(head()) {
			return liConnections
		}
		return ""
	case strings.EqualFold(base, "Company Follows.csv"):
		return liCompanyFollows
	case isMemberFollowsName(base):
		return liMemberFollows
	case strings.EqualFold(path.Ext(base), ".csv") && head != nil:
		return liHeadKind(head())
	}
	return ""
}

// givenKind claims a file named Connections.csv that Detect left, given
// by name or lying where LinkedIn's export does (see givenNamer,
// claimBeside): it is meant for LinkedIn's, and is refused with what its
// header lacks, not as "no export found" or passed over.
func (LinkedIn) givenKind(base string) string {
	if strings.EqualFold(base, "Connections.csv") {
		return liConnections
	}
	return ""
}

// liConnectionsHead reports whether head, the start of a file named
// Connections.csv whose header liHeadKind does not find, is LinkedIn's all
// the same: empty (cut short, or damaged: nothing says it is another
// tool's, and it is refused as empty), or starting with the "Notes:" line
// LinkedIn writes before its header (padded with ',', ';' or tabs by a
// spreadsheet's re-save), its header then missing a column; or UTF-16
// text of its header or notes (Excel's "Unicode Text", which the import
// refuses, saying so).
func liConnectionsHead(head []byte) bool {
	if len(bytes.TrimSpace(trimBOM(head))) == 0 {
		return true
	}
	if isUTF16(head) {
		head = utf16ASCII(head)
		if liHeadKind(head) == liConnections {
			return true
		}
	}
	line := bytes.TrimLeft(trimBOM(head), " \t\r\n")
	if i := bytes.IndexAny(line, "\r\n"); i >= 0 {
		line = line[:i]
	}
	line = bytes.ReplaceAll(line, []byte{'"'}, nil)
	return strings.EqualFold(string(bytes.TrimRight(line, ",;\t ")), "notes:")
}

// utf16ASCII returns the ASCII characters of head, UTF-16 text of either
// byte order, its byte order mark dropped; any other character as '?'.
func utf16ASCII(head []byte) []byte {
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		head = head[2:]
	}
	out := make([]byte, 0, len(head)/2)
	for i := 0; i+1 < len(head); i += 2 {
		switch a, b := head[i], head[i+1]; {
		case b == 0 && a < 0x80:
			out = append(out, a)
		case a == 0 && b < 0x80:
			out = append(out, b)
		default:
			out = append(out, '?')
		}
	}
	return out
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
// French or German locale) or a tab (one saved as tab-delimited text):
//   - "First Name,Last Name,…" naming "Connected On" too, since Profile.csv
//     starts with "First Name,Last Name" as well: connections;
//   - "Date,Status,FullName…" or "To,To Name…": member follows;
//   - "Organization,Followed On…": company follows.
func liHeadKind(head []byte) string {
	head = trimBOM(head)
	for len(head) > 0 {
		// A line ends at '\n', or at a lone '\r' (the "CSV (Macintosh)"
		// of a spreadsheet).
		line := head
		if i := bytes.IndexAny(head, "\r\n"); i >= 0 {
			line, head = head[:i], head[i+1:]
		} else {
			head = nil
		}
		line = bytes.ReplaceAll(bytes.TrimSpace(line), []byte{'"'}, nil)
		for _, sep := range []byte{',', ';', '\t'} {
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

// isProfileName reports Profile.csv, with a copy's mark or not ("Profile
// (1).csv"), any case. The name is looked at first: every file of every
// export comes here, and most are photos.
func isProfileName(base string) bool {
	const prefix, ext = "profile", ".csv"
	return len(base) >= len(prefix)+len(ext) && strings.EqualFold(base[:len(prefix)], prefix) &&
		strings.EqualFold(base[len(base)-len(ext):], ext) && listName(base) == prefix+ext
}

// side reports Profile.csv, read by owner alone (see sideFiler).
func (LinkedIn) side(kind string) bool { return kind == liProfile }

// sideName reports a file named as Profile.csv is.
func (LinkedIn) sideName(base string) bool { return isProfileName(base) }

// liIsProfileHead reports whether head's first line names "First Name"
// and "Last Name" first, and not "Connected On" (see liHeadKind).
func liIsProfileHead(head []byte) bool {
	line := firstLine(trimBOM(head))
	line = bytes.ReplaceAll(bytes.TrimSpace(line), []byte{'"'}, nil)
	for _, sep := range []byte{',', ';', '\t'} {
		cells := bytes.Split(line, []byte{sep})
		if hasCells(cells, "first name", "last name") {
			return !slices.ContainsFunc(cells, func(c []byte) bool {
				return strings.EqualFold(string(bytes.TrimSpace(c)), "connected on")
			})
		}
	}
	return false
}

// Formats describes the LinkedIn data export.
func (LinkedIn) Formats() []Format {
	return []Format{{
		Network: audit.LinkedIn,
		Name:    "Get a copy of your data (CSV archive)",
		Request: "LinkedIn → Me → Settings & Privacy → Data privacy → Get a copy of your data " +
			"(the larger archive: a Connections-only one leaves the members and companies you follow as the last audit saw them) → zip Complete_LinkedInDataExport_*.zip / Basic_LinkedInDataExport_*.zip",
		Files: []string{"Connections.csv", "Member_Follows.csv", "Company Follows.csv", "Profile.csv (whose export it is)"},
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
		case liConnections, liMemberFollows, liCompanyFollows, liProfile: // Profile.csv is read by owner
		default:
			return nil, errorf(f, "not a LinkedIn file: expected Connections.csv, Member_Follows.csv or Company Follows.csv")
		}
		kinds[i] = k
	}
	// Size the account list from the files: growing a slice of a million
	// accounts copies all of them several times. A file on disk is
	// counted: it has no more records than lines, and the list is made in
	// memory the run has used before (hugepages), so that every byte of
	// it is cleared at once, a tail never used included: at a million
	// rows the hundred bytes a connection once took here were 15 % too
	// many, 21 MB of the run's peak. A zip's entry is not read twice: a
	// connection takes about a hundred bytes of CSV.
	var size, rows int64
	for i, f := range files {
		if kinds[i] == liConnections {
			size = plusSize(size, f)
			n, ok := f.lineBound()
			if !ok {
				n = max(f.Size, 0) / 100
			}
			rows += min(n, 1<<24) // no sum of them wraps round
		}
	}
	rows = min(rows, 1<<24) + 16
	im := &liImport{accs: make([]audit.Account, 0, rows), kinds: make([]uint8, 0, rows), files: make([]int32, 0, rows)}
	// And the connections' strings one slab, three fifths of the files
	// (the names, slugs and e-mails kept are 36 % of the bench's rows, a
	// URL being most often its slug's, see audit.Account.SetURLOfID; 60 %
	// where every URL is kept whole; past the slab they go on in chunks).
	// Its part left unwritten is not touched while the import holds it,
	// but the slab is freed after the merge, and a re-audit's decisions
	// and comparison with the last run then write on all of it: as big as
	// the files, it was 43 MB more of a re-audit's peak at a million rows
	// (752 → 710 MB). Two fifths took 20 MB more off it, and put 0.2 s of
	// page faults and 13 MB on a first audit, whose reports found less
	// of the freed slab to reuse.
	// In 1 MiB chunks, each came between the CSV records read meanwhile,
	// so the collection after the import left those records' 125 MB (at a
	// million rows) free in small runs between live chunks, too small for
	// the merge's slabs: 91 MB of them were still unused, and resident, at
	// the merge's end, the run's peak (docs/performance.md).
	// At most 256 MiB: the size of a zip's entry is what its header says,
	// and past the reservation the strings go on in chunks.
	im.strs.Reserve(int(min(size/5*3, 1<<28)))
	for i, f := range files {
		if kinds[i] == liConnections {
			if err := im.connections(f, i); err != nil {
				return nil, err
			}
		}
	}
	im.settle()
	var follows, unfollows []liFollow
	seen := make(map[string]int)
	for i, f := range files {
		if kinds[i] == liMemberFollows {
			var err error
			if follows, unfollows, err = memberFollows(f, i, follows, unfollows, seen); err != nil {
				return nil, err
			}
		}
	}
	im.addFollows(follows, unfollows)
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
	byHash radix.Keys
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
//
// The hashes and indexes are two slices sorted in place
// (radix.SortKeysInPlace): 12 bytes a connection and no scratch, where
// radix.Sort's pairs and their buffer took 32, all of it fresh memory
// while the collector is paused. Equal hashes then come in no particular
// order, which neither the check below nor taken depends on.
func (im *liImport) settle() {
	if im.hash == nil {
		seed := maphash.MakeSeed()
		im.hash = func(s string) uint64 { return maphash.String(seed, s) }
	}
	keys := radix.MakeKeys(len(im.accs))
	for i := range im.accs {
		keys.Key[i], keys.Index[i] = im.hash(im.accs[i].ID), int32(i)
	}
	radix.SortKeysInPlace(keys)
	repeat := false
	for i := 1; i < keys.Len() && !repeat; i++ {
		for j := i - 1; j >= 0 && keys.Key[j] == keys.Key[i]; j-- {
			if im.accs[keys.Index[j]].ID == im.accs[keys.Index[i]].ID {
				repeat = true
				break
			}
		}
	}
	kinds, files := im.kinds, im.files
	im.kinds, im.files = nil, nil
	if !repeat {
		im.byHash = keys
		return
	}
	im.ids = make(map[string]liOwner, len(im.accs))
	out := im.accs[:0]
	for i, a := range im.accs {
		id, ok := im.claim(a.ID, kinds[i], int(files[i]))
		if !ok {
			continue
		}
		a.SetID(id) // its URL kept where it was made of its id
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
	i, _ := slices.BinarySearch(im.byHash.Key, h)
	for ; i < im.byHash.Len() && im.byHash.Key[i] == h; i++ {
		if im.accs[im.byHash.Index[i]].ID == id {
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
			lr.f.hidden()
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
		lr.f.hidden() // a hidden member
		return nil
	}
	dateText := strings.TrimSpace(rec[c.date])
	since, ok := im.connectedOn(dateText)
	if !ok {
		return lineErrorf(lr.f, line, "Connected On %q is not a date: expected one like %s%s", dateText, liConnectedForms, dayFirstHint(dateText))
	}
	lr.f.dated(since)
	if strings.IndexByte(dateText, '/') >= 0 {
		lr.f.slashDate(dateText, since)
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
	// that part of the URL's copy, not a copy of its own. And the URL is
	// most often LinkedIn's profile address of the slug (audit.Account's
	// SetURLOfID): then only the slug is kept, the ID.
	inURL := slug != "" && isPlainID(slug)
	ofID := inURL && len(url) == len(audit.LinkedInProfile)+len(slug) && strings.HasPrefix(url, audit.LinkedInProfile)
	idBytes := 3 * len(slug)
	if inURL {
		idBytes = 0
	}
	keptURL := url
	if ofID {
		keptURL, slugAt = slug, 0
	}
	b, start := im.strs.Room(len(first) + 1 + len(last) + len(keptURL) + len(email) + idBytes)
	wrote := writeWords(b, first, false)
	writeWords(b, last, wrote)
	nameEnd := b.Len() - start
	b.WriteString(keptURL)
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
		id = nthID(named, audit.LinkedInNameID(name, since))
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
	if ofID {
		im.accs[len(im.accs)-1].SetURLOfID()
	}
	return nil
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
				lr.header[i] = strings.Clone(strings.ToLower(strings.TrimSpace(c))) // rec is borrowed
			}
			return lr, nil
		}
	}
}

// countError reports a record whose width is not the header's.
func (lr *liReader) countError(rec []string, line int) error {
	return widthError(lr.f, line, len(lr.header), lr.headerLine, rec)
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

// exportFolder returns dir: LinkedIn puts the export's files in its top
// folder (see sideFiler).
func (LinkedIn) exportFolder(dir string) string { return dir }

// exportRoot returns p's folder: LinkedIn puts the files it reads in
// its export's top folder (see rootFiler).
func (LinkedIn) exportRoot(p string) (string, bool) { return path.Dir(p), true }

// zipParts reports false: LinkedIn sends each export as one zip archive,
// Profile.csv beside Connections.csv (see sideFiler).
func (LinkedIn) zipParts() bool { return false }

// dayFirstHint is what a refused date of day, month and year in numbers
// ("23/04/2026", "23.04.2026") says of its cause: LinkedIn writes none so,
// a spreadsheet re-saving the file in a day-first locale does, and such a
// date cannot be told from a US one ("3/4/2026"), so it is not guessed at.
func dayFirstHint(date string) string {
	parts := strings.FieldsFunc(date, func(r rune) bool { return r == '/' || r == '.' || r == '-' })
	if len(parts) != 3 || strings.Trim(date, "0123456789/.-") != "" {
		return ""
	}
	day, err1 := strconv.Atoi(parts[0])
	month, err2 := strconv.Atoi(parts[1])
	if err1 != nil || err2 != nil || day < 1 || day > 31 || month < 1 || month > 12 || len(parts[2]) != 2 && len(parts[2]) != 4 {
		return ""
	}
	return "; a day-first date is a spreadsheet's re-save (LinkedIn writes none): give Connections.csv as LinkedIn sent it (from its zip, or the zip itself), or save the Connected On column as text or yyyy-mm-dd"
}

// namedList reports whether f, a claimed file, is named as LinkedIn names
// a file of its kind (Connections.csv, Member_Follows.csv, Company
// Follows.csv), a copy's mark aside (see listNamer).
func (LinkedIn) namedList(f *File) bool {
	name := listName(f.Name())
	switch f.Kind {
	case liConnections:
		return name == "connections.csv"
	case liCompanyFollows:
		return name == "company follows.csv"
	case liMemberFollows:
		return isMemberFollowsName(name)
	}
	return false
}

// namesEveryList: every file of a list is under its name (see namesEvery).
func (LinkedIn) namesEveryList() {}
