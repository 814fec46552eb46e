package importers

import (
	"bytes"
	"cmp"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"

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
	twitterAccount   = "account"  // data/account.js: whose archive it is
	twitterManifest  = "manifest" // data/manifest.js: the archive's files (see twitterManifestMissing)
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
// still reads. data/manifest.js, which lists the archive's files, is
// claimed wherever it is by its window.__THAR_CONFIG assignment alone, as
// a website's manifest.js is common too. Other archive files (like.js,
// ...) are left.
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
	if bytes.HasPrefix(b, []byte(twitterManifestVar)) {
		return twitterManifest
	}
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

func (Twitter) byUsername() bool { return false }

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
	var manifests []*File
	for _, f := range files {
		switch f.Kind {
		case twitterFollowing, twitterFollower:
			lists++
			size = plusSize(size, f)
		case twitterTweets:
			tweets++
		case twitterManifest:
			manifests = append(manifests, f)
		case twitterAccount: // read by owner
		default:
			return nil, errorf(f, "not a Twitter archive file (expected following.js, follower.js or tweets.js)")
		}
	}
	if lists == 0 {
		if len(files) == 0 {
			return nil, nil
		}
		if tweets == 0 {
			return nil, errorf(files[0], "this file only says whose a Twitter/X archive is: give the whole archive (twitter-….zip), its lists with it")
		}
		return nil, errorf(files[0], "the archive's data/following.js and data/follower.js are missing: give the whole archive (twitter-….zip), not only the tweets")
	}

	if err := twitterPartsMissing(files); err != nil {
		return nil, err
	}
	if err := twitterManifestMissing(files, manifests); err != nil {
		return nil, err
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
	r.dropStaleHandles()
	r.others = nil        // let go before the accounts are built
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

// twitterPartsMissing refuses a list read without one of its parts: the
// archive splits a data file of about 100 MB into following.js,
// following-part1.js, following-part2.js… (as it does tweets.js), and a
// list read without one of them would make every account on that part
// look unfollowed, or no longer following back. A part is missing where
// a later one is there (following-part1.js without following.js, in an
// archive's zip given without the others, or files picked one by one).
// files are sorted (see compareTwitterFiles); a part given twice (the
// zip and its unzipped copy) is one.
func twitterPartsMissing(files []*File) error {
	for _, kind := range []string{twitterFollowing, twitterFollower} {
		var list []*File
		var parts []int
		for _, f := range files {
			if f.Kind == kind {
				list, parts = append(list, f), append(parts, twitterPart(f.Name()))
			}
		}
		next, at := firstGap(parts, 0)
		if at < 0 {
			continue
		}
		f := list[at]
		missing := kind + ".js"
		if next > 0 {
			missing = fmt.Sprintf("%s-part%d.js", kind, next)
		}
		if dir := path.Dir(f.Path); dir != "." {
			missing = dir + "/" + missing
		}
		what := "the accounts you follow"
		if kind == twitterFollower {
			what = "the accounts that follow you"
		}
		return errorf(f, "part %d of the list of %s, without %s: the archive splits a long list into parts, and read without one every account on it would be gone; "+
			"give the whole archive (twitter-….zip, every zip of it if it came in several), not some of its files", parts[at], what, missing)
	}
	return nil
}

// twitterPart returns N of a "<type>-partN.js" name, 0 for other names.
// A copy's mark is no part of it: "follower-part2 (1).js", a second
// download of the file, found by what it holds, is part 2.
func twitterPart(name string) int {
	_, part, ok := strings.Cut(strings.TrimSuffix(listName(name), ".js"), "-part")
	if !ok || !isDigits(part) || len(part) > 6 {
		return 0
	}
	n, _ := strconv.Atoi(part)
	return n
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
				o = audit.Owner{Network: audit.Twitter, ID: a.AccountID, Name: "@" + a.Username, Display: a.DisplayName, Source: f.ownerSource()}
				if a.Username == "" {
					o.Name, o.Display = a.DisplayName, ""
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

// side reports data/account.js, read by owner alone (see sideFiler): an
// archive's only where it comes with the archive's lists, so that another
// person's account.js lying loose beside an archive (in the download
// folder) is passed over as a stray, as LinkedIn's and Instagram's are,
// rather than refused as a second archive.
//
// data/manifest.js, read by twitterManifestMissing alone, is a side file
// too, for the same reasons: the archive's where it comes with its lists,
// in their folder or zip, or in a zip of the archive's parts (see
// zipParts); one lying elsewhere is passed over, as if not there.
func (Twitter) side(kind string) bool { return kind == twitterAccount || kind == twitterManifest }

// sideTells says that data/manifest.js lists the archive's files, not
// whose it is (see sideTeller): its userInfo names the account, but it
// is read only for the parts it lists (see twitterManifestMissing).
func (Twitter) sideTells(kind string) string {
	if kind == twitterManifest {
		return "lists the files of a Twitter/X export, not the accounts"
	}
	return ""
}

// sideName reports false: account.js is a common name for a website's
// script, which Detect leaves unless it starts as the archive's file does;
// such a script is no Twitter/X file, whatever its name.
func (Twitter) sideName(string) bool { return false }

// exportRoot returns the archive's top folder that holds p, a file of
// its data folder (see rootFiler).
func (Twitter) exportRoot(p string) (string, bool) {
	return withoutFolder(path.Dir(p), []string{"data"})
}

// exportFolder returns dir: the archive puts its lists and account.js in
// its data folder alike (see sideFiler).
func (Twitter) exportFolder(dir string) string { return dir }

// zipParts reports true: an archive can come in parts (its manifest.js
// has isPartialArchive and maxPartSizeBytes), and account.js may be in a
// part that holds no list (see sideFiler). Another person's account.js in
// a zip of its own beside the archive's zips is then compared with the
// archive's own, and refused as a second archive, as before.
func (Twitter) zipParts() bool { return true }

// eachPart reports data/manifest.js: each zip of an archive in several
// may hold one, not alike (see partFiler); two that differ are no sign of
// two archives.
func (Twitter) eachPart(kind string) bool { return kind == twitterManifest }

// namedList reports whether f, a claimed file, is named as the archive
// names a file of its kind (following.js, following-part1.js), a copy's
// mark aside (see listNamer).
func (Twitter) namedList(f *File) bool {
	base, part, split := strings.Cut(strings.TrimSuffix(listName(f.Name()), ".js"), "-part")
	return (!split || isDigits(part)) && twitterKindOf(base) == f.Kind
}

// namesEveryList: every file of a list is under its name (see namesEvery).
func (Twitter) namesEveryList() {}
