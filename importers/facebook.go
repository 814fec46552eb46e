package importers

import (
	"bytes"
	"encoding/json"
	"path"
	"slices"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// Facebook reads Facebook's "Download Your Information" export in JSON
// format: friends, people and Pages followed, and followers, in the 2023+
// layout (connections/friends/your_friends.json,
// connections/followers/who_you've_followed.json,
// connections/followers/people_who_followed_you.json and its numbered
// parts), the 2020-22 layout (friends_and_followers/friends.json,
// who_you_follow.json or following.json, followers.json), the 2018-19 layout
// (friends/friends.json, following_and_followers/following.json and
// followers.json) and the followed-Pages files
// (pages_and_profiles_you_follow.json, pages/pages_you_follow.json),
// wherever they sit in the tree. An HTML-format export is recognised only to
// tell the person to ask for JSON instead.
//
// It also reads removed_friends.json, the friends the person removed
// (connections/friends/ since 2023, friends_and_followers/ in 2020-22,
// friends/ in 2018-19; key deleted_friends_v2, deleted_friends in
// 2018-19), when asked to (Options.Removed): not a list of accounts, but
// what tells a friend the person unfriended from one who unfriended them
// (see audit.MarkUnfriended).
//
// The export has no ids, usernames or profile URLs for people: only display
// names and, except for followers, the Unix second the relation started.
// Both survive a re-export, so they make the account ID:
//
//   - an entry with a timestamp: audit.Slug(name) + "." + the Unix seconds,
//     e.g. "amelie-durand.1580721342"; a friend who is also followed is one
//     account and uses the friend's timestamp;
//   - an entry without one (followers; a timestamp of 0 counts as none):
//     audit.Slug(name), and the second, third… entry with the same slug
//     gets "~2", "~3"…;
//   - an ID still taken (two spellings with the same slug and timestamp,
//     such as "Chloé Martin" and "Chloe Martin") gets "~2", "~3"… appended.
//
// Friends take such IDs first, then follows, then followers; within one
// list the entries that share an ID but for "~2", "~3"… take them in the
// order of their names' bytes ("Chloe Martin" the ID, "Chloé Martin" its
// "~2"), the export's order only for names alike byte for byte, so that an
// export listing them otherwise gives each the ID it had (see
// fbIDs.byName).
//
// Names are the only link between the lists, and real exports hold
// namesakes (two friends called the same, one name followed twice). So a
// followed entry is a friend's account, and a follower is attached to an
// account, only when its name occurs exactly once on each side, names
// compared but for case, accents and spaces (see joinKeys), and a friend
// and a follow whose names write different accents ("Thủy", "Thúy":
// audit.AccentsDiffer) are two accounts; otherwise they stay separate
// accounts rather than a guess. Likewise only identical
// records are dropped as duplicates (see [Facebook.Import]).
type Facebook struct{}

// Kinds of file Facebook.Detect returns.
const (
	fbFriends   = "friends"
	fbFollowing = "following"
	fbPages     = "pages"
	fbFollowers = "followers"
	fbHTML      = "html"
	// fbRemoved lists the friends the person removed: no relation now
	// (Covers gives none), read only for a re-audit (see remover).
	fbRemoved = "removed"
)

// fbKeys returns the keys that hold a kind's list, in every era seen, or
// nil for a kind that is not a JSON list.
func fbKeys(kind string) []string {
	switch kind {
	case fbFriends:
		return []string{"friends_v2", "friends"}
	case fbFollowing:
		return []string{"following_v3", "following_v2", "following"}
	case fbPages:
		return []string{"pages_followed_v2", "pages_followed"}
	case fbFollowers:
		return []string{"followers_v3", "followers_v2", "followers"}
	case fbRemoved:
		return []string{"deleted_friends_v2", "deleted_friends"}
	}
	return nil
}

// Network returns "facebook".
func (Facebook) Network() string { return audit.Facebook }

// Detect claims Facebook's friends, following, followed-Pages and followers
// files by name. The generic names friends.json, following.json and
// followers.json are claimed only inside Facebook's own folders, since
// Instagram's export has a followers_and_following/following.json too. The
// same names ending in .html are an HTML-format export ("html").
// removed_friends.json is claimed as "removed" (see remover): no current
// relation, but read for a re-audit; its .html is not claimed, nor are
// friend requests.
//
// Any other .json (a renamed "your_friends (1).json") is claimed by its
// head: when the first key of its top-level object is one of a kind's
// list keys (see fbKeys) and holds a list. Instagram's lists
// (relationships_following, relationships_followers) and the older
// Instagram connections.json, whose "followers" holds an object, are never
// claimed.
func (Facebook) Detect(p string, head func() []byte) string {
	base := strings.ToLower(path.Base(p))
	html := false
	switch {
	case strings.HasSuffix(base, ".json"):
		base = strings.TrimSuffix(base, ".json")
	case strings.HasSuffix(base, ".html"):
		base, html = strings.TrimSuffix(base, ".html"), true
	default:
		return ""
	}
	kind, _ := fbKind(base, strings.ToLower(path.Base(path.Dir(p))))
	switch {
	case kind == fbRemoved && html:
		return ""
	case kind != "" && html:
		return fbHTML
	case kind == "" && !html && head != nil:
		return fbHeadKind(head())
	}
	return kind
}

// fbHeadKind returns the kind of list a JSON file starting with head holds:
// the kind whose fbKeys has the first key of the top-level object, when
// that key's value is a list; "" for anything else.
func fbHeadKind(head []byte) string {
	dec := json.NewDecoder(bytes.NewReader(trimBOM(head)))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return ""
	}
	t, err := dec.Token()
	if err != nil {
		return ""
	}
	key, _ := t.(string)
	if t, err := dec.Token(); err != nil || t != json.Delim('[') {
		return ""
	}
	for _, kind := range [...]string{fbFriends, fbFollowing, fbPages, fbFollowers, fbRemoved} {
		if slices.Contains(fbKeys(kind), key) {
			return kind
		}
	}
	return ""
}

// Covers says which relations a file of this kind lists in full.
func (Facebook) Covers(kind string) []string {
	switch kind {
	case fbFriends:
		return []string{audit.Friend}
	case fbFollowing, fbPages:
		return []string{audit.Following}
	case fbFollowers:
		return []string{audit.Follower}
	}
	return nil
}

// Eras of Facebook's file names, for listEra: each layout of the table on
// [Facebook] names its lists its own way. Of the two followed-Pages names
// only the order is known: pages_you_follow.json is the older.
const (
	fbEra2023 = "2023+"   // connections/…/your_friends.json, who_you've_followed.json…
	fbEra2020 = "2020-22" // friends_and_followers/…
	fbEra2018 = "2018-19" // friends/friends.json, following_and_followers/…
)

// fbKind maps a file's base name (without extension) and its parent folder
// to a kind, and to the era of export that names the list so. Distinctive
// names may also come numbered ("_1", "_2"…), as Meta splits long lists.
func fbKind(stem, parent string) (kind, era string) {
	switch trimPartNumber(stem) {
	case "your_friends":
		return fbFriends, fbEra2023
	case "who_you've_followed", "who_you_ve_followed", "who_you’ve_followed":
		return fbFollowing, fbEra2023
	case "who_you_follow":
		return fbFollowing, fbEra2020
	case "pages_and_profiles_you_follow":
		return fbPages, fbEra2023
	case "pages_you_follow":
		return fbPages, fbEra2018
	case "people_who_followed_you":
		return fbFollowers, fbEra2023
	case "removed_friends":
		// Every era names it so (in its own friends folder): the name
		// tells none.
		return fbRemoved, ""
	}
	switch {
	case stem == "friends" && parent == "friends":
		return fbFriends, fbEra2018
	case stem == "friends" && parent == "friends_and_followers":
		return fbFriends, fbEra2020
	case (stem == "following" || stem == "followers") && parent == "following_and_followers":
		return stem, fbEra2018
	case (stem == "following" || stem == "followers") && parent == "friends_and_followers":
		return stem, fbEra2020
	}
	return "", ""
}

// listEra returns the list a claimed file holds, its kind, and the era its
// name and folder belong to (see fbKind): "" for a file found by its
// content under another name, and no list for an HTML file, which is not
// read beside JSON ones.
func (Facebook) listEra(f *File) (list, era string) {
	if fbKeys(f.Kind) == nil {
		return "", ""
	}
	stem := strings.TrimSuffix(listName(f.Name()), ".json")
	kind, era := fbKind(stem, strings.ToLower(path.Base(path.Dir(f.Path))))
	if kind != f.Kind {
		return f.Kind, ""
	}
	return kind, era
}

// fbFolders are the folders Facebook puts the lists it reads in, under
// the export's top folder (since 2023, 2020-22 and 2018-19, the pages
// followed in pages/ before 2023), the longer of two that end alike
// first.
var fbFolders = []string{
	"your_activity_across_facebook/connections/friends",
	"your_activity_across_facebook/connections/followers",
	"connections/friends",
	"connections/followers",
	"your_facebook_activity/pages",
	"friends_and_followers",
	"following_and_followers",
	"friends",
	"pages",
}

// exportRoot returns the export's top folder that holds p, a file at
// one of fbFolders (see rootFiler).
func (Facebook) exportRoot(p string) (string, bool) {
	return withoutFolder(path.Dir(p), fbFolders)
}

// fbEraFiles name, per era, the files that list friends and follows in
// an export of it (see Coverage.ListFile): a note on a list missing names
// the file the person's own export would hold. The 2020-22 follows are
// who_you_follow.json (key following_v2); who_you've_followed.json
// (following_v3) came later.
var fbEraFiles = map[string]map[string]string{
	fbEra2023: {audit.Friend: "your_friends.json", audit.Following: "who_you've_followed.json"},
	fbEra2020: {audit.Friend: "friends_and_followers/friends.json", audit.Following: "friends_and_followers/who_you_follow.json"},
	fbEra2018: {audit.Friend: "friends/friends.json", audit.Following: "following_and_followers/following.json"},
}

// eraFiles returns the names of the lists' files in an export of the era
// the files' names and folders tell (see fbKind), or nil where none tells
// one, or they tell two. The followed-Pages files are left out: of their
// two names only the order is known, pages_you_follow.json being older
// than 2023 but of either earlier layout.
func (fb Facebook) eraFiles(files []*File) map[string]string {
	era := ""
	for _, f := range files {
		if f.Kind == fbPages {
			continue
		}
		_, e := fb.listEra(f)
		switch {
		case e == "":
		case era == "":
			era = e
		case era != e:
			return nil
		}
	}
	return fbEraFiles[era]
}

// trimPartNumber drops a trailing "_<digits>" part number.
func trimPartNumber(s string) string {
	i := len(s)
	for i > 0 && '0' <= s[i-1] && s[i-1] <= '9' {
		i--
	}
	if i < len(s) && i > 0 && s[i-1] == '_' {
		return s[:i-1]
	}
	return s
}

// Import reads the claimed files: friends first, then following and
// followed Pages, then followers, each kind in the order given. HTML files
// are ignored when any JSON file is there; with only HTML files it fails,
// asking for a JSON export.
//
// A record identical to one already read (same kind, repaired name and
// timestamp) is the same file given twice, or in two parts of the export,
// and is dropped. Followers have no timestamp, so two identical names in
// one file are two people; for them the n-th occurrence of a name in a file
// is a duplicate of the n-th occurrence in an earlier file of the same
// kind and base name (the same file again, or a browser's copy of it,
// "people_who_followed_you (1).json": see listName), while numbered parts
// of one list (people_who_followed_you_1.json, _2…) add up, read in the
// order of their numbers; a list missing a part before one given is
// refused (see fbPartsMissing).
func (fb Facebook) Import(files []*File) ([]audit.Account, error) {
	var firstHTML *File
	byKind := map[string][]*File{}
	jsonFiles := 0
	for _, f := range files {
		kind := f.Kind
		if kind != fbHTML && fbKeys(kind) == nil {
			kind = fb.Detect(f.Path, nil)
		}
		switch {
		case kind == "", kind == fbRemoved: // see Facebook.removed
		case kind == fbHTML:
			if firstHTML == nil {
				firstHTML = f
			}
		default:
			byKind[kind] = append(byKind[kind], f)
			jsonFiles++
		}
	}
	if jsonFiles == 0 {
		if firstHTML != nil {
			return nil, errorf(firstHTML, "this is an HTML-format Facebook export, which cannot be read; "+
				"request the export again choosing Format: JSON (Facebook Settings → Accounts Center → "+
				"Your information and permissions → Download your information)")
		}
		return nil, nil
	}
	for _, kind := range [...]string{fbFriends, fbFollowing, fbPages, fbFollowers} {
		if err := fbPartsMissing(byKind[kind]); err != nil {
			return nil, err
		}
	}
	l := fbLists{seen: map[fbKey]int{}}
	// Kinds are read in the order the accounts are returned.
	for _, kind := range [...]string{fbFriends, fbFollowing, fbPages, fbFollowers} {
		for _, f := range byKind[kind] {
			if err := l.read(f, kind); err != nil {
				return nil, err
			}
		}
	}
	return l.accounts(), nil
}

// fbRemovedFile is removed_friends.json as formats lists it. Read at a
// re-audit to tell a friend unfriended from one unfollowed, it is no list
// of accounts: the message on an input with no export leaves it out.
const fbRemovedFile = "removed_friends.json (the friends you removed)"

// Formats describes the one export read, and where to ask for it, for the
// formats command and for the message about an input with no export.
func (Facebook) Formats() []Format {
	return []Format{{
		Network: audit.Facebook,
		Name:    "Download Your Information (JSON)",
		Request: "Facebook Settings → Accounts Center → Your information and permissions → " +
			"Download your information → Download or transfer information; select \"Connections\" " +
			"(Friends and followers), Format: JSON, Date range: All time",
		Files: []string{
			"your_friends.json", "who_you've_followed.json", "people_who_followed_you.json",
			"pages_and_profiles_you_follow.json", "friends.json", "who_you_follow.json",
			"following.json", "followers.json", "pages_you_follow.json",
			fbRemovedFile,
		},
	}}
}

// namedList reports whether f, a claimed file, is named as Facebook names
// a file of its kind, in any era, a part's number and a copy's mark aside
// (see listNamer).
func (Facebook) namedList(f *File) bool {
	stem := strings.TrimSuffix(listName(f.Name()), ".json")
	kind, _ := fbKind(stem, strings.ToLower(path.Base(path.Dir(f.Path))))
	return kind == f.Kind
}

// namesEveryOf reports whether every era of the export names each file of
// kind's list (see namesKinds): the followers lists alone.
func (Facebook) namesEveryOf(kind string) bool { return kind == fbFollowers }
