package audit

import (
	"io"
	"strings"
)

// DecisionColumns is the header of keep.csv and unfollow.csv.
var DecisionColumns = []string{"person_id", "network", "relation", "id", "name", "handle",
	"profile_url", "action", "rule", "reason"}

// WriteDecisions writes the items whose decision is keep (keep true) or
// unfollow, in the items' order. The profile_url column always holds a link
// that opens the account (see ProfileLink).
func WriteDecisions(w io.Writer, items []Item, keep bool) error {
	cw := newCSVWriter(w)
	if err := cw.Write(DecisionColumns...); err != nil {
		return err
	}
	for i := range items {
		it := &items[i]
		if it.Decision.Keep != keep {
			continue
		}
		a := it.Account
		if err := cw.Write(it.Person.ID, a.Network, a.Relation, a.ID, a.Name, a.Handle, ProfileLink(a),
			it.Action(), it.Decision.Rule, it.Decision.Reason); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// ReachOutColumns is the header of reach-out.csv.
var ReachOutColumns = []string{"person_id", "name", "relationship", "last_met", "accounts", "rule", "why"}

// ReachOut is one person to call rather than follow.
type ReachOut struct {
	PersonID, Name, Relationship, LastMet, Accounts string
	Decision                                        Decision
}

// ReachOuts lists the family and friends the rules would have you unfollow
// because you lost touch (lapsed), are unsure, or wrote nothing else: the
// seed's "pick up the phone" list. Toxic people are never on it, nor
// people no longer followed. People come in ledger order. The ledger must
// have been updated with the run's people (Ledger.Update).
func (r *Rules) ReachOuts(l *Ledger, people []*Person) []ReachOut {
	var out []ReachOut
	for _, row := range l.Rows {
		if !row.Notes.Close() || !row.followed {
			continue
		}
		id := l.PersonID(row)
		d := r.PersonDecision(&row.Notes)
		switch d.Rule {
		case RuleLapsed, RuleUnsure, RuleUnknown:
		default:
			continue
		}
		out = append(out, ReachOut{id, l.Name(row), row.Notes.Relationship, l.cell(row, ColLastMet),
			strings.Join(row.Accounts, ";"), d})
	}
	return out
}

// Why says in a few words why the person is on the list.
func (r *ReachOut) Why() string {
	switch r.Decision.Rule {
	case RuleUnknown:
		return "no date of your last meeting"
	case RuleUnsure:
		return "marked unsure"
	}
	return r.Decision.Reason
}

// WriteReachOut writes reach-out.csv.
func WriteReachOut(w io.Writer, list []ReachOut) error {
	cw := newCSVWriter(w)
	if err := cw.Write(ReachOutColumns...); err != nil {
		return err
	}
	for _, r := range list {
		why := r.Why() + ": pick up the phone rather than follow"
		if err := cw.Write(r.PersonID, r.Name, r.Relationship, r.LastMet, r.Accounts, r.Decision.Rule, why); err != nil {
			return err
		}
	}
	return cw.Flush()
}
