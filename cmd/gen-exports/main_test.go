package main

import (
	"strings"
	"testing"
)

// TestHelpFirst checks that a flag given before the command, as "-h" is,
// gets the usage rather than a complaint about --out.
func TestHelpFirst(t *testing.T) {
	for _, arg := range []string{"-h", "--help", "--rows"} {
		err := run([]string{arg})
		if err == nil || !strings.HasPrefix(err.Error(), "usage: ") {
			t.Errorf("run(%q) = %v, want the usage", arg, err)
		}
	}
}
