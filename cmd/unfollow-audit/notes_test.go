package main

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// TestUntracedNoteCap checks that a long list of typed keys names the
// first untracedListed with their lines and counts the others, and that
// the keys of rows the person added are named every one.
func TestUntracedNoteCap(t *testing.T) {
	var keys []audit.UnseenKey
	for i := range untracedListed + 2 {
		keys = append(keys, audit.UnseenKey{Line: i + 2, Key: fmt.Sprintf("linkedin:typo-%d", i)})
	}
	at := func(line int) string { return fmt.Sprintf("line %d", line) }
	got := untracedNote(untracedKeys{keys: keys}, nil, at)
	if want := fmt.Sprintf("linkedin:typo-%d on ledger line %d, and 2 more, named once these are fixed)", untracedListed-1, untracedListed+1); !strings.Contains(got, want) {
		t.Errorf("untracedNote = %q, want it to contain %q", got, want)
	}
	if strings.Contains(got, fmt.Sprintf("typo-%d ", untracedListed)) {
		t.Errorf("untracedNote = %q names more than %d keys", got, untracedListed)
	}
	got = unseenNote(keys, nil, at)
	if last := keys[len(keys)-1]; !strings.Contains(got, last.Key+" on ledger line "+fmt.Sprint(last.Line)+")") || strings.Contains(got, "more") {
		t.Errorf("unseenNote = %q, want every key named", got)
	}
}

// TestRetakenNotePlural checks that the note of several Instagram
// accounts followed after the audit that listed their usernames speaks
// of them in the plural, and of one in the singular.
func TestRetakenNotePlural(t *testing.T) {
	one := audit.Retaken{Key: "instagram:alice.moreau", PersonID: "p-alice", Followed: audit.NewDate(2026, 12, 10), Listed: "2026-11-25"}
	two := audit.Retaken{Key: "instagram:bo.lind", PersonID: "p-bo", Followed: audit.NewDate(2026, 12, 11), Listed: "2026-11-25"}
	name := func(string) string { return "" }
	for _, tt := range []struct {
		retaken   []audit.Retaken
		want, not []string
	}{
		{[]audit.Retaken{one}, []string{"1 Instagram account you follow was", "you followed it again", "move its key"}, []string{"them", "each key"}},
		{[]audit.Retaken{one, two}, []string{"2 Instagram accounts you follow were", "you followed them again", "move each key"}, []string{" it again", "its owner", "its key"}},
	} {
		got := retakenNote(tt.retaken, name)
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("retakenNote of %d = %q, want it to contain %q", len(tt.retaken), got, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(got, w) {
				t.Errorf("retakenNote of %d = %q, want it not to contain %q", len(tt.retaken), got, w)
			}
		}
	}
}

// TestNotesLostNoteCountsPeople checks that the note on notes gone from
// the ledger names people, each once, and counts them apart from their
// accounts: a deleted row of Bruno's two accounts read "2 accounts ...
// (Bruno Keller, and 1 more)", sending the person to look for someone
// else whose notes were gone; and that it names up to three of them, as
// the other notes do, where it named one and counted the rest, so that a
// person restored the one named and lost the others' notes.
func TestNotesLostNoteCountsPeople(t *testing.T) {
	lost := func(person, network, id, name string) audit.Change {
		return audit.Change{Kind: audit.ChangeChanged, PersonID: person, Network: network, ID: id, Name: name,
			Before: audit.DecisionUnfollow, BeforeRule: audit.RuleToxic, After: audit.DecisionUnfollow, AfterRule: audit.RuleUnknown, Note: audit.ReasonNothingKnown}
	}
	for _, c := range []struct {
		name    string
		changes []audit.Change
		want    string
		not     string
	}{
		{"one account", []audit.Change{lost("p1", "facebook", "bruno-keller.1", "Bruno Keller")},
			"1 account the last audit decided on your notes has none now (Bruno Keller): ", ""},
		{"two accounts of one person", []audit.Change{
			lost("p1", "facebook", "bruno-keller.1", "Bruno Keller"),
			lost("p1", "linkedin", "brunokeller", "Bruno Keller"),
		}, "2 accounts of 1 person the last audit decided on your notes have none now (Bruno Keller): ", "more"},
		{"accounts of two people", []audit.Change{
			lost("p1", "facebook", "bruno-keller.1", "Bruno Keller"),
			lost("p2", "twitter", "1406", ""),
			lost("p1", "linkedin", "brunokeller", "Bruno Keller"),
		}, "3 accounts of 2 people the last audit decided on your notes have none now (Bruno Keller, twitter:1406): ", "more"},
		{"accounts of as many people", []audit.Change{
			lost("p1", "facebook", "bruno-keller.1", "Bruno Keller"),
			lost("p2", "twitter", "1406", ""),
		}, "2 accounts the last audit decided on your notes have none now (Bruno Keller, twitter:1406): ", "more"},
		{"more people than named", []audit.Change{
			lost("p1", "facebook", "bruno-keller.1", "Bruno Keller"),
			lost("p2", "twitter", "1406", ""),
			lost("p3", "linkedin", "lenavogt", "Lena Vogt"),
			lost("p4", "linkedin", "adabrandt", "Ada Brandt"),
		}, "4 accounts the last audit decided on your notes have none now (Bruno Keller, twitter:1406, Lena Vogt, and 1 more): ", ""},
		{"three people", []audit.Change{
			lost("p1", "facebook", "bruno-keller.1", "Bruno Keller"),
			lost("p2", "twitter", "1406", ""),
			lost("p3", "linkedin", "lenavogt", "Lena Vogt"),
		}, "3 accounts the last audit decided on your notes have none now (Bruno Keller, twitter:1406, Lena Vogt): ", "more"},
		// Namesakes, two people of one name, read "(Anna Schmidt, Anna
		// Schmidt)", one person twice, and took two of the three named.
		{"namesakes", []audit.Change{
			lost("p1", "linkedin", "annaschmidt", "Anna Schmidt"),
			lost("p2", "linkedin", "bruno", "Bruno Keller"),
			lost("p3", "linkedin", "annaschmidt2", "Anna Schmidt"),
			lost("p4", "linkedin", "lenavogt", "Lena Vogt"),
			lost("p5", "linkedin", "adabrandt", "Ada Brandt"),
		}, "5 accounts the last audit decided on your notes have none now (2 named Anna Schmidt, Bruno Keller, Lena Vogt, and 1 more): ", ""},
		{"namesakes alone", []audit.Change{
			lost("p1", "linkedin", "annaschmidt", "Anna Schmidt"),
			lost("p3", "linkedin", "annaschmidt2", "Anna Schmidt"),
		}, "2 accounts the last audit decided on your notes have none now (2 named Anna Schmidt): ", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := notesLostNote(c.changes, "the last audit", true, true)
			if !strings.HasPrefix(got, c.want) {
				t.Errorf("notesLostNote = %q, want it to start %q", got, c.want)
			}
			if c.not != "" && strings.Contains(got, c.not) {
				t.Errorf("notesLostNote = %q, want no %q", got, c.not)
			}
		})
	}
}

// TestRenamedNoteBounded checks that the note on name cells renamed names
// at most renamedListed of them, old → new, counts the others, however
// many, and says nothing where none was renamed; review's says the ledger
// gets them with the first answer.
func TestRenamedNoteBounded(t *testing.T) {
	names := func(n int) []audit.RenamedName {
		var out []audit.RenamedName
		for i := range n {
			out = append(out, audit.RenamedName{Line: i + 2, Old: fmt.Sprintf("Ada %d", i), New: fmt.Sprintf("Ada King %d", i)})
		}
		return out
	}
	tests := []struct {
		name  string
		first []audit.RenamedName
		n     int
		in    renamedIn
		want  string
	}{
		{"none", nil, 0, renamedByAudit, ""},
		{"one", names(1), 1, renamedByAudit, "1 ledger name cell followed a rename in these exports: Ada 0 → Ada King 0. " +
			"The tool wrote that name, and the account has a new one; to keep an old name, write it back: a name you write is never changed."},
		{"three, all named", names(3), 3, renamedByAudit, "3 ledger name cells followed a rename in these exports: Ada 0 → Ada King 0, Ada 1 → Ada King 1, Ada 2 → Ada King 2. " +
			"The tool wrote those names, and the accounts have new ones; to keep an old name, write it back: a name you write is never changed."},
		{"a million: three named", names(3), 1_000_000, renamedByAudit, "1,000,000 ledger name cells followed a rename in these exports: Ada 0 → Ada King 0, Ada 1 → Ada King 1, Ada 2 → Ada King 2, and 999,997 more. " +
			"The tool wrote those names, and the accounts have new ones; to keep an old name, write it back: a name you write is never changed."},
		{"more given than listed", names(5), 5, renamedByAudit, "5 ledger name cells followed a rename in these exports: Ada 0 → Ada King 0, Ada 1 → Ada King 1, Ada 2 → Ada King 2, and 2 more. " +
			"The tool wrote those names, and the accounts have new ones; to keep an old name, write it back: a name you write is never changed."},
		{"review", names(1), 2, renamedByReview, "2 ledger name cells follow a rename in these exports: Ada 0 → Ada King 0, and 1 more (saved with your first answer). " +
			"The tool wrote those names, and the accounts have new ones; to keep an old name, write it back after the review: a name you write is never changed."},
		{"review, one", names(1), 1, renamedByReview, "1 ledger name cell follows a rename in these exports: Ada 0 → Ada King 0 (saved with your first answer). " +
			"The tool wrote that name, and the account has a new one; to keep an old name, write it back after the review: a name you write is never changed."},
		{"review, nobody to review", names(1), 1, renamedUnsaved, "1 ledger name cell follows a rename in these exports: Ada 0 → Ada King 0 (nothing to review, so not saved: the next audit with these exports saves it). " +
			"The tool wrote that name, and the account has a new one; to keep an old name, write it back after that audit: a name you write is never changed."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := renamedNote(tt.first, tt.n, tt.in); got != tt.want {
				t.Errorf("renamedNote:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestUnfollowedConnectionsNote checks the line after the summary that
// counts the LinkedIn connections Member_Follows.csv shows unfollowed
// (audit.ExtraUnfollowed) that the run leaves off both lists: each once,
// in the singular or the plural, none where there is none, not one kept
// (on keep.csv) nor one of another network, and not one the run compared
// with had (an unfollow done, told by changes.csv, or found so then),
// while a connection made since is counted; nor one that run had under
// another id (a profile address changed), its replaced row saying it is
// gone from the accounts followed; nor one that run found unfollowed
// under another id.
func TestUnfollowedConnectionsNote(t *testing.T) {
	item := func(network, relation, id string, unfollowedRow, offLists bool) audit.Item {
		a := &audit.Account{Network: network, Relation: relation, ID: id, Name: id}
		if unfollowedRow {
			a.Extra = map[string]string{audit.ExtraUnfollowed: "2024-08-19"}
		}
		return audit.Item{Account: a, Decision: audit.Decision{Rule: audit.RuleUnknown, Unfollowed: offLists}}
	}
	past := func(network, id string) audit.Past {
		return audit.PastCells{AsOf: "2026-11-25", PersonID: "p" + id, Network: network, Relation: audit.Connection,
			ID: id, Name: id, Decision: audit.DecisionUnfollow, Rule: audit.RuleUnknown}.Past()
	}
	lena := item(audit.LinkedIn, audit.Connection, "lenavogt", true, true)
	hiro := item(audit.LinkedIn, audit.Connection, "hirotanaka", true, true)
	kept := item(audit.LinkedIn, audit.Connection, "bruno", true, false) // FollowGone: on keep.csv
	listed := item(audit.LinkedIn, audit.Connection, "greta", false, false)
	// a Facebook friend found unfollowed by a re-audit: told by changes.csv
	friend := item(audit.Facebook, audit.Friend, "lenavogt", false, true)
	// Tomas: his address changed since the run compared with, which had
	// him as tomasberg, and he is unfollowed since.
	tomas := item(audit.LinkedIn, audit.Connection, "tomas-berg-42", true, true)
	tomas.Person = &audit.Person{ID: "ptomas"}
	tomasWas := past(audit.LinkedIn, "tomasberg")
	replacedGone := audit.Change{Kind: audit.ChangeReplaced, PersonID: "ptomas", Network: audit.LinkedIn, Relation: audit.Connection,
		ID: "tomasberg", Before: audit.DecisionUnfollow, BeforeRule: audit.RuleUnknown}
	// Replaced, and still followed (decided after): not that row.
	replacedFollowed := replacedGone
	replacedFollowed.After, replacedFollowed.AfterRule = audit.DecisionUnfollow, audit.RuleUnknown
	// Found unfollowed by the run compared with as tomasberg, his address
	// changed since: no row of changes, the same connection.
	tomas.Person.Accounts = []*audit.Account{tomas.Account}
	tomasOff := audit.PastCells{AsOf: "2026-11-25", PersonID: "ptomas", Network: audit.LinkedIn, Relation: audit.Connection,
		ID: "tomasberg", Name: "tomasberg", Decision: audit.DecisionUnfollow, Rule: audit.RuleUnknown, Follow: audit.FollowUnfollowed}.Past()
	const one = "1 LinkedIn connection you already unfollowed (Member_Follows.csv says so) stays connected and is off the lists."
	const two = "2 LinkedIn connections you already unfollowed (Member_Follows.csv says so) stay connected and are off the lists."
	for _, tc := range []struct {
		name    string
		items   []audit.Item
		past    []audit.Past
		changes []audit.Change
		want    string
	}{
		{"none", []audit.Item{listed, kept, friend}, nil, nil, ""},
		{"one, first audit", []audit.Item{listed, lena, kept}, nil, nil, one},
		{"two, first audit", []audit.Item{lena, listed, hiro, friend}, nil, nil, two},
		{"one the run compared with had", []audit.Item{lena, hiro}, []audit.Past{past(audit.LinkedIn, "lenavogt")}, nil, one},
		{"both had", []audit.Item{lena, hiro}, []audit.Past{past(audit.LinkedIn, "hirotanaka"), past(audit.LinkedIn, "lenavogt")}, nil, ""},
		{"the same id on another network", []audit.Item{lena}, []audit.Past{past(audit.Facebook, "lenavogt")}, nil, one},
		{"had under another id", []audit.Item{tomas, lena}, []audit.Past{tomasWas}, []audit.Change{replacedGone}, one},
		{"a replaced row still followed", []audit.Item{tomas}, []audit.Past{tomasWas}, []audit.Change{replacedFollowed}, one},
		{"found unfollowed under another id", []audit.Item{tomas, lena}, []audit.Past{tomasOff}, nil, one},
		{"found unfollowed under another id, alone", []audit.Item{tomas}, []audit.Past{tomasOff, past(audit.LinkedIn, "greta")}, nil, ""},
	} {
		if got := unfollowedConnectionsNote(tc.items, tc.past, tc.changes); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// The follow-again note asks a Facebook friend again (a friend request),
// and keeps its wording for follows: a Facebook page and a LinkedIn
// account are followed again. A person with a friend and a follow on
// Facebook is a friend, whichever key their row names first.
func TestFollowAgainNoteFacebookFriends(t *testing.T) {
	const ledger = "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports\n" +
		"p1,Ana Lima,facebook:ana-lima.1600000000,2026-10-01,,,,,,,no\n" +
		"p2,Café Lumière,facebook:cafe-lumiere.1742412465,2026-11-01,,,,,,,no\n" +
		"p3,Northwind,linkedin:northwind,,,yes,,,,,no\n" +
		"p4,Bo Chen,facebook:bo-chen.1700000001;facebook:bo-chen.1600000002,2026-10-01,,,,,,,no\n"
	asOf := audit.NewDate(2026, 11, 25)
	l, err := audit.ReadLedger(strings.NewReader(ledger), "ledger.csv", asOf)
	if err != nil {
		t.Fatal(err)
	}
	rules := audit.Rules{AsOf: asOf, Window: audit.Span{N: 12, Unit: 'm'}, Policy: audit.DefaultPolicy()}
	read := func(string) bool { return true }
	friendsOf := func(friends ...string) func([]string) map[string]bool {
		return func(keys []string) map[string]bool {
			out := map[string]bool{}
			for _, k := range keys {
				out[k] = slices.Contains(friends, k)
			}
			return out
		}
	}
	for _, tc := range []struct {
		name    string
		friends func([]string) map[string]bool
		want    []string
	}{
		{"follows only", friendsOf(), []string{"Ana Lima (facebook), Café Lumière (facebook), Northwind (linkedin), and 1 more", ". To keep them, follow them again there, unless their account was deleted ("}},
		{"friends and follows", friendsOf("facebook:ana-lima.1600000000", "facebook:bo-chen.1600000002"),
			[]string{"Ana Lima (facebook friend), Café Lumière (facebook), Northwind (linkedin), and 1 more", ". To keep them, follow them again there, and send a Facebook friend a friend request, unless their account was deleted ("}},
		{"no answer", nil, []string{". To keep them, follow them again there, unless their account was deleted ("}},
	} {
		got, _ := followAgainNote(l, rules, read, tc.friends, nil, nil, nil)
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: got %q, want %q in it", tc.name, got, w)
			}
		}
	}
	// A key changes.csv guesses renamed ("renamed?") is named so, and the
	// note says to check the new account before following again.
	guessed := func(key string) bool {
		return strings.HasPrefix(key, "linkedin:") || strings.HasPrefix(key, "instagram:")
	}
	got, _ := followAgainNote(l, rules, read, friendsOf(), guessed, nil, nil)
	for _, w := range []string{"Northwind (linkedin: renamed?)", "Ana Lima (facebook),", `Where it says "renamed?", changes.csv names a new account that may be theirs, under a new name: if it is, move its key to their ledger row rather than follow them again.`} {
		if !strings.Contains(got, w) {
			t.Errorf("renamed?: got %q, want %q in it", got, w)
		}
	}
	if got, _ := followAgainNote(l, rules, read, friendsOf(), nil, nil, nil); strings.Contains(got, "renamed?") {
		t.Errorf("no guess: got %q, want no renamed? in it", got)
	}
	// Friends alone: Ana, and Bo whose second key is the friend.
	only := "p1,Ana Lima,facebook:ana-lima.1600000000,2026-10-01,,,,,,,no\n" +
		"p4,Bo Chen,facebook:bo-chen.1700000001;facebook:bo-chen.1600000002,2026-10-01,,,,,,,no\n"
	l, err = audit.ReadLedger(strings.NewReader(ledger[:strings.Index(ledger, "\n")+1]+only), "ledger.csv", asOf)
	if err != nil {
		t.Fatal(err)
	}
	got, asked := followAgainNote(l, rules, read, friendsOf("facebook:ana-lima.1600000000", "facebook:bo-chen.1600000002"), nil, nil, nil)
	if want := "Your notes keep 2 people these exports show you follow nowhere: Ana Lima (facebook friend), Bo Chen (facebook friend). To keep them, send them a friend request on Facebook, unless their account was deleted ("; !strings.HasPrefix(got, want) {
		t.Errorf("friends only: got %q, want it to start with %q", got, want)
	}
	// The friends it asks a friend request of, by the key that is the
	// friend (Bo's second): the unfriended note asks them no more.
	if want := []string{"facebook:ana-lima.1600000000", "facebook:bo-chen.1600000002"}; !slices.Equal(asked, want) {
		t.Errorf("friends only: asked %q, want %q", asked, want)
	}
}

// A Facebook key of a row the person added by hand (in_exports empty
// before this run) no run ever listed: the older history files are not
// read for it, which at a million rows cost a quarter second a file on
// every re-audit while the notes kept the row. It is taken for a follow,
// as a key no history lists is; a key a run listed is still looked up.
func TestFacebookFriendsHandAddedKeys(t *testing.T) {
	const handTyped, gone = "facebook:ana-lima.1600000000", "facebook:bo-chen.1600000002"
	for _, tc := range []struct {
		name      string
		keys      []string
		wantAsked []string // the keys olderRelations is asked for
	}{
		{"hand-added only", []string{handTyped}, nil},
		{"hand-added and gone", []string{handTyped, gone}, []string{gone}},
	} {
		var asked []string
		n := auditNotes{handAdded: map[string]bool{handTyped: true}, olderRelations: func(rel map[string]string) {
			for k, r := range rel {
				if r == "" {
					asked = append(asked, k)
				}
			}
			rel[gone] = audit.Friend
		}}
		got := n.facebookFriends(tc.keys)
		if !slices.Equal(asked, tc.wantAsked) {
			t.Errorf("%s: older history read for %q, want %q", tc.name, asked, tc.wantAsked)
		}
		if got[handTyped] {
			t.Errorf("%s: the hand-added key taken for a friend", tc.name)
		}
		if want := slices.Contains(tc.keys, gone); got[gone] != want {
			t.Errorf("%s: the gone friend's key a friend: %v, want %v", tc.name, got[gone], want)
		}
	}
}

// TestFollowedKeys checks that followedKeys finds the keys asked about
// among the accounts listed, and looks them up without a key or an
// allocation per account: the follow-again-there note asks about the
// rows its notes keep, at a million accounts.
func TestFollowedKeys(t *testing.T) {
	items := make([]audit.Item, 10000)
	for i := range items {
		items[i] = audit.Item{Account: &audit.Account{Network: audit.Twitter, ID: fmt.Sprint(i)}}
	}
	// Ids of 255 bytes or more share a length's bit (see followedItems).
	long := strings.Repeat("x", 300)
	items = append(items, audit.Item{Account: &audit.Account{Network: audit.Instagram, ID: "ada.l"}},
		audit.Item{Account: &audit.Account{Network: audit.Mastodon, ID: long + "@example.social"}})
	got := followedKeys(items)([]string{"twitter:42", "instagram:ada.l", "instagram:42", "twitter:x", "mastodon:" + long + "@example.social", "mastodon:" + long})
	want := map[string]bool{"twitter:42": true, "instagram:ada.l": true, "mastodon:" + long + "@example.social": true}
	if len(got) != len(want) || !got["twitter:42"] || !got["instagram:ada.l"] || !got["mastodon:"+long+"@example.social"] {
		t.Errorf("followedKeys = %v, want %v", got, want)
	}
	allocs := testing.AllocsPerRun(10, func() { followedKeys(items)([]string{"twitter:x"}) })
	if allocs > 10 {
		t.Errorf("followedKeys made %.0f allocations for one key among %d accounts, want a few", allocs, len(items))
	}
}

// followedKeys answers as the map of every account's key it replaced
// (Account.Key) did, for keys as a ledger holds them: typed in another
// case, a LinkedIn address percent-escaped or not, an id holding a colon
// or an @, a key twice, a key of no account. A key matches an account
// only byte for byte, network and id, as before.
func TestFollowedKeysAsKeyMap(t *testing.T) {
	items := []audit.Item{
		{Account: &audit.Account{Network: audit.LinkedIn, ID: "zo%C3%AB-m"}},
		{Account: &audit.Account{Network: audit.LinkedIn, ID: "ana-lima"}},
		{Account: &audit.Account{Network: audit.Twitter, ID: "3001"}},
		{Account: &audit.Account{Network: audit.Mastodon, ID: "kofi@mastodon.social"}},
		{Account: &audit.Account{Network: audit.YouTube, ID: "UCx:y"}},
		{Account: &audit.Account{Network: audit.Facebook, ID: "cleo-ruiz.1600000002", Relation: audit.Follower}},
	}
	old := map[string]bool{}
	for i := range items {
		old[items[i].Account.Key()] = true
	}
	keys := []string{"linkedin:zo%C3%AB-m", "linkedin:zoë-m", "linkedin:zo%c3%ab-m", "LinkedIn:ana-lima", "linkedin:Ana-Lima",
		"linkedin:ana-lima", "linkedin:ana-lima", "twitter:3001", "twitter:@3001", "mastodon:kofi@mastodon.social",
		"mastodon:@kofi@mastodon.social", "youtube:UCx:y", "youtube:UCx", "facebook:cleo-ruiz.1600000002", "instagram:3001", ""}
	got := followedKeys(items)(keys)
	for _, k := range keys {
		if got[k] != old[k] {
			t.Errorf("followedKeys: %q is %v, the map of keys says %v", k, got[k], old[k])
		}
	}
}

// TestPossibleCountFollowedOnly: the note after the summary counts the
// people of the ledger who may be someone else too. A journalist's 20,000
// Facebook followers, named, share names with the accounts followed
// elsewhere, and with each other: each follower of such a name has a
// possible match, but no ledger row and no decision, and 1,490 of the
// 2,685 people counted were such followers. Nor is a person counted whose
// only possible matches are followers: joining them changes no decision,
// and audit.Merge lists none (the connection below was counted, for two
// followers of her name).
func TestPossibleCountFollowedOnly(t *testing.T) {
	acc := func(network, relation, id, name string) audit.Account {
		return audit.Account{Network: network, Relation: relation, ID: id, Name: name}
	}
	tests := []struct {
		name     string
		accounts []audit.Account
		want     int
	}{
		{"a connection and two followers of the name on Facebook", []audit.Account{
			acc(audit.LinkedIn, audit.Connection, "ana-chen-1f", "Ana Chen"),
			acc(audit.Facebook, audit.Follower, "ana-chen", "Ana Chen"),
			acc(audit.Facebook, audit.Follower, "ana-chen~2", "Ana Chen"),
		}, 0},
		{"followers alone", []audit.Account{
			acc(audit.LinkedIn, audit.Follower, "ana-chen-1f", "Ana Chen"),
			acc(audit.Facebook, audit.Follower, "ana-chen", "Ana Chen"),
			acc(audit.Facebook, audit.Follower, "ana-chen~2", "Ana Chen"),
		}, 0},
		{"a connection and two friends of the name", []audit.Account{
			acc(audit.LinkedIn, audit.Connection, "ana-chen-1f", "Ana Chen"),
			acc(audit.Facebook, audit.Friend, "ana-chen", "Ana Chen"),
			acc(audit.Facebook, audit.Friend, "ana-chen~2", "Ana Chen"),
		}, 3},
		{"a connection, a friend and a follower of the name", []audit.Account{
			acc(audit.LinkedIn, audit.Connection, "ana-chen-1f", "Ana Chen"),
			acc(audit.Facebook, audit.Friend, "ana-chen", "Ana Chen"),
			acc(audit.Facebook, audit.Follower, "ana-chen~2", "Ana Chen"),
		}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := possibleCount(audit.Merge(tt.accounts, nil)); got != tt.want {
				t.Errorf("possibleCount = %d, want %d", got, tt.want)
			}
		})
	}
}

// TestBatchHint: a re-audit of a big audience's exports told them to
// unfollow 9,185 LinkedIn accounts by hand, and no word of --batch-size,
// though platforms lock people who unfollow hundreds a day. The hint is
// said where the run says to unfollow more than batchHintOver accounts
// on one network, the list not split; not on a baseline, whose next step
// is the ledger, nor for a short list.
func TestBatchHint(t *testing.T) {
	counts := func(network string, unfollow, notReviewed int) audit.Counts {
		return audit.Counts{Network: network, Followed: unfollow, Unfollow: unfollow, NotReviewed: notReviewed}
	}
	big := []audit.Counts{counts(audit.Facebook, 2391, 2273), counts(audit.LinkedIn, 9185, 8918), counts(audit.Twitter, 3414, 3316)}
	tests := []struct {
		name      string
		summary   audit.Summary
		batchSize int
		want      string
	}{
		{"reviewed, thousands", audit.Summary{Networks: big, Total: counts("", 14990, 14507), Reviewed: true}, 0,
			"Platforms throttle, and may lock, people who unfollow hundreds of accounts a day, and unfollow.csv lists 9,185 on LinkedIn: add --batch-size N to split it per network into files of at most N rows, and do one file per network a day."},
		{"split already", audit.Summary{Networks: big, Total: counts("", 14990, 14507), Reviewed: true}, 300, ""},
		{"baseline", audit.Summary{Networks: big, Total: counts("", 14990, 14990)}, 0, ""},
		{"nothing left to review", audit.Summary{Networks: []audit.Counts{counts(audit.Twitter, 201, 0)}, Total: counts("", 201, 0)}, 0,
			"Platforms throttle, and may lock, people who unfollow hundreds of accounts a day, and unfollow.csv lists 201 on Twitter/X: add --batch-size N to split it per network into files of at most N rows, and do one file per network a day."},
		{"200 on each network", audit.Summary{Networks: []audit.Counts{counts(audit.Facebook, 200, 0), counts(audit.Twitter, 200, 0)}, Total: counts("", 400, 0), Reviewed: true}, 0, ""},
		// Mastodon's are unfollowed by importing the keep file with
		// Overwrite, in one go: the hint named Mastodon's 400, beside the
		// note that the keep file unfollows them all, and not LinkedIn's
		// 299, done by hand.
		{"Mastodon the most", audit.Summary{Networks: []audit.Counts{counts(audit.LinkedIn, 299, 0), {Network: audit.Mastodon, Followed: 401, Keep: 1, Unfollow: 400}}, Total: counts("", 699, 0), Reviewed: true}, 0,
			"Platforms throttle, and may lock, people who unfollow hundreds of accounts a day, and unfollow.csv lists 299 on LinkedIn: add --batch-size N to split it per network into files of at most N rows, and do one file per network a day."},
		{"Mastodon alone", audit.Summary{Networks: []audit.Counts{{Network: audit.Mastodon, Followed: 5001, Keep: 1, Unfollow: 5000}, counts(audit.Twitter, 150, 0)}, Total: counts("", 5150, 0), Reviewed: true}, 0, ""},
		// Past the import limit the keep list unfollows no one: Mastodon's
		// are done by hand, and count.
		// One that keeps no one is not to be imported yet: the same.
		{"Mastodon keeps none", audit.Summary{Networks: []audit.Counts{counts(audit.Mastodon, 300, 0), counts(audit.Twitter, 150, 0)}, Total: counts("", 450, 0), Reviewed: true}, 0,
			"Platforms throttle, and may lock, people who unfollow hundreds of accounts a day, and unfollow.csv lists 300 on Mastodon: add --batch-size N to split it per network into files of at most N rows, and do one file per network a day."},
		{"Mastodon past the import limit", audit.Summary{Networks: []audit.Counts{{Network: audit.Mastodon, Followed: 20501, Keep: 20001, Unfollow: 500}, counts(audit.Twitter, 150, 0)}, Total: counts("", 650, 0), Reviewed: true}, 0,
			"Platforms throttle, and may lock, people who unfollow hundreds of accounts a day, and unfollow.csv lists 500 on Mastodon: add --batch-size N to split it per network into files of at most N rows, and do one file per network a day."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := batchHint(tt.summary, tt.batchSize); got != tt.want {
				t.Errorf("batchHint = %q, want %q", got, tt.want)
			}
		})
	}
}

// An account gone from its list may be one the person unfollowed or one
// deleted, which no export tells apart: the follow-again notes say to
// follow again unless it was deleted, in the words of its network (a
// YouTube channel is subscribed to, a Facebook friend asked again).
func TestFollowAgainHow(t *testing.T) {
	for _, tc := range []struct {
		asks, follows, subscribes bool
		want                      string
	}{
		{false, true, false, "follow them again there, unless their account was deleted"},
		{false, false, true, "subscribe to them again, unless their channel was deleted"},
		{true, false, false, "send them a friend request on Facebook, unless their account was deleted"},
		{false, true, true, "follow them again there (subscribe again on YouTube), unless their account was deleted"},
		{true, true, false, "follow them again there, and send a Facebook friend a friend request, unless their account was deleted"},
		{true, false, true, "follow them again there (subscribe again on YouTube), and send a Facebook friend a friend request, unless their account was deleted"},
	} {
		if got := followAgainHow(tc.asks, tc.follows, tc.subscribes); got != tc.want {
			t.Errorf("followAgainHow(%v, %v, %v) = %q, want %q", tc.asks, tc.follows, tc.subscribes, got, tc.want)
		}
	}
}

// The handle note names the new key a guess names where the note names
// one account on that network, guessed to one new account; elsewhere a
// placeholder.
func TestHandleNoteGuessedKey(t *testing.T) {
	guesses := guessedNew([]audit.Change{
		{Kind: audit.ChangeReplaced, Network: audit.Instagram, ID: "amelie.d", Guess: true, Hinted: "instagram:amelie.durand"},
		{Kind: audit.ChangeGone, Network: audit.Instagram, ID: "two.new", Hinted: "instagram:a instagram:b"},
		{Kind: audit.ChangeNew, Network: audit.Instagram, ID: "fresh", Hinted: "instagram:x"},
	}, []audit.Change{{Network: audit.Mastodon, ID: "yara_s@hachyderm.io", Hinted: "mastodon:yara_s@mastodon.social"}})
	for _, tc := range []struct {
		name  string
		keys  []string
		want  string
		nets  []string
		guess func(string) (guessedKey, bool)
	}{
		{"one guessed", []string{"instagram:amelie.d"}, "as instagram:amelie.durand, the account changes.csv guesses is theirs)", []string{audit.Instagram}, guesses},
		{"a hint of two", []string{"instagram:two.new"}, "as instagram:new_name)", []string{audit.Instagram}, guesses},
		{"two named on the network", []string{"instagram:amelie.d", "instagram:other"}, "as instagram:new_name)", []string{audit.Instagram}, guesses},
		{"earlier guess", []string{"mastodon:yara_s@hachyderm.io"}, "as mastodon:yara_s@mastodon.social, the account an earlier audit guessed is theirs, in the note on earlier guesses below)", []string{audit.Mastodon}, guesses},
		{"one of two networks", []string{"instagram:amelie.d", "mastodon:tomasz@101010.pl"}, "as instagram:amelie.durand, the account changes.csv guesses is theirs, or mastodon:user@new.server)", []string{audit.Mastodon, audit.Instagram}, guesses},
		{"no guesses", []string{"instagram:amelie.d"}, "as instagram:new_name)", []string{audit.Instagram}, nil},
	} {
		got := handleNote(tc.nets, handleGuesses(tc.keys, tc.guess))
		if !strings.Contains(got, tc.want) {
			t.Errorf("%s: got %q, want %q in it", tc.name, got, tc.want)
		}
	}
}

// TestRefollowedNote checks the note on Facebook accounts that took a
// ledger row by their name: it names up to three of them with their rows,
// as the person is to check each (a namesake would have taken someone
// else's notes), where it named the first one and counted the others;
// and a friend is said a friend again, of the name of one gone from your
// friends, not one followed again whom you unfollowed.
func TestRefollowedNote(t *testing.T) {
	rows := map[string]string{"p1": "Café Lumière", "p2": "Lukas Becker", "p3": "Oskar Nilsson", "p4": "Mia Ko"}
	rowName := func(id string) string { return rows[id] }
	friends := map[string]bool{"facebook:lukas-becker.1800100000": true, "facebook:mia-ko.1800300000": true}
	friend := func(key string) bool { return friends[key] }
	cafe := audit.AddedKey{Key: "facebook:cafe-lumiere.1786000000", PersonID: "p1"}
	lukas := audit.AddedKey{Key: "facebook:lukas-becker.1800100000", PersonID: "p2"}
	oskar := audit.AddedKey{Key: "facebook:oskar-nilsson.1800000000", PersonID: "p3"}
	mia := audit.AddedKey{Key: "facebook:mia-ko.1800300000", PersonID: "p4"}
	for _, c := range []struct {
		name  string
		again []audit.AddedKey
		want  string
	}{
		{"a follow", []audit.AddedKey{cafe},
			"facebook:cafe-lumiere.1786000000, followed again, took the ledger row of Café Lumière by its name: the account of that name you unfollowed before. If it is someone else, move it to a row of its own, with an empty person_id."},
		{"a friend", []audit.AddedKey{lukas},
			"facebook:lukas-becker.1800100000, a friend again, took the ledger row of Lukas Becker by its name: the friend of that name gone from your friends before. If it is someone else, move it to a row of its own, with an empty person_id."},
		{"two", []audit.AddedKey{cafe, oskar},
			"2 Facebook accounts, followed again, took ledger rows by their name (facebook:cafe-lumiere.1786000000 on Café Lumière's row, facebook:oskar-nilsson.1800000000 on Oskar Nilsson's row): the accounts of those names you unfollowed before. If one is someone else, move it to a row of its own, with an empty person_id."},
		// "2 Facebook accounts friends again took" read as a slip: set
		// apart, as the note on one is.
		{"two friends", []audit.AddedKey{lukas, mia},
			"2 Facebook accounts, friends again, took ledger rows by their name (facebook:lukas-becker.1800100000 on Lukas Becker's row, facebook:mia-ko.1800300000 on Mia Ko's row): the friends of those names gone from your friends before. If one is someone else, move it to a row of its own, with an empty person_id."},
		{"four, friends among them", []audit.AddedKey{cafe, lukas, oskar, mia},
			"4 Facebook accounts, followed again or friends again, took ledger rows by their name (facebook:cafe-lumiere.1786000000 on Café Lumière's row, facebook:lukas-becker.1800100000 on Lukas Becker's row, facebook:oskar-nilsson.1800000000 on Oskar Nilsson's row, and 1 more): the accounts of those names unfollowed or gone from your friends before. If one is someone else, move it to a row of its own, with an empty person_id."},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := refollowedNote(c.again, rowName, friend); got != c.want {
				t.Errorf("refollowedNote =\n%q, want\n%q", got, c.want)
			}
		})
	}
}

// TestJoinedRowNoteBounded checks that a re-audit joining many new
// accounts to noted rows says so in one line naming joinedRowNamed of
// them, as the other notes name a few, and counts the rest.
func TestJoinedRowNoteBounded(t *testing.T) {
	var keys []audit.AddedKey
	var evidence, names []string
	for i := range 2000 {
		keys = append(keys, audit.AddedKey{Key: fmt.Sprintf("twitter:%d", 3000+i), PersonID: fmt.Sprintf("p%d", i), Name: fmt.Sprintf("Sam Lee %d", i)})
		evidence = append(evidence, "the same name sam lee")
		names = append(names, "Sam Lee")
	}
	note := joinedRowNote(keys, evidence, names)
	if strings.Contains(note, "\n") {
		t.Fatalf("note is more than one line: %q", note)
	}
	if got := strings.Count(note, " on the row of "); got != joinedRowNamed {
		t.Errorf("note names %d accounts, want %d: %q", got, joinedRowNamed, note)
	}
	for _, want := range []string{"2,000 accounts new", "twitter:3000 (Sam Lee) on the row of Sam Lee 0, by the same name sam lee", "; and 1,997 more."} {
		if !strings.Contains(note, want) {
			t.Errorf("note lacks %q: %q", want, note)
		}
	}
	if strings.Contains(note, "twitter:3003") {
		t.Errorf("note names a fourth account: %q", note)
	}
}
