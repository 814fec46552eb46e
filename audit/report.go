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
		if it.Decision.Keep != keep || it.Decision.Unfollowed {
			continue
		}
		if err := writeDecision(cw, it); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// writeDecision writes the row of it in keep.csv or unfollow.csv.
func writeDecision(cw *csvWriter, it *Item) error {
	a := it.Account
	cw.field(it.Person.ID)
	cw.buf = append(cw.buf, ',')
	cw.repeated(0, a.Network)
	cw.buf = append(cw.buf, ',')
	cw.repeated(1, a.Relation)
	for _, s := range [...]string{a.ID, a.Name, a.Handle, ProfileLink(a)} {
		cw.buf = append(cw.buf, ',')
		cw.field(s)
	}
	for i, s := range [...]string{it.Action(), it.Decision.Rule, it.Decision.Reason} {
		cw.buf = append(cw.buf, ',')
		cw.repeated(2+i, s)
	}
	return cw.end()
}

// WriteUnfollowAndHistory writes what WriteDecisions(unfollow, items, false)
// and WriteHistory(history, items, carried, asOf) write, in one pass over
// the items, formatted in chunks on two goroutines. Both files show each
// item's account id and name: at a million items, in an order that is not
// the one the import left the accounts' strings in, reading them is a cache
// miss each, paid once here rather than once per file.
func WriteUnfollowAndHistory(unfollow, history io.Writer, items []Item, carried []Past, asOf Date) error {
	for _, f := range []struct {
		w      io.Writer
		header []string
	}{{unfollow, DecisionColumns}, {history, HistoryColumns}} {
		cw := newCSVWriter(f.w)
		if err := cw.Write(f.header...); err != nil {
			return err
		}
		if err := cw.Flush(); err != nil {
			return err
		}
	}
	day := asOf.String()
	err := writeChunksTo([]io.Writer{unfollow, history}, len(items), func(cws []*csvWriter, from, to int) error {
		for i := from; i < to; i++ {
			it := &items[i]
			if it.Decision.ToDo() {
				if err := writeDecision(cws[0], it); err != nil {
					return err
				}
			}
			if err := writeHistoryRow(cws[1], day, it); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return writeCarried(newCSVWriter(history), carried)
}

// ReachOutColumns is the header of reach-out.csv.
var ReachOutColumns = []string{"person_id", "name", "relationship", "last_met", "accounts", "rule", "why"}

// ReachOut is one person to call.
type ReachOut struct {
	PersonID, Name, Relationship, LastMet, Accounts string
	Decision                                        Decision
	// Kept is the rule that keeps one of their followed accounts anyway
	// (RuleInspiring or RuleSupplier), "" when every one is unfollowed:
	// the list then does not tell to call them rather than follow.
	Kept string
}

// ReachOuts lists the family and friends you lost touch with (not met
// within the window), are unsure about, or wrote no meeting for: the
// seed's "pick up the phone" list. Whether they inspire you or supply you
// does not matter here: a cousin whose posts you keep for inspiration is
// still a cousin you have not seen in two years (Why says that keep.csv
// keeps them, so that the list does not say to call rather than follow
// someone the other lists keep). Nor does whether you
// still follow them: unfollowing a friend you lost touch with is what the
// list goes with, and they stay on it until you meet (a date within the
// window) or clear their relationship. Toxic people are never on it.
// People come in ledger order. The ledger must have been updated with the
// run's people (Ledger.Update).
func (r *Rules) ReachOuts(l *Ledger, people []*Person) []ReachOut {
	// The family and friends kept on some network for inspiring or
	// supplying you, by their notes (a row's, as Update gave them).
	var kept map[*Annotations]string
	start := r.Window.Before(r.AsOf)
	for _, p := range people {
		n := p.notes
		if n == nil || !(n.Inspiring || n.Supplier) || !n.Close() {
			continue
		}
		for _, a := range p.Accounts {
			if !a.Follows() {
				continue
			}
			if d := r.decide(a.Network, n, start); d.Keep {
				if kept == nil {
					kept = map[*Annotations]string{}
				}
				kept[n] = d.Rule
				break
			}
		}
	}
	var out []ReachOut
	for _, row := range l.rows { // not the fresh people's: blank notes
		if !row.Notes.Close() {
			continue
		}
		id := l.PersonID(row)
		n := row.Notes
		n.Inspiring, n.Supplier = false, false
		d := r.PersonDecision(&n)
		switch d.Rule {
		case RuleLapsed, RuleUnsure, RuleUnknown:
		default:
			continue
		}
		out = append(out, ReachOut{id, l.Name(row), row.Notes.Relationship, l.cell(row, ColLastMet),
			strings.Join(row.Accounts, ";"), d, kept[&row.Notes]})
	}
	return out
}

// Why says in a few words why the person is on the list, and whether
// keep.csv keeps them all the same.
func (r *ReachOut) Why() string {
	why := r.Decision.Reason
	switch r.Decision.Rule {
	case RuleUnknown:
		why = "no date of your last meeting"
	case RuleUnsure:
		why = "marked unsure"
	}
	switch r.Kept {
	case RuleInspiring:
		why += "; keep.csv keeps them for inspiring you"
	case RuleSupplier:
		why += "; keep.csv keeps them as a supplier"
	}
	return why
}

// WriteReachOut writes reach-out.csv.
func WriteReachOut(w io.Writer, list []ReachOut) error {
	cw := newCSVWriter(w)
	if err := cw.Write(ReachOutColumns...); err != nil {
		return err
	}
	for _, r := range list {
		why := r.Why() + ": pick up the phone rather than follow"
		if r.Kept != "" {
			why = r.Why() + ": pick up the phone as well"
		}
		if err := cw.Write(r.PersonID, r.Name, r.Relationship, r.LastMet, r.Accounts, r.Decision.Rule, why); err != nil {
			return err
		}
	}
	return cw.Flush()
}
