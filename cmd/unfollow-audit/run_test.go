package main

import (
	"bytes"
	"errors"
	"testing"
)

// fail prints one line, whatever the error quotes: errors joined are
// joined by "; ", and a CR, an escape sequence or a bidirectional
// override a name brought are made printable.
func TestFailOneLine(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{errors.New("ledger.csv: line 3: bad"), "unfollow-audit: ledger.csv: line 3: bad\n"},
		{errors.Join(errors.New("a.csv: bad"), errors.New("b.csv: bad")), "unfollow-audit: a.csv: bad; b.csv: bad\n"},
		{errors.New("owners.csv: @robin\rhale\x1b[31m's"), "unfollow-audit: owners.csv: @robin hale?[31m's\n"},
		{errors.New("evil\u202egnp.exe: bad"), "unfollow-audit: evil?gnp.exe: bad\n"},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		if code := fail(stdio{err: &out}, tt.err); code != exitError {
			t.Errorf("fail(%q) = %d, want %d", tt.err, code, exitError)
		}
		if out.String() != tt.want {
			t.Errorf("fail(%q) printed %q, want %q", tt.err, out.String(), tt.want)
		}
	}
}
