package audit_test

import (
	"bytes"
	"encoding/csv"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// reach-out.csv says how to reach each person: the link of each of their
// accounts, as unfollow.csv and keep.csv give it (the export's profile
// address, else the network's search for the name or a link made of the
// id), and the e-mail addresses the exports gave, each once. An account no
// export of this run holds (unfollowed, or its list carried from the last
// run) gets the link its key and the last run's name make, or the ledger
// row's name where the key was made of it.
func TestReachOutContacts(t *testing.T) {
	fbFriend := account(audit.Facebook, audit.Friend, "chloe-martin.1588291200", "Chloé Martin")
	liConn := withEmail(account(audit.LinkedIn, audit.Connection, "chloe-m-77", "Chloé Martin"), "chloe@example.org")
	liConn.ProfileURL = "https://www.linkedin.com/in/chloe-m-77"
	liOld := withEmail(account(audit.LinkedIn, audit.Connection, "chloe-martin.20190530", "Chloé Martin"), "Chloe@Example.org")
	igFollower := account(audit.Instagram, audit.Follower, "chloe.m", "Chloé Martin")
	igFollower.Handle = "chloe.m"
	evil := withEmail(account(audit.LinkedIn, audit.Connection, "eve", "Eve"), "=cmd@example.org")
	evil.ProfileURL = "javascript:alert(1)"
	semi := account(audit.LinkedIn, audit.Connection, "semi", "Semi")
	semi.ProfileURL = "https://www.linkedin.com/in/semi;x"
	carried := []audit.Past{
		audit.PastCells{AsOf: "2026-08-25", PersonID: "p1", Network: audit.Facebook, Relation: audit.Friend,
			ID: "chloe-martin.1588291200", Name: "Chloé Martin", Decision: audit.DecisionUnfollow, Rule: audit.RuleLapsed}.Past(),
	}
	tests := []struct {
		name     string
		keys     string
		accounts []audit.Account
		carried  []audit.Past
		links    string
		emails   string
	}{
		{"facebook friend: the search for the name", "facebook:chloe-martin.1588291200",
			[]audit.Account{fbFriend}, nil,
			"https://www.facebook.com/search/top/?q=Chlo%C3%A9+Martin", ""},
		{"linkedin connection with its address and e-mail, then facebook", "linkedin:chloe-m-77;facebook:chloe-martin.1588291200",
			[]audit.Account{fbFriend, liConn}, nil,
			"https://www.linkedin.com/in/chloe-m-77;https://www.facebook.com/search/top/?q=Chlo%C3%A9+Martin", "chloe@example.org"},
		{"one e-mail in two cases, given once", "linkedin:chloe-m-77;linkedin:chloe-martin.20190530",
			[]audit.Account{liConn, liOld}, nil,
			"https://www.linkedin.com/in/chloe-m-77;https://www.linkedin.com/search/results/people/?keywords=Chlo%C3%A9+Martin", "chloe@example.org"},
		{"an account that only follows you is a way to reach them too", "twitter:1;instagram:chloe.m",
			[]audit.Account{account(audit.Twitter, audit.Following, "1", "Chloé Martin"), igFollower}, nil,
			"https://twitter.com/intent/user?user_id=1;https://www.instagram.com/chloe.m/", ""},
		{"a script for an address gives the search; an e-mail like a formula is neutralised", "linkedin:eve",
			[]audit.Account{evil}, nil,
			"https://www.linkedin.com/search/results/people/?keywords=Eve", "'=cmd@example.org"},
		{"a ; in an address does not split it", "linkedin:semi",
			[]audit.Account{semi}, nil,
			"https://www.linkedin.com/in/semi%3Bx", ""},
		{"gone from the exports: links made of the keys, and the row's name", "twitter:1499;instagram:chloe.m~2;youtube:UCchloe;mastodon:chloe@example.social;linkedin:chloe-m-77;linkedin:chloe-martin.20190530;facebook:chloe-martin.1588291200",
			nil, nil,
			"https://twitter.com/intent/user?user_id=1499;https://www.instagram.com/chloe.m/;https://www.youtube.com/channel/UCchloe;https://example.social/@chloe;https://www.linkedin.com/in/chloe-m-77;https://www.linkedin.com/search/results/people/?keywords=Chlo%C3%A9+Martin;https://www.facebook.com/search/top/?q=Chlo%C3%A9+Martin", ""},
		{"carried from the last run: its name", "facebook:chloe-martin.1588291200",
			nil, carried,
			"https://www.facebook.com/search/top/?q=Chlo%C3%A9+Martin", ""},
		{"a mastodon account of the exporting server has no link", "mastodon:chloe",
			nil, nil, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := readLedger(t, lines(stdHeader, "p1,Chloé Martin,"+tt.keys+",2020,,,,,friend,,yes"))
			people := audit.Merge(slices.Clone(tt.accounts), l.Known())
			l.Update(people)
			list := reportRules.ReachOuts(l, people, tt.carried)
			if len(list) != 1 {
				t.Fatalf("%d on the list, want 1", len(list))
			}
			data := render2(t, func(w io.Writer) error { return audit.WriteReachOut(w, list) })
			recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(recs[0], audit.ReachOutColumns) {
				t.Fatalf("header %q", recs[0])
			}
			col := func(name string) string { return recs[1][slices.Index(recs[0], name)] }
			if got := col("links"); got != tt.links {
				t.Errorf("links\n%q, want\n%q", got, tt.links)
			}
			if got := col("emails"); got != tt.emails {
				t.Errorf("emails %q, want %q", got, tt.emails)
			}
			if got := col("accounts"); got != tt.keys {
				t.Errorf("accounts %q, want %q", got, tt.keys)
			}
		})
	}
}

// The columns before links and emails keep their places: a reader of the
// list by position, or by name, reads them as before.
func TestReachOutColumnsKeepTheirPlaces(t *testing.T) {
	before := []string{"person_id", "name", "relationship", "last_met", "accounts", "rule", "why"}
	if !slices.Equal(audit.ReachOutColumns[:len(before)], before) {
		t.Errorf("columns %q, want %q first", audit.ReachOutColumns, before)
	}
}

// An account carried from the last audit (its list left out of this
// run's exports) that the audit kept, and the notes still keep on its
// network, keeps its person as this run's keep.csv would: reach-out.csv
// says to call them as well, naming where they are kept, not rather than
// follow. A carried unfollow, or a carried keep that the notes or this
// run's policy no longer keep, does not.
func TestReachOutCarriedKept(t *testing.T) {
	past := func(network, id, decision, rule string) audit.Past {
		return audit.PastCells{AsOf: "2026-08-25", PersonID: "p1", Network: network, Relation: audit.Following,
			ID: id, Decision: decision, Rule: rule}.Past()
	}
	lapsed := "last met 2020, more than 12 months before " + asOf.String()
	tests := []struct {
		name    string
		notes   string // inspiring,supplier
		policy  string
		carried []audit.Past
		why     string
	}{
		{"kept for inspiring you on a carried list", "yes,", "",
			[]audit.Past{past(audit.Twitter, "42", audit.DecisionKeep, audit.RuleInspiring)},
			lapsed + "; kept for inspiring you on Twitter/X, carried from the audit of 2026-08-25: pick up the phone as well"},
		{"kept as a supplier on a carried list", ",yes", "",
			[]audit.Past{past(audit.Instagram, "lea", audit.DecisionKeep, audit.RuleSupplier)},
			lapsed + "; kept as a supplier on Instagram, carried from the audit of 2026-08-25: pick up the phone as well"},
		{"a carried unfollow keeps no one", "yes,", "",
			[]audit.Past{past(audit.Twitter, "42", audit.DecisionUnfollow, audit.RulePolicy)},
			lapsed + ": pick up the phone rather than follow"},
		{"a carried keep the notes no longer keep by", ",", "",
			[]audit.Past{past(audit.Twitter, "42", audit.DecisionKeep, audit.RuleInspiring)},
			lapsed + ": pick up the phone rather than follow"},
		{"a carried keep this run's policy no longer allows", "yes,", "twitter=met",
			[]audit.Past{past(audit.Twitter, "42", audit.DecisionKeep, audit.RuleInspiring)},
			lapsed + ": pick up the phone rather than follow"},
		{"another person's carried keep", "yes,", "",
			[]audit.Past{past(audit.Twitter, "43", audit.DecisionKeep, audit.RuleInspiring)},
			lapsed + ": pick up the phone rather than follow"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := readLedger(t, lines(stdHeader,
				"p1,Léa Moreau,twitter:42;instagram:lea,2020,"+tt.notes+",,,sister,,yes",
				"p2,Ana Silva,twitter:43,,,,,,,,yes"))
			people := audit.Merge(nil, l.Known())
			l.Update(people)
			rules := reportRules
			rules.Policy = audit.DefaultPolicy()
			if tt.policy != "" {
				if err := rules.Policy.Set(tt.policy); err != nil {
					t.Fatal(err)
				}
			}
			list := rules.ReachOuts(l, people, tt.carried)
			if len(list) != 1 {
				t.Fatalf("%d on the list, want 1", len(list))
			}
			data := render2(t, func(w io.Writer) error { return audit.WriteReachOut(w, list) })
			recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if got := recs[1][slices.Index(recs[0], "why")]; got != tt.why {
				t.Errorf("why\n%q, want\n%q", got, tt.why)
			}
		})
	}
}

// Two people of one name (two Facebook friends called Chloé Martin, whom
// Facebook tells apart by nothing but the day you became friends): the
// one reach-out.csv and report.html list is told apart from the other,
// met last month and kept, as unfollow.csv and keep.csv tell their
// accounts apart. Without it the row read as the one you just met, the
// same name and the same search link, and "no date of your last
// meeting" as a note the tool had lost.
func TestReachOutNamesakesToldApart(t *testing.T) {
	met := account(audit.Facebook, audit.Friend, "chloe-martin.1719909910", "Chloé Martin")
	met.Since = audit.NewDate(2024, 7, 2)
	notMet := account(audit.Facebook, audit.Friend, "chloe-martin.1631477051", "Chloé Martin")
	notMet.Since = audit.NewDate(2021, 9, 12)
	handleOnly := account(audit.Twitter, audit.Following, "77", "Sam Lee")
	handleOnly.Handle = "samlee"
	alone := account(audit.Facebook, audit.Friend, "lukas-becker.1698681774", "Lukas Becker")
	alone.Since = audit.NewDate(2023, 10, 30)
	l := readLedger(t, lines(stdHeader,
		"p1,Chloé Martin,facebook:chloe-martin.1719909910,2026-10,,,,,friend,,yes",
		"p2,Chloé Martin,facebook:chloe-martin.1631477051,,,,,,friend,,yes",
		"p3,Lukas Becker,facebook:lukas-becker.1698681774,,,,,,cousin,,yes",
		"p4,Sam Lee,twitter:77,,,,,,friend,,yes",
		"p5,Sam Lee,twitter:78,,,,,,friend,,no"))
	people := audit.Merge([]audit.Account{met, notMet, alone, handleOnly}, l.Known())
	l.Update(people)
	list := reportRules.ReachOuts(l, people, nil)
	want := map[string]string{
		"p2": "no date of your last meeting; same name as another person in the ledger (this one friends on Facebook since 2021-09-12)",
		"p3": "no date of your last meeting",
		"p4": "no date of your last meeting; same name as another person in the ledger (this one @samlee on Twitter/X)",
		"p5": "no date of your last meeting; same name as another person in the ledger, told apart by their accounts",
	}
	if len(list) != len(want) {
		t.Fatalf("%d on the list, want %d", len(list), len(want))
	}
	for _, ro := range list {
		if got := ro.Why(); got != want[ro.PersonID] {
			t.Errorf("%s: why\n%q, want\n%q", ro.PersonID, got, want[ro.PersonID])
		}
	}
}

// An account of someone to call that no export of the run holds any
// more (unfriended, unfollowed since) is linked by a search for the
// ledger row's name where the key was made of that name: the key's slug
// drops what a search needs, Indic and Thai vowel signs ("अमित" is
// "अम-त" there), accents, apostrophes, case, and a name of no letters at
// all is "unnamed", a search for nothing. A name the person wrote over
// it ("Mum") is not the account's: the key's words then, as before. The
// name is searched as it reads: a line break typed in the cell is a space.
func TestReachOutGoneAccountSearchesTheLedgerName(t *testing.T) {
	tests := []struct{ name, key, link string }{
		{"अमित शर्मा", "facebook:" + audit.Slug("अमित शर्मा") + ".1700000100",
			"https://www.facebook.com/search/top/?q=%E0%A4%85%E0%A4%AE%E0%A4%BF%E0%A4%A4+%E0%A4%B6%E0%A4%B0%E0%A5%8D%E0%A4%AE%E0%A4%BE"},
		{"🌸🌸", "facebook:unnamed.1700000101", "https://www.facebook.com/search/top/?q=%F0%9F%8C%B8%F0%9F%8C%B8"},
		{`Ali "Al" O'Neil`, "facebook:ali-al-oneil.1700000103", "https://www.facebook.com/search/top/?q=Ali+%22Al%22+O%27Neil"},
		{"Chloé Martin", "linkedin:chloe-martin.20190530", "https://www.linkedin.com/search/results/people/?keywords=Chlo%C3%A9+Martin"},
		{"Mum", "facebook:lukas-becker.1698681774", "https://www.facebook.com/search/top/?q=lukas+becker"},
		// Typed on two lines in the ledger, or with a space after it:
		// searched as it reads, not for a line break.
		{"Mia\nHoffmann 🌻", "facebook:mia-hoffmann.1754913631", "https://www.facebook.com/search/top/?q=Mia+Hoffmann+%F0%9F%8C%BB"},
		{" Ann Lee ", "facebook:ann-lee.1754913632", "https://www.facebook.com/search/top/?q=Ann+Lee"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := readLedger(t, lines(stdHeader, `p1,"`+strings.ReplaceAll(tt.name, `"`, `""`)+`",`+tt.key+",2020,,,,,family,,no"))
			people := audit.Merge(nil, l.Known())
			l.Update(people)
			list := reportRules.ReachOuts(l, people, nil)
			if len(list) != 1 {
				t.Fatalf("%d on the list, want 1", len(list))
			}
			if list[0].Links != tt.link {
				t.Errorf("links\n%q, want\n%q", list[0].Links, tt.link)
			}
		})
	}
}

// Namesakes whose accounts no export of the run holds any more are told
// apart by what their keys hold: the day a Facebook friendship or follow
// began, the day of a LinkedIn connection, an Instagram username.
// report.html shows no accounts column, so "told apart by their accounts"
// left two such rows of its list word for word alike.
func TestReachOutNamesakesGoneToldApartByTheirKeys(t *testing.T) {
	l := readLedger(t, lines(stdHeader,
		"p1,Bob Stone,facebook:bob-stone.1500000000,,,,,,friend,,no",
		"p2,Bob Stone,linkedin:bob-stone.20190101,,,,,,friend,,no",
		"p3,Bob Stone,instagram:bob.stone,,,,,,friend,,no",
		"p4,Bob Stone,youtube:UCbob,,,,,,friend,,no"))
	people := audit.Merge(nil, l.Known())
	l.Update(people)
	list := reportRules.ReachOuts(l, people, nil)
	want := map[string]string{
		"p1": "no date of your last meeting; same name as another person in the ledger (this one on Facebook since 2017-07-14)",
		"p2": "no date of your last meeting; same name as another person in the ledger (this one connected on LinkedIn since 2019-01-01)",
		"p3": "no date of your last meeting; same name as another person in the ledger (this one @bob.stone on Instagram)",
		"p4": "no date of your last meeting; same name as another person in the ledger, told apart by their accounts",
	}
	if len(list) != len(want) {
		t.Fatalf("%d on the list, want %d", len(list), len(want))
	}
	for _, ro := range list {
		if got := ro.Why(); got != want[ro.PersonID] {
			t.Errorf("%s: why\n%q, want\n%q", ro.PersonID, got, want[ro.PersonID])
		}
	}
}

// Names that read alike are namesakes though their bytes differ: a space
// typed after a name in the ledger, two between its words (report.html
// shows one), or an accent written as a letter and a combining mark (a
// name typed on a Mac) read the same in the report, and in a
// spreadsheet, as the name written otherwise.
func TestReachOutNamesakesReadAlike(t *testing.T) {
	l := readLedger(t, lines(stdHeader,
		`p1,"Chloé Martin ",facebook:chloe-martin.1500000000,,,,,,friend,,no`,
		"p2,Chloe\u0301 Martin,facebook:chloe-martin.1600000000,,,,,,friend,,no",
		"p3,Ann Lee,facebook:ann-lee.1500000000,,,,,,friend,,no",
		"p4,Ann  Lee,facebook:ann-lee.1600000000,,,,,,friend,,no",
		"p5,Ann Leé,facebook:ann-lee.1700000000,,,,,,friend,,no"))
	people := audit.Merge(nil, l.Known())
	l.Update(people)
	list := reportRules.ReachOuts(l, people, nil)
	want := map[string]string{
		"p1": "no date of your last meeting; same name as another person in the ledger (this one on Facebook since 2017-07-14)",
		"p2": "no date of your last meeting; same name as another person in the ledger (this one on Facebook since 2020-09-13)",
		"p3": "no date of your last meeting; same name as another person in the ledger (this one on Facebook since 2017-07-14)",
		"p4": "no date of your last meeting; same name as another person in the ledger (this one on Facebook since 2020-09-13)",
		"p5": "no date of your last meeting",
	}
	if len(list) != len(want) {
		t.Fatalf("%d on the list, want %d", len(list), len(want))
	}
	for _, ro := range list {
		if got := ro.Why(); got != want[ro.PersonID] {
			t.Errorf("%s: why\n%q, want\n%q", ro.PersonID, got, want[ro.PersonID])
		}
	}
}
