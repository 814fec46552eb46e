package main

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestHomeRelative(t *testing.T) {
	t.Chdir(t.TempDir())
	home := func() (string, error) { return "/home/ana", nil }
	noHome := func() (string, error) { return "", errors.New("$HOME is not defined") }
	for _, c := range []struct {
		p, goos string
		home    func() (string, error)
		want    string
	}{
		// Windows' shells pass ~ as typed: it is the home folder.
		{"~/Downloads/facebook-*.zip", "windows", home, filepath.Join("/home/ana", "Downloads/facebook-*.zip")},
		{`~\unfollow-audit`, "windows", home, filepath.Join("/home/ana", "unfollow-audit")},
		{"~", "windows", home, "/home/ana"},
		// Not a home: ~ana, a name starting with ~, a ~ further on.
		{"~ana/x.zip", "windows", home, "~ana/x.zip"},
		{"~notes.csv", "windows", home, "~notes.csv"},
		{"dl/~/x.zip", "windows", home, "dl/~/x.zip"},
		{"", "windows", home, ""},
		// No home folder known: kept.
		{"~/x.zip", "windows", noHome, "~/x.zip"},
		// Elsewhere the shell expands ~, and one left was quoted.
		{"~/Downloads/x.zip", "linux", home, "~/Downloads/x.zip"},
		{"~/Downloads/x.zip", "darwin", home, "~/Downloads/x.zip"},
	} {
		if got := homeRelative(c.p, c.goos, c.home); got != c.want {
			t.Errorf("homeRelative(%q, %s) = %q, want %q", c.p, c.goos, got, c.want)
		}
	}
	// A path that names a file as given is kept: a folder named ~ in the
	// current one.
	if err := os.MkdirAll(filepath.Join("~", "kept"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"~", "~/kept"} {
		if got := homeRelative(p, "windows", home); got != p {
			t.Errorf("homeRelative(%q, windows), a folder of that name there, = %q", p, got)
		}
	}
}
