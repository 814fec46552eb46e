package audit

import (
	"slices"
	"strconv"
	"strings"
)

// Followers are one network's accounts that only follow the person and of
// which the export gives nothing but an id: most of a big account's
// follower list (a Twitter/X follower.js of millions of entries, nearly all
// without a name; an Instagram followers_1.json, which names each by its
// username alone). They need no decision, and unless their key is in the
// ledger or the last run's history, or (a username) it is the handle of an
// account of the exports, no evidence can merge them with anyone, so each
// is its own person ([MergeFollowers] merges the others as accounts). They
// are kept as numbers, 8 bytes each, or as usernames in one slab, instead
// of as Accounts of a few hundred bytes with their Person: memory then
// grows with the ids kept, not with the follower count times the size of
// the model. [Followers.Account] gives the Account each stands for;
// reports write exactly the rows those accounts would give.
//
// A set holds numeric ids (Add) or usernames (AddUsername), not both.
type Followers struct {
	Network string
	// Link is the profile link of an id without it: the link is Link, the
	// id (a number in decimal, or the username as written), then Tail.
	Link, Tail string
	// IDs are the numeric ids, in file order, each once.
	IDs []uint64
	// names holds the usernames, in file order, each once: username i
	// ends at nameEnds[i], and starts where username i-1 ends.
	names    []byte
	nameEnds []uint32
	// Sources name the files the followers were read from: followers
	// Ends[i-1] to Ends[i] come from Sources[i] (Ends[-1] being 0).
	Sources []string
	Ends    []int
}

// Len returns the number of followers.
func (f *Followers) Len() int { return len(f.IDs) + len(f.nameEnds) }

// Add appends a numeric id read from source, the file last added or a
// new one.
func (f *Followers) Add(id uint64, source string) {
	f.from(source)
	f.IDs = append(f.IDs, id)
	f.Ends[len(f.Ends)-1] = f.Len()
}

// AddUsername appends a username read from source, the file last added
// or a new one. Usernames are case-insensitive, the account's id being
// the username in lower case (ASCII, as Instagram's are); the spelling
// given is kept as the handle.
func (f *Followers) AddUsername(name, source string) {
	f.from(source)
	f.names = append(f.names, name...)
	f.nameEnds = append(f.nameEnds, uint32(len(f.names)))
	f.Ends[len(f.Ends)-1] = f.Len()
}

// GrowUsernames makes room for n more usernames of size bytes in all: a
// list of millions then takes one allocation, where appending grows it by
// a quarter at a time, five times its size allocated in all.
func (f *Followers) GrowUsernames(n, size int) {
	f.names = slices.Grow(f.names, size)
	f.nameEnds = slices.Grow(f.nameEnds, n)
}

// from starts a new source where source is not the last one added.
func (f *Followers) from(source string) {
	if n := len(f.Sources); n == 0 || f.Sources[n-1] != source {
		f.Sources = append(f.Sources, source)
		f.Ends = append(f.Ends, f.Len())
	}
}

// username returns the bytes of username i.
func (f *Followers) username(i int) []byte {
	start := uint32(0)
	if i > 0 {
		start = f.nameEnds[i-1]
	}
	return f.names[start:f.nameEnds[i]]
}

// appendID appends the account id of follower i to b.
func (f *Followers) appendID(b []byte, i int) []byte {
	if f.nameEnds == nil {
		return strconv.AppendUint(b, f.IDs[i], 10)
	}
	for _, c := range f.username(i) {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// source returns the file follower i was read from.
func (f *Followers) source(i int) string {
	s, _ := slices.BinarySearch(f.Ends, i+1)
	return f.Sources[min(s, len(f.Sources)-1)]
}

// Account returns the account follower i stands for.
func (f *Followers) Account(i int) Account {
	if f.nameEnds != nil {
		name := string(f.username(i))
		return Account{Network: f.Network, Relation: Follower, ID: strings.ToLower(name), Handle: name,
			ProfileURL: f.Link + name + f.Tail, FollowsYou: Yes, Source: f.source(i)}
	}
	id := strconv.FormatUint(f.IDs[i], 10)
	return Account{Network: f.Network, Relation: Follower, ID: id, ProfileURL: f.Link + id + f.Tail,
		FollowsYou: Yes, Source: f.source(i)}
}

// Crowd is the followers of [MergeFollowers], each one person, in the
// order of their person ids (that of people without a name, see
// [Merge]).
type Crowd struct {
	sets []Followers
	rows []crowdRow
	// ids holds the person ids of the rare followers whose key hash
	// clashed with another person's, by crowdRow.key; the others are
	// idNum.
	ids map[int64]string
}

// crowdRow is one follower: the person id as a number (see assignIDs)
// and where the follower is in its set.
type crowdRow struct {
	idNum uint64
	i     int32
	set   int32
}

// Len returns the number of followers in the crowd.
func (c *Crowd) Len() int {
	if c == nil {
		return 0
	}
	return len(c.rows)
}

// Counts calls fn with each network's number of followers in the crowd.
func (c *Crowd) Counts(fn func(network string, n int)) {
	if c == nil {
		return
	}
	n := map[string]int{}
	var nets []string
	for _, r := range c.rows {
		net := c.sets[r.set].Network
		if n[net] == 0 {
			nets = append(nets, net)
		}
		n[net]++
	}
	for _, net := range nets {
		fn(net, n[net])
	}
}

// key identifies a row's follower whatever the order of the rows.
func (r crowdRow) key() int64 { return int64(r.set)<<32 | int64(r.i) }

// rowID returns the person id of row r.
func (c *Crowd) rowID(r crowdRow) string {
	if id, ok := c.ids[r.key()]; ok {
		return id
	}
	return string(appendPersonID(nil, r.idNum-1))
}

// setID gives row k the person id id, for a follower whose hash clashed.
func (c *Crowd) setID(k int, id string) {
	if c.ids == nil {
		c.ids = map[int64]string{}
	}
	c.ids[c.rows[k].key()] = id
	c.rows[k].idNum = idNumber(id)
}

// account returns the account of row k.
func (c *Crowd) account(k int) Account {
	r := c.rows[k]
	return c.sets[r.set].Account(int(r.i))
}

// MergeFollowers is [Merge] for accounts and bare followers together. A
// follower that may belong to a person with other accounts is merged as
// an account: one whose key is in known (the ledger's, or the last run's
// history), or whose username is the handle of an account of accounts
// (see merger.byHandle). The others become the crowd, one person each,
// with ids that clash with no one's. Like Merge, it takes accounts over.
func MergeFollowers(accounts []Account, followers []Followers, known *Known) ([]*Person, *Crowd) {
	c := &Crowd{}
	var handles map[string]bool
	for _, f := range followers {
		var byHandle map[string]bool // usernames only: an id is no handle
		if f.nameEnds != nil {
			if handles == nil {
				handles = handlesOf(accounts)
			}
			byHandle = handles
		}
		pinned := knownFollowers(f, known, byHandle)
		for _, i := range pinned {
			accounts = append(accounts, f.Account(i))
		}
		c.add(f, pinned)
	}
	m := newMerger(accounts)
	m.pinKnown(known)
	m.byEmail()
	names := m.byName()
	names = append(names, m.byHandle()...)
	return m.people(known, names, c), c
}

// handlesOf returns the handles by which merger.byHandle may group
// accounts with others.
func handlesOf(accounts []Account) map[string]bool {
	out := map[string]bool{}
	for i := range accounts {
		if h, ok := handleKey(&accounts[i]); ok {
			out[h] = true
		}
	}
	return out
}

// knownFollowers returns the indexes of the followers of f whose keys
// are in known (its ledger keys, or its last run's), or, for usernames,
// in handles (see handlesOf), in order.
func knownFollowers(f Followers, known *Known, handles map[string]bool) []int {
	prefix := f.Network + ":"
	ids := map[string]bool{}
	for k := range known.Keys() {
		if rest, ok := strings.CutPrefix(k, prefix); ok {
			ids[rest] = true
		}
	}
	for _, p := range known.lastRun() {
		if p.Network() == f.Network {
			ids[p.ID()] = true
		}
	}
	if len(ids) == 0 && len(handles) == 0 {
		return nil
	}
	var pinned []int
	var b []byte
	for i := range f.Len() {
		b = f.appendID(b[:0], i)
		if ids[string(b)] || handles[string(b)] && len(b) >= minHandle {
			pinned = append(pinned, i)
		}
	}
	return pinned
}

// add puts the followers of f into the crowd, except those at the indexes
// of skip (in order).
func (c *Crowd) add(f Followers, skip []int) {
	set := int32(len(c.sets))
	c.sets = append(c.sets, f)
	c.rows = slices.Grow(c.rows, f.Len()-len(skip))
	var buf []byte
	for i := range f.Len() {
		if len(skip) > 0 && skip[0] == i {
			skip = skip[1:]
			continue
		}
		buf = f.appendID(buf[:0], i)
		h := keyHashOf(f.Network, buf)
		c.rows = append(c.rows, crowdRow{idNum: h>>16 + 1, i: int32(i), set: set})
	}
}
