package importers

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"maps"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// fakeImporter is an Importer whose detection is given by the test and
// which records what Import does with it.
type fakeImporter struct {
	name   string
	files  []string // Formats' file names
	detect func(p string, head func() []byte) string
	read   bool  // Import reads each file through openText
	err    error // returned by Import

	calls [][]string        // File.String of the files of each Import call
	kinds map[string]string // File.Kind seen by Import, by File.String
	heads map[string][]byte // what head returned, by path
}

func (f *fakeImporter) Network() string { return f.name }

func (f *fakeImporter) Detect(p string, head func() []byte) string {
	return f.detect(p, func() []byte {
		h := head()
		if f.heads == nil {
			f.heads = map[string][]byte{}
		}
		f.heads[p] = h
		return h
	})
}

func (f *fakeImporter) Import(files []*File) ([]audit.Account, error) {
	var names []string
	var accs []audit.Account
	if f.kinds == nil {
		f.kinds = map[string]string{}
	}
	for _, file := range files {
		names = append(names, file.String())
		f.kinds[file.String()] = file.Kind
		if f.read {
			tf, err := openText(file)
			if err != nil {
				return nil, err
			}
			_, err = io.Copy(io.Discard, tf)
			tf.Close()
			if err != nil {
				return nil, err
			}
		}
		accs = append(accs, audit.Account{Network: f.name, Relation: audit.Following, ID: file.Path, Source: file.String()})
	}
	f.calls = append(f.calls, names)
	if f.err != nil {
		return nil, f.err
	}
	return accs, nil
}

func (f *fakeImporter) Formats() []Format {
	return []Format{{Network: f.name, Name: f.name + " export", Files: f.files}}
}

// byName claims files whose base name is one of names, never reading them.
func byName(kind string, names ...string) func(string, func() []byte) string {
	return func(p string, _ func() []byte) string {
		if slices.Contains(names, path.Base(p)) {
			return kind
		}
		return ""
	}
}

// byHead claims .js files whose first bytes start with prefix, reading
// the head of .js files only.
func byHead(kind, prefix string) func(string, func() []byte) string {
	return func(p string, head func() []byte) string {
		if path.Ext(p) == ".js" && bytes.HasPrefix(head(), []byte(prefix)) {
			return kind
		}
		return ""
	}
}

func sources(accs []audit.Account) []string {
	var out []string
	for _, a := range accs {
		out = append(out, a.Network+" "+a.Source)
	}
	return out
}

func TestImport(t *testing.T) {
	type want struct {
		calls   map[string][][]string // per importer name
		sources []string              // the accounts' network and source
		err     []string              // substrings of a one-line error
	}
	tests := []struct {
		name  string
		imps  func() []*fakeImporter
		setup func(t *testing.T) []string
		opt   Options
		want  want
	}{
		{
			name: "first importer that detects a file claims it",
			imps: func() []*fakeImporter {
				return []*fakeImporter{
					{name: "a", files: []string{"a.json", "both.json"}, detect: byName("a-kind", "a.json", "both.json")},
					{name: "b", files: []string{"b.csv", "both.json"}, detect: byName("b-kind", "b.csv", "both.json")},
				}
			},
			setup: func(t *testing.T) []string {
				return []string{writeZip(t, "export.zip",
					zipEntry{name: "b.csv", data: "x"},
					zipEntry{name: "data/both.json", data: "[]"},
					zipEntry{name: "a.json", data: "[]"},
					zipEntry{name: "photos/big.jpg", data: "\xff\xd8"},
				)}
			},
			want: want{
				calls: map[string][][]string{
					"a": {{"export.zip!data/both.json", "export.zip!a.json"}},
					"b": {{"export.zip!b.csv"}},
				},
				sources: []string{"a export.zip!data/both.json", "a export.zip!a.json", "b export.zip!b.csv"},
			},
		},
		{
			// Last quarter's archive beside this quarter's: read as one
			// list, what was unfollowed since would come back as new.
			name: "two different exports of one network refused",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "a", files: []string{"following.js"}, detect: byName("following", "following.js")}}
			},
			setup: func(t *testing.T) []string {
				return []string{
					writeZip(t, "old.zip", zipEntry{name: "data/following.js", data: "[1]"}),
					writeZip(t, "new.zip", zipEntry{name: "data/following.js", data: "[2]"}),
				}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"old.zip and new.zip: two different a exports (each holds its own following.js), of two days or of two people: give one, the newest of the person audited (which is the newer, neither their names nor the dates of their files tell)"},
			},
		},
		{
			name: "two different loose files of one list refused",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "jan/Connections.csv", "x,y"), writeFile(t, "apr/Connections.csv", "x,z")}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"jan/Connections.csv and apr/Connections.csv: two different b exports"},
			},
		},
		{
			// The browser names a second download "Connections (1).csv":
			// last quarter's list beside this quarter's, in one folder.
			name: "a second download of a loose file refused",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv", "Connections (1).csv")}}
			},
			setup: func(t *testing.T) []string {
				writeFile(t, "dl/Connections.csv", "x,y")
				writeFile(t, "dl/Connections (1).csv", "x,z")
				return []string{"dl"}
			},
			want: want{
				calls: map[string][][]string{},
				err: []string{filepath.Join("dl", "Connections (1).csv") + " and " + filepath.Join("dl", "Connections.csv") +
					": two different copies of one b list: move the older away, or give the newest alone"},
			},
		},
		{
			// Inside one archive, the network named the files: a name that
			// looks like a copy's is not one.
			name: "two files of one archive, one named like a copy, read",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"subs.csv"}, detect: byName("subs", "subs.csv", "subs(1).csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeZip(t, "takeout.zip", zipEntry{name: "a/subs.csv", data: "x,y"}, zipEntry{name: "b/subs(1).csv", data: "x,z"})}
			},
			want: want{
				calls:   map[string][][]string{"b": {{"takeout.zip!a/subs.csv", "takeout.zip!b/subs(1).csv"}}},
				sources: []string{"b takeout.zip!a/subs.csv", "b takeout.zip!b/subs(1).csv"},
			},
		},
		{
			name: "a copy of a loose file given beside it, alike, read once",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv", "connections - Copy.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "Connections.csv", "x,y"), writeFile(t, "connections - Copy.csv", "x,y")}
			},
			want: want{
				calls:   map[string][][]string{"b": {{"Connections.csv"}}},
				sources: []string{"b Connections.csv"},
			},
		},
		{
			// A part of a split export given with the whole, or the same
			// export zipped and unzipped: the file is read once, from the
			// first input, so that what an import leaves out and counts
			// is not counted once per copy.
			name: "one list held alike by two inputs read once",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "a", files: []string{"following.js"}, detect: byName("following", "following.js")}}
			},
			setup: func(t *testing.T) []string {
				writeFile(t, "unzipped/data/following.js", "[3]")
				return []string{writeZip(t, "export.zip", zipEntry{name: "data/following.js", data: "[3]"}), "unzipped"}
			},
			want: want{
				calls:   map[string][][]string{"a": {{"export.zip!data/following.js"}}},
				sources: []string{"a export.zip!data/following.js"},
			},
		},
		{
			name: "a folder of downloaded archives read with its loose files",
			imps: func() []*fakeImporter {
				return []*fakeImporter{
					{name: "a", files: []string{"following.js"}, detect: byName("following", "following.js")},
					{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")},
				}
			},
			setup: func(t *testing.T) []string {
				writeZip(t, "dl/twitter.zip", zipEntry{name: "data/following.js", data: "[]"})
				writeFile(t, "dl/Connections.csv", "x")
				return []string{"dl"}
			},
			want: want{
				calls: map[string][][]string{
					"a": {{filepath.Join("dl", "twitter.zip") + "!data/following.js"}},
					"b": {{filepath.Join("dl", "Connections.csv")}},
				},
				sources: []string{"a " + filepath.Join("dl", "twitter.zip") + "!data/following.js", "b " + filepath.Join("dl", "Connections.csv")},
			},
		},
		{
			name: "a folder holding two quarters of one network's archives refused",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "a", files: []string{"following.js"}, detect: byName("following", "following.js")}}
			},
			setup: func(t *testing.T) []string {
				writeZip(t, "dl/twitter-2026-11.zip", zipEntry{name: "data/following.js", data: "[1]"})
				writeZip(t, "dl/twitter-2027-02.zip", zipEntry{name: "data/following.js", data: "[1,2]"})
				return []string{"dl"}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"twitter-2026-11.zip and ", "twitter-2027-02.zip: two different a exports"},
			},
		},
		{
			// The folder of downloads holds last quarter's export unzipped
			// (a Mac unzips a download) beside this quarter's zip: the
			// message names the file of the folder, not the folder given,
			// which holds both.
			name: "a folder holding an unzipped export and a zip of one network refused, naming the file",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "a", files: []string{"following.js"}, detect: byName("following", "following.js")}}
			},
			setup: func(t *testing.T) []string {
				writeFile(t, "dl/twitter-2026-11/data/following.js", "[1]")
				writeZip(t, "dl/twitter-2027-02.zip", zipEntry{name: "data/following.js", data: "[1,2]"})
				return []string{"dl"}
			},
			want: want{
				calls: map[string][][]string{},
				err: []string{filepath.Join("dl", "twitter-2026-11") + "/data/following.js and " + filepath.Join("dl", "twitter-2027-02.zip") +
					": two different a exports (each holds its own following.js)"},
			},
		},
		{
			// A folder of downloaded exports, zipped again: zips inside a
			// zip are not opened, and the message says what to do.
			name: "a zip of zips",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeZip(t, "outer.zip", zipEntry{name: "dl/linkedin.zip", data: "PK"}, zipEntry{name: "dl/twitter.zip", data: "PK"})}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"outer.zip: no export found (it holds 2 zip archives, dl/linkedin.zip and more: unzip outer.zip and give those)"},
			},
		},
		{
			// The count with commas, as every count for a person.
			name: "a zip of a thousand zips",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				var zips []zipEntry
				for i := range 1001 {
					zips = append(zips, zipEntry{name: fmt.Sprintf("dl/export-%04d.zip", i), data: "PK"})
				}
				return []string{writeZip(t, "outer.zip", zips...)}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"outer.zip: no export found (it holds 1,001 zip archives, dl/export-0000.zip and more: unzip outer.zip and give those)"},
			},
		},
		{
			// Given with a photo (the shell's *), the zip of zips still
			// says to unzip it, and the photo is named too.
			name: "a zip of zips given with a photo",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "IMG_1.jpg", "x"), writeZip(t, "outer.zip", zipEntry{name: "dl/linkedin.zip", data: "PK"})}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"outer.zip (it holds a zip archive, dl/linkedin.zip: unzip outer.zip and give that one) and IMG_1.jpg: no export found in them"},
			},
		},
		{
			// Google Takeout's "File type: .tgz" (or .tbz), and Mastodon's
			// archive of older servers (.tar.gz): a tar archive is not
			// read, and the message says so and what to do, not only
			// which files it looked for.
			name: "a tar archive given",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "takeout-20261120T090000Z-001.tgz", "\x1f\x8b\x08\x00")}
			},
			want: want{
				calls: map[string][][]string{},
				err: []string{"takeout-20261120T090000Z-001.tgz: a tar archive, which the tool does not read: unpack it and give the folder it makes, " +
					"or request the export again as .zip (Google Takeout: File type .zip); if it is Mastodon's archive of your posts, it lists no account you follow: leave it out, and give the Follows CSV (following_accounts.csv)"},
			},
		},
		{
			// Given by name beside an export (the shell's * in a download
			// folder), an unrelated tar archive is named with the advice
			// the other files that are not exports get too: move it away,
			// or give the folder.
			name: "a tar archive given beside an export",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "Connections.csv", "First Name\n"), writeFile(t, "node-v22.11.0.tar.gz", "\x1f\x8b\x08\x00")}
			},
			want: want{
				calls: map[string][][]string{},
				err: []string{"node-v22.11.0.tar.gz: a tar archive, which the tool does not read: unpack it and give the folder it makes, " +
					"or request the export again as .zip (Google Takeout: File type .zip); if it is Mastodon's archive of your posts, it lists no account you follow: leave it out, and give the Follows CSV (following_accounts.csv). To pass over the files that are not exports, move them away, or give the folder that holds them instead of its files"},
			},
		},
		{
			// Renamed, it is told by its gzip signature; beside a photo it
			// is named with the advice, and the photo too.
			name: "a tar archive under another name, given with a photo",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "IMG_1.jpg", "x"), writeFile(t, "youtube-export", gzipped(t, tarred(t, "Takeout/YouTube/x.csv", "x")))}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"youtube-export (it is a tar archive, which the tool does not read: unpack it and give the folder it makes, or request the export again as .zip (Google Takeout: File type .zip); if it is Mastodon's archive of your posts, it lists no account you follow: leave it out, and give the Follows CSV (following_accounts.csv)) and IMG_1.jpg: no export found in them"},
			},
		},
		{
			// A CSV or JSON file gzipped (followers.csv.gz,
			// export.json.gz) is not a tar archive: the advice to unpack
			// it, or to ask for a .zip, misled; it says to gunzip it.
			name: "a gzipped CSV given",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "followers.csv.gz", gzipped(t, []byte("First Name,Last Name\nAda,Quill\n")))}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"followers.csv.gz: a gzip-compressed file, which the tool does not read: decompress it (gunzip) and give the file it makes"},
			},
		},
		{
			// Told by what it decompresses to, not by its name: a .tgz
			// that holds a single file gzipped, renamed, is that file.
			name: "a gzipped JSON file named as a tar archive, beside an export",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "Connections.csv", "First Name\n"), writeFile(t, "export.tgz", gzipped(t, []byte(strings.Repeat(`{"a": 1}`, 100))))}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"export.tgz: a gzip-compressed file, which the tool does not read: decompress it (gunzip) and give the file it makes. To pass over the files that are not exports, move them away, or give the folder that holds them instead of its files"},
			},
		},
		{
			// Beside a photo, it is named with what it is, and the photo
			// too.
			name: "a gzipped JSON file given with a photo",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "IMG_1.jpg", "x"), writeFile(t, "export.json.gz", gzipped(t, []byte(`{"following": []}`)))}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"export.json.gz (it is a gzip-compressed file, which the tool does not read: decompress it (gunzip) and give the file it makes) and IMG_1.jpg: no export found in them"},
			},
		},
		{
			// A tar archive gzipped under a name that says .gz only is
			// still a tar archive: "ustar" at 257 once decompressed.
			name: "a tar archive named .gz",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "takeout.gz", gzipped(t, tarred(t, "Takeout/YouTube/x.csv", "x")))}
			},
			want: want{
				calls: map[string][][]string{},
				err: []string{"takeout.gz: a tar archive, which the tool does not read: unpack it and give the folder it makes, " +
					"or request the export again as .zip (Google Takeout: File type .zip); if it is Mastodon's archive of your posts, it lists no account you follow: leave it out, and give the Follows CSV (following_accounts.csv)"},
			},
		},
		{
			// Cut short before its first bytes decompress, a .gz that is
			// not .tar.gz is told by its name.
			name: "a damaged gzipped CSV given",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "followers.csv.gz", "\x1f\x8b\x08\x00")}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"followers.csv.gz: a gzip-compressed file, which the tool does not read: decompress it (gunzip) and give the file it makes"},
			},
		},
		{
			// A CSV bzip2-compressed is not a tar archive either: told
			// by what it decompresses to, it says to bunzip2 it.
			name: "a bzip2-compressed CSV given",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "followers.csv.bz2", unhex(t, bzip2CSV))}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"followers.csv.bz2: a bzip2-compressed file, which the tool does not read: decompress it (bunzip2) and give the file it makes"},
			},
		},
		{
			// Beside a photo, it is named with what it is.
			name: "a bzip2-compressed CSV given with a photo",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "IMG_1.jpg", "x"), writeFile(t, "export", unhex(t, bzip2CSV))}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"export (it is a bzip2-compressed file, which the tool does not read: decompress it (bunzip2) and give the file it makes) and IMG_1.jpg: no export found in them"},
			},
		},
		{
			// A CSV re-saved as UTF-16 (Excel's "Unicode Text") under a
			// name of its own is found by no importer, which read it as
			// UTF-8: "no export found", and a list of the names looked
			// for, did not say why. It says what it is, as a file of an
			// export's name does.
			name: "a UTF-16 CSV given under a name of its own",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "conn.csv", "\xff\xfeF\x00i\x00r\x00s\x00t\x00 \x00N\x00a\x00m\x00e\x00")}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"conn.csv: UTF-16 text, re-saved by another program (Excel's \"Unicode Text\"?), which the tool does not read: give the file exactly as the network sent it"},
			},
		},
		{
			// Without the byte order mark, told by the NUL beside each
			// letter; beside a photo, named with what it is.
			name: "a UTF-16 CSV without its byte order mark given with a photo",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "IMG_1.jpg", "x"), writeFile(t, "conn.csv", "\x00F\x00i\x00r\x00s\x00t\x00 \x00N\x00a\x00m\x00e")}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"conn.csv (it is UTF-16 text, re-saved by another program (Excel's \"Unicode Text\"?), which the tool does not read: give the file exactly as the network sent it) and IMG_1.jpg: no export found in them"},
			},
		},
		{
			// A binary file with NULs is no UTF-16 text (a Mac's
			// .DS_Store).
			name: "a binary file with NULs given",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "DS_Store", "\x00\x00\x00\x01Bud1\x00\x00\x10\x00\x00\x00\x08\x00")}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"DS_Store: no export found: it is not a network's export. " + downloadAdvice},
			},
		},
		{
			// A tar archive bzip2-compressed under a name that says .bz2
			// only is still a tar archive.
			name: "a tar archive named .bz2",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "takeout.bz2", unhex(t, bzip2Tar))}
			},
			want: want{
				calls: map[string][][]string{},
				err: []string{"takeout.bz2: a tar archive, which the tool does not read: unpack it and give the folder it makes, " +
					"or request the export again as .zip (Google Takeout: File type .zip); if it is Mastodon's archive of your posts, it lists no account you follow: leave it out, and give the Follows CSV (following_accounts.csv)"},
			},
		},
		{
			// Cut short, a .bz2 that is not .tar.bz2 is told by its name;
			// one named neither is a tar archive, as before.
			name: "a damaged bzip2-compressed CSV given",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "followers.csv.bz2", "BZh91AY&SY")}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"followers.csv.bz2: a bzip2-compressed file, which the tool does not read: decompress it (bunzip2) and give the file it makes"},
			},
		},
		{
			name: "a damaged bzip2 file named neither",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "takeout-download", "BZh91AY&SY")}
			},
			want: want{
				calls: map[string][][]string{},
				err: []string{"takeout-download: a tar archive, which the tool does not read: unpack it and give the folder it makes, " +
					"or request the export again as .zip (Google Takeout: File type .zip); if it is Mastodon's archive of your posts, it lists no account you follow: leave it out, and give the Follows CSV (following_accounts.csv)"},
			},
		},
		{
			name: "a folder holding a tar archive",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				writeFile(t, "d/archive-20180101000000-0f1e2d3c4b5a69788796a5b4c3d2e1f0.tar.gz", "\x1f\x8b\x08\x00")
				return []string{"d"}
			},
			want: want{
				calls: map[string][][]string{},
				err: []string{"d: no export found (it holds a tar archive, " +
					filepath.Join("d", "archive-20180101000000-0f1e2d3c4b5a69788796a5b4c3d2e1f0.tar.gz") + ", which the tool does not read"},
			},
		},
		{
			// A ledger copied out and a photo: both named at once.
			name: "a ledger given with a photo",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "IMG_1.jpg", "x"), writeFile(t, "mine.csv", strings.Join(audit.LedgerColumns, ",")+"\n")}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"mine.csv: a ledger (ledger.csv) written by unfollow-audit, not an export: give the files the networks sent (if it is your ledger, saved from a spreadsheet: move ledger.csv out of the workspace, to keep it, then put this file there as ledger.csv); nor is any export found in IMG_1.jpg"},
			},
		},
		{
			// Saved by a French Excel: its "sep=" line first, then the
			// header with semicolons: a ledger still.
			name: "a ledger saved with Excel's sep= line",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "mine.csv", "sep=;\r\n\xEF\xBB\xBF"+strings.Join(audit.LedgerColumns, ";")+"\r\n")}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"mine.csv: a ledger (ledger.csv) written by unfollow-audit, not an export: give the files the networks sent (if it is your ledger, saved from a spreadsheet: move ledger.csv out of the workspace, to keep it, then put this file there as ledger.csv)"},
			},
		},
		{
			// A history file written before its follow column (an older
			// workspace's) is the tool's own, as one of this version is.
			name: "a history file of before the follow column",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "0001_2026-11-25.csv", "as_of,person_id,network,relation,id,name,decision,rule\n2026-11-25,p1,linkedin,connection,ada,Ada,keep,met\n")}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"0001_2026-11-25.csv: a history file written by unfollow-audit, not an export"},
			},
		},
		{
			name: "a history file",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "0002_2026-12-02.csv", strings.Join(audit.HistoryColumns, ",")+"\n2026-12-02,p1,linkedin,connection,ada,Ada,keep,met,follow.ada\n")}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"0002_2026-12-02.csv: a history file written by unfollow-audit, not an export"},
			},
		},
		{
			// A record of the workspace's history folder given as an
			// export (history/*) says what it is, not "no export found"
			// and the list of the files looked for.
			name: "the workspace's removed-friends.csv",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "removed-friends.csv", "\uFEFFname,timestamp\r\n'=Zoë,1799764200\r\n")}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"removed-friends.csv: the record of the Facebook friends you removed (removed-friends.csv) written by unfollow-audit, not an export: give the files the networks sent"},
			},
		},
		{
			// A record of the workspace's history folder given as an
			// export (history/*) says what it is, not "no export found"
			// and the list of the files looked for.
			name: "the workspace's owners.csv",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "owners.csv", "network,id,name\ntwitter,3001,@robin\n")}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"owners.csv: the record of whose exports a workspace read (owners.csv) written by unfollow-audit, not an export: give the files the networks sent"},
			},
		},
		{
			// The same zip in a folder given: the zip is what to unzip.
			name: "a folder holding a zip of zips",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				writeZip(t, "d/outer.zip", zipEntry{name: "dl/linkedin.zip", data: "PK"})
				return []string{"d"}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"d: no export found (it holds a zip archive, dl/linkedin.zip: unzip " + filepath.Join("d", "outer.zip") + " and give that one)"},
			},
		},
		{
			name: "a folder holding an archive cut short",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				writeFile(t, "dl/Connections.csv", "x")
				writeFile(t, "dl/linkedin.zip", "<html>")
				return []string{"dl"}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{filepath.Join("dl", "linkedin.zip") + ": not a zip archive"},
			},
		},
		{
			// A sign-in page, or a download link expired, saved under
			// the export's name: said to be a web page, as a download
			// again "cut short" would give the same.
			name: "a web page saved as the zip",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "takeout-20261120T090000Z-001.zip", "\uFEFF\n  <!DOCTYPE html>\n<html><head><title>Sign in</title></head></html>\n")}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"takeout-20261120T090000Z-001.zip: not a zip archive but a web page (HTML), saved under the export's name: the download link may have expired or asked you to sign in; download the export again from the network's page, signed in"},
			},
		},
		{
			name: "a folder holding a web page saved as a zip",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				writeFile(t, "dl/Connections.csv", "x")
				writeFile(t, "dl/facebook-robin-20261120.zip", "<HTML><body>This link has expired</body></HTML>")
				return []string{"dl"}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{filepath.Join("dl", "facebook-robin-20261120.zip") + ": not a zip archive but a web page (HTML)"},
			},
		},
		{
			name: "a zip cut short at its start",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "li.zip", "PK\x03")}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"li.zip: not a zip archive (the file does not start like one; was the download cut short?)"},
			},
		},
		{
			// A shell's * gives a download in progress beside the
			// finished exports: said as such, not as a bad zip.
			name: "a download not finished, given with the exports",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "Connections.csv", "x"), writeFile(t, "twitter-2026-05-12-ab.zip.crdownload", "PK\x03\x04cut")}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"twitter-2026-05-12-ab.zip.crdownload: a download not finished (Chrome's .crdownload): wait until the browser has finished it and give the file it becomes, or delete it"},
			},
		},
		{
			// Firefox's download in progress, and the empty file it
			// leaves under the final name meanwhile.
			name: "a Firefox download not finished",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "li.zip.part", "PK\x03\x04cut")}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"li.zip.part: a download not finished (Firefox's .part)"},
			},
		},
		{
			name: "an empty zip, a download not finished",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "li.zip", "")}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"li.zip: the file is empty: was the download not finished, or cut short? Download the export again"},
			},
		},
		{
			// Safari downloads into a folder x.zip.download, in the
			// folder of downloads given.
			name: "a folder holding Safari's download not finished",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				writeFile(t, "dl/Connections.csv", "x")
				writeFile(t, "dl/li.zip.download/li.zip", "PK\x03\x04cut")
				return []string{"dl"}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{filepath.Join("dl", "li.zip.download", "li.zip") + ": a download not finished (Safari's .download): wait until the browser has finished it and give the file it becomes, or delete it"},
			},
		},
		{
			// Safari's download of a loose export (Mastodon's CSV) in
			// progress, its folder given by a shell's * or within the
			// folder given: not read as a whole export, nor its
			// Info.plist named.
			name: "Safari's download of a CSV not finished",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"following_accounts.csv"}, detect: byName("following", "following_accounts.csv")}}
			},
			setup: func(t *testing.T) []string {
				writeFile(t, "dl/following_accounts.csv.download/Info.plist", "x")
				writeFile(t, "dl/following_accounts.csv.download/following_accounts.csv", "Account address\na@b.social\n")
				return []string{filepath.Join("dl", "following_accounts.csv.download")}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{filepath.Join("dl", "following_accounts.csv.download", "following_accounts.csv") + ": a download not finished (Safari's .download)"},
			},
		},
		{
			name: "Safari's download of a zip not started",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				writeFile(t, "dl/Connections.csv", "x")
				writeFile(t, "dl/li.zip.download/li.zip", "")
				return []string{"dl"}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{filepath.Join("dl", "li.zip.download", "li.zip") + ": a download not finished (Safari's .download)"},
			},
		},
		{
			// Chrome's download of an export in progress in the downloads
			// folder given: passed over, its network was audited on none
			// of its list, with not a word on a first run.
			name: "a folder holding Chrome's download not finished",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				writeFile(t, "dl/Connections.csv", "x")
				writeFile(t, "dl/facebook-robin-20261120.zip.crdownload", "PK\x03\x04cut")
				return []string{"dl"}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{filepath.Join("dl", "facebook-robin-20261120.zip.crdownload") + ": a download not finished (Chrome's .crdownload): wait until the browser has finished it and give the file it becomes, or delete it"},
			},
		},
		{
			// Chrome's first name for a download, before it knows the
			// file's, may be an export's.
			name: "a folder holding Chrome's download not named yet",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				writeFile(t, "dl/Connections.csv", "x")
				writeFile(t, "dl/Unconfirmed 123456.crdownload", "PK\x03\x04cut")
				return []string{"dl"}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{filepath.Join("dl", "Unconfirmed 123456.crdownload") + ": a download not finished (Chrome's .crdownload)"},
			},
		},
		{
			name: "a folder holding Firefox's download of a CSV not finished",
			imps: func() []*fakeImporter {
				return []*fakeImporter{
					{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")},
					{name: "m", files: []string{"following_accounts.csv"}, detect: byName("following", "following_accounts.csv")},
				}
			},
			setup: func(t *testing.T) []string {
				writeFile(t, "dl/Connections.csv", "x")
				writeFile(t, "dl/following_accounts.csv.part", "Account address\na@b.")
				return []string{"dl"}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{filepath.Join("dl", "following_accounts.csv.part") + ": a download not finished (Firefox's .part)"},
			},
		},
		{
			// The download of a CSV or JSON no importer reads (a bank's
			// statement, broken off weeks ago: Chrome keeps it to resume)
			// is none of the exports: passed over, as the folder's
			// other files are, not a stop until it is deleted.
			name: "a folder holding the download of another CSV not finished",
			imps: func() []*fakeImporter {
				return []*fakeImporter{
					{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")},
					{name: "m", files: []string{"following_accounts.csv"}, detect: byName("following", "following_accounts.csv")},
				}
			},
			setup: func(t *testing.T) []string {
				writeFile(t, "dl/Connections.csv", "x")
				writeFile(t, "dl/statement-2026-10.csv.crdownload", "Date,Amount\n2026-10-01,")
				writeFile(t, "dl/weather.json.part", "{\"t\":")
				return []string{"dl"}
			},
			want: want{
				calls:   map[string][][]string{"b": {{filepath.Join("dl", "Connections.csv")}}},
				sources: []string{"b " + filepath.Join("dl", "Connections.csv")},
			},
		},
		{
			// The download of anything else in the downloads folder is
			// none of the exports: passed over, as the folder's other
			// files are.
			name: "a folder holding a film's download not finished",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				writeFile(t, "dl/Connections.csv", "x")
				writeFile(t, "dl/holiday.mkv.part", "x")
				writeFile(t, "dl/setup.exe.crdownload", "x")
				return []string{"dl"}
			},
			want: want{
				calls:   map[string][][]string{"b": {{filepath.Join("dl", "Connections.csv")}}},
				sources: []string{"b " + filepath.Join("dl", "Connections.csv")},
			},
		},
		{
			// The ._ copy a Mac leaves beside a file on a disk that is not
			// a Mac's (a USB stick), given by name (a shell's *.zip): named
			// as what it is, and the file to give instead.
			name: "a macOS resource fork of a zip, given by name",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				writeZip(t, "dl/li.zip", zipEntry{name: "Connections.csv", data: "x"})
				return []string{"dl/li.zip", writeFile(t, "dl/._li.zip", "\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ")}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{filepath.Join("dl", "._li.zip") + ": a macOS resource fork file (the ._ copy a Mac leaves beside the real file), not an export: give " + filepath.Join("dl", "li.zip") + " instead"},
			},
		},
		{
			name: "a macOS resource fork of a loose file, given by name",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "._Connections.csv", "\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ")}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"._Connections.csv: a macOS resource fork file (the ._ copy a Mac leaves beside the real file), not an export: give Connections.csv instead"},
			},
		},
		{
			// A zip cut short past its first bytes: what to do, too.
			name: "an archive cut short after its first entry",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "li.zip", "PK\x03\x04cut")}
			},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"li.zip: not a readable zip archive (zip: not a valid zip file): was the download cut short? Download the export again"},
			},
		},
		{
			name: "several inputs merged into one call per importer",
			imps: func() []*fakeImporter {
				return []*fakeImporter{
					{name: "a", files: []string{"following.js"}, detect: byName("following", "following.js", "follower.js")},
					{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")},
				}
			},
			setup: func(t *testing.T) []string {
				writeFile(t, "folder/data/follower.js", "[]")
				return []string{
					writeZip(t, "part1.zip", zipEntry{name: "data/following.js", data: "[]"}),
					writeFile(t, "dl/Connections.csv", "x"),
					"folder",
					writeZip(t, "part2.zip", zipEntry{name: "data/following.js", data: "[]"}, zipEntry{name: "Connections.csv", data: "x"}),
				}
			},
			want: want{
				calls: map[string][][]string{
					"a": {{"part1.zip!data/following.js", "folder/data/follower.js"}},
					"b": {{"dl/Connections.csv"}},
				},
				sources: []string{
					"a part1.zip!data/following.js", "a folder/data/follower.js",
					"b dl/Connections.csv",
				},
			},
		},
		{
			name: "an importer with nothing to read is not called",
			imps: func() []*fakeImporter {
				return []*fakeImporter{
					{name: "a", files: []string{"a.json"}, detect: byName("a", "a.json")},
					{name: "b", files: []string{"b.csv"}, detect: byName("b", "b.csv")},
				}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "b.csv", "x")}
			},
			want: want{
				calls:   map[string][][]string{"b": {{"b.csv"}}},
				sources: []string{"b b.csv"},
			},
		},
		{
			name: "input with no recognised file",
			imps: func() []*fakeImporter {
				return []*fakeImporter{
					{name: "a", files: []string{"following.js", "follower.js"}, detect: byName("a", "following.js")},
					{name: "b", files: []string{"Connections.csv", "following.js"}, detect: byName("b", "Connections.csv")},
				}
			},
			setup: func(t *testing.T) []string {
				return []string{
					writeFile(t, "Connections.csv", "x"),
					writeZip(t, "photos.zip", zipEntry{name: "photos/1.jpg", data: "\xff\xd8"}, zipEntry{name: "posts.json", data: "[]"}),
				}
			},
			want: want{err: []string{"photos.zip: no export found: none of its 2 files (photos/1.jpg and posts.json) is a network's export. To pass over the files that are not exports, move them away, or give the folder that holds them instead of its files"}},
		},
		{
			name: "a file named as an export's whose content is not one",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "a", files: []string{"data/following.js (following-part*.js)"}, detect: byHead("a", "window.YTD.following")}}
			},
			setup: func(t *testing.T) []string {
				if err := os.MkdirAll("dl/data", 0o755); err != nil {
					t.Fatal(err)
				}
				writeFile(t, "dl/data/following.js", "window.YT")
				return []string{"dl"}
			},
			want: want{err: []string{"dl: no export found: " +
				filepath.Join("dl", "data", "following.js") + " has the name of an export's file, but not what such a file holds: it may be cut short or damaged (download the export again)"}},
		},
		{
			name: "empty folder",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "a", files: []string{"friends.json"}, detect: byName("a", "friends.json")}}
			},
			setup: func(t *testing.T) []string {
				if err := os.Mkdir("empty", 0o755); err != nil {
					t.Fatal(err)
				}
				return []string{"empty"}
			},
			// A folder holding nothing says so, with what to do, not the
			// names looked for.
			want: want{err: []string{"empty: the folder is empty: put the exports in it"}},
		},
		{
			name: "empty zip archive",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "a", files: []string{"friends.json"}, detect: byName("a", "friends.json")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeZip(t, "export.zip")}
			},
			want: want{err: []string{"export.zip: no export found: it holds no file. " + downloadAdvice}},
		},
		{
			name: "Open error",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "a", files: []string{"friends.json"}, detect: byName("a", "friends.json")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "friends.json", "[]"), "missing.zip"}
			},
			want: want{err: []string{"missing.zip: "}},
		},
		{
			name: "size limit reaches the importers",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "a", files: []string{"follower.js"}, detect: byName("a", "follower.js"), read: true}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "dl/follower.js", strings.Repeat("x", 100<<10))}
			},
			opt: Options{MaxEntryBytes: 64 << 10},
			want: want{
				calls: map[string][][]string{},
				err:   []string{"dl/follower.js: ", ErrTooBig.Error()},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			paths := tt.setup(t)
			fakes := tt.imps()
			imps := make([]Importer, len(fakes))
			for i, f := range fakes {
				imps[i] = f
			}
			accs, err := Import(paths, tt.opt, imps)
			if tt.want.err != nil {
				checkOneLine(t, err, tt.want.err...)
				if accs != nil {
					t.Errorf("accounts returned with an error: %v", sources(accs))
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if got := sources(accs); !reflect.DeepEqual(got, tt.want.sources) {
				t.Errorf("accounts:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want.sources, "\n"))
			}
			if tt.want.calls == nil {
				tt.want.calls = map[string][][]string{}
			}
			for _, f := range fakes {
				if f.read && tt.want.err != nil {
					continue // failed inside the call: the call is not recorded
				}
				if !reflect.DeepEqual(f.calls, tt.want.calls[f.name]) {
					t.Errorf("importer %s called with %q, want %q", f.name, f.calls, tt.want.calls[f.name])
				}
			}
		})
	}
}

// TestImportKind checks that the files an importer receives carry the kind
// its own Detect gave.
func TestImportKind(t *testing.T) {
	t.Chdir(t.TempDir())
	a := &fakeImporter{name: "a", files: []string{"x.json"}, detect: func(p string, _ func() []byte) string {
		if path.Ext(p) == ".json" {
			return "kind-of-" + path.Base(p)
		}
		return ""
	}}
	b := &fakeImporter{name: "b", files: []string{"y.json"}, detect: byName("b-kind", "y.json", "z.csv")}
	p := writeZip(t, "export.zip", zipEntry{name: "x.json", data: "[]"}, zipEntry{name: "y.json", data: "[]"}, zipEntry{name: "z.csv", data: "z"})
	if _, err := Import([]string{p}, Options{}, []Importer{a, b}); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"export.zip!x.json": "kind-of-x.json", "export.zip!y.json": "kind-of-y.json"}
	if !reflect.DeepEqual(a.kinds, want) {
		t.Errorf("a saw kinds %q, want %q", a.kinds, want)
	}
	if want := map[string]string{"export.zip!z.csv": "b-kind"}; !reflect.DeepEqual(b.kinds, want) {
		t.Errorf("b saw kinds %q, want %q", b.kinds, want)
	}
}

// TestImportImporterError checks that an importer's error fails the whole
// import, unchanged, with no accounts, and that later importers are not run.
func TestImportImporterError(t *testing.T) {
	t.Chdir(t.TempDir())
	p := writeZip(t, "export.zip", zipEntry{name: "a.json", data: "[]"}, zipEntry{name: "b.csv", data: "x"}, zipEntry{name: "c.csv", data: "x"})
	placed := &Error{File: "export.zip!b.csv", Line: 3, Err: errors.New("expected 5 columns, found 4")}
	a := &fakeImporter{name: "a", files: []string{"a.json"}, detect: byName("a", "a.json")}
	b := &fakeImporter{name: "b", files: []string{"b.csv"}, detect: byName("b", "b.csv"), err: placed}
	c := &fakeImporter{name: "c", files: []string{"c.csv"}, detect: byName("c", "c.csv")}
	accs, err := Import([]string{p}, Options{}, []Importer{a, b, c})
	if err != placed {
		t.Errorf("error = %v, want the importer's error unchanged", err)
	}
	if accs != nil {
		t.Errorf("accounts returned with an error: %v", sources(accs))
	}
	if len(a.calls) != 1 || len(b.calls) != 1 {
		t.Errorf("calls: a %q, b %q; want one each", a.calls, b.calls)
	}
	if len(c.calls) != 0 {
		t.Errorf("importer after the failing one was called: %q", c.calls)
	}
}

// TestImportLazyHead checks that Import offers every file to Detect by name
// and reads a file's first bytes only when an importer asks, once, so that
// photos and videos in an export are never read.
func TestImportLazyHead(t *testing.T) {
	t.Chdir(t.TempDir())
	following := "window.YTD.following.part0 = [\n" + strings.Repeat("  {\"following\": {\"accountId\": \"1401\"}},\n", 200) + "]\n"
	tweets := "window.YTD.tweets.part0 = []\n"
	p := writeZip(t, "twitter.zip",
		zipEntry{name: "data/tweets_media/"},
		// Declares 5 GiB, over the default limit: reading any of it would
		// fail, and nothing here may need to.
		rawDeflated(t, "data/tweets_media/big.jpg", []byte("\xff\xd8\xff"), 5<<30, crc32.ChecksumIEEE([]byte("\xff\xd8\xff"))),
		zipEntry{name: "data/following.js", data: following},
		// Stored (not compressed), as photos usually are, and declaring
		// 5 GiB too.
		zipEntry{name: "photos/big.jpg", data: "\xff\xd8\xff", raw: &zip.FileHeader{
			Method: zip.Store, CRC32: crc32.ChecksumIEEE([]byte("\xff\xd8\xff")),
			CompressedSize64: 3, UncompressedSize64: 5 << 30,
		}},
		zipEntry{name: "data/tweets.js", data: tweets},
		zipEntry{name: "data/account.json", data: "{}"},
	)
	var offered []string
	names := &fakeImporter{name: "names", files: []string{"account.json"}, detect: func(p string, head func() []byte) string {
		offered = append(offered, p)
		return byName("account", "account.json")(p, head)
	}}
	heads1 := &fakeImporter{name: "heads1", files: []string{"following.js"}, detect: byHead("following", "window.YTD.following.")}
	heads2 := &fakeImporter{name: "heads2", files: []string{"tweets.js"}, detect: byHead("tweets", "window.YTD.tweets.")}
	accs, err := Import([]string{p}, Options{}, []Importer{names, heads1, heads2})
	if err != nil {
		t.Fatal(err)
	}
	wantOffered := []string{"data/tweets_media/big.jpg", "data/following.js", "photos/big.jpg", "data/tweets.js", "data/account.json"}
	if !reflect.DeepEqual(offered, wantOffered) {
		t.Errorf("offered %q, want every file but folders: %q", offered, wantOffered)
	}
	if got, want := sources(accs), []string{"names twitter.zip!data/account.json", "heads1 twitter.zip!data/following.js", "heads2 twitter.zip!data/tweets.js"}; !reflect.DeepEqual(got, want) {
		t.Errorf("accounts %q, want %q", got, want)
	}
	if names.heads != nil {
		t.Errorf("head read for %q by an importer that never asked", slices.Sorted(maps.Keys(names.heads)))
	}
	// heads1 asked for both .js files; heads2 only for tweets.js, which
	// heads1 did not claim, and got the same bytes.
	if got := string(heads1.heads["data/following.js"]); got != following[:headBytes] {
		t.Errorf("head of following.js = %d bytes, want its first %d", len(got), headBytes)
	}
	if got := string(heads1.heads["data/tweets.js"]); got != tweets {
		t.Errorf("head of tweets.js = %q", got)
	}
	if got := string(heads2.heads["data/tweets.js"]); got != tweets {
		t.Errorf("second head of tweets.js = %q", got)
	}
	if len(heads2.heads) != 1 {
		t.Errorf("heads2 saw heads of %d files, want only tweets.js", len(heads2.heads))
	}

	// An importer that reads every head still gets nothing, and no error,
	// from the entry over the limit; the import goes on.
	greedy := &fakeImporter{name: "greedy", files: []string{"following.js"}, detect: func(p string, head func() []byte) string {
		if len(head()) > 0 && path.Base(p) == "following.js" {
			return "following"
		}
		return ""
	}}
	if _, err := Import([]string{p}, Options{}, []Importer{greedy}); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"data/tweets_media/big.jpg", "photos/big.jpg"} {
		if h, ok := greedy.heads[p]; !ok || len(h) != 0 {
			t.Errorf("head of the 5 GiB entry %s = %d bytes (asked: %v), want none", p, len(h), ok)
		}
	}
}
