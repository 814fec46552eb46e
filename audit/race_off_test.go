//go:build !race

package audit

// raceEnabled: see race_on_test.go.
const raceEnabled = false
