package importers

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const ledgerHead = "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports"

// Options.Ledgers hands back the CSV files of a folder given that hold a
// ledger's header, as a spreadsheet saves one (a byte order mark,
// semicolons or tabs, CRLF or lone CRs, Excel's sep= line), and nothing
// else: no file without the header, no zip's entry, no file given by
// name.
func TestReadLedgers(t *testing.T) {
	dir := t.TempDir()
	dl := filepath.Join(dir, "dl")
	write := func(name, text string) {
		t.Helper()
		p := filepath.Join(dl, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("following_accounts.csv", "Account address,Show boosts,Notify on new posts,Languages\nada@example.social,true,false,\n")
	write("ledger - ledger.csv", ledgerHead+"\np1,Ada,mastodon:ada@example.social,,,,,,,,yes\n")
	write("excel.csv", "\uFEFF"+strings.ReplaceAll(ledgerHead, ",", ";")+"\r\np1;Ada;mastodon:ada@example.social;;;;;;;;yes\r\n")
	write("sep.csv", "sep=;\r\n"+strings.ReplaceAll(ledgerHead, ",", ";")+"\r\n")
	write("mac.csv", "sep=;\r"+strings.ReplaceAll(ledgerHead, ",", ";")+"\rp1;Ada;mastodon:ada@example.social;;;;;;;;yes\r")
	write("unicode.txt", strings.ReplaceAll(ledgerHead, ",", "\t")+"\n")
	write("sub/ledger.tsv", "\uFEFF"+strings.ToUpper(strings.ReplaceAll(ledgerHead, ",", "\t"))+"\r\n")
	write("contacts.csv", "name,accounts,last_met\nAda,,\n")
	write("notes.md", ledgerHead+"\n")
	var zb bytes.Buffer
	zw := zip.NewWriter(&zb)
	w, _ := zw.Create("ledger.csv")
	w.Write([]byte(ledgerHead + "\n"))
	zw.Close()
	write("mail.zip", zb.String())
	loose := filepath.Join(dir, "ledger.csv")
	if err := os.WriteFile(loose, []byte(ledgerHead+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var got []LedgerCopy
	if _, _, err := Read([]string{dl}, Options{Ledgers: &got}, All()); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range got {
		if c.Folder != dl {
			t.Errorf("%s: folder %s, want %s", c.Path, c.Folder, dl)
		}
		rel, _ := filepath.Rel(dl, c.Path)
		names = append(names, filepath.ToSlash(rel))
	}
	slices.Sort(names)
	if want := []string{"excel.csv", "ledger - ledger.csv", "mac.csv", "sep.csv", "sub/ledger.tsv", "unicode.txt"}; !slices.Equal(names, want) {
		t.Errorf("ledger copies %q, want %q", names, want)
	}
	// Given by name, a ledger is refused as no export, not handed back.
	got = nil
	if _, _, err := Read([]string{dl, loose}, Options{Ledgers: &got}, All()); err == nil || !strings.Contains(err.Error(), loose) {
		t.Errorf("ledger given by name: %v", err)
	}
}

// Telling the ledger copies reads no file twice: the head the importers
// read to detect a file is the one looked at. A Takeout folder of 20,000
// Google Fit CSV files was read twice, 0.27 s more.
func TestReadLedgersReadOnce(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("counts the bytes read in /proc/self/io")
	}
	dl := t.TempDir()
	if err := os.WriteFile(filepath.Join(dl, "following_accounts.csv"), []byte("Account address,Show boosts,Notify on new posts,Languages\nada@example.social,true,false,\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	day := []byte("Start time,End time,Move Minutes count,Calories (kcal)\n" + strings.Repeat("00:00:00.000+01:00,00:15:00.000+01:00,,1.5\n", 200))
	const files = 200
	for i := range files {
		if err := os.WriteFile(filepath.Join(dl, "2026-"+strconv.Itoa(1000+i)+".csv"), day, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	rchar := func() int64 {
		b, err := os.ReadFile("/proc/self/io")
		if err != nil {
			t.Skip(err)
		}
		for line := range strings.Lines(string(b)) {
			if v, ok := strings.CutPrefix(strings.TrimSpace(line), "rchar: "); ok {
				n, _ := strconv.ParseInt(v, 10, 64)
				return n
			}
		}
		t.Skip("no rchar in /proc/self/io")
		return 0
	}
	read := func(opt Options) int64 {
		before := rchar()
		if _, _, err := Read([]string{dl}, opt, All()); err != nil {
			t.Fatal(err)
		}
		return rchar() - before
	}
	var copies []LedgerCopy
	without, with := read(Options{}), read(Options{Ledgers: &copies})
	if more := with - without; more > files*headBytes/4 {
		t.Errorf("reading with Options.Ledgers read %d bytes more than without (%d files of the folder): their heads read twice", more, files)
	}
	if len(copies) != 0 {
		t.Errorf("ledger copies %v, want none", copies)
	}
}

// TestWorkbookLedger tells a workbook named as a ledger by its name and
// its signature alone: a zip for Excel's and OpenDocument's, the compound
// file for Excel 97's .xls.
func TestWorkbookLedger(t *testing.T) {
	zipHead := []byte("PK\x03\x04\x14\x00")
	oleHead := []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00")
	for _, c := range []struct {
		name string
		head []byte
		want bool
	}{
		{"ledger.xlsx", zipHead, true},
		{"sent/Ledger (2).XLSX", zipHead, true},
		{"ledger.ods", zipHead, true},
		{"ana ledger.xlsm", zipHead, true},
		{"ledger.numbers", zipHead, true},
		{"ledger.xls", oleHead, true},
		{"ledger.xls", zipHead, false},
		{"ledger.xlsx", []byte("Date,Amount\n"), false}, // a CSV under that name
		{"budget.xlsx", zipHead, false},
		{"ledger.zip", zipHead, false}, // read as an archive
		{"ledger.csv", zipHead, false},
	} {
		read := false
		got := workbookLedger(c.name, func() []byte { read = true; return c.head })
		if got != c.want {
			t.Errorf("workbookLedger(%q) = %v, want %v", c.name, got, c.want)
		}
		if read && !strings.Contains(strings.ToLower(c.name), "ledger") {
			t.Errorf("workbookLedger(%q) read the head of a file not named as a ledger", c.name)
		}
	}
}

// TestZippedLedger tells a copy of a ledger inside a zip by its name and
// its header: a zip's other CSV files are not read.
func TestZippedLedger(t *testing.T) {
	for _, c := range []struct {
		name, head string
		want       bool
	}{
		{"ledger.csv", "\ufeff" + ledgerHead + "\r\n", true},
		{"sent/Ledger (2).CSV", "sep=;\r\n" + strings.ReplaceAll(ledgerHead, ",", ";") + "\r\n", true},
		{"ledger.txt", ledgerHead + "\n", true},
		{"ledger.csv", "Date,Description,Amount\n", false}, // a bank's
		{"copy.csv", ledgerHead + "\n", false},             // not named so: not read
		{"ledger.xlsx", ledgerHead + "\n", false},
	} {
		read := false
		got := zippedLedger(c.name, func() []byte { read = true; return []byte(c.head) })
		if got != c.want {
			t.Errorf("zippedLedger(%q) = %v, want %v", c.name, got, c.want)
		}
		if read && !strings.Contains(strings.ToLower(c.name), "ledger") {
			t.Errorf("zippedLedger(%q) read the head of an entry not named as a ledger", c.name)
		}
	}
}
