package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/importers"
	"github.com/unfollow-audit/unfollow-audit/internal/printable"
)

// lateAfter is the last day an export's records may be dated for an audit
// of asOf without a warning (importers.Options.After): a day's slack, as
// for the exports' own dates (madeBy). Facebook's and Instagram's
// timestamps are days in UTC, LinkedIn's dates days where LinkedIn wrote
// them, and a zip's entry times carry no zone: an evening's friend west of
// UTC, or a morning's connection east of it, is dated the day after the
// person's own.
func lateAfter(asOf audit.Date) audit.Date { return asOf + 1 }

// dayFrom says where the audit's day came from, for the warning that
// names it.
type dayFrom uint8

const (
	dayToday     dayFrom = iota // the clock's, today here
	dayGiven                    // --as-of
	dayLastAudit                // the last audit's, a day after today here (see todayOf)
)

// dayFromOf is the dayFrom of a day given by --as-of or, without it,
// moved to the last audit's.
func dayFromOf(given, moved bool) dayFrom {
	switch {
	case given:
		return dayGiven
	case moved:
		return dayLastAudit
	}
	return dayToday
}

// maxLateFiles is how many files a warning names; more are counted.
const maxLateFiles = 3

// lateWarning returns the one line that warns of records dated after the
// audit's day (late, see importers.Stats.Late) or, where none is, of
// exports made after it (their zip dates, Coverage.Made), or "" where
// nothing is. from says whether the day came from --as-of (an old
// quarter audited again, with this quarter's export), or is today's
// (where only a wrong clock, the computer's or the network's, dates one
// after it), or the last audit's, a day after today here (todayOf): that
// one is named as the audit's day, not as today, which it is not. Either way the run goes on: the rules count from the ledger's
// dates, never after the audit's day, and the records keep their dates
// (the ids of LinkedIn's oldest exports and of Facebook's are made of
// them), but the export does not show the lists as they were that day.
//
// The line names files as the exports and archives name them: an entry of
// a zip, as its maker named it, may hold a line break, an escape sequence
// or a bidirectional override, printed on one line as errors are
// (printable.Line).
func lateWarning(late []importers.Late, c importers.Coverage, asOf audit.Date, from dayFrom) string {
	return printable.Line(lateText(late, c, asOf, from))
}

// lateText is lateWarning's line, its file names as they are.
func lateText(late []importers.Late, c importers.Coverage, asOf audit.Date, from dayFrom) string {
	day, check := "today, "+asOf.String(), "is this computer's date right?"
	switch from {
	case dayGiven:
		day, check = "--as-of "+asOf.String(), "is --as-of right?"
	case dayLastAudit:
		day = "the audit's day, " + asOf.String() + ", the last audit's, a day after today here"
	}
	if len(late) > 0 {
		n, latest := 0, audit.Date(0)
		for _, l := range late {
			n += l.Records
			latest = max(latest, l.Latest)
		}
		if len(late) == 1 {
			l := late[0]
			return fmt.Sprintf("warning: %s in %s %s dated after %s (latest %s): %s",
				countOf(l.Records, l.Relation), l.File, plural(l.Records, "is", "are"), day, l.Latest, check)
		}
		var files []string
		for i, l := range late {
			if i == maxLateFiles {
				more := len(late) - i
				files = append(files, fmt.Sprintf("and %s more %s", audit.Thousands(more), plural(more, "file", "files")))
				break
			}
			files = append(files, fmt.Sprintf("%s in %s", countOf(l.Records, l.Relation), l.File))
		}
		return fmt.Sprintf("warning: %s %s dated after %s (%s; latest %s): %s",
			countOf(n, ""), plural(n, "is", "are"), day, strings.Join(files, ", "), latest, check)
	}
	type export struct {
		input string
		made  audit.Date
	}
	var made []export
	for _, network := range audit.KnownNetworks {
		d, input := c.Made(network)
		if d > lateAfter(asOf) && !slices.ContainsFunc(made, func(e export) bool { return e.input == input }) {
			made = append(made, export{input, d})
		}
	}
	switch len(made) {
	case 0:
		return ""
	case 1:
		return fmt.Sprintf("warning: the export %s was made on %s, after %s: %s", made[0].input, made[0].made, day, check)
	}
	var each []string
	for _, e := range made {
		each = append(each, fmt.Sprintf("%s (made on %s)", e.input, e.made))
	}
	return fmt.Sprintf("warning: the exports %s were made after %s: %s", strings.Join(each, ", "), day, check)
}

// countOf says n records of relation: "12 connections", "1 follow";
// "entries" for no one relation.
func countOf(n int, relation string) string {
	one, many := "entry", "entries"
	switch relation {
	case audit.Connection:
		one, many = "connection", "connections"
	case audit.Friend:
		one, many = "friend", "friends"
	case audit.Following:
		one, many = "follow", "follows"
	case audit.Subscription:
		one, many = "subscription", "subscriptions"
	case audit.Follower:
		one, many = "follower", "followers"
	}
	return fmt.Sprintf("%s %s", audit.Thousands(n), plural(n, one, many))
}
