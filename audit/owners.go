package audit

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// OwnersFile holds, in the workspace, whose exports its runs read: one
// row per network whose export says so (Twitter/X's data/account.js, by
// the account's id; Instagram's personal_information.json, by the
// username lower-cased; LinkedIn's Profile.csv, by the name as written:
// neither gives an id). Rows of a network a version does not know are
// kept as they are (MergeOwners), so an older version reads a newer
// workspace's file, and leaves its rows alone. A
// workspace is one person's; another person's exports given to it would
// make every account of the last run look unfollowed, and mix two
// people's contacts in the ledger (see ForeignLists, which judges by the
// lists where the exports do not say).
const OwnersFile = "history/owners.csv"

// OwnersColumns is the header of owners.csv.
var OwnersColumns = []string{"network", "id", "name"}

// WriteOwners writes owners.csv.
func WriteOwners(w io.Writer, owners []Owner) error {
	cw := newCSVWriter(w)
	if err := cw.Write(OwnersColumns...); err != nil {
		return err
	}
	for _, o := range owners {
		if err := cw.Write(o.Network, o.ID, o.Name); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// ReadOwners reads owners.csv as WriteOwners writes it (a byte order mark
// and CRLF line ends are accepted). An error names the file (name), the
// line and what was expected. A file written by a newer version, with
// columns after these, is a *NewerError: an audit that reads exports of an
// owner the file lacks writes it anew, with this version's columns alone,
// and would lose the newer ones.
func ReadOwners(r io.Reader, name string) ([]Owner, error) {
	return readOwners(r, name, stopNewer)
}

// ViewOwners is ReadOwners for a run that writes no owners.csv (a review,
// or an audit reading another workspace's): a file written by a newer
// version is read, its newer columns passed over.
func ViewOwners(r io.Reader, name string) ([]Owner, error) {
	return readOwners(r, name, viewNewer)
}

func readOwners(r io.Reader, name string, use newerUse) ([]Owner, error) {
	var out []Owner
	err := readTable(r, name, "an owners file", OwnersColumns, nil, use, "restore it from a backup", func(rec []string, line int) error {
		o := Owner{Network: Unneutralize(rec[0]), ID: Unneutralize(rec[1]), Name: Unneutralize(rec[2])}
		if o.Network == "" || o.ID == "" {
			return fmt.Errorf("%s: line %d: a network and an id are required", name, line)
		}
		out = append(out, o)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// OtherOwner returns the first of now's owners whose network has another
// owner in before (see SameOwner), and that one.
func OtherOwner(before, now []Owner) (was, is Owner, found bool) {
	w, i := OtherOwners(before, now)
	if len(i) == 0 {
		return Owner{}, Owner{}, false
	}
	return w[0], i[0], true
}

// OtherOwners returns every one of now's owners whose network has another
// owner in before (see SameOwner), in now's order, and those (was[k] is
// is[k]'s, the first of that network): a refusal that named only the
// first would have the person add --same-person for it, which takes the
// others too, unseen. A network with several rows in before (owners.csv
// edited by hand) has no other owner where one of them is now's.
func OtherOwners(before, now []Owner) (was, is []Owner) {
	for _, n := range now {
		other := -1
		for k, b := range before {
			if b.Network != n.Network {
				continue
			}
			if SameOwner(b, n) {
				other = -1
				break
			}
			if other < 0 {
				other = k
			}
		}
		if other >= 0 {
			was, is = append(was, before[other]), append(is, n)
		}
	}
	return was, is
}

// SameOwner reports whether a and b, of one network, are one owner: by
// the id; on LinkedIn, whose id is the owner's name, by FoldName (case,
// accents and a ", PhD" after the name do not tell two people apart,
// and a workspace's name compared folded today follows any change to
// the folding); on Instagram, the username, ignoring case.
func SameOwner(a, b Owner) bool {
	switch a.Network {
	case LinkedIn:
		return a.ID == b.ID || FoldName(a.ID) == FoldName(b.ID)
	case Instagram:
		return strings.EqualFold(a.ID, b.ID)
	}
	return a.ID == b.ID
}

// MergeOwners returns before's owners with now's in place of those of
// the same network, in network order.
func MergeOwners(before, now []Owner) []Owner {
	out := slices.Clone(now)
	for _, b := range before {
		if !slices.ContainsFunc(now, func(n Owner) bool { return n.Network == b.Network }) {
			out = append(out, b)
		}
	}
	slices.SortFunc(out, func(a, b Owner) int {
		return cmp.Or(cmp.Compare(networkRank(a.Network), networkRank(b.Network)), strings.Compare(a.Network, b.Network))
	})
	return out
}

// StrangeOwners returns now's owners of networks before has no owner of
// (a network the workspace adds, or whose export says whose it is for the
// first time) that share no name with any owner the workspace knows of
// its other networks (see SharesName), and known, those owners: before's,
// each with its display name where now's owner of that network is the
// same (owners.csv keeps none). Where it is, now's names of it count
// too (a Twitter/X handle changed since, kept by the account's id).
// OtherOwners compares an owner with the last of its own network; a
// network without one had nothing to be compared with, and another
// person's export of it went in unseen where it came with the person's
// own exports of the workspace's networks. None where before names no
// owner (a first run, or exports that never said): ApartOwners compares
// now's with each other there.
func StrangeOwners(before, now []Owner) (strange, known []Owner) {
	if len(before) == 0 {
		return nil, nil
	}
	// alike are the workspace's owners as now's exports name them: a
	// Twitter/X account keeps its id under a new handle, and that handle,
	// the same on Instagram, is the person's name there too.
	var alike []Owner
	for _, b := range before {
		for _, n := range now {
			if n.Network == b.Network && SameOwner(b, n) {
				if b.Display == "" {
					b.Display = n.Display
				}
				alike = append(alike, n)
			}
		}
		known = append(known, b)
	}
	alike = append(alike, known...)
	for _, n := range now {
		if slices.ContainsFunc(before, func(b Owner) bool { return b.Network == n.Network }) {
			continue
		}
		if !slices.ContainsFunc(alike, func(k Owner) bool { return SharesName(k, n) }) {
			strange = append(strange, n)
		}
	}
	if len(strange) == 0 {
		return nil, nil
	}
	return strange, known
}

// ApartOwners returns, where before names no owner (a first audit, or a
// workspace whose exports never said whose they were: StrangeOwners has
// no one to compare now's owners with), each of now's owners that shares
// no name (SharesName) with any other of now's, of another network, and
// rest, now's others: one run given two people's exports of two networks
// (a client's LinkedIn export beside another client's Twitter/X archive)
// mixed their contacts in one ledger unseen. An owner that shares a name
// with one of the others is not apart, as a network added later passes
// where it shares a name with one of the workspace's owners. Where
// before names one, each of now's is compared with the workspace's
// (OtherOwners, StrangeOwners), and none is apart: an owner the workspace
// took (with --same-person) is not refused again for the names of the
// others.
func ApartOwners(before, now []Owner) (apart, rest []Owner) {
	if len(before) > 0 || len(now) < 2 {
		return nil, nil
	}
	for i, n := range now {
		if slices.ContainsFunc(now, func(m Owner) bool { return m.Network != n.Network && SharesName(m, n) }) {
			rest = append(rest, now[i])
		} else {
			apart = append(apart, now[i])
		}
	}
	if len(apart) == 0 {
		return nil, nil
	}
	return apart, rest
}

// SharesName reports whether owners a and b, of two networks, may be one
// person by what their exports call them: a word of 3 letters or more of
// one's names (handle, display name, LinkedIn's name; folded as FoldName
// does, split at spaces, punctuation and digits) is in one of the
// other's names, written without spaces ("robin.h" and "Robin Hale";
// "Robin Hale" and @rhale_photo; @robinhale and "Robin Hale"). It is
// lenient on purpose: people go by other names on other networks, and a
// refusal that is wrong costs a run with --same-person, but two clients'
// names share a word seldom; two people who share one pass.
//
// A name whose every word is one of the other's names' words passes too,
// however short the words: "Li Na" is @li.na, and "Jo" is Jo Wu, as
// "Robin" is Robin Hale. In Chinese, Japanese and Korean a character is a
// syllable, and a name is two to four of them, written with or without a
// space and in either order (LinkedIn's first name, then last): a word of
// two characters is a word, and each character counts as a word of its
// own, so that "山田 太郎" is 山田太郎 and "伟 王" is 王伟.
//
// A handle holds no umlaut: a name is compared as FoldName writes it
// ("Müller" as muller) and with its umlauts, ø and å spelled out (mueller;
// see spelledOut), as German, Danish and Norwegian handles write them.
// Nicknames are not known ("Robert" is not "Bob"). A letter spelled out
// makes no word longer: a word found so must have three letters with
// each pair spelled out counted as one, so that "Jörg" (joerg) holds no
// Joe, as "Jorg" holds no Jo.
func SharesName(a, b Owner) bool {
	wa, ca, ua, spa := ownerWords(a)
	wb, cb, ub, spb := ownerWords(b)
	// in reports whether a word of words (spelled out from its sw-th on)
	// is in one of joined (spelled out from its sj-th on).
	in := func(words []string, sw int, joined []string, sj int) bool {
		for i, w := range words {
			if n := len([]rune(w)); n < 3 && !(n == 2 && syllabic(w)) {
				continue
			}
			for k, j := range joined {
				if !strings.Contains(j, w) {
					continue
				}
				if (i >= sw || k >= sj) && !syllabic(w) && len([]rune(unspell(w))) < 3 {
					continue // "joe" in joerg: "jo", an o spelled out
				}
				return true
			}
		}
		return false
	}
	// within reports whether every unit of one of names is a unit of one
	// of others.
	within := func(names, others [][]string) bool {
		for _, n := range names {
			for _, o := range others {
				if !slices.ContainsFunc(n, func(u string) bool { return !slices.Contains(o, u) }) {
					return true
				}
			}
		}
		return false
	}
	return in(wa, spa.words, cb, spb.joined) || in(wb, spb.words, ca, spa.joined) || within(ua, ub) || within(ub, ua)
}

// spelledFrom is where, in the words and joined names ownerWords returns,
// those of the names spelled out (see spellOut) begin.
type spelledFrom struct{ words, joined int }

// unspell is a folded word with each pair a letter may be spelled out as
// (ae, oe, ue, aa) written as one letter: see SharesName.
func unspell(w string) string {
	for _, p := range []string{"ae", "oe", "ue", "aa"} {
		w = strings.ReplaceAll(w, p, p[:1])
	}
	return w
}

// syllabic reports whether w is written in a script whose characters are
// syllables or words (Han, kana, Hangul): see SharesName.
func syllabic(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool {
		return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
	}) >= 0
}

// ownerWords returns the words of o's names (see SharesName), each name's
// words joined, and each name's units: its words, those of a syllabic
// script cut into characters. A name of no word, or of one letter (an
// initial, "Ø" spelled out as well), has no units. spelled says where
// the words and joined names of the names spelled out begin.
func ownerWords(o Owner) (words, joined []string, units [][]string, spelled spelledFrom) {
	names := []string{o.Name, o.Display}
	switch o.Network {
	case LinkedIn, Instagram:
		names = append(names, o.ID)
	}
	plain := len(names)
	for _, n := range names {
		if s := spellOut(n); s != n {
			names = append(names, s)
		}
	}
	for i, n := range names {
		if i == plain {
			spelled = spelledFrom{len(words), len(joined)}
		}
		ws := strings.FieldsFunc(FoldName(strings.TrimPrefix(n, "@")), func(r rune) bool {
			return r == ' ' || r >= '0' && r <= '9'
		})
		if len(ws) == 0 {
			continue
		}
		words = append(words, ws...)
		j := strings.Join(ws, "")
		joined = append(joined, j)
		if i >= plain {
			j = unspell(j)
		}
		if len([]rune(j)) < 2 {
			continue
		}
		var us []string
		for _, w := range ws {
			if !syllabic(w) {
				us = append(us, w)
				continue
			}
			for _, r := range w {
				us = append(us, string(r))
			}
		}
		units = append(units, us)
	}
	if len(names) == plain { // none spelled out: they would begin past the last
		spelled = spelledFrom{len(words), len(joined)}
	}
	return words, joined, units, spelled
}

// spelledOut spells the letters a handle cannot hold as German, Danish
// and Norwegian write them in ASCII: ä, ö and ü as ae, oe and ue, ø as
// oe and å as aa ("Müller" is @mueller, "Søren Ødegård" @soerenoedegaard),
// where FoldName drops the accents (muller, soren odegard).
var spelledOut = strings.NewReplacer(
	"ä", "ae", "ö", "oe", "ü", "ue", "Ä", "Ae", "Ö", "Oe", "Ü", "Ue",
	"ø", "oe", "Ø", "Oe", "å", "aa", "Å", "Aa",
)

// spellOut returns name with the letters of spelledOut spelled out (as
// NFC writes them), or name where it holds none: a name's other spelling
// in a handle, for SharesName.
func spellOut(name string) string {
	if isASCII(name) {
		return name
	}
	return spelledOut.Replace(norm.NFC.String(name))
}

// Whose names owners as report.html does: "Robin Hale (LinkedIn) and
// @robinhale (Twitter/X, Instagram)".
func Whose(owners []Owner) string { return whose(owners) }
