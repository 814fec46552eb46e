package importers

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"io"
	"maps"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// zipEntry is one entry of an archive built by writeZip.
type zipEntry struct {
	name string
	data string
	// raw, when set, is written with CreateRaw: data is then the stored
	// (already compressed) bytes and raw's method, sizes and CRC are
	// written as given, so that a test can craft headers that lie.
	raw *zip.FileHeader
}

// writeZip writes an archive at p (relative to the test's working
// directory) and returns p.
func writeZip(t *testing.T, p string, entries ...zipEntry) string {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		var w io.Writer
		var err error
		if e.raw != nil {
			h := *e.raw
			h.Name = e.name
			w, err = zw.CreateRaw(&h)
		} else {
			w, err = zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Deflate})
		}
		if err != nil {
			t.Fatalf("%s: %v", e.name, err)
		}
		if _, err := io.WriteString(w, e.data); err != nil {
			t.Fatalf("%s: %v", e.name, err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	writeFile(t, p, buf.String())
	return p
}

// writeFile writes data at p, creating the folders above it.
func writeFile(t *testing.T, p, data string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// gzipped returns data gzip-compressed, as gzip(1) writes a file.
func gzipped(t *testing.T, data []byte) string {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// bzip2CSV is a two-line CSV as bzip2 -9 writes it (Go has no bzip2
// writer).
const bzip2CSV = "425a68393141592653595798e662000003d780001040042105200026261e00200021a9a190c23214d3231313115e45db211013b065e8a88f38229a15f1772453850905798e6620"

// bzip2Tar is a tar archive (pax) holding Takeout/YouTube/x.csv, as
// bzip2 -9 writes it.
const bzip2Tar = "425a6839314159265359d7eec07900009fff90cd9040404001ffe2414c44607e2a9f400c00080830015186422aa627a9a01a00000032188228a9a4f26846d2313d04c134c81ea6981529260a7a9e8801e91a32680007a9dbf06ee713e27f398b297032ce360122b405ce7a4531fad4e80a0906f340dfb2220ac6a1520065c30db050250843e7790be59933c4dc4b13a302016a15b20aefdbb77fbf1a5f66149b72e14d74dd942c1aa7342958a778a6e97d5304bd2fdf0bf09beb1d90a694a0da99cd09a0e0a5498953418b664c6e5b62512c4ad6c2eaa94c5625d0a92ad471c2bd23056a5f485b0b2f8602b15435c2e6c949bcfece94a66572058183e4790e4763683591b3b405484ed434b71080d484ace358d2130c07b3a58d8330d64a310d032c8ccc4591ce669525ad335e4ba6483fc5dc914e142435fbb01e40"

// unhex returns the bytes the hex string s spells, as a string.
func unhex(t *testing.T, s string) string {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// tarred returns a tar archive holding one file, name, of data.
func tarred(t *testing.T, name, data string) []byte {
	t.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(data)), Format: tar.FormatPAX}); err != nil {
		t.Fatal(err)
	}
	if _, err := tw.Write([]byte(data)); err != nil {
		t.Fatal(err)
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// deflate compresses data as a zip Deflate entry stores it.
func deflate(t *testing.T, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	fw, err := flate.NewWriter(&buf, flate.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := fw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// rawDeflated returns a zipEntry holding data deflated, whose header
// declares size uncompressed bytes and the given CRC instead of the truth.
func rawDeflated(t *testing.T, name string, data []byte, size uint64, crc uint32) zipEntry {
	comp := deflate(t, data)
	return zipEntry{name: name, data: string(comp), raw: &zip.FileHeader{
		Method: zip.Deflate, CRC32: crc,
		CompressedSize64: uint64(len(comp)), UncompressedSize64: size,
	}}
}

// describeFiles lists files as "String() [Input | Path | Size]".
func describeFiles(files []*File) []string {
	var out []string
	for _, f := range files {
		out = append(out, fmt.Sprintf("%s [%s | %s | %d]", f, f.Input, f.Path, f.Size))
	}
	return out
}

// checkOneLine fails unless err is a one-line error containing every want.
func checkOneLine(t *testing.T, err error, want ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want one saying %q", want)
	}
	if strings.Contains(err.Error(), "\n") {
		t.Errorf("error is more than one line: %q", err)
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q does not say %q", err, w)
		}
	}
}

// exportFolder writes an unzipped export at dir, with the files macOS adds.
func exportFolder(t *testing.T, dir string) {
	writeFile(t, dir+"/Connections.csv", "First Name\n")
	writeFile(t, dir+"/data/following.js", "window.YTD.following.part0 = []")
	writeFile(t, dir+"/data/sub/friends.json", `{"friends_v2": []}`)
	writeFile(t, dir+"/.DS_Store", "\x00\x00\x00\x01Bud1")
	writeFile(t, dir+"/data/.DS_Store", "\x00\x00\x00\x01Bud1")
	writeFile(t, dir+"/data/._following.js", "\x00\x05\x16\x07")
	writeFile(t, dir+"/__MACOSX/data/._following.js", "\x00\x05\x16\x07")
}

func TestOpen(t *testing.T) {
	tests := []struct {
		name    string
		setup   func(t *testing.T) []string // writes the inputs, returns the paths to open
		want    []string                    // as describeFiles
		wantErr []string                    // substrings of a one-line error
	}{
		{
			name: "zip",
			setup: func(t *testing.T) []string {
				return []string{writeZip(t, "export.zip",
					zipEntry{name: "data/"},
					zipEntry{name: "data/following.js", data: "window.YTD.following.part0 = []"},
					zipEntry{name: "data/sub/"},
					zipEntry{name: "data/sub/friends.json", data: `{"friends_v2": []}`},
					zipEntry{name: "__MACOSX/"},
					zipEntry{name: "__MACOSX/data/"},
					zipEntry{name: "__MACOSX/data/._following.js", data: "\x00\x05\x16\x07"},
					zipEntry{name: "data/._following.js", data: "\x00\x05\x16\x07"},
					zipEntry{name: "data/.DS_Store", data: "Bud1"},
					zipEntry{name: ".DS_Store", data: "Bud1"},
					zipEntry{name: "part2/__MACOSX/x.json", data: "{}"},
					zipEntry{name: "Connections.csv", data: "First Name\n"},
					zipEntry{name: "photos/big.jpg", data: strings.Repeat("\xff", 5000)},
					zipEntry{name: "data/.hidden.json", data: "[]"},
				)}
			},
			want: []string{
				"export.zip!data/following.js [export.zip | data/following.js | 31]",
				"export.zip!data/sub/friends.json [export.zip | data/sub/friends.json | 18]",
				"export.zip!Connections.csv [export.zip | Connections.csv | 11]",
				"export.zip!photos/big.jpg [export.zip | photos/big.jpg | 5000]",
				"export.zip!data/.hidden.json [export.zip | data/.hidden.json | 2]",
			},
		},
		{
			name: "zip in a folder, upper-case extension",
			setup: func(t *testing.T) []string {
				return []string{writeZip(t, "Downloads/facebook-amelie.ZIP", zipEntry{name: "friends.json", data: "[]"})}
			},
			want: []string{"Downloads/facebook-amelie.ZIP!friends.json [Downloads/facebook-amelie.ZIP | friends.json | 2]"},
		},
		{
			name: "empty zip archive",
			setup: func(t *testing.T) []string {
				return []string{writeZip(t, "empty.zip")}
			},
		},
		{
			name: "folder",
			setup: func(t *testing.T) []string {
				exportFolder(t, "export")
				return []string{"export"}
			},
			want: []string{
				"export/Connections.csv [export | Connections.csv | 11]",
				"export/data/following.js [export | data/following.js | 31]",
				"export/data/sub/friends.json [export | data/sub/friends.json | 18]",
			},
		},
		{
			name: "folder with a trailing slash",
			setup: func(t *testing.T) []string {
				exportFolder(t, "export")
				return []string{"export/"}
			},
			want: []string{
				"export/Connections.csv [export/ | Connections.csv | 11]",
				"export/data/following.js [export/ | data/following.js | 31]",
				"export/data/sub/friends.json [export/ | data/sub/friends.json | 18]",
			},
		},
		{
			name: "nested folder path",
			setup: func(t *testing.T) []string {
				exportFolder(t, "Downloads/twitter-2026")
				return []string{"Downloads/twitter-2026"}
			},
			want: []string{
				"Downloads/twitter-2026/Connections.csv [Downloads/twitter-2026 | Connections.csv | 11]",
				"Downloads/twitter-2026/data/following.js [Downloads/twitter-2026 | data/following.js | 31]",
				"Downloads/twitter-2026/data/sub/friends.json [Downloads/twitter-2026 | data/sub/friends.json | 18]",
			},
		},
		{
			// A folder given through a symbolic link (a Downloads link, a
			// mounted volume) is a folder like any other.
			name: "folder through a symbolic link",
			setup: func(t *testing.T) []string {
				exportFolder(t, "real/export")
				if err := os.Symlink("real/export", "link"); err != nil {
					t.Skipf("no symbolic links here: %v", err)
				}
				return []string{"link"}
			},
			want: []string{
				"link/Connections.csv [link | Connections.csv | 11]",
				"link/data/following.js [link | data/following.js | 31]",
				"link/data/sub/friends.json [link | data/sub/friends.json | 18]",
			},
		},
		{
			// A zip or file linked into the folder given (ln -s of a
			// download into the folder of exports) is read as if it
			// were there: it was passed over, and its network's lists
			// carried from the last audit. A link to a folder is not
			// entered, and a broken link fails only if it is read.
			name: "files linked into a folder",
			setup: func(t *testing.T) []string {
				exportFolder(t, "real/export")
				writeZip(t, "real/twitter-2026.zip", zipEntry{name: "data/following.js", data: "[]"})
				if err := os.Mkdir("exports", 0o755); err != nil {
					t.Fatal(err)
				}
				for link, target := range map[string]string{
					"exports/twitter-2026.zip":  "../real/twitter-2026.zip",
					"exports/Connections.csv":   "../real/export/Connections.csv",
					"exports/export":            "../real/export",
					"exports/your_friends.json": "../real/gone.json",
				} {
					if err := os.Symlink(target, link); err != nil {
						t.Skipf("no symbolic links here: %v", err)
					}
				}
				return []string{"exports"}
			},
			want: []string{
				"exports/Connections.csv [exports | Connections.csv | 11]",
				"exports/twitter-2026.zip!data/following.js [exports/twitter-2026.zip | data/following.js | 2]",
				"exports/your_friends.json [exports | your_friends.json | 0]",
			},
		},
		{
			name: "empty folder",
			setup: func(t *testing.T) []string {
				if err := os.Mkdir("empty", 0o755); err != nil {
					t.Fatal(err)
				}
				return []string{"empty"}
			},
		},
		{
			name: "loose file",
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "Downloads/Basic_LinkedInDataExport/Connections.csv", "First Name\n")}
			},
			want: []string{"Downloads/Basic_LinkedInDataExport/Connections.csv [Downloads/Basic_LinkedInDataExport/Connections.csv | Connections.csv | 11]"},
		},
		{
			name: "loose file in the working directory",
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "following.js", "window.YTD.following.part0 = []")}
			},
			want: []string{"following.js [following.js | following.js | 31]"},
		},
		{
			// A browser that drops or changes the extension still leaves
			// a zip: it is read as one, and named like one in messages.
			name: "zip not named .zip",
			setup: func(t *testing.T) []string {
				return []string{writeZip(t, "export.download", zipEntry{name: "data/following.js", data: "[]"})}
			},
			want: []string{"export.download!data/following.js [export.download | data/following.js | 2]"},
		},
		{
			name: "zip named .json",
			setup: func(t *testing.T) []string {
				return []string{writeZip(t, "friends.json", zipEntry{name: "friends.json", data: "[]"})}
			},
			want: []string{"friends.json!friends.json [friends.json | friends.json | 2]"},
		},
		{
			name: ".zip that is not a zip",
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "export.zip", "<!DOCTYPE html><html>Your download will begin shortly</html>")}
			},
			wantErr: []string{"export.zip: ", "not a zip archive"},
		},
		{
			name: "truncated zip",
			setup: func(t *testing.T) []string {
				writeZip(t, "full.zip", zipEntry{name: "data/following.js", data: strings.Repeat("window.YTD.following ", 500)})
				full, err := os.ReadFile("full.zip")
				if err != nil {
					t.Fatal(err)
				}
				return []string{writeFile(t, "export.zip", string(full[:len(full)/2]))}
			},
			wantErr: []string{"export.zip: ", "zip"},
		},
		{
			name: "empty file",
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "Connections.csv", "")}
			},
			wantErr: []string{"Connections.csv: ", "empty"},
		},
		{
			name: "empty .zip file",
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "export.zip", "")}
			},
			wantErr: []string{"export.zip: ", "empty"},
		},
		{
			name: "missing path",
			setup: func(t *testing.T) []string {
				return []string{"Downloads/nope.zip"}
			},
			wantErr: []string{"Downloads/nope.zip: ", "no such file or directory"},
		},
		{
			name: "several inputs",
			setup: func(t *testing.T) []string {
				exportFolder(t, "facebook")
				return []string{
					writeZip(t, "twitter-part1.zip", zipEntry{name: "data/following.js", data: "[]"}),
					"facebook",
					writeFile(t, "Connections.csv", "First Name\n"),
					writeZip(t, "twitter-part2.zip", zipEntry{name: "data/follower.js", data: "[1]"}),
				}
			},
			want: []string{
				"twitter-part1.zip!data/following.js [twitter-part1.zip | data/following.js | 2]",
				"facebook/Connections.csv [facebook | Connections.csv | 11]",
				"facebook/data/following.js [facebook | data/following.js | 31]",
				"facebook/data/sub/friends.json [facebook | data/sub/friends.json | 18]",
				"Connections.csv [Connections.csv | Connections.csv | 11]",
				"twitter-part2.zip!data/follower.js [twitter-part2.zip | data/follower.js | 3]",
			},
		},
		{
			name: "several inputs, one missing",
			setup: func(t *testing.T) []string {
				return []string{
					writeZip(t, "a.zip", zipEntry{name: "data/following.js", data: "[]"}),
					"b.zip",
					writeFile(t, "Connections.csv", "x"),
				}
			},
			wantErr: []string{"b.zip: ", "no such file or directory"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			paths := tt.setup(t)
			in, err := Open(paths, Options{})
			if tt.wantErr != nil {
				checkOneLine(t, err, tt.wantErr...)
				if in != nil {
					t.Errorf("Open returned inputs with an error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer func() {
				if err := in.Close(); err != nil {
					t.Errorf("Close: %v", err)
				}
			}()
			if !reflect.DeepEqual(in.Paths, paths) {
				t.Errorf("Paths = %q, want %q", in.Paths, paths)
			}
			got := describeFiles(in.Files)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("files:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			for _, f := range in.Files {
				if f.Name() != path.Base(f.Path) {
					t.Errorf("%s: Name() = %q", f, f.Name())
				}
			}
		})
	}
}

// TestOpenReadsEntries checks that every kind of input reads back the
// bytes written, through File.Open and File.Head.
func TestOpenReadsEntries(t *testing.T) {
	t.Chdir(t.TempDir())
	long := strings.Repeat("Amélie Durand,https://www.linkedin.com/in/amelie-durand-4821\n", 200)
	exportFolder(t, "folder")
	writeFile(t, "folder/long.csv", long)
	paths := []string{
		writeZip(t, "export.zip", zipEntry{name: "long.csv", data: long}, zipEntry{name: "stored.csv", data: "a,b\n",
			raw: &zip.FileHeader{Method: zip.Store, CRC32: crc32.ChecksumIEEE([]byte("a,b\n")), CompressedSize64: 4, UncompressedSize64: 4}}),
		"folder",
		writeFile(t, "long.csv", long),
	}
	in, err := Open(paths, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	want := map[string]string{
		"export.zip!long.csv":      long,
		"export.zip!stored.csv":    "a,b\n",
		"folder/long.csv":          long,
		"folder/Connections.csv":   "First Name\n",
		"long.csv":                 long,
		"folder/data/following.js": "window.YTD.following.part0 = []",
	}
	for _, f := range in.Files {
		w, ok := want[f.String()]
		if !ok {
			continue
		}
		delete(want, f.String())
		rc, err := f.Open()
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		got, err := io.ReadAll(rc)
		rc.Close()
		if err != nil || string(got) != w {
			t.Errorf("%s: read %d bytes, %v; want the %d bytes written", f, len(got), err, len(w))
		}
		if head := f.Head(headBytes); string(head) != w[:min(len(w), headBytes)] {
			t.Errorf("%s: Head = %d bytes, want the first %d bytes", f, len(head), min(len(w), headBytes))
		}
	}
	if len(want) > 0 {
		t.Errorf("files not listed: %q", slices.Sorted(maps.Keys(want)))
	}
}

// TestOpenRefusesUnsafeNames checks that an archive with an entry that
// would escape a folder if extracted is refused whole, with one line naming
// the archive and the entry, wherever the entry sits.
func TestOpenRefusesUnsafeNames(t *testing.T) {
	tests := []struct {
		entry   string
		refused bool
	}{
		{"/etc/x", true},
		{"/", true},
		{"../../x", true},
		{"../x", true},
		{"..", true},
		{"a/../../x", true},
		{"a/../b", true},
		{"data/..", true},
		{"../evil/", true},
		{"__MACOSX/../../x", true},
		{"..\\x", true},
		{"a\\b", true},
		{"data\\following.js", true},
		{"C:/x", true},
		{"c:x", true},
		{"C:\\Windows\\x", true},
		// Odd but harmless names stay.
		{"a..b/x", false},
		{"..foo", false},
		{"data/x..json", false},
		{"data/...", false},
		{"a/b:c", false},
		{"Amélie: photos/x.jpg", false},
	}
	for _, tt := range tests {
		for _, where := range []string{"first", "last"} {
			t.Run(tt.entry+"/"+where, func(t *testing.T) {
				t.Chdir(t.TempDir())
				good := []zipEntry{{name: "data/following.js", data: "[]"}, {name: "Connections.csv", data: "x\n"}}
				bad := zipEntry{name: tt.entry}
				if !strings.HasSuffix(tt.entry, "/") {
					bad.data = "x"
				}
				entries := append([]zipEntry{bad}, good...)
				if where == "last" {
					entries = append(good, bad)
				}
				p := writeZip(t, "evil.zip", entries...)
				in, err := Open([]string{writeFile(t, "ok.csv", "x"), p}, Options{})
				if !tt.refused {
					if err != nil {
						t.Fatalf("harmless name refused: %v", err)
					}
					in.Close()
					return
				}
				checkOneLine(t, err, "evil.zip: ", strconv.Quote(tt.entry))
				if strings.Contains(tt.entry, `\\`) && !strings.Contains(err.Error(), "Compress-Archive?): give the zip as the network sent it, or the folder unzipped") {
					t.Errorf("a backslash's error %q does not say where such names come from", err)
				}
				if in != nil {
					t.Errorf("Open returned inputs with an error")
				}
			})
		}
	}
}

func TestListName(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"Connections.csv", "connections.csv"},
		{"Connections (1).csv", "connections.csv"},
		{"Connections(12).csv", "connections.csv"},
		{"following_accounts - Copy.csv", "following_accounts.csv"},
		{"following_accounts - Copy (2).csv", "following_accounts.csv"},
		{"follower copy.js", "follower.js"},
		{"follower copy 3.js", "follower.js"},
		{"followers_1 (1).json", "followers_1.json"},
		{"followers_2.json", "followers_2.json"},               // a part, not a copy
		{"tweets-part1.js", "tweets-part1.js"},                 // likewise
		{"subscriptions (old).csv", "subscriptions (old).csv"}, // a name the person gave
		{"(1).csv", ".csv"},
		{"noext (1)", "noext"},
	} {
		if got := listName(tt.name); got != tt.want {
			t.Errorf("listName(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// lineBound counts the line ends of a file on disk, LF or a lone CR, and
// declines a zip's entry, which it would inflate twice.
func TestLineBound(t *testing.T) {
	dir := t.TempDir()
	texts := map[string]string{"lf.csv": "a\nb\nc\n", "crlf.csv": "a\r\nb\r\nc", "cr.csv": "a\rb\rc\r", "empty.csv": ""}
	for name, text := range texts {
		writeFile(t, filepath.Join(dir, name), text)
	}
	writeZip(t, filepath.Join(dir, "x.zip"), zipEntry{name: "in.csv", data: "a\nb\n"})
	in, err := Open([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	want := map[string]int64{"lf.csv": 4, "crlf.csv": 3, "cr.csv": 4, "empty.csv": 1}
	if len(in.Files) != len(want)+1 {
		t.Fatalf("%d files, want %d", len(in.Files), len(want)+1)
	}
	for _, f := range in.Files {
		n, ok := f.lineBound()
		if w, onDisk := want[f.Path]; ok != onDisk || n != w {
			t.Errorf("%s: lineBound() = %d, %v; want %d, %v", f, n, ok, w, onDisk)
		}
	}
}

// TestImportChecksumAtTheEnd checks that a zip entry whose checksum does
// not match, which the zip reader tells only once the whole entry is
// read, is refused as damaged: after a list read whole, the JSON readers
// called it "unexpected content after the JSON data".
func TestImportChecksumAtTheEnd(t *testing.T) {
	for _, e := range []struct{ name, data string }{
		{"connections/friends/your_friends.json", `{"friends_v2": [{"name": "Ada Quill", "timestamp": 1700000000}]}`},
		{"connections/followers_and_following/following.json", `{"relationships_following": [{"title": "ada.quill", "string_list_data": [{"href": "https://www.instagram.com/_u/ada.quill", "timestamp": 1700000000}]}]}`},
		{"connections/followers_and_following/followers_1.json", `[{"title": "", "media_list_data": [], "string_list_data": [{"href": "https://www.instagram.com/ada.quill", "value": "ada.quill", "timestamp": 1700000000}]}]`},
		{"data/following.js", "window.YTD.following.part0 = [ {\n  \"following\" : {\n    \"accountId\" : \"1401\"\n  }\n} ]"},
		{"Takeout/YouTube and YouTube Music/subscriptions/subscriptions.json", `[{"snippet": {"title": "Ada Quill", "resourceId": {"channelId": "UC4xlbR1N2RQnb7vqUmLmGOg"}}}]`},
	} {
		t.Run(e.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			data := []byte(e.data)
			p := writeZip(t, "export.zip", zipEntry{name: e.name, data: e.data, raw: &zip.FileHeader{
				Method: zip.Store, CRC32: crc32.ChecksumIEEE(data) + 1,
				CompressedSize64: uint64(len(data)), UncompressedSize64: uint64(len(data))}})
			_, err := Import([]string{p}, Options{}, All())
			checkOneLine(t, err, "export.zip!"+e.name+": ", "checksum")
		})
	}
}

// TestImportUnknownCompression checks that an entry compressed with a
// method Go's zip reader lacks (bzip2, LZMA: an export re-zipped with
// 7-Zip's settings) says what to give instead of the reader's words
// ("zip: unsupported compression algorithm").
func TestImportUnknownCompression(t *testing.T) {
	t.Chdir(t.TempDir())
	p := writeZip(t, "export.zip", zipEntry{name: "connections/friends/your_friends.json", data: "BZh91AY&SY", raw: &zip.FileHeader{
		Method: 12, CRC32: 1, CompressedSize64: 10, UncompressedSize64: 100}})
	_, err := Import([]string{p}, Options{}, All())
	checkOneLine(t, err, "export.zip!connections/friends/your_friends.json: ", "compressed with method 12 (bzip2)",
		"give the zip as the network sent it, or the folder unzipped")
	if strings.Contains(err.Error(), "zip: ") {
		t.Errorf("error %q passes the zip reader's words on", err)
	}
}

// TestImportEncryptedEntry checks that an entry encrypted with a password
// (a zip re-made with zip -P, or 7-Zip's ZipCrypto) is said to be so, and
// what to give instead: its bytes read as damaged, "download the export
// again", which gives the same password-less zip the person re-made.
func TestImportEncryptedEntry(t *testing.T) {
	t.Chdir(t.TempDir())
	data := "\x8a\x11\x93\x02\x7f\x00\x10\xee\x01\x02\x03\x04garbage-that-is-not-deflate"
	p := writeZip(t, "export.zip", zipEntry{name: "connections/friends/your_friends.json", data: data, raw: &zip.FileHeader{
		Method: zip.Deflate, Flags: 0x1, CRC32: 1, CompressedSize64: uint64(len(data)), UncompressedSize64: 100}})
	_, err := Import([]string{p}, Options{}, All())
	checkOneLine(t, err, "export.zip!connections/friends/your_friends.json: ", "encrypted with a password",
		"unzip it with its password and give the folder, or give the zip as the network sent it")
	if strings.Contains(err.Error(), "damaged") || strings.Contains(err.Error(), "flate") {
		t.Errorf("error %q says the entry is damaged", err)
	}
}

// TestImportSameNameTwiceInAZip checks that an archive holding two
// different files under one name (appended to by an archiver) is refused:
// the second was taken for the first given twice, and its list dropped.
// The same bytes twice are one file.
func TestImportSameNameTwiceInAZip(t *testing.T) {
	t.Chdir(t.TempDir())
	const name = "connections/friends/your_friends.json"
	a := `{"friends_v2": [{"name": "Ada Quill", "timestamp": 1700000000}]}`
	b := `{"friends_v2": [{"name": "Zed Marlow", "timestamp": 1700000001}]}`
	p := writeZip(t, "facebook-ada.zip", zipEntry{name: name, data: a}, zipEntry{name: name, data: b})
	_, err := Import([]string{p}, Options{}, All())
	checkOneLine(t, err, "facebook-ada.zip!"+name+": ", "two different files of this name")

	p = writeZip(t, "facebook-same.zip", zipEntry{name: name, data: a}, zipEntry{name: name, data: a})
	accs, err := Import([]string{p}, Options{}, All())
	if err != nil || len(accs) != 1 {
		t.Errorf("the same bytes twice: %d accounts, %v; want 1", len(accs), err)
	}
}

func TestZipNetwork(t *testing.T) {
	for name, want := range map[string]string{
		"facebook-robinhale-20261120.zip":             audit.Facebook,
		"instagram-robinhale-2026-11-20-abcdefgh.zip": audit.Instagram,
		"twitter-2026-11-20-5f1c0e7a.zip":             audit.Twitter,
		"complete_linkedindataexport_11-20-2026.zip":  audit.LinkedIn,
		"basic_linkedindataexport_11-20-2026.zip":     audit.LinkedIn,
		"takeout-20261120t090000z-001.zip":            audit.YouTube,
		"archive-20261120093000-0f3e2a.zip":           "", // Mastodon's posts: no follows
		"inter-4.0.zip":                               "",
		"my facebook-robinhale-20261120 (copy).zip":   "",
	} {
		if got := zipNetwork(name); got != want {
			t.Errorf("zipNetwork(%q) = %q, want %q", name, got, want)
		}
	}
}
