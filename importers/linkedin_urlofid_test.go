package importers

import (
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// A connection holds its slug alone (audit.Account.SetURLOfID) only
// where its URL is exactly LinkedIn's profile address of a plain slug,
// the ID: every other form of the URL (another scheme, a trailing slash,
// capitals, a query, a fragment, a subdomain, a slug not plain) is held
// whole, and every connection's URL is the cell as the file writes it,
// trimmed, whichever way it is held.
func TestLinkedInURLOfIDOnlyOfItsExactForm(t *testing.T) {
	rows := []struct {
		url   string
		alone bool // held as the slug alone
	}{
		{"https://www.linkedin.com/in/ada-lane-12", true},
		{"  https://www.linkedin.com/in/tia-vu  ", true},
		{"https://www.linkedin.com/in/gus_hill", true},
		{"https://www.linkedin.com/in/j%C3%A9r%C3%B4me-fox", true},
		{"https://www.linkedin.com/in/j%c3%a9-lo", true},
		{"http://www.linkedin.com/in/bo-quinn", false},
		{"https://www.linkedin.com/in/cy-ray/", false},
		{"https://www.linkedin.com/in/Dee-Ross", false},
		{"https://www.linkedin.com/in/eve-sun?trk=abc", false},
		{"https://www.linkedin.com/in/ned-frag#x", false},
		{"https://WWW.linkedin.com/in/hal-ito", false},
		{"https://linkedin.com/in/ida-park", false},
		{"HTTPS://www.linkedin.com/in/ivo-kerr", false},
		{"https://www.linkedin.com/in/abc%2", false},
		{"https://www.linkedin.com/in/josé-x", false},
		{"https://www.linkedin.com/in/jon-noid.20191008", false},
		{"https://www.linkedin.com/in/sl-ash/detail", false},
	}
	var csv strings.Builder
	csv.WriteString(liHeader)
	for i, r := range rows {
		csv.WriteString("Given,Family" + string(rune('a'+i)) + "," + r.url + ",,,,01 Feb 2024\n")
	}
	f := memFile("Connections.csv", csv.String())
	claim(LinkedIn{}, f)
	accs, err := LinkedIn{}.Import([]*File{f})
	if err != nil {
		t.Fatal(err)
	}
	if len(accs) != len(rows) {
		t.Fatalf("%d accounts; want %d", len(accs), len(rows))
	}
	for i, r := range rows {
		a := &accs[i]
		if want := strings.TrimSpace(r.url); a.URL() != want {
			t.Errorf("%q: URL %q; want the cell, %q", r.url, a.URL(), want)
		}
		if alone := a.ProfileURL == ""; alone != r.alone {
			t.Errorf("%q: held as the slug alone %v (ProfileURL %q, ID %q); want %v", r.url, alone, a.ProfileURL, a.ID, r.alone)
		}
		if r.alone && audit.LinkedInProfile+a.ID != a.URL() {
			t.Errorf("%q: ID %q is not the slug of its address", r.url, a.ID)
		}
	}
}
