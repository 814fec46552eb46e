package importers

import (
	"path/filepath"
	"strings"
	"testing"
)

// blueskyCAR returns the start of a repository export as Bluesky's app
// saves it (Settings → Export my data → repo.car): a CAR v1 file, whose
// header is a varint length and the DAG-CBOR map {"roots": [CID],
// "version": 1}, then the blocks (made up here: only the header is
// looked at).
func blueskyCAR() string {
	cid := "\xd8\x2a\x58\x25\x00\x01\x71\x12\x20" + strings.Repeat("\x5a", 32)
	header := "\xa2" + "\x65roots" + "\x81" + cid + "\x67version" + "\x01"
	return string(rune(len(header))) + header + "\x9a\x01\x01\x71\x12\x20" + strings.Repeat("\x07", 40)
}

// Bluesky's export is no list the tool can read (its follows name each
// account by a DID alone, which only Bluesky's servers turn into a
// handle): given, it was "no export found" and a list of some twenty file
// names, none of them Bluesky's, which left a person who had exported
// Bluesky to guess whether they had asked for the wrong file. It is
// named for what it is, with what to do, in one line.
func TestReadBlueskyExportGiven(t *testing.T) {
	t.Run("repo.car alone", func(t *testing.T) {
		p := writeFile(t, filepath.Join(t.TempDir(), "repo.car"), blueskyCAR())
		_, _, err := Read([]string{p}, Options{}, All())
		checkOneLine(t, err, p+": Bluesky's export", "not read", "leave it out")
		if err != nil && strings.Contains(err.Error(), "looked for") {
			t.Errorf("error %q lists the files looked for, not what the file is", err)
		}
	})
	t.Run("renamed, told by its header", func(t *testing.T) {
		p := writeFile(t, filepath.Join(t.TempDir(), "bluesky-backup-2026"), blueskyCAR())
		_, _, err := Read([]string{p}, Options{}, All())
		checkOneLine(t, err, p+": Bluesky's export", "leave it out")
	})
	t.Run("in a folder that holds no export", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "bsky")
		writeFile(t, filepath.Join(dir, "repo.car"), blueskyCAR())
		_, _, err := Read([]string{dir}, Options{}, All())
		checkOneLine(t, err, dir+": no export found", "holds Bluesky's export, "+filepath.Join(dir, "repo.car"), "leave it out")
	})
	t.Run("given by name beside an export", func(t *testing.T) {
		dir := t.TempDir()
		conns := writeFile(t, filepath.Join(dir, "following_accounts.csv"), "Account address,Show boosts\nada@example.social,true\n")
		car := writeFile(t, filepath.Join(dir, "repo.car"), blueskyCAR())
		_, _, err := Read([]string{conns, car}, Options{}, All())
		checkOneLine(t, err, car+": Bluesky's export", "give the folder")
	})
	t.Run("in a folder beside an export, passed over", func(t *testing.T) {
		dir := t.TempDir()
		writeFile(t, filepath.Join(dir, "following_accounts.csv"), "Account address,Show boosts\nada@example.social,true\n")
		writeFile(t, filepath.Join(dir, "repo.car"), blueskyCAR())
		accounts, _, err := Read([]string{dir}, Options{}, All())
		if err != nil || len(accounts) != 1 {
			t.Fatalf("got %d accounts, error %v; want the Mastodon account, the CAR file passed over", len(accounts), err)
		}
	})
	t.Run("another file named .car is no export", func(t *testing.T) {
		p := writeFile(t, filepath.Join(t.TempDir(), "model.car"), "not a content archive")
		_, _, err := Read([]string{p}, Options{}, All())
		checkOneLine(t, err, p+": no export found")
		if err != nil && strings.Contains(err.Error(), "Bluesky's") {
			t.Errorf("error %q calls a file that is no CAR archive Bluesky's", err)
		}
	})
}
