package audit

import (
	"bytes"
	"testing"
)

// An account whose profile address is LinkedIn's of its ID (SetURLOfID)
// holds the ID alone, and is written, linked and told apart as the same
// account holding the address whole: the lists, the import report's
// link, and the namesake's reason are the same bytes.
func TestURLOfID(t *testing.T) {
	whole := func(id, name string) Account {
		return Account{Network: LinkedIn, Relation: Connection, ID: id, Name: name,
			ProfileURL: LinkedInProfile + id, Since: NewDate(2024, 2, 3), Source: "Connections.csv"}
	}
	compact := func(id, name string) Account {
		a := whole(id, name)
		a.SetURLOfID()
		return a
	}
	a := compact("ada-lane-12", "Ada Lane")
	if a.ProfileURL != "" || a.URL() != LinkedInProfile+"ada-lane-12" {
		t.Fatalf("SetURLOfID: ProfileURL %q, URL %q; want none held, and the address", a.ProfileURL, a.URL())
	}
	w := whole("ada-lane-12", "Ada Lane")
	if got, want := ProfileLink(&a), ProfileLink(&w); got != want {
		t.Errorf("ProfileLink = %q; want %q", got, want)
	}
	if got, want := ExportLink(&a), ExportLink(&w); got != want {
		t.Errorf("ExportLink = %q; want %q", got, want)
	}
	if !linkOfItsOwn(&a) {
		t.Error("linkOfItsOwn: false for an address of its own")
	}

	// The lists: two namesakes (whose reasons name what tells them apart)
	// and one alone, with a name to quote.
	write := func(mk func(id, name string) Account) []byte {
		accs := []Account{mk("ada-lane-12", "Ada Lane"), mk("ada-lane-34", "Ada Lane"), mk("bo-quote", `Bo "B" Quinn`)}
		items := make([]Item, len(accs))
		for i := range accs {
			items[i] = Item{Person: &Person{ID: "p00000000000" + string(rune('1'+i)), Accounts: []*Account{&accs[i]}},
				Account: &accs[i], Decision: Decision{Rule: RuleUnknown, Reason: "nothing known"}}
		}
		var b bytes.Buffer
		if err := WriteDecisions(&b, items, false); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	got, want := write(compact), write(whole)
	if !bytes.Equal(got, want) {
		t.Errorf("unfollow.csv of accounts holding the ID alone:\n%s\nwant:\n%s", got, want)
	}
	if !bytes.Contains(want, []byte(LinkedInProfile+"ada-lane-34")) {
		t.Errorf("unfollow.csv has no profile address:\n%s", want)
	}

	// An ID changed (a repeat: ada-lane-12~2) keeps the address it had.
	a.SetID("ada-lane-12~2")
	if a.URL() != LinkedInProfile+"ada-lane-12" || a.ID != "ada-lane-12~2" {
		t.Errorf("after SetID: ID %q, URL %q; want the new ID and the old address", a.ID, a.URL())
	}
	// SetProfileURL holds the address given.
	a.SetProfileURL("https://www.linkedin.com/in/other/")
	if a.URL() != "https://www.linkedin.com/in/other/" {
		t.Errorf("after SetProfileURL: URL %q", a.URL())
	}
}

// packStrings copies the ID of an account holding it alone, and the
// address stays the ID's.
func TestPackStringsURLOfID(t *testing.T) {
	a := Account{Network: LinkedIn, Relation: Connection, ID: string([]byte("ada-lane-12")), Name: "Ada Lane"}
	a.SetURLOfID()
	p := &Person{Accounts: []*Account{&a}, fold: "ada lane"}
	packStrings([]*Person{p})
	if a.ID != "ada-lane-12" || a.URL() != LinkedInProfile+"ada-lane-12" || a.Name != "Ada Lane" {
		t.Errorf("after packStrings: ID %q, URL %q, Name %q", a.ID, a.URL(), a.Name)
	}
}
