package audit_test

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// The exports of the update tests: Cy only follows you; Dee's two
// accounts share a unique full name; Eve follows you and is your friend:
// her row lists the friend, not the account that only follows you, which
// is decided on nothing and in no history file (see rowAccounts).
var world = []audit.Account{
	withEmail(account(audit.Facebook, audit.Friend, "ada.1", "Ada Lovelace"), "ada@example.org"),
	account(audit.Twitter, audit.Following, "2", "Bob Stone"),
	account(audit.Twitter, audit.Follower, "3", "Cy Follower"),
	account(audit.LinkedIn, audit.Connection, "dee", "Dee Jones"),
	account(audit.Twitter, audit.Following, "4", "Dee Jones"),
	account(audit.Facebook, audit.Friend, "eve.1", "Eve Ray"),
	account(audit.Twitter, audit.Follower, "5", "Eve Ray"),
}

// bom starts a ledger the tool makes (see NewLedger).
const bom = "\ufeff"

var ids = strings.NewReplacer(
	"{ada}", pid("facebook:ada.1"),
	"{bob}", pid("twitter:2"),
	"{cy}", pid("twitter:3"),
	"{dee}", pid("linkedin:dee"),
	"{eve}", pid("facebook:eve.1"),
	"{aaron}", pid("twitter:9"),
)

func TestUpdateFirstRun(t *testing.T) {
	got, l, people := run(t, "", world)
	// A ledger the tool makes has a byte order mark: Excel opens it
	// with its accents.
	want := bom + ids.Replace(lines(
		stdHeader,
		"{ada},Ada Lovelace,facebook:ada.1,,,,,,,,yes",
		"{bob},Bob Stone,twitter:2,,,,,,,,yes",
		"{dee},Dee Jones,linkedin:dee;twitter:4,,,,,,,,yes",
		"{eve},Eve Ray,facebook:eve.1,,,,,,,,yes",
	))
	if got != want {
		t.Fatalf("first ledger:\n%s", diffLines(got, want))
	}
	for _, p := range people {
		r := l.Row(p.ID)
		if p.ID == pid("twitter:3") {
			if r != nil {
				t.Errorf("Cy, who only follows you, has a row")
			}
			continue
		}
		if r == nil {
			t.Errorf("%s has no row", p.Name())
			continue
		}
		if r.Notes().Reviewed() {
			t.Errorf("%s's new row has annotations %+v", p.Name(), r.Notes())
		}
	}
}

// The ledger of world after the person annotated it: changed a name,
// filled cells, wrote a note that looks like a formula.
var annotated = ids.Replace(lines(
	stdHeader,
	`{ada},Ada (school),facebook:ada.1,2026-03,yes,,,,Friend,"'=met, at last",yes`,
	"{bob},Bob Stone,twitter:2,2020,,,,,,,yes",
	"{dee},Dee Jones,linkedin:dee;twitter:4,,,X,,,colleague,,yes",
	"{eve},Eve Ray,facebook:eve.1;twitter:5,,,,,1,,,yes",
))

func TestUpdateKeepsEveryCell(t *testing.T) {
	got, l, people := run(t, annotated, world)
	if got != annotated {
		t.Fatalf("a run changed the annotated ledger:\n%s", diffLines(got, annotated))
	}
	// Decisions use the row's annotations.
	rules := audit.Rules{AsOf: asOf, Window: audit.DefaultWindow, Policy: audit.DefaultPolicy()}
	want := map[string]string{
		"facebook:ada.1": audit.RuleMet,
		"twitter:2":      audit.RuleLapsed,
		"linkedin:dee":   audit.RuleSupplier,
		"twitter:4":      audit.RuleSupplier,
		"facebook:eve.1": audit.RuleUnsure,
	}
	items := rules.DecideAll(people, l)
	if len(items) != len(want) {
		t.Errorf("%d decisions, want %d", len(items), len(want))
	}
	for _, it := range items {
		if r := it.Decision.Rule; r != want[it.Account.Key()] {
			t.Errorf("%s decided by rule %s, want %s", it.Account.Key(), r, want[it.Account.Key()])
		}
	}
}

func TestUpdateGoneAndBack(t *testing.T) {
	noBob := slices.DeleteFunc(slices.Clone(world), func(a audit.Account) bool { return a.Key() == "twitter:2" })
	gone, _, _ := run(t, annotated, noBob)
	wantGone := strings.Replace(annotated, "Bob Stone,twitter:2,2020,,,,,,,yes", "Bob Stone,twitter:2,2020,,,,,,,no", 1)
	if gone != wantGone {
		t.Fatalf("Bob gone from the exports:\n%s", diffLines(gone, wantGone))
	}
	// Bob now only follows you: still no account you follow.
	bobFollower := append(slices.Clone(noBob), account(audit.Twitter, audit.Follower, "2", "Bob Stone"))
	if got, _, _ := run(t, gone, bobFollower); got != wantGone {
		t.Fatalf("Bob back as a follower only:\n%s", diffLines(got, wantGone))
	}
	back, l, people := run(t, gone, world)
	if back != annotated {
		t.Fatalf("Bob back in the exports:\n%s", diffLines(back, annotated))
	}
	rules := audit.Rules{AsOf: asOf, Window: audit.DefaultWindow, Policy: audit.DefaultPolicy()}
	for _, it := range rules.DecideAll(people, l) {
		if it.Account.Key() == "twitter:2" && (it.Person.ID != ids.Replace("{bob}") || it.Decision.Rule != audit.RuleLapsed) {
			t.Errorf("Bob back: person %s, rule %s; want his old id and annotations (lapsed)", it.Person.ID, it.Decision.Rule)
		}
	}
}

func TestUpdateAppendsNewPeopleAndAccounts(t *testing.T) {
	more := append(slices.Clone(world),
		account(audit.Twitter, audit.Following, "9", "Aaron Abel"),
		withEmail(account(audit.LinkedIn, audit.Connection, "ada-l", "A. Lovelace"), "ADA@example.org "),
		account(audit.Instagram, audit.Follower, "newcy", "Someone Else"),
	)
	got, _, _ := run(t, annotated, more)
	want := ids.Replace(lines(
		stdHeader,
		`{ada},Ada (school),facebook:ada.1;linkedin:ada-l,2026-03,yes,,,,Friend,"'=met, at last",yes`,
		"{bob},Bob Stone,twitter:2,2020,,,,,,,yes",
		"{dee},Dee Jones,linkedin:dee;twitter:4,,,X,,,colleague,,yes",
		"{eve},Eve Ray,facebook:eve.1;twitter:5,,,,,1,,,yes",
		"{aaron},Aaron Abel,twitter:9,,,,,,,,yes",
	))
	if got != want {
		t.Fatalf("ledger with a new person and a new account of Ada:\n%s", diffLines(got, want))
	}
	if again, _, _ := run(t, got, more); again != got {
		t.Fatalf("second run changed the ledger:\n%s", diffLines(again, got))
	}
}

// The person splits a wrong merge: two rows, the new one without a person
// id. The split holds and the new row gets an id.
func TestUpdateSplitHolds(t *testing.T) {
	exports := []audit.Account{
		account(audit.Facebook, audit.Friend, "max.1", "Max Müller"),
		account(audit.LinkedIn, audit.Connection, "max-m", "Max Muller"),
	}
	first, _, people := run(t, "", exports)
	maxID := pid("facebook:max.1")
	if want := bom + lines(stdHeader, maxID+",Max Müller,facebook:max.1;linkedin:max-m,,,,,,,,yes"); first != want {
		t.Fatalf("first run did not merge the two Max:\n%s", diffLines(first, want))
	}
	if len(people) != 1 {
		t.Fatalf("%d people, want 1", len(people))
	}
	split := lines(stdHeader,
		maxID+",Max Müller,facebook:max.1,2026-10-01,,,,,friend,,yes",
		",Max Muller (work),linkedin:max-m,,,,,,colleague,not the same Max,",
	)
	got, l, people := run(t, split, exports)
	workID := pid("linkedin:max-m")
	want := lines(stdHeader,
		maxID+",Max Müller,facebook:max.1,2026-10-01,,,,,friend,,yes",
		workID+",Max Muller (work),linkedin:max-m,,,,,,colleague,not the same Max,yes",
	)
	if got != want {
		t.Fatalf("after the split:\n%s", diffLines(got, want))
	}
	if len(people) != 2 {
		t.Fatalf("%d people after the split, want 2", len(people))
	}
	rules := audit.Rules{AsOf: asOf, Window: audit.DefaultWindow, Policy: audit.DefaultPolicy()}
	for _, it := range rules.DecideAll(people, l) {
		switch it.Account.Key() {
		case "facebook:max.1":
			if it.Person.ID != maxID || it.Decision.Rule != audit.RuleMet {
				t.Errorf("facebook Max: person %s rule %s", it.Person.ID, it.Decision.Rule)
			}
		case "linkedin:max-m":
			if it.Person.ID != workID || it.Decision.Rule != audit.RuleUnknown || it.Notes().Relationship != "colleague" {
				t.Errorf("linkedin Max: person %s rule %s notes %+v", it.Person.ID, it.Decision.Rule, it.Notes())
			}
		}
	}
	if again, _, _ := run(t, got, exports); again != got {
		t.Fatalf("the split did not hold on the next run:\n%s", diffLines(again, got))
	}
}

// The person joins two rows the merge kept apart.
func TestUpdateJoinHolds(t *testing.T) {
	exports := []audit.Account{
		account(audit.Facebook, audit.Friend, "ann.1", "Ann Smith"),
		account(audit.Twitter, audit.Following, "7", "A. Smith"),
	}
	first, _, _ := run(t, "", exports)
	ann, as := pid("facebook:ann.1"), pid("twitter:7")
	if want := bom + lines(stdHeader, as+",A. Smith,twitter:7,,,,,,,,yes", ann+",Ann Smith,facebook:ann.1,,,,,,,,yes"); first != want {
		t.Fatalf("first run:\n%s", diffLines(first, want))
	}
	tests := []struct{ name, joined, want string }{{
		name:   "other row deleted",
		joined: lines(stdHeader, ann+",Ann Smith,facebook:ann.1;twitter:7,2026-06-01,,,,,,,yes"),
		want:   lines(stdHeader, ann+",Ann Smith,facebook:ann.1;twitter:7,2026-06-01,,,,,,,yes"),
	}, {
		name: "other row's accounts emptied",
		joined: lines(stdHeader, as+",A. Smith,,,,,,,,,yes",
			ann+",Ann Smith,facebook:ann.1;twitter:7,2026-06-01,,,,,,,yes"),
		want: lines(stdHeader, as+",A. Smith,,,,,,,,,no",
			ann+",Ann Smith,facebook:ann.1;twitter:7,2026-06-01,,,,,,,yes"),
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, l, people := run(t, tt.joined, exports)
			if got != tt.want {
				t.Fatalf("after the join:\n%s", diffLines(got, tt.want))
			}
			if len(people) != 1 || people[0].ID != ann || len(people[0].Accounts) != 2 {
				t.Fatalf("people after the join: %d, first %+v", len(people), people[0])
			}
			rules := audit.Rules{AsOf: asOf, Window: audit.DefaultWindow, Policy: audit.DefaultPolicy()}
			for _, it := range rules.DecideAll(people, l) {
				if it.Decision.Rule != audit.RuleMet {
					t.Errorf("%s decided %s, want met from Ann's row", it.Account.Key(), it.Decision.Rule)
				}
			}
			if again, _, _ := run(t, got, exports); again != got {
				t.Fatalf("the join did not hold on the next run:\n%s", diffLines(again, got))
			}
		})
	}
}

func TestLedgerAccountKeysIgnoreCaseWhereIDsAreLowerCase(t *testing.T) {
	in := "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note\n" +
		"p1,Greta,instagram:GretaL; Twitter : 1405 ;mastodon:Greta@Example.Social,,,,,,,\n" +
		// As the name column shows handles, and as typed: the ids the
		// importers make. YouTube's channel ids keep their case.
		"p2,Kai,mastodon:@KaiBrenner@mastodon.online;instagram:@Bakery.Oslo;youtube:UCxYz,,,,,,,\n" +
		"p3,Lena,linkedin:LenaVogt;facebook:Cafe-Lumiere.1742412465;linkedin:Ken-O%E2%80%99Brien,,,,,,,\n" +
		// As a name and a browser's address bar show them.
		"p4,Søren,facebook:Søren-Øvergaard.1560536525;facebook:Café-Lumière.1742412460~2;linkedin:seán-ó-briain,,,,,,,\n" +
		// LinkedIn ids made from a name keep its letters, as Slug does.
		"p5,Bjørn,linkedin:Follow.Søren-Ås;linkedin:company.bjørn-design~2;linkedin:Åsa-Nørgaard.20190105,,,,,,,\n" +
		// The same, saved decomposed (NFD), as some spreadsheets do.
		"p6,Bjørn,linkedin:follow.so\u0308ren-a\u030as~3,,,,,,,\n" +
		// A Mastodon domain as a browser's address bar shows it, in
		// Unicode (any case, NFD too): the xn-- form Mastodon's export
		// writes; and one no domain name (a label starting with a
		// hyphen), as written.
		"p7,Ani,mastodon:@Ani_K@ԹՈՒԹ.ՀԱՅ;mastodon:lea@cafe\u0301.example;mastodon:bo@-թութ.հայ,,,,,,,\n" +
		// A profile's address typed as the name is written, capitals
		// outside ASCII too; an escape typed is kept as written.
		"p8,Seán,linkedin:Seán-Ó-Briain-9;linkedin:ZOË-LÓPEZ;linkedin:ana-%C3%93-x,,,,,,,\n"
	l, err := audit.ReadLedger(strings.NewReader(in), "ledger.csv", audit.NewDate(2026, 11, 25))
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range [][]string{
		2: {"mastodon:kaibrenner@mastodon.online", "instagram:bakery.oslo", "youtube:UCxYz"},
		3: {"linkedin:lenavogt", "facebook:cafe-lumiere.1742412465", "linkedin:ken-o%E2%80%99brien"},
		4: {"facebook:søren-øvergaard.1560536525", "facebook:cafe-lumiere.1742412460~2", "linkedin:se%C3%A1n-%C3%B3-briain"},
		5: {"linkedin:follow.søren-as", "linkedin:company.bjørn-design~2", "linkedin:asa-nørgaard.20190105"},
		6: {"linkedin:follow.soren-as~3"},
		7: {"mastodon:ani_k@xn--69aa8bzb.xn--y9a3aq", "mastodon:lea@xn--caf-dma.example", "mastodon:bo@-թութ.հայ"},
		8: {"linkedin:se%C3%A1n-%C3%B3-briain-9", "linkedin:zo%C3%AB-l%C3%B3pez", "linkedin:ana-%C3%93-x"},
	} {
		if want == nil {
			continue
		}
		if got := l.Row(fmt.Sprintf("p%d", i)).AccountList(); !slices.Equal(got, want) {
			t.Errorf("p%d: account keys %q, want %q", i, got, want)
		}
	}
	// One account twice in a cell, as typed or written two ways, is one.
	in2 := "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note\n" +
		"p1,Ada,twitter:1;twitter:1,,,,,,,\n" +
		"p2,Bruno,linkedin:BrunoKeller;youtube:UCx;linkedin:brunokeller,,,,,,,\n"
	l2, err := audit.ReadLedger(strings.NewReader(in2), "ledger.csv", audit.NewDate(2026, 11, 25))
	if err != nil {
		t.Fatal(err)
	}
	if got := l2.Row("p1").AccountList(); !slices.Equal(got, []string{"twitter:1"}) {
		t.Errorf("p1: %q, want the key once", got)
	}
	if got := l2.Row("p2").AccountList(); !slices.Equal(got, []string{"linkedin:brunokeller", "youtube:UCx"}) {
		t.Errorf("p2: %q, want each key once", got)
	}
	if got := writeLedger(t, l2); !strings.Contains(got, "p1,Ada,twitter:1;twitter:1,") || !strings.Contains(got, "linkedin:BrunoKeller;youtube:UCx;linkedin:brunokeller") {
		t.Errorf("the cell changed:\n%s", got)
	}
	want := []string{"instagram:gretal", "twitter:1405", "mastodon:greta@example.social"}
	if got := l.Rows()[0].AccountList(); !slices.Equal(got, want) {
		t.Errorf("account keys %q, want %q (the cell keeps what was typed)", got, want)
	}
	if got := l.CellsOf(l.Rows()[0])[2]; got != "instagram:GretaL; Twitter : 1405 ;mastodon:Greta@Example.Social" {
		t.Errorf("accounts cell changed to %q", got)
	}
}

// TestLedgerUpdateTwice checks that a second Update of the same ledger
// (the review command's pattern) finds the rows the first one added
// instead of adding them again.
func TestLedgerUpdateTwice(t *testing.T) {
	l := audit.NewLedger()
	people := audit.Merge(slices.Clone(world), nil)
	l.Update(people)
	once := writeLedger(t, l)
	n := len(l.Rows())
	l.Update(people)
	if len(l.Rows()) != n {
		t.Errorf("%d rows after a second Update, want %d", len(l.Rows()), n)
	}
	if twice := writeLedger(t, l); twice != once {
		t.Errorf("a second Update changed the ledger:\n%s", diffLines(twice, once))
	}
	if n < 2 {
		t.Fatalf("only %d rows: the test needs several new people", n)
	}
}

// A row added by hand with its name left empty gets the name from the
// exports; a name the person wrote stays, even where the exports now give
// another, and so does a name cell of spaces: they are what the person
// typed.
func TestUpdateFillsEmptyNames(t *testing.T) {
	in := lines(stdHeader,
		"p1,Mum,facebook:ada.1,2026-03,,,,,family,,yes",
		",,twitter:9,,yes,,,,,,",
		"p3,  ,twitter:10,,,,,,,,yes")
	accounts := []audit.Account{
		account(audit.Facebook, audit.Friend, "ada.1", "Ada Lovelace"),
		account(audit.Twitter, audit.Following, "9", "Aaron Abel"),
		account(audit.Twitter, audit.Following, "10", "Zoë Zed"),
	}
	got, l, _ := run(t, in, accounts)
	for name, want := range map[string]string{"Mum": "facebook:ada.1", "Aaron Abel": "twitter:9", "  ": "twitter:10"} {
		if r := rowNamed(t, l, name); !slices.Equal(r.AccountList(), []string{want}) {
			t.Errorf("row named %q has accounts %q, want %s", name, r.AccountList(), want)
		}
	}
	if strings.Contains(got, "Ada Lovelace") || strings.Contains(got, "Zoë Zed") {
		t.Errorf("the name the person wrote was replaced:\n%s", got)
	}
	if again, _, _ := run(t, got, accounts); again != got {
		t.Errorf("a second run changed the ledger:\n%s", diffLines(again, got))
	}
}

// The rules count from the ledger's dates alone: the day an account was
// followed or connected, even after the audit's day (an export newer than
// --as-of, a clock gone wrong), changes no decision nor reach-out, and
// gives no negative age.
func TestDecideAllIgnoresExportDates(t *testing.T) {
	rules := audit.Rules{AsOf: asOf, Window: audit.DefaultWindow, Policy: audit.DefaultPolicy()}
	decide := func(since audit.Date) (map[string]audit.Decision, []audit.ReachOut) {
		accs := slices.Clone(world)
		for i := range accs {
			accs[i].Since = since
		}
		_, l, people := run(t, annotated, accs)
		out := map[string]audit.Decision{}
		for _, it := range rules.DecideAll(people, l) {
			out[it.Account.Key()] = it.Decision
		}
		return out, rules.ReachOuts(l, people, nil)
	}
	want, wantReach := decide(0)
	for _, since := range []audit.Date{asOf - 5000, asOf, asOf + 1, asOf + 90, asOf + 4000} {
		t.Run(since.String(), func(t *testing.T) {
			got, reach := decide(since)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("decisions with every account since %s:\n%v\nwant (no date)\n%v", since, got, want)
			}
			if !reflect.DeepEqual(reach, wantReach) {
				t.Errorf("reach-outs with every account since %s:\n%v\nwant\n%v", since, reach, wantReach)
			}
		})
	}
}
