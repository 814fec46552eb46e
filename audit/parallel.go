package audit

import (
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
	return writeChunksTo([]io.Writer{w}, n, func(cws []*csvWriter, from, to int) error {
		return rows(cws[0], from, to)
	})
}

// writeChunksTo is writeChunks for several files written in one pass over
// the units: rows formats the rows of units [from, to) for each file with
// its writer in cws (ws's order). A pass reads each unit's strings once for
// all the files, and at a million rows reading them is a cache miss each.
func writeChunksTo(ws []io.Writer, n int, rows func(cws []*csvWriter, from, to int) error) error {
	if n <= 2*chunkRows {
		cws := make([]*csvWriter, len(ws))
		for i, w := range ws {
			cws[i] = newCSVWriter(w)
		}
		if err := rows(cws, 0, n); err != nil {
			return err
		}
		for _, cw := range cws {
			if err := cw.Flush(); err != nil {
				return err
			}
		}
		return nil
	}
	type job struct {
		from, to int
		cws      []*csvWriter // chunk writers: what they format stays in their buf
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
				j.err = rows(j.cws, j.from, j.to)
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
				for _, cw := range j.cws {
					cw.buf, cw.err = cw.buf[:0], nil
				}
			default:
				j = &job{cws: make([]*csvWriter, len(ws))}
				for i := range j.cws {
					// Room for the rows of a chunk of unfollow.csv, the
					// widest file: not grown a quarter at a time by append.
					j.cws[i] = newChunkWriter(chunkRows * 256)
				}
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
		for i, w := range ws {
			if err == nil {
				_, err = w.Write(j.cws[i].buf)
			}
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
