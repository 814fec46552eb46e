package audit

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
)

// A Removal is a friend the person removed, as the export lists them
// (Facebook's removed_friends.json): the name, and the Unix second of
// the removal. The export gives nothing else: no id, and not the
// friendship's second that a Facebook friend's id is made of.
type Removal struct {
	Name string
	Unix int64
}

// Day returns the day of the removal, as the friends' days are told
// (UTC).
func (r Removal) Day() Date { return DateOf(time.Unix(r.Unix, 0)) }

// RemovedFriendsFile holds, in the workspace, every removal of a
// Facebook friend that an audit or a review given exports has read (the
// exports' removed_friends.json), each once: each run that reads one adds
// what is new to it, and every audit reads it whole with its exports'
// own (see MergeRemovals) before MarkUnfriended. So an audit whose
// Facebook export lacks removed_friends.json (the followers and
// following alone) tells a friend gone unfriended as one given the whole
// export does. Keeping them all is right: removed_friends.json itself
// lists every removal ever made, and MarkUnfriended passes over one dated
// before the audit that listed the friend, and undoes one for a friend
// made again since. The tool never deletes it; deleted, it is written
// anew by the next run given removed_friends.json.
const RemovedFriendsFile = "history/removed-friends.csv"

// RemovalsColumns is the header of RemovedFriendsFile (see
// WriteRemovals): a removal's name and its Unix second, as
// removed_friends.json gives them.
var RemovalsColumns = []string{"name", "timestamp"}

// WriteRemovals writes removed, one row each: RemovedFriendsFile.
func WriteRemovals(w io.Writer, removed []Removal) error {
	cw := newCSVWriter(w)
	if err := cw.Write(RemovalsColumns...); err != nil {
		return err
	}
	for _, r := range removed {
		if err := cw.Write(r.Name, strconv.FormatInt(r.Unix, 10)); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// ReadRemovals reads a file WriteRemovals wrote (a byte order mark and
// CRLF line ends are accepted), each removal once. An error names the
// file (name), the line and what was expected, and says to delete it. A
// file written by a newer version, with columns after these, is a
// *NewerError: a run that adds a removal writes it anew with this
// version's columns alone, losing the newer ones; which run adds one is
// known only once its exports are read, so every run reading it stops.
func ReadRemovals(r io.Reader, name string) ([]Removal, error) {
	var out []Removal
	// No backup of it is kept: the removals are the Facebook export's,
	// which lists them all again.
	const advice = "delete it: the next audit or review given the whole Facebook export (its removed_friends.json) writes it anew"
	err := readTable(r, name, "a record of removed friends", RemovalsColumns, nil, stopNewer, advice, func(rec []string, line int) error {
		unix, err := strconv.ParseInt(rec[1], 10, 64)
		if rec[0] == "" || err != nil || unix < 0 {
			return fmt.Errorf("%s: line %d: want a name and a timestamp in Unix seconds, not %q, %q: the file is damaged: %s", name, line, rec[0], rec[1], advice)
		}
		out = append(out, Removal{Name: Unneutralize(rec[0]), Unix: unix})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return MergeRemovals(nil, out), nil
}

// MergeRemovals returns a with the removals of b it lacks appended, each
// removal once (MarkUnfriended counts removals one by one: the same one
// twice would tell a namesake too). The removals of two exports of one
// person are of one removed_friends.json, which only grows, and agree
// where both list a removal.
func MergeRemovals(a, b []Removal) []Removal {
	if len(b) == 0 {
		return a
	}
	seen := make(map[Removal]bool, len(a)+len(b))
	out := make([]Removal, 0, len(a)+len(b))
	for _, rs := range [][]Removal{a, b} {
		for _, r := range rs {
			if !seen[r] {
				seen[r] = true
				out = append(out, r)
			}
		}
	}
	return out
}

// The notes of a gone row of an account gone from its list (see
// Compare): an unfollow done where the run compared with said to
// unfollow, else one kept gone (GoneKeptNote). What follows "; " is a
// hint of its own.
const noteUnfollowDone = "unfollow done"

// GoneKeptNote is the note of a gone row of an account kept by the run
// compared with, in the words of its relation: a friend or a connection
// is "no longer a friend (connection)", as the other side may have ended
// the tie (unfriended, removed the connection, closed the account), and
// "no longer followed" would read as the person's doing; a YouTube
// subscription is "no longer subscribed to"; a follow (and any other
// relation) is "no longer followed".
func GoneKeptNote(relation string) string {
	switch relation {
	case Friend:
		return "no longer a friend in the exports (it was kept)"
	case Connection:
		return "no longer a connection in the exports (it was kept)"
	case Subscription:
		return "no longer subscribed to in the exports (it was kept)"
	}
	return "no longer followed in the exports (it was kept)"
}

// MarkUnfriended tells, in changes (Compare's, against prev), the
// Facebook friends the person unfriended: a gone row of a friend gone
// from the friends list whose name removed lists (the person's own
// removed_friends.json, and RemovedFriendsFile's) with a day no earlier than the audit that listed
// it as a friend (its row's as_of: a removal dated before it is an
// earlier one, the friend added again since). Its note says so, with
// the day: "unfriended (removed_friends.json, on DAY): the list said
// unfollow, stay friends" where that audit said to unfollow, or
// "unfriended (removed_friends.json, on DAY; it was kept)". Any hint
// after the note stays; before it, one marked toxic has "; marked toxic:
// no friend request" (see noteToxicUnfriended), and the note after the
// summary asks no friend request of it (UnfriendedToAsk). It returns how
// many of them that audit said to unfollow (stay friends), for that note.
// Marked toxic is as the notes say now, where toxicNow finds the row
// (its account key, "facebook:ID"), not as that audit read them: marked
// toxic since that audit (then unfriended), a friend request would be
// asked of someone the person let go, and the mark cleared since, the
// person no longer lets them go. Where toxicNow is nil or finds no row
// (the row deleted), that audit's rule tells (RuleToxic).
//
// The row stays gone, and its counts as they are: the friend is gone from
// the accounts followed as an unfollow would have made it, and where the
// list said to unfollow, the unfollow is done (no longer in the feed),
// only not as the method does it.
//
// Names are compared as the friends list compares them, since
// removed_friends.json gives no id: by key (equal but for case, accents
// and spaces: importers.FacebookNameKey), and not where their accents
// differ (AccentsDiffer: nor are such names namesakes). Namesakes gone,
// more than the removals of their name since their audit, are left as
// they are: which of them was
// removed cannot be told. A friend renamed before being removed is
// listed under the new name, and is not told either. A removal followed
// by a friendship of that name since (a current friend in items, the
// Facebook friends the exports list now, whose id's second is after it:
// removed, then friends again) is undone, one removal per such friend: a
// friend re-added beside a namesake gone leaves the namesake untold where
// the removals left do not cover it. The Facebook friends of carried
// (the accounts of lists the exports lack, followed still as far as
// anything tells: a friend a review since found new among them) are
// current friends too: an audit given a Facebook export without the
// friends list, after a review given the whole export, undoes the same
// removals as one given that export. With no removals, or no friend
// gone, it does nothing and costs nothing; else each name is keyed once,
// and the current friends' only where friended since a removal.
func MarkUnfriended(changes []Change, prev []Past, items []Item, carried []Past, removed []Removal, key func(name string) string, toxicNow func(key string) (toxic, found bool)) (unfollowed int) {
	if len(removed) == 0 {
		return 0
	}
	// The gone rows of Facebook friends gone from their list.
	var gone []int
	for i := range changes {
		ch := &changes[i]
		if ch.Kind == ChangeGone && ch.Network == Facebook && ch.Relation == Friend && !ch.Earlier &&
			(isNote(ch.Note, noteUnfollowDone) || isNote(ch.Note, GoneKeptNote(Friend))) {
			gone = append(gone, i)
		}
	}
	if len(gone) == 0 {
		return 0
	}
	// The removals by the key of their name.
	byKey := make(map[string][]Removal, len(removed))
	for _, r := range removed {
		k := key(r.Name)
		byKey[k] = append(byKey[k], r)
	}
	// The gone rows' keys, and how many are gone of each.
	keys := make([]string, len(gone))
	namesakes := map[string]int{}
	asOf := map[string]string{} // the day of the last audit that listed it as a friend
	for g, i := range gone {
		keys[g] = key(changes[i].Name)
		if _, ok := byKey[keys[g]]; ok {
			namesakes[keys[g]]++
			asOf[changes[i].ID] = ""
		}
	}
	if len(asOf) == 0 {
		return 0
	}
	// A removal followed by a friendship of its name since is undone:
	// the person friends again. Each current friend friended after a
	// removal of its name undoes the last such removal not undone yet.
	first := removed[0].Unix
	for _, r := range removed[1:] {
		first = min(first, r.Unix)
	}
	var undone map[Removal]bool       // (removals are once each: see the importer)
	friend := func(id, name string) { // id's second, "~2" or not, began the friendship
		since, err := strconv.ParseInt(facebookSecond(Facebook, id), 10, 64)
		if err != nil || since <= first {
			return
		}
		rs := byKey[key(name)]
		var last *Removal
		for j, r := range rs {
			if r.Unix < since && !undone[r] && !AccentsDiffer(r.Name, name) && (last == nil || r.Unix > last.Unix) {
				last = &rs[j]
			}
		}
		if last != nil {
			if undone == nil {
				undone = map[Removal]bool{}
			}
			undone[*last] = true
		}
	}
	for i := range items {
		if a := items[i].Account; a != nil && a.Network == Facebook && a.Relation == Friend {
			friend(a.ID, a.Name)
		}
	}
	for i := range carried {
		if p := &carried[i]; p.Network() == Facebook && p.Relation() == Friend {
			friend(p.ID(), p.Name())
		}
	}
	if len(undone) > 0 {
		for k, rs := range byKey {
			byKey[k] = slices.DeleteFunc(slices.Clone(rs), func(r Removal) bool { return undone[r] })
		}
	}
	for i := range prev {
		p := &prev[i]
		if p.Network() != Facebook || p.Relation() != Friend {
			continue
		}
		if d, ok := asOf[p.ID()]; ok && p.AsOf() > d {
			asOf[p.ID()] = p.AsOf()
		}
	}
	for g, i := range gone {
		ch := &changes[i]
		rs := byKey[keys[g]]
		if len(rs) == 0 {
			continue
		}
		since, err := ParseDate(asOf[ch.ID])
		if err != nil || since == 0 {
			continue
		}
		// The removals of its name since its audit. That audit's day is
		// the person's own (local), and a removal's is the UTC day: east
		// of UTC, a removal on the morning of the audit's day is dated
		// the day before. So where the id gives the second the
		// friendship began (a namesake's "~2" id too: see
		// facebookSecond), a removal of the day before counts too, if
		// not before that second (one before it ended an earlier
		// friendship: friended again since).
		from, began := since, int64(0)
		if s, err := strconv.ParseInt(facebookSecond(ch.Network, ch.ID), 10, 64); err == nil {
			from, began = since-1, s
		}
		var days []string
		n := 0
		for _, r := range rs {
			if d := r.Day(); d >= from && r.Unix >= began && !AccentsDiffer(r.Name, ch.Name) {
				n++
				if day := d.String(); !slices.Contains(days, day) {
					days = append(days, day)
				}
			}
		}
		// Its namesakes gone: the gone rows of its key whose accents do
		// not differ from its own ("Thủy" is no namesake of "Thúy").
		same := namesakes[keys[g]]
		if same > 1 {
			same = 0
			for h, j := range gone {
				if keys[h] == keys[g] && !AccentsDiffer(changes[j].Name, ch.Name) {
					same++
				}
			}
		}
		if n == 0 || n < same {
			continue
		}
		// One gone alone: its last removal (removed, added again, removed
		// again). Namesakes: any of them.
		slices.Sort(days)
		when := days[len(days)-1]
		if same > 1 {
			when = strings.Join(days, " or ")
		}
		_, hint, _ := strings.Cut(ch.Note, "; ")
		if hint != "" {
			hint = "; " + hint
		}
		if ch.Before == DecisionUnfollow {
			unfollowed++
			marked, found := false, false
			if toxicNow != nil {
				marked, found = toxicNow(ch.Network + ":" + ch.ID)
			}
			if !found {
				marked = ch.BeforeRule == RuleToxic
			}
			if marked {
				hint = "; " + noteToxicUnfriended + hint
			}
			ch.Note = noteUnfriended(when) + hint
		} else {
			ch.Note = "unfriended (removed_friends.json, on " + when + "; it was kept)" + hint
		}
	}
	return unfollowed
}

// noteUnfriended is the note of a gone row MarkUnfriended tells
// unfriended where the list said unfollow, stay friends, removed on
// when.
func noteUnfriended(when string) string {
	return "unfriended (removed_friends.json, on " + when + "): the list said unfollow, stay friends"
}

// noteToxicUnfriended follows noteUnfriended on the row of one marked
// toxic (see MarkUnfriended): the note after the summary asks a friend
// request of the others alone, naming a few, and where it cannot name
// them all, it is by this that changes.csv tells which.
const noteToxicUnfriended = "marked toxic: no friend request"

// UnfriendedToAsk reports whether ch is one MarkUnfriended told
// unfriended where the list said unfollow, stay friends, not marked
// toxic: one the note after the summary asks a friend request of, if it
// was by mistake.
func UnfriendedToAsk(ch *Change) bool {
	note, hint, _ := strings.Cut(ch.Note, "; ")
	return ch.Kind == ChangeGone && ch.Network == Facebook && strings.HasPrefix(note, "unfriended (removed_friends.json, on ") &&
		strings.HasSuffix(note, "): the list said unfollow, stay friends") && !isNote(hint, noteToxicUnfriended)
}

// isNote reports whether note is base, or base and a hint after "; ".
func isNote(note, base string) bool {
	return note == base || strings.HasPrefix(note, base+"; ")
}
