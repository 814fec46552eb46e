package importers

import (
	"os"
	"path/filepath"
	"testing"
)

// writeTree writes files (slash-separated path → content) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// Claimed hears once, before anything is read, the bytes of the files the
// importers claimed: not those of the photos beside them.
func TestReadTellsClaimedBytes(t *testing.T) {
	dir := t.TempDir()
	following := `window.YTD.following.part0 = [ { "following" : { "accountId" : "12", "userLink" : "https://twitter.com/intent/user?user_id=12" } } ]`
	files := map[string]string{
		"data/following.js":         following,
		"data/follower.js":          `window.YTD.follower.part0 = [ ]`,
		"data/tweets_media/1-a.jpg": "not a photo, but long enough to count if it were counted",
		"Your archive.html":         "<html></html>",
	}
	writeTree(t, dir, files)
	var calls int
	var got int64
	accs, _, err := Read([]string{dir}, Options{Claimed: func(n int64) { calls++; got = n }}, All())
	if err != nil {
		t.Fatal(err)
	}
	if len(accs) != 1 {
		t.Errorf("%d accounts, want 1", len(accs))
	}
	want := int64(len(following) + len(files["data/follower.js"]))
	if calls != 1 || got != want {
		t.Errorf("Claimed called %d times, last with %d bytes; want once, with %d", calls, got, want)
	}
}

// A folder holding an export and unrelated files reads the export: a
// website's script that happens to be called account.js is not a Twitter
// archive with its lists missing.
func TestReadLeavesUnrelatedScripts(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"Connections.csv": "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
			"Lena,Vogt,https://www.linkedin.com/in/lena-vogt,,Acme,Engineer,16 Mar 2021\n",
		"site/js/account.js":   "(function () {\n  var account = {};\n})();\n",
		"site/js/following.js": "export const following = [];\n",
	})
	accs, err := Import([]string{dir}, Options{}, All())
	if err != nil {
		t.Fatal(err)
	}
	if len(accs) != 1 || accs[0].Network != "linkedin" {
		t.Errorf("accounts %+v, want the one LinkedIn connection", accs)
	}
}
