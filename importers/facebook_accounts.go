package importers

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// accounts matches the lists by name (see joinKeys) and builds the
// accounts: friends, then followed entries that are not a friend's, then
// followers that are nobody else's.
func (l *fbLists) accounts() []audit.Account {
	friendFold, followFold, followerFold := foldNames(l.friends), foldNames(l.followed), foldNames(l.followers)
	keys := joinKeys([3][]fbRecord{l.friends, l.followed, l.followers}, [3][]string{friendFold, followFold, followerFold})
	friendKey, followKey, followerKey := keys[0], keys[1], keys[2]
	friendAt, followAt := uniqueIndex(friendKey), uniqueIndex(followKey)

	// alsoFollowed[i] is the followed record merged into friend i, or -1.
	alsoFollowed := make([]int, len(l.friends))
	for i := range alsoFollowed {
		alsoFollowed[i] = -1
	}
	merged := make([]bool, len(l.followed))
	for j, key := range followKey {
		if key == "" || followAt[key] < 0 {
			continue
		}
		// "Thủy" and "Thúy" fold alike, but are two names.
		if i, ok := friendAt[key]; ok && i >= 0 && !audit.AccentsDiffer(l.friends[i].name, l.followed[j].name) {
			alsoFollowed[i], merged[j] = j, true
		}
	}

	accs := make([]audit.Account, 0, len(l.friends)+len(l.followed)+len(l.followers))
	accKey := make([]string, 0, cap(accs))
	ids := fbIDs{used: map[string]struct{}{}, slugs: map[string]int{}}
	// add appends r's account, its ID made from its folded name (as IDs
	// always were), its key for the followers from its join key.
	add := func(r fbRecord, fold, key, relation string) {
		accs = append(accs, audit.Account{
			Network:  audit.Facebook,
			Relation: relation,
			ID:       ids.next(r.name, fold, r.ts),
			Name:     r.name,
			Email:    r.email,
			Since:    sinceUnix(r.ts),
			Source:   r.src,
		})
		accKey = append(accKey, key)
	}
	for i, r := range l.friends {
		add(r, friendFold[i], friendKey[i], audit.Friend)
		if j := alsoFollowed[i]; j >= 0 {
			a := &accs[len(accs)-1]
			a.Source += " + " + l.followed[j].src
			// The follow's own ID, for a re-audit to split it off where
			// the last run knew a namesake (see audit.SplitFollows):
			// whose follow it is was a guess.
			if ts := l.followed[j].ts; ts != 0 {
				a.Extra = map[string]string{audit.ExtraFollow: audit.SlugOf(l.followed[j].name, followFold[j]) + "." + strconv.FormatInt(ts, 10)}
			}
		}
	}
	for j, r := range l.followed {
		if !merged[j] {
			add(r, followFold[j], followKey[j], audit.Following)
		}
	}

	if !l.followersRead {
		ids.byName(accs)
		return accs
	}
	accAt := uniqueIndex(accKey)
	followerAt := uniqueIndex(followerKey)
	followsYou := make([]bool, len(accs))
	for k, r := range l.followers {
		key := followerKey[k]
		if key != "" && followerAt[key] >= 0 {
			if i, ok := accAt[key]; ok && i >= 0 {
				followsYou[i] = true
				continue
			}
		}
		add(r, followerFold[k], key, audit.Follower)
		followsYou = append(followsYou, true)
	}
	for i := range accs {
		if followsYou[i] {
			accs[i].FollowsYou = audit.Yes
		} else {
			accs[i].FollowsYou = audit.No
		}
	}
	ids.byName(accs)
	return accs
}

// foldNames returns each record's folded name, from which its ID is made.
func foldNames(rs []fbRecord) []string {
	folds := make([]string, len(rs))
	for i, r := range rs {
		folds[i] = audit.FoldName(r.name)
	}
	return folds
}

// joinKeys returns, for the records of the lists, the keys under which
// they are joined: the folded name, except where records of different
// names fold alike. FoldName drops what follows a comma and trailing
// credentials, which is right between networks ("Priya Nayak, MSc" on
// LinkedIn is "Priya Nayak" elsewhere), but one export names an account
// the same way in every list: a followed Page "Jean Dupont, Avocat" is not
// the friend "Jean Dupont". For those records the key is the folded name
// and strictFold's, so that only names equal but for case, accents and
// spaces join. The folded names are left as they are, as IDs are made from
// them (and must not change); a name that folds alike only with itself,
// as nearly all do, keeps its folded name as its key, so strictFold runs
// only for the few others.
func joinKeys(lists [3][]fbRecord, folds [3][]string) [3][]string {
	n := 0
	for _, rs := range lists {
		n += len(rs)
	}
	first := make(map[string]string, n) // folded name → the first name folded so
	var mixed map[string]bool           // folded names of different names
	for k, rs := range lists {
		for i, r := range rs {
			fold := folds[k][i]
			if name, ok := first[fold]; !ok {
				first[fold] = r.name
			} else if name != r.name {
				if mixed == nil {
					mixed = map[string]bool{}
				}
				mixed[fold] = true
			}
		}
	}
	keys := folds
	for k, rs := range lists {
		copied := false
		for i, r := range rs {
			fold := folds[k][i]
			if fold == "" || !mixed[fold] {
				continue
			}
			if !copied {
				keys[k], copied = slices.Clone(folds[k]), true
			}
			keys[k][i] = fold + "\x00" + strictFold(r.name)
		}
	}
	return keys
}

// strictFold returns the key under which names of one export are equal:
// the words folded as JoinName folds them (case, accents; ø kept: the
// friend "Søren" is not "Soren" followed), any run of
// white space as one space, and everything else, which FoldName drops or
// cuts at (commas and what follows them, credentials, punctuation,
// emoji), kept as it is.
func strictFold(name string) string {
	var b strings.Builder
	for i := 0; i < len(name); {
		r, size := utf8.DecodeRuneInString(name[i:])
		j := i + size
		switch {
		case inWord(r):
			j = runEnd(name, j, inWord)
			b.WriteString(audit.JoinName(name[i:j]))
		case unicode.IsSpace(r):
			j = runEnd(name, j, unicode.IsSpace)
			b.WriteByte(' ')
		default:
			b.WriteString(name[i:j])
		}
		i = j
	}
	return b.String()
}

// FacebookNameKey returns the key under which two names of one person's
// Facebook exports name one friend, as the lists of an export are joined
// (see joinKeys): equal but for case, accents and spaces, not for what
// FoldName drops ("Jean Dupont, Avocat" is not "Jean Dupont"). Names of
// one key whose accents differ ("Thủy", "Thúy": audit.AccentsDiffer)
// are two all the same. For audit.MarkUnfriended, which finds a friend
// gone in removed_friends.json by name, the only thing both give.
func FacebookNameKey(name string) string {
	return audit.FoldName(name) + "\x00" + strictFold(name)
}

// inWord reports whether r is part of a word for strictFold: a letter, a
// digit or an accent that combines with one.
func inWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// runEnd returns the end of the run of runes of s from i on for which in
// holds.
func runEnd(s string, i int, in func(rune) bool) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !in(r) {
			break
		}
		i += size
	}
	return i
}

// uniqueIndex maps each non-empty key to its index in keys, or to -1 when
// several keys are the same.
func uniqueIndex(keys []string) map[string]int {
	at := make(map[string]int, len(keys))
	for i, k := range keys {
		if k == "" {
			continue
		}
		if _, dup := at[k]; dup {
			at[k] = -1
		} else {
			at[k] = i
		}
	}
	return at
}

// fbIDs hands out the account IDs described on [Facebook].
type fbIDs struct {
	used  map[string]struct{}
	slugs map[string]int // untimestamped entries per slug so far
	// clashed holds the IDs handed out more than once, "~2" then
	// added, whose holders byName orders; nil where none were (nearly
	// every export).
	clashed map[string]bool
}

// next returns the ID of the entry of name, whose folded name is fold.
func (g *fbIDs) next(name, fold string, ts int64) string {
	slug := audit.SlugOf(name, fold)
	var id string
	if ts != 0 {
		id = slug + "." + strconv.FormatInt(ts, 10)
	} else {
		id = nthID(g.slugs, slug)
		if len(id) != len(slug) { // "~2" added: a second lookup of a million followers' slugs spared
			g.clash(slug)
		}
	}
	if _, taken := g.used[id]; taken {
		g.clash(id)
		for n := 2; ; n++ {
			alt := id + "~" + strconv.Itoa(n)
			if _, taken := g.used[alt]; !taken {
				id = alt
				break
			}
		}
	}
	g.used[id] = struct{}{}
	return id
}

func (g *fbIDs) clash(id string) {
	if g.clashed == nil {
		g.clashed = map[string]bool{}
	}
	g.clashed[id] = true
}

// byName gives the IDs of each list's accounts that share an ID but for
// "~2", "~3"… (same slug and second, or same slug and no second) to them
// in the order of their names' bytes, the export's where the names are the
// same, rather than in the export's order: a later export that lists
// "Chloé Martin" and "Chloe Martin" otherwise gives each the ID it had.
// The lists keep their turns (friends, then follows, then followers): the
// IDs of each list's accounts of one base are those next() gave them, in
// another order, so no ID is taken twice. Slugs have no "~" or ".", so an
// ID's base is what precedes its "~".
func (g *fbIDs) byName(accs []audit.Account) {
	if len(g.clashed) == 0 {
		return
	}
	groups := map[string][]int{} // base → its accounts' indexes
	var bases []string
	for i := range accs {
		base, _, _ := strings.Cut(accs[i].ID, "~")
		if !g.clashed[base] {
			continue
		}
		if groups[base] == nil {
			bases = append(bases, base)
		}
		groups[base] = append(groups[base], i)
	}
	for _, base := range bases {
		at := groups[base]
		for len(at) > 0 {
			// The run of one list: accs holds each list's accounts
			// together.
			n := 1
			for n < len(at) && accs[at[n]].Relation == accs[at[0]].Relation {
				n++
			}
			run := at[:n]
			at = at[n:]
			ids := make([]string, len(run))
			for k, i := range run {
				ids[k] = accs[i].ID
			}
			slices.SortFunc(ids, compareNth)
			// run is in the export's order, which breaks ties.
			slices.SortStableFunc(run, func(i, j int) int { return strings.Compare(accs[i].Name, accs[j].Name) })
			for k, i := range run {
				accs[i].ID = ids[k]
			}
		}
	}
}

// compareNth orders a base ID before its "~2", "~2" before "~3", "~9"
// before "~10".
func compareNth(a, b string) int {
	nth := func(id string) int {
		_, n, ok := strings.Cut(id, "~")
		if !ok {
			return 1
		}
		v, _ := strconv.Atoi(n)
		return v
	}
	return nth(a) - nth(b)
}
