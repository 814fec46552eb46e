// Colfloor measures what a first audit of one LinkedIn export would cost
// with the columnar layout docs/performance.md proposes, to tell whether
// that redesign could reach target 1 of issue 4 before anyone undertakes it.
// It is a measurement, not the tool: it reads Connections.csv as the tool
// does (encoding/csv, a batch ahead on another goroutine), keeps every
// string in one byte slab with offsets instead of an Account of nine
// strings per row, folds the names, gives each connection the tool's
// person id, sorts by folded name, name and id as the tool does, copies the
// strings into that order, and writes the ledger, the unfollow list and the
// history with the tool's columns, cells and quoting, on two cores. On the
// synthetic exports its three files are byte for byte the tool's (bench/run
// compares them), so it does the same work; what it leaves out is what a
// first run of one network does not need (ledger matching, merges across
// networks, rules beyond "nothing known") and the small files.
//
// Like the tool, it asks the kernel for huge pages over its heap.
//
// With -reader fast it reads with fastCSV instead of encoding/csv, to
// measure what a parser that copies the fields' bytes would save.
//
// Usage: colfloor [-as-of YYYY-MM-DD] [-reader csv|fast] Connections.csv OUTDIR
package main

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/internal/hugepages"
)

// span is a string of the slab: its start and end.
type span struct{ from, to uint32 }

// table holds the connections as columns over one slab of bytes.
type table struct {
	text                   []byte
	name, url, email, fold []span
	idAt                   []uint32 // where the id starts in the URL
	pid                    []uint64 // person id number: top 48 bits of the key's FNV-1a
	folds                  [2]foldSlab
}

func (t *table) str(s span) string { return string(t.text[s.from:s.to]) }

func (t *table) bytes(s span) []byte { return t.text[s.from:s.to] }

func main() {
	asOf := flag.String("as-of", "2026-11-25", "the audit date written in the history")
	reader := flag.String("reader", "csv", "csv: encoding/csv, as the tool; fast: a reader that copies the fields' bytes (see fastCSV)")
	flag.Parse()
	if flag.NArg() != 2 {
		fmt.Fprintln(os.Stderr, "usage: colfloor [-as-of DATE] [-reader csv|fast] Connections.csv OUTDIR")
		os.Exit(2)
	}
	if *reader != "csv" && *reader != "fast" {
		fmt.Fprintln(os.Stderr, "colfloor: -reader is csv or fast")
		os.Exit(2)
	}
	if err := run(flag.Arg(0), flag.Arg(1), *asOf, *reader); err != nil {
		fmt.Fprintln(os.Stderr, "colfloor:", err)
		os.Exit(1)
	}
}

func run(in, dir, asOf, reader string) error {
	// Huge pages for the heap, as the tool asks for them (see package
	// hugepages): about four times the file's size.
	if st, err := os.Stat(in); err == nil {
		hugepages.Prepare(4*st.Size(), hugepages.TotalMemory())
	}
	t, err := read(in, reader)
	if err != nil {
		return err
	}
	n := len(t.name)
	t.pid = make([]uint64, n)
	halves(n, func(from, to int) { t.foldAndHash(from, to) })
	order := t.sort()
	t = t.pack(order)
	return write(dir, t, asOf)
}

// read reads the connections: encoding/csv on one goroutine, a batch of
// records ahead of the one that fills the columns.
func read(path, reader string) (*table, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	batches := make(chan *batch, 1)
	go func() {
		defer close(batches)
		b := &batch{cells: make([]byte, 0, 160<<10)}
		send := func(err error) {
			b.err = err
			batches <- b
			b = &batch{cells: make([]byte, 0, 160<<10)}
		}
		var err error
		if reader == "fast" {
			r := newFastCSV(f)
			err = records(r.read, &b, send)
		} else {
			r := csv.NewReader(bufio.NewReaderSize(f, 1<<20))
			r.FieldsPerRecord = -1
			r.ReuseRecord = true
			err = records(r.Read, &b, send)
		}
		send(err)
	}()
	rows := int(st.Size()/100) + 16
	t := &table{text: make([]byte, 0, st.Size()), name: make([]span, 0, rows), url: make([]span, 0, rows),
		email: make([]span, 0, rows), idAt: make([]uint32, 0, rows)}
	for b := range batches {
		start := uint32(0)
		for i := 0; i+4 <= len(b.ends); i += 4 {
			cell := func(k int) []byte {
				from := start
				if k > 0 {
					from = b.ends[i+k-1]
				}
				return b.cells[from:b.ends[i+k]]
			}
			t.add(cell(0), cell(1), cell(2), cell(3))
			start = b.ends[i+3]
		}
		if b.err != nil {
			return nil, fmt.Errorf("%s: %w", path, b.err)
		}
	}
	return t, nil
}

// A batch is the four cells colfloor keeps of 1024 records.
type batch struct {
	cells []byte
	ends  []uint32 // of each cell in cells, 4 a record
	err   error
}

// records reads the connections' records with next (encoding/csv's Read,
// or fastCSV's), skipping the "Notes:" preamble and blank or hidden rows
// as the tool does, appends the four cells colfloor keeps of each to the
// batch *b, and hands it on with send every 1024 records.
func records[S string | []byte](next func() ([]S, error), b **batch, send func(error)) error {
	var col []int // first, last, url, email
	for {
		rec, err := next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if col == nil {
			if len(rec) > 0 && string(rec[0]) == "First Name" {
				col = []int{0, index(rec, "Last Name"), index(rec, "URL"), index(rec, "Email Address")}
				if slices.Contains(col, -1) {
					return errNoHeader
				}
			}
			continue
		}
		if blankRecord(rec) || blankCell(rec, col[0]) && blankCell(rec, col[1]) && blankCell(rec, col[2]) {
			continue // a member who left LinkedIn
		}
		for _, c := range col {
			if c < len(rec) {
				(*b).cells = append((*b).cells, rec[c]...)
			}
			(*b).ends = append((*b).ends, uint32(len((*b).cells)))
		}
		if len((*b).ends) >= 4*1024 {
			send(nil)
		}
	}
}

func index[S string | []byte](rec []S, name string) int {
	for i, c := range rec {
		if string(c) == name {
			return i
		}
	}
	return -1
}

func blankCell[S string | []byte](rec []S, i int) bool { return i >= len(rec) || isBlank(rec[i]) }

func blankRecord[S string | []byte](rec []S) bool {
	for _, c := range rec {
		if !isBlank(c) {
			return false
		}
	}
	return true
}

// isBlank is strings.TrimSpace(s) == "" without making a string of s.
func isBlank[S string | []byte](s S) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return strings.TrimSpace(string(s[i:])) == ""
		case c != ' ' && (c < '\t' || c > '\r'):
			return false
		}
	}
	return true
}

// add appends one connection: its name single-spaced, its URL (whose last
// path segment is its id) and e-mail.
func (t *table) add(first, last, url, email []byte) {
	at := uint32(len(t.text))
	t.text = appendWords(t.text, first)
	if len(bytes.TrimSpace(last)) > 0 {
		if uint32(len(t.text)) > at {
			t.text = append(t.text, ' ')
		}
		t.text = appendWords(t.text, last)
	}
	t.name = append(t.name, span{at, uint32(len(t.text))})
	url = bytes.TrimSpace(url)
	at = uint32(len(t.text))
	t.text = append(t.text, url...)
	t.url = append(t.url, span{at, uint32(len(t.text))})
	slug := bytes.TrimRight(url, "/")
	t.idAt = append(t.idAt, at+uint32(bytes.LastIndexByte(slug, '/')+1))
	at = uint32(len(t.text))
	t.text = append(t.text, bytes.TrimSpace(email)...)
	t.email = append(t.email, span{at, uint32(len(t.text))})
}

// appendWords appends the words of s with one space between them.
func appendWords(dst, s []byte) []byte {
	for i, w := range bytes.Fields(s) {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, w...)
	}
	return dst
}

func (t *table) id(i int) []byte {
	u := t.url[i]
	end := u.to
	for end > t.idAt[i] && t.text[end-1] == '/' {
		end--
	}
	return t.text[t.idAt[i]:end]
}

// foldAndHash folds the names of rows [from, to) into a slab of their own
// and hashes their keys into person ids, as the tool's FNV-1a of
// "linkedin:" + id.
func (t *table) foldAndHash(from, to int) {
	var folds []byte
	spans := make([]span, to-from)
	for i := from; i < to; i++ {
		at := uint32(len(folds))
		folds = append(folds, audit.FoldName(t.str(t.name[i]))...)
		spans[i-from] = span{at, uint32(len(folds))}
		const prime = 1099511628211
		h := uint64(14695981039346656037)
		for _, c := range []byte("linkedin:") {
			h = (h ^ uint64(c)) * prime
		}
		for _, c := range t.id(i) {
			h = (h ^ uint64(c)) * prime
		}
		t.pid[i] = h >> 16
	}
	t.folds[from/halfSize(len(t.name))] = foldSlab{folds, spans}
}

type foldSlab struct {
	text  []byte
	spans []span
}

// sort orders the rows by folded name, name and person id, as the tool
// does, on keys holding the first 24 bytes of each string as numbers.
func (t *table) sort() []int32 {
	type keyed struct {
		fold, name   [3]uint64
		pid          uint64
		at           int32
		foldN, nameN uint8
	}
	words := func(s []byte) (w [3]uint64, n uint8) {
		for i := range w {
			for j := range 8 {
				w[i] <<= 8
				if k := 8*i + j; k < len(s) {
					w[i] |= uint64(s[k])
				}
			}
		}
		return w, uint8(min(len(s), 25))
	}
	ks := make([]keyed, len(t.name))
	halves(len(ks), func(from, to int) {
		for i := from; i < to; i++ {
			k := &ks[i]
			k.fold, k.foldN = words(t.foldOf(i))
			k.name, k.nameN = words(t.bytes(t.name[i]))
			k.pid, k.at = t.pid[i], int32(i)
		}
	})
	compare := func(a, b *[3]uint64, an, bn uint8, long func() int) int {
		for i := range a {
			if a[i] != b[i] {
				return cmp.Compare(a[i], b[i])
			}
		}
		if an == 25 || bn == 25 {
			return long()
		}
		return cmp.Compare(an, bn)
	}
	byName := func(a, b keyed) int {
		if c := compare(&a.fold, &b.fold, a.foldN, b.foldN, func() int { return bytes.Compare(t.foldOf(int(a.at)), t.foldOf(int(b.at))) }); c != 0 {
			return c
		}
		if c := compare(&a.name, &b.name, a.nameN, b.nameN, func() int { return bytes.Compare(t.bytes(t.name[a.at]), t.bytes(t.name[b.at])) }); c != 0 {
			return c
		}
		return cmp.Compare(a.pid, b.pid)
	}
	halves(len(ks), func(from, to int) { slices.SortFunc(ks[from:to], byName) })
	order := make([]int32, len(ks))
	a, b := ks[:len(ks)/2], ks[len(ks)/2:]
	if len(ks) < 1<<14 {
		a, b = ks, nil
	}
	for i := range order {
		var k keyed
		if len(b) == 0 || len(a) > 0 && byName(a[0], b[0]) <= 0 {
			k, a = a[0], a[1:]
		} else {
			k, b = b[0], b[1:]
		}
		order[i] = k.at
	}
	return order
}

func (t *table) foldOf(i int) []byte {
	h := halfSize(len(t.name))
	s := t.folds[i/h]
	sp := s.spans[i%h]
	return s.text[sp.from:sp.to]
}

// halfSize is where halves splits n rows.
func halfSize(n int) int {
	if n < 1<<14 {
		return max(n, 1)
	}
	return n / 2
}

// halves runs fn on each half of n rows, one on each core.
func halves(n int, fn func(from, to int)) {
	h := halfSize(n)
	if h >= n {
		fn(0, n)
		return
	}
	var wg sync.WaitGroup
	wg.Go(func() { fn(0, h) })
	fn(h, n)
	wg.Wait()
}

// pack copies the rows' strings into report order, each half on its core.
func (t *table) pack(order []int32) *table {
	n := len(order)
	s := &table{name: make([]span, n), url: make([]span, n), email: make([]span, n), idAt: make([]uint32, n), pid: make([]uint64, n)}
	texts := [2][]byte{}
	halves(n, func(from, to int) {
		size := 0
		for _, i := range order[from:to] {
			u, m, e := t.url[i], t.name[i], t.email[i]
			size += int(u.to-u.from) + int(m.to-m.from) + int(e.to-e.from)
		}
		buf := make([]byte, 0, size)
		for k, i := range order[from:to] {
			put := func(sp span) span {
				at := uint32(len(buf))
				buf = append(buf, t.text[sp.from:sp.to]...)
				return span{at, uint32(len(buf))}
			}
			j := from + k
			s.name[j], s.url[j], s.email[j] = put(t.name[i]), put(t.url[i]), put(t.email[i])
			s.idAt[j] = s.url[j].from + (t.idAt[i] - t.url[i].from)
			s.pid[j] = t.pid[i]
		}
		texts[min(from, 1)] = buf
	})
	// One slab: the second half's offsets move past the first's bytes.
	h := halfSize(n)
	if h < n {
		off := uint32(len(texts[0]))
		for j := h; j < n; j++ {
			s.name[j] = span{s.name[j].from + off, s.name[j].to + off}
			s.url[j] = span{s.url[j].from + off, s.url[j].to + off}
			s.email[j] = span{s.email[j].from + off, s.email[j].to + off}
			s.idAt[j] += off
		}
		s.text = append(texts[0], texts[1]...)
	} else {
		s.text = texts[0]
	}
	return s
}

// write writes the ledger, the unfollow list and the history, each to a
// temporary file renamed into place, on two goroutines (the unfollow list
// is the biggest).
func write(dir string, t *table, asOf string) error {
	if err := os.MkdirAll(filepath.Join(dir, "history"), 0o755); err != nil {
		return err
	}
	unfollowTail := []byte(",unfollow (stay connected),unknown,nothing known about this account yet: fill in the ledger to keep it\n")
	files := []struct {
		name, header string
		row          func(w *cellWriter, i int)
	}{
		// The lists and the ledger a first run makes start with a byte
		// order mark (audit.NewLedger), the history does not.
		{"unfollow.csv", "\ufeffperson_id,network,relation,id,name,handle,profile_url,action,rule,reason\n", func(w *cellWriter, i int) {
			w.pid(t.pid[i])
			w.raw(",linkedin,connection,")
			w.cell(t.id(i))
			w.raw(",")
			w.cell(t.bytes(t.name[i]))
			w.raw(",,")
			w.cell(t.bytes(t.url[i]))
			w.b.Write(unfollowTail)
		}},
		{"ledger.csv", "\ufeffperson_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports\n", func(w *cellWriter, i int) {
			w.pid(t.pid[i])
			w.raw(",")
			w.cell(t.bytes(t.name[i]))
			w.raw(",linkedin:")
			w.cell(t.id(i))
			w.raw(",,,,,,,,yes\n")
		}},
		{filepath.Join("history", "0001_"+asOf+".csv"), "as_of,person_id,network,relation,id,name,decision,rule,follow,ledger_cell,email\n", func(w *cellWriter, i int) {
			w.raw(asOf + ",")
			w.pid(t.pid[i])
			w.raw(",linkedin,connection,")
			w.cell(t.id(i))
			w.raw(",")
			w.cell(t.bytes(t.name[i]))
			w.raw(",unfollow,unknown,,,\n") // no follow merged (one export of connections), no ledger cell misread, no e-mail (no ledger: no friend)
		}},
	}
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	next := make(chan int, len(files))
	for i := range files {
		next <- i
	}
	close(next)
	for range 2 {
		wg.Go(func() {
			for k := range next {
				f := files[k]
				errs[k] = writeFile(filepath.Join(dir, f.name), func(w *cellWriter) {
					w.raw(f.header)
					for i := range t.name {
						f.row(w, i)
					}
				})
			}
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

func writeFile(path string, fill func(*cellWriter)) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".colfloor-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	w := &cellWriter{b: bufio.NewWriterSize(tmp, 1<<20)}
	fill(w)
	if err := w.b.Flush(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// cellWriter writes CSV cells as the tool's reports do: a cell that starts
// like a formula gets an apostrophe, as may one that starts with an
// apostrophe (audit.Neutralize), and one that encoding/csv would quote is
// quoted.
type cellWriter struct {
	b   *bufio.Writer
	hex [13]byte
}

func (w *cellWriter) raw(s string) { w.b.WriteString(s) }

func (w *cellWriter) pid(n uint64) {
	const digits = "0123456789abcdef"
	w.hex[0] = 'p'
	for i := 12; i >= 1; i-- {
		w.hex[i] = digits[n&15]
		n >>= 4
	}
	w.b.Write(w.hex[:])
}

func (w *cellWriter) cell(s []byte) {
	if len(s) == 0 {
		return
	}
	if strings.IndexByte("=+-@\t\r'", s[0]) < 0 && s[0] != ' ' && bytes.IndexAny(s, ",\"\r\n") < 0 {
		w.b.Write(s)
		return
	}
	v := audit.Neutralize(string(s))
	if v == "" || !(strings.ContainsAny(v, ",\"\r\n") || v[0] == ' ' || v[0] == '\t') {
		w.b.WriteString(v)
		return
	}
	w.b.WriteByte('"')
	w.b.WriteString(strings.ReplaceAll(v, `"`, `""`))
	w.b.WriteByte('"')
}
