package main

import (
	"io"
	"sync"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// removeStale has the run remove batch lists and the Mastodon keep list of
// an earlier run that this run does not write again: a stale list would
// have the person unfollow on old decisions. It reports whether the
// Mastodon keep list is among them: a run whose exports hold no Mastodon
// follows removes the one an earlier audit wrote, which the person may
// mean to import, and says so (see keepRemovedNote); the batches of a run
// without --batch-size go without a word, as docs/reaudit.md says.
func removeStale(ws *workspace.Workspace, txn *workspace.Txn, writes []output) (keepRemoved bool, err error) {
	// The names written, looked up once each: searched through the
	// writes for each file found, a re-audit in batches of 5 (21,700
	// files found, as many written) compared names half a billion times.
	written := make(map[string]bool, len(writes))
	for _, o := range writes {
		written[o.name] = true
		if o.with != "" {
			written[o.with] = true
		}
	}
	for _, pattern := range []string{"unfollow-*.csv", mastodonKeep} {
		names, err := ws.Glob(pattern)
		if err != nil {
			return false, err
		}
		for _, n := range names {
			if n != mastodonKeep && !audit.IsBatchName(n) {
				continue // the person's own file: an archived list, a batch ticked off
			}
			if !written[n] {
				txn.Remove(n)
				keepRemoved = keepRemoved || n == mastodonKeep
			}
		}
	}
	return keepRemoved, nil
}

// writeAll writes the run's files into txn, two at a time: the machine
// this runs on has two cores, and big reports are CPU-bound. Outputs
// started already (startWrite) are waited for.
func writeAll(txn *workspace.Txn, outs []output) error {
	errs := make([]error, len(outs))
	sem := make(chan struct{}, 2)
	var wg sync.WaitGroup
	for i, o := range outs {
		if o.started != nil {
			wg.Go(func() { errs[i] = o.wait() })
			continue
		}
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			if o.with != "" {
				errs[i] = txn.WriteFiles([]string{o.name, o.with}, func(ws []io.Writer) error { return o.fn2(ws[0], ws[1]) })
				return
			}
			errs[i] = txn.Write(o.name, o.fn)
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err // the first in file order, whatever finished first
		}
	}
	return nil
}

// startWrite starts writing o into txn in the background, forced to disk
// when synced (the ledger, when it holds the person's work), and returns
// it marked as started.
func startWrite(txn *workspace.Txn, o output, synced bool) output {
	w := &started{done: make(chan struct{})}
	write := txn.Write
	if synced {
		write = txn.WriteSynced
	}
	go func() {
		defer close(w.done)
		if o.with != "" {
			w.err = txn.WriteFiles([]string{o.name, o.with}, func(ws []io.Writer) error { return o.fn2(ws[0], ws[1]) })
			return
		}
		w.err = write(o.name, o.fn)
	}()
	o.started = w
	return o
}

// output is a workspace file and how to write it.
type output struct {
	name string
	fn   func(io.Writer) error
	// with names a second file written with name's in one pass, by fn2
	// (instead of fn); "" for none.
	with    string
	fn2     func(w, with io.Writer) error
	started *started // set by startWrite
}

// started is a write under way.
type started struct {
	done chan struct{}
	err  error
}

// wait waits for o's write, if started, and returns its error.
func (o output) wait() error {
	if o.started == nil {
		return nil
	}
	<-o.started.done
	return o.started.err
}
