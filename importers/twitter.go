package importers

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/internal/radix"
)

// Twitter reads the X/Twitter archive ("Download an archive of your data",
// twitter-YYYY-MM-DD-<hash>.zip). Its data/following.js and data/follower.js
// list account ids only, with no handle, name or date; handles and display
// names are recovered from the person's own tweets (mentions and replies),
// which is the only place the archive names other accounts.
//
// ID scheme: Account.ID is the archive's accountId exactly as written, a
// 64-bit number in decimal digits without leading zeros ("1690960025278107648").
// It is the network's own id, so it survives handle and name changes and is
// the same in every re-export.
type Twitter struct{}

// Kinds of archive file the Twitter importer reads.
const (
	twitterFollowing = "following"
	twitterFollower  = "follower"
	twitterTweets    = "tweets"
	twitterAccount   = "account" // data/account.js: whose archive it is
)

// twitterIntent is how the archive links an account it knows only by id;
// links of this form are not kept per account but rebuilt from the id.
const twitterIntent = "https://twitter.com/intent/user?user_id="

func (Twitter) Network() string { return audit.Twitter }

// Detect claims the archive's following, follower and tweets files by name
// (tweet.js is the name before about 2021), including split parts such as
// tweets-part1.js, in the archive's data folder; account.js there is
// claimed for whose archive it is (see owner). Those names are common ones
// for a website's scripts, and a claimed file that is not the archive's
// fails the whole import (a site/js/account.js beside a LinkedIn export
// would be "an archive without its lists"), so elsewhere, as under any
// other name, a .js file is claimed only when it starts with one of those
// files' window.YTD assignments: a renamed or loose file of the archive
// still reads. Other archive files (like.js, ...) are left.
func (Twitter) Detect(p string, head func() []byte) string {
	stem, ok := strings.CutSuffix(strings.ToLower(path.Base(p)), ".js")
	if !ok {
		return ""
	}
	if strings.EqualFold(path.Base(path.Dir(p)), "data") {
		base, part, split := strings.Cut(stem, "-part")
		if !split || isDigits(part) {
			if kind := twitterKindOf(base); kind != "" {
				return kind
			}
		}
	}
	return twitterHeadKind(head())
}

// Covers says which relations a file of this kind lists in full.
func (Twitter) Covers(kind string) []string {
	switch kind {
	case twitterFollowing:
		return []string{audit.Following}
	case twitterFollower:
		return []string{audit.Follower}
	}
	return nil
}

// twitterHeadKind returns the kind named by the window.YTD assignment that
// starts b, or "".
func twitterHeadKind(b []byte) string {
	b = bytes.TrimLeft(trimBOM(b), " \t\r\n")
	rest, ok := bytes.CutPrefix(b, []byte("window.YTD."))
	if !ok {
		return ""
	}
	for _, t := range []string{"following", "follower", "tweets", "tweet", "account"} {
		if bytes.HasPrefix(rest, []byte(t+".part")) {
			return twitterKindOf(t)
		}
	}
	return ""
}

// twitterKindOf maps a window.YTD data type to the kind of file holding it.
func twitterKindOf(typ string) string {
	switch typ {
	case "following":
		return twitterFollowing
	case "follower":
		return twitterFollower
	case "tweets", "tweet":
		return twitterTweets
	case "account":
		return twitterAccount
	}
	return ""
}

// Import reads the follow lists first, then the tweets, so that names are
// kept only for the accounts of the lists: an archive's tweets mention far
// more accounts than it follows. Every part of a list is read and merged.
//
// Accounts come back in a fixed order: the followed accounts in file order,
// then the followers not followed, in file order. FollowsYou is Yes or No
// when a follower file was among the files, Unknown otherwise.
func (t Twitter) Import(files []*File) ([]audit.Account, error) {
	r, err := t.read(files)
	if r == nil || err != nil {
		return nil, err
	}
	return r.accounts(), nil
}

// importLean is Import, except that the followers not followed of whom
// the archive gives nothing but the id (no name or handle in the tweets, the
// usual link) come back as audit.Followers, in file order, and not as
// accounts: they are most of a big follower list.
func (t Twitter) importLean(files []*File) ([]audit.Account, []audit.Followers, error) {
	r, err := t.read(files)
	if r == nil || err != nil {
		return nil, nil, err
	}
	bare := audit.Followers{Network: audit.Twitter, Link: twitterIntent}
	n := 0
	for i := range r.ids {
		if r.isBare(int32(i)) {
			n++
		}
	}
	if n == 0 {
		return r.accounts(), nil, nil
	}
	// The bare ids are copied out rather than moved down in place in
	// r.ids: then r.ids dies with the reader, beside dedupe's slots, and
	// the crowd's rows (16 bytes a follower) reuse that memory after the
	// collection that follows the import (see load in cmd/unfollow-audit).
	// Moved in place, the ids kept it alive and the rows took fresh pages:
	// peak RSS of a 4M-follower import 165 MB instead of 134 MB. The peers
	// kept, few, go to a slice of their own, with their names and links,
	// and each source's end with them.
	bare.IDs = make([]uint64, 0, n)
	keep := make([]uint64, 0, len(r.ids)-n)
	var names map[int32]twitterName
	var links map[int32]string
	kept, s := int32(0), 0
	for i := range int32(len(r.ids)) {
		for i >= r.ends[s] {
			r.ends[s] = kept
			s++
		}
		if r.isBare(i) {
			bare.Add(r.ids[i], r.sources[s])
			continue
		}
		if n, ok := r.names[i]; ok {
			if names == nil {
				names = map[int32]twitterName{}
			}
			names[kept] = n
		}
		if l, ok := r.links[i]; ok {
			if links == nil {
				links = map[int32]string{}
			}
			links[kept] = l
		}
		keep = append(keep, r.ids[i])
		r.flags[kept] = r.flags[i]
		kept++
	}
	for ; s < len(r.ends); s++ {
		r.ends[s] = kept
	}
	r.names, r.links = names, links
	r.ids, r.flags = keep, r.flags[:kept]
	return r.accounts(), []audit.Followers{bare}, nil
}

// isBare reports whether peer i only follows the person and is known by
// its id alone.
func (r *twitterReader) isBare(i int32) bool {
	if r.flags[i] != twitterIsFollower {
		return false
	}
	if _, ok := r.names[i]; ok {
		return false
	}
	_, ok := r.links[i]
	return !ok
}

// read reads the files into a twitterReader; nil when there are none.
func (Twitter) read(files []*File) (*twitterReader, error) {
	files = slices.Clone(files)
	slices.SortStableFunc(files, compareTwitterFiles)

	var lists, tweets int
	var size int64
	for _, f := range files {
		switch f.Kind {
		case twitterFollowing, twitterFollower:
			lists++
			size = plusSize(size, f)
		case twitterTweets:
			tweets++
		case twitterAccount: // read by owner
		default:
			return nil, errorf(f, "not a Twitter archive file (expected following.js, follower.js or tweets.js)")
		}
	}
	if lists == 0 {
		if len(files) == 0 {
			return nil, nil
		}
		return nil, errorf(files[0], "the archive's data/following.js and data/follower.js are missing: give the whole archive (twitter-….zip), not only the tweets")
	}

	// About 130 bytes per pretty-printed entry; capped so that a size an
	// archive merely declares cannot reserve much memory up front.
	hint := int(min(size/128, 1<<23))
	r := &twitterReader{
		ids:     make([]uint64, 0, hint),
		flags:   make([]uint8, 0, hint),
		sources: make([]string, 0, lists),
	}
	for _, f := range files { // the lists come first (compareTwitterFiles)
		var err error
		switch f.Kind {
		case twitterFollowing, twitterFollower:
			err = r.readList(f)
		case twitterTweets:
			if !r.deduped {
				r.dedupe()
			}
			err = r.readTweets(f)
		}
		if err != nil {
			return nil, err
		}
	}
	if !r.deduped {
		r.dedupe()
	}
	r.byID = radix.Keys{} // no more lookups
	r.dropRepeats()
	return r, nil
}

// compareTwitterFiles orders files for Import: following, then follower,
// then tweets; parts by number; then by name, so that the result does not
// depend on the order of entries in the zip.
func compareTwitterFiles(a, b *File) int {
	rank := func(k string) int {
		switch k {
		case twitterFollowing:
			return 0
		case twitterFollower:
			return 1
		}
		return 2
	}
	return cmp.Or(
		cmp.Compare(rank(a.Kind), rank(b.Kind)),
		cmp.Compare(twitterPart(a.Name()), twitterPart(b.Name())),
		cmp.Compare(a.String(), b.String()),
	)
}

// twitterPart returns N of a "<type>-partN.js" name, 0 for other names.
func twitterPart(name string) int {
	_, part, ok := strings.Cut(strings.TrimSuffix(strings.ToLower(name), ".js"), "-part")
	if !ok || !isDigits(part) || len(part) > 6 {
		return 0
	}
	n, _ := strconv.Atoi(part)
	return n
}

// Flags of a twitterPeer.
const (
	twitterIsFollowing uint8 = 1 << iota
	twitterIsFollower
)

// twitterName is what the tweets tell about an account. The handle and the
// name are dated separately: a reply gives a handle but no name, and the
// newest tweet wins for each.
type twitterName struct {
	handle, name     string
	handleAt, nameAt int64 // Unix seconds of the tweet; math.MinInt64 when undated
	handleMention    bool  // the handle came from a mention, not a reply field
}

// twitterReader accumulates an archive's accounts over its files.
type twitterReader struct {
	// The peers are the entries of the lists, in file order: their ids
	// and flags. An id listed twice is merged into its first entry once
	// the lists are read (see dedupe), which also fills byID. They are
	// kept in two slices, 9 bytes a peer rather than 16 in a struct, as an
	// archive can list millions of followers; the file of each is known
	// from its place (see ends).
	ids     []uint64
	flags   []uint8
	byID    radix.Keys // account ids and peer indexes, sorted, after dedupe
	deduped bool
	repeats []int32               // indexes of the entries dedupe merged into an earlier one, in order
	links   map[int32]string      // userLink, only where it is not the intent link
	names   map[int32]twitterName // only for accounts the tweets name
	sources []string              // File.String of each list file read
	// ends[s] is the index past the last peer that sources[s] listed
	// first: files are read one after the other, so the peers of one file
	// are a run, and stay one when some are dropped (dedupe, importLean
	// move the ends). A peer's file is known from its place, without 4
	// bytes a peer.
	ends         []int32
	followerRead bool
}

// twitterFollow is one entry of following.js or follower.js.
type twitterFollow struct {
	AccountID twitterID   `json:"accountId"`
	UserLink  twitterLink `json:"userLink"`
}

// twitterFollowItem is one element of the list: following.js wraps each
// entry in {"following": ...}, follower.js in {"follower": ...}.
type twitterFollowItem struct {
	Following twitterFollow `json:"following"`
	Follower  twitterFollow `json:"follower"`
}

// twitterID is an accountId, parsed while decoding for two reasons: a bad
// one is reported at its byte offset (the decoder knows where it is, the
// element callback does not), and a number is smaller and faster to look up
// than a string when there are millions. 0 means absent.
type twitterID uint64

func (id *twitterID) UnmarshalJSON(b []byte) error {
	s := b
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		s = s[1 : len(s)-1]
	}
	n, ok := parseTwitterID(s)
	if !ok {
		return fmt.Errorf("accountId %s is not an account id (expected a string of digits)", jsonExcerpt(b))
	}
	*id = twitterID(n)
	return nil
}

// parseTwitterID parses an account id: a 64-bit number written in digits
// without leading zeros (so that it reads back as the same string).
func parseTwitterID[S string | []byte](s S) (uint64, bool) {
	if len(s) == 0 || len(s) > 20 || s[0] == '0' {
		return 0, false
	}
	var n uint64
	for i := 0; i < len(s); i++ {
		d := uint64(s[i]) - '0'
		if d > 9 || n > (math.MaxUint64-d)/10 {
			return 0, false
		}
		n = n*10 + d
	}
	return n, true
}

// twitterLink is a userLink. The usual intent link, which can be rebuilt
// from the id, decodes to "" without allocating: at millions of entries
// those strings would be most of the memory.
type twitterLink string

func (l *twitterLink) UnmarshalJSON(b []byte) error {
	const prefix = `"` + twitterIntent
	if len(b) > len(prefix)+1 && string(b[:len(prefix)]) == prefix &&
		b[len(b)-1] == '"' && isDigits(b[len(prefix):len(b)-1]) {
		*l = ""
		return nil
	}
	var s *string
	if err := json.Unmarshal(b, &s); err != nil {
		return errors.New("userLink is not a string")
	}
	*l = ""
	// Only a web link is kept: reports may show it as a link.
	if s != nil && (strings.HasPrefix(*s, "https://") || strings.HasPrefix(*s, "http://")) &&
		!strings.ContainsFunc(*s, func(r rune) bool { return r <= ' ' || r == 0x7F }) {
		*l = twitterLink(*s)
	}
	return nil
}

// readList reads one following or follower file.
func (r *twitterReader) readList(f *File) error {
	flag, key := twitterIsFollowing, "following"
	if f.Kind == twitterFollower {
		flag, key = twitterIsFollower, "follower"
		r.followerRead = true
	}
	r.sources = append(r.sources, f.String())
	err := readFollowList(f, key, func(id uint64, link twitterLink) error {
		r.add(id, string(link), flag)
		return nil
	})
	r.ends = append(r.ends, int32(len(r.ids)))
	return err
}

// add records an entry of a list; an id listed again keeps its first
// place, source and link (see dedupe).
func (r *twitterReader) add(id uint64, link string, flag uint8) {
	i := int32(len(r.ids))
	r.ids = append(r.ids, id)
	r.flags = append(r.flags, flag)
	if link != "" {
		if r.links == nil {
			r.links = make(map[int32]string)
		}
		r.links[i] = link
	}
}

// twitterTweet holds the only fields of a tweet that name other accounts.
// Decoding nothing else keeps big archives fast.
type twitterTweet struct {
	CreatedAt string `json:"created_at"`
	ReplyID   string `json:"in_reply_to_user_id_str"`
	ReplyName string `json:"in_reply_to_screen_name"`
	Entities  struct {
		Mentions []struct {
			Name       string `json:"name"`
			ScreenName string `json:"screen_name"`
			ID         string `json:"id_str"`
		} `json:"user_mentions"`
	} `json:"entities"`
}

// twitterTweetItem is one element of tweets.js: {"tweet": {...}}. Archives
// from about 2019 list the tweet objects bare, which the embedded fields
// read.
type twitterTweetItem struct {
	Tweet *twitterTweet `json:"tweet"`
	twitterTweet
}

// readTweets recovers handles and names of listed accounts from one tweets
// file.
func (r *twitterReader) readTweets(f *File) error {
	return readYTD(f, func(it twitterTweetItem) error {
		t := &it.twitterTweet
		if it.Tweet != nil {
			t = it.Tweet
		}
		r.tweet(t)
		return nil
	})
}

// tweet takes the names a tweet gives. A mention carries handle and name;
// the reply fields only a handle, which can disagree with the mentions, so
// a mention wins over them within one tweet.
func (r *twitterReader) tweet(t *twitterTweet) {
	at, dated := int64(math.MinInt64), false
	when := func() int64 {
		if !dated {
			dated = true
			// An undated tweet still names accounts, but any dated one wins.
			if tm, err := time.Parse(time.RubyDate, t.CreatedAt); err == nil {
				at = tm.Unix()
			}
		}
		return at
	}
	for _, m := range t.Entities.Mentions {
		if i, ok := r.lookup(m.ID); ok {
			r.remember(i, when(), m.ScreenName, m.Name, true)
		}
	}
	if t.ReplyName != "" {
		if i, ok := r.lookup(t.ReplyID); ok {
			r.remember(i, when(), t.ReplyName, "", false)
		}
	}
}

// lookup returns the index of the listed account with the given id.
func (r *twitterReader) lookup(id string) (int32, bool) {
	n, ok := parseTwitterID(id)
	if !ok {
		return 0, false
	}
	return r.lookupID(n)
}

// remember records a handle and name for peer i seen in a tweet dated at,
// keeping whichever is newest.
func (r *twitterReader) remember(i int32, at int64, handle, name string, mention bool) {
	handle = strings.TrimPrefix(strings.TrimSpace(handle), "@")
	if !validHandle(handle) {
		handle = ""
	}
	name = strings.TrimSpace(name)
	if handle == "" && name == "" {
		return
	}
	if r.names == nil {
		r.names = make(map[int32]twitterName)
	}
	n := r.names[i]
	if handle != "" && (n.handle == "" || at > n.handleAt || at == n.handleAt && mention && !n.handleMention) {
		n.handle, n.handleAt, n.handleMention = handle, at, mention
	}
	if name != "" && (n.name == "" || at > n.nameAt) {
		n.name, n.nameAt = name, at
	}
	r.names[i] = n
}

// validHandle reports whether s can be a Twitter handle: letters, digits
// and underscores. Anything else is not used, as it goes into a URL.
func validHandle(s string) bool {
	if s == "" || len(s) > 50 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// accounts returns the accounts read: following first, then followers only,
// each in the order the files list them.
func (r *twitterReader) accounts() []audit.Account {
	accs := make([]audit.Account, len(r.ids))
	// Every account needs its id as a string and most need the intent link,
	// which ends with the id. Both are cut from one string per batch of
	// accounts rather than allocated one by one: at millions of accounts
	// that is most of the import's allocations.
	const batch = 1024
	buf := make([]byte, 0, min(batch, len(r.ids))*(len(twitterIntent)+20))
	var ends [batch]int
	src := 0 // the file of peer i: ends[src] is past i
	for lo := 0; lo < len(r.ids); lo += batch {
		hi := min(lo+batch, len(r.ids))
		buf = buf[:0]
		for i := lo; i < hi; i++ {
			buf = append(buf, twitterIntent...)
			buf = strconv.AppendUint(buf, r.ids[i], 10)
			ends[i-lo] = len(buf)
		}
		urls, start := string(buf), 0
		for i := lo; i < hi; i++ {
			intent := urls[start:ends[i-lo]]
			start = ends[i-lo]
			for int32(i) >= r.ends[src] {
				src++
			}
			r.account(&accs[i], int32(i), intent, r.sources[src])
		}
	}
	return accs
}

// account fills a from peer i, listed first in source; intent is its
// intent link.
func (r *twitterReader) account(a *audit.Account, i int32, intent, source string) {
	flags := r.flags[i]
	a.Network = audit.Twitter
	a.Relation = audit.Following
	if flags&twitterIsFollowing == 0 {
		a.Relation = audit.Follower
	}
	a.ID = intent[len(twitterIntent):]
	a.Source = source
	if r.followerRead {
		a.FollowsYou = audit.No
		if flags&twitterIsFollower != 0 {
			a.FollowsYou = audit.Yes
		}
	}
	if n, ok := r.names[i]; ok {
		a.Handle, a.Name = n.handle, n.name
	}
	switch {
	case a.Handle != "":
		a.ProfileURL = "https://x.com/" + a.Handle
	case r.links[i] != "":
		a.ProfileURL = r.links[i]
	default:
		a.ProfileURL = intent
	}
}

// readYTD streams the elements of an archive data file to fn. Every such
// file is a JavaScript assignment, `window.YTD.<type>.partN = [ ... ]`: the
// assignment is matched strictly and removed, and the rest must be one JSON
// list and nothing else. The file is never run as JavaScript.
func readYTD[T any](f *File, fn func(T) error) error {
	t, err := openText(f)
	if err != nil {
		return err
	}
	defer t.Close()
	off, err := ytdPrefix(t, f)
	if err != nil {
		return err
	}
	_, err = eachJSON(t, f, nil, fn) // ytdPrefix saw the '['; found is true
	if e, ok := errors.AsType[*Error](err); ok && e.Line == 0 && e.Offset >= 0 {
		// eachJSON counts from where it started reading: make the
		// offset one in the file.
		e.Offset += off
	}
	return err
}

// ytdAssignment is the start of every archive data file once leading white
// space is skipped: `window.YTD.<type>.partN =`.
var ytdAssignment = regexp.MustCompile(`^window\.YTD\.(\w{1,64})\.part\d{1,9}[ \t\r\n]*=`)

// ytdPrefix reads the window.YTD assignment from the start of t, checks
// that its type is what f.Kind holds, and returns the number of bytes read.
func ytdPrefix(t *textFile, f *File) (int64, error) {
	var off int64
	for { // leading white space, unbounded, so a byte at a time
		b, err := t.Peek(1)
		if len(b) == 0 {
			if err == nil || err == io.EOF {
				break
			}
			return 0, passError(f, err)
		}
		if c := b[0]; c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			break
		}
		t.Discard(1)
		off++
	}
	head, err := t.Peek(128)
	m := ytdAssignment.FindSubmatch(head)
	if m == nil && err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return 0, passError(f, err) // a read error (not UTF-8, too big) says more
	}
	var found string
	switch {
	case m != nil && twitterKindOf(string(m[1])) == f.Kind:
		t.Discard(len(m[0]))
		return ytdList(t, f, off+int64(len(m[0])))
	case m != nil:
		found = fmt.Sprintf(", found window.YTD.%s", m[1])
	case len(head) == 0:
		found = ", found the end of the file"
	}
	return 0, &Error{File: f.String(), Offset: off, Err: fmt.Errorf(
		"expected a \"window.YTD.%s.partN = \" assignment at the start of the file%s", f.Kind, found)}
}

// ytdList skips white space after the assignment at off and checks that a
// list follows: the data is always one, and anything else is better named
// here than by the JSON decoder. It returns the offset of the list.
func ytdList(t *textFile, f *File, off int64) (int64, error) {
	for {
		b, err := t.Peek(1)
		switch {
		case len(b) == 0 && (err == nil || err == io.EOF):
			return 0, &Error{File: f.String(), Offset: off, Err: errors.New("expected a JSON list after the window.YTD assignment, found the end of the file")}
		case len(b) == 0:
			return 0, passError(f, err)
		case b[0] == '[':
			return off, nil
		case b[0] != ' ' && b[0] != '\t' && b[0] != '\r' && b[0] != '\n':
			return 0, &Error{File: f.String(), Offset: off, Err: errors.New("expected a JSON list after the window.YTD assignment")}
		}
		t.Discard(1)
		off++
	}
}

// passError returns a read error as an *Error: those from the readers
// below already are.
func passError(f *File, err error) error {
	if _, ok := errors.AsType[*Error](err); ok {
		return err
	}
	return errorf(f, "cannot read: %v", err)
}

func (Twitter) Formats() []Format {
	return []Format{{
		Network: audit.Twitter,
		Name:    "Your archive (X/Twitter)",
		Request: "X → Settings and privacy → Your account → Download an archive of your data (zip twitter-YYYY-MM-DD-<hash>.zip)",
		Files:   []string{"data/following.js", "data/follower.js", "data/tweets.js (tweets-part*.js, tweet.js)", "data/account.js (whose archive it is)"},
	}}
}

// twitterAccountItem is an entry of data/account.js.
type twitterAccountItem struct {
	Account struct {
		AccountID   string `json:"accountId"`
		Username    string `json:"username"`
		DisplayName string `json:"accountDisplayName"`
	} `json:"account"`
}

// owner reads whose archive it is from data/account.js: the account id,
// which survives a change of handle, and the @handle to show. An archive
// without the file (a folder trimmed by hand) says nothing.
func (Twitter) owner(files []*File) (audit.Owner, bool, error) {
	var o audit.Owner
	for _, f := range files {
		if f.Kind != twitterAccount {
			continue
		}
		err := readYTD(f, func(it twitterAccountItem) error {
			if a := it.Account; o.ID == "" && isDigits(a.AccountID) && a.AccountID != "" {
				o = audit.Owner{Network: audit.Twitter, ID: a.AccountID, Name: "@" + a.Username, Source: f.ownerSource()}
				if a.Username == "" {
					o.Name = a.DisplayName
				}
			}
			return nil
		})
		if err != nil {
			return audit.Owner{}, false, err
		}
	}
	return o, o.ID != "", nil
}
