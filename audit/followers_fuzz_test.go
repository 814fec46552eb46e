package audit

import (
	"encoding/csv"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
)

// followerSeeds are the seed inputs of FuzzMergeFollowersMatchesMerge:
// the first byte's bits choose the case's shape (flagLedger and on), the
// rest its details. TestFollowerSeedsCover checks that together they make
// the paths the target is about: handle joins, ledger and last-run pins,
// ids the ledger has taken, and cases with nothing pinned.
var followerSeeds = []string{
	"\x00",                     // one set of numbers, nothing else
	"\x08",                     // one set of usernames, nothing else
	"\x20ada",                  // accounts beside numbers, no ledger
	"\x28handles",              // accounts beside usernames: handle joins
	"\x3cboth sets",            // usernames and numbers, accounts
	"\x29the ledger",           // usernames, a ledger
	"\x21ledger of ids",        // numbers, a ledger
	"\x2bledger and last run",  // usernames, ledger, last run
	"\x23numbers, last run",    // numbers, ledger, last run
	"\x61ids taken",            // numbers, ledger ids that are followers' ids
	"\x69taken by usernames",   // usernames, the same
	"\x2fall of it",            // two sets of usernames, everything
	"\x3emastodon@example.com", // usernames and numbers, last run alone
	"\x7fmore of it",           // everything, ids taken too
	"\xa8many handles",         // usernames, bigger sets
	"\xa1many ids",             // numbers, bigger sets, a ledger
}

// Bits of a case's first byte.
const (
	flagLedger    = 1 << iota // a Known from the ledger
	flagLastRun               // the last run's history
	flagTwoSets               // a second set of followers
	flagUsernames             // the first set holds usernames, not numbers
	flagSecondIDs             // the second set holds numbers (else usernames)
	flagAccounts              // accounts of every network
	flagTaken                 // ledger person ids that followers' ids would be
	flagBig                   // sets of a few hundred
)

// FuzzMergeFollowersMatchesMerge checks MergeFollowers against Merge of
// every account, the followers' included (as TestMergeFollowersMatchesMerge
// and TestMergeFollowersUsernames do for cases written by hand): keeping
// the followers apart must change nothing of what the run reports. The
// input drives followerCase, which keeps to what the importers guarantee
// (an Instagram username once in all, in any case; ids unique per
// network).
func FuzzMergeFollowersMatchesMerge(f *testing.F) {
	for _, s := range followerSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		checkMergeFollowers(t, followerCase(in))
	})
}

// checkMergeFollowers compares MergeFollowers with Merge of every account
// for c. With numbers alone the import reports must be the same bytes;
// with usernames (whose people come in name order, and so cannot be
// written from the crowd), the people outside the crowd must be those of
// the full merge less the crowd's accounts, in the same order, and each
// crowd follower must have the person id that merge gives its account.
func checkMergeFollowers(t *testing.T, c fuzzFollowers) (people []*Person, crowd *Crowd) {
	t.Helper()
	full := append(slices.Clone(c.accounts), expand(c.sets)...)
	all := importCSV(t, Merge(full, c.known()), nil)
	people, crowd = MergeFollowers(slices.Clone(c.accounts), c.sets, c.known())
	if !c.usernames() {
		if got := importCSV(t, people, crowd); got != all {
			t.Fatalf("%s\nreport with followers as ids differs from the one with accounts:\n got %s\nwant %s", c, got, all)
		}
	}
	inCrowd := map[string]string{} // key -> person id
	for k, r := range crowd.rows {
		a := crowd.account(k)
		inCrowd[a.Key()] = crowd.rowID(r)
	}
	rows, err := csv.NewReader(strings.NewReader(all)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(rows) - 1; n != len(full) {
		t.Fatalf("%s\n%d rows, want one per account: %d", c, n, len(full))
	}
	var want strings.Builder
	for i, r := range rows {
		id, ok := inCrowd[r[1]+":"+r[3]]
		if i > 0 && ok {
			if id != r[0] {
				t.Fatalf("%s\n%s:%s has the id %s in the crowd, %s as an account", c, r[1], r[3], id, r[0])
			}
			delete(inCrowd, r[1]+":"+r[3])
			continue
		}
		want.WriteString(strings.Join(r, ",") + "\n")
	}
	if len(inCrowd) > 0 {
		t.Fatalf("%s\n%d followers of the crowd are no account of the full merge", c, len(inCrowd))
	}
	if got := importCSV(t, people, nil); got != want.String() {
		t.Fatalf("%s\npeople with followers kept apart differ from the ones with accounts:\n got %s\nwant %s", c, got, want.String())
	}
	return people, crowd
}

// fuzzFollowers is one case: accounts, sets of followers, and the
// ledger's keys and last run's rows, from which a Known is made for each
// merge (a merge notes in it which keys it matched).
type fuzzFollowers struct {
	accounts []Account
	sets     []Followers
	ledger   map[string]string // nil for no ledger
	last     []PastCells
}

// known returns a fresh Known of c, nil where c has neither ledger nor
// last run.
func (c fuzzFollowers) known() *Known {
	if c.ledger == nil && c.last == nil {
		return nil
	}
	k := knownOf(c.ledger)
	if k == nil {
		k = &Known{}
	}
	if c.last != nil {
		var prev []Past
		for _, p := range c.last {
			prev = append(prev, p.Past())
		}
		k.LastRun(prev)
	}
	return k
}

// usernames reports whether a set of c holds usernames.
func (c fuzzFollowers) usernames() bool {
	return slices.ContainsFunc(c.sets, func(f Followers) bool { return f.nameEnds != nil })
}

// String lists the case, for a failure's message.
func (c fuzzFollowers) String() string {
	var b strings.Builder
	for _, a := range c.accounts {
		fmt.Fprintf(&b, "account %s %s name=%q handle=%q email=%q\n", a.Key(), a.Relation, a.Name, a.Handle, a.Email)
	}
	for _, f := range c.sets {
		var ids []string
		for i := range f.Len() {
			ids = append(ids, string(f.appendID(nil, i)))
			if f.nameEnds != nil {
				ids[i] = string(f.username(i))
			}
		}
		fmt.Fprintf(&b, "followers %s %v\n", f.Network, ids)
	}
	for _, k := range slices.Sorted(maps.Keys(c.ledger)) {
		fmt.Fprintf(&b, "ledger %s %s\n", k, c.ledger[k])
	}
	for _, p := range c.last {
		fmt.Fprintf(&b, "last run %s:%s %s\n", p.Network, p.ID, p.PersonID)
	}
	return b.String()
}

// byteSource gives the case's choices: the input's bytes, then a
// generator seeded by them, so that a short seed makes a full case.
type byteSource struct {
	in []byte
	x  uint64
}

func newByteSource(in []byte) *byteSource {
	return &byteSource{in: in, x: stringHash(string(in)) | 1}
}

// byte returns the next choice: a byte of the input while there are any,
// so that the fuzzer's mutations steer the case, then the generator's.
func (s *byteSource) byte() byte {
	if len(s.in) > 0 {
		b := s.in[0]
		s.in = s.in[1:]
		return b
	}
	s.x ^= s.x << 13
	s.x ^= s.x >> 7
	s.x ^= s.x << 17
	return byte(s.x >> 32)
}

// n returns a choice in [0, n), n at most 256.
func (s *byteSource) n(n int) int { return int(s.byte()) % n }

// one returns one of xs.
func one[T any](s *byteSource, xs ...T) T { return xs[s.n(len(xs))] }

// Pools the case's values are drawn from, small enough that they are
// shared: names that join people or make them possible matches, and
// usernames that are handles elsewhere, several shorter than minHandle.
var (
	fuzzNames     = []string{"", "", "Ada Lovelace", "Ada Lovelace", "Bob Brown", "Cy", "Dee Dee", "ada lovelace"}
	fuzzEmails    = []string{"", "", "", "ada@example.com", "ADA@example.com ", "bob@example.com"}
	fuzzUsernames = []string{"fanny", "alice.w", "zed_99", "grace", "bo", "ed", "abcd", "mastodon", "hopper", "e.k"}
	fuzzHosts     = []string{"mastodon.social", "example.com"}
)

// followerCase makes the case of in: its first byte's bits are flags
// (flagLedger and on), the rest its choices.
func followerCase(in []byte) fuzzFollowers {
	s := newByteSource(in)
	flags := s.byte()
	g := caseMaker{s: s, usedKey: map[string]bool{}, usedName: map[string]bool{}}
	var c fuzzFollowers
	if flags&flagAccounts != 0 {
		for range 1 + s.n(14) {
			if a, ok := g.account(); ok {
				c.accounts = append(c.accounts, a)
			}
		}
	}
	size := 1 + s.n(24)
	if flags&flagBig != 0 {
		size = 100 + s.n(200)
	}
	c.sets = append(c.sets, g.followers(flags&flagUsernames != 0, size))
	if flags&flagTwoSets != 0 {
		c.sets = append(c.sets, g.followers(flags&flagSecondIDs == 0, 1+s.n(24)))
	}
	var ids []string // the ledger's person ids
	for n := range 1 + s.n(3) {
		ids = append(ids, fmt.Sprintf("pledger%06d", n+1))
	}
	ids = append(ids, "p00000000a1b2") // of the form of ids made (idNumber)
	if flags&flagTaken != 0 {
		// Ids the crowd's followers would get: those must take others.
		for _, a := range expand(c.sets) {
			if s.n(4) == 0 {
				ids = append(ids, personID(keyHash(&a)))
			}
		}
	}
	if flags&flagLedger != 0 {
		c.ledger = map[string]string{}
		for _, a := range c.accounts {
			if s.n(3) == 0 {
				c.ledger[a.Key()] = one(s, ids...)
			}
		}
		for _, a := range expand(c.sets) {
			if s.n(6) == 0 {
				c.ledger[a.Key()] = one(s, ids...)
			}
		}
		// Keys of no account of the exports, and a username in capitals
		// (the ledger's key, not the lower-case id: no match).
		c.ledger["twitter:999999"] = one(s, ids...)
		c.ledger["instagram:"+strings.ToUpper(one(s, fuzzUsernames...))] = one(s, ids...)
	}
	if flags&flagLastRun != 0 {
		c.last = []PastCells{}
		lastIDs := append(slices.Clone(ids), "plast00000001") // and one of no row
		past := func(a Account) {
			c.last = append(c.last, PastCells{AsOf: "2026-08-25", PersonID: one(s, lastIDs...),
				Network: a.Network, Relation: Following, ID: a.ID, Decision: one(s, DecisionKeep, DecisionUnfollow), Rule: "unknown"})
		}
		for _, a := range expand(c.sets) {
			if s.n(5) == 0 {
				past(a)
			}
		}
		for _, a := range c.accounts {
			if s.n(4) == 0 {
				past(a)
			}
		}
	}
	return c
}

// caseMaker draws accounts and followers of a case, keeping keys unique
// and each Instagram username once, in any case, as importers do.
type caseMaker struct {
	s        *byteSource
	usedKey  map[string]bool
	usedName map[string]bool // Instagram usernames, lower case
	fans     int             // usernames made once the pool is spent
}

// spell returns u in a case chosen by the source.
func (g *caseMaker) spell(u string) string {
	switch g.s.n(4) {
	case 1:
		return strings.ToUpper(u[:1]) + u[1:]
	case 2:
		return strings.ToUpper(u)
	}
	return u
}

// username returns a username not taken yet, in some case, and false
// where none is left.
func (g *caseMaker) username() (string, bool) {
	for range 8 {
		u := one(g.s, fuzzUsernames...)
		if g.s.n(3) == 0 {
			u += fmt.Sprint(g.s.n(4))
		}
		if !g.usedName[u] {
			g.usedName[u] = true
			return g.spell(u), true
		}
	}
	return "", false
}

// account returns an account of some network, and false where its key
// would be taken.
func (g *caseMaker) account() (Account, bool) {
	s := g.s
	a := Account{Name: one(s, fuzzNames...), Email: one(s, fuzzEmails...), Relation: Following}
	if s.n(4) == 0 {
		a.Relation, a.FollowsYou = Follower, Yes
	}
	switch a.Network = one(s, Twitter, Instagram, LinkedIn, Facebook, Mastodon, YouTube); a.Network {
	case Twitter:
		a.ID = fmt.Sprint(1 + s.n(60))
		if s.n(3) > 0 {
			a.Handle = g.spell(one(s, fuzzUsernames...))
			if s.n(3) == 0 {
				a.Handle = "@" + a.Handle
			}
		}
	case Instagram:
		u, ok := g.username()
		if !ok {
			return a, false
		}
		a.ID, a.Handle, a.Name = strings.ToLower(u), u, "" // Instagram exports give no names
	case Mastodon:
		// The id is the address in lower case (a bare user name where
		// the file names no server); the handle as written, with an "@"
		// or without.
		a.Handle = g.spell(one(s, fuzzUsernames...))
		if s.n(4) > 0 {
			a.Handle += "@" + one(s, fuzzHosts...)
		}
		a.ID = strings.ToLower(a.Handle)
		if s.n(3) > 0 {
			a.Handle = "@" + a.Handle
		}
	case LinkedIn:
		a.ID = fmt.Sprintf("ada-l-%d", s.n(8))
		if a.Relation == Following {
			a.Relation = Connection
		}
	case Facebook:
		a.ID = fmt.Sprintf("ada.%d", s.n(8))
		if a.Relation == Following {
			a.Relation = Friend
		}
	case YouTube:
		a.ID = fmt.Sprintf("UC%d", s.n(8))
		if a.Relation == Following {
			a.Relation = Subscription
		}
	}
	if g.usedKey[a.Key()] {
		return a, false
	}
	g.usedKey[a.Key()] = true
	return a, true
}

// followers returns a set of up to n followers, usernames or Twitter/X
// numbers (some of them small, as accounts' are), read from one file or
// two.
func (g *caseMaker) followers(usernames bool, n int) Followers {
	s := g.s
	var f Followers
	if usernames {
		f = Followers{Network: Instagram, Link: "https://www.instagram.com/", Tail: "/"}
	} else {
		f = Followers{Network: Twitter, Link: "https://twitter.com/intent/user?user_id="}
	}
	split := s.n(n + 1)
	for i := range n {
		src := "followers_1.json"
		if i >= split {
			src = "followers_2.json"
		}
		if usernames {
			u, ok := g.username()
			if !ok {
				// The pool is spent: names of no account, made unique.
				g.fans++
				u = g.spell(fmt.Sprintf("fan.%d_x", g.fans))
			}
			f.AddUsername(u, src)
			continue
		}
		id := uint64(1 + s.n(60))
		if s.n(2) == 0 {
			id = 1_000_000_000_000 + uint64(s.byte())<<8 | uint64(s.byte())
		}
		if k := fmt.Sprintf("%s:%d", Twitter, id); !g.usedKey[k] {
			g.usedKey[k] = true
			f.Add(id, src)
		}
	}
	return f
}

// TestFollowerSeedsCover checks that the seeds of
// FuzzMergeFollowersMatchesMerge make what it is about, since `go test`
// runs nothing else of it: followers joined with an account by their
// username (a Twitter/X handle, a Mastodon user), followers of the
// ledger's and the last run's, followers whose ids the ledger has taken,
// and cases where no follower is pinned.
func TestFollowerSeedsCover(t *testing.T) {
	var handleJoins, possible, ledger, lastRun, taken, unpinned, caseVariants int
	for _, seed := range followerSeeds {
		c := followerCase([]byte(seed))
		people, crowd := checkMergeFollowers(t, c)
		n := 0
		for _, f := range c.sets {
			n += f.Len()
		}
		if n == crowd.Len() {
			unpinned++
		}
		taken += len(crowd.ids)
		lastIDs := map[string]bool{}
		for _, p := range c.last {
			lastIDs[p.Network+":"+p.ID] = true
		}
		for _, a := range expand(c.sets) {
			_, inLedger := c.ledger[a.Key()]
			switch {
			case inLedger:
				ledger++
			case lastIDs[a.Key()]:
				lastRun++
			}
			if a.Handle != "" && a.Handle != a.ID {
				caseVariants++
			}
		}
		for _, p := range people {
			for _, a := range p.Accounts {
				if a.Relation != Follower || a.Network != Instagram || a.Source == "" {
					continue
				}
				if strings.Contains(p.Match(), "same handle @"+a.ID) {
					handleJoins++
				}
				if slices.ContainsFunc(p.Possible(), func(k string) bool { return strings.HasPrefix(k, Mastodon+":"+a.ID+"@") }) {
					possible++
				}
			}
		}
	}
	t.Logf("handle joins %d, Mastodon possible matches %d, ledger pins %d, last-run pins %d, ids taken %d, unpinned cases %d, usernames in capitals %d",
		handleJoins, possible, ledger, lastRun, taken, unpinned, caseVariants)
	for _, c := range []struct {
		what string
		n    int
	}{
		{"a follower joined by its username", handleJoins},
		{"a follower a possible match of a Mastodon user", possible},
		{"a follower the ledger knows", ledger},
		{"a follower only the last run knows", lastRun},
		{"a follower whose id the ledger has taken", taken},
		{"a case with no follower pinned", unpinned},
		{"a username in capitals", caseVariants},
	} {
		if c.n == 0 {
			t.Errorf("no seed makes %s", c.what)
		}
	}
}
