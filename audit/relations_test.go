package audit_test

import (
	"fmt"
	"maps"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// relationsFile is a history file of rows given as "network:id relation",
// in the current columns.
func relationsFile(rows ...string) string {
	var b strings.Builder
	b.WriteString(strings.Join(audit.HistoryColumns, ",") + "\n")
	for i, row := range rows {
		key, relation, _ := strings.Cut(row, " ")
		network, id, _ := strings.Cut(key, ":")
		fmt.Fprintf(&b, "2026-08-25,p%d,%s,%s,%s,Someone %d,unfollow,unknown,,,\n", i+1, network, relation, id, i+1)
	}
	return b.String()
}

// TestRelationsIn checks which relation RelationsIn gives each key
// wanted: that of the first row listing it as followed, a follower's row
// passed over, a key given one already left alone, and the file read no
// further than the last key found (a fault after it is not met).
func TestRelationsIn(t *testing.T) {
	const ana, bob = "facebook:ana-lima.1600000000", "facebook:bob-reis.1500000000"
	for _, tc := range []struct {
		name string
		rel  map[string]string // before
		file string
		want map[string]string
	}{{
		name: "friend",
		rel:  map[string]string{ana: ""},
		file: relationsFile("facebook:carla.1 following", ana+" friend"),
		want: map[string]string{ana: audit.Friend},
	}, {
		name: "a follow",
		rel:  map[string]string{ana: ""},
		file: relationsFile(ana + " following"),
		want: map[string]string{ana: audit.Following},
	}, {
		name: "a follower's row passed over",
		rel:  map[string]string{ana: ""},
		file: relationsFile(ana+" follower", ana+" friend"),
		want: map[string]string{ana: audit.Friend},
	}, {
		name: "only a follower's row",
		rel:  map[string]string{ana: ""},
		file: relationsFile(ana + " follower"),
		want: map[string]string{ana: ""},
	}, {
		name: "the first row listing it",
		rel:  map[string]string{ana: ""},
		file: relationsFile(ana+" friend", ana+" following"),
		want: map[string]string{ana: audit.Friend},
	}, {
		// The reader reuses its fields' bytes: a relation kept as lent
		// was overwritten by the rows read after it.
		name: "a relation found kept while the file is read on",
		rel:  map[string]string{ana: "", bob: ""},
		file: relationsFile(ana+" friend", "facebook:xxxxxxxxxxxxxxxxxxxxxxxxx following", "linkedin:zzzzzzzzzzzzzzzzzzzzzzzz connection", bob+" following"),
		want: map[string]string{ana: audit.Friend, bob: audit.Following},
	}, {
		name: "a key given one already",
		rel:  map[string]string{ana: audit.Following, bob: ""},
		file: relationsFile(ana+" friend", bob+" friend"),
		want: map[string]string{ana: audit.Following, bob: audit.Friend},
	}, {
		name: "another network's account of that id",
		rel:  map[string]string{ana: ""},
		file: relationsFile("instagram:ana-lima.1600000000 following"),
		want: map[string]string{ana: ""},
	}, {
		name: "neutralised cells",
		rel:  map[string]string{"facebook:=ana": ""},
		file: relationsFile("facebook:'=ana friend"),
		want: map[string]string{"facebook:=ana": audit.Friend},
	}, {
		name: "read no further once each has one",
		rel:  map[string]string{ana: ""},
		file: relationsFile(ana+" friend") + "2026-08-25,\"p9,facebook\n",
		want: map[string]string{ana: audit.Friend},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			rel := maps.Clone(tc.rel)
			if err := audit.RelationsIn(rel, strings.NewReader(tc.file), "history/0001_2026-08-25.csv"); err != nil {
				t.Fatal(err)
			}
			if !maps.Equal(rel, tc.want) {
				t.Errorf("RelationsIn = %q, want %q", rel, tc.want)
			}
		})
	}
	rel := map[string]string{ana: ""}
	err := audit.RelationsIn(rel, strings.NewReader(relationsFile("facebook:carla.1 following")+"2026-08-25,\"p9,facebook\n"), "history/0001_2026-08-25.csv")
	if err == nil || !strings.Contains(err.Error(), "history/0001_2026-08-25.csv") || !strings.Contains(err.Error(), "line 3") {
		t.Errorf("RelationsIn of a damaged file = %v; want an error naming the file and line 3", err)
	}
}

// relationsHistory is a history file of n Facebook friends, none of them
// the keys wanted by relationsWanted but the last, ana's: RelationsIn
// reads it whole.
func relationsHistory(n int) string {
	rows := make([]string, 0, n)
	for i := range n - 1 {
		rows = append(rows, fmt.Sprintf("facebook:friend-%d.%d friend", i, 1500000000+i))
	}
	return relationsFile(append(rows, "facebook:ana-lima.1600000000 friend")...)
}

func relationsWanted() map[string]string {
	return map[string]string{"facebook:ana-lima.1600000000": "", "facebook:gone.1400000000": ""}
}

// TestRelationsInAllocs checks that RelationsIn allocates nothing per
// row: a friend unfriended long ago is looked up in every older history
// file, of a million rows each, on every re-audit while the notes keep
// them. It joined each row's network and id into a key.
func TestRelationsInAllocs(t *testing.T) {
	allocs := func(n int) float64 {
		file := relationsHistory(n)
		return testing.AllocsPerRun(5, func() {
			rel := relationsWanted()
			if err := audit.RelationsIn(rel, strings.NewReader(file), "history/0001_2026-08-25.csv"); err != nil {
				t.Fatal(err)
			}
			if rel["facebook:ana-lima.1600000000"] != audit.Friend {
				t.Fatalf("RelationsIn = %q, want ana a friend", rel)
			}
		})
	}
	few, many := allocs(10), allocs(10000)
	if many > few+2 {
		t.Errorf("RelationsIn over 10000 rows: %v allocations, over 10 rows: %v; want as many", many, few)
	}
}

// BenchmarkRelationsIn reads a 10,000-row history file whole for a key it
// lists last and one it does not list. Measured by hand at n=1,000,000
// (a 70 MB file): see the commit that added it.
func BenchmarkRelationsIn(b *testing.B) {
	for _, n := range []int{10000} {
		b.Run(fmt.Sprint("n=", n), func(b *testing.B) {
			file := relationsHistory(n)
			b.SetBytes(int64(len(file)))
			b.ReportAllocs()
			for b.Loop() {
				if err := audit.RelationsIn(relationsWanted(), strings.NewReader(file), "history/0001_2026-08-25.csv"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestDropTracedRelations checks that DropTracedRelations gives each key
// it finds the relation of the row that found it, as RelationsIn would of
// that file, copied (the reader reuses its fields' bytes), but none where
// that row is a follower's, and leaves a relation given already.
func TestDropTracedRelations(t *testing.T) {
	const ana, bob, cleo, dev = "facebook:ana-lima.1600000000", "facebook:bob-reis.1500000000", "facebook:cleo-ruiz.1600000002", "facebook:dev.1"
	keys := []audit.UnseenKey{{Line: 2, Key: ana}, {Line: 3, Key: bob}, {Line: 4, Key: cleo}, {Line: 5, Key: dev}}
	rel := map[string]string{dev: audit.Friend}
	file := relationsFile(ana+" friend", "facebook:xxxxxxxxxxxxxxxxxxxxxxxxxxxx following", bob+" follower", dev+" following")
	left, err := audit.DropTracedRelations(keys, strings.NewReader(file), "history/0001_2026-08-25.csv", rel)
	if err != nil {
		t.Fatal(err)
	}
	if got := untracedStrings(left); len(got) != 1 || got[0] != "4 "+cleo {
		t.Errorf("DropTracedRelations left %q, want cleo's alone", got)
	}
	if want := map[string]string{ana: audit.Friend, dev: audit.Friend}; !maps.Equal(rel, want) {
		t.Errorf("DropTracedRelations relations = %q, want %q", rel, want)
	}
}

// TestHistoryCutShortLookups: an earlier history file cut short inside a
// quoted cell, read for the keys of accounts gone, is said to be cut
// short where the cell opens, as ReadHistory says it, not in the CSV
// reader's words for a stray quote.
func TestHistoryCutShortLookups(t *testing.T) {
	const ana, bob = "facebook:ana-lima.1600000000", "facebook:bob-reis.1500000000"
	file := relationsFile(ana+" friend") + "2026-08-25,p2,facebook,friend,bob-reis.1500000000,\"Bob\nReis"
	const want = `history/0001_2026-08-25.csv: line 3: the file ends inside a quoted cell opened on this line, its closing " missing: it was perhaps cut short (a copy interrupted, a crash, a full disk): restore it from a backup, or delete it to compare with the run before`
	keys := []audit.UnseenKey{{Line: 2, Key: bob}}
	if _, err := audit.DropTracedRelations(keys, strings.NewReader(file), "history/0001_2026-08-25.csv", nil); err == nil || err.Error() != want {
		t.Errorf("DropTracedRelations: error %v, want %q", err, want)
	}
	if err := audit.RelationsIn(map[string]string{bob: ""}, strings.NewReader(file), "history/0001_2026-08-25.csv"); err == nil || err.Error() != want {
		t.Errorf("RelationsIn: error %v, want %q", err, want)
	}
}
