package audit_test

import (
	"fmt"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// TestSplitFollowsLinkedIn: a member follow the importer joined to the one
// connection of its name goes apart where the last run had a namesake
// connection (its name folded: "Léna Vogt, PhD") gone now, dated by the
// follow's own date; a company or another name gone leaves it joined.
func TestSplitFollowsLinkedIn(t *testing.T) {
	const li, unf, unk = audit.LinkedIn, audit.DecisionUnfollow, audit.RuleUnknown
	joined := func() []audit.Account {
		return []audit.Account{{Network: li, Relation: audit.Connection, ID: "lena-vogt-01", Name: "Lena Vogt",
			Since: audit.NewDate(2021, 3, 16), Source: "Connections.csv + Member_Follows.csv",
			Extra: map[string]string{audit.ExtraFollow: "follow.lena-vogt", audit.ExtraFollowSince: "2027-01-20"}}}
	}
	sum := func(acc []audit.Account) (out []string) {
		for _, a := range acc {
			out = append(out, fmt.Sprintf("%s|%s|%s|%s|%d", a.Relation, a.ID, a.Since, a.Source, len(a.Extra)))
		}
		return out
	}
	first := past(li, audit.Connection, "lena-vogt-01", "Lena Vogt", unf, unk)
	tests := []struct {
		name string
		prev []audit.Past
		want []string
	}{{
		name: "a namesake gone",
		prev: []audit.Past{first, past(li, audit.Connection, "lena-vogt-02", "Léna Vogt, PhD", unf, unk)},
		want: []string{"connection|lena-vogt-01|2021-03-16|Connections.csv|0", "following|follow.lena-vogt|2027-01-20|Member_Follows.csv|0"},
	}, {
		name: "a company of the name gone",
		prev: []audit.Past{first, past(li, audit.Following, "company.lena-vogt", "Lena Vogt", unf, unk)},
		want: []string{"connection|lena-vogt-01|2021-03-16|Connections.csv + Member_Follows.csv|2"},
	}, {
		// The last run had the follow apart, beside two namesakes, both
		// removed since; one connected again under a new address: the
		// follow is not joined to it, and keeps its own id (and row).
		name: "the follow apart in the last run, its connection new",
		prev: []audit.Past{
			past(li, audit.Connection, "lena-vogt-02", "Lena Vogt", unf, unk),
			past(li, audit.Connection, "lena-vogt-03", "Lena Vogt", unf, unk),
			past(li, audit.Following, "follow.lena-vogt", "Lena Vogt", unf, unk),
		},
		want: []string{"connection|lena-vogt-01|2021-03-16|Connections.csv|0", "following|follow.lena-vogt|2027-01-20|Member_Follows.csv|0"},
	}, {
		// The last run had the follow alone, no connection of its name:
		// apart for that only. Connected since, the follow is the
		// connection's, as the importer joins it: split, the person
		// followed and then connected came back new, on blank notes.
		name: "the follow alone in the last run, connected since",
		prev: []audit.Past{past(li, audit.Following, "follow.lena-vogt", "Lena Vogt", unf, unk)},
		want: []string{"connection|lena-vogt-01|2021-03-16|Connections.csv + Member_Follows.csv|2"},
	}, {
		name: "another name gone",
		prev: []audit.Past{first, past(li, audit.Connection, "mira-sato", "Mira Sato", unf, unk)},
		want: []string{"connection|lena-vogt-01|2021-03-16|Connections.csv + Member_Follows.csv|2"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sum(audit.SplitFollows(joined(), tt.prev))
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
