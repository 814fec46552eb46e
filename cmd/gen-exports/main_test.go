package main

import (
	"errors"
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

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// Help that could not be written is an error, as unfollow-audit's is: a
// command's flags, which pflag prints dropping the write's error, exited
// 0 having written nothing.
func TestHelpWriteError(t *testing.T) {
	for _, args := range [][]string{{"-h"}, {"linkedin", "-h"}, {"annotate", "--help"}} {
		if err := run(args, failWriter{}); err == nil || !strings.Contains(err.Error(), "no space left on device") {
			t.Errorf("run(%q) to a full disk = %v, want the write error", args, err)
		}
	}
}
