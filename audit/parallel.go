package audit

import (
	"bytes"
	"io"
	"sync"
)

// chunkRows is how many rows a goroutine formats at a time.
const chunkRows = 2048

// writeChunks writes the rows of n units (people, items) to w in order,
// formatting chunks of them on two goroutines while the caller's goroutine
// writes the finished ones: a report of millions of rows is CPU-bound in
// the formatting, and the machine has two cores. rows formats units
// [from, to) with cw. Output is the same as formatting them in one go.
func writeChunks(w io.Writer, n int, rows func(cw *csvWriter, from, to int) error) error {
	if n <= 2*chunkRows {
		cw := newCSVWriter(w)
		if err := rows(cw, 0, n); err != nil {
			return err
		}
		return cw.Flush()
	}
	type job struct {
		from, to int
		buf      bytes.Buffer
		cw       *csvWriter
		err      error
		done     chan struct{}
	}
	jobs := make(chan *job, 4)
	ordered := make(chan *job, 4)
	// Jobs written out come back with their buffers: a report of 200 MB
	// would otherwise allocate twice that in buffers growing chunk after
	// chunk, and the collector would run through the writes.
	free := make(chan *job, 12)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			for j := range jobs {
				j.err = rows(j.cw, j.from, j.to)
				if j.err == nil {
					j.err = j.cw.Flush()
				}
				close(j.done)
			}
		})
	}
	go func() {
		defer close(ordered)
		defer close(jobs)
		for from := 0; from < n; from += chunkRows {
			var j *job
			select {
			case j = <-free:
				j.buf.Reset()
				j.cw.w.Reset(&j.buf)
				j.cw.err = nil
			default:
				j = &job{}
				j.cw = newCSVWriter(&j.buf)
			}
			j.from, j.to, j.err, j.done = from, min(from+chunkRows, n), nil, make(chan struct{})
			select {
			case ordered <- j:
			case <-stop:
				return
			}
			jobs <- j
		}
	}()
	var err error
	for j := range ordered {
		<-j.done
		if err == nil {
			err = j.err
		}
		if err == nil {
			_, err = w.Write(j.buf.Bytes())
		}
		select {
		case free <- j:
		default:
		}
		if err != nil {
			select {
			case <-stop:
			default:
				close(stop)
			}
		}
	}
	wg.Wait()
	return err
}

// inHalves runs fn on [0, n/2) and [n/2, n) at once when n is big enough
// to be worth a goroutine: the machine has two cores, and most passes over
// a million accounts or people are independent per element.
func inHalves(n int, fn func(from, to int)) {
	if n < 1<<14 {
		fn(0, n)
		return
	}
	var wg sync.WaitGroup
	wg.Go(func() { fn(0, n/2) })
	fn(n/2, n)
	wg.Wait()
}
