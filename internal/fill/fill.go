// Package fill gives tests an input of any size that costs no memory: a
// file of one 2 GB line, or /dev/zero, given where a reader must stop
// after a bounded part of it (a row of the ledger, a line of answers, a
// CSV record). Three test packages wrote one of their own.
package fill

import "io"

// Reader hands out N bytes of Byte, a line feed in place of every
// LineLen-th byte where LineLen is set, then io.EOF; Served counts the
// bytes handed out, for a test to bound what was read.
type Reader struct {
	N, LineLen, Served int64
	Byte               byte
}

func (r *Reader) Read(p []byte) (int, error) {
	if r.Served >= r.N {
		return 0, io.EOF
	}
	p = p[:min(int64(len(p)), r.N-r.Served)]
	for i := range p {
		p[i] = r.Byte
		if r.LineLen > 0 && (r.Served+int64(i)+1)%r.LineLen == 0 {
			p[i] = '\n'
		}
	}
	r.Served += int64(len(p))
	return len(p), nil
}
