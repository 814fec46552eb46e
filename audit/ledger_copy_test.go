package audit_test

import (
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// TestCopyNotes: a copy of the ledger (a sync conflict copy, a ledger
// sent back) is told by what it holds, not its time: a note the ledger
// lacks or has otherwise is found, with its row; a copy the ledger holds
// every note of (an older one, the ledger having only more) holds none.
func TestCopyNotes(t *testing.T) {
	const header = "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports\n"
	ledger := header +
		"p-ines,Ines Moreau,linkedin:ines-moreau,2026-10-02,yes,,,,friend,met in Lyon,yes\n" +
		"p-omar,Omar Haddad,linkedin:omar-haddad;linkedin:omar-h,,,,,,,,yes\n" +
		"p-lena,Lena Vogt,linkedin:lena-vogt,,,,,,,,no\n"
	tests := []struct {
		name string
		copy string
		// want is "" for no note, else "line person key column copy|ledger norow"
		want string
		rows int
	}{
		{"the same rows", ledger, "", 0},
		{"an older copy, the ledger having more", header +
			"p-ines,Ines Moreau,linkedin:ines-moreau,,,,,,,,yes\n" +
			"p-omar,Omar Haddad,linkedin:omar-haddad,,,,,,,,yes\n", "", 0},
		{"a note typed in the copy", header +
			"p-ines,Ines Moreau,linkedin:ines-moreau,2026-10-02,yes,,,,friend,met in Lyon,yes\n" +
			"p-omar,Omar Haddad,linkedin:omar-haddad;linkedin:omar-h,,,yes,,,,,yes\n", "3 p-omar  supplier yes| false", 1},
		{"a note changed", header +
			"p-ines,Ines Moreau,linkedin:ines-moreau,2026-10-02,yes,,,,friend,met in Paris,yes\n", "2 p-ines  note met in Paris|met in Lyon false", 1},
		{"a yes as TRUE, a blank as no, spaces, the name and in_exports changed", header +
			"p-ines,Ines M.,linkedin:ines-moreau,2026-10-02,TRUE,no,,,friend , met in Lyon,no\n", "", 0},
		{"a date changed", header +
			"p-ines,Ines Moreau,linkedin:ines-moreau,2026-11-02,yes,,,,friend,met in Lyon,yes\n", "2 p-ines  last_met 2026-11-02|2026-10-02 false", 1},
		{"a date the ledger gives the month or day of since", header +
			"p-ines,Ines Moreau,linkedin:ines-moreau,2026,yes,,,,friend,met in Lyon,yes\n", "", 0},
		{"a year the ledger gives another of", header +
			"p-ines,Ines Moreau,linkedin:ines-moreau,2025,yes,,,,friend,met in Lyon,yes\n", "2 p-ines  last_met 2025|2026-10-02 false", 1},
		{"a yes turned no", header +
			"p-ines,Ines Moreau,linkedin:ines-moreau,2026-10-02,no,,,,friend,met in Lyon,yes\n", "2 p-ines  inspiring no|yes false", 1},
		{"a key moved onto a row", header +
			"p-lena,Lena Vogt,linkedin:lena-vogt;linkedin:omar-h,,,,,,,,no\n", "2 p-lena  accounts linkedin:lena-vogt;linkedin:omar-h|linkedin:lena-vogt false", 1},
		{"a row the ledger lacks, with notes", header +
			"p-ada,Ada Byrne,linkedin:ada-byrne,,,,,,,call her,yes\n" +
			"p-bo,Bo Lund,linkedin:bo-lund,,,,,,,,yes\n", "2 p-ada  note call her| true", 1},
		{"a row the ledger lacks, keys alone", header +
			"p-bo,Bo Lund,linkedin:bo-lund,,no,,,,,,yes\n", "", 0},
		{"a column of the person's own", strings.TrimSuffix(header, "\n") + ",met where\n" +
			"p-ines,Ines Moreau,linkedin:ines-moreau,2026-10-02,yes,,,,friend,met in Lyon,yes,Lyon\n", "2 p-ines  met where Lyon| false", 1},
		{"a row typed without an id, found by its key", header +
			",Omar,linkedin:omar-h,,,,,,,knows Ines,\n" +
			",Lena,linkedin:lena-vogt,,,,,,,,\n", "2  linkedin:omar-h note knows Ines| false", 1},
		{"a row typed without an id or accounts", header +
			",Someone,,,,,,,,met at the fair,\n", "2   note met at the fair| true", 1},
		{"a relationship in another case, spaces or accents, as the rules read it", header +
			"p-ines,Ines Moreau,linkedin:ines-moreau,2026-10-02,yes,,,,  Friend ,met in Lyon,yes\n", "", 0},
		{"a relationship changed", header +
			"p-ines,Ines Moreau,linkedin:ines-moreau,2026-10-02,yes,,,,colleague,met in Lyon,yes\n", "2 p-ines  relationship colleague|friend false", 1},
		{"a relationship the rules read otherwise", header +
			"p-ines,Ines Moreau,linkedin:ines-moreau,2026-10-02,yes,,,,friend?,met in Lyon,yes\n", "2 p-ines  relationship friend?|friend false", 1},
		{"a note in another case or with a space doubled", header +
			"p-ines,Ines Moreau,linkedin:ines-moreau,2026-10-02,yes,,,,friend,Met in  LYON,yes\n", "", 0},
		{"a note with an accent the ledger lacks", header +
			"p-ines,Ines Moreau,linkedin:ines-moreau,2026-10-02,yes,,,,friend,mét in Lyon,yes\n", "2 p-ines  note mét in Lyon|met in Lyon false", 1},
		{"several rows, the first named", header +
			"p-lena,Lena Vogt,linkedin:lena-vogt,,,,,yes,,,no\n" +
			"p-ines,Ines Moreau,linkedin:ines-moreau,2026-10-02,yes,,,,colleague,met in Lyon,yes\n", "2 p-lena  unsure yes| false", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := readLedger(t, ledger)
			c, err := audit.ReadLedger(strings.NewReader(tt.copy), "dl/ledger (1).csv", asOf)
			if err != nil {
				t.Fatal(err)
			}
			d := audit.CopyNotes(l, c)
			first, rows := d.First, d.Rows
			got := ""
			if rows > 0 {
				got = strings.Join([]string{itoa(first.Line), first.PersonID, first.Key, first.Column, first.Copy + "|" + first.Ledger, boolWord(first.NoRow)}, " ")
			}
			if got != tt.want || rows != tt.rows {
				t.Errorf("CopyNotes = %q, %d rows; want %q, %d", got, rows, tt.want, tt.rows)
			}
		})
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

func boolWord(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// TestCopyNotesOrder: a copy's rows are found whatever their order: in
// the ledger's, with rows added and deleted since, or sorted otherwise
// in a spreadsheet (reversed here), past the rows looked at near the one
// expected.
func TestCopyNotesOrder(t *testing.T) {
	const header = "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports\n"
	row := func(i int, note string) string {
		return "p-" + itoa(1000+i) + ",Person " + itoa(i) + ",twitter:" + itoa(1000+i) + ",,,,,,," + note + ",yes\n"
	}
	var ledger strings.Builder
	ledger.WriteString(header)
	for i := range 300 {
		if i == 150 {
			continue // deleted since the copy
		}
		note := ""
		if i == 200 {
			note = "in the ledger"
		}
		ledger.WriteString(row(i, note))
	}
	ledger.WriteString(row(400, "")) // added since
	inOrder, reversed := header, header
	for i := range 300 {
		note := ""
		switch i {
		case 200:
			note = "in the ledger"
		case 250:
			note = "typed in the copy"
		}
		inOrder += row(i, note)
		reversed = header + row(i, note) + strings.TrimPrefix(reversed, header)
	}
	for name, copy := range map[string]string{"in order": inOrder, "reversed": reversed} {
		t.Run(name, func(t *testing.T) {
			l := readLedger(t, ledger.String())
			c, err := audit.ReadLedger(strings.NewReader(copy), "ledger (1).csv", asOf)
			if err != nil {
				t.Fatal(err)
			}
			d := audit.CopyNotes(l, c)
			first, rows := d.First, d.Rows
			if d.Lacked != 1 || d.Of != 300 {
				t.Errorf("CopyNotes: %d of %d rows lacked, want 1 (the row deleted) of 300", d.Lacked, d.Of)
			}
			if rows != 1 || first.PersonID != "p-1250" || first.Copy != "typed in the copy" || first.Ledger != "" || first.NoRow {
				t.Errorf("CopyNotes = %+v, %d rows; want p-1250's note, 1 row", first, rows)
			}
		})
	}
}

// TestCopyNotesOtherLedger: another workspace's ledger (a helper's other
// client's, in the download folder given) has its rows on none of the
// ledger's, and CopyNotes counts them, for the message to say.
func TestCopyNotesOtherLedger(t *testing.T) {
	const header = "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports\n"
	l := readLedger(t, header+"p-ines,Ines Moreau,linkedin:ines-moreau,,yes,,,,,,yes\n")
	other := header
	for i := range 30 {
		other += "p-" + itoa(2000+i) + ",Client Two " + itoa(i) + ",twitter:" + itoa(2000+i) + ",,yes,,,,,,yes\n"
	}
	c, err := audit.ReadLedger(strings.NewReader(other), "dl/ledger.csv", asOf)
	if err != nil {
		t.Fatal(err)
	}
	if d := audit.CopyNotes(l, c); d.Rows != 30 || d.Lacked != 30 || d.Of != 30 || !d.First.NoRow || d.First.PersonID != "p-2000" {
		t.Errorf("CopyNotes = %+v; want 30 rows with notes, 30 of 30 lacked, the first p-2000's", d)
	}
}

// TestCopyNotesDates: a date is a note the ledger holds where the ledger
// gives the same days, or a day or month within the copy's month or year
// (the date made precise since: the copy's is no note it lacks); a copy
// more precise than the ledger, or of other days, holds one.
func TestCopyNotesDates(t *testing.T) {
	const header = "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports\n"
	for _, tt := range []struct {
		ledger, copy string
		note         bool
	}{
		{"2026-10-02", "2026-10-02", false},
		{"2026-10-02", "2026-10", false},
		{"2026-10-02", "2026", false},
		{"2026-10", "2026", false},
		{"2026-10", "2026-10-02", true},
		{"2026", "2026-10", true},
		{"2026-10-02", "2026-09", true},
		{"2026-10-02", "2025", true},
		{"", "2026", true},
	} {
		l := readLedger(t, header+"p-ines,Ines Moreau,linkedin:ines-moreau,"+tt.ledger+",,,,,,,yes\n")
		c, err := audit.ReadLedger(strings.NewReader(header+"p-ines,Ines Moreau,linkedin:ines-moreau,"+tt.copy+",,,,,,,yes\n"), "ledger (1).csv", asOf)
		if err != nil {
			t.Fatal(err)
		}
		if d := audit.CopyNotes(l, c); (d.Rows > 0) != tt.note {
			t.Errorf("last_met %q in the copy, %q in the ledger: %d rows with a note, want a note %v", tt.copy, tt.ledger, d.Rows, tt.note)
		}
	}
}

// TestCopyNotesRelationshipFolded: a relationship re-typed in another
// case, with or without its accents, a hyphen for a space, is the one the
// rules read (see Annotations.Close), no note the ledger has otherwise;
// so is a column of the person's own re-typed in another case. A stop
// must mean a note that would be lost.
func TestCopyNotesRelationshipFolded(t *testing.T) {
	const header = "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,met where\n"
	l := readLedger(t, header+
		"p-ana,Ana Ruiz,linkedin:ana-ruiz,,,,,,belle-sœur,,Lyon\n"+
		"p-ute,Ute Kern,linkedin:ute-kern,,,,,,Familia,,\n"+
		"p-tom,Tom Iles,linkedin:tom-iles,,,,,,ami,,\n")
	for _, tt := range []struct {
		copy string
		rows int
	}{
		{"p-ana,Ana Ruiz,linkedin:ana-ruiz,,,,,,Belle Soeur,,lyon\n" +
			"p-ute,Ute Kern,linkedin:ute-kern,,,,,,família,,\n" +
			"p-tom,Tom Iles,linkedin:tom-iles,,,,,,Ami ,,\n", 0},
		{"p-tom,Tom Iles,linkedin:tom-iles,,,,,,amie,,\n", 1},
		{"p-ana,Ana Ruiz,linkedin:ana-ruiz,,,,,,belle-sœur,,Lyons\n", 1},
	} {
		c, err := audit.ReadLedger(strings.NewReader(header+tt.copy), "ledger (1).csv", asOf)
		if err != nil {
			t.Fatal(err)
		}
		if d := audit.CopyNotes(l, c); d.Rows != tt.rows {
			t.Errorf("CopyNotes(%q) = %d rows (%+v), want %d", tt.copy, d.Rows, d.First, tt.rows)
		}
	}
}
