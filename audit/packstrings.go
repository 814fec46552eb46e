package audit

import "strings"

// packStrings copies the strings every report reads (each person's folded
// name; each account's name, handle, profile URL, e-mail and id) into
// one string per half of the people, in the people's order. The import
// left them in the order of the export's lines, one allocation per
// account: walked in report order, each row's first read of them was a
// cache and TLB miss, in the ledger, the unfollow list and the history,
// and in the check of the decisions' order, growing faster than the input
// as the heap grows. This pass pays those misses once, on both cores,
// reading independent addresses one after the other (which the processor
// overlaps); the old strings are garbage once the accounts point into the
// new ones.
//
// Each half is copied in strings of packPeople people (about 3.5 MB at 105
// bytes a person) rather than one string: a first run's merge has just
// collected its garbage (collectIfGrown), and strings of that size fit in
// the runs of pages it freed, where a 53 MB half took new ones (the run's
// peak: 53 MB more at a million rows).
func packStrings(people []*Person) {
	inHalves(len(people), func(from, to int) {
		for ; from < to; from += packPeople {
			packStringsOf(people[from:min(from+packPeople, to)])
		}
	})
}

// packPeople is how many people's strings packStrings copies into one
// string.
const packPeople = 1 << 15

// packStringsOf is packStrings for some of the people, in a string of
// their own. An id that ends the profile URL (LinkedIn's, most often)
// stays a part of the URL's copy, as the import made it.
func packStringsOf(people []*Person) {
	n := 0
	for _, p := range people {
		n += len(p.fold)
		for _, a := range p.Accounts {
			n += len(a.Name) + len(a.Handle) + len(a.ProfileURL) + len(a.Email) + len(a.ID)
		}
	}
	var b strings.Builder
	b.Grow(n)
	var idInURL []bool // per account, in order
	for _, p := range people {
		b.WriteString(p.fold)
		for _, a := range p.Accounts {
			b.WriteString(a.Name)
			b.WriteString(a.Handle)
			b.WriteString(a.ProfileURL)
			b.WriteString(a.Email)
			in := a.ID != "" && strings.HasSuffix(a.ProfileURL, a.ID)
			if !in {
				b.WriteString(a.ID)
			}
			idInURL = append(idInURL, in)
		}
	}
	all := b.String()
	cut := func(s string) string {
		s, all = all[:len(s)], all[len(s):]
		return s
	}
	k := 0
	for _, p := range people {
		p.fold = cut(p.fold)
		for _, a := range p.Accounts {
			a.Name = cut(a.Name)
			a.Handle = cut(a.Handle)
			a.ProfileURL = cut(a.ProfileURL)
			a.Email = cut(a.Email)
			if idInURL[k] {
				a.ID = a.ProfileURL[len(a.ProfileURL)-len(a.ID):]
			} else {
				a.ID = cut(a.ID)
			}
			k++
		}
	}
}
