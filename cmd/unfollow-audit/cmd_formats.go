package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/importers"
)

func runFormats(args []string, std stdio) int {
	fs := newFlags("formats", "formats", std)
	if code, ok := parse(fs, args, std); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(fs, std, "formats takes no arguments")
	}
	var b strings.Builder
	for _, imp := range importers.All() {
		for _, f := range imp.Formats() {
			fmt.Fprintf(&b, "%s: %s\n  request: %s\n  reads:   %s\n\n",
				f.Network, f.Name, f.Request, strings.Join(f.Files, ", "))
		}
	}
	// Bluesky is said too, as not read: a person auditing every network
	// they use looks for it here (see docs/limitations-exports.md, "Bluesky").
	b.WriteString("bluesky: not read\n  its export (Settings → Export my data: repo.car) names the accounts you follow by their DID alone, which only Bluesky's servers turn into handles\n\n")
	b.WriteString("Give the .zip archives as downloaded (several parts are fine), unzipped folders, or single files, in any order.\n")
	if _, err := io.WriteString(std.out, b.String()); err != nil {
		return fail(std, err)
	}
	return exitOK
}
