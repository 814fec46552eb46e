package main

import (
	"slices"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
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
