package audit

import (
	"fmt"
	"strings"
	"testing"
)

func TestUnfollowBatches(t *testing.T) {
	var items []Item
	add := func(network string, n int, keep bool) {
		for i := range n {
			a := &Account{Network: network, Relation: Following, ID: fmt.Sprint(network, i)}
			items = append(items, Item{Person: &Person{ID: "p"}, Account: a, Decision: Decision{Keep: keep}})
		}
	}
	add(Facebook, 5, false)
	add(Facebook, 2, true) // kept accounts are in no batch
	add(LinkedIn, 2, false)
	add(Twitter, 3, true)
	batches := UnfollowBatches(items, 2)
	var got []string
	for _, b := range batches {
		got = append(got, fmt.Sprintf("%s:%d", b.Name(), len(b.Items)))
	}
	want := "unfollow-facebook-01.csv:2 unfollow-facebook-02.csv:2 unfollow-facebook-03.csv:1 unfollow-linkedin-01.csv:2"
	if strings.Join(got, " ") != want {
		t.Errorf("batches = %s\nwant %s", strings.Join(got, " "), want)
	}
	if d := Days(batches); d != 3 {
		t.Errorf("Days = %d, want 3 (one batch per network a day)", d)
	}
	if UnfollowBatches(items, 0) != nil {
		t.Error("size 0 must give no batches")
	}
}

// Mastodon's unfollows are in no batch while its keep list is one
// Mastodon imports: imported with Overwrite, it unfollows them in one go,
// and the batches counted days of it. Past the import limit, or where it
// keeps no one (a list the run says not to import yet), the person
// unfollows them by hand, and they are batched as any other network's.
func TestUnfollowBatchesMastodon(t *testing.T) {
	tests := []struct {
		name string
		kept int // Mastodon accounts kept: the keep list's rows
		want string
		days int
	}{
		{"keeps none", 0, "unfollow-instagram-01.csv:2 unfollow-instagram-02.csv:1 unfollow-mastodon-01.csv:2 unfollow-mastodon-02.csv:2 unfollow-mastodon-03.csv:1", 3},
		{"keeps one", 1, "unfollow-instagram-01.csv:2 unfollow-instagram-02.csv:1", 2},
		{"within the limit", MastodonImportRows, "unfollow-instagram-01.csv:2 unfollow-instagram-02.csv:1", 2},
		{"past the limit", MastodonImportRows + 1, "unfollow-instagram-01.csv:2 unfollow-instagram-02.csv:1 unfollow-mastodon-01.csv:2 unfollow-mastodon-02.csv:2 unfollow-mastodon-03.csv:1", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var items []Item
			add := func(network string, n int, keep bool) {
				for i := range n {
					a := &Account{Network: network, Relation: Following, ID: fmt.Sprint(network, keep, i)}
					items = append(items, Item{Person: &Person{ID: "p"}, Account: a, Decision: Decision{Keep: keep}})
				}
			}
			add(Instagram, 3, false)
			add(Mastodon, tt.kept, true)
			add(Mastodon, 5, false)
			batches := UnfollowBatches(items, 2)
			var got []string
			for _, b := range batches {
				got = append(got, fmt.Sprintf("%s:%d", b.Name(), len(b.Items)))
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("batches = %s\nwant %s", strings.Join(got, " "), tt.want)
			}
			if d := Days(batches); d != tt.days {
				t.Errorf("Days = %d, want %d", d, tt.days)
			}
		})
	}
}

// The keep list is for Mastodon's import, not a spreadsheet: its cells are
// written as the export had them, an address starting with '-' or '+' (a
// hand-typed one; Mastodon's own never do) without the apostrophe that
// keeps a spreadsheet from running it, which Mastodon would take as part
// of the address, and fail to follow, after an Overwrite unfollowed it.
func TestWriteMastodonKeep(t *testing.T) {
	mk := func(handle string, keep bool, extra map[string]string) Item {
		a := &Account{Network: Mastodon, Relation: Following, ID: strings.ToLower(handle), Handle: handle, Extra: extra}
		return Item{Person: &Person{ID: "p"}, Account: a, Decision: Decision{Keep: keep}}
	}
	items := []Item{
		mk("jonas_thal@fosstodon.org", true, map[string]string{ExtraShowBoosts: "false", ExtraNotify: "true", ExtraLanguages: "en, fr"}),
		mk("gone@example.social", false, nil),
		mk("old@example.social", true, map[string]string{ExtraShowBoosts: "true"}), // pre-4.0 export
		mk("-dash@example.social", true, nil),
		mk("+plus@example.social", true, nil),
		{Person: &Person{ID: "q"}, Account: &Account{Network: Twitter, ID: "1"}, Decision: Decision{Keep: true}},
		// Addresses written otherwise than Mastodon stores them (a file
		// edited by hand, another server's software): the domain goes to
		// Mastodon as its export writes it, lower-case and in its xn--
		// form, or an Overwrite would unfollow the account and follow it
		// anew; the user part stays as written, capitals and all.
		mk("ani_k@թութ.հայ", true, nil),
		mk("KaiBrenner@Mastodon.Online", true, nil),
		mk("Lena@Café.Example", true, nil),
		mk("local_friend", true, nil),
		mk("odd@-bad-.example", true, nil),
		mk("odd@-ԹՈՒԹ-.հայ", true, nil), // refused by the conversion: as written
		// Mastodon stores a domain as libidn (IDNA2003) converts it: ß
		// is ss there, where the id's conversion encodes it.
		mk("max@Fußball.example", true, nil),
		// The settings an export had go back as they were, and those it
		// had not (the columns of Mastodon 4.0 missing from an older
		// export, a cell left empty) stay empty: Mastodon's Overwrite
		// leaves those settings of a follow it keeps as they are, where
		// "true" or "false" would set them.
		mk("hidden@example.social", true, map[string]string{ExtraShowBoosts: "false"}),
		mk("blank@example.social", true, map[string]string{ExtraShowBoosts: "", ExtraNotify: "true", ExtraLanguages: ""}),
		// Spaces the importer reads around a yes/no cell (a file typed
		// by hand) go: Mastodon would take " false" for true.
		mk("spaced@example.social", true, map[string]string{ExtraShowBoosts: " false", ExtraNotify: "false ", ExtraLanguages: "en"}),
	}
	var b strings.Builder
	if err := WriteMastodonKeep(&b, items); err != nil {
		t.Fatal(err)
	}
	want := "Account address,Show boosts,Notify on new posts,Languages\n" +
		"jonas_thal@fosstodon.org,false,true,\"en, fr\"\n" +
		"old@example.social,true,,\n" +
		"-dash@example.social,,,\n" +
		"+plus@example.social,,,\n" +
		"ani_k@xn--69aa8bzb.xn--y9a3aq,,,\n" +
		"KaiBrenner@mastodon.online,,,\n" +
		"Lena@xn--caf-dma.example,,,\n" +
		"local_friend,,,\n" +
		"odd@-bad-.example,,,\n" +
		"odd@-ԹՈՒԹ-.հայ,,,\n" +
		"max@fussball.example,,,\n" +
		"hidden@example.social,false,,\n" +
		"blank@example.social,,true,\n" +
		"spaced@example.social,false,false,en\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	// The rows counted for Mastodon's import limit are the rows written.
	if got, want := MastodonKeepRows(items), strings.Count(want, "\n")-1; got != want {
		t.Errorf("MastodonKeepRows = %d, want %d", got, want)
	}
}

func TestIsBatchName(t *testing.T) {
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"unfollow-facebook-01.csv", true},
		{"unfollow-mastodon-123.csv", true},
		{(&Batch{Network: YouTube, Num: 7}).Name(), true},
		{"unfollow.csv", false},
		{"unfollow-2026-11-25.csv", false},       // an archived list
		{"unfollow-facebook-01-done.csv", false}, // a batch ticked off
		{"unfollow-acme-2026Q4.csv", false},      // the person's own
		{"unfollow-facebook-1.csv", false},       // not the tool's form
		{"unfollow-facebook-01.csv.bak", false},
		{"unfollow-myspace-01.csv", false},
		{"Unfollow-facebook-01.csv", false},
		{"unfollow-facebook-00.csv", false},  // Name never writes these
		{"unfollow-facebook-001.csv", false}, //
		{"unfollow-facebook-100.csv", true},
	} {
		if got := IsBatchName(tt.name); got != tt.want {
			t.Errorf("IsBatchName(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// A network's batches are numbered on from its last one, whatever lies
// between them in the items.
func TestUnfollowBatchesNumberedPerNetwork(t *testing.T) {
	var items []Item
	for i, network := range []string{Facebook, LinkedIn, Facebook, Twitter, LinkedIn} {
		for j := range 3 {
			a := &Account{Network: network, Relation: Following, ID: fmt.Sprint(i, j)}
			items = append(items, Item{Person: &Person{ID: "p"}, Account: a})
		}
	}
	var got []string
	for _, b := range UnfollowBatches(items, 2) {
		got = append(got, fmt.Sprintf("%s:%d", b.Name(), len(b.Items)))
	}
	want := "unfollow-facebook-01.csv:2 unfollow-facebook-02.csv:1 unfollow-linkedin-01.csv:2 unfollow-linkedin-02.csv:1 " +
		"unfollow-facebook-03.csv:2 unfollow-facebook-04.csv:1 unfollow-twitter-01.csv:2 unfollow-twitter-02.csv:1 " +
		"unfollow-linkedin-03.csv:2 unfollow-linkedin-04.csv:1"
	if strings.Join(got, " ") != want {
		t.Errorf("batches = %s\nwant %s", strings.Join(got, " "), want)
	}
}

// BenchmarkUnfollowBatches splits 100,000 unfollows in batches of 10:
// 10,000 batches, whose numbers were counted over the batches made so
// far (quadratic: 21 s for 600,000 unfollows).
func BenchmarkUnfollowBatches(b *testing.B) {
	items := make([]Item, 100_000)
	networks := []string{Facebook, LinkedIn, Twitter, Instagram, YouTube}
	for i := range items {
		a := &Account{Network: networks[i*len(networks)/len(items)], Relation: Following, ID: fmt.Sprint(i)}
		items[i] = Item{Person: &Person{ID: "p"}, Account: a}
	}
	for b.Loop() {
		if got := UnfollowBatches(items, 10); len(got) != 10_000 {
			b.Fatalf("%d batches, want 10000", len(got))
		}
	}
}
