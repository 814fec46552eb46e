package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A name an export gives is whatever its owner chose: a LinkedIn
// connection named with a million emoji (4 MB) filled review's screen, and
// the terminal's scrollback, with it, and hid the question. Review shows a
// long name cut, with "…", as the person's name and as an account's; the
// ledger keeps it whole.
func TestReviewCutsALongName(t *testing.T) {
	today := func() time.Time { return time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC) }
	dir := t.TempDir()
	ws := filepath.Join(dir, "ws")
	long := strings.Repeat("😀", 1_000_000)
	csv := "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
		long + ",Emoji,https://www.linkedin.com/in/emoji-1,,Acme,Engineer,05 Oct 2019\n"
	conn := filepath.Join(dir, "Connections.csv")
	if err := os.WriteFile(conn, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	if code := runWith([]string{"audit", "--workspace", ws, "--as-of", "2026-11-25", conn}, stdio{out: io.Discard, err: &stderr}, today); code != 0 {
		t.Fatalf("audit: exit %d: %s", code, &stderr)
	}
	ledger, err := os.ReadFile(filepath.Join(ws, "ledger.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(ledger, []byte(long+" Emoji")) {
		t.Fatal("the ledger does not hold the name whole")
	}
	var out bytes.Buffer
	stderr.Reset()
	code := runWith([]string{"review", "--workspace", ws, "--as-of", "2026-11-25", conn}, stdio{in: strings.NewReader("q\n"), out: &out, err: &stderr}, today)
	if code != 0 {
		t.Fatalf("review: exit %d: %s", code, &stderr)
	}
	if out.Len() > 4000 {
		t.Errorf("review printed %d bytes for one person", out.Len())
	}
	if !strings.Contains(out.String(), strings.Repeat("😀", 10)) || !strings.Contains(out.String(), "…") {
		t.Errorf("review does not show the name's start, cut")
	}
}

// Without the exports, review shows the link an account's key makes: for
// a Facebook friend, the search for the name, as long as the name,
// percent-encoded (twelve bytes an emoji). It is cut as the name is.
func TestReviewCutsALongLink(t *testing.T) {
	today := func() time.Time { return time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC) }
	dir := t.TempDir()
	ws := filepath.Join(dir, "ws")
	friends := `{"friends_v2": [{"name": "` + strings.Repeat("😀", 100_000) + ` X", "timestamp": 1700000001}]}`
	fb := filepath.Join(dir, "your_friends.json")
	if err := os.WriteFile(fb, []byte(friends), 0o600); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	if code := runWith([]string{"audit", "--workspace", ws, "--as-of", "2026-11-25", fb}, stdio{out: io.Discard, err: &stderr}, today); code != 0 {
		t.Fatalf("audit: exit %d: %s", code, &stderr)
	}
	var out bytes.Buffer
	stderr.Reset()
	code := runWith([]string{"review", "--workspace", ws, "--as-of", "2026-11-25"}, stdio{in: strings.NewReader("q\n"), out: &out, err: &stderr}, today)
	if code != 0 {
		t.Fatalf("review: exit %d: %s", code, &stderr)
	}
	if out.Len() > 4000 {
		t.Errorf("review printed %d bytes for one person", out.Len())
	}
	if !strings.Contains(out.String(), "https://www.facebook.com/search/top/?q=%F0%9F%98%80") {
		t.Errorf("review does not show the link's start")
	}
}
