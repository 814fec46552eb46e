package audit

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
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

// collectIfGrown collects garbage at once, blocking, where the collector
// is off (paused by the caller, who then owns its schedule: see
// pauseCollector, and the command's pauseCollection) and the heap has
// grown to 1.75 times what the last collection left alive. It reports
// whether it collected.
//
// Merge asks before it copies the strings into report order. On a first
// run the heap has about doubled by then (2.06 times at 500k, 1M and 2M
// LinkedIn rows: the people, and the sort keys, id tables and grouping
// arrays, 170 MB at a million that are garbage once the people are in
// order), and the copy then reuses that garbage instead of new pages: the
// merge's end is the run's peak. A re-audit's heap holds the ledger and
// the last history, and has grown less (1.43 times at a million): marking
// them again would free little.
func collectIfGrown() bool {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 || s[1].Value.Kind() != metrics.KindUint64 {
		return false
	}
	if live, now := s[0].Value.Uint64(), s[1].Value.Uint64(); live == 0 || 4*now < 7*live {
		return false
	}
	percent := debug.SetGCPercent(-1)
	debug.SetGCPercent(percent)
	if percent >= 0 {
		return false // the collector is on: it collects by itself
	}
	runtime.GC()
	return true
}
