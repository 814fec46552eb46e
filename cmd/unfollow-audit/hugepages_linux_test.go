package main

import (
	"os"
	"strings"
	"testing"
)

// adviseHugeHeap leaves a mapping of the heap marked for huge pages ("hg"
// in /proc/self/smaps) where the kernel has them.
func TestAdviseHugeHeap(t *testing.T) {
	if thpMode(os.ReadFile) == "" {
		t.Skip("this kernel has no transparent huge pages")
	}
	adviseHugeHeap(minHugeAdvice)
	smaps, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	for _, line := range strings.Split(string(smaps), "\n") {
		if flags, ok := strings.CutPrefix(line, "VmFlags:"); ok && strings.Contains(" "+flags+" ", " hg ") {
			return
		}
	}
	t.Error("no mapping is marked for huge pages (hg) after adviseHugeHeap")
}
