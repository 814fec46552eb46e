package audit_test

import (
	"slices"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// TestKnownAfterTheLedgerChanges: Known reads each person id from its
// row's cell and each key from its row's accounts (see Known.rows), and
// the audit command asks it again after Update, RestoreCarried and
// RestoreRows changed those rows (olderCopy, writtenKeys, foreignLists,
// pendingGuesses). Through the real calls, on the rows most changed: a
// row added by hand with no person id nor name, which Known gives an id
// and Update a name and a key of the exports; a key the person moved to
// another row since the last run; a row RestoreCarried gives a key
// back; a header that grows a column (in_exports). Known still answers
// as the ledger was read: the same ids, keys and rows, none of the keys
// added since.
func TestKnownAfterTheLedgerChanges(t *testing.T) {
	const header = "name,accounts,person_id,last_met,inspiring,supplier,toxic,unsure,relationship,note" // no in_exports
	l := readLedger(t, lines(header,
		"Ann,facebook:ann.1;linkedin:ann,p1,,,,,,,",
		",twitter:101,,,,,,,,",                   // added by hand
		"Mia,linkedin:mia;twitter:303,p3,,,,,,,", // twitter:303 moved here from Moe's row
		"Moe,linkedin:moe,p4,,,,,,,",
		"Cy,facebook:cy.5,p5,,,,,,,"))
	known := l.Known()
	rows := l.Rows()
	hal := l.PersonID(rows[1])
	if hal == "" {
		t.Fatal("Known gave the row added by hand no id")
	}
	wantIDs := []string{"p1", hal, "p3", "p4", "p5"}
	wantKeys := []string{"facebook:ann.1", "linkedin:ann", "twitter:101", "linkedin:mia", "twitter:303", "linkedin:moe", "facebook:cy.5"}
	rowOf, idOf := map[string]*audit.LedgerRow{}, map[string]string{} // as read
	for i, key := range wantKeys {
		p := []int{0, 0, 1, 2, 2, 3, 4}[i]
		rowOf[key], idOf[key] = rows[p], wantIDs[p]
	}
	answers := func(when string) {
		t.Helper()
		if got := slices.Collect(known.IDs()); !slices.Equal(got, wantIDs) {
			t.Errorf("%s: IDs = %q, want %q", when, got, wantIDs)
		}
		if got := slices.Collect(known.Keys()); !slices.Equal(got, wantKeys) || known.Len() != len(wantKeys) {
			t.Errorf("%s: Keys = %q (Len %d), want %q", when, got, known.Len(), wantKeys)
		}
		for _, key := range wantKeys {
			if got, ok := known.PersonID(key); !ok || got != idOf[key] {
				t.Errorf("%s: PersonID(%s) = %q, %v; want %q", when, key, got, ok, idOf[key])
			}
			if r := known.RowOf(key); r != rowOf[key] {
				t.Errorf("%s: RowOf(%s) is not the row that listed it", when, key)
			}
		}
		for _, key := range []string{"instagram:ann", "linkedin:hal-hand", "facebook:cy-new.5", "facebook:bo.6"} {
			if got, ok := known.PersonID(key); ok {
				t.Errorf("%s: PersonID(%s) = %q, a key no row listed when read", when, key, got)
			}
		}
	}
	answers("made")

	prev := []audit.Past{
		audit.PastCells{AsOf: "2026-11-25", PersonID: "p4", Network: audit.Twitter, Relation: audit.Following, ID: "303", Name: "Mia", Decision: "keep", Rule: "met"}.Past(),
		audit.PastCells{AsOf: "2026-11-25", PersonID: "p6", Network: audit.Facebook, Relation: audit.Friend, ID: "bo.6", Name: "Bo", Decision: "keep", Rule: "met"}.Past(),
	}
	known.LastRun(prev)
	people := audit.Merge([]audit.Account{
		account(audit.Facebook, audit.Friend, "ann.1", "Ann"),
		withEmail(account(audit.LinkedIn, audit.Connection, "ann", "Ann"), "ann@example.org"),
		withEmail(account(audit.Instagram, audit.Following, "ann", "Ann"), "ann@example.org"),
		withEmail(account(audit.Twitter, audit.Following, "101", "Hal Hand"), "hal@example.org"),
		withEmail(account(audit.LinkedIn, audit.Connection, "hal-hand", "Hal Hand"), "hal@example.org"),
		account(audit.LinkedIn, audit.Connection, "mia", "Mia"),
		account(audit.Twitter, audit.Following, "303", "Mia"),
		account(audit.LinkedIn, audit.Connection, "moe", "Moe"),
	}, known)
	for _, p := range people {
		for _, a := range p.Accounts {
			if a.Key() == "twitter:303" && p.ID != "p3" {
				t.Errorf("twitter:303 merged with %s, want p3, the row it was moved to", p.ID)
			}
		}
	}
	l.Update(people)
	answers("after Update")
	carried := []audit.Past{
		audit.PastCells{AsOf: "2026-11-25", PersonID: "p5", Network: audit.Facebook, Relation: audit.Friend, ID: "cy-new.5", Name: "Cy", Decision: "keep", Rule: "met"}.Past(),
		prev[1],
	}
	rowless := l.RestoreCarried(known, carried)
	l.RestoreRows(rowless, prev, func(string) bool { return false })
	answers("after RestoreCarried and RestoreRows")

	// The rows did change: the table answers for them as read, not as
	// they are now.
	rows = l.Rows()
	for i, want := range [][]string{
		{"facebook:ann.1", "linkedin:ann", "instagram:ann"},
		{"twitter:101", "linkedin:hal-hand"},
		{"linkedin:mia", "twitter:303"},
		{"linkedin:moe"},
		{"facebook:cy.5", "facebook:cy-new.5"},
		{"facebook:bo.6"},
	} {
		if got := rows[i].AccountList(); !slices.Equal(got, want) {
			t.Errorf("row %d lists %q, want %q", i, got, want)
		}
	}
	if got := l.Name(rows[1]); got != "Hal Hand" {
		t.Errorf("the row added by hand is named %q, want Hal Hand (Update)", got)
	}
	if l.Header[len(l.Header)-1] != audit.ColInExports {
		t.Errorf("header %q: Update added no in_exports column", l.Header)
	}
}
