package importers

import (
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
