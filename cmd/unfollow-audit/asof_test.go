package main

import (
	"testing"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// TestParseAsOfLocalDay checks that the default audit date is today where
// the person is, not in UTC: in Tokyo at 08:00 on the 26th it is still the
// 25th in UTC, and a last_met of the 26th (met at breakfast) was refused as
// after the audit date; in California at 20:00 on the 25th it is already
// the 26th in UTC, and "m met today" wrote tomorrow.
func TestParseAsOfLocalDay(t *testing.T) {
	tokyo := time.FixedZone("JST", 9*3600)
	california := time.FixedZone("PST", -8*3600)
	for _, c := range []struct {
		name  string
		now   time.Time
		asOf  string
		want  string
		limit string // the error of --as-of 2027-11-27, "" for none
	}{
		{"tokyo morning", time.Date(2026, 11, 26, 8, 0, 0, 0, tokyo), "", "2026-11-26", ""},
		{"california evening", time.Date(2026, 11, 25, 20, 0, 0, 0, california), "", "2026-11-25", ""},
		{"utc noon", time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC), "", "2026-11-25", ""},
		// A year after today is today's day a year on, where the person is.
		{"tokyo morning, a year on", time.Date(2026, 11, 26, 8, 0, 0, 0, tokyo), "2027-11-26", "2027-11-26", ""},
		{"california evening, a year and a day on", time.Date(2026, 11, 25, 20, 0, 0, 0, california), "2027-11-26", "",
			"--as-of 2027-11-26 is more than a year after today (2026-11-25): check the year"},
		// A day before 1970 is none the tool counts: 1969-12-31 was the
		// unknown day, written as an empty as_of in history/runs.csv,
		// which refused every later run; earlier days warned of "the
		// export  made on , after --as-of 1900-01-01".
		{"the first day counted", time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC), "1970-01-01", "1970-01-01", ""},
		{"the day before 1970", time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC), "1969-12-31", "",
			"--as-of 1969-12-31 is before 1970, the first year the tool counts days in: check the year"},
		{"a year typed short", time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC), "0206-11-25", "",
			"--as-of 0206-11-25 is before 1970, the first year the tool counts days in: check the year"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := parseAsOf(c.asOf, c.now)
			if c.limit != "" {
				if err == nil || err.Error() != c.limit {
					t.Fatalf("parseAsOf(%q) error = %v, want %q", c.asOf, err, c.limit)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			want, _ := audit.ParseDate(c.want)
			if got != want {
				t.Errorf("parseAsOf(%q) at %s = %s, want %s", c.asOf, c.now, got, want)
			}
		})
	}
}
