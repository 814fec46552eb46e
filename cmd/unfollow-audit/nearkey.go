package main

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// nearKeysNamed is how many of the keys a note names get a suggestion:
// each is looked for among every account read, a million in the largest
// exports, and the person fixes the first few before the others.
const nearKeysNamed = 3

// nearKeys returns, for each of the first nearKeysNamed keys (typed on a
// ledger row and matching no account, as the run read them:
// "network:id"), the key of an account of people it was most likely
// meant for, "" where there is none or no single one: the same id one or
// two characters away on the same network (a character typed wrong, left
// out, doubled, or two swapped; as many as nearLimit allows for its
// length), else the same id on another network (twitter:jun.ito for the
// Instagram account jun.ito). The ids are compared without case, as
// most networks' are: on YouTube, whose channel ids are case-sensitive,
// an id that differs in case alone is the nearest of all (the typed key
// matched no account, so it is not that one). Another network's account whose key the key's own
// row lists already (onRow: the keys of the row at a ledger line, as
// typed; nil for none) is no mistake for it: Lena's Instagram username
// typed beside her LinkedIn address of the same slug is not "did you
// mean linkedin:lenavogt?". (One of the same network is still told: the
// key typed twice, once wrong.)
func nearKeys(keys []audit.UnseenKey, people []*audit.Person, onRow func(line int) []string) []string {
	out := make([]string, len(keys))
	n := min(len(keys), nearKeysNamed)
	type best struct {
		key    string
		dist   int // the best distance found so far, 3 for none
		unique bool
		other  string // the same id on another network
		others int
	}
	bests := make([]best, n)
	nets := make([]string, n)
	ids := make([]string, n)
	rows := make([][]string, n) // the keys of each key's row
	slugs := make([]string, n)  // a LinkedIn key's address without its accents
	for i := range n {
		bests[i].dist = 3
		net, id, _ := strings.Cut(keys[i].Key, ":")
		nets[i], ids[i] = net, strings.ToLower(id)
		if net == audit.LinkedIn {
			slugs[i] = accentless(id)
		}
		if onRow != nil {
			rows[i] = onRow(keys[i].Line)
		}
	}
	// listed reports whether the i-th key's row lists key already.
	listed := func(i int, key string) bool {
		for _, k := range rows[i] {
			if strings.EqualFold(k, key) {
				return true
			}
		}
		return false
	}
	var lower []byte
	for _, p := range people {
		for _, a := range p.Accounts {
			slug, slugged := "", false // a's, made once where a key needs it
			id := a.ID
			if hasUpper(id) {
				lower = append(lower[:0], id...)
				for j, c := range lower {
					if 'A' <= c && c <= 'Z' {
						lower[j] = c + 'a' - 'A'
					}
				}
				id = string(lower)
			}
			for i := range n {
				b := &bests[i]
				if a.Network != nets[i] {
					if id == ids[i] && b.other != a.Key() && !listed(i, a.Key()) {
						b.other = a.Key()
						b.others++
					}
					continue
				}
				limit := nearLimit(ids[i])
				d := editDistance(ids[i], id, min(limit, b.dist))
				if d > 1 && slugs[i] != "" && (strings.IndexByte(id, '%') >= 0 || strings.IndexByte(ids[i], '%') >= 0) {
					// An accent left off or put on is one letter to the
					// person, several escaped bytes to editDistance.
					if !slugged {
						slug, slugged = accentless(a.ID), true
					}
					if slug == slugs[i] {
						d = 1
					}
				}
				switch {
				case d > limit || d > b.dist:
				case d < b.dist:
					b.key, b.dist, b.unique = a.Key(), d, true
				case b.key != a.Key():
					b.unique = false
				}
			}
		}
	}
	for i := range n {
		switch b := bests[i]; {
		case b.dist <= 2 && b.key != "":
			if b.unique {
				out[i] = readableKey(b.key)
			}
		case b.others == 1:
			out[i] = readableKey(b.other)
		}
	}
	return out
}

// accentless is a LinkedIn profile address's slug id without its escapes
// and accents (se%C3%A1n-%C3%B3-briain and sean-o-briain are both
// sean-o-briain), as audit.Slug folds a name; "" where it is not a valid
// escape.
func accentless(id string) string {
	u, err := url.PathUnescape(id)
	if err != nil {
		return ""
	}
	return audit.Slug(u)
}

// nearLimit is how many edits away from id an account's id may be to be
// told as the one meant: one for every four characters, at most two (an
// id of seven characters or fewer is a quarter or more changed at two
// edits: instagram:mia.k is not a typo of mia.jo, which is as likely
// another person's; one of three or fewer, none); one at most for an id
// of digits alone (a Twitter/X number), as numbers lie dense: among a
// million accounts, most ten-digit ids have another two digits away.
func nearLimit(id string) int {
	limit := min(len(id)/4, 2)
	if isDigits(id) {
		limit = min(limit, 1)
	}
	return limit
}

// isDigits reports whether s is one or more ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// readableKey is key as a person reads and types it: a LinkedIn address's
// escapes (se%C3%A1n-%C3%B3-briain) as the letters a browser shows
// (seán-ó-briain), which the ledger takes as the same key; key itself
// where its escapes are not letters that can stand in a cell.
func readableKey(key string) string {
	net, id, _ := strings.Cut(key, ":")
	if net != audit.LinkedIn || !strings.Contains(id, "%") {
		return key
	}
	u, err := url.PathUnescape(id)
	if err != nil || !utf8.ValidString(u) || strings.ContainsFunc(u, func(r rune) bool {
		return r <= ' ' || r == ';' || r == ',' || r == '"' || r == '/' || r == '%' || !unicode.IsPrint(r)
	}) {
		return key
	}
	return net + ":" + u
}

// hasUpper reports whether s holds an ASCII capital.
func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// editDistance returns the number of single-byte edits (insertions,
// deletions, substitutions and swaps of two neighbours) that make a into
// b, or limit+1 as soon as it is known to be more than limit: a
// stranger's id of another length costs nothing, one of the same length
// a row or two of the table.
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	// Common ends cost nothing: most ids compared differ early.
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return max(len(a), len(b))
	}
	// Optimal string alignment over three rows of the table.
	var rows [3][65]int // on the stack for an id of up to 64 bytes
	prev2, prev, cur := rows[0][:], rows[1][:], rows[2][:]
	if len(b) >= len(rows[0]) {
		prev2, prev, cur = make([]int, len(b)+1), make([]int, len(b)+1), make([]int, len(b)+1)
	}
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], limit+1)
}
