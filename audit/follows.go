package audit

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// SplitFollows gives back, as an account of its own, the follow
// the Facebook importer merged into a friend of its name (see
// ExtraFollow) where the last run (prev) had this friend, and
// another Facebook friend or follow of that name that these exports have
// not. The importer joins a follow to the one friend of its name in the
// export; but two friends called the same, one unfriended and followed
// instead, leave one friend of the name and one follow, and whose follow
// it is cannot be told: merged, it went to the namesake still a friend,
// and the one unfriended counted as an unfollow done. Apart, the follow is
// new (or its own row's, once the person put it on a row), and Compare
// asks about the gone namesake ("still followed?"). A follow that the last
// run had apart, beside two namesake friends, keeps its id the same way.
// A friend the last run did not have (unfriended and friended again, a
// new date of the friendship) keeps the follow: no namesake is told of,
// and the one account of the name new takes the row of the one gone
// (Known.pinSameName), as before.
// It returns acc, with the follows split off appended.
func SplitFollows(acc []Account, prev []Past) []Account {
	if len(prev) == 0 {
		return acc
	}
	want := map[string][]int{} // name part of the id -> the friends carrying a follow
	for i := range acc {
		a := &acc[i]
		if a.Network == Facebook && a.Extra[ExtraFollow] != "" {
			if s := facebookNamePart(a.ID); s != "" {
				want[s] = append(want[s], i)
			}
		}
	}
	if len(want) == 0 {
		return acc
	}
	last := map[string][]string{} // name part -> the last run's ids of it
	for i := range prev {
		p := &prev[i]
		if p.Network() != Facebook || p.Relation() == Follower {
			continue
		}
		if s := facebookNamePart(p.ID()); want[s] != nil {
			last[s] = append(last[s], p.ID())
		}
	}
	if len(last) == 0 {
		return acc
	}
	present := map[string]bool{}
	for i := range acc {
		if a := &acc[i]; a.Network == Facebook {
			if s := facebookNamePart(a.ID); last[s] != nil {
				present[a.ID] = true
			}
		}
	}
	// The friends whose follows go apart: the last run had them, and a
	// namesake (or the follow apart) these exports have not.
	var split []int
	for s, carriers := range want {
		for _, i := range carriers {
			was, gone := false, false
			for _, id := range last[s] {
				if id == acc[i].ID {
					was = true
				} else if !present[id] {
					gone = true
				}
			}
			if was && gone {
				split = append(split, i)
			}
		}
	}
	slices.Sort(split) // the order of acc, not the map's
	for _, i := range split {
		a := &acc[i]
		base := a.Extra[ExtraFollow]
		id := base
		if present[id] {
			// Taken, by the friend itself where the follow began the
			// same second: the importer gave it, apart, "~2" (or the
			// next number free), as the last run had it.
			for n := 2; present[id]; n++ {
				id = base + "~" + strconv.Itoa(n)
			}
		}
		present[id] = true
		f := Account{Network: Facebook, Relation: Following, ID: id, Name: a.Name, FollowsYou: a.FollowsYou}
		if src, followSrc, ok := strings.Cut(a.Source, " + "); ok {
			a.Source, f.Source = src, followSrc
		}
		if ts, err := strconv.ParseInt(facebookSince(Facebook, base), 10, 64); err == nil {
			f.Since = DateOf(time.Unix(ts, 0))
		}
		a.Extra = nil
		acc = append(acc, f)
	}
	return acc
}

// followTie is, on the networks whose importers join a follow to the one
// friend or connection of its name, the relation it is joined to.
var followTie = map[string]string{Facebook: Friend, LinkedIn: Connection}
