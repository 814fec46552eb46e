package audit

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
)

// packStrings leaves every string it moves as it was: folded names, and
// accounts' names, handles, URLs, e-mails and ids, whether the id ends
// the URL or not, for people of one account or several, on one core or
// two.
func TestPackStrings(t *testing.T) {
	r := rand.New(rand.NewPCG(2, 7))
	for _, n := range []int{0, 1, 7, 1<<14 + 5} {
		people := make([]*Person, n)
		var want []Account
		var wantFold []string
		for i := range people {
			p := &Person{fold: []string{"", "ada lovelace", fmt.Sprint("x", i)}[r.IntN(3)]}
			for j := range 1 + r.IntN(3) {
				id := fmt.Sprintf("ada-%d-%d", i, j)
				a := &Account{Network: LinkedIn, ID: id, Name: fmt.Sprint("Ada ", i), Source: "Connections.csv"}
				switch r.IntN(4) {
				case 0:
					a.ProfileURL = "https://www.linkedin.com/in/" + id // the id ends it
				case 1:
					a.ProfileURL = "https://www.linkedin.com/in/" + id + "/"
				case 2:
					a.ProfileURL, a.Handle, a.Email = "https://x.example/"+id+"?s=1", "ada", "ada@example.org"
				}
				if r.IntN(10) == 0 {
					a.ID = ""
				}
				p.Accounts = append(p.Accounts, a)
				want = append(want, *a)
			}
			wantFold = append(wantFold, p.fold)
			people[i] = p
		}
		packStrings(people)
		k := 0
		for i, p := range people {
			if p.fold != wantFold[i] {
				t.Fatalf("n=%d: person %d's fold %q, want %q", n, i, p.fold, wantFold[i])
			}
			for _, a := range p.Accounts {
				if !reflect.DeepEqual(*a, want[k]) {
					t.Fatalf("n=%d: account %d is %+v, want %+v", n, k, *a, want[k])
				}
				k++
			}
		}
	}
}
