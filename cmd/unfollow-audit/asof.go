package main

import (
	"fmt"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// parseAsOf reads an --as-of date, today when s is empty. A date more
// than a year after today is refused as a typo (2062 for 2026): a run on
// it would be the workspace's last, and every later run, dated before
// it, refused. So is one before 1970, which the tool does not count.
func parseAsOf(s string, today time.Time) (audit.Date, error) {
	if s == "" {
		return localDay(today), nil
	}
	d, err := audit.ParseDate(s)
	if err != nil {
		return 0, fmt.Errorf("--as-of: %v", err)
	}
	if d <= 0 {
		// A Date counts days from 1970 (audit.ErrBefore1970): 1969-12-31
		// is the unknown day, which history/runs.csv wrote as an empty
		// as_of that refused every later run.
		return 0, fmt.Errorf("--as-of %s is before 1970, the first year the tool counts days in: check the year", s)
	}
	if limit := localDay(today.AddDate(1, 0, 0)); d > limit {
		return 0, fmt.Errorf("--as-of %s is more than a year after today (%s): check the year", d, localDay(today))
	}
	return d, nil
}

// localDay is the calendar day of t in its own time zone (the machine's,
// for time.Now): the day the person lives, which they write in last_met
// and mean by "met today". audit.DateOf takes the UTC day, right for the
// exports' Unix times but a day off here for hours of every day away
// from UTC (a last_met of this morning in Tokyo was "after the audit
// date"; "m" in a California evening wrote tomorrow).
func localDay(t time.Time) audit.Date {
	return audit.NewDate(t.Year(), t.Month(), t.Day())
}

// todayOf returns the day a run given no --as-of is of, today (the day
// here, see localDay) but where the last audit in the workspace is of
// the day after: dated where the day had turned already (a version that
// took the day in UTC, run in an evening west of it; the computer carried
// west since), it would refuse every run until the morning as before it,
// telling the person to delete it. The run is of that day, as a run on
// the day of the last is, and note says so. A last audit two days ahead
// or more is no time zone: that is refused, naming today.
func todayOf(ws *workspace.Workspace, dir string, today audit.Date) (day audit.Date, note string, err error) {
	names, err := ws.History()
	if err != nil || len(names) == 0 {
		return today, "", err
	}
	last, err := audit.ParseDate(runDate(names[len(names)-1]))
	switch {
	case err != nil || last <= today:
		return today, "", nil
	case last == today+1:
		return last, fmt.Sprintf("the last audit in %s is of %s, the day after today here (%s), dated in another time zone: this run is of %s too", dir, last, today, last), nil
	}
	return 0, "", fmt.Errorf("today, %s, is before the last audit in %s (%s): is this computer's date right? Else give --as-of %s or a later day", today, dir, last, last)
}
