package audit_test

import (
	"encoding/csv"
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

var reviewRules = audit.Rules{AsOf: asOf, Window: audit.DefaultWindow, Policy: audit.DefaultPolicy()}

// reviewLedger is a ledger the person has started on. On 2026-11-25 with
// a 12-month window, 2025-10 has lapsed.
var reviewLedger = lines(
	stdHeader,
	"p1,Ann Fresh,facebook:ann.1,,,,,,,,yes",
	"p2,Bea Inspiring,twitter:2,,yes,,,,,,yes",
	"p3,Cy Gone,twitter:3,,,,,,,,no",
	"p4,Dee Fresh,linkedin:dee;twitter:4,,,,,,,,yes",
	"p5,Eve Lapsed,facebook:eve.1,2025-10,,,,,friend,,yes",
	"p6,Fay Lapsed Long Ago,facebook:fay.1,2025-10,,,,,,,yes",
	"p7,Gil No Accounts,,,,,,,,,yes",
	"p8,Hal Inspiring Too,twitter:8,2025-10,yes,,,,,,yes",
	"p9,Ivy Just Met,facebook:ivy.1,2026-11,,,,,,,yes",
	"p10,Jo Note Only,twitter:10,,,,,,,'=call back,yes",
	"p11,Kim Inspiring Friend,facebook:kim.1,2025-10,yes,,,,,,yes",
)

// wasDecided is a history row of a run on 2026-08-25: key decided by rule.
func wasDecided(key, rule string) audit.Past {
	network, id, _ := strings.Cut(key, ":")
	return audit.PastCells{AsOf: "2026-08-25", Network: network, ID: id, Relation: audit.Following, Decision: audit.DecisionKeep, Rule: rule}.Past()
}

// pastOn is p as a run of day decided it.
func pastOn(day string, p audit.Past) audit.Past {
	c := p.Cells()
	c.AsOf = day
	return c.Past()
}

func queueNames(rv *audit.Review) []string {
	var names []string
	for _, it := range rv.Queue {
		n := rv.Ledger.Name(it.Row)
		if it.Lapsed {
			n += " (lapsed)"
		}
		names = append(names, n)
	}
	return names
}

func TestReviewQueue(t *testing.T) {
	tests := []struct {
		name   string
		recent [][]audit.Past
		want   []string
	}{{
		name: "no history: the unreviewed, in ledger order",
		want: []string{"Ann Fresh", "Dee Fresh"},
	}, {
		name: "met in the last run, lapsed now: after the unreviewed",
		recent: [][]audit.Past{{wasDecided("facebook:eve.1", audit.RuleMet), wasDecided("twitter:8", audit.RuleMet),
			wasDecided("facebook:ivy.1", audit.RuleMet)}},
		want: []string{"Ann Fresh", "Dee Fresh", "Eve Lapsed (lapsed)"},
	}, {
		// Facebook keeps only people met: inspiring, she is now unfollowed
		// by the policy, for the meeting that lapsed.
		name:   "met, lapsed now, inspiring on a network whose policy keeps only met",
		recent: [][]audit.Past{{wasDecided("facebook:kim.1", audit.RuleMet), wasDecided("twitter:8", audit.RuleMet)}},
		want:   []string{"Ann Fresh", "Dee Fresh", "Kim Inspiring Friend (lapsed)"},
	}, {
		name:   "met in the run before the last one",
		recent: [][]audit.Past{{wasDecided("facebook:fay.1", audit.RuleMet)}, {wasDecided("facebook:fay.1", audit.RuleLapsed)}},
		want:   []string{"Ann Fresh", "Dee Fresh", "Fay Lapsed Long Ago (lapsed)"},
	}, {
		// Kept on 2026-11-20 for a meeting then within the window; the
		// ledger's 2025-10 was out of it on that day already: the person
		// answered since that they have not met (review's "d 2025-10").
		name: "an older date given since the audit that kept them: not asked again",
		recent: [][]audit.Past{{wasDecided("facebook:eve.1", audit.RuleMet),
			pastOn("2026-11-20", wasDecided("facebook:fay.1", audit.RuleMet))}},
		want: []string{"Ann Fresh", "Dee Fresh", "Eve Lapsed (lapsed)"},
	}, {
		name:   "lapsed in both runs: not asked again",
		recent: [][]audit.Past{{wasDecided("facebook:fay.1", audit.RuleLapsed)}, {wasDecided("facebook:fay.1", audit.RuleLapsed)}},
		want:   []string{"Ann Fresh", "Dee Fresh"},
	}, {
		name:   "a gone person is not asked about, met before or not",
		recent: [][]audit.Past{{wasDecided("twitter:3", audit.RuleMet)}},
		want:   []string{"Ann Fresh", "Dee Fresh"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rv := audit.NewReview(readLedger(t, reviewLedger), reviewRules, nil, false, audit.Windows{}, tt.recent...)
			if got := queueNames(rv); !slices.Equal(got, tt.want) {
				t.Errorf("queue %q, want %q", got, tt.want)
			}
		})
	}
}

// With the exports given, an account that only follows you needs no
// decision: a row whose only followed account lapsed is queued, one whose
// lapsed account no longer is followed is not.
func TestReviewQueueWithExports(t *testing.T) {
	details := map[string]*audit.Account{
		"facebook:eve.1": {Network: audit.Facebook, Relation: audit.Follower, ID: "eve.1"},
		"facebook:fay.1": {Network: audit.Facebook, Relation: audit.Friend, ID: "fay.1"},
	}
	recent := [][]audit.Past{{wasDecided("facebook:eve.1", audit.RuleMet), wasDecided("facebook:fay.1", audit.RuleMet)}}
	rv := audit.NewReview(readLedger(t, reviewLedger), reviewRules, details, true, audit.Windows{}, recent...)
	want := []string{"Ann Fresh", "Dee Fresh", "Fay Lapsed Long Ago (lapsed)"}
	if got := queueNames(rv); !slices.Equal(got, want) {
		t.Errorf("queue %q, want %q", got, want)
	}
	for _, a := range rv.AccountsOf(rv.Queue[0].Row) {
		if a.Followed || a.Action != "" {
			t.Errorf("%s, not in the exports: followed %v, action %q", a.Key, a.Followed, a.Action)
		}
	}
}

// A friend renamed on Facebook since the audit that kept her as met: her
// row lists the old id, met then, and the new one, followed now. Her
// meeting lapsed: she is asked about.
func TestReviewQueueLapsedRenamed(t *testing.T) {
	l := readLedger(t, lines(stdHeader, "p1,Mia Hoffmann,facebook:mia-hoffmann.1754913631;facebook:mia-schmidt.1754913631,2025-10,,,,,friend,,yes"))
	details := map[string]*audit.Account{
		"facebook:mia-schmidt.1754913631": {Network: audit.Facebook, Relation: audit.Friend, ID: "mia-schmidt.1754913631"},
	}
	recent := [][]audit.Past{{wasDecided("facebook:mia-hoffmann.1754913631", audit.RuleMet)}}
	rv := audit.NewReview(l, reviewRules, details, true, audit.Windows{}, recent...)
	if got, want := queueNames(rv), []string{"Mia Hoffmann (lapsed)"}; !slices.Equal(got, want) {
		t.Errorf("queue %q, want %q", got, want)
	}
}

// cellDiffs lists the cells that differ between two ledgers as written.
func cellDiffs(t *testing.T, before, after string) []string {
	t.Helper()
	b, err := csv.NewReader(strings.NewReader(before)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	a, err := csv.NewReader(strings.NewReader(after)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != len(b) {
		t.Fatalf("%d lines after, %d before:\n%s", len(a), len(b), diffLines(after, before))
	}
	var out []string
	for i := range a {
		if len(a[i]) != len(b[i]) {
			t.Fatalf("line %d: %d cells after, %d before", i+1, len(a[i]), len(b[i]))
		}
		for j := range a[i] {
			if a[i][j] != b[i][j] {
				out = append(out, b[0][j]+"="+a[i][j])
			}
		}
	}
	return out
}

func TestReviewAnswers(t *testing.T) {
	rv0 := &audit.Review{Rules: reviewRules}
	metOn := func(s string) audit.Answer {
		a, err := rv0.MetOn(s)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	tests := []struct {
		name   string
		answer audit.Answer
		cell   string // the one cell that changes, as written
		rule   string // Ann's decision on Facebook then
		check  func(audit.Annotations) bool
	}{
		{"met today", rv0.MetToday(), "last_met=2026-11-25", audit.RuleMet,
			func(n audit.Annotations) bool { return n.LastMet.First == asOf }},
		{"met on a day", metOn("2025-01-15"), "last_met=2025-01-15", audit.RuleLapsed,
			func(n audit.Annotations) bool { return n.LastMet.Last == audit.NewDate(2025, 1, 15) }},
		{"met in a month", metOn(" 2026-03 "), "last_met=2026-03", audit.RuleMet,
			func(n audit.Annotations) bool { return n.LastMet.Last == audit.NewDate(2026, 3, 31) }},
		{"met in a year", metOn("2025"), "last_met=2025", audit.RuleMet,
			func(n audit.Annotations) bool { return n.LastMet.Last == audit.NewDate(2025, 12, 31) }},
		{"inspiring", audit.Mark(audit.ColInspiring), "inspiring=yes", audit.RulePolicy,
			func(n audit.Annotations) bool { return n.Inspiring }},
		{"supplier", audit.Mark(audit.ColSupplier), "supplier=yes", audit.RulePolicy,
			func(n audit.Annotations) bool { return n.Supplier }},
		{"toxic", audit.Mark(audit.ColToxic), "toxic=yes", audit.RuleToxic,
			func(n audit.Annotations) bool { return n.Toxic }},
		{"unsure", audit.Mark(audit.ColUnsure), "unsure=yes", audit.RuleUnsure,
			func(n audit.Annotations) bool { return n.Unsure }},
		{"relationship", audit.Relationship(" friend "), "relationship=friend", audit.RuleUnknown,
			func(n audit.Annotations) bool { return n.Close() }},
		{"note like a formula", audit.Note("=met at the conference"), "note='=met at the conference", audit.RuleUnknown,
			func(n audit.Annotations) bool { return n.Note == "=met at the conference" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := readLedger(t, reviewLedger)
			before := writeLedger(t, l)
			rv := audit.NewReview(l, reviewRules, nil, false, audit.Windows{})
			row := rv.Current().Row
			changed, err := rv.Apply(tt.answer)
			if err != nil || !changed {
				t.Fatalf("Apply(%+v) = %v, %v; want a change", tt.answer, changed, err)
			}
			after := writeLedger(t, l)
			if d := cellDiffs(t, before, after); !slices.Equal(d, []string{tt.cell}) {
				t.Errorf("cells changed: %q, want only %q", d, tt.cell)
			}
			if !tt.check(*row.Notes()) || !row.Notes().Reviewed() {
				t.Errorf("annotations %+v", row.Notes())
			}
			if got := rv.AccountsOf(row)[0].Decision.Rule; got != tt.rule {
				t.Errorf("decision by rule %s, want %s", got, tt.rule)
			}
			// What is written reads back the same.
			if l2 := readLedger(t, after); *l2.Rows()[0].Notes() != *row.Notes() {
				t.Errorf("read back %+v, want %+v", l2.Rows()[0].Notes(), row.Notes())
			}
			// The same answer again changes nothing.
			if changed, err := rv.Apply(tt.answer); changed || err != nil {
				t.Errorf("the same answer again: %v, %v; want no change", changed, err)
			}
		})
	}
}

// An answer on a row that Update added (no cells of its own yet) changes
// that one cell too, and the row keeps its accounts.
func TestReviewAnswerOnNewRow(t *testing.T) {
	before, l, _ := run(t, "", world)
	rv := audit.NewReview(l, reviewRules, nil, false, audit.Windows{})
	row := rv.Queue[2].Row // Dee Jones, two accounts
	rv.Next()
	rv.Next()
	if rv.Current().Row != row {
		t.Fatalf("Next did not reach the third person")
	}
	if _, err := rv.Apply(audit.Relationship("colleague")); err != nil {
		t.Fatal(err)
	}
	if d := cellDiffs(t, before, writeLedger(t, l)); !slices.Equal(d, []string{"relationship=colleague"}) {
		t.Errorf("cells changed: %q", d)
	}
	if keys := l.AccountKeys(row); !slices.Equal(keys, []string{"linkedin:dee", "twitter:4"}) {
		t.Errorf("accounts %q after the answer", keys)
	}
	if got, _ := l.Known().PersonID("twitter:4"); got != l.PersonID(row) {
		t.Errorf("Known after the answer: twitter:4 is %q, want %q", got, l.PersonID(row))
	}
}

func TestReviewAnswerKeepsSpreadsheetSpelling(t *testing.T) {
	l := readLedger(t, lines(stdHeader, "p1,Ann,facebook:ann.1,2026-11-25,X,,,,Friend,,yes"))
	rv := audit.NewReview(l, reviewRules, nil, false, audit.Windows{}, [][]audit.Past{{wasDecided("facebook:ann.1", audit.RuleMet)}}...)
	// Ann is reviewed: put her under review by hand.
	rv.Queue = []*audit.ReviewItem{{Row: l.Rows()[0]}}
	before := writeLedger(t, l)
	for _, a := range []audit.Answer{audit.Mark(audit.ColInspiring), rv.MetToday(), audit.Relationship("Friend")} {
		if changed, err := rv.Apply(a); changed || err != nil {
			t.Errorf("Apply(%+v) = %v, %v; want no change", a, changed, err)
		}
	}
	if after := writeLedger(t, l); after != before {
		t.Errorf("ledger changed:\n%s", diffLines(after, before))
	}
	if _, ok := rv.Undo(); ok {
		t.Errorf("an answer that changed nothing can be undone")
	}
}

func TestReviewBadAnswers(t *testing.T) {
	rv := audit.NewReview(readLedger(t, reviewLedger), reviewRules, nil, false, audit.Windows{})
	for _, s := range []string{"", "25/11/2026", "2026-13-01", "2026-02-30", "26-03-02", "3/2/2026", "02.03.26", "2026/12/01", "2026.3", "2026/2/30", "yesterday", "2026-11-26", "2027", "2026-11-26 00:00", "2026-12", "Mar-26", "03/26", "décembre 2026", "26 nov. 2026", "12/2026", "jui 2026"} {
		if _, err := rv.MetOn(s); err == nil {
			t.Errorf("MetOn(%q) accepted", s)
		}
	}
	if _, err := rv.MetOn("2026-11"); err != nil {
		t.Errorf("MetOn(2026-11), the audit's month: %v", err)
	}
	// Checked as the ledger checks last_met: year first, a date is
	// taken without its zeros and with a time of day, and kept as typed.
	for _, s := range []string{"2026-3", "2026-3-2", "2026-03-2", "2026-11-25 00:00:00", "2026-06-01T09:30", "2026/3/2", "2026/03/02", "2026.03.02", "2026/3", "2026/3/2 0:00",
		"mars 2026", "Févr. 2026", "März 2026", "03/2026", "3.2026", "2 mars 2026", "2. März 2026", "March 2, 2026", "nov. 2026", "Monday, March 2, 2026", "mar 3 mars 2026"} {
		if a, err := rv.MetOn(s); err != nil || a.Value != s {
			t.Errorf("MetOn(%q) = %q, %v; want it as typed", s, a.Value, err)
		}
	}
	// A day typed in numbers with the year last is given back year
	// first: at once where one number is over 12, both ways where
	// neither is.
	for s, want := range map[string]string{
		"25/11/2026": `"25/11/2026" is a day written day first: write it year first, 2026-11-25`,
		"11/25/2026": `"11/25/2026" is a day written month first: write it year first, 2026-11-25`,
		"3/2/2026":   `"3/2/2026" is a day where which number is the day cannot be told: write it year first, 2026-02-03 if the day comes first, 2026-03-02 if the month does`,
		"02.03.2026": `"02.03.2026" is a day where which number is the day cannot be told: write it year first, 2026-03-02 if the day comes first, 2026-02-03 if the month does`,
		"4-4-2026":   `"4-4-2026" is a day in numbers: write it year first, 2026-04-04`,
		"31/2/2026":  `"31/2/2026" is not a date: write YYYY-MM-DD`,
		"29/2/2025":  `"29/2/2025" is not a date: write YYYY-MM-DD`,
		"25/13/2026": `"25/13/2026" is not a date: write YYYY-MM-DD`,
		"02.03.26":   `"02.03.26" is not a date: write YYYY-MM-DD`,
		// A day that year first would be refused in turn is said to
		// be so at once: the hint given first sent the person to a
		// second refusal (the audit date is 2026-11-25).
		"25/11/1969": `"25/11/1969" is a day written day first, 1969-11-25, which is before 1970, the first year the tool counts days in: give 1970`,
		"11/25/1969": `"11/25/1969" is a day written month first, 1969-11-25, which is before 1970`,
		"3/2/1969":   `"3/2/1969" is a day where which number is the day cannot be told, 1969-02-03 or 1969-03-02, both before 1970, the first year the tool counts days in: give 1970`,
		"4-4-1969":   `"4-4-1969" is a day in numbers, 1969-04-04, which is before 1970`,
		"26/11/2026": `"26/11/2026" is a day written day first, 2026-11-26, which is after the audit date 2026-11-25`,
		"12/26/2026": `"12/26/2026" is a day written month first, 2026-12-26, which is after the audit date 2026-11-25`,
		"3/2/2027":   `"3/2/2027" is a day where which number is the day cannot be told, 2027-02-03 or 2027-03-02, both after the audit date 2026-11-25`,
		"12/11/2026": `"12/11/2026" is a day where which number is the day cannot be told: write it year first, 2026-11-12 if the day comes first (the month first, 2026-12-11 is after the audit date 2026-11-25)`,
		"11/12/2026": `"11/12/2026" is a day where which number is the day cannot be told: write it year first, 2026-11-12 if the month comes first (the day first, 2026-12-11 is after the audit date 2026-11-25)`,
		"24.11.2026": `"24.11.2026" is a day written day first: write it year first, 2026-11-24`,
	} {
		if _, err := rv.MetOn(s); err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("MetOn(%q): %v, want it to start %s", s, err, want)
		}
	}
	// A date of the ledger's form that is no day says so.
	if _, err := rv.MetOn("2026-02-30"); err == nil || !strings.Contains(err.Error(), "not a day of the calendar") {
		t.Errorf("MetOn(2026-02-30): %v, want not a day of the calendar", err)
	}
	if _, err := rv.MetOn("2026/02/30"); err == nil || !strings.Contains(err.Error(), "not a day of the calendar") {
		t.Errorf("MetOn(2026/02/30): %v, want not a day of the calendar", err)
	}
	// A day after a weekday not its own says so, naming both.
	if _, err := rv.MetOn("mardi 2 mars 2026"); err == nil || !strings.Contains(err.Error(), "the weekday does not match the date: mardi names a Tuesday, 2026-03-02 is a Monday") {
		t.Errorf("MetOn(mardi 2 mars 2026): %v, want the weekday does not match the date", err)
	}
	// A month with a dot is refused as the ledger refuses it.
	if _, err := rv.MetOn("2026.10"); err == nil || !strings.Contains(err.Error(), "a month with a dot") {
		t.Errorf("MetOn(2026.10): %v, want a month with a dot", err)
	}
	for _, a := range []audit.Answer{
		{audit.ColLastMet, "2026-11-26"},
		{audit.ColInspiring, "non"}, // Unmark saves "no" alone, as Mark saves "yes"
		{audit.ColName, "New Name"},
		{audit.ColAccounts, "twitter:1"},
		// Answers read from a file in another encoding, or with a NUL:
		// saved, they made the ledger unreadable to the next run.
		{audit.ColNote, "caf\xe9"},
		{audit.ColRelationship, "cousin \xe9loign\xe9"},
		{audit.ColNote, "a\x00b"},
		{audit.ColRelationship, "friend\x00"},
		// Control characters: an arrow key or Backspace at a terminal
		// that does not edit lines, saved in the cell.
		{audit.ColNote, "met at \x1b[Dthe fair"},
		{audit.ColNote, "fair\x7f\x7fr"},
		{audit.ColRelationship, "cousin\r"},
		{audit.ColNote, "met at the fair\u0085"}, // C1: NEL, from a Latin-1 file read as UTF-8's code points
	} {
		if changed, err := rv.Apply(a); err == nil || changed {
			t.Errorf("Apply(%+v) = %v, %v; want an error", a, changed, err)
		}
	}
	if rv.Current().Row.Notes().Reviewed() {
		t.Errorf("bad answers changed the annotations")
	}
	if changed, err := rv.Apply(audit.Answer{Column: audit.ColNote, Value: "met\tat the fair"}); err != nil || !changed {
		t.Errorf("a note with a tab: %v, %v; want it saved", changed, err)
	}
}

func TestReviewNextAndLeft(t *testing.T) {
	rv := audit.NewReview(readLedger(t, reviewLedger), reviewRules, nil, false, audit.Windows{},
		[][]audit.Past{{wasDecided("facebook:eve.1", audit.RuleMet)}}...)
	var seen []string
	for it := rv.Current(); it != nil; it = rv.Current() {
		seen = append(seen, rv.Ledger.Name(it.Row)+"/"+string(rune('0'+rv.Left())))
		rv.Next()
	}
	if want := []string{"Ann Fresh/3", "Dee Fresh/2", "Eve Lapsed/1"}; !slices.Equal(seen, want) {
		t.Errorf("went through %q, want %q", seen, want)
	}
	if rv.Left() != 0 {
		t.Errorf("%d left at the end", rv.Left())
	}
}

func TestReviewUndo(t *testing.T) {
	_, l, people := run(t, "", world) // rows added by Update: no cells of their own
	details := map[string]*audit.Account{}
	for _, p := range people {
		for _, a := range p.Accounts {
			details[a.Key()] = a
		}
	}
	rv := audit.NewReview(l, reviewRules, details, true, audit.Windows{})
	states := []string{writeLedger(t, l)}
	step := func(what string, f func() error) {
		t.Helper()
		if err := f(); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		states = append(states, writeLedger(t, l))
		if states[len(states)-1] == states[len(states)-2] {
			t.Fatalf("%s changed nothing", what)
		}
	}
	apply := func(a audit.Answer) func() error {
		return func() error { _, err := rv.Apply(a); return err }
	}
	step("Ada met", apply(rv.MetToday()))
	rv.Next()
	step("Bob inspiring", apply(audit.Mark(audit.ColInspiring)))
	step("Bob a friend", apply(audit.Relationship("friend")))
	rv.Next()
	step("Dee split", func() error { _, err := rv.Split(); return err })
	step("Dee a colleague", apply(audit.Relationship("colleague")))
	rv.Next() // to the account split off Dee
	step("twitter:4 toxic", apply(audit.Mark(audit.ColToxic)))
	rv.Next()
	if rv.Answered() != 4 {
		t.Errorf("%d people answered, want 4 (Ada, Bob, Dee, twitter:4)", rv.Answered())
	}
	wantBack := []string{"Dee Jones", "Dee Jones", "Dee Jones", "Bob Stone", "Bob Stone", "Ada Lovelace"}
	for i := len(states) - 2; i >= 0; i-- {
		d, ok := rv.Undo()
		if !ok {
			t.Fatalf("undo %d: nothing to undo", len(states)-1-i)
		}
		if got := writeLedger(t, l); got != states[i] {
			t.Fatalf("undo of step %d: ledger\n%s", i+1, diffLines(got, states[i]))
		}
		if want := wantBack[len(states)-2-i]; rv.Ledger.Name(rv.Current().Row) != want || d.Row != rv.Current().Row {
			t.Errorf("undo of step %d: under review %q, want %q", i+1, rv.Ledger.Name(rv.Current().Row), want)
		}
	}
	if _, ok := rv.Undo(); ok {
		t.Errorf("undo beyond the first answer")
	}
	if rv.Answered() != 0 || len(rv.Queue) != 4 || rv.Left() != 4 {
		t.Errorf("after undoing everything: %d answered, queue %d, %d left", rv.Answered(), len(rv.Queue), rv.Left())
	}
}

func TestReviewSplit(t *testing.T) {
	text := lines(stdHeader+",my column",
		"p1,Ann Smith,facebook:ann.1; Twitter : 7 ;linkedin:ann-s,2026-06,,,,,friend,,yes,mine",
		"p2,Bob,twitter:2,,,,,,,,yes,",
	)
	l := readLedger(t, text)
	details := map[string]*audit.Account{
		"linkedin:ann-s": {Network: audit.LinkedIn, Relation: audit.Connection, ID: "ann-s", Name: "Ann S. Consulting"},
	}
	rv := audit.NewReview(l, reviewRules, details, false, audit.Windows{})
	rv.Queue = []*audit.ReviewItem{{Row: l.Rows()[0]}, {Row: l.Rows()[1]}} // Ann is reviewed: queue her by hand
	added, err := rv.Split()
	if err != nil {
		t.Fatal(err)
	}
	used := map[string]bool{"p1": true, "p2": true}
	tw := audit.NewPersonID("twitter:7", used)
	used[tw] = true
	li := audit.NewPersonID("linkedin:ann-s", used)
	want := lines(stdHeader+",my column",
		"p1,Ann Smith,facebook:ann.1,2026-06,,,,,friend,,yes,mine",
		tw+",Ann Smith,Twitter : 7,,,,,,,,yes,",
		li+",Ann S. Consulting,linkedin:ann-s,,,,,,,,yes,",
		"p2,Bob,twitter:2,,,,,,,,yes,",
	)
	if got := writeLedger(t, l); got != want {
		t.Fatalf("after the split:\n%s", diffLines(got, want))
	}
	if len(added) != 2 || l.Row(tw) != added[0] || l.Row(li) != added[1] {
		t.Errorf("new rows not found by id")
	}
	// Ann stays under review with one account; the new people come next.
	if rv.Current().Row != l.Rows()[0] || rv.Left() != 4 {
		t.Errorf("after the split: %d left", rv.Left())
	}
	rv.Next()
	if rv.Current().Row != added[0] {
		t.Errorf("next is %q, want the first account split off", l.Name(rv.Current().Row))
	}
	// The split holds when the ledger is read again and merged: the tool
	// would have merged the two by name.
	l2 := readLedger(t, want)
	people := audit.Merge([]audit.Account{
		account(audit.Facebook, audit.Friend, "ann.1", "Ann Smith"),
		account(audit.Twitter, audit.Following, "7", "Ann Smith"),
	}, l2.Known())
	if len(people) != 2 {
		t.Errorf("%d people after the split, want 2", len(people))
	}
	// A person with one account cannot be split.
	if _, err := rv.Split(); err == nil {
		t.Errorf("split of one account accepted")
	}
	if _, ok := rv.Undo(); !ok {
		t.Fatal("the split cannot be undone")
	}
	if got := writeLedger(t, l); got != writeLedger(t, readLedger(t, text)) {
		t.Fatalf("after undoing the split:\n%s", diffLines(got, text))
	}
	if len(rv.Queue) != 2 || rv.Current().Row != l.Rows()[0] || l.Row(tw) != nil {
		t.Errorf("after undoing the split: queue %d, ids kept", len(rv.Queue))
	}
}

func TestReviewTally(t *testing.T) {
	l := readLedger(t, reviewLedger)
	rv := audit.NewReview(l, reviewRules, nil, false, audit.Windows{})
	got := rv.Tally()
	// Counted: all but Cy (gone) and Gil (no account): 9 people, 10
	// accounts. Reviewed: Bea, Eve, Fay, Hal, Ivy, Jo, Kim. Kept: Bea and
	// Hal (inspiring, on Twitter), Ivy (met); not Kim (inspiring, but on
	// Facebook).
	want := audit.ReviewTally{People: 9, Reviewed: 7, Keep: 3, Unfollow: 7}
	if got != want {
		t.Errorf("tally %+v, want %+v", got, want)
	}
	if _, err := rv.Apply(rv.MetToday()); err != nil { // Ann
		t.Fatal(err)
	}
	want.Reviewed, want.Keep, want.Unfollow = 8, 4, 6
	if got := rv.Tally(); got != want {
		t.Errorf("tally after an answer %+v, want %+v", got, want)
	}
}

// An account the last audit (or review) saw followed that no ledger row
// lists, a row deleted by hand, is in neither count: the next audit adds it
// back, as its merge places it.
func TestReviewTallyUnlisted(t *testing.T) {
	l := readLedger(t, reviewLedger)
	details := map[string]*audit.Account{"twitter:999": {Network: "twitter", Relation: "following", ID: "999"}}
	if got := audit.NewReview(l, reviewRules, details, true, audit.Windows{}).Tally(); got.Unlisted != 1 || got.Keep+got.Unfollow != 0 {
		t.Errorf("tally %+v, want 1 unlisted and nothing else followed", got)
	}
	// Nor where it is carried: an audit with the exports given adds
	// no row for it, and leaves it out of its counts.
	rv := audit.NewReview(l, reviewRules, details, true, audit.Windows{})
	rv.Carried = map[string]bool{"twitter:999": true}
	if got := rv.Tally(); got.Unlisted != 0 {
		t.Errorf("tally %+v with the account carried, want none unlisted", got)
	}
	// Without a complete list of what is followed, nothing is known
	// to be missing.
	if got := audit.NewReview(l, reviewRules, details, false, audit.Windows{}).Tally(); got.Unlisted != 0 {
		t.Errorf("tally %+v, want none unlisted", got)
	}
}

// Unmark takes a mark off the person under review: "no" in its cell,
// an answer, where the cell held yes in any form; a cell that says no
// already, as written, is kept. b (Undo) puts the mark back.
func TestReviewUnmark(t *testing.T) {
	rv := audit.NewReview(readLedger(t, reviewLedger), reviewRules, nil, false, audit.Windows{})
	it := rv.Current()
	if changed, err := rv.Apply(audit.Mark(audit.ColSupplier)); err != nil || !changed {
		t.Fatalf("Mark: %v, %v", changed, err)
	}
	if changed, err := rv.Apply(audit.Unmark(audit.ColSupplier)); err != nil || !changed {
		t.Fatalf("Unmark of a mark: %v, %v; want it saved", changed, err)
	}
	if got := rv.Ledger.Cell(it.Row, audit.ColSupplier); got != "no" || it.Row.Notes().Supplier || !it.Row.Notes().Answered {
		t.Errorf("after Unmark: cell %q, supplier %v, answered %v; want \"no\", false, true", got, it.Row.Notes().Supplier, it.Row.Notes().Answered)
	}
	if changed, err := rv.Apply(audit.Unmark(audit.ColSupplier)); err != nil || changed {
		t.Errorf("Unmark again: %v, %v; want nothing to save", changed, err)
	}
	if _, ok := rv.Undo(); !ok || rv.Ledger.Cell(it.Row, audit.ColSupplier) != "yes" || !it.Row.Notes().Supplier {
		t.Errorf("Undo of Unmark: cell %q, supplier %v; want the mark back", rv.Ledger.Cell(it.Row, audit.ColSupplier), it.Row.Notes().Supplier)
	}
	// An empty cell is no answer: "no" is saved there.
	if changed, err := rv.Apply(audit.Unmark(audit.ColToxic)); err != nil || !changed || rv.Ledger.Cell(it.Row, audit.ColToxic) != "no" {
		t.Errorf("Unmark of an empty cell: %v, %v, cell %q; want \"no\" saved", changed, err, rv.Ledger.Cell(it.Row, audit.ColToxic))
	}
}

// ClearText empties a relationship or a note saved by a slip, even after
// other answers, which Undo would take back first; a row left with nothing
// is not reviewed, and nobody answered in the session. Cleared again, it
// saves nothing; Undo puts the text back.
func TestReviewClearText(t *testing.T) {
	rv := audit.NewReview(readLedger(t, reviewLedger), reviewRules, nil, false, audit.Windows{})
	row := rv.Current().Row
	for _, a := range []audit.Answer{audit.Relationship("friend"), audit.Note("met at the fair")} {
		if changed, err := rv.Apply(a); err != nil || !changed {
			t.Fatalf("Apply(%+v) = %v, %v", a, changed, err)
		}
	}
	if changed, err := rv.Apply(audit.ClearText(audit.ColRelationship)); err != nil || !changed {
		t.Fatalf("clearing the relationship: %v, %v; want it saved", changed, err)
	}
	if got := rv.Ledger.Cell(row, audit.ColRelationship); got != "" || row.Notes().Relationship != "" {
		t.Errorf("relationship %q (%q), want it empty", got, row.Notes().Relationship)
	}
	if got := rv.Ledger.Cell(row, audit.ColNote); got != "met at the fair" {
		t.Errorf("note %q, want it kept", got)
	}
	if changed, err := rv.Apply(audit.ClearText(audit.ColRelationship)); err != nil || changed {
		t.Errorf("clearing it again: %v, %v; want nothing saved", changed, err)
	}
	if changed, err := rv.Apply(audit.ClearText(audit.ColNote)); err != nil || !changed {
		t.Fatalf("clearing the note: %v, %v; want it saved", changed, err)
	}
	if row.Notes().Reviewed() || rv.Answered() != 0 {
		t.Errorf("a row left with nothing: reviewed %v, %d answered; want neither", row.Notes().Reviewed(), rv.Answered())
	}
	if d, ok := rv.Undo(); !ok || d.Old != "met at the fair" || rv.Ledger.Cell(row, audit.ColNote) != "met at the fair" {
		t.Errorf("undo: %+v, %v; want the note back", d, ok)
	}
	if rv.Answered() != 1 {
		t.Errorf("%d answered, want 1: the note is back", rv.Answered())
	}
}
