// Unfollow-audit reads the data exports of your social networks and tells
// you, for every account you follow, whether to keep following it and why,
// following the "baseline" method: keep people you met in the last year,
// people who inspire you and people who supply you; unfollow the rest.
//
// It never logs in, never calls a network and never acts on an account: it
// writes lists that you act on by hand.
//
// Usage:
//
//	unfollow-audit audit [--workspace DIR] [--as-of DATE] [--met-within SPAN] [--policy NETWORK=RULES]... [--batch-size N] [--same-person] [--older-export] EXPORT...
//	unfollow-audit review [--workspace DIR] [--as-of DATE] [--met-within SPAN] [--policy NETWORK=RULES]... [EXPORT...]
//	unfollow-audit import [--format csv|table] EXPORT...
//	unfollow-audit formats
//	unfollow-audit version
//
// EXPORT is a .zip archive as downloaded, an unzipped folder, or a single
// export file, from Facebook, LinkedIn, Twitter/X, Instagram, YouTube
// (Google Takeout) or Mastodon, in any mix and order.
//
// Exit status is 0 on success, 1 when an export or workspace file cannot
// be read or written, and 2 for usage errors.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], stdio{in: os.Stdin, out: os.Stdout, err: os.Stderr, tty: isTerminal(os.Stdout), errTTY: isTerminal(os.Stderr), inTTY: isTerminal(os.Stdin)}))
}

// isTerminal reports whether f is a character device, decided once here and
// passed down, never re-detected deeper.
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
