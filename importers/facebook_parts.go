package importers

import (
	"cmp"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"
)

// fbPartsMissing refuses a list of one kind read without one of its
// numbered parts, and puts the parts in order. Parts of these lists
// (people_who_followed_you_1.json, _2…) have not been seen, but Meta
// numbers its other long lists so, from 1 (likes_and_reactions_1.json),
// and splits a big export into several zips. Read without a part (one zip
// given without the others, or files picked one by one), every account on
// it would look unfriended, unfollowed or no longer following back. As with Instagram's followers (see
// igPartsMissing), a part is missing where a later one is there; the last
// part missing cannot be told, as the export lists its files nowhere.
// Whether Meta ever writes the first part unnumbered beside _2 is not
// known: the list's unnumbered file given with its parts stands for part
// 1 rather than be refused.
//
// files are sorted in place, stably, by part number (0 for a file without
// one), so that the parts are read in their order whatever the order the
// zips or folders were given in, and the IDs of namesakes (see Facebook)
// do not depend on it. A part given twice (the zip and its unzipped copy)
// is one.
func fbPartsMissing(files []*File) error {
	slices.SortStableFunc(files, func(a, b *File) int {
		_, pa := fbPart(a)
		_, pb := fbPart(b)
		return cmp.Compare(pa, pb)
	})
	type list struct {
		files []*File
		parts []int
	}
	lists := map[string]*list{}
	var order []string
	for _, f := range files {
		stem, n := fbPart(f)
		if stem == "" {
			continue
		}
		// A list is its kind and era, not its name's spelling:
		// who_you've_followed_1.json and who_you_ve_followed_2.json (a
		// zip unzipped by a tool that writes the apostrophe as "_") are
		// parts of one list, as fbKind reads them.
		kind, era := fbKind(stem, "")
		key := kind + "\x00" + era
		l := lists[key]
		if l == nil {
			l = &list{}
			lists[key] = l
			order = append(order, key)
		}
		if n == 0 {
			n = 1 // the unnumbered file, taken for the first part
		}
		l.files, l.parts = append(l.files, f), append(l.parts, n)
	}
	for _, key := range order {
		l := lists[key]
		next, at := firstGap(l.parts, 1)
		if at < 0 {
			continue
		}
		f := l.files[at]
		// The name as the part after the gap writes it: listName only
		// lowers its case.
		stem, _ := fbPart(f)
		missing := fmt.Sprintf("%s_%d.json", f.Name()[:len(stem)], next)
		if dir := path.Dir(f.Path); dir != "." {
			missing = dir + "/" + missing
		}
		return errorf(f, "part %d of the list of %s, without %s: read without a part, its accounts would look as gone; "+
			"give the whole export (every zip of it if it came in several), not some of its files", l.parts[at], fbListWhat(f.Kind), missing)
	}
	return nil
}

// fbPart returns the stem of a file named as one of Facebook's lists
// ("your_friends", "people_who_followed_you"…: see fbKind), in lower case
// and without a copy's mark, and its part number, 0 for a file without
// one. stem is "" for any other file: 2018-22's friends.json, following.json
// and followers.json, never seen in parts, and a file found by what it
// holds under a name of its own.
func fbPart(f *File) (stem string, n int) {
	name := strings.TrimSuffix(listName(f.Name()), ".json")
	stem = trimPartNumber(name)
	if kind, _ := fbKind(stem, ""); kind == "" || kind == fbRemoved {
		return "", 0
	}
	if stem != name {
		digits := name[len(stem)+1:]
		if len(digits) > 6 || yearNotPart(digits) {
			return "", 0 // no part's number: a date, an id, a year
		}
		n, _ = strconv.Atoi(digits)
	}
	return stem, n
}

// fbListWhat names the list of a kind of file, for a message.
func fbListWhat(kind string) string {
	switch kind {
	case fbFriends:
		return "your friends"
	case fbFollowing:
		return "the people and Pages you follow"
	case fbPages:
		return "the Pages you follow"
	}
	return "the people who follow you"
}
