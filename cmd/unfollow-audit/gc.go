package main

import (
	"math"
	"runtime/debug"
)

// pauseCollection stops the garbage collector until resume is called,
// for the import (and, in audit, the reading of the ledger and the last
// history beside it). Nearly everything those allocate stays alive (the
// accounts, the ledger's rows, the past decisions), so each collection
// while the heap grows from nothing marks it all again and frees almost
// nothing: at a million rows that was about a second of CPU, and page
// faults as the heap was scanned and grown (see docs/performance.md).
//
// A memory limit stands in meanwhile, half the machine's memory (4 GiB
// where the system does not say): an export that makes more garbage than
// that is collected as usual. A GOGC or GOMEMLIMIT the person set is
// left alone.
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
	soft := int64(physicalMemory() / 2)
	if soft <= 0 {
		soft = 4 << 30
	}
	debug.SetMemoryLimit(soft)
	return func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}
}
