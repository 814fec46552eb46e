package main

import (
	"io"
	"strings"
	"testing"
)

// TestHelpFirst checks that a flag given before the command, as "-h" is,
// gets the usage rather than a complaint about --out.
func TestHelpFirst(t *testing.T) {
	for _, arg := range []string{"--rows", "--out"} {
		err := run([]string{arg}, io.Discard)
		if err == nil || !strings.HasPrefix(err.Error(), "usage: ") {
			t.Errorf("run(%q) = %v, want the usage", arg, err)
		}
	}
}

// Help asked for is no error: the usage, or a command's flags, on
// standard output, and exit 0. It was an error, exit 1, and a command's
// -h said "pflag: help requested" after its flags.
func TestHelpAskedFor(t *testing.T) {
	for _, args := range [][]string{{"-h"}, {"--help"}, {"linkedin", "-h"}, {"annotate", "--help"}} {
		var out strings.Builder
		if err := run(args, &out); err != nil {
			t.Errorf("run(%q) = %v, want no error", args, err)
		}
		want := "usage: gen-exports "
		if len(args) > 1 {
			want = "--rows int"
		}
		if !strings.Contains(out.String(), want) {
			t.Errorf("run(%q) printed %q, want %q in it", args, out.String(), want)
		}
	}
}
