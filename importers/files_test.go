package importers

import (
	"errors"
	"io"
	"strings"
	"testing"
)

// memFile returns a File holding data, as if found at p inside the archive
// "export.zip", so that importer tests need no zip on disk.
func memFile(p, data string) *File {
	return &File{Input: "export.zip", Path: p, Size: int64(len(data)), limit: DefaultMaxEntryBytes,
		open: func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader(data)), nil }}
}

// detect runs imp.Detect on each file like Import does and fails the test
// when one is not claimed.
func detect(t testing.TB, imp Importer, files ...*File) []*File {
	t.Helper()
	for _, f := range files {
		f.Kind = imp.Detect(f.Path, func() []byte { return f.Head(headBytes) })
		if f.Kind == "" {
			t.Fatalf("%s: not detected by %T", f.Path, imp)
		}
	}
	return files
}

// checkPlaced fails the test unless err is nil or an *Error naming the file,
// which is what every bad input must produce (never a panic, never a bare
// error without the file).
func checkPlaced(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		return
	}
	if _, ok := errors.AsType[*Error](err); !ok {
		t.Fatalf("error without a file position: %v", err)
	}
	if strings.Contains(err.Error(), "\n") {
		t.Fatalf("error is more than one line: %q", err)
	}
}
