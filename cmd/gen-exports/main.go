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
	// Each command has the flags it reads, and no other: its -h lists
	// them alone, and another command's (--channels to linkedin) is
	// refused, not taken and ignored.
	out := fs.String("out", "", "output `PATH`")
	var seed *uint64
	if args[0] != "annotate" {
		seed = fs.Uint64("seed", 1, "random seed")
	}
	var gen func() error // the command, once its flags are parsed
	switch args[0] {
	case "linkedin":
		rows := fs.Int("rows", 10000, "LinkedIn connections")
		gen = func() error {
			return synth.CreateFile(*out, func(w io.Writer) error { return synth.LinkedInConnections(w, *rows, *seed) })
		}
	case "facebook":
		friends := fs.Int("friends", 1000, "Facebook friends")
		following := fs.Int("following", 5000, "accounts followed")
		media := fs.Int64("media", 0, "Facebook media `BYTES`")
		gen = func() error {
			return synth.CreateFile(*out, func(w io.Writer) error {
				return synth.FacebookZip(w, *friends, *following, *media, *seed)
			})
		}
	case "twitter":
		following := fs.Int("following", 5000, "accounts followed")
		followers := fs.Int("followers", 10000, "followers")
		tweets := fs.Int("tweets", 1000, "tweets (with one mention each)")
		gen = func() error { return synth.TwitterArchive(*out, *following, *followers, *tweets, *seed) }
	case "instagram":
		following := fs.Int("following", 5000, "accounts followed")
		followers := fs.Int("followers", 10000, "followers")
		gen = func() error { return synth.InstagramExport(*out, *following, *followers, *seed) }
	case "youtube":
		channels := fs.Int("channels", 1000, "YouTube subscriptions")
		gen = func() error { return synth.YouTubeTakeout(*out, *channels, *seed) }
	case "mastodon":
		following := fs.Int("following", 5000, "accounts followed")
		gen = func() error {
			return synth.CreateFile(*out, func(w io.Writer) error { return synth.MastodonFollowing(w, *following, *seed) })
		}
	case "annotate":
		in := fs.String("in", "", "the ledger.csv to read")
		gen = func() error { return annotate(*in, *out) }
	default:
		return fmt.Errorf("unknown command %q: want linkedin, twitter, facebook, instagram, youtube, mastodon or annotate", args[0])
	}
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
	return gen()
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
