package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"golang.org/x/text/unicode/norm"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// siblingOwner warns of a first audit in a new workspace whose exports
// name an owner that a workspace beside it (in the same folder) knows:
// someone auditing for several people, who keeps a workspace per person
// in one folder, mistyped the person's (--workspace clients/ines-moreau
// for clients/ines). The run starts that person again from a baseline,
// telling them to unfollow everyone, with none of their notes. It is not
// refused: the same person may keep two workspaces on purpose (one to
// try options in). dir is the workspace, current the owners these
// exports name; "" where no workspace beside knows one of them.
func siblingOwner(dir string, current []audit.Owner) string {
	if len(current) == 0 {
		return ""
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	parent := filepath.Dir(abs)
	entries, err := os.ReadDir(parent)
	if err != nil {
		return ""
	}
	for _, e := range entries {
		if !e.IsDir() || e.Name() == filepath.Base(abs) {
			continue
		}
		f, err := os.Open(filepath.Join(parent, e.Name(), filepath.FromSlash(audit.OwnersFile)))
		if err != nil {
			continue
		}
		known, err := audit.ViewOwners(f, f.Name()) // another workspace's, only read
		f.Close()
		if err != nil {
			continue // another workspace's file is not this run's to judge
		}
		if !slices.ContainsFunc(current, func(c audit.Owner) bool {
			return slices.ContainsFunc(known, func(k audit.Owner) bool { return k.Network == c.Network && audit.SameOwner(k, c) })
		}) {
			continue
		}
		other := filepath.Join(workspace.Parent(dir), e.Name()) // ../robin for --workspace .
		if enc := otherEncoding(filepath.Base(abs), e.Name()); enc != "" {
			return fmt.Sprintf("%s is a new workspace, but the workspace %s beside it audits the owner of these exports, %s, and its name differs from this one only in how the accents are encoded: %s, two folders here: if you meant that one, run again with --workspace %s (copy it from here, or type its accents as that folder has them), and delete what this run wrote in %s (its ledger, reports and history)",
				dir, other, audit.Whose(shownAll(known)), enc, shellArgs(other), dir)
		}
		return fmt.Sprintf("%s is a new workspace, but the workspace %s beside it audits the owner of these exports, %s: if you meant that one, run again with --workspace %s, and delete what this run wrote in %s (its ledger, reports and history)",
			dir, other, audit.Whose(shownAll(known)), shellArgs(other), dir)
	}
	return ""
}

// otherEncoding says how the names given and there are encoded where
// they are one name in Unicode but not the same bytes ("é" as one
// character, NFC, or as "e" and a combining accent, NFD, as macOS and
// some keyboards type it), else "": printed, the two look the same, and
// the warning named what seemed one folder twice. Linux and Windows
// keep the two as two folders.
func otherEncoding(given, there string) string {
	if given == there || norm.NFC.String(given) != norm.NFC.String(there) {
		return ""
	}
	return fmt.Sprintf("the name given is in %s, that one in %s", normForm(given), normForm(there))
}

// normForm names the Unicode normal form of name, as otherEncoding says it.
func normForm(name string) string {
	switch {
	case norm.NFC.IsNormalString(name):
		return "NFC (an accented letter as one character)"
	case norm.NFD.IsNormalString(name):
		return "NFD (a letter, then its accent)"
	}
	return "neither NFC nor NFD (its accents encoded both ways)"
}

// shownAll is shown of each owner.
func shownAll(owners []audit.Owner) []audit.Owner {
	out := make([]audit.Owner, len(owners))
	for i, o := range owners {
		out[i] = shown(o)
	}
	return out
}

// newDefaultNote tells that the default workspace, dir, is new. Someone
// who audited last quarter from another folder and forgets --workspace
// gets a fresh baseline (everyone to unfollow, none of their notes), which
// nothing else would tell them: no disk is searched for their earlier
// workspace. A first-time user reads it as what happened. It is a note,
// on stderr, not a refusal: the run is a correct first audit.
func newDefaultNote(dir string) string {
	return fmt.Sprintf("%s is a new workspace (no --workspace given): if you audited before, run again with --workspace and that audit's folder, and delete this one", dir)
}
