package main

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The table of each command's flags, which the message for a flag given
// to the wrong command names, is what each command's help shows: a flag
// added to a command and not to the table would be said taken by no one.
func TestCommandFlagsAreTheHelps(t *testing.T) {
	long := regexp.MustCompile(`(?m)^\s+(?:-(\w), )?--([a-z-]+)`)
	seenShort := map[string]string{}
	for _, cmd := range commandNames() {
		var stdout, stderr strings.Builder
		if code := run([]string{cmd, "--help"}, stdio{out: &stdout, err: &stderr}); code != exitOK {
			t.Fatalf("%s --help: exit %d, stderr %q", cmd, code, stderr.String())
		}
		var shown []string
		for _, m := range long.FindAllStringSubmatch(stdout.String(), -1) {
			shown = append(shown, m[2])
			if m[1] != "" {
				seenShort[m[1]] = m[2]
			}
		}
		want := slices.Clone(commandFlags()[cmd])
		slices.Sort(shown)
		slices.Sort(want)
		if !slices.Equal(shown, want) {
			t.Errorf("%s: its help shows %q, commandFlags says %q", cmd, shown, want)
		}
	}
	for s, l := range shorthands() {
		if seenShort[s] != l {
			t.Errorf("shorthands says -%s is --%s; the helps show -%s as %q", s, l, s, seenShort[s])
		}
	}
	if len(seenShort) != len(shorthands()) {
		t.Errorf("the helps show shorthands %v, shorthands says %v", seenShort, shorthands())
	}
}

func TestNearest(t *testing.T) {
	names := []string{"audit", "review", "import", "formats", "help"}
	for _, c := range []struct{ typed, want string }{
		{"audti", "audit"}, {"adit", "audit"}, {"AUDIT", "audit"}, {"rev", "review"},
		{"reveiw", "review"}, {"hlep", "help"}, {"frobnicate", ""},
		// The start of one command alone.
		{"form", "formats"},
		// Within two edits of none.
		{"x", ""},
		// Too short a start to be one command's.
		{"re", ""},
	} {
		if got := nearest(c.typed, names); got != c.want {
			t.Errorf("nearest(%q) = %q, want %q", c.typed, got, c.want)
		}
	}
	// Two as near: no guess.
	if got := nearest("ab", []string{"ac", "ad"}); got != "" {
		t.Errorf("nearest between two as near = %q, want none", got)
	}
}
