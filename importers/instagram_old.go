// Instagram exports before about 2020: one connections.json whose lists are
// objects keyed by username, and profile.json, which says whose the export
// is.

package importers

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// igIsOldHead reports whether b starts the single connections.json of
// Instagram exports before about 2020: an object whose keys are all that
// file's ("following", "followers" and igOldKeys), in which "following"
// or "followers" holds an object of usernames and times (see
// igOldEntriesHead). Facebook's following.json and followers.json hold
// lists there, and are never named connections.json. Where b ends first,
// inside or after the object of another of that file's keys (a long
// "blocked_users" before the lists), it is one too, if every key before
// is one of that file's. Another key tells another app's file (one whose
// keys beside the lists are usernames, say) unless it is a word in
// lower-case snake_case whose value is shaped as the lists are, an object
// of usernames and times, and a list is read whole or a key of that
// file's came before it (the head cut after it then tells the file as
// cut in it, not only in it): readers of that file
// list the keys they saw, and a key of a year none saw must not pass over
// a person's whole export as "no export found", where the shape of every
// value is Instagram's.
func igIsOldHead(b []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(trimBOM(b)))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return false
	}
	lists := false // a list of usernames read to its end
	// unknown: a key read not of igOldKeys, shaped as a list, that no
	// key of that file's before it vouches for: only a list read whole
	// after it does. One after a key of that file's is vouched for, and
	// the head cut after it tells the file as cut in it.
	unknown := false
	for keys := 0; ; keys++ {
		key, err := dec.Token()
		if err != nil {
			// The head cut between two keys, or in a key's name,
			// after one of that file's whole: as cut in its value.
			return lists || keys > 0 && !unknown
		}
		if key == json.Delim('}') {
			return lists
		}
		k, _ := key.(string)
		if k == "following" || k == "followers" {
			if t, err := dec.Token(); err != nil {
				return lists || keys > 0 && !unknown // the head cut after the key
			} else if t != json.Delim('{') {
				return false
			}
			whole, ok := igOldEntriesHead(dec)
			if !ok || !whole {
				return ok
			}
			lists = true // the other list may follow: it is told too
			continue
		}
		if !slices.Contains(igOldKeys, k) {
			if !igSnakeKey(k) {
				return false
			}
			if t, err := dec.Token(); err != nil {
				return lists || keys > 0 && !unknown // the head cut after the key, as in its value
			} else if t != json.Delim('{') {
				return false
			}
			whole, ok := igOldEntriesHead(dec)
			if !ok || !whole {
				// Cut in it: Instagram's where a list, or a key of
				// that file's, came before.
				return ok && (lists || keys > 0 && !unknown)
			}
			// Vouched for by a key before it, all of that file's (or
			// vouched for themselves), as a cut in it is above.
			unknown = unknown || keys == 0
			continue
		}
		// Skip the value, token by token: an object of igOldKeys that
		// the head cuts short tells the file as well.
		depth := 0
		for {
			t, err := dec.Token()
			if err != nil {
				return lists || !unknown
			}
			switch t {
			case json.Delim('{'), json.Delim('['):
				depth++
			case json.Delim('}'), json.Delim(']'):
				depth--
			}
			if depth == 0 {
				break
			}
		}
	}
}

// igSnakeKey reports whether k is a key as Instagram's connections.json
// names its lists: lower-case words joined by underscores
// ("follow_requests_sent").
func igSnakeKey(k string) bool {
	if k == "" || k[0] == '_' || k[len(k)-1] == '_' || strings.Contains(k, "__") {
		return false
	}
	for i := 0; i < len(k); i++ {
		if c := k[i]; (c < 'a' || c > 'z') && c != '_' {
			return false
		}
	}
	return true
}

// igOldEntriesHead reads the entries of a list of connections.json from
// dec, just inside its object, to the end of the list (whole) or of the
// head. ok is whether each is an Instagram username (see validIGUser)
// with a time (a string of the form igOldTime reads, or a number) or
// null, as readOld takes them: another app's connections.json whose
// "following" maps names, addresses or ids with spaces or colons, holds
// objects, or maps usernames to dates alone or to words, is not
// Instagram's, and is passed over rather than read or refused.
func igOldEntriesHead(dec *json.Decoder) (whole, ok bool) {
	for {
		key, err := dec.Token()
		if err != nil {
			return false, true // the head cut
		}
		if key == json.Delim('}') {
			return true, true
		}
		if k, _ := key.(string); !validIGUser(igText(k)) {
			return false, false
		}
		v, err := dec.Token()
		if err != nil {
			return false, true
		}
		switch v := v.(type) {
		case string:
			if _, ok := igOldTime(v); !ok {
				return false, false
			}
		case float64, json.Number, nil:
		default:
			return false, false
		}
	}
}

// igOldTime returns the Unix seconds of a time as connections.json
// writes them ("2019-03-02T10:11:12"), or of the forms close to it other
// tools' readers take (with a zone, a fraction, a space); false for any
// other text.
func igOldTime(s string) (int64, bool) {
	for _, layout := range []string{"2006-01-02T15:04:05", time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Unix(), true
		}
	}
	return 0, false
}

// igOldKeys are the keys connections.json holds beside "following" and
// "followers", each an object keyed by username (or hashtag): the lists
// come after some of them, in the order of their names. Those of other
// tools' readers of that file; one not here tells another app's file
// (see igIsOldHead).
var igOldKeys = []string{"blocked_users", "close_friends", "dismissed_suggested_users", "follow_requests_sent",
	"following_hashtags", "hide_stories_from", "permanent_follow_requests", "restricted_users"}

// readOld reads connections.json, the one file of the lists in exports
// before about 2020: an object whose "following" and "followers" map each
// username to the time the follow began ("2019-03-02T10:11:12"; a whole
// number is taken for Unix seconds, and a time of another form, any other
// number or null gives no date, as the form is known from other tools'
// readers alone: better a follow undated than the export refused). Its other keys
// (blocked_users, close_friends, ...) list no one followed, and are
// skipped. The accounts followed are recorded first, as where following.json
// is read before the followers files.
func (r *igReader) readOld(tf *textFile, f *File) error {
	src := int32(len(r.sources))
	r.sources = append(r.sources, f.String())
	vc := &valueCap{r: tf, f: f}
	dec := json.NewDecoder(vc)
	dec.UseNumber()
	if t, err := dec.Token(); err != nil {
		return jsonError(f, dec, err)
	} else if t != json.Delim('{') {
		return &Error{File: f.String(), Offset: 0, Err: fmt.Errorf("expected a JSON object, found %s", tokenKind(t))}
	}
	var followers []igPeer
	found := false
	for dec.More() {
		vc.start = dec.InputOffset()
		key, err := dec.Token()
		if err != nil {
			return jsonError(f, dec, err)
		}
		k, _ := key.(string)
		if k != "following" && k != "followers" {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return jsonError(f, dec, err)
			}
			continue
		}
		found = true
		flag := igIsFollowing
		if k == "followers" {
			flag, r.followersRead = igIsFollower, true
		}
		if t, err := dec.Token(); err != nil {
			return jsonError(f, dec, err)
		} else if t != json.Delim('{') {
			return &Error{File: f.String(), Offset: dec.InputOffset(), Err: fmt.Errorf("%q is not an object of usernames", k)}
		}
		for n := 1; dec.More(); n++ {
			start := dec.InputOffset()
			vc.start = start
			ut, err := dec.Token()
			if err != nil {
				return jsonError(f, dec, err)
			}
			vt, err := dec.Token()
			if err != nil {
				return jsonError(f, dec, err)
			}
			p, err := r.oldEntry(f, k, n, ut.(string), vt, src, flag)
			if err != nil {
				return &Error{File: f.String(), Offset: start, Err: err}
			}
			switch {
			case p.handle == "": // a deleted account
			case flag == igIsFollower:
				followers = append(followers, p)
			default:
				r.peers = append(r.peers, p)
			}
		}
		if _, err := dec.Token(); err != nil { // }
			return jsonError(f, dec, err)
		}
	}
	if _, err := dec.Token(); err != nil { // }
		return jsonError(f, dec, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		if e, ok := readError(err); ok {
			return e
		}
		return &Error{File: f.String(), Offset: dec.InputOffset(), Err: errors.New("unexpected content after the JSON data")}
	}
	if !found {
		return errorf(f, `expected an object with "following" and "followers", as connections.json of an export before 2020 holds; the file has neither`)
	}
	r.peers = append(r.peers, followers...)
	return nil
}

// oldEntry is the n-th entry of connections.json's list k: user, and the
// time v. A deleted account comes back with no handle, counted.
func (r *igReader) oldEntry(f *File, k string, n int, user string, v json.Token, src int32, flag uint8) (igPeer, error) {
	user = igText(user)
	if !validIGUser(user) {
		return igPeer{}, fmt.Errorf("entry %d of %q: %s is not an Instagram username (expected letters, digits, \".\" and \"_\")", n, k, quoteExcerpt(user))
	}
	var ts int64
	switch v := v.(type) {
	case string:
		ts, _ = igOldTime(v)
	case json.Number:
		// Unix seconds; another number (milliseconds, a fraction) is a
		// time of another form.
		if secs, err := v.Int64(); err == nil && secs >= 0 && secs <= maxUnixSeconds {
			ts = secs
		}
	case nil:
	default:
		return igPeer{}, fmt.Errorf("entry %d of %q (%s): expected the time the follow began, found %s", n, k, user, tokenKind(v))
	}
	if strings.HasPrefix(strings.ToLower(user), igDeleted) {
		r.deleted++
		return igPeer{}, nil
	}
	var since audit.Date
	if flag == igIsFollowing && ts > 0 {
		since = sinceUnix(ts)
		f.dated(since)
	}
	return igPeer{handle: user, src: src, since: since, flags: flag}, nil
}

// igOldProfileKeys are the keys of profile.json, beside connections.json
// in exports before about 2020: one flat object of the account's details.
var igOldProfileKeys = []string{"biography", "date_joined", "date_of_birth", "email", "gender", "name",
	"phone_number", "private_account", "profile_pic_url", "username", "website"}

// igOldProfileMax is the most of profile.json read: its details are short
// (a biography of 150 characters, a link to the picture).
const igOldProfileMax = 64 << 10

// igIsOldProfileHead reports whether b, the head of a file named
// profile.json, holds the whole file, shaped as Instagram's (see
// igOldProfileOf): a longer one is no such file.
func igIsOldProfileHead(b []byte) bool {
	_, _, ok := igOldProfileOf(b)
	return ok
}

// igOldProfileOf returns the username and name that b, the whole of a
// profile.json, gives the owner of an Instagram export before about
// 2020, where b is shaped as Instagram's: an object whose keys are all
// of igOldProfileKeys, each a string, true or false, or null, with
// "username" an Instagram username (see validIGUser) and "date_joined"
// a time as connections.json writes them ("2014-05-02T18:22:41", see
// igOldTime). The form of that file is known from other tools' readers
// alone, and many apps write a profile.json (a site's user, with
// "username" and "date_joined" beside "first_name"): taken for Instagram's,
// another's would name an owner that is no one's, and refuse the
// person's next export as another person's. So any other key or value
// makes it no Instagram file, and the export says nothing of whose it
// is, as before the file was read.
func igOldProfileOf(b []byte) (user, name string, ok bool) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(trimBOM(b), &fields); err != nil || fields == nil {
		return "", "", false
	}
	joined := false
	for k, raw := range fields {
		if !slices.Contains(igOldProfileKeys, k) {
			return "", "", false
		}
		var v any
		if err := json.Unmarshal(raw, &v); err != nil {
			return "", "", false
		}
		s, isString := v.(string)
		switch v.(type) {
		case string, bool, nil:
		default:
			return "", "", false
		}
		switch k {
		case "username":
			if user = igText(s); !isString || !validIGUser(user) {
				return "", "", false
			}
		case "date_joined":
			if _, joined = igOldTime(s); !isString || !joined {
				return "", "", false
			}
		case "name":
			name = igText(s)
		}
	}
	if user == "" || !joined {
		return "", "", false
	}
	return user, name, true
}

// igOldOwnerUser returns the username profile.json f gives its owner,
// and the name beside it, or "" where it cannot be read or is not
// Instagram's (see igOldProfileOf).
func igOldOwnerUser(f *File) (user, name string) {
	tf, err := openText(f)
	if err != nil {
		return "", ""
	}
	defer tf.Close()
	b, err := io.ReadAll(io.LimitReader(tf, igOldProfileMax+1))
	if err != nil || len(b) > igOldProfileMax {
		return "", ""
	}
	user, name, ok := igOldProfileOf(b)
	if !ok {
		return "", ""
	}
	return user, name
}
