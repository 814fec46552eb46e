package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/importers"
)

// progressDelay is how long a run goes before it shows progress: short
// runs print nothing.
const progressDelay = time.Second

// A progress line shows, on a terminal only, what a long run is doing:
// "reading exports: 2 files, 812,345 rows read". It redraws one line of
// standard error and clears it at the end, so nothing stays in the output.
type progress struct {
	counts importers.Progress
	phase  atomic.Pointer[string]
	stop   chan struct{}
	wg     sync.WaitGroup
	w      io.Writer
	shown  bool
	done   bool
}

// startProgress starts the progress line when stderr is a terminal that
// shows escape sequences; it returns nil otherwise, and every method of a
// nil *progress does nothing.
func startProgress(std stdio) *progress {
	if !escapesShown(std.errTTY) {
		return nil
	}
	t := time.NewTimer(progressDelay)
	ticks := make(chan time.Time)
	p := newProgress(std.err, ticks)
	go func() {
		select {
		case <-t.C:
		case <-p.stop:
			return
		}
		tk := time.NewTicker(250 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case now := <-tk.C:
				select {
				case ticks <- now:
				case <-p.stop:
					return
				}
			case <-p.stop:
				return
			}
		}
	}()
	return p
}

// escapesShown tells whether a terminal (tty: the output is one) shows
// ANSI escape sequences rather than printing them: not one whose TERM is
// dumb (Emacs' M-x shell, an IDE's console), where review's colours and
// the progress line's erasing came out as ^[[1m and ^[[K in the text.
func escapesShown(tty bool) bool {
	return tty && os.Getenv("TERM") != "dumb"
}

// newProgress draws a line on w at every tick until Done.
func newProgress(w io.Writer, ticks <-chan time.Time) *progress {
	p := &progress{w: w, stop: make(chan struct{})}
	p.Phase("reading exports")
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		for {
			select {
			case <-ticks:
				p.draw()
			case <-p.stop:
				return
			}
		}
	}()
	return p
}

func (p *progress) draw() {
	files := p.counts.Files.Load()
	fmt.Fprintf(p.w, "\r%s: %s %s, %s rows read\x1b[K", *p.phase.Load(), audit.Thousands(int(files)), plural(int(files), "file", "files"), audit.Thousands(int(p.counts.Lines.Load())))
	p.shown = true
}

// Counts returns the counters for importers.Options, or nil.
func (p *progress) Counts() *importers.Progress {
	if p == nil {
		return nil
	}
	return &p.counts
}

// Phase names what the run does now.
func (p *progress) Phase(s string) {
	if p != nil {
		p.phase.Store(&s)
	}
}

// Done stops the line and clears it. Calling it again does nothing.
func (p *progress) Done() {
	if p == nil || p.done {
		return
	}
	p.done = true
	close(p.stop)
	p.wg.Wait()
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
