package importers

import (
	"strings"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// parseConnectedOn parses the forms Connected On has taken: "30 May 2024"
// (also "3 May 2024"), 2018's "1/8/18, 6:14 PM" (M/D/YY), Excel's US
// "5/30/2024" (M/D/YYYY, a re-saved file), Excel's "23-Nov-21" and ISO
// "2024-05-30". The shape picks the layout to try, so that a million rows
// cost about one parse each. An empty value is the zero
// Date.
func parseConnectedOn(s string) (audit.Date, bool) {
	if s == "" {
		return 0, true
	}
	switch {
	case strings.IndexByte(s, '/') >= 0:
		if i := strings.LastIndexByte(s, '/'); len(s)-i-1 == len("2006") {
			return parseDay(s, "1/2/2006")
		}
		return parseDay(s, "1/2/06, 3:04 PM", "1/2/06")
	case len(s) == len("2006-01-02") && s[4] == '-':
		return parseDay(s, time.DateOnly)
	case strings.IndexByte(s, '-') >= 0:
		return parseDay(s, "2-Jan-06")
	}
	return parseDay(s, "2 Jan 2006")
}

// dayMonYear parses today's form of Connected On, "30 May 2024" or "3 May
// 2024", as parseConnectedOn does, at a tenth of the cost of time.Parse or
// a map lookup; it reports false for anything else, including that form
// with a month in another case or a day the month does not have, which
// parseConnectedOn then decides.
func dayMonYear(s string) (audit.Date, bool) {
	digits := func(s string) (int, bool) {
		n := 0
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	dayLen := len(s) - len(" Jan 2006")
	if dayLen != 1 && dayLen != 2 || s[dayLen] != ' ' || s[dayLen+4] != ' ' {
		return 0, false
	}
	day, ok := digits(s[:dayLen])
	if !ok {
		return 0, false
	}
	year, ok := digits(s[dayLen+5:])
	if !ok {
		return 0, false
	}
	const months = "JanFebMarAprMayJunJulAugSepOctNovDec"
	mon := s[dayLen+1 : dayLen+4]
	month := 0
	for m := 0; m < 12; m++ {
		if months[3*m:3*m+3] == mon {
			month = m + 1
			break
		}
	}
	if month == 0 || day < 1 || day > 28 && day > audit.DaysIn(year, time.Month(month)) {
		return 0, false
	}
	return audit.NewDate(year, time.Month(month), day), true
}

// parseFollowDate parses Member_Follows.csv's "2026-04-06 14:48:23".
func parseFollowDate(s string) (audit.Date, bool) {
	if s == "" {
		return 0, true
	}
	return parseDay(s, time.DateTime, time.DateOnly, "2006-01-02 15:04:05 MST")
}

// parseJavaDate parses Company Follows.csv's dates, written by Java's
// Date.toString: "Mon Apr 06 16:33:17 UTC 2026". The day is taken as
// written, whatever the zone (which may also read "GMT+02:00").
func parseJavaDate(s string) (audit.Date, bool) {
	if s == "" {
		return 0, true
	}
	var fs [6]string
	n := 0
	for w := range strings.FieldsSeq(s) {
		if n == len(fs) {
			return 0, false
		}
		fs[n] = w
		n++
	}
	if n != len(fs) {
		return 0, false
	}
	return parseDay(fs[0]+" "+fs[1]+" "+fs[2]+" "+fs[3]+" "+fs[5], "Mon Jan 2 15:04:05 2006")
}

// parseDay returns the day of s as written, in the first of layouts that
// parses it.
func parseDay(s string, layouts ...string) (audit.Date, bool) {
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil {
			return audit.NewDate(t.Date()), true
		}
	}
	return 0, false
}
