package importers

// The refusal of paths given that hold no export: "no export found".

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// downloadAdvice is what to do where no path given holds an export: a
// person's first run, given a folder of other files, or files of their own.
const downloadAdvice = "Download your exports (unfollow-audit formats lists them, and where to request each), and give the .zip files as they arrived"

// noExportError is the refusal of the paths none, given, that hold no
// export and nothing the other refusals name (see Read); exports counts
// the paths given that hold one. It says what was looked at (a folder's
// or a zip's files, counted, the first three named), that none is a
// network's export, and what to do, in a line a first-time user reads
// through. It listed the two dozen file names the importers read (some 700
// characters, a YouTube folder's among them), and nothing to do: those
// names are for whoever wants to know what the tool reads, and `formats`
// lists them, network by network. Where a path holds something told (a
// tar archive, a side file alone, a file named as an export's that holds
// no such content: see archivesInside, sideHint, namedHint), that hint
// says what to do instead.
func noExportError(files []*File, none []string, exports int, imps []Importer, sideOnly map[string]string) error {
	if len(none) == 1 {
		p := none[0]
		if hint := archivesInside(files, p) + sideHint(sideOnly, none) + namedHint(files, none, imps); hint != "" {
			// The hint follows what it explains: "no export found: x
			// has the name of an export's file, but …".
			if rest, ok := strings.CutPrefix(hint, ". "); ok {
				hint = ": " + rest
			}
			return fmt.Errorf("%s: no export found%s%s", p, hint, folderHint(exports, none))
		}
		return fmt.Errorf("%s: no export found: %s%s", p, lookedAt(files, p), noExportAdvice(exports, none))
	}
	loose := true
	n := 0
	for _, p := range none {
		names := heldNames(files, p)
		if names == nil {
			n++ // a loose file
			continue
		}
		n += len(names)
		loose = false
	}
	var what string
	switch {
	case loose && len(none) == 2:
		what = "neither is a network's export"
	case loose:
		what = "none is a network's export"
	case n == 1:
		what = "the one file in them is not a network's export"
	default:
		what = fmt.Sprintf("none of the %s files in them is a network's export", audit.Thousands(n))
	}
	return fmt.Errorf("%s: no export found in them: %s%s%s%s", listPaths(named(files, none)), what,
		sideHint(sideOnly, none), namedHint(files, none, imps), noExportAdvice(exports, none))
}

// lookedAt says of p, a path given that holds no export, what it is or
// holds: "it is not a network's export" of a loose file, else its files,
// counted, the first three named.
func lookedAt(files []*File, p string) string {
	names := heldNames(files, p)
	switch {
	case names == nil:
		return "it is not a network's export"
	case len(names) == 0:
		return "it holds no file"
	case len(names) == 1:
		return fmt.Sprintf("its one file (%s) is not a network's export", names[0])
	}
	return fmt.Sprintf("none of its %s files (%s) is a network's export", audit.Thousands(len(names)), listPaths(names))
}

// heldNames returns the names of the files the path given p holds, a
// folder's or a zip's, as a person would count them: a folder's files by
// their path in it, a zip in it once, by its name, not its entries; nil
// for a loose file, and an empty list for a zip of no file.
func heldNames(files []*File, p string) []string {
	names := []string{}
	seen := map[string]bool{}
	for _, f := range files {
		if f.arg() != p {
			continue
		}
		if f.loose() {
			return nil
		}
		name := f.Path
		if !f.onDisk && f.Input != p { // an entry of a zip in the folder given
			name = f.Input
			if rel, err := filepath.Rel(p, f.Input); err == nil {
				name = filepath.ToSlash(rel)
			}
		}
		if !seen[name] {
			seen[name] = true
			names = append(names, name)
		}
	}
	return names
}

// noExportAdvice says what to do with the paths none that hold no
// export: where no path given holds one, to download the exports (see
// downloadAdvice); beside paths that do, to leave them out (see
// folderHint, for files given by name from a download folder).
func noExportAdvice(exports int, none []string) string {
	switch {
	case exports == 0:
		return ". " + downloadAdvice
	case folderHint(exports, none) != "":
		return folderHint(exports, none)
	case len(none) == 1:
		return ". Leave it out, or give the exports it was to hold (unfollow-audit formats lists them)"
	}
	return ". Leave them out, or give the exports they were to hold (unfollow-audit formats lists them)"
}
