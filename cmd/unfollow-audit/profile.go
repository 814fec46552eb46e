package main

import (
	"io"
	"os"
	"runtime/pprof"
	"runtime/trace"

	flag "github.com/spf13/pflag"
)

// addProfileFlag adds the hidden --cpuprofile and --trace flags used to
// find where a big run spends its time, and where a core waits (see
// docs/performance.md). It returns a function that starts them if asked
// and returns the function that stops them.
func addProfileFlag(fs *flag.FlagSet) func() (stop func(), err error) {
	cpu := fs.String("cpuprofile", "", "write a CPU profile to `FILE`")
	fs.MarkHidden("cpuprofile")
	exec := fs.String("trace", "", "write an execution trace to `FILE`")
	fs.MarkHidden("trace")
	return func() (func(), error) {
		var stops []func()
		stop := func() {
			for _, s := range stops {
				s()
			}
		}
		for _, p := range []struct {
			path  *string
			start func(io.Writer) error
			stop  func()
		}{{cpu, pprof.StartCPUProfile, pprof.StopCPUProfile}, {exec, trace.Start, trace.Stop}} {
			if *p.path == "" {
				continue
			}
			f, err := os.Create(*p.path)
			if err == nil {
				if err = p.start(f); err != nil {
					f.Close()
				}
			}
			if err != nil {
				stop()
				return nil, err
			}
			stops = append(stops, func() { p.stop(); f.Close() })
		}
		return stop, nil
	}
}
