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
	b.WriteString("Give the .zip archives as downloaded (several parts are fine), unzipped folders, or single files, in any order.\n")
	if _, err := io.WriteString(std.out, b.String()); err != nil {
		return fail(std, err)
	}
	return exitOK
}
