package audit

import (
	"runtime/debug"
	"sync"
)

// collectorPause counts the calls that want the garbage collector off
// (see relayout). The collector's setting is the process's, so the count
// is too: two Merges running at once must not have the first to finish
// turn the collector back on under the other, nor the last restore the
// "off" the first had set.
var collectorPause struct {
	sync.Mutex
	n       int
	percent int // the setting before the first pause
}

// pauseCollector turns the garbage collector off until every resume
// returned by a call is called. SetGCPercent(-1) waits for a cycle under
// way to finish.
func pauseCollector() (resume func()) {
	p := &collectorPause
	p.Lock()
	if p.n == 0 {
		p.percent = debug.SetGCPercent(-1)
	}
	p.n++
	p.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			p.Lock()
			if p.n--; p.n == 0 {
				debug.SetGCPercent(p.percent)
			}
			p.Unlock()
		})
	}
}
