package importers

// The entries of a zip archive given, or found in a folder given, listed
// as files without extracting them.

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// addZip lists the entries of the archive p, found in the folder given
// (or given itself, when given is "").
func (in *Inputs) addZip(p, given string, limit int64) error {
	zr, err := zip.OpenReader(p)
	if err != nil {
		if browser := unfinishedDownload(p); browser != "" {
			return unfinishedError(p, browser)
		}
		if given != "" {
			return fmt.Errorf("%s: not a readable zip archive (%v; was the download cut short?): %s", p, err, brokenZipAdvice(given))
		}
		return fmt.Errorf("%s: not a readable zip archive (%v): was the download cut short? Download the export again", p, err)
	}
	for _, zf := range zr.File {
		if err := checkEntryName(zf.Name); err != nil {
			zr.Close()
			return fmt.Errorf("%s: refusing the archive: entry %q %v", p, zf.Name, err)
		}
	}
	in.closers = append(in.closers, zr)
	for _, zf := range zr.File {
		if zf.FileInfo().IsDir() || skipped(zf.Name) {
			continue
		}
		f := &File{Input: p, Path: zf.Name, Size: int64(zf.UncompressedSize64), limit: limit, given: given, crc: zf.CRC32, hasCRC: true,
			display: strings.ToValidUTF8(p+"!"+zf.Name, "\uFFFD"), made: entryDay(zf.Modified)}
		f.open = func() (io.ReadCloser, error) {
			if zf.UncompressedSize64 > uint64(limit) {
				return nil, errorf(f, "the entry declares %s bytes, %w of %s bytes (a zip bomb?)", bytesText(zf.UncompressedSize64), ErrTooBig, bytesText(uint64(limit)))
			}
			if zf.Flags&0x1 != 0 && zf.Method != 99 {
				// Encrypted (APPNOTE 4.4.4, bit 0): a zip re-made with a
				// password (zip -P, 7-Zip's ZipCrypto). Its bytes read as
				// damaged, and "download the export again" gave back the
				// zip the person had protected. AES (method 99) is said
				// below, by its method.
				return nil, errorf(f, "the entry is encrypted with a password, which the tool does not read: unzip it with its password and give the folder, or give the zip as the network sent it")
			}
			rc, err := zf.Open()
			if errors.Is(err, zip.ErrAlgorithm) {
				// Networks deflate; bzip2, LZMA and the like come from
				// an archiver (7-Zip) the export went through.
				return nil, errorf(f, "the entry is compressed with method %d%s, which the tool cannot read: give the zip as the network sent it, or the folder unzipped",
					zf.Method, methodName[zf.Method])
			}
			if err != nil {
				return nil, errorf(f, "cannot open the entry: %v", err)
			}
			return rc, nil
		}
		in.Files = append(in.Files, f)
	}
	return nil
}

// methodName names the zip compression methods met beyond store and
// deflate (APPNOTE 4.4.5).
var methodName = map[uint16]string{9: " (Deflate64)", 12: " (bzip2)", 14: " (LZMA)", 93: " (Zstandard)", 95: " (XZ)", 98: " (PPMd)", 99: " (AES encryption)"}

// checkEntryName refuses names that would escape a folder if the archive
// were ever extracted: this tool never extracts, but an archive built to
// attack unzip tools is not an export and is safer refused whole.
func checkEntryName(name string) error {
	if i := strings.IndexFunc(name, func(r rune) bool { return r < 0x20 || r == 0x7f }); i >= 0 {
		return fmt.Errorf("contains a control character")
	}
	switch {
	case strings.Contains(name, `\`):
		// Windows PowerShell 5's Compress-Archive writes such names:
		// the person re-zipped the export.
		return fmt.Errorf("contains a backslash (a zip made by Windows PowerShell's Compress-Archive?): give the zip as the network sent it, or the folder unzipped")
	case strings.HasPrefix(name, "/"):
		return fmt.Errorf("is an absolute path")
	case len(name) >= 2 && name[1] == ':':
		return fmt.Errorf("starts with a drive letter")
	}
	for _, part := range strings.Split(name, "/") {
		if part == ".." {
			return fmt.Errorf("contains \"..\"")
		}
	}
	return nil
}

// entryDay returns the day of a zip entry's time, zero before 2000: a zip
// writer that leaves the time empty gives 1980-01-01, the first day
// MS-DOS times can say.
func entryDay(t time.Time) audit.Date {
	if t.Year() < 2000 {
		return 0
	}
	return audit.NewDate(t.Year(), t.Month(), t.Day())
}
