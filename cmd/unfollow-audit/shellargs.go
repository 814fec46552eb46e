// Commands the person copies back into a shell: quoted for the shell of
// the system the tool runs on.

package main

import (
	"runtime"
	"strings"
)

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
