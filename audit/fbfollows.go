package audit

import (
	"strconv"
	"strings"
	"time"
)

// SplitFacebookFollows gives back, as an account of its own, the follow
// the Facebook importer merged into a friend of its name (see
// ExtraFacebookFollow) where the last run (prev) had a Facebook friend or
// follow of that name, not this friend's account, that these exports have
// not. The importer joins a follow to the one friend of its name in the
// export; but two friends called the same, one unfriended and followed
// instead, leave one friend of the name and one follow, and whose follow
// it is cannot be told: merged, it went to the namesake still a friend,
// and the one unfriended counted as an unfollow done. Apart, the follow is
// new (or its own row's, once the person put it on a row), and Compare
// asks about the gone namesake ("still followed?"). A follow that the last
// run had apart, beside two namesake friends, keeps its id the same way.
// It returns acc, with the follows split off appended.
func SplitFacebookFollows(acc []Account, prev []Past) []Account {
	if len(prev) == 0 {
		return acc
	}
	want := map[string][]int{} // name part of the id -> the friends carrying a follow
	for i := range acc {
		a := &acc[i]
		if a.Network == Facebook && a.Extra[ExtraFacebookFollow] != "" {
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
	split := map[string]bool{} // name parts whose follows go apart
	for s := range want {
		for _, id := range last[s] {
			split[s] = split[s] || !present[id]
		}
	}
	for i, n := 0, len(acc); i < n; i++ {
		a := &acc[i]
		id := a.Extra[ExtraFacebookFollow]
		if a.Network != Facebook || id == "" || !split[facebookNamePart(a.ID)] || present[id] {
			continue // present: taken (two spellings of one second), left merged
		}
		present[id] = true
		f := Account{Network: Facebook, Relation: Following, ID: id, Name: a.Name, FollowsYou: a.FollowsYou}
		if src, followSrc, ok := strings.Cut(a.Source, " + "); ok {
			a.Source, f.Source = src, followSrc
		}
		if ts, err := strconv.ParseInt(facebookSince(Facebook, id), 10, 64); err == nil {
			f.Since = DateOf(time.Unix(ts, 0))
		}
		a.Extra = nil
		acc = append(acc, f)
	}
	return acc
}
