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
	"fmt"
	"io"
	"os"
	"strings"

	flag "github.com/spf13/pflag"

	"github.com/unfollow-audit/unfollow-audit/bench/synth"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintf(os.Stderr, "gen-exports: %v\n", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	// A flag before the command ("gen-exports -h") gets the usage, not
	// "--out is required" of a command named "-h".
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return fmt.Errorf("usage: gen-exports linkedin|twitter|facebook|instagram|youtube|mastodon|annotate [flags] (gen-exports COMMAND -h lists the flags)")
	}
	fs := flag.NewFlagSet(args[0], flag.ContinueOnError)
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
