package main

import (
	"os"
	"runtime/pprof"

	flag "github.com/spf13/pflag"
)

// addProfileFlag adds the hidden --cpuprofile flag used to find where a big
// run spends its time (see docs/performance.md). It returns a function
// that starts profiling if asked and returns the function that stops it.
func addProfileFlag(fs *flag.FlagSet) func() (stop func(), err error) {
	path := fs.String("cpuprofile", "", "write a CPU profile to `FILE`")
	fs.MarkHidden("cpuprofile")
	return func() (func(), error) {
		if *path == "" {
			return func() {}, nil
		}
		f, err := os.Create(*path)
		if err != nil {
			return nil, err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return nil, err
		}
		return func() { pprof.StopCPUProfile(); f.Close() }, nil
	}
}
