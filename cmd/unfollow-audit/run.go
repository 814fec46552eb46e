package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	flag "github.com/spf13/pflag"

	"github.com/unfollow-audit/unfollow-audit/internal/printable"
)

// Exit statuses.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

// stdio is the process's standard streams and whether they are terminals.
type stdio struct {
	in          io.Reader
	out, err    io.Writer
	tty, errTTY bool
	// inTTY: stdin is a terminal, someone typing, not a file of answers.
	inTTY bool
}

const usage = `usage: unfollow-audit COMMAND [flags] [EXPORT...]

Commands:
  audit     decide keep or unfollow for every account you follow, keeping your ledger
  review    go through your ledger one person at a time, one key per answer
  import    read exports and list every account, merged into people (CSV or table)
  formats   list the exports it reads and where to request them
  version   say which build of the tool this is (--version too)

Run "unfollow-audit COMMAND --help" for a command's flags.
`

// run is the whole program minus the process: it returns the exit status.
func run(args []string, std stdio) int { return runWith(args, std, time.Now) }

// runWith is run with the clock injected, for tests.
func runWith(args []string, std stdio, today func() time.Time) int {
	if len(args) == 0 {
		fmt.Fprint(std.err, usage)
		return exitUsage
	}
	switch args[0] {
	case "import":
		return runImport(args[1:], std)
	case "audit":
		return runAudit(args[1:], std, today)
	case "review":
		return runReview(args[1:], std, today)
	case "formats":
		return runFormats(args[1:], std)
	case "version", "--version", "-version":
		return runVersion(args[1:], std)
	case "help", "-h", "--help", "-help":
		// "help review" is the command's own help, as "review --help":
		// the list of commands said nothing of its keys or flags.
		if len(args) > 1 && args[0] == "help" {
			switch args[1] {
			case "import", "audit", "review", "formats", "version":
				return runWith([]string{args[1], "--help"}, std, today)
			case "help", "-h", "--help", "-help": // help asked of help
				return runWith([]string{"help"}, std, today)
			}
			fmt.Fprintf(std.err, "unfollow-audit help: %s\n%s", unknownCommand(args[1:]), usage)
			return exitUsage
		}
		if _, err := fmt.Fprint(std.out, usage); err != nil {
			return fail(std, err) // as every command that writes its output
		}
		return exitOK
	}
	fmt.Fprintf(std.err, "unfollow-audit: %s\n%s", unknownCommand(args), usage)
	return exitUsage
}

// newFlags returns a flag set for a subcommand that reports its own errors.
func newFlags(name, synopsis string, std stdio) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(std.err)
	fs.SortFlags = false
	// The usage goes to the set's output: stderr after a mistake, stdout
	// while parse parses, where pflag shows it for --help ("help review
	// | less" showed nothing).
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: unfollow-audit %s\n", synopsis)
		if u := fs.FlagUsages(); u != "" {
			fmt.Fprintf(fs.Output(), "\nFlags:\n%s", u)
		}
	}
	return fs
}

// parse parses args, printing the error and usage for a bad flag. It
// returns the exit status to use and false when the command must stop.
func parse(fs *flag.FlagSet, args []string, std stdio) (int, bool) {
	if msg := oneDash(fs, args); msg != "" {
		return usageError(fs, std, "%s", printable.Line(msg)), false // it quotes an argument
	}
	help := &firstError{w: std.out}
	fs.SetOutput(help) // the usage asked for (--help)
	given := countValues(fs)
	err := fs.Parse(args)
	given.restore()
	fs.SetOutput(std.err)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			if help.err != nil {
				return fail(std, help.err), false // as "help" itself
			}
			return exitOK, false
		}
		fmt.Fprintf(std.err, "unfollow-audit %s: %s\n", fs.Name(), printable.Line(unknownFlag(fs, err)))
		fs.Usage()
		return exitUsage, false
	}
	if msg := given.twice(); msg != "" {
		return usageError(fs, std, "%s", msg), false
	}
	return 0, true
}

// oneDash returns the usage problem of the first long flag of fs typed
// with one dash before any --, or "": -workspace, as Go's own tools take
// their flags, is to pflag -w given "orkspace", and the run audited a new
// workspace of that name, taking the folder meant for an export. The
// name is compared without case (-Workspace); a shorthand glued to its
// value (-wws) names no long flag, and is read as pflag reads it. An
// export whose name starts with a dash (-x.csv) is refused so too, where
// that file is there: it is a run of one-letter flags to pflag, and one
// starting with -w was -w given the rest (-wanted.csv, a workspace
// "anted.csv"). The command it says to type is the one given with each
// such file after -- (see dashFilesLast): one of the file alone, copied,
// audited the default workspace, not the one given. A file named as a
// long flag (-workspace) is either: the message says how to give each.
func oneDash(fs *flag.FlagSet, args []string) string {
	at, _ := flagPlaces(fs, args)
	for _, i := range at {
		a := args[i]
		if len(a) < 3 || a[0] != '-' || a[1] == '-' {
			continue
		}
		_, err := os.Lstat(a)
		file := err == nil
		name, value, hasValue := strings.Cut(a[1:], "=")
		f := fs.Lookup(strings.ToLower(name))
		if f == nil || len(f.Name) < 2 {
			if file {
				return fmt.Sprintf("%s, a file here, would be read as flags: give -- before it (%s)", a, shellArgs(append([]string{"unfollow-audit", fs.Name()}, dashFilesLast(fs, args)...)...))
			}
			continue
		}
		msg := fmt.Sprintf("%s has one dash: give --%s", a, f.Name)
		if hasValue {
			msg += "=" + value
		}
		if file {
			// The rest of the command is not guessed: -workspace ws
			// with the file meant would read ws as an export too.
			msg += fmt.Sprintf("; to read the file %s here, give it after -- (%s)", a, shellArgs("unfollow-audit", fs.Name(), "--", a))
		}
		return msg
	}
	return ""
}

// flagPlaces returns the indexes of args that pflag reads as a flag or
// an argument of its own: those before any --, but for each flag's
// value given after it (-w -ws); and the index of that --, or -1.
func flagPlaces(fs *flag.FlagSet, args []string) (at []int, dashes int) {
	value := false // args[i] is the value of the flag before it
	for i, a := range args {
		if value {
			value = false
			continue
		}
		if a == "--" {
			return at, i
		}
		at = append(at, i)
		value = takesNext(fs, a)
	}
	return at, -1
}

// dashFilesLast returns args with each argument pflag would read as
// flags that names a file here (-x.csv), and no long flag of fs, moved
// after -- (after the one given, else after one added at the end), in
// order: the command the person meant, every flag kept.
func dashFilesLast(fs *flag.FlagSet, args []string) []string {
	at, dashes := flagPlaces(fs, args)
	moved := map[int]bool{}
	var files []string
	for _, i := range at {
		a := args[i]
		if len(a) < 3 || a[0] != '-' || a[1] == '-' {
			continue
		}
		if _, err := os.Lstat(a); err != nil {
			continue
		}
		if name, _, _ := strings.Cut(a[1:], "="); fs.Lookup(strings.ToLower(name)) != nil {
			continue // a flag as well (-workspace): left as given
		}
		moved[i] = true
		files = append(files, a)
	}
	out := make([]string, 0, len(args)+1)
	for i, a := range args {
		if !moved[i] {
			out = append(out, a)
		}
		if i == dashes {
			out = append(out, files...)
		}
	}
	if dashes < 0 {
		out = append(append(out, "--"), files...)
	}
	return out
}

// takesNext reports whether pflag takes the argument after a as a's
// value: a is a flag of fs that takes one, given without it (--workspace,
// -w; not --workspace=ws, -wws, nor --same-person).
func takesNext(fs *flag.FlagSet, a string) bool {
	var f *flag.Flag
	switch {
	case strings.HasPrefix(a, "--") && !strings.Contains(a, "="):
		f = fs.Lookup(a[2:])
	case len(a) >= 2 && a[0] == '-' && a[1] != '-':
		// A run of one-letter flags takes the next argument where its
		// last letter is the first that takes a value.
		for i := 1; i < len(a); i++ {
			g := fs.ShorthandLookup(a[i : i+1])
			if g == nil || g.NoOptDefVal == "" {
				f = g
				if i < len(a)-1 {
					f = nil // -wws: the rest is the value
				}
				break
			}
		}
	}
	return f != nil && f.NoOptDefVal == ""
}

// onceValue is a single-value flag's Value while parse parses, keeping
// the first value given and the first other one: pflag keeps the last
// of -w a -w b, and audited b saying nothing of a. Values are compared
// as the flag holds them, so --same-person=1 then --same-person (both
// true) or --batch-size 05 then 5 are one meant; a string is held as
// typed, so -w ws -w ws/ are two.
type onceValue struct {
	flag.Value
	first, other string // as typed, for the message
	held         string // first as the flag held it
	n            int
}

func (v *onceValue) Set(s string) error {
	if err := v.Value.Set(s); err != nil {
		return err
	}
	switch held := v.Value.String(); {
	case v.n == 0:
		v.first, v.held = s, held
		v.n = 1
	case v.n == 1 && held != v.held:
		v.other = s
		v.n = 2
	}
	return nil
}

// IsBoolFlag is the wrapped Value's: pflag asks it to write
// --same-person[=true|false] in the usage.
func (v *onceValue) IsBoolFlag() bool {
	b, ok := v.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// onceFlags is the flags countValues wrapped, in the order they are
// defined, with their wrappers.
type onceFlags []onceFlag

type onceFlag struct {
	f *flag.Flag
	v *onceValue
}

// countValues wraps each single-value flag of fs in an onceValue; a
// repeatable one (--policy, a flag.SliceValue) is left as it is.
func countValues(fs *flag.FlagSet) onceFlags {
	var c onceFlags
	fs.VisitAll(func(f *flag.Flag) {
		if _, many := f.Value.(flag.SliceValue); !many {
			v := &onceValue{Value: f.Value}
			f.Value = v
			c = append(c, onceFlag{f, v})
		}
	})
	return c
}

// restore gives each flag its own Value back.
func (c onceFlags) restore() {
	for _, w := range c {
		w.f.Value = w.v.Value
	}
}

// twice returns the usage problem of the first flag given two different
// values, or "": the same value twice is one meant.
func (c onceFlags) twice() string {
	for _, w := range c {
		if w.v.n < 2 {
			continue
		}
		name := "--" + w.f.Name
		if w.f.Shorthand != "" {
			name += " (-" + w.f.Shorthand + ")"
		}
		return fmt.Sprintf("%s is given twice (%q, then %q): give it once", name, w.v.first, w.v.other)
	}
	return ""
}

// firstError is w keeping its first write error: the help pflag prints
// drops them (a full disk: "audit --help > file" exited 0).
type firstError struct {
	w   io.Writer
	err error
}

func (f *firstError) Write(p []byte) (int, error) {
	n, err := f.w.Write(p)
	if err != nil && f.err == nil {
		f.err = err
	}
	return n, err
}

// usageError prints a usage problem and returns the usage exit status.
func usageError(fs *flag.FlagSet, std stdio, format string, args ...any) int {
	fmt.Fprintf(std.err, "unfollow-audit %s: %s\n", fs.Name(), fmt.Sprintf(format, args...))
	fs.Usage()
	return exitUsage
}

// fail prints err as the one line the user sees and returns exit status 1.
// Errors joined are one a line: those lines are joined by "; ". What is
// left that a name or cell quoted may hold (a CR, an escape sequence, a
// bidirectional override) is made printable (printable.Line), where the
// message did not do it for the names it quotes.
func fail(std stdio, err error) int {
	msg := printable.Line(strings.ReplaceAll(err.Error(), "\n", "; "))
	fmt.Fprintf(std.err, "unfollow-audit: %s\n", msg)
	return exitError
}

// emptyValue returns the usage problem of an empty --as-of given, or of
// an empty EXPORT, or of - for standard input, or "": an unset variable
// in --as-of "$DAY" ran on today's date, not the one meant, one in
// "$EXPORT" said ": cannot read", naming no file, and - said "no such
// file". (An empty --workspace is refused so too, by each command.)
func emptyValue(fs *flag.FlagSet, asOf string) string {
	if fs.Changed("as-of") && asOf == "" {
		return "--as-of is empty: give the audit's day as YYYY-MM-DD, or leave the flag out for today"
	}
	if slices.Contains(fs.Args(), "") {
		return `an EXPORT given is empty (""): give the path of each export`
	}
	if slices.Contains(fs.Args(), "-") {
		if _, err := os.Lstat("-"); err != nil { // else a file named so
			return "- (standard input) is not read: save the export to a file and give its path"
		}
	}
	return ""
}
