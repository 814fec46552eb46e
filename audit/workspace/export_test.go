package workspace

import "os"

// SetLink replaces os.Link for a test, and returns what puts it back.
func SetLink(fn func(oldname, newname string) error) (restore func()) {
	link = fn
	return func() { link = os.Link }
}

// SetRename replaces os.Rename where Commit puts files in place or back,
// for a test,
// and returns what puts it back.
func SetRename(fn func(oldname, newname string) error) (restore func()) {
	rename = fn
	return func() { rename = os.Rename }
}

// SetTestHookMadeDirs sets testHookMadeDirs, and returns what unsets it.
func SetTestHookMadeDirs(f func()) func() {
	testHookMadeDirs = f
	return func() { testHookMadeDirs = nil }
}

// SetCloseTemp replaces the close of a file of the run once written, for
// a test, and returns what puts it back.
func SetCloseTemp(fn func(*os.File) error) (restore func()) {
	closeTemp = fn
	return func() { closeTemp = (*os.File).Close }
}
