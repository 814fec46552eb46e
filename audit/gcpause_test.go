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
// to 1.3 times what the last collection left alive.
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

// collectIfGrown leaves the collector's setting alone while pauses come
// and go on another goroutine: reading it by setting it and back, an
// earlier version let a pause record -1 as the setting to restore, which
// left the collector off (found by a review's stress test, 2 runs in 4).
func TestCollectIfGrownWithPauses(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	var sink [][]byte
	for round := range 2000 {
		var wg sync.WaitGroup
		stop := make(chan struct{})
		wg.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				for range 64 {
					sink = append(sink, make([]byte, 64<<10))
				}
				if len(sink) > 1024 {
					sink = nil
				}
				collectIfGrown()
			}
		})
		for range 200 {
			pauseCollector()()
		}
		close(stop)
		wg.Wait()
		if p := debug.SetGCPercent(100); p != 100 {
			t.Fatalf("round %d: GOGC %d after every pause, want 100", round, p)
		}
	}
}

// A person who sets GOGC or GOMEMLIMIT tunes the collector: collectIfGrown
// does not collect, however the heap has grown.
func TestCollectIfGrownLeavesTuning(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	for _, env := range []string{"GOGC", "GOMEMLIMIT"} {
		t.Run(env, func(t *testing.T) {
			t.Setenv(env, "off")
			runtime.GC()
			var garbage [][]byte
			for range 256 {
				garbage = append(garbage, make([]byte, 1<<20))
			}
			garbage = nil
			if collectIfGrown() {
				t.Errorf("collected with %s set", env)
			}
			_ = garbage
		})
	}
}

// The line is 1.3 times the live heap: a re-audit's merge grows it by
// half and collects; a heap grown by a quarter does not.
func TestGrown(t *testing.T) {
	for _, tt := range []struct {
		live, now uint64
		want      bool
	}{
		{693 << 20, 1035 << 20, true}, // a 1M re-audit's merge (1.49)
		{100, 135, true},
		{100, 130, true},
		{100, 129, false},
		{100, 125, false},
		{0, 1 << 30, false}, // nothing collected yet
	} {
		if got := grown(tt.live, tt.now); got != tt.want {
			t.Errorf("grown(%d, %d) = %v, want %v", tt.live, tt.now, got, tt.want)
		}
	}
}
