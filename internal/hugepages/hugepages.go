// Package hugepages asks the kernel for transparent huge pages over the
// heap a program is about to grow.
//
// A run at a million rows grows a heap of about 500 MB (1.5 GB for a
// re-audit) that is nearly all touched once and kept: with the kernel's
// 4 KiB pages that is 130,000 page faults, and on the virtual machines
// unfollow-audit is measured on a fault costs 7 µs of system time,
// zeroing included: 0.9 s of a 2.6 s audit (docs/performance.md).
// Transparent huge pages (2 MiB) make those faults 500 times fewer. Most
// Linux systems give them only to memory a program asks them for
// ("madvise" in /sys/kernel/mm/transparent_hugepage/enabled), and the Go
// runtime asks for none of its heap. So [Prepare] allocates a block of
// about the heap's size, untouched, asks huge pages for its address
// range (madvise MADV_HUGEPAGE), and frees it with a collection that
// costs nothing while the heap is small: the heap's later allocations
// reuse that range first, and fault in 2 MiB at a time.
//
// The block is an estimate: too big costs only address space, never
// touched; too small leaves the rest of the heap on small pages. Huge
// pages cost some memory where a 2 MiB page is partly used: 20-25 MB at a
// million rows. Where the kernel's defrag setting is "madvise" (its
// default) a fault in the advised range may compact memory to find a
// huge page: on a machine whose memory is fragmented that can cost more
// than it saves; it was measured on a VM with memory to spare.
//
// Nor are they asked for where the machine is a virtual one that hands
// its free memory back to its host (see [Reported]): there a huge page
// is most often a block the host took back, and faulting it in costs the
// host 512 faults of its own, more than the small pages save. A
// first audit of a million rows took 2.45 s with huge pages and 1.49 s
// without, on such a VM (docs/performance.md, the twentieth series).
package hugepages

import (
	"io/fs"
	"os"
	"strconv"
	"strings"
)

// Min is the smallest heap worth the advice: smaller runs are over before
// their faults matter.
const Min = 64 << 20

// Size returns how many bytes of heap to ask huge pages for, for a heap
// expected to grow to heap bytes on a machine (or container) of physical
// bytes (0: unknown) whose kernel hands out huge pages as mode says
// ("always", "madvise", "never", "" where it has none), with the
// runtime's GODEBUG settings, on a machine that gives its free memory
// back to its host or not (reported, see [Reported]); 0 for none.
func Size(heap int64, physical uint64, mode, godebug string, reported bool) int64 {
	if mode != "madvise" {
		return 0 // "always" needs no advice, "never" would ignore it
	}
	if reported {
		return 0 // huge pages the host took back: see the package's doc
	}
	if strings.Contains(godebug, "disablethp=1") {
		return 0 // the person asked the runtime for no huge pages
	}
	if heap < Min || physical == 0 {
		return 0
	}
	if strconv.IntSize < 64 {
		// A block of a quarter of the memory, reserved in an address space
		// of 4 GiB, could fail, and the runtime does not survive that.
		return 0
	}
	// Address space reserved is counted against a memory limit until it
	// is released: a quarter of the memory keeps it well under the half
	// unfollow-audit sets while its collector is paused.
	return min(heap, int64(physical/4))
}

// Mode returns the kernel's transparent huge page mode, the bracketed
// word of /sys/kernel/mm/transparent_hugepage/enabled ("always [madvise]
// never"), or "" where there is none.
func Mode(read func(string) ([]byte, error)) string {
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

// Prepare asks huge pages for a heap about to grow to heap bytes, on a
// machine of physical bytes, where that is worth it and possible (see
// Size). It runs a collection: call it while the heap is small.
func Prepare(heap int64, physical uint64) {
	if n := Size(heap, physical, Mode(os.ReadFile), os.Getenv("GODEBUG"), Reported(os.DirFS("/"))); n > 0 {
		advise(n)
	}
}

// Reported reports whether the machine, whose root file system is fsys,
// is a virtual machine whose memory balloon (a virtio one) reports its
// free memory to the host: the feature VIRTIO_BALLOON_F_REPORTING, bit 5
// of the features its driver negotiated, in sysfs as a string of 0s and
// 1s. Linux then hands the host the free blocks of 2 MiB or more, about
// 2 seconds after they are freed (mm/page_reporting.c), and the host
// drops them; a program touching such a block again waits while the host faults
// it back in. A huge page is such a block: on the project's VM, where
// the balloon reports, a first audit of a million rows spent 1.2 s in
// the kernel with huge pages and 0.4 s without, where the last program
// had freed its memory seconds before (the usual case: a person's single
// run). Right after one that freed as much, huge pages saved 0.15 s.
func Reported(fsys fs.FS) bool {
	features, _ := fs.Glob(fsys, "sys/bus/virtio/drivers/virtio_balloon/virtio*/features")
	for _, f := range features {
		if b, err := fs.ReadFile(fsys, f); err == nil && len(b) > 5 && b[5] == '1' {
			return true
		}
	}
	return false
}
