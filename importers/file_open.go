package importers

// A File's bytes as importers read them: capped at the size limit, with
// a damaged zip entry told as such.

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
)

// Open opens the file's raw bytes, capped at the size limit: reading past
// it fails with an error wrapping ErrTooBig.
func (f *File) Open() (io.ReadCloser, error) {
	if f.open == nil {
		return nil, errorf(f, "cannot be opened")
	}
	rc, err := f.open()
	if err != nil {
		if _, ok := errors.AsType[*Error](err); ok {
			return nil, err
		}
		return nil, errorf(f, "cannot open: %v", unwrapPathError(err))
	}
	limit := f.limit
	if limit <= 0 {
		limit = DefaultMaxEntryBytes
	}
	return &capped{rc: rc, left: limit, limit: limit, f: f}, nil
}

// capped fails once more than limit bytes have been read.
type capped struct {
	rc    io.ReadCloser
	left  int64
	limit int64
	f     *File
}

// bytesText writes a size in bytes as every count is written for a
// person (audit.Thousands), over all its range: a size, or the size
// limit (4 GiB by default), past an int's where an int is 32 bits, read
// plain or, cut to an int, as "0 bytes".
func bytesText(n uint64) string {
	if n < 1000 {
		return strconv.FormatUint(n, 10)
	}
	return fmt.Sprintf("%s,%03d", bytesText(n/1000), n%1000)
}

func (c *capped) Read(p []byte) (int, error) {
	if c.left < 0 {
		return 0, errorf(c.f, "the file is %w of %s bytes (a zip bomb?)", ErrTooBig, bytesText(uint64(c.limit)))
	}
	if int64(len(p)) > c.left+1 {
		p = p[:c.left+1]
	}
	n, err := c.rc.Read(p)
	c.left -= int64(n)
	if c.left < 0 {
		return 0, errorf(c.f, "the file is %w of %s bytes (a zip bomb?)", ErrTooBig, bytesText(uint64(c.limit)))
	}
	switch {
	case err == nil, err == io.EOF:
	case errors.Is(err, zip.ErrFormat):
		err = damaged(c.f, "the entry holds more bytes than its header declares, or is damaged (a zip bomb?)")
	case errors.Is(err, io.ErrUnexpectedEOF):
		err = damaged(c.f, "the entry is shorter than its header declares (damaged archive); download the export again")
	case errors.Is(err, zip.ErrChecksum):
		err = damaged(c.f, "the entry is damaged (checksum mismatch); download the export again")
	case errors.As(err, new(flate.CorruptInputError)):
		err = damaged(c.f, fmt.Sprintf("the entry is damaged (%v); download the export again", err))
	default:
		err = errorf(c.f, "cannot read: %v", err)
	}
	return n, err
}

func (c *capped) Close() error { return c.rc.Close() }

// damagedEntry is what is wrong with a zip entry whose bytes are damaged:
// told apart from what its content holds (see readError), as the zip
// reader can tell it only at the entry's end.
type damagedEntry struct{ msg string }

func (d damagedEntry) Error() string { return d.msg }

func damaged(f *File, msg string) error {
	return &Error{File: f.String(), Offset: -1, Err: damagedEntry{msg}}
}

// plusSize returns total (0 or more) plus f's size, as 0 where it is
// negative and at most math.MaxInt64 in all: a zip entry's size is what
// its header declares, any 64 bits (negative as an int64 past 2^63), and
// sizes summed to size a slice must not wrap round to a negative
// capacity, which make panics on.
func plusSize(total int64, f *File) int64 {
	return total + min(max(f.Size, 0), math.MaxInt64-total)
}

// Head returns up to the first n bytes of the file, or what could be read.
func (f *File) Head(n int) []byte {
	rc, err := f.Open()
	if err != nil {
		return nil
	}
	defer rc.Close()
	buf := make([]byte, n)
	m, _ := io.ReadFull(rc, buf)
	return buf[:m]
}

// lineBound returns one more than the line ends f holds (line feeds, or
// carriage returns where there are more: a file saved by an old Mac
// ends its lines with them alone), where f is a file on disk: read again
// from the page cache, 115 MB take 12-16 ms. It sizes a slice of
// records, a hint, not a limit: a file mixing lone CRs and LFs, read as
// lone-CR lines, can hold more records, and the slice then grows. ok is
// false for a zip's entry, which would be inflated twice, and where f
// cannot be read whole.
func (f *File) lineBound() (n int64, ok bool) {
	if !f.onDisk {
		return 0, false
	}
	rc, err := f.Open()
	if err != nil {
		return 0, false
	}
	defer rc.Close()
	buf := make([]byte, 256<<10)
	var lf, cr int64
	for {
		k, err := rc.Read(buf)
		lf += int64(bytes.Count(buf[:k], []byte{'\n'}))
		cr += int64(bytes.Count(buf[:k], []byte{'\r'}))
		if err == io.EOF {
			return max(lf, cr) + 1, true
		}
		if err != nil {
			return 0, false
		}
	}
}
