package importers

import (
	"archive/zip"
	"bytes"
	"errors"
	"hash/crc32"
	"io"
	"maps"
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

// TestImport gives each file to the first importer that claims it, in one
// call per importer for all the inputs; the tables beside it, in
// import_dispatch_*_test.go, give two exports of one network, inputs that
// are no export, and downloads gone wrong.
func TestImport(t *testing.T) {
	runImportCases(t, []importCase{
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
			want: importWant{
				calls: map[string][][]string{
					"a": {{"export.zip!data/both.json", "export.zip!a.json"}},
					"b": {{"export.zip!b.csv"}},
				},
				sources: []string{"a export.zip!data/both.json", "a export.zip!a.json", "b export.zip!b.csv"},
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
			want: importWant{
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
			want: importWant{
				calls:   map[string][][]string{"b": {{"b.csv"}}},
				sources: []string{"b b.csv"},
			},
		},
		{
			name: "Open error",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "a", files: []string{"friends.json"}, detect: byName("a", "friends.json")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "friends.json", "[]"), "missing.zip"}
			},
			want: importWant{err: []string{"missing.zip: "}},
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
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"dl/follower.js: ", ErrTooBig.Error()},
			},
		},
	})
}

// TestImportTwoExports gives two exports, or two copies, of one network's
// list: different, they are refused; alike, read once.
func TestImportTwoExports(t *testing.T) {
	runImportCases(t, []importCase{
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
			want: importWant{
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
			want: importWant{
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
			want: importWant{
				calls: map[string][][]string{},
				err: []string{filepath.Join("dl", "Connections (1).csv") + " and " + filepath.Join("dl", "Connections.csv") +
					": two different copies of one b list: move the older away, or give the newest alone (of two copies, the newest of the person audited: they may be of two people)"},
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
			want: importWant{
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
			want: importWant{
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
			want: importWant{
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
			want: importWant{
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
			want: importWant{
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
			want: importWant{
				calls: map[string][][]string{},
				err: []string{filepath.Join("dl", "twitter-2026-11") + "/data/following.js and " + filepath.Join("dl", "twitter-2027-02.zip") +
					": two different a exports (each holds its own following.js)"},
			},
		},
	})
}

// importWant is what Import gives for an importCase.
type importWant struct {
	calls   map[string][][]string // per importer name
	sources []string              // the accounts' network and source
	err     []string              // substrings of a one-line error
}

// importCase is one case of the Import tables (TestImport and the tests
// beside it): the importers, the inputs the setup writes, and what Import
// gives.
type importCase struct {
	name  string
	imps  func() []*fakeImporter
	setup func(t *testing.T) []string
	opt   Options
	want  importWant
}

// runImportCases runs each case as a subtest in a folder of its own.
func runImportCases(t *testing.T, tests []importCase) {
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
