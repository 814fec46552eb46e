// The sizes and checksums of the ledgers the runs wrote: a copy of one
// of them holds nothing anyone typed.

package workspace

import (
	"bufio"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// LedgerSums is the workspace file that keeps the size and CRC-32C of
// every ledger a run wrote (see Txn.Commit), one a line under the header
// "size,crc32c": a copy of the ledger with those very bytes (a backup
// made with cp, or Explorer's copy to another name, dated anew) holds
// nothing the person typed, and is not compared with the ledger (see
// WrittenLedgers.Holds). A workspace of an earlier version has none:
// every copy is then judged by its time and notes, as it was.
const LedgerSums = HistoryDir + "/ledger-sums.csv"

const ledgerSumsHeader = "size,crc32c"

// castagnoli is the CRC-32C table: computed by the processor's own
// instruction where it has one (amd64's SSE 4.2, arm64's CRC32), a few
// milliseconds for a ledger of a million rows.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// A ledgerSum is the size and CRC-32C of a ledger a run wrote.
type ledgerSum struct {
	size int64
	crc  uint32
}

// WrittenLedgers are the ledgers the workspace's runs wrote, by size and
// checksum (see LedgerSums).
type WrittenLedgers struct {
	// newer is the header's columns where a newer version wrote the file,
	// its header "size,crc32c" then more (see audit.NewerHeader), else 0:
	// its lines are read by their first two cells, the sums of those
	// ledgers, but a run writing them back would lose the rest (see
	// Workspace.CheckLedgerSums).
	newer int
	// noBytes is set where the file is there with 0 bytes: none a run
	// wrote (each starts with its header), but a synced folder's file
	// kept online, not downloaded yet. Written back with this run's sum
	// alone, the sync client put that over the real file, every earlier
	// ledger's sum gone: audit and review stop on it (see
	// Workspace.CheckLedgerSums), as on a newer version's.
	noBytes bool
	sums    []ledgerSum        // in the order written, each once
	has     map[ledgerSum]bool // sums, to look one up
	// at is when LedgerSums was last saved: when a run last recorded a
	// ledger other than the one it recorded last before (see Recorded).
	at time.Time
}

// add adds sum to s, last, where s lacks it.
func (s *WrittenLedgers) add(sum ledgerSum) {
	if s.has[sum] {
		return
	}
	if s.has == nil {
		s.has = map[ledgerSum]bool{}
	}
	s.has[sum] = true
	s.sums = append(s.sums, sum)
}

// WrittenLedgers reads LedgerSums. A file missing (a workspace of an
// earlier version), unreadable, or a line of it that does not read as a
// size and a checksum, records nothing: a copy then is compared with the
// ledger, as before the file was kept.
func (w *Workspace) WrittenLedgers() WrittenLedgers {
	f, ok, err := w.OpenFile(LedgerSums)
	if err != nil || !ok {
		return WrittenLedgers{}
	}
	defer f.Close()
	s := readLedgerSums(f)
	st, err := f.Stat()
	if err == nil && len(s.sums) > 0 {
		s.at = st.ModTime()
	}
	s.noBytes = err == nil && st.Size() == 0
	return s
}

// CheckLedgerSums returns a *audit.NewerError where LedgerSums was
// written by a newer version, its header "size,crc32c" then more columns
// (see audit.NewerHeader), nil where it was not, or is missing or
// unreadable. A run that writes the ledger writes LedgerSums back (see
// Txn.Commit) with this version's two columns alone, losing the newer
// ones: audit and review ask it before they write anything, and stop. A
// line not the tool's stays passed over, as WrittenLedgers says. A file
// of 0 bytes is refused likewise (see WrittenLedgers.noBytes).
func (w *Workspace) CheckLedgerSums() error {
	return w.WrittenLedgers().newerError(w.Path(LedgerSums))
}

// newerError is the error of the file name (LedgerSums) s was read from
// where a run writing it back would lose what it holds: a newer
// version's, or one of 0 bytes (see WrittenLedgers.noBytes); else nil.
func (s WrittenLedgers) newerError(name string) error {
	if s.noBytes {
		return fmt.Errorf("%s: the file is empty (0 bytes: a synced folder's file not downloaded yet, or a copy cut short): have your sync client download it (make it available offline), or delete it (only the copies of the ledger made before are then compared with it again)", name)
	}
	if s.newer == 0 {
		return nil
	}
	return &audit.NewerError{Name: name, Columns: s.newer, Reads: len(ledgerSumsColumns())}
}

// ledgerSumsColumns are the columns of ledgerSumsHeader.
func ledgerSumsColumns() []string { return strings.Split(ledgerSumsHeader, ",") }

func readLedgerSums(r io.Reader) WrittenLedgers {
	var out WrittenLedgers
	sc := bufio.NewScanner(r)
	for first := true; sc.Scan(); first = false {
		line := strings.TrimSpace(sc.Text())
		if first {
			cells := strings.Split(strings.TrimPrefix(line, "\uFEFF"), ",")
			if audit.NewerHeader("", cells, ledgerSumsColumns()) != nil {
				out.newer = len(cells)
			}
		}
		if out.newer > 0 { // the first two cells, the newer ones passed over
			if i := strings.IndexByte(line, ','); i >= 0 {
				if j := strings.IndexByte(line[i+1:], ','); j >= 0 {
					line = line[:i+1+j]
				}
			}
		}
		size, crc, ok := strings.Cut(line, ",")
		if !ok {
			continue
		}
		n, err := strconv.ParseInt(size, 10, 64)
		c, cerr := strconv.ParseUint(crc, 16, 32)
		if err != nil || cerr != nil || n < 0 || len(crc) != 8 {
			continue // the header, or a line not the tool's
		}
		out.add(ledgerSum{n, uint32(c)})
	}
	return out
}

// Holds reports whether the file at p, of size bytes, holds the very
// bytes of a ledger a run of the workspace wrote. Only a file of a size
// recorded is read, to compute its checksum.
func (s WrittenLedgers) Holds(p string, size int64) bool {
	return s.Which(p, size) >= 0
}

// Which returns which of the ledgers the runs wrote the file at p, of
// size bytes, holds the very bytes of: 0 the one written first, Len()-1
// the one written last; -1 for none. A ledger written again (a run that
// left the notes as an earlier one had them) counts as written then, so
// a higher number is a ledger written later. As Holds, only a file of a
// size recorded is read.
func (s WrittenLedgers) Which(p string, size int64) int {
	if !s.HasSize(size) {
		return -1
	}
	f, err := os.Open(p)
	if err != nil {
		return -1
	}
	defer f.Close()
	h := crc32.New(castagnoli)
	n, err := io.Copy(h, f)
	if err != nil || n != size {
		return -1
	}
	return slices.Index(s.sums, ledgerSum{size, h.Sum32()})
}

// HasSize reports whether a ledger the runs wrote was of size bytes: a
// file of another size holds none of them, and need not be read (see
// Which).
func (s WrittenLedgers) HasSize(size int64) bool {
	return slices.ContainsFunc(s.sums, func(l ledgerSum) bool { return l.size == size })
}

// Len is how many ledgers of other bytes the runs wrote.
func (s WrittenLedgers) Len() int { return len(s.sums) }

// Recorded returns when a run last recorded the ledger it wrote, the
// modification time of LedgerSums; false where none is recorded. A run
// writes that file in the same step as the ledger (see Txn.Commit), after
// it, and leaves it as it was where the ledger it wrote was already the
// last recorded: so a ledger.csv other than the one written last, and
// dated no later, was not saved since that run, but put back from an
// older copy that kept its time (or dated anew by a copy of the whole
// workspace, file by file, in another order).
func (s WrittenLedgers) Recorded() (time.Time, bool) {
	return s.at, !s.at.IsZero()
}

// with returns the sums of s and sum, which is last (once).
func (s WrittenLedgers) with(sum ledgerSum) WrittenLedgers {
	var out WrittenLedgers
	for _, l := range s.sums {
		if l != sum {
			out.add(l)
		}
	}
	out.add(sum)
	return out
}

// write writes s as LedgerSums holds it.
func (s WrittenLedgers) write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, ledgerSumsHeader)
	for _, l := range s.sums {
		fmt.Fprintf(bw, "%d,%08x\n", l.size, l.crc)
	}
	return bw.Flush()
}

// summing is the writer of the ledger's temporary file: it counts and
// checksums the bytes as they are written, so that the run need not read
// the file again (see Txn.Commit).
type summing struct {
	w io.Writer
	h hash.Hash32
	n int64
}

func (s *summing) Write(b []byte) (int, error) {
	n, err := s.w.Write(b)
	s.h.Write(b[:n])
	s.n += int64(n)
	return n, err
}
