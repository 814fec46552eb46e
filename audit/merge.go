package audit

import (
	"bytes"
	"maps"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unfollow-audit/unfollow-audit/internal/arena"
)

// Merge groups accounts into people.
//
// known gives account keys ("network:id") the person ids chosen earlier (the
// ledger's grouping); accounts sharing a known person id are one person
// whatever their names, and two known people are never merged with each
// other, so a person's own split or join wins over automatic matching.
// known may be nil.
//
// Other accounts are merged only on strong evidence, each merge recorded in
// Person.Match:
//   - the same e-mail address (any case; Gmail's without dots or a +tag:
//     see emailKey);
//   - the same full name (two words or more after [FoldName], not initials
//     nor a first name with a title, credential or pronouns: see fullName;
//     not a YouTube channel's title nor a LinkedIn company's name: see
//     joinsByName) when that name belongs to exactly one account on each
//     of the networks merged (a network where several accounts have it
//     stays out of the merge), no two of them write it with
//     different accents (see accentsDiffer); where the name is on two
//     ledger rows, no account new joins either (see pinnedApart);
//   - the same handle (five characters or more, any case) on Twitter and
//     Instagram, held by exactly one account on each.
//
// A Mastodon address whose user part is such a handle is only a possible
// match: the same user name on another server is often someone else.
//
// Two accounts of the same network are never merged by evidence. A name
// shared by several accounts of a network is not merged at all; every
// account with it lists the others in Person.Possible instead. Nor is a
// company followed on LinkedIn merged by its name (see organisation), nor
// a YouTube channel, whose title is most often a creator's or a brand's
// (see joinsByName): the accounts of its name elsewhere are listed as
// possible matches. YouTube gives no e-mail nor handle, so a channel is
// only ever joined to another account by the ledger (known).
//
// The cost is linear in the number of accounts: evidence is looked up in
// maps keyed by e-mail and folded name, never by comparing pairs.
//
// Merge takes accounts over: the people point into it, and where no two
// accounts are one person (an export of one network, most often) it
// reorders them there, into report order, rather than copy a million of
// them. A caller that needs the slice afterwards passes a copy.
func Merge(accounts []Account, known *Known) []*Person {
	return merge(accounts, known, slowPaths{})
}

// slowPaths makes merge take the general way where Merge has a shortcut,
// for tests to compare the two; the zero value is Merge's own way.
type slowPaths struct {
	everyKey bool // index the keys of every network (see inOtherNetworks)
	groups   bool // group as if some accounts were joined (see groups)
}

// merge is Merge, with the shortcuts slow turns off.
func merge(accounts []Account, known *Known, slow slowPaths) []*Person {
	m := newMerger(accounts)
	m.everyKey = slow.everyKey
	m.pinKnown(known)
	m.byEmail()
	names := m.byName()
	names = append(names, m.byHandle()...)
	m.joined = m.joined || slow.groups
	return m.people(known, names, nil)
}

type merger struct {
	acc   []Account
	folds []string // FoldName of each account's name, computed once
	// The union-find of groups, made by grouping on the first join or pin
	// (nil until then: every account is a root of its own, and for one
	// network with no ledger that stays so: 13 bytes an account not made,
	// though the merge's peak fell by only 4 MB at a million, as these
	// arrays mostly filled pages the import's collection had freed).
	parent []int32
	nets   []uint64 // per root: bit set of networks in the group
	pinned []bool   // per root: grouping fixed by the ledger
	netOf  []uint8  // per account: its network, as the bit number of netBit
	// everyKey has the e-mail and name indexes hold every account's key,
	// not only those of accounts outside the biggest network.
	everyKey bool
	known    *Known  // the ledger's grouping, or nil
	owner    []int32 // per account: its person in known, or -1; nil for no ledger
	renamed  []int32 // accounts owner gives a person by Known.pinRenamed or pinRelinked: not keys of its row
	match    map[int32][]string
	ptrs     []*Account // groups' account pointers, where nothing was joined
	netBits  map[string]uint64
	joined   bool // some accounts were grouped: not every account is a root
}

func newMerger(acc []Account) *merger {
	m := &merger{
		acc:     acc,
		netOf:   make([]uint8, len(acc)),
		match:   map[int32][]string{},
		netBits: map[string]uint64{},
	}
	for i := range acc {
		m.netOf[i] = uint8(bits.TrailingZeros64(m.netBit(acc[i].Network)))
	}
	return m
}

// grouping makes the union-find of groups, every account a group of its
// own, if it is not made yet.
func (m *merger) grouping() {
	if m.parent != nil {
		return
	}
	m.parent = make([]int32, len(m.acc))
	m.nets = make([]uint64, len(m.acc))
	m.pinned = make([]bool, len(m.acc))
	for i := range m.acc {
		m.parent[i] = int32(i)
		m.nets[i] = 1 << m.netOf[i]
	}
}

// isPinned reports whether root r's grouping is fixed by the ledger.
func (m *merger) isPinned(r int32) bool { return m.pinned != nil && m.pinned[r] }

// inOtherNetworks returns the keys (e-mails, names) that accounts of any
// network but the one with the most accounts hold; key gives "" for
// none. Evidence only joins accounts of different networks, so a key that
// only accounts of one network hold can join nothing, and a name shared by
// them alone is no possible match either: the indexes need only these
// keys. An export of one network (a million LinkedIn connections) then
// needs no index at all, and the biggest list of several is only looked
// up in the index of the others.
func (m *merger) inOtherNetworks(key func(i int) string) map[string]bool {
	var count [64]int
	for _, n := range m.netOf {
		count[n]++
	}
	big := uint8(0)
	for n, c := range count {
		if c > count[big] {
			big = uint8(n)
		}
	}
	if m.everyKey {
		big = 64 // no network
	}
	keys := map[string]bool{}
	for i, n := range m.netOf {
		if n != big {
			if k := key(i); k != "" {
				keys[k] = true
			}
		}
	}
	return keys
}

func (m *merger) netBit(n string) uint64 {
	b, ok := m.netBits[n]
	if !ok {
		b = 1 << (len(m.netBits) % 64)
		m.netBits[n] = b
	}
	return b
}

func (m *merger) find(i int32) int32 {
	if m.parent == nil {
		return i
	}
	for m.parent[i] != i {
		m.parent[i] = m.parent[m.parent[i]]
		i = m.parent[i]
	}
	return i
}

// union joins the groups of a and b when evidence may: never two groups
// with an account on the same network, never two pinned groups. It reports
// whether a and b are now one group.
func (m *merger) union(a, b int32, evidence string) bool {
	m.grouping()
	ra, rb := m.find(a), m.find(b)
	if ra == rb {
		return true
	}
	if m.nets[ra]&m.nets[rb] != 0 || (m.pinned[ra] && m.pinned[rb]) {
		return false
	}
	m.join(ra, rb)
	r := m.find(ra)
	if ev := m.match[r]; !slices.Contains(ev, evidence) {
		m.match[r] = append(ev, evidence)
	}
	return true
}

// join makes one group of roots ra and rb unconditionally.
func (m *merger) join(ra, rb int32) {
	m.grouping()
	if ra > rb {
		ra, rb = rb, ra
	}
	m.parent[rb] = ra
	m.joined = true
	m.nets[ra] |= m.nets[rb]
	m.pinned[ra] = m.pinned[ra] || m.pinned[rb]
	for _, e := range m.match[rb] {
		if !slices.Contains(m.match[ra], e) {
			m.match[ra] = append(m.match[ra], e)
		}
	}
	delete(m.match, rb)
}

func (m *merger) pinKnown(known *Known) {
	if known.Len() == 0 {
		return
	}
	m.known = known
	m.owner = known.match(m.acc)
	m.renamed = known.pinLastRun(m.acc, m.owner)
	// The new ids of accounts gone since the last run (renamed, relinked):
	// pinSameName gives those people no second one.
	moved := known.pinRenamed(m.acc, m.owner)
	moved = append(moved, known.pinRelinked(m.acc, m.owner)...)
	m.renamed = append(m.renamed, moved...)
	m.renamed = append(m.renamed, known.pinSameName(m.acc, m.owner, moved)...)
	m.renamed = append(m.renamed, known.pinFollowOfFriend(m.acc, m.owner)...)
	m.renamed = append(m.renamed, known.pinRefollowed(m.acc, m.owner)...)
	m.grouping()
	first := make([]int32, len(known.rows)) // per known person: its first account + 1
	for i, o := range m.owner {
		if o < 0 {
			continue
		}
		m.pinned[i] = true
		if j := first[o] - 1; j >= 0 {
			ra, rb := m.find(j), m.find(int32(i))
			if ra != rb {
				m.join(ra, rb)
			}
		} else {
			first[o] = int32(i) + 1
		}
	}
}

func (m *merger) byEmail() {
	email := func(i int) string { return emailKey(m.acc[i].Email) }
	wanted := m.inOtherNetworks(email)
	if len(wanted) == 0 {
		return
	}
	byEmail := make(map[string][]int32, len(wanted))
	var order []string // the addresses in the order of their first account
	for i := range m.acc {
		if e := email(i); wanted[e] {
			if byEmail[e] == nil {
				order = append(order, e)
			}
			byEmail[e] = append(byEmail[e], int32(i))
		}
	}
	// An address two accounts of one network share (a family's, an
	// office's) says nothing of which of them an account elsewhere is:
	// as with names shared, no merge by it at all, rather than with
	// whichever came first.
	for _, e := range order {
		acc := byEmail[e]
		// Accounts of one group already (a ledger row's) count once.
		m.grouping()
		var nets uint64
		shared := false
		for k, i := range acc {
			if slices.ContainsFunc(acc[:k], func(j int32) bool { return m.find(j) == m.find(i) }) {
				continue
			}
			bit := uint64(1) << m.netOf[i]
			shared = shared || nets&bit != 0
			nets |= bit
		}
		if shared {
			continue
		}
		for _, i := range acc[1:] {
			m.union(acc[0], i, "email "+e)
		}
	}
}

// emailKey returns the address by which byEmail compares e: trimmed and
// lower-cased, and for Gmail the mailbox Gmail delivers to, without the
// dots of its user name or what follows a + ("Ann.Lee+fb@googlemail.com"
// is annlee@gmail.com: Gmail gives one person all of those). Other
// domains keep theirs: a dot or a + may be part of another person's
// address there. "" where e is no address.
func emailKey(e string) string {
	e = strings.ToLower(strings.TrimSpace(e))
	user, domain, ok := strings.Cut(e, "@")
	if !ok || user == "" || domain == "" {
		return "" // "@example.org", "ann@": no one's
	}
	if domain != "gmail.com" && domain != "googlemail.com" {
		return e
	}
	user, _, _ = strings.Cut(user, "+")
	user = strings.ReplaceAll(user, ".", "")
	if user == "" {
		return ""
	}
	if len(user)+len("@gmail.com") == len(e) && domain == "gmail.com" {
		return e // as it was: no copy
	}
	return user + "@gmail.com"
}

// nameGroup is the accounts sharing one folded full name.
type nameGroup struct {
	key string
	acc []int32
}

// byName merges accounts by unique full names and returns the names that
// several accounts share, for possible-match reporting.
func (m *merger) byName() []nameGroup {
	m.folds = make([]string, len(m.acc))
	inHalves(len(m.acc), func(from, to int) {
		// Folded into one buffer and kept in an arena: a million names
		// cost no allocation each.
		var buf []byte
		var folds arena.Strings
		var f folder
		for i := from; i < to; i++ {
			buf = f.appendFold(buf[:0], m.acc[i].Name)
			m.folds[i] = folds.Copy(buf)
		}
	})
	wanted := m.inOtherNetworks(func(i int) string {
		if k := m.folds[i]; strings.Contains(k, " ") && fullName(m.acc[i].Name) {
			return k
		}
		return ""
	})
	if len(wanted) == 0 {
		return nil
	}
	// Most names are unique: keep the first holder in a map of int32 and
	// only build lists for names seen twice.
	first := make(map[string]int32, len(wanted))
	shared := map[string][]int32{}
	for i := range m.acc {
		// Every account of the name counts, full name or not: "Jean-Luc"
		// is a namesake of "Jean Luc", as the fold compares names, and
		// keeps its network out of the merge below.
		k := m.folds[i]
		if !wanted[k] {
			continue
		}
		if j, ok := first[k]; ok {
			if shared[k] == nil {
				shared[k] = []int32{j}
			}
			shared[k] = append(shared[k], int32(i))
		} else {
			first[k] = int32(i)
		}
	}
	groups := make([]nameGroup, 0, len(shared))
	for k, idx := range shared {
		groups = append(groups, nameGroup{k, idx})
	}
	slices.SortFunc(groups, func(a, b nameGroup) int { return strings.Compare(a.key, b.key) })
	var possible []nameGroup
	var ad accentsDiffer
	for _, g := range groups {
		count := map[string]int{}
		for _, i := range g.acc {
			count[m.acc[i].Network]++
		}
		var unique []int32
		full := 0
		for _, i := range g.acc {
			if !fullName(m.acc[i].Name) {
				continue // a namesake, not evidence
			}
			full++
			if count[m.acc[i].Network] == 1 && joinsByName(&m.acc[i]) {
				unique = append(unique, i)
			}
		}
		if full < 2 {
			continue // a full name and one-name namesakes: no match to tell of
		}
		// The name is unique on each network merged; a network where it is
		// shared stays out, its accounts listed as possible matches, and
		// so do an organisation and a YouTube channel (see joinsByName).
		// Names that differ in their accents are other names: none of
		// them is merged.
		if len(unique) > 1 && ad.differ(m, unique) {
			unique = nil
		}
		if len(unique) > 1 && m.pinnedApart(g.acc, &ad) {
			unique = slices.DeleteFunc(unique, func(i int32) bool { return m.isPinned(m.find(i)) })
		}
		for i := 1; i < len(unique); i++ {
			m.union(unique[0], unique[i], "same name "+g.key)
		}
		possible = append(possible, g)
	}
	return possible
}

// pinnedApart reports whether the accounts of one name that are evidence
// (full names, not a channel's nor a company's: see joinsByName) are on
// two ledger rows or more: two people the last run kept apart (two
// Facebook friends of the name), or the person split. The name is then
// known to be two people's, "unique on each network" though it may be
// elsewhere, and an account of it new there may be either's. Merged into
// the first row found it took that row's notes (toxic, or met last
// month), which may be the other person's; byName joins it to no row
// then, the rows' accounts its possible matches, for the person to move
// its key. New accounts of the name still join each other: no row's
// notes decide for them. An account that writes the name with other
// accents than the ones merged (ad, which found them alike) is of
// another name, as accentsDiffer tells, and its row no second one of
// theirs: the Facebook friend Nguyễn Thị Thúy keeps no new account of
// Nguyễn Thị Thủy from Thủy's row.
func (m *merger) pinnedApart(acc []int32, ad *accentsDiffer) bool {
	first := int32(-1)
	for _, i := range acc {
		if !fullName(m.acc[i].Name) || !joinsByName(&m.acc[i]) || ad.other(m, i) {
			continue
		}
		r := m.find(i)
		if !m.isPinned(r) {
			continue
		}
		if first < 0 {
			first = r
		} else if r != first {
			return true
		}
	}
	return false
}

// accentsDiffer tells whether accounts of one folded name write it with
// different accents: "Nguyễn Thị Thủy" and "Nguyễn Thị Thúy" are two
// names (Vietnamese tones, which FoldName drops, tell them apart) and most
// likely two people. A name written without any ("Nguyen Thi Thuy") may
// be either, and joins one written with them: the same person types
// them on one network and not on another. The names of one group are
// folded again with their accents into buffers kept for the next group:
// no allocation, and only for names outside ASCII in groups of a name
// shared.
type accentsDiffer struct {
	f           folder
	first, next []byte
	have        bool // first holds the accents of the last accounts differ found alike
}

func (d *accentsDiffer) differ(m *merger, acc []int32) bool {
	d.f.accents = true
	d.have = false
	for _, i := range acc {
		name := m.acc[i].Name
		if isASCII(name) {
			continue
		}
		d.next = d.f.appendFold(d.next[:0], name)
		switch {
		case string(d.next) == m.folds[i]: // no accents
		case !d.have:
			d.first, d.next, d.have = d.next, d.first, true
		case !bytes.Equal(d.first, d.next):
			return true
		}
	}
	return false
}

// other reports whether account i writes its name with accents other
// than those of the accounts differ last found alike: a name of its own.
// A name without accents ("Nguyen Thi Thuy") is any of them.
func (d *accentsDiffer) other(m *merger, i int32) bool {
	name := m.acc[i].Name
	if !d.have || isASCII(name) {
		return false
	}
	d.next = d.f.appendFold(d.next[:0], name)
	return string(d.next) != m.folds[i] && !bytes.Equal(d.first, d.next)
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// joinsByName reports whether a's name is evidence enough to join it to
// the one account of that name on another network. Not where a is an
// organisation (see organisation), nor a YouTube channel: channel titles
// are mostly creators' and brands', people the person watches rather than
// knows, and the channel "Sam Lee" joined to the connection Sam Lee would
// take the connection's notes (met last month: keep) and give its own.
// Both are listed as possible matches instead, for the person to join on
// one ledger row where they are one. The test is of the network and an
// id's prefix: no allocation, however many accounts share names.
func joinsByName(a *Account) bool {
	return a.Network != YouTube && !organisation(a)
}

// organisation reports whether a is an organisation, not a person: a
// company followed on LinkedIn. Its name is no evidence of a person's
// account elsewhere ("Morgan Stanley" the bank, and a friend of that
// name), and an organisation's account on another network, of the same
// name, is only a possible match: it cannot be told from a person's.
func organisation(a *Account) bool {
	return a.Network == LinkedIn && strings.HasPrefix(a.ID, "company.")
}

// fullName reports whether a display name is a full name, evidence
// enough to join accounts of two networks when it is unique on each: two
// words or more, between spaces, that name the person. Its fold has two
// words too, but so has that of "Jean-Luc" or "J.R." (the hyphen and the
// dots become spaces), which are one name, as common as "Ann", and "J.
// Smith" is one name and an initial. Nor is a word what only decorates a
// first name: "Dr. Ann", "Ann PhD", "Ann Jr.", "Ana (she/her)", "Ann 42"
// and "Ann | Designer" are one name each, as common as "Ann". (FoldName
// drops a title before two words: "Dr. Ann Lee" joins "Ann Lee".)
//
// A word has two letters or more in a row: an initial, letters of a script
// with case between punctuation ("J.", "J.R."), is no word, and neither
// is a letter of an alphabet without case alone ("י. כהן", an initial
// too), nor a Japanese kana alone (a syllable); a single Chinese or
// Japanese character (kanji) or Hangul syllable ("王 伟", "김 민") is a
// word. Digits are no letters. Not words either: a title or suffix ("Dr",
// "Mrs", "Prof", "Jr", "III"), a credential (as FoldName drops them,
// anywhere), a word with a slash ("she/her"), anything in brackets, and
// all after a bar ("|", "•", which FoldName cuts at) or a dash standing
// alone ("Ann Lee - Designer"). FoldName also cuts at a comma, so there
// only credentials may follow ("Ann Lee, MD, PMP", "Ann Lee, Jr.", "Ann
// Lee, she/her", an acronym of up to six capitals after a name in lower
// case too: "Ann Lee, CISSP"): "García López, María" and "García López,
// José" fold alike, to their surnames, and any other word there ("Ann
// Lee, Designer", "VAN DER BERG, ANNA") makes the name no full name.
// Combining marks (accents, the vowel signs of Indic scripts) do not
// split a word.
func fullName(name string) bool {
	words := 0
	var low [6]byte // the word's ASCII letters, lower-cased, while it has no others
	n, run, word, other, lower, slash, dash := 0, 0, false, false, false, false, false
	depth := 0     // brackets open
	tail := false  // after a comma: credentials only, or this is no full name
	bad := false   // a word after the comma that is no credential
	seen := false  // a letter or digit: a bar after one ends the name (see nameOnly)
	cased := false // a lower-case letter before the comma: an upper-case word after it is an acronym
	end := func() bool {
		known := !other && n <= len(low) && notName[string(low[:n])]
		switch {
		case tail:
			// "Lee, Ann" and "Van der Berg, Anna" fold to their surnames.
			acronym := cased && word && !lower && !other && n <= len(low)
			bad = bad || (n > 0 || other) && !slash && !known && !acronym && (other || n > len(low) || !degreeInitials[string(low[:n])])
		case word && !slash && !known:
			words++
		}
		stop := dash && !word && n == 0 && !other && seen
		cased = cased || lower && !tail
		n, run, word, other, lower, slash, dash = 0, 0, false, false, false, false, false
		return stop
	}
	for _, r := range name {
		if depth > 0 {
			switch r {
			case '(', '[', '{', '（', '［', '【':
				depth++
			case ')', ']', '}', '）', '］', '】':
				depth--
			}
			continue
		}
		switch {
		case r < utf8.RuneSelf && (r == ' ' || r == '\t') || r >= utf8.RuneSelf && unicode.IsSpace(r):
			if end() {
				return words >= 2 && !bad
			}
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'):
			seen = true
			run++
			word = word || run >= 2
			lower = lower || r >= 'a'
			if n < len(low) {
				low[n] = byte(r) | 0x20
			}
			n++
		case r == '(' || r == '[' || r == '{' || r == '（' || r == '［' || r == '【':
			end()
			depth++
		case r == ',' || r == '，':
			end()
			tail = true
		case isBar(r):
			end()
			if seen {
				return words >= 2 && !bad
			}
		case r == '/':
			slash, run = true, 0
		case r >= utf8.RuneSelf && unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me):
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
			seen = true
			run++
			other = true
			lower = lower || unicode.IsLower(r)
			word = word || run >= 2 || unicode.In(r, unicode.Han, unicode.Hangul)
		case r == '-' || r == '·' || r == '~' || r >= utf8.RuneSelf && unicode.Is(unicode.Pd, r):
			dash, run = true, 0
		default:
			seen = seen || '0' <= r && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r)
			run = 0
		}
	}
	end()
	return words >= 2 && !bad
}

// degreeInitials are credentials of two letters, mostly written as
// initials ("M.D."), that may follow a name's comma: too short to be
// dropped by FoldName ("Ma" ends names), but after a comma no name.
var degreeInitials = map[string]bool{"md": true, "rn": true, "ba": true, "bs": true, "ma": true, "jd": true, "do": true}

// notName holds the words of a name, lower-cased, that say what a person
// is or holds rather than who: titles, suffixes and credentials.
var notName = func() map[string]bool {
	m := map[string]bool{
		"dr": true, "dra": true, "mr": true, "mrs": true, "ms": true, "mx": true,
		"prof": true, "sra": true, "jr": true, "sr": true, "ii": true, "iii": true, "iv": true,
	}
	for c := range credentials {
		m[c] = true
	}
	return m
}()

// maxPossible caps how many possible matches a person lists, so that a
// very common name cannot make the report quadratic; MorePossible counts
// the rest.
const maxPossible = 5

// handleNetworks are the networks whose handles name a person across
// networks, and minHandle the length below which a handle is too common to
// be evidence.
var handleNetworks = []string{Twitter, Instagram}

const minHandle = 5

// handleKey returns the handle by which byHandle groups a with accounts
// of other networks, and false where it does not.
func handleKey(a *Account) (string, bool) {
	h := strings.ToLower(strings.TrimPrefix(a.Handle, "@"))
	switch {
	case slices.Contains(handleNetworks, a.Network):
	case a.Network == Mastodon:
		h, _, _ = strings.Cut(h, "@")
	default:
		return "", false
	}
	return h, len(h) >= minHandle
}

// byHandle merges accounts by a handle unique on each network that has it
// and returns the groups of accounts sharing a handle, for possible-match
// reporting (Mastodon user parts included there).
func (m *merger) byHandle() []nameGroup {
	groups := map[string][]int32{}
	for i := range m.acc {
		if h, ok := handleKey(&m.acc[i]); ok {
			groups[h] = append(groups[h], int32(i))
		}
	}
	var out []nameGroup
	keys := slices.Sorted(maps.Keys(groups))
	for _, k := range keys {
		g := groups[k]
		if len(g) < 2 {
			continue
		}
		count := map[string]int{}
		for _, i := range g {
			count[m.acc[i].Network]++
		}
		if len(count) < 2 {
			continue // namesakes on one network
		}
		var strong []int32
		for _, i := range g {
			if count[m.acc[i].Network] == 1 && m.acc[i].Network != Mastodon {
				strong = append(strong, i)
			}
		}
		for i := 1; i < len(strong); i++ {
			m.union(strong[0], strong[i], "same handle @"+k)
		}
		out = append(out, nameGroup{k, g})
	}
	return out
}
