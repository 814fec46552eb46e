package importers

import (
	"fmt"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// nameDates match the day the networks write in the names of their
// exports: twitter-2026-11-20-….zip and instagram-NAME-2026-11-20-….zip
// (year first, with dashes), facebook-NAME-20261120.zip,
// takeout-20261120T090000Z-001.zip and Mastodon's
// archive-20261120093000-….zip (year first, in one number), and
// Complete_LinkedInDataExport_11-20-2026.zip (month first).
var (
	nameDash    = regexp.MustCompile(`(?:^|[^0-9])(20[0-9]{2})-([0-9]{2})-([0-9]{2})(?:[^0-9]|$)`)
	nameNumber  = regexp.MustCompile(`(?:^|[^0-9])(20[0-9]{2})([0-9]{2})([0-9]{2})(?:[0-9]{6})?(?:[^0-9]|$)`)
	nameLinkdIn = regexp.MustCompile(`(?i)DataExport_([0-9]{2})-([0-9]{2})-(20[0-9]{2})(?:[^0-9]|$)`)
)

// nameDay returns the day an export's name (a zip's, or the folder it
// was unzipped into) gives, or zero where it gives none, or one that is
// no day.
func nameDay(name string) audit.Date {
	day := func(y, m, d string) audit.Date {
		yi, _ := strconv.Atoi(y)
		mi, _ := strconv.Atoi(m)
		di, _ := strconv.Atoi(d)
		if mi < 1 || mi > 12 || di < 1 || di > 31 {
			return 0
		}
		dt := audit.NewDate(yi, time.Month(mi), di)
		if t := dt.Time(); t.Day() != di { // 2026-02-30
			return 0
		}
		return dt
	}
	if m := nameLinkdIn.FindStringSubmatch(name); m != nil {
		return day(m[3], m[1], m[2])
	}
	if m := nameDash.FindStringSubmatch(name); m != nil {
		return day(m[1], m[2], m[3])
	}
	if m := nameNumber.FindStringSubmatch(name); m != nil {
		return day(m[1], m[2], m[3])
	}
	return 0
}

// exportName is the name of the export f comes from, as the person sees
// it: the zip's, or the folder's given (an export unzipped keeps the
// zip's name), else the loose file's.
func exportName(f *File) string {
	if f.Input != "" {
		return path.Base(filepath.ToSlash(filepath.Clean(f.Input)))
	}
	return path.Base(f.Path)
}

// An exportSource is an export as the refusal of two names it (see
// oneExport): display is the zip or file (File.ownerSource), or the
// export's folder in a zip or folder given that holds two; name is its
// name (see exportName); made is the day the archive dates the file of
// the list (File.made).
type exportSource struct {
	display, name string
	made          audit.Date
}

// sourceOf returns the export f comes from, as the refusal of two names
// it.
func sourceOf(f *File) exportSource {
	return exportSource{display: f.ownerSource(), name: exportName(f), made: f.made}
}

// newerOf says which of two exports of one network, g and f, is the
// newer, for the refusal of the two (see oneExport) to name the one to
// give: by the dates in their names where both give one, else by the
// dates of their zip entries of the list (the day the network wrote
// it); or that neither tells (loose files, folders of no dated name, or
// exports of one day), told false. Where the names and the entries both
// tell, and tell the other way round (a zip renamed by hand), neither is
// taken: the one named newer by its name would be refused, given alone,
// as older than an audit that read the other (see Coverage.Made, which
// goes by the entries).
func newerOf(g, f exportSource) (string, bool) {
	gd, fd := nameDay(g.name), nameDay(f.name)
	if gd != 0 && fd != 0 && gd != fd && g.made != 0 && f.made != 0 && g.made != f.made && (gd > fd) != (g.made > f.made) {
		byName, byMade := g, f
		if fd > gd {
			byName, byMade = f, g
		}
		return fmt.Sprintf("which is the newer cannot be told: by the dates in their names, %s, of %s; by the dates of their files, %s, of %s", byName.display, max(gd, fd), byMade.display, max(g.made, f.made)), false
	}
	if gd != 0 && fd != 0 && gd != fd {
		newer, day := g, gd
		if fd > gd {
			newer, day = f, fd
		}
		return fmt.Sprintf("by the dates in their names, %s, of %s, is the newer", newer.display, day), true
	}
	if g.made != 0 && f.made != 0 && g.made != f.made {
		newer, older := g, f
		if f.made > g.made {
			newer, older = f, g
		}
		return fmt.Sprintf("by the dates of their files, %s, of %s, is the newer; the other's are of %s", newer.display, newer.made, older.made), true
	}
	return "which is the newer, neither their names nor the dates of their files tell", false
}

// newestOf says which of several exports of one network is the newest,
// as newerOf says it of two (and for two, as newerOf): by the dates in
// their names where each gives one and one is later than all others,
// else by the dates of their entries of the list so told; or that
// neither tells, told false. Where both tell, and name two different
// exports, neither is taken (see newerOf).
func newestOf(srcs []exportSource) (string, bool) {
	if len(srcs) == 2 {
		return newerOf(srcs[0], srcs[1])
	}
	byName, byMade := latestByName(srcs), latestByMade(srcs)
	switch {
	case byName >= 0 && byMade >= 0 && byName != byMade:
		n, m := srcs[byName], srcs[byMade]
		return fmt.Sprintf("which is the newest cannot be told: by the dates in their names, %s, of %s; by the dates of their files, %s, of %s", n.display, nameDay(n.name), m.display, m.made), false
	case byName >= 0:
		n := srcs[byName]
		return fmt.Sprintf("by the dates in their names, %s, of %s, is the newest", n.display, nameDay(n.name)), true
	case byMade >= 0:
		m := srcs[byMade]
		return fmt.Sprintf("by the dates of their files, %s, of %s, is the newest", m.display, m.made), true
	}
	return "which is the newest, neither their names nor the dates of their files tell", false
}

// latestOf returns the index of the one of srcs of the latest day, or -1
// where one has none, or two share the latest.
func latestOf(srcs []exportSource, day func(exportSource) audit.Date) int {
	at, tie := -1, false
	for i, s := range srcs {
		d := day(s)
		switch {
		case d == 0:
			return -1
		case at < 0 || d > day(srcs[at]):
			at, tie = i, false
		case d == day(srcs[at]):
			tie = true
		}
	}
	if tie {
		return -1
	}
	return at
}

// latestByName and latestByMade are latestOf by the dates in the names,
// and by the dates of the files of the list.
func latestByName(srcs []exportSource) int {
	return latestOf(srcs, func(s exportSource) audit.Date { return nameDay(s.name) })
}

func latestByMade(srcs []exportSource) int {
	return latestOf(srcs, func(s exportSource) audit.Date { return s.made })
}

// newestNamed returns the index of the one of srcs newestOf (newerOf, for
// two) names the newest by the date in its name, and that date; -1 where
// it names none so (by the dates of their files, or none). The refusal of
// several networks' copies says that rule once for all the networks it
// holds (see twoCopiesError), not each network's sentence.
func newestNamed(srcs []exportSource) (int, audit.Date) {
	byName, byMade := latestByName(srcs), latestByMade(srcs)
	if byName < 0 || byMade >= 0 && byMade != byName {
		return -1, 0
	}
	return byName, nameDay(srcs[byName].name)
}
