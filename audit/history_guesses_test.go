package audit_test

// Compare beyond its table: the lists the exports hold, accounts back on
// or split off their rows, usernames retaken, and the replacements
// guessed (renamed?, moved?) or placed by the latest grouping.

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

func TestCompareAndCarryOnlyJudgeListsTheExportsHold(t *testing.T) {
	asOf := audit.NewDate(2026, 11, 25)
	conn := &audit.Account{Network: audit.LinkedIn, Relation: audit.Connection, ID: "ada", Name: "Ada Lovelace"}
	p := &audit.Person{ID: "p1", Accounts: []*audit.Account{conn}}
	items := []audit.Item{{Person: p, Account: conn, Decision: audit.Decision{Rule: audit.RuleUnknown}}}
	prev := []audit.Past{
		audit.PastCells{AsOf: "2026-08-25", PersonID: "p1", Network: audit.LinkedIn, Relation: audit.Connection, ID: "ada", Name: "Ada Lovelace", Decision: "unfollow", Rule: "unknown"}.Past(),
		audit.PastCells{AsOf: "2026-08-25", PersonID: "p2", Network: audit.LinkedIn, Relation: audit.Following, ID: "follow.greta", Name: "Greta L", Decision: "unfollow", Rule: "unknown"}.Past(),
		audit.PastCells{AsOf: "2026-08-25", PersonID: "p3", Network: audit.LinkedIn, Relation: audit.Connection, ID: "bob", Name: "Bob B", Decision: "unfollow", Rule: "unknown"}.Past(),
	}
	// A Connections-only archive: the follows list is not in the exports.
	onlyConnections := func(network, relation, id string) bool { return relation == audit.Connection }
	changes := audit.Compare(prev, items, onlyConnections)
	if len(changes) != 1 || changes[0].ID != "bob" || changes[0].Kind != audit.ChangeGone {
		t.Fatalf("changes = %+v, want only bob gone (greta's list was not in the exports)", changes)
	}
	carried := audit.Carry(prev, onlyConnections)
	if len(carried) != 1 || carried[0].ID() != "follow.greta" {
		t.Fatalf("carried = %+v, want greta's row kept for the next complete export", carried)
	}
	var b strings.Builder
	if err := audit.WriteHistory(&b, items, carried, asOf); err != nil {
		t.Fatal(err)
	}
	back, err := audit.ReadHistory(strings.NewReader(b.String()), "h.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(back) != 2 || back[1] != carried[0] {
		t.Fatalf("history = %+v, want the run's row then greta's carried as it was", back)
	}
	if !audit.SameDecisions(back, items, carried, asOf) {
		t.Error("the same run with the same carried rows is not a repeat")
	}
}

// Regrouped reports the keys added back to the row of the person the last
// run gave them: not a key new to the exports, nor one of another person.
func TestRegrouped(t *testing.T) {
	prev := []audit.Past{
		past(audit.LinkedIn, audit.Connection, "bruno", "Bruno", "keep", audit.RuleMet), // person p-bruno
		past(audit.YouTube, audit.Subscription, "UCx", "Bruno", "unfollow", audit.RuleUnknown),
		past(audit.Twitter, audit.Following, "9", "Nine", "unfollow", audit.RuleUnknown),
	}
	added := []audit.AddedKey{
		{Key: "youtube:UCx", PersonID: "p-UCx", Name: "Bruno"},    // back to the person the last run gave it
		{Key: "twitter:9", PersonID: "p-other", Name: "Other"},    // to another person's row
		{Key: "facebook:b.1", PersonID: "p-bruno", Name: "Bruno"}, // new to the exports
		{Key: "linkedin:UCx", PersonID: "p-UCx", Name: "Bruno"},   // the id of another network's key
	}
	want := []audit.AddedKey{{Key: "youtube:UCx", PersonID: "p-UCx", Name: "Bruno"}}
	if got := audit.Regrouped(prev, added); !slices.Equal(got, want) {
		t.Errorf("Regrouped = %+v, want %+v", got, want)
	}
	// The last run kept the channel off the row's accounts cell, which a
	// spreadsheet misread: the ledger it wrote never listed it, and the
	// key written now, the cell corrected, did not go back.
	c := prev[1].Cells()
	c.LedgerCell = audit.LedgerCellMisread
	prev[1] = c.Past()
	if got := audit.Regrouped(prev, added); got != nil {
		t.Errorf("a key the last run kept off a misread cell: Regrouped = %+v, want none", got)
	}
	if got := audit.Regrouped(nil, added); got != nil {
		t.Errorf("without a last run: %+v", got)
	}
}

// An Instagram account followed after the audit that listed its username
// is named while it is on that username's row and kept by its notes; a
// follow of the audit's day, one undated, one on a row of its own since,
// and one its row's notes do not keep (a row without notes: the tool's
// own, of an account refollowed, or of one followed after an audit given
// an --as-of in the past, which its export listed) are not.
func TestRetakenUsernames(t *testing.T) {
	const keep, unf = audit.DecisionKeep, audit.DecisionUnfollow
	prev := []audit.Past{
		pastOf("p-fay", audit.Instagram, audit.Following, "fay.lund", "", unf, audit.RuleUnknown),
		pastOf("p-gus", audit.Instagram, audit.Following, "gus.berg", "", keep, audit.RuleMet),
		pastOf("p-alice", audit.Instagram, audit.Following, "alice.moreau", "", keep, audit.RuleMet),
		pastOf("p-bo", audit.Instagram, audit.Following, "bo.lind", "", keep, audit.RuleMet),
		pastOf("p-cy", audit.Instagram, audit.Following, "cy.park", "", keep, audit.RuleMet),
		pastOf("p-di", audit.Instagram, audit.Following, "di.rossi", "", keep, audit.RuleMet),
		pastOf("p-ed", audit.Twitter, audit.Following, "42", "Ed", keep, audit.RuleMet),
	}
	items := []audit.Item{
		followedOn(item("p-alice", audit.Instagram, audit.Following, "alice.moreau", "", true, audit.RuleMet), audit.NewDate(2026, 12, 10)),
		followedOn(item("p-bo", audit.Instagram, audit.Following, "bo.lind", "", true, audit.RuleMet), audit.NewDate(2026, 8, 25)), // the audit's day
		item("p-cy", audit.Instagram, audit.Following, "cy.park", "", true, audit.RuleMet),                                         // undated
		followedOn(item("p-split", audit.Instagram, audit.Following, "di.rossi", "", false, audit.RuleUnknown), audit.NewDate(2026, 12, 1)),
		followedOn(item("p-ed", audit.Twitter, audit.Following, "42", "Ed", true, audit.RuleMet), audit.NewDate(2026, 12, 1)),
		followedOn(item("p-fay", audit.Instagram, audit.Following, "fay.lund", "", false, audit.RuleUnknown), audit.NewDate(2026, 12, 1)),
		// The day after the audit's, in UTC: the evening of its day west
		// of Greenwich, where the person gave it with --as-of.
		followedOn(item("p-gus", audit.Instagram, audit.Following, "gus.berg", "", true, audit.RuleMet), audit.NewDate(2026, 8, 26)),
	}
	got := audit.RetakenUsernames(prev, items)
	want := []audit.Retaken{{Key: "instagram:alice.moreau", PersonID: "p-alice", Followed: audit.NewDate(2026, 12, 10), Listed: "2026-08-25"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("RetakenUsernames = %+v, want %+v", got, want)
	}
}

// A Facebook export without its friends file, with the follows: a follow
// the last run had joined to its friend (the history's follow cell) is
// its own account now, the friend carried. It was followed all along: not
// new, nor counted new; a change only where it is decided otherwise.
func TestCompareFollowOfCarriedFriend(t *testing.T) {
	const keep, unf = audit.DecisionKeep, audit.DecisionUnfollow
	noFriends := func(network, relation, id string) bool {
		return !(network == audit.Facebook && relation == audit.Friend)
	}
	bruno := with(past(audit.Facebook, audit.Friend, "bruno.1653143829", "Bruno", keep, audit.RuleMet),
		func(c *audit.PastCells) { c.Follow = "bruno.1653143832" })
	for _, tt := range []struct {
		name string
		it   audit.Item
		want []audit.Change
	}{{
		name: "decided as before",
		it:   item("p-bruno.1653143829", audit.Facebook, audit.Following, "bruno.1653143832", "Bruno", true, audit.RuleMet),
	}, {
		name: "decided otherwise",
		it:   item("p-bruno.1653143829", audit.Facebook, audit.Following, "bruno.1653143832", "Bruno", false, audit.RuleLapsed),
		want: []audit.Change{{Kind: audit.ChangeChanged, PersonID: "p-bruno.1653143829", Network: audit.Facebook, Relation: audit.Following,
			ID: "bruno.1653143832", Name: "Bruno", Before: keep, BeforeRule: audit.RuleMet, After: unf, AfterRule: audit.RuleLapsed,
			Note: "because lapsed; followed before, joined to facebook:bruno.1653143829, of the same name: apart now, as these exports lack its list"}},
	}} {
		t.Run(tt.name, func(t *testing.T) {
			items := []audit.Item{tt.it}
			got := audit.Compare([]audit.Past{bruno}, items, noFriends)
			if !slices.Equal(got, tt.want) {
				t.Fatalf("Compare:\n got %+v\nwant %+v", got, tt.want)
			}
			s := audit.Summarize(items, []audit.Past{bruno}, got, true)
			if c := s.Networks[0]; c.New != 0 {
				t.Errorf("counted %d new, want 0", c.New)
			}
		})
	}
}

// A new account whose follow is dated before the run of its list was not
// followed since that run, whatever the note said: it was followed under
// another name (an Instagram username or a LinkedIn company renamed keeps
// the day of its follow). changes.csv says so, a day's slack allowed;
// where an Instagram username on a row of notes was taken since by
// another account (RetakenUsernames), the note names it, and so does the
// Retaken, as the account whose notes those may be.
func TestNewFollowedBeforeTheRun(t *testing.T) {
	const keep, unf = audit.DecisionKeep, audit.DecisionUnfollow
	before := "new under this id since the run of 2026-08-25, which did not list it, though followed "
	alice := pastOf("p-alice", audit.Instagram, audit.Following, "alice.moreau", "", keep, audit.RuleMet)
	aliceTaken := followedOn(item("p-alice", audit.Instagram, audit.Following, "alice.moreau", "", true, audit.RuleMet), audit.NewDate(2026, 12, 10))
	tests := []struct {
		name  string
		prev  []audit.Past
		items []audit.Item
		want  string // the note of the new account, the last item
	}{{
		name:  "followed after the run",
		prev:  []audit.Past{past(audit.Instagram, audit.Following, "bo", "", unf, audit.RuleUnknown)},
		items: []audit.Item{followedOn(item("p-new", audit.Instagram, audit.Following, "new.one", "", false, audit.RuleUnknown), audit.NewDate(2026, 9, 1))},
		want:  "followed since the run of 2026-08-25",
	}, {
		name:  "followed the day before the run: the export may be older than the day",
		prev:  []audit.Past{past(audit.Instagram, audit.Following, "bo", "", unf, audit.RuleUnknown)},
		items: []audit.Item{followedOn(item("p-new", audit.Instagram, audit.Following, "new.one", "", false, audit.RuleUnknown), audit.NewDate(2026, 8, 24))},
		want:  "followed since the run of 2026-08-25",
	}, {
		name:  "undated",
		prev:  []audit.Past{past(audit.Mastodon, audit.Following, "bo@x.social", "", unf, audit.RuleUnknown)},
		items: []audit.Item{item("p-new", audit.Mastodon, audit.Following, "new@x.social", "", false, audit.RuleUnknown)},
		want:  "followed since the run of 2026-08-25",
	}, {
		name:  "followed before the run: a LinkedIn company renamed",
		prev:  []audit.Past{past(audit.LinkedIn, audit.Following, "company.acme", "Acme", unf, audit.RuleUnknown)},
		items: []audit.Item{item("p-acme", audit.LinkedIn, audit.Following, "company.acme", "Acme", false, audit.RuleUnknown), followedOn(item("p-new", audit.LinkedIn, audit.Following, "company.beta", "Beta", false, audit.RuleUnknown), audit.NewDate(2025, 1, 2))},
		want:  before + "2025-01-02: renamed since?",
	}, {
		name:  "followed before the run, no username taken",
		prev:  []audit.Past{alice},
		items: []audit.Item{followedOn(item("p-alice", audit.Instagram, audit.Following, "alice.moreau", "", true, audit.RuleMet), audit.NewDate(2025, 6, 18)), followedOn(item("p-new", audit.Instagram, audit.Following, "new.one", "", false, audit.RuleUnknown), audit.NewDate(2025, 1, 2))},
		want:  before + "2025-01-02: renamed since?",
	}, {
		// The export the run read was made after 2026-08-01 (it listed
		// alice.moreau, followed then), perhaps before 2026-08-10: the
		// run's day is no bound on it.
		name: "followed after the newest follow the run listed: after its export, maybe",
		prev: []audit.Past{alice},
		items: []audit.Item{followedOn(item("p-alice", audit.Instagram, audit.Following, "alice.moreau", "", true, audit.RuleMet), audit.NewDate(2026, 8, 1)),
			followedOn(item("p-new", audit.Instagram, audit.Following, "new.one", "", false, audit.RuleUnknown), audit.NewDate(2026, 8, 10))},
		want: "followed since the run of 2026-08-25",
	}, {
		name: "LinkedIn, followed after the newest follow the run listed",
		prev: []audit.Past{past(audit.LinkedIn, audit.Following, "company.acme", "Acme", unf, audit.RuleUnknown)},
		items: []audit.Item{followedOn(item("p-acme", audit.LinkedIn, audit.Following, "company.acme", "Acme", false, audit.RuleUnknown), audit.NewDate(2026, 7, 30)),
			followedOn(item("p-new", audit.LinkedIn, audit.Following, "follow.bea-lind", "Bea Lind", false, audit.RuleUnknown), audit.NewDate(2026, 8, 12))},
		want: "followed since the run of 2026-08-25",
	}, {
		name: "LinkedIn, followed before the newest follow the run listed",
		prev: []audit.Past{past(audit.LinkedIn, audit.Following, "company.acme", "Acme", unf, audit.RuleUnknown)},
		items: []audit.Item{followedOn(item("p-acme", audit.LinkedIn, audit.Following, "company.acme", "Acme", false, audit.RuleUnknown), audit.NewDate(2026, 7, 30)),
			followedOn(item("p-new", audit.LinkedIn, audit.Following, "follow.bea-lind", "Bea Lind", false, audit.RuleUnknown), audit.NewDate(2026, 7, 29))},
		want: before + "2026-07-29: renamed since?",
	}, {
		name:  "followed before the run, its username taken by another",
		prev:  []audit.Past{alice},
		items: []audit.Item{aliceTaken, followedOn(item("p-new", audit.Instagram, audit.Following, "alice.m.studio", "", false, audit.RuleUnknown), audit.NewDate(2025, 6, 18))},
		want: before + "2025-06-18: renamed since? it may be the account whose notes are on the ledger row of instagram:alice.moreau, renamed, " +
			"its old username taken since by the account followed after that run: if so, move this key to that row, and instagram:alice.moreau to a row of its own",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := audit.Compare(tt.prev, tt.items, func(string, string, string) bool { return true })
			last := tt.items[len(tt.items)-1].Account
			for _, c := range got {
				if c.ID == last.ID {
					if c.Note != tt.want {
						t.Errorf("note %q, want %q", c.Note, tt.want)
					}
					return
				}
			}
			t.Errorf("no change of %s: %+v", last.ID, got)
		})
	}

	got := audit.RetakenUsernames([]audit.Past{alice}, []audit.Item{aliceTaken,
		followedOn(item("p-new", audit.Instagram, audit.Following, "alice.m.studio", "", false, audit.RuleUnknown), audit.NewDate(2025, 6, 18)),
		followedOn(item("p-late", audit.Instagram, audit.Following, "late.one", "", false, audit.RuleUnknown), audit.NewDate(2026, 9, 1)),
	})
	if len(got) != 1 || !slices.Equal(got[0].Renamed, []string{"instagram:alice.m.studio"}) {
		t.Errorf("RetakenUsernames = %+v, want alice.moreau's, alice.m.studio renamed", got)
	}
	// bakery.oslo, listed by that audit, was followed on 2026-08-01: its
	// export was made then or later, and may not list one followed on
	// 2026-08-10, which is no renamed account for that.
	bakery := pastOf("p-bakery", audit.Instagram, audit.Following, "bakery.oslo", "", keep, audit.RuleMet)
	got = audit.RetakenUsernames([]audit.Past{alice, bakery}, []audit.Item{aliceTaken,
		followedOn(item("p-bakery", audit.Instagram, audit.Following, "bakery.oslo", "", true, audit.RuleMet), audit.NewDate(2026, 8, 1)),
		followedOn(item("p-new", audit.Instagram, audit.Following, "alice.m.studio", "", false, audit.RuleUnknown), audit.NewDate(2025, 6, 18)),
		followedOn(item("p-gap", audit.Instagram, audit.Following, "gap.one", "", false, audit.RuleUnknown), audit.NewDate(2026, 8, 10)),
	})
	if len(got) != 1 || !slices.Equal(got[0].Renamed, []string{"instagram:alice.m.studio"}) {
		t.Errorf("RetakenUsernames = %+v, want alice.moreau's, alice.m.studio renamed, not gap.one", got)
	}
}

// A Mastodon account kept and gone, and one new of the same user name on
// another server, is a move guessed ("moved?"), for the person to
// confirm: the export has no date nor name to tell by. So is one the
// audit said to unfollow, the one gone of its user name, where another
// the audit said to unfollow is followed still: Mastodon moved the
// follow, and it is no unfollow done. Where none is (the keep file
// imported with Overwrite, which leaves no follow to move), it is an
// unfollow done. Two new of that user name, or another user name, are no
// guess.
func TestMastodonMovedGuess(t *testing.T) {
	const keep, unf = audit.DecisionKeep, audit.DecisionUnfollow
	gone := func(decision, rule string) audit.Past {
		return past(audit.Mastodon, audit.Following, "yara_s@hachyderm.io", "", decision, rule)
	}
	moved := item("p-new", audit.Mastodon, audit.Following, "yara_s@mastodon.social", "", false, audit.RuleUnknown)
	tests := []struct {
		name      string
		prev      []audit.Past
		items     []audit.Item
		goneNote  string
		guess     bool
		movedNote string
	}{{
		name:      "one gone, one new of its user name",
		prev:      []audit.Past{gone(keep, audit.RuleInspiring)},
		items:     []audit.Item{moved},
		goneNote:  "moved? mastodon:yara_s@mastodon.social is new, of the same user name on another server: if it is them, put it on their ledger row",
		guess:     true,
		movedNote: "followed since the run of 2026-08-25; moved? it may be mastodon:yara_s@hachyderm.io, gone: if so, move this key to that one's ledger row",
	}, {
		name:      "two new of its user name",
		prev:      []audit.Past{gone(keep, audit.RuleInspiring)},
		items:     []audit.Item{moved, item("p-other", audit.Mastodon, audit.Following, "yara_s@fosstodon.org", "", false, audit.RuleUnknown)},
		goneNote:  "no longer followed in the exports (it was kept)",
		movedNote: "followed since the run of 2026-08-25",
	}, {
		name:      "another user name",
		prev:      []audit.Past{gone(keep, audit.RuleInspiring)},
		items:     []audit.Item{item("p-new", audit.Mastodon, audit.Following, "yara@mastodon.social", "", false, audit.RuleUnknown)},
		goneNote:  "no longer followed in the exports (it was kept)",
		movedNote: "followed since the run of 2026-08-25",
	}, {
		// Mastodon moved the person's follow: they follow it still,
		// though told to unfollow it, and have not unfollowed it.
		name:      "one to unfollow gone, one new of its user name",
		prev:      []audit.Past{gone(unf, audit.RuleUnsure), past(audit.Mastodon, audit.Following, "news@journa.host", "", unf, audit.RuleUnknown)},
		items:     []audit.Item{moved, item("p-news", audit.Mastodon, audit.Following, "news@journa.host", "", false, audit.RuleUnknown)},
		goneNote:  "moved? mastodon:yara_s@mastodon.social is new, of the same user name on another server: if it is them, you follow them still (Mastodon moved your follow); put it on their ledger row",
		guess:     true,
		movedNote: "followed since the run of 2026-08-25; moved? it may be mastodon:yara_s@hachyderm.io, gone: if so, move this key to that one's ledger row",
	}, {
		// The keep file imported with Overwrite unfollows every account
		// the audit said to unfollow, at its new address too where it
		// moved before: one of the user name new since was followed
		// since, and may be another's (alex, news).
		name:      "one to unfollow gone, one new of its user name, every unfollow done",
		prev:      []audit.Past{gone(unf, audit.RuleUnsure), past(audit.Mastodon, audit.Following, "news@journa.host", "", unf, audit.RuleUnknown)},
		items:     []audit.Item{moved},
		goneNote:  "unfollow done",
		movedNote: "followed since the run of 2026-08-25",
	}, {
		name:      "the one to unfollow gone, one new of its user name",
		prev:      []audit.Past{gone(unf, audit.RuleUnsure)},
		items:     []audit.Item{moved},
		goneNote:  "unfollow done",
		movedNote: "followed since the run of 2026-08-25",
	}, {
		name:      "one to unfollow gone, two new of its user name",
		prev:      []audit.Past{gone(unf, audit.RuleUnknown)},
		items:     []audit.Item{moved, item("p-other", audit.Mastodon, audit.Following, "yara_s@fosstodon.org", "", false, audit.RuleUnknown)},
		goneNote:  "unfollow done",
		movedNote: "followed since the run of 2026-08-25",
	}, {
		// Which of two gone of one user name moved cannot be told: the
		// one kept is guessed, as before, the one to unfollow done.
		name: "one to unfollow and one kept gone, of one user name",
		prev: []audit.Past{gone(unf, audit.RuleUnknown),
			past(audit.Mastodon, audit.Following, "yara_s@fosstodon.org", "", keep, audit.RuleInspiring)},
		items:     []audit.Item{moved},
		goneNote:  "unfollow done",
		movedNote: "followed since the run of 2026-08-25; moved? it may be mastodon:yara_s@fosstodon.org, gone: if so, move this key to that one's ledger row",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := audit.Compare(tt.prev, tt.items, func(string, string, string) bool { return true })
			for _, c := range got {
				switch c.ID {
				case "yara_s@hachyderm.io":
					if c.Note != tt.goneNote || c.Guess != tt.guess {
						t.Errorf("gone: %q (guess %v), want %q (guess %v)", c.Note, c.Guess, tt.goneNote, tt.guess)
					}
				case tt.items[0].Account.ID:
					if c.Note != tt.movedNote {
						t.Errorf("new: %q, want %q", c.Note, tt.movedNote)
					}
				}
			}
		})
	}
}

// An account moved off the row of the notes that decided it, onto a row
// of its own (a username another account took, split off as the run
// said), is no notes lost: its changed row says where it went, which
// the alarm of notes lost (its note the reason alone) then leaves out.
// A row deleted, its person's notes deciding nothing now, is notes lost.
func TestChangedSplitOffItsRow(t *testing.T) {
	const keep = audit.DecisionKeep
	unknown := func(person, id string) audit.Item {
		it := item(person, audit.Instagram, audit.Following, id, "", false, audit.RuleUnknown)
		it.Decision.Reason = audit.ReasonNothingKnown
		return it
	}
	prev := []audit.Past{pastOf("p-alice", audit.Instagram, audit.Following, "alice.moreau", "", keep, audit.RuleMet)}
	for _, tt := range []struct {
		name  string
		items []audit.Item
		noted []string // the people whose rows hold notes now
		want  string
	}{{
		name:  "split off a row whose notes still decide",
		items: []audit.Item{unknown("p-other", "alice.moreau"), item("p-alice", audit.Instagram, audit.Following, "alice.m.studio", "", true, audit.RuleMet)},
		want:  audit.ReasonNothingKnown + "; on a row of its own now, split off the row of p-alice, whose notes decided it in the run of 2026-08-25",
	}, {
		name:  "its row deleted, its person's other account undecided",
		items: []audit.Item{unknown("p-other", "alice.moreau"), unknown("p-alice", "alice.m.studio")},
		want:  audit.ReasonNothingKnown,
	}, {
		name:  "its row emptied",
		items: []audit.Item{unknown("p-alice", "alice.moreau")},
		want:  audit.ReasonNothingKnown,
	}, {
		// As the run told, with no renamed account known to put in its
		// place: the row keeps its notes, and no account.
		name:  "split off a row left with its notes alone",
		items: []audit.Item{unknown("p-other", "alice.moreau")},
		noted: []string{"p-alice"},
		want:  audit.ReasonNothingKnown + "; on a row of its own now, split off the row of p-alice, whose notes decided it in the run of 2026-08-25",
	}, {
		// The row's one key taken off, the row keeping its notes: the
		// merge's evidence (the same name) puts the account on another
		// person's row, beside their account, which is no row of its own.
		name: "split off a row left with its notes alone, onto another person's row",
		items: func() []audit.Item {
			bruno := &audit.Person{ID: "p-bruno"}
			a := unknown("p-bruno", "alice.moreau")
			b := unknown("p-bruno", "alice.moreau.shop")
			a.Person, b.Person = bruno, bruno
			bruno.Accounts = []*audit.Account{a.Account, b.Account}
			return []audit.Item{a, b}
		}(),
		noted: []string{"p-alice"},
		want:  audit.ReasonNothingKnown + "; on the row of p-bruno now, split off the row of p-alice, whose notes decided it in the run of 2026-08-25",
	}, {
		name:  "its row deleted, other rows noted",
		items: []audit.Item{unknown("p-other", "alice.moreau")},
		noted: []string{"p-bruno"},
		want:  audit.ReasonNothingKnown,
	}, {
		name:  "its row emptied, another noted",
		items: []audit.Item{unknown("p-alice", "alice.moreau")},
		noted: []string{"p-bruno"},
		want:  audit.ReasonNothingKnown,
	}} {
		t.Run(tt.name, func(t *testing.T) {
			noted := func(person string) bool { return slices.Contains(tt.noted, person) }
			for _, c := range audit.CompareNoted(prev, tt.items, func(string, string, string) bool { return true }, noted) {
				if c.ID == "alice.moreau" {
					if c.Kind != audit.ChangeChanged || c.Note != tt.want {
						t.Errorf("%s %q, want changed %q", c.Kind, c.Note, tt.want)
					}
					return
				}
			}
			t.Error("alice.moreau not changed")
		})
	}
}

// A Facebook friend renamed since the run compared with: where the latest
// grouping (the last audit on the day of this run, or a review since) had
// the new account elsewhere than the person has put it now, that is the
// person's answer, and no "renamed?" is guessed or hinted about it.
func TestCompareGroupedPlaced(t *testing.T) {
	const unf = audit.DecisionUnfollow
	prev := []audit.Past{pastOf("p-paula", audit.Facebook, audit.Friend, "paula-ruiz.1770498838", "Paula Ruiz", unf, audit.RuleUnknown)}
	garcia := "facebook:paula-ruiz-garcia.1770498838"
	for _, tt := range []struct {
		name     string
		person   string            // the new account's person now
		grouped  map[string]string // the latest grouping; nil: none known
		wantNote string            // the gone row's
	}{{
		name:     "no grouping known",
		person:   "p-garcia",
		wantNote: "renamed? " + garcia + " is new, since the same second: if it is them, put it on their ledger row",
	}, {
		name:     "the latest grouping joined it to the friend, split since",
		person:   "p-garcia",
		grouped:  map[string]string{garcia: "p-paula"},
		wantNote: "unfollow done",
	}, {
		name:     "moved off the row the latest grouping gave it",
		person:   "p-other",
		grouped:  map[string]string{garcia: "p-garcia"},
		wantNote: "unfollow done",
	}, {
		name:     "left where the latest grouping put it",
		person:   "p-garcia",
		grouped:  map[string]string{garcia: "p-garcia"},
		wantNote: "renamed? " + garcia + " is new, since the same second: if it is them, put it on their ledger row",
	}, {
		name:     "not in the latest grouping",
		person:   "p-garcia",
		grouped:  map[string]string{},
		wantNote: "renamed? " + garcia + " is new, since the same second: if it is them, put it on their ledger row",
	}} {
		t.Run(tt.name, func(t *testing.T) {
			items := []audit.Item{item(tt.person, audit.Facebook, audit.Friend, "paula-ruiz-garcia.1770498838", "Paula Ruiz García", false, audit.RuleUnknown)}
			var grouped func(string) string
			if tt.grouped != nil {
				grouped = func(key string) string { return tt.grouped[key] }
			}
			var got []string
			for _, c := range audit.CompareGrouped(prev, items, func(string, string, string) bool { return true }, nil, grouped) {
				if c.ID == "paula-ruiz.1770498838" {
					got = append(got, c.Note)
				}
				if c.Kind == audit.ChangeNew && tt.wantNote == "unfollow done" && strings.Contains(c.Note, "renamed?") {
					t.Errorf("new row %q hints a rename the person undid", c.Note)
				}
			}
			if len(got) != 1 || got[0] != tt.wantNote {
				t.Errorf("gone row notes %q, want %q", got, tt.wantNote)
			}
		})
	}
}

// The latest grouping is looked up only for an account a guess would
// name: a re-audit with accounts gone and others new, none of one list and
// second, of one user name or of one name with a gone one, asks it nothing
// (on a million rows it is a map of a million keys).
func TestCompareGroupedLooksUpOnlyGuesses(t *testing.T) {
	const keep, unf = audit.DecisionKeep, audit.DecisionUnfollow
	prev := []audit.Past{
		pastOf("p-paula", audit.Facebook, audit.Friend, "paula-ruiz.1770498838", "Paula Ruiz", unf, audit.RuleUnknown),
		pastOf("p-tom", audit.Twitter, audit.Following, "1234567", "Tom Berg", keep, audit.RuleUnknown),
		pastOf("p-ines", audit.Instagram, audit.Following, "ines.lund", "Ines Lund", unf, audit.RuleUnknown),
	}
	var items []audit.Item
	for i := 0; i < 50; i++ {
		n := fmt.Sprint(i)
		items = append(items,
			item("p-fb"+n, audit.Facebook, audit.Friend, "kim-nam-"+n+".16000000"+fmt.Sprintf("%02d", i), "Kim Nam "+n, false, audit.RuleUnknown),
			item("p-tw"+n, audit.Twitter, audit.Following, "99"+n, "Lee Park "+n, false, audit.RuleUnknown),
			item("p-ig"+n, audit.Instagram, audit.Following, "lee.park"+n, "Lee Park "+n, false, audit.RuleUnknown))
	}
	asked := 0
	grouped := func(key string) string { asked++; return "" }
	audit.CompareGrouped(prev, items, func(string, string, string) bool { return true }, nil, grouped)
	if asked != 0 {
		t.Errorf("the latest grouping was asked %d times, where no guess names an account", asked)
	}
}

// An Instagram (LinkedIn) follow gone, kept, names only the new follows
// dated before the audit that listed it: the follows made since, as every
// quarter has, are no guess, and the latest grouping is not asked of them.
func TestCompareGroupedLooksUpOnlyFollowsBefore(t *testing.T) {
	const keep = audit.DecisionKeep
	since, err := audit.ParseDate("2026-10-01")
	if err != nil {
		t.Fatal(err)
	}
	for _, network := range []string{audit.Instagram, audit.LinkedIn} {
		t.Run(network, func(t *testing.T) {
			prev := []audit.Past{pastOf("p-ines", network, audit.Following, "ines-lund", "Ines Lund", keep, audit.RuleUnknown)}
			var items []audit.Item
			for i := 0; i < 50; i++ {
				it := item(fmt.Sprint("p-new", i), network, audit.Following, fmt.Sprint("lee-park-", i), fmt.Sprint("Lee Park ", i), false, audit.RuleUnknown)
				it.Account.Since = since
				items = append(items, it)
			}
			asked := 0
			grouped := func(key string) string { asked++; return "" }
			for _, c := range audit.CompareGrouped(prev, items, func(string, string, string) bool { return true }, nil, grouped) {
				if strings.Contains(c.Note, "renamed?") {
					t.Errorf("%s %s: %q, of a follow made after the audit", c.Kind, c.ID, c.Note)
				}
			}
			if asked != 0 {
				t.Errorf("the latest grouping was asked %d times, where no guess names an account", asked)
			}
		})
	}
}
