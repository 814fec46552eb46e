package audit

import (
	"fmt"
	"io"
	"strings"
)

// AccountColumns is the header of the import report.
var AccountColumns = []string{"person_id", "network", "relation", "id", "name", "handle",
	"profile_url", "email", "since", "follows_you", "match", "source"}

// WriteAccounts writes one CSV row per account, grouped by person, with the
// evidence of each merge and the possible matches in the match column.
func WriteAccounts(w io.Writer, people []*Person) error {
	cw := newCSVWriter(w)
	if err := cw.Write(AccountColumns...); err != nil {
		return err
	}
	if err := cw.Flush(); err != nil {
		return err
	}
	return writeChunks(w, len(people), func(cw *csvWriter, from, to int) error {
		for _, p := range people[from:to] {
			match := MatchText(p)
			for _, a := range p.Accounts {
				if err := cw.Write(p.ID, a.Network, a.Relation, a.ID, a.Name, a.Handle, a.ProfileURL,
					a.Email, a.Since.String(), a.FollowsYou.String(), match, a.Source); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// MatchText describes why a person's accounts were grouped and which other
// accounts might be the same person: "email a@b.org; possible match:
// facebook:x.1 linkedin:y".
func MatchText(p *Person) string {
	if len(p.Possible) == 0 {
		return p.Match
	}
	s := "possible match: " + strings.Join(p.Possible, " ")
	if p.MorePossible > 0 {
		s += fmt.Sprintf(" and %d more", p.MorePossible)
	}
	if p.Match != "" {
		s = p.Match + "; " + s
	}
	return s
}
