package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
	"github.com/unfollow-audit/unfollow-audit/importers"
)

// exitInterrupted is the exit status after Ctrl-C, as shells report it.
const exitInterrupted = 130

const reviewSynopsis = "review [--workspace DIR] [--as-of YYYY-MM-DD] [--met-within SPAN] [--policy NETWORK=RULES]... [EXPORT...]"

func runReview(args []string, std stdio, today func() time.Time) int {
	fs := newFlags("review", reviewSynopsis, std)
	dir := fs.StringP("workspace", "w", defaultWorkspace, "`DIR` holding your ledger (made by audit)")
	asOf := fs.String("as-of", "", "audit `DATE` (YYYY-MM-DD): \"met recently\" is this day, and every date rule counts from it (default today)")
	within := fs.String("met-within", "12m", "the \"met in the last year\" window, as a `SPAN` of days, months or years: 400d, 18m, 2y")
	policies := fs.StringArray("policy", nil, "what keeps an account on a network, as `NETWORK=RULES` with RULES from met,inspiring,supplier or none (repeatable; default facebook=met, others met,inspiring,supplier)")
	if code, ok := parse(fs, args, std); !ok {
		return code
	}
	rules := audit.Rules{AsOf: audit.DateOf(today()), Policy: audit.DefaultPolicy()}
	if *asOf != "" {
		d, err := audit.ParseDate(*asOf)
		if err != nil {
			return usageError(fs, std, "--as-of: %v", err)
		}
		rules.AsOf = d
	}
	w, err := audit.ParseSpan(*within)
	if err != nil {
		return usageError(fs, std, "--met-within: %v", err)
	}
	rules.Window = w
	for _, p := range *policies {
		if err := rules.Policy.Set(p); err != nil {
			return usageError(fs, std, "--policy: %v", err)
		}
	}
	s, err := openReview(*dir, rules, fs.Args(), std)
	if err != nil {
		return fail(std, err)
	}
	return s.run()
}

// reviewSession is one run of the review command: the review, where its
// answers are saved, and the terminal (or pipe) it talks through.
type reviewSession struct {
	std     stdio
	dir     string
	ws      *workspace.Workspace
	rv      *audit.Review
	exports bool
	auto    map[string]*audit.Person // account key to its person as the tool alone would merge it (with exports)
	echo    bool                     // stdin is not a terminal: show each line read after its prompt
	color   bool
	in      *lineReader
	onDisk  stamp // ledger.csv as last read or written
	unrev   int   // people not reviewed yet when the session started
	lapsed  bool  // the lapsed people's heading was shown
}

// stamp identifies a version of a file, to notice that someone else
// changed it.
type stamp struct {
	exists bool
	size   int64
	mod    time.Time
}

func stampOf(path string) (stamp, error) {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return stamp{}, nil
	}
	if err != nil {
		return stamp{}, err
	}
	return stamp{true, fi.Size(), fi.ModTime()}, nil
}

// openReview reads the workspace (and the exports, when given) and builds
// the review queue.
func openReview(dir string, rules audit.Rules, exports []string, std stdio) (*reviewSession, error) {
	ws, err := workspace.Open(dir)
	if err != nil {
		return nil, err
	}
	onDisk, err := stampOf(ws.Path(workspace.Ledger))
	if err != nil {
		return nil, err
	}
	if !onDisk.exists && len(exports) == 0 {
		return nil, fmt.Errorf("%s: no ledger yet: run unfollow-audit audit --workspace %s EXPORT... first, or give the exports to review", ws.Path(workspace.Ledger), dir)
	}
	ledger, err := readLedger(ws, rules.AsOf)
	if err != nil {
		return nil, err
	}
	// The last two audits: who was kept as met, and (without exports) what
	// each account is.
	names, err := ws.History()
	if err != nil {
		return nil, err
	}
	var recent [][]audit.Past
	for _, name := range names[max(0, len(names)-2):] {
		f, ok, err := ws.OpenFile(name)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		p, err := audit.ReadHistory(f, ws.Path(name))
		f.Close()
		if err != nil {
			return nil, err
		}
		recent = append(recent, p)
	}
	s := &reviewSession{std: std, dir: dir, ws: ws, onDisk: onDisk, exports: len(exports) > 0}
	details := map[string]*audit.Account{}
	if s.exports {
		accounts, _, err := importers.Read(exports, importers.Options{}, importers.All())
		if err != nil {
			return nil, err
		}
		// The evidence of a merge is the tool's own: the ledger's grouping
		// pins people, which hides it.
		s.auto = map[string]*audit.Person{}
		for _, p := range audit.Merge(slices.Clone(accounts), nil) {
			for _, a := range p.Accounts {
				s.auto[a.Key()] = p
			}
		}
		people := audit.Merge(accounts, ledger.Known())
		ledger.Update(people)
		for _, p := range people {
			for _, a := range p.Accounts {
				details[a.Key()] = a
			}
		}
	} else if len(recent) > 0 {
		last := recent[len(recent)-1]
		for i := range last {
			p := &last[i]
			details[p.Key()] = &audit.Account{Network: p.Network, Relation: p.Relation, ID: p.ID, Name: p.Name}
		}
	}
	s.rv = audit.NewReview(ledger, rules, details, s.exports, recent...)
	for _, it := range s.rv.Queue {
		if !it.Lapsed {
			s.unrev++
		}
	}
	if f, ok := std.in.(*os.File); !ok || !isTerminal(f) {
		s.echo = true
	}
	s.color = std.tty && os.Getenv("NO_COLOR") == ""
	return s, nil
}

// run asks about one person after another until the queue is done, the
// input ends, q or Ctrl-C; every answer is saved as it is given.
func (s *reviewSession) run() int {
	in := s.std.in
	if in == nil {
		in = strings.NewReader("")
	}
	s.in = newLineReader(in)
	defer s.in.close()
	rv := s.rv
	s.header()
	if len(rv.Queue) == 0 {
		fmt.Fprintf(s.std.out, "Nothing to review: every person in %s has an answer.\n", s.ws.Path(workspace.Ledger))
		s.summary()
		return exitOK
	}
	show := true
	for {
		it := rv.Current()
		if it == nil {
			// The end of the queue: a last chance to take the last answer back.
			line, st := s.read("\nThat was everyone. b takes your last answer back; Enter or q finishes: ")
			if st == readInterrupted {
				return s.end(st)
			}
			if st == readOK && keyOf(line) == 'b' && s.undo() {
				if code, ok := s.save(); !ok {
					return code
				}
				show = true
				continue
			}
			s.summary()
			return exitOK
		}
		if show {
			s.show(it)
			show = false
		}
		line, st := s.read("> ")
		if st != readOK {
			return s.end(st)
		}
		key, arg := splitAnswer(line)
		if key != 0 && key != notAKey && !strings.ContainsRune("dnr", rune(key)) && arg != "" {
			fmt.Fprintf(s.std.out, "  one key per answer: %q has more than a key (? for help)\n", strings.TrimSpace(line))
			continue
		}
		var ans audit.Answer
		next := false // the answer decides the person: go on to the next one
		switch key {
		case 'm':
			ans, next = rv.MetToday(), true
		case 'd':
			a, st := s.askDate(arg)
			if st == readEOF || st == readInterrupted {
				return s.end(st)
			}
			if st == readCancelled {
				continue
			}
			ans, next = a, true
		case 't':
			ans, next = audit.Mark(audit.ColToxic), true
		case 'u':
			ans, next = audit.Mark(audit.ColUnsure), true
		case 'i':
			ans = audit.Mark(audit.ColInspiring)
		case 's':
			ans = audit.Mark(audit.ColSupplier)
		case 'r', 'n':
			ask := s.askRelationship
			if key == 'n' {
				ask = s.askNote
			}
			a, st := ask(arg)
			if st == readEOF || st == readInterrupted {
				return s.end(st)
			}
			if st == readCancelled {
				continue
			}
			ans = a
		case 0, 'k':
			rv.Next()
			show = true
			continue
		case 'b':
			if s.undo() {
				if code, ok := s.save(); !ok {
					return code
				}
				show = true
			}
			continue
		case 'x':
			added, err := rv.Split()
			if err != nil {
				fmt.Fprintf(s.std.out, "  %v\n", err)
				continue
			}
			if code, ok := s.save(); !ok {
				return code
			}
			fmt.Fprintf(s.std.out, "  split: %d new %s, next in line:", len(added), plural(len(added), "person", "people"))
			for _, r := range added {
				fmt.Fprintf(s.std.out, " %s", strings.Join(rv.Ledger.AccountKeys(r), ";"))
			}
			fmt.Fprintln(s.std.out)
			show = true
			continue
		case 'q':
			s.summary()
			return exitOK
		case '?':
			s.help()
			continue
		default:
			fmt.Fprintf(s.std.out, "  %q is not a key: ? for help\n", strings.TrimSpace(line))
			continue
		}
		changed, err := rv.Apply(ans)
		if err != nil {
			fmt.Fprintf(s.std.out, "  %v\n", err)
			continue
		}
		if changed {
			if code, ok := s.save(); !ok {
				return code
			}
			fmt.Fprintf(s.std.out, "  saved %s %q; now: %s\n", ans.Column, clean(ans.Value), s.decisions(it.Row))
		} else {
			fmt.Fprintf(s.std.out, "  %s is %q already: nothing to save\n", ans.Column, clean(rv.Ledger.Cell(it.Row, ans.Column)))
		}
		if next {
			rv.Next()
			show = true
		}
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// save writes the ledger at once: a temporary file, forced to disk, renamed
// into place (the ledger before it stays as ledger.previous.csv). A ledger
// changed on disk since it was read (in a spreadsheet, say) is not
// overwritten: the session stops.
func (s *reviewSession) save() (int, bool) {
	path := s.ws.Path(workspace.Ledger)
	now, err := stampOf(path)
	if err == nil && now != s.onDisk {
		err = fmt.Errorf("%s changed on disk while you were reviewing (saved from a spreadsheet?): your last answer is not saved; run review again to go on from the file as it is now", path)
	}
	if err == nil {
		txn := s.ws.Begin()
		err = txn.WriteSynced(workspace.Ledger, func(w io.Writer) error { return audit.WriteLedger(w, s.rv.Ledger) })
		if err == nil {
			err = txn.Commit()
		}
		txn.Abort()
	}
	if err == nil {
		s.onDisk, err = stampOf(path)
	}
	if err != nil {
		return fail(s.std, err), false
	}
	return 0, true
}

// undo takes the last answer back and says what it put back.
func (s *reviewSession) undo() bool {
	d, ok := s.rv.Undo()
	if !ok {
		fmt.Fprintln(s.std.out, "  nothing to take back in this session")
		return false
	}
	switch {
	case d.Split > 0:
		fmt.Fprintf(s.std.out, "  undone: the split (%d %s removed)\n", d.Split, plural(d.Split, "person", "people"))
	case d.Old == "":
		fmt.Fprintf(s.std.out, "  undone: %s is empty again\n", d.Answer.Column)
	default:
		fmt.Fprintf(s.std.out, "  undone: %s is %q again\n", d.Answer.Column, clean(d.Old))
	}
	return true
}

// end ends the session at the end of the input (exit 0) or on Ctrl-C
// (exit 130), with the summary; every answer is saved already.
func (s *reviewSession) end(st readStatus) int {
	if st == readInterrupted {
		fmt.Fprintln(s.std.out, "\ninterrupted")
		s.summary()
		return exitInterrupted
	}
	fmt.Fprintln(s.std.out)
	s.summary()
	return exitOK
}

func (s *reviewSession) header() {
	out, rv := s.std.out, s.rv
	lapsed := len(rv.Queue) - s.unrev
	fmt.Fprintf(out, "Review of %s as of %s: %d %s to go through (%d not reviewed yet",
		s.ws.Path(workspace.Ledger), rv.Rules.AsOf, len(rv.Queue), plural(len(rv.Queue), "person", "people"), s.unrev)
	if lapsed > 0 {
		fmt.Fprintf(out, ", then %d whose meeting lapsed since the last audit", lapsed)
	}
	fmt.Fprintln(out, ").")
	switch {
	case s.exports:
		fmt.Fprintln(out, "Accounts as in the exports given.")
	case len(rv.Details) > 0:
		fmt.Fprintln(out, "No exports given: accounts from the ledger, relations and names as the last audit saw them (give the exports for every detail).")
	default:
		fmt.Fprintln(out, "No exports given: accounts and names from the ledger alone (give the exports for every detail).")
	}
	fmt.Fprintln(out, "Type a key and press Enter; ? for help. Every answer is saved at once.")
}

func (s *reviewSession) help() {
	fmt.Fprintf(s.std.out, `One answer per line: type its key and press Enter (keys are read a line at
a time, in a terminal as from a file). Every answer is saved to ledger.csv at once.
  m          met recently: last_met is %s (--as-of); next person
  d [DATE]   met on DATE: YYYY-MM-DD, YYYY-MM or YYYY (asked for when not given); next person
  t          toxic: unfollow, whatever else is true; next person
  u          unsure, or you don't know them: unfollow; next person
  i          inspiring; stay on the person
  s          supplies you goods or services; stay
  r [1-4]    relationship: 1 family, 2 friend, 3 colleague, 4 other (then its name), or type it; stay
  n [TEXT]   note (replaces the note there); stay
  Enter, k   next person, nothing more written (skipped: back in the next session)
  b          back: take the last answer (or split) back, saved at once
  x          split: each of this person's accounts becomes a person of its own
  q          quit; run review again to go on where you stopped (Ctrl-C or the end of input too)
  ?          this help
m, d, t and u decide the person and move on; i, s, r and n stay, so you can add more.
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
	name := clean(l.Name(r))
	if name == "" {
		name = "(no name)"
	}
	fmt.Fprintf(out, "\n[%d of %d left] %s  %s\n", rv.Left(), len(rv.Queue), s.style(name, "1"), l.PersonID(r))
	accs := rv.AccountsOf(r)
	width := 0
	for _, a := range accs {
		width = max(width, len(a.Key))
	}
	for _, a := range accs {
		fmt.Fprintf(out, "  %-*s  %s\n", width, a.Key, s.accountText(a, l.Name(r)))
	}
	if ev := s.evidence(rv.Ledger.AccountKeys(r)); ev != "" {
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
		width = max(width, len(label(a, labels)))
	}
	for _, a := range accs {
		if !a.Followed {
			continue
		}
		fmt.Fprintf(out, "  %-*s  %s [%s] %s\n", width, label(a, labels), s.action(a), a.Decision.Rule, a.Decision.Reason)
	}
	keys := "m met today, d met on..., i inspiring, s supplier, t toxic, u unsure, r relationship, n note, Enter next, b back"
	if len(accs) > 1 {
		keys += ", x split"
	}
	fmt.Fprintf(out, "  keys: %s, q quit, ? help\n", keys)
}

// label names an account in the decision lines: its network, or its key
// where the person has two accounts on one network.
func label(a audit.ReviewAccount, perNetwork map[string]int) string {
	if perNetwork[a.Network] > 1 {
		return a.Key
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
		return "(relation not known)"
	}
	var parts []string
	rel := a.Relation
	if !a.Follows() {
		rel = "follows you only: no decision"
	}
	parts = append(parts, rel)
	if a.Name != "" && a.Name != personName {
		parts = append(parts, fmt.Sprintf("%q", clean(a.Name)))
	}
	if a.Handle != "" {
		parts = append(parts, "@"+clean(a.Handle))
	}
	if !s.exports {
		parts = append(parts, "(last audit)")
		return strings.Join(parts, "  ")
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
	if a.ProfileURL != "" {
		parts = append(parts, clean(a.ProfileURL))
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
			return "merged: " + clean(t)
		}
		if len(p.Accounts) == 1 {
			return clean(t)
		}
	}
	return ""
}

// notesText is what the ledger says about the person, as written.
func notesText(l *audit.Ledger, r *audit.LedgerRow) string {
	if !r.Notes.Reviewed() {
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
			parts = append(parts, col+" "+clean(v))
		case audit.ColNote:
			parts = append(parts, fmt.Sprintf("note %q", clean(v)))
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
	fmt.Fprintf(s.std.out, "\nReviewed %d %s in this session; %d of %d people in the ledger are reviewed, %d not yet.\n",
		n, plural(n, "person", "people"), t.Reviewed, t.People, t.People-t.Reviewed)
	fmt.Fprintf(s.std.out, "By the rules as of %s so far: keep %d %s, unfollow %d.\n",
		s.rv.Rules.AsOf, t.Keep, plural(t.Keep, "account", "accounts"), t.Unfollow)
	if n > 0 {
		fmt.Fprintf(s.std.out, "Next: run unfollow-audit audit --workspace %s with your exports to update keep.csv, unfollow.csv and reach-out.csv.\n", s.dir)
	}
}

// askDate asks for the date of the last meeting until it is a valid one;
// arg is the date typed on the key's line, if any. Enter cancels.
func (s *reviewSession) askDate(arg string) (audit.Answer, readStatus) {
	for {
		if arg != "" {
			a, err := s.rv.MetOn(arg)
			if err == nil {
				return a, readOK
			}
			fmt.Fprintf(s.std.out, "  %v\n", err)
		}
		line, st := s.read("  last met on (YYYY-MM-DD, YYYY-MM or YYYY; Enter cancels): ")
		if st != readOK {
			return audit.Answer{}, st
		}
		if arg = strings.TrimSpace(line); arg == "" {
			fmt.Fprintln(s.std.out, "  cancelled")
			return audit.Answer{}, readCancelled
		}
	}
}

// askRelationship asks for the relationship: 1 family, 2 friend, 3
// colleague, 4 other (then its name), or the word itself.
func (s *reviewSession) askRelationship(arg string) (audit.Answer, readStatus) {
	for {
		if arg != "" {
			choice, rest, _ := strings.Cut(arg, " ")
			switch choice {
			case "1", "2", "3":
				if strings.TrimSpace(rest) == "" {
					return audit.Relationship(audit.Relationships[choice[0]-'1']), readOK
				}
			case "4":
				if rest = strings.TrimSpace(rest); rest != "" {
					return audit.Relationship(rest), readOK
				}
				line, st := s.read("  what relationship? (Enter cancels): ")
				if st != readOK {
					return audit.Answer{}, st
				}
				if strings.TrimSpace(line) == "" {
					fmt.Fprintln(s.std.out, "  cancelled")
					return audit.Answer{}, readCancelled
				}
				return audit.Relationship(line), readOK
			default:
				if c := arg[0]; c < '0' || c > '9' {
					return audit.Relationship(arg), readOK
				}
			}
			fmt.Fprintf(s.std.out, "  %q is not one of 1, 2, 3 or 4\n", arg)
		}
		line, st := s.read("  relationship: 1 family, 2 friend, 3 colleague, 4 other (Enter cancels): ")
		if st != readOK {
			return audit.Answer{}, st
		}
		if arg = strings.TrimSpace(line); arg == "" {
			fmt.Fprintln(s.std.out, "  cancelled")
			return audit.Answer{}, readCancelled
		}
	}
}

// askNote asks for the note, unless typed on the key's line.
func (s *reviewSession) askNote(arg string) (audit.Answer, readStatus) {
	if arg != "" {
		return audit.Note(arg), readOK
	}
	line, st := s.read("  note (replaces the note there; Enter cancels): ")
	if st != readOK {
		return audit.Answer{}, st
	}
	if strings.TrimSpace(line) == "" {
		fmt.Fprintln(s.std.out, "  cancelled")
		return audit.Answer{}, readCancelled
	}
	return audit.Note(line), readOK
}

// notAKey is what splitAnswer returns for a line that starts with a
// character no key is.
const notAKey = 0xff

// splitAnswer splits a line into its key (lower case; 0 for an empty
// line) and the rest, trimmed: "d 2026-03-02" is d and "2026-03-02".
func splitAnswer(line string) (byte, string) {
	line = strings.TrimSpace(line)
	if line == "" {
		return 0, ""
	}
	c := line[0]
	if c >= 'A' && c <= 'Z' {
		c += 'a' - 'A'
	}
	if c >= 0x80 {
		return notAKey, line
	}
	return c, strings.TrimSpace(line[1:])
}

// keyOf is the key of a line that holds just a key, else 0.
func keyOf(line string) byte {
	k, arg := splitAnswer(line)
	if arg != "" {
		return 0
	}
	return k
}

// clean makes text from the exports or the ledger safe to print on a
// terminal: control and bidirectional-override characters become '?'.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) {
			return '?'
		}
		return r
	}, s)
}

// Reading lines.

type readStatus int

const (
	readOK readStatus = iota
	readEOF
	readInterrupted
	readCancelled
)

// read prints the prompt and reads one line (without its line end). When
// stdin is not a terminal the line is echoed, so that the output reads as
// a transcript.
func (s *reviewSession) read(prompt string) (string, readStatus) {
	fmt.Fprint(s.std.out, prompt)
	line, st := s.in.next()
	if st == readOK && s.echo {
		fmt.Fprintln(s.std.out, clean(line))
	}
	return line, st
}

// A lineReader reads lines in the background, so that Ctrl-C can end the
// session between two answers (never half way through saving one).
type lineReader struct {
	lines chan string
	done  chan struct{}
	sigs  chan os.Signal
}

func newLineReader(in io.Reader) *lineReader {
	lr := &lineReader{lines: make(chan string), done: make(chan struct{}), sigs: make(chan os.Signal, 1)}
	signal.Notify(lr.sigs, os.Interrupt)
	go func() {
		defer close(lr.lines)
		br := bufio.NewReader(in)
		for {
			s, err := br.ReadString('\n')
			if s != "" {
				select {
				case lr.lines <- strings.TrimRight(s, "\r\n"):
				case <-lr.done:
					return
				}
			}
			if err != nil {
				return
			}
		}
	}()
	return lr
}

func (lr *lineReader) next() (string, readStatus) {
	select {
	case s, ok := <-lr.lines:
		if !ok {
			return "", readEOF
		}
		return s, readOK
	case <-lr.sigs:
		return "", readInterrupted
	}
}

func (lr *lineReader) close() {
	signal.Stop(lr.sigs)
	close(lr.done)
}
