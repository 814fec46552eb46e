package importers

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestTwitterDedupe checks the merge of ids listed several times, within
// a list and across lists, against a plain map: the first entry keeps its
// place, file and link, and gets every list's flag.
func TestTwitterDedupe(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	type entry struct {
		id   string
		link string
	}
	lists := []struct {
		path, typ string
		part      int
		n         int
	}{
		{"data/following.js", "following", 0, 400},
		{"data/follower.js", "follower", 0, 700},
		{"data/follower-part1.js", "follower", 1, 600},
		// An empty part, and one of repeats mostly: the files' runs of
		// peers, by which each peer's file is known, of no length.
		{"data/follower-part2.js", "follower", 2, 0},
		{"data/follower-part3.js", "follower", 3, 30},
		{"data/follower-part4.js", "follower", 4, 5},
	}
	type want struct {
		pos           int
		link, source  string
		follows, back bool
	}
	ref := map[string]*want{}
	var order []string
	var files []*File
	for _, l := range lists {
		var es []entry
		for range l.n {
			id := fmt.Sprint(5000 + rng.IntN(900))
			link := ""
			if rng.IntN(10) == 0 {
				link = "https://twitter.com/u" + id + "x" + fmt.Sprint(rng.IntN(3))
			}
			es = append(es, entry{id, link})
			w := ref[id]
			if w == nil {
				w = &want{pos: len(order), link: link, source: "export.zip!" + l.path}
				ref[id] = w
				order = append(order, id)
			}
			if l.typ == "following" {
				w.follows = true
			} else {
				w.back = true
			}
		}
		var b strings.Builder
		fmt.Fprintf(&b, "window.YTD.%s.part%d = [", l.typ, l.part)
		for i, e := range es {
			if i > 0 {
				b.WriteByte(',')
			}
			link := e.link
			if link == "" {
				link = twitterIntent + e.id
			}
			fmt.Fprintf(&b, "\n  {\n    %q : {\n      \"accountId\" : %q,\n      \"userLink\" : %q\n    }\n  }", l.typ, e.id, link)
		}
		b.WriteString("\n]")
		files = append(files, memFile(l.path, b.String()))
	}
	// Followed accounts first, then followers only, each in first-seen
	// order.
	var wantOrder []string
	for _, follows := range []bool{true, false} {
		for _, id := range order {
			if ref[id].follows == follows {
				wantOrder = append(wantOrder, id)
			}
		}
	}
	accs := mustImport(t, Twitter{}, files...)
	var gotOrder []string
	for _, a := range accs {
		gotOrder = append(gotOrder, a.ID)
		w := ref[a.ID]
		if w == nil {
			t.Fatalf("account %s was never listed", a.ID)
		}
		link := w.link
		if link == "" {
			link = twitterIntent + a.ID
		}
		if a.ProfileURL != link || a.Source != w.source || (a.Relation == "following") != w.follows || (a.FollowsYou.String() == "yes") != w.back {
			t.Errorf("%s: %s %s %s follows you %s; want %s %s following=%v follows you=%v", a.ID, a.ProfileURL, a.Source, a.Relation, a.FollowsYou, link, w.source, w.follows, w.back)
		}
	}
	if !slices.Equal(gotOrder, wantOrder) {
		t.Errorf("order of the accounts differs from first-seen order (%d accounts, want %d)", len(gotOrder), len(wantOrder))
	}
}
