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

// all says every list was in the exports.
func all(network, relation, id string) bool { return true }

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
