package importers

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// Inputs are the files of every export path given, opened for reading.
type Inputs struct {
	Files []*File
	Paths []string
	// unfinished are the downloads in progress, in a folder given, of a
	// file that is no zip (x.csv.crdownload, x.json.part), each under the
	// name it will have: Read stops on one an importer would read
	// (Mastodon's following_accounts.csv still coming), and passes over
	// the others (a bank's statement.csv whose download broke off weeks
	// ago), as the folder's other files.
	unfinished []*File
	closers    []io.Closer
}

// Close closes every archive.
func (in *Inputs) Close() error {
	var errs []error
	for _, c := range in.closers {
		errs = append(errs, c.Close())
	}
	return errors.Join(errs...)
}

// Open lists the files of each path: a .zip archive (read in place, never
// extracted), a folder (walked), or a loose file. A file that starts like
// a zip is read as one whatever its name. Nothing but the archive directory
// is read here; entries are opened only when an importer asks.
func Open(paths []string, opt Options) (*Inputs, error) {
	in := &Inputs{Paths: paths}
	for _, p := range paths {
		if err := in.add(p, opt.maxEntry()); err != nil {
			in.Close()
			return nil, err
		}
	}
	after, afterUnix := opt.lateBounds()
	for _, f := range in.Files {
		f.progress, f.stats = opt.Progress, opt.Stats
		f.after, f.afterUnix = after, afterUnix
	}
	return in, nil
}

func (in *Inputs) add(p string, limit int64) error {
	st, err := os.Stat(p)
	if err != nil {
		return fmt.Errorf("%s: cannot read: %w", p, unwrapPathError(err))
	}
	if st.IsDir() {
		return in.addDir(p, limit)
	}
	if !st.Mode().IsRegular() {
		// A pipe (<(unzip -p ...)) or a device: a zip cannot be read
		// from one, and its size, 0, said "empty".
		return fmt.Errorf("%s: not a file (a pipe or a device): save the export to a file and give that", p)
	}
	if st.Size() == 0 {
		if browser := unfinishedDownload(p); browser != "" {
			return unfinishedError(p, browser)
		}
		if err := firefoxPlaceholder(p, p); err != nil {
			return err
		}
		if strings.EqualFold(filepath.Ext(p), ".zip") {
			return fmt.Errorf("%s: the file is empty: was the download not finished, or cut short? Download the export again", p)
		}
		return fmt.Errorf("%s: the file is empty", p)
	}
	isZip, err := looksLikeZip(p)
	if err != nil {
		return fmt.Errorf("%s: cannot read: %w", p, unwrapPathError(err))
	}
	if isZip {
		return in.addZip(p, "", limit)
	}
	if base := filepath.Base(p); strings.HasPrefix(base, "._") && len(base) > 2 {
		// The AppleDouble copy a Mac writes beside each file it copies
		// to a disk that is not a Mac's (a USB stick, a network share):
		// passed over in a folder (skipped), and given by name by a
		// shell's *.zip. Said to be a zip cut short, the person
		// downloaded the export again, to the same result.
		return fmt.Errorf("%s: a macOS resource fork file (the ._ copy a Mac leaves beside the real file), not an export: give %s instead", p, filepath.Join(filepath.Dir(p), base[2:]))
	}
	if browser := unfinishedDownload(p); browser != "" {
		// A zip complete under such a name is read above.
		return unfinishedError(p, browser)
	}
	if strings.EqualFold(filepath.Ext(p), ".zip") {
		return notZip(p, p, "")
	}
	in.Files = append(in.Files, &File{
		Input: p, Path: filepath.Base(p), Size: st.Size(), display: p, limit: limit,
		open:   func() (io.ReadCloser, error) { return os.Open(p) },
		onDisk: true,
	})
	return nil
}

// notZip is the error of a file p, named display, that has a zip's name
// but does not start like one: a web page where the browser or a
// download tool saved one under the export's name (a sign-in page, a
// download link expired: Takeout's last a week), said so, as a download
// again cut short would give the same; else a download cut short, with
// brokenZipAdvice where it was found in the folder given.
func notZip(display, p, given string) error {
	if isWebPage(p) {
		return fmt.Errorf("%s: not a zip archive but a web page (HTML), saved under the export's name: the download link may have expired or asked you to sign in; download the export again from the network's page, signed in", display)
	}
	if given != "" {
		return fmt.Errorf("%s: not a zip archive (the file does not start like one; was the download cut short?): %s", display, brokenZipAdvice(given))
	}
	return fmt.Errorf("%s: not a zip archive (the file does not start like one; was the download cut short?)", display)
}

// brokenZipAdvice says what to do with a zip that cannot be read, found
// in the folder given (the download folder): it may be no export at all
// (photos whose download broke off), and told only to download the
// export again, the person did so for exports they had.
func brokenZipAdvice(given string) string {
	return fmt.Sprintf("if it is an export, download it again; if not, move it out of %s, the folder given", given)
}

// isWebPage reports whether the file p starts as a web page does, after
// any byte order mark and white space: "<!doctype html" or "<html", in
// any case.
func isWebPage(p string) bool {
	f, err := os.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 512)
	n, _ := io.ReadFull(f, head)
	b := bytes.ToLower(bytes.TrimLeft(trimBOM(head[:n]), " \t\r\n"))
	return bytes.HasPrefix(b, []byte("<!doctype html")) || bytes.HasPrefix(b, []byte("<html"))
}

func looksLikeZip(p string) (bool, error) {
	f, err := os.Open(p)
	if err != nil {
		return false, err
	}
	defer f.Close()
	var magic [4]byte
	n, _ := io.ReadFull(f, magic[:])
	return n == 4 && (bytes.Equal(magic[:], []byte("PK\x03\x04")) || bytes.Equal(magic[:], []byte("PK\x05\x06"))), nil
}

// skipped reports files that are never part of an export: macOS's
// resource forks added when a folder is re-zipped on a Mac, and the files
// macOS and Windows keep in a folder (see osFile).
func skipped(p string) bool {
	return strings.HasPrefix(p, "__MACOSX/") || strings.Contains(p, "/__MACOSX/") ||
		strings.HasPrefix(path.Base(p), "._") || osFile(path.Base(p), false) != ""
}

// osFile says what the file or folder named base is where it is one the
// operating system keeps in a folder, never an export and never the
// person's: macOS's .DS_Store, the __MACOSX folder (a Mac's zip unzipped
// by Windows' Explorer or unzip, where the Mac's own tool leaves none),
// Windows' desktop.ini (every Downloads folder has one) and Thumbs.db, in
// any case, as Windows names files. Else "". The person never sees them:
// the shell's * gives them beside the exports, where refusing them as
// files of the person's own asked to move away what their file manager
// does not show (and desktop.ini, UTF-16, was said to be a file Excel had
// re-saved).
func osFile(base string, dir bool) string {
	switch {
	case dir && strings.EqualFold(base, "__MACOSX"):
		return "the folder of resource forks a Mac adds to a zip (unzipped by another program than the Mac's)"
	case dir:
		return ""
	case strings.EqualFold(base, ".DS_Store"):
		return "macOS's settings of the folder"
	case strings.EqualFold(base, "desktop.ini"):
		return "Windows' settings of the folder"
	case strings.EqualFold(base, "Thumbs.db"):
		return "Windows' thumbnails of the folder's pictures"
	}
	return ""
}

// osFileGiven is osFile for a path given.
func osFileGiven(p string) string {
	st, err := os.Stat(p)
	if err != nil {
		return ""
	}
	return osFile(filepath.Base(p), st.IsDir())
}

func unwrapPathError(err error) error {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		return pe.Err
	}
	return err
}
