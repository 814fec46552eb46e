// What review reads of the runs before it: the recent runs, the day the
// last compared, the accounts an audit carried, and notes gone since.

package main

import (
	"cmp"
	"slices"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/importers"
)

// recentRuns picks, oldest first, the history files whose "met" decisions
// queue a lapsed person in review: the last two runs, the last run of a
// day before the last run's, which audit compares with (see previousRun),
// and the last run of the day compared, the day the last audit was
// compared with (runs.csv's since, see comparedDay): a run on a later day
// on the exports the last audit read is compared with the audit before
// them (see sameExportsSince). A rerun, after filling in the new people,
// would otherwise push the audit that kept them out of the last two: the
// audit names them as lapsed and says review asks about them.
func recentRuns(names []string, compared string) []string {
	if len(names) == 0 {
		return nil
	}
	picked := names[max(0, len(names)-2):]
	day := runDate(names[len(names)-1])
	if runDate(picked[0]) == day {
		for i := len(names) - 3; i >= 0; i-- {
			if d := runDate(names[i]); d != "" && d < day {
				picked = append([]string{names[i]}, picked...)
				break
			}
		}
	}
	if compared == "" || compared >= runDate(picked[0]) {
		return picked
	}
	for i := len(names) - 1; i >= 0; i-- {
		if runDate(names[i]) == compared {
			return append([]string{names[i]}, picked...)
		}
	}
	return picked
}

// comparedDay returns the day of the run the last audit was compared
// with (the latest since of its rows in runs.csv, last), "" where it has
// none.
func comparedDay(last []audit.RunStat) string {
	day := ""
	for _, r := range last {
		day = max(day, r.Since)
	}
	return day
}

// carriedByAudit returns the keys of hist, the history of run (of day),
// that the run carried from an earlier audit: those of a network the run
// read no list of (no row of it in runs.csv), and those dated before the
// run (a list held in part, or left out, on another day: a carried row
// keeps the day of the audit that read it). nil where runs.csv has no
// row of the run, and nothing tells.
func carriedByAudit(hist []audit.Past, runs []audit.RunStat, run, day string) map[string]bool {
	read := map[string]bool{}
	for _, r := range runs {
		if r.Run == run && r.AsOf == day {
			read[r.Network] = true
		}
	}
	if len(read) == 0 {
		return nil
	}
	out := map[string]bool{}
	for i := range hist {
		if p := &hist[i]; !read[p.Network()] || p.AsOf() != day {
			out[p.Key()] = true
		}
	}
	return out
}

// decidedWindows returns audit.Windows.Decided for the recent runs
// (their history files, in the order given to NewReview): see
// decidedWindow, up to each.
func decidedWindows(runs []audit.RunStat, recent []string) func(n int, p *audit.Past) audit.RunWindow {
	decided := decidedWindow(runs)
	return func(n int, p *audit.Past) audit.RunWindow { return decided(audit.RunOf(recent[n]), p) }
}

// decidedWindow returns the window of the run that decided a history
// row of run upTo: the last run up to it, of the row's day, that read the
// row's list, by runs.csv (its rows of the row's network, the lists they
// read, else their lists, and met_within); OK false where runs.csv does
// not say. A run's lists are those it keeps, carried ones too (see
// listsOf): by them, a rerun given Connections.csv alone read LinkedIn's
// member follows it carried, and judged them by its window. A row a run read
// is its own; one it carried from a run of its own day, that run's: a
// rerun given fewer exports dates the rows it carries with their day,
// its own, and its --met-within did not decide them. A run of runs.csv
// without lists (a version before them) is taken as having read every
// list of its network, as firstAudited takes it.
func decidedWindow(runs []audit.RunStat) func(upTo string, p *audit.Past) audit.RunWindow {
	kinds := importers.ListKinds()
	type dayNetwork struct{ day, network string }
	byDay := map[dayNetwork][]audit.RunStat{}
	for _, r := range runs {
		k := dayNetwork{r.AsOf, r.Network}
		byDay[k] = append(byDay[k], r)
	}
	for _, list := range byDay {
		slices.SortStableFunc(list, func(a, b audit.RunStat) int {
			switch {
			case audit.RunBefore(a.Run, b.Run):
				return -1
			case audit.RunBefore(b.Run, a.Run):
				return 1
			}
			return 0
		})
	}
	return func(upTo string, p *audit.Past) audit.RunWindow {
		list := byDay[dayNetwork{p.AsOf(), p.Network()}]
		for i := len(list) - 1; i >= 0; i-- {
			r := &list[i]
			read := cmp.Or(r.Read, r.Lists) // Lists holds the lists carried too
			if audit.RunBefore(upTo, r.Run) ||
				read != "" && !kinds.ReadListOf(r.Network, read, p.Relation(), p.ID()) {
				continue
			}
			if w, err := audit.ParseSpan(r.MetWithin); err == nil {
				return audit.RunWindow{Span: w, OK: true}
			}
			break
		}
		return audit.RunWindow{}
	}
}

// notesGone returns the people (their names, else their first key,
// each once, in the history's order) whose accounts a recent audit
// (recent, oldest first) decided on the person's notes and have none in
// ledger l now: the last audit decided them so, or the one before where
// the last found them blank; nil for none. An audit that finds such notes
// gone (a row deleted in a spreadsheet) leaves ledger.previous.csv as it
// was, and says so, as it may be the only copy of them (see
// notesLostNote); so does a review then, which replaced it at the first
// answer with a ledger without them. The names let the person tell notes
// cleared on purpose from a row deleted, as the audit's note does.
func notesGone(recent [][]audit.Past, l *audit.Ledger) []string {
	if len(recent) == 0 {
		return nil
	}
	noted := map[string]bool{}       // the accounts of rows with notes
	notedPerson := map[string]bool{} // the person ids of rows with notes
	for _, r := range l.Rows() {
		if r.Notes().Reviewed() {
			for _, k := range l.AccountKeys(r) {
				noted[k] = true
			}
			notedPerson[l.PersonID(r)] = true
		}
	}
	// An account whose row then still has its notes was moved off it (an
	// Instagram username another account took, split off as the audit
	// told), or taken off it, which the next audit puts back: no notes
	// lost.
	// A row of the ledger without a person_id (added by hand, before
	// the run that gives it one) is no history row's person.
	delete(notedPerson, "")
	gone := func(p *audit.Past) bool { return !noted[p.Key()] && !notedPerson[p.PersonID()] }
	onNotes := func(rule string) bool { return rule != "" && rule != audit.RuleUnknown }
	var names []string
	// Each person once, by their id; a history row without one (a
	// history edited by hand) by the name it gives, else its key: its
	// other accounts of that name, and the same account in another of
	// the recent runs, were named again, and counted as more people.
	// Two namesakes without ids are named once: the name alone could
	// not tell them apart.
	seen := map[string]bool{}
	add := func(p *audit.Past) {
		name := cmp.Or(p.Name(), p.Key())
		by := p.PersonID()
		if by == "" {
			by = "\x00" + name // no person id starts so
		}
		if !seen[by] {
			seen[by] = true
			names = append(names, name)
		}
	}
	last := recent[len(recent)-1]
	lastRule := make(map[string]string, len(last))
	for i := range last {
		p := &last[i]
		if onNotes(p.Rule()) && gone(p) {
			add(p)
		}
		lastRule[p.Key()] = p.Rule()
	}
	for _, run := range recent[:len(recent)-1] {
		for i := range run {
			p := &run[i]
			if onNotes(p.Rule()) && lastRule[p.Key()] == audit.RuleUnknown && gone(p) {
				add(p)
			}
		}
	}
	return names
}

// offReachOutWord reports whether relationship, typed in the review, is
// one to tell keeps the person off reach-out.csv: "neighbour",
// "partner", "ex-friend". The list takes the words for a relative or a
// friend alone (see audit.Annotations.Close, which reads the answer as
// the audit reads the cell), and one written otherwise would drop off it
// unsaid; a colleague, in any of the languages those words are read in,
// is not one to call anyway, and the audit does not name them either
// (audit.Rules.OffReachOut).
func offReachOutWord(relationship string) bool {
	rel := &audit.Annotations{Relationship: relationship}
	return strings.TrimSpace(relationship) != "" && !rel.Close() && !rel.Colleague() &&
		!slices.ContainsFunc(audit.Relationships, func(r string) bool { return strings.EqualFold(r, strings.TrimSpace(relationship)) })
}
