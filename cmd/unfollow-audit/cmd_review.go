package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
	"github.com/unfollow-audit/unfollow-audit/importers"
	"github.com/unfollow-audit/unfollow-audit/internal/printable"
)

// exitInterrupted is the exit status after Ctrl-C, as shells report it.
const exitInterrupted = 130

const reviewSynopsis = "review [--workspace DIR] [--as-of YYYY-MM-DD] [--met-within SPAN] [--policy NETWORK=RULES]... [EXPORT...]"

func runReview(args []string, std stdio, today func() time.Time) int {
	return reviewWith(args, std, today, reviewSeams{exit: os.Exit, open: openReview})
}

// reviewSeams are the parts of a review that a test replaces: the end of
// the process, and the reading of the workspace and the exports that
// comes before the first question.
type reviewSeams struct {
	exit func(int)
	open func(dir string, rules audit.Rules, exports []string, std stdio, prog *progress) (*reviewSession, error)
}

func reviewWith(args []string, std stdio, today func() time.Time, seams reviewSeams) int {
	fs := newFlags("review", reviewSynopsis, std)
	dir := fs.StringP("workspace", "w", defaultWorkspace, "`DIR` holding your ledger (made by audit, or by review given the exports)")
	asOf := fs.String("as-of", "", "audit `DATE` (YYYY-MM-DD): \"met recently\" is this day, and every date rule counts from it (default today)")
	within := fs.String("met-within", "12m", "the \"met in the last year\" window, as a `SPAN` of days, months or years: 400d, 18m, 2y")
	policies := fs.StringArray("policy", nil, "what keeps an account on a network, as `NETWORK=RULES` with RULES from met,inspiring,supplier or none (repeatable; default facebook=met, others met,inspiring,supplier)")
	if code, ok := parse(fs, args, std); !ok {
		return code
	}
	if *dir == "" {
		return usageError(fs, std, "--workspace is empty: give the folder of your ledger, or leave the flag out for %s", defaultWorkspace)
	}
	if msg := emptyValue(fs, *asOf); msg != "" {
		return usageError(fs, std, "%s", msg)
	}
	*dir = expandHome(*dir, os.UserHomeDir) // --workspace=~/ws, where no shell expands it
	rules := audit.Rules{Policy: audit.DefaultPolicy()}
	var err error
	if rules.AsOf, err = parseAsOf(*asOf, today()); err != nil {
		return usageError(fs, std, "%v", err)
	}
	w, err := audit.ParseSpan(*within)
	if err != nil {
		return usageError(fs, std, "--met-within: %v", err)
	}
	rules.Window = w
	policyArgs, err := setPolicies(rules.Policy, *policies)
	if err != nil {
		return usageError(fs, std, "--policy: %v", err)
	}
	// The audit the review's last line tells to run takes the rules the
	// review was given: run without them, it would decide otherwise.
	var ruleArgs []string
	if fs.Changed("as-of") {
		ruleArgs = append(ruleArgs, "--as-of", *asOf)
	}
	if fs.Changed("met-within") {
		ruleArgs = append(ruleArgs, "--met-within", *within)
	}
	for _, p := range policyArgs { // once a network, as given first
		ruleArgs = append(ruleArgs, "--policy", p)
	}
	exports := fs.Args()
	if len(exports) > 0 {
		var err error
		if exports, err = expandPatterns(exports); err != nil {
			return fail(std, err)
		}
		if exports = withoutRunFiles(*dir, exports); len(exports) == 0 {
			return usageError(fs, std, "no export given: only the workspace's own files (%s)", *dir)
		}
		if err := keepListCopy(*dir, exports); err != nil {
			return fail(std, err)
		}
	}
	// Until the first question, while it reads the ledger and the
	// exports (seconds, for a big account's), an interrupt ends the
	// review as it ends an audit: the lock let go, a line on stderr,
	// status 130. Left to the default, the process died where it was,
	// leaving its lock file behind. From the first question on, the
	// session's reader takes them (see newLineReader), to end it between
	// two answers. Caught from before the workspace is opened, as
	// audit's (see catchEarly).
	intr := catchEarly(*dir, std, seams.exit)
	ws, unlock, err := lockWorkspace(*dir)
	if err != nil {
		intr.stop()
		return fail(std, err)
	}
	// Once: an interrupt's handler lets the lock go too (see auditRun).
	unlock = sync.OnceFunc(unlock)
	defer unlock() // the review writes the ledger at every answer
	intr.locked(unlock)
	defer intr.stop()
	moved := false // the day is the last audit's, not today (see dayFrom)
	if *asOf == "" {
		// As audit takes it (see todayOf): "m" saves the day of the
		// audit this review's answers go to.
		day, note, err := todayOf(ws, *dir, rules.AsOf)
		if err != nil {
			return fail(std, err)
		}
		if note != "" {
			rules.AsOf, moved = day, true
			fmt.Fprintf(std.err, "unfollow-audit: %s\n", note)
		}
	}
	// Reading a big account's exports (hundreds of thousands of
	// followers) takes seconds before the first question: on a terminal
	// the progress line says what the review is doing, as audit's does,
	// and is cleared before anything else is written.
	var prog *progress
	if len(exports) > 0 {
		prog = startProgress(std)
	}
	s, err := seams.open(*dir, rules, exports, std, prog)
	prog.Done()
	if err != nil {
		return fail(std, err)
	}
	// Before the first question, as audit warns after its summary: the
	// review writes each answer into the ledger at once.
	if lock := spreadsheetLock(s.ws); lock != "" {
		fmt.Fprintf(std.err, "unfollow-audit: warning: %s\n", openLedgerWarning(s.ws, lock, true))
	}
	if w := sameConflictsWarning(s.ws, sameConflicts(s.ws)); w != "" {
		fmt.Fprintf(std.err, "unfollow-audit: warning: %s\n", w)
	}
	if s.skipped != "" {
		fmt.Fprintf(std.err, "unfollow-audit: warning: %s\n", s.skipped)
	}
	if s.workspaces != "" {
		fmt.Fprintf(std.err, "unfollow-audit: warning: %s\n", s.workspaces)
	}
	// Before the first question, not at the end as audit says it: each
	// answer goes into the new ledger. Said of the default workspace
	// alone, as audit says it: the review's Next line names it with
	// --workspace, so the audit after it, finding its ledger, would
	// not.
	if s.newWorkspace && !fs.Changed("workspace") {
		fmt.Fprintf(std.err, "unfollow-audit: note: %s\n", newDefaultNote(*dir))
	}
	s.ruleArgs = ruleArgs
	s.handOver = intr.handOver
	if s.exports {
		s.late = lateWarning(s.lateRecords, s.lateMade, rules.AsOf, dayFromOf(*asOf != "", moved))
	}
	return s.run()
}

// pinnedFollowers returns the followers of bare that MergeFollowers
// merged as accounts into people (see audit.MergeFollowers): the
// accounts of people that accounts, those read as accounts, lack, in
// the order of people. None has a name, and each has a handle of its own
// on its network at most: in a merge after accounts, their order among
// themselves changes nothing.
func pinnedFollowers(people []*audit.Person, accounts []audit.Account, bare []audit.Followers) []audit.Account {
	nets := map[string]bool{}
	for i := range bare {
		nets[bare[i].Network] = true
	}
	read := map[string]bool{} // the followers of those networks read as accounts (named)
	for i := range accounts {
		if a := &accounts[i]; a.Relation == audit.Follower && nets[a.Network] {
			read[a.Key()] = true
		}
	}
	var out []audit.Account
	for _, p := range people {
		for _, a := range p.Accounts {
			if a.Relation == audit.Follower && nets[a.Network] && !read[a.Key()] {
				out = append(out, *a)
			}
		}
	}
	return out
}

// withExports returns err, the error reading the ledger, with a
// Twitter/X handle typed for an id (twitter:@kofi_m) named with the key
// the exports give it ("twitter:@kofi_m is twitter:1401 in these
// exports"), and firstCopy's refusal of a copy judged by them (see
// foreignFirst), as audit, which reads the ledger beside the exports,
// says them. Review reads the ledger first: the exports are read for
// this alone, and only where the error is one of these; an error
// reading them leaves the ledger's as it is, as in audit.
func withExports(ws *workspace.Workspace, err error, exports []string, asOf audit.Date) error {
	le, handle := errors.AsType[*audit.LedgerError](err)
	handle = handle && le.TwitterHandle() != ""
	_, first := errors.AsType[*firstCopyError](err)
	if !handle && !first || len(exports) == 0 {
		return err
	}
	// The followers known by their id or username alone have no handle:
	// read apart, as audit reads them, they take no account each.
	var bare []audit.Followers
	accounts, _, rerr := importers.Read(exports, importers.Options{Followers: &bare, Usernames: true, Workspace: ws.Dir}, importers.All())
	if rerr != nil {
		return err
	}
	if handle {
		le.NameTwitterKey(accounts)
		return err
	}
	return foreignFirst(ws, err, accounts, asOf)
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
	// followsOnly are, per person id, the accounts of the people who
	// have one that only follows you and one you follow (with exports):
	// no ledger row lists the former, and review shows them with the
	// row (see followsOnly).
	followsOnly map[string][]*audit.Account
	// carried are the accounts of lists the exports given do not hold,
	// known from the last audit: shown and decided as without exports.
	carried map[string]bool
	// unfollowed are the friends and connections no longer followed, the
	// tie kept (audit.MarkUnfollowedTies): left out of the totals.
	unfollowed map[string]bool
	// record is what the exports given hold, saved with the first answer
	// (see reviewRecord); nil without exports, and once saved.
	record *reviewRecord
	// before are the files the first save wrote, as they were (see
	// keepBefore); nil before it, and but for answers from a file, and
	// where that save made the ledger. beforeKept: that save is past, and
	// before is what it was to keep.
	before     []fileBefore
	beforeKept bool
	// seen is set without exports where the accounts come from the record
	// of a review with exports since the last audit, not from its history.
	seen bool
	echo bool // stdin is not a terminal: show each line read after its prompt
	line int  // the number of the last line read
	// fromFile: stdin is not a terminal (std.inTTY) but a file of
	// answers, which an answer refused ends (see refuse); refused is
	// its message.
	fromFile bool
	refused  string
	color    bool
	in       *lineReader
	onDisk   stamp // ledger.csv as last read or written
	saved    int   // the session's answers and splits in ledger.csv on disk (rv.Undoable at the last write)
	unrev    int   // people not reviewed yet when the session started
	lapsed   bool  // the lapsed people's heading was shown
	// handOver has the interrupts caught while the review loads (see
	// reviewWith) go to the reader's channel; false where one ended the
	// review already (see interrupts.handOver).
	handOver func(chan<- os.Signal) bool
	// rulesNote says how the rules given differ from the last audit's
	// (see rulesNote), "" where they do not.
	rulesNote string
	// renamed and renamedCount are the ledger's name cells the exports
	// given renamed (see audit.Ledger.Renamed), which the header names
	// (renamedNote).
	renamed      []audit.RenamedName
	renamedCount int
	// exportNotes are the notes on the exports given that audit prints
	// after its summary (leftOutNotes: entries left out, files passed
	// over, LinkedIn dates read month first), which the header gives.
	exportNotes []string
	// skipped is the warning of the paths given passed over as an
	// unzipped export's other files (importers.Stats.SkippedWarning),
	// said before the first question, as the other warnings.
	skipped string
	// workspaces is the warning of the other workspaces given beside
	// the exports, passed over (importers.Stats.WorkspacesWarning), said
	// as skipped is.
	workspaces string
	// newWorkspace: given exports, the review found no ledger and no
	// run in the workspace: it makes one, its ledger at the first
	// answer, as a first audit does (see newDefaultNote).
	newWorkspace bool
	// copyNotes say which copies of the ledger beside it could not be
	// read to be compared with it (see unreadCopy), with or without
	// exports.
	copyNotes []string
	// keepBackup leaves ledger.previous.csv as it is: it may hold notes
	// the ledger has lost, those of the people notesGone names (see
	// notesGone).
	keepBackup bool
	notesGone  []string
	// ruleArgs are the rule flags given (--as-of, --met-within,
	// --policy), for the audit the last line tells to run.
	ruleArgs []string
	// late is the warning of the exports' records dated after the
	// review's day, "" where none is (see lateWarning); lateRecords and
	// lateMade make it once --as-of is known given.
	late        string
	lateRecords []importers.Late
	lateMade    importers.Coverage
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
	// The reader catches interrupts from here on: the loading's
	// handler, which would end the session at once, lets go. One it
	// took already is ending the process, having said nothing was
	// written: no question is asked, no answer saved.
	if s.handOver != nil && !s.handOver(s.in.sigs) {
		return exitInterrupted
	}
	rv := s.rv
	if s.late != "" {
		// Before the first question: the answers are given as of that day.
		fmt.Fprintf(s.std.err, "unfollow-audit: %s\n", s.late)
	}
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
			if st == readInterrupted || st == readRefused {
				return s.end(st)
			}
			if st == readOK && keyOf(line) == 'b' && s.undo() {
				if code, ok := s.save(); !ok {
					return code
				}
				show = true
				continue
			}
			if k := keyOf(line); st == readOK && k != 0 && k != 'b' && k != 'q' || st == readOK && k == 0 && strings.TrimSpace(line) != "" {
				// From a file, an answer past the last person means the
				// answers did not line up with the people.
				// At a terminal, asked again.
				s.refuse("%q: everyone has been through already (Enter or q finishes)", strings.TrimSpace(line))
				if s.refused == "" {
					continue
				}
			}
			if s.refused != "" {
				return s.end(readRefused)
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
		off := markOff(line) // i no, s no, t no, u no
		if key != 0 && key != notAKey && !strings.ContainsRune("dnr", rune(key)) && arg != "" && !off {
			s.refuse("one key per answer: %q has more than a key (? for help)", strings.TrimSpace(line))
			continue
		}
		// "no", "note ...", "relationship friend": a word, not a key and
		// what it takes, which saved the note "o". A key takes its text
		// after a space, its date or number right after it (d2026-03).
		if t := strings.TrimSpace(line); strings.ContainsRune("dnr", rune(key)) && startsWithLetter(t[1:]) {
			s.refuse("%q is a word, not a key: type the key, a space, then what it takes (%c %s; ? for help)", t, key, keyExample(key))
			continue
		}
		var ans audit.Answer
		next := false // the answer decides the person: go on to the next one
		switch key {
		case 'm':
			ans, next = rv.MetToday(), true
		case 'd':
			a, st := s.askDate(arg)
			if st == readCancelled {
				continue
			}
			if st != readOK {
				return s.end(st)
			}
			ans, next = a, true
		case 't', 'u', 'i', 's':
			// t and u decide the person and move on; taken off (t no),
			// a mark decides nothing, and the person stays.
			ans, next = audit.Mark(markColumn(key)), (key == 't' || key == 'u') && !off
			if off {
				ans = audit.Unmark(markColumn(key))
			}
		case 'r', 'n':
			ask := s.askRelationship
			if key == 'n' {
				ask = s.askNote
			}
			a, st := ask(arg)
			if st == readCancelled {
				continue
			}
			if st != readOK {
				return s.end(st)
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
			split := rv.Current()
			added, err := rv.Split()
			if err != nil {
				s.refuse("%v", err)
				continue
			}
			if code, ok := s.save(); !ok {
				return code
			}
			fmt.Fprintf(s.std.out, "  split: %s new %s, next in line:", audit.Thousands(len(added)), plural(len(added), "person", "people"))
			for _, r := range added {
				fmt.Fprintf(s.std.out, " %s", printable.Line(strings.Join(rv.Ledger.AccountKeys(r), ";")))
			}
			// The people left are one more for each new one (the count
			// shown next goes up, "[43 of 50 left]" to "[44 of 51
			// left]"): said here, it does not look like going back.
			fmt.Fprintf(s.std.out, "; %s more to review: %s of %s left\n", audit.Thousands(len(added)), audit.Thousands(rv.Left()), audit.Thousands(len(rv.Queue)))
			if split != nil && rv.Gone(split.Row) {
				// The account the row kept is in none of these exports (a
				// friend renamed, split from the new name): the row is no
				// longer followed, and nobody to review.
				fmt.Fprintf(s.std.out, "  %s is in none of these exports: its row is no longer in them (in_exports no), and not to review\n",
					printable.Line(strings.Join(rv.Ledger.AccountKeys(split.Row), ";")))
			}
			show = true
			continue
		case 'q':
			s.summary()
			return exitOK
		case '?':
			s.help()
			continue
		default:
			s.refuse("%q is not a key: ? for help", strings.TrimSpace(line))
			continue
		}
		was := rv.Ledger.Cell(it.Row, ans.Column)
		changed, err := rv.Apply(ans)
		if err != nil {
			s.refuse("%v", err)
			continue
		}
		switch {
		case changed && ans.Value == "": // r -, n -
			if code, ok := s.save(); !ok {
				return code
			}
			fmt.Fprintf(s.std.out, "  cleared %s (it was %q); now: %s\n", ans.Column, printable.Line(was), s.decisions(it.Row))
		case !changed && ans.Value == "":
			fmt.Fprintf(s.std.out, "  %s is empty already: nothing to save\n", ans.Column)
		case changed:
			if code, ok := s.save(); !ok {
				return code
			}
			fmt.Fprintf(s.std.out, "  saved %s %q; now: %s\n", ans.Column, printable.Line(ans.Value), s.decisions(it.Row))
			if ans.Column == audit.ColRelationship && offReachOutWord(ans.Value) {
				fmt.Fprintln(s.std.out, `  only a word for a relative or a friend ("family", "sister", "cousin", "best friend"..., or their French, German, Spanish, Italian, Dutch or Portuguese words; not "ex-friend" nor "partner") puts someone on reach-out.csv when you lose touch: r 1 for a relative, r 2 for a friend`)
			}
		default:
			clear := "" // where the person stays, to be typed: t and u go on
			if markColumn(key) == ans.Column && !off && !next {
				clear = fmt.Sprintf(" (%c no clears it)", key)
			}
			fmt.Fprintf(s.std.out, "  %s is %q already: nothing to save%s\n", ans.Column, printable.Line(rv.Ledger.Cell(it.Row, ans.Column)), clear)
		}
		if next {
			rv.Next()
			show = true
		}
	}
}

// save writes the ledger at once: a temporary file, forced to disk, renamed
// into place (the ledger before it stays as ledger.previous.csv). A ledger
// changed on disk since it was read (in a spreadsheet, say) is not
// overwritten: the session stops.
func (s *reviewSession) save() (int, bool) {
	if err := s.write(); err != nil {
		switch {
		case s.fromFile && s.saved > 0:
			// Read from a file, the answers saved before cannot be taken
			// back (that would overwrite the ledger saved meanwhile, and
			// a ledger that could not be written, read-only or on a disk
			// full, would not be written back either), and kept, the
			// file run again would give its lines to other people, as
			// after an answer refused (see end): "run review again to go
			// on" did so.
			err = fmt.Errorf("%w: answer line %d is not saved, and the %s %s of the lines before it %s in the ledger (the \"saved\" lines name %s): take %s back there by hand, then run review again with all the lines",
				err, s.line, audit.Thousands(s.saved), plural(s.saved, "answer", "answers"), plural(s.saved, "is", "are"), plural(s.saved, "it", "them"), plural(s.saved, "it", "them"))
		case s.fromFile:
			err = fmt.Errorf("%w: answer line %d is not saved, nor any before it; run review again with all the lines", err, s.line)
		case errors.Is(err, errChangedOnDisk):
			err = fmt.Errorf("%w: your last answer is not saved; run review again to go on from the file as it is now", err)
		default:
			// The commit puts the ledger back as it was: say so, as the
			// error alone ("file exists") does not.
			err = fmt.Errorf("%w: your last answer is not saved (the ones before it are); run review again to go on", err)
		}
		return fail(s.std, err), false
	}
	return 0, true
}

// errChangedOnDisk is the cause of write's error where the ledger was saved
// by something else since it was read.
var errChangedOnDisk = errors.New("changed on disk while you were reviewing (saved from a spreadsheet?)")

// write is save without its message: the error says only what went wrong,
// for the caller to say which answers it leaves saved.
func (s *reviewSession) write() error {
	path := s.ws.Path(workspace.Ledger)
	now, err := stampOf(path)
	if err == nil && now != s.onDisk {
		err = fmt.Errorf("%s %w", path, errChangedOnDisk)
	}
	if err == nil {
		err = s.keepBefore()
	}
	if err == nil {
		txn := s.ws.Begin()
		if s.keepBackup {
			txn.KeepBackup()
		}
		if rec := s.record; rec != nil {
			// With the ledger it goes with, once: see reviewRecord. Renamed
			// into place before it (a commit renames in the order written):
			// a crash between the two leaves the record with the ledger
			// before, whose rows lack the new people, and the totals then
			// say they are on no row (true), where a ledger with them and
			// no record would be judged by the last audit's history.
			err = txn.WriteSynced(rec.name, func(w io.Writer) error { return audit.WriteHistorySince(w, rec.items, rec.asOf) })
			if err == nil && len(rec.carried) > 0 {
				err = txn.WriteSynced(rec.carriedName, func(w io.Writer) error { return audit.WriteCarriedSince(w, rec.carried, rec.carriedSince) })
			} else if err == nil {
				txn.Remove(rec.carriedName) // an earlier review's
			}
			if err == nil && rec.removed != nil {
				err = txn.WriteSynced(audit.RemovedFriendsFile, func(w io.Writer) error { return audit.WriteRemovals(w, rec.removed) })
			}
		}
		if err == nil {
			err = txn.WriteSynced(workspace.Ledger, func(w io.Writer) error { return audit.WriteLedger(w, s.rv.Ledger) })
		}
		if err == nil {
			err = txn.Commit()
		}
		txn.Abort()
	}
	if err == nil {
		s.record = nil
		s.saved = s.rv.Undoable()
		s.onDisk, err = stampOf(path)
	}
	return err
}

// undo takes the last answer back and says what it put back.
func (s *reviewSession) undo() bool {
	d, ok := s.rv.Undo()
	if !ok {
		s.refuse("nothing to take back in this session")
		return false
	}
	switch {
	case d.Split > 0:
		fmt.Fprintf(s.std.out, "  undone: the split (%s %s removed)\n", audit.Thousands(d.Split), plural(d.Split, "person", "people"))
	case d.Old == "":
		fmt.Fprintf(s.std.out, "  undone: %s is empty again\n", d.Answer.Column)
	default:
		fmt.Fprintf(s.std.out, "  undone: %s is %q again\n", d.Answer.Column, printable.Line(d.Old))
	}
	return true
}

// end ends the session at the end of the input (exit 0), on Ctrl-C
// (exit 130) or at an answer refused in a file (exit 1), with the
// summary; every answer before is saved already, but for an answer
// refused, where the answers of the file are taken back.
func (s *reviewSession) end(st readStatus) int {
	switch st {
	case readInterrupted:
		fmt.Fprintln(s.std.out, "\ninterrupted")
		s.summary()
		return exitInterrupted
	case readRefused:
		// The answers saved from the lines before are taken back: kept,
		// the next review would not line up with the lines left either
		// (the people answered no longer come up, the people skipped
		// come up again, the person on screen, answered in part, may not
		// come up), and a line corrected would go to another person. So
		// the file, corrected, is run again as it is.
		n := 0
		for {
			if _, ok := s.rv.Undo(); !ok {
				break
			}
			n++
		}
		if n == 0 && s.before != nil {
			// The answers were taken back by b already, but the saves
			// left the ledger rewritten, with what the first brought in
			// from the exports: put back as it was.
			if err := s.putBack(); err != nil {
				return fail(s.std, fmt.Errorf("review: answer line %d refused (%s): the review stopped there, but the ledger could not be put back as it was before the review (%v); run review again with all the lines", s.line, s.refused, err))
			}
		}
		if n > 0 {
			takeBack := s.write
			if s.before != nil {
				takeBack = s.putBack
			}
			if err := takeBack(); err != nil {
				// The ledger keeps them (or was saved by something else
				// since, and is not overwritten): said with the refusal,
				// as save's own message ("your last answer is not saved;
				// run review again to go on") would have the file run on
				// from there, the answers going to other people.
				return fail(s.std, fmt.Errorf("review: answer line %d refused (%s): the review stopped there, but the %s %s of the lines before it could not be taken back and may still be in the ledger (%v); take them back there by hand, then run review again with all the lines", s.line, s.refused, audit.Thousands(n), plural(n, "answer", "answers"), err))
			}
			// Typed by hand where stdin is no terminal (an ssh session
			// without one, Git Bash's mintty), they are not lost: the
			// ledger with them is the one this save left as
			// ledger.previous.csv, but where it is kept as it was.
			kept := ""
			if !s.keepBackup {
				kept = fmt.Sprintf(" (%s keeps the ledger with them)", workspace.LedgerBackup)
			}
			fmt.Fprintf(s.std.out, "  taken back: the %s %s saved from the lines before%s\n", audit.Thousands(n), plural(n, "answer", "answers"), kept)
		}
		fmt.Fprintln(s.std.out)
		s.summary()
		what := "with nothing saved"
		if n > 0 {
			what = "and took back the answers of the lines before it, so that none goes to another person"
		}
		return fail(s.std, fmt.Errorf("review: answer line %d refused (%s): the review stopped there, %s; correct that line and run review again with all the lines", s.line, s.refused, what))
	}
	fmt.Fprintln(s.std.out)
	s.summary()
	return exitOK
}
