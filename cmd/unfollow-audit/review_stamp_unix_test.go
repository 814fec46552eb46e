//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// TestStampOfALinkLoop: a ledger.csv that is a link to itself (a loop of
// links) stops a review with one line naming it, as it stops an audit,
// not with Go's "stat ...:" before it.
func TestStampOfALinkLoop(t *testing.T) {
	path := filepath.Join(t.TempDir(), workspace.Ledger)
	if err := os.Symlink(workspace.Ledger, path); err != nil {
		t.Fatal(err)
	}
	_, err := stampOf(path)
	if err == nil || !strings.HasPrefix(err.Error(), path+": ") || strings.Contains(err.Error(), "stat ") {
		t.Errorf("stampOf of a loop of links: %v, want an error starting %q, without stat", err, path+": ")
	}
}
