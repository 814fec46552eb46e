package audit

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
)

// add adds the row r to k, as Ledger.Known adds each row with accounts
// of a ledger, in halves.
func (k *Known) add(r *LedgerRow) {
	p := int32(len(k.rows))
	k.rows = append(k.rows, r)
	for key := range r.Accounts() {
		k.byHash = append(k.byHash, stringHash(key)) // see sort
		k.owner = append(k.owner, p)
	}
}

// knownRow returns a row of the person id that lists keys, of a ledger
// whose first column is the person id (a Known's idCol, unless set).
func knownRow(id string, keys ...string) *LedgerRow {
	return &LedgerRow{cells: cellsOf([]string{Neutralize(id)}), accounts: strings.Join(keys, ";")}
}

// ownerIDs returns the person id of each owner, "" for none.
func ownerIDs(k *Known, owners []int32) []string {
	var ids []string
	for _, o := range owners {
		if o < 0 {
			ids = append(ids, "")
		} else {
			ids = append(ids, k.id(o))
		}
	}
	return ids
}

// knownOf makes the Known of a map from account key to person id, the
// keys of one person in key order.
func knownOf(m map[string]string) *Known {
	if m == nil {
		return nil
	}
	byID := map[string][]string{}
	for k, id := range m {
		byID[id] = append(byID[id], k)
	}
	k := &Known{}
	for _, id := range slices.Sorted(maps.Keys(byID)) {
		keys := byID[id]
		slices.Sort(keys)
		k.add(knownRow(id, keys...))
	}
	k.sort()
	return k
}

func TestKnownLookups(t *testing.T) {
	m := map[string]string{}
	for i := range 3000 {
		m[fmt.Sprintf("twitter:%d", i)] = fmt.Sprintf("p%d", i/3)
	}
	m["linkedin:ada"] = "pada"
	k := knownOf(m)
	if k.Len() != len(m) {
		t.Fatalf("Len = %d, want %d", k.Len(), len(m))
	}
	for key, want := range m {
		if got, ok := k.PersonID(key); !ok || got != want {
			t.Fatalf("PersonID(%q) = %q, %v; want %q", key, got, ok, want)
		}
	}
	for _, key := range []string{"twitter:3000", "linkedin:ad", "", "twitter:"} {
		if got, ok := k.PersonID(key); ok {
			t.Errorf("PersonID(%q) = %q, want none", key, got)
		}
	}
	acc := []Account{
		acc(Twitter, "7", "x"), acc(LinkedIn, "ada", ""), acc(LinkedIn, "bob", ""),
		acc(Twitter, "2999", ""), acc(Twitter, "7", "again"),
	}
	owners := k.match(acc)
	for i, a := range acc {
		want, known := m[a.Key()]
		switch {
		case !known && owners[i] != -1:
			t.Errorf("match gives %s the person %q, want none", a.Key(), k.id(owners[i]))
		case known && (owners[i] < 0 || k.id(owners[i]) != want):
			t.Errorf("match gives %s the index %d, want the person %q", a.Key(), owners[i], want)
		}
	}
	// Enough accounts for match to walk them on two cores, in an order
	// unrelated to their hashes.
	var many []Account
	for i := range 40_000 {
		many = append(many, Account{Network: Twitter, Relation: Following, ID: fmt.Sprint((i * 7919) % 40_000)})
	}
	owners = k.match(many)
	for i, a := range many {
		want, known := m[a.Key()]
		if known != (owners[i] >= 0) || known && k.id(owners[i]) != want {
			t.Fatalf("match gives %s the index %d, want the person %q (known: %v)", a.Key(), owners[i], want, known)
		}
	}
	var none *Known
	if none.Len() != 0 || len(slices.Collect(none.IDs())) != 0 || len(slices.Collect(none.Keys())) != 0 {
		t.Error("the nil Known is not empty")
	}
	if _, ok := none.PersonID("twitter:1"); ok {
		t.Error("the nil Known knows twitter:1")
	}
}

// Keys whose hashes are equal must still be told apart by the key itself.
func TestKnownHashClash(t *testing.T) {
	k := &Known{}
	k.add(knownRow("p1", "twitter:1", "twitter:3"))
	k.add(knownRow("p2", "twitter:2"))
	for i := range k.byHash {
		k.byHash[i] = 42 << 8 // as if FNV-1a gave the three keys one hash (see sort)
	}
	k.sort()
	for key, want := range map[string]string{"twitter:1": "p1", "twitter:2": "p2", "twitter:3": "p1", "twitter:4": ""} {
		if got, _ := k.lookup(42<<8, key); got != want {
			t.Errorf("lookup(%s) = %q, want %q", key, got, want)
		}
	}
	acc := []Account{acc(Twitter, "4", ""), acc(Twitter, "2", ""), acc(Twitter, "3", ""), acc(Twitter, "1", "")}
	// The accounts' hashes above their indexes (see match): the first's
	// is another.
	hashes := []uint64{41<<8 | 0, 42<<8 | 1, 42<<8 | 2, 42<<8 | 3}
	owners := []int32{-1, -1, -1, -1}
	k.join(hashes, 7, acc, owners, make([]int32, len(acc)))
	var got []string
	for _, o := range owners {
		if o < 0 {
			got = append(got, "")
			continue
		}
		got = append(got, k.id(o))
	}
	if want := []string{"", "p2", "p1", "p1"}; !slices.Equal(got, want) {
		t.Errorf("join = %q, want %q", got, want)
	}
}

// A Facebook friend renamed since the ledger was written (a new slug, the
// same second) is the ledger person of the old key, when the second
// points at one old key and one new account only.
func TestPinRenamed(t *testing.T) {
	ledger := map[string]string{
		"facebook:ada.lovelace.1500000001": "pada",   // renamed: ada.king
		"facebook:bob.jones.1500000002":    "pbob",   // still there
		"facebook:cy.one.1500000003":       "pcy",    // gone; two new accounts of that second
		"facebook:di.one.1500000004":       "pdi",    // gone; as is ed's key, of the same second
		"facebook:ed.one.1500000004":       "ped",    //
		"facebook:fay.old.1500000005":      "pfay",   // gone, but fay's other Facebook account is there
		"facebook:fay.other.1500000006":    "pfay",   //
		"facebook:gus.old.1500000007":      "pgus",   // one person's two old keys of one second
		"facebook:gus.older.1500000007":    "pgus",   //
		"twitter:1500000008":               "ptw",    // not Facebook
		"facebook:hal.old":                 "phal",   // no second
		"facebook:ivy.old.1500000009":      "pivy",   // gone; its second is a present account's
		"facebook:ivy.now.1500000009":      "pother", //
	}
	k := knownOf(ledger)
	fb := func(id string) Account { return Account{Network: Facebook, Relation: Friend, ID: id} }
	accs := []Account{
		fb("ada.king.1500000001"),
		fb("bob.jones.1500000002"),
		fb("cy.two.1500000003"), fb("cy.three.1500000003"),
		fb("di.two.1500000004"),
		fb("fay.new.1500000005"), fb("fay.other.1500000006"),
		fb("gus.new.1500000007"),
		acc(Twitter, "x.1500000008", ""),
		fb("hal.new"),
		fb("ivy.now.1500000009"),
		fb("stranger.1500000010"),
	}
	owners := k.match(accs)
	if pinned := k.pinRenamed(accs, owners); !slices.Equal(pinned, []int32{0, 7}) && !slices.Equal(pinned, []int32{7, 0}) {
		t.Errorf("pinRenamed returned %v, want ada's and gus's new accounts, 0 and 7", pinned)
	}
	want := map[string]string{
		"ada.king.1500000001":  "pada",
		"bob.jones.1500000002": "pbob",
		"fay.other.1500000006": "pfay",
		"gus.new.1500000007":   "pgus",
		"ivy.now.1500000009":   "pother",
	}
	for i, a := range accs {
		got := ""
		if owners[i] >= 0 {
			got = k.id(owners[i])
		}
		if got != want[a.ID] {
			t.Errorf("%s: person %q, want %q", a.Key(), got, want[a.ID])
		}
	}
	before := slices.Clone(owners)
	(&Known{}).pinRenamed(accs, owners)
	if !slices.Equal(owners, before) {
		t.Errorf("an empty Known pinned accounts: %v, was %v", owners, before)
	}
}

// With the last run's history, a rename is given the ledger's row only
// where the history has no other account of that second gone: a row the
// person deleted by hand leaves a second whose friends the ledger does not
// all list.
func TestPinRenamedWithLastRun(t *testing.T) {
	k := knownOf(map[string]string{
		"facebook:uma-roy.1600000000":   "puma", // Tom's row, tom-ng.1600000000, was deleted
		"facebook:zed-a.1600000500":     "pzed",
		"facebook:ann-lee.1700000000":   "pann",
		"facebook:ann-lee-2.1700000000": "pann", // the same person's older key
	})
	fb := func(id string) Past {
		return PastCells{AsOf: "2026-01-01", Network: Facebook, Relation: Friend, ID: id}.Past()
	}
	accs := []Account{
		{Network: Facebook, Relation: Friend, ID: "thomas-ng.1600000000"}, // Tom renamed; Uma unfriended
		{Network: Facebook, Relation: Friend, ID: "zed-a.1600000500"},
		{Network: Facebook, Relation: Friend, ID: "ann-ng.1700000000"}, // Ann renamed
	}
	pins := func(prev []Past) map[string]string {
		k.lastFacebook = nil
		if prev != nil {
			k.LastRun(prev)
		}
		owners := k.match(accs)
		k.pinRenamed(accs, owners)
		got := map[string]string{}
		for i, o := range owners {
			if o >= 0 {
				got[accs[i].ID] = k.id(o)
			}
		}
		return got
	}
	tests := []struct {
		name string
		prev []Past
		want map[string]string
	}{
		{"the ledger alone: Tom's rename taken for Uma's", nil,
			map[string]string{"thomas-ng.1600000000": "puma", "zed-a.1600000500": "pzed", "ann-ng.1700000000": "pann"}},
		{"the history knows Tom was there", []Past{fb("uma-roy.1600000000"), fb("tom-ng.1600000000"), fb("zed-a.1600000500"), fb("ann-lee.1700000000")},
			map[string]string{"zed-a.1600000500": "pzed", "ann-ng.1700000000": "pann"}},
		{"the history knows Uma alone of that second", []Past{fb("uma-roy.1600000000"), fb("zed-a.1600000500"), fb("ann-lee-2.1700000000"), fb("ann-lee.1700000000")},
			map[string]string{"thomas-ng.1600000000": "puma", "zed-a.1600000500": "pzed", "ann-ng.1700000000": "pann"}},
		{"the history has nothing of that second: Uma was gone before", []Past{fb("zed-a.1600000500")},
			map[string]string{"zed-a.1600000500": "pzed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pins(tt.prev); !maps.Equal(got, tt.want) {
				t.Errorf("people %v, want %v", got, tt.want)
			}
		})
	}
	// No last run to tell by (an empty history): the ledger alone decides.
	if got := pins([]Past{}); !maps.Equal(got, tests[0].want) {
		t.Errorf("an empty last run: %v, want the ledger's alone %v", got, tests[0].want)
	}
	var nilKnown *Known
	nilKnown.LastRun([]Past{fb("zed-a.1600000500")}) // does nothing, and does not panic
}

// An account no ledger row lists goes to the person the last run gave it,
// where that person has a row: the last row of the history wins for an
// account it lists twice; a person whose row is gone, and an account a
// row lists, are left alone.
func TestPinLastRun(t *testing.T) {
	k := knownOf(map[string]string{
		"facebook:lukas-becker.1698681774": "plukas",
		"twitter:1001":                     "pmira",
		"youtube:UCelsewhere000000000000a": "pmira",
	})
	past := func(person, network, id string) Past {
		return PastCells{AsOf: "2027-02-25", PersonID: person, Network: network, Relation: Friend, ID: id}.Past()
	}
	accs := []Account{
		{Network: Facebook, Relation: Friend, ID: "lukas-becker-schmidt.1698681774"}, // the last run's key, not in the row
		{Network: Twitter, Relation: Following, ID: "1001"},                          // the row's
		{Network: Twitter, Relation: Following, ID: "1002"},                          // its person has no row now
		{Network: Twitter, Relation: Following, ID: "1003"},                          // listed twice by a hand-edited history
		{Network: Twitter, Relation: Following, ID: "1004"},                          // new
	}
	owners := k.match(accs)
	if pinned := k.pinLastRun(accs, owners); pinned != nil {
		t.Fatalf("without the last run, pinned %v", pinned)
	}
	k.LastRun([]Past{
		past("plukas", Facebook, "lukas-becker-schmidt.1698681774"),
		past("plukas", Twitter, "1001"), // the row says pmira: the row wins
		past("pgone", Twitter, "1002"),
		past("pgone", Twitter, "1003"),
		past("pmira", Twitter, "1003"),
	})
	pinned := k.pinLastRun(accs, owners)
	if !slices.Equal(pinned, []int32{0, 3}) {
		t.Errorf("pinned %v, want accounts 0 and 3", pinned)
	}
	got := ownerIDs(k, owners)
	if want := []string{"plukas", "pmira", "", "pmira", ""}; !slices.Equal(got, want) {
		t.Errorf("owners %q, want %q", got, want)
	}
}

// A new account no row lists takes the row of the one account of its
// network and name that the last run had and the exports have not: on
// the networks whose ids change, not for a follower, not among namesakes.
func TestPinSameName(t *testing.T) {
	k := knownOf(map[string]string{
		"linkedin:priya-nair-5b2": "ppriya",
		"twitter:1001":            "pkofi",
		"facebook:ann-lee.1":      "pann",
		"linkedin:lena-a":         "plena1",
		"linkedin:lena-b":         "plena2",
		"instagram:old_handle":    "pzoe",
		"linkedin:dsokolov":       "pdmitri",
		"linkedin:thuy-1":         "pthuy",
	})
	past := func(person, network, id, name string) Past {
		return PastCells{AsOf: "2027-02-25", PersonID: person, Network: network, Relation: Following, ID: id, Name: name}.Past()
	}
	k.LastRun([]Past{
		past("ppriya", LinkedIn, "priya-nair-5b2", "Priya Nair"),
		past("pkofi", Twitter, "1001", "Kofi Mensah"),
		past("pann", Facebook, "ann-lee.1", "Ann Lee"),
		past("plena1", LinkedIn, "lena-a", "Lena Vogt"),
		past("plena2", LinkedIn, "lena-b", "Lena Vogt"),
		past("pzoe", Instagram, "old_handle", "Zoë Adams"),
		past("pdmitri", LinkedIn, "dsokolov", "Dmitri Sokolov, PhD"),
		past("pthuy", LinkedIn, "thuy-1", "Nguyễn Thị Thủy"),
	})
	accs := []Account{
		{Network: LinkedIn, Relation: Connection, ID: "priya-nair", Name: "Priya Nair"},               // the address edited: Priya's
		{Network: Twitter, Relation: Following, ID: "2002", Name: "Kofi Mensah"},                      // ids never change: another account
		{Network: Facebook, Relation: Follower, ID: "ann-lee", Name: "Ann Lee"},                       // a follower: no decision
		{Network: LinkedIn, Relation: Connection, ID: "lena-c", Name: "Lena Vogt"},                    // two Lenas gone: a guess
		{Network: Instagram, Relation: Following, ID: "new_handle", Name: "Zoë Adams"},                // a username changed: Zoë's
		{Network: Instagram, Relation: Following, ID: "other", Name: "Someone Else"},                  // no one of that name
		{Network: LinkedIn, Relation: Following, ID: "follow.dmitri-sokolov", Name: "Dmitri Sokolov"}, // the names fold alike
		{Network: LinkedIn, Relation: Connection, ID: "thuy-2", Name: "Nguyễn Thị Thúy"},              // other accents: another name
	}
	owners := k.match(accs)
	pinned := k.pinSameName(accs, owners, nil)
	if !slices.Equal(pinned, []int32{0, 4, 6}) {
		t.Errorf("pinned %v, want accounts 0, 4 and 6", pinned)
	}
	got := ownerIDs(k, owners)
	if want := []string{"ppriya", "", "", "", "pzoe", "", "pdmitri", ""}; !slices.Equal(got, want) {
		t.Errorf("owners %q, want %q", got, want)
	}
}

// TestPinSameNameTitled: a LinkedIn connection whose name starts with a
// title FoldName drops ("Dr. Bo Lind" folds to "bo lind") and who edited
// their profile address keeps their row. The lookup skipped the last
// run's names whose first letter starts no new name's fold: 'd' here,
// where the fold starts with 'b', and the notes were lost.
func TestPinSameNameTitled(t *testing.T) {
	k := knownOf(map[string]string{"linkedin:bo-lind-1": "pbo"})
	k.LastRun([]Past{PastCells{AsOf: "2027-02-25", PersonID: "pbo", Network: LinkedIn, Relation: Connection, ID: "bo-lind-1", Name: "Dr. Bo Lind"}.Past()})
	accs := []Account{{Network: LinkedIn, Relation: Connection, ID: "bo-lind-2", Name: "Dr. Bo Lind"}}
	owners := k.match(accs)
	if pinned := k.pinSameName(accs, owners, nil); !slices.Equal(pinned, []int32{0}) {
		t.Errorf("pinned %v, want account 0", pinned)
	}
	if got := ownerIDs(k, owners); !slices.Equal(got, []string{"pbo"}) {
		t.Errorf("owners %q, want pbo", got)
	}
}

// TestPinSameNameMadeAfter: a LinkedIn connection of the name of one gone,
// connected after the day of the last run that listed it, did not exist
// at that run: it is no address edited, and takes no row (the person
// connected again, or a namesake: a stranger kept on old notes
// otherwise). Connected on that day, or undated, it may be: the row.
func TestPinSameNameMadeAfter(t *testing.T) {
	k := knownOf(map[string]string{"linkedin:anna-berg-1": "panna", "linkedin:tomasberg": "ptomas", "linkedin:ines-1": "pines"})
	k.LastRun([]Past{
		PastCells{AsOf: "2026-11-25", PersonID: "panna", Network: LinkedIn, Relation: Connection, ID: "anna-berg-1", Name: "Anna Berg"}.Past(),
		PastCells{AsOf: "2026-11-25", PersonID: "ptomas", Network: LinkedIn, Relation: Connection, ID: "tomasberg", Name: "Tomas Berg"}.Past(),
		PastCells{AsOf: "2026-11-25", PersonID: "pines", Network: LinkedIn, Relation: Connection, ID: "ines-1", Name: "Ines Moreau"}.Past(),
	})
	accs := []Account{
		{Network: LinkedIn, Relation: Connection, ID: "anna-berg-9c1", Name: "Anna Berg", Since: NewDate(2026, 11, 26)},  // connected since
		{Network: LinkedIn, Relation: Connection, ID: "tomas-berg-42", Name: "Tomas Berg", Since: NewDate(2026, 11, 25)}, // on the day: edited
		{Network: LinkedIn, Relation: Connection, ID: "ines-moreau", Name: "Ines Moreau"},                                // undated: edited
	}
	owners := k.match(accs)
	if pinned := k.pinSameName(accs, owners, nil); !slices.Equal(pinned, []int32{1, 2}) {
		t.Errorf("pinned %v, want accounts 1 and 2", pinned)
	}
	if got, want := ownerIDs(k, owners), []string{"", "ptomas", "pines"}; !slices.Equal(got, want) {
		t.Errorf("owners %q, want %q", got, want)
	}
}

// A friend of the second unfriended before the last run does not stand in
// the way of a rename now: the history of the last run did not have them.
func TestPinRenamedAfterAnEarlierUnfriend(t *testing.T) {
	k := knownOf(map[string]string{
		"facebook:uma-roy.1600000000": "puma", // unfriended before the last run
		"facebook:tom-ng.1600000000":  "ptom", // renamed since it
	})
	accs := []Account{{Network: Facebook, Relation: Friend, ID: "thomas-ng.1600000000"}}
	owners := k.match(accs)
	k.pinRenamed(accs, owners)
	if owners[0] != -1 {
		t.Fatalf("the ledger alone gave Thomas to %s: two old keys of the second", k.id(owners[0]))
	}
	k.LastRun([]Past{PastCells{AsOf: "2026-01-01", Network: Facebook, Relation: Friend, ID: "tom-ng.1600000000"}.Past()})
	owners = k.match(accs)
	k.pinRenamed(accs, owners)
	if owners[0] < 0 || k.id(owners[0]) != "ptom" {
		t.Errorf("with the last run's history, Thomas is %v, want ptom's", owners[0])
	}
}

// The first LinkedIn export with profile URLs: a new connection takes the
// ledger row of the name id its name and day give, where that is one key,
// one new connection's, not still in the exports, and of a person with no
// connection there already.
func TestPinRelinked(t *testing.T) {
	k := knownOf(map[string]string{
		"linkedin:lena-vogt.20210316":      "plena",
		"linkedin:chloe-martin.20240119":   "pchloe",
		"linkedin:chloe-martin.20240119~2": "pchloe2",
		"linkedin:ada-l.20200101":          "pada",
		"linkedin:ada-lovelace":            "pada", // Ada's URL id already
		"linkedin:bo-b.20200101":           "pbo",
		"linkedin:cy-c.nodate":             "pcy",
	})
	day := func(s string) Date { d, _ := ParseDate(s); return d }
	conn := func(id, name, since string) Account {
		a := Account{Network: LinkedIn, Relation: Connection, ID: id, Name: name}
		if since != "" {
			a.Since = day(since)
		}
		return a
	}
	accs := []Account{
		conn("lenavogt", "Lena Vogt", "2021-03-16"),           // pinned
		conn("chloe-martin-77", "Chloe Martin", "2024-01-19"), // two new Chloes of that day:
		conn("chloemartin-x", "Chloe Martin", "2024-01-19"),   // neither pinned
		conn("ada-lovelace", "Ada L", "2020-01-01"),           // Ada's row already has her
		conn("ada-new", "Ada L", "2020-01-01"),                // so no second connection for her
		conn("bo-b.20200101", "Bo B", "2020-01-01"),           // still without URL: itself
		conn("bobby", "Bo B", "2020-01-01"),                   // its old key is still there
		conn("cy-c", "Cy C", ""),                              // no day: .nodate
		{Network: LinkedIn, Relation: Following, ID: "follow.zed", Name: "Lena Vogt"},
	}
	owners := k.match(accs)
	pinned := k.pinRelinked(accs, owners)
	got := map[string]string{}
	for _, i := range pinned {
		got[accs[i].ID] = k.id(owners[i])
	}
	want := map[string]string{"lenavogt": "plena", "cy-c": "pcy"}
	if !maps.Equal(got, want) {
		t.Errorf("pinned %v, want %v", got, want)
	}
	// One of two namesakes of a day left: which one it is cannot be told.
	one := []Account{conn("chloe-martin-77", "Chloe Martin", "2024-01-19")}
	oneOwners := k.match(one)
	if p := k.pinRelinked(one, oneOwners); len(p) != 0 {
		t.Errorf("the one Chloe left was given row %s", k.id(oneOwners[0]))
	}
	if LinkedInNameID("Seán Ó Briain", day("2025-07-30")) != "sean-o-briain.20250730" {
		t.Errorf("LinkedInNameID = %q", LinkedInNameID("Seán Ó Briain", day("2025-07-30")))
	}
	// Without a name id in the ledger, nothing is looked at.
	plain := knownOf(map[string]string{"linkedin:lenavogt-old": "plena"})
	if p := plain.pinRelinked(accs, plain.match(accs)); len(p) != 0 {
		t.Errorf("pinned %v without name ids in the ledger", p)
	}
}

// A Facebook account followed again, long after it was unfollowed, has a
// new second in its id: it takes the row of the one ledger key of its
// name part whose person has no Facebook account in the exports; not
// where two people's keys or two new accounts share the name part, not
// for a follower, not where the person is still on Facebook.
func TestPinRefollowed(t *testing.T) {
	k := knownOf(map[string]string{
		"facebook:cafe-lumiere.1600000000": "pcafe",  // unfollowed quarters ago: a supplier
		"facebook:anna-berg.1600000001":    "panna1", // two Annas in the ledger
		"facebook:anna-berg.1600000002":    "panna2",
		"facebook:mia-ko.1600000003":       "pmia", // still a friend, under this key
		"facebook:tom-ng.1600000004":       "ptom",
		"facebook:eva-li.1600000005":       "peva",
		"twitter:1001":                     "pcafe",
	})
	accs := []Account{
		{Network: Facebook, Relation: Following, ID: "cafe-lumiere.1780000000", Name: "Café Lumière"}, // followed again: the café's
		{Network: Facebook, Relation: Friend, ID: "anna-berg.1780000001", Name: "Anna Berg"},          // which Anna cannot be told
		{Network: Facebook, Relation: Friend, ID: "mia-ko.1600000003", Name: "Mia Ko"},                // the row's own key
		{Network: Facebook, Relation: Following, ID: "mia-ko.1780000003", Name: "Mia Ko"},             // Mia is on Facebook already
		{Network: Facebook, Relation: Follower, ID: "tom-ng.1780000004", Name: "Tom Ng"},              // a follower: no decision
		{Network: Facebook, Relation: Friend, ID: "eva-li.1780000005", Name: "Eva Li"},                // two new Evas: a guess
		{Network: Facebook, Relation: Friend, ID: "eva-li.1780000006~2", Name: "Eva Li"},
	}
	owners := k.match(accs)
	pinned := k.pinRefollowed(accs, owners)
	if !slices.Equal(pinned, []int32{0}) {
		t.Errorf("pinned %v, want account 0", pinned)
	}
	got := ownerIDs(k, owners)
	if want := []string{"pcafe", "", "pmia", "", "", "", ""}; !slices.Equal(got, want) {
		t.Errorf("owners %q, want %q", got, want)
	}
	for id, want := range map[string]string{"cafe-lumiere.1600000000": "cafe-lumiere", "eva-li.1780000006~2": "eva-li", "cafe-lumiere": "", "x.123": ""} {
		if got := facebookNamePart(id); got != want {
			t.Errorf("facebookNamePart(%q) = %q, want %q", id, got, want)
		}
	}
}

// A Facebook friend renamed in the second of two friends gone is left to
// the person by pinRenamed ("renamed?"): pinRefollowed does not give it,
// by its new name, to another person's row of that name, unfollowed long
// ago. Its second says it is one of the two.
func TestPinRefollowedLeavesRenames(t *testing.T) {
	k := knownOf(map[string]string{
		"facebook:anna-berg.1600000001":  "panna",  // renamed Anna Smith, in Tom's second
		"facebook:tom-ng.1600000001":     "ptom",   // unfriended
		"facebook:anna-smith.1500000000": "psmith", // another Anna Smith, unfollowed long ago
	})
	accs := []Account{{Network: Facebook, Relation: Friend, ID: "anna-smith.1600000001", Name: "Anna Smith"}}
	owners := k.match(accs)
	if p := k.pinRenamed(accs, owners); len(p) != 0 {
		t.Fatalf("pinRenamed pinned %v in a second of two people", p)
	}
	if p := k.pinRefollowed(accs, owners); len(p) != 0 {
		t.Errorf("pinRefollowed gave the renamed friend to %q", ownerIDs(k, owners))
	}
}

// A follow no row lists goes to the row of the one friend of its name the
// last run had (the importer joined them then), but not where the names
// write different accents: the importer keeps those apart.
func TestPinFollowOfFriend(t *testing.T) {
	k := knownOf(map[string]string{
		"facebook:mira-sato.1600000000":       "pmira",
		"facebook:nguyen-thi-thuy.1600000001": "pthuy",
	})
	past := func(person, id, name string) Past {
		return PastCells{AsOf: "2027-02-25", PersonID: person, Network: Facebook, Relation: Friend, ID: id, Name: name}.Past()
	}
	k.LastRun([]Past{
		past("pmira", "mira-sato.1600000000", "Mira Sato"),
		past("pthuy", "nguyen-thi-thuy.1600000001", "Nguyễn Thị Thủy"),
	})
	since := NewDate(2026, 1, 5)
	accs := []Account{
		{Network: Facebook, Relation: Friend, ID: "mira-sato.1600000000", Name: "Mira Sato"},
		{Network: Facebook, Relation: Following, ID: "mira-sato.1700000000", Name: "Mira Sato", Since: since}, // a namesake friended since split them
		{Network: Facebook, Relation: Friend, ID: "mira-sato.1780000000", Name: "Mira Sato"},
		{Network: Facebook, Relation: Friend, ID: "nguyen-thi-thuy.1600000001", Name: "Nguyễn Thị Thủy"},
		{Network: Facebook, Relation: Following, ID: "nguyen-thi-thuy.1700000001", Name: "Nguyễn Thị Thúy", Since: since}, // another name
	}
	owners := k.match(accs)
	pinned := k.pinFollowOfFriend(accs, owners)
	if !slices.Equal(pinned, []int32{1}) {
		t.Errorf("pinned %v, want account 1", pinned)
	}
	got := ownerIDs(k, owners)
	if want := []string{"pmira", "pmira", "", "pthuy", ""}; !slices.Equal(got, want) {
		t.Errorf("owners %q, want %q", got, want)
	}
}

// TestKnownIsTheLedgerAsRead: the table reads the ids and keys from the
// ledger's rows (Known.rows), where Update and RestoreCarried add keys
// to a row after it is made: it still answers with the keys the rows had
// when it was made, the ids from the person id column wherever the file
// has it, the one Known gave a row added by hand included.
func TestKnownIsTheLedgerAsRead(t *testing.T) {
	const file = "name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,person_id\n" +
		"Ada,linkedin:ada;twitter:1,,,,,,,,pada\n" +
		"Nobody,,,,,,,,,pnone\n" +
		"Bob,twitter:2,,,,,,,,\n" + // added by hand
		"Cy,linkedin:cy,,,,,,,,'+pcy\n"
	l, err := ReadLedger(strings.NewReader(file), "ledger.csv", NewDate(2026, 11, 25))
	if err != nil {
		t.Fatal(err)
	}
	k := l.Known()
	bob := l.cell(l.rows[2], ColPersonID)
	if bob == "" {
		t.Fatal("Known gave Bob's row no id")
	}
	l.rows[0].addAccount("instagram:ada") // as Update adds an account of the exports
	l.rows[2].addAccount("twitter:3")
	wantKeys := []string{"linkedin:ada", "twitter:1", "twitter:2", "linkedin:cy"}
	if got := slices.Collect(k.Keys()); !slices.Equal(got, wantKeys) || k.Len() != len(wantKeys) {
		t.Errorf("Keys = %q (Len %d), want %q", got, k.Len(), wantKeys)
	}
	if got, want := slices.Collect(k.IDs()), []string{"pada", bob, "+pcy"}; !slices.Equal(got, want) {
		t.Errorf("IDs = %q, want %q", got, want)
	}
	for key, want := range map[string]string{"linkedin:ada": "pada", "twitter:1": "pada", "twitter:2": bob, "linkedin:cy": "+pcy"} {
		if got, ok := k.PersonID(key); !ok || got != want {
			t.Errorf("PersonID(%s) = %q, %v; want %q", key, got, ok, want)
		}
		if r := k.RowOf(key); r == nil || l.cell(r, ColPersonID) != want {
			t.Errorf("RowOf(%s) is not the row of %s", key, want)
		}
	}
	for _, key := range []string{"instagram:ada", "twitter:3", ""} {
		if got, ok := k.PersonID(key); ok {
			t.Errorf("PersonID(%q) = %q, a key no row had when read", key, got)
		}
	}
}
