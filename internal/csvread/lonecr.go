package csvread

import "io"

// CRToLF returns r's bytes with each lone CR given as LF, for a file whose
// lines end with a lone CR (Excel for Mac's "CSV (Macintosh)"): a Reader,
// as encoding/csv's, ends lines at LF only, and would read such a file as
// one record. A CR inside a quoted cell becomes LF too, as a line break
// inside a cell of a file with CRLF ends reads as LF. A CRLF (inside a
// cell: a note written in a file of CRLF ends, then re-saved on a Mac) is
// one line break, one LF: not two, which would come back as an empty line
// in the cell.
func CRToLF(r io.Reader) io.Reader { return &crToLF{r: r} }

type crToLF struct {
	r  io.Reader
	cr bool // the last byte read was a CR, given as LF
}

func (c *crToLF) Read(p []byte) (int, error) {
	for {
		n, err := c.r.Read(p)
		j := 0
		for _, b := range p[:n] {
			switch {
			case b == '\n' && c.cr:
				c.cr = false
				continue // the LF of a CRLF: its CR was given as LF
			case b == '\r':
				b, c.cr = '\n', true
			default:
				c.cr = false
			}
			p[j] = b
			j++
		}
		if j > 0 || n == 0 || err != nil {
			return j, err
		}
		// All the bytes read were the LF of a CRLF: read on, rather than
		// report nothing read.
	}
}
