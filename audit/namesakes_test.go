package audit_test

import (
	"bytes"
	"encoding/csv"
	"io"
	"slices"
	"testing"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

const unknownReason = "nothing known about this account yet: fill in the ledger to keep it"

// Accounts of one network and name, which keep.csv and unfollow.csv would
// show alike (Facebook's search link is the name's): the reason of each
// says what tells it apart, on either list, as the network shows them
// all under that name. Other rows stay as they were.
func TestNamesakesToldApart(t *testing.T) {
	since := func(a audit.Account, y int, m time.Month, d int) audit.Account {
		a.Since = audit.NewDate(y, m, d)
		return a
	}
	handle := func(a audit.Account, h string) audit.Account { a.Handle = h; return a }
	url := func(a audit.Account, u string) audit.Account { a.ProfileURL = u; return a }
	chloe1 := since(account(audit.Facebook, audit.Friend, "chloe-martin.1588291200", "Chloé Martin"), 2020, 5, 1)
	chloe2 := since(account(audit.Facebook, audit.Friend, "chloe-martin.1719909910", "Chloé Martin"), 2024, 7, 2)
	tests := []struct {
		name     string
		ledger   []string // rows after the header
		accounts []audit.Account
		want     map[string]string // account id: reason, on the list it is on
	}{
		{"two facebook friends", nil,
			[]audit.Account{chloe2, chloe1, account(audit.Facebook, audit.Friend, "bruno-keller.1", "Bruno Keller")},
			map[string]string{
				"chloe-martin.1588291200": unknownReason + "; same name as another Facebook account: friends since 2020-05-01",
				"chloe-martin.1719909910": unknownReason + "; same name as another Facebook account: friends since 2024-07-02",
				"bruno-keller.1":          unknownReason,
			}},
		{"one kept, one unfollowed: told apart on both lists",
			[]string{"p1,Chloé Martin,facebook:chloe-martin.1719909910,2026-10-01,,,,,,,yes"},
			[]audit.Account{chloe1, chloe2},
			map[string]string{
				"chloe-martin.1588291200": unknownReason + "; same name as another Facebook account: friends since 2020-05-01",
				"chloe-martin.1719909910": "last met 2026-10-01, within 12 months before 2026-11-25; same name as another Facebook account: friends since 2024-07-02",
			}},
		{"three, and a follow of the name", nil,
			[]audit.Account{chloe1, chloe2,
				since(account(audit.Facebook, audit.Friend, "chloe-martin.1600000000", "Chloé Martin"), 2020, 9, 13),
				since(account(audit.Facebook, audit.Following, "chloe-martin.1700000000", "Chloé Martin"), 2023, 11, 14)},
			map[string]string{
				"chloe-martin.1588291200": unknownReason + "; same name as another Facebook account: friends since 2020-05-01",
				"chloe-martin.1600000000": unknownReason + "; same name as another Facebook account: friends since 2020-09-13",
				"chloe-martin.1719909910": unknownReason + "; same name as another Facebook account: friends since 2024-07-02",
				"chloe-martin.1700000000": unknownReason + "; same name as another Facebook account: followed since 2023-11-14",
			}},
		{"linkedin connections: the connection date", nil,
			[]audit.Account{
				since(account(audit.LinkedIn, audit.Connection, "lena-vogt.20210316", "Lena Vogt"), 2021, 3, 16),
				since(account(audit.LinkedIn, audit.Connection, "lena-vogt.20250201", "Lena Vogt"), 2025, 2, 1)},
			map[string]string{
				"lena-vogt.20210316": unknownReason + "; same name as another LinkedIn account: connected since 2021-03-16",
				"lena-vogt.20250201": unknownReason + "; same name as another LinkedIn account: connected since 2025-02-01",
			}},
		// A link that opens the account alone tells it apart already:
		// the rows of the million-row benchmark's namesakes, LinkedIn
		// connections with their profile address, stay as they were.
		{"links of their own: nothing added", nil,
			[]audit.Account{
				handle(account(audit.Twitter, audit.Following, "1", "Sam Okafor"), "samokafor"),
				handle(account(audit.Twitter, audit.Following, "2", "Sam Okafor"), "sam_o"),
				url(since(account(audit.LinkedIn, audit.Connection, "lvogt", "Lena Vogt"), 2021, 3, 16), "https://www.linkedin.com/in/lvogt"),
				url(since(account(audit.LinkedIn, audit.Connection, "lenavogt", "Lena Vogt"), 2025, 2, 1), "https://www.linkedin.com/in/lenavogt"),
				handle(account(audit.Instagram, audit.Following, "sam.ok", "Sam Okafor"), "sam.ok"),
				handle(account(audit.Instagram, audit.Following, "samokafor", "Sam Okafor"), "samokafor")},
			map[string]string{
				"1": unknownReason, "2": unknownReason, "lvogt": unknownReason, "lenavogt": unknownReason,
				"sam.ok": unknownReason, "samokafor": unknownReason,
			}},
		{"nothing to tell them by", nil,
			[]audit.Account{
				account(audit.LinkedIn, audit.Following, "follow.ana-garcia", "Ana García"),
				account(audit.LinkedIn, audit.Following, "follow.ana-garcia~2", "Ana García")},
			map[string]string{
				"follow.ana-garcia":   unknownReason + "; same name as another LinkedIn account, which the export tells apart by nothing else",
				"follow.ana-garcia~2": unknownReason + "; same name as another LinkedIn account, which the export tells apart by nothing else",
			}},
		{"one name on two networks, two names alike: no namesakes", nil,
			[]audit.Account{chloe1,
				account(audit.Twitter, audit.Following, "3", "Chloé Martin"),
				since(account(audit.Facebook, audit.Friend, "chloe-martin.1", "Chloe Martin"), 1970, 1, 1),
				since(account(audit.Facebook, audit.Friend, "chloe-martin.2", "chloé martin"), 1970, 1, 1)},
			map[string]string{
				"chloe-martin.1588291200": unknownReason,
				"3":                       unknownReason,
				"chloe-martin.1":          unknownReason,
				"chloe-martin.2":          unknownReason,
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := readLedger(t, lines(append([]string{stdHeader}, tt.ledger...)...))
			people := audit.Merge(slices.Clone(tt.accounts), l.Known())
			l.Update(people)
			items := reportRules.DecideAll(people, l)
			got := map[string]string{}
			for _, keep := range []bool{true, false} {
				data := render2(t, func(w io.Writer) error { return audit.WriteDecisions(w, items, keep) })
				for _, rec := range readCSV(t, data)[1:] {
					got[rec[3]] = rec[9]
				}
			}
			for id, want := range tt.want {
				if got[id] != want {
					t.Errorf("%s: reason\n%q, want\n%q", id, got[id], want)
				}
			}
			// The one pass that writes the unfollow list with the
			// history writes the same.
			unfollow := render2(t, func(w io.Writer) error { return audit.WriteDecisions(w, items, false) })
			var both bytes.Buffer
			if err := audit.WriteUnfollowAndHistory(&both, io.Discard, items, nil, asOf); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(both.Bytes(), unfollow) {
				t.Errorf("WriteUnfollowAndHistory wrote\n%s\nWriteDecisions\n%s", both.Bytes(), unfollow)
			}
		})
	}
}

// A batch of the unfollow list tells namesakes apart as the list does,
// where the namesake is in another batch or on keep.csv.
func TestBatchTellsNamesakesApart(t *testing.T) {
	var accounts []audit.Account
	for i, y := range []int{2018, 2019, 2020} {
		a := account(audit.Facebook, audit.Friend, "chloe-martin."+string(rune('1'+i)), "Chloé Martin")
		a.Since = audit.NewDate(y, 1, 2)
		accounts = append(accounts, a)
	}
	accounts = append(accounts, account(audit.Facebook, audit.Friend, "zoe.1", "Zoë"))
	l := readLedger(t, lines(stdHeader, "p1,Chloé Martin,facebook:chloe-martin.1,2026-10-01,,,,,,,yes"))
	people := audit.Merge(accounts, l.Known())
	l.Update(people)
	items := reportRules.DecideAll(people, l)
	batches := audit.UnfollowBatches(items, 1)
	var got []string
	for i := range batches {
		data := render2(t, func(w io.Writer) error { return audit.WriteBatch(w, &batches[i]) })
		for _, rec := range readCSV(t, data)[1:] {
			got = append(got, rec[3]+" "+rec[9])
		}
	}
	want := []string{
		"chloe-martin.2 " + unknownReason + "; same name as another Facebook account: friends since 2019-01-02",
		"chloe-martin.3 " + unknownReason + "; same name as another Facebook account: friends since 2020-01-02",
		"zoe.1 " + unknownReason,
	}
	if !slices.Equal(got, want) {
		t.Errorf("batches\n%q, want\n%q", got, want)
	}
}

func readCSV(t *testing.T, data []byte) [][]string {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}
