package importers

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"path"
	"slices"
	"strings"
)

// twitterManifestVar starts data/manifest.js: `window.__THAR_CONFIG = {
// "userInfo" : {...}, "archiveInfo" : {...}, "dataTypes" : { "<type>" : {
// "files" : [ { "fileName" : "data/follower.js", "globalName" :
// "YTD.follower.part0", "count" : "405" }, ... ] }, ... } }`, one JSON
// object, without a semicolon after it (larsbrinkhoff/twitter-data,
// 2021; alrocar/x, 2024).
const twitterManifestVar = "window.__THAR_CONFIG"

// twitterManifestCap is the most of data/manifest.js read. The archive's
// lists its hundred or so data types in 11 to 16 KB; one bigger than this
// is no archive's, and is passed over unread.
const twitterManifestCap = 1 << 20

// twitterManifestFiles is what data/manifest.js says of the lists read:
// the files of each, in the archive's layout ("data/follower-part1.js"),
// and the count of entries each holds; whose archive it is; and whether
// it is one zip of several ("isPartialArchive" : true).
type twitterManifestFiles struct {
	UserInfo struct {
		AccountID string `json:"accountId"`
	} `json:"userInfo"`
	ArchiveInfo struct {
		IsPartialArchive bool `json:"isPartialArchive"`
	} `json:"archiveInfo"`
	DataTypes struct {
		Following twitterManifestType `json:"following"`
		Follower  twitterManifestType `json:"follower"`
	} `json:"dataTypes"`
}

type twitterManifestType struct {
	Files []struct {
		FileName string `json:"fileName"`
		Count    string `json:"count"`
	} `json:"files"`
}

// twitterManifestMissing refuses a list of which the export holds a part
// (see twitterPartsMissing) but not every part the archive's
// data/manifest.js lists: the last part missing (follower-part2.js, in a
// zip of the archive not given, or left out of a folder) leaves no gap
// among the parts there, and only the manifest tells it. files are sorted
// (see compareTwitterFiles).
//
// The manifest only ever adds that refusal. An archive without one (its
// data folder alone unzipped and given, or a list given alone) reads as
// before, and so does one whose manifest cannot be read: too big (see
// twitterManifestCap), cut short, not UTF-8 or JSON, or of another shape.
// Nothing is said of it then, as its lists are whole as far as the tool
// can tell, which was all it could tell before it read the manifest; a
// damaged archive is told by the lists themselves. A list the manifest
// lists and none of whose parts is there is a list missing, said after
// the run's summary as without a manifest (see Coverage), and a part
// there that it does not list is read all the same. Names it lists that
// are no part of the list (another name or folder) are passed over, and
// so is a part it lists as holding no one ("count" : "0"): without it, no
// account is missing.
//
// An archive in several zips may hold a manifest in each, alike or not
// (see partFiler): the parts any of them lists are looked for in every
// zip given, and a manifest that says "isPartialArchive" : true is said
// to be one zip's of several. A manifest of another account than
// data/account.js's is passed over (another person's archive, or a zip of
// it, given beside this one), and so are manifests of two accounts without
// account.js to tell which is this archive's.
func twitterManifestMissing(files, manifests []*File) error {
	if len(manifests) == 0 {
		return nil
	}
	type read struct {
		f *File
		c twitterManifestFiles
	}
	var readable []read
	for _, m := range manifests {
		var c twitterManifestFiles
		if readTwitterManifest(m, &c) {
			readable = append(readable, read{m, c})
		}
	}
	owner, _, _ := Twitter{}.owner(files) // its errors are owner's to tell
	accounts := map[string]bool{}
	for _, r := range readable {
		if id := r.c.UserInfo.AccountID; id != "" && (owner.ID == "" || id == owner.ID) {
			accounts[id] = true
		}
	}
	if len(accounts) > 1 {
		return nil // manifests of two accounts, and none known as this archive's
	}
	type listing struct {
		part    int
		by      *File // the manifest listing it
		partial bool  // by says it is one zip of several
	}
	listed := map[string][]listing{} // kind -> parts listed, in the order listed
	for _, r := range readable {
		if id := r.c.UserInfo.AccountID; owner.ID != "" && id != "" && id != owner.ID {
			continue // another account's
		}
		for kind, t := range map[string]twitterManifestType{twitterFollowing: r.c.DataTypes.Following, twitterFollower: r.c.DataTypes.Follower} {
			for _, e := range t.Files {
				part, ok := twitterManifestPart(e.FileName, kind)
				if !ok || strings.TrimSpace(e.Count) == "0" ||
					slices.ContainsFunc(listed[kind], func(l listing) bool { return l.part == part }) {
					continue
				}
				listed[kind] = append(listed[kind], listing{part, r.f, r.c.ArchiveInfo.IsPartialArchive})
			}
		}
	}
	for _, kind := range []string{twitterFollowing, twitterFollower} {
		var first *File
		var there []int
		for _, f := range files {
			if f.Kind == kind {
				if first == nil {
					first = f
				}
				there = append(there, twitterPart(f.Name()))
			}
		}
		if first == nil {
			continue // a list missing, told after the summary
		}
		var missing []listing
		for _, l := range listed[kind] {
			if !slices.Contains(there, l.part) {
				missing = append(missing, l)
			}
		}
		if len(missing) == 0 {
			continue
		}
		slices.SortFunc(missing, func(a, b listing) int { return cmp.Compare(a.part, b.part) })
		parts := make([]int, len(missing))
		for i, l := range missing {
			parts[i] = l.part
		}
		return errorf(missing[0].by, "%s", twitterManifestError(kind, path.Dir(first.Path), parts, missing[0].partial))
	}
	return nil
}

// twitterManifestError says that the parts missing of the list of kind,
// whose files are in the folder dir, are not there, as a manifest says
// that is one zip's of several (partial) or not. At most three are
// named, and the others counted (see listPaths).
func twitterManifestError(kind, dir string, missing []int, partial bool) string {
	var names []string
	for _, part := range missing {
		name := kind + ".js"
		if part > 0 {
			name = fmt.Sprintf("%s-part%d.js", kind, part)
		}
		if dir != "." {
			name = dir + "/" + name
		}
		names = append(names, name)
	}
	what := "the accounts you follow"
	if kind == twitterFollower {
		what = "the accounts that follow you"
	}
	which, them := "a part", "it"
	if len(names) > 1 {
		which, them = "parts", "them"
	}
	incomplete := "the archive is incomplete"
	if partial {
		incomplete += ", one zip of several (its manifest says it is a partial archive)"
	}
	return fmt.Sprintf("%s: it lists %s, %s of the list of %s, not there: read without %s, every account on %s would be gone; "+
		"give the whole archive (twitter-….zip, every zip of it if it came in several), not some of its files", incomplete, listPaths(names), which, what, them, them)
}

// twitterManifestPart returns N of a name the manifest lists for the list
// of kind: "data/<kind>.js" is 0, "data/<kind>-partN.js" N. ok is false
// for any other name.
func twitterManifestPart(name, kind string) (int, bool) {
	dir, base := path.Split(name)
	stem, ok := strings.CutSuffix(strings.ToLower(base), ".js")
	if !ok || !strings.EqualFold(dir, "data/") {
		return 0, false
	}
	if stem == kind {
		return 0, true
	}
	part, ok := strings.CutPrefix(stem, kind+"-part")
	if !ok || !isDigits(part) || part == "" || len(part) > 6 {
		return 0, false
	}
	return twitterPart(base), true
}

// readTwitterManifest decodes data/manifest.js m into c; false where it
// cannot be (see twitterManifestMissing), c then being of no use.
func readTwitterManifest(m *File, c *twitterManifestFiles) bool {
	if m.Size > twitterManifestCap {
		return false
	}
	rc, err := m.Open()
	if err != nil {
		return false
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, twitterManifestCap+1))
	if err != nil || len(b) > twitterManifestCap {
		return false
	}
	b = bytes.TrimLeft(trimBOM(b), " \t\r\n")
	b, ok := bytes.CutPrefix(b, []byte(twitterManifestVar))
	if !ok {
		return false
	}
	b, ok = bytes.CutPrefix(bytes.TrimLeft(b, " \t\r\n"), []byte("="))
	if !ok {
		return false
	}
	// The object alone: a semicolon or white space may follow.
	return json.NewDecoder(bytes.NewReader(b)).Decode(c) == nil
}
