// Gen-exports writes synthetic social-network exports of any size, shaped
// like the real ones, for benchmarks. Every person in them is invented.
//
// Usage:
//
//	gen-exports linkedin --rows N --out Connections.csv
//	gen-exports twitter --following N --followers N --tweets N --out DIR
//	gen-exports facebook --friends N --following N --media BYTES --out export.zip
//	gen-exports instagram --following N --followers N --out DIR
//	gen-exports youtube --channels N --out DIR
//	gen-exports mastodon --following N --out following_accounts.csv
//	gen-exports annotate --in ledger.csv --out ledger.csv
//
// The twitter command writes an unzipped archive folder (DIR/data/...),
// instagram an unzipped export folder (DIR/connections/...), youtube a
// Takeout folder (DIR/Takeout/...).
// The annotate command fills in a ledger written by the audit command as a
// person would (when they last met, inspiring, friend...), for timing
// re-audits; --in and --out may be the same file.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	flag "github.com/spf13/pflag"

	"github.com/unfollow-audit/unfollow-audit/bench/synth"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "gen-exports: %v\n", err)
		os.Exit(1)
	}
}

const usage = "usage: gen-exports linkedin|twitter|facebook|instagram|youtube|mastodon|annotate [flags] (gen-exports COMMAND -h lists the flags)"

// run runs the command of args; help asked for (-h, --help, before or
// after the command) goes to stdout, and is no error.
func run(args []string, stdout io.Writer) error {
	if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
		_, err := fmt.Fprintln(stdout, usage)
		return err
	}
	// Another flag before the command gets the usage, not "--out is
	// required" of a command named "--rows".
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return errors.New(usage)
	}
	fs := flag.NewFlagSet(args[0], flag.ContinueOnError)
	var help strings.Builder
	fs.SetOutput(&help) // the flags, for -h, written below: pflag drops a write's error; errors are returned
	out := fs.String("out", "", "output `PATH`")
	in := fs.String("in", "", "annotate: the ledger.csv to read")
	rows := fs.Int("rows", 10000, "LinkedIn connections")
	following := fs.Int("following", 5000, "accounts followed")
	followers := fs.Int("followers", 10000, "Twitter and Instagram followers")
	channels := fs.Int("channels", 1000, "YouTube subscriptions")
	tweets := fs.Int("tweets", 1000, "Twitter tweets (with one mention each)")
	friends := fs.Int("friends", 1000, "Facebook friends")
	media := fs.Int64("media", 0, "Facebook media `BYTES`")
	seed := fs.Uint64("seed", 1, "random seed")
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			_, err := io.WriteString(stdout, help.String())
			return err
		}
		return err
	}
	if *out == "" {
		return fmt.Errorf("--out is required")
	}
	switch args[0] {
	case "linkedin":
		return synth.CreateFile(*out, func(w io.Writer) error { return synth.LinkedInConnections(w, *rows, *seed) })
	case "facebook":
		return synth.CreateFile(*out, func(w io.Writer) error {
			return synth.FacebookZip(w, *friends, *following, *media, *seed)
		})
	case "twitter":
		return synth.TwitterArchive(*out, *following, *followers, *tweets, *seed)
	case "instagram":
		return synth.InstagramExport(*out, *following, *followers, *seed)
	case "youtube":
		return synth.YouTubeTakeout(*out, *channels, *seed)
	case "mastodon":
		return synth.CreateFile(*out, func(w io.Writer) error { return synth.MastodonFollowing(w, *following, *seed) })
	case "annotate":
		return annotate(*in, *out)
	}
	return fmt.Errorf("unknown command %q: want linkedin, twitter, facebook, instagram, youtube, mastodon or annotate", args[0])
}

// annotate fills in the ledger at in and writes it to out, through a
// temporary file so that in and out may be the same.
func annotate(in, out string) error {
	if in == "" {
		return fmt.Errorf("--in is required")
	}
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	tmp := out + ".tmp"
	if err := synth.CreateFile(tmp, func(w io.Writer) error { return synth.AnnotateLedger(f, w) }); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, out)
}
