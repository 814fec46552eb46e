package audit

import (
	"fmt"
	"io"
	"maps"
	"slices"
)

// TracedKeysFile lists the keys of rows a run wrote that were in none of
// its exports nor in the last run's history, and that an older history
// file listed (see UntracedKeys, DropTracedRelations): accounts gone
// before the last run (a friend unfriended years ago), whose keys stay on
// their rows. Without it, each re-audit read the history files back to
// the run that last listed the oldest of them, one more file each run.
// A run writes it back with the keys of this run's that it holds or that
// the history files traced, in the same transaction as its other files,
// and only where it changes: an account that comes back leaves it, to be
// traced again from the newest file once gone again. It only spares
// reading: deleted, the next run reads the history back once more.
const TracedKeysFile = "history/traced-keys.csv"

// TracedKeysColumns is the header of TracedKeysFile: the key, and the
// relation of the newest history row that listed it as followed, "" where
// only a follower's row did.
var TracedKeysColumns = []string{"key", "relation"}

// WriteTracedKeys writes traced, key to relation, sorted by key:
// TracedKeysFile.
func WriteTracedKeys(w io.Writer, traced map[string]string) error {
	cw := newCSVWriter(w)
	if err := cw.Write(TracedKeysColumns...); err != nil {
		return err
	}
	for _, k := range slices.Sorted(maps.Keys(traced)) {
		if err := cw.Write(k, traced[k]); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// ReadTracedKeys reads a file WriteTracedKeys wrote (a byte order mark
// and CRLF line ends are accepted). An error names the file (name), the
// line and what was expected, and says to delete it. A file written by a
// newer version, with columns after these, is a *NewerError: the audit
// writes it back where a key comes or goes, with this version's columns
// alone, losing the newer ones.
func ReadTracedKeys(r io.Reader, name string) (map[string]string, error) {
	out := map[string]string{}
	const advice = "delete it: it only spares the next audit reading the older history files again"
	err := readTable(r, name, "a record of keys found in older history files", TracedKeysColumns, nil, stopNewer, advice, func(rec []string, line int) error {
		if !isKeyCell(rec[0]) {
			return fmt.Errorf("%s: line %d: want an account key (network:id) and its relation: the file is damaged: %s", name, line, advice)
		}
		out[rec[0]] = rec[1]
		return nil
	})
	return out, err
}
