package main

import (
	"fmt"
	"slices"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// followedAgain says, on the new rows of changes (compared with the run
// whose history file is compared; items, the accounts read, date their
// follows), which accounts are followed again
// after an unfollow done: an audit said to unfollow them, and they were
// gone from the next export (see audit.MarkFollowedAgain). Only the
// accounts new since that run whose key a ledger row a run wrote listed
// before this run (onRow) are looked up, in the history files older than
// compared, newest first, each read once and no further than the last of
// them is found: a quarter with none reads no file. A key on a row
// written by a review given exports since, of an account never followed
// before, is looked up all the same, and found in none: the older files
// are then read once each, whole, as a run that traces a key typed by
// hand does (see traceKeys). A file that cannot be read stops the run,
// naming it, as traceKeys's does.
func followedAgain(ws *workspace.Workspace, changes []audit.Change, items []audit.Item, compared string, onRow func(key string) bool) error {
	want := audit.FollowedAgainKeys(changes, onRow)
	if len(want) == 0 {
		return nil
	}
	names, err := ws.History()
	if err != nil {
		return err
	}
	at := slices.Index(names, compared)
	for i := at - 1; i >= 0; i-- {
		f, ok, err := ws.OpenFile(names[i])
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("%s: vanished while reading", ws.Path(names[i]))
		}
		left, err := audit.LastListings(want, f, ws.Path(names[i]))
		f.Close()
		if err != nil {
			return err
		}
		if left == 0 {
			break
		}
	}
	audit.MarkFollowedAgain(changes, want, items)
	return nil
}

// writtenKeys returns whether a ledger row a run wrote listed key before
// this run: known has it (the ledger as read), and not on a row the
// person added by hand (handAdded, its in_exports empty), which no run
// wrote.
func writtenKeys(known *audit.Known, handAdded []*audit.LedgerRow) func(key string) bool {
	var typed map[string]bool
	for _, r := range handAdded {
		for k := range r.Accounts() {
			if typed == nil {
				typed = map[string]bool{}
			}
			typed[k] = true
		}
	}
	return func(key string) bool {
		_, ok := known.PersonID(key)
		return ok && !typed[key]
	}
}
