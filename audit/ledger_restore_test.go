package audit_test

import (
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// A ledger saved from a copy older than the last run, its Facebook
// accounts carried (the exports lack them): the key the last run added to
// a row goes back on it, the row it added comes back, and nothing else
// changes (see Ledger.RestoreCarried, Ledger.RestoreRows).
func TestRestoreCarried(t *testing.T) {
	in := lines(stdHeader,
		"p1,Ann,facebook:ann.1,2026-10-01,,,,,friend,met at work,yes",
		"p2,Mia,linkedin:mia,,,,,,,,yes",
		"p3,Solo,facebook:moved.3,,,,,,,,yes")
	l := readLedger(t, in)
	known := l.Known()
	people := audit.Merge([]audit.Account{
		account(audit.LinkedIn, audit.Connection, "mia", "Mia"),
		account(audit.LinkedIn, audit.Connection, "newcomer", "Nia New"),
	}, known)
	l.Update(people)
	past := func(person, relation, id, name string) audit.Past {
		return audit.PastCells{AsOf: "2027-02-25", PersonID: person, Network: audit.Facebook, Relation: relation, ID: id, Name: name, Decision: "keep", Rule: "met"}.Past()
	}
	carried := []audit.Past{
		past("p1", audit.Friend, "ann.1", "Ann"),             // on the row: nothing to do
		past("p1", audit.Friend, "ann-smith.1", "Ann Smith"), // renamed in the last run: back on p1
		past("p1", audit.Friend, "moved.3", "Solo"),          // moved to a row of its own since: stays there
		past("p4", audit.Friend, "bo.2", "Bo Chen"),          // a row the last run added: back
		past("p5", audit.Friend, "cy.5", "Cy"),               // a row deleted by hand: left out
		past("p6", audit.Follower, "fan.6", "Fan"),           // a follower alone: no row
	}
	rowless := l.RestoreCarried(known, carried)
	if len(rowless) != 2 || rowless[0].Key() != "facebook:bo.2" || rowless[1].Key() != "facebook:cy.5" {
		t.Fatalf("rowless %v, want bo.2 and cy.5", rowless)
	}
	restored := l.RestoreRows(rowless, carried, func(id string) bool { return id == "p5" })
	if want := []audit.AddedKey{{Key: "facebook:bo.2", PersonID: "p4", Name: "Bo Chen"}}; !slices.Equal(restored, want) {
		t.Errorf("restored %v, want %v", restored, want)
	}
	if want := []audit.AddedKey{{Key: "facebook:ann-smith.1", PersonID: "p1", Name: "Ann"}}; !slices.Equal(l.Appended(), want) {
		t.Errorf("appended %v, want %v", l.Appended(), want)
	}
	keys := map[string]bool{}
	for i := range carried {
		keys[carried[i].Key()] = true
	}
	l.MarkFollowed(keys)
	want := lines(stdHeader,
		"p1,Ann,facebook:ann.1;facebook:ann-smith.1,2026-10-01,,,,,friend,met at work,yes",
		"p2,Mia,linkedin:mia,,,,,,,,yes",
		"p3,Solo,facebook:moved.3,,,,,,,,yes",
		"p4,Bo Chen,facebook:bo.2,,,,,,,,yes",
		pid("linkedin:newcomer")+",Nia New,linkedin:newcomer,,,,,,,,yes")
	if got := writeLedger(t, l); got != want {
		t.Errorf("ledger:\n%s", diffLines(got, want))
	}
	if r := l.Row("p4"); r == nil || l.Name(r) != "Bo Chen" {
		t.Errorf("Row(p4) = %v, want Bo Chen's restored row", r)
	}
}

// A carried account whose person's row has an accounts cell a spreadsheet
// misread is put on the row but kept off the cell, and RestoreCarried
// marks it so (Past.Unwritten), for the history: the run after the cell
// is corrected writes it there, and does not take it for a key that went
// back. A carried account the last run kept off a cell, written now, is
// marked written.
func TestRestoreCarriedMisread(t *testing.T) {
	misread := "p1,S\u00c3\u00b8ren,linkedin:follow.s\u00c3\u00b8ren-as,2026-10-01,,,,,,,yes"
	in := lines(stdHeader, misread, "p2,Ann,linkedin:ann,,,,,,,,yes")
	l := readLedger(t, in)
	known := l.Known()
	l.Update(nil)
	past := func(person, id string, unwritten bool) audit.Past {
		c := audit.PastCells{AsOf: "2027-02-25", PersonID: person, Network: audit.YouTube, Relation: audit.Subscription, ID: id, Name: "N", Decision: "keep", Rule: "met"}
		if unwritten {
			c.LedgerCell = audit.LedgerCellMisread
		}
		return c.Past()
	}
	carried := []audit.Past{
		past("p1", "UCsoren", false), // kept off the misread cell now
		past("p2", "UCann", true),    // kept off a cell corrected since: written now
	}
	if rowless := l.RestoreCarried(known, carried); len(rowless) != 0 {
		t.Fatalf("rowless %v, want none", rowless)
	}
	if !carried[0].Unwritten() || carried[1].Unwritten() {
		t.Errorf("unwritten %v and %v, want true and false", carried[0].Unwritten(), carried[1].Unwritten())
	}
	if want := []audit.AddedKey{{Key: "youtube:UCann", PersonID: "p2", Name: "Ann"}}; !slices.Equal(l.Appended(), want) {
		t.Errorf("appended %v, want %v", l.Appended(), want)
	}
	// Kept off the cell, the key is among KeptOff, for Regrouped: the
	// last run may have written it there, and the person taken it off.
	if want := []audit.AddedKey{{Key: "youtube:UCsoren", PersonID: "p1", Name: "S\u00c3\u00b8ren"}}; !slices.Equal(l.KeptOff(), want) {
		t.Errorf("kept off %v, want %v", l.KeptOff(), want)
	}
	l.MarkFollowed(map[string]bool{"youtube:UCsoren": true, "youtube:UCann": true})
	want := lines(stdHeader, misread, "p2,Ann,linkedin:ann;youtube:UCann,,,,,,,,yes")
	if got := writeLedger(t, l); got != want {
		t.Errorf("ledger:\n%s", diffLines(got, want))
	}
	if r := l.Row("p1"); r == nil || !slices.Contains(r.AccountList(), "youtube:UCsoren") {
		t.Errorf("p1's row does not hold the carried channel: %v", r)
	}
}

// A history edited by hand that gives one carried account to two people
// (a row copied, its person id changed): the account went back on one
// row and came back on a restored row of the other, and the next run
// refused the ledger, an account listed on two rows. It goes on the row
// of the person of its last history row, as the merge takes it
// (Known.pinLastRun), and on no other.
func TestRestoreCarriedOnce(t *testing.T) {
	l := readLedger(t, lines(stdHeader, "p1,Ann,facebook:ann.1,,,,,,,,yes"))
	known := l.Known()
	l.Update(nil)
	past := func(person, id, name string) audit.Past {
		return audit.PastCells{AsOf: "2027-02-25", PersonID: person, Network: audit.Facebook, Relation: audit.Friend, ID: id, Name: name, Decision: "keep", Rule: "met"}.Past()
	}
	carried := []audit.Past{
		past("p1", "ann.1", "Ann"),
		past("p1", "twice.2", "Twice"),
		past("p4", "twice.2", "Twice"),
		past("p4", "bo.4", "Bo"),
		past("p5", "twice.3", "Twice"),
		past("p1", "twice.3", "Twice"),
	}
	rowless := l.RestoreCarried(known, carried)
	l.RestoreRows(rowless, carried, func(string) bool { return false })
	keys := map[string]bool{}
	for i := range carried {
		keys[carried[i].Key()] = true
	}
	l.MarkFollowed(keys)
	want := lines(stdHeader,
		"p1,Ann,facebook:ann.1;facebook:twice.3,,,,,,,,yes",
		"p4,Twice,facebook:twice.2;facebook:bo.4,,,,,,,,yes")
	if got := writeLedger(t, l); got != want {
		t.Errorf("ledger:\n%s", diffLines(got, want))
	}
}

// A history edited by hand whose carried rows hold keys the ledger does
// not read as themselves (an empty id, a network the tool does not read,
// a Twitter/X handle, an id with a space, a semicolon or capitals): put
// back on a row, or on a row given back, they made the next run refuse
// the ledger ("is not an account"), or were read as another key and put
// back again on every run. They stay carried, on no row.
func TestRestoreCarriedUnreadable(t *testing.T) {
	l := readLedger(t, lines(stdHeader, "p1,Ann,facebook:ann.1,,,,,,,,yes"))
	known := l.Known()
	l.Update(nil)
	past := func(person, network, id string) audit.Past {
		return audit.PastCells{AsOf: "2027-02-25", PersonID: person, Network: network, Relation: audit.Following, ID: id, Name: "X", Decision: "keep", Rule: "met"}.Past()
	}
	carried := []audit.Past{
		past("p1", audit.Facebook, ""),
		past("p1", "myspace", "ann"),
		past("p1", "Facebook", "ann.2"),
		past("p1", audit.Twitter, "@ann"),
		past("p1", audit.Facebook, "ann lee.3"),
		past("p1", audit.Facebook, "ann.4;facebook:x.5"),
		past("p1", audit.Facebook, "Ann.6"),
		past("p1", audit.Facebook, " ann.7"),
		past("p2", audit.Facebook, ""),
		past("p2", audit.Twitter, "@bo"),
		past("p3", audit.Twitter, "1401"),
	}
	rowless := l.RestoreCarried(known, carried)
	l.RestoreRows(rowless, carried, func(string) bool { return false })
	want := lines(stdHeader,
		"p1,Ann,facebook:ann.1,,,,,,,,no",
		"p3,X,twitter:1401,,,,,,,,yes")
	got := writeLedger(t, l)
	if got != want {
		t.Errorf("ledger:\n%s", diffLines(got, want))
	}
	if _, err := audit.ReadLedger(strings.NewReader(got), ledgerFile, asOf); err != nil {
		t.Errorf("the ledger written is refused: %v", err)
	}
}

// A history edited by hand may give one person thousands of accounts (a
// person_id filled down a column) and repeat its rows: each went on the
// row, or the row given back, with the accounts cell made again, a
// quadratic cost in bytes (gigabytes for a few tens of thousands); the
// cell is made once a row, and each account is on it once.
func TestRestoreCarriedManyOfOne(t *testing.T) {
	l := readLedger(t, lines(stdHeader, "p1,Ann,facebook:ann.1,,,,,,,,yes"))
	known := l.Known()
	l.Update(nil)
	const n = 20000
	var carried []audit.Past
	for _, person := range []string{"p1", "p9"} {
		for i := range n {
			c := audit.PastCells{AsOf: "2027-02-25", PersonID: person, Network: audit.Twitter, Relation: audit.Following, ID: person[1:] + strconv.Itoa(100000+i), Name: "X", Decision: "keep", Rule: "met"}.Past()
			carried = append(carried, c, c)
		}
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	rowless := l.RestoreCarried(known, carried)
	l.RestoreRows(rowless, carried, func(string) bool { return false })
	runtime.ReadMemStats(&after)
	if got := after.TotalAlloc - before.TotalAlloc; got > 64<<20 {
		t.Errorf("restoring 2×%d accounts of two people allocated %d MB", n, got>>20)
	}
	rows := l.Rows()
	if len(rows) != 2 || len(rows[0].AccountList()) != n+1 || len(rows[1].AccountList()) != n {
		t.Fatalf("%d rows, want 2 of %d and %d accounts", len(rows), n+1, n)
	}
	if got := writeLedger(t, l); !strings.HasPrefix(got, lines(stdHeader)+"p1,Ann,facebook:ann.1;twitter:1100000;twitter:1100001;") {
		t.Errorf("ledger starts %.200q", got)
	}
}

// A row Update added for a person new to the ledger read (a copy older
// than the last run) that carried accounts of the last run join
// (RestoreRows) gets cells of its own: they listed every account of the
// person, the one that only follows you too, which no row lists (see
// rowAccounts), and the next run named as typed by hand once gone.
func TestRestoreRowsJoinedListsNoFollower(t *testing.T) {
	l := readLedger(t, lines(stdHeader, "p1,Ann,facebook:ann.1,,,,,,,,yes"))
	known := l.Known()
	people := audit.Merge([]audit.Account{
		account(audit.Facebook, audit.Friend, "ann.1", "Ann"),
		account(audit.Facebook, audit.Friend, "eve.1", "Eve Ray"),
		account(audit.Twitter, audit.Follower, "5", "Eve Ray"),
	}, known)
	l.Update(people)
	eve := ""
	for _, p := range people {
		if p.Name() == "Eve Ray" {
			eve = p.ID
		}
	}
	// The last run knew her as p9 (the copy read is older than it).
	past := func(network, relation, id string) audit.Past {
		return audit.PastCells{AsOf: "2027-02-25", PersonID: "p9", Network: network, Relation: relation, ID: id, Name: "Eve Ray", Decision: "keep", Rule: "met"}.Past()
	}
	carried := []audit.Past{past(audit.LinkedIn, audit.Connection, "eve")}
	prev := []audit.Past{past(audit.Facebook, audit.Friend, "eve.1"), carried[0]}
	rowless := l.RestoreCarried(known, carried)
	l.RestoreRows(rowless, prev, func(string) bool { return false })
	want := lines(stdHeader,
		"p1,Ann,facebook:ann.1,,,,,,,,yes",
		eve+",Eve Ray,facebook:eve.1;linkedin:eve,,,,,,,,yes")
	if got := writeLedger(t, l); got != want {
		t.Errorf("ledger:\n%s", diffLines(got, want))
	}
	if r := l.Row(eve); r == nil || slices.Contains(l.AccountKeys(r), "twitter:5") {
		t.Errorf("Eve's row lists the account that only follows you: %v", r)
	}
}
