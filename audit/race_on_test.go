//go:build race

package audit

// raceEnabled: the race detector's sync.Pool drops a quarter of what is
// put back, on purpose, so tests that count a pool's allocations skip.
const raceEnabled = true
