//go:build csvreadpoison

package importers

import (
	"strings"
	"testing"
)

// With the tag, a cell each lent and fn kept without a copy is spoiled
// once fn is done with its batch, as csvread spoils its fields: the
// importers' tests, run with the tag, fail where one keeps a cell.
func TestEachSpoilsLentCells(t *testing.T) {
	cf, err := openCSV(memFile("x.csv", "alpha,beta\ngamma,delta\n"))
	if err != nil {
		t.Fatal(err)
	}
	defer cf.Close()
	var kept, copied []string
	if err := cf.each(func(rec []string, _ int) error {
		kept = append(kept, rec[1])
		copied = append(copied, strings.Clone(rec[1]))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if strings.Join(kept, ",") != "####,#####" || strings.Join(copied, ",") != "beta,delta" {
		t.Errorf("kept %q, copied %q: want [#### #####], [beta delta]", kept, copied)
	}
}
