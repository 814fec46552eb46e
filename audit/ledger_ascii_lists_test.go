package audit

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

// TestFormWriterASCIILedgerAccentedAccount: a ledger Excel saved without
// the byte order mark, all ASCII, whose person's name cell was typed (or
// written) without an accent, while an account of theirs shows one in the
// exports (a display name "Amélie 🌸"): the ledger stays as it was, but
// the lists that show that name need the mark, or Excel shows "AmÃ©lie".
func TestFormWriterASCIILedgerAccentedAccount(t *testing.T) {
	const ledger = "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports\n" +
		"p1,Amelie Durand,linkedin:amelie-durand;instagram:amelie.d,,,,,,,,yes\n"
	for _, tc := range []struct {
		name    string
		account string
		bom     bool
	}{
		{"ascii", "Amelie D", false},
		{"accented", "Amélie 🌸", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l, err := ReadLedger(strings.NewReader(ledger), "ledger.csv", NewDate(2026, 12, 1))
			if err != nil {
				t.Fatal(err)
			}
			p := &Person{ID: "p1", Accounts: []*Account{
				{Network: LinkedIn, Relation: Following, ID: "amelie-durand", Name: "Amelie Durand"},
				{Network: Instagram, Relation: Following, ID: "amelie.d", Name: tc.account},
			}}
			l.Update([]*Person{p})
			var out bytes.Buffer
			if err := WriteLedger(&out, l); err != nil {
				t.Fatal(err)
			}
			if out.String() != ledger {
				t.Errorf("ledger written as\n%q\nwant it unchanged", out.String())
			}
			var list bytes.Buffer
			fw, finish := l.FormWriter(&list)
			_, err = io.WriteString(fw, "network,id,name\ninstagram,amelie.d,"+tc.account+"\n")
			if err := finish(err); err != nil {
				t.Fatal(err)
			}
			if got := bytes.HasPrefix(list.Bytes(), []byte("\xEF\xBB\xBF")); got != tc.bom {
				t.Errorf("list %q: byte order mark %v, want %v", list.String(), got, tc.bom)
			}
		})
	}
}
