package audit_test

import (
	"maps"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// TestTracedKeysFile checks that the record of keys traced in older
// history files reads back as written, also as a spreadsheet re-saves it
// (a byte order mark, CRLF), and that a damaged one is refused with its
// line and what to do: delete it.
func TestTracedKeysFile(t *testing.T) {
	traced := map[string]string{
		"facebook:ida-brandt.1600000000": audit.Friend,
		"mastodon:ana@social.example":    "",
		"instagram:noor.h":               audit.Following,
	}
	var b strings.Builder
	if err := audit.WriteTracedKeys(&b, traced); err != nil {
		t.Fatal(err)
	}
	const written = "key,relation\nfacebook:ida-brandt.1600000000,friend\ninstagram:noor.h,following\nmastodon:ana@social.example,\n"
	if b.String() != written {
		t.Errorf("written %q, want %q", b.String(), written)
	}
	const advice = ": the file is damaged: delete it: it only spares the next audit reading the older history files again"
	for _, c := range []struct {
		name, file string
		want       map[string]string
		err        string
	}{
		{"as written", written, traced, ""},
		{"empty", "", nil, "tk.csv: the file is empty (0 bytes"},
		{"header alone", "key,relation\n", map[string]string{}, ""},
		{"bom crlf", "\uFEFF" + strings.ReplaceAll(written, "\n", "\r\n"), traced, ""},
		{"other header", "key;relation\n", nil, "tk.csv: line 1: not a record of keys found in older history files: want the header key,relation: delete it"},
		{"not a key", "key,relation\nfacebook:ida,friend\nida,friend\n", nil, "tk.csv: line 3: want an account key (network:id) and its relation" + advice},
		{"short row", "key,relation\nfacebook:ida\n", nil, "tk.csv: line 2: 1 cells where the header has 2" + advice},
	} {
		got, err := audit.ReadTracedKeys(strings.NewReader(c.file), "tk.csv")
		switch {
		case c.err == "" && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case c.err == "" && !maps.Equal(got, c.want):
			t.Errorf("%s: read %v, want %v", c.name, got, c.want)
		case c.err != "" && (err == nil || !strings.HasPrefix(err.Error(), c.err)):
			t.Errorf("%s: error %v, want one starting %q", c.name, err, c.err)
		}
	}
}
