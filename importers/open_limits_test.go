package importers

import (
	"archive/zip"
	"errors"
	"hash/crc32"
	"io"
	"strings"
	"testing"
)

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
