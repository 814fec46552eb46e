package main

import (
	"errors"
	"testing"
)

func TestHugeAdvice(t *testing.T) {
	const gib = 1 << 30
	tests := []struct {
		name     string
		input    int64
		physical uint64
		mode     string
		godebug  string
		want     int64
	}{
		{"a million LinkedIn rows", 115 << 20, 24 * gib, "madvise", "", 575 << 20},
		{"the kernel gives them anyway", 115 << 20, 24 * gib, "always", "", 0},
		{"the kernel gives none", 115 << 20, 24 * gib, "never", "", 0},
		{"no huge pages in this kernel", 115 << 20, 24 * gib, "", "", 0},
		{"the runtime told not to", 115 << 20, 24 * gib, "madvise", "gctrace=1,disablethp=1", 0},
		{"another GODEBUG", 115 << 20, 24 * gib, "madvise", "gctrace=1", 575 << 20},
		{"a small run", 12 << 20, 24 * gib, "madvise", "", 0},
		{"just big enough", minHugeAdvice/heapPerInputByte + 1, 24 * gib, "madvise", "", (minHugeAdvice/heapPerInputByte + 1) * heapPerInputByte},
		{"just too small", minHugeAdvice / heapPerInputByte, 24 * gib, "madvise", "", 0},
		{"a quarter of a small machine at most", 1 << 30, 2 * gib, "madvise", "", gib / 2},
		{"memory unknown", 115 << 20, 0, "madvise", "", 0},
		{"no input", 0, 24 * gib, "madvise", "", 0},
		{"an overflow", 1 << 62, 24 * gib, "madvise", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hugeAdvice(tt.input, tt.physical, tt.mode, tt.godebug); got != tt.want {
				t.Errorf("hugeAdvice = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestTHPMode(t *testing.T) {
	tests := []struct {
		file string
		err  error
		want string
	}{
		{"always [madvise] never\n", nil, "madvise"},
		{"[always] madvise never\n", nil, "always"},
		{"always madvise [never]\n", nil, "never"},
		{"", errors.New("no such file"), ""},
		{"garbled\n", nil, ""},
		{"[unclosed\n", nil, ""},
	}
	for _, tt := range tests {
		read := func(name string) ([]byte, error) {
			if name != "/sys/kernel/mm/transparent_hugepage/enabled" {
				t.Errorf("read %s", name)
			}
			return []byte(tt.file), tt.err
		}
		if got := thpMode(read); got != tt.want {
			t.Errorf("thpMode of %q = %q, want %q", tt.file, got, tt.want)
		}
	}
}
