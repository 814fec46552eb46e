package main

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/importers"
)

// TestReviewedGone checks which carried accounts a review's record finds
// gone: those it has neither followed, carried, nor as the follow joined
// to a friend of its name; and none where there is no record.
func TestReviewedGone(t *testing.T) {
	past := func(network, relation, id, follow string) audit.Past {
		return audit.PastCells{AsOf: "2026-11-25", PersonID: "p" + id, Network: network, Relation: relation,
			ID: id, Name: id, Decision: audit.DecisionUnfollow, Rule: audit.RuleUnknown, Follow: follow}.Past()
	}
	ada := past(audit.LinkedIn, "connection", "ada", "")
	bruno := past(audit.LinkedIn, "connection", "bruno", "")
	greta := past(audit.LinkedIn, "following", "follow.greta", "")
	gretaJoined := past(audit.LinkedIn, "connection", "greta", "follow.greta")
	otto := past(audit.YouTube, "subscription", "otto", "")
	ids := func(ps []audit.Past) []string {
		var out []string
		for i := range ps {
			out = append(out, ps[i].Key())
		}
		return out
	}
	for _, tc := range []struct {
		name             string
		carried          []audit.Past
		ok               bool
		followed, others []audit.Past
		want             []string
	}{
		{"no record", []audit.Past{ada, bruno}, false, nil, nil, []string{"linkedin:ada", "linkedin:bruno"}},
		{"all seen", []audit.Past{ada, bruno}, true, []audit.Past{ada, bruno}, nil, []string{"linkedin:ada", "linkedin:bruno"}},
		{"one gone", []audit.Past{ada, bruno, otto}, true, []audit.Past{ada}, []audit.Past{otto}, []string{"linkedin:ada", "youtube:otto"}},
		{"carried by the review", []audit.Past{ada, bruno}, true, []audit.Past{otto}, []audit.Past{ada, bruno}, []string{"linkedin:ada", "linkedin:bruno"}},
		{"follow joined to its friend", []audit.Past{greta}, true, []audit.Past{gretaJoined}, nil, []string{"linkedin:follow.greta"}},
		{"all gone", []audit.Past{bruno}, true, []audit.Past{ada}, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ids(reviewedGone(slices.Clone(tc.carried), tc.ok, tc.followed, tc.others))
			if !slices.Equal(got, tc.want) {
				t.Errorf("reviewedGone = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestKeepReviewedNames: a carried account takes the name the record of
// a review since gave it, and the e-mail address the record keeps of it
// (a relative's or a friend's, that review's exports gave), where it
// keeps one; the carried one's stays where the record has none; an
// account the record lacks stays as carried.
func TestKeepReviewedNames(t *testing.T) {
	past := func(id, name, email string) audit.Past {
		return audit.PastCells{AsOf: "2026-11-25", PersonID: "p" + id, Network: audit.LinkedIn, Relation: audit.Connection,
			ID: id, Name: name, Decision: audit.DecisionUnfollow, Rule: audit.RuleLapsed, Email: email}.Past()
	}
	cells := func(ps []audit.Past) []string {
		var out []string
		for i := range ps {
			out = append(out, ps[i].ID()+" "+ps[i].Name()+" "+ps[i].Email())
		}
		return out
	}
	for _, tc := range []struct {
		name    string
		carried []audit.Past
		record  []audit.Past
		want    []string
	}{
		{"no record", []audit.Past{past("marta", "Marta Rossi", "m@example.org")}, nil,
			[]string{"marta Marta Rossi m@example.org"}},
		{"renamed", []audit.Past{past("marta", "Marta Rossi", "m@example.org")}, []audit.Past{past("marta", "Marta Bianchi", "")},
			[]string{"marta Marta Bianchi m@example.org"}},
		{"an e-mail since", []audit.Past{past("marta", "Marta Rossi", "")}, []audit.Past{past("marta", "Marta Rossi", "m@example.org")},
			[]string{"marta Marta Rossi m@example.org"}},
		{"another e-mail since", []audit.Past{past("marta", "Marta Rossi", "old@example.org")}, []audit.Past{past("marta", "Marta Rossi", "m@example.org")},
			[]string{"marta Marta Rossi m@example.org"}},
		{"another account", []audit.Past{past("marta", "Marta Rossi", "")}, []audit.Past{past("jonas", "Jonas Thal", "j@example.org")},
			[]string{"marta Marta Rossi "}},
	} {
		if got := cells(keepReviewedNames(slices.Clone(tc.carried), tc.record)); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestUncarriedGoneChanges checks how the accounts a review found gone, of
// lists the exports lack, are told of: replaced by the one new account of
// the person's list (an id changed) or of another list of the network
// (still followed there), or by the follow a friend's row had merged; else
// gone. The new rows replaced leave the changes, which are not changed
// themselves. audit.Compare's gone rows are replaced in place by the one
// new account carried of the person's network, not by one it read, nor
// where the account is read still (unfollowed, the tie kept). A LinkedIn
// account the review's record dates after the audit that listed the gone
// one (connected anew) replaces it in none of these: gone and new, each
// named on the other's row, as audit.Compare names them.
func TestUncarriedGoneChanges(t *testing.T) {
	past := func(person, relation, id, follow string) audit.Past {
		return audit.PastCells{AsOf: "2026-11-25", PersonID: person, Network: audit.LinkedIn, Relation: relation,
			ID: id, Name: id, Decision: audit.DecisionUnfollow, Rule: audit.RuleUnknown, Follow: follow}.Past()
	}
	fresh := func(person, relation, id string) audit.Change {
		return audit.Change{Kind: audit.ChangeNew, PersonID: person, Network: audit.LinkedIn, Relation: relation, ID: id,
			After: audit.DecisionUnfollow, AfterRule: audit.RuleUnknown}
	}
	changed := audit.Change{Kind: audit.ChangeChanged, PersonID: "pa", Network: audit.LinkedIn, Relation: audit.Connection, ID: "ada"}
	// audit.Compare's row of a connection gone from Connections.csv.
	found := func(person, id string) audit.Change {
		return audit.Change{Kind: audit.ChangeGone, PersonID: person, Network: audit.LinkedIn, Relation: audit.Connection, ID: id,
			Before: audit.DecisionUnfollow, BeforeRule: audit.RuleUnknown, Note: "unfollow done"}
	}
	// The same person's account carried new on another network.
	elsewhere := audit.Change{Kind: audit.ChangeNew, PersonID: "pc", Network: audit.Instagram, Relation: audit.Following, ID: "carla.rossi"}
	// Bruno's connection, and one of his name on his row.
	brunoGone := audit.PastCells{AsOf: "2026-11-25", PersonID: "pb", Network: audit.LinkedIn, Relation: audit.Connection,
		ID: "bruno", Name: "Bruno Keller", Decision: audit.DecisionUnfollow, Rule: audit.RuleUnknown}.Past()
	bruno := func(id string) audit.Change {
		c := fresh("pb", audit.Connection, id)
		c.Name, c.Note = "Bruno Keller", "followed since the run of 2026-11-25; carried: on a list these exports lack"
		return c
	}
	day := func(s string) audit.Date {
		d, err := audit.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	read := func(id string) []audit.Item {
		return []audit.Item{{Account: &audit.Account{Network: audit.LinkedIn, Relation: audit.Connection, ID: id}}}
	}
	for _, tc := range []struct {
		name        string
		gone        []audit.Past
		changes     []audit.Change
		want        []string     // kind:id of the rows of gone
		wantRest    []string     // kind:id
		wantFirst   string       // the note's start of the first row of gone, else of the first replaced of rest
		carriedFrom int          // changes[carriedFrom:] are of accounts carried new
		items       []audit.Item // the accounts read
		since       map[string]audit.Date
		wantNew     string // the end of the note of the new rows of rest, where given
	}{
		{"gone", []audit.Past{past("pb", audit.Connection, "bruno", "")}, []audit.Change{changed},
			[]string{"gone:bruno"}, []string{"changed:ada"}, "unfollow done; gone", 0, nil, nil, ""},
		{"id changed", []audit.Past{past("pb", audit.Connection, "bruno", "")},
			[]audit.Change{changed, fresh("pb", audit.Connection, "bruno-2")},
			[]string{"replaced:bruno"}, []string{"changed:ada"}, "now linkedin:bruno-2, the same person's: the account's id changed", 0, nil, nil, ""},
		{"still followed", []audit.Past{past("pc", audit.Connection, "carla", "")},
			[]audit.Change{fresh("pc", audit.Following, "follow.carla"), changed},
			[]string{"replaced:carla"}, []string{"changed:ada"}, "now linkedin:follow.carla (following), the same person's: still followed on LinkedIn", 0, nil, nil, ""},
		{"its follow, on another row", []audit.Past{past("pc", audit.Connection, "carla", "follow.carla")},
			[]audit.Change{fresh("px", audit.Following, "follow.carla")},
			[]string{"replaced:carla"}, nil, "now linkedin:follow.carla (following), the same person's: still followed", 0, nil, nil, ""},
		{"another person's new", []audit.Past{past("pc", audit.Connection, "carla", "")},
			[]audit.Change{fresh("pd", audit.Following, "follow.dora")},
			[]string{"gone:carla"}, []string{"new:follow.dora"}, "unfollow done", 0, nil, nil, ""},
		{"two new: which is not known", []audit.Past{past("pc", audit.Connection, "carla", "")},
			[]audit.Change{fresh("pc", audit.Following, "follow.carla"), fresh("pc", audit.Following, "follow.carla-2")},
			[]string{"gone:carla"}, []string{"new:follow.carla", "new:follow.carla-2"}, "unfollow done", 0, nil, nil, ""},
		{"the same list first", []audit.Past{past("pc", audit.Connection, "carla", "")},
			[]audit.Change{fresh("pc", audit.Following, "follow.carla"), fresh("pc", audit.Connection, "carla-2")},
			[]string{"replaced:carla"}, []string{"new:follow.carla"}, "now linkedin:carla-2, the same person's: the account's id changed", 0, nil, nil, ""},
		// audit.Compare's gone rows: a rerun, on an audit's day, given
		// Connections.csv alone, the follow carried.
		{name: "found gone, its follow carried", changes: []audit.Change{changed, found("pc", "carla"), fresh("pc", audit.Following, "follow.carla")},
			carriedFrom: 2, items: read("ada"),
			wantRest: []string{"changed:ada", "replaced:carla"}, wantFirst: "now linkedin:follow.carla (following), the same person's: still followed on LinkedIn; carried: on a list these exports lack"},
		{name: "found gone, the new one read", changes: []audit.Change{found("pc", "carla"), fresh("pc", audit.Following, "follow.carla"), elsewhere},
			carriedFrom: 2,
			wantRest:    []string{"gone:carla", "new:follow.carla", "new:carla.rossi"}},
		{name: "found gone, two carried", changes: []audit.Change{found("pc", "carla"), fresh("pc", audit.Following, "follow.carla"), fresh("pc", audit.Following, "follow.carla-2")},
			carriedFrom: 1,
			wantRest:    []string{"gone:carla", "new:follow.carla", "new:follow.carla-2"}},
		{name: "found gone, another person's carried", changes: []audit.Change{found("pc", "carla"), fresh("pd", audit.Following, "follow.dora")},
			carriedFrom: 1,
			wantRest:    []string{"gone:carla", "new:follow.dora"}},
		{name: "unfollowed, still connected", changes: []audit.Change{found("pc", "carla"), fresh("pc", audit.Following, "follow.carla")},
			carriedFrom: 1, items: read("carla"),
			wantRest: []string{"gone:carla", "new:follow.carla"}},
		{name: "found and review's gone: which is not known", gone: []audit.Past{past("pc", audit.Connection, "carla-old", "")},
			changes:     []audit.Change{found("pc", "carla"), fresh("pc", audit.Following, "follow.carla")},
			carriedFrom: 1,
			want:        []string{"gone:carla-old"}, wantRest: []string{"gone:carla", "new:follow.carla"}, wantFirst: "unfollow done; gone"},
		{name: "connected after the audit: made anew", gone: []audit.Past{brunoGone}, changes: []audit.Change{changed, bruno("bruno-2")},
			since: map[string]audit.Date{"linkedin:bruno-2": day("2027-01-05")},
			want:  []string{"gone:bruno"}, wantRest: []string{"changed:ada", "new:bruno-2"},
			wantFirst: "unfollow done; gone from the exports read since the run of 2026-11-25 (on a list these exports lack); connected again: linkedin:bruno-2, connected on 2027-01-05, after the audit of 2026-11-25, is new on their ledger row: made anew, not this one's address edited",
			wantNew:   "; carried: on a list these exports lack; connected again: linkedin:bruno, of its ledger row, is gone (connected after the audit that listed it: no address edited)"},
		{name: "connected on the audit's day: its address edited", gone: []audit.Past{brunoGone}, changes: []audit.Change{changed, bruno("bruno-2")},
			since: map[string]audit.Date{"linkedin:bruno-2": day("2026-11-25")},
			want:  []string{"replaced:bruno"}, wantRest: []string{"changed:ada"}, wantFirst: "now linkedin:bruno-2, the same person's: the account's id changed"},
		{name: "one connected after, one before: the one before", gone: []audit.Past{brunoGone}, changes: []audit.Change{bruno("bruno-2"), bruno("bruno-3")},
			since: map[string]audit.Date{"linkedin:bruno-2": day("2027-01-05"), "linkedin:bruno-3": day("2021-09-02")},
			want:  []string{"replaced:bruno"}, wantRest: []string{"new:bruno-2"}, wantFirst: "now linkedin:bruno-3, the same person's: the account's id changed",
			wantNew: "; carried: on a list these exports lack"},
		{name: "two connected after: no hint", gone: []audit.Past{brunoGone}, changes: []audit.Change{bruno("bruno-2"), bruno("bruno-3")},
			since: map[string]audit.Date{"linkedin:bruno-2": day("2027-01-05"), "linkedin:bruno-3": day("2027-01-06")},
			want:  []string{"gone:bruno"}, wantRest: []string{"new:bruno-2", "new:bruno-3"}, wantFirst: "unfollow done; gone from the exports read since the run of 2026-11-25 (on a list these exports lack)",
			wantNew: "; carried: on a list these exports lack"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := slices.Clone(tc.changes)
			// The record of the review: a row of each date, by key.
			var records []recordDates
			if len(tc.since) > 0 {
				records = append(records, recordDates{})
			}
			for k, d := range tc.since {
				network, id, _ := strings.Cut(k, ":")
				r := &records[0]
				r.rows = append(r.rows, audit.PastCells{Network: network, Relation: audit.Connection, ID: id}.Past())
				r.dates = append(r.dates, d)
			}
			out, rest := uncarriedGoneChanges(tc.gone, "history/0001_2026-11-25.csv", tc.changes, tc.carriedFrom, tc.items, records)
			rows := func(cs []audit.Change) []string {
				var s []string
				for _, c := range cs {
					s = append(s, c.Kind+":"+c.ID)
				}
				return s
			}
			if got := rows(out); !slices.Equal(got, tc.want) {
				t.Errorf("rows = %v, want %v", got, tc.want)
			}
			if got := rows(rest); !slices.Equal(got, tc.wantRest) {
				t.Errorf("rest = %v, want %v", got, tc.wantRest)
			}
			first := slices.IndexFunc(rest, func(c audit.Change) bool { return c.Kind == audit.ChangeReplaced })
			switch {
			case len(out) > 0 && !strings.HasPrefix(out[0].Note, tc.wantFirst):
				t.Errorf("note %q, want it to start %q", out[0].Note, tc.wantFirst)
			case len(out) == 0 && first >= 0 && !strings.HasPrefix(rest[first].Note, tc.wantFirst):
				t.Errorf("note %q, want it to start %q", rest[first].Note, tc.wantFirst)
			}
			for _, c := range rest {
				if c.Kind == audit.ChangeNew && tc.wantNew != "" && !strings.HasSuffix(c.Note, tc.wantNew) {
					t.Errorf("new row %s: note %q, want it to end %q", c.ID, c.Note, tc.wantNew)
				}
			}
			if tc.since != nil && len(out) > 0 && out[0].Kind == audit.ChangeGone && out[0].Note != tc.wantFirst {
				t.Errorf("note %q, want %q", out[0].Note, tc.wantFirst)
			}
			if !slices.Equal(tc.changes, before) {
				t.Errorf("changes changed: %v, were %v", tc.changes, before)
			}
		})
	}
}

// TestReviewRecordLookupsSmall checks that the accounts a review found gone
// are found by looking up the few accounts in question, not by a map of
// every account a review's record holds (a million, where it was given
// or lacked the Twitter/X archive) or a key made of each account read.
func TestReviewRecordLookupsSmall(t *testing.T) {
	const n = 20000
	dir := t.TempDir()
	follows := filepath.Join(dir, "Member_Follows.csv")
	if err := os.WriteFile(follows, []byte("Date,Status,FullName\n2025-02-28 10:02:11,Active,Greta Lindqvist\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, coverage, err := importers.Read([]string{follows}, importers.Options{}, importers.All())
	if err != nil {
		t.Fatal(err)
	}
	past := func(network, relation, id string) audit.Past {
		return audit.PastCells{AsOf: "2026-11-25", PersonID: "p" + id, Network: network, Relation: relation,
			ID: id, Name: id, Decision: audit.DecisionUnfollow, Rule: audit.RuleUnknown}.Past()
	}
	ada, bruno := past(audit.LinkedIn, audit.Connection, "ada"), past(audit.LinkedIn, audit.Connection, "bruno")
	record := []audit.Past{ada}
	items := make([]audit.Item, n)
	for i := range n {
		id := strconv.Itoa(1000 + i)
		record = append(record, past(audit.Twitter, audit.Following, id))
		items[i] = audit.Item{Person: &audit.Person{ID: "p" + id}, Account: &audit.Account{Network: audit.LinkedIn, Relation: audit.Following, ID: "follow." + id}}
	}
	carried := []audit.Past{ada, bruno}
	var gone []audit.Past
	if a := testing.AllocsPerRun(3, func() { gone = reviewedGone(slices.Clone(carried), true, record) }); a > 20 {
		t.Errorf("reviewedGone: %v allocations for %d carried and a record of %d", a, len(carried), len(record))
	}
	if len(gone) != 1 || gone[0].ID() != "ada" {
		t.Errorf("reviewedGone kept %v, want ada alone", gone)
	}
	covered := func(network, relation, id string) bool {
		return network == audit.LinkedIn && relation == audit.Following
	}
	compared := []audit.Past{ada, bruno}
	var out []audit.Past
	if a := testing.AllocsPerRun(3, func() { out = uncarriedGone(gone, compared, coverage, covered, items) }); a > 20 {
		t.Errorf("uncarriedGone: %v allocations for %d items read", a, len(items))
	}
	if len(out) != 1 || out[0].ID() != "bruno" {
		t.Errorf("uncarriedGone = %v, want bruno", out)
	}
}
