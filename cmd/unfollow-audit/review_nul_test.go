package main

import (
	"bytes"
	"encoding/binary"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
)

// An answers file saved as UTF-16 without its byte order mark (iconv -t
// UTF-16BE, .NET's Encoding.Unicode) reads as lines that start with, or
// hold, NUL characters. A line starting with one was taken for an empty
// line, Enter: every person skipped, nothing said, exit 0, the answers
// gone unread. It is refused, naming its line, as any answer refused in a
// file, and the ledger is left as it was.
func TestReviewRefusesALineWithNUL(t *testing.T) {
	for _, order := range []struct {
		name string
		enc  binary.AppendByteOrder
	}{{"big-endian", binary.BigEndian}, {"little-endian", binary.LittleEndian}} {
		t.Run(order.name, func(t *testing.T) {
			ws := filepath.Join(t.TempDir(), "ws")
			today := func() time.Time { return time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC) }
			tw := filepath.Join(repoRoot(t), "testdata", "sample", "twitter-2026-11-20-5f1c0e7a9b3d2c4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e.zip")
			var stderr bytes.Buffer
			if code := runWith([]string{"audit", "--workspace", ws, tw}, stdio{out: io.Discard, err: &stderr}, today); code != 0 {
				t.Fatalf("audit: exit %d: %s", code, &stderr)
			}
			before, err := os.ReadFile(filepath.Join(ws, "ledger.csv"))
			if err != nil {
				t.Fatal(err)
			}
			var in []byte
			for _, u := range utf16.Encode([]rune("i\nt\nq\n")) {
				in = order.enc.AppendUint16(in, u)
			}
			var out bytes.Buffer
			stderr.Reset()
			code := runWith([]string{"review", "--workspace", ws}, stdio{in: bytes.NewReader(in), out: &out, err: &stderr}, today)
			msg := stderr.String()
			if code != exitError || strings.Count(msg, "\n") != 1 ||
				!strings.Contains(msg, "answer line 1 refused") || !strings.Contains(msg, "NUL") || !strings.Contains(msg, "UTF-8") {
				t.Errorf("exit %d, stderr %q; want 1 and one line refusing line 1 for its NUL, saying to save the file as UTF-8", code, msg)
			}
			if got, _ := os.ReadFile(filepath.Join(ws, "ledger.csv")); !bytes.Equal(got, before) {
				t.Errorf("ledger changed:\n%s", got)
			}
		})
	}
}
