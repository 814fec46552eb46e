package audit

import "strings"

// rowCells are a ledger row's cells, one per Header column, as the file
// has them (a cell the tool escaped against formulas with its apostrophe:
// see Neutralize), or as the tool writes them for cells it set: their
// text one after the other, and where each ends in it. Their values are
// read through Unneutralize (Ledger.cell), and they are written back as
// they are, so that every cell the person wrote comes back byte for byte:
// a value written again through Neutralize may not (a cell of two
// apostrophes, read as one, would lose one). The one exception is a cell
// the person started like a formula (see fileForm).
//
// A re-audit reads a ledger of a million rows and keeps every cell to
// write it back unchanged: a string a cell took 16 bytes and a pointer
// for the collector to follow (176 MB and 11 million pointers at a
// million rows of 11 columns). They are one string a row: a head saying
// how many cells the row holds and where each ends, then their text. An
// end takes 1 byte where the row's text is under 256 bytes, as most
// rows' is, 2 where it is under 64 KiB, as nearly every row's is, and 4
// otherwise: 12 bytes of head a row of 11 cells, where a slice of uint32
// ends took 44 bytes and its 24-byte header in the row (58 MB less at
// a million rows). A row holds fewer cells than the header has columns
// when the header grew after it was read (the cells after its last are
// empty).
//
// rowCells are never changed in place: set makes a new string, so that a
// copy (a row saved to be restored, see rowState) stays as it was.
type rowCells struct {
	// s is "" for no cells of the row's own, else the head, then the
	// cells' text: the head is a uvarint of the number of cells n times
	// four, plus 0, 1 or 2 where the ends are 1, 2 or 4 bytes wide, then
	// the n ends, little-endian, each where its cell ends in the text
	// (cell i starts where cell i-1 ends, cell 0 at 0).
	s string
}

// cellsHead returns the size of the head of n cells of size bytes of
// text, and the width of their ends.
func cellsHead(n, size int) (head, width int) {
	v := uint64(n) << 2
	switch {
	case size > 0xFFFF:
		width = 4
	case size > 0xFF:
		width = 2
	default:
		width = 1
	}
	head = 1
	for ; v >= 0x80; v >>= 7 {
		head++
	}
	return head + n*width, width
}

// writeCells writes the rowCells string of n cells, of size bytes of
// text, in b: cells, then empty ones up to n.
func writeCells(b *strings.Builder, n, size int, cells []string) {
	_, width := cellsHead(n, size)
	v := uint64(n)<<2 | uint64(width>>1)
	for ; v >= 0x80; v >>= 7 {
		b.WriteByte(byte(v) | 0x80)
	}
	b.WriteByte(byte(v))
	end := 0
	for i := range n {
		if i < len(cells) {
			end += len(cells[i])
		}
		for k := range width {
			b.WriteByte(byte(end >> (8 * k)))
		}
	}
	for _, c := range cells[:min(n, len(cells))] {
		b.WriteString(c)
	}
}

// cellsOf returns the rowCells of cells.
func cellsOf(cells []string) rowCells {
	size := 0
	for _, c := range cells {
		size += len(c)
	}
	head, _ := cellsHead(len(cells), size)
	var b strings.Builder
	b.Grow(head + size)
	writeCells(&b, len(cells), size, cells)
	return rowCells{b.String()}
}

// layout reads the head: the number of cells, the width of their ends,
// where the ends start in s and where the text starts.
func (c *rowCells) layout() (n, width, ends, text int) {
	var v uint64
	for shift := uint(0); ; shift += 7 {
		b := c.s[ends]
		ends++
		v |= uint64(b&0x7F) << shift
		if b < 0x80 {
			break
		}
	}
	n, width = int(v>>2), 1<<(v&3)
	return n, width, ends, ends + n*width
}

// end returns where cell i ends in the text, its ends being width bytes
// wide from ends on.
func (c *rowCells) end(i, width, ends int) int {
	p := ends + i*width
	switch width {
	case 1:
		return int(c.s[p])
	case 2:
		return int(c.s[p]) | int(c.s[p+1])<<8
	}
	return int(c.s[p]) | int(c.s[p+1])<<8 | int(c.s[p+2])<<16 | int(c.s[p+3])<<24
}

// none reports whether the row has no cells of its own (a row Update
// added, whose cells come from its person until one is set).
func (c *rowCells) none() bool { return c.s == "" }

// len returns the number of cells the row holds.
func (c *rowCells) len() int {
	if c.s == "" {
		return 0
	}
	n, _, _, _ := c.layout()
	return n
}

// at returns cell i, "" past the row's last.
func (c *rowCells) at(i int) string {
	if c.s == "" {
		return ""
	}
	n, width, ends, text := c.layout()
	if i >= n {
		return ""
	}
	from := 0
	if i > 0 {
		from = c.end(i-1, width, ends)
	}
	return c.s[text+from : text+c.end(i, width, ends)]
}

// all returns the cells as strings, n of them at least.
func (c *rowCells) all(n int) []string {
	out := make([]string, max(n, c.len()))
	for i := range c.len() {
		out[i] = c.at(i)
	}
	return out
}

// set sets cell i to v, the row growing to i+1 cells if it holds fewer.
func (c *rowCells) set(i int, v string) {
	cells := c.all(i + 1)
	cells[i] = v
	*c = cellsOf(cells)
}
