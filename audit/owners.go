package audit

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
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
// line and what was expected.
func ReadOwners(r io.Reader, name string) ([]Owner, error) {
	var out []Owner
	err := readTable(r, name, "an owners file", OwnersColumns, nil, func(rec []string, line int) error {
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
