package main

import (
	"errors"
	"strings"
	"testing"
)

// failWriter fails every write, as a full disk does.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// A list or help that could not be written is an error, not a success.
func TestFormatsWriteError(t *testing.T) {
	// A command's help too ("audit --help > file" on a full disk, "help
	// review"): it said nothing and exited 0.
	for _, args := range [][]string{{"formats"}, {"help"}, {"--help"}, {"audit", "--help"}, {"import", "-h"}, {"help", "review"}, {"formats", "--help"}} {
		var stderr strings.Builder
		code := run(args, stdio{out: failWriter{}, err: &stderr})
		if code != exitError || !strings.Contains(stderr.String(), "no space left on device") {
			t.Errorf("%q: exit %d, stderr %q: want %d and the write error", args, code, stderr.String(), exitError)
		}
	}
}

// The list of exports read says that Bluesky's is not: a person auditing
// every network they use looked for it there, found nothing, and gave
// repo.car to learn so from a refusal.
func TestFormatsSaysBlueskyIsNotRead(t *testing.T) {
	var stdout, stderr strings.Builder
	if code := run([]string{"formats"}, stdio{out: &stdout, err: &stderr}); code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, stderr.String())
	}
	out := stdout.String()
	i := strings.Index(out, "bluesky:")
	if i < 0 || !strings.Contains(out[i:], "repo.car") || !strings.Contains(out[i:], "not read") {
		t.Errorf("formats does not say Bluesky's export (repo.car) is not read:\n%s", out)
	}
}
