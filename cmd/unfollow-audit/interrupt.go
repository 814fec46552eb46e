package main

import (
	"fmt"
	"os"
	"os/signal"
	"sync"
	"syscall"

	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// interrupts ends a run that is interrupted (Ctrl-C, a SIGHUP from a
// closing terminal, or a SIGTERM from a service manager) with the
// workspace as it was:
// the run's temporary files removed (workspace.Txn.Interrupt), its lock let
// go, a line on stderr, and exit status 130. Left to the default, the
// process died where it was, leaving hidden copies of the ledger and the
// reports beside them, and, in the last split second, some of the run's
// files in place and others not. A run interrupted while it puts its
// files in place finishes doing so, and ends as it would have.
type interrupts struct {
	mu  sync.Mutex
	txn *workspace.Txn // nil until the run writes
	// fired is set when an interrupt came: a txn given after it (the
	// run reached its writes while the process was exiting) is
	// interrupted at once, and writes nothing.
	fired bool
	// forward, once the run hands its interrupts over (see handOver),
	// takes a signal the handler got before it, instead of the handler.
	forward chan<- os.Signal
	sigs    chan os.Signal
	done    chan struct{}
	over    chan struct{} // closed when the handler has done
	// ready is closed once the run has opened and locked its workspace
	// (see locked), unlock its lock's release from then on.
	ready  chan struct{}
	unlock func()
}

// catchInterrupts starts catching interrupts for a run in the workspace
// dir, whose lock unlock lets go. Call stop when the run ends.
func catchInterrupts(dir string, unlock func(), std stdio, exit func(int)) *interrupts {
	in := catchEarly(dir, std, exit)
	in.locked(unlock)
	return in
}

// catchEarly starts catching interrupts for a run in the workspace dir
// before it opens and locks it: call locked with the lock's release once
// it has. Open checks that the folder takes new files with a hidden
// .write-check.NNN.tmp, made and removed at once; a Ctrl-C pressed as
// the run started, left to the default there, killed the process with
// that file in the workspace, and said nothing. An interrupt caught
// before locked waits for it, then ends the run as any does; one caught
// before a run that stops first (Open or Lock failed, and said why) is
// dropped with it. A second one before locked ends the run at once: the
// folder has not answered yet. Call stop when the run ends.
func catchEarly(dir string, std stdio, exit func(int)) *interrupts {
	in := &interrupts{sigs: make(chan os.Signal, 1), done: make(chan struct{}), over: make(chan struct{}), ready: make(chan struct{})}
	notifyEnd(in.sigs)
	go func() {
		defer close(in.over)
		var sig os.Signal
		select {
		case sig = <-in.sigs:
		case <-in.done:
			return
		}
		select {
		case <-in.ready:
		case <-in.done:
			return
		case <-in.sigs:
			// A second interrupt while Open or Lock has not returned: the
			// folder is slow to answer (a network share stalled, a drive
			// spinning up), and the person asks again to stop. Waiting
			// on would leave Ctrl-C doing nothing for as long as it
			// takes. Nothing of the run is written yet; what Open or
			// Lock may leave (a .write-check file, the lock file) the
			// next run clears (isRunTemp; the lock is the system's).
			fmt.Fprintf(std.err, "unfollow-audit: interrupted again before %s answered: nothing of the run was written there\n", dir)
			exit(130)
			return
		}
		in.mu.Lock()
		if fwd := in.forward; fwd != nil {
			in.mu.Unlock()
			select {
			case fwd <- sig:
			default: // it has one already: the same signal, or one before
			}
			return
		}
		txn, unlock := in.txn, in.unlock
		in.fired = true
		in.mu.Unlock()
		if txn != nil && !txn.Interrupt() {
			return // its files are in place: the run ends by itself
		}
		unlock()
		// On a terminal the progress line may be showing (or the ^C the
		// terminal echoed): the message starts a line of its own.
		clear := ""
		if escapesShown(std.errTTY) {
			clear = "\r\x1b[K"
		}
		fmt.Fprintf(std.err, "%sunfollow-audit: interrupted: nothing was written in %s, which is as it was\n", clear, dir)
		exit(130)
	}()
	return in
}

// notifyEnd has c told of the signals that end a run or a review as
// Ctrl-C does: SIGINT, SIGTERM, and the SIGHUP of a terminal closed (its
// window, an ssh session dropped, tmux kill-session), which, left to its
// default, killed the process half way through writing its files,
// leaving their hidden copies in the workspace. A signal the process was
// started ignoring (SIGHUP under nohup, SIGINT for a job a script put in
// the background) stays ignored: Notify would otherwise catch it, and the
// run, meant to outlive the terminal, would end with it.
func notifyEnd(c chan<- os.Signal) {
	var sigs []os.Signal
	for _, sig := range []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP} {
		if !signal.Ignored(sig) {
			sigs = append(sigs, sig)
		}
	}
	if len(sigs) > 0 {
		signal.Notify(c, sigs...)
	}
}

// locked has an interrupt, from now on and one caught before, end the
// run: its workspace is open and locked, unlock the lock's release.
func (in *interrupts) locked(unlock func()) {
	in.mu.Lock()
	in.unlock = unlock
	in.mu.Unlock()
	close(in.ready)
}

// writes has an interrupt from now on end txn (see Txn.Interrupt).
func (in *interrupts) writes(txn *workspace.Txn) {
	in.mu.Lock()
	in.txn = txn
	fired := in.fired
	in.mu.Unlock()
	if fired {
		// The interrupt found no txn and is ending the process: this one
		// must make no file it would leave behind.
		txn.Interrupt()
	}
}

// handOver has the interrupts caught from now on go to c, whose
// receiver ends the run its own way (review's reader ends the session
// between two answers), c told of the signals already (see notifyEnd):
// there is no moment when a signal is caught by neither, nor one caught
// by both. A signal the handler got before is sent on c. It returns
// false where the handler has taken an interrupt already: it has let
// the lock go and said nothing was written, and the process is ending;
// the run must not go on (handOver returns once the handler is done,
// which is never in the process: the handler exits).
func (in *interrupts) handOver(c chan<- os.Signal) bool {
	signal.Stop(in.sigs)
	in.mu.Lock()
	fired := in.fired
	if !fired {
		in.forward = c
	}
	in.mu.Unlock()
	if fired {
		<-in.over
		return false
	}
	return true
}

// stop stops catching interrupts: the run is over.
func (in *interrupts) stop() {
	signal.Stop(in.sigs)
	close(in.done)
}
