package main

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// TestCopyNotesOtherWorkspace: a ledger in the download folder given
// whose rows are nearly all on none of the ledger's (a helper's other
// client's, sent back) is named with its cell, and said to look like
// another workspace's ledger; one of this workspace's is not.
func TestCopyNotesOtherWorkspace(t *testing.T) {
	const header = "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports\n"
	asOf := audit.NewDate(2026, 12, 1)
	var mine, other strings.Builder
	mine.WriteString(header)
	other.WriteString(header)
	for i := range 30 {
		mine.WriteString("p-" + strconv.Itoa(1000+i) + ",Person " + strconv.Itoa(i) + ",twitter:" + strconv.Itoa(1000+i) + ",,,,,,,,yes\n")
		other.WriteString("p-" + strconv.Itoa(2000+i) + ",Client " + strconv.Itoa(i) + ",twitter:" + strconv.Itoa(2000+i) + ",,yes,,,,,,yes\n")
	}
	l, err := audit.ReadLedger(strings.NewReader(mine.String()), "ws/ledger.csv", asOf)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, tt := range []struct {
		name, text, want string
		another          bool
	}{
		{"other.csv", other.String(), `on 30 rows, the first (line 2, person_id p-2000: inspiring "yes" there, a row ledger.csv lacks; 30 of its 30 rows are on none of ledger.csv: another workspace's ledger?)`, true},
		{"column.csv", strings.Replace(strings.Replace(mine.String(), "in_exports\n", "in_exports,met where\n", 1), "twitter:1004,,,,,,,,yes\n", "twitter:1004,,,,,,,,yes,Lyon\n", 1), `on 1 row (line 6, person_id p-1004: met where "Lyon" there, a column ledger.csv lacks)`, false},
		{"mine.csv", strings.Replace(mine.String(), "p-1003,Person 3,twitter:1003,,,", "p-1003,Person 3,twitter:1003,,yes,", 1), `on 1 row (line 5, person_id p-1003: inspiring "yes" there, empty in ledger.csv)`, false},
	} {
		p := filepath.Join(dir, tt.name)
		if err := os.WriteFile(p, []byte(tt.text), 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := copyNotes(p, l, asOf)
		if got != tt.want || err != nil {
			t.Errorf("copyNotes(%s) = %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
}

// TestForeignCopyPrunedLedger: a copy of the ledger in the folder of the
// exports is another workspace's where nearly none of its rows are on the
// ledger's, and nearly none of the ledger's on its. The person's own,
// beside a ledger they pruned since (the rows of the people the baseline
// had them unfollow deleted, as the ledger allows), holds all of the
// ledger's few rows: it was refused as another client's, told to be
// moved to its own workspace, where it is to be made the ledger, or its
// notes copied onto the ledger's rows.
func TestForeignCopyPrunedLedger(t *testing.T) {
	const header = "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports\n"
	asOf := audit.NewDate(2026, 12, 1)
	row := func(id int) string {
		return "p-" + strconv.Itoa(id) + ",Person " + strconv.Itoa(id) + ",twitter:" + strconv.Itoa(id) + ",2026-05,,,,,,,yes\n"
	}
	var pruned, own, other, tiny strings.Builder
	for _, b := range []*strings.Builder{&pruned, &own, &other, &tiny} {
		b.WriteString(header)
	}
	for i := range 200 {
		own.WriteString(row(1000 + i))
		if i%20 == 0 {
			pruned.WriteString(row(1000 + i)) // 10 rows of 200 left
		}
		if i < 30 {
			other.WriteString(row(2000 + i))
		}
		if i < 3 {
			tiny.WriteString(row(3000 + i))
		}
	}
	dir := t.TempDir()
	for _, tt := range []struct {
		name, ledger, copy, want string
	}{
		{"own.csv", pruned.String(), own.String(), ""},
		{"other.csv", pruned.String(), other.String(), "30 of its 30 rows"},
		{"other-tiny.csv", tiny.String(), other.String(), "30 of its 30 rows"},
	} {
		l, err := audit.ReadLedger(strings.NewReader(tt.ledger), "ws/ledger.csv", asOf)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, tt.name)
		if err := os.WriteFile(p, []byte(tt.copy), 0o644); err != nil {
			t.Fatal(err)
		}
		if got := foreignCopy(p, l, asOf); got != tt.want {
			t.Errorf("foreignCopy(%s) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestOwnBackup: a copy of the ledger whose name says the person kept it
// as a backup (a date, a word saying so) is told from one a download, a
// spreadsheet's "Save as" or a sync client named.
func TestOwnBackup(t *testing.T) {
	for name, want := range map[string]bool{
		"ledger 2026-09.csv":  true,
		"ledger_20260901.csv": true,
		"Ledger-202609.txt":   true,
		"ledger 09-2026.csv":  true,
		"ledger backup.csv":   true,
		"ledger.bak.csv":      true,
		"ledger - Copy.csv":   true,
		"ledger copy.csv":     true,
		"ledger-old.csv":      true,
		"ledger (1).csv":      false,
		"ledger - ledger.csv": false,
		"ledger.xlsx":         false,
		"ledger 12.csv":       false,
		"ledger golden.csv":   false,
		"ledger (Robin's conflicted copy 2026-12-01).csv":  false,
		"ledger.sync-conflict-20261201-101010-ABCDEFG.csv": false,
		"ledger-DESKTOP-4F2K9QX.csv":                       false,
	} {
		if got := ownBackup(name); got != want {
			t.Errorf("ownBackup(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestPersonIDsIn: the person ids in a workbook's XML are told between
// markup, not inside a longer word or hex run.
func TestPersonIDsIn(t *testing.T) {
	for in, want := range map[string]string{
		`<si><t>p32e1a957cc22</t></si><si><t>p27fb7e09e362-2</t></si>`:  "p32e1a957cc22 p27fb7e09e362-2",
		`<text:p>p32e1a957cc22</text:p>`:                                "p32e1a957cc22",
		`<t>xp32e1a957cc22</t><t>p32e1a957cc22a</t><t>p32e1a957cc2</t>`: "",
		`<t>P32E1A957CC22</t><t>p32e1a957cc22-</t>`:                     "p32e1a957cc22",
	} {
		if got := strings.Join(personIDsIn([]byte(in)), " "); got != want {
			t.Errorf("personIDsIn(%s) = %q, want %q", in, got, want)
		}
	}
}

// TestBookXMLBounded: a workbook's XML parts are read up to max bytes in
// all, not each: a zip of many parts that inflate to a lot each (a zip
// bomb, a workbook of thousands of sheets) is not inflated whole.
func TestBookXMLBounded(t *testing.T) {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, name := range []string{"xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(bytes.Repeat([]byte("x"), 10))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	read := 0
	err = bookXML(zr, 25, func(x []byte) bool { read += len(x); return false })
	if read != 25 || err != errBookCut {
		t.Errorf("read %d bytes of 30 with a max of 25 (%v), want 25 (%v)", read, err, errBookCut)
	}
	read = 0
	if err := bookXML(zr, 30, func(x []byte) bool { read += len(x); return false }); read != 30 || err != nil {
		t.Errorf("read %d bytes of 30 with a max of 30 (%v), want 30 (no error)", read, err)
	}
}
