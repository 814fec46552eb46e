// Package samebytes tells whether two streams hold the same bytes, read a
// block of each at a time: the workspace compares a report it wrote with
// the one it replaces, the importers two copies of an export, the command
// a ledger with a copy of it, all of them files that may be hundreds of
// megabytes, whose answer the first block that differs gives.
package samebytes

import (
	"bytes"
	"io"
)

// block is how much of each stream is read at a time.
const block = 256 << 10

// Readers reports whether a and b hold the same bytes, reading them to
// the first block that differs (or the end of the shorter). An error
// reading either, other than its end, is returned as the reader gave it,
// even where the bytes read so far differ: a reader can wrap its errors
// to say which it is.
func Readers(a, b io.Reader) (bool, error) {
	return readers(a, b, block)
}

// ReadersOfSize is Readers for two streams known to hold size bytes each
// (two files of that size): a small file is read with buffers of its
// size, not two blocks. A caller that compares thousands of small files
// (the workspace's batch lists, 1 KB each) would otherwise make half a
// megabyte of garbage for each.
func ReadersOfSize(a, b io.Reader, size int64) (bool, error) {
	// One byte more than the size, so that the first read of a stream of
	// that size comes short and ends the comparison.
	return readers(a, b, int(min(size+1, block)))
}

// readers is Readers, reading n bytes (n > 0) of each at a time.
func readers(a, b io.Reader, n int) (bool, error) {
	x, y := make([]byte, n), make([]byte, n)
	for {
		n, errA := io.ReadFull(a, x)
		m, errB := io.ReadFull(b, y)
		endA := errA == io.EOF || errA == io.ErrUnexpectedEOF
		endB := errB == io.EOF || errB == io.ErrUnexpectedEOF
		switch {
		case errA != nil && !endA:
			return false, errA // not "differ": a copy unread is not told apart
		case errB != nil && !endB:
			return false, errB
		case !bytes.Equal(x[:n], y[:m]):
			return false, nil
		case endA || endB:
			// Equal blocks, one short: both are, and both streams
			// ended (one full and the other short differ in length,
			// which bytes.Equal said above).
			return true, nil
		}
	}
}
