package audit

import (
	"bytes"
	"fmt"
	"testing"
)

// TestHistorySinceAllocations: the record of a review (WriteHistorySince,
// ReadHistorySince) holds every account that review's exports held, a
// million LinkedIn connections in the largest, and each has a date. Its
// since column must cost no allocation a row more than the history's
// other columns, writing or reading: a date formatted into a string of
// its own, or a "network:id" key made of each row, is a million.
func TestHistorySinceAllocations(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector allocates")
	}
	const n = 20000
	items := make([]Item, n)
	person := &Person{ID: "p1"}
	for i := range items {
		items[i] = Item{Person: person, Account: &Account{Network: LinkedIn, Relation: Connection,
			ID: fmt.Sprintf("member-%d", i), Name: "Maximiliana Zola-Bernard", Since: NewDate(2020, 1, 1) + Date(i%2000)}}
	}
	asOf := NewDate(2027, 1, 10)
	var plain, with bytes.Buffer
	if err := WriteHistory(&plain, items, nil, asOf); err != nil {
		t.Fatal(err)
	}
	if err := WriteHistorySince(&with, items, asOf); err != nil {
		t.Fatal(err)
	}
	allocs := func(f func() error) float64 {
		return testing.AllocsPerRun(3, func() {
			if err := f(); err != nil {
				t.Fatal(err)
			}
		})
	}
	var sink bytes.Buffer
	sink.Grow(2 * with.Len())
	w0 := allocs(func() error { sink.Reset(); return WriteHistory(&sink, items, nil, asOf) })
	w1 := allocs(func() error { sink.Reset(); return WriteHistorySince(&sink, items, asOf) })
	if w1 > w0+n/100 {
		t.Errorf("WriteHistorySince of %d rows: %.0f allocations, WriteHistory %.0f: want no more a row", n, w1, w0)
	}
	r0 := allocs(func() error { _, err := ReadHistory(bytes.NewReader(with.Bytes()), "h.csv"); return err })
	var since int
	r1 := allocs(func() error {
		_, s, err := ReadHistorySince(bytes.NewReader(with.Bytes()), "h.csv")
		since = len(s)
		return err
	})
	if since != n {
		t.Fatalf("ReadHistorySince read %d dates, want %d", since, n)
	}
	if r1 > r0+n/100 {
		t.Errorf("ReadHistorySince of %d rows: %.0f allocations, ReadHistory %.0f: want no more a row", n, r1, r0)
	}
}
