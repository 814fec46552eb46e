package main

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/internal/hugepages"
)

// pauseCollection stops the garbage collector until resume is called,
// for the import (and, in audit, the reading of the ledger and the last
// history beside it), and for audit's merge, rules and reports after one
// collection.
// Nearly everything those allocate stays alive (the accounts, the
// ledger's rows, the past decisions, the decisions to write), so each
// collection while the heap grows marks it all again and frees almost
// nothing: at a million rows that was about a second of CPU, and page
// faults as the heap was scanned and grown (see docs/performance.md).
//
// A memory limit stands in meanwhile, half the memory the process may use
// (the machine's, or its container's; 4 GiB where the system does not
// say), or twice the live heap if that is more (see softLimit): an export
// that makes more garbage than that is collected as usual. The garbage of an import grows with the files read (a 232 MB
// tweets.js, which the Twitter/X importer reads past, peaked at 56 MB
// instead of 14 MB). A GOGC or GOMEMLIMIT the person set is left alone.
// Merge's own pause of the collector (audit.Merge, while it moves people)
// may run inside this one: it finds the collector off and leaves it so.
// The other way round, this one would take the pause for a GOGC the
// person set and do nothing.
func pauseCollection() (resume func()) {
	limit := debug.SetMemoryLimit(-1)
	if limit != math.MaxInt64 {
		return func() {} // GOMEMLIMIT is set: the person tunes the collector
	}
	percent := debug.SetGCPercent(-1)
	if percent != 100 {
		debug.SetGCPercent(percent) // GOGC is set
		return func() {}
	}
	debug.SetMemoryLimit(softLimit(physicalMemory(), liveHeap()))
	return func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}
}

// softLimit is the memory limit while the collector is paused: half the
// memory the process may use (4 GiB where the system does not say), but
// never under twice the heap the last collection found alive, the size
// the collector would have let the heap reach anyway. A limit under the
// live heap (a re-audit on a small machine, paused after the merge)
// would have the runtime collect over and over for nothing.
func softLimit(physical, live uint64) int64 {
	soft := physical / 2
	if soft == 0 {
		soft = 4 << 30
	}
	return int64(min(max(soft, 2*live), math.MaxInt64/2))
}

// liveHeap returns the bytes of heap the last collection found alive, 0
// before the first.
func liveHeap() uint64 {
	live, _ := heapSizes()
	return live
}

// heapSizes returns the bytes of heap the last collection found alive and
// the bytes of heap objects now, dead ones not yet swept included; zeros
// where the runtime does not say.
func heapSizes() (live, now uint64) {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	for i, v := range []*uint64{&live, &now} {
		if s[i].Value.Kind() == metrics.KindUint64 {
			*v = s[i].Value.Uint64()
		}
	}
	return live, now
}

// collectIfDoubled collects garbage at once, blocking, where the heap has
// grown to twice what the last collection found alive: where the collector
// would have started a cycle by itself (GOGC=100), but with nothing else
// running. It reports whether it collected. audit calls it after the
// merge, whose garbage (sort keys, id tables, copies) the decisions and
// the reports then reuse. The merge collects that garbage itself (audit's
// collectIfGrown, which finds the collector off here), before it copies
// the strings into report order, and on a re-audit once more after: then
// the heap has not doubled since. On a re-audit the heap holds the ledger
// and the last history too: marking it again to free little is not worth
// it.
func collectIfDoubled() bool {
	if !grown(heapSizes()) {
		return false
	}
	return collect()
}

// collect collects garbage at once, blocking, unless the person tunes the
// collector (GOGC or GOMEMLIMIT set): then it is left to them, as
// pauseCollection leaves it. It reports whether it collected.
func collect() bool {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return false
	}
	runtime.GC()
	return true
}

// grown reports whether a heap of now bytes is worth a collection after
// one that found live bytes alive.
func grown(live, now uint64) bool { return live > 0 && now >= 2*live }

// withCgroupLimit returns mem, or the memory limit of the process's control
// group (version 2, else 1) when that is lower, read with read.
func withCgroupLimit(mem uint64, read func(string) ([]byte, error)) uint64 {
	for _, f := range []string{"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"} {
		if b, err := read(f); err == nil {
			if n, err := strconv.ParseUint(strings.TrimSpace(string(b)), 10, 64); err == nil && n > 0 {
				return min(mem, n) // "max", no limit, does not parse
			}
		}
	}
	return mem
}

// heapPerInputByte is the heap a run grows to per byte of the files it
// reads (exports, ledger, last history), rounded up: 4.4 for a first
// audit of LinkedIn connections, 4.3 for a re-audit; 0.6 for an import
// of Twitter/X followers, which keeps their ids alone (too big a guess
// costs only address space: see package hugepages).
const heapPerInputByte = 5

// heapFor returns the heap a run reading input bytes grows to, about; 0
// where that does not fit an int64.
func heapFor(input int64) int64 {
	heap := input * heapPerInputByte
	if input <= 0 || heap/heapPerInputByte != input {
		return 0
	}
	return heap
}

// prepareHeap asks the kernel for huge pages over the heap a run reading
// input bytes will grow to (see package hugepages), once the importers
// know what they will read and before they read it.
func prepareHeap(input int64) { hugepages.Prepare(heapFor(input), physicalMemory()) }
