package workspace_test

import (
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// TestLedgerSums checks that every commit that writes the ledger records
// its size and CRC-32C in history/ledger-sums.csv, keeping those of the
// runs before, and that WrittenLedgers.Holds tells a copy of any of them
// from a file of other bytes, a workspace without the file (an earlier
// version's) telling none.
func TestLedgerSums(t *testing.T) {
	dir := t.TempDir()
	w, err := workspace.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	copyAt := func(name, content string) (string, int64) {
		p := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p, int64(len(content))
	}
	first, second := "person_id,name\np1,Ann\n", "person_id,name\np1,Ann\np2,Bea\n"
	old, oldSize := copyAt("ledger 2026-11.csv", first)
	if w.WrittenLedgers().Holds(old, oldSize) {
		t.Errorf("a workspace without %s holds a ledger written", workspace.LedgerSums)
	}
	for i, content := range []string{first, second, second} {
		txn := w.Begin()
		if err := txn.Write(workspace.Ledger, text(content)); err != nil {
			t.Fatal(err)
		}
		if err := txn.Write("keep.csv", text(fmt.Sprint("keep ", i))); err != nil {
			t.Fatal(err)
		}
		if err := txn.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	sum := func(s string) string {
		return fmt.Sprintf("%d,%08x", len(s), crc32.Checksum([]byte(s), crc32.MakeTable(crc32.Castagnoli)))
	}
	want := "size,crc32c\n" + sum(first) + "\n" + sum(second) + "\n"
	if got := read(t, w.Path(workspace.LedgerSums)); got != want {
		t.Errorf("%s = %q, want %q (each ledger once, in the order written)", workspace.LedgerSums, got, want)
	}
	cur, curSize := copyAt("ledger copy.csv", second)
	typed, typedSize := copyAt("ledger typed.csv", strings.Replace(second, "Bea", "Bee", 1))
	sums := w.WrittenLedgers()
	for _, c := range []struct {
		p    string
		size int64
		want bool
	}{
		{old, oldSize, true}, // the ledger two runs ago
		{cur, curSize, true},
		{typed, typedSize, false}, // same size, other bytes
		{cur, curSize + 1, false},
		{filepath.Join(dir, "missing.csv"), curSize, false},
	} {
		if got := sums.Holds(c.p, c.size); got != c.want {
			t.Errorf("Holds(%s, %d) = %v, want %v", filepath.Base(c.p), c.size, got, c.want)
		}
	}

	// A commit without the ledger leaves the file as it is; a line that
	// is not the tool's is passed over, and dropped when it is written.
	if err := os.WriteFile(w.Path(workspace.LedgerSums), []byte(want+"typed by hand\n12,xyz\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if !w.WrittenLedgers().Holds(old, oldSize) {
		t.Errorf("a line not the tool's hides the others")
	}
	txn := w.Begin()
	if err := txn.Write(workspace.Ledger, text(first)); err != nil {
		t.Fatal(err)
	}
	if err := txn.Commit(); err != nil {
		t.Fatal(err)
	}
	want = "size,crc32c\n" + sum(second) + "\n" + sum(first) + "\n"
	if got := read(t, w.Path(workspace.LedgerSums)); got != want {
		t.Errorf("%s = %q, want %q", workspace.LedgerSums, got, want)
	}
	if !workspace.OwnFile(workspace.LedgerSums) {
		t.Errorf("OwnFile(%q) = false", workspace.LedgerSums)
	}
}

// TestLedgerSumsWhich checks that WrittenLedgers.Which numbers a copy by
// when its ledger was last written (a ledger written again is the
// later), and that Recorded is when the last one was recorded: after
// the ledger that commit wrote, and left as it was by a commit that
// writes the last ledger again, so that a ledger.csv of other bytes
// dated no later was not saved since (see ledgerPutBack in the command).
func TestLedgerSumsWhich(t *testing.T) {
	w, err := workspace.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := w.WrittenLedgers().Recorded(); ok {
		t.Errorf("a workspace without %s has a ledger recorded", workspace.LedgerSums)
	}
	commit := func(content string) {
		t.Helper()
		txn := w.Begin()
		if err := txn.Write(workspace.Ledger, text(content)); err != nil {
			t.Fatal(err)
		}
		if err := txn.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	first, second := "person_id,name\np1,Ann\n", "person_id,name\np1,Bea\n"
	copyOf := func(content string) (string, int64) {
		p := filepath.Join(t.TempDir(), "ledger copy.csv")
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p, int64(len(content))
	}
	a, aSize := copyOf(first)
	b, bSize := copyOf(second)
	commit(first)
	commit(second)
	s := w.WrittenLedgers()
	if got := [3]int{s.Which(a, aSize), s.Which(b, bSize), s.Len()}; got != [3]int{0, 1, 2} {
		t.Errorf("Which(first), Which(second), Len() = %v, want [0 1 2]", got)
	}
	if got := s.Which(a, aSize+1); got != -1 {
		t.Errorf("Which of a size not recorded = %d, want -1", got)
	}
	at, ok := s.Recorded()
	ledger, err := os.Stat(w.Path(workspace.Ledger))
	if err != nil {
		t.Fatal(err)
	}
	if !ok || at.Before(ledger.ModTime()) {
		t.Errorf("Recorded() = %v, %v, want no earlier than the ledger it recorded, %v", at, ok, ledger.ModTime())
	}

	// Written again, the last ledger leaves the record as it was; the
	// first, written again, is the later.
	past := time.Now().Add(-time.Hour).Truncate(time.Second)
	if err := os.Chtimes(w.Path(workspace.LedgerSums), past, past); err != nil {
		t.Fatal(err)
	}
	commit(second)
	if at, _ := w.WrittenLedgers().Recorded(); !at.Equal(past) {
		t.Errorf("Recorded() after the last ledger written again = %v, want %v", at, past)
	}
	commit(first)
	s = w.WrittenLedgers()
	if got := [2]int{s.Which(a, aSize), s.Which(b, bSize)}; got != [2]int{1, 0} {
		t.Errorf("Which(first), Which(second) after first written again = %v, want [1 0]", got)
	}
	if at, _ := s.Recorded(); !at.After(past) {
		t.Errorf("Recorded() after another ledger written = %v, want after %v", at, past)
	}
}

// TestLedgerSumsNewer checks that a history/ledger-sums.csv written by a
// newer version, its header "size,crc32c" then another column, is said
// so by CheckLedgerSums (and not passed over as lines not the tool's,
// which the next commit would write back without them), that its sums
// are still read by their first two cells, and that a commit writing the
// ledger then stops, before anything is written; a file of this version,
// or one with a line not the tool's, is no newer one.
func TestLedgerSumsNewer(t *testing.T) {
	dir := t.TempDir()
	w, err := workspace.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	const ledger = "person_id,name\np1,Ann\n"
	sum := crc32.Checksum([]byte(ledger), crc32.MakeTable(crc32.Castagnoli))
	sums := filepath.Join(dir, filepath.FromSlash(workspace.LedgerSums))
	if err := os.MkdirAll(filepath.Dir(sums), 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(content string) {
		t.Helper()
		if err := os.WriteFile(sums, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	copyPath := filepath.Join(t.TempDir(), "ledger copy.csv")
	if err := os.WriteFile(copyPath, []byte(ledger), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, ok := range []string{"size,crc32c\n", fmt.Sprintf("size,crc32c\n%d,%08x,x\nnot a line\n", len(ledger), sum), "size,crc32c,My notes\n"} {
		write(ok)
		if err := w.CheckLedgerSums(); err != nil {
			t.Errorf("%q: %v", ok, err)
		}
	}
	newer := fmt.Sprintf("size,crc32c,written_at\n%d,%08x,2026-11-25T10:00:00Z\n", len(ledger), sum)
	write(newer)
	want := sums + ": written by a newer unfollow-audit (3 columns, this one reads 2): run the newer version"
	if err := w.CheckLedgerSums(); err == nil || err.Error() != want {
		t.Errorf("CheckLedgerSums() = %v, want %s", err, want)
	}
	if !w.WrittenLedgers().Holds(copyPath, int64(len(ledger))) {
		t.Errorf("the sum on a line of the newer file is not read")
	}
	txn := w.Begin()
	if err := txn.Write(workspace.Ledger, text("person_id,name\np1,Bea\n")); err != nil {
		t.Fatal(err)
	}
	if err := txn.Commit(); err == nil || err.Error() != want {
		t.Errorf("Commit() = %v, want %s", err, want)
	}
	if b, err := os.ReadFile(sums); err != nil || string(b) != newer {
		t.Errorf("%s after the commit: %q, %v", workspace.LedgerSums, b, err)
	}
	if _, err := os.Stat(filepath.Join(dir, workspace.Ledger)); err == nil {
		t.Errorf("the commit wrote %s", workspace.Ledger)
	}
}

// TestLedgerSumsOfNoBytes: a history/ledger-sums.csv of 0 bytes (a
// synced folder's file kept online, not downloaded yet) is none a run
// wrote, as each starts with its header. Read as no sums, the commit
// wrote it anew with its ledger's alone, and the sync client put that
// over the real file, the sums of every earlier ledger gone: it is said
// by CheckLedgerSums, and a commit writing the ledger stops before
// anything is written.
func TestLedgerSumsOfNoBytes(t *testing.T) {
	dir := t.TempDir()
	w, err := workspace.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	sums := filepath.Join(dir, filepath.FromSlash(workspace.LedgerSums))
	if err := os.MkdirAll(filepath.Dir(sums), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(sums, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	want := sums + ": the file is empty (0 bytes: a synced folder's file not downloaded yet, or a copy cut short): have your sync client download it (make it available offline), or delete it (only the copies of the ledger made before are then compared with it again)"
	if err := w.CheckLedgerSums(); err == nil || err.Error() != want {
		t.Errorf("CheckLedgerSums() = %v, want %s", err, want)
	}
	txn := w.Begin()
	if err := txn.Write(workspace.Ledger, text("person_id,name\np1,Bea\n")); err != nil {
		t.Fatal(err)
	}
	if err := txn.Commit(); err == nil || err.Error() != want {
		t.Errorf("Commit() = %v, want %s", err, want)
	}
	if b, err := os.ReadFile(sums); err != nil || len(b) != 0 {
		t.Errorf("%s after the commit: %q, %v", workspace.LedgerSums, b, err)
	}
	if _, err := os.Stat(filepath.Join(dir, workspace.Ledger)); err == nil {
		t.Errorf("the commit wrote %s", workspace.Ledger)
	}
}
