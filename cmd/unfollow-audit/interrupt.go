package main

import (
	"fmt"
	"os"
	"os/signal"
	"sync"
	"syscall"

	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// interrupts ends a run that is interrupted (Ctrl-C, or a SIGTERM from a
// closing terminal or a service manager) with the workspace as it was:
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
	sigs  chan os.Signal
	done  chan struct{}
}

// catchInterrupts starts catching interrupts for a run in the workspace
// dir, whose lock unlock lets go. Call stop when the run ends.
func catchInterrupts(dir string, unlock func(), std stdio, exit func(int)) *interrupts {
	in := &interrupts{sigs: make(chan os.Signal, 1), done: make(chan struct{})}
	signal.Notify(in.sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case <-in.sigs:
		case <-in.done:
			return
		}
		in.mu.Lock()
		txn := in.txn
		in.fired = true
		in.mu.Unlock()
		if txn != nil && !txn.Interrupt() {
			return // its files are in place: the run ends by itself
		}
		unlock()
		fmt.Fprintf(std.err, "unfollow-audit: interrupted: nothing was written in %s, which is as it was\n", dir)
		exit(130)
	}()
	return in
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

// stop stops catching interrupts: the run is over.
func (in *interrupts) stop() {
	signal.Stop(in.sigs)
	close(in.done)
}
