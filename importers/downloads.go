package importers

// Downloads in progress, by the names browsers give them (Chrome's
// x.zip.crdownload, Firefox's x.zip.part, Safari's x.zip.download
// folder), given by name or met in the folder given.

import (
	"archive/zip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// firefoxPlaceholder is the error of the empty file p, named display,
// that Firefox leaves under a download's final name while the download
// goes into p.part beside it, or nil where no such file is beside it.
// Said to be empty, or no zip, the advice was to download the export
// again while the download was still coming.
func firefoxPlaceholder(display, p string) error {
	if st, err := os.Stat(p + ".part"); err != nil || !st.Mode().IsRegular() {
		return nil
	}
	return fmt.Errorf("%s: a download not finished (Firefox's .part: %s.part is beside it, this file stays empty until then): wait until the browser has finished it, then run again", display, display)
}

// unfinishedError is the error of p, a download in progress in browser
// (see unfinishedDownload): read now, the export would be cut short.
func unfinishedError(p, browser string) error {
	return fmt.Errorf("%s: a download not finished (%s): wait until the browser has finished it and give the file it becomes, or delete it", p, browser)
}

// unfinishedDownload names the browser whose download in progress p is,
// by the name it gives one (Chrome's and Edge's "x.zip.crdownload",
// Firefox's "x.zip.part", Safari's folder "x.zip.download"), or returns "".
// A shell's * gives them beside the finished exports, and read as a zip
// they said only "not a valid zip file".
func unfinishedDownload(p string) string {
	p = filepath.Clean(p)
	switch ext := strings.ToLower(filepath.Ext(p)); ext {
	case ".crdownload":
		return "Chrome's " + ext
	case ".part", ".partial":
		return "Firefox's " + ext
	case ".download":
		return "Safari's " + ext
	}
	if strings.EqualFold(filepath.Ext(filepath.Dir(p)), ".download") {
		return "Safari's .download" // the file inside Safari's folder
	}
	return ""
}

// finishedDownload reports whether the file p, named display, is a zip
// under a browser's name for its download in progress (see
// unfinishedDownload, zipDownload) that starts as a zip does, and whose
// central directory, at its end, reads: a browser writes a download from
// its first byte to its last, and a zip's end comes last, so the
// download came whole (copied, or left unrenamed, before the browser
// renamed it). Given by name, such a file is read as the zip it is (see
// Inputs.add); in the folder given it was refused as a download not
// finished, and the same file was read or refused by how it was given. A
// zip whose end has not come stays a download not finished, either way.
func finishedDownload(display, p string, size int64) (bool, error) {
	if size == 0 || unfinishedDownload(display) == "" || !zipDownload(display) {
		return false, nil
	}
	isZip, err := looksLikeZip(p)
	if err != nil {
		return false, fmt.Errorf("%s: cannot read: %w", display, unwrapPathError(err))
	}
	if !isZip {
		return false, nil
	}
	zr, err := zip.OpenReader(p)
	if err != nil {
		return false, nil
	}
	zr.Close()
	return true, nil
}

// zipDownload reports whether p, a download in progress by its name (see
// unfinishedDownload), is that of a zip: x.zip.crdownload, x.zip.part,
// Safari's x.zip.download/x.zip, or Chrome's "Unconfirmed
// 123456.crdownload", named before it knows the file's name.
func zipDownload(p string) bool {
	base := filepath.Base(p)
	if strings.EqualFold(filepath.Ext(base), ".zip") {
		return true // inside Safari's x.zip.download
	}
	name := strings.TrimSuffix(base, filepath.Ext(base))
	return strings.HasPrefix(name, "Unconfirmed ") || strings.EqualFold(filepath.Ext(name), ".zip")
}

// unfinishedExport reports whether p is a download in progress (see
// unfinishedDownload) that may be an export: its name without the
// browser's suffix ends as the files of an export do (.zip, .csv, .json,
// .js), or is not known yet (Chrome's "Unconfirmed 123456.crdownload").
// The download of anything else (a film's .mkv.part) in a downloads
// folder given is passed over, as the folder's other files are.
func unfinishedExport(p string) bool {
	if unfinishedDownload(p) == "" {
		return false
	}
	base := filepath.Base(p)
	name := strings.TrimSuffix(base, filepath.Ext(base))
	if strings.HasPrefix(name, "Unconfirmed ") {
		return true
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".zip", ".csv", ".json", ".js":
		return true
	}
	return false
}
