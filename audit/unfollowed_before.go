package audit

// UnfollowedUnderOldID reports which of the items cands, LinkedIn
// connections decided unfollow with nothing left to do
// (Decision.Unfollowed: an Unfollow row of their name) whose id prev
// lacks, prev found so already under another id: the connection's
// profile address changed since, its Connected On date kept. It pairs
// them as Compare pairs a connection replaced (see replacements): the
// person's one connection that prev found unfollowed (Past.OffLists) and
// that is gone from the list now, and the person's one connection new to
// the list, not made after that run (madeAfter: a connection made since
// is not that one). Compare gives such a connection no row, as neither
// run had it among the accounts followed; it carries prev's known state,
// and is not found unfollowed anew.
//
// Only the people of cands are looked at: one pass over prev, and one
// over items where such a gone connection is found (an account of
// another row now is not gone). nil where none is.
func UnfollowedUnderOldID(prev []Past, items []Item, cands []int) map[int]bool {
	if len(cands) == 0 || len(prev) == 0 {
		return nil
	}
	type conn struct {
		person string
		old    bool // prev lists its id: not new to the list
	}
	people := map[string]bool{}
	now := map[string]*conn{} // the people's connections now, by id: few
	for _, k := range cands {
		p := items[k].Person
		if p == nil || people[p.ID] {
			continue
		}
		people[p.ID] = true
		for _, a := range p.Accounts {
			if a.Network == LinkedIn && a.Relation == Connection {
				now[a.ID] = &conn{person: p.ID}
			}
		}
	}
	if len(people) == 0 {
		return nil
	}
	last := map[string]int{} // the people's connections prev had, by id: its last row of each
	for i := range prev {
		p := &prev[i]
		if p.Network() != LinkedIn {
			continue
		}
		id := p.ID()
		if c, ok := now[id]; ok {
			c.old = true
		}
		if p.Relation() != Connection {
			continue
		}
		if _, ok := last[id]; ok || people[p.PersonID()] {
			last[id] = i
		}
	}
	gone := map[string]int{} // the connections found unfollowed, gone now, by id
	for id, i := range last {
		if p := &prev[i]; p.OffLists() && people[p.PersonID()] && now[id] == nil {
			gone[id] = i
		}
	}
	if len(gone) == 0 {
		return nil
	}
	for k := range items {
		if a := items[k].Account; a.Network == LinkedIn && a.Relation == Connection {
			delete(gone, a.ID)
		}
	}
	byPerson := map[string][]int{} // the gone rows, by person
	for _, i := range gone {
		byPerson[prev[i].PersonID()] = append(byPerson[prev[i].PersonID()], i)
	}
	var out map[int]bool
	for _, k := range cands {
		a, p := items[k].Account, items[k].Person
		if p == nil || now[a.ID] == nil || now[a.ID].old || len(byPerson[p.ID]) != 1 {
			continue
		}
		was := &prev[byPerson[p.ID][0]]
		// The person's one connection new to the list, not made since
		// that run: this one.
		n := 0
		for _, b := range p.Accounts {
			if c := now[b.ID]; b.Network == LinkedIn && b.Relation == Connection && !c.old && !MadeAfter(b, was.AsOf()) {
				n++
			}
		}
		if n == 1 && !MadeAfter(a, was.AsOf()) {
			if out == nil {
				out = map[int]bool{}
			}
			out[k] = true
		}
	}
	return out
}
