package main

import (
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
