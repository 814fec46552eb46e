package audit

import (
	"slices"
	"strconv"
	"strings"
)

// Followers are one network's accounts that only follow the person and of
// which the export gives nothing but a numeric id: most of a big account's
// follower list (a Twitter/X follower.js of millions of entries, nearly all
// without a name). They need no decision, and no evidence (name, handle,
// e-mail) can merge them with anyone, so each is its own person. They are
// kept as numbers, 8 bytes each, instead of as Accounts of a few hundred
// bytes with their Person: memory then grows with the ids kept, not with
// the follower count times the size of the model. [Followers.Account]
// gives the Account each stands for; reports write exactly the rows those
// accounts would give.
type Followers struct {
	Network string
	// Link is the profile link of an id without its digits: the link is
	// Link + the id in decimal.
	Link string
	// IDs are the account ids, in file order, each once.
	IDs []uint64
	// Sources name the files the ids were read from: IDs[Ends[i-1]:Ends[i]]
	// come from Sources[i] (Ends[-1] being 0).
	Sources []string
	Ends    []int
}

// Len returns the number of followers.
func (f *Followers) Len() int { return len(f.IDs) }

// Add appends an id read from source, the file last added or a new one.
func (f *Followers) Add(id uint64, source string) {
	if n := len(f.Sources); n == 0 || f.Sources[n-1] != source {
		f.Sources = append(f.Sources, source)
		f.Ends = append(f.Ends, len(f.IDs))
	}
	f.IDs = append(f.IDs, id)
	f.Ends[len(f.Ends)-1] = len(f.IDs)
}

// source returns the file follower i was read from.
func (f *Followers) source(i int) string {
	s, _ := slices.BinarySearch(f.Ends, i+1)
	return f.Sources[min(s, len(f.Sources)-1)]
}

// Account returns the account follower i stands for.
func (f *Followers) Account(i int) Account {
	id := strconv.FormatUint(f.IDs[i], 10)
	return Account{Network: f.Network, Relation: Follower, ID: id, ProfileURL: f.Link + id,
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
// follower the ledger knows (whose key is in known) is merged as an
// account, as it may belong to a person with other accounts; the others
// become the crowd, one person each, with ids that clash with no one's.
// Like Merge, it takes accounts over.
func MergeFollowers(accounts []Account, followers []Followers, known *Known) ([]*Person, *Crowd) {
	c := &Crowd{}
	for _, f := range followers {
		pinned := knownFollowers(f, known)
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

// knownFollowers returns the indexes in f.IDs of the followers whose keys
// are in known, in order.
func knownFollowers(f Followers, known *Known) []int {
	prefix := f.Network + ":"
	ids := map[uint64]bool{}
	for _, k := range known.Keys() {
		if rest, ok := strings.CutPrefix(k, prefix); ok {
			if n, err := strconv.ParseUint(rest, 10, 64); err == nil && strconv.FormatUint(n, 10) == rest {
				ids[n] = true
			}
		}
	}
	if len(ids) == 0 {
		return nil
	}
	var pinned []int
	for i, id := range f.IDs {
		if ids[id] {
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
	c.rows = slices.Grow(c.rows, len(f.IDs)-len(skip))
	var buf [20]byte
	for i, id := range f.IDs {
		if len(skip) > 0 && skip[0] == i {
			skip = skip[1:]
			continue
		}
		h := keyHashOf(f.Network, strconv.AppendUint(buf[:0], id, 10))
		c.rows = append(c.rows, crowdRow{idNum: h>>16 + 1, i: int32(i), set: set})
	}
}
