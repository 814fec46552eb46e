package importers

import (
	"fmt"
	"io"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// liArchiveName matches the names LinkedIn gives the two archives of one
// request for a copy of the data (lower-cased, without .zip and a copy's
// mark): basic_linkedindataexport_11-19-2026, sent within minutes, with
// Connections.csv, Profile.csv and a few more, and
// complete_linkedindataexport_11-20-2026, sent within about a day, with
// everything, those files included. The day is month first.
var liArchiveName = regexp.MustCompile(`^(basic|complete)_linkedindataexport_([0-9]{2}-[0-9]{2}-20[0-9]{2})$`)

// liRequestDays is how many days after the Basic archive's the Complete
// archive of the same request may be named: LinkedIn sends it within
// about a day, and a day late on a weekend is seen.
const liRequestDays = 3

// An liArchive is the files of one LinkedIn export named as LinkedIn names
// its archives (see liArchiveName): a zip, or the folder Windows or macOS
// unzips it into, of the same name without .zip (on disk, or zipped
// again).
type liArchive struct {
	source   string // the zip, or the folder, as messages name it
	complete bool
	day      audit.Date
	files    []*File
}

// liArchiveOf returns where f comes from, the zip or the folder on disk
// that holds it (or the folder in a zip, named as LinkedIn names its
// archives, that two archives unzipped and zipped again together make),
// and what that one's name says: whether it is a Basic or
// a Complete archive and of which day; ok is false for any other name.
func liArchiveOf(f *File) (source string, complete bool, day audit.Date, ok bool) {
	var name string
	switch {
	case isZip(f.Input) && liArchiveName.MatchString(liArchiveKey(path.Base(path.Dir(f.Path)))):
		// An archive unzipped, and zipped again with another one
		// (see rootFiler): its folder in the zip.
		source = f.Input + "!" + path.Dir(f.Path)
		name = path.Base(path.Dir(f.Path))
	case isZip(f.Input):
		source = f.Input
		name = filepath.Base(source)
		name = name[:len(name)-len(".zip")]
	case f.onDisk:
		source = filepath.Dir(f.String())
		name = filepath.Base(source)
	default:
		return "", false, 0, false
	}
	m := liArchiveName.FindStringSubmatch(liArchiveKey(name))
	if m == nil {
		return "", false, 0, false
	}
	day = nameDay("DataExport_" + m[2])
	if day == 0 {
		return "", false, 0, false
	}
	return source, m[1] == "complete", day, true
}

// liArchiveKey returns name as liArchiveName matches it: lower-cased,
// without a copy's mark.
func liArchiveKey(name string) string {
	return copyMark.ReplaceAllString(strings.ToLower(name), "")
}

// liOneRequest passes over, in the LinkedIn files claimed, those of a
// Basic archive given with the Complete archive of the same request:
// LinkedIn sends both for one request, the Basic one first, and both end
// up in the downloads folder given. The Complete one holds the Basic's
// files and more; a connection made between the two makes their
// Connections.csv differ, which oneExport refuses as two exports. They
// are taken for one request where both are named as LinkedIn names them
// (see liArchiveOf), the Complete's day is the Basic's or up to
// liRequestDays after it, and their Profile.csv name the same person
// (where one holds none, the Complete's Connections.csv lists every
// connection the Basic's does). Anything else stays for oneExport to judge: a
// Basic named after the Complete, days further apart, two people's, two
// Complete archives, a loose Connections.csv beside a Complete archive.
//
// A Basic archive passed over is noted in stats (Stats.PassedOver) only
// where it held a file the Complete's does not hold alike: where its
// files are the Complete's very bytes, nothing is lost without it, and
// oneExport would have read one copy of each without a word, as it did
// before Basic archives were passed over.
func liOneRequest(imps []Importer, claimed [][]*File, stats *Stats) {
	i := slices.IndexFunc(imps, func(imp Importer) bool { return imp.Network() == audit.LinkedIn })
	if i < 0 || len(claimed[i]) < 2 {
		return
	}
	var archives []*liArchive
	bySource := map[string]*liArchive{}
	for _, f := range claimed[i] {
		source, complete, day, ok := liArchiveOf(f)
		if !ok {
			continue
		}
		a := bySource[source]
		if a == nil {
			a = &liArchive{source: source, complete: complete, day: day}
			bySource[source] = a
			archives = append(archives, a)
		}
		a.files = append(a.files, f)
	}
	passed := map[*File]bool{}
	for _, b := range archives {
		if b.complete {
			continue
		}
		k := slices.IndexFunc(archives, func(c *liArchive) bool { return c.complete && liSameRequest(b, c) })
		if k < 0 {
			continue
		}
		c := archives[k]
		for _, f := range b.files {
			passed[f] = true
		}
		if stats != nil && !liHeldAlike(b, c) {
			stats.PassedOver = append(stats.PassedOver, liPassedNote(b, c))
		}
	}
	if len(passed) > 0 {
		claimed[i] = slices.DeleteFunc(claimed[i], func(f *File) bool { return passed[f] })
	}
}

// liSameRequest reports whether b, a Basic archive, and c, a Complete one,
// are those of one request (see liOneRequest).
func liSameRequest(b, c *liArchive) bool {
	if c.day < b.day || c.day > b.day+liRequestDays {
		return false
	}
	nb, nc := liArchiveOwner(b), liArchiveOwner(c)
	if nb != "" && nc != "" {
		return audit.SameOwner(audit.Owner{Network: audit.LinkedIn, ID: nb}, audit.Owner{Network: audit.LinkedIn, ID: nc})
	}
	// Whose one of them is cannot be told: the Complete must hold every
	// connection the Basic lists, as the note on the Basic says it does.
	// Two people's archives of those days (a couple's, in one downloads
	// folder) hold a few connections alike at most: passed over, the
	// Basic of the person the workspace audits would leave the other's
	// Complete read in its stead.
	within, ok := liConnectionsWithin(b, c)
	return ok && within
}

// liPassedNote says why b, a Basic archive passed over, is: c, the
// Complete archive of its request, holds its connections and more, or,
// where c lacks connections b lists (removed between the two, as the
// Complete comes a day later), c is the later, and how many it lacks.
func liPassedNote(b, c *liArchive) string {
	if n, ok := liConnectionsMissing(b, c); ok && n > 0 {
		what := "connection"
		if n > 1 {
			what = "connections"
		}
		return fmt.Sprintf("%s: the Complete archive of the same request, %s, made after it, is read in its place; it lacks %s %s the Basic one lists (removed in between?).", b.source, c.source, audit.Thousands(n), what)
	}
	return fmt.Sprintf("%s: the Complete archive of the same request, %s, holds its connections and more.", b.source, c.source)
}

// liConnectionsWithin reports whether every connection b's Connections.csv
// lists is in c's too, told by its profile address, or by its name and
// day where the row has none; ok is false where a file cannot be read to
// tell (left to oneExport, which says why).
func liConnectionsWithin(b, c *liArchive) (within, ok bool) {
	n, ok := liConnectionsMissing(b, c)
	return ok && n == 0, ok
}

// liConnectionsMissing returns how many connections b's Connections.csv
// lists that c's does not (see liConnectionsWithin); ok is false where a
// file cannot be read to tell.
func liConnectionsMissing(b, c *liArchive) (n int, ok bool) {
	held, ok := liConnectionKeys(c)
	if !ok {
		return 0, false
	}
	listed, ok := liConnectionKeys(b)
	if !ok {
		return 0, false
	}
	for k := range listed {
		if !held[k] {
			n++
		}
	}
	return n, true
}

// liConnectionKeys returns the connections a's Connections.csv lists (see
// liConnectionsWithin), or false where it cannot be read. Rows of hidden
// members, and rows not of the header's width, are left out: Import
// judges them where the file is read.
func liConnectionKeys(a *liArchive) (map[string]bool, bool) {
	keys := map[string]bool{}
	for _, f := range a.files {
		if f.Kind != liConnections {
			continue
		}
		lr, err := openLinkedInCSV(f, liConnectionsHeader, func(rec []string) bool {
			return hasCell(rec, "first name") && hasCell(rec, "last name")
		})
		if err != nil {
			return nil, false
		}
		first, last := colIndex(lr.header, "first name"), colIndex(lr.header, "last name")
		url, date := colIndex(lr.header, "url"), colIndex(lr.header, "connected on")
		for {
			rec, _, err := lr.next()
			if err == io.EOF {
				break
			}
			if err != nil {
				lr.Close()
				return nil, false
			}
			if len(rec) != len(lr.header) {
				continue
			}
			var k string
			if url >= 0 {
				k = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(rec[url])), "/")
			}
			if k == "" {
				name := audit.FoldName(rec[first] + " " + rec[last])
				if name == "" {
					continue // a hidden member
				}
				k = name
				if date >= 0 {
					k += "\x00" + strings.TrimSpace(rec[date])
				}
			}
			keys[strings.Clone(k)] = true // rec is borrowed
		}
		lr.Close()
	}
	return keys, true
}

// liArchiveOwner returns the name a's Profile.csv gives its owner, or ""
// (see LinkedIn.owner).
func liArchiveOwner(a *liArchive) string {
	for _, f := range a.files {
		if f.Kind == liProfile {
			if name := liProfileName(f); name != "" {
				return name
			}
		}
	}
	return ""
}

// liHeldAlike reports whether every file of b is in c too, of the same
// kind and name and with the same bytes. A file that cannot be read to
// tell counts as different.
func liHeldAlike(b, c *liArchive) bool {
	for _, f := range b.files {
		if !slices.ContainsFunc(c.files, func(g *File) bool {
			if f.Kind != g.Kind || listName(f.Name()) != listName(g.Name()) {
				return false
			}
			same, err := sameContent(f, g)
			return err == nil && same
		}) {
			return false
		}
	}
	return true
}
