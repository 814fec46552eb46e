//go:build csvreadpoison

package csvread

import (
	"strings"
	"testing"
)

// With the tag, a field kept without a copy is spoiled by the next Read,
// whether or not the next record is long enough to overwrite it.
func TestSpoiled(t *testing.T) {
	r := NewReader(strings.NewReader("alpha,beta\nx\n"))
	r.ReuseRecord, r.FieldsPerRecord = true, -1
	first, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	kept, copied := first[1], strings.Clone(first[1])
	if _, err := r.Read(); err != nil {
		t.Fatal(err)
	}
	if kept != "####" || copied != "beta" {
		t.Errorf("kept %q, copied %q: want \"####\", \"beta\"", kept, copied)
	}
}
