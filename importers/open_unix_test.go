//go:build unix

package importers

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A pipe given as an export (<(unzip -p ...)) is refused as not a file,
// not as an empty one: its size is 0 whatever it holds.
func TestOpenRefusesPipes(t *testing.T) {
	p := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(p, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	_, err := Open([]string{p}, Options{})
	if err == nil || !strings.Contains(err.Error(), p+": not a file (a pipe or a device): save the export to a file") {
		t.Errorf("error %v, want the pipe named as not a file", err)
	}
}

// A link in a folder given whose target is gone (a download moved away,
// a link to a link to itself) is named as such when it is read: a zip's
// was said to be empty, "download it again", and a list's "cannot open:
// no such file or directory", of a file the folder lists.
func TestOpenFolderBrokenLinks(t *testing.T) {
	dir := t.TempDir()
	if err := os.Symlink(filepath.Join(dir, "gone", "export.zip"), filepath.Join(dir, "export.zip")); err != nil {
		t.Fatal(err)
	}
	_, err := Open([]string{dir}, Options{})
	if err == nil || !strings.Contains(err.Error(), "export.zip: cannot read: a symbolic link to "+filepath.Join(dir, "gone", "export.zip")+", which does not exist") {
		t.Errorf("a zip's broken link: error %v, want it named a link to what does not exist", err)
	}

	dir = t.TempDir()
	if err := os.Symlink("following_accounts.csv", filepath.Join(dir, "following_accounts.csv")); err != nil {
		t.Fatal(err)
	}
	in, err := Open([]string{dir}, Options{})
	if err != nil {
		t.Fatalf("a list's link is read when the list is: %v", err)
	}
	defer in.Close()
	f := fileAt(t, in, "following_accounts.csv")
	if _, err := f.Open(); err == nil || !strings.Contains(err.Error(), "following_accounts.csv: cannot read: a symbolic link to following_accounts.csv, which cannot be read (") {
		t.Errorf("a link to itself: error %v, want it named a link that cannot be read", err)
	}
}

// A pipe or a device in a folder given, named as an export's list, is
// refused as not a file when the list is read, as one given by name is;
// it was passed over without a word, and the network audited without
// that list. It is never opened: opening a pipe waits for a writer.
func TestOpenFolderPipeNamedAsList(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "following_accounts.csv")
	if err := syscall.Mkfifo(p, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	in, err := Open([]string{dir}, Options{})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer in.Close()
	f := fileAt(t, in, "following_accounts.csv")
	if _, err := f.Open(); err == nil || !strings.Contains(err.Error(), p+": not a file (a pipe or a device): save the export to a file and give that") {
		t.Errorf("error %v, want the pipe named as not a file", err)
	}
}

// fileAt returns the file of in at path rel, failing the test if none.
func fileAt(t *testing.T, in *Inputs, rel string) *File {
	t.Helper()
	for _, f := range in.Files {
		if f.Path == rel {
			return f
		}
	}
	t.Fatalf("no file %s among %d", rel, len(in.Files))
	return nil
}

// A pipe in a folder given under the name of a download in progress of a
// list (following_accounts.csv.part) is never opened either: the head of
// such a download is read to tell whether it is an export's list, and
// opening a pipe waits for a writer, so the run hung there for good.
func TestOpenFolderPipeNamedAsDownload(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "following_accounts.csv.part")
	if err := syscall.Mkfifo(p, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	_, err := Import([]string{dir}, Options{}, All())
	if err == nil || !strings.Contains(err.Error(), p+": ") {
		t.Errorf("error %v, want one naming %s", err, p)
	}
}
