package main

import (
	"os"
	"syscall"
)

// physicalMemory returns the memory this process may use, in bytes: the
// machine's, or less where a control group (a container) limits it; 0 if
// unknown.
func physicalMemory() uint64 {
	var si syscall.Sysinfo_t
	if syscall.Sysinfo(&si) != nil {
		return 0
	}
	return withCgroupLimit(uint64(si.Totalram)*uint64(si.Unit), os.ReadFile)
}
