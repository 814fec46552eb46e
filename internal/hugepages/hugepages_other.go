//go:build !linux

package hugepages

// advise does nothing: huge pages are asked for on Linux only.
func advise(n int64) {}

// TotalMemory returns 0: the machine's memory is not looked up here.
func TotalMemory() uint64 { return 0 }
