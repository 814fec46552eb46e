package main

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"slices"
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
	if err := setPolicies(rules.Policy, *policies); err != nil {
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
	for _, p := range *policies {
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
	unlock, err := lockWorkspace(*dir)
	if err != nil {
		return fail(std, err)
	}
	// Once: an interrupt's handler lets the lock go too (see auditRun).
	unlock = sync.OnceFunc(unlock)
	defer unlock() // the review writes the ledger at every answer
	// Until the first question, while it reads the ledger and the
	// exports (seconds, for a big account's), an interrupt ends the
	// review as it ends an audit: the lock let go, a line on stderr,
	// status 130. Left to the default, the process died where it was,
	// leaving its lock file behind. From the first question on, the
	// session's reader takes them (see newLineReader), to end it between
	// two answers.
	intr := catchInterrupts(*dir, unlock, std, seams.exit)
	defer intr.stop()
	moved := false // the day is the last audit's, not today (see dayFrom)
	if *asOf == "" {
		// As audit takes it (see todayOf): "m" saves the day of the
		// audit this review's answers go to.
		ws, err := workspace.Open(*dir)
		if err != nil {
			return fail(std, err)
		}
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

// shellArgs writes args as the person's shell would take them back (see
// shellArgsFor), for a command the person copies.
func shellArgs(args ...string) string {
	return shellArgsFor(runtime.GOOS, args...)
}

// shellArgsFor writes args as a shell of the system goos would take them
// back: an argument of letters, digits and -_./:=,@+ (and \, the path
// separator, on Windows) as it is, any other quoted. A POSIX shell takes
// it in single quotes ("my audit" is 'my audit'). Windows' cmd.exe does
// not know them (it would pass 'my and audit' as two arguments), so there
// it is in double quotes, which PowerShell takes too ("C:\My audit"),
// written as programs there read their command line back (see
// windowsQuote); see windowsArgs for what no one quoting keeps whole in
// both.
func shellArgsFor(goos string, args ...string) string {
	if goos == "windows" {
		return windowsArgs(args)
	}
	out := make([]string, len(args))
	for i, a := range args {
		if plainArg(a, "-_./:=,@+") {
			out[i] = a
		} else {
			out[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
	}
	return strings.Join(out, " ")
}

// plainArg is whether a, not empty, is of letters, digits and the runes
// of also alone: a shell takes it back unquoted.
func plainArg(a, also string) bool {
	if a == "" {
		return false
	}
	for _, c := range a {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.ContainsRune(also, c)) {
			return false
		}
	}
	return true
}

// windowsArgs writes args for cmd.exe and PowerShell, which read a line
// apart. An argument of letters, digits, \ and -_./:=+ is as it is; a
// comma is quoted (PowerShell makes two arguments of a,b), and so is an @
// (@name is a splat there). Any other is in double quotes, which both
// take, but for two things. cmd.exe reads %NAME% as a variable even in
// quotes: where the line holds two %, each is outside the quotes,
// escaped, "C:\a"^%"b"^%, which no name can end with (a caret is in
// it). PowerShell reads $ and ` in double quotes, and typographic quotes
// as quotes, and the form for cmd.exe as two arguments: where an argument
// holds one of them, or was so written, the line for PowerShell follows
// in brackets, that argument in its single quotes, which keep all as
// typed ("D:\$work" (in PowerShell: 'D:\$work')).
func windowsArgs(args []string) string {
	percents := 0
	for _, a := range args {
		percents += strings.Count(a, "%")
	}
	cmd := make([]string, len(args))
	ps := make([]string, len(args))
	differ := false
	for i, a := range args {
		switch {
		case plainArg(a, `-_./:=+\`):
			cmd[i], ps[i] = a, a
		case strings.ContainsAny(a, "$`\u201c\u201d\u201e"):
			cmd[i] = windowsPercents(a, percents)
			ps[i] = powershellSingle(a)
			differ = true
		default:
			cmd[i], ps[i] = windowsPercents(a, percents), windowsQuote(a)
			differ = differ || cmd[i] != ps[i]
		}
	}
	line := strings.Join(cmd, " ")
	if differ {
		line += " (in PowerShell: " + strings.Join(ps, " ") + ")"
	}
	return line
}

// powershellSingle is a in PowerShell's single quotes, the quotes that
// would end them doubled: ' and its typographic kin, which it reads as one.
// Windows PowerShell (5.1) passes an argument with a space on in double
// quotes, its backslashes as they are: those ending it are doubled too, as
// windowsQuote doubles them, or the program read 'D:\$my work\' as
// "D:\$my work\" and the quote as part of it.
func powershellSingle(a string) string {
	var b strings.Builder
	b.WriteByte('\'')
	for _, c := range a {
		if strings.ContainsRune("'\u2018\u2019\u201a\u201b", c) {
			b.WriteRune(c)
		}
		b.WriteRune(c)
	}
	if strings.ContainsAny(a, " \t") {
		b.WriteString(a[len(strings.TrimRight(a, `\`)):])
	}
	b.WriteByte('\'')
	return b.String()
}

// windowsPercents is a in double quotes for cmd.exe (windowsQuote), but
// where the line holds percents, two or more, which it could read as
// %NAME%: then each % of a is outside the quotes and escaped, ^%, so that
// every name between two ends in a caret, which no variable's does, and
// cmd.exe drops the caret.
func windowsPercents(a string, percents int) string {
	if percents < 2 || !strings.Contains(a, "%") {
		return windowsQuote(a)
	}
	parts := strings.Split(a, "%")
	for i, p := range parts {
		if p != "" {
			parts[i] = windowsQuote(p)
		}
	}
	return strings.Join(parts, "^%")
}

// windowsQuote writes a in double quotes as a Windows program reads its
// command line back: backslashes are as typed but before a quote, where
// 2n of them are n, and 2n+1 n and the quote itself. So those before a
// quote of a, or before the closing quote, are doubled: a folder that
// ends in one, as PowerShell's completion writes it ("C:\my audit\\"),
// was "C:\my audit\", a quote that ran on into the next argument.
func windowsQuote(a string) string {
	var b strings.Builder
	b.WriteByte('"')
	slashes := 0
	for i := 0; i < len(a); i++ {
		switch c := a[i]; c {
		case '\\':
			slashes++
		case '"':
			b.WriteString(strings.Repeat(`\`, 2*slashes+1))
			b.WriteByte('"')
			slashes = 0
		default:
			b.WriteString(strings.Repeat(`\`, slashes))
			b.WriteByte(c)
			slashes = 0
		}
	}
	b.WriteString(strings.Repeat(`\`, 2*slashes))
	b.WriteByte('"')
	return b.String()
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
	// copyNotes say which copies of the ledger beside it could not be
	// read to be compared with it (see unreadCopy), with or without
	// exports.
	copyNotes []string
	// keepBackup leaves ledger.previous.csv as it is: it may hold notes
	// the ledger has lost (see notesGone).
	keepBackup bool
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

// lockWorkspace opens the workspace at dir and locks it (see
// workspace.Lock).
func lockWorkspace(dir string) (unlock func(), err error) {
	ws, err := workspace.Open(dir)
	if err != nil {
		return nil, err
	}
	return ws.Lock()
}

// openReview reads the workspace (and the exports, when given) and builds
// the review queue.
func openReview(dir string, rules audit.Rules, exports []string, std stdio, prog *progress) (*reviewSession, error) {
	ws, err := workspace.Open(dir)
	if err != nil {
		return nil, err
	}
	onDisk, err := stampOf(ws.Path(workspace.Ledger))
	if err != nil {
		return nil, err
	}
	// The first answer writes the ledger: one marked read-only is said
	// before the first question, not after it.
	if err := ws.ReadOnly(workspace.Ledger); err != nil {
		return nil, err
	}
	if !onDisk.exists && len(exports) == 0 {
		if err := missingLedger(ws); err != nil {
			return nil, err
		}
		// A ledger sent back beside it is to be renamed, not an audit
		// run first, which stops on it (see firstCopy).
		if err := firstCopy(ws, rules.AsOf); err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("%s: no ledger yet: run unfollow-audit audit --workspace %s EXPORT... first, or give the exports to review", ws.Path(workspace.Ledger), shellArgs(dir))
	}
	names, err := ws.History()
	if err != nil {
		return nil, err
	}
	// A mistyped --as-of first, as audit refuses it: "m" would save that
	// day as last_met, and a meeting lapsed since would not come up.
	// Read against it, a ledger's correct dates would be refused as after
	// the audit date.
	if len(names) > 0 {
		if last := runDate(names[len(names)-1]); last != "" && rules.AsOf.String() < last {
			return nil, fmt.Errorf("--as-of %s is before the last audit in %s (%s): give that date or a later one", rules.AsOf, dir, last)
		}
	}
	ledger, copyUnread, err := readLedger(ws, rules.AsOf)
	if err != nil {
		return nil, withExports(ws, err, exports, rules.AsOf)
	}
	runs, err := readRunStats(ws)
	if err != nil {
		return nil, err
	}
	lastRun := ""
	if len(names) > 0 {
		lastRun = audit.RunOf(names[len(names)-1])
	}
	lastRuns := lastOfNetworks(runs, lastRun)
	// The recent audits: who was kept as met, and (without exports) what
	// each account is (the last one).
	var recent [][]audit.Past
	for _, name := range recentRuns(names, comparedDay(lastRuns)) {
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
	if len(recent) > 0 {
		// Another workspace's ledger, copied over this one's: refused
		// before an answer is written into it, as audit refuses it.
		if err := otherLedger(ws, ledger, recent[len(recent)-1], lastHistory(names), "run audit with --same-person first"); err != nil {
			return nil, err
		}
	}
	for i := range copyUnread {
		copyUnread[i] = printable.Line(copyUnread[i])
	}
	s := &reviewSession{std: std, dir: dir, ws: ws, onDisk: onDisk, exports: len(exports) > 0, copyNotes: copyUnread,
		keepBackup: notesGone(recent, ledger)}
	var networks []string
	for _, r := range lastRuns {
		networks = append(networks, r.Network)
	}
	s.rulesNote = rulesNote(lastRuns, rules, networks, "the last audit's", "Your answers are judged by these; ")
	details := map[string]*audit.Account{}
	var last []audit.Past // the last audit's decisions
	if len(recent) > 0 {
		last = recent[len(recent)-1]
	}
	if s.exports {
		var current []audit.Owner
		var stats importers.Stats
		var removed []audit.Removal
		var copies, unread []importers.LedgerCopy
		// Followers known by their id alone need no decision and no
		// question: they stay numbers, as the audit keeps them (see
		// audit.Followers), merged only where a key or a handle ties them
		// to someone. As accounts, 300,000 of them took seconds and half
		// a gigabyte before the first question.
		var bare []audit.Followers
		accounts, coverage, err := importers.Read(exports, importers.Options{Progress: prog.Counts(), Owners: &current, Stats: &stats, Followers: &bare, Usernames: true, After: lateAfter(rules.AsOf), Removed: &removed, Ledgers: &copies, Unread: &unread, Workspace: ws.Dir}, importers.All())
		if err != nil {
			return nil, err
		}
		prog.Phase("merging")
		given, err := givenCopy(ws, copies, ledger, accounts, rules.AsOf)
		if err != nil {
			return nil, err
		}
		s.lateRecords, s.lateMade = stats.Late, coverage
		s.exportNotes = leftOutNotes(&stats)
		notes := append(given, unreadNotes(ws, unread)...)
		for i := range notes {
			notes[i] = printable.Line(notes[i])
		}
		s.exportNotes = append(notes, s.exportNotes...)
		accounts = audit.SplitFollows(accounts, last) // as the last audit did
		// As in audit: the people of lists these exports do not hold (only
		// the Twitter/X archive given) stay followed, not gone, and so do
		// friends and connections gone whose follows they lack.
		covered, _ := coveredBy(coverage, lastRuns, accounts)
		covered = audit.CarryFollows(accounts, last, covered)
		// Review writes the ledger at the first answer: another person's
		// exports are refused first, as audit refuses them.
		const override = "run audit with --same-person first"
		owners, err := readOwners(ws)
		if err != nil {
			return nil, err
		}
		// Said with the lists' refusal, where there is one (see withOwner).
		ownerErr := otherOwner(dir, owners, current, override)
		known := ledger.Known()
		known.LastRun(last) // for friends renamed on Facebook
		// A review with exports before this one since the last audit
		// wrote the ledger with the names it saw: a name cell is the
		// tool's as its record names the account (see Ledger.Update).
		named, namedCarried, namedSince, hasNamed, err := readReviewRecord(ws, lastHistory(names))
		if err != nil {
			return nil, err
		}
		known.ReviewedNames(named, namedCarried)
		// The evidence of a merge is the tool's own: the ledger's grouping
		// pins people, which hides it. Merged below, with the accounts
		// carried from the last audit: the accounts of the exports, in
		// the order read (a person lists their first possible matches in
		// it, as import does), then the followers merged as accounts (the
		// ones a key or a handle ties to someone: any a ledger row may
		// list), not the others, which merge with no one.
		auto := slices.Clone(accounts)
		people, _ := audit.MergeFollowers(accounts, bare, known)
		auto = append(auto, pinnedFollowers(people, auto, bare)...)
		// Before any audit, a ledger from elsewhere is judged by who it
		// says were followed, as audit's first run judges it.
		var wasFollowed []*audit.LedgerRow
		if len(recent) == 0 {
			wasFollowed = inExportsRows(ledger, people)
		}
		ledger.Update(people)
		if err := otherFirstLedger(ws, ledger, wasFollowed, override); err != nil {
			return nil, cmp.Or(ownerErr, err)
		}
		s.renamed, s.renamedCount = ledger.Renamed()
		s.followsOnly = followsOnly(people)
		// An export older than the one the last audit read (last
		// quarter's zip) would mark the accounts unfollowed since as
		// followed again, and the people followed since as gone, never
		// to come up: refused, as audit refuses it. Against the last
		// audit's own exports: one that audit read with --older-export
		// passes.
		if err := olderExportThan(coverage, lastRuns, "Give the exports the last audit read or newer ones, or none: the ledger and the last audit are enough"); err != nil {
			return nil, cmp.Or(ownerErr, err)
		}
		if err := otherNetworks(dir, runs, lastRun, owners, current, coverage, override); err != nil {
			return nil, cmp.Or(ownerErr, err)
		}
		// Not the accounts that review found gone: its ledger has them
		// in_exports no, and so does this one (see reviewedGone).
		carriedPast := keepReviewedNames(reviewedGone(audit.Carry(last, covered), hasNamed, named, namedCarried), named, namedCarried)
		// And the accounts an earlier review since found new, of lists
		// these exports lack: they have rows, followed still.
		// With the dates that review's record gave them, which the record
		// this review saves replaces: the audit after it tells by them an
		// address edited from an account made anew (see
		// uncarriedGoneChanges).
		fromRecord := len(carriedPast)
		carriedPast = append(carriedPast, reviewedNew(last, covered, runDate(lastHistory(names)), named, namedCarried)...)
		carriedSince := carriedDates(carriedPast, fromRecord, namedSince)
		// Its record keeps the e-mails of family and friends alone, as
		// the history does (see Ledger.DropEmails).
		ledger.DropEmails(carriedPast)
		s.carried = make(map[string]bool, len(carriedPast))
		for _, p := range carriedPast {
			s.carried[p.Key()] = true
		}
		// A carried account (of a list these exports do not hold) is one
		// the person still follows: merged with the accounts read, as
		// the audit merged it, a row grouping it by hand with one read is
		// said so, and one the tool grouped by name is not. Only those on
		// a row of several accounts, the few whose evidence is shown, and
		// their namesakes, which kept the audit from merging them by name:
		// a million carried (the Twitter/X archive not given) are not
		// merged for it.
		if len(carriedPast) > 0 {
			grouped := map[string]bool{}
			for _, r := range ledger.Rows() {
				if keys := ledger.AccountKeys(r); len(keys) > 1 {
					for _, k := range keys {
						grouped[k] = true
					}
				}
			}
			// The names of the accounts on such rows, folded: the
			// carried accounts are looked up in them by the million,
			// without folding or allocating for each.
			var names audit.FoldedNames
			for i := range auto {
				if a := &auto[i]; grouped[a.Key()] {
					names.Add(a.Name)
				}
			}
			var namesakes []int
			for i := range carriedPast {
				if p := &carriedPast[i]; grouped[p.Key()] {
					names.Add(p.Name())
					auto = append(auto, audit.Account{Network: p.Network(), Relation: p.Relation(), ID: p.ID(), Name: p.Name()})
				} else {
					namesakes = append(namesakes, i)
				}
			}
			if names.Len() > 0 {
				for _, i := range namesakes {
					if p := &carriedPast[i]; names.Has(p.Name()) {
						auto = append(auto, audit.Account{Network: p.Network(), Relation: p.Relation(), ID: p.ID(), Name: p.Name()})
					}
				}
			}
		}
		s.auto = map[string]*audit.Person{}
		for _, p := range audit.Merge(auto, nil) {
			for _, a := range p.Accounts {
				s.auto[a.Key()] = p
			}
		}
		ledger.MarkFollowed(s.carried)
		items := rules.DecideAll(people, ledger)
		audit.MarkUnfollowedTies(items, last, covered, ledger) // as audit does
		for i := range items {
			if it := &items[i]; it.Decision.Unfollowed {
				if s.unfollowed == nil {
					s.unfollowed = map[string]bool{}
				}
				s.unfollowed[it.Account.Key()] = true
			}
		}
		name, carriedName := reviewRecordNames(lastHistory(names))
		// The removals its removed_friends.json lists join those the
		// workspace keeps, for the audit after it (see reviewRecord).
		kept, err := readRemovedFriends(ws)
		if err != nil {
			return nil, err
		}
		s.record = &reviewRecord{name: name, carriedName: carriedName, asOf: rules.AsOf, items: items, carried: carriedPast, carriedSince: carriedSince,
			removed: addedRemovals(kept, removed)}
		if len(last) > 0 {
			if err := foreignLists(dir, rules, ledger, known, audit.Judged(last, covered), items, audit.Compare(last, items, covered), override); err != nil {
				return nil, withOwner(ownerErr, err, dir)
			}
		}
		if ownerErr != nil {
			return nil, ownerErr
		}
		for _, p := range people {
			for _, a := range p.Accounts {
				details[a.Key()] = a
			}
		}
		for i := range carriedPast {
			p := &carriedPast[i]
			if _, ok := details[p.Key()]; !ok {
				details[p.Key()] = &audit.Account{Network: p.Network(), Relation: p.Relation(), ID: p.ID(), Name: p.Name()}
			}
		}
	} else {
		// A review with exports since the last audit (or before the
		// first) brought the ledger in line with them: its record says
		// what they hold.
		followed, carried, _, ok, err := readReviewRecord(ws, lastHistory(names))
		if err != nil {
			return nil, err
		}
		if ok {
			s.seen, last = true, append(followed, carried...)
			s.carried = make(map[string]bool, len(carried))
			for i := range carried {
				s.carried[carried[i].Key()] = true
			}
		} else if len(names) > 0 {
			// The last audit's history has the accounts it carried too,
			// which its counts leave out: said apart in the totals.
			s.carried = carriedByAudit(last, runs, lastRun, runDate(names[len(names)-1]))
		}
		for i := range last {
			p := &last[i]
			details[p.Key()] = &audit.Account{Network: p.Network(), Relation: p.Relation(), ID: p.ID(), Name: p.Name()}
			if p.Unfollowed() {
				if s.unfollowed == nil {
					s.unfollowed = map[string]bool{}
				}
				s.unfollowed[p.Key()] = true
			}
		}
	}
	// The last audit's history (or the record of a review with exports
	// since) lists every account then followed: a ledger key missing from
	// it is no longer followed, as with exports.
	s.rv = audit.NewReview(ledger, rules, details, s.exports || s.seen || len(recent) > 0, audit.MetWindows(runs, lastRun), recent...)
	s.rv.Carried = s.carried
	s.rv.Unfollowed = s.unfollowed
	for _, it := range s.rv.Queue {
		if !it.Lapsed {
			s.unrev++
		}
	}
	if f, ok := std.in.(*os.File); !ok || !isTerminal(f) {
		s.echo = true
	}
	s.fromFile = !std.inTTY
	s.color = escapesShown(std.tty) && os.Getenv("NO_COLOR") == ""
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
		if key != 0 && key != notAKey && !strings.ContainsRune("dnr", rune(key)) && arg != "" {
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
		changed, err := rv.Apply(ans)
		if err != nil {
			s.refuse("%v", err)
			continue
		}
		if changed {
			if code, ok := s.save(); !ok {
				return code
			}
			fmt.Fprintf(s.std.out, "  saved %s %q; now: %s\n", ans.Column, printable.Line(ans.Value), s.decisions(it.Row))
			if ans.Column == audit.ColRelationship && offReachOutWord(ans.Value) {
				fmt.Fprintln(s.std.out, `  only a word for a relative or a friend ("family", "sister", "cousin", "best friend"..., or their French, German, Spanish, Italian, Dutch or Portuguese words; not "ex-friend" nor "partner") puts someone on reach-out.csv when you lose touch: r 1 for a relative, r 2 for a friend`)
			}
		} else {
			fmt.Fprintf(s.std.out, "  %s is %q already: nothing to save\n", ans.Column, printable.Line(rv.Ledger.Cell(it.Row, ans.Column)))
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
		case errors.Is(err, errChangedOnDisk) && s.fromFile && s.saved > 0:
			// Read from a file, the answers saved before cannot be taken
			// back (that would overwrite the ledger saved meanwhile), and
			// kept, the file run again would give its lines to other
			// people, as after an answer refused (see end).
			err = fmt.Errorf("%w: answer line %d is not saved, and the %s %s of the lines before it %s in the ledger (the \"saved\" lines name %s): take %s back there by hand, then run review again with all the lines",
				err, s.line, audit.Thousands(s.saved), plural(s.saved, "answer", "answers"), plural(s.saved, "is", "are"), plural(s.saved, "it", "them"), plural(s.saved, "it", "them"))
		case errors.Is(err, errChangedOnDisk) && s.fromFile:
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
		if n > 0 {
			if err := s.write(); err != nil {
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

// notesGone reports whether accounts a recent audit (recent, oldest
// first) decided on the person's notes have none in ledger l now: the
// last audit decided them so, or the one before where the last found
// them blank. An audit that finds such notes gone (a row deleted in a
// spreadsheet) leaves ledger.previous.csv as it was, and says so, as it
// may be the only copy of them (see notesLostNote); so does a review
// then, which replaced it at the first answer with a ledger without them.
func notesGone(recent [][]audit.Past, l *audit.Ledger) bool {
	if len(recent) == 0 {
		return false
	}
	noted := map[string]bool{}       // the accounts of rows with notes
	notedPerson := map[string]bool{} // the person ids of rows with notes
	for _, r := range l.Rows() {
		if r.Notes.Reviewed() {
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
	gone := func(p *audit.Past) bool { return !noted[p.Key()] && !notedPerson[p.PersonID()] }
	onNotes := func(rule string) bool { return rule != "" && rule != audit.RuleUnknown }
	last := recent[len(recent)-1]
	lastRule := make(map[string]string, len(last))
	for i := range last {
		p := &last[i]
		if onNotes(p.Rule()) && gone(p) {
			return true
		}
		lastRule[p.Key()] = p.Rule()
	}
	for _, run := range recent[:len(recent)-1] {
		for i := range run {
			p := &run[i]
			if onNotes(p.Rule()) && lastRule[p.Key()] == audit.RuleUnknown && gone(p) {
				return true
			}
		}
	}
	return false
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
