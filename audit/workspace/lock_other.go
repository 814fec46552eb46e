//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package workspace

import "os"

// locks says that lockFile locks nothing: another run may be writing in
// the workspace.
const locks = false

// lockFile locks nothing where flock(2) is not at hand (Windows, Solaris,
// AIX...): two runs at once in one workspace are the person's to avoid
// there.
func lockFile(*os.File) error { return nil }

// release closes f and removes its file: Windows removes no file that is
// open.
func release(f *os.File, path string) {
	f.Close()
	os.Remove(path)
}
