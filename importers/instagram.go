package importers

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// Instagram reads the follow lists of Instagram's "Download your
// information" export in JSON format (instagram-<user>-YYYY-MM-DD-<x>.zip):
// connections/followers_and_following/following.json and followers_1.json,
// followers_2.json… (followers.json before 2023), and the late-2021 layout
// that has followers_and_following/ at the top with no connections/ folder.
// The other files of that folder (close friends, blocked, pending requests,
// recently unfollowed) are not current follows and are left alone. An
// HTML-format export is recognised only to tell the person to ask for JSON.
// personal_information.json, where the export holds it, says whose it is
// (see owner).
//
// The export names accounts by username only: no display name, no numeric
// id. following.json entries carry the Unix second the follow started,
// which becomes Since; followers files are only used to tell who follows
// back, so an account that only follows the person has no Since, like the
// followers of the other networks.
//
// ID scheme: Account.ID is the username lower-cased (Instagram usernames
// are case-insensitive, so "Amelie_D" and "amelie_d" are one account and
// one ID); Handle keeps the username as first written and ProfileURL is
// https://www.instagram.com/<username>/. A username is ASCII letters,
// digits, '.' and '_' (any other entry is an error, not a guess), so an ID
// never holds a space, ';' or ':'. It changes only if the account owner
// renames it, which the export cannot follow anyway.
//
// Deleted accounts are listed as "__deleted__<random>": there is no one
// left to keep or unfollow, and the random part is not stable across
// exports, so they are skipped (and counted, see igReader.deleted).
type Instagram struct{}

// Kinds of file Instagram.Detect returns.
const (
	igFollowing   = "following"
	igFollowers   = "followers"
	igHTML        = "html"
	igOwner       = "owner"            // personal_information.json: whose export it is
	igOldOwner    = "profile_json"     // profile.json of exports before about 2020: whose export it is
	igConnections = "connections_json" // connections.json of exports before about 2020: both lists, keyed by username
)

// Names the export uses that the importer relies on.
const (
	igFolder       = "followers_and_following"
	igFollowingKey = "relationships_following"
	igFollowersKey = "relationships_followers"
	igDeleted      = "__deleted__"
	igProfile      = "https://www.instagram.com/"
	igOwnerName    = "personal_information.json"
	igOldName      = "connections.json"
	igOldOwnerName = "profile.json"
	igOwnerKey     = "profile_user"
)

// Network returns "instagram".
func (Instagram) Network() string { return audit.Instagram }

// Covers says which relations a file of this kind lists in full.
func (Instagram) Covers(kind string) []string {
	switch kind {
	case igFollowing:
		return []string{audit.Following}
	case igFollowers:
		return []string{audit.Follower}
	case igConnections:
		return []string{audit.Following, audit.Follower}
	}
	return nil
}

// Detect claims following.json, followers.json and followers_<n>.json, and
// such a name with a copy's mark (followers_1 (1).json, the file saved
// again by a browser or copied beside itself: see listName); two copies
// of one list are then read once if alike, else refused as two copies. In a
// followers_and_following folder the name decides. Elsewhere (a loose file,
// the top of an unzipped folder, another tool's layout) the file is claimed
// only when its head holds an Instagram list: an object whose first key is
// "relationships_following" or "relationships_followers", or, for the
// followers names, a bare list of "string_list_data" entries (and, for
// following.json at the top, such a list too, for the read to refuse it
// as a followers list saved over it). Facebook's
// 2018-22 following.json and followers.json, in following_and_followers/ and
// friends_and_followers/, are never claimed. Other .json names containing
// "follow" (a renamed "following_old.json") are claimed on the object key
// alone; the rest of the export is never opened. following.html,
// followers.html and followers_<n>.html in followers_and_following are an
// HTML-format export ("html"), and so are such files at the top of what
// was given (given by name, or in that folder given itself) whose head is
// a web page naming Instagram, so that the person is told to ask for
// JSON; in any other folder they are not (Threads' pages of those names,
// in your_instagram_activity/threads, name Instagram too). personal_information.json (in
// personal_information/personal_information/ since 2023,
// account_information/ before; a copy's mark allowed) is claimed for whose
// export it is (see owner) when its head is an object with a key
// "profile_user": wherever it lies, and only then, as other exports
// (Facebook's) have a personal_information folder too.
// connections.json, the single file of exports before about 2020 (at the
// top of the zip), is claimed ("connections_json") when its head is an
// object of that file's keys alone whose "following" or "followers" holds
// an object of usernames and times (see igIsOldHead): another app's file
// of that name, with keys of its own (usernames beside the lists) or
// whose list maps names or ids of other forms, or usernames to days or
// words, is passed over. Its profile.json,
// beside it, is claimed for whose export it is ("profile_json") only when
// its head holds the whole file, shaped as Instagram's (see
// igOldProfileOf): many apps write a profile.json.
func (Instagram) Detect(p string, head func() []byte) string {
	base := strings.ToLower(path.Base(p))
	parent := strings.ToLower(path.Base(path.Dir(p)))
	if strings.HasPrefix(base, "personal_information") && strings.HasSuffix(base, ".json") && listName(base) == igOwnerName {
		if head != nil && igIsOwnerHead(head()) {
			return igOwner
		}
		return ""
	}
	if listName(base) == igOldOwnerName {
		if head != nil && igIsOldProfileHead(head()) {
			return igOldOwner
		}
		return ""
	}
	if listName(base) == igOldName {
		if head != nil && igIsOldHead(head()) {
			return igConnections
		}
		return ""
	}
	stem, isJSON := strings.CutSuffix(listName(base), ".json") // a copy mark dropped: followers_1 (1).json
	if !isJSON {
		htmlStem, isHTML := strings.CutSuffix(base, ".html")
		if !isHTML || igKindOfName(htmlStem) == "" {
			return ""
		}
		switch {
		case parent == igFolder:
			return igHTML
		case parent != "." || head == nil:
			// In another folder: another export's page of that name
			// (Threads', your_instagram_activity/threads/following.html;
			// Facebook's, following_and_followers/following.html), not to
			// be taken for an Instagram export, which would fail a run
			// of other exports; or not to be opened.
			return ""
		case igIsHTMLHead(head()):
			// Given by name, or in the followers_and_following folder
			// itself: told by its head, to say that it cannot be read.
			return igHTML
		}
		return ""
	}
	if parent == "following_and_followers" || parent == "friends_and_followers" {
		return "" // Facebook's
	}
	kind := igKindOfName(stem)
	switch {
	case kind != "" && parent == igFolder:
		return kind
	case kind == "" && !strings.Contains(stem, "follow"):
		return ""
	case head == nil:
		return ""
	}
	byHead, bare := igHeadKind(head())
	if kind == igFollowing && byHead == igFollowers && bare && parent == "." {
		// following.json given by name (or at the top of a folder
		// given) holding a followers file's bare list: claimed, so that
		// reading it says it looks like a followers list saved over it.
		return igFollowing
	}
	if byHead == "" || kind != byHead && (kind != "" || bare) {
		return ""
	}
	return byHead
}

// listEra returns the list a claimed file holds, its kind, and for
// followers the era its name belongs to: followers.json until early 2023,
// followers_1.json, followers_2.json… since. following.json has kept its
// name (two of them are told apart by oneExport), and a file found by its
// content under another name does not tell; an HTML file is no list, as
// it is not read beside JSON ones.
func (Instagram) listEra(f *File) (list, era string) {
	if f.Kind == igConnections {
		return igFollowers, "2019" // beside a later export's followers file: two exports
	}
	if f.Kind != igFollowing && f.Kind != igFollowers {
		return "", ""
	}
	stem := strings.TrimSuffix(listName(f.Name()), ".json")
	switch {
	case f.Kind != igFollowers || igKindOfName(stem) != igFollowers:
		return f.Kind, ""
	case stem == "followers":
		return f.Kind, "2021"
	}
	return f.Kind, "2023+"
}

// igKindOfName maps a lower-case file name without extension to the kind
// that name holds, or "".
func igKindOfName(stem string) string {
	switch {
	case stem == "following":
		return igFollowing
	case stem == "followers":
		return igFollowers
	case strings.HasPrefix(stem, "followers_") && isDigits(stem[len("followers_"):]):
		return igFollowers
	}
	return ""
}

// igIsHTMLHead reports whether b starts a web page that names Instagram,
// as the pages of an HTML-format export do (their links, and the logo).
func igIsHTMLHead(b []byte) bool {
	b = bytes.TrimSpace(trimBOM(b))
	if len(b) == 0 || b[0] != '<' {
		return false
	}
	lower := bytes.ToLower(b)
	return bytes.Contains(lower, []byte("<html")) && bytes.Contains(lower, []byte("instagram"))
}

// igIsOwnerHead reports whether b starts an object with a key
// "profile_user", as personal_information.json is: its first key, or a
// later one (keys reordered by a tool that re-saved the file).
func igIsOwnerHead(b []byte) bool {
	_, ok := igHeadKey(b, func(k string) bool { return k == igOwnerKey })
	return ok
}

// igHeadKey walks the keys of the object b starts with, skipping their
// values, to the first that want takes, and returns the decoder just
// after it; false where b is no object, or its head or the object ends
// first.
func igHeadKey(b []byte, want func(key string) bool) (*json.Decoder, bool) {
	dec := json.NewDecoder(bytes.NewReader(trimBOM(b)))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, false
	}
	for {
		key, err := dec.Token()
		if err != nil || key == json.Delim('}') {
			return nil, false
		}
		if k, _ := key.(string); want(k) {
			return dec, true
		}
		var skip json.RawMessage
		if dec.Decode(&skip) != nil {
			return nil, false
		}
	}
}

// igHeadKind returns the kind of list the start of a file holds, and
// whether it is a bare list (whose kind is a guess from its entries, so
// only a file named for followers is taken on it).
func igHeadKind(b []byte) (kind string, bare bool) {
	b = bytes.TrimLeft(trimBOM(b), " \t\r\n")
	switch {
	case len(b) == 0:
	case b[0] == '{':
		b = bytes.TrimLeft(b[1:], " \t\r\n")
		switch {
		case bytes.HasPrefix(b, []byte(`"`+igFollowingKey+`"`)):
			return igFollowing, false
		case bytes.HasPrefix(b, []byte(`"`+igFollowersKey+`"`)):
			return igFollowers, false
		}
	case b[0] == '[' && bytes.Contains(b, []byte(`"string_list_data"`)):
		return igFollowers, true
	}
	return "", false
}

// Import reads the claimed files: every following file, then every
// followers file (numbered parts in order), whatever order the archive
// lists them in. HTML files are ignored when any JSON file is there; with
// only HTML files it fails, asking for a JSON export.
//
// Accounts come back in a fixed order: followed accounts as the files list
// them, then followers not followed. A username listed again (in another
// part, another copy of the export, or twice in one file) is one account:
// it keeps its first place, spelling and source, and the newest follow date.
// FollowsYou is Yes or No when a followers file was read, Unknown otherwise.
func (Instagram) Import(files []*File) ([]audit.Account, error) {
	r, err := readInstagram(files)
	if err != nil || r == nil {
		return nil, err
	}
	if r.deleted > 0 && files[0].stats != nil {
		files[0].stats.Deleted.Add(int64(r.deleted))
	}
	return r.accounts(), nil
}

// importLean is Import, except that the followers not followed come back
// as audit.Followers (their usernames, in file order), not as accounts:
// the export names them by username alone, and they are most of a big
// follower list.
func (Instagram) importLean(files []*File) ([]audit.Account, []audit.Followers, error) {
	r, err := readInstagram(files)
	if err != nil || r == nil {
		return nil, nil, err
	}
	if r.deleted > 0 && files[0].stats != nil {
		files[0].stats.Deleted.Add(int64(r.deleted))
	}
	bare := audit.Followers{Network: audit.Instagram, Link: igProfile, Tail: "/"}
	n, size := 0, 0
	for i := range r.peers {
		if p := &r.peers[i]; p.flags == igIsFollower {
			n, size = n+1, size+len(p.handle)
		}
	}
	bare.GrowUsernames(n, size)
	kept := 0
	for i := range r.peers {
		p := &r.peers[i]
		if p.flags == igIsFollower {
			bare.AddUsername(p.handle, r.sources[p.src])
			continue
		}
		r.peers[kept] = *p
		kept++
	}
	if bare.Len() == 0 {
		return r.accounts(), nil, nil
	}
	clear(r.peers[kept:]) // their handles: the usernames are in bare now
	r.peers = r.peers[:kept]
	return r.accounts(), []audit.Followers{bare}, nil
}

func (Instagram) byUsername() bool { return true }

// readInstagram reads the files into an igReader, or returns nil when
// there is nothing to read.
func readInstagram(files []*File) (*igReader, error) {
	var lists []*File
	var firstHTML *File
	var size int64
	for _, f := range files {
		switch f.Kind {
		case igFollowing, igFollowers, igConnections:
			lists = append(lists, f)
			size = plusSize(size, f)
		case igHTML:
			if firstHTML == nil {
				firstHTML = f
			}
		case igOwner, igOldOwner: // read by owner
		default:
			return nil, errorf(f, "not an Instagram export file (expected followers_and_following/following.json or followers_1.json)")
		}
	}
	if len(lists) == 0 {
		if firstHTML != nil {
			return nil, errorf(firstHTML, "this is an HTML-format Instagram export, which cannot be read; "+
				"request the export again in JSON format (Instagram → Settings → Accounts Center → "+
				"Your information and permissions → Download your information → Format: JSON)")
		}
		return nil, nil
	}
	slices.SortStableFunc(lists, compareInstagramFiles)
	if err := igPartsMissing(lists); err != nil {
		return nil, err
	}
	// About 190 bytes per pretty-printed entry; capped so that a size an
	// archive merely declares cannot reserve much memory up front.
	hint := int(min(size/192, 1<<21))
	r := &igReader{
		peers:   make([]igPeer, 0, hint),
		sources: make([]string, 0, len(lists)),
	}
	for _, f := range lists {
		if err := r.read(f); err != nil {
			return nil, err
		}
	}
	r.dedupe()
	return r, nil
}

// compareInstagramFiles orders files for reading: following, then
// followers; parts by number; then by name, so that the result does not
// depend on the order of entries in the zip.
func compareInstagramFiles(a, b *File) int {
	rank := func(k string) int {
		if k == igFollowing || k == igConnections {
			return 0
		}
		return 1
	}
	return cmp.Or(
		cmp.Compare(rank(a.Kind), rank(b.Kind)),
		cmp.Compare(igPart(a.Name()), igPart(b.Name())),
		cmp.Compare(a.String(), b.String()),
	)
}

// igPartsMissing refuses a followers list read without one of its parts:
// a big export splits it into followers_1.json, followers_2.json…, and
// read without one, every account on that part would look as not
// following the person (follows_you "no" in import and the ledger's
// evidence, a follower gone). As with Twitter/X's parts (see
// twitterPartsMissing), and for the same reasons, a part is missing
// where a later one is there (followers_3.json without followers_2.json,
// or followers_2.json without followers_1.json: one zip of an export that
// came in several, or files picked one by one); the last part missing
// cannot be told, as the export lists its files nowhere. files are
// sorted (see compareInstagramFiles); a part given twice (the zip and its
// unzipped copy) is one. followers.json, the one file of exports before
// 2023, is no part.
func igPartsMissing(files []*File) error {
	var list []*File
	var parts []int
	for _, f := range files {
		if f.Kind == igFollowers && igPartName(f.Name()) {
			list, parts = append(list, f), append(parts, igPart(f.Name()))
		}
	}
	next, at := firstGap(parts, 1)
	if at < 0 {
		return nil
	}
	f := list[at]
	missing := fmt.Sprintf("followers_%d.json", next)
	if dir := path.Dir(f.Path); dir != "." {
		missing = dir + "/" + missing
	}
	return errorf(f, "part %d of the list of the accounts that follow you, without %s: read without a part, its accounts would look as not following you; "+
		"give the whole export (every zip of it if it came in several), not some of its files", parts[at], missing)
}

// igPartName reports whether name is "followers_N.json", any case, N
// no year (see yearNotPart).
func igPartName(name string) bool {
	stem, ok := strings.CutSuffix(strings.ToLower(name), ".json")
	n, ok2 := strings.CutPrefix(stem, "followers_")
	return ok && ok2 && n != "" && isDigits(n) && !yearNotPart(n)
}

// igPart returns N of a "followers_N.json" name, 0 for other names.
func igPart(name string) int {
	stem := strings.TrimSuffix(strings.ToLower(name), ".json")
	i := strings.LastIndexByte(stem, '_')
	if i < 0 || !isDigits(stem[i+1:]) || len(stem)-i > 7 {
		return 0
	}
	n, _ := strconv.Atoi(stem[i+1:])
	return n
}

// igEntry is one list element, in both shapes: 2023 to mid-2025 (and every
// followers file) put the username in string_list_data[0].value with an
// empty title; the current following.json puts it in title, drops value
// and links to /_u/<username>. media_list_data is never used and is not
// decoded. Only the first string_list_data element is kept: a fixed array
// is decoded in place, where a slice would cost an allocation per entry.
type igEntry struct {
	Title          string      `json:"title"`
	StringListData [1]igString `json:"string_list_data"`
}

type igString struct {
	Href      string `json:"href"`
	Value     string `json:"value"`
	Timestamp int64  `json:"timestamp"`
}

// Flags of an igPeer.
const (
	igIsFollowing uint8 = 1 << iota
	igIsFollower
)

// igPeer is one account of the lists, kept small: followers can run into
// millions.
type igPeer struct {
	handle string     // the username as first written
	src    int32      // index in igReader.sources of the file that listed it first
	since  audit.Date // newest follow date from following files
	flags  uint8
}

// igReader accumulates an export's accounts over its files.
type igReader struct {
	peers         []igPeer // every listing until dedupe, then one per account
	sources       []string // File.String of each file read
	followersRead bool
	// deleted counts the entries of deleted accounts skipped, every
	// listing counted; reported through Options.Stats.
	deleted int
}

// read reads one following or followers file.
func (r *igReader) read(f *File) error {
	tf, err := openText(f)
	if err != nil {
		return err
	}
	defer tf.Close()
	if f.Kind == igConnections {
		return r.readOld(tf, f)
	}
	flag, key := igIsFollowing, igFollowingKey
	if f.Kind == igFollowers {
		flag, key = igIsFollower, igFollowersKey
		r.followersRead = true
	}
	if f.Kind == igFollowing && igBareList(tf) {
		return errorf(f, `a bare list, as a followers file (followers_1.json) holds, where following.json holds an object, {"%s": [...]}: `+
			"it looks like a followers list saved over following.json; give the export's own following.json", igFollowingKey)
	}
	src := int32(len(r.sources))
	r.sources = append(r.sources, f.String())
	n := 0
	found, err := igEachEntry(tf, f, key, func(e *igEntry) error {
		n++
		return r.entry(f, e, n, src, flag)
	})
	if err != nil {
		return err
	}
	if !found {
		return errorf(f, "expected a list, or an object with the list under the key %q; the file has none (is it another kind of file?)", key)
	}
	return nil
}

// igBareList reports whether tf starts with a bare list, "[", after white
// space. Every export's following.json seen holds an object, the list
// under "relationships_following": the late-2021 layout, 2023 to mid-2025
// and the current shape alike (export-formats.md §4), and no tool or
// report has one as a bare list; only the followers files are one
// (followers_1.json since early 2023). A following.json that is one is a
// followers file copied or saved over it, whose followers would be read
// as the accounts followed, to keep or unfollow: refused (see read).
// White space past tf's buffered head is not looked through: the list is
// read then, as before.
func igBareList(tf *textFile) bool {
	b, _ := tf.Peek(512) // a shorter file, or a read error, gives what there is
	i := 0
	for i < len(b) && isJSONSpace(b[i]) {
		i++
	}
	return i < len(b) && b[i] == '['
}

// entry records the n-th entry of f. Its errors are plain errors:
// igEachEntry places them at the entry's byte offset, as eachJSON did.
func (r *igReader) entry(f *File, e *igEntry, n int, src int32, flag uint8) error {
	s := &e.StringListData[0]
	user := igText(s.Value)
	if user == "" {
		user = igText(e.Title)
	}
	if user == "" {
		user = igHrefUser(fixMojibake(s.Href))
	}
	if user == "" {
		return fmt.Errorf("entry %d has no username: expected string_list_data[0].value, title or an https://www.instagram.com/<username> href", n)
	}
	if !validIGUser(user) {
		return fmt.Errorf("entry %d: %s is not an Instagram username (expected letters, digits, \".\" and \"_\")", n, quoteExcerpt(user))
	}
	ts := s.Timestamp
	if ts > maxUnixSeconds {
		return fmt.Errorf("entry %d (%s): timestamp %d is not a date in Unix seconds", n, quoteExcerpt(user), ts)
	}
	id := strings.ToLower(user) // no copy when already lower-case, as usernames are
	if strings.HasPrefix(id, igDeleted) {
		r.deleted++
		return nil
	}
	var since audit.Date
	if flag == igIsFollowing && ts > 0 {
		since = sinceUnix(ts)
		f.dated(since)
	}
	r.peers = append(r.peers, igPeer{handle: user, src: src, since: since, flags: flag}) // repeats merged by dedupe
	return nil
}

// igText is cleanText (mojibake repaired, NFC, spaces trimmed) for a
// username, except that ASCII text, which usernames are, is only trimmed:
// white space inside is kept as written, where cleanText would collapse
// it. No username holds any (validIGUser refuses it either way), so the
// difference shows only in the message quoting such an entry.
func igText(s string) string {
	if isASCII(s) {
		return strings.TrimSpace(s)
	}
	return cleanText(s)
}

// igHrefUser returns the username of a profile link,
// https://www.instagram.com/<username> or …/_u/<username> (any
// instagram.com host, a trailing slash, query or fragment allowed), or ""
// for any other link.
func igHrefUser(href string) string {
	_, rest, ok := strings.Cut(href, "://")
	if !ok {
		return ""
	}
	host, p, _ := strings.Cut(rest, "/")
	host = strings.ToLower(host)
	if host != "instagram.com" && !strings.HasSuffix(host, ".instagram.com") {
		return ""
	}
	if i := strings.IndexAny(p, "?#"); i >= 0 {
		p = p[:i]
	}
	p = strings.TrimPrefix(p, "_u/")
	p = strings.TrimSuffix(p, "/")
	if strings.Contains(p, "/") {
		return "" // a post or other page, not a profile
	}
	return p
}

// validIGUser reports whether s is made of the characters Instagram allows
// in usernames, and not of dots alone ("..", which in the profile URL
// names the folder above). Anything else is refused rather than guessed
// at, as the username becomes the ID and goes into a URL.
func validIGUser(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '_') {
			return false
		}
	}
	return strings.Trim(s, ".") != ""
}

// accounts returns the accounts read: followed ones first, then followers
// only, each in the order the files list them. Following files are read
// before followers files, so that is the order of peers.
func (r *igReader) accounts() []audit.Account {
	accs := make([]audit.Account, len(r.peers))
	// Every account needs its profile URL, which holds the username. The
	// URLs are cut from one string per batch of accounts, and the handles
	// and IDs from the URLs, rather than allocated one by one: at millions
	// of followers that is most of the import's allocations.
	const batch = 1024
	buf := make([]byte, 0, min(batch, len(r.peers))*(len(igProfile)+24))
	var ends [batch]int
	for lo := 0; lo < len(r.peers); lo += batch {
		hi := min(lo+batch, len(r.peers))
		buf = buf[:0]
		for i := lo; i < hi; i++ {
			buf = append(buf, igProfile...)
			buf = append(buf, r.peers[i].handle...)
			buf = append(buf, '/')
			ends[i-lo] = len(buf)
		}
		urls, start := string(buf), 0
		for i := lo; i < hi; i++ {
			url := urls[start:ends[i-lo]]
			start = ends[i-lo]
			r.account(&accs[i], &r.peers[i], url)
		}
	}
	return accs
}

// account fills a from peer p; url is its profile URL.
func (r *igReader) account(a *audit.Account, p *igPeer, url string) {
	a.Network = audit.Instagram
	a.Relation = audit.Following
	if p.flags&igIsFollowing == 0 {
		a.Relation = audit.Follower
	}
	a.ProfileURL = url
	a.Handle = url[len(igProfile) : len(url)-1]
	a.ID = strings.ToLower(a.Handle) // no copy when already lower-case, as usernames are
	a.Since = p.since
	a.Source = r.sources[p.src]
	if r.followersRead {
		a.FollowsYou = audit.No
		if p.flags&igIsFollower != 0 {
			a.FollowsYou = audit.Yes
		}
	}
}

// Formats describes the one export read, and where to ask for it.
func (Instagram) Formats() []Format {
	return []Format{{
		Network: audit.Instagram,
		Name:    "Download your information (JSON)",
		Request: "Instagram → Settings → Accounts Center → Your information and permissions → " +
			"Download your information → Download or transfer information → Some of your information: " +
			"\"Followers and following\" (and \"Personal information\", which says whose the export is), Format: JSON, Date range: All time",
		Files: []string{"following.json", "followers_1.json", "followers.json", "connections.json (exports before 2020)",
			"profile.json (whose an export before 2020 is)", "personal_information.json (whose export it is)"},
	}}
}

// igFolders are the folders Instagram puts its lists and
// personal_information.json in, under the export's top folder (since and
// before 2023), the longer of two that end alike first.
var igFolders = []string{
	"connections/followers_and_following",
	"personal_information/personal_information",
	"followers_and_following",
	"account_information",
}

// exportFolder returns the export's folder that holds dir: dir without
// the folder Instagram puts its lists or personal_information.json in
// (see sideFiler), any case.
func (Instagram) exportFolder(dir string) string {
	if root, ok := withoutFolder(dir, igFolders); ok {
		return root
	}
	return dir
}

// exportRoot returns the export's top folder that holds p, a file at
// one of igFolders (see rootFiler).
func (Instagram) exportRoot(p string) (string, bool) {
	return withoutFolder(path.Dir(p), igFolders)
}

// zipParts reports true: Meta splits a big export into several zip
// archives, and personal_information.json may be in a part that holds
// no list (see sideFiler).
func (Instagram) zipParts() bool { return true }

// namedList reports whether f, a claimed file, is named as Instagram
// names a file of its kind (following.json, followers.json,
// followers_2.json), a copy's mark aside (see listNamer).
func (Instagram) namedList(f *File) bool {
	if f.Kind == igConnections {
		return listName(f.Name()) == igOldName
	}
	// followers_2025.json is the list's name and a year: a copy the
	// person kept, under a name of their own (see yearNotPart).
	return igKindOfName(strings.TrimSuffix(listName(f.Name()), ".json")) == f.Kind && (f.Kind != igFollowers || igPart(f.Name()) == 0 || igPartName(f.Name()))
}

// namesEveryList: every file of a list is under its name (see namesEvery).
func (Instagram) namesEveryList() {}
