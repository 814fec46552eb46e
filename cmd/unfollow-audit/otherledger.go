package main

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// otherLedger refuses a ledger that looks like another workspace's: a
// helper auditing several clients, each in a workspace of their own, who
// copies the ledger one client sent back into another's workspace. Run
// on, every account of the workspace would be decided on blank notes
// (the notes the ledger held named as lost, the history saying so), the
// other client's people would stay in the ledger, their notes keeping
// them "to follow again", and ledger.previous.csv would be replaced.
//
// The test is on the person ids: the tool gives each person one and
// keeps it on the ledger's row. A ledger of this workspace holds the
// people its last audit (prev, read from prevName) decided, and more (the
// rows of people no longer followed stay); one the person pruned holds
// fewer, but each of its people is one of them. Another workspace's
// holds few of them, and few of its people are among them (accounts two
// clients both follow have the same id). So the ledger is refused where
// under a tenth of the 20 or more people of each are on the other.
//
// The common case costs a scan of part of the ledger: a sample of the
// last audit's people is looked for among its rows, and the scan stops
// once a tenth of them are found. Where they are not (a pruned ledger),
// a sample of the ledger's people is looked for among the last audit's
// likewise. Only where neither is found are both sides counted in full
// (another workspace's ledger, or one near the line).
func otherLedger(ws *workspace.Workspace, l *audit.Ledger, prev []audit.Past, prevName, override string) error {
	const least, samples = 20, 64
	if prevName == "" || len(prev) < least {
		return nil
	}
	sample := make(map[string]bool, samples)
	step := max(1, len(prev)/samples)
	for i := 0; i < len(prev) && len(sample) < samples; i += step {
		if id := prev[i].PersonID(); id != "" {
			sample[id] = true
		}
	}
	if len(sample) < least {
		return nil
	}
	rows := l.Rows()
	found := 0
	for _, r := range rows {
		if sample[l.PersonID(r)] {
			found++
			if found*10 >= len(sample) {
				return nil
			}
		}
	}
	// A ledger the person pruned: a sample of its people, looked for
	// among the last audit's. Every person of a million-row history put
	// in a set took 250 ms.
	sample = make(map[string]bool, samples)
	step = max(1, len(rows)/samples)
	for i := 0; i < len(rows) && len(sample) < samples; i += step {
		if id := l.PersonID(rows[i]); id != "" {
			sample[id] = true
		}
	}
	if n := len(sample); n >= least {
		found = 0
		for i := range prev {
			if id := prev[i].PersonID(); sample[id] {
				delete(sample, id) // a person of several accounts counts once
				found++
				if found*10 >= n {
					return nil
				}
			}
		}
	}
	decided := make(map[string]bool, len(prev))
	for i := range prev {
		if id := prev[i].PersonID(); id != "" {
			decided[id] = true
		}
	}
	listed := make(map[string]bool, len(rows))
	both := 0
	for _, r := range rows {
		id := l.PersonID(r)
		if id == "" || listed[id] {
			continue
		}
		listed[id] = true
		if decided[id] {
			both++
		}
	}
	if len(decided) < least || len(listed) < least || both*10 >= len(decided) || both*10 >= len(listed) {
		return nil
	}
	backup := ""
	if _, err := os.Stat(ws.Path(workspace.LedgerBackup)); err == nil {
		backup = fmt.Sprintf(" (%s is the one before the last run)", ws.Path(workspace.LedgerBackup))
	}
	return fmt.Errorf("%s does not look like this workspace's ledger: of the %s people on it, %s %s among the %s the last audit (%s) decided (another workspace's ledger, a client's copied into another's workspace?): put this workspace's own ledger back as %s%s, and the other in its own workspace; if it is this workspace's, %s",
		ws.Path(workspace.Ledger), audit.Thousands(len(listed)), audit.Thousands(both), plural(both, "is", "are"), audit.Thousands(len(decided)), ws.Path(prevName), ws.Path(workspace.Ledger), backup, override)
}

// inExportsRows returns the rows of a ledger the tool wrote "yes" in the
// in_exports column of, as the ledger was read (before Update rewrites
// it): the people its owner followed when a run last wrote it; only
// those with an account on a network the exports say whom the person
// follows on (a first audit given one network's export judges the ledger
// by its people there, not by the others', whom it cannot find; nor by
// those of a network whose export holds its followers alone, where no
// one can be found followed).
func inExportsRows(l *audit.Ledger, people []*audit.Person) []*audit.LedgerRow {
	networks := map[string]bool{}
	for _, p := range people {
		for _, a := range p.Accounts {
			if a.Follows() {
				networks[a.Network] = true
			}
		}
	}
	var rows []*audit.LedgerRow
	for _, r := range l.Rows() {
		if !strings.EqualFold(strings.TrimSpace(l.Cell(r, audit.ColInExports)), "yes") {
			continue
		}
		if slices.ContainsFunc(l.AccountKeys(r), func(k string) bool {
			network, _, _ := strings.Cut(k, ":")
			return networks[network]
		}) {
			rows = append(rows, r)
		}
	}
	return rows
}

// otherFirstLedger refuses, on a workspace's first audit, a ledger that
// looks like another person's: a helper given a client's ledger with
// another client's exports (the ledger saved beside them, which the run
// says to put in the workspace, or copied into a new workspace). With no
// last audit, otherLedger has nothing to compare it with, and the audit
// went on: nothing of the one matched the other, every account was
// decided on blank notes, and the other client's people, names and notes
// stayed in this one's ledger, sent to them with their lists.
//
// The test is on the people the ledger says were followed when a run
// last wrote it (in_exports yes, was), on the networks of these exports:
// the same person's exports follow
// most of them still; another's, few. A ledger pruned by the baseline,
// most of its rows in_exports no, is not against it. So the ledger is
// refused where under a tenth of 20 or more such people are followed in
// these exports (Followed, once Update and MarkFollowed have run).
//
// But the ledger's in_exports was written before the person unfollowed
// what that run said to: a year on, the baseline's goal reached, their
// own ledger has a tenth of those people followed or fewer. The people
// they noted to keep (kept) tell it apart: their own follows many of
// them still (not all: a last_met past the window, or the network's
// policy, had some unfollowed), another's few. So it passes where a
// quarter or more of them, 5 or more, are followed.
func otherFirstLedger(ws *workspace.Workspace, l *audit.Ledger, was []*audit.LedgerRow, override string) error {
	const least, leastKept = 20, 5
	if len(was) < least {
		return nil
	}
	followed, noted, notedFollowed := 0, 0, 0
	for _, r := range was {
		f := l.Followed(r)
		if f {
			followed++
			if followed*10 >= len(was) {
				return nil
			}
		}
		if kept(r.Notes()) {
			noted++
			if f {
				notedFollowed++
			}
		}
	}
	if notedFollowed >= leastKept && notedFollowed*4 >= noted {
		return nil
	}
	return fmt.Errorf("%s does not look like the ledger of these exports' owner: of the %s people it says were followed when it was written, %s %s followed in these exports (another person's ledger, a client's put in another's workspace?): move it out of the workspace, to its own, and run again to start this one's ledger; if it is this person's, %s",
		ws.Path(workspace.Ledger), audit.Thousands(len(was)), audit.Thousands(followed), plural(followed, "is", "are"), override)
}

// kept reports whether notes are those of someone a rule keeps: met (at
// any date), inspiring or a supplier, and neither toxic nor unsure (see
// the rules; a relationship or a note alone keeps no one).
func kept(n *audit.Annotations) bool {
	return !n.Toxic && !n.Unsure && (!n.LastMet.IsZero() || n.Inspiring || n.Supplier)
}
