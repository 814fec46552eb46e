package main

import (
	"strings"
	"testing"
	"time"
)

func TestProgressOnlyOnATerminal(t *testing.T) {
	var b strings.Builder
	p := startProgress(stdio{err: &b, errTTY: false})
	if p != nil {
		t.Fatal("progress started although stderr is not a terminal")
	}
	p.Phase("merging") // a nil progress does nothing
	p.Counts()
	p.Done()
	if b.Len() != 0 {
		t.Errorf("wrote %q to a non-terminal", b.String())
	}
}

// drawnWriter signals each line drawn, so that a test changes the phase
// only once the line of the last tick is written: the tick is received
// before the line is drawn, and under load the phase changed first.
type drawnWriter struct {
	strings.Builder
	drawn chan struct{}
}

func (w *drawnWriter) Write(p []byte) (int, error) {
	n, err := w.Builder.Write(p)
	w.drawn <- struct{}{}
	return n, err
}

func TestProgressLine(t *testing.T) {
	b := &drawnWriter{drawn: make(chan struct{}, 4)}
	ticks := make(chan time.Time)
	p := newProgress(b, ticks)
	p.Counts().Files.Add(2)
	p.Counts().Lines.Add(1234567)
	ticks <- time.Time{}
	<-b.drawn
	p.Phase("merging")
	ticks <- time.Time{}
	<-b.drawn
	p.Done()
	out := b.String()
	for _, want := range []string{"\rreading exports: 2 files, 1,234,567 rows read\x1b[K", "\rmerging: 2 files", "\r\x1b[K"} {
		if !strings.Contains(out, want) {
			t.Errorf("progress output %q lacks %q", out, want)
		}
	}
	if !strings.HasSuffix(out, "\r\x1b[K") {
		t.Errorf("the line is not cleared at the end: %q", out)
	}
}

// One file is "1 file", as a run given a single export shows.
func TestProgressLineOneFile(t *testing.T) {
	b := &drawnWriter{drawn: make(chan struct{}, 4)}
	ticks := make(chan time.Time)
	p := newProgress(b, ticks)
	p.Counts().Files.Add(1)
	p.Counts().Lines.Add(1000)
	ticks <- time.Time{}
	<-b.drawn
	p.Done()
	if out, want := b.String(), "\rreading exports: 1 file, 1,000 rows read\x1b[K"; !strings.Contains(out, want) {
		t.Errorf("progress output %q lacks %q", out, want)
	}
}

// A terminal of TERM=dumb shows no escape sequence: the line's \x1b[K
// came out as text.
func TestProgressNotOnADumbTerminal(t *testing.T) {
	t.Setenv("TERM", "dumb")
	if p := startProgress(stdio{err: &strings.Builder{}, errTTY: true}); p != nil {
		p.Done()
		t.Fatal("progress started on a terminal of TERM=dumb")
	}
}
