// Package samebytes tells whether two streams hold the same bytes, read a
// block of each at a time: the workspace compares a report it wrote with
// the one it replaces, the importers two copies of an export, the command
// a ledger with a copy of it, all of them files that may be hundreds of
// megabytes, whose answer the first block that differs gives.
package samebytes

import (
	"bytes"
	"errors"
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
	x, y := NewBuffers()
	return readersWith(a, b, x, y)
}

// ReadersWith is Readers reading into x and y, of one length (not 0),
// for a caller that compares thousands of files (the workspace's batch
// lists) and keeps two buffers for all of them: made anew for each, two
// blocks a file piled up as garbage.
func ReadersWith(a, b io.Reader, x, y []byte) (bool, error) {
	if len(x) == 0 || len(x) != len(y) {
		return false, errors.New("samebytes: buffers of different lengths, or empty")
	}
	return readersWith(a, b, x, y)
}

// NewBuffers returns two buffers of a block each, for ReadersWith.
func NewBuffers() (x, y []byte) { return make([]byte, block), make([]byte, block) }

// readersWith is ReadersWith, its buffers checked.
func readersWith(a, b io.Reader, x, y []byte) (bool, error) {
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
