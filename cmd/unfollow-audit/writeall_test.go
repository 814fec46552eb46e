package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// A write started early (the ledger) is waited for, its error comes first
// as the first file's, and Abort then leaves nothing behind, whatever
// finished first.
func TestWriteAllWithAStartedWrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ws")
	ws, err := workspace.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	txn := ws.Begin()
	release := make(chan struct{})
	ledgerErr := errors.New("ledger failed")
	ledger := startWrite(txn, output{name: workspace.Ledger, fn: func(w io.Writer) error {
		<-release // still writing while the others are
		io.WriteString(w, "half a ledger")
		return ledgerErr
	}}, false)
	later := errors.New("keep failed")
	outs := []output{
		ledger,
		{name: "keep.csv", fn: func(w io.Writer) error { close(release); return later }},
		{name: "unfollow.csv", fn: func(w io.Writer) error { _, err := io.WriteString(w, "x"); return err }},
	}
	if err := writeAll(txn, outs); !errors.Is(err, ledgerErr) {
		t.Fatalf("writeAll = %v, want the ledger's error first", err)
	}
	if err := ledger.wait(); !errors.Is(err, ledgerErr) {
		t.Errorf("wait = %v, want the ledger's error again", err)
	}
	txn.Abort()
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		entries, _ := os.ReadDir(dir)
		t.Errorf("workspace left behind after Abort: %v", entries)
	}
}
