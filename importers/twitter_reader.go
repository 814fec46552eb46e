package importers

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/internal/radix"
)

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
	// before is the other handles the tweets gave the account (older
	// ones, an account renamed), separated by spaces, each once; "" for
	// most. See audit.ExtraHandlesBefore.
	before string
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
	// others holds, by asciiFoldHash, the newest tweet that gave a
	// handle to an account on neither list: one a listed account had
	// before is stale there (see dropStaleHandles). Hashes, not strings,
	// as an archive's tweets can mention many; two handles of one hash
	// would only drop a handle, and the link then goes by id.
	others map[uint64]int64
}

// twitterFollow is one entry of following.js or follower.js.
type twitterFollow struct {
	AccountID twitterID       `json:"accountId"`
	UserLink  twitterUserLink `json:"userLink"`
}

// id is the entry's account id: its accountId, else the id its userLink
// names (an entry written without accountId); 0 when neither gives one.
func (e twitterFollow) id() uint64 {
	if e.AccountID != 0 {
		return uint64(e.AccountID)
	}
	return e.UserLink.ID
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
		return fmt.Errorf("accountId %s is not an account id (expected a whole number in digits, without a leading zero, that fits 64 bits)", jsonExcerpt(b))
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

// twitterUserLink is a userLink as decoded: the link kept (see twitterLink)
// and the id an intent link names, which stands for a missing accountId.
type twitterUserLink struct {
	Link twitterLink
	ID   uint64
}

func (l *twitterUserLink) UnmarshalJSON(b []byte) error {
	if err := l.Link.UnmarshalJSON(b); err != nil {
		return err
	}
	var s *string
	if bytes.IndexByte(b, '\\') < 0 {
		l.ID = intentID(bytes.Trim(b, `"`))
	} else if json.Unmarshal(b, &s) == nil && s != nil {
		l.ID = intentID([]byte(*s))
	}
	if l.ID != 0 {
		// An intent link written with escapes is rebuilt from the id
		// too: kept, one naming another id than accountId would be the
		// account's profile link.
		l.Link = ""
	}
	return nil
}

// intentID is the account id the intent link v names
// (https://twitter.com/intent/user?user_id=<id>), 0 for any other text or
// an id not written as accountId is (see parseTwitterID).
func intentID(v []byte) uint64 {
	if !bytes.HasPrefix(v, []byte(twitterIntent)) {
		return 0
	}
	id, _ := parseTwitterID(v[len(twitterIntent):])
	return id
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
		} else {
			r.other(when(), m.ScreenName)
		}
	}
	if t.ReplyName != "" && !t.mentionsElse(t.ReplyName, t.ReplyID) {
		if i, ok := r.lookup(t.ReplyID); ok {
			r.remember(i, when(), t.ReplyName, "", false)
		} else {
			r.other(when(), t.ReplyName)
		}
	}
}

// mentionsElse reports whether a mention of t gives handle (any case) to
// another account than id: a mention wins over the reply fields, which
// can disagree with it, whether the account replied to is listed or not
// (taken, the handle replaced the one a listed account had, and was
// then dropped there as the other's).
func (t *twitterTweet) mentionsElse(handle, id string) bool {
	handle = strings.TrimPrefix(strings.TrimSpace(handle), "@")
	for _, m := range t.Entities.Mentions {
		if m.ID != id && strings.EqualFold(strings.TrimPrefix(strings.TrimSpace(m.ScreenName), "@"), handle) {
			return true
		}
	}
	return false
}

// other records a handle a tweet dated at gives to an account on neither
// list, keeping the newest.
func (r *twitterReader) other(at int64, handle string) {
	handle = strings.TrimPrefix(strings.TrimSpace(handle), "@")
	if !validHandle(handle) {
		return
	}
	if r.others == nil {
		r.others = make(map[uint64]int64)
	}
	k := asciiFoldHash(handle)
	if old, ok := r.others[k]; !ok || at > old {
		r.others[k] = at
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
	if handle != "" {
		take := n.handle == "" || at > n.handleAt || at == n.handleAt && mention && !n.handleMention
		other := handle // the handle not taken, if another
		if take {
			other = n.handle
			n.handle, n.handleAt, n.handleMention = handle, at, mention
		}
		if other != "" && other != n.handle {
			n.before = addHandle(n.before, other)
		}
	}
	if name != "" && (n.name == "" || at > n.nameAt) {
		n.name, n.nameAt = name, at
	}
	r.names[i] = n
}

// addHandle adds handle to the space-separated list before, where it is
// not there yet.
func addHandle(before, handle string) string {
	for h := range strings.FieldsSeq(before) {
		if h == handle {
			return before
		}
	}
	if before == "" {
		return handle
	}
	return before + " " + handle
}

// handlesBefore is before (see twitterName) without now: a handle given
// up and taken back is the account's now, not one it had.
func handlesBefore(before, now string) string {
	if !strings.Contains(before, now) || now == "" {
		return before
	}
	var out []string
	for h := range strings.FieldsSeq(before) {
		if h != now {
			out = append(out, h)
		}
	}
	return strings.Join(out, " ")
}

// dropStaleHandles keeps each handle (any case) on the one listed account
// the tweets gave it to last. A handle is one account's at a time: one the
// tweets gave to several (given up, then taken by another account) is
// stale on all but the newest, and there its link, x.com/<handle>, would
// open the other account, to be unfollowed or kept in its stead. The
// accounts it is dropped from keep their name, and link by id. Where two
// got it from tweets of the same second, which is whose cannot be told,
// and none keeps it. The same goes for a handle the tweets gave to an
// account on neither list as late or later (see others): x.com/<handle>
// opens that one.
func (r *twitterReader) dropStaleHandles() {
	if len(r.names) == 0 || len(r.names) < 2 && len(r.others) == 0 {
		return
	}
	type owner struct {
		i   int32
		at  int64
		tie bool
	}
	last := make(map[string]owner, len(r.names))
	handles := 0
	for i, n := range r.names {
		if n.handle == "" {
			continue
		}
		handles++
		k := strings.ToLower(n.handle)
		o, ok := last[k]
		switch {
		case !ok || n.handleAt > o.at:
			last[k] = owner{i: i, at: n.handleAt}
		case n.handleAt == o.at:
			o.tie = true
			last[k] = o
		}
	}
	if len(last) == handles && len(r.others) == 0 {
		return // every handle on one account (the usual case)
	}
	for i, n := range r.names {
		if n.handle == "" {
			continue
		}
		if o := last[strings.ToLower(n.handle)]; o.i == i && !o.tie {
			if at, ok := r.others[asciiFoldHash(n.handle)]; !ok || at < n.handleAt {
				continue
			}
		}
		if n.name == "" {
			delete(r.names, i)
			continue
		}
		n.handle, n.handleAt, n.handleMention = "", math.MinInt64, false
		r.names[i] = n
	}
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
		if b := handlesBefore(n.before, n.handle); b != "" && n.handle != "" {
			a.Extra = map[string]string{audit.ExtraHandlesBefore: b}
		}
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
