package importers

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"encoding/hex"
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

// TestOpenDeclaredTooBig checks an entry whose header declares more than the
// limit: the archive opens (its other entries are fine) but opening the
// entry fails, naming it, before any byte is inflated.
// TestBytesText: a size in bytes has commas between thousands over all
// its range, as every count for a person; the default size limit (4 GiB)
// too where an int is 32 bits, which made it "the size limit of 0 bytes"
// there.
func TestBytesText(t *testing.T) {
	for _, tt := range []struct {
		n    uint64
		want string
	}{
		{0, "0"},
		{999, "999"},
		{1000, "1,000"},
		{1 << 20, "1,048,576"},
		{DefaultMaxEntryBytes, "4,294,967,296"},
		{1<<63 + 5, "9,223,372,036,854,775,813"},
		{1<<64 - 1, "18,446,744,073,709,551,615"},
	} {
		if got := bytesText(tt.n); got != tt.want {
			t.Errorf("bytesText(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestOpenDeclaredTooBig(t *testing.T) {
	tests := []struct {
		name  string
		entry zipEntry
		opt   Options
		want  string
	}{
		{
			name:  "real entry of 2 MiB, limit 1 MiB",
			entry: zipEntry{name: "data/big.json", data: string(make([]byte, 2<<20))},
			opt:   Options{MaxEntryBytes: 1 << 20},
			want:  "declares 2,097,152 bytes, larger than the size limit of 1,048,576 bytes",
		},
		{
			name:  "crafted header declaring 5 GiB, default limit",
			entry: rawDeflated(t, "data/big.json", []byte("[]"), 5<<30, crc32.ChecksumIEEE([]byte("[]"))),
			want:  "declares 5,368,709,120 bytes, larger than the size limit of 4,294,967,296 bytes",
		},
		{
			name:  "crafted header declaring one byte over the limit",
			entry: rawDeflated(t, "data/big.json", []byte("[]"), 1<<20+1, crc32.ChecksumIEEE([]byte("[]"))),
			opt:   Options{MaxEntryBytes: 1 << 20},
			want:  "declares 1,048,577 bytes",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			p := writeZip(t, "export.zip", zipEntry{name: "Connections.csv", data: "x\n"}, tt.entry)
			in, err := Open([]string{p}, tt.opt)
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			defer in.Close()
			if len(in.Files) != 2 || in.Files[1].Path != "data/big.json" {
				t.Fatalf("files = %q", describeFiles(in.Files))
			}
			big := in.Files[1]
			rc, err := big.Open()
			if err == nil {
				rc.Close()
				t.Fatal("entry opened, want an error")
			}
			checkPlaced(t, err)
			if !errors.Is(err, ErrTooBig) {
				t.Errorf("error %q does not wrap ErrTooBig", err)
			}
			checkOneLine(t, err, "export.zip!data/big.json", tt.want)
			if h := big.Head(headBytes); len(h) != 0 {
				t.Errorf("Head = %d bytes, want none", len(h))
			}
			if h := in.Files[0].Head(headBytes); string(h) != "x\n" {
				t.Errorf("the other entry reads %q", h)
			}
		})
	}
}

// countingWriter counts what is written to it, so a test can tell how much
// a reader handed out before failing.
type countingWriter struct{ n int64 }

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += int64(len(p))
	return len(p), nil
}

// TestOpenLyingHeader checks entries whose header declares a size within the
// limit but whose data says otherwise: reading fails with a placed error
// early, never inflating the real size.
func TestOpenLyingHeader(t *testing.T) {
	zeros := make([]byte, 10<<20)
	crcZeros := crc32.ChecksumIEEE(zeros)
	short := []byte("[1, 2, 3]\n")
	tests := []struct {
		name    string
		entry   zipEntry
		opt     Options
		maxRead int64 // most bytes the reader may hand out before failing
		want    string
	}{
		{
			name:    "declares 100 bytes, inflates to 10 MiB, limit 1 MiB",
			entry:   rawDeflated(t, "data/following.js", zeros, 100, crcZeros),
			opt:     Options{MaxEntryBytes: 1 << 20},
			maxRead: 100,
			want:    "bomb",
		},
		{
			name:    "declares 100 bytes, inflates to 10 MiB, wrong CRC",
			entry:   rawDeflated(t, "data/following.js", zeros, 100, 0),
			opt:     Options{MaxEntryBytes: 1 << 20},
			maxRead: 100,
			want:    "bomb",
		},
		{
			name:    "declares 100 bytes, inflates to 10 MiB, limit above 10 MiB",
			entry:   rawDeflated(t, "data/following.js", zeros, 100, crcZeros),
			opt:     Options{MaxEntryBytes: 64 << 20},
			maxRead: 100,
			want:    "bomb",
		},
		{
			name:    "declares nothing, inflates to 10 MiB",
			entry:   rawDeflated(t, "data/following.js", zeros, 0, crcZeros),
			maxRead: 0,
			want:    "bomb",
		},
		{
			name:    "declares more than it holds",
			entry:   rawDeflated(t, "data/following.js", short, 50, crc32.ChecksumIEEE(short)),
			maxRead: 50,
			want:    "export.zip!data/following.js",
		},
		{
			name:    "checksum mismatch",
			entry:   rawDeflated(t, "data/following.js", short, uint64(len(short)), 12345),
			maxRead: int64(len(short)),
			want:    "checksum",
		},
		{
			// Bytes that are no deflate stream: an archive damaged in
			// transit, not a zip bomb.
			name: "corrupt compressed data",
			entry: zipEntry{name: "data/following.js", data: "\xff\xff\xff\xff\xff\xff\xff\xff", raw: &zip.FileHeader{
				Method: zip.Deflate, CRC32: 1, CompressedSize64: 8, UncompressedSize64: 100}},
			maxRead: 100,
			want:    "the entry is damaged (flate: corrupt input before offset",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			p := writeZip(t, "export.zip", tt.entry)
			in, err := Open([]string{p}, tt.opt)
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			defer in.Close()
			f := in.Files[0]
			rc, err := f.Open()
			if err != nil {
				t.Fatalf("Open entry: %v", err)
			}
			defer rc.Close()
			var c countingWriter
			_, err = io.Copy(&c, rc)
			if err == nil {
				t.Fatalf("read %d bytes without an error", c.n)
			}
			checkPlaced(t, err)
			checkOneLine(t, err, "export.zip!data/following.js", tt.want)
			if c.n > tt.maxRead {
				t.Errorf("read %d bytes before failing, want at most %d", c.n, tt.maxRead)
			}
			// Reading on after the error must not hand out more.
			if n, err := rc.Read(make([]byte, 1<<16)); n > 0 || err == nil {
				t.Errorf("Read after the error = %d, %v", n, err)
			}
			// Text and JSON readers see the same placed error.
			tf, err := openText(f)
			if err == nil {
				_, err = eachJSON(tf, f, nil, func(any) error { return nil })
				tf.Close()
			}
			checkPlaced(t, err)
			if err == nil {
				t.Errorf("eachJSON over the entry: no error")
			}
		})
	}
}

// TestOpenStreamLimit checks files that declare nothing wrong but are
// larger than the limit when read: loose files and folder files have no
// header, and the limit holds while streaming.
func TestOpenStreamLimit(t *testing.T) {
	const limit = 1 << 20
	tests := []struct {
		name    string
		size    int
		tooBig  bool
		inputOf func(t *testing.T, data string) string
	}{
		{name: "loose file one byte over", size: limit + 1, tooBig: true, inputOf: func(t *testing.T, data string) string { return writeFile(t, "dl/follower.js", data) }},
		{name: "loose file 3 MiB", size: 3 << 20, tooBig: true, inputOf: func(t *testing.T, data string) string { return writeFile(t, "dl/follower.js", data) }},
		{name: "loose file at the limit", size: limit, inputOf: func(t *testing.T, data string) string { return writeFile(t, "dl/follower.js", data) }},
		{name: "folder file over", size: 2 << 20, tooBig: true, inputOf: func(t *testing.T, data string) string {
			writeFile(t, "dl/data/follower.js", data)
			return "dl"
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			data := strings.Repeat("0", tt.size)
			p := tt.inputOf(t, data)
			in, err := Open([]string{p}, Options{MaxEntryBytes: limit})
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			defer in.Close()
			f := in.Files[0]
			if f.Size != int64(tt.size) {
				t.Errorf("Size = %d, want %d", f.Size, tt.size)
			}
			if h := f.Head(headBytes); len(h) != headBytes {
				t.Errorf("Head = %d bytes, want %d: a big file can still be detected", len(h), headBytes)
			}
			rc, err := f.Open()
			if err != nil {
				t.Fatalf("File.Open: %v", err)
			}
			defer rc.Close()
			var c countingWriter
			_, err = io.Copy(&c, rc)
			if !tt.tooBig {
				if err != nil || c.n != int64(tt.size) {
					t.Errorf("read %d bytes, %v; want all %d", c.n, err, tt.size)
				}
				return
			}
			checkPlaced(t, err)
			if !errors.Is(err, ErrTooBig) {
				t.Errorf("error %v does not wrap ErrTooBig", err)
			}
			checkOneLine(t, err, f.String()+": ", "the size limit of 1,048,576 bytes")
			if c.n > limit {
				t.Errorf("read %d bytes, more than the limit %d", c.n, limit)
			}
		})
	}
}

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

// A zip's entry may declare any size up to 2^64-1: one past 2^63, or
// two whose sum is, sized the accounts' slice with a negative capacity,
// and the import panicked where it now refuses the entry.
func TestHugeDeclaredSizes(t *testing.T) {
	huge := func(name string, size uint64) zipEntry {
		const data = "Notes:\n" // what LinkedIn's Connections.csv starts with, for it to be claimed
		return zipEntry{name: name, data: data, raw: &zip.FileHeader{
			Method: zip.Store, CRC32: crc32.ChecksumIEEE([]byte(data)), CompressedSize64: 1, UncompressedSize64: size}}
	}
	const past63, half = 1<<63 + 100, 0x6000000000000000
	for _, tt := range []struct {
		name    string
		imp     Importer
		entries []zipEntry
	}{
		{"linkedin", LinkedIn{}, []zipEntry{huge("Connections.csv", past63)}},
		{"twitter", Twitter{}, []zipEntry{huge("data/following.js", half), huge("data/follower.js", half)}},
		{"instagram", Instagram{}, []zipEntry{huge(igFollowingP, half), huge(igFollowers1P, half)}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			p := writeZip(t, "export.zip", tt.entries...)
			_, err := Import([]string{p}, Options{}, []Importer{tt.imp})
			if !errors.Is(err, ErrTooBig) {
				t.Errorf("err = %v, want the entry refused as too big", err)
			}
		})
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
