package main

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/importers"
	"github.com/unfollow-audit/unfollow-audit/internal/printable"
)

func runImport(args []string, std stdio) int {
	fs := newFlags("import", "import [--format csv|table] EXPORT...", std)
	format := fs.String("format", "csv", "output `FORMAT`: csv (one row per account) or table (a summary)")
	profile := addProfileFlag(fs)
	if code, ok := parse(fs, args, std); !ok {
		return code
	}
	if *format != "csv" && *format != "table" {
		return usageError(fs, std, "--format must be csv or table, not %q", *format)
	}
	if fs.NArg() == 0 {
		return usageError(fs, std, "no export given")
	}
	if msg := emptyValue(fs, ""); msg != "" {
		return usageError(fs, std, "%s", msg)
	}
	given, err := expandPatterns(fs.Args())
	if err != nil {
		return fail(std, err)
	}
	exports := withoutWorkspaceFiles(given)
	if len(exports) == 0 {
		return usageError(fs, std, "no export given: only a workspace's own files (%s)", strings.Join(given, ", "))
	}
	stop, err := profile()
	if err != nil {
		return fail(std, err)
	}
	defer stop()
	prog := startProgress(std)
	var stats importers.Stats
	var owners []audit.Owner
	people, crowd, err := load(exports, prog, &stats, &owners)
	prog.Done()
	if err != nil {
		return fail(std, err)
	}
	w := bufio.NewWriterSize(std.out, 64<<10)
	if *format == "table" {
		err = writeImportTables(w, people, crowd, !std.tty)
		for _, note := range leftOutNotes(&stats) {
			if err == nil {
				_, err = fmt.Fprintf(w, "\n%s\n", note)
			}
		}
	} else {
		err = audit.WriteAccounts(w, people, crowd)
	}
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		return fail(std, err)
	}
	// import has no workspace to refuse another person's exports for, as
	// audit does (otherOwner), and writes nothing that stays: it lists
	// them, and warns where the exports name owners who share no name, a
	// download folder of two clients' exports, whose contacts the list
	// merges into people as one person's.
	if apart, rest := audit.ApartOwners(nil, owners); len(apart) > 0 {
		fmt.Fprintf(std.err, "unfollow-audit: warning: %s Their accounts are listed, and merged into people, as one person's: import each person's exports on their own\n", apartQuestion(apart, rest))
	}
	if w := stats.SkippedWarning(); w != "" {
		fmt.Fprintf(std.err, "unfollow-audit: warning: %s\n", printable.Line(w))
	}
	// import has no workspace of its own: the one audit makes by
	// default, which `import *` gives after `audit *` in the downloads
	// folder, is the person's, no slip to warn of.
	stats.Workspaces = slices.DeleteFunc(stats.Workspaces, func(p string) bool { return sameFolder(p, defaultWorkspace) })
	if w := stats.WorkspacesWarning(); w != "" {
		fmt.Fprintf(std.err, "unfollow-audit: warning: %s\n", printable.Line(w))
	}
	return exitOK
}

// load imports every export and merges the accounts into people; the
// followers known by their id alone are the crowd.
// owners receives whose the exports are, where they say.
func load(paths []string, prog *progress, stats *importers.Stats, owners *[]audit.Owner) ([]*audit.Person, *audit.Crowd, error) {
	var bare []audit.Followers
	resume := pauseCollection()
	accounts, err := importers.Import(paths, importers.Options{Progress: prog.Counts(), Stats: stats, Followers: &bare, Claimed: prepareHeap, Owners: owners}, importers.All())
	// One collection now, blocking, as audit does after reading (see
	// readAuditInputs): back on, with the heap far past its goal, the collector
	// would start a cycle at once anyway, and the merge's first slabs (the
	// crowd's rows, 16 bytes a follower) landed on fresh pages or on the
	// import's garbage depending on how far that cycle had got: peak RSS
	// of a 2M-follower Twitter/X import 99-132 MB from run to run. What
	// is alive then is mostly pointer-free (the followers' ids), cheap to
	// mark.
	if err == nil {
		collect()
	}
	resume()
	if err != nil {
		return nil, nil, err
	}
	prog.Phase("merging")
	people, crowd := audit.MergeFollowers(accounts, bare, nil)
	return people, crowd, nil
}

// leftOutNotes say which entries of the exports were left out, and why:
// deleted Instagram accounts, LinkedIn connections listed with their date
// alone; and which LinkedIn files' dates, re-saved in numbers, may be
// read in the wrong order (importers.Stats.MonthFirst).
func leftOutNotes(stats *importers.Stats) []string {
	var notes []string
	switch n := stats.Deleted.Load(); {
	case n == 1:
		notes = append(notes, "Left out 1 entry of a deleted Instagram account (__deleted__…): there is no one to keep or unfollow.")
	case n > 1:
		notes = append(notes, fmt.Sprintf("Left out %s entries of deleted Instagram accounts (__deleted__…): there is no one to keep or unfollow.", audit.Thousands(int(n))))
	}
	switch n := stats.Hidden.Load(); {
	case n == 1:
		notes = append(notes, "Left out 1 LinkedIn connection listed with its date alone (a member who hid or closed their profile): there is no one to name or find.")
	case n > 1:
		notes = append(notes, fmt.Sprintf("Left out %s LinkedIn connections listed with their date alone (members who hid or closed their profile): there is no one to name or find.", audit.Thousands(int(n))))
	}
	for _, p := range stats.PassedOver {
		notes = append(notes, printable.Line("Passed over "+p))
	}
	for _, f := range stats.MonthFirst {
		notes = append(notes, printable.Line(f+": its Connected On dates are a spreadsheet's re-save in numbers, and none has a day past the 12th to tell the order: they are read month first (5/3/2024 as 2024-05-03). If your spreadsheet writes the day first, give Connections.csv as LinkedIn sent it (from its zip, or the zip itself)."))
	}
	return notes
}

// sameFolder reports whether a and b are one folder, there.
func sameFolder(a, b string) bool {
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	return err == nil && os.SameFile(fa, fb)
}
