package audit

import (
	"fmt"
	"slices"
)

// A NewerError is what reading a file of the workspace that the tool
// writes (runs.csv, a history file, owners.csv, ...) says of one written
// by a newer unfollow-audit: its header is the columns this version
// reads, in their order, then more that a later version added (as
// runs.csv gained read after its 16 columns). Such a file is not
// damaged, and restoring it from a backup, as a damaged one is to be,
// would lose what the newer version wrote: the person downgraded, or runs
// an older copy on a workspace a newer one also runs (a shared folder).
// See [NewerHeader] for how such a header is told from a damaged one.
type NewerError struct {
	Name    string // the file, as messages name it
	Columns int    // how many columns its header has
	Reads   int    // how many of them this version reads
}

func (e *NewerError) Error() string {
	return fmt.Sprintf("%s: written by a newer unfollow-audit (%d columns, this one reads %d): run the newer version", e.Name, e.Columns, e.Reads)
}

// NewerHeader returns the error of the file name (see NewerError) where
// header is columns followed by one or more columns of names as the tool
// gives them (small letters, digits and "_", starting with a letter), none
// of them twice nor one of columns; nil for any other header. A column a
// person added by hand ("My notes") or an empty cell (a spreadsheet's
// trailing comma) is none a version writes: such a header stays damaged.
// A header of columns this version knows in another order or with one
// missing is damaged too: a newer version adds its columns after the
// others, as every version so far has (see runStatsBefore,
// historyColumnsBefore).
func NewerHeader(name string, header, columns []string) *NewerError {
	if len(header) <= len(columns) || !slices.Equal(header[:len(columns)], columns) {
		return nil
	}
	extra := header[len(columns):]
	for i, c := range extra {
		if !isColumnName(c) || slices.Contains(columns, c) || slices.Contains(extra[:i], c) {
			return nil
		}
	}
	return &NewerError{Name: name, Columns: len(header), Reads: len(columns)}
}

// isColumnName reports whether s is named as the tool names a column.
func isColumnName(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := range len(s) {
		if c := s[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// newerUse says what a reader does with a file a newer version wrote
// (see NewerError).
type newerUse bool

const (
	// stopNewer: the run may write the file, or its rows into another,
	// back without the newer columns, losing them: the reader returns the
	// NewerError, and the run stops before anything is written.
	stopNewer newerUse = false
	// viewNewer: the run only reads the file (a View function), and
	// writes nothing of it: its rows are read, the newer columns passed
	// over.
	viewNewer newerUse = true
)
