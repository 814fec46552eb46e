package importers

import (
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// zipsInside says, for an archive given (p) that holds no export, how
// many zip archives it holds: a folder of downloaded exports zipped again
// (zips inside a zip are not opened).
func zipsInside(files []*File, p string) string {
	var first *File
	n := 0
	for _, f := range files {
		if f.arg() == p && isZip(f.Input) && isZip(f.Path) {
			if n == 0 {
				first = f
			}
			n++
		}
	}
	switch n {
	case 0:
		return ""
	case 1:
		return fmt.Sprintf(" (it holds a zip archive, %s: unzip %s and give that one)", first.Path, first.Input)
	}
	return fmt.Sprintf(" (it holds %s zip archives, %s and more: unzip %s and give those)", audit.Thousands(n), first.Path, first.Input)
}

// zipNetwork returns the network whose export a zip archive's name
// (lower-case base name) is, as the networks name their zips
// (facebook-NAME-….zip, instagram-NAME-….zip, twitter-….zip,
// Complete_LinkedInDataExport_….zip, takeout-….zip for YouTube), or "".
// Mastodon's archive of posts (archive-….zip) lists no account followed.
func zipNetwork(name string) string {
	switch {
	case strings.HasPrefix(name, "facebook-"):
		return audit.Facebook
	case strings.HasPrefix(name, "instagram-"):
		return audit.Instagram
	case strings.HasPrefix(name, "twitter-"):
		return audit.Twitter
	case strings.Contains(name, "linkedindataexport"):
		return audit.LinkedIn
	case strings.HasPrefix(name, "takeout-"):
		return audit.YouTube
	}
	return ""
}

// zipsUnread notes in stats (Stats.PassedOver) the zips, in a path given
// beside another network's export, that hold a network's export zipped
// again (a folder of downloads zipped to be sent, then unzipped or given
// beside the others), where that network is read from nothing else:
// zips inside a zip are not opened, and the network went missing from
// the summary without a word, as a Takeout without its list did (see
// ytUnread). Only zips named as the networks name them, at the top of
// the zip or in a folder there (the folder zipped), are said: a zip of
// some program's zips is no export, and one deeper is a file an export
// keeps (a message's attachment). Each outer zip is noted once, with the
// networks it holds.
func zipsUnread(files []*File, imps []Importer, claimed [][]*File, recognised map[string]bool, stats *Stats) {
	if stats == nil {
		return
	}
	read := map[string]bool{}
	for i, imp := range imps {
		if len(claimed[i]) > 0 {
			read[imp.Network()] = true
		}
	}
	type outer struct {
		inner    []string
		networks []string
	}
	var order []string
	held := map[string]*outer{}
	for _, f := range files {
		if f.Kind != "" || !recognised[f.arg()] || !isZip(f.Input) || !isZip(f.Path) || strings.Count(f.Path, "/") > 1 {
			continue // deeper, a file kept in an export (a message's attachment), not an export
		}
		network := zipNetwork(strings.ToLower(f.Name()))
		if network == "" || read[network] {
			continue
		}
		o := held[f.Input]
		if o == nil {
			o = &outer{}
			held[f.Input] = o
			order = append(order, f.Input)
		}
		o.inner = append(o.inner, f.Path)
		if !slices.Contains(o.networks, network) {
			o.networks = append(o.networks, network)
		}
	}
	rank := func(network string) int {
		return slices.IndexFunc(imps, func(imp Importer) bool { return imp.Network() == network })
	}
	for _, in := range order {
		o := held[in]
		slices.SortFunc(o.networks, func(a, b string) int { return rank(a) - rank(b) })
		for i, n := range o.networks {
			o.networks[i] = audit.NetworkTitle(n)
		}
		what, them := "an export's zip inside a zip, which is not opened", "the zip it holds"
		if len(o.inner) > 1 {
			what, them = "exports' zips inside a zip, which are not opened", "the zips it holds"
		}
		stats.PassedOver = append(stats.PassedOver, fmt.Sprintf("%s: it holds %s, %s. To audit %s, unzip %s and give %s.",
			in, listPaths(o.inner), what, listPaths(o.networks), filepath.Base(in), them))
	}
}

// archivesInside is zipsInside, or else compressedInside, or else
// utf16Inside, or else tarsInside, or else
// ytWithoutSubscriptions, or else ytWithoutYouTube, or else mdFollowersOnly,
// or else blueskyInside, or else twOtherCSV: what a path that holds no
// export holds instead.
func archivesInside(files []*File, p string) string {
	for _, hint := range [...]func([]*File, string) string{zipsInside, compressedInside, utf16Inside, tarsInside, ytWithoutSubscriptions, ytWithoutYouTube, mdFollowersOnly, blueskyInside, twOtherCSV} {
		if h := hint(files, p); h != "" {
			return h
		}
	}
	return ""
}

// tarsInside says, for a path given (p) that holds no export, that it is
// or holds a tar archive, which the tool does not read, and what to do:
// Google Takeout writes .tgz (or .tbz) instead of .zip where its "File
// type" says so, and Mastodon's archive of posts was a .tar.gz. Told by
// the name, or by the gzip or bzip2 signature of a file given by name.
func tarsInside(files []*File, p string) string {
	for _, f := range files {
		if f.arg() != p || !isTar(f) {
			continue
		}
		if f.String() == p {
			return " (it is a tar archive, " + tarAdvice + ")"
		}
		return fmt.Sprintf(" (it holds a tar archive, %s, %s)", f, tarAdvice)
	}
	return ""
}

// tarItself reports whether the path given p is a loose file that is a
// tar archive (see isTar).
func tarItself(files []*File, p string) bool {
	for _, f := range files {
		if f.arg() == p && f.String() == p {
			return isTar(f)
		}
	}
	return false
}

// compression is a way a loose file given by name may be compressed
// on its own, outside a tar archive: told by its signature (magic), and,
// where what it decompresses to cannot be read, by its name (a suffix
// that is not that of a tar archive so compressed).
type compression struct {
	magic   []byte
	suffix  string // a single file so compressed: followers.csv.gz
	tarName string // a tar archive so compressed: x.tar.gz
	advice  string // what such a file is, and what to do
	decoder func(io.Reader) (io.Reader, error)
}

// compressionOf returns the compression whose signature head starts
// with, or nil.
func compressionOf(head []byte) *compression {
	for i := range compressions {
		if bytes.HasPrefix(head, compressions[i].magic) {
			return &compressions[i]
		}
	}
	return nil
}

// compressedItself returns, for the path given p that is a loose file
// compressed on its own, not a tar archive (see compressedFile), what it
// is and what to do; or "".
func compressedItself(files []*File, p string) string {
	for _, f := range files {
		if f.arg() == p && f.String() == p {
			return compressedFile(f)
		}
	}
	return ""
}

// compressedInside says, for a path given (p) that is a loose file
// compressed on its own and not a tar archive (followers.csv.gz,
// followers.csv.bz2), what it is and what to do: it was called a tar
// archive, and the advice to unpack it misled.
func compressedInside(files []*File, p string) string {
	if advice := compressedItself(files, p); advice != "" {
		return " (it is " + advice + ")"
	}
	return ""
}

// isTar reports whether f is a tar archive, compressed or not: by its
// name, or for a loose file given by name, by its head. A loose file
// that is gzip- or bzip2-compressed is told by the head of what it
// decompresses to (see decompressedHead), whatever its name: a tar
// archive has "ustar" at 257, and a CSV or JSON file compressed
// (followers.csv.gz, followers.csv.bz2) is not one. Where that head
// cannot be read (the stream is damaged or cut short), the name tells,
// and a name that says neither is taken for a tar archive, as it was
// before compressed files were told apart.
func isTar(f *File) bool {
	name := strings.ToLower(f.Name())
	loose := f.String() == f.Input
	var head []byte
	if loose {
		head = f.Head(262)
		if c := compressionOf(head); c != nil {
			if inner, ok := decompressedHead(f, c, 262); ok {
				return isUstar(inner)
			}
			return !c.plainName(name)
		}
	}
	for _, s := range tarSuffixes {
		if strings.HasSuffix(name, s) {
			return true
		}
	}
	return loose && isUstar(head)
}

// compressedFile returns, where f, a loose file given by name, is
// compressed on its own but not a tar archive (see isTar), what it is
// and what to do; or "".
func compressedFile(f *File) string {
	if f.String() != f.Input {
		return ""
	}
	c := compressionOf(f.Head(3))
	if c == nil || isTar(f) {
		return ""
	}
	return c.advice
}

// isUstar reports whether head, the start of a file, is that of a tar
// archive: POSIX and GNU tar write "ustar" at 257 in every header.
func isUstar(head []byte) bool {
	return len(head) >= 262 && string(head[257:262]) == "ustar"
}

// plainName reports whether name, lower-cased, is that of a single file
// so compressed: .gz, but not .tar.gz; .bz2, but not .tar.bz2.
func (c *compression) plainName(name string) bool {
	return strings.HasSuffix(name, c.suffix) && !strings.HasSuffix(name, c.tarName)
}

// decompressedHead returns up to the first n bytes f decompresses to
// with c, and whether they could be read: ok is false where f's stream
// is damaged or ends before n bytes or its own end. Only the head is
// decompressed: for gzip a few kilobytes of a tar archive of gigabytes
// are read, for bzip2 its first block (900 kB at most).
func decompressedHead(f *File, c *compression, n int) (head []byte, ok bool) {
	rc, err := f.Open()
	if err != nil {
		return nil, false
	}
	defer rc.Close()
	zr, err := c.decoder(rc)
	if err != nil {
		return nil, false
	}
	head, err = io.ReadAll(io.LimitReader(zr, int64(n)))
	return head, err == nil
}

// isZip reports whether an input is a zip archive, by its name as Open
// takes it.
func isZip(input string) bool { return strings.HasSuffix(strings.ToLower(input), ".zip") }

// tarAdvice says what to do with a tar archive. Which one it is cannot be
// told without reading it whole, so the advice holds for any: Mastodon's
// archive of posts under a name of the person's (see mdArchiveTar) holds
// no follows, and unpacked it would be passed over.
const tarAdvice = "which the tool does not read: unpack it and give the folder it makes, or request the export again as .zip (Google Takeout: File type .zip); " +
	"if it is Mastodon's archive of your posts, it lists no account you follow: leave it out, and give the Follows CSV (following_accounts.csv)"

// compressions are the ones told apart from a tar archive: gzip and
// bzip2, which Go can decompress.
var compressions = []compression{
	{magic: []byte{0x1f, 0x8b}, suffix: ".gz", tarName: ".tar.gz",
		advice:  "a gzip-compressed file, which the tool does not read: decompress it (gunzip) and give the file it makes",
		decoder: func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) }},
	{magic: []byte("BZh"), suffix: ".bz2", tarName: ".tar.bz2",
		advice:  "a bzip2-compressed file, which the tool does not read: decompress it (bunzip2) and give the file it makes",
		decoder: func(r io.Reader) (io.Reader, error) { return bzip2.NewReader(r), nil }},
}

// tarSuffixes are the names Takeout and other exports give tar archives.
var tarSuffixes = []string{".tgz", ".tar.gz", ".tbz", ".tbz2", ".tar.bz2", ".tar"}
