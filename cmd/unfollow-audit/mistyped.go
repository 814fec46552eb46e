package main

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	flag "github.com/spf13/pflag"

	"github.com/unfollow-audit/unfollow-audit/internal/printable"
)

// commandNames are the commands run takes, as the usage lists them.
func commandNames() []string { return []string{"audit", "review", "import", "formats"} }

// commandFlags are the flags each command takes, shown in its help
// (hidden ones left out): the message for a flag given to a command that
// has none of it names the commands that do (review --batch-size). A
// test holds it to each command's help.
func commandFlags() map[string][]string {
	return map[string][]string{
		"audit":   {"workspace", "as-of", "met-within", "batch-size", "policy", "same-person", "older-export"},
		"review":  {"workspace", "as-of", "met-within", "policy"},
		"import":  {"format"},
		"formats": nil,
	}
}

// shorthands are the one-letter flags of any command, by long name.
func shorthands() map[string]string { return map[string]string{"w": "workspace"} }

// nearest returns the one of names that typed was most likely meant
// for, or "": the only one it starts (three letters at least: rev for
// review), else the only nearest one or two edits away, capitals and
// small letters alike (audti, Import).
func nearest(typed string, names []string) string {
	t := strings.ToLower(typed)
	if len(t) >= 3 {
		var starts []string
		for _, n := range names {
			if strings.HasPrefix(n, t) && n != t {
				starts = append(starts, n)
			}
		}
		if len(starts) == 1 {
			return starts[0]
		}
	}
	const limit = 2
	best, bestDist, unique := "", limit+1, false
	for _, n := range names {
		switch d := editDistance(t, n, limit); {
		case d < bestDist:
			best, bestDist, unique = n, d, true
		case d == bestDist:
			unique = false
		}
	}
	if !unique || bestDist > limit {
		return ""
	}
	return best
}

// unknownCommand returns the message for a first argument that is no
// command: the command it was most likely meant for; or, for a flag or
// an export given before the command (-w ws audit x.zip, as other tools
// take their options; facebook.zip), that the command comes first.
func unknownCommand(args []string) string {
	first := args[0]
	msg := fmt.Sprintf("unknown command %q", first)
	if near := nearest(first, append(commandNames(), "version", "help")); near != "" && !strings.HasPrefix(first, "-") {
		return msg + ": did you mean " + near + "?"
	}
	if strings.HasPrefix(first, "-") {
		// --version and --help are the flags taken before a command:
		// --verison was told to come after one.
		if near := nearest(strings.TrimLeft(first, "-"), []string{"version", "help"}); near != "" {
			return msg + ": did you mean --" + near + "?"
		}
		for _, a := range args[1:] {
			if slices.Contains(commandNames(), a) {
				return fmt.Sprintf("%s: give the command first, then its flags: unfollow-audit %s %s ...", msg, a, printable.Line(first))
			}
		}
		return msg + ": give the command first (" + orList(commandNames()) + "), then its flags"
	}
	if _, err := os.Lstat(first); err == nil || strings.ContainsAny(first, `./\`) {
		return msg + ": give the command first, as unfollow-audit audit EXPORT..."
	}
	return msg
}

// orList joins items as "a", "a or b", "a, b or c".
func orList(items []string) string { return joinList(items, "or") }

// joinList joins items as "a", "a AND b", "a, b AND c".
func joinList(items []string, and string) string {
	if len(items) == 1 {
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + and + " " + items[len(items)-1]
}

// unknownFlag returns err's message, pflag's, with the flag of fs it was
// most likely meant for (--workspce), or the commands that take it
// where fs's does not (review --batch-size); err's alone otherwise.
func unknownFlag(fs *flag.FlagSet, err error) string {
	var ne *flag.NotExistError
	if !errors.As(err, &ne) {
		return err.Error()
	}
	name := ne.GetSpecifiedName()
	if name == "version" || ne.GetSpecifiedShortnames() == "version" {
		// Taken before a command (--version), but no command's flag:
		// "unknown flag" alone left it to be found in the usage.
		return err.Error() + ": the version is a command of its own: unfollow-audit version"
	}
	if ne.GetSpecifiedShortnames() != "" {
		long, ok := shorthands()[name]
		if !ok {
			return err.Error()
		}
		if by := takenBy(long, fs.Name()); by != "" {
			return fmt.Sprintf("%s (--%s: %s)", err, long, by)
		}
		return err.Error()
	}
	if by := takenBy(name, fs.Name()); by != "" {
		return fmt.Sprintf("%s (%s)", err, by)
	}
	var names []string
	fs.VisitAll(func(f *flag.Flag) {
		if !f.Hidden {
			names = append(names, f.Name)
		}
	})
	if near := nearest(name, names); near != "" {
		return fmt.Sprintf("%s: did you mean --%s?", err, near)
	}
	return err.Error()
}

// takenBy says which commands other than cmd take the flag long, or "".
func takenBy(long, cmd string) string {
	flags := commandFlags()
	var by []string
	for _, c := range commandNames() {
		if c != cmd && slices.Contains(flags[c], long) {
			by = append(by, c)
		}
	}
	switch len(by) {
	case 0:
		return ""
	case 1:
		return fmt.Sprintf("%s takes it, %s does not", by[0], cmd)
	}
	return fmt.Sprintf("%s take it, %s does not", joinList(by, "and"), cmd)
}
