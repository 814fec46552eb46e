package audit_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// TestPendingGuessesFile checks that the record of guesses not acted on
// reads back as written, and that a damaged one is refused with its line
// and what to do: delete it.
func TestPendingGuessesFile(t *testing.T) {
	gs := []audit.PendingGuess{
		{AsOf: audit.NewDate(2027, 2, 25), PersonID: "p3a52386732e1", Gone: "instagram:noor.haddad", New: []string{"instagram:noor.h"}, NewPersons: []string{"p0f1e2d3c4b5a"},
			Guess: "renamed? instagram:noor.h is new, followed since 2025-06-18, before the audit of 2026-11-25, which did not list it: if it is them, put it on their ledger row"},
		{AsOf: audit.NewDate(2027, 5, 25), PersonID: "p-ana", Gone: "facebook:ana-lima.1", New: []string{"facebook:ana-costa.1", "facebook:cara-diaz.1"}, NewPersons: []string{"p1", "p2"},
			Guess: "renamed? facebook:ana-costa.1 and facebook:cara-diaz.1 are new, since the same second: if one is them, put it on their ledger row"},
	}
	var b strings.Builder
	if err := audit.WritePendingGuesses(&b, gs); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(b.String(), "as_of,person_id,gone,new,new_person_ids,guess\n2027-02-25,p3a52386732e1,instagram:noor.haddad,instagram:noor.h,p0f1e2d3c4b5a,") {
		t.Errorf("written %q", b.String())
	}
	got, err := audit.ReadPendingGuesses(strings.NewReader(b.String()), audit.PendingGuessesFile)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, gs) {
		t.Errorf("read back %+v, want %+v", got, gs)
	}
	const head = "as_of,person_id,gone,new,new_person_ids,guess\n"
	const want = "pg.csv: line 2: want a day (YYYY-MM-DD), a person id, the key gone, the new keys and as many person ids, and the guess: the file is damaged: delete it: it only reminds you"
	for _, c := range []struct{ name, file, err string }{
		{"empty", "", "pg.csv: the file is empty (0 bytes"},
		{"header alone", head, ""},
		{"bom crlf", "\uFEFF" + strings.ReplaceAll(head, "\n", "\r\n") + "2027-02-25,p1,instagram:a,instagram:b,p2,renamed? b\r\n", ""},
		{"other header", "as_of,gone\n", "pg.csv: line 1: not a record of guesses about accounts gone: want the header as_of,person_id,gone,new,new_person_ids,guess: delete it: it only reminds you"},
		{"day", head + "25/02/2027,p1,instagram:a,instagram:b,p2,renamed? b\n", want},
		{"no person", head + "2027-02-25,,instagram:a,instagram:b,p2,renamed? b\n", want},
		{"gone not a key", head + "2027-02-25,p1,a,instagram:b,p2,renamed? b\n", want},
		{"no new key", head + "2027-02-25,p1,instagram:a,,,renamed? b\n", want},
		{"a new key not a key", head + "2027-02-25,p1,instagram:a,instagram:b c,p2 p3,renamed? b\n", want},
		{"fewer person ids", head + "2027-02-25,p1,instagram:a,instagram:b instagram:c,p2,renamed? b\n", want},
		{"no guess", head + "2027-02-25,p1,instagram:a,instagram:b,p2,\n", want},
		{"short row", head + "2027-02-25,p1\n", "pg.csv: line 2: 2 cells where the header has 6: the file is damaged: delete it: it only reminds you"},
	} {
		_, err := audit.ReadPendingGuesses(strings.NewReader(c.file), "pg.csv")
		switch {
		case c.err == "" && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case c.err != "" && (err == nil || !strings.HasPrefix(err.Error(), c.err)):
			t.Errorf("%s: error %v, want one starting %q", c.name, err, c.err)
		}
	}
}

// TestGuessOf checks the record a change's guess makes: a gone row's note
// from its guess on, a replaced row's whole; none without new keys.
func TestGuessOf(t *testing.T) {
	asOf := audit.NewDate(2027, 2, 25)
	gone := audit.Change{Kind: audit.ChangeGone, PersonID: "p-noor", Network: audit.Instagram, ID: "noor.haddad",
		Note: "no longer followed in the exports (it was kept); renamed? instagram:noor.h and instagram:yara.s are new", Hinted: "instagram:noor.h instagram:yara.s"}
	g, ok := audit.GuessOf(&gone, asOf)
	if want := (audit.PendingGuess{AsOf: asOf, PersonID: "p-noor", Gone: "instagram:noor.haddad", New: []string{"instagram:noor.h", "instagram:yara.s"},
		Guess: "renamed? instagram:noor.h and instagram:yara.s are new"}); !ok || !reflect.DeepEqual(g, want) {
		t.Errorf("GuessOf(gone) = %+v, %v, want %+v", g, ok, want)
	}
	replaced := audit.Change{Kind: audit.ChangeReplaced, PersonID: "p-noor", Network: audit.Instagram, ID: "noor.haddad", Note: "renamed? instagram:noor.h is new", Hinted: "instagram:noor.h", Guess: true}
	if g, ok := audit.GuessOf(&replaced, asOf); !ok || g.Guess != replaced.Note {
		t.Errorf("GuessOf(replaced) = %+v, %v", g, ok)
	}
	for _, c := range []audit.Change{{Kind: audit.ChangeGone, Network: audit.Instagram, ID: "x", Note: "unfollow done"}, {Kind: audit.ChangeNew, Hinted: "instagram:x"}} {
		if _, ok := audit.GuessOf(&c, asOf); ok {
			t.Errorf("GuessOf(%+v) made a guess", c)
		}
	}
}
