package audit

import (
	"slices"
	"strings"
	"testing"
	"unsafe"
)

// TestLedgerRowSize: a re-audit holds a LedgerRow for each of a million
// ledger rows to the end of the run, where its memory peaks. Its account
// keys are one string, the cell's own text where it lists them as they
// are (16 bytes, where a slice of keys took 24 and a string header 16 a
// key more).
func TestLedgerRowSize(t *testing.T) {
	if got := unsafe.Sizeof(LedgerRow{}); got > 56 {
		t.Errorf("a LedgerRow takes %d bytes, want at most 56", got)
	}
}

// TestRowAccountsJoined: a row's keys are its accounts cell's own text
// where the cell lists them as they are, and read back one by one, each
// once, the same however the cell spells them.
func TestRowAccountsJoined(t *testing.T) {
	l, err := ReadLedger(strings.NewReader(strings.Join(append(LedgerColumns, ColInExports), ",")+"\n"+
		"p000000000001,Ada Lovelace,linkedin:ada-lovelace,,,,,,,,yes\n"+
		"p000000000002,Kai Berg,linkedin:kai-berg;twitter:1401,,,,,,,,yes\n"+
		"p000000000003,Noor Haddad, Twitter : 1402 ;linkedin:noor-haddad;twitter:1402,,,,,,,,yes\n"+
		"p000000000004,Nobody,,,,,,,,,yes\n"), "ledger.csv", NewDate(2026, 11, 25))
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range [][]string{{"linkedin:ada-lovelace"}, {"linkedin:kai-berg", "twitter:1401"}, {"twitter:1402", "linkedin:noor-haddad"}, nil} {
		r := l.rows[i]
		if got := r.AccountList(); !slices.Equal(got, want) || r.NumAccounts() != len(want) {
			t.Errorf("row %d: keys %q (%d), want %q", i, got, r.NumAccounts(), want)
		}
		for j, k := range want {
			if r.Account(j) != k || !r.HasAccount(k) {
				t.Errorf("row %d: key %d %q, has %q %v", i, j, r.Account(j), k, r.HasAccount(k))
			}
		}
		cell := r.cells.at(l.col[ColAccounts])
		if shared := r.accounts != "" && unsafe.StringData(r.accounts) == unsafe.StringData(cell); shared != (i < 2) {
			t.Errorf("row %d: keys %q the cell's own text: %v", i, r.accounts, shared)
		}
	}
}
