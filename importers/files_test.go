package importers

import (
	"errors"
	"io"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// memFile returns a File holding data, as if found at p inside the archive
// "export.zip", so that importer tests need no zip on disk.
func memFile(p, data string) *File { return memFileIn("export.zip", p, data) }

// memFileIn is memFile for a file found in the archive input instead: a
// second zip part, or a copy of the export.
func memFileIn(input, p, data string) *File {
	return &File{Input: input, Path: p, Size: int64(len(data)), limit: DefaultMaxEntryBytes,
		open: func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader(data)), nil }}
}

// claim sets f.Kind to what imp.Detect says of f, as Import does, and
// returns it: "" when imp does not claim the file.
func claim(imp Importer, f *File) string {
	f.Kind = imp.Detect(f.Path, func() []byte { return f.Head(headBytes) })
	return f.Kind
}

// detect runs imp.Detect on each file like Import does and fails the test
// when one is not claimed.
func detect(t testing.TB, imp Importer, files ...*File) []*File {
	t.Helper()
	for _, f := range files {
		if claim(imp, f) == "" {
			t.Fatalf("%s: not detected by %T", f.Path, imp)
		}
	}
	return files
}

// mustImport imports files with imp, each detected first (see detect),
// and fails the test when the import fails.
func mustImport(t *testing.T, imp Importer, files ...*File) []audit.Account {
	t.Helper()
	accs, err := imp.Import(detect(t, imp, files...))
	if err != nil {
		t.Fatal(err)
	}
	return accs
}

// sampleDir is the folder of the sample export of network shipped in
// testdata/sample-src for the README and the golden tests, or a path elem
// inside it.
func sampleDir(network string, elem ...string) string {
	return filepath.Join(append([]string{"..", "testdata", "sample-src", network}, elem...)...)
}

// importSample imports the sample export of network with imps, as a
// folder, the way the CLI does, and returns the folder and the accounts.
func importSample(t *testing.T, network string, imps ...Importer) (string, []audit.Account) {
	t.Helper()
	dir := sampleDir(network)
	accs, err := Import([]string{dir}, Options{}, imps)
	if err != nil {
		t.Fatal(err)
	}
	return dir, accs
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

// importError is how an import of bad files must fail.
type importError struct {
	file      string   // Error.File, as File.String
	line      int      // Error.Line; 0 for an error without one
	offset    int64    // Error.Offset when line is 0; -1 for an error without one
	anyOffset bool     // when line is 0: any offset past the start will do, instead of offset
	says      []string // substrings of Error.Err
	unsaid    []string // substrings Error.Err must not hold
}

// checkImportError imports files with imp and fails the test unless the
// import fails, returns no accounts, and fails with a one-line *Error (see
// checkPlaced) of at most 400 bytes, placed and worded as want says.
func checkImportError(t *testing.T, imp Importer, files []*File, want importError) {
	t.Helper()
	accs, err := imp.Import(files)
	if err == nil {
		t.Fatalf("no error; got %d accounts: %v", len(accs), accs)
	}
	checkPlaced(t, err)
	if accs != nil {
		t.Errorf("accounts returned with the error: %v", accs)
	}
	if n := len(err.Error()); n > 400 {
		t.Errorf("message of %d bytes", n)
	}
	e, _ := errors.AsType[*Error](err)
	if e.File != want.file {
		t.Errorf("error names %q, want %q: %v", e.File, want.file, err)
	}
	switch {
	case e.Line != want.line:
		t.Errorf("error at line %d, want %d: %v", e.Line, want.line, err)
	case want.line > 0:
	case want.anyOffset:
		if e.Offset <= 0 {
			t.Errorf("error without a byte offset: %v", err)
		}
	case e.Offset != want.offset:
		t.Errorf("error at byte %d, want %d: %v", e.Offset, want.offset, err)
	}
	for _, s := range want.says {
		if !strings.Contains(e.Err.Error(), s) {
			t.Errorf("error %q does not say %q", err, s)
		}
	}
	for _, s := range want.unsaid {
		if strings.Contains(e.Err.Error(), s) {
			t.Errorf("error %q says %q", err, s)
		}
	}
}

// errorCase is a row of a table of bad exports: the files given, and the
// error their import must fail with.
type errorCase struct {
	name      string
	files     []*File
	file      string // Error.File
	line      int    // Error.Line
	offset    int64  // Error.Offset when line is 0
	anyOffset bool   // when line is 0: any offset past the start will do, instead of offset
	msg       string // in Error.Err
}

// checkErrorCases runs each case as a subtest: its files, each of which
// imp must claim, must fail to import as the case says (see
// checkImportError).
func checkErrorCases(t *testing.T, imp Importer, cases []errorCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkImportError(t, imp, detect(t, imp, c.files...), importError{
				file: c.file, line: c.line, offset: c.offset, anyOffset: c.anyOffset, says: []string{c.msg}})
		})
	}
}

// fileErrorCase is a row of a table of bad files: one file holding data at
// path in export.zip, and the error its import must fail with.
type fileErrorCase struct {
	name, path, data string
	line             int      // 0: no line
	offset           int64    // when line is 0: byte offset, -1 for none
	want             []string // substrings of the message
	not              []string // substrings the message must not hold
}

// checkFileErrorCases runs each case as a subtest: its file, detected as
// Import does, must fail to import as the case says (see
// checkImportError). A file imp does not claim is given to it without a
// kind, for the importer's own refusal.
func checkFileErrorCases(t *testing.T, imp Importer, cases []fileErrorCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := memFile(c.path, c.data)
			claim(imp, f)
			checkImportError(t, imp, []*File{f}, importError{file: "export.zip!" + c.path, line: c.line, offset: c.offset, says: c.want, unsaid: c.not})
		})
	}
}

// checkDetect fails the test unless imp.Detect says want of the file at
// path that starts with head, and reads the head only when readsHead.
func checkDetect(t *testing.T, imp Importer, path, head, want string, readsHead bool) {
	t.Helper()
	read := false
	got := imp.Detect(path, func() []byte { read = true; return []byte(head) })
	if got != want {
		t.Errorf("Detect(%q, %q) = %q, want %q", path, head, got, want)
	}
	if read != readsHead {
		t.Errorf("Detect(%q) read the head: %v, want %v", path, read, readsHead)
	}
}

// checkNameOnly fails the test when imp.Detect reads the head of a file at
// any of paths: the name alone must decide on them.
func checkNameOnly(t *testing.T, imp Importer, paths ...string) {
	t.Helper()
	for _, p := range paths {
		read := false
		imp.Detect(p, func() []byte { read = true; return nil })
		if read {
			t.Errorf("%s: head read", p)
		}
	}
}

// sameAccounts fails the test unless got and want are the same accounts in
// the same order, naming each that differs.
func sameAccounts(t *testing.T, got, want []audit.Account) {
	t.Helper()
	for i := 0; i < len(got) || i < len(want); i++ {
		switch {
		case i >= len(got):
			t.Errorf("account %d missing: want %+v", i, want[i])
		case i >= len(want):
			t.Errorf("account %d extra: %+v", i, got[i])
		case !reflect.DeepEqual(got[i], want[i]):
			t.Errorf("account %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
}

// checkLines fails the test unless got and want, accounts summed up one a
// line, are the same.
func checkLines(t *testing.T, got, want []string) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("accounts:\n\t%s\nwant:\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

// checkTwice fails the test unless imp reads files, an export given twice
// (the same files in two archives), as the accounts once that it gave for
// one copy.
func checkTwice(t *testing.T, imp Importer, files []*File, once []audit.Account) {
	t.Helper()
	twice, err := imp.Import(files)
	if err != nil {
		t.Fatalf("the export given twice: %v", err)
	}
	if !reflect.DeepEqual(once, twice) {
		t.Fatalf("the export given twice reads differently:\n%v\nonce:\n%v", twice, once)
	}
}
