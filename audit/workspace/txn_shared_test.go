package workspace_test

// The write and compare buffers the files of a run share (see Txn.bufs):
// written at once, as the command writes its reports on two cores, each
// file holds its own bytes, and each is told unchanged or not by its own.

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// TestTxnConcurrentFilesOwnBytes writes files of a run four at a time,
// big ones (past a write buffer and a compare block) between small ones,
// over an earlier run's: every other file as it was, the others changed
// at the same size, in their last byte. Each must hold its own bytes
// after Commit, with no byte of another file written through the same
// buffer, and be left as it was (the same file) exactly where unchanged.
// Run with -race, it also checks the buffer lists are guarded.
func TestTxnConcurrentFilesOwnBytes(t *testing.T) {
	w, err := workspace.Open(filepath.Join(t.TempDir(), "ws"))
	if err != nil {
		t.Fatal(err)
	}
	const files = 24
	name := func(i int) string { return fmt.Sprintf("unfollow-linkedin-%02d.csv", i+1) }
	content := func(i int, changed bool) string {
		row := fmt.Sprintf("linkedin,member-%02d,https://www.linkedin.com/in/member-%02d,unfollow\n", i, i)
		n := 1
		if i%3 == 0 {
			n = 6000 // 420 KB: past a write buffer and a compare block
		}
		s := strings.Repeat(row, n)
		if changed {
			s = s[:len(s)-1] + "!"
		}
		return s
	}
	write := func(changed func(int) bool) {
		txn := w.Begin()
		defer txn.Abort()
		var wg sync.WaitGroup
		sem := make(chan struct{}, 4)
		errs := make([]error, files)
		for i := range files {
			wg.Go(func() {
				sem <- struct{}{}
				defer func() { <-sem }()
				s := content(i, changed(i))
				// In pieces, as the reports are written row by row.
				errs[i] = txn.Write(name(i), func(w io.Writer) error {
					for len(s) > 0 {
						n := min(len(s), 1000+i)
						if _, err := io.WriteString(w, s[:n]); err != nil {
							return err
						}
						s = s[n:]
					}
					return nil
				})
			})
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("%s: %v", name(i), err)
			}
		}
		if err := txn.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	write(func(int) bool { return false })
	before := make([]os.FileInfo, files)
	for i := range files {
		if before[i], err = os.Stat(w.Path(name(i))); err != nil {
			t.Fatal(err)
		}
	}
	changed := func(i int) bool { return i%2 == 1 }
	write(changed)
	for i := range files {
		b, err := os.ReadFile(w.Path(name(i)))
		if err != nil {
			t.Fatal(err)
		}
		if want := content(i, changed(i)); string(b) != want {
			t.Errorf("%s: %d bytes not its own (of %d)", name(i), len(b), len(want))
		}
		st, err := os.Stat(w.Path(name(i)))
		if err != nil {
			t.Fatal(err)
		}
		if same := os.SameFile(before[i], st); same == changed(i) {
			t.Errorf("%s: changed %v, yet left as it was %v", name(i), changed(i), same)
		}
	}
}
