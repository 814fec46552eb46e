package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"

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
		known, err := audit.ReadOwners(f, f.Name())
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
		return fmt.Sprintf("%s is a new workspace, but the workspace %s beside it audits the owner of these exports, %s: if you meant that one, run again with --workspace %s, and delete what this run wrote in %s (its ledger, reports and history)",
			dir, other, audit.Whose(shownAll(known)), shellArgs(other), dir)
	}
	return ""
}

// shownAll is shown of each owner.
func shownAll(owners []audit.Owner) []audit.Owner {
	out := make([]audit.Owner, len(owners))
	for i, o := range owners {
		out[i] = shown(o)
	}
	return out
}
