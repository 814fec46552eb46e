//go:build race

package main

// raceEnabled: the race detector's runtime allocates beside the program
// (shadow memory, its own sync.Pool drops), so tests that bound
// allocations bound them looser under it.
const raceEnabled = true
