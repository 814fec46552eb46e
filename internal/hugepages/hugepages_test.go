package hugepages

import (
	"errors"
	"strconv"
	"testing"
	"testing/fstest"
)

func TestSize(t *testing.T) {
	const gib = 1 << 30
	tests := []struct {
		name     string
		heap     int64
		physical uint64
		mode     string
		godebug  string
		reported bool
		want     int64
	}{
		{"a million LinkedIn rows", 575 << 20, 24 * gib, "madvise", "", false, 575 << 20},
		{"the kernel gives them anyway", 575 << 20, 24 * gib, "always", "", false, 0},
		{"the kernel gives none", 575 << 20, 24 * gib, "never", "", false, 0},
		{"no huge pages in this kernel", 575 << 20, 24 * gib, "", "", false, 0},
		{"the runtime told not to", 575 << 20, 24 * gib, "madvise", "gctrace=1,disablethp=1", false, 0},
		{"another GODEBUG", 575 << 20, 24 * gib, "madvise", "gctrace=1", false, 575 << 20},
		{"a small run", Min - 1, 24 * gib, "madvise", "", false, 0},
		{"just big enough", Min, 24 * gib, "madvise", "", false, Min},
		{"a quarter of a small machine at most", 5 * gib, 2 * gib, "madvise", "", false, gib / 2},
		{"memory unknown", 575 << 20, 0, "madvise", "", false, 0},
		{"no heap", 0, 24 * gib, "madvise", "", false, 0},
		{"a VM that gives free memory back to its host", 575 << 20, 24 * gib, "madvise", "", true, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if strconv.IntSize < 64 {
				want = 0 // no advice in a 32-bit address space
			}
			if got := Size(tt.heap, tt.physical, tt.mode, tt.godebug, tt.reported); got != want {
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

func TestReported(t *testing.T) {
	const dir = "sys/bus/virtio/drivers/virtio_balloon/"
	// The features of the project's VM's balloon: stats (1), deflate on
	// out of memory (2), free page reporting (5), and the transport's.
	const reporting = "01100101000000000000000000000000100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000\n"
	const noReporting = "01100000000000000000000000000000100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000\n"
	tests := []struct {
		name string
		fsys fstest.MapFS
		want bool
	}{
		{"a balloon that reports", fstest.MapFS{dir + "virtio0/features": {Data: []byte(reporting)}}, true},
		{"a balloon that does not", fstest.MapFS{dir + "virtio0/features": {Data: []byte(noReporting)}}, false},
		{"the second of two balloons", fstest.MapFS{
			dir + "virtio0/features": {Data: []byte(noReporting)},
			dir + "virtio3/features": {Data: []byte(reporting)},
		}, true},
		{"no balloon (bare metal, or another hypervisor)", fstest.MapFS{"sys/bus/virtio/drivers/virtio_net/virtio1/features": {Data: []byte(reporting)}}, false},
		{"a features file too short", fstest.MapFS{dir + "virtio0/features": {Data: []byte("0110\n")}}, false},
		{"no sysfs at all", fstest.MapFS{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Reported(tt.fsys); got != tt.want {
				t.Errorf("Reported = %v, want %v", got, tt.want)
			}
		})
	}
}
