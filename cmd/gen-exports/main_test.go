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
			want = "--out PATH"
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

// Each command's help lists its own flags, not every command's: the
// flags were one set, and linkedin -h listed --channels, --tweets,
// --media... which linkedin never reads.
func TestHelpOwnFlags(t *testing.T) {
	for _, c := range []struct {
		cmd       string
		want, not []string
	}{
		{"linkedin", []string{"--rows", "--out", "--seed"}, []string{"--channels", "--following", "--followers", "--tweets", "--friends", "--media", "--in"}},
		{"twitter", []string{"--following", "--followers", "--tweets", "--out", "--seed"}, []string{"--rows", "--channels", "--friends", "--media", "--in"}},
		{"facebook", []string{"--friends", "--following", "--media", "--out", "--seed"}, []string{"--rows", "--channels", "--followers", "--tweets", "--in"}},
		{"instagram", []string{"--following", "--followers", "--out", "--seed"}, []string{"--rows", "--channels", "--tweets", "--friends", "--media", "--in"}},
		{"youtube", []string{"--channels", "--out", "--seed"}, []string{"--rows", "--following", "--followers", "--tweets", "--friends", "--media", "--in"}},
		{"mastodon", []string{"--following", "--out", "--seed"}, []string{"--rows", "--channels", "--followers", "--tweets", "--friends", "--media", "--in"}},
		{"annotate", []string{"--in", "--out"}, []string{"--rows", "--channels", "--following", "--followers", "--tweets", "--friends", "--media", "--seed"}},
	} {
		var out strings.Builder
		if err := run([]string{c.cmd, "-h"}, &out); err != nil {
			t.Errorf("%s -h = %v, want no error", c.cmd, err)
			continue
		}
		for _, f := range c.want {
			if !strings.Contains(out.String(), f+" ") {
				t.Errorf("%s -h does not list %s:\n%s", c.cmd, f, out.String())
			}
		}
		for _, f := range c.not {
			if strings.Contains(out.String(), f+" ") {
				t.Errorf("%s -h lists %s, another command's flag:\n%s", c.cmd, f, out.String())
			}
		}
		// Another command's flag is refused, not taken and ignored.
		if len(c.not) > 0 {
			err := run([]string{c.cmd, c.not[0], "1", "--out", t.TempDir() + "/x"}, io.Discard)
			if err == nil || !strings.Contains(err.Error(), c.not[0][2:]) {
				t.Errorf("%s %s = %v, want it refused as no flag of %s", c.cmd, c.not[0], err, c.cmd)
			}
		}
	}
}
