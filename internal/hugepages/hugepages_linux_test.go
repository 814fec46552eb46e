package hugepages

import (
	"os"
	"strings"
	"testing"
)

// advise leaves a mapping of the heap marked for huge pages ("hg" in
// /proc/self/smaps) where the kernel has them.
func TestAdvise(t *testing.T) {
	if Mode(os.ReadFile) == "" {
		t.Skip("this kernel has no transparent huge pages")
	}
	advise(Min)
	smaps, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	for _, line := range strings.Split(string(smaps), "\n") {
		if flags, ok := strings.CutPrefix(line, "VmFlags:"); ok && strings.Contains(" "+flags+" ", " hg ") {
			return
		}
	}
	t.Error("no mapping is marked for huge pages (hg) after advise")
}

func TestTotalMemory(t *testing.T) {
	if m := TotalMemory(); m < 64<<20 {
		t.Errorf("TotalMemory() = %d: not a machine's memory", m)
	}
}
