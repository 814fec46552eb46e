package importers

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// DefaultMaxEntryBytes caps how many bytes are read from any one file of an
// export. It is far above any real list (2 million Twitter followers take
// about 300 MB) and stops a zip bomb long before memory or time run out.
const DefaultMaxEntryBytes = 4 << 30

// Options tune reading. The zero value uses the defaults.
type Options struct {
	// MaxEntryBytes caps the decompressed bytes read from one file, both
	// from what the archive declares and while streaming, since headers can
	// lie. Zero means DefaultMaxEntryBytes.
	MaxEntryBytes int64
	// Progress, when not nil, counts the files and lines read as they are
	// read, for a progress line on a terminal.
	Progress *Progress
	// Stats, when not nil, counts what the importers skipped, for the
	// person to see.
	Stats *Stats
	// Followers, when not nil, receives the followers of whom an export
	// gives nothing but a numeric id, as audit.Followers (8 bytes each),
	// instead of their being returned as accounts: a big account's
	// follower list then takes memory for its ids only. Only the
	// Twitter/X importer has such lists; see audit.MergeFollowers.
	Followers *[]audit.Followers
	// Usernames, with Followers, has the followers of whom an export
	// gives nothing but a username (Instagram's, a dozen bytes each)
	// returned apart too. Those followers are people named after their
	// usernames, whom audit.WriteAccounts cannot list among the others
	// in name order: for a caller that lists no follower (audit), not
	// for one that lists every account (import).
	Usernames bool
	// Claimed, when not nil, is called once the files to read are known
	// and before any is read, with their bytes (a zip entry's as its
	// header declares them): the caller may prepare memory for what they
	// will become.
	Claimed func(bytes int64)
	// Owners, when not nil, receives whose the exports are, where they say
	// (Twitter/X's data/account.js, Instagram's personal_information.json,
	// LinkedIn's Profile.csv), one per network.
	Owners *[]audit.Owner
	// After, when not zero, counts the records dated after that day (a
	// LinkedIn connection, a Facebook friend, an Instagram follow, ...),
	// per file, in Stats.Late: an export newer than the day an audit is
	// of. Each record costs one comparison, made where its date is read.
	After audit.Date
	// Removed, when not nil, receives the friends the person removed, as
	// the exports list them (Facebook's removed_friends.json), for a
	// re-audit to tell a friend gone by the person's own hand (see
	// audit.MarkUnfriended). Nil, the file is not read.
	Removed *[]audit.Removal
	// Ledgers, when not nil, receives the files on disk of the folders
	// given that hold a ledger's header (a copy of unfollow-audit's
	// ledger.csv, as a spreadsheet saved it: a CSV, a text file): no
	// export, they are passed over as a folder's other files are, and the
	// caller tells whether one holds notes the ledger it reads lacks (a
	// ledger sent back, saved in the download folder). Those of a
	// workspace some run wrote in a folder given are that workspace's,
	// and not returned (nor in Unread).
	Ledgers *[]LedgerCopy
	// Unread, when not nil, receives the copies of a ledger in the
	// folders given that are not read: workbooks named as a ledger
	// (ledger.xlsx, .ods, .xls: see workbookLedger), which are not
	// opened, and CSV copies inside a zip (a ledger sent back zipped),
	// named as a ledger and holding its header. A ledger a client sent
	// back so, saved beside the exports, was passed over unsaid, its
	// notes not read, and the caller says so.
	Unread *[]LedgerCopy
	// Workspace is the folder of the caller's workspace, "" for none: a
	// workspace as a run wrote one is told by its files (see
	// workspace.Holds), and this one is one before its first run too (a
	// ledger sent back put there as ledger.csv). Given beside exports
	// (the shell's * in the download folder that holds it), it is passed
	// over, and its files are no copy of a ledger sent back.
	Workspace string
}

// A LedgerCopy is a file of a folder given that holds a ledger's header
// (see Options.Ledgers), or a copy of a ledger not read (see
// Options.Unread): Path the file, Folder the folder given; for a copy
// inside a zip, Zip the zip and CRC the CRC-32 of its bytes, as the zip
// records it.
type LedgerCopy struct {
	Path, Folder string
	Zip          string
	CRC          uint32
}

// lateBounds returns what File.dated and File.datedUnix compare with: the
// last day not counted late, and its last second; never reached where
// After is zero.
func (o Options) lateBounds() (audit.Date, int64) {
	if o.After == 0 {
		return math.MaxInt32, math.MaxInt64
	}
	return o.After, int64(o.After)*86400 - 1 // a Date counts from 1 for 1970-01-01
}

// An ownerReader is an Importer whose exports say whose they are.
type ownerReader interface {
	owner(files []*File) (audit.Owner, bool, error)
}

// A sideFiler is an Importer with kinds of file it reads only for whose
// the export is (see ownerReader): Instagram's personal_information.json,
// LinkedIn's Profile.csv, Twitter/X's data/account.js. Alone, such a file
// is no export: an input that holds nothing else is one of none (a folder
// of papers with a Profile.csv in it), and the file is read only with the
// lists of its own export.
// sideName reports a file named as such a file is, whatever it holds:
// given alone and not one, it is said to be no export for its name.
//
// A side file is an export's only where it comes with that export's
// lists (see ownSides): exportFolder returns the folder of the export
// that holds a file of the network in dir (slash-separated, in an archive
// or on disk), dir without the folders the network puts its files in;
// zipParts reports a network that splits a big export into several zip
// archives, whose side file may then be in a part without its lists.
type sideFiler interface {
	side(kind string) bool
	sideName(base string) bool
	exportFolder(dir string) string
	zipParts() bool
}

// A sideTeller is a sideFiler with a side file that does not say whose
// the export is (see sideTells).
type sideTeller interface {
	// sideTells says what a side file of kind holds, as sideTells does,
	// or "" for one that says whose the export is.
	sideTells(kind string) string
}

// sideTells says what a side file of imp's of kind holds, for the
// message about one left alone or away from its export's lists: "says
// whose a LinkedIn export is" (Profile.csv), unless imp says otherwise
// (Twitter/X's data/manifest.js lists the archive's files).
func sideTells(imp Importer, kind string) string {
	if st, ok := imp.(sideTeller); ok {
		if s := st.sideTells(kind); s != "" {
			return s
		}
	}
	return "says whose " + withArticle(audit.NetworkTitle(imp.Network())) + " export is"
}

// A remover is an Importer whose export lists, besides the accounts,
// the friends the person removed (Facebook's removed_friends.json): not a
// list of accounts followed, and alone no export, it is read only where
// Options.Removed asks for it.
type remover interface {
	// removedKind reports whether files of kind list removed friends.
	removedKind(kind string) bool
	// removed reads them from the claimed files.
	removed(files []*File) ([]audit.Removal, error)
}

// isRemovedFile reports whether files of kind list the friends the
// person removed (see remover) rather than accounts.
func isRemovedFile(imp Importer, kind string) bool {
	r, ok := imp.(remover)
	return ok && r.removedKind(kind)
}

// leanImporter is an Importer that can return bare followers apart (see
// Options.Followers).
type leanImporter interface {
	importLean(files []*File) ([]audit.Account, []audit.Followers, error)
	// byUsername reports whether the followers apart are known by
	// username (see Options.Usernames).
	byUsername() bool
}

// Stats counts what an import skipped on purpose.
type Stats struct {
	// Deleted counts list entries of deleted accounts (Instagram's
	// "__deleted__…" users): there is no one to keep or unfollow.
	Deleted atomic.Int64
	// Hidden counts LinkedIn connections listed with their date alone (a
	// member who hid or closed their profile): no one to name or find.
	Hidden atomic.Int64
	// MonthFirst lists the LinkedIn files whose Connected On dates are a
	// spreadsheet's re-save in numbers (5/3/2024), each read month first
	// as a US spreadsheet writes them, where no day after the 12th tells
	// whether the spreadsheet wrote the month or the day first: a
	// day-first one (3/5/2024 for 3 May) with a day after the 12th is
	// refused, but with none it is read wrongly. Read fills it once every
	// file is read, in the order they were given.
	MonthFirst []string
	// PassedOver lists the files found beside other exports that list
	// nothing the tool reads (Mastodon's archive of posts, a Google
	// Takeout without YouTube subscriptions or as a tar archive, see
	// ytUnread), and the LinkedIn Basic archives read in their Complete
	// one's stead (see liOneRequest), each as the file, ": ", what it is
	// and what to do; Read fills it.
	PassedOver []string
	// Skipped lists the paths given by name that hold no export and lie
	// beside lists given so, in a folder of an unzipped export (the
	// shell's * run there): the export's other files, passed over (see
	// exportFolders); SkippedWarning says so. Read fills it.
	Skipped []string
	// Workspaces lists the paths given that are workspaces of the tool,
	// other than the caller's (Options.Workspace), passed over beside the
	// exports given with them; WorkspacesWarning says so. Read fills it.
	Workspaces []string
	// Late lists the files that hold records dated after Options.After,
	// in the order they were given; Read fills it once every file is
	// read.
	Late []Late
}

// Late is a file with records dated after Options.After.
type Late struct {
	File     string     // the file, as errors name it (archive.zip!entry)
	Network  string     // its network
	Relation string     // the relation it lists (audit.Connection, ...), "" for several
	Records  int        // its records dated after Options.After
	Latest   audit.Date // the latest of their dates
}

// hidden counts a LinkedIn connection listed with its date alone (see
// Stats.Hidden).
func (f *File) hidden() {
	if f.stats != nil {
		f.stats.Hidden.Add(1)
	}
}

// Progress counts what an import has read so far. Its fields may be read
// from another goroutine while the import runs.
type Progress struct {
	Files atomic.Int64 // files opened as text
	Lines atomic.Int64 // lines read in them
}

func (o Options) maxEntry() int64 {
	if o.MaxEntryBytes > 0 {
		return o.MaxEntryBytes
	}
	return DefaultMaxEntryBytes
}

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

// skipped reports files that are never part of an export: macOS's
// resource forks added when a folder is re-zipped on a Mac.
func skipped(p string) bool {
	return strings.HasPrefix(p, "__MACOSX/") || strings.Contains(p, "/__MACOSX/") ||
		strings.HasPrefix(path.Base(p), "._") || path.Base(p) == ".DS_Store"
}

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

func unwrapPathError(err error) error {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		return pe.Err
	}
	return err
}

// Open opens the file's raw bytes, capped at the size limit: reading past
// it fails with an error wrapping ErrTooBig.
func (f *File) Open() (io.ReadCloser, error) {
	if f.open == nil {
		return nil, errorf(f, "cannot be opened")
	}
	rc, err := f.open()
	if err != nil {
		if _, ok := errors.AsType[*Error](err); ok {
			return nil, err
		}
		return nil, errorf(f, "cannot open: %v", unwrapPathError(err))
	}
	limit := f.limit
	if limit <= 0 {
		limit = DefaultMaxEntryBytes
	}
	return &capped{rc: rc, left: limit, limit: limit, f: f}, nil
}

// capped fails once more than limit bytes have been read.
type capped struct {
	rc    io.ReadCloser
	left  int64
	limit int64
	f     *File
}

// bytesText writes a size in bytes as every count is written for a
// person (audit.Thousands), over all its range: a size, or the size
// limit (4 GiB by default), past an int's where an int is 32 bits, read
// plain or, cut to an int, as "0 bytes".
func bytesText(n uint64) string {
	if n < 1000 {
		return strconv.FormatUint(n, 10)
	}
	return fmt.Sprintf("%s,%03d", bytesText(n/1000), n%1000)
}

func (c *capped) Read(p []byte) (int, error) {
	if c.left < 0 {
		return 0, errorf(c.f, "the file is %w of %s bytes (a zip bomb?)", ErrTooBig, bytesText(uint64(c.limit)))
	}
	if int64(len(p)) > c.left+1 {
		p = p[:c.left+1]
	}
	n, err := c.rc.Read(p)
	c.left -= int64(n)
	if c.left < 0 {
		return 0, errorf(c.f, "the file is %w of %s bytes (a zip bomb?)", ErrTooBig, bytesText(uint64(c.limit)))
	}
	switch {
	case err == nil, err == io.EOF:
	case errors.Is(err, zip.ErrFormat):
		err = damaged(c.f, "the entry holds more bytes than its header declares, or is damaged (a zip bomb?)")
	case errors.Is(err, io.ErrUnexpectedEOF):
		err = damaged(c.f, "the entry is shorter than its header declares (damaged archive); download the export again")
	case errors.Is(err, zip.ErrChecksum):
		err = damaged(c.f, "the entry is damaged (checksum mismatch); download the export again")
	case errors.As(err, new(flate.CorruptInputError)):
		err = damaged(c.f, fmt.Sprintf("the entry is damaged (%v); download the export again", err))
	default:
		err = errorf(c.f, "cannot read: %v", err)
	}
	return n, err
}

func (c *capped) Close() error { return c.rc.Close() }

// damagedEntry is what is wrong with a zip entry whose bytes are damaged:
// told apart from what its content holds (see readError), as the zip
// reader can tell it only at the entry's end.
type damagedEntry struct{ msg string }

func (d damagedEntry) Error() string { return d.msg }

func damaged(f *File, msg string) error {
	return &Error{File: f.String(), Offset: -1, Err: damagedEntry{msg}}
}

// plusSize returns total (0 or more) plus f's size, as 0 where it is
// negative and at most math.MaxInt64 in all: a zip entry's size is what
// its header declares, any 64 bits (negative as an int64 past 2^63), and
// sizes summed to size a slice must not wrap round to a negative
// capacity, which make panics on.
func plusSize(total int64, f *File) int64 {
	return total + min(max(f.Size, 0), math.MaxInt64-total)
}

// Head returns up to the first n bytes of the file, or what could be read.
func (f *File) Head(n int) []byte {
	rc, err := f.Open()
	if err != nil {
		return nil
	}
	defer rc.Close()
	buf := make([]byte, n)
	m, _ := io.ReadFull(rc, buf)
	return buf[:m]
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

// lineBound returns one more than the line ends f holds (line feeds, or
// carriage returns where there are more: a file saved by an old Mac
// ends its lines with them alone), where f is a file on disk: read again
// from the page cache, 115 MB take 12-16 ms. It sizes a slice of
// records, a hint, not a limit: a file mixing lone CRs and LFs, read as
// lone-CR lines, can hold more records, and the slice then grows. ok is
// false for a zip's entry, which would be inflated twice, and where f
// cannot be read whole.
func (f *File) lineBound() (n int64, ok bool) {
	if !f.onDisk {
		return 0, false
	}
	rc, err := f.Open()
	if err != nil {
		return 0, false
	}
	defer rc.Close()
	buf := make([]byte, 256<<10)
	var lf, cr int64
	for {
		k, err := rc.Read(buf)
		lf += int64(bytes.Count(buf[:k], []byte{'\n'}))
		cr += int64(bytes.Count(buf[:k], []byte{'\r'}))
		if err == io.EOF {
			return max(lf, cr) + 1, true
		}
		if err != nil {
			return 0, false
		}
	}
}
