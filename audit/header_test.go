package audit

import (
	"slices"
	"testing"
)

func TestHeaderCells(t *testing.T) {
	ledger := "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports"
	for _, c := range []struct {
		name, head string
		want       []string // nil: only IsLedgerHeader is checked
		ledger     bool
	}{
		{"as the tool writes it", "\xEF\xBB\xBF" + ledger + "\nrow", nil, true},
		// A program that adds a mark to a file that had one: ReadLedger
		// reads such a ledger, and a copy of it is one too.
		{"two byte order marks", "\xEF\xBB\xBF\xEF\xBB\xBF" + ledger + "\nrow", nil, true},
		{"Excel's sep= line and CRLF", "sep=;\r\n\xEF\xBB\xBF" + "Person_ID;Name;Accounts;Last_Met;Inspiring;Supplier;Toxic;Unsure;Relationship;Note\r\n", nil, true},
		{"columns moved and one added, quoted", `"note","Mine","person_id",name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship` + "\n", nil, true},
		{"Excel for Mac's lone CRs, after a sep= line", "sep=;\r" + "note;person_id;name;accounts;last_met;inspiring;supplier;toxic;unsure;relationship\rhi;p1;Ada;x;;;;;;\r", nil, true},
		{"lone CRs, the last column a ledger's", "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note\rp1,Ada,x,,,,,,,hi\r", nil, true},
		{"tabs, after a blank line", "\n" + "person_id\tname\taccounts\tlast_met\tinspiring\tsupplier\ttoxic\tunsure\trelationship\tnote\n", nil, true},
		{"a column missing", "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,note\n", nil, false},
		{"a sep= line first is skipped", "SEP=,\na,b\n", []string{"a", "b"}, false},
		{"a sep= line after the header is not", "a,b\nsep=;\n", []string{"a", "b"}, false},
		{"cells trimmed and lower-cased", ` "A" ; B ;c` + "\r\n1;2;3", []string{"a", "b", "c"}, false},
		{"empty", "", []string{""}, false},
	} {
		got := HeaderCells([]byte(c.head))
		if c.want != nil && !slices.Equal(got, c.want) {
			t.Errorf("%s: HeaderCells = %q, want %q", c.name, got, c.want)
		}
		if IsLedgerHeader(got) != c.ledger {
			t.Errorf("%s: IsLedgerHeader(%q) = %v, want %v", c.name, got, !c.ledger, c.ledger)
		}
	}
}
