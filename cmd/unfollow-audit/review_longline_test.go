package main

import (
	"bytes"
	"crypto/sha256"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/unfollow-audit/unfollow-audit/internal/fill"
)

// Answers given on standard input in a line longer than any typed (review
// < /dev/zero, a file of one 2 GB line) stop the review on that line, in
// one line of error, nothing saved, once a bounded part of the line is
// read: the whole line was held in memory, 8 GB in ten seconds of
// /dev/zero.
func TestReviewAnswerLineTooLong(t *testing.T) {
	ws, today := auditedSample(t)
	var stderr bytes.Buffer
	ledger := filepath.Join(ws, "ledger.csv")
	before := fileSum(t, ledger)
	long := &fill.Reader{N: 64 * maxAnswerBytes, Byte: 'x'}
	stderr.Reset()
	code := runWith([]string{"review", "--workspace", ws}, stdio{in: io.MultiReader(strings.NewReader("s\n"), long), out: io.Discard, err: &stderr}, today)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	msg := stderr.String()
	if strings.Count(msg, "\n") != 1 || !strings.Contains(msg, "answer line 2 refused") || !strings.Contains(msg, "longer than") {
		t.Errorf("stderr %q, want one line refusing answer line 2 as longer than any answer", msg)
	}
	if long.Served > 2*maxAnswerBytes {
		t.Errorf("read %d bytes of the long line, want at most %d", long.Served, 2*maxAnswerBytes)
	}
	if fileSum(t, ledger) != before {
		t.Error("the ledger changed")
	}
}

// auditedSample audits the sample Twitter/X archive into a fresh
// workspace, on the day it returns (the test clock's), for a review to
// read.
func auditedSample(t *testing.T) (ws string, today func() time.Time) {
	t.Helper()
	today = func() time.Time { return time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC) }
	ws = filepath.Join(t.TempDir(), "ws")
	tw := filepath.Join(repoRoot(t), "testdata", "sample", "twitter-2026-11-20-5f1c0e7a9b3d2c4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e.zip")
	var stderr bytes.Buffer
	if code := runWith([]string{"audit", "--workspace", ws, tw}, stdio{out: io.Discard, err: &stderr}, today); code != 0 {
		t.Fatalf("audit: exit %d: %s", code, &stderr)
	}
	return ws, today
}

func fileSum(t *testing.T, p string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// A refused answer is quoted in part: a line of 60,000 characters (a file
// given as the answers) made a line of error as long.
func TestReviewRefusedAnswerQuotedShort(t *testing.T) {
	ws, today := auditedSample(t)
	var stderr bytes.Buffer
	for _, answers := range []string{"xy" + strings.Repeat("z", 60000) + "\n", "s " + strings.Repeat("z", 60000) + "\n"} {
		stderr.Reset()
		if code := runWith([]string{"review", "--workspace", ws}, stdio{in: strings.NewReader(answers), out: io.Discard, err: &stderr}, today); code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		if msg := stderr.String(); len(msg) > 600 || !strings.Contains(msg, "answer line 1 refused") || !strings.Contains(msg, "zzz…") {
			t.Errorf("stderr of %d bytes, want a line under 600 quoting the answer in part: %.300q", len(msg), msg)
		}
	}
}

// A line of answers of 64 KiB exactly, its line end apart (LF, CRLF, or
// none at the end of the file), is read whole, and the lines after it;
// one byte more is too long. The line end counted in, a line of 64 KiB
// was refused as longer than 64 KiB, and one of CRLF a byte shorter too.
func TestLineReaderAnswerOf64KiB(t *testing.T) {
	full := strings.Repeat("n", maxAnswerBytes)
	for _, tt := range []struct {
		name, in string
		want     []string
		tooLong  bool
	}{
		{"LF", full + "\nq\n", []string{full, "q"}, false},
		{"CRLF", full + "\r\nq\r\n", []string{full, "q"}, false},
		{"at the end, no line end", "s\n" + full, []string{"s", full}, false},
		{"a byte more, LF", full + "n\nq\n", nil, true},
		{"a byte more, CRLF", full + "n\r\nq\r\n", nil, true},
		{"a byte more, at the end", full + "n", nil, true},
	} {
		lr := newLineReader(strings.NewReader(tt.in))
		for _, want := range tt.want {
			if got, st := lr.next(); st != readOK || got != want {
				t.Errorf("%s: line of %d bytes (%v), want %d bytes", tt.name, len(got), st, len(want))
			}
		}
		want := readEOF
		if tt.tooLong {
			want = readTooLong
		}
		if got, st := lr.next(); st != want {
			t.Errorf("%s: then a line of %d bytes (%v), want %v", tt.name, len(got), st, want)
		}
		lr.close()
	}
}
