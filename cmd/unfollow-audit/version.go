package main

import (
	"fmt"
	"runtime/debug"
	"strings"
)

// runVersion prints which build this is, on one line: there is no
// release number, and a report of a problem needs the commit. Given
// anything more, it is a usage error, as formats is.
func runVersion(args []string, std stdio) int {
	fs := newFlags("version", "version", std)
	if code, ok := parse(fs, args, std); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(fs, std, "version takes no arguments")
	}
	info, _ := debug.ReadBuildInfo()
	if _, err := fmt.Fprintln(std.out, versionLine(info)); err != nil {
		return fail(std, err)
	}
	return exitOK
}

// versionLine names the build info describes: the commit go build
// stamped in a clone, its first 12 digits and its day, and whether files
// were changed since (Go's pseudo-version of it, v0.0.0-2026...-e5f3898a1b2c+dirty,
// says so less plainly); else the module's version, where go install
// took one (v1.2.0); else that no commit is known (go run, or a build
// without version control: -buildvcs=false, a copy of the source).
func versionLine(info *debug.BuildInfo) string {
	const name = "unfollow-audit"
	if info == nil {
		return name + " (a build of no known commit)"
	}
	var rev, day string
	modified := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			day, _, _ = strings.Cut(s.Value, "T")
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if rev == "" {
		if v := info.Main.Version; v != "" && v != "(devel)" {
			return name + " " + v
		}
		return name + " (a build of no known commit)"
	}
	line := name + " " + rev[:min(len(rev), 12)]
	if day != "" {
		line += " (" + day + ")"
	}
	if modified {
		line += ", with changes not committed"
	}
	return line
}
