package audit_test

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

func item(personID, network, relation, id, name string, keep bool, rule string) audit.Item {
	return audit.Item{
		Person:   &audit.Person{ID: personID},
		Account:  &audit.Account{Network: network, Relation: relation, ID: id, Name: name},
		Decision: audit.Decision{Keep: keep, Rule: rule, Reason: "because " + rule},
	}
}

func writeHistory(t *testing.T, items []audit.Item, day audit.Date) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := audit.WriteHistory(&b, items, nil, day); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestHistoryRoundTrip(t *testing.T) {
	items := []audit.Item{
		item("p1", audit.Facebook, audit.Friend, "ada.1", "Ada Lovelace", true, audit.RuleMet),
		item("p2", audit.Twitter, audit.Following, "1", "=cmd|' /C calc'!A0", false, audit.RuleUnknown),
		item("p3", audit.Twitter, audit.Following, "2", "@jack", false, audit.RuleToxic),
		item("p4", audit.Twitter, audit.Following, "3", "-minus", false, audit.RuleLapsed),
		item("p5", audit.Instagram, audit.Following, "plus", "+plus", true, audit.RuleInspiring),
		item("p6", audit.YouTube, audit.Subscription, "UC1", "'quoted'", true, audit.RuleSupplier),
		item("p7", audit.Mastodon, audit.Following, "@bob@mastodon.social", "\tTab", false, audit.RuleUnsure),
		item("-p8", audit.LinkedIn, audit.Connection, "x", "\rCR, with \"quotes\"\nand a line", false, audit.RulePolicy),
		item("p9", audit.LinkedIn, audit.Following, "y", "", false, audit.RuleUnknown),
		item("p10", audit.LinkedIn, audit.Connection, "fatima-rahman-01", "Fatima Rahman", true, audit.RuleMet),
	}
	items[len(items)-1].Account.Extra = map[string]string{audit.ExtraFollow: "follow.fatima-rahman", audit.ExtraFollowSince: "2025-02-28"}
	data := writeHistory(t, items, asOf)
	if bytes.Contains(data, []byte(",=cmd")) || bytes.Contains(data, []byte(",@jack")) || bytes.Contains(data, []byte(",-minus")) {
		t.Errorf("history has formula cells:\n%s", data)
	}
	got, err := audit.ReadHistory(bytes.NewReader(data), "history/0001_2026-11-25.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(items) {
		t.Fatalf("%d rows read back, want %d", len(got), len(items))
	}
	for i, it := range items {
		a := it.Account
		want := audit.PastCells{AsOf: "2026-11-25", PersonID: it.Person.ID, Network: a.Network, Relation: a.Relation,
			ID: a.ID, Name: a.Name, Decision: audit.DecisionUnfollow, Rule: it.Decision.Rule, Follow: a.Extra[audit.ExtraFollow]}
		if it.Decision.Keep {
			want.Decision = audit.DecisionKeep
		}
		if got[i] != want.Past() || got[i].Cells() != want {
			t.Errorf("row %d read back %+v, want %+v", i, got[i], want)
		}
		if got[i].Key() != a.Key() {
			t.Errorf("key %q, want %q", got[i].Key(), a.Key())
		}
	}
	if !audit.SameDecisions(got, items, nil, asOf) {
		t.Errorf("SameDecisions false for a history read back")
	}
}

// A history written before the follow column is read as ever, its rows
// of no follow; a run that has a follow merged into a connection does not
// repeat it, and writes the history that keeps the follow.
func TestReadHistoryBeforeFollows(t *testing.T) {
	in := "as_of,person_id,network,relation,id,name,decision,rule\r\n" +
		"2026-11-25,p10,linkedin,connection,fatima-rahman-01,Fatima Rahman,keep,met\r\n"
	got, err := audit.ReadHistory(strings.NewReader(in), "history/0001_2026-11-25.csv")
	if err != nil {
		t.Fatal(err)
	}
	want := audit.PastCells{AsOf: "2026-11-25", PersonID: "p10", Network: audit.LinkedIn, Relation: audit.Connection,
		ID: "fatima-rahman-01", Name: "Fatima Rahman", Decision: audit.DecisionKeep, Rule: audit.RuleMet}
	if len(got) != 1 || got[0].Cells() != want {
		t.Fatalf("read %+v, want %+v", got, want)
	}
	it := item("p10", audit.LinkedIn, audit.Connection, "fatima-rahman-01", "Fatima Rahman", true, audit.RuleMet)
	if !audit.SameDecisions(got, []audit.Item{it}, nil, asOf) {
		t.Error("SameDecisions false for the same decision of no follow")
	}
	it.Account.Extra = map[string]string{audit.ExtraFollow: "follow.fatima-rahman"}
	if audit.SameDecisions(got, []audit.Item{it}, nil, asOf) {
		t.Error("SameDecisions true where the run has a follow the history lacks")
	}
}

// A history written before the ledger_cell column is read as ever, its
// keys all written; a run that keeps a key off a misread accounts cell
// does not repeat it, and writes the history that says so.
func TestReadHistoryBeforeLedgerCell(t *testing.T) {
	in := "as_of,person_id,network,relation,id,name,decision,rule,follow\n" +
		"2026-11-25,p10,youtube,subscription,UCsoren,S\u00f8ren,keep,met,\n"
	got, err := audit.ReadHistory(strings.NewReader(in), "history/0001_2026-11-25.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Unwritten() {
		t.Fatalf("read %+v, want one row of a key written", got)
	}
	it := item("p10", audit.YouTube, audit.Subscription, "UCsoren", "S\u00f8ren", true, audit.RuleMet)
	if !audit.SameDecisions(got, []audit.Item{it}, nil, asOf) {
		t.Error("SameDecisions false for the same decision, its key written")
	}
	it.Decision.Unwritten = true
	if audit.SameDecisions(got, []audit.Item{it}, nil, asOf) {
		t.Error("SameDecisions true where the run kept the key off a misread cell")
	}
	data := writeHistory(t, []audit.Item{it}, asOf)
	if !bytes.HasSuffix(data, []byte(",keep,met,,misread,\n")) {
		t.Errorf("history of a key kept off a misread cell:\n%s", data)
	}
	back, err := audit.ReadHistory(bytes.NewReader(data), "history/0002_2026-11-25.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(back) != 1 || !back[0].Unwritten() || !audit.SameDecisions(back, []audit.Item{it}, nil, asOf) {
		t.Errorf("read back %+v, want it unwritten, the same decisions", back)
	}
}

// The history keeps the e-mail address the export gave of a relative's
// or a friend's account (their ledger row's relationship: reach-out.csv
// gives it while the account's list is carried), and no one else's. A
// history written before the email column is read as ever, its rows of
// no e-mail; a run that has a friend's e-mail does not repeat it, and
// writes the history that keeps it.
func TestHistoryEmail(t *testing.T) {
	in := "as_of,person_id,network,relation,id,name,decision,rule,follow,ledger_cell\n" +
		"2026-11-25,p1,linkedin,connection,marta-rossi-7,Marta Rossi,unfollow,lapsed,,\n" +
		"2026-11-25,p2,linkedin,connection,jonas-thal,Jonas Thal,unfollow,unknown,,\n"
	got, err := audit.ReadHistory(strings.NewReader(in), "history/0001_2026-11-25.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Email() != "" || got[1].Email() != "" {
		t.Fatalf("read %+v, want two rows of no e-mail", got)
	}
	marta := item("p1", audit.LinkedIn, audit.Connection, "marta-rossi-7", "Marta Rossi", false, audit.RuleLapsed)
	jonas := item("p2", audit.LinkedIn, audit.Connection, "jonas-thal", "Jonas Thal", false, audit.RuleUnknown)
	items := []audit.Item{marta, jonas}
	if !audit.SameDecisions(got, items, nil, asOf) {
		t.Error("SameDecisions false for the same decisions, of no e-mail")
	}
	// E-mails in the export, no one's relationship written: none kept.
	marta.Account.Email, jonas.Account.Email = "marta.rossi@example.org", "-jonas@example.net"
	if !audit.SameDecisions(got, items, nil, asOf) {
		t.Error("SameDecisions false where no relationship is written")
	}
	if data := writeHistory(t, items, asOf); bytes.Contains(data, []byte("@example")) {
		t.Errorf("history of e-mails of no relative nor friend:\n%s", data)
	}
	audit.SetNotes(marta.Person, &audit.Annotations{Relationship: "cousin"})
	audit.SetNotes(jonas.Person, &audit.Annotations{Relationship: "best friend"})
	if audit.SameDecisions(got, items, nil, asOf) {
		t.Error("SameDecisions true where the run has a friend's e-mail the history lacks")
	}
	data := writeHistory(t, items, asOf)
	if !bytes.HasSuffix(data, []byte(",Marta Rossi,unfollow,lapsed,,,marta.rossi@example.org\n2026-11-25,p2,linkedin,connection,jonas-thal,Jonas Thal,unfollow,unknown,,,'-jonas@example.net\n")) {
		t.Errorf("history of a cousin's and a friend's e-mail:\n%s", data)
	}
	back, err := audit.ReadHistory(bytes.NewReader(data), "history/0002_2026-11-25.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(back) != 2 || back[0].Email() != "marta.rossi@example.org" || back[1].Email() != "-jonas@example.net" ||
		!audit.SameDecisions(back, items, nil, asOf) {
		t.Errorf("read back %+v, want their e-mails, the same decisions", back)
	}
	// Carried as read, e-mail and all.
	var b bytes.Buffer
	if err := audit.WriteHistory(&b, nil, back, asOf+90); err != nil {
		t.Fatal(err)
	}
	again, err := audit.ReadHistory(&b, "history/0003_2027-02-23.csv")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(again, back) {
		t.Errorf("carried %+v, want %+v", again, back)
	}
}

// A Mastodon id an earlier version wrote with its domain in Unicode (it
// read a follows file so, as written) is read as the account the
// importer now makes of either form, the xn-- form; an ASCII id, and
// another network's id in Unicode, stay as written.
func TestReadHistoryMastodonUnicodeDomain(t *testing.T) {
	in := "as_of,person_id,network,relation,id,name,decision,rule,follow\n" +
		"2026-08-25,p3,mastodon,following,ani_k@թութ.հայ,ani_k@թութ.հայ,keep,inspiring,\n" +
		"2026-08-25,p4,mastodon,following,lea@xn--caf-dma.example,lea@café.example,unfollow,,\n" +
		"2026-08-25,p5,mastodon,following,bo@-թութ.հայ,bo@-թութ.հայ,unfollow,,\n" +
		"2026-08-25,p6,linkedin,connection,se%C3%A1n-%C3%B3-briain,Seán Ó Briain,keep,met,\n" +
		"2026-08-25,p7,instagram,following,թութ,թութ,unfollow,,\n"
	got, err := audit.ReadHistory(strings.NewReader(in), "history/0001_2026-08-25.csv")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"mastodon:ani_k@xn--69aa8bzb.xn--y9a3aq", "mastodon:lea@xn--caf-dma.example", "mastodon:bo@-թութ.հայ",
		"linkedin:se%C3%A1n-%C3%B3-briain", "instagram:թութ"}
	if len(got) != len(want) {
		t.Fatalf("read %d rows, want %d", len(got), len(want))
	}
	for i := range got {
		if got[i].Key() != want[i] {
			t.Errorf("row %d: key %q, want %q", i+1, got[i].Key(), want[i])
		}
	}
	if got[0].Name() != "ani_k@թութ.հայ" {
		t.Errorf("name %q, want it as written", got[0].Name())
	}
}

// A review's record has the since column: the dates of its LinkedIn
// accounts, read back by key (ReadHistorySince), and read by ReadHistory
// as a history without it. A history without it has no dates; a since
// cell that is no date is refused with its line.
func TestHistorySince(t *testing.T) {
	day := func(s string) audit.Date {
		d, err := audit.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	items := []audit.Item{
		followedOn(item("p1", audit.LinkedIn, audit.Connection, "bruno-keller-2", "Bruno Keller", false, audit.RuleUnknown), day("2027-01-05")),
		followedOn(item("p2", audit.LinkedIn, audit.Following, "follow.greta", "Greta", false, audit.RuleUnknown), day("2025-02-28")),
		item("p3", audit.LinkedIn, audit.Connection, "hidden-date", "Hal", false, audit.RuleUnknown),
		followedOn(item("p4", audit.Instagram, audit.Following, "ines", "Ines", true, audit.RuleMet), day("2024-05-01")),
	}
	var b bytes.Buffer
	if err := audit.WriteHistorySince(&b, items, asOf); err != nil {
		t.Fatal(err)
	}
	got, since, err := audit.ReadHistorySince(bytes.NewReader(b.Bytes()), "history/review-after-0001.csv")
	if err != nil {
		t.Fatal(err)
	}
	if want := []audit.Date{day("2027-01-05"), day("2025-02-28"), 0, 0}; !slices.Equal(since, want) {
		t.Errorf("since = %v, want %v", since, want)
	}
	want := map[string]audit.Date{"linkedin:bruno-keller-2": day("2027-01-05"), "linkedin:follow.greta": day("2025-02-28")}
	if m := audit.SinceOf(got, since, func(string, string) bool { return true }); !reflect.DeepEqual(m, want) {
		t.Errorf("SinceOf every row = %v, want %v", m, want)
	}
	delete(want, "linkedin:follow.greta")
	if m := audit.SinceOf(got, since, func(_, id string) bool { return id != "follow.greta" }); !reflect.DeepEqual(m, want) {
		t.Errorf("SinceOf but follow.greta = %v, want %v", m, want)
	}
	plain, err := audit.ReadHistory(bytes.NewReader(b.Bytes()), "history/review-after-0001.csv")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, plain) || !slices.Equal(plain, mustRead(t, writeHistory(t, items, asOf))) {
		t.Errorf("read with the since column %v, without it %v", got, plain)
	}
	if _, since, err := audit.ReadHistorySince(bytes.NewReader(writeHistory(t, items, asOf)), "h.csv"); err != nil || since != nil {
		t.Errorf("a history without the since column: %v, %v", since, err)
	}
	// The carried accounts of a review's record keep the dates an
	// earlier review's record gave them (WriteCarriedSince).
	carried := mustRead(t, writeHistory(t, items, asOf))
	for _, dates := range [][]audit.Date{nil, {0, day("2025-02-28")}, since} {
		var c bytes.Buffer
		if err := audit.WriteCarriedSince(&c, carried, dates); err != nil {
			t.Fatal(err)
		}
		back, got, err := audit.ReadHistorySince(bytes.NewReader(c.Bytes()), "history/review-after-0001-carried.csv")
		if err != nil {
			t.Fatal(err)
		}
		want := slices.Clone(dates)
		if want != nil {
			want = append(want, make([]audit.Date, len(carried)-len(want))...)
		}
		if !slices.Equal(back, carried) || !slices.Equal(got, want) {
			t.Errorf("carried with dates %v came back as %v, dates %v", dates, back, got)
		}
	}
	bad := strings.Replace(b.String(), ",2027-01-05\n", ",05 Jan 2027\n", 1)
	if _, _, err := audit.ReadHistorySince(strings.NewReader(bad), "h.csv"); err == nil || !strings.Contains(err.Error(), `h.csv: line 2, column since: "05 Jan 2027" is not a date`) {
		t.Errorf("a since cell of no date: error %v", err)
	}
}

func mustRead(t *testing.T, data []byte) []audit.Past {
	t.Helper()
	p, err := audit.ReadHistory(bytes.NewReader(data), "h.csv")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadHistoryErrors(t *testing.T) {
	header := strings.Join(audit.HistoryColumns, ",") + "\n"
	tests := []struct{ name, in, want string }{
		{"empty", "", "h.csv: the file is empty: restore it from a backup, or delete it to compare with the run before"},
		{"other header", "as_of,person_id,network\n", "h.csv: line 1: not a history file: want the header " + strings.TrimSpace(header)},
		{"a ledger", stdHeader + "\n", "not a history file"},
		{"short row", header + "2026-11-25,p1,twitter,following,1,A,keep\n",
			"h.csv: line 2: 7 cells where the header has 11: the file is damaged: restore it from a backup, or delete it to compare with the run before"},
		// A file cut short inside a quoted cell: said so, where the cell
		// opens, not in the reader's words for a stray quote.
		{"cut inside a quoted cell", header + "2026-11-25,p1,twitter,following,1,\"A,keep,met\n",
			"h.csv: line 2: the file ends inside a quoted cell opened on this line, its closing \" missing: it was perhaps cut short (a copy interrupted, a crash, a full disk): restore it from a backup, or delete it to compare with the run before"},
		{"cut inside a cell of two lines", header + "2026-11-25,p1,twitter,following,1,A,keep,met,,,\n2026-11-25,p2,twitter,following,2,\"Bea\nBo",
			"h.csv: line 3: the file ends inside a quoted cell opened on this line"},
		{"a stray quote", header + "2026-11-25,p1,twitter,following,1,\"A\" B,keep,met,,,\n",
			"h.csv: line 2: not valid CSV (extraneous or missing \" in quoted-field): the file is damaged: restore it from a backup, or delete it to compare with the run before"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := audit.ReadHistory(strings.NewReader(tt.in), "h.csv")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one saying %q", err, tt.want)
			}
		})
	}
	if got, err := audit.ReadHistory(strings.NewReader(header), "h.csv"); err != nil || len(got) != 0 {
		t.Errorf("a history of no account: %v, %v", got, err)
	}
}

// with returns p with the cells change changes.
func with(p audit.Past, change func(*audit.PastCells)) audit.Past {
	c := p.Cells()
	change(&c)
	return c.Past()
}

// followedOn gives its account the day it was followed since.
func followedOn(it audit.Item, d audit.Date) audit.Item {
	it.Account.Since = d
	return it
}

func past(network, relation, id, name, decision, rule string) audit.Past {
	return audit.PastCells{AsOf: "2026-08-25", PersonID: "p-" + id, Network: network, Relation: relation,
		ID: id, Name: name, Decision: decision, Rule: rule}.Past()
}

// pastOf is past with a person id of its own: accounts of one person.
func pastOf(person, network, relation, id, name, decision, rule string) audit.Past {
	return audit.PastCells{AsOf: "2026-08-25", PersonID: person, Network: network, Relation: relation,
		ID: id, Name: name, Decision: decision, Rule: rule}.Past()
}

func TestCompare(t *testing.T) {
	const keep, unf = audit.DecisionKeep, audit.DecisionUnfollow
	since := "followed since the run of 2026-08-25"
	tests := []struct {
		name  string
		prev  []audit.Past
		items []audit.Item
		want  []audit.Change
		// addsUp checks that followed before, plus new, less gone, is
		// followed now (see checkAddsUp).
		addsUp bool
	}{{
		name:  "unchanged",
		prev:  []audit.Past{past(audit.Twitter, audit.Following, "1", "A", keep, audit.RuleMet), past(audit.Twitter, audit.Following, "2", "B", unf, audit.RuleUnknown)},
		items: []audit.Item{item("p-1", audit.Twitter, audit.Following, "1", "A", true, audit.RuleMet), item("p-2", audit.Twitter, audit.Following, "2", "B", false, audit.RuleUnknown)},
	}, {
		name:  "same decision by another rule, renamed, other person",
		prev:  []audit.Past{past(audit.Twitter, audit.Following, "1", "A", unf, audit.RuleUnknown)},
		items: []audit.Item{item("p-other", audit.Twitter, audit.Following, "1", "A renamed", false, audit.RuleLapsed)},
	}, {
		name:  "new",
		prev:  []audit.Past{past(audit.Twitter, audit.Following, "1", "A", keep, audit.RuleMet)},
		items: []audit.Item{item("p-1", audit.Twitter, audit.Following, "1", "A", true, audit.RuleMet), item("p-3", audit.LinkedIn, audit.Connection, "c", "C", false, audit.RuleUnknown)},
		want:  []audit.Change{{Kind: audit.ChangeNew, PersonID: "p-3", Network: audit.LinkedIn, Relation: audit.Connection, ID: "c", Name: "C", After: unf, AfterRule: audit.RuleUnknown, Note: since}},
	}, {
		// The last run did not hold LinkedIn: its rows were carried with
		// the day of the run before, which new connections are new since.
		name: "new on a list the last run carried",
		prev: []audit.Past{
			with(past(audit.Twitter, audit.Following, "1", "A", keep, audit.RuleMet), func(c *audit.PastCells) { c.AsOf = "2026-11-25" }),
			past(audit.LinkedIn, audit.Connection, "b", "B", keep, audit.RuleMet),
		},
		items: []audit.Item{
			item("p-1", audit.Twitter, audit.Following, "1", "A", true, audit.RuleMet), item("p-2", audit.Twitter, audit.Following, "2", "D", false, audit.RuleUnknown),
			item("p-b", audit.LinkedIn, audit.Connection, "b", "B", true, audit.RuleMet), item("p-3", audit.LinkedIn, audit.Connection, "c", "C", false, audit.RuleUnknown),
			item("p-4", audit.YouTube, audit.Subscription, "UC4", "E", false, audit.RuleUnknown),
		},
		want: []audit.Change{
			{Kind: audit.ChangeNew, PersonID: "p-3", Network: audit.LinkedIn, Relation: audit.Connection, ID: "c", Name: "C", After: unf, AfterRule: audit.RuleUnknown, Note: since},
			{Kind: audit.ChangeNew, PersonID: "p-2", Network: audit.Twitter, Relation: audit.Following, ID: "2", Name: "D", After: unf, AfterRule: audit.RuleUnknown, Note: "followed since the run of 2026-11-25"},
			// A list no run held: since the last run.
			{Kind: audit.ChangeNew, PersonID: "p-4", Network: audit.YouTube, Relation: audit.Subscription, ID: "UC4", Name: "E", After: unf, AfterRule: audit.RuleUnknown, Note: "followed since the run of 2026-11-25"},
		},
	}, {
		// The last run joined the follow to Ana, the one friend of her
		// name; a namesake friended since leaves it apart. It was
		// followed all along: not new, but a row of its own now, a
		// changed row counted new (Change.Apart), so that the counts add
		// up.
		name:   "a follow the last run joined to its friend, apart now",
		addsUp: true,
		prev:   []audit.Past{past(audit.Facebook, audit.Friend, "ana-ruiz.1653143829", "Ana Ruiz", keep, audit.RuleMet)},
		items: []audit.Item{
			item("p-ana-ruiz.1653143829", audit.Facebook, audit.Friend, "ana-ruiz.1653143829", "Ana Ruiz", true, audit.RuleMet),
			item("p-new", audit.Facebook, audit.Friend, "ana-ruiz.1780000000", "Ana Ruiz", false, audit.RuleUnknown),
			followedOn(item("p-ana-ruiz.1653143829", audit.Facebook, audit.Following, "ana-ruiz.1653143900", "Ana Ruiz", true, audit.RuleMet), audit.NewDate(2022, 5, 21)),
		},
		want: []audit.Change{
			{Kind: audit.ChangeChanged, PersonID: "p-ana-ruiz.1653143829", Network: audit.Facebook, Relation: audit.Following, ID: "ana-ruiz.1653143900", Name: "Ana Ruiz", Before: keep, BeforeRule: audit.RuleMet, After: keep, AfterRule: audit.RuleMet,
				Note: "because met; followed before, joined to facebook:ana-ruiz.1653143829, of the same name: apart now, a namesake is there too", Apart: true},
			{Kind: audit.ChangeNew, PersonID: "p-new", Network: audit.Facebook, Relation: audit.Friend, ID: "ana-ruiz.1780000000", Name: "Ana Ruiz", After: unf, AfterRule: audit.RuleUnknown, Note: since},
		},
	}, {
		name:   "a LinkedIn member follow the last run joined to its connection, apart now and decided otherwise",
		addsUp: true,
		prev:   []audit.Past{past(audit.LinkedIn, audit.Connection, "ana-ruiz-01", "Ana Ruiz", keep, audit.RuleMet)},
		items: []audit.Item{
			item("p-ana-ruiz-01", audit.LinkedIn, audit.Connection, "ana-ruiz-01", "Ana Ruiz", true, audit.RuleMet),
			item("p-new", audit.LinkedIn, audit.Connection, "ana-ruiz-99", "Ana Ruiz", false, audit.RuleUnknown),
			followedOn(item("p-f", audit.LinkedIn, audit.Following, "follow.ana-ruiz", "Ana Ruiz", false, audit.RuleUnknown), audit.NewDate(2025, 2, 28)),
		},
		want: []audit.Change{
			{Kind: audit.ChangeChanged, PersonID: "p-f", Network: audit.LinkedIn, Relation: audit.Following, ID: "follow.ana-ruiz", Name: "Ana Ruiz", Before: keep, BeforeRule: audit.RuleMet, After: unf, AfterRule: audit.RuleUnknown,
				Note: "because unknown; followed before, joined to linkedin:ana-ruiz-01, of the same name: apart now, a namesake is there too", Apart: true},
			{Kind: audit.ChangeNew, PersonID: "p-new", Network: audit.LinkedIn, Relation: audit.Connection, ID: "ana-ruiz-99", Name: "Ana Ruiz", After: unf, AfterRule: audit.RuleUnknown, Note: since},
		},
	}, {
		// Followed after the last run, or beside two namesakes then (the
		// follow was apart, and would have matched by its id): whose it
		// is, and since when, is not known. New.
		name: "a follow of a friend's name made since the last run",
		prev: []audit.Past{
			past(audit.Facebook, audit.Friend, "ana-ruiz.1653143829", "Ana Ruiz", keep, audit.RuleMet),
			past(audit.Facebook, audit.Friend, "bo-lind.1653143829", "Bo Lind", keep, audit.RuleMet),
			past(audit.Facebook, audit.Friend, "bo-lind.1700000000", "Bo Lind", keep, audit.RuleMet),
		},
		items: []audit.Item{
			item("p-ana-ruiz.1653143829", audit.Facebook, audit.Friend, "ana-ruiz.1653143829", "Ana Ruiz", true, audit.RuleMet),
			item("p-bo-lind.1653143829", audit.Facebook, audit.Friend, "bo-lind.1653143829", "Bo Lind", true, audit.RuleMet),
			item("p-bo-lind.1700000000", audit.Facebook, audit.Friend, "bo-lind.1700000000", "Bo Lind", true, audit.RuleMet),
			followedOn(item("p-f", audit.Facebook, audit.Following, "ana-ruiz.1790000000", "Ana Ruiz", true, audit.RuleMet), audit.NewDate(2026, 9, 21)),
			followedOn(item("p-g", audit.Facebook, audit.Following, "bo-lind.1653143900", "Bo Lind", false, audit.RuleUnknown), audit.NewDate(2022, 5, 21)),
		},
		want: []audit.Change{
			{Kind: audit.ChangeNew, PersonID: "p-f", Network: audit.Facebook, Relation: audit.Following, ID: "ana-ruiz.1790000000", Name: "Ana Ruiz", After: keep, AfterRule: audit.RuleMet, Note: since},
			{Kind: audit.ChangeNew, PersonID: "p-g", Network: audit.Facebook, Relation: audit.Following, ID: "bo-lind.1653143900", Name: "Bo Lind", After: unf, AfterRule: audit.RuleUnknown, Note: since},
		},
	}, {
		name: "gone after unfollow is an unfollow done",
		prev: []audit.Past{past(audit.Twitter, audit.Following, "1", "A", unf, audit.RuleToxic)},
		want: []audit.Change{{Kind: audit.ChangeGone, PersonID: "p-1", Network: audit.Twitter, Relation: audit.Following, ID: "1", Name: "A", Before: unf, BeforeRule: audit.RuleToxic, Note: "unfollow done"}},
	}, {
		// A friend or connection gone is said so by its tie, not as a
		// follow: the other side may have ended it.
		name: "gone after keep",
		prev: []audit.Past{past(audit.Facebook, audit.Friend, "f.1", "F", keep, audit.RuleMet)},
		want: []audit.Change{{Kind: audit.ChangeGone, PersonID: "p-f.1", Network: audit.Facebook, Relation: audit.Friend, ID: "f.1", Name: "F", Before: keep, BeforeRule: audit.RuleMet, Note: "no longer a friend in the exports (it was kept)"}},
	}, {
		name: "gone after keep, each relation in its words",
		prev: []audit.Past{
			past(audit.LinkedIn, audit.Connection, "c-1", "C", keep, audit.RuleMet),
			past(audit.YouTube, audit.Subscription, "UC1", "Y", keep, audit.RuleInspiring),
			past(audit.Twitter, audit.Following, "1", "T", keep, audit.RuleMet),
		},
		want: []audit.Change{
			{Kind: audit.ChangeGone, PersonID: "p-c-1", Network: audit.LinkedIn, Relation: audit.Connection, ID: "c-1", Name: "C", Before: keep, BeforeRule: audit.RuleMet, Note: "no longer a connection in the exports (it was kept)"},
			{Kind: audit.ChangeGone, PersonID: "p-1", Network: audit.Twitter, Relation: audit.Following, ID: "1", Name: "T", Before: keep, BeforeRule: audit.RuleMet, Note: "no longer followed in the exports (it was kept)"},
			{Kind: audit.ChangeGone, PersonID: "p-UC1", Network: audit.YouTube, Relation: audit.Subscription, ID: "UC1", Name: "Y", Before: keep, BeforeRule: audit.RuleInspiring, Note: "no longer subscribed to in the exports (it was kept)"},
		},
	}, {
		name: "an account listed twice in a history edited by hand is still followed",
		prev: []audit.Past{
			past(audit.Twitter, audit.Following, "1", "A", unf, audit.RuleUnknown),
			past(audit.Twitter, audit.Following, "1", "A", unf, audit.RuleUnknown),
			past(audit.Twitter, audit.Following, "2", "B", unf, audit.RuleUnknown),
		},
		items: []audit.Item{item("p-1", audit.Twitter, audit.Following, "1", "A", false, audit.RuleUnknown)},
		want:  []audit.Change{{Kind: audit.ChangeGone, PersonID: "p-2", Network: audit.Twitter, Relation: audit.Following, ID: "2", Name: "B", Before: unf, BeforeRule: audit.RuleUnknown, Note: "unfollow done"}},
	}, {
		name: "of an account listed twice, the last decision counts",
		prev: []audit.Past{
			past(audit.Twitter, audit.Following, "1", "A", unf, audit.RuleUnknown),
			past(audit.Twitter, audit.Following, "2", "B", unf, audit.RuleUnknown),
			past(audit.Twitter, audit.Following, "1", "A", keep, audit.RuleMet),
		},
		items: []audit.Item{item("p-1", audit.Twitter, audit.Following, "1", "A", false, audit.RuleLapsed), item("p-2", audit.Twitter, audit.Following, "2", "B", false, audit.RuleUnknown)},
		want:  []audit.Change{{Kind: audit.ChangeChanged, PersonID: "p-1", Network: audit.Twitter, Relation: audit.Following, ID: "1", Name: "A", Before: keep, BeforeRule: audit.RuleMet, After: unf, AfterRule: audit.RuleLapsed, Note: "because lapsed"}},
	}, {
		name:  "keep to unfollow",
		prev:  []audit.Past{past(audit.Twitter, audit.Following, "1", "A", keep, audit.RuleMet)},
		items: []audit.Item{item("p-1", audit.Twitter, audit.Following, "1", "A", false, audit.RuleLapsed)},
		want:  []audit.Change{{Kind: audit.ChangeChanged, PersonID: "p-1", Network: audit.Twitter, Relation: audit.Following, ID: "1", Name: "A", Before: keep, BeforeRule: audit.RuleMet, After: unf, AfterRule: audit.RuleLapsed, Note: "because lapsed"}},
	}, {
		name:  "unfollow to keep",
		prev:  []audit.Past{past(audit.YouTube, audit.Subscription, "UC1", "Y", unf, audit.RuleUnknown)},
		items: []audit.Item{item("p-UC1", audit.YouTube, audit.Subscription, "UC1", "Y", true, audit.RuleInspiring)},
		want:  []audit.Change{{Kind: audit.ChangeChanged, PersonID: "p-UC1", Network: audit.YouTube, Relation: audit.Subscription, ID: "UC1", Name: "Y", Before: unf, BeforeRule: audit.RuleUnknown, After: keep, AfterRule: audit.RuleInspiring, Note: "because inspiring"}},
	}, {
		name: "changed, then new, then gone, each by network",
		prev: []audit.Past{
			past(audit.Twitter, audit.Following, "gone-t", "GT", unf, audit.RuleUnknown),
			past(audit.Facebook, audit.Friend, "gone-f", "GF", keep, audit.RuleMet),
			past(audit.Twitter, audit.Following, "ch-t", "CT", unf, audit.RuleUnknown),
			past(audit.Facebook, audit.Friend, "ch-f", "CF", keep, audit.RuleMet),
		},
		items: []audit.Item{
			item("p-ch-f", audit.Facebook, audit.Friend, "ch-f", "CF", false, audit.RuleLapsed),
			item("p-new-f", audit.Facebook, audit.Friend, "new-f", "NF", false, audit.RuleUnknown),
			item("p-ch-t", audit.Twitter, audit.Following, "ch-t", "CT", true, audit.RuleInspiring),
			item("p-new-m", audit.Mastodon, audit.Following, "new-m", "NM", false, audit.RuleUnknown),
		},
		want: []audit.Change{
			{Kind: audit.ChangeChanged, PersonID: "p-ch-f", Network: audit.Facebook, Relation: audit.Friend, ID: "ch-f", Name: "CF", Before: keep, BeforeRule: audit.RuleMet, After: unf, AfterRule: audit.RuleLapsed, Note: "because lapsed"},
			{Kind: audit.ChangeChanged, PersonID: "p-ch-t", Network: audit.Twitter, Relation: audit.Following, ID: "ch-t", Name: "CT", Before: unf, BeforeRule: audit.RuleUnknown, After: keep, AfterRule: audit.RuleInspiring, Note: "because inspiring"},
			{Kind: audit.ChangeNew, PersonID: "p-new-f", Network: audit.Facebook, Relation: audit.Friend, ID: "new-f", Name: "NF", After: unf, AfterRule: audit.RuleUnknown, Note: since},
			{Kind: audit.ChangeNew, PersonID: "p-new-m", Network: audit.Mastodon, Relation: audit.Following, ID: "new-m", Name: "NM", After: unf, AfterRule: audit.RuleUnknown, Note: since},
			{Kind: audit.ChangeGone, PersonID: "p-gone-f", Network: audit.Facebook, Relation: audit.Friend, ID: "gone-f", Name: "GF", Before: keep, BeforeRule: audit.RuleMet, Note: "no longer a friend in the exports (it was kept)"},
			{Kind: audit.ChangeGone, PersonID: "p-gone-t", Network: audit.Twitter, Relation: audit.Following, ID: "gone-t", Name: "GT", Before: unf, BeforeRule: audit.RuleUnknown, Note: "unfollow done"},
		},
	}, {
		// An account gone from a list where the same person (or, on
		// Facebook, a friend since the same second) has an account new to
		// it was replaced: the network changed its id. No unfollow done.
		name:  "a LinkedIn profile address edited",
		prev:  []audit.Past{past(audit.LinkedIn, audit.Connection, "bruno", "Bruno", unf, audit.RuleUnknown)},
		items: []audit.Item{item("p-bruno", audit.LinkedIn, audit.Connection, "bruno-ch", "Bruno", false, audit.RuleUnsure)},
		want: []audit.Change{
			{Kind: audit.ChangeReplaced, PersonID: "p-bruno", Network: audit.LinkedIn, Relation: audit.Connection, ID: "bruno", Name: "Bruno", Before: unf, BeforeRule: audit.RuleUnknown,
				After: unf, AfterRule: audit.RuleUnsure, Note: "now linkedin:bruno-ch, the same person's: the account's id changed"},
		},
	}, {
		// Replaced, and kept now: a change of decision, counted so.
		name:  "a LinkedIn profile address edited, the person kept now",
		prev:  []audit.Past{past(audit.LinkedIn, audit.Connection, "bruno", "Bruno", unf, audit.RuleUnknown)},
		items: []audit.Item{item("p-bruno", audit.LinkedIn, audit.Connection, "bruno-ch", "Bruno", true, audit.RuleInspiring)},
		want: []audit.Change{
			{Kind: audit.ChangeReplaced, PersonID: "p-bruno", Network: audit.LinkedIn, Relation: audit.Connection, ID: "bruno", Name: "Bruno", Before: unf, BeforeRule: audit.RuleUnknown,
				After: keep, AfterRule: audit.RuleInspiring, Note: "now linkedin:bruno-ch, the same person's: the account's id changed"},
		},
	}, {
		// Connected on the day of the last audit, or before: the export
		// that audit read may have held it, under the old address.
		name:  "a LinkedIn profile address edited, connected on the day of the last audit",
		prev:  []audit.Past{past(audit.LinkedIn, audit.Connection, "bruno", "Bruno", unf, audit.RuleUnknown)},
		items: []audit.Item{followedOn(item("p-bruno", audit.LinkedIn, audit.Connection, "bruno-ch", "Bruno", false, audit.RuleUnsure), audit.NewDate(2026, 8, 25))},
		want: []audit.Change{
			{Kind: audit.ChangeReplaced, PersonID: "p-bruno", Network: audit.LinkedIn, Relation: audit.Connection, ID: "bruno", Name: "Bruno", Before: unf, BeforeRule: audit.RuleUnknown,
				After: unf, AfterRule: audit.RuleUnsure, Note: "now linkedin:bruno-ch, the same person's: the account's id changed"},
		},
	}, {
		// Connected after the last audit's day: it did not exist at that
		// audit, so it is no address edited, even on the person's row
		// (joined by hand): the old connection is gone (kept: no unfollow
		// done), the new one new, each saying so.
		name:  "a LinkedIn connection made after the last audit, on the gone one's row",
		prev:  []audit.Past{past(audit.LinkedIn, audit.Connection, "bruno", "Bruno", keep, audit.RuleMet)},
		items: []audit.Item{followedOn(item("p-bruno", audit.LinkedIn, audit.Connection, "bruno-ch", "Bruno", true, audit.RuleMet), audit.NewDate(2026, 9, 10))},
		want: []audit.Change{
			{Kind: audit.ChangeNew, PersonID: "p-bruno", Network: audit.LinkedIn, Relation: audit.Connection, ID: "bruno-ch", Name: "Bruno", After: keep, AfterRule: audit.RuleMet,
				Note: since + "; connected again: linkedin:bruno, of its ledger row, is gone (connected after the audit that listed it: no address edited)"},
			{Kind: audit.ChangeGone, PersonID: "p-bruno", Network: audit.LinkedIn, Relation: audit.Connection, ID: "bruno", Name: "Bruno", Before: keep, BeforeRule: audit.RuleMet,
				Note: "no longer a connection in the exports (it was kept); connected again: linkedin:bruno-ch, connected on 2026-09-10, after the audit of 2026-08-25, is new on their ledger row: made anew, not this one's address edited"},
		},
	}, {
		// The same, on a row of its own (Known.pinSameName gave it none):
		// the person or a namesake, which cannot be told. Named on both
		// rows, for the person to join them by hand.
		name:  "a LinkedIn connection of the same name made after the last audit",
		prev:  []audit.Past{past(audit.LinkedIn, audit.Connection, "anna-berg-1", "Anna Berg", keep, audit.RuleMet)},
		items: []audit.Item{followedOn(item("p-anna2", audit.LinkedIn, audit.Connection, "anna-berg-9c1", "Anna Berg", false, audit.RuleUnknown), audit.NewDate(2026, 9, 10))},
		want: []audit.Change{
			{Kind: audit.ChangeNew, PersonID: "p-anna2", Network: audit.LinkedIn, Relation: audit.Connection, ID: "anna-berg-9c1", Name: "Anna Berg", After: unf, AfterRule: audit.RuleUnknown,
				Note: since + "; connected again? it may be linkedin:anna-berg-1, gone, of the same name (connected after the audit that listed it: no address edited): if so, move this key to that one's ledger row"},
			{Kind: audit.ChangeGone, PersonID: "p-anna-berg-1", Network: audit.LinkedIn, Relation: audit.Connection, ID: "anna-berg-1", Name: "Anna Berg", Before: keep, BeforeRule: audit.RuleMet,
				Note: "no longer a connection in the exports (it was kept); connected again? linkedin:anna-berg-9c1 is new, of the same name, connected on 2026-09-10, after the audit of 2026-08-25: not this account under a new address (an address edited keeps its date); if it is them, put it on their ledger row"},
		},
	}, {
		// A connection removed, the member still followed: the follow,
		// merged into the connection while both were there, is new to
		// its list, the same person's. Not gone, no unfollow done.
		name:  "a LinkedIn connection removed, still followed",
		prev:  []audit.Past{past(audit.LinkedIn, audit.Connection, "bruno", "Bruno", unf, audit.RuleUnknown)},
		items: []audit.Item{item("p-bruno", audit.LinkedIn, audit.Following, "follow.bruno", "Bruno", false, audit.RuleUnknown)},
		want: []audit.Change{
			{Kind: audit.ChangeReplaced, PersonID: "p-bruno", Network: audit.LinkedIn, Relation: audit.Connection, ID: "bruno", Name: "Bruno", Before: unf, BeforeRule: audit.RuleUnknown,
				After: unf, AfterRule: audit.RuleUnknown, Note: "now linkedin:follow.bruno (following), the same person's: still followed on LinkedIn"},
		},
	}, {
		// A connection kept whose address changed, unfollowed since (an
		// Unfollow row) and kept now: on keep.csv to follow again, its
		// replaced row says the follow is gone, and counts a change, as
		// the changed row of one of the same id would.
		name: "a LinkedIn connection kept, readdressed, its follow gone",
		prev: []audit.Past{pastOf("p-tomas", audit.LinkedIn, audit.Connection, "tomasberg", "Tomas Berg", keep, audit.RuleMet)},
		items: []audit.Item{func() audit.Item {
			it := item("p-tomas", audit.LinkedIn, audit.Connection, "tomas-berg-42", "Tomas Berg", true, audit.RuleMet)
			it.Account.Extra = map[string]string{audit.ExtraUnfollowed: "2027-01-20"}
			it.Decision.FollowGone = true
			return it
		}()},
		want: []audit.Change{
			{Kind: audit.ChangeReplaced, PersonID: "p-tomas", Network: audit.LinkedIn, Relation: audit.Connection, ID: "tomasberg", Name: "Tomas Berg", Before: keep, BeforeRule: audit.RuleMet,
				After: keep, AfterRule: audit.RuleMet, FollowGone: true,
				Note: "now linkedin:tomas-berg-42, the same person's: the account's id changed; no longer followed (unfollowed on 2027-01-20, the follows say), still connected: follow it again to keep it"},
		},
	}, {
		// Two new since the second of one gone: which, if either, is not
		// guessed; the gone row says so.
		name: "a Facebook friend gone, two new of the same second",
		prev: []audit.Past{past(audit.Facebook, audit.Friend, "ana-lima.1775000000", "Ana Lima", keep, audit.RuleMet)},
		items: []audit.Item{
			item("p-ana2", audit.Facebook, audit.Friend, "ana-lima-costa.1775000000", "Ana Lima-Costa", false, audit.RuleUnknown),
			item("p-cara", audit.Facebook, audit.Friend, "cara-diaz.1775000000", "Cara Diaz", false, audit.RuleUnknown),
		},
		// The new rows do not say they were followed since the last run,
		// beside a gone row that says they are of its second, before it.
		want: []audit.Change{
			{Kind: audit.ChangeNew, PersonID: "p-ana2", Network: audit.Facebook, Relation: audit.Friend, ID: "ana-lima-costa.1775000000", Name: "Ana Lima-Costa", After: unf, AfterRule: audit.RuleUnknown,
				Note: "new under this id since the run of 2026-08-25; renamed? it may be facebook:ana-lima.1775000000, gone: if so, move this key to that one's ledger row"},
			{Kind: audit.ChangeNew, PersonID: "p-cara", Network: audit.Facebook, Relation: audit.Friend, ID: "cara-diaz.1775000000", Name: "Cara Diaz", After: unf, AfterRule: audit.RuleUnknown,
				Note: "new under this id since the run of 2026-08-25; renamed? it may be facebook:ana-lima.1775000000, gone: if so, move this key to that one's ledger row"},
			{Kind: audit.ChangeReplaced, PersonID: "p-ana-lima.1775000000", Network: audit.Facebook, Relation: audit.Friend, ID: "ana-lima.1775000000", Name: "Ana Lima", Before: keep, BeforeRule: audit.RuleMet,
				Note:  "renamed? facebook:ana-lima-costa.1775000000 and facebook:cara-diaz.1775000000 are new, since the same second: if one is them, put it on their ledger row",
				Guess: true, Hinted: "facebook:ana-lima-costa.1775000000 facebook:cara-diaz.1775000000"},
		},
	}, {
		// Two friends of one second, both renamed: as many new of the second as gone, each gone one
		// still a friend under one of the new ids, which is not told. No
		// unfollow done: replaced rows only guessed, naming the new ones,
		// as LinkedIn namesakes of one day readdressed are.
		name: "two Facebook friends of one second, both renamed",
		prev: []audit.Past{
			past(audit.Facebook, audit.Friend, "ana-lima.1775000000", "Ana Lima", unf, audit.RuleUnknown),
			past(audit.Facebook, audit.Friend, "cara-diaz.1775000000", "Cara Diaz", unf, audit.RuleUnknown),
		},
		items: []audit.Item{
			item("p-a", audit.Facebook, audit.Friend, "ana-lima-costa.1775000000", "Ana Lima-Costa", false, audit.RuleUnknown),
			item("p-b", audit.Facebook, audit.Friend, "cara-d.1775000000", "Cara D", false, audit.RuleUnknown),
		},
		want: []audit.Change{
			{Kind: audit.ChangeNew, PersonID: "p-a", Network: audit.Facebook, Relation: audit.Friend, ID: "ana-lima-costa.1775000000", Name: "Ana Lima-Costa", After: unf, AfterRule: audit.RuleUnknown,
				Note: "new under this id since the run of 2026-08-25; renamed? it may be facebook:ana-lima.1775000000 or facebook:cara-diaz.1775000000, gone: if so, move this key to that one's ledger row"},
			{Kind: audit.ChangeNew, PersonID: "p-b", Network: audit.Facebook, Relation: audit.Friend, ID: "cara-d.1775000000", Name: "Cara D", After: unf, AfterRule: audit.RuleUnknown,
				Note: "new under this id since the run of 2026-08-25; renamed? it may be facebook:ana-lima.1775000000 or facebook:cara-diaz.1775000000, gone: if so, move this key to that one's ledger row"},
			{Kind: audit.ChangeReplaced, PersonID: "p-ana-lima.1775000000", Network: audit.Facebook, Relation: audit.Friend, ID: "ana-lima.1775000000", Name: "Ana Lima", Before: unf, BeforeRule: audit.RuleUnknown,
				Note:  "renamed? facebook:ana-lima-costa.1775000000 and facebook:cara-d.1775000000 are new, since the same second: if one is them, put it on their ledger row",
				Guess: true, Hinted: "facebook:ana-lima-costa.1775000000 facebook:cara-d.1775000000"},
			{Kind: audit.ChangeReplaced, PersonID: "p-cara-diaz.1775000000", Network: audit.Facebook, Relation: audit.Friend, ID: "cara-diaz.1775000000", Name: "Cara Diaz", Before: unf, BeforeRule: audit.RuleUnknown,
				Note:  "renamed? facebook:ana-lima-costa.1775000000 and facebook:cara-d.1775000000 are new, since the same second: if one is them, put it on their ledger row",
				Guess: true, Hinted: "facebook:ana-lima-costa.1775000000 facebook:cara-d.1775000000"},
		},
	}, {
		// Notes cleared from someone unfollowed as toxic: unfollowed still,
		// on blank notes now. A change all the same, which the person may
		// not have meant.
		name: "toxic then, nothing known now",
		prev: []audit.Past{past(audit.Twitter, audit.Following, "1", "Troll", unf, audit.RuleToxic)},
		items: []audit.Item{func() audit.Item {
			it := item("p-1", audit.Twitter, audit.Following, "1", "Troll", false, audit.RuleUnknown)
			it.Decision.Reason = audit.ReasonNothingKnown
			return it
		}()},
		want: []audit.Change{
			{Kind: audit.ChangeChanged, PersonID: "p-1", Network: audit.Twitter, Relation: audit.Following, ID: "1", Name: "Troll", Before: unf, BeforeRule: audit.RuleToxic,
				After: unf, AfterRule: audit.RuleUnknown, Note: audit.ReasonNothingKnown},
		},
	}, {
		// Two friends of one second gone, one new of it: which one was
		// renamed, if either, is not guessed.
		name: "two Facebook friends of one second gone, one new",
		prev: []audit.Past{
			past(audit.Facebook, audit.Friend, "ana-lima.1775000000", "Ana Lima", unf, audit.RuleUnknown),
			past(audit.Facebook, audit.Friend, "cara-diaz.1775000000", "Cara Diaz", keep, audit.RuleMet),
		},
		items: []audit.Item{item("p-ana2", audit.Facebook, audit.Friend, "ana-lima-costa.1775000000", "Ana Lima-Costa", false, audit.RuleUnknown)},
		want: []audit.Change{
			{Kind: audit.ChangeNew, PersonID: "p-ana2", Network: audit.Facebook, Relation: audit.Friend, ID: "ana-lima-costa.1775000000", Name: "Ana Lima-Costa", After: unf, AfterRule: audit.RuleUnknown,
				Note: "new under this id since the run of 2026-08-25; renamed? it may be facebook:ana-lima.1775000000 or facebook:cara-diaz.1775000000, gone: if so, move this key to that one's ledger row"},
			{Kind: audit.ChangeGone, PersonID: "p-ana-lima.1775000000", Network: audit.Facebook, Relation: audit.Friend, ID: "ana-lima.1775000000", Name: "Ana Lima", Before: unf, BeforeRule: audit.RuleUnknown,
				Note: "unfollow done; renamed? facebook:ana-lima-costa.1775000000 is new, since the same second: if it is them, put it on their ledger row"},
			{Kind: audit.ChangeGone, PersonID: "p-cara-diaz.1775000000", Network: audit.Facebook, Relation: audit.Friend, ID: "cara-diaz.1775000000", Name: "Cara Diaz", Before: keep, BeforeRule: audit.RuleMet,
				Note: "no longer a friend in the exports (it was kept); renamed? facebook:ana-lima-costa.1775000000 is new, since the same second: if it is them, put it on their ledger row"},
		},
	}, {
		// Ana renamed and put on her row, Cara of the same second gone: the
		// new account is Ana's, and Cara's row names nothing new.
		name: "a Facebook friend renamed on her row, another of her second gone",
		prev: []audit.Past{
			past(audit.Facebook, audit.Friend, "ana-lima.1775000000", "Ana Lima", keep, audit.RuleMet),
			past(audit.Facebook, audit.Friend, "cara-diaz.1775000000", "Cara Diaz", unf, audit.RuleUnknown),
		},
		items: []audit.Item{item("p-ana-lima.1775000000", audit.Facebook, audit.Friend, "ana-lima-costa.1775000000", "Ana Lima-Costa", true, audit.RuleMet)},
		want: []audit.Change{
			{Kind: audit.ChangeReplaced, PersonID: "p-ana-lima.1775000000", Network: audit.Facebook, Relation: audit.Friend, ID: "ana-lima.1775000000", Name: "Ana Lima", Before: keep, BeforeRule: audit.RuleMet,
				After: keep, AfterRule: audit.RuleMet, Note: "renamed: now facebook:ana-lima-costa.1775000000, since the same second; their ledger row now lists it"},
			{Kind: audit.ChangeGone, PersonID: "p-cara-diaz.1775000000", Network: audit.Facebook, Relation: audit.Friend, ID: "cara-diaz.1775000000", Name: "Cara Diaz", Before: unf, BeforeRule: audit.RuleUnknown,
				Note: "unfollow done"},
		},
	}, {
		// Ana unfriended but still followed (replaced, the same person's),
		// Bruno of her second renamed: his is the one account of the second
		// gone for good, and the guess is made.
		name: "one of a second still followed, the other renamed",
		prev: []audit.Past{
			past(audit.Facebook, audit.Friend, "ana-lima.1775000000", "Ana Lima", unf, audit.RuleUnknown),
			past(audit.Facebook, audit.Friend, "bruno-costa.1775000000", "Bruno Costa", unf, audit.RuleUnknown),
		},
		items: []audit.Item{
			item("p-ana-lima.1775000000", audit.Facebook, audit.Following, "ana-lima.1780000000", "Ana Lima", false, audit.RuleUnknown),
			item("p-new", audit.Facebook, audit.Friend, "bruno-costa-silva.1775000000", "Bruno Costa Silva", false, audit.RuleUnknown),
		},
		want: []audit.Change{
			{Kind: audit.ChangeNew, PersonID: "p-new", Network: audit.Facebook, Relation: audit.Friend, ID: "bruno-costa-silva.1775000000", Name: "Bruno Costa Silva", After: unf, AfterRule: audit.RuleUnknown,
				Note: "new under this id since the run of 2026-08-25; renamed? it may be facebook:bruno-costa.1775000000, gone: if so, move this key to that one's ledger row"},
			{Kind: audit.ChangeReplaced, PersonID: "p-ana-lima.1775000000", Network: audit.Facebook, Relation: audit.Friend, ID: "ana-lima.1775000000", Name: "Ana Lima", Before: unf, BeforeRule: audit.RuleUnknown,
				After: unf, AfterRule: audit.RuleUnknown, Note: "now facebook:ana-lima.1780000000 (following), the same person's: still followed on Facebook"},
			{Kind: audit.ChangeReplaced, PersonID: "p-bruno-costa.1775000000", Network: audit.Facebook, Relation: audit.Friend, ID: "bruno-costa.1775000000", Name: "Bruno Costa", Before: unf, BeforeRule: audit.RuleUnknown,
				After: unf, AfterRule: audit.RuleUnknown, Note: "renamed? facebook:bruno-costa-silva.1775000000 is new, since the same second: if it is them, put it on their ledger row", Guess: true},
		},
	}, {
		// One person's friend renamed (on her row by its second) and a
		// follow of hers gone: the friend is replaced, the follow gone,
		// whatever their order in the history.
		name: "a friend renamed and a follow of hers gone",
		prev: []audit.Past{
			pastOf("p-ana", audit.Facebook, audit.Following, "aa-art.1776000000", "Aa Art", unf, audit.RuleUnknown),
			pastOf("p-ana", audit.Facebook, audit.Friend, "ana-lima.1775000000", "Ana Lima", keep, audit.RuleMet),
		},
		items: []audit.Item{item("p-ana", audit.Facebook, audit.Friend, "ana-lima-costa.1775000000", "Ana Lima-Costa", true, audit.RuleMet)},
		want: []audit.Change{
			{Kind: audit.ChangeReplaced, PersonID: "p-ana", Network: audit.Facebook, Relation: audit.Friend, ID: "ana-lima.1775000000", Name: "Ana Lima", Before: keep, BeforeRule: audit.RuleMet,
				After: keep, AfterRule: audit.RuleMet, Note: "renamed: now facebook:ana-lima-costa.1775000000, since the same second; their ledger row now lists it"},
			{Kind: audit.ChangeGone, PersonID: "p-ana", Network: audit.Facebook, Relation: audit.Following, ID: "aa-art.1776000000", Name: "Aa Art", Before: unf, BeforeRule: audit.RuleUnknown, Note: "unfollow done"},
		},
	}, {
		// Two friend accounts of one person, both renamed: each replaced by
		// the one of its second.
		name: "two accounts of one person renamed",
		prev: []audit.Past{
			pastOf("p-ana", audit.Facebook, audit.Friend, "ana-lima.1775000000", "Ana Lima", unf, audit.RuleUnknown),
			pastOf("p-ana", audit.Facebook, audit.Friend, "ana-work.1780000000", "Ana Work", keep, audit.RuleMet),
		},
		items: []audit.Item{
			item("p-ana", audit.Facebook, audit.Friend, "ana-w.1780000000", "Ana W", true, audit.RuleMet),
			item("p-ana", audit.Facebook, audit.Friend, "ana-lc.1775000000", "Ana LC", true, audit.RuleMet),
		},
		want: []audit.Change{
			{Kind: audit.ChangeReplaced, PersonID: "p-ana", Network: audit.Facebook, Relation: audit.Friend, ID: "ana-lima.1775000000", Name: "Ana Lima", Before: unf, BeforeRule: audit.RuleUnknown,
				After: keep, AfterRule: audit.RuleMet, Note: "renamed: now facebook:ana-lc.1775000000, since the same second; their ledger row now lists it"},
			{Kind: audit.ChangeReplaced, PersonID: "p-ana", Network: audit.Facebook, Relation: audit.Friend, ID: "ana-work.1780000000", Name: "Ana Work", Before: keep, BeforeRule: audit.RuleMet,
				After: keep, AfterRule: audit.RuleMet, Note: "renamed: now facebook:ana-w.1780000000, since the same second; their ledger row now lists it"},
		},
	}, {
		name: "an account listed twice by a hand-edited history, gone once",
		prev: []audit.Past{past(audit.Twitter, audit.Following, "1", "Kofi", unf, audit.RuleUnknown), past(audit.Twitter, audit.Following, "1", "Kofi", unf, audit.RuleUnknown)},
		want: []audit.Change{
			{Kind: audit.ChangeGone, PersonID: "p-1", Network: audit.Twitter, Relation: audit.Following, ID: "1", Name: "Kofi", Before: unf, BeforeRule: audit.RuleUnknown, Note: "unfollow done"},
		},
	}, {
		// Two accounts of one person of one second gone, one new of it on
		// her row: which was renamed is not known, whatever the history's
		// order; both rows name the new one.
		name: "two of a person's accounts of one second gone, one new",
		prev: []audit.Past{
			pastOf("p-ana", audit.Facebook, audit.Friend, "ana-a.1775000000", "Ana A", unf, audit.RuleUnknown),
			pastOf("p-ana", audit.Facebook, audit.Friend, "ana-b.1775000000", "Ana B", keep, audit.RuleMet),
		},
		items: []audit.Item{item("p-ana", audit.Facebook, audit.Friend, "ana-c.1775000000", "Ana C", true, audit.RuleMet)},
		want: []audit.Change{
			{Kind: audit.ChangeNew, PersonID: "p-ana", Network: audit.Facebook, Relation: audit.Friend, ID: "ana-c.1775000000", Name: "Ana C", After: keep, AfterRule: audit.RuleMet,
				Note: "new under this id since the run of 2026-08-25; renamed? it may be facebook:ana-a.1775000000 or facebook:ana-b.1775000000, gone: if so, move this key to that one's ledger row"},
			{Kind: audit.ChangeGone, PersonID: "p-ana", Network: audit.Facebook, Relation: audit.Friend, ID: "ana-a.1775000000", Name: "Ana A", Before: unf, BeforeRule: audit.RuleUnknown,
				Note: "unfollow done; renamed? facebook:ana-c.1775000000 is new, since the same second: if it is them, put it on their ledger row"},
			{Kind: audit.ChangeGone, PersonID: "p-ana", Network: audit.Facebook, Relation: audit.Friend, ID: "ana-b.1775000000", Name: "Ana B", Before: keep, BeforeRule: audit.RuleMet,
				Note: "no longer a friend in the exports (it was kept); renamed? facebook:ana-c.1775000000 is new, since the same second: if it is them, put it on their ledger row"},
		},
	}, {
		name:  "a Facebook friend renamed",
		prev:  []audit.Past{past(audit.Facebook, audit.Friend, "paula-ruiz.1770498838", "Paula Ruiz", unf, audit.RuleUnsure)},
		items: []audit.Item{item("p-new", audit.Facebook, audit.Friend, "paula-ruiz-garcia.1770498838", "Paula Ruiz García", false, audit.RuleUnknown)},
		want: []audit.Change{
			{Kind: audit.ChangeNew, PersonID: "p-new", Network: audit.Facebook, Relation: audit.Friend, ID: "paula-ruiz-garcia.1770498838", Name: "Paula Ruiz García", After: unf, AfterRule: audit.RuleUnknown,
				Note: "new under this id since the run of 2026-08-25; renamed? it may be facebook:paula-ruiz.1770498838, gone: if so, move this key to that one's ledger row"},
			{Kind: audit.ChangeReplaced, PersonID: "p-paula-ruiz.1770498838", Network: audit.Facebook, Relation: audit.Friend, ID: "paula-ruiz.1770498838", Name: "Paula Ruiz", Before: unf, BeforeRule: audit.RuleUnsure,
				After: unf, AfterRule: audit.RuleUnknown, Note: "renamed? facebook:paula-ruiz-garcia.1770498838 is new, since the same second: if it is them, put it on their ledger row", Guess: true},
		},
	}, {
		// following.json keeps the follow's time across a rename: the one
		// account new, followed before the run that listed the one gone,
		// is guessed to be it.
		name: "an Instagram account renamed",
		prev: []audit.Past{past(audit.Instagram, audit.Following, "noor.haddad", "", keep, audit.RuleInspiring)},
		items: []audit.Item{
			followedOn(item("p-new", audit.Instagram, audit.Following, "noor.h", "", false, audit.RuleUnknown), audit.NewDate(2025, 6, 18)),
			// Followed after that run: new, whatever its name.
			followedOn(item("p-newer", audit.Instagram, audit.Following, "bakery.oslo", "", false, audit.RuleUnknown), audit.NewDate(2026, 9, 1)),
		},
		want: []audit.Change{
			{Kind: audit.ChangeNew, PersonID: "p-new", Network: audit.Instagram, Relation: audit.Following, ID: "noor.h", After: unf, AfterRule: audit.RuleUnknown,
				Note: "new under this id since the run of 2026-08-25; renamed? it may be instagram:noor.haddad, gone: if so, move this key to that one's ledger row"},
			{Kind: audit.ChangeNew, PersonID: "p-newer", Network: audit.Instagram, Relation: audit.Following, ID: "bakery.oslo", After: unf, AfterRule: audit.RuleUnknown, Note: since},
			{Kind: audit.ChangeReplaced, PersonID: "p-noor.haddad", Network: audit.Instagram, Relation: audit.Following, ID: "noor.haddad", Before: keep, BeforeRule: audit.RuleInspiring,
				After: unf, AfterRule: audit.RuleUnknown, Note: "renamed? instagram:noor.h is new, followed since 2025-06-18, before the audit of 2026-08-25, which did not list it: if it is them, put it on their ledger row", Guess: true,
				Hinted: "instagram:noor.h"},
		},
	}, {
		// Company Follows.csv keeps the day of the follow: a company renamed
		// comes back under another slug, followed on that day, and is not
		// an unfollow done.
		name: "a LinkedIn company renamed",
		prev: []audit.Past{past(audit.LinkedIn, audit.Following, "company.acme-studio", "Acme Studio", keep, audit.RuleSupplier)},
		items: []audit.Item{
			followedOn(item("p-new", audit.LinkedIn, audit.Following, "company.acme-design", "Acme Design", false, audit.RuleUnknown), audit.NewDate(2024, 4, 6)),
			// Another network's account followed before is no candidate.
			followedOn(item("p-ig", audit.Instagram, audit.Following, "acme.design", "", false, audit.RuleUnknown), audit.NewDate(2024, 4, 6)),
		},
		want: []audit.Change{
			{Kind: audit.ChangeNew, PersonID: "p-new", Network: audit.LinkedIn, Relation: audit.Following, ID: "company.acme-design", Name: "Acme Design", After: unf, AfterRule: audit.RuleUnknown,
				Note: "new under this id since the run of 2026-08-25; renamed? it may be linkedin:company.acme-studio, gone: if so, move this key to that one's ledger row"},
			{Kind: audit.ChangeNew, PersonID: "p-ig", Network: audit.Instagram, Relation: audit.Following, ID: "acme.design", After: unf, AfterRule: audit.RuleUnknown, Note: since},
			{Kind: audit.ChangeReplaced, PersonID: "p-company.acme-studio", Network: audit.LinkedIn, Relation: audit.Following, ID: "company.acme-studio", Name: "Acme Studio", Before: keep, BeforeRule: audit.RuleSupplier,
				After: unf, AfterRule: audit.RuleUnknown, Note: "renamed? linkedin:company.acme-design is new, followed since 2024-04-06, before the audit of 2026-08-25, which did not list it: if it is them, put it on their ledger row", Guess: true},
		},
	}, {
		name: "an Instagram account gone, and only accounts followed since",
		prev: []audit.Past{past(audit.Instagram, audit.Following, "noor.haddad", "", keep, audit.RuleInspiring)},
		items: []audit.Item{
			followedOn(item("p-newer", audit.Instagram, audit.Following, "bakery.oslo", "", false, audit.RuleUnknown), audit.NewDate(2026, 8, 25)),
			item("p-undated", audit.Instagram, audit.Following, "kofi_m", "", false, audit.RuleUnknown),
		},
		want: []audit.Change{
			{Kind: audit.ChangeNew, PersonID: "p-newer", Network: audit.Instagram, Relation: audit.Following, ID: "bakery.oslo", After: unf, AfterRule: audit.RuleUnknown, Note: since},
			{Kind: audit.ChangeNew, PersonID: "p-undated", Network: audit.Instagram, Relation: audit.Following, ID: "kofi_m", After: unf, AfterRule: audit.RuleUnknown, Note: since},
			{Kind: audit.ChangeGone, PersonID: "p-noor.haddad", Network: audit.Instagram, Relation: audit.Following, ID: "noor.haddad", Before: keep, BeforeRule: audit.RuleInspiring,
				Note: "no longer followed in the exports (it was kept)"},
		},
	}, {
		// An account deactivated at the export of the first audit (never
		// listed, so on no ledger row), back since with its old follow
		// day, beside an account kept that is gone (deactivated too, or
		// unfollowed): no username of one is in the other's, and
		// nothing points to a rename. The gone one is gone, as any; the
		// new one asks "renamed since?" on its own row.
		name: "an Instagram account kept gone, one back of another username followed before",
		prev: []audit.Past{past(audit.Instagram, audit.Following, "lumen.bakery", "", keep, audit.RuleSupplier)},
		items: []audit.Item{
			followedOn(item("p-sol", audit.Instagram, audit.Following, "sol.vega", "", false, audit.RuleUnknown), audit.NewDate(2024, 1, 1)),
		},
		want: []audit.Change{
			{Kind: audit.ChangeNew, PersonID: "p-sol", Network: audit.Instagram, Relation: audit.Following, ID: "sol.vega", After: unf, AfterRule: audit.RuleUnknown,
				Note: "new under this id since the run of 2026-08-25, which did not list it, though followed 2024-01-01: renamed since?"},
			{Kind: audit.ChangeGone, PersonID: "p-lumen.bakery", Network: audit.Instagram, Relation: audit.Following, ID: "lumen.bakery", Before: keep, BeforeRule: audit.RuleSupplier,
				Note: "no longer followed in the exports (it was kept)"},
		},
		addsUp: true,
	}, {
		// The same beside the one account gone the audit said to
		// unfollow, the new one followed before a follow that audit
		// listed (kai.ito): an unfollow done, not a rename.
		name: "an Instagram account unfollowed as told, one back of another username followed before",
		prev: []audit.Past{
			past(audit.Instagram, audit.Following, "noor.h", "", unf, audit.RuleUnknown),
			past(audit.Instagram, audit.Following, "kai.ito", "", keep, audit.RuleMet),
		},
		items: []audit.Item{
			followedOn(item("p-kai.ito", audit.Instagram, audit.Following, "kai.ito", "", true, audit.RuleMet), audit.NewDate(2025, 2, 22)),
			followedOn(item("p-sol", audit.Instagram, audit.Following, "sol.vega", "", false, audit.RuleUnknown), audit.NewDate(2024, 1, 1)),
		},
		want: []audit.Change{
			{Kind: audit.ChangeNew, PersonID: "p-sol", Network: audit.Instagram, Relation: audit.Following, ID: "sol.vega", After: unf, AfterRule: audit.RuleUnknown,
				Note: "new under this id since the run of 2026-08-25, which did not list it, though followed 2024-01-01: renamed since?"},
			{Kind: audit.ChangeGone, PersonID: "p-noor.h", Network: audit.Instagram, Relation: audit.Following, ID: "noor.h", Before: unf, BeforeRule: audit.RuleUnknown,
				Note: "unfollow done"},
		},
		addsUp: true,
	}, {
		// Its username in the new one's: a rename, guessed.
		name: "an Instagram account unfollowed as told, renamed",
		prev: []audit.Past{
			past(audit.Instagram, audit.Following, "noor.h", "", unf, audit.RuleUnknown),
			past(audit.Instagram, audit.Following, "kai.ito", "", keep, audit.RuleMet),
		},
		items: []audit.Item{
			followedOn(item("p-kai.ito", audit.Instagram, audit.Following, "kai.ito", "", true, audit.RuleMet), audit.NewDate(2025, 2, 22)),
			followedOn(item("p-noor", audit.Instagram, audit.Following, "noor.hassan", "", false, audit.RuleUnknown), audit.NewDate(2024, 7, 5)),
		},
		want: []audit.Change{
			{Kind: audit.ChangeNew, PersonID: "p-noor", Network: audit.Instagram, Relation: audit.Following, ID: "noor.hassan", After: unf, AfterRule: audit.RuleUnknown,
				Note: "new under this id since the run of 2026-08-25; renamed? it may be instagram:noor.h, gone: if so, move this key to that one's ledger row"},
			{Kind: audit.ChangeReplaced, PersonID: "p-noor.h", Network: audit.Instagram, Relation: audit.Following, ID: "noor.h", Before: unf, BeforeRule: audit.RuleUnknown,
				After: unf, AfterRule: audit.RuleUnknown, Guess: true, Hinted: "instagram:noor.hassan",
				Note: "renamed? instagram:noor.hassan is new, followed since 2024-07-05, before a follow the audit of 2026-08-25 listed, which did not list it: if it is them, you follow them still; put it on their ledger row"},
		},
		addsUp: true,
	}, {
		// The same rename beside an account back of another username,
		// followed before too: that one is no guess (no word in
		// common), as one a ledger row listed is none, and does not
		// hide the rename, which is guessed as alone.
		name: "an Instagram account unfollowed as told, renamed, beside one back of another username",
		prev: []audit.Past{
			past(audit.Instagram, audit.Following, "noor.h", "", unf, audit.RuleUnknown),
			past(audit.Instagram, audit.Following, "kai.ito", "", keep, audit.RuleMet),
		},
		items: []audit.Item{
			followedOn(item("p-kai.ito", audit.Instagram, audit.Following, "kai.ito", "", true, audit.RuleMet), audit.NewDate(2025, 2, 22)),
			followedOn(item("p-noor", audit.Instagram, audit.Following, "noor.hassan", "", false, audit.RuleUnknown), audit.NewDate(2024, 7, 5)),
			followedOn(item("p-sol", audit.Instagram, audit.Following, "sol.vega", "", false, audit.RuleUnknown), audit.NewDate(2024, 1, 1)),
		},
		want: []audit.Change{
			{Kind: audit.ChangeNew, PersonID: "p-noor", Network: audit.Instagram, Relation: audit.Following, ID: "noor.hassan", After: unf, AfterRule: audit.RuleUnknown,
				Note: "new under this id since the run of 2026-08-25; renamed? it may be instagram:noor.h, gone: if so, move this key to that one's ledger row"},
			{Kind: audit.ChangeNew, PersonID: "p-sol", Network: audit.Instagram, Relation: audit.Following, ID: "sol.vega", After: unf, AfterRule: audit.RuleUnknown,
				Note: "new under this id since the run of 2026-08-25, which did not list it, though followed 2024-01-01: renamed since?"},
			{Kind: audit.ChangeReplaced, PersonID: "p-noor.h", Network: audit.Instagram, Relation: audit.Following, ID: "noor.h", Before: unf, BeforeRule: audit.RuleUnknown,
				After: unf, AfterRule: audit.RuleUnknown, Guess: true, Hinted: "instagram:noor.hassan",
				Note: "renamed? instagram:noor.hassan is new, followed since 2024-07-05, before a follow the audit of 2026-08-25 listed, which did not list it: if it is them, you follow them still; put it on their ledger row"},
		},
		addsUp: true,
	}, {
		// A kept account gone, renamed, beside one back of another
		// username: the rename is guessed, the other named nowhere on
		// the gone row.
		name: "an Instagram account kept gone, renamed, beside one back of another username",
		prev: []audit.Past{past(audit.Instagram, audit.Following, "lumen.bakery", "", keep, audit.RuleSupplier)},
		items: []audit.Item{
			followedOn(item("p-lumen", audit.Instagram, audit.Following, "lumen_cafe", "", false, audit.RuleUnknown), audit.NewDate(2024, 3, 1)),
			followedOn(item("p-sol", audit.Instagram, audit.Following, "sol.vega", "", false, audit.RuleUnknown), audit.NewDate(2024, 1, 1)),
		},
		want: []audit.Change{
			{Kind: audit.ChangeNew, PersonID: "p-lumen", Network: audit.Instagram, Relation: audit.Following, ID: "lumen_cafe", After: unf, AfterRule: audit.RuleUnknown,
				Note: "new under this id since the run of 2026-08-25; renamed? it may be instagram:lumen.bakery, gone: if so, move this key to that one's ledger row"},
			{Kind: audit.ChangeNew, PersonID: "p-sol", Network: audit.Instagram, Relation: audit.Following, ID: "sol.vega", After: unf, AfterRule: audit.RuleUnknown,
				Note: "new under this id since the run of 2026-08-25, which did not list it, though followed 2024-01-01: renamed since?"},
			{Kind: audit.ChangeReplaced, PersonID: "p-lumen.bakery", Network: audit.Instagram, Relation: audit.Following, ID: "lumen.bakery", Before: keep, BeforeRule: audit.RuleSupplier,
				After: unf, AfterRule: audit.RuleUnknown, Guess: true, Hinted: "instagram:lumen_cafe",
				Note: "renamed? instagram:lumen_cafe is new, followed since 2024-03-01, before the audit of 2026-08-25, which did not list it: if it is them, put it on their ledger row"},
		},
		addsUp: true,
	}, {
		name: "two Instagram accounts gone, two followed before",
		prev: []audit.Past{
			past(audit.Instagram, audit.Following, "noor.haddad", "", keep, audit.RuleInspiring),
			past(audit.Instagram, audit.Following, "yara_s", "", unf, audit.RuleUnknown),
		},
		items: []audit.Item{
			followedOn(item("p-a", audit.Instagram, audit.Following, "noor.h", "", false, audit.RuleUnknown), audit.NewDate(2025, 6, 18)),
			followedOn(item("p-b", audit.Instagram, audit.Following, "yara.s", "", false, audit.RuleUnknown), audit.NewDate(2024, 1, 2)),
		},
		// Followed before the audit that did not list them: not
		// "followed since" it on their own rows. Only noor.h shares a
		// word with noor.haddad, the one kept gone: guessed its rename;
		// yara.s, no evidence of it, asks "renamed since?" (see
		// similarUsernames), not named on the gone row.
		want: []audit.Change{
			{Kind: audit.ChangeNew, PersonID: "p-a", Network: audit.Instagram, Relation: audit.Following, ID: "noor.h", After: unf, AfterRule: audit.RuleUnknown,
				Note: "new under this id since the run of 2026-08-25; renamed? it may be instagram:noor.haddad, gone: if so, move this key to that one's ledger row"},
			{Kind: audit.ChangeNew, PersonID: "p-b", Network: audit.Instagram, Relation: audit.Following, ID: "yara.s", After: unf, AfterRule: audit.RuleUnknown,
				Note: "new under this id since the run of 2026-08-25, which did not list it, though followed 2024-01-02: renamed since?"},
			{Kind: audit.ChangeReplaced, PersonID: "p-noor.haddad", Network: audit.Instagram, Relation: audit.Following, ID: "noor.haddad", Before: keep, BeforeRule: audit.RuleInspiring,
				After: unf, AfterRule: audit.RuleUnknown, Guess: true, Hinted: "instagram:noor.h",
				Note: "renamed? instagram:noor.h is new, followed since 2025-06-18, before the audit of 2026-08-25, which did not list it: if it is them, put it on their ledger row"},
			// Unfollowed as decided, most likely: a row of a mass unfollow
			// after a baseline names nothing.
			{Kind: audit.ChangeGone, PersonID: "p-yara_s", Network: audit.Instagram, Relation: audit.Following, ID: "yara_s", Before: unf, BeforeRule: audit.RuleUnknown,
				Note: "unfollow done"},
		},
	}, {
		// Several kept gone: each gone row names the new usernames that
		// share a word with its own, none where none does, as the one
		// gone alone is guessed only by such a one (see
		// similarUsernames). They named every new one followed before,
		// noor.h on lumen.bakery's row and sol.vega on all three.
		name: "three Instagram accounts kept gone, three followed before",
		prev: []audit.Past{
			past(audit.Instagram, audit.Following, "noor.haddad", "", keep, audit.RuleInspiring),
			past(audit.Instagram, audit.Following, "lumen.bakery", "", keep, audit.RuleSupplier),
			past(audit.Instagram, audit.Following, "jun.ito", "", keep, audit.RuleMet),
		},
		items: []audit.Item{
			followedOn(item("p-a", audit.Instagram, audit.Following, "noor.h", "", false, audit.RuleUnknown), audit.NewDate(2025, 6, 18)),
			followedOn(item("p-b", audit.Instagram, audit.Following, "lumen_cafe", "", false, audit.RuleUnknown), audit.NewDate(2024, 3, 1)),
			followedOn(item("p-c", audit.Instagram, audit.Following, "sol.vega", "", false, audit.RuleUnknown), audit.NewDate(2024, 1, 1)),
		},
		want: []audit.Change{
			{Kind: audit.ChangeNew, PersonID: "p-a", Network: audit.Instagram, Relation: audit.Following, ID: "noor.h", After: unf, AfterRule: audit.RuleUnknown,
				Note: "new under this id since the run of 2026-08-25; renamed? it may be instagram:noor.haddad, gone: if so, move this key to that one's ledger row"},
			{Kind: audit.ChangeNew, PersonID: "p-b", Network: audit.Instagram, Relation: audit.Following, ID: "lumen_cafe", After: unf, AfterRule: audit.RuleUnknown,
				Note: "new under this id since the run of 2026-08-25; renamed? it may be instagram:lumen.bakery, gone: if so, move this key to that one's ledger row"},
			{Kind: audit.ChangeNew, PersonID: "p-c", Network: audit.Instagram, Relation: audit.Following, ID: "sol.vega", After: unf, AfterRule: audit.RuleUnknown,
				Note: "new under this id since the run of 2026-08-25, which did not list it, though followed 2024-01-01: renamed since?"},
			{Kind: audit.ChangeGone, PersonID: "p-noor.haddad", Network: audit.Instagram, Relation: audit.Following, ID: "noor.haddad", Before: keep, BeforeRule: audit.RuleInspiring, Hinted: "instagram:noor.h",
				Note: "no longer followed in the exports (it was kept); renamed? instagram:noor.h is new, followed before the audit of 2026-08-25, which did not list it: if it is them, put it on their ledger row"},
			{Kind: audit.ChangeGone, PersonID: "p-lumen.bakery", Network: audit.Instagram, Relation: audit.Following, ID: "lumen.bakery", Before: keep, BeforeRule: audit.RuleSupplier, Hinted: "instagram:lumen_cafe",
				Note: "no longer followed in the exports (it was kept); renamed? instagram:lumen_cafe is new, followed before the audit of 2026-08-25, which did not list it: if it is them, put it on their ledger row"},
			{Kind: audit.ChangeGone, PersonID: "p-jun.ito", Network: audit.Instagram, Relation: audit.Following, ID: "jun.ito", Before: keep, BeforeRule: audit.RuleMet,
				Note: "no longer followed in the exports (it was kept)"},
		},
	}, {
		// One account unfollowed as told, and one followed after the
		// export the last audit read and before its day: an unfollow
		// done, counted so, not a rename to look into.
		name: "one Instagram account unfollowed as told, one followed before the audit's day",
		prev: []audit.Past{past(audit.Instagram, audit.Following, "yara_s", "", unf, audit.RuleUnknown)},
		items: []audit.Item{
			followedOn(item("p-b", audit.Instagram, audit.Following, "bakery.oslo", "", false, audit.RuleUnknown), audit.NewDate(2026, 8, 24)),
		},
		want: []audit.Change{
			{Kind: audit.ChangeNew, PersonID: "p-b", Network: audit.Instagram, Relation: audit.Following, ID: "bakery.oslo", After: unf, AfterRule: audit.RuleUnknown, Note: since},
			{Kind: audit.ChangeGone, PersonID: "p-yara_s", Network: audit.Instagram, Relation: audit.Following, ID: "yara_s", Before: unf, BeforeRule: audit.RuleUnknown,
				Note: "unfollow done"},
		},
	}, {
		// Followed on the day before the audit's, in UTC: the morning of
		// its day east of Greenwich, after the export was made.
		name: "an Instagram account kept gone, one followed the day before the audit's",
		prev: []audit.Past{past(audit.Instagram, audit.Following, "noor.haddad", "", keep, audit.RuleInspiring)},
		items: []audit.Item{
			followedOn(item("p-b", audit.Instagram, audit.Following, "bakery.oslo", "", false, audit.RuleUnknown), audit.NewDate(2026, 8, 24)),
		},
		want: []audit.Change{
			{Kind: audit.ChangeNew, PersonID: "p-b", Network: audit.Instagram, Relation: audit.Following, ID: "bakery.oslo", After: unf, AfterRule: audit.RuleUnknown, Note: since},
			{Kind: audit.ChangeGone, PersonID: "p-noor.haddad", Network: audit.Instagram, Relation: audit.Following, ID: "noor.haddad", Before: keep, BeforeRule: audit.RuleInspiring,
				Note: "no longer followed in the exports (it was kept)"},
		},
	}, {
		name:  "a Facebook friend renamed, given their ledger row by the merge",
		prev:  []audit.Past{past(audit.Facebook, audit.Friend, "paula-ruiz.1770498838", "Paula Ruiz", keep, audit.RuleMet)},
		items: []audit.Item{item("p-paula-ruiz.1770498838", audit.Facebook, audit.Friend, "paula-ruiz-garcia.1770498838", "Paula Ruiz García", true, audit.RuleMet)},
		want: []audit.Change{
			{Kind: audit.ChangeReplaced, PersonID: "p-paula-ruiz.1770498838", Network: audit.Facebook, Relation: audit.Friend, ID: "paula-ruiz.1770498838", Name: "Paula Ruiz", Before: keep, BeforeRule: audit.RuleMet,
				After: keep, AfterRule: audit.RuleMet, Note: "renamed: now facebook:paula-ruiz-garcia.1770498838, since the same second; their ledger row now lists it"},
		},
	}, {
		// Which of two would it be? No guess: gone, as before.
		name: "two new accounts of the person, another network's, a follow since another second",
		prev: []audit.Past{
			past(audit.LinkedIn, audit.Connection, "x", "X", unf, audit.RuleUnknown),
			past(audit.Twitter, audit.Following, "7", "Seven", unf, audit.RuleUnknown),
			past(audit.Facebook, audit.Friend, "ann.1600000000", "Ann", unf, audit.RuleUnknown),
		},
		items: []audit.Item{
			item("p-x", audit.LinkedIn, audit.Connection, "y", "X", false, audit.RuleUnknown),
			item("p-x", audit.LinkedIn, audit.Connection, "z", "X", false, audit.RuleUnknown),
			item("p-7", audit.Mastodon, audit.Following, "seven@example.social", "Seven", false, audit.RuleUnknown),
			item("p-anne", audit.Facebook, audit.Friend, "anne.1600000001", "Anne", false, audit.RuleUnknown),
			item("p-ann2", audit.Facebook, audit.Following, "ann-b.1600000000", "Ann B", false, audit.RuleUnknown),
		},
		want: []audit.Change{
			{Kind: audit.ChangeNew, PersonID: "p-anne", Network: audit.Facebook, Relation: audit.Friend, ID: "anne.1600000001", Name: "Anne", After: unf, AfterRule: audit.RuleUnknown, Note: since},
			{Kind: audit.ChangeNew, PersonID: "p-ann2", Network: audit.Facebook, Relation: audit.Following, ID: "ann-b.1600000000", Name: "Ann B", After: unf, AfterRule: audit.RuleUnknown, Note: since},
			{Kind: audit.ChangeNew, PersonID: "p-x", Network: audit.LinkedIn, Relation: audit.Connection, ID: "y", Name: "X", After: unf, AfterRule: audit.RuleUnknown, Note: since},
			{Kind: audit.ChangeNew, PersonID: "p-x", Network: audit.LinkedIn, Relation: audit.Connection, ID: "z", Name: "X", After: unf, AfterRule: audit.RuleUnknown, Note: since},
			{Kind: audit.ChangeNew, PersonID: "p-7", Network: audit.Mastodon, Relation: audit.Following, ID: "seven@example.social", Name: "Seven", After: unf, AfterRule: audit.RuleUnknown, Note: since},
			{Kind: audit.ChangeGone, PersonID: "p-ann.1600000000", Network: audit.Facebook, Relation: audit.Friend, ID: "ann.1600000000", Name: "Ann", Before: unf, BeforeRule: audit.RuleUnknown, Note: "unfollow done"},
			{Kind: audit.ChangeGone, PersonID: "p-x", Network: audit.LinkedIn, Relation: audit.Connection, ID: "x", Name: "X", Before: unf, BeforeRule: audit.RuleUnknown, Note: "unfollow done"},
			{Kind: audit.ChangeGone, PersonID: "p-7", Network: audit.Twitter, Relation: audit.Following, ID: "7", Name: "Seven", Before: unf, BeforeRule: audit.RuleUnknown, Note: "unfollow done"},
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := audit.Compare(tt.prev, tt.items, all)
			// The keys a guess names (Change.Hinted) are checked where
			// the case gives them: a few of each kind of guess.
			if !slices.ContainsFunc(tt.want, func(c audit.Change) bool { return c.Hinted != "" }) {
				got = slices.Clone(got)
				for i := range got {
					got[i].Hinted = ""
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Fatalf("Compare:\n got %+v\nwant %+v", got, tt.want)
			}
			s := audit.Summarize(tt.items, tt.prev, got, true)
			if tt.addsUp {
				checkAddsUp(t, tt.prev, s.Total)
			}
			gone, done, added, changed := 0, 0, 0, 0
			for _, c := range got {
				switch c.Kind {
				case audit.ChangeGone:
					gone++
					if c.Before == unf {
						done++
					}
				case audit.ChangeNew:
					added++
				case audit.ChangeChanged:
					if c.Back || c.Apart {
						added++ // a row of its own among the accounts followed now
					} else {
						changed++
					}
				case audit.ChangeReplaced:
					// Its new account is not listed new, and counts as
					// changed where its decision did; unless the pair is
					// only guessed: its new account is listed new, and the
					// one gone counts gone (not done), so that the counts
					// add up.
					// Kept then and now, its follow found gone since, it
					// is a change all the same (Change.FollowGone).
					switch {
					case c.Guess:
						gone++
					case c.Before != c.After, c.FollowGone:
						changed++
					}
				}
			}
			if s.Total.Gone != gone || s.Total.Done != done || s.Total.New != added || s.Total.Changed != changed {
				t.Errorf("summary counts %d gone, %d done, %d new, %d changed; want %d, %d, %d and %d",
					s.Total.Gone, s.Total.Done, s.Total.New, s.Total.Changed, gone, done, added, changed)
			}
			// "done of N": N counts each account once, by its last
			// decision, however often a hand-edited history lists it.
			lastOf := map[string]string{}
			for _, p := range tt.prev {
				lastOf[p.Network()+":"+p.ID()] = p.Decision()
			}
			was := 0
			for _, d := range lastOf {
				if d == unf {
					was++
				}
			}
			if s.Total.WasUnfollow != was {
				t.Errorf("summary counts %d said to unfollow before; want %d, an account listed twice once", s.Total.WasUnfollow, was)
			}
			// The index of the history Compare made gives the summary
			// the same counts as the one it makes itself.
			changes, idx := audit.CompareIndexed(tt.prev, tt.items, all, nil, nil, nil, nil)
			if si := audit.SummarizeIndexed(tt.items, tt.prev, idx, changes, true); !reflect.DeepEqual(si, s) {
				t.Errorf("SummarizeIndexed = %+v, want Summarize's %+v", si, s)
			}
		})
	}
}

func TestSummarize(t *testing.T) {
	const keep, unf = audit.DecisionKeep, audit.DecisionUnfollow
	reviewed := &audit.Annotations{Relationship: "friend"}
	items := []audit.Item{
		item("p-ada", audit.Facebook, audit.Friend, "ada", "Ada", true, audit.RuleMet),
		item("p-bob", audit.Facebook, audit.Friend, "bob", "Bob", false, audit.RuleUnknown), // new, not reviewed
		item("p-eve", audit.LinkedIn, audit.Connection, "eve", "Eve", false, audit.RuleUnknown),
		item("p-carl", audit.Twitter, audit.Following, "carl", "Carl", false, audit.RuleLapsed),
		item("p-dan", audit.Twitter, audit.Following, "dan", "Dan", true, audit.RuleInspiring),
	}
	for _, i := range []int{0, 3, 4} {
		audit.SetNotes(items[i].Person, reviewed)
	}
	prev := []audit.Past{
		past(audit.Facebook, audit.Friend, "ada", "Ada", keep, audit.RuleMet),
		past(audit.Facebook, audit.Friend, "gone1", "G1", unf, audit.RuleUnknown), // done
		past(audit.LinkedIn, audit.Connection, "eve", "Eve", unf, audit.RuleUnknown),
		past(audit.Twitter, audit.Following, "carl", "Carl", keep, audit.RuleMet),      // changed
		past(audit.Twitter, audit.Following, "gone2", "G2", keep, audit.RuleInspiring), // gone, kept
		past(audit.Twitter, audit.Following, "dan", "Dan", unf, audit.RuleUnknown),     // changed
		past(audit.Instagram, audit.Following, "gone3", "G3", unf, audit.RuleToxic),    // done
	}
	s := audit.Summarize(items, prev, audit.Compare(prev, items, all), true)
	want := []audit.Counts{
		{Network: audit.Facebook, Followed: 2, Keep: 1, Unfollow: 1, NotReviewed: 1, New: 1, Gone: 1, Done: 1, WasUnfollow: 1, WasAsOf: "2026-08-25"},
		{Network: audit.LinkedIn, Followed: 1, Unfollow: 1, NotReviewed: 1, WasUnfollow: 1, WasAsOf: "2026-08-25"},
		{Network: audit.Twitter, Followed: 2, Keep: 1, Unfollow: 1, Gone: 1, Changed: 2, WasUnfollow: 1, WasAsOf: "2026-08-25"},
		{Network: audit.Instagram, Gone: 1, Done: 1, WasUnfollow: 1, WasAsOf: "2026-08-25"},
	}
	if !slices.Equal(s.Networks, want) {
		t.Errorf("networks:\n got %+v\nwant %+v", s.Networks, want)
	}
	total := audit.Counts{Network: "total", Followed: 5, Keep: 2, Unfollow: 3, NotReviewed: 2, New: 1, Gone: 3,
		Changed: 2, Done: 2, WasUnfollow: 4}
	if s.Total != total {
		t.Errorf("total %+v, want %+v", s.Total, total)
	}
	if !s.Reaudit || s.Since != "2026-08-25" {
		t.Errorf("reaudit %v since %q", s.Reaudit, s.Since)
	}

	first := audit.Summarize(items, nil, nil, false)
	if first.Reaudit || first.Since != "" {
		t.Errorf("first run: reaudit %v since %q", first.Reaudit, first.Since)
	}
	ft := audit.Counts{Network: "total", Followed: 5, Keep: 2, Unfollow: 3, NotReviewed: 2}
	if first.Total != ft || len(first.Networks) != 3 {
		t.Errorf("first run: total %+v, %d networks", first.Total, len(first.Networks))
	}
}

func TestSameDecisions(t *testing.T) {
	items := []audit.Item{
		item("p1", audit.Facebook, audit.Friend, "ada.1", "Ada", true, audit.RuleMet),
		item("p2", audit.Twitter, audit.Following, "1", "@bob", false, audit.RuleUnknown),
	}
	prev, err := audit.ReadHistory(bytes.NewReader(writeHistory(t, items, asOf)), "h.csv")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		change func(p []audit.Past) []audit.Past
		asOf   audit.Date
		want   bool
	}{
		{"identical", func(p []audit.Past) []audit.Past { return p }, asOf, true},
		{"rule differs", func(p []audit.Past) []audit.Past {
			p[0] = with(p[0], func(c *audit.PastCells) { c.Rule = audit.RuleInspiring })
			return p
		}, asOf, false},
		{"decision differs", func(p []audit.Past) []audit.Past {
			p[1] = with(p[1], func(c *audit.PastCells) { c.Decision = audit.DecisionKeep })
			return p
		}, asOf, false},
		{"as_of differs", func(p []audit.Past) []audit.Past { return p }, asOf + 1, false},
		{"as_of of one row differs", func(p []audit.Past) []audit.Past {
			p[1] = with(p[1], func(c *audit.PastCells) { c.AsOf = "2026-11-24" })
			return p
		}, asOf, false},
		{"name differs", func(p []audit.Past) []audit.Past {
			p[1] = with(p[1], func(c *audit.PastCells) { c.Name = "bob" })
			return p
		}, asOf, false},
		{"person differs", func(p []audit.Past) []audit.Past {
			p[0] = with(p[0], func(c *audit.PastCells) { c.PersonID = "p9" })
			return p
		}, asOf, false},
		{"one account more", func(p []audit.Past) []audit.Past { return append(p, p[0]) }, asOf, false},
		{"one account less", func(p []audit.Past) []audit.Past { return p[:1] }, asOf, false},
		{"no previous run", func([]audit.Past) []audit.Past { return nil }, asOf, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := audit.SameDecisions(tt.change(slices.Clone(prev)), items, nil, tt.asOf); got != tt.want {
				t.Errorf("SameDecisions = %v, want %v", got, tt.want)
			}
		})
	}
}

// all says every list was in the exports.
func all(network, relation, id string) bool { return true }

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

// A history file opened and saved in a spreadsheet reads as before, as the
// ledger does.
func TestReadHistoryResaved(t *testing.T) {
	data := string(writeHistory(t, []audit.Item{
		item("p1", audit.Facebook, audit.Friend, "ada.1", "Ada; Lovelace", true, audit.RuleMet),
		item("p2", audit.Twitter, audit.Following, "1", "Bob, \"the builder\"", false, audit.RuleUnknown),
	}, asOf))
	want, err := audit.ReadHistory(strings.NewReader(data), "h.csv")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []csvStyle{{bom: true}, {crlf: true, quoteAll: true}, {bom: true, crlf: true, sep: ";"}} {
		got, err := audit.ReadHistory(strings.NewReader(inForm(t, data, s)), "h.csv")
		if err != nil || !slices.Equal(got, want) {
			t.Errorf("saved as %+v: read %+v, %v; want %+v", s, got, err, want)
		}
	}
}

func TestSummaryMissing(t *testing.T) {
	s := audit.Summary{Carried: []audit.Past{
		past(audit.LinkedIn, audit.Following, "a", "A", audit.DecisionKeep, audit.RuleMet),
		past(audit.Instagram, audit.Following, "b", "B", audit.DecisionUnfollow, audit.RuleUnknown),
		past(audit.LinkedIn, audit.Following, "c", "C", audit.DecisionUnfollow, audit.RuleUnknown),
	}}
	want := []string{"linkedin following (2 accounts)", "instagram following (1 account)"}
	if got := s.Missing(); !slices.Equal(got, want) {
		t.Errorf("Missing() = %q, want %q", got, want)
	}
}

// A Past holds its cells in two strings: each comes back as it went in,
// empty ones too, and two Pasts are == exactly when their cells are.
func TestPastCells(t *testing.T) {
	full := audit.PastCells{AsOf: "2026-08-25", PersonID: "p1", Network: audit.Twitter, Relation: audit.Following,
		ID: "12", Name: "Ada Lovelace", Decision: audit.DecisionKeep, Rule: audit.RuleMet}
	for _, c := range []audit.PastCells{
		full,
		{},
		{Network: audit.Facebook, ID: "ada.1600000000"},
		{Rule: "r"},
		{AsOf: "a"},
		{Name: "Zoë, \"quoted\"\nand on two lines"},
		{PersonID: "p3", ID: "8", Name: strings.Repeat("m", 300)},     // own cells of 256 bytes or more
		{PersonID: "p4", ID: "9", Name: strings.Repeat("m", 252)},     // of 255
		{PersonID: "p2", ID: "7", Name: strings.Repeat("n", 0x10000)}, // own cells of more than 64 KiB
		{PersonID: strings.Repeat("p", 0x10000), ID: "7", Rule: "r"},
		{AsOf: strings.Repeat("a", 0x10000), Network: "n", ID: "i"},
		{PersonID: "p5", ID: "fatima-rahman-01", Name: "Fatima Rahman", Follow: "follow.fatima-rahman"},
		{Follow: "follow.fatima-rahman"},
		{Name: "N", Follow: "f"},
		{PersonID: "p6", ID: "x", Name: strings.Repeat("m", 250), Follow: "follow.m"},   // own cells of 256 bytes or more with it
		{PersonID: "p7", ID: "x", Name: "m", Follow: strings.Repeat("follow.", 0x2500)}, // more than 64 KiB
		{PersonID: "p8", ID: "UCx", Name: "Ada", LedgerCell: audit.LedgerCellMisread},
		{LedgerCell: audit.LedgerCellMisread}, // no own cell but it
		{AsOf: "a", LedgerCell: audit.LedgerCellMisread},
		{PersonID: "p9", ID: "x", Follow: "follow.x", LedgerCell: audit.LedgerCellMisread},
		{PersonID: "p9", ID: "x", Name: strings.Repeat("m", 300), Follow: "f", LedgerCell: audit.LedgerCellMisread},
		{PersonID: "p9", ID: "x", Name: strings.Repeat("m", 0x10000), LedgerCell: audit.LedgerCellMisread},
		{PersonID: "p10", ID: "marta-rossi-7", Name: "Marta Rossi", Email: "marta.rossi@example.org"},
		{Email: "e"}, // no own cell but it
		{PersonID: "p10", ID: "x", Follow: "follow.x", Email: "x@example.org"},
		{PersonID: "p10", ID: "x", Name: "N", Follow: "f", LedgerCell: audit.LedgerCellMisread, Email: "x@example.org"},
		{PersonID: "p10", ID: "x", Name: strings.Repeat("m", 250), Email: "m@example.org"},          // own cells of 256 bytes or more with it
		{PersonID: "p10", ID: "x", Name: "m", Email: strings.Repeat("m", 0x10000) + "@example.org"}, // more than 64 KiB
	} {
		p := c.Past()
		if got := p.Cells(); got != c {
			t.Errorf("%+v came back as %+v", c, got)
		}
		if p.AsOf() != c.AsOf || p.PersonID() != c.PersonID || p.Network() != c.Network || p.Relation() != c.Relation ||
			p.ID() != c.ID || p.Name() != c.Name || p.Decision() != c.Decision || p.Rule() != c.Rule || p.Follow() != c.Follow ||
			p.Unwritten() != (c.LedgerCell == audit.LedgerCellMisread) || p.Email() != c.Email {
			t.Errorf("%+v: an accessor disagrees with Cells", c)
		}
	}
	// The same text cut elsewhere is other cells.
	a := audit.PastCells{ID: "ab", Name: "c"}.Past()
	b := audit.PastCells{ID: "a", Name: "bc"}.Past()
	if a == b {
		t.Error("ids ab and a, names c and bc: the Pasts are ==")
	}
	if (audit.PastCells{ID: "a", Name: "b"}).Past() == (audit.PastCells{ID: "a", Follow: "b"}).Past() {
		t.Error("a name b and a follow b: the Pasts are ==")
	}
	if (audit.PastCells{ID: "a", Follow: "b"}).Past() == (audit.PastCells{ID: "a", Email: "b"}).Past() {
		t.Error("a follow b and an e-mail b: the Pasts are ==")
	}
	if full.Past() != full.Past() {
		t.Error("two Pasts of the same cells are not ==")
	}
	unwritten := full
	unwritten.LedgerCell = audit.LedgerCellMisread
	if full.Past() == unwritten.Past() {
		t.Error("a key kept off a misread cell and one written: the Pasts are ==")
	}
	if (audit.PastCells{}).Past() != (audit.Past{}) {
		t.Error("the Past of no cells is not the zero Past")
	}
}

// ReadHistory gives the Pasts PastCells.Past makes, its rows sharing the
// cells they have alike or not (past a few thousand kinds of rows), and
// rows over 64 KiB too.
func TestReadHistoryPasts(t *testing.T) {
	var want []audit.PastCells
	for i := range 6000 {
		c := audit.PastCells{AsOf: "2026-08-25", PersonID: fmt.Sprint("p", i), Network: audit.LinkedIn, Relation: audit.Connection,
			ID: fmt.Sprint("id-", i), Name: "Ada", Decision: audit.DecisionKeep, Rule: fmt.Sprint("rule ", i%5000)}
		switch i {
		case 3:
			c.Name = strings.Repeat("long name ", 7000)
		case 4:
			c.Rule = strings.Repeat("long rule ", 7000)
		case 5:
			c.Follow = strings.Repeat("follow.", 10000)
		}
		if i%3 == 0 {
			c.Follow = fmt.Sprint("follow.ada-", i)
		}
		if i%7 == 0 || i == 5 {
			c.LedgerCell = audit.LedgerCellMisread
		}
		if i%5 == 0 || i == 3 {
			c.Email = fmt.Sprint("ada.", i, "@example.org")
		}
		want = append(want, c)
	}
	var b bytes.Buffer
	b.WriteString(strings.Join(audit.HistoryColumns, ",") + "\n")
	for _, c := range want {
		fmt.Fprintf(&b, "%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\n", c.AsOf, c.PersonID, c.Network, c.Relation, c.ID, c.Name, c.Decision, c.Rule, c.Follow, c.LedgerCell, c.Email)
	}
	got, err := audit.ReadHistory(&b, "h.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("%d rows read, want %d", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i].Past() || got[i].Cells() != want[i] {
			t.Fatalf("row %d: %+v, want %+v", i, got[i].Cells(), want[i])
		}
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

// The summary's counts add up where a replacement is only guessed
// ("renamed?", "still followed?"): followed before, plus new, less gone,
// is followed now. The guessed account gone counted nowhere, and the
// counts were one short of the followed.
func TestSummaryCountsAddUpWithGuesses(t *testing.T) {
	const keep, unf = audit.DecisionKeep, audit.DecisionUnfollow
	for _, tt := range []struct {
		name  string
		prev  []audit.Past
		items []audit.Item
	}{{
		name:  "a Facebook friend renamed?",
		prev:  []audit.Past{past(audit.Facebook, audit.Friend, "paula-ruiz.1770498838", "Paula Ruiz", unf, audit.RuleUnsure)},
		items: []audit.Item{item("p-new", audit.Facebook, audit.Friend, "paula-ruiz-garcia.1770498838", "Paula Ruiz García", false, audit.RuleUnknown)},
	}, {
		name: "an Instagram account renamed?",
		prev: []audit.Past{past(audit.Instagram, audit.Following, "noor.haddad", "", keep, audit.RuleInspiring), past(audit.Instagram, audit.Following, "bakery.oslo", "", unf, audit.RuleUnknown)},
		items: []audit.Item{
			followedOn(item("p-new", audit.Instagram, audit.Following, "noor.h", "", false, audit.RuleUnknown), audit.NewDate(2025, 6, 18)),
			item("p-bakery.oslo", audit.Instagram, audit.Following, "bakery.oslo", "", false, audit.RuleUnknown),
		},
	}} {
		changes := audit.Compare(tt.prev, tt.items, func(string, string, string) bool { return true })
		guessed := slices.ContainsFunc(changes, func(c audit.Change) bool { return c.Guess })
		s := audit.Summarize(tt.items, tt.prev, changes, true)
		if !guessed || len(tt.prev)+s.Total.New-s.Total.Gone != s.Total.Followed || s.Total.Done != 0 {
			t.Errorf("%s: guessed %v; %d before + %d new - %d gone, want %d followed now; %d done, want 0",
				tt.name, guessed, len(tt.prev), s.Total.New, s.Total.Gone, s.Total.Followed, s.Total.Done)
		}
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
// confirm: the export has no date nor name to tell by. Two new of that
// user name, another user name, or the gone account one to unfollow (an
// unfollow done) are no guess.
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
		name:      "an unfollow done",
		prev:      []audit.Past{gone(unf, audit.RuleUnknown)},
		items:     []audit.Item{moved},
		goneNote:  "unfollow done",
		movedNote: "followed since the run of 2026-08-25",
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
