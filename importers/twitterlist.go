package importers

import (
	"bytes"
)

// readFollowList streams the accounts of a following.js or follower.js to
// fn: key is "following" or "follower", the key wrapping each entry. It
// reads what readYTD[twitterFollowItem] reads, with the same results and
// errors, several times faster: at millions of followers the generic
// decoder was most of an import. The list is split into elements by
// jsonList, without allocating, and an element of the shape the archive
// writes,
//
//	{"follower" : {"accountId" : "<digits>", "userLink" : "<link>"}}
//
// (any white space, the inner keys in either order, userLink optional, no
// escapes; accountId may be missing where userLink is the intent link that
// names the id) is matched directly. Any other element, valid or not, is decoded
// by encoding/json as before, so that odd input reads or fails as it did.
func readFollowList(f *File, key string, fn func(id uint64, link twitterLink) error) error {
	t, err := openText(f)
	if err != nil {
		return err
	}
	defer t.Close()
	off, err := ytdPrefix(t, f) // leaves t at the '['
	if err != nil {
		return err
	}
	l := &jsonList{t: t, f: f, pos: off, start: off}
	quote := `"` + key + `"`
	match := func(b []byte, it *twitterFollowItem) (int, bool) {
		id, link, n, short := matchFollow(b, quote)
		e := &it.Following
		if key == twitterFollower {
			e = &it.Follower
		}
		e.AccountID, e.UserLink = twitterID(id), twitterUserLink{Link: link}
		return n, short
	}
	err = readList(l, match, func(n int, it *twitterFollowItem) error {
		e := it.Following
		if key == twitterFollower {
			e = it.Follower
		}
		id := e.id()
		if id == 0 {
			return errNoFollowID(f, n, key)
		}
		return fn(id, e.UserLink.Link)
	})
	if err != nil {
		return err
	}
	return l.end()
}

// errNoFollowID is the error of entry n of a follow list that gives no
// account id, in its accountId or its userLink.
func errNoFollowID(f *File, n int, key string) error {
	return errorf(f, "entry %d of the list gives no account id: expected {\"%s\" : {\"accountId\" : \"<digits>\", ...}}, or a userLink \"%s<digits>\"", n, key, twitterIntent)
}

// matchFollow matches the start of b against the usual entry, {key :
// {"accountId" : "<id>", "userLink" : "<link>"}} with quoted the key in
// quotes, and returns its length n (0 when b does not start with one), the
// id and the link as twitterLink.UnmarshalJSON makes it. short reports
// that b ended first, so that a longer b might match.
func matchFollow(b []byte, quoted string) (id uint64, link twitterLink, n int, short bool) {
	i := 0
	// lit skips white space and takes s.
	lit := func(s string) bool {
		for i < len(b) && isJSONSpace(b[i]) {
			i++
		}
		if len(b)-i < len(s) {
			short = true
			return false
		}
		if string(b[i:i+len(s)]) != s {
			return false
		}
		i += len(s)
		return true
	}
	if !lit("{") || !lit(quoted) || !lit(":") || !lit("{") {
		return 0, "", 0, short
	}
	var haveLink bool
	var linkV []byte // the userLink as written, for the id it names where accountId is missing
	for {
		isID := id == 0 && lit(`"accountId"`)
		if !isID && (haveLink || !lit(`"userLink"`)) || !lit(":") || !lit(`"`) {
			return 0, "", 0, short
		}
		j := bytes.IndexByte(b[i:], '"')
		if j < 0 {
			return 0, "", 0, true
		}
		// What the string holds, unless it has a backslash: an id is
		// digits, followLink checks a link.
		v, ok := b[i:i+j], false
		i += j + 1
		if isID {
			id, ok = parseTwitterID(v)
		} else {
			link, ok = followLink(v)
			linkV, haveLink = v, true
		}
		if !ok {
			return 0, "", 0, false // the decoder reads it, or words the error
		}
		if !lit(",") {
			break
		}
	}
	if id == 0 { // parsed only then: an entry with its accountId costs nothing more
		id = intentID(linkV)
	}
	if id == 0 || !lit("}") || !lit("}") {
		return 0, "", 0, short
	}
	return id, link, i, false
}

// followLink is what twitterLink.UnmarshalJSON makes of the userLink
// string v as written; ok is false when v is not plain text (an escape or
// a control character), for the decoder to read.
func followLink(v []byte) (link twitterLink, ok bool) {
	if len(v) > len(twitterIntent) && string(v[:len(twitterIntent)]) == twitterIntent && isDigits(v[len(twitterIntent):]) {
		return "", true
	}
	if bytes.ContainsFunc(v, func(r rune) bool { return r < ' ' || r == '\\' }) {
		return "", false
	}
	// Only a web link is kept, and one without spaces (r <= ' ' or DEL).
	if (bytes.HasPrefix(v, []byte("https://")) || bytes.HasPrefix(v, []byte("http://"))) && !bytes.ContainsAny(v, " \x7f") {
		return twitterLink(v), true
	}
	return "", true
}

// isJSONSpace reports whether c is JSON white space, in one test for the
// usual non-space byte.
func isJSONSpace(c byte) bool {
	const mask uint64 = 1<<' ' | 1<<'\t' | 1<<'\n' | 1<<'\r'
	return c <= ' ' && mask>>c&1 != 0
}
