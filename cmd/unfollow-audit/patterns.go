package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// expandPatterns returns the exports given with each argument that names
// no file but holds a pattern's *, ? or [ replaced by the files it
// matches, in name order, as a shell on Linux or macOS gives them. The
// README's commands give the exports so (facebook-*.zip); cmd.exe and
// PowerShell pass the pattern as typed, and the run stopped on it with
// "cannot read", the exports lying there. An argument that names a file
// is kept whatever it holds (a download named "following [old].csv"),
// and so is a malformed pattern, left to be refused as a path. Patterns
// that match nothing (the command run in another folder than the
// exports') are named at once, in one error.
//
// A pattern read as a shell reads it, [ starting a set of letters, that
// matches nothing (or is malformed: a [ never closed) is read again with
// its brackets as letters of the names: cmd.exe and PowerShell give [ no
// meaning in a name, and a folder named "Clients [2026]", the pattern
// typed in it ("Clients [2026]\*.zip"), holds the exports the person
// meant, where a shell's reading looks for a folder "Clients 2".
func expandPatterns(args []string) ([]string, error) {
	out := make([]string, 0, len(args))
	var none []string
	for _, a := range args {
		a = expandHome(a, os.UserHomeDir)
		if _, err := os.Lstat(a); err == nil || !strings.ContainsAny(a, "*?[") {
			out = append(out, a)
			continue
		}
		matches, err := filepath.Glob(a)
		if len(matches) == 0 && strings.Contains(a, "[") {
			if m, lerr := filepath.Glob(literalBrackets(a)); lerr == nil && len(m) > 0 {
				matches, err = m, nil
			}
		}
		switch {
		case err != nil:
			out = append(out, a)
		case len(matches) == 0:
			none = append(none, a)
		default:
			out = append(out, matches...)
		}
	}
	if len(none) > 0 {
		return nil, fmt.Errorf("no file matches %s: %s", norList(none), matchedNone(none))
	}
	return out, nil
}

// matchedNone says what to do about patterns that matched nothing. Ones
// given without a folder were most likely typed in another folder than
// the exports'. Ones all of one folder were given with theirs already,
// and to give it was no advice: that folder is not there (its name typed
// wrong), is a file, or holds no file so named. A folder whose name
// holds a pattern's letters is so too where it is there (Clients [2027],
// as expandPatterns reads it); where it is not, it was a pattern (*/x.zip).
// Patterns of several folders get the advice of any.
func matchedNone(patterns []string) string {
	dir := filepath.Dir(patterns[0])
	same := true
	for _, p := range patterns[1:] {
		same = same && filepath.Dir(p) == dir
	}
	if same && dir != "." {
		fi, err := os.Stat(dir)
		switch {
		case err == nil && fi.IsDir():
			return dir + " holds no file so named"
		case err == nil:
			return dir + " is a file, not a folder"
		case !strings.ContainsAny(dir, "*?["):
			return "there is no folder " + dir
		}
	}
	return fmt.Sprintf("give each export with its folder (as ~/Downloads/%s), or run the command in the folder that holds them", filepath.Base(patterns[0]))
}

// literalBrackets returns the pattern p with each [ matching itself
// alone ("[[]", a set of that one letter: filepath.Match has no escape on
// Windows), its * and ? left as they are; a ] outside a set matches
// itself already.
func literalBrackets(p string) string { return strings.ReplaceAll(p, "[", "[[]") }

// norList joins items as "a", "a nor b", "a, b nor c".
func norList(items []string) string {
	if len(items) == 1 {
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " nor " + items[len(items)-1]
}

// expandHome returns p with a leading ~ (alone, or before a separator:
// /, or on Windows \ too) as the home folder, where the shell left it
// as typed: cmd.exe passes ~ as typed, and so does PowerShell to another program (the README's
// ~/Downloads/facebook-*.zip matched nothing there); bash and zsh expand
// a ~ that starts a word, but not one after = (--workspace=~/ws) nor in
// quotes ('~/Downloads/facebook-*.zip', a pattern the tool matches
// itself). The run said that folder ~ did not exist, to create it, which
// would have put the workspace in a folder named ~ in the current one,
// and a later rm -rf ~ to clean it up is the home folder. A path that
// names a file as given (a folder named ~ there) is kept, as is any
// where the home folder is not known.
func expandHome(p string, home func() (string, error)) string {
	if p == "" || p[0] != '~' || len(p) > 1 && !os.IsPathSeparator(p[1]) { // \ is a name's letter outside Windows
		return p
	}
	if _, err := os.Lstat(p); err == nil {
		return p
	}
	h, err := home()
	if err != nil || h == "" {
		return p
	}
	if len(p) == 1 {
		return h
	}
	return filepath.Join(h, p[2:])
}
