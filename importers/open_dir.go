package importers

// The files of a folder given, walked, with the zip archives in it.

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// addDir lists the files of the folder root and of the zip archives in
// it: a folder of downloaded exports is read as if each archive had been
// given, as unpacking them would have it read.
func (in *Inputs) addDir(root string, limit int64) error {
	// WalkDir does not enter a root that is a symbolic link: walk its
	// target, but name files after the path the user gave.
	walkRoot := root
	if real, err := filepath.EvalSymlinks(root); err == nil {
		walkRoot = real
	}
	return filepath.WalkDir(walkRoot, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("%s: cannot read: %w", p, unwrapPathError(err))
		}
		var size int64
		// unopened, when set, is the error reading the file meets, told
		// without opening it (see irregular): a broken link, a pipe.
		var unopened error
		switch {
		case d.Type().IsRegular():
			info, err := d.Info()
			if err != nil {
				return fmt.Errorf("%s: cannot read: %w", p, unwrapPathError(err))
			}
			size = info.Size()
		case d.Type()&fs.ModeSymlink != 0:
			// A file linked into the folder (a download linked into the
			// folder of exports) is read as if it were there. A link to
			// a folder is not entered (it could loop); a link to a pipe
			// is a pipe. A broken link fails when it is read, as an
			// unreadable file does, named as a link: "no such file" of a
			// file the folder lists, or "empty" of a zip, misled.
			st, err := os.Stat(p)
			switch {
			case err != nil:
				target, _ := os.Readlink(p)
				what := "does not exist"
				if !errors.Is(err, fs.ErrNotExist) {
					what = fmt.Sprintf("cannot be read (%v)", unwrapPathError(err))
				}
				unopened = fmt.Errorf("a symbolic link to %s, which %s", target, what)
			case st.IsDir():
				return nil
			case !st.Mode().IsRegular():
				unopened = irregular
			default:
				size = st.Size()
			}
		case d.IsDir():
			return nil
		default:
			// A pipe, a device or a socket, never opened (opening a pipe
			// waits for a writer): one named as a list is refused when
			// that list is read, as one given by name is; it was passed
			// over, the network audited without the list.
			unopened = irregular
		}
		rel, err := filepath.Rel(walkRoot, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if skipped(rel) {
			return nil
		}
		display := filepath.Join(root, filepath.FromSlash(rel))
		// A pipe or a broken link is never opened, under any name: the
		// head of a download in progress is read too (unfinishedList),
		// and opening a pipe waits for a writer, for good.
		open := func() (io.ReadCloser, error) { return os.Open(p) }
		if unopened != nil {
			open = func() (io.ReadCloser, error) { return nil, unopenedError(display, unopened) }
		}
		// A zip whole under a download's name (see finishedDownload) is
		// read, as given by name: the name says only that the browser
		// had not renamed it.
		if finished, err := finishedDownload(display, p, size); err != nil {
			return err
		} else if finished {
			return in.addZip(display, root, limit)
		}
		// A file of Safari's download in progress (x.download/x, beside
		// its Info.plist), in the folder given or given itself by a
		// shell's *: read, a follows list cut short would count the
		// accounts it lacks as unfollowed.
		if filepath.Base(p) != "Info.plist" && strings.EqualFold(filepath.Ext(filepath.Dir(display)), ".download") {
			return unfinishedError(display, unfinishedDownload(display))
		}
		// Chrome's or Firefox's download in progress of an export in
		// the folder given (the downloads folder, the Facebook zip still
		// coming): passed over, its network was audited on none of its
		// list, and on a first run not a word said.
		if unfinishedExport(display) {
			if name := strings.TrimSuffix(rel, path.Ext(rel)); !strings.HasPrefix(path.Base(name), "Unconfirmed ") && !strings.EqualFold(path.Ext(name), ".zip") {
				in.unfinished = append(in.unfinished, &File{
					Input: root, Path: name, Size: size, limit: limit, display: display,
					open: open, onDisk: true,
				})
				return nil
			}
			return unfinishedError(display, unfinishedDownload(display))
		}
		if strings.EqualFold(path.Ext(rel), ".zip") {
			if unopened != nil {
				return unopenedError(display, unopened)
			}
			if size == 0 {
				// Firefox's placeholder: the walk meets x.zip before the
				// x.zip.part beside it. Any other empty zip is said so, as
				// given by name, not to "not start like" a zip.
				if err := firefoxPlaceholder(display, p); err != nil {
					return err
				}
				return fmt.Errorf("%s: the file is empty: was the download not finished, or cut short? If it is an export, download it again; if not, move it out of %s, the folder given", display, root)
			}
			isZip, err := looksLikeZip(p)
			switch {
			case err != nil:
				return fmt.Errorf("%s: cannot read: %w", display, unwrapPathError(err))
			case !isZip:
				return notZip(display, p, root)
			}
			return in.addZip(display, root, limit)
		}
		in.Files = append(in.Files, &File{
			Input: root, Path: rel, Size: size, limit: limit, display: display,
			open: open, onDisk: true,
		})
		return nil
	})
}

// irregular is the error of a file in a folder given that is a pipe, a
// device or a socket, or a link to one: said as of one given by name.
var irregular = errors.New("not a file (a pipe or a device): save the export to a file and give that")

// unopenedError names the file display with the error its reading meets
// (see addDir's unopened): "not a file" of a pipe, "cannot read: a
// symbolic link to …" of a broken link. As a *Error, File.Open passes it
// on as it is.
func unopenedError(display string, err error) error {
	if err == irregular {
		return &Error{File: display, Offset: -1, Err: err}
	}
	return &Error{File: display, Offset: -1, Err: fmt.Errorf("cannot read: %w", err)}
}
