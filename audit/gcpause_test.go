package audit

import (
	"runtime/debug"
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
