package workspace

import "os"

// SetLink replaces os.Link for a test, and returns what puts it back.
func SetLink(fn func(oldname, newname string) error) (restore func()) {
	link = fn
	return func() { link = os.Link }
}
