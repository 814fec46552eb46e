package hugepages

import (
	"errors"
	"strconv"
	"testing"
)

func TestSize(t *testing.T) {
	const gib = 1 << 30
	tests := []struct {
		name     string
		heap     int64
		physical uint64
		mode     string
		godebug  string
		want     int64
	}{
		{"a million LinkedIn rows", 575 << 20, 24 * gib, "madvise", "", 575 << 20},
		{"the kernel gives them anyway", 575 << 20, 24 * gib, "always", "", 0},
		{"the kernel gives none", 575 << 20, 24 * gib, "never", "", 0},
		{"no huge pages in this kernel", 575 << 20, 24 * gib, "", "", 0},
		{"the runtime told not to", 575 << 20, 24 * gib, "madvise", "gctrace=1,disablethp=1", 0},
		{"another GODEBUG", 575 << 20, 24 * gib, "madvise", "gctrace=1", 575 << 20},
		{"a small run", Min - 1, 24 * gib, "madvise", "", 0},
		{"just big enough", Min, 24 * gib, "madvise", "", Min},
		{"a quarter of a small machine at most", 5 * gib, 2 * gib, "madvise", "", gib / 2},
		{"memory unknown", 575 << 20, 0, "madvise", "", 0},
		{"no heap", 0, 24 * gib, "madvise", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if strconv.IntSize < 64 {
				want = 0 // no advice in a 32-bit address space
			}
			if got := Size(tt.heap, tt.physical, tt.mode, tt.godebug); got != want {
				t.Errorf("Size = %d, want %d", got, want)
			}
		})
	}
}

func TestMode(t *testing.T) {
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
		if got := Mode(read); got != tt.want {
			t.Errorf("Mode of %q = %q, want %q", tt.file, got, tt.want)
		}
	}
}
