package main

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b  string
		limit int
		want  int
	}{
		{"bruno-keller", "bruno-keller", 2, 0},
		{"bruno-keler", "bruno-keller", 2, 1},  // a letter left out
		{"bruno-kelelr", "bruno-keller", 2, 1}, // two swapped
		{"bruno-keler", "brunokeller", 2, 2},
		{"bruno-keler", "brunokellerr", 2, 3}, // past the limit
		{"abcdef", "bcdefa", 2, 2},            // one moved from the front to the end
		{"ada", "bob", 2, 3},
		{"a", "abcd", 2, 3}, // lengths too far apart
		{"", "ab", 2, 2},
		{"kai@social.example", "kai@socail.example", 1, 1},
	} {
		if got := editDistance(c.a, c.b, c.limit); got != c.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", c.a, c.b, c.limit, got, c.want)
		}
	}
}

func TestNearKeys(t *testing.T) {
	acc := func(net, id string) *audit.Account {
		return &audit.Account{Network: net, Relation: audit.Following, ID: id}
	}
	people := []*audit.Person{
		{Accounts: []*audit.Account{acc(audit.LinkedIn, "bruno-keller"), acc(audit.Twitter, "1401")}},
		{Accounts: []*audit.Account{acc(audit.LinkedIn, "lena-vogt"), acc(audit.LinkedIn, "lena-voft")}},
		{Accounts: []*audit.Account{acc(audit.Instagram, "jun.ito"), acc(audit.LinkedIn, "se%C3%A1n-%C3%B3-briain")}},
		{Accounts: []*audit.Account{acc(audit.Twitter, "1408")}},
		{Accounts: []*audit.Account{acc(audit.Mastodon, "Kai@social.example")}},
		{Accounts: []*audit.Account{acc(audit.Instagram, "mia.jo"), acc(audit.Instagram, "tomas.bergg")}},
		{Accounts: []*audit.Account{acc(audit.Twitter, "3158920471"), acc(audit.Twitter, "987")}},
		{Accounts: []*audit.Account{acc(audit.YouTube, "UCx7bQ2mRtL9vKp3sN8wHj4e")}},
	}
	for _, c := range []struct{ key, want string }{
		{"linkedin:bruno-keler", "linkedin:bruno-keller"},
		{"linkedin:bruno-kelelr", "linkedin:bruno-keller"},
		{"linkedin:lena-voqt", ""},               // as near lena-vogt as lena-voft: which one cannot be told
		{"twitter:1402", ""},                     // an id of four characters: one edit, and 1401 and 1408 both are
		{"twitter:jun.ito", "instagram:jun.ito"}, // the id of another network's account
		{"linkedin:se%C3%A1n-%C3%B3-brian", "linkedin:seán-ó-briain"},
		{"linkedin:sean-o-briain", "linkedin:seán-ó-briain"},      // the accents left off: one letter each to the person
		{"linkedin:se%C3%A1n-o-briain", "linkedin:seán-ó-briain"}, // one of them
		{"linkedin:sean-%C3%B3-briain", "linkedin:seán-ó-briain"},
		{"mastodon:kai@socail.example", "mastodon:Kai@social.example"},
		{"linkedin:someone-else-entirely", ""},
		// Short ids: two edits of five characters is another person's
		// as likely as a typo; one of eight is a typo.
		{"instagram:mia.k", ""},
		{"instagram:mia.j", "instagram:mia.jo"},
		{"instagram:tomas.berg", "instagram:tomas.bergg"},
		{"instagram:toms.berg", "instagram:tomas.bergg"}, // two edits of nine: a typo still
		{"twitter:98", ""},                               // three characters or fewer: none
		// Twitter/X numbers lie dense: one digit off at most.
		{"twitter:3158920417", "twitter:3158920471"}, // two swapped
		{"twitter:3158902417", ""},
		// A YouTube channel id is case-sensitive: one letter's case
		// wrong is the nearest of all.
		{"youtube:UCx7bQ2mRtL9vKp3sN8wHj4E", "youtube:UCx7bQ2mRtL9vKp3sN8wHj4e"},
		{"youtube:ucx7bq2mrtl9vkp3sn8whj4e", "youtube:UCx7bQ2mRtL9vKp3sN8wHj4e"},
		{"youtube:UCx7bQ2mRtL9vKp3sN8wHj4", "youtube:UCx7bQ2mRtL9vKp3sN8wHj4e"},
	} {
		got := nearKeys([]audit.UnseenKey{{Key: c.key}}, people, nil)
		if got[0] != c.want {
			t.Errorf("nearKeys(%q) = %q, want %q", c.key, got[0], c.want)
		}
	}
	// Another network's account of the same id that the key's own row
	// lists already is no mistake for it; one of the same network is.
	onRow := func(int) []string { return []string{"instagram:jun.ito", "linkedin:bruno-keller", "twitter:jun.ito"} }
	for _, c := range []struct{ key, want string }{
		{"twitter:jun.ito", ""},
		{"linkedin:bruno-keler", "linkedin:bruno-keller"},
	} {
		if got := nearKeys([]audit.UnseenKey{{Key: c.key, Line: 2}}, people, onRow); got[0] != c.want {
			t.Errorf("nearKeys(%q), its row listing %q: %q, want %q", c.key, onRow(2), got[0], c.want)
		}
	}
	// Only the first few keys a note names are looked for.
	keys := make([]audit.UnseenKey, nearKeysNamed+2)
	for i := range keys {
		keys[i].Key = "linkedin:bruno-keler"
	}
	got := nearKeys(keys, people, nil)
	for i, k := range got {
		if want := i < nearKeysNamed; (k != "") != want {
			t.Errorf("key %d: suggestion %q, want one: %v", i, k, want)
		}
	}
}

// osaDistance is the optimal string alignment distance over the whole
// table, with no early exit: what editDistance must agree with.
func osaDistance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

// editDistance agrees with the full table, capped at limit+1, on random
// pairs: ids of a small alphabet (so that they share runs, ends and
// swaps), and edits of one another, of every length up to past the 64
// bytes its rows hold on the stack.
func TestEditDistanceRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	word := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = "abc.-1"[rng.IntN(6)]
		}
		return string(b)
	}
	edit := func(s string) string {
		b := []byte(s)
		for range rng.IntN(4) {
			switch i := rng.IntN(len(b) + 1); rng.IntN(4) {
			case 0:
				b = slices.Insert(b, i, "abcx"[rng.IntN(4)])
			case 1:
				if i < len(b) {
					b = slices.Delete(b, i, i+1)
				}
			case 2:
				if i < len(b) {
					b[i] = "abcx"[rng.IntN(4)]
				}
			case 3:
				if i+1 < len(b) {
					b[i], b[i+1] = b[i+1], b[i]
				}
			}
		}
		return string(b)
	}
	for n := range 200000 {
		a := word(rng.IntN(12))
		b := edit(a)
		if n%50 == 0 {
			a = word(60 + rng.IntN(10))
			b = edit(a)
		} else if n%3 == 0 {
			b = word(rng.IntN(12))
		}
		limit := rng.IntN(4)
		want := min(osaDistance(a, b), limit+1)
		if got := editDistance(a, b, limit); got != want {
			t.Fatalf("editDistance(%q, %q, %d) = %d, want %d", a, b, limit, got, want)
		}
	}
}

// BenchmarkNearKeys looks for three mistyped keys among a million
// accounts of every network (ids of the lengths the exports give): the
// largest exports, where the note's suggestions must cost well under half
// a second.
func BenchmarkNearKeys(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	nets := []string{audit.Twitter, audit.Instagram, audit.LinkedIn, audit.Facebook, audit.Mastodon, audit.YouTube}
	people := make([]*audit.Person, 1_000_000)
	accs := make([]audit.Account, len(people))
	for i := range people {
		net := nets[i%len(nets)]
		var id string
		switch net {
		case audit.Twitter:
			id = strconv.FormatUint(rng.Uint64N(1<<60), 10)
		case audit.Facebook:
			id = "ana-lima-" + strconv.Itoa(i) + "." + strconv.Itoa(1500000000+rng.IntN(300000000))
		case audit.Mastodon:
			id = "user" + strconv.Itoa(i) + "@host" + strconv.Itoa(i%97) + ".example"
		case audit.YouTube:
			id = "UC" + strconv.FormatUint(rng.Uint64(), 36) + strconv.FormatUint(rng.Uint64(), 36)
		default:
			id = "someone." + strconv.Itoa(i)
		}
		if i%7 == 0 {
			id = strings.ToUpper(id[:1]) + id[1:]
		}
		accs[i] = audit.Account{Network: net, Relation: audit.Following, ID: id}
		people[i] = &audit.Person{Accounts: []*audit.Account{&accs[i]}}
	}
	keys := []audit.UnseenKey{
		{Key: "linkedin:someone.12345"},  // one character left out
		{Key: "instagram:someone.99999"}, // a character wrong
		{Key: "twitter:12345678901"},     // a number nobody has
	}
	b.ResetTimer()
	for b.Loop() {
		nearKeys(keys, people, nil)
	}
}
