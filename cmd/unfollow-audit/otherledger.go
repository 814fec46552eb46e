package main

import (
	"fmt"
	"os"

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
