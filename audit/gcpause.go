package audit

import (
	"math"
	"os"
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
// is off with no GOGC or GOMEMLIMIT in the environment (paused by the
// caller, who then owns its schedule: see pauseCollector, and the
// command's pauseCollection; a person who tunes the collector is left to
// it) and the heap has grown to 1.3 times what the last collection left
// alive. It reports whether it collected.
//
// Merge asks before it copies the strings into report order. On a first
// run the heap has about doubled by then (2.06 times at 500k, 1M and 2M
// LinkedIn rows: the people, and the sort keys, id tables and grouping
// arrays, 170 MB at a million that are garbage once the people are in
// order), and the copy then reuses that garbage instead of new pages,
// which made the merge's end the run's peak. A re-audit's heap holds the
// ledger and the last history, and has grown less (1.49 times at a
// million): until the tenth series (docs/performance.md) their cells were
// a string each, and marking them again freed little for its cost (the
// line was 1.75). Held compact now, they mark in 160 ms, and the 150 MB
// freed spare as many new pages, which cost more on the project's VM:
// peak 1,451-1,478 → 1,230-1,243 MiB in most runs, 5.0-6.4 → 4.4-5.3 s
// (5 alternated pairs).
//
// The setting is read from runtime/metrics, not by setting it and back:
// that would race with a pauseCollector on another goroutine, which could
// record the -1 as the setting to restore.
func collectIfGrown() bool {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return false
	}
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}, {Name: "/gc/heap/live:bytes"}, {Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	for _, v := range s {
		if v.Value.Kind() != metrics.KindUint64 {
			return false
		}
	}
	// The collector is off: a GOGC of -1 reads as the largest uint64.
	if s[0].Value.Uint64() <= math.MaxInt32 {
		return false // the collector is on: it collects by itself
	}
	if !grown(s[1].Value.Uint64(), s[2].Value.Uint64()) {
		return false
	}
	runtime.GC()
	return true
}

// grown reports whether a heap of now bytes has grown to 1.3 times the
// live bytes the last collection left (see collectIfGrown).
func grown(live, now uint64) bool { return live > 0 && 10*now >= 13*live }
