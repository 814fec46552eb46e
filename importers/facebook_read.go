package importers

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

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
		f.datedUnix(ts)
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

// removedKind reports whether files of kind are removed_friends.json's
// (see remover).
func (Facebook) removedKind(kind string) bool { return kind == fbRemoved }

// fbRemovedEntry is one entry of removed_friends.json.
type fbRemovedEntry struct {
	Name      string `json:"name"`
	Timestamp int64  `json:"timestamp"`
}

// removed reads the removed_friends.json files among files: each friend
// the person removed, by name (repaired as the friends' names are) and
// the Unix second of the removal. The file is read as the lists are,
// streamed, and is small (one entry per friend ever removed): of it are
// kept the names and seconds alone, once each (the same file in two
// parts of an export). An entry without a name or a date tells no
// removal that can be matched, and is skipped; a timestamp that is no
// Unix second is an error naming the file and the entry, as in the
// lists.
func (Facebook) removed(files []*File) ([]audit.Removal, error) {
	var out []audit.Removal
	var seen map[audit.Removal]bool
	for _, f := range files {
		if f.Kind != fbRemoved {
			continue
		}
		if seen == nil {
			seen = map[audit.Removal]bool{}
		}
		if err := readRemoved(f, seen, &out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func readRemoved(f *File, seen map[audit.Removal]bool, out *[]audit.Removal) error {
	tf, err := openText(f)
	if err != nil {
		return err
	}
	defer tf.Close()
	n := 0
	found, err := eachJSON(tf, f, fbKeys(fbRemoved), func(e fbRemovedEntry) error {
		n++
		name := printable(cleanText(e.Name))
		if e.Timestamp > maxUnixSeconds || e.Timestamp < 0 {
			return errorf(f, "entry %d (%q): timestamp %d is not a date in Unix seconds", n, name, e.Timestamp)
		}
		if name == "" || e.Timestamp == 0 {
			return nil
		}
		r := audit.Removal{Name: name, Unix: e.Timestamp}
		if !seen[r] {
			seen[r] = true
			*out = append(*out, r)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if !found {
		return errorf(f, "expected a list under the key %s; the file has none (is it another kind of file?)", quoteKeys(fbKeys(fbRemoved)))
	}
	return nil
}
