package importers

import (
	"strings"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// maxUnixSeconds is the last second of year 9999: a larger "timestamp" is
// not Unix seconds (milliseconds, most likely) and would overflow a Date.
const maxUnixSeconds = 253402300799

// sinceUnix returns the day of a Unix-seconds timestamp, or the zero Date
// for none.
func sinceUnix(ts int64) audit.Date {
	if ts == 0 {
		return 0
	}
	return audit.DateOf(time.Unix(ts, 0))
}

// dated counts a record of f dated d where d is after Options.After (see
// Stats.Late): one comparison, where the importer has the date already.
// The zero Date (no date) is never after it.
func (f *File) dated(d audit.Date) {
	if d > f.after {
		f.lateRecord(d)
	}
}

// datedUnix is dated for a record dated by a Unix-seconds timestamp, as
// Facebook's are, compared before it becomes a day; 0 (none) is never
// after.
func (f *File) datedUnix(ts int64) {
	if ts > f.afterUnix {
		f.lateUnix(ts)
	}
}

// lateUnix is lateRecord for a timestamp: out of line, so that datedUnix
// is inlined.
//
//go:noinline
func (f *File) lateUnix(ts int64) { f.lateRecord(sinceUnix(ts)) }

// slashDate counts a Connected On date written in numbers, s, read as
// d (see Stats.MonthFirst): a re-save's 5/30/2024, or 5/30/24 (a
// spreadsheet's short date: LibreOffice's en-GB one is DD/MM/YY), not
// LinkedIn's own 2018 form, 1/8/18, 6:14 PM (month first, as LinkedIn
// wrote it), whose year has a time after it.
//
//go:noinline
func (f *File) slashDate(s string, d audit.Date) {
	if n := len(s) - strings.LastIndexByte(s, '/') - 1; n != len("2006") && n != len("06") {
		return
	}
	f.slashDates++
	if d.Time().Day() > 12 {
		f.dayOver12 = true
	}
}

// lateRecord counts a record dated d after Options.After: rare, out of
// the importers' loops.
//
//go:noinline
func (f *File) lateRecord(d audit.Date) {
	f.late++
	f.latest = max(f.latest, d)
}
