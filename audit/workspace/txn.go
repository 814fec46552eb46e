// A run's set of files, written to temporary files and renamed into
// place together by Commit, or removed by Abort.

package workspace

import (
	"bufio"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/unfollow-audit/unfollow-audit/internal/samebytes"
)

// A Txn collects the files of one run. Nothing is visible in the
// workspace until Commit; Abort (or a failed Commit) removes what was
// written.
//
// Write and WriteSynced may be called from several goroutines at once, one
// file each; Commit and Abort may not.
type Txn struct {
	w       *Workspace
	mu      sync.Mutex // guards pending, dirs, interrupted, bufs and cmps
	pending []*pending
	dirs    []string // folders Write created, parents first; Abort removes them
	removes []string // files Commit removes once the run's files are in place
	// end is held by Commit and Abort while they run, and for good by an
	// Interrupt that ends the run: an interrupt waits for a commit to
	// finish, and a commit after an interrupt never starts.
	end         sync.Mutex
	done        bool
	interrupted bool // Write makes no more files
	// keepBackup leaves ledger.previous.csv as it is (see KeepBackup).
	keepBackup bool
	// bufs holds the write buffers of the files written, for the next
	// files to reuse: a run writes a few files at a time, but thousands
	// in all (--batch-size on a long list), while the command holds the
	// collector off, and a buffer of a big report's size made anew for
	// each file piled up gigabytes of garbage. cmps holds, for the same
	// reason, the pairs of buffers a file is compared with the one it
	// replaces in (see sameContent). Lists under mu, not sync.Pools: a
	// pool may drop what is put back (at a collection, and at random
	// under the race detector), and make a buffer again.
	bufs []*bufio.Writer
	cmps []*[2][]byte
}

// takeBuf returns a write buffer the run's files no longer use, or nil.
func (t *Txn) takeBuf() *bufio.Writer {
	t.mu.Lock()
	defer t.mu.Unlock()
	if n := len(t.bufs); n > 0 {
		b := t.bufs[n-1]
		t.bufs = t.bufs[:n-1]
		return b
	}
	return nil
}

// takeCmp returns two buffers to compare a file in (see sameContent).
func (t *Txn) takeCmp() *[2][]byte {
	t.mu.Lock()
	if n := len(t.cmps); n > 0 {
		b := t.cmps[n-1]
		t.cmps = t.cmps[:n-1]
		t.mu.Unlock()
		return b
	}
	t.mu.Unlock()
	b := new([2][]byte)
	b[0], b[1] = samebytes.NewBuffers()
	return b
}

// KeepBackup has Commit leave ledger.previous.csv as it is rather than
// replace it with the ledger this run read: a run that finds notes gone
// from that ledger keeps the copy that may still hold them.
func (t *Txn) KeepBackup() { t.keepBackup = true }

type pending struct {
	name string
	// path is where the file goes: the workspace's path of it, or the
	// file that path links to (see target).
	path string
	tmp  *os.File
	// closed is set once the write finished and tmp is closed: a run
	// writes thousands of files (--batch-size on a long list), and held
	// open until Commit, 20,000 of them ran out of file descriptors.
	closed bool
	// same is set where the new content is the file's as it was when the
	// write finished: Commit leaves that file as it is.
	same bool
	// sum is the ledger's size and checksum, once written (see
	// LedgerSums); nil for other files.
	sum *ledgerSum
}

// Begin starts a run's set of files.
func (w *Workspace) Begin() *Txn { return &Txn{w: w} }

// Write writes a file of the run through fn into a temporary file.
//
// The file is not forced to disk: the rename into place makes it atomic
// against a failing or killed run, and what Write holds (reports, history)
// can be made again from the exports. Use WriteSynced for the person's own
// work.
func (t *Txn) Write(name string, fn func(io.Writer) error) error {
	return t.write(name, false, fn)
}

// WriteSynced is Write, and forces the file to disk before Commit renames
// it into place, so that a power cut cannot lose what the person wrote.
func (t *Txn) WriteSynced(name string, fn func(io.Writer) error) error {
	return t.write(name, true, fn)
}

func (t *Txn) write(name string, sync bool, fn func(io.Writer) error) error {
	f, err := t.create(name)
	if err != nil {
		return err
	}
	if err := fn(f.w); err != nil {
		return fmt.Errorf("%s: %w", t.w.Path(name), err)
	}
	return f.finish(sync)
}

// WriteFiles is Write for files that fn writes at once, in one pass over
// what they show: fn gets their writers in the order of names.
func (t *Txn) WriteFiles(names []string, fn func([]io.Writer) error) error {
	files := make([]*txnFile, len(names))
	ws := make([]io.Writer, len(names))
	for i, name := range names {
		f, err := t.create(name)
		if err != nil {
			return err
		}
		files[i], ws[i] = f, f.w
	}
	if err := fn(ws); err != nil {
		paths := make([]string, len(files))
		for i, f := range files {
			paths[i] = f.dst
		}
		return fmt.Errorf("%s: %w", strings.Join(paths, " or "), err)
	}
	for _, f := range files {
		if err := f.finish(false); err != nil {
			return err
		}
	}
	return nil
}

// testHookMadeDirs, where set, runs in create once the file's folders
// are made (TestTxnInterruptWhileCreating).
var testHookMadeDirs func()

// A txnFile is a file of the run being written, into its temporary file.
type txnFile struct {
	dst string // its path once in place
	t   *Txn
	p   *pending
	w   *bufio.Writer
	sum *summing // the ledger's: its bytes counted and checksummed as written
}

// create starts a file of the run: its folders, and its temporary file,
// which Commit or Abort will rename or remove.
func (t *Txn) create(name string) (*txnFile, error) {
	dst := t.w.Path(name)
	t.mu.Lock()
	interrupted := t.interrupted
	t.mu.Unlock()
	if interrupted { // before the folders: the workspace stays as it was
		return nil, fmt.Errorf("%s: the run was interrupted", dst)
	}
	var missing []string
	for d := filepath.Dir(dst); ; d = filepath.Dir(d) {
		if _, err := os.Lstat(d); !errors.Is(err, fs.ErrNotExist) {
			break
		}
		missing = append(missing, d)
		if filepath.Dir(d) == d {
			break
		}
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o700); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Dir(dst), unwrap(err))
	}
	if testHookMadeDirs != nil {
		testHookMadeDirs()
	}
	t.mu.Lock()
	for i := len(missing) - 1; i >= 0; i-- {
		t.dirs = append(t.dirs, missing[i])
	}
	t.mu.Unlock()
	real, err := target(dst)
	if err != nil {
		return nil, err
	}
	tmp, err := os.CreateTemp(filepath.Dir(real), "."+filepath.Base(real)+".*.tmp")
	if err != nil {
		// The folder is at fault, not the file: it may well be readable.
		return nil, fmt.Errorf("%s: cannot write in the folder: %w: give a workspace you can write in, or change that folder's permissions", filepath.Dir(real), unwrap(err))
	}
	p := &pending{name: name, path: real, tmp: tmp}
	t.mu.Lock()
	if t.interrupted {
		t.mu.Unlock()
		tmp.Close()
		os.Remove(tmp.Name())
		// The folders made above, after Interrupt removed those it knew
		// (or while this file kept them from going): deepest first, and
		// only if empty.
		for _, d := range missing {
			os.Remove(d)
		}
		return nil, fmt.Errorf("%s: the run was interrupted", dst)
	}
	t.pending = append(t.pending, p)
	t.mu.Unlock()
	if err := tmp.Chmod(0o600); err != nil {
		return nil, fmt.Errorf("%s: %w", dst, unwrap(err))
	}
	f := &txnFile{dst: dst, t: t, p: p}
	var out io.Writer = tmp
	if name == Ledger {
		f.sum = &summing{w: tmp, h: crc32.New(castagnoli)}
		out = f.sum
	}
	if bw := t.takeBuf(); bw != nil {
		bw.Reset(out)
		f.w = bw
	} else {
		f.w = bufio.NewWriterSize(out, 256<<10)
	}
	return f, nil
}

// target returns where a write of the workspace file at path goes: path
// itself, or, where path is a symbolic link (through links to links), the
// file it leads to, so that the link stays a link and that file is the one
// updated. That file may not exist yet (a link made before the first run,
// to a file of a synced folder): it is made there, where that folder
// exists. A link to a folder, a link whose folder is not there (a drive
// not mounted, a folder not synced yet) and a loop of links are refused:
// the tool never makes folders outside the workspace.
func target(path string) (string, error) {
	real := path
	for n := 0; ; n++ {
		st, err := os.Lstat(real)
		if err != nil || st.Mode()&fs.ModeSymlink == 0 {
			break // not a link, or missing: written there
		}
		if n == 40 {
			return "", fmt.Errorf("%s: a link that leads to itself (through links to links): point it at a file, or remove it", path)
		}
		dest, err := os.Readlink(real)
		if err != nil {
			return "", fmt.Errorf("%s: %w", real, unwrap(err))
		}
		if !filepath.IsAbs(dest) {
			// Relative to the folder the link is in, as the system reads
			// it: that folder's own links resolved first, so that ".."
			// goes where it does for the system.
			dir := filepath.Dir(real)
			if d, err := filepath.EvalSymlinks(dir); err == nil {
				dir = d
			}
			dest = filepath.Join(dir, dest)
		}
		real = dest
	}
	if real == path {
		return path, nil
	}
	switch st, err := os.Stat(real); {
	case err == nil && st.IsDir():
		return "", fmt.Errorf("%s: a link to the folder %s, where the tool writes a file: point the link at a file, or remove it", path, real)
	case errors.Is(err, fs.ErrNotExist):
		if st, err := os.Stat(filepath.Dir(real)); err != nil || !st.IsDir() {
			return "", fmt.Errorf("%s: a link to %s, whose folder is not there (a drive not mounted, a folder not synced yet?): make it reachable, or remove the link", path, real)
		}
	}
	return real, nil
}

// finish flushes f, forces it to disk when sync is set, closes it, and records for
// Commit whether it is the file it replaces byte for byte.
// Compared here, on the goroutine that wrote it, a re-audit's ledger of a
// million rows, written again unchanged, is not read twice more while
// Commit waits (47 ms). A file that changes in between (saved from a
// spreadsheet while the run went on) is the person's newest, and the
// run's, the same as the one before, was nothing new: it stays.
func (f *txnFile) finish(sync bool) error {
	if err := f.w.Flush(); err != nil {
		return fmt.Errorf("%s: %w", f.dst, unwrap(err))
	}
	f.w.Reset(nil)
	f.t.mu.Lock()
	f.t.bufs = append(f.t.bufs, f.w) // written: for the next file (see Txn.bufs)
	f.t.mu.Unlock()
	f.w = nil
	if f.sum != nil {
		f.p.sum = &ledgerSum{f.sum.n, f.sum.h.Sum32()}
	}
	if sync {
		if err := f.p.tmp.Sync(); err != nil {
			return fmt.Errorf("%s: %w", f.dst, unwrap(err))
		}
	}
	st, err := f.p.tmp.Stat()
	if err != nil {
		return fmt.Errorf("%s: %w", f.dst, unwrap(err))
	}
	// Closed now, not at Commit: only the files being written are open
	// (see pending.closed). Commit renames it by its name.
	if err := closeTemp(f.p.tmp); err != nil {
		return fmt.Errorf("%s: %w", f.dst, unwrap(err))
	}
	f.p.closed = true
	cmp := f.t.takeCmp()
	f.p.same, _ = sameContent(f.p.path, f.p.tmp.Name(), st.Size(), cmp)
	f.t.mu.Lock()
	f.t.cmps = append(f.t.cmps, cmp)
	f.t.mu.Unlock()
	return nil
}

// Remove has Commit remove a file of an earlier run that this run does
// not write again (an old batch list), after the run's files are in place.
// A file that is already gone is fine.
func (t *Txn) Remove(name string) {
	t.mu.Lock()
	t.removes = append(t.removes, name)
	t.mu.Unlock()
}

// Commit renames every file into place. A file whose content is unchanged
// is left as it was. Before the ledger is replaced, the previous one is
// kept as ledger.previous.csv. Where the run wrote the ledger, its size
// and checksum are added to LedgerSums, in place with it.
func (t *Txn) Commit() error {
	t.end.Lock()
	defer t.end.Unlock()
	if t.done {
		return errors.New("workspace: commit after commit or abort")
	}
	if i := slices.IndexFunc(t.pending, func(p *pending) bool { return p.name == Ledger && p.sum != nil }); i >= 0 {
		written := t.w.WrittenLedgers()
		if err := written.newerError(t.w.Path(LedgerSums)); err != nil {
			// Asked before the run wrote anything (CheckLedgerSums): a
			// newer version's run since, on a shared folder.
			t.abort()
			return err
		}
		sums := written.with(*t.pending[i].sum)
		if err := t.write(LedgerSums, false, sums.write); err != nil {
			t.abort()
			return err
		}
	}
	for _, p := range t.pending {
		if p.closed {
			continue
		}
		if err := p.tmp.Close(); err != nil {
			t.abort()
			return fmt.Errorf("%s: %w", t.w.Path(p.name), unwrap(err))
		}
	}
	var todo []*pending
	for _, p := range t.pending {
		// Unless removed since (moved by hand, by a sync client): put
		// back.
		if p.same && exists(p.path) {
			os.Remove(p.tmp.Name())
			continue
		}
		todo = append(todo, p)
	}
	// Keep a hard link to every file about to be replaced (a copy where
	// the folder has no hard links), the ledger's backup included, so that
	// a failure half way puts them all back.
	// The backup goes where ledger.previous.csv links to, as the ledger
	// goes where ledger.csv does.
	var bak string
	if !t.keepBackup && slices.ContainsFunc(todo, func(p *pending) bool { return p.name == Ledger }) {
		var err error
		if bak, err = target(t.w.Path(LedgerBackup)); err != nil {
			t.abort()
			return err
		}
	}
	var dsts []string
	for _, p := range todo {
		if p.name == Ledger && !t.keepBackup {
			dsts = append(dsts, bak)
		}
		dsts = append(dsts, p.path)
	}
	// old is "" when dst did not exist; replaced, once the run's file
	// (or the ledger's backup) is in its place.
	type saved struct {
		dst, old string
		replaced bool
	}
	var kept []saved
	replaced := func(dst string) {
		if i := slices.IndexFunc(kept, func(k saved) bool { return k.dst == dst }); i >= 0 {
			kept[i].replaced = true
		}
	}
	// undo puts back what was replaced, and returns what it could not.
	undo := func() []notPutBack {
		var left []notPutBack
		for i := len(kept) - 1; i >= 0; i-- {
			k := kept[i]
			if !k.replaced {
				// Still the file it was (its rename failed, or was
				// not reached): only its hidden copy is to go. Put
				// back, it would fail again where the file is locked
				// (a ledger open in Excel), and be left beside it.
				if k.old != "" {
					os.Remove(k.old)
				}
				continue
			}
			if k.old == "" {
				if err := os.Remove(k.dst); err != nil && !errors.Is(err, fs.ErrNotExist) {
					left = append(left, notPutBack{k.dst, "", unwrap(err)})
				}
			} else if err := rename(k.old, k.dst); err == nil {
				os.Remove(k.old) // rename is a no-op when both are hard links to one file
			} else {
				// old, hidden, is left: it may be all that is left of
				// the file before the run (the ledger, replaced already).
				left = append(left, notPutBack{k.dst, k.old, unwrap(err)})
			}
		}
		return left
	}
	fail := func(err error) error {
		left := undo()
		t.abort()
		if len(left) > 0 {
			return &undoError{err, left}
		}
		return err
	}
	for _, dst := range dsts {
		// A file marked read-only (Windows' Read-only box, a file copied
		// from a read-only medium, chmod a-w) is refused before anything
		// is replaced: Windows will not rename over it, and fails with
		// its system's words half way; elsewhere the rename went through
		// and dropped the mark the person set, on their ledger too.
		if err := readOnly(dst); err != nil {
			return fail(err)
		}
	}
	for _, dst := range dsts {
		if st, err := os.Stat(dst); err == nil && st.IsDir() {
			// Nothing is replaced yet. Neither linked nor copied, a
			// folder would fail on a system call's words.
			return fail(fmt.Errorf("%s: is a folder, where the tool writes a file: move or rename that folder", dst))
		}
		old := filepath.Join(filepath.Dir(dst), "."+filepath.Base(dst)+".old.tmp")
		os.Remove(old)
		err := link(dst, old)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			// A folder without hard links (FAT or exFAT on a USB stick,
			// some network shares): keep a copy instead.
			err = copyFile(dst, old)
		}
		switch {
		case err == nil:
			kept = append(kept, saved{dst: dst, old: old})
		case errors.Is(err, fs.ErrNotExist):
			kept = append(kept, saved{dst: dst})
		default:
			return fail(fmt.Errorf("%s: %w", dst, unwrap(err)))
		}
	}
	linked := false // the backup a hard link to the ledger, its mode not yet 0600
	for _, p := range todo {
		dst := p.path
		if p.name == Ledger && !t.keepBackup {
			made, l, err := backup(dst, bak)
			if made {
				replaced(bak)
			}
			if err != nil {
				return fail(err)
			}
			linked = l
		}
		if err := rename(p.tmp.Name(), dst); err != nil {
			return fail(replaceError(dst, strings.HasSuffix(p.name, ".csv"), err))
		}
		replaced(dst)
	}
	if linked {
		// Only now, the ledger replaced: made while the backup was a
		// link to it, the change would have been the ledger's too, and
		// stayed so had the run failed.
		os.Chmod(bak, 0o600) // a spreadsheet may have saved it 0644
	}
	for _, k := range kept {
		if k.old != "" {
			os.Remove(k.old)
		}
	}
	for _, name := range t.removes {
		os.Remove(t.w.Path(name)) // derived files: a failure leaves a stale copy, nothing lost
	}
	t.done = true
	return nil
}

// backup keeps the current ledger as ledger.previous.csv, at bak (a hard
// link, or a copy where links are not possible: a ledger linked from
// another drive, a FAT stick). The copy keeps the ledger's time, as a
// link does: dated as the run commits, after the ledger it writes, the
// backup would look saved by the person since (see typedBackup in the
// command). made says bak was replaced: not where there is no ledger yet,
// nor where it fails, and a failed run is then not to put bak back (open
// in a spreadsheet, it could not be, and its hidden copy was left beside
// it). linked says the backup is a hard link to the ledger: the caller
// makes it private (0600) once the ledger is replaced, not before, which
// would change the ledger's mode too. A failure leaves no temporary file.
func backup(ledger, bak string) (made, linked bool, err error) {
	if _, err := os.Stat(ledger); errors.Is(err, fs.ErrNotExist) {
		return false, false, nil
	}
	tmp := bak + ".tmp"
	os.Remove(tmp)
	if err := link(ledger, tmp); err == nil {
		linked = true
	} else if err := copyFile(ledger, tmp); err != nil {
		at := tmp
		if pe, ok := errors.AsType[*fs.PathError](err); ok {
			at = pe.Path // the ledger where it is its read that failed
		}
		return false, false, fmt.Errorf("%s: %w", at, unwrap(err))
	}
	if !linked {
		if err := os.Chmod(tmp, 0o600); err != nil { // a spreadsheet may have saved it 0644
			os.Remove(tmp)
			return false, false, fmt.Errorf("%s: %w", tmp, unwrap(err))
		}
	}
	// rename, as for the run's files: ledger.previous.csv is opened in
	// a spreadsheet too, to copy the notes gone from the ledger. A link
	// is the ledger's file, and Windows refuses the rename of any link
	// to a file Excel holds open: the ledger may be the one locked.
	if err := rename(tmp, bak); err != nil {
		os.Remove(tmp)
		if linked {
			return false, false, fmt.Errorf("%s: cannot be replaced by a link to %s (%w): is either open in a spreadsheet, which locks it? Close it and run again"+nothingWritten, bak, ledger, unwrap(err))
		}
		return false, false, replaceError(bak, true, err)
	}
	// Gone, but where bak was a hard link to the ledger already: the
	// rename of a link over another to one file does nothing.
	os.Remove(tmp)
	return true, linked, nil
}

// replaceError is the error of a file of the run that could not be
// renamed over the file at dst. A CSV file (csv: the ledger, its backup,
// the lists ticked off) is one people open in a spreadsheet, which on
// Windows holds it locked, refusing the rename: the error says so.
func replaceError(dst string, csv bool, err error) error {
	if csv {
		return fmt.Errorf("%s: cannot be replaced (%w): is it open in a spreadsheet, which locks it? Close it and run again"+nothingWritten, dst, unwrap(err))
	}
	return fmt.Errorf("%s: %w", dst, unwrap(err))
}

// nothingWritten ends the error of a commit that failed and put back
// every file it had replaced.
const nothingWritten = "; nothing was written"

// A notPutBack is a file a failed commit could not put back: the run's
// is in its place, and what it held before is kept hidden beside it, at
// old ("" where there was no file).
type notPutBack struct {
	dst, old string
	err      error
}

// An undoError is the error of a commit that failed (err), and then
// could not put back every file it had replaced: it says which, and
// where what they held is, not that nothing was written. The hidden copy
// is removed by the next run (see Commit), which the person would start
// on the words "run again".
type undoError struct {
	err  error
	left []notPutBack
}

func (e *undoError) Error() string {
	var b strings.Builder
	b.WriteString(strings.TrimSuffix(e.err.Error(), nothingWritten))
	for i, l := range e.left {
		b.WriteString(". But ")
		if i > 0 {
			b.WriteString("also ")
		}
		if l.old == "" {
			fmt.Fprintf(&b, "%s is this run's, and could not be removed (%v)", l.dst, l.err)
			continue
		}
		fmt.Fprintf(&b, "%s is this run's, and could not be put back as it was (%v): what it held is in %s, which a next run may remove: copy it elsewhere first", l.dst, l.err, l.old)
	}
	return b.String()
}

func (e *undoError) Unwrap() error { return e.err }

// link is os.Link; tests replace it to act as a file system without
// hard links.
var link = os.Link

// closeTemp closes a file of the run once written (see finish), where a
// file system that writes on close (a network share, a full disk) says
// it could not; tests replace it.
var closeTemp = (*os.File).Close

// rename is os.Rename where Commit puts files (and the ledger's backup)
// in place or back; tests replace it.
var rename = os.Rename

// copyFile copies the file src to dst, a new file, with src's permission
// and modification time: it stands for src, should src have to be put
// back. A failed copy leaves no dst.
func copyFile(src, dst string) (err error) {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	st, err := in.Stat()
	if err != nil {
		return err
	}
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := out.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Chtimes(dst, time.Time{}, st.ModTime())
		}
		if err != nil {
			os.Remove(dst)
		}
	}()
	if _, err := io.Copy(out, in); err != nil {
		return err
	}
	return out.Chmod(st.Mode().Perm())
}

// Abort removes every temporary file of the run.
func (t *Txn) Abort() {
	t.end.Lock()
	defer t.end.Unlock()
	t.abort()
}

// abort is Abort, t.end held.
func (t *Txn) abort() {
	if t.done {
		return
	}
	t.done = true
	for _, p := range t.pending {
		p.tmp.Close()
		os.Remove(p.tmp.Name())
	}
	for i := len(t.dirs) - 1; i >= 0; i-- {
		os.Remove(t.dirs[i]) // only if empty
	}
}

// Interrupt ends the run where it is, for a signal (Ctrl-C) that is to
// stop the process: it removes the run's temporary files, as Abort does,
// and reports true, after which Write makes no file and Commit and Abort
// wait for good: the caller is to exit. Where a commit is under way, it
// waits for it to finish and reports false: the run is done, and the
// workspace whole, so the process should end as it would have. A killed
// process leaves its temporary files, which the next run removes (see
// Lock); an interrupted one leaves no file, and either none of its files
// in place or all of them.
//
// The files are removed, not closed: the run's writers may still be
// writing in them (into files with no name left, on Unix), and fail on
// no closed file before the process ends.
func (t *Txn) Interrupt() bool {
	t.end.Lock()
	if t.done {
		t.end.Unlock()
		return false
	}
	t.done = true
	t.mu.Lock()
	t.interrupted = true
	pending, dirs := t.pending, t.dirs
	t.mu.Unlock()
	for _, p := range pending {
		os.Remove(p.tmp.Name())
	}
	for i := len(dirs) - 1; i >= 0; i-- {
		os.Remove(dirs[i]) // only if empty
	}
	return true
}

// sameContent reports whether the file at path holds what the new file
// at tmp (of size bytes) holds. Files of different sizes are not read;
// others are compared byte for byte, which costs a read of both only when
// a report is likely unchanged, and nothing on a first run; bufs are the
// two buffers read into (see Txn.bufs).
func sameContent(path, tmp string, size int64, bufs *[2][]byte) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || st.Size() != size {
		return false, err
	}
	g, err := os.Open(tmp)
	if err != nil {
		return false, err
	}
	defer g.Close()
	return samebytes.ReadersWith(f, g, bufs[0], bufs[1])
}
