package main

import (
	"bytes"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/bench/synth"
)

// reviewRules are the rules a review as of day runs with by default.
func reviewRules(t *testing.T, day string) audit.Rules {
	t.Helper()
	rules := audit.Rules{Policy: audit.DefaultPolicy()}
	var err error
	if rules.AsOf, err = parseAsOf(day, time.Now()); err != nil {
		t.Fatal(err)
	}
	if rules.Window, err = audit.ParseSpan("12m"); err != nil {
		t.Fatal(err)
	}
	return rules
}

// bigFollowerArchive writes a Twitter/X archive of a person followed by
// many more accounts than they follow (a journalist's), audits it into a
// fresh workspace, and returns the archive and the workspace.
func bigFollowerArchive(t *testing.T, following, followers int) (archive, ws string) {
	t.Helper()
	dir := t.TempDir()
	archive, ws = filepath.Join(dir, "twitter"), filepath.Join(dir, "ws")
	if err := synth.TwitterArchive(archive, following, followers, 200, 1); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"audit", "--workspace", ws, "--as-of", "2026-11-25", archive}, stdio{out: &out, err: &errOut}); code != 0 {
		t.Fatalf("audit: exit %d: %s", code, errOut.String())
	}
	return archive, ws
}

// TestReviewWithExportsKeepsFollowersLean: a review given the exports of
// someone followed by 300,000 accounts who follows 4,000 took 3 seconds
// and half a gigabyte to ask its first question, where the audit of the
// same exports took half a second and 90 MB: it read every follower as an
// account and merged them, when the followers known by their id alone
// need no decision and no question (see audit.Followers), as the audit
// keeps them. What the review allocates must not grow with them.
func TestReviewWithExportsKeepsFollowersLean(t *testing.T) {
	const following, followers = 200, 100000
	archive, ws := bigFollowerArchive(t, following, followers)
	rules := reviewRules(t, "2026-11-25")
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	s, err := openReview(ws, rules, []string{archive}, stdio{out: &bytes.Buffer{}, err: &bytes.Buffer{}}, nil)
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	// The follower list alone is 14 MB of JSON, read in buffers; each
	// follower kept as a number is 8 bytes, as an account hundreds (1,340
	// bytes a follower before). Under the race detector the same review
	// allocates about 95.
	limit := uint64(80)
	if raceEnabled {
		limit = 200
	}
	if b := after.TotalAlloc - before.TotalAlloc; b > limit*followers {
		t.Errorf("review of %d followed and %d followers allocated %d MB, %d bytes a follower; want under %d", following, followers, b>>20, b/followers, limit)
	}
	if got := len(s.rv.Queue); got != following {
		t.Errorf("%d people to review, want the %d followed", got, following)
	}
}

// TestReviewWithExportsShowsProgress: a review given a big account's
// exports reads them for seconds before its first question, silent on a
// terminal where an audit of the same exports shows what it is doing. Its
// reading counts into the progress line, whose phase moves on once the
// exports are read; the line is cleared before the first question.
func TestReviewWithExportsShowsProgress(t *testing.T) {
	archive, ws := bigFollowerArchive(t, 50, 2000)
	b := &drawnWriter{drawn: make(chan struct{}, 4)}
	ticks := make(chan time.Time)
	p := newProgress(b, ticks)
	if _, err := openReview(ws, reviewRules(t, "2026-11-25"), []string{archive}, stdio{out: &bytes.Buffer{}, err: &bytes.Buffer{}}, p); err != nil {
		t.Fatal(err)
	}
	ticks <- time.Time{}
	<-b.drawn
	p.Done()
	out := b.String()
	// follower.js alone is 6 lines a follower.
	if want := "\rmerging: 3 files, "; !strings.HasPrefix(out, want) {
		t.Errorf("progress line %q, want it to start %q", out, want)
	}
	if got := p.Counts().Lines.Load(); got < 6*2000 {
		t.Errorf("the review counted %d lines read, want the %d of follower.js at least", got, 6*2000)
	}
	if !strings.HasSuffix(out, "\r\x1b[K") {
		t.Errorf("the line is not cleared at the end: %q", out)
	}
}
