package audit

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Counts are a network's (or the total's) figures for the summary.
type Counts struct {
	Network     string
	Followed    int // accounts followed, friended, connected or subscribed to
	Keep        int
	Unfollow    int
	NotReviewed int // accounts of people the ledger says nothing about: every note cell blank (see Annotations.Reviewed, and the README)
	New         int // since the previous run
	Gone        int
	Changed     int
	Done        int // gone accounts whose previous decision was unfollow
	WasUnfollow int // accounts the previous run said to unfollow
	// WasAsOf is the day of the last run that held the network's lists
	// (they may be carried through runs without them), "" for none.
	WasAsOf string
}

// FirstAudited reports whether no earlier run held the network's lists,
// or held them empty (a history cannot tell): its accounts are all new,
// and there was nothing to unfollow before, which "0 of 0" unfollows done
// said as if there had been a list to act on.
func (c *Counts) FirstAudited() bool {
	return c.WasAsOf == "" && c.WasUnfollow == 0 && c.Gone == 0 && c.Network != "total"
}

// A Summary is what an audit run prints.
type Summary struct {
	Networks []Counts
	Total    Counts
	Reaudit  bool // there was a previous run to compare with
	Since    string
	// Carried are the previous run's decisions about lists these exports
	// did not hold, kept as they were.
	Carried []Past
	// Held says which lists the exports hold, before CarryFollows: a row
	// carried of a list they hold was carried for the follow merged into
	// it, and is counted with the follows. nil counts each row in its
	// own list.
	Held Covered
	// Reviewed is set once the person has written anything in the ledger.
	Reviewed bool
}

// Missing lists the lists these exports did not hold, as "linkedin
// following (4 accounts)", from the carried decisions.
func (s *Summary) Missing() []string { return s.missing(func(n string) string { return n }) }

// missing is Missing with each network named by name: report.html says
// "LinkedIn" as its cards do, the terminal "linkedin" as its table does.
func (s *Summary) missing(name func(string) string) []string {
	count := map[string]int{}
	var order []string
	for _, p := range s.Carried {
		rel := p.Relation()
		if s.Held != nil && p.Follow() != "" && s.Held(p.Network(), rel, p.ID()) {
			rel = Following
		}
		k := name(p.Network()) + " " + rel
		if count[k] == 0 {
			order = append(order, k)
		}
		count[k]++
	}
	out := make([]string, len(order))
	for i, k := range order {
		unit := "accounts"
		if count[k] == 1 {
			unit = "account"
		}
		out[i] = fmt.Sprintf("%s (%s %s)", k, Thousands(count[k]), unit)
	}
	return out
}

// Summarize counts decisions per network and, on a re-audit, the changes
// and the unfollow progress since the previous run.
func Summarize(items []Item, prev []Past, changes []Change, reaudit bool) Summary {
	return SummarizeIndexed(items, prev, PastIndex{}, changes, reaudit)
}

// A PastIndex is, for each of the previous decisions, the index of the
// last one about its account: itself, unless a history edited by hand
// lists an account twice (see pastIndex). [CompareIndexed] makes it;
// [SummarizeIndexed] takes it, where its previous decisions are the same
// rows, rather than hash and sort a million keys again (50-60 ms of a
// re-audit at a million rows, beside the reports being written).
type PastIndex struct {
	prev []Past
	last []int32
}

// lastOf returns the indexes of x where x was made of prev itself (the
// same rows, not a copy or a part of them), else nil.
func (x PastIndex) lastOf(prev []Past) []int32 {
	if len(prev) == 0 || len(x.prev) != len(prev) || &x.prev[0] != &prev[0] {
		return nil
	}
	return x.last
}

// SummarizeIndexed is [Summarize], given the index of prev that
// [CompareIndexed] made (of the same rows: of others, it is not used).
func SummarizeIndexed(items []Item, prev []Past, idx PastIndex, changes []Change, reaudit bool) Summary {
	by := map[string]*Counts{}
	get := func(n string) *Counts {
		c := by[n]
		if c == nil {
			c = &Counts{Network: n}
			by[n] = c
		}
		return c
	}
	// An account listed twice (a history edited by hand) counts once, by
	// its last decision, as Compare counts it gone once: found on the
	// other core while this one counts the decisions.
	last := idx.lastOf(prev)
	var wg sync.WaitGroup
	if last == nil {
		wg.Go(func() { _, last = pastIndex(prev) })
	}
	// The items come network by network (see SortItems): the counts of
	// the last network are kept at hand, not looked up a million times.
	var c *Counts
	for i := range items {
		it := &items[i]
		if c == nil || c.Network != it.Account.Network {
			c = get(it.Account.Network)
		}
		if it.Decision.Unfollowed {
			continue // no longer followed: only a friend (connection)
		}
		c.Followed++
		if it.Decision.Keep {
			c.Keep++
		} else {
			c.Unfollow++
		}
		if !it.Notes().Reviewed() {
			c.NotReviewed++
		}
	}
	wg.Wait()
	paired := followedApart(prev)
	c = nil
	for i := range prev {
		p := &prev[i]
		if n := p.Network(); c == nil || c.Network != n {
			c = get(n)
		}
		// One unfollowed, the tie kept, was counted done in the run that
		// found it so (see MarkUnfollowedTies): nothing is left to do. A
		// friend whose follow has a row of its own is one unfollow to do,
		// counted on that row.
		if last[i] == int32(i) && p.Decision() == DecisionUnfollow && !p.Unfollowed() && !paired[i] {
			c.WasUnfollow++
		}
		c.WasAsOf = max(c.WasAsOf, p.AsOf())
	}
	// A friend (connection) whose follow had a row of its own, both gone:
	// one account, counted gone once, on the follow's row, as the
	// unfollow to do was (changes.csv lists both).
	var pairGone map[string]bool
	for i := range paired {
		if pairGone == nil {
			pairGone = map[string]bool{}
			for _, ch := range changes {
				if ch.Kind == ChangeGone {
					pairGone[ch.Network+":"+ch.ID] = true
				}
			}
		}
		p := &prev[i]
		if pairGone[p.Key()] && pairGone[p.Network()+":"+p.Follow()] {
			pairGone[p.Key()] = false // counted with its follow
		} else {
			delete(pairGone, p.Key())
		}
	}
	for _, ch := range changes {
		c := get(ch.Network)
		switch ch.Kind {
		case ChangeNew:
			c.New++
		case ChangeGone:
			if done, ok := pairGone[ch.Network+":"+ch.ID]; ok && !done {
				break
			}
			c.Gone++
			countDone(c, ch)
		case ChangeChanged:
			if ch.Back || ch.Apart {
				// Back among the accounts followed, or a row of its own
				// among them now: see Change.Back and Change.Apart.
				c.New++
				break
			}
			c.Changed++
		case ChangeReplaced:
			// The same person's account under a new id, neither gone nor
			// new (Compare lists no new row for it), unless that is only a
			// guess the person is asked to confirm: its new account is
			// then listed new, and counts so, and the one gone counts gone
			// (the counts then add up: followed before, plus new, less
			// gone, is followed now), but not as an unfollow done.
			switch {
			case ch.Guess:
				c.Gone++
			case ch.After == "":
				// No longer followed now, the tie kept (a LinkedIn
				// connection whose address changed, unfollowed since):
				// gone from the accounts followed, as a gone row is, an
				// unfollow done where that run said so (see Compare).
				c.Gone++
				countDone(c, ch)
			case ch.Before != ch.After, ch.FollowGone:
				// The same person's account, decided otherwise now, or
				// kept, its follow found gone since.
				c.Changed++
			}
		}
	}
	s := Summary{Reaudit: reaudit, Total: Counts{Network: "total"}}
	if len(prev) > 0 {
		s.Since = prev[0].AsOf()
	}
	for _, c := range by {
		s.Networks = append(s.Networks, *c)
		t := &s.Total
		t.Followed += c.Followed
		t.Keep += c.Keep
		t.Unfollow += c.Unfollow
		t.NotReviewed += c.NotReviewed
		t.New += c.New
		t.Gone += c.Gone
		t.Changed += c.Changed
		t.Done += c.Done
		t.WasUnfollow += c.WasUnfollow
	}
	slices.SortFunc(s.Networks, func(a, b Counts) int {
		return cmp.Or(cmp.Compare(networkRank(a.Network), networkRank(b.Network)), strings.Compare(a.Network, b.Network))
	})
	return s
}

// countDone counts in c the unfollow done of a gone row (or a replaced
// one gone from the accounts followed) whose previous decision was
// unfollow. One unfollowed before the run compared with (Change.Earlier)
// was no unfollow left to do then, though that run listed it: counted
// neither done nor among those to do.
func countDone(c *Counts, ch Change) {
	switch {
	case ch.Before != DecisionUnfollow:
	case ch.Earlier:
		c.WasUnfollow--
	default:
		c.Done++
	}
}

// followedApart returns the indexes of the friends (connections) of prev
// whose follow cell names a follow that prev has a row of its own of: the
// friend carried, its follow read alone beside it, by a run whose exports
// lacked the friends (see followsAlone). The two rows are one follow, one
// unfollow to do, done once (Compare counts the follow's row gone). nil
// where there is none: the usual history, where the follow cells of the
// few friends followed are read once and no map is made.
func followedApart(prev []Past) map[int]bool {
	// The follow's network and id: the friend's index. A key of two
	// strings, not one joined, which made a string of every follow row
	// looked up.
	type key struct{ network, id string }
	var friendOf map[key]int
	for i := range prev {
		p := &prev[i]
		// The follow cell first: empty on nearly every row of a million.
		if f := p.Follow(); f != "" && p.Relation() == followTie[p.Network()] {
			if friendOf == nil {
				friendOf = map[key]int{}
			}
			friendOf[key{p.Network(), f}] = i
		}
	}
	if friendOf == nil {
		return nil
	}
	var out map[int]bool
	for i := range prev {
		p := &prev[i]
		if p.Relation() != Following || followTie[p.Network()] == "" {
			continue
		}
		if j, ok := friendOf[key{p.Network(), p.ID()}]; ok {
			if out == nil {
				out = map[int]bool{}
			}
			out[j] = true
		}
	}
	return out
}

// SameDecisions reports whether prev records exactly these decisions (and
// carried rows) on the same day: the run repeats the previous one. A
// history without the follows merged into friends (written before its
// follow column) does not: the run adds the history that has them. Nor
// does one that says otherwise than this run which accounts were kept off
// a misread ledger accounts cell (Past.Unwritten, Decision.Unwritten; for
// carried, as Ledger.RestoreCarried set them): the person corrected the
// cell, and the next run must not take what this run wrote there for a
// key the ledger was never given. Nor does one that keeps another e-mail
// address of an account (Past.Email: a friend's relationship written
// since, or a history written before the email column), so that the
// history keeps the one reach-out.csv gives.
func SameDecisions(prev []Past, items []Item, carried []Past, asOf Date) bool {
	if len(prev) != len(items)+len(carried) {
		return false
	}
	if !slices.Equal(prev[len(items):], carried) {
		return false
	}
	day := asOf.String()
	for i := range items {
		it, p := &items[i], &prev[i]
		a := it.Account
		if p.AsOf() != day || p.PersonID() != it.Person.ID || p.Network() != a.Network || p.Relation() != a.Relation ||
			p.ID() != a.ID || p.Name() != a.Name || p.Decision() != decisionWord(it.Decision) || p.Rule() != it.Decision.Rule ||
			p.cell(8) != historyFollow(it) || p.cell(9) != historyLedgerCell(it) || p.cell(10) != historyEmail(it) {
			return false
		}
	}
	return true
}
