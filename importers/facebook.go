package importers

import (
	"bytes"
	"encoding/json"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

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
// The export has no ids, usernames or profile URLs for people: only display
// names and, except for followers, the Unix second the relation started.
// Both survive a re-export, so they make the account ID:
//
//   - an entry with a timestamp: audit.Slug(name) + "." + the Unix seconds,
//     e.g. "amelie-durand.1580721342"; a friend who is also followed is one
//     account and uses the friend's timestamp;
//   - an entry without one (followers; a timestamp of 0 counts as none):
//     audit.Slug(name), and the second, third… entry with the same slug
//     gets "~2", "~3"… in the order accounts are returned;
//   - an ID still taken (two spellings with the same slug and timestamp,
//     such as "Chloé Martin" and "Chloe Martin") gets "~2", "~3"… appended.
//
// Names are the only link between the lists, and real exports hold
// namesakes (two friends called the same, one name followed twice). So a
// followed entry is a friend's account, and a follower is attached to an
// account, only when its name occurs exactly once on each side, names
// compared but for case, accents and spaces (see joinKeys); otherwise they
// stay separate accounts rather than a guess. Likewise only identical
// records are dropped as duplicates (see [Facebook.Import]).
type Facebook struct{}

// Kinds of file Facebook.Detect returns.
const (
	fbFriends   = "friends"
	fbFollowing = "following"
	fbPages     = "pages"
	fbFollowers = "followers"
	fbHTML      = "html"
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
	}
	return nil
}

// Network returns "facebook".
func (Facebook) Network() string { return audit.Facebook }

// Detect claims Facebook's friends, following, followed-Pages and followers
// files by name. The generic names friends.json, following.json and
// followers.json are claimed only inside Facebook's own folders, since
// Instagram's export has a followers_and_following/following.json too. The
// same names ending in .html are an HTML-format export ("html"). Removed
// friends and friend requests are not claimed: they are not current
// relations.
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
	for _, kind := range [...]string{fbFriends, fbFollowing, fbPages, fbFollowers} {
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
// of one list (people_who_followed_you_1.json, _2…) add up.
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
		case kind == "":
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
		},
	}}
}

// fbEntry is one list element in any of the files. Pages carry their name
// in data[0].name and title instead of name.
type fbEntry struct {
	Name        string     `json:"name"`
	Timestamp   int64      `json:"timestamp"`
	ContactInfo fbText     `json:"contact_info"`
	Data        []fbEntryD `json:"data"`
	Title       string     `json:"title"`
}

type fbEntryD struct {
	Name string `json:"name"`
}

// fbText is a string that tolerates other JSON values (left empty), for
// fields whose shape is not documented, like 2018-19 contact_info: an odd
// value there must not make a whole friends list unreadable.
type fbText string

func (t *fbText) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*t = fbText(s)
	}
	return nil
}

// fbRecord is what is kept of one entry until the lists are matched.
type fbRecord struct {
	name  string
	email string
	src   string // File.String of the file it came from, shared per file
	ts    int64  // Unix seconds; 0 when the export gives none
}

// fbKey identifies a record for deduplication; group puts following and
// Pages together, as both are "following" and Pages appear in both files.
// file, the base name as listName gives it (lower case, without a copy's
// mark), is set only for untimestamped records, which are counted per file
// name (see [Facebook.Import]).
type fbKey struct {
	group uint8
	name  string
	ts    int64
	file  string
}

// fbLists collects the records of one export, deduplicated.
type fbLists struct {
	friends, followed, followers []fbRecord
	// seen counts records per key: 1 for timestamped ones, the most
	// occurrences in any one file of that name for the others.
	seen          map[fbKey]int
	followersRead bool
}

func (l *fbLists) read(f *File, kind string) error {
	tf, err := openText(f)
	if err != nil {
		return err
	}
	defer tf.Close()
	src := f.String()
	// Untimestamped records are counted per list name, so that a browser's
	// copy ("people_who_followed_you (1).json") counts as the file it copies,
	// as oneExport takes it; numbered parts keep names of their own.
	base := listName(f.Name())
	var group uint8
	list := &l.friends
	switch kind {
	case fbFollowing, fbPages:
		group, list = 1, &l.followed
	case fbFollowers:
		group, list = 2, &l.followers
		l.followersRead = true
	}
	var inFile map[string]int // occurrences of untimestamped names in this file
	n := 0
	found, err := eachJSON(tf, f, fbKeys(kind), func(e fbEntry) error {
		n++
		name := cleanText(e.Name)
		if name == "" && len(e.Data) > 0 {
			name = cleanText(e.Data[0].Name)
		}
		if name == "" {
			name = cleanText(e.Title)
		}
		ts := e.Timestamp
		if ts > maxUnixSeconds {
			return errorf(f, "entry %d (%q): timestamp %d is not a date in Unix seconds", n, name, ts)
		}
		if ts < 0 {
			ts = 0
		}
		if name == "" && ts == 0 {
			return nil // nothing to show or to decide on
		}
		k := fbKey{group: group, name: name, ts: ts}
		if ts != 0 {
			if l.seen[k] > 0 {
				return nil
			}
			l.seen[k] = 1
		} else {
			if inFile == nil {
				inFile = map[string]int{}
			}
			inFile[name]++
			k.file = base
			if inFile[name] <= l.seen[k] {
				return nil
			}
			l.seen[k] = inFile[name]
		}
		r := fbRecord{name: name, src: src, ts: ts}
		if c := cleanText(string(e.ContactInfo)); strings.Contains(c, "@") {
			r.email = c
		}
		*list = append(*list, r)
		return nil
	})
	if err != nil {
		return err
	}
	if !found {
		return errorf(f, "expected a list under the key %s; the file has none (is it another kind of file?)", quoteKeys(fbKeys(kind)))
	}
	return nil
}

// quoteKeys writes keys as `"a", "b" or "c"`.
func quoteKeys(keys []string) string {
	var b strings.Builder
	for i, k := range keys {
		switch {
		case i == 0:
		case i == len(keys)-1:
			b.WriteString(" or ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(strconv.Quote(k))
	}
	return b.String()
}

// accounts matches the lists by name (see joinKeys) and builds the
// accounts: friends, then followed entries that are not a friend's, then
// followers that are nobody else's.
func (l *fbLists) accounts() []audit.Account {
	friendFold, followFold, followerFold := foldNames(l.friends), foldNames(l.followed), foldNames(l.followers)
	keys := joinKeys([3][]fbRecord{l.friends, l.followed, l.followers}, [3][]string{friendFold, followFold, followerFold})
	friendKey, followKey, followerKey := keys[0], keys[1], keys[2]
	friendAt, followAt := uniqueIndex(friendKey), uniqueIndex(followKey)

	// alsoFollowed[i] is the followed record merged into friend i, or -1.
	alsoFollowed := make([]int, len(l.friends))
	for i := range alsoFollowed {
		alsoFollowed[i] = -1
	}
	merged := make([]bool, len(l.followed))
	for j, key := range followKey {
		if key == "" || followAt[key] < 0 {
			continue
		}
		if i, ok := friendAt[key]; ok && i >= 0 {
			alsoFollowed[i], merged[j] = j, true
		}
	}

	accs := make([]audit.Account, 0, len(l.friends)+len(l.followed)+len(l.followers))
	accKey := make([]string, 0, cap(accs))
	ids := fbIDs{used: map[string]struct{}{}, slugs: map[string]int{}}
	// add appends r's account, its ID made from its folded name (as IDs
	// always were), its key for the followers from its join key.
	add := func(r fbRecord, fold, key, relation string) {
		accs = append(accs, audit.Account{
			Network:  audit.Facebook,
			Relation: relation,
			ID:       ids.next(fold, r.ts),
			Name:     r.name,
			Email:    r.email,
			Since:    sinceUnix(r.ts),
			Source:   r.src,
		})
		accKey = append(accKey, key)
	}
	for i, r := range l.friends {
		add(r, friendFold[i], friendKey[i], audit.Friend)
		if j := alsoFollowed[i]; j >= 0 {
			a := &accs[len(accs)-1]
			a.Source += " + " + l.followed[j].src
			// The follow's own ID, for a re-audit to split it off where
			// the last run knew a namesake (see audit.SplitFollows):
			// whose follow it is was a guess.
			if ts := l.followed[j].ts; ts != 0 {
				a.Extra = map[string]string{audit.ExtraFollow: slugOfFold(followFold[j]) + "." + strconv.FormatInt(ts, 10)}
			}
		}
	}
	for j, r := range l.followed {
		if !merged[j] {
			add(r, followFold[j], followKey[j], audit.Following)
		}
	}

	if !l.followersRead {
		return accs
	}
	accAt := uniqueIndex(accKey)
	followerAt := uniqueIndex(followerKey)
	followsYou := make([]bool, len(accs))
	for k, r := range l.followers {
		key := followerKey[k]
		if key != "" && followerAt[key] >= 0 {
			if i, ok := accAt[key]; ok && i >= 0 {
				followsYou[i] = true
				continue
			}
		}
		add(r, followerFold[k], key, audit.Follower)
		followsYou = append(followsYou, true)
	}
	for i := range accs {
		if followsYou[i] {
			accs[i].FollowsYou = audit.Yes
		} else {
			accs[i].FollowsYou = audit.No
		}
	}
	return accs
}

// foldNames returns each record's folded name, from which its ID is made.
func foldNames(rs []fbRecord) []string {
	folds := make([]string, len(rs))
	for i, r := range rs {
		folds[i] = audit.FoldName(r.name)
	}
	return folds
}

// joinKeys returns, for the records of the lists, the keys under which
// they are joined: the folded name, except where records of different
// names fold alike. FoldName drops what follows a comma and trailing
// credentials, which is right between networks ("Priya Nayak, MSc" on
// LinkedIn is "Priya Nayak" elsewhere), but one export names an account
// the same way in every list: a followed Page "Jean Dupont, Avocat" is not
// the friend "Jean Dupont". For those records the key is the folded name
// and strictFold's, so that only names equal but for case, accents and
// spaces join. The folded names are left as they are, as IDs are made from
// them (and must not change); a name that folds alike only with itself,
// as nearly all do, keeps its folded name as its key, so strictFold runs
// only for the few others.
func joinKeys(lists [3][]fbRecord, folds [3][]string) [3][]string {
	n := 0
	for _, rs := range lists {
		n += len(rs)
	}
	first := make(map[string]string, n) // folded name → the first name folded so
	var mixed map[string]bool           // folded names of different names
	for k, rs := range lists {
		for i, r := range rs {
			fold := folds[k][i]
			if name, ok := first[fold]; !ok {
				first[fold] = r.name
			} else if name != r.name {
				if mixed == nil {
					mixed = map[string]bool{}
				}
				mixed[fold] = true
			}
		}
	}
	keys := folds
	for k, rs := range lists {
		copied := false
		for i, r := range rs {
			fold := folds[k][i]
			if fold == "" || !mixed[fold] {
				continue
			}
			if !copied {
				keys[k], copied = slices.Clone(folds[k]), true
			}
			keys[k][i] = fold + "\x00" + strictFold(r.name)
		}
	}
	return keys
}

// strictFold returns the key under which names of one export are equal:
// the words folded as FoldName folds them (case, accents), any run of
// white space as one space, and everything else, which FoldName drops or
// cuts at (commas and what follows them, credentials, punctuation,
// emoji), kept as it is.
func strictFold(name string) string {
	var b strings.Builder
	for i := 0; i < len(name); {
		r, size := utf8.DecodeRuneInString(name[i:])
		j := i + size
		switch {
		case inWord(r):
			j = runEnd(name, j, inWord)
			b.WriteString(audit.FoldName(name[i:j]))
		case unicode.IsSpace(r):
			j = runEnd(name, j, unicode.IsSpace)
			b.WriteByte(' ')
		default:
			b.WriteString(name[i:j])
		}
		i = j
	}
	return b.String()
}

// inWord reports whether r is part of a word for strictFold: a letter, a
// digit or an accent that combines with one.
func inWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// runEnd returns the end of the run of runes of s from i on for which in
// holds.
func runEnd(s string, i int, in func(rune) bool) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !in(r) {
			break
		}
		i += size
	}
	return i
}

// uniqueIndex maps each non-empty key to its index in keys, or to -1 when
// several keys are the same.
func uniqueIndex(keys []string) map[string]int {
	at := make(map[string]int, len(keys))
	for i, k := range keys {
		if k == "" {
			continue
		}
		if _, dup := at[k]; dup {
			at[k] = -1
		} else {
			at[k] = i
		}
	}
	return at
}

// fbIDs hands out the account IDs described on [Facebook].
type fbIDs struct {
	used  map[string]struct{}
	slugs map[string]int // untimestamped entries per slug so far
}

// next returns the ID of the entry whose folded name is fold.
func (g *fbIDs) next(fold string, ts int64) string {
	slug := slugOfFold(fold)
	var id string
	if ts != 0 {
		id = slug + "." + strconv.FormatInt(ts, 10)
	} else {
		id = nthID(g.slugs, slug)
	}
	if _, taken := g.used[id]; taken {
		for n := 2; ; n++ {
			alt := id + "~" + strconv.Itoa(n)
			if _, taken := g.used[alt]; !taken {
				id = alt
				break
			}
		}
	}
	g.used[id] = struct{}{}
	return id
}

// slugOfFold is audit.Slug(name) for fold = audit.FoldName(name): folding
// is the costly part of Slug and is already done for matching, so it is not
// done twice per entry.
func slugOfFold(fold string) string {
	if fold == "" {
		return "unnamed"
	}
	return strings.ReplaceAll(fold, " ", "-")
}
