package hugepages

import (
	"runtime"
	"strings"
	"syscall"
	"unsafe"
)

// advise allocates n bytes of heap without touching them (a
// strings.Builder grows without zeroing, where make would clear memory
// the heap had used before), asks huge pages for them, and frees them.
// The one byte written to learn the block's address leaves its first page
// small.
func advise(n int64) {
	if int64(int(n)) != n {
		return
	}
	var b strings.Builder
	b.Grow(int(n))
	b.WriteByte(0)
	p := unsafe.Pointer(unsafe.StringData(b.String()))
	// Best effort: a kernel that refuses leaves the heap as it was.
	syscall.Syscall(syscall.SYS_MADVISE, uintptr(p), uintptr(n), syscall.MADV_HUGEPAGE)
	runtime.KeepAlive(&b)
	b = strings.Builder{}
	runtime.GC()
}

// TotalMemory returns the machine's memory in bytes, 0 if unknown; a
// container's limit is not looked up.
func TotalMemory() uint64 {
	var si syscall.Sysinfo_t
	if syscall.Sysinfo(&si) != nil {
		return 0
	}
	return uint64(si.Totalram) * uint64(si.Unit)
}
