package main

import (
	"math"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
)

// pauseCollection stops the garbage collector until resume is called,
// for the import (and, in audit, the reading of the ledger and the last
// history beside it), and for audit's rules and reports after the merge.
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
// It must not overlap audit's own pause of the collector (in Merge):
// commands call them one after the other.
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
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

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
