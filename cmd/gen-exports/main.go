// Gen-exports writes synthetic social-network exports of any size, shaped
// like the real ones, for benchmarks. Every person in them is invented.
//
// Usage:
//
//	gen-exports linkedin --rows N --out Connections.csv
//	gen-exports twitter --following N --followers N --tweets N --out DIR
//	gen-exports facebook --friends N --following N --media BYTES --out export.zip
//
// The twitter command writes an unzipped archive folder (DIR/data/...).
package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

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
	if len(args) == 0 {
		return fmt.Errorf("usage: gen-exports linkedin|twitter|facebook [flags]")
	}
	fs := flag.NewFlagSet(args[0], flag.ContinueOnError)
	out := fs.String("out", "", "output `PATH`")
	rows := fs.Int("rows", 10000, "LinkedIn connections")
	following := fs.Int("following", 5000, "accounts followed")
	followers := fs.Int("followers", 10000, "Twitter followers")
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
		return create(*out, func(w io.Writer) error { return synth.LinkedInConnections(w, *rows, *seed) })
	case "facebook":
		return create(*out, func(w io.Writer) error { return synth.FacebookZip(w, *friends, *following, *media, *seed) })
	case "twitter":
		data := filepath.Join(*out, "data")
		if err := os.MkdirAll(data, 0o755); err != nil {
			return err
		}
		const base = 1000000000
		if err := create(filepath.Join(data, "following.js"), func(w io.Writer) error {
			return synth.TwitterFollows(w, "following", *following, base)
		}); err != nil {
			return err
		}
		// Half the accounts followed follow back; the rest of the
		// followers are accounts not followed.
		if err := create(filepath.Join(data, "follower.js"), func(w io.Writer) error {
			return synth.TwitterFollows(w, "follower", *followers, base+int64(*following/2))
		}); err != nil {
			return err
		}
		return create(filepath.Join(data, "tweets.js"), func(w io.Writer) error {
			return synth.TwitterTweets(w, *tweets, base, *following, *seed)
		})
	}
	return fmt.Errorf("unknown network %q: want linkedin, twitter or facebook", args[0])
}

func create(path string, fn func(io.Writer) error) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := fn(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
