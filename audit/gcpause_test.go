package audit

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"testing"
)

// Pauses that overlap, from goroutines, leave the collector as it was.
func TestPauseCollectorNests(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	first := pauseCollector()
	second := pauseCollector()
	first()
	first() // twice: counted once
	if p := debug.SetGCPercent(-1); p != -1 {
		t.Errorf("GOGC %d while one pause is left, want off", p)
	}
	second()
	if p := debug.SetGCPercent(100); p != 100 {
		t.Errorf("GOGC %d after every pause, want 100", p)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() { pauseCollector()() })
	}
	wg.Wait()
	if p := debug.SetGCPercent(100); p != 100 {
		t.Errorf("GOGC %d after pauses from goroutines, want 100", p)
	}
}

// collectIfGrown collects only with the collector off and the heap grown
// to 1.75 times what the last collection left alive.
func TestCollectIfGrown(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	cycles := func() uint64 {
		s := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}}
		metrics.Read(s)
		return s[0].Value.Uint64()
	}
	runtime.GC()
	if collectIfGrown() {
		t.Fatal("collected right after a collection")
	}
	var garbage [][]byte
	for range 256 {
		garbage = append(garbage, make([]byte, 1<<20))
	}
	garbage = nil
	before := cycles()
	if !collectIfGrown() || cycles() == before {
		t.Fatal("did not collect 256 MiB of garbage with the collector off")
	}
	debug.SetGCPercent(100)
	for range 256 {
		garbage = append(garbage, make([]byte, 1<<20))
	}
	garbage = nil
	if collectIfGrown() {
		t.Error("collected with the collector on")
	}
	_ = garbage
}
