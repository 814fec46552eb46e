package main

import (
	"runtime/debug"
	"strings"
	"testing"
)

// The version line says which build a person runs, for a report of a
// problem: the commit and its day where go build stamped them (a build
// in a clone), the module's version where go install took one.
func TestVersionLine(t *testing.T) {
	// Go 1.24 on stamps a build in a clone with a pseudo-version too,
	// which says the commit less plainly than its settings.
	stamped := func(settings ...string) *debug.BuildInfo {
		version := "(devel)"
		if len(settings) > 0 {
			version = "v0.0.0-20261207174012-e5f3898a1b2c+dirty"
		}
		info := &debug.BuildInfo{Main: debug.Module{Path: "github.com/unfollow-audit/unfollow-audit", Version: version}}
		for i := 0; i+1 < len(settings); i += 2 {
			info.Settings = append(info.Settings, debug.BuildSetting{Key: settings[i], Value: settings[i+1]})
		}
		return info
	}
	for _, c := range []struct {
		name string
		info *debug.BuildInfo
		want string
	}{
		{"a build in a clone", stamped("vcs.revision", "e5f3898a1b2c3d4e5f60718293a4b5c6d7e8f901", "vcs.time", "2026-12-07T17:40:12Z", "vcs.modified", "false"),
			"unfollow-audit e5f3898a1b2c (2026-12-07)"},
		{"a build with changes not committed", stamped("vcs.revision", "e5f3898a1b2c3d4e5f60718293a4b5c6d7e8f901", "vcs.time", "2026-12-07T17:40:12Z", "vcs.modified", "true"),
			"unfollow-audit e5f3898a1b2c (2026-12-07), with changes not committed"},
		{"go install of a version", &debug.BuildInfo{Main: debug.Module{Path: "github.com/unfollow-audit/unfollow-audit", Version: "v1.2.0"}},
			"unfollow-audit v1.2.0"},
		{"no stamp (go run, go build -buildvcs=false)", stamped(),
			"unfollow-audit (a build of no known commit)"},
		{"no build information", nil,
			"unfollow-audit (a build of no known commit)"},
	} {
		if got := versionLine(c.info); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// --version and version print that line on stdout, exit 0: the usage
// said "unknown command" and exit 2.
func TestVersionCommand(t *testing.T) {
	for _, args := range [][]string{{"--version"}, {"version"}} {
		var stdout, stderr strings.Builder
		code := run(args, stdio{out: &stdout, err: &stderr})
		if code != exitOK || !strings.HasPrefix(stdout.String(), "unfollow-audit ") || strings.Count(stdout.String(), "\n") != 1 || stderr.Len() != 0 {
			t.Errorf("%q: exit %d, stdout %q, stderr %q: want 0 and one line", args, code, stdout.String(), stderr.String())
		}
	}
	var stdout, stderr strings.Builder
	if code := run([]string{"version", "x"}, stdio{out: &stdout, err: &stderr}); code != exitUsage || !strings.Contains(stderr.String(), "version takes no arguments") {
		t.Errorf("version x: exit %d, stderr %q: want %d and that it takes none", code, stderr.String(), exitUsage)
	}
	stdout.Reset()
	if code := run([]string{"--version"}, stdio{out: failWriter{}, err: &stderr}); code != exitError {
		t.Errorf("--version to a full disk: exit %d, want %d", code, exitError)
	}
}
