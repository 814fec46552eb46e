package audit

import (
	"testing"
	"unsafe"
)

// TestPersonSize: the merge cuts a million people from one slab, alive to
// the end of the run, where its memory peaks: each 8 bytes of a Person
// are 8 MB of that peak, a first audit's and a re-audit's. inRow, one
// bool, took 8 of them (the struct's padding); it is a bit of idNum's
// word now, which the ids' numbers, under 2^49, leave free.
func TestPersonSize(t *testing.T) {
	if got := unsafe.Sizeof(Person{}); got > 88 {
		t.Errorf("a Person takes %d bytes, want at most 88", got)
	}
	var p Person
	p.setIDNum(1 << 48)
	p.setInRow(true)
	if p.idNum() != 1<<48 || !p.inRow() {
		t.Errorf("idNum %d, inRow %v; want %d, true", p.idNum(), p.inRow(), uint64(1<<48))
	}
	p.setIDNum(0)
	if p.idNum() != 0 || !p.inRow() {
		t.Errorf("idNum %d, inRow %v; want 0, true", p.idNum(), p.inRow())
	}
	p.setInRow(false)
	p.setIDNum(7)
	if p.idNum() != 7 || p.inRow() {
		t.Errorf("idNum %d, inRow %v; want 7, false", p.idNum(), p.inRow())
	}
}
