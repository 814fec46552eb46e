//go:build unix

package main

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// TestCatchInterrupts sends the test process a SIGINT while a run has
// files written and not committed: the handler must remove them, let the
// workspace's lock go, say so on stderr and exit with 130.
func TestCatchInterrupts(t *testing.T) {
	caught(t, syscall.SIGINT)
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
	if strings.Contains(stderr.String(), "\x1b") {
		t.Errorf("stderr %q, not a terminal: want no escape sequence", stderr.String())
	}
	emptyWorkspace(t, dir)
}

// TestCatchInterruptsOnATerminal: on a terminal, where the progress line
// may be showing, the message clears the line first rather than being
// written after the line's text.
func TestCatchInterruptsOnATerminal(t *testing.T) {
	caught(t, syscall.SIGINT)
	for _, tt := range []struct {
		term, want string
	}{
		{"xterm-256color", "\r\x1b[Kunfollow-audit: interrupted: "},
		{"dumb", "unfollow-audit: interrupted: "},
	} {
		t.Run(tt.term, func(t *testing.T) {
			t.Setenv("TERM", tt.term)
			dir, _, unlock := lockedWorkspace(t)
			var stderr bytes.Buffer
			exited := make(chan int, 1)
			in := catchInterrupts(dir, unlock, stdio{err: &stderr, errTTY: true}, func(code int) { exited <- code })
			defer in.stop()
			if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
				t.Fatal(err)
			}
			<-exited
			if !strings.HasPrefix(stderr.String(), tt.want) {
				t.Errorf("stderr %q, want it to start %q", stderr.String(), tt.want)
			}
		})
	}
}

// TestCatchInterruptsBeforeTxn sends a SIGINT before the run has begun
// writing: the handler finds no txn, lets the lock go and exits; a run
// that reaches its writes while the process is exiting must write no
// file ("nothing was written", and no temporary copy of the ledger left).
func TestCatchInterruptsBeforeTxn(t *testing.T) {
	caught(t, syscall.SIGINT)
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
	caught(t, syscall.SIGHUP)
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
	caught(t, syscall.SIGHUP)
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

// TestNotifyEndKeepsIgnored: a run started with SIGHUP and SIGINT ignored
// (nohup; a job a script put in the background) keeps them ignored, to
// outlive the terminal as it was asked to, and still ends on a SIGTERM.
// The test runs itself again with both ignored from its start, as nohup
// starts a run: ignoring them in this process would be for good, as
// signal.Reset does not undo signal.Ignore, and every test sending one
// after it (-count=2, -shuffle) waited for it forever.
func TestNotifyEndKeepsIgnored(t *testing.T) {
	if os.Getenv("UNFOLLOW_AUDIT_TEST_IGNORED") == "" {
		sh, err := exec.LookPath("sh")
		if err != nil {
			t.Skip("no sh to start the test with SIGHUP ignored")
		}
		cmd := exec.Command(sh, "-c", `trap "" HUP INT; exec "$0" -test.run='^TestNotifyEndKeepsIgnored$' -test.count=1 -test.v`, os.Args[0])
		cmd.Env = append(os.Environ(), "UNFOLLOW_AUDIT_TEST_IGNORED=1")
		out, err := cmd.CombinedOutput()
		if err != nil || !bytes.Contains(out, []byte("--- PASS: TestNotifyEndKeepsIgnored")) {
			t.Fatalf("the test started with SIGHUP and SIGINT ignored: %v\n%s", err, out)
		}
		return
	}
	for _, sig := range []os.Signal{syscall.SIGHUP, syscall.SIGINT} {
		if !signal.Ignored(sig) {
			t.Fatalf("%v is not ignored from the start", sig)
		}
	}
	c := make(chan os.Signal, 1)
	notifyEnd(c)
	defer signal.Stop(c)
	for _, sig := range []syscall.Signal{syscall.SIGHUP, syscall.SIGINT} {
		if !signal.Ignored(sig) {
			t.Errorf("%v, ignored when the run started, is caught", sig)
		}
		if err := syscall.Kill(os.Getpid(), sig); err != nil {
			t.Fatal(err)
		}
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if got := <-c; got != syscall.SIGTERM {
		t.Errorf("caught %v, want SIGTERM alone", got)
	}
}

// caught skips a test that sends the process sig where the process was
// started with it ignored (go test run under nohup): a run keeps it
// ignored (see notifyEnd), and the test would wait for it forever.
func caught(t *testing.T, sig os.Signal) {
	t.Helper()
	if signal.Ignored(sig) {
		t.Skipf("%v is ignored in this process (started under nohup?)", sig)
	}
}

// TestReviewInterruptedWhileLoading sends a SIGINT, then a SIGHUP, while
// review reads the workspace and the exports, before its first question:
// each ends it as it ends an audit, its lock let go (the file removed),
// nothing written, a line on stderr and status 130, where the default
// killed the process and left the lock file behind.
func TestReviewInterruptedWhileLoading(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			caught(t, sig)
			dir := t.TempDir()
			var stderr bytes.Buffer
			exited := make(chan int, 1)
			var code int
			var locked, unlockedOnExit bool
			open := func(string, audit.Rules, []string, stdio, *progress) (*reviewSession, error) {
				_, err := os.Stat(filepath.Join(dir, workspace.LockFile))
				locked = err == nil
				if err := syscall.Kill(os.Getpid(), sig); err != nil {
					t.Fatal(err)
				}
				code = <-exited // the process ends here
				_, err = os.Stat(filepath.Join(dir, workspace.LockFile))
				unlockedOnExit = errors.Is(err, fs.ErrNotExist)
				return nil, errors.New("the test's review read on after its exit")
			}
			reviewWith([]string{"--workspace", dir, "--as-of", "2026-03-01"}, stdio{in: strings.NewReader(""), out: io.Discard, err: &stderr},
				time.Now, reviewSeams{exit: func(c int) { exited <- c }, open: open})
			if !locked {
				t.Fatal("the workspace was not locked while the review loaded")
			}
			if code != 130 {
				t.Errorf("exit status %d, want 130", code)
			}
			if !unlockedOnExit {
				t.Error("the lock file was left in the workspace")
			}
			first, _, _ := strings.Cut(stderr.String(), "\n")
			if want := "unfollow-audit: interrupted: nothing was written in " + dir + ", which is as it was"; first != want {
				t.Errorf("stderr starts %q, want %q", first, want)
			}
			emptyWorkspace(t, dir)
		})
	}
}

// TestReviewInterruptedJustBeforeItsFirstQuestion sends a SIGINT that the
// loading's handler takes as the review finishes loading: the handler has
// let the lock go, said "nothing was written" and is ending the process.
// The review must ask nothing and save no answer then (the lines of an
// answers file, read at once, were saved into a ledger no longer locked,
// while the process exited under them), and ends with status 130.
func TestReviewInterruptedJustBeforeItsFirstQuestion(t *testing.T) {
	caught(t, syscall.SIGINT)
	dir := filepath.Join(t.TempDir(), "ws")
	today := func() time.Time { return time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC) }
	tw := filepath.Join(repoRoot(t), "testdata", "sample", "twitter-2026-11-20-5f1c0e7a9b3d2c4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e.zip")
	var stderr bytes.Buffer
	if code := runWith([]string{"audit", "--workspace", dir, tw}, stdio{out: io.Discard, err: &stderr}, today); code != 0 {
		t.Fatalf("audit: exit %d: %s", code, &stderr)
	}
	ledger := filepath.Join(dir, workspace.Ledger)
	before, err := os.ReadFile(ledger)
	if err != nil {
		t.Fatal(err)
	}
	stderr.Reset()
	exited := make(chan int, 2)
	open := func(dir string, rules audit.Rules, exports []string, std stdio, prog *progress) (*reviewSession, error) {
		s, err := openReview(dir, rules, exports, std, prog)
		if err != nil {
			return nil, err
		}
		if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
			t.Fatal(err)
		}
		if code := <-exited; code != 130 { // the loading's handler is ending the process
			t.Errorf("the handler's exit status %d, want 130", code)
		}
		return s, nil
	}
	var stdout bytes.Buffer
	code := reviewWith([]string{"--workspace", dir}, stdio{in: strings.NewReader("m\nm\nm\n"), out: &stdout, err: &stderr},
		today, reviewSeams{exit: func(c int) { exited <- c }, open: open})
	if code != 130 {
		t.Errorf("exit status %d, want 130", code)
	}
	if strings.Contains(stdout.String(), "> ") {
		t.Errorf("the review asked on after the interrupt:\n%s", stdout.String())
	}
	after, err := os.ReadFile(ledger)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(after, before) {
		t.Errorf("the ledger was written after the interrupt said nothing was:\n%s", after)
	}
	if n := strings.Count(stderr.String(), "interrupted"); n != 1 {
		t.Errorf("stderr says %d times it was interrupted, want once:\n%s", n, &stderr)
	}
}

// TestHandOverPassesOnASignalCaughtBefore: a signal delivered to the
// loading's handler just before review hands its interrupts to the
// reader, but taken by the handler after, goes to the reader, which ends
// the session between two answers; the handler neither ends the process
// nor lets the lock go under the session, nor is the signal lost (the
// reader was not told of it: it came before the reader listened).
func TestHandOverPassesOnASignalCaughtBefore(t *testing.T) {
	exited := make(chan int, 1)
	unlocked := false
	in := catchInterrupts(t.TempDir(), func() { unlocked = true }, stdio{err: io.Discard}, func(code int) { exited <- code })
	reader := make(chan os.Signal, 1)
	if !in.handOver(reader) {
		t.Fatal("handOver: interrupted, with no signal sent")
	}
	in.sigs <- syscall.SIGINT // delivered before the handover, taken after
	if got := <-reader; got != syscall.SIGINT {
		t.Errorf("the reader got %v, want SIGINT", got)
	}
	in.stop()
	<-in.over
	if unlocked || len(exited) > 0 {
		t.Errorf("the loading's handler ended the run after the handover (lock let go: %v)", unlocked)
	}
}

// TestCatchInterruptsBeforeTheWorkspaceIsOpened sends a SIGINT before the
// run has opened and locked its workspace: Open checks the folder takes
// new files with a hidden .write-check.NNN.tmp, and the process, killed
// by the default there (a Ctrl-C pressed as the run starts), left it in
// the workspace, said nothing and exited by the signal. Caught from
// before Open, the interrupt waits for the lock, then ends the run as
// any: nothing left, the lock let go, a line on stderr, status 130.
func TestCatchInterruptsBeforeTheWorkspaceIsOpened(t *testing.T) {
	caught(t, syscall.SIGINT)
	dir := t.TempDir()
	var stderr bytes.Buffer
	exited := make(chan int, 1)
	in := catchEarly(dir, stdio{err: &stderr}, func(code int) { exited <- code })
	defer in.stop()
	if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	ws, err := workspace.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	unlock, err := ws.Lock()
	if err != nil {
		t.Fatal(err)
	}
	in.locked(unlock)
	if code := <-exited; code != 130 {
		t.Errorf("exit status %d, want 130", code)
	}
	if !strings.Contains(stderr.String(), "interrupted: nothing was written in "+dir) {
		t.Errorf("stderr %q, want it to say the run was interrupted", stderr.String())
	}
	emptyWorkspace(t, dir)
}

// TestSecondInterruptBeforeTheWorkspaceAnswers: a Ctrl-C caught before
// the workspace is opened and locked waits for them; pressed again while
// they have not returned (a stalled network share), it ends the run at
// once rather than being dropped, which left Ctrl-C doing nothing until
// the folder answered. On the old code the test waits for an exit that
// never comes (go test's timeout).
func TestSecondInterruptBeforeTheWorkspaceAnswers(t *testing.T) {
	dir := t.TempDir()
	var stderr bytes.Buffer
	exited := make(chan int, 1)
	in := catchEarly(dir, stdio{err: &stderr}, func(code int) { exited <- code })
	defer in.stop()
	in.sigs <- os.Interrupt
	in.sigs <- os.Interrupt // taken only once the handler has the first
	if code := <-exited; code != 130 {
		t.Errorf("exit status %d, want 130", code)
	}
	if want := "interrupted again before " + dir + " answered: nothing of the run was written there\n"; !strings.HasSuffix(stderr.String(), want) {
		t.Errorf("stderr %q, want it to end %q", stderr.String(), want)
	}
}
