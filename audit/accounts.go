package audit

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// AccountColumns is the header of the import report.
var AccountColumns = []string{"person_id", "network", "relation", "id", "name", "handle",
	"profile_url", "email", "since", "follows_you", "match", "source"}

// WriteAccounts writes one CSV row per account, grouped by person, with the
// evidence of each merge and the possible matches in the match column. The
// crowd's followers (crowd may be nil) are people without a name: they
// come among the others without one, first, in person id order. A crowd
// of usernames cannot be written: those people are named after their
// usernames, and would come in name order among the others.
func WriteAccounts(w io.Writer, people []*Person, crowd *Crowd) error {
	if crowd != nil {
		for _, f := range crowd.sets {
			if f.nameEnds != nil {
				return fmt.Errorf("the %s followers known by username were kept apart: their accounts are not listed in name order", f.Network)
			}
		}
	}
	cw := newCSVWriter(w)
	if err := cw.Write(AccountColumns...); err != nil {
		return err
	}
	if err := cw.Flush(); err != nil {
		return err
	}
	order := unnamedOrder(people, crowd)
	if err := writeChunks(w, len(order), func(cw *csvWriter, from, to int) error {
		rows := crowdWriter{c: crowd} // one per goroutine
		for _, k := range order[from:to] {
			if k >= 0 {
				if err := writePersonAccounts(cw, people[k]); err != nil {
					return err
				}
				continue
			}
			if err := rows.write(cw, crowd.rows[-k-1]); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		return err
	}
	named := people[countUnnamed(people):]
	return writeChunks(w, len(named), func(cw *csvWriter, from, to int) error {
		for _, p := range named[from:to] {
			if err := writePersonAccounts(cw, p); err != nil {
				return err
			}
		}
		return nil
	})
}

// writePersonAccounts writes the rows of p's accounts.
func writePersonAccounts(cw *csvWriter, p *Person) error {
	match := MatchText(p)
	for _, a := range p.Accounts {
		if err := writeAccount(cw, p.ID, a, match); err != nil {
			return err
		}
	}
	return nil
}

// writeAccount writes one row of the import report. Its profile_url is
// ExportLink's: the export's URL, unless it is no web address. Its
// source is the file as given, whose name need not be UTF-8 (a Latin-1
// name on Linux): its other bytes are written as U+FFFD, so that the
// report is UTF-8, as every cell the importers read is.
func writeAccount(cw *csvWriter, personID string, a *Account, match string) error {
	return cw.Write(personID, a.Network, a.Relation, a.ID, a.Name, a.Handle, ExportLink(a),
		a.Email, a.Since.String(), a.FollowsYou.String(), match, strings.ToValidUTF8(a.Source, "\uFFFD"))
}

// countUnnamed returns how many people at the start of people (sorted by
// Merge) have no name at all.
func countUnnamed(people []*Person) int {
	n := 0
	for n < len(people) && unnamed(people[n]) {
		n++
	}
	return n
}

// unnamedOrder merges the people without a name (at the start of people)
// and the crowd's followers in person id order: k >= 0 stands for
// people[k], k < 0 for the crowd's row -k-1.
func unnamedOrder(people []*Person, crowd *Crowd) []int32 {
	n := countUnnamed(people)
	order := make([]int32, 0, n+crowd.Len())
	i, j := 0, 0
	for i < n || j < crowd.Len() {
		if j == crowd.Len() {
			order = append(order, int32(i))
			i++
			continue
		}
		if i < n {
			p, r := people[i], crowd.rows[j]
			pn := idNumber(p.ID)
			if pn < r.idNum || pn == r.idNum && p.ID < crowd.rowID(r) {
				order = append(order, int32(i))
				i++
				continue
			}
		}
		order = append(order, int32(-j-1))
		j++
	}
	return order
}

// MatchText describes why a person's accounts were grouped and which other
// accounts might be the same person: "email a@b.org; possible match:
// facebook:x.1 linkedin:y".
func MatchText(p *Person) string {
	if len(p.Possible()) == 0 {
		return p.Match()
	}
	s := "possible match: " + strings.Join(p.Possible(), " ")
	if n := p.MorePossible(); n > 0 {
		s += fmt.Sprintf(" and %d more", n)
	}
	if p.Match() != "" {
		s = p.Match() + "; " + s
	}
	return s
}

// crowdWriter writes the rows of a crowd's followers: the rows
// writeAccount would write for their accounts, byte for byte, but from
// the id alone, without making the account. A big follower list is most
// of the rows of an import report.
type crowdWriter struct {
	c      *Crowd
	set    int32
	source string
	// The row's bytes around its two copies of the id, for the current
	// set and source: ",twitter,follower,", then
	// ",,,https://twitter.com/intent/user?user_id=", then
	// ",,,yes,,<source>\n".
	mid, link, tail []byte
	ok              bool // false when the link needs quoting: rows go the long way
}

// write writes row r.
func (w *crowdWriter) write(cw *csvWriter, r crowdRow) error {
	f := &w.c.sets[r.set]
	src := f.source(int(r.i))
	if w.mid == nil || w.set != r.set || w.source != src {
		w.set, w.source = r.set, src
		w.prepare(f, src)
	}
	if _, renamed := w.c.ids[r.key()]; !w.ok || renamed {
		a := f.Account(int(r.i))
		return writeAccount(cw, w.c.rowID(r), &a, "")
	}
	b := appendPersonID(cw.buf, r.idNum-1)
	b = append(b, w.mid...)
	b = strconv.AppendUint(b, f.IDs[r.i], 10)
	b = append(b, w.link...)
	b = strconv.AppendUint(b, f.IDs[r.i], 10)
	cw.buf = append(b, w.tail...)
	return cw.rowDone()
}

// prepare makes the constant parts of the rows of set f read from src.
func (w *crowdWriter) prepare(f *Followers, src string) {
	cells := func(lead string, cells ...string) []byte {
		cw := newChunkWriter(64)
		cw.buf = append(cw.buf, lead...)
		for i, c := range cells {
			if i > 0 {
				cw.buf = append(cw.buf, ',')
			}
			cw.field(c)
		}
		return cw.buf
	}
	w.mid = cells(",", f.Network, Follower, "")
	// An id is digits: it never needs quoting, and the link does only if
	// its fixed part does.
	escape := escaped(f.Link)
	w.ok = !needsQuotes(f.Link, escape) && !hasSpecial(f.Tail)
	w.link = cells(",,,", f.Link)
	w.tail = append(append([]byte(f.Tail), cells(",,,", Yes.String(), "", src)...), '\n')
}
