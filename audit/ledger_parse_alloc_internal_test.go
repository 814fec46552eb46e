package audit

import (
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/internal/arena"
)

// Parsing a row of ASCII account keys as the tool writes them (most rows
// of a million-row ledger) allocates nothing of its own: the rows, their
// cells and their keys are cut from slabs, and the keys are trimmed, read
// back (see readBack) and made canonical without a copy.
func TestParseASCIIRowAllocs(t *testing.T) {
	header := strings.Join(append(LedgerColumns, ColInExports), ",")
	l, err := ReadLedger(strings.NewReader(header+"\n"), "ledger.csv", 0)
	if err != nil {
		t.Fatal(err)
	}
	var text arena.Strings
	text.Reserve(1 << 20)
	p := rowParser{l: l, name: "ledger.csv", asOf: NewDate(2026, 11, 25), text: &text}
	for _, c := range []struct {
		name string
		dst  *int
	}{{ColPersonID, &p.personID}, {ColLastMet, &p.lastMet}, {ColInspiring, &p.inspiring}, {ColSupplier, &p.supplier},
		{ColToxic, &p.toxic}, {ColUnsure, &p.unsure}, {ColRelationship, &p.relationship}, {ColNote, &p.note}, {ColAccounts, &p.accounts}} {
		*c.dst = l.col[c.name]
	}
	for _, accounts := range []string{
		"facebook:ada-lovelace.1588291200;linkedin:priya-nair-5b2;twitter:1401",
		"linkedin:raffaella-carr%C3%A0;instagram:ada.lovelace_;mastodon:kai@mastodon.social;youtube:UCaBcDeFgHiJkLmNoPqRsTuV",
		// LinkedIn ids made from a name: a member followed, an
		// organisation, a connection of an export without profile URLs.
		"linkedin:follow.priya-nair;linkedin:company.acme-ltd;linkedin:priya-nair.20260301;linkedin:follow.priya-nair~2",
	} {
		rec := make([]string, len(l.Header))
		rec[l.col[ColPersonID]], rec[l.col[ColName]], rec[l.col[ColAccounts]] = "p0123456789ab", "Ada Lovelace", accounts
		rec[l.col[ColLastMet]], rec[l.col[ColNote]], rec[l.col[ColInExports]] = "2026-10", "met at PyCon", "yes"
		var n int
		if got := testing.AllocsPerRun(500, func() {
			r, err := p.parse(rec, 2)
			if err != nil {
				t.Fatal(err)
			}
			n = r.NumAccounts()
		}); got != 0 {
			t.Errorf("parse of a row of ASCII keys %q: %v allocations, want none", accounts, got)
		}
		if n != strings.Count(accounts, ";")+1 {
			t.Errorf("%q: %d keys", accounts, n)
		}
	}
}
