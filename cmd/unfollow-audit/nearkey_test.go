package main

import (
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
	}
	for _, c := range []struct{ key, want string }{
		{"linkedin:bruno-keler", "linkedin:bruno-keller"},
		{"linkedin:bruno-kelelr", "linkedin:bruno-keller"},
		{"linkedin:lena-voqt", ""},               // as near lena-vogt as lena-voft: which one cannot be told
		{"twitter:1402", ""},                     // an id of four characters: one edit, and 1401 and 1408 both are
		{"twitter:jun.ito", "instagram:jun.ito"}, // the id of another network's account
		{"linkedin:se%C3%A1n-%C3%B3-brian", "linkedin:seán-ó-briain"},
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
