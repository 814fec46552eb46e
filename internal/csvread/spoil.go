package csvread

// spoil overwrites what the fields of the record last read borrow: the
// record buffer, and the record itself where it is reused. Built with
// -tags csvreadpoison, Read spoils first, so that a field kept past the
// next Read without a copy reads as '#'s at once, where it would
// otherwise change only when a later record happens to overwrite its
// bytes: the tests of the packages reading with a Reader, run with the
// tag, then fail where one keeps a field it does not copy.
func (r *Reader) spoil() {
	b := r.recordBuffer[:cap(r.recordBuffer)]
	for i := range b {
		b[i] = '#'
	}
	rec := r.lastRecord[:cap(r.lastRecord)]
	for i := range rec {
		rec[i] = "<spoiled: the record was read over>"
	}
}
