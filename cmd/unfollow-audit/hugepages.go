package main

import (
	"os"
	"strings"
)

// Huge pages for the heap of a big run.
//
// A run at a million rows grows a heap of about 500 MB (1.5 GB for a
// re-audit) that is nearly all touched once and kept: with the kernel's
// 4 KiB pages that is 130,000 page faults, and on the virtual machines
// this tool is measured on a fault costs 7 µs of system time, zeroing
// included: 0.9 s of a 2.6 s audit (docs/performance.md). Transparent
// huge pages (2 MiB) make those faults 500 times fewer. Most Linux systems
// give them only to memory a program asks them for ("madvise" in
// /sys/kernel/mm/transparent_hugepage/enabled), and the Go runtime asks
// for none of its heap. So before the import reads anything, a run that
// will grow a big heap allocates a block of about that size, untouched,
// asks huge pages for its address range (madvise MADV_HUGEPAGE), and
// frees it with a collection that costs nothing yet: the heap's later
// allocations reuse that range first, and fault in 2 MiB at a time.
//
// The block is an estimate: too big costs only address space, never
// touched; too small leaves the rest of the heap on small pages. Huge
// pages cost some memory where a 2 MiB page is partly used: 20-25 MB at a
// million rows.

// heapPerInputByte is the heap a run grows to per byte of the files it
// reads (exports, ledger, last history), rounded up: 4.4 for a first
// audit of LinkedIn connections, 4.3 for a re-audit; 0.6 for an import
// of Twitter/X followers, which keeps their ids alone (too big a block
// is harmless).
const heapPerInputByte = 5

// minHugeAdvice is the smallest heap worth the advice: smaller runs are
// over before their faults matter.
const minHugeAdvice = 64 << 20

// hugeAdvice returns how many bytes of heap to ask huge pages for, for a
// run reading input bytes on a machine (or container) of physical bytes
// (0: unknown) whose kernel hands out huge pages as mode says ("always",
// "madvise", "never", "" where it has none), with the runtime's GODEBUG
// settings; 0 for none.
func hugeAdvice(input int64, physical uint64, mode, godebug string) int64 {
	if mode != "madvise" {
		return 0 // "always" needs no advice, "never" would ignore it
	}
	if strings.Contains(godebug, "disablethp=1") {
		return 0 // the person asked the runtime for no huge pages
	}
	n := input * heapPerInputByte
	if input <= 0 || n/heapPerInputByte != input || n < minHugeAdvice || physical == 0 {
		return 0
	}
	// Address space reserved is counted against a memory limit until it
	// is released: a quarter of the memory keeps it well under pauseCollection's.
	return min(n, int64(physical/4))
}

// thpMode returns the kernel's transparent huge page mode, the bracketed
// word of /sys/kernel/mm/transparent_hugepage/enabled ("always [madvise]
// never"), or "" where there is none.
func thpMode(read func(string) ([]byte, error)) string {
	b, err := read("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil {
		return ""
	}
	_, rest, ok := strings.Cut(string(b), "[")
	if !ok {
		return ""
	}
	mode, _, ok := strings.Cut(rest, "]")
	if !ok {
		return ""
	}
	return mode
}

// prepareHeap asks huge pages for the heap a run reading input bytes
// will grow to, where that is worth it and possible.
func prepareHeap(input int64) {
	if n := hugeAdvice(input, physicalMemory(), thpMode(os.ReadFile), os.Getenv("GODEBUG")); n > 0 {
		adviseHugeHeap(n)
	}
}
