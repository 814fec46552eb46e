package audit

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Date is a calendar day with no time zone, stored as days since 1970-01-01
// plus one so that the zero value means "unknown". It is 4 bytes instead of
// time.Time's 24, which matters at a million accounts.
type Date int32

// DateOf returns the calendar day of t in UTC.
func DateOf(t time.Time) Date {
	t = t.UTC()
	days := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC).Unix() / 86400
	return Date(days + 1)
}

// NewDate returns the given day; it normalises like time.Date.
func NewDate(year int, month time.Month, day int) Date {
	if month < time.January || month > time.December || day < 1 || day > 28 && day > DaysIn(year, month) {
		return DateOf(time.Date(year, month, day, 0, 0, 0, 0, time.UTC))
	}
	// A real day: counted directly (the importers make a million), as in
	// Howard Hinnant's days_from_civil, with years starting in March.
	y, m := year, int(month)
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400                     // [0, 399]
	doy := (153*((m+9)%12)+2)/5 + day - 1  // [0, 365]
	doe := yoe*365 + yoe/4 - yoe/100 + doy // [0, 146096]
	return Date(int64(era)*146097 + int64(doe) - 719468 + 1)
}

// DaysIn returns the number of days of month in year.
func DaysIn(year int, month time.Month) int {
	if month == time.February {
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	}
	return [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[month]
}

// ParseDate parses YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		if pe, ok := errors.AsType[*time.ParseError](err); ok && strings.Contains(pe.Message, "out of range") {
			return 0, fmt.Errorf("%q is not a day of the calendar", s) // 2026-02-30: the form is right
		}
		return 0, fmt.Errorf("%q is not a date in the form YYYY-MM-DD", s)
	}
	return DateOf(t), nil
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d == 0 }

// Time returns midnight UTC of the day.
func (d Date) Time() time.Time { return time.Unix(int64(d-1)*86400, 0).UTC() }

// appendTo appends the date as String writes it to b.
func (d Date) appendTo(b []byte) []byte {
	if d == 0 {
		return b
	}
	return d.Time().AppendFormat(b, time.DateOnly)
}

// String returns YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d == 0 {
		return ""
	}
	return d.Time().Format(time.DateOnly)
}
