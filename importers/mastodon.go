package importers

import (
	"bytes"
	"path"
	"regexp"
	"strings"
	"unicode"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// Kinds of file Mastodon.Detect returns.
const (
	mdFollowing = "following_accounts" // following_accounts.csv
	// mdArchive is the actor.json of the archive of a person's posts
	// (Data export → Request your archive: archive-<time>-<hex>.zip, a
	// .tar.gz on older servers), which holds no follows: recognised only
	// for Import to say so, and where the Follows CSV is.
	mdArchive = "archive"
)

// Column names of following_accounts.csv as Mastodon writes them, in its
// order, and the two headers seen in real exports (for error messages).
const (
	mdAddressCol   = "Account address"
	mdBoostsCol    = "Show boosts"
	mdNotifyCol    = "Notify on new posts"
	mdLanguagesCol = "Languages"
	mdHeader       = mdAddressCol + "," + mdBoostsCol + "," + mdNotifyCol + "," + mdLanguagesCol
	mdHeaderOld    = mdAddressCol + "," + mdBoostsCol
	mdExpected     = "user@domain (or user, for an account of your own server), with an optional leading @"
	mdExcerptBytes = 60 // how much of a bad cell a message shows
)

// Keys of Account.Extra: each holds the row's cell exactly as written, so
// that a writer can produce a file Mastodon imports with the same settings.
const (
	MastodonShowBoosts = audit.ExtraShowBoosts
	MastodonNotify     = audit.ExtraNotify
	MastodonLanguages  = audit.ExtraLanguages
)

// Mastodon reads following_accounts.csv, the "Follows" CSV of a Mastodon
// server's Preferences → Import and export → Data export. It lists the
// accounts the person follows, newest first, in one of three forms:
//
//   - since Mastodon 4.0: Account address,Show boosts,Notify on new posts,Languages
//     (languages joined by ", ", so quoted when there are several);
//   - before 4.0: Account address,Show boosts;
//   - the oldest: no header, one address per line.
//
// The file has no display names, no follow dates and no followers, so Name
// is empty, Since zero and FollowsYou unknown. Columns are found by their
// header name; unknown columns are ignored, so that a column added by a
// later Mastodon does not stop the import.
//
// ID scheme: an address is user@domain, written with or without a leading
// '@'. Account.ID is user@domain with ASCII letters lower-cased and the
// domain in its ASCII form (audit.MastodonID). Mastodon writes an
// internationalised domain in its xn-- form ("nare@xn--69aa8bzb.xn--y9a3aq"):
// it keeps every domain normalised so (Account's normalize_domain,
// Addressable's normalized_host, which is IDNA to_ascii) and exports
// account.acct. A domain in Unicode ("nare@թութ.հայ"), from another
// server's software or a file edited by hand, is converted to that form
// for the ID, so that the two forms of one domain are one account (a
// domain the conversion refuses is kept as written). Handle is
// user@domain as written, without the leading '@', and ProfileURL is
// https://<domain>/@<user>, the domain as written, which a browser opens
// in either form.
//
// An address without a domain ("bob") is an account on the exporting
// server, which the file does not name: its ID and Handle are the bare user
// name and its ProfileURL is empty. It is never merged with a user@domain
// account, even one that might be the same (Mastodon itself writes
// user@domain for local accounts today; bare names come from hand-made or
// very old files).
//
// Each account's Extra holds the row's Show boosts, Notify on new posts and
// Languages cells, raw, under MastodonShowBoosts, MastodonNotify and
// MastodonLanguages; a key is absent when its column is, and Extra is nil
// for the header-less form. An ID read again (a second row, the same file
// in two archives) keeps the first row, which is the newest follow.
type Mastodon struct{}

// Network returns "mastodon".
func (Mastodon) Network() string { return audit.Mastodon }

// Detect claims following_accounts.csv by name and, since people rename
// downloads ("following_accounts (1).csv", "follows.csv"), any other .csv
// whose first line is a follows header (Account address,Show boosts, with
// or without the 4.0 columns). The header-less form is claimed under
// another name only when the name says "following" and the first field is
// a user@domain address: blocked_accounts.csv has that very shape. The
// keep list this tool writes (audit.MastodonKeepFile) has the header too,
// and is not claimed.
//
// actor.json is claimed (mdArchive) when its head is an object whose
// "outbox" is "outbox.json": the archive of a person's posts rewrites its
// links so (BackupService#dump_actor!), where a profile's own JSON links
// to its server.
func (Mastodon) Detect(p string, head func() []byte) string {
	base := strings.ToLower(path.Base(p))
	if base == "following_accounts.csv" {
		return mdFollowing
	}
	if mdArchiveTar(base) {
		if head != nil && bytes.HasPrefix(head(), []byte{0x1f, 0x8b}) {
			return mdArchive
		}
		return ""
	}
	if listName(base) == "actor.json" {
		if head != nil && mdIsArchiveActor(head()) {
			return mdArchive
		}
		return ""
	}
	if listName(base) == audit.MastodonKeepFile {
		return "" // the tool's own keep list, not an export
	}
	if path.Ext(base) != ".csv" {
		return ""
	}
	line := firstLine(head())
	if isFollowsHeader(line) {
		return mdFollowing
	}
	if strings.Contains(base, "following") {
		first, _, _ := bytes.Cut(line, []byte{','})
		if _, domain, ok := mdAddress(string(bytes.Trim(first, "\" \t"))); ok && domain != "" {
			return mdFollowing
		}
	}
	return ""
}

// mdArchiveTarName matches the name, lower-cased and without the ".tar.gz"
// and a copy's mark, of the archive of posts as servers before 4.x's zip
// wrote it: archive-<time>-<32 hex>.tar.gz (BackupService's
// archive_filename), and before that the name of its temporary file,
// archive<yyyymmdd>-<pid>-<random>.tar.gz. "archive-" and a year, where
// the person shortened it, too.
var mdArchiveTarName = regexp.MustCompile(`^archive-?\d{4}[0-9a-z-]*$`)

// mdArchiveTar reports whether base, a lower-cased file name, is the name
// Mastodon gave its archive of posts as a .tar.gz. A tar archive is not
// read (the archive's actor.json is its last entry, after every media
// file), so the name alone tells it: an archive of posts is then passed
// over beside the Follows CSV, and refused alone with the advice to
// download that CSV, as the .zip is, not with the advice to unpack it,
// which holds no follows either way.
func mdArchiveTar(base string) bool {
	stem, ok := strings.CutSuffix(base, ".tar.gz")
	return ok && mdArchiveTarName.MatchString(copyMark.ReplaceAllString(stem, ""))
}

// exportRoot returns the folder of a follows CSV (see rootFiler): a
// Follows export is that one file, so two of different bytes in two
// folders of one zip are two exports zipped together. The archive of
// posts lists no one and is at no such place: two are passed over alike.
func (Mastodon) exportRoot(p string) (string, bool) {
	if !strings.EqualFold(path.Ext(p), ".csv") {
		return "", false
	}
	return path.Dir(p), true
}

// Covers says which relations a file of this kind lists in full: the
// archive of posts lists none.
func (Mastodon) Covers(kind string) []string {
	if kind == mdArchive {
		return nil
	}
	return []string{audit.Following}
}

// mdIsArchiveActor reports whether b starts an object whose "outbox" is
// the string "outbox.json", as the actor.json of Mastodon's archive is.
func mdIsArchiveActor(b []byte) bool {
	dec, ok := igHeadKey(b, func(k string) bool { return k == "outbox" })
	if !ok {
		return false
	}
	t, err := dec.Token()
	return err == nil && t == "outbox.json"
}

// mdFollowersOnly says, of a path given (p) that holds no export, that
// it holds a list of followers in the form of Mastodon's exports, one
// column "Account address" under a name that says followers
// (follower_accounts.csv, as a Mastodon version named it, followers.csv of
// other servers' software): the tool reads the accounts followed.
func mdFollowersOnly(files []*File, p string) string {
	for _, f := range files {
		if f.arg() != p || path.Ext(strings.ToLower(f.Name())) != ".csv" || !strings.Contains(strings.ToLower(f.Name()), "follower") {
			continue
		}
		if line := firstLine(f.Head(256)); strings.EqualFold(string(bytes.Trim(line, "\" \t")), mdAddressCol) {
			return " (" + f.String() + " lists your followers, not the accounts you follow: give the Follows CSV, following_accounts.csv " +
				"(your server → Preferences → Import and export → Data export → Follows → CSV))"
		}
	}
	return ""
}

// passedOver says what the archive of posts is, passed over beside other
// exports (see passOverer), and where the follows list is.
func (Mastodon) passedOver(kind string) string {
	if kind != mdArchive {
		return ""
	}
	return "Mastodon's archive of your posts, which lists no account you follow. To audit Mastodon, download the Follows CSV " +
		"(your server → Preferences → Import and export → Data export → Follows → CSV, following_accounts.csv) and give it too."
}

// mdArchiveAdvice says what Mastodon's archive of posts is, and where the
// follows list is.
const mdArchiveAdvice = "this is Mastodon's archive of your posts (Data export → Request your archive), " +
	"which lists no account you follow; on the same page, download the Follows CSV " +
	"(your server → Preferences → Import and export → Data export → Follows → CSV, following_accounts.csv) and give that"

// firstLine returns the first line of head that is not blank, without a
// byte order mark, line ending or surrounding spaces.
func firstLine(head []byte) []byte {
	head = trimBOM(head)
	for len(head) > 0 {
		var line []byte
		line, head, _ = bytes.Cut(head, []byte{'\n'})
		if line = bytes.TrimSpace(line); len(line) > 0 {
			return line
		}
	}
	return nil
}

// isFollowsHeader reports whether line is Account address,Show boosts,
// optionally followed by Notify on new posts and Languages, ignoring case,
// quotes and spaces around names (a spreadsheet may have re-saved it, also
// with ';' between them in a French or German locale, or tabs).
func isFollowsHeader(line []byte) bool {
	sep := []byte{','}
	switch {
	case bytes.IndexByte(line, ',') >= 0:
	case bytes.IndexByte(line, ';') >= 0:
		sep = []byte{';'}
	case bytes.IndexByte(line, '\t') >= 0:
		sep = []byte{'\t'}
	}
	n := 0
	for cell := range bytes.SplitSeq(line, sep) {
		if n == 4 || !strings.EqualFold(string(bytes.Trim(cell, "\" \t")), mdColumnName(n)) {
			return false
		}
		n++
	}
	return n >= 2
}

// mdColumnName returns the name of column i in Mastodon's order.
func mdColumnName(i int) string {
	switch i {
	case 0:
		return mdAddressCol
	case 1:
		return mdBoostsCol
	case 2:
		return mdNotifyCol
	case 3:
		return mdLanguagesCol
	}
	return ""
}

// Formats describes Mastodon's follows export.
func (Mastodon) Formats() []Format {
	return []Format{{
		Network: audit.Mastodon,
		Name:    "Follows CSV (Preferences → Import and export → Data export)",
		Request: "your Mastodon server → Preferences → Import and export → Data export → Follows → CSV (following_accounts.csv)",
		Files:   []string{"following_accounts.csv"},
	}}
}

// Import reads the files in the order given, each row in file order. The
// archive of posts is passed over beside a follows file; alone, it is
// refused with the advice to download the Follows CSV (beside another
// network's export in a folder given, Read left it out: see passOver).
func (m Mastodon) Import(files []*File) ([]audit.Account, error) {
	var size int64
	var lists []*File
	var archive *File
	for _, f := range files {
		switch kindOf(m, f) {
		case mdFollowing:
			lists = append(lists, f)
			size = plusSize(size, f)
		case mdArchive:
			if archive == nil {
				archive = f
			}
		default:
			return nil, errorf(f, "not a Mastodon follows file: expected following_accounts.csv (Data export → Follows)")
		}
	}
	if len(lists) == 0 && archive != nil {
		return nil, errorf(archive, "%s", mdArchiveAdvice)
	}
	files = lists
	// About 40 bytes a row; capped so that a size an archive merely
	// declares cannot reserve much memory up front.
	hint := int(min(size/40, 1<<16))
	r := &mdReader{accs: make([]audit.Account, 0, hint), seen: make(map[string]struct{}, hint)}
	for _, f := range files {
		if err := r.read(f); err != nil {
			return nil, err
		}
	}
	return r.accs, nil
}

// mdReader is the state of one Import call.
type mdReader struct {
	accs []audit.Account
	seen map[string]struct{} // IDs read
	key  []byte              // scratch space for the ID of a row
}

// mdCols are the column indexes of a file; -1 for an absent column.
type mdCols struct {
	width, addr, boosts, notify, langs int
	headerLine                         int // 0 for the header-less form
}

// read adds the accounts of one file.
func (r *mdReader) read(f *File) error {
	cf, err := openCSV(f)
	if err != nil {
		return err
	}
	defer cf.Close()
	src := f.String()
	var c *mdCols
	// Blank lines are skipped, as Mastodon's importer skips them.
	err = cf.each(func(rec []string, line int) error {
		if c == nil {
			var err error
			if c, err = mdColumns(f, rec, line); err != nil {
				return err
			}
			if c.headerLine > 0 {
				return nil
			}
		}
		return r.row(f, rec, line, c, src)
	})
	if err == nil && c == nil {
		// Mastodon writes its header even where you follow no one: blank
		// lines alone are a file emptied, as an empty file is refused.
		return errorf(f, "the file is empty: it holds blank lines only")
	}
	return err
}

// mdColumns reads the header from the first record that is not blank, or,
// when no cell of it names Account address, takes the file to be the
// header-less form.
func mdColumns(f *File, rec []string, line int) (*mdCols, error) {
	c := &mdCols{width: len(rec), addr: -1, boosts: -1, notify: -1, langs: -1, headerLine: line}
	for i, cell := range rec {
		var col *int
		switch name := strings.TrimSpace(cell); {
		case strings.EqualFold(name, mdAddressCol):
			col = &c.addr
		case strings.EqualFold(name, mdBoostsCol):
			col = &c.boosts
		case strings.EqualFold(name, mdNotifyCol):
			col = &c.notify
		case strings.EqualFold(name, mdLanguagesCol):
			col = &c.langs
		case strings.EqualFold(name, "Hide notifications"):
			return nil, lineErrorf(f, line, "this is Mastodon's muted accounts export (Hide notifications), not the follows: expected following_accounts.csv with the header %s", mdHeader)
		default:
			continue
		}
		if *col >= 0 {
			return nil, lineErrorf(f, line, "the header names %q twice: expected %s", strings.TrimSpace(cell), mdHeader)
		}
		*col = i
	}
	if c.addr < 0 {
		return &mdCols{width: 1, addr: 0, boosts: -1, notify: -1, langs: -1}, nil
	}
	return c, nil
}

// row adds the account of one record.
func (r *mdReader) row(f *File, rec []string, line int, c *mdCols, src string) error {
	if len(rec) != c.width {
		if c.headerLine == 0 {
			return lineErrorf(f, line, "expected one account address per line (the form without a header), found %s fields; or a first line %s", audit.Thousands(len(rec)), mdHeader)
		}
		return widthError(f, line, c.width, c.headerLine, rec)
	}
	cell := rec[c.addr]
	user, domain, ok := mdAddress(cell)
	if !ok {
		return lineErrorf(f, line, "%s %q is not an account address: expected %s", mdAddressCol, excerpt(cell, mdExcerptBytes), mdExpected)
	}
	for _, b := range [2]struct {
		i    int
		name string
	}{{c.boosts, mdBoostsCol}, {c.notify, mdNotifyCol}} {
		if b.i >= 0 && !mdBool(rec[b.i]) {
			return lineErrorf(f, line, "%s %q is not a yes/no value: expected true, false or nothing", b.name, excerpt(rec[b.i], mdExcerptBytes))
		}
	}

	// The ID, built in scratch space first so that a repeat costs no
	// allocation (a map index by string(bytes) does not copy). A domain
	// in Unicode is converted to its ASCII form, as Mastodon writes it;
	// one in ASCII (nearly all) is only lower-cased.
	idDomain, converted := domain, false
	if !isASCII(domain) {
		idDomain, converted = audit.MastodonDomain(domain)
		if !converted {
			idDomain = domain // no domain the conversion takes: as written
		}
	}
	r.key = appendLowerASCII(r.key[:0], user)
	if domain != "" {
		r.key = append(r.key, '@')
		r.key = appendLowerASCII(r.key, idDomain)
	}
	if _, dup := r.seen[string(r.key)]; dup {
		return nil
	}

	// One allocation holds the handle, the ID when it differs and the URL:
	// substrings of the record would pin the whole CSV line.
	var b strings.Builder
	b.Grow(2*len(r.key) + len("https:///@") + len(domain) + len(user))
	b.WriteString(user)
	if domain != "" {
		b.WriteByte('@')
		b.WriteString(domain)
	}
	handleEnd := b.Len()
	if converted || hasUpperASCII(user) || hasUpperASCII(domain) {
		b.Write(r.key)
	}
	idEnd := b.Len()
	if domain != "" {
		b.WriteString("https://")
		b.WriteString(domain)
		b.WriteString("/@")
		b.WriteString(user)
	}
	s := b.String()
	id := s[handleEnd:idEnd]
	if id == "" {
		id = s[:handleEnd] // already lower-case
	}
	r.seen[id] = struct{}{}
	r.accs = append(r.accs, audit.Account{
		Network:    audit.Mastodon,
		Relation:   audit.Following,
		ID:         id,
		Handle:     s[:handleEnd],
		ProfileURL: s[idEnd:],
		Source:     src,
		Extra:      mdExtra(rec, c),
	})
	return nil
}

// hasUpperASCII reports whether s holds an ASCII upper-case letter.
func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// appendLowerASCII appends s with ASCII letters lower-cased. Other letters
// are kept: IDs must not depend on Unicode case tables.
func appendLowerASCII(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// mdExtra returns the row's settings, or nil when the file has none.
func mdExtra(rec []string, c *mdCols) map[string]string {
	if c.boosts < 0 && c.notify < 0 && c.langs < 0 {
		return nil
	}
	m := make(map[string]string, 3)
	if c.boosts >= 0 {
		m[MastodonShowBoosts] = mdBoolCell(rec[c.boosts])
	}
	if c.notify >= 0 {
		m[MastodonNotify] = mdBoolCell(rec[c.notify])
	}
	if c.langs >= 0 {
		m[MastodonLanguages] = mdCell(rec[c.langs])
	}
	return m
}

// mdCell returns v in a string of its own (a substring would pin the CSV
// line), without allocating for the values nearly every row holds.
func mdCell(v string) string {
	switch v {
	case "":
		return ""
	case "true":
		return "true"
	case "false":
		return "false"
	}
	return strings.Clone(v)
}

// mdBoolCell is mdCell for a yes/no column, a spreadsheet's word for TRUE
// or FALSE given as Mastodon's (see mdLocalBool).
func mdBoolCell(v string) string {
	if w, ok := mdLocalBool(v); ok {
		return w
	}
	return mdCell(v)
}

// mdBool reports whether v is a value Mastodon writes in its yes/no
// columns: true or false, in any case, or nothing (the server's default);
// or one a spreadsheet wrote in their place (see mdLocalBool).
func mdBool(v string) bool {
	v = strings.TrimSpace(v)
	_, local := mdLocalBool(v)
	return v == "" || strings.EqualFold(v, "true") || strings.EqualFold(v, "false") || local
}

// mdLocalBool returns "true" or "false" for the word a spreadsheet in
// another language writes for TRUE or FALSE (French Excel VRAI and FAUX,
// German WAHR and FALSCH; Spanish, Italian, Dutch, Portuguese), in any
// case: the file opened there, with Data → From Text/CSV, and saved, has
// them. The keep list writes Mastodon's word instead: its importer reads
// any word but false as true, FAUX too.
func mdLocalBool(v string) (string, bool) {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "vrai", "wahr", "verdadero", "vero", "waar", "verdadeiro":
		return "true", true
	case "faux", "falsch", "falso", "onwaar":
		return "false", true
	}
	return "", false
}

// mdAddress splits an Account address cell into user and domain; domain is
// "" for an account of the exporting server. Spaces around the cell and one
// leading '@' are dropped, as Mastodon's importer does.
func mdAddress(cell string) (user, domain string, ok bool) {
	s := strings.TrimPrefix(strings.TrimSpace(cell), "@")
	user, domain, hasDomain := strings.Cut(s, "@")
	if !mdUserOK(user) || hasDomain && !mdDomainOK(domain) {
		return "", "", false
	}
	return user, domain, true
}

// mdUserOK reports whether u can be the user part of an address. Other
// fediverse servers allow more than Mastodon's [A-Za-z0-9_.-], so only
// what cannot be in a user name, or would break an ID in the ledger
// (space, ';'), is refused; and an invisible format character (a byte
// order mark a tool put before a row, a zero-width space pasted in),
// which none allows, and which made another account of one followed.
func mdUserOK(u string) bool {
	if u == "" {
		return false
	}
	for _, r := range u {
		if unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || strings.ContainsRune(`@/\?#;,:"'<>`, r) {
			return false
		}
	}
	return true
}

// mdDomainOK reports whether d is a host name, in ASCII or Unicode (an
// internationalised domain), with an optional :port as development servers
// have: dot-separated labels of letters, marks, digits, '-' and '_'.
func mdDomainOK(d string) bool {
	if host, port, ok := strings.Cut(d, ":"); ok {
		if !isDigits(port) || len(port) > 5 {
			return false
		}
		d = host
	}
	for label := range strings.SplitSeq(d, ".") {
		if label == "" {
			return false
		}
		for _, r := range label {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) && r != '-' && r != '_' {
				return false
			}
		}
	}
	return true
}
