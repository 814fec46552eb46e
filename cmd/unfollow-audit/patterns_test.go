package main

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// backslashHome is what expandHome makes of p, a path written with
// Windows' separator after the ~: on Windows the home folder's rest; on
// other systems p itself, \ being a letter of a file's name there
// (~\dl\x.zip became a file named dl\x.zip in the home folder),
// as docs/workspace.md says.
func backslashHome(p, rest string) string {
	if runtime.GOOS == "windows" {
		return filepath.Join("/home/ana", rest)
	}
	return p
}

func TestExpandHome(t *testing.T) {
	t.Chdir(t.TempDir())
	home := func() (string, error) { return "/home/ana", nil }
	noHome := func() (string, error) { return "", errors.New("$HOME is not defined") }
	for _, c := range []struct {
		p    string
		home func() (string, error)
		want string
	}{
		// A ~ the shell passed as typed (Windows' shells; bash and zsh
		// after = or in quotes) is the home folder.
		{"~/Downloads/facebook-*.zip", home, filepath.Join("/home/ana", "Downloads/facebook-*.zip")},
		{`~\unfollow-audit`, home, backslashHome(`~\unfollow-audit`, "unfollow-audit")},
		{`~\dl\x.zip`, home, backslashHome(`~\dl\x.zip`, `dl\x.zip`)},
		{"~", home, "/home/ana"},
		// Not a home: ~ana, a name starting with ~, a ~ further on.
		{"~ana/x.zip", home, "~ana/x.zip"},
		{"~notes.csv", home, "~notes.csv"},
		{"dl/~/x.zip", home, "dl/~/x.zip"},
		{"", home, ""},
		// No home folder known: kept.
		{"~/x.zip", noHome, "~/x.zip"},
	} {
		if got := expandHome(c.p, c.home); got != c.want {
			t.Errorf("expandHome(%q) = %q, want %q", c.p, got, c.want)
		}
	}
	// A path that names a file as given is kept: a folder named ~ in the
	// current one.
	if err := os.MkdirAll(filepath.Join("~", "kept"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"~", "~/kept"} {
		if got := expandHome(p, home); got != p {
			t.Errorf("expandHome(%q), a folder of that name there, = %q", p, got)
		}
	}
}
