//go:build unix

package main

import (
	"bytes"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// TestCatchInterrupts sends the test process a SIGINT while a run has
// files written and not committed: the handler must remove them, let the
// workspace's lock go, say so on stderr and exit with 130.
func TestCatchInterrupts(t *testing.T) {
	dir, ws, unlock := lockedWorkspace(t)
	unlocked := false
	txn := ws.Begin()
	if err := txn.Write(workspace.Ledger, ledgerHeader); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	exited := make(chan int, 1)
	in := catchInterrupts(dir, func() { unlocked = true; unlock() }, stdio{err: &stderr}, func(code int) { exited <- code })
	defer in.stop()
	in.writes(txn)
	if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	if code := <-exited; code != 130 {
		t.Errorf("exit status %d, want 130", code)
	}
	if !unlocked {
		t.Error("the workspace's lock was not let go")
	}
	if !strings.Contains(stderr.String(), "interrupted: nothing was written in "+dir) {
		t.Errorf("stderr %q, want it to say the run was interrupted", stderr.String())
	}
	emptyWorkspace(t, dir)
}

// TestCatchInterruptsBeforeTxn sends a SIGINT before the run has begun
// writing: the handler finds no txn, lets the lock go and exits; a run
// that reaches its writes while the process is exiting must write no
// file ("nothing was written", and no temporary copy of the ledger left).
func TestCatchInterruptsBeforeTxn(t *testing.T) {
	dir, ws, unlock := lockedWorkspace(t)
	exited := make(chan int, 1)
	in := catchInterrupts(dir, unlock, stdio{err: io.Discard}, func(code int) { exited <- code })
	defer in.stop()
	if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	if code := <-exited; code != 130 {
		t.Errorf("exit status %d, want 130", code)
	}
	// The run goes on until the process ends: it reaches its writes.
	txn := ws.Begin()
	in.writes(txn)
	if err := txn.Write(workspace.Ledger, ledgerHeader); err == nil {
		t.Error("Write after the interrupt made a file")
	}
	emptyWorkspace(t, dir)
}

// lockedWorkspace opens a workspace in a new folder and locks it.
func lockedWorkspace(t *testing.T) (string, *workspace.Workspace, func()) {
	t.Helper()
	dir := t.TempDir()
	ws, err := workspace.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	unlock, err := ws.Lock()
	if err != nil {
		t.Fatal(err)
	}
	return dir, ws, unlock
}

// ledgerHeader writes a ledger of its header alone.
func ledgerHeader(w io.Writer) error {
	_, err := io.WriteString(w, "person_id\n")
	return err
}

// emptyWorkspace fails t for every file left in dir.
func emptyWorkspace(t *testing.T, dir string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		t.Errorf("%s left in the workspace", e.Name())
	}
}

// TestReviewReaderEndsOnSIGTERM sends a SIGTERM while review waits for a
// line: it ends the session as Ctrl-C does (the summary, exit 130), as
// audit ends on either, instead of the process dying without a word.
func TestReviewReaderEndsOnSIGTERM(t *testing.T) {
	pr, pw := io.Pipe() // a line that never comes
	defer pw.Close()
	lr := newLineReader(pr)
	defer lr.close()
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if _, st := lr.next(); st != readInterrupted {
		t.Errorf("read status %v, want readInterrupted", st)
	}
}

// TestCatchInterruptsSIGHUP sends the SIGHUP of a terminal closed (its
// window, tmux kill-session) while a run has files written and not
// committed: it ends the run as Ctrl-C does, its hidden copies removed,
// where the default killed it and left them in the workspace.
func TestCatchInterruptsSIGHUP(t *testing.T) {
	dir, ws, unlock := lockedWorkspace(t)
	txn := ws.Begin()
	if err := txn.Write(workspace.Ledger, ledgerHeader); err != nil {
		t.Fatal(err)
	}
	exited := make(chan int, 1)
	in := catchInterrupts(dir, unlock, stdio{err: io.Discard}, func(code int) { exited <- code })
	defer in.stop()
	in.writes(txn)
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	if code := <-exited; code != 130 {
		t.Errorf("exit status %d, want 130", code)
	}
	emptyWorkspace(t, dir)
}

// TestReviewReaderEndsOnSIGHUP: a review whose terminal is closed ends
// between two answers, never half way through saving one.
func TestReviewReaderEndsOnSIGHUP(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	lr := newLineReader(pr)
	defer lr.close()
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	if _, st := lr.next(); st != readInterrupted {
		t.Errorf("read status %v, want readInterrupted", st)
	}
}

// TestNotifyEndKeepsIgnored: a run started with SIGHUP ignored (nohup)
// keeps it ignored, to outlive the terminal as it was asked to.
func TestNotifyEndKeepsIgnored(t *testing.T) {
	signal.Ignore(syscall.SIGHUP)
	defer signal.Reset(syscall.SIGHUP)
	c := make(chan os.Signal, 1)
	notifyEnd(c)
	defer signal.Stop(c)
	if !signal.Ignored(syscall.SIGHUP) {
		t.Error("SIGHUP, ignored when the run started, is caught")
	}
}
