package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestGitignoreDefaultWorkspace checks that the workspace an audit run in
// the clone makes by default (docs/workspace.md) is ignored by git: it holds
// the names of the people you follow and your notes on them, which a
// "git add -A" in the clone would otherwise take in.
func TestGitignoreDefaultWorkspace(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(repoRoot(t), ".gitignore"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n")
	if want := "/" + defaultWorkspace + "/"; !slices.Contains(lines, want) {
		t.Errorf(".gitignore lacks %s, the default workspace", want)
	}
}
