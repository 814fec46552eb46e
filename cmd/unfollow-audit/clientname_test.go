package main

import (
	"path/filepath"
	"testing"
)

// TestClientName: report.html says the workspace's folder name, not its
// path, and nothing for the default workspace, which names no one.
func TestClientName(t *testing.T) {
	for dir, want := range map[string]string{
		filepath.Join("clients", "ana-lima"):       "ana-lima",
		filepath.Join("clients", "ana-lima") + "/": "ana-lima",
		defaultWorkspace:                           "",
		filepath.Join("home", defaultWorkspace):    "",
	} {
		if got := clientName(dir); got != want {
			t.Errorf("clientName(%q) = %q, want %q", dir, got, want)
		}
	}
}
