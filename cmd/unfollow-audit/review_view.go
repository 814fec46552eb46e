package main

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/clipperhouse/displaywidth"
	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
	"github.com/unfollow-audit/unfollow-audit/internal/printable"
)

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func (s *reviewSession) header() {
	out, rv := s.std.out, s.rv
	lapsed := len(rv.Queue) - s.unrev
	fmt.Fprintf(out, "Review of %s as of %s: %s %s to go through (%s not reviewed yet",
		s.ws.Path(workspace.Ledger), rv.Rules.AsOf, audit.Thousands(len(rv.Queue)), plural(len(rv.Queue), "person", "people"), audit.Thousands(s.unrev))
	if rv.Nameless > 0 {
		fmt.Fprintf(out, ", the %s without a name last: their link tells who they are", audit.Thousands(rv.Nameless))
	}
	if lapsed > 0 {
		fmt.Fprintf(out, ", then %s whose meeting lapsed since an earlier audit kept them", audit.Thousands(lapsed))
	}
	fmt.Fprintln(out, ").")
	switch {
	case s.exports:
		fmt.Fprintln(out, "Accounts as in the exports given.")
		// What audit says of them after its summary, each one line.
		for _, note := range s.exportNotes {
			fmt.Fprintln(out, note)
		}
	case s.seen:
		fmt.Fprintln(out, "No exports given: accounts from the ledger, relations and names as in the exports the last review was given (give the exports for every detail).")
	case len(rv.Details) > 0:
		fmt.Fprintln(out, "No exports given: accounts from the ledger, relations and names as the last audit saw them (give the exports for every detail).")
	default:
		fmt.Fprintln(out, "No exports given: accounts and names from the ledger alone (give the exports for every detail).")
	}
	for _, note := range s.copyNotes {
		fmt.Fprintln(out, note)
	}
	if s.rulesNote != "" {
		fmt.Fprintln(out, s.rulesNote)
	}
	in := renamedByReview
	if len(rv.Queue) == 0 {
		in = renamedUnsaved // no question, so no answer to save them
	}
	if note := renamedNote(s.renamed, s.renamedCount, in); note != "" {
		fmt.Fprintln(out, printable.Line(note))
	}
	if s.keepBackup {
		// Named, as the audit names them (notesLostNote): notes cleared
		// on purpose, as the audit tells to let someone go, are no row
		// deleted, and the person tells which.
		who := "1 person (" + s.notesGone[0]
		if n := len(s.notesGone); n > 1 {
			who = fmt.Sprintf("%s people (%s, and %s more", audit.Thousands(n), s.notesGone[0], audit.Thousands(n-1))
		}
		fmt.Fprintln(out, printable.Line("Notes an audit decided on are gone from the ledger for "+who+"): if you did not clear them yourself, their row was deleted or emptied. ledger.previous.csv is left as it is, in case it still holds them: copy their notes from it onto their rows in ledger.csv (not the rows whole: their keys are on rows again, and a key on two rows is refused) rather than putting it back whole, which would lose the notes typed since it was made."))
	}
	if note := misreadNote(rv.Ledger); note != "" {
		fmt.Fprintln(out, note) // answers saved beside such cells keep them as they are
	}
	fmt.Fprintln(out, "Type a key and press Enter; ? for help. Every answer is saved at once.")
}

func (s *reviewSession) help() {
	fmt.Fprintf(s.std.out, `One answer per line: type its key and press Enter (keys are read a line at
a time, in a terminal as from a file, where an answer refused stops the review).
Every answer is saved to ledger.csv at once.
  m          met recently: last_met is %s (--as-of); next person
  d [DATE]   met on DATE: YYYY-MM-DD, YYYY-MM, YYYY or March 2026 (asked if not given); next person
  t [no]     toxic: unfollow, whatever else is true; next person (t no clears it, and stays)
  u [no]     unsure, or you don't know them: unfollow; next person (u no clears it, and stays)
  i [no]     inspiring (i no: not inspiring, clearing the mark); stay on the person
  s [no]     regularly supplies you goods or services (s no clears it); stay
  r [1-4]    relationship: 1 family, 2 friend, 3 colleague, 4 other (then its name), or type it; r - clears it; stay
  n [TEXT]   note (replaces the note there; n - clears it); stay
  Enter, k   next person, nothing more written (skipped: back in the next session)
  b          back: take the last answer (or split) back, saved at once
  x          split: each of this person's accounts becomes a person of its own
  q          quit; run review again to go on where you stopped (Ctrl-C or the end of input too)
  ?          this help
m, d, t and u decide the person and move on; i, s, r and n stay, so you can add more.
A mark's key again saves nothing; with no after it (i no), it saves "no" in its cell.
`, s.rv.Rules.AsOf)
}

// show prints the person under review: name, accounts, merge evidence,
// what the ledger says and each account's decision.
func (s *reviewSession) show(it *audit.ReviewItem) {
	out, rv, l := s.std.out, s.rv, s.rv.Ledger
	r := it.Row
	if it.Lapsed && !s.lapsed {
		s.lapsed = true
		fmt.Fprintf(out, "\nPeople an earlier audit kept for having met them, whose last meeting is now more than %s before %s:\n",
			rv.Rules.Window, rv.Rules.AsOf)
	}
	name := printable.Name(l.Name(r)) // cut where a stranger made it long
	if name == "" {
		name = "(no name)"
	}
	fmt.Fprintf(out, "\n[%s of %s left] %s  %s\n", audit.Thousands(rv.Left()), audit.Thousands(len(rv.Queue)), s.style(name, "1"), printable.Line(l.PersonID(r)))
	accs := rv.AccountsOf(r)
	keys := rv.Ledger.AccountKeys(r)
	// The person's accounts that only follow you, which the row does not
	// list, after the row's: shown, with the merge's evidence, as they
	// tell who the person is, though they have no decision. Only while
	// the row lists every account of theirs you follow: split (x), the
	// row that keeps the id may not hold the account whose name merged
	// the follower, which the evidence would then call grouped by you.
	shown := accs
	merged := s.followsOnly[l.PersonID(r)]
	if slices.ContainsFunc(merged, func(a *audit.Account) bool { return a.Follows() && !slices.Contains(keys, a.Key()) }) {
		merged = nil
	}
	for _, a := range merged {
		if k := a.Key(); !a.Follows() && !slices.Contains(keys, k) {
			if len(shown) == len(accs) {
				shown = slices.Clone(accs)
				keys = slices.Clone(keys)
			}
			shown = append(shown, audit.ReviewAccount{Key: k, Network: a.Network, Account: a})
			keys = append(keys, k)
		}
	}
	width := 0
	for _, a := range shown {
		width = max(width, displaywidth.String(printable.Line(a.Key)))
	}
	for _, a := range shown {
		fmt.Fprintf(out, "  %s  %s\n", padRight(printable.Line(a.Key), width), s.accountText(a, l.Name(r)))
	}
	if ev := s.evidence(keys); ev != "" {
		fmt.Fprintf(out, "  %s\n", ev)
	}
	if n := notesText(l, r); n != "" {
		fmt.Fprintf(out, "  ledger: %s\n", n)
	}
	labels := map[string]int{}
	for _, a := range accs {
		labels[a.Network]++
	}
	width = 0
	for _, a := range accs {
		width = max(width, displaywidth.String(label(a, labels)))
	}
	for _, a := range accs {
		if !a.Followed {
			continue
		}
		fmt.Fprintf(out, "  %s  %s [%s] %s\n", padRight(label(a, labels), width), s.action(a), a.Decision.Rule, a.Decision.Reason)
	}
	help := "m met today, d met on..., i inspiring, s supplier, t toxic, u unsure, r relationship, n note, Enter next, b back"
	if len(accs) > 1 {
		help += ", x split"
	}
	fmt.Fprintf(out, "  keys: %s, q quit, ? help\n", help)
}

// padRight pads s with spaces to width columns of a terminal: a key of
// Hebrew or Arabic letters, two bytes each, or of Chinese, two columns
// each, was padded by its bytes, and the columns after it went astray.
func padRight(s string, width int) string {
	return s + strings.Repeat(" ", max(0, width-displaywidth.String(s)))
}

// label names an account in the decision lines: its network, or its key
// where the person has two accounts on one network.
func label(a audit.ReviewAccount, perNetwork map[string]int) string {
	if perNetwork[a.Network] > 1 {
		return printable.Line(a.Key) // typed in the ledger, maybe
	}
	return a.Network
}

func (s *reviewSession) action(a audit.ReviewAccount) string {
	if a.Decision.Keep {
		return s.style(a.Action, "32")
	}
	return s.style(a.Action, "31")
}

// style wraps s in an ANSI SGR sequence when writing to a terminal.
func (s *reviewSession) style(text, sgr string) string {
	if !s.color {
		return text
	}
	return "\x1b[" + sgr + "m" + text + "\x1b[0m"
}

// accountText describes an account: relation, name where it differs from
// the person's, handle, since, follows you, profile URL.
func (s *reviewSession) accountText(ra audit.ReviewAccount, personName string) string {
	a := ra.Account
	if a == nil {
		if s.exports {
			return "not in these exports: no decision"
		}
		if s.seen {
			// As with the exports: the last review's record lists every
			// account they held.
			return "not in the exports of the last review: no decision"
		}
		if s.rv.Complete {
			// The last audit's history lists every account then
			// followed: this one (a key typed by hand, or unfollowed
			// before it) gets no decision, and no line of one.
			return "not in the last audit: no decision"
		}
		return "(relation not known)"
	}
	var parts []string
	rel := a.Relation
	if !a.Follows() {
		rel = "follows you only: no decision"
	}
	parts = append(parts, rel)
	if a.Name != "" && a.Name != personName {
		parts = append(parts, fmt.Sprintf("%q", printable.Name(a.Name)))
	}
	if a.Handle != "" {
		parts = append(parts, "@"+printable.Line(a.Handle))
	}
	// Without the export, the link its key makes: for an account known
	// by an id alone, the one thing that tells who it is.
	keyLink := func() string {
		if link := audit.KeyLink(ra.Key, a.Name); link != "" {
			return "  " + printable.Link(link) // a search for a name: as long
		}
		return ""
	}
	if s.seen && !s.carried[ra.Key] {
		parts = append(parts, "(last review)")
		return strings.Join(parts, "  ") + keyLink()
	}
	if !s.exports || s.carried[ra.Key] {
		parts = append(parts, "(last audit)")
		return strings.Join(parts, "  ") + keyLink()
	}
	if !a.Since.IsZero() {
		parts = append(parts, "since "+a.Since.String())
	}
	switch a.FollowsYou {
	case audit.Yes:
		if a.Follows() {
			parts = append(parts, "follows you")
		}
	case audit.No:
		parts = append(parts, "does not follow you")
	}
	if link := audit.ExportLink(a); link != "" {
		parts = append(parts, printable.Link(link))
	}
	return strings.Join(parts, "  ")
}

// evidence says why the person's accounts are grouped, or who else they
// might be.
func (s *reviewSession) evidence(keys []string) string {
	if !s.exports {
		if len(keys) > 1 {
			return "grouped in the ledger (give the exports to see the evidence)"
		}
		return ""
	}
	// A key of the row that these exports lack (a Facebook friend's old
	// name, beside the new one a rename put on the row) is no evidence of
	// a grouping by hand: it has no line of decision, and "not in these
	// exports" beside it says why.
	var held []string
	for _, k := range keys {
		if s.auto[k] != nil {
			held = append(held, k)
		}
	}
	if len(held) == 0 {
		return ""
	}
	keys = held
	p := s.auto[keys[0]]
	if len(keys) > 1 {
		same := p != nil && len(p.Accounts) == len(keys)
		for _, k := range keys[1:] {
			same = same && s.auto[k] == p
		}
		if !same {
			return "grouped in your ledger"
		}
	}
	if p == nil {
		return ""
	}
	if t := audit.MatchText(p); t != "" {
		if len(keys) > 1 {
			return "merged: " + printable.Line(t)
		}
		if len(p.Accounts) == 1 {
			return printable.Line(t)
		}
	}
	// One key, which the exports alone join to accounts your ledger keeps
	// on other rows: a name split over two rows (Sam Lee the friend, Sam
	// Lee the colleague) joins a new account of it to neither (see
	// audit.Merge), and review asks about it; those accounts are who it
	// may be, as the audit's possible matches say. (An account split off
	// by hand shows them too: it may be them, as the person judged not.)
	if len(keys) == 1 && len(p.Accounts) > 1 {
		var others []string
		for _, a := range p.Accounts {
			if k := a.Key(); k != keys[0] && a.Follows() {
				others = append(others, k)
			}
		}
		if len(others) > 0 {
			return "possible match: " + printable.Line(strings.Join(others, " "))
		}
	}
	return ""
}

// notesText is what the ledger says about the person, as written.
func notesText(l *audit.Ledger, r *audit.LedgerRow) string {
	if !r.Notes().Reviewed() {
		return ""
	}
	var parts []string
	for _, col := range []string{audit.ColLastMet, audit.ColInspiring, audit.ColSupplier, audit.ColToxic,
		audit.ColUnsure, audit.ColRelationship, audit.ColNote} {
		v := strings.TrimSpace(l.Cell(r, col))
		if v == "" {
			continue
		}
		switch col {
		case audit.ColLastMet, audit.ColRelationship:
			parts = append(parts, col+" "+printable.Line(v))
		case audit.ColNote:
			parts = append(parts, fmt.Sprintf("note %q", printable.Line(v)))
		case audit.ColInspiring, audit.ColSupplier, audit.ColToxic, audit.ColUnsure:
			if b, _ := audit.ParseBool(v); b {
				parts = append(parts, col)
			}
		}
	}
	return strings.Join(parts, ", ")
}

// decisions is the row's decisions on one line: "facebook keep [met], ...".
func (s *reviewSession) decisions(r *audit.LedgerRow) string {
	accs := s.rv.AccountsOf(r)
	labels := map[string]int{}
	for _, a := range accs {
		labels[a.Network]++
	}
	var parts []string
	for _, a := range accs {
		if a.Followed {
			parts = append(parts, fmt.Sprintf("%s %s [%s]", label(a, labels), s.action(a), a.Decision.Rule))
		}
	}
	return strings.Join(parts, ", ")
}

func (s *reviewSession) summary() {
	t := s.rv.Tally()
	n := s.rv.Answered()
	// Counted are the people in the exports (in_exports not "no"), those
	// review asks about: the ledger's other rows, of people followed no
	// more, are said apart, so that the count is not read as the
	// ledger's.
	others := ""
	if o := len(s.rv.Ledger.Rows()) - t.People; o > 0 {
		others = fmt.Sprintf(" (the ledger's %s other %s in none of them, not asked about)", audit.Thousands(o), plural(o, "row is", "rows are"))
	}
	// Which exports: a review given none counts the people in the last
	// audit's (or the last review's, see reviewSession.seen), not in
	// exports it was given.
	exports := "the exports"
	switch {
	case s.seen:
		exports = "the exports the last review was given"
	case !s.exports:
		exports = "the last audit's exports"
	}
	fmt.Fprintf(s.std.out, "\nReviewed %s %s in this session; %s of the %s %s in %s %s reviewed, %s not yet%s.\n",
		audit.Thousands(n), plural(n, "person", "people"), audit.Thousands(t.Reviewed), audit.Thousands(t.People), plural(t.People, "person", "people"), exports, plural(t.Reviewed, "is", "are"), audit.Thousands(t.People-t.Reviewed), others)
	// An audit with these exports counts only their lists: the
	// difference is said, each count's own, not left to look like a
	// mistake.
	carried := func(n int) string {
		if n == 0 {
			return ""
		}
		return fmt.Sprintf(" (%s of them carried)", audit.Thousands(n))
	}
	fmt.Fprintf(s.std.out, "By the rules as of %s so far: keep %s %s%s, unfollow %s%s",
		s.rv.Rules.AsOf, audit.Thousands(t.Keep), plural(t.Keep, "account", "accounts"), carried(t.CarriedKeep),
		audit.Thousands(t.Unfollow), carried(t.CarriedUnfollow))
	if t.CarriedKeep+t.CarriedUnfollow > 0 {
		switch {
		case s.exports:
			fmt.Fprint(s.std.out, ": the carried accounts are on lists these exports lack, as the last audit saw them, and an audit with these exports leaves them out of its counts")
		case s.seen:
			fmt.Fprint(s.std.out, ": the carried accounts are on lists the exports the last review was given lack, as the last audit saw them, and an audit with those exports leaves them out of its counts")
		default: // carried by the last audit (see carriedByAudit)
			fmt.Fprint(s.std.out, ": the carried accounts are on lists the last audit's exports lacked, as the audit before saw them, and that audit left them out of its counts")
		}
	}
	// Accounts of rows deleted by hand: the next audit adds them back,
	// counted as its merge places them, which the review cannot know.
	if t.Unlisted > 0 {
		fmt.Fprintf(s.std.out, "; %s followed %s on no ledger row, which the next audit adds back", audit.Thousands(t.Unlisted), plural(t.Unlisted, "account is", "accounts are"))
	}
	fmt.Fprintln(s.std.out, ".")
	if s.rv.Changed() { // a split alone regroups accounts too
		files := "keep.csv, unfollow.csv and reach-out.csv"
		if _, err := os.Stat(s.ws.Path(audit.MastodonKeepFile)); err == nil {
			// The last audit's, without these answers: imported with
			// Overwrite, it unfollows a Mastodon account just kept.
			files = "keep.csv, unfollow.csv, reach-out.csv and " + audit.MastodonKeepFile +
				" (import that one in Mastodon only after that audit: the one there now does not have these answers)"
		}
		fmt.Fprintf(s.std.out, "Next: run %s with your exports to update %s.\n",
			shellArgs(append([]string{"unfollow-audit", "audit", "--workspace", s.dir}, s.ruleArgs...)...), files)
	}
}

// followsOnly returns, per person id, the accounts of the people who
// have an account that only follows you (a LinkedIn connection's
// Facebook follower, merged by name) and one you follow; nil for none.
// No ledger row lists such an account, as it has no decision (see
// audit.Ledger.Update): review shows it with the person's row, with the
// evidence of the merge, which it hid, while the row lists the accounts
// followed of the merge (see show). The person's own slice, not a copy.
// Most people have one account, and are passed over at once.
func followsOnly(people []*audit.Person) map[string][]*audit.Account {
	var out map[string][]*audit.Account
	for _, p := range people {
		if len(p.Accounts) < 2 || !slices.ContainsFunc(p.Accounts, (*audit.Account).Follows) {
			continue
		}
		if slices.ContainsFunc(p.Accounts, func(a *audit.Account) bool { return !a.Follows() }) {
			if out == nil {
				out = map[string][]*audit.Account{}
			}
			out[p.ID] = p.Accounts
		}
	}
	return out
}
