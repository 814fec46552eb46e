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
// million rows of 11 columns), this takes 4 bytes a cell and a pointer a
// row. A row holds fewer cells than the header has columns when the
// header grew after it was read (the cells after its last are empty).
//
// rowCells are never changed in place: set makes new text and ends, so
// that a copy (a row saved to be restored, see rowState) stays as it was.
type rowCells struct {
	text string
	ends []uint32 // cell i is text[ends[i-1]:ends[i]], cell 0 starts at 0
}

// cellsOf returns the rowCells of cells.
func cellsOf(cells []string) rowCells {
	n := 0
	for _, c := range cells {
		n += len(c)
	}
	var b strings.Builder
	b.Grow(n)
	c := rowCells{ends: make([]uint32, len(cells))}
	for i, v := range cells {
		b.WriteString(v)
		c.ends[i] = uint32(b.Len())
	}
	c.text = b.String()
	return c
}

// none reports whether the row has no cells of its own (a row Update
// added, whose cells come from its person until one is set).
func (c *rowCells) none() bool { return c.ends == nil }

// len returns the number of cells the row holds.
func (c *rowCells) len() int { return len(c.ends) }

// at returns cell i, "" past the row's last.
func (c *rowCells) at(i int) string {
	if i >= len(c.ends) {
		return ""
	}
	from := uint32(0)
	if i > 0 {
		from = c.ends[i-1]
	}
	return c.text[from:c.ends[i]]
}

// all returns the cells as strings, n of them at least.
func (c *rowCells) all(n int) []string {
	out := make([]string, max(n, len(c.ends)))
	for i := range c.ends {
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
