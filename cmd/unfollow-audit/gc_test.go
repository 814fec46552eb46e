package main

import (
	"io/fs"
	"math"
	"runtime/debug"
	"testing"
)

func TestPauseCollection(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))

	resume := pauseCollection()
	if p := debug.SetGCPercent(-1); p != -1 {
		t.Errorf("GOGC %d while paused, want off", p)
	}
	if l := debug.SetMemoryLimit(-1); l == math.MaxInt64 || l <= 0 {
		t.Errorf("memory limit %d while paused, want one", l)
	}
	resume()
	if p := debug.SetGCPercent(100); p != 100 {
		t.Errorf("GOGC %d after resume, want 100", p)
	}
	if l := debug.SetMemoryLimit(-1); l != math.MaxInt64 {
		t.Errorf("memory limit %d after resume, want none", l)
	}

	// Settings the person chose are left alone.
	debug.SetMemoryLimit(1 << 40)
	pauseCollection()()
	if p, l := debug.SetGCPercent(100), debug.SetMemoryLimit(-1); p != 100 || l != 1<<40 {
		t.Errorf("with GOMEMLIMIT set: GOGC %d, limit %d; want 100 and 1 TiB", p, l)
	}
	debug.SetMemoryLimit(math.MaxInt64)
	debug.SetGCPercent(300)
	resume = pauseCollection()
	if p, l := debug.SetGCPercent(300), debug.SetMemoryLimit(-1); p != 300 || l != math.MaxInt64 {
		t.Errorf("with GOGC set: GOGC %d, limit %d while paused; want 300 and none", p, l)
	}
	resume()
}

func TestSoftLimit(t *testing.T) {
	const gib = 1 << 30
	for _, tt := range []struct {
		physical, live uint64
		want           int64
	}{
		{16 * gib, 0, 8 * gib},                              // the import: nothing alive yet
		{16 * gib, 3 * gib, 8 * gib},                        // after the merge, room enough
		{2 * gib, 1536 << 20, 3 * gib},                      // a small machine: twice the live heap
		{0, 0, 4 * gib},                                     // the system does not say
		{0, 3 * gib, 6 * gib},                               // nor then
		{math.MaxUint64, math.MaxUint64, math.MaxInt64 / 2}, // no overflow
	} {
		if got := softLimit(tt.physical, tt.live); got != tt.want {
			t.Errorf("softLimit(%d, %d) = %d, want %d", tt.physical, tt.live, got, tt.want)
		}
	}
	if live := liveHeap(); live > 1<<40 {
		t.Errorf("liveHeap = %d", live)
	}
}

func TestWithCgroupLimit(t *testing.T) {
	const gib = 1 << 30
	files := func(m map[string]string) func(string) ([]byte, error) {
		return func(name string) ([]byte, error) {
			if v, ok := m[name]; ok {
				return []byte(v), nil
			}
			return nil, fs.ErrNotExist
		}
	}
	for _, tt := range []struct {
		name  string
		files map[string]string
		want  uint64
	}{
		{"no control group", nil, 16 * gib},
		{"v2 without a limit", map[string]string{"/sys/fs/cgroup/memory.max": "max\n"}, 16 * gib},
		{"v2 limit", map[string]string{"/sys/fs/cgroup/memory.max": "2147483648\n"}, 2 * gib},
		{"v1 limit", map[string]string{"/sys/fs/cgroup/memory/memory.limit_in_bytes": "1073741824\n"}, gib},
		{"v1 'no limit' is a huge number", map[string]string{"/sys/fs/cgroup/memory/memory.limit_in_bytes": "9223372036854771712\n"}, 16 * gib},
	} {
		if got := withCgroupLimit(16*gib, files(tt.files)); got != tt.want {
			t.Errorf("%s: %d, want %d", tt.name, got, tt.want)
		}
	}
}

// A collection after the merge is worth it where the heap has doubled
// since the last one, as GOGC=100 would have it, and never before the
// first.
func TestGrown(t *testing.T) {
	for _, tt := range []struct {
		live, now uint64
		want      bool
	}{
		{263 << 20, 657 << 20, true},    // a first run of a million rows
		{1200 << 20, 1650 << 20, false}, // a re-audit: the ledger and history alive
		{100, 200, true},
		{100, 199, false},
		{0, 1 << 30, false}, // no collection yet
	} {
		if got := grown(tt.live, tt.now); got != tt.want {
			t.Errorf("grown(%d, %d) = %v, want %v", tt.live, tt.now, got, tt.want)
		}
	}
	if live, now := heapSizes(); now == 0 || live > 1<<40 || now > 1<<40 {
		t.Errorf("heapSizes = %d, %d", live, now)
	}
}

// collect leaves a collector the person tunes (GOGC or GOMEMLIMIT) alone.
func TestCollectLeavesTunedCollectorAlone(t *testing.T) {
	for _, tt := range []struct {
		gogc, limit string
		want        bool
	}{{"", "", true}, {"200", "", false}, {"", "1GiB", false}, {"off", "2GiB", false}} {
		t.Setenv("GOGC", tt.gogc)
		t.Setenv("GOMEMLIMIT", tt.limit)
		if got := collect(); got != tt.want {
			t.Errorf("GOGC=%q GOMEMLIMIT=%q: collect() = %v, want %v", tt.gogc, tt.limit, got, tt.want)
		}
	}
}

func TestHeapFor(t *testing.T) {
	for _, tt := range []struct{ input, want int64 }{
		{115 << 20, 575 << 20},
		{0, 0},
		{-1, 0},
		{1 << 62, 0}, // overflows
	} {
		if got := heapFor(tt.input); got != tt.want {
			t.Errorf("heapFor(%d) = %d, want %d", tt.input, got, tt.want)
		}
	}
}
