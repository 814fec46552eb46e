//go:build unix

package importers

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A pipe given as an export (<(unzip -p ...)) is refused as not a file,
// not as an empty one: its size is 0 whatever it holds.
func TestOpenRefusesPipes(t *testing.T) {
	p := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(p, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	_, err := Open([]string{p}, Options{})
	if err == nil || !strings.Contains(err.Error(), p+": not a file (a pipe or a device): save the export to a file") {
		t.Errorf("error %v, want the pipe named as not a file", err)
	}
}
