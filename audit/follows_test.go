package audit_test

import (
	"fmt"
	"slices"
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
		// The last run read the follows without Connections.csv: the
		// connection carried, with the follow's id in its follow cell,
		// and the follow read alone beside it. It is that connection's
		// follow, joined again, not one apart beside a namesake.
		name: "the follow alone in the last run, its connection carried",
		prev: []audit.Past{
			with(first, func(c *audit.PastCells) { c.Follow = "follow.lena-vogt" }),
			past(li, audit.Following, "follow.lena-vogt", "Lena Vogt", unf, unk),
		},
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

// TestCarryFollows: where the exports hold the connections but not the
// follows (LinkedIn's Connections-only export), a connection the last run
// had with a follow merged into it (its history's follow cell) is carried
// with it where the exports no longer have it, not judged gone; one they
// still have keeps the follow's id for this run's history. Where they
// hold the follows too, the connection gone is gone.
func TestCarryFollows(t *testing.T) {
	const li, keep, unf = audit.LinkedIn, audit.DecisionKeep, audit.DecisionUnfollow
	withFollow := func(id, name, follow, decision, rule string) audit.Past {
		return audit.PastCells{AsOf: "2026-12-02", PersonID: "p-" + id, Network: li, Relation: audit.Connection,
			ID: id, Name: name, Decision: decision, Rule: rule, Follow: follow}.Past()
	}
	fatima := withFollow("fatima-rahman-01", "Fatima Rahman", "follow.fatima-rahman", keep, audit.RuleMet)
	prev := []audit.Past{
		fatima,
		withFollow("brunokeller", "Bruno Keller", "follow.bruno-keller", unf, audit.RuleUnknown),
		withFollow("lenavogt", "Lena Vogt", "follow.lena-vogt", unf, audit.RuleUnknown),
		past(li, audit.Connection, "chloe-martin-77", "Chloe Martin", unf, audit.RuleUnknown), // no follow: gone
		past(li, audit.Following, "follow.greta-lindqvist", "Greta Lindqvist", unf, audit.RuleUnknown),
	}
	current := func() []audit.Account {
		return []audit.Account{
			{Network: li, Relation: audit.Connection, ID: "brunokeller", Name: "Bruno Keller"},
			{Network: li, Relation: audit.Connection, ID: "lenavogt", Name: "Lena Vogt",
				Extra: map[string]string{audit.ExtraFollow: "follow.lena-vogt~2"}},
		}
	}
	items := func(acc []audit.Account) (out []audit.Item) {
		for i := range acc {
			out = append(out, audit.Item{Person: &audit.Person{ID: "p-" + acc[i].ID}, Account: &acc[i],
				Decision: audit.Decision{Rule: audit.RuleUnknown, Reason: "because"}})
		}
		return out
	}
	keys := func(ps []audit.Past) (out []string) {
		for _, p := range ps {
			out = append(out, p.Key()+"|"+p.Follow())
		}
		return out
	}
	gone := func(changes []audit.Change) (out []string) {
		for _, c := range changes {
			if c.Kind == audit.ChangeGone {
				out = append(out, c.ID)
			}
		}
		return out
	}

	basic := func(_, relation, _ string) bool { return relation == audit.Connection }
	acc := current()
	covered := audit.CarryFollows(acc, prev, basic)
	if got, want := keys(audit.Carry(prev, covered)), []string{"linkedin:fatima-rahman-01|follow.fatima-rahman", "linkedin:follow.greta-lindqvist|"}; !slices.Equal(got, want) {
		t.Errorf("Connections alone: carried %q, want %q", got, want)
	}
	if got, want := keys(audit.Judged(prev, covered)), []string{"linkedin:brunokeller|follow.bruno-keller", "linkedin:lenavogt|follow.lena-vogt", "linkedin:chloe-martin-77|"}; !slices.Equal(got, want) {
		t.Errorf("Connections alone: judged %q, want %q", got, want)
	}
	if got, want := gone(audit.Compare(prev, items(acc), covered)), []string{"chloe-martin-77"}; !slices.Equal(got, want) {
		t.Errorf("Connections alone: gone %q, want %q", got, want)
	}
	if got := acc[0].Extra[audit.ExtraFollow]; got != "follow.bruno-keller" {
		t.Errorf("a connection still there keeps the follow %q, want follow.bruno-keller", got)
	}
	if got := acc[1].Extra[audit.ExtraFollow]; got != "follow.lena-vogt~2" {
		t.Errorf("a follow the importer joined became %q", got)
	}
	s := audit.Summary{Carried: audit.Carry(prev, covered), Held: basic}
	if got, want := s.Missing(), []string{"linkedin following (2 accounts)"}; !slices.Equal(got, want) {
		t.Errorf("Missing = %q, want %q (a connection carried for its follow counts with the follows)", got, want)
	}
	if s.Held = nil; !slices.Equal(s.Missing(), []string{"linkedin connection (1 account)", "linkedin following (1 account)"}) {
		t.Errorf("Missing without Held = %q", s.Missing())
	}

	// The whole export: the follows are read, and nothing is carried.
	all := func(string, string, string) bool { return true }
	acc = current()
	covered = audit.CarryFollows(acc, prev, all)
	if got := audit.Carry(prev, covered); len(got) != 0 {
		t.Errorf("the whole export: carried %q", keys(got))
	}
	if got, want := gone(audit.Compare(prev, items(acc), covered)), []string{"fatima-rahman-01", "chloe-martin-77", "follow.greta-lindqvist"}; !slices.Equal(got, want) {
		t.Errorf("the whole export: gone %q, want %q", got, want)
	}
	if acc[0].Extra != nil {
		t.Errorf("the whole export: a connection joined to no follow was given %v", acc[0].Extra)
	}

	// A history written before the follow column has none to carry.
	old := []audit.Past{past(li, audit.Connection, "fatima-rahman-01", "Fatima Rahman", keep, audit.RuleMet)}
	if got := audit.Carry(old, audit.CarryFollows(current(), old, basic)); len(got) != 0 {
		t.Errorf("an old history: carried %q", keys(got))
	}
}

// TestCarryFollowsNewID: a friend or connection with a follow merged,
// gone from an export without the follows where the export holds the
// same person's account under a new id (a LinkedIn profile address
// edited, a Facebook friend renamed, or friended again), is not carried:
// carried, the old id stayed beside the new one, which was new, not
// replaced, and the next complete export split the follow off the new
// one (a namesake gone) as a person of its own, on blank notes. The
// account under its new id keeps the follow's id instead, as one still
// there does. A namesake the last run had already is no new id.
func TestCarryFollowsNewID(t *testing.T) {
	const li, fb, keep = audit.LinkedIn, audit.Facebook, audit.DecisionKeep
	withFollow := func(network, relation, id, name, follow string) audit.Past {
		return audit.PastCells{AsOf: "2026-12-02", PersonID: "p-" + id, Network: network, Relation: relation,
			ID: id, Name: name, Decision: keep, Rule: audit.RuleMet, Follow: follow}.Past()
	}
	noFollows := func(_, relation, _ string) bool { return relation != audit.Following }
	keys := func(ps []audit.Past) (out []string) {
		for _, p := range ps {
			out = append(out, p.Key())
		}
		return out
	}
	for _, tt := range []struct {
		name        string
		prev        []audit.Past
		acc         audit.Account
		carried     []string
		extraFollow string
	}{
		{"a LinkedIn address edited",
			[]audit.Past{withFollow(li, audit.Connection, "fatima-rahman-01", "Fatima Rahman", "follow.fatima-rahman")},
			audit.Account{Network: li, Relation: audit.Connection, ID: "fatima-rahman-02", Name: "Fatima Rahman"},
			nil, "follow.fatima-rahman"},
		{"a Facebook friend renamed",
			[]audit.Past{withFollow(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", "bruno-keller.1653143832")},
			audit.Account{Network: fb, Relation: audit.Friend, ID: "bruno-kellerman.1653143829", Name: "Bruno Kellerman"},
			nil, "bruno-keller.1653143832"},
		{"a Facebook friend friended again",
			[]audit.Past{withFollow(fb, audit.Friend, "bruno-keller.1653143829", "Bruno Keller", "bruno-keller.1653143832")},
			audit.Account{Network: fb, Relation: audit.Friend, ID: "bruno-keller.1790000000", Name: "Bruno Keller"},
			nil, "bruno-keller.1653143832"},
		{"a LinkedIn address edited, connected on the day of the last run",
			[]audit.Past{withFollow(li, audit.Connection, "fatima-rahman-01", "Fatima Rahman", "follow.fatima-rahman")},
			audit.Account{Network: li, Relation: audit.Connection, ID: "fatima-rahman-02", Name: "Fatima Rahman", Since: audit.NewDate(2026, 12, 2)},
			nil, "follow.fatima-rahman"},
		// Connected after the last run: no address edited (it keeps its
		// Connected On date), the one gone may still be followed.
		{"a LinkedIn connection of the name made after the last run",
			[]audit.Past{withFollow(li, audit.Connection, "fatima-rahman-01", "Fatima Rahman", "follow.fatima-rahman")},
			audit.Account{Network: li, Relation: audit.Connection, ID: "fatima-rahman-9c1", Name: "Fatima Rahman", Since: audit.NewDate(2027, 1, 10)},
			[]string{"linkedin:fatima-rahman-01"}, ""},
		{"a namesake the last run had",
			[]audit.Past{withFollow(li, audit.Connection, "fatima-rahman-01", "Fatima Rahman", "follow.fatima-rahman"),
				past(li, audit.Connection, "fatima-rahman-02", "Fatima Rahman", keep, audit.RuleMet)},
			audit.Account{Network: li, Relation: audit.Connection, ID: "fatima-rahman-02", Name: "Fatima Rahman"},
			[]string{"linkedin:fatima-rahman-01"}, ""},
		{"another name",
			[]audit.Past{withFollow(li, audit.Connection, "fatima-rahman-01", "Fatima Rahman", "follow.fatima-rahman")},
			audit.Account{Network: li, Relation: audit.Connection, ID: "lenavogt", Name: "Lena Vogt"},
			[]string{"linkedin:fatima-rahman-01"}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			acc := []audit.Account{tt.acc}
			covered := audit.CarryFollows(acc, tt.prev, noFollows)
			if got := keys(audit.Carry(tt.prev, covered)); !slices.Equal(got, tt.carried) {
				t.Errorf("carried %q, want %q", got, tt.carried)
			}
			if got := acc[0].Extra[audit.ExtraFollow]; got != tt.extraFollow {
				t.Errorf("the account's follow is %q, want %q", got, tt.extraFollow)
			}
		})
	}
}
