package audit

import "testing"

// TestOwnFollow: the last run's follow of a friend's name is the friend's
// own where the two share a ledger row, or where the follow, read after
// the friend's row (carried), is dated after it or the friend's follow
// cell names a follow lost under an old id; a follow the export that read
// the friend held too (a namesake's, apart then) is not.
func TestOwnFollow(t *testing.T) {
	d := func(s string) Date {
		day, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return day
	}
	tests := []struct {
		name                                                   string
		friendDay, followDay, friendPerson, followPerson, cell string
		since                                                  Date
		want                                                   bool
	}{
		{"one ledger row", "2027-02-25", "2027-02-25", "p1", "p1", "", 0, true},
		{"followed since the friend was read", "2026-11-25", "2027-02-25", "p1", "p2", "", d("2026-12-03"), true},
		{"a namesake's, apart beside the friend then", "2027-02-25", "2027-05-25", "p1", "p2", "", d("2022-05-21"), false},
		{"followed on the friend's audit's day", "2027-02-25", "2027-05-25", "p1", "p2", "", d("2027-02-25"), false},
		{"not dated", "2027-02-25", "2027-05-25", "p1", "p2", "", 0, false},
		{"the cell names the follow under an old name", "2027-05-25", "2027-08-25", "p1", "p2", "bruno-keller.1653143832", d("2022-05-21"), true},
		{"read the same day", "2027-02-25", "2027-02-25", "p1", "p2", "x", d("2027-02-20"), false},
		{"the friend read after", "2027-05-25", "2027-02-25", "p1", "p2", "", d("2027-01-01"), false},
		{"no friend's day", "", "2027-02-25", "", "p2", "", d("2027-01-01"), false},
	}
	for _, tt := range tests {
		if got := ownFollow(tt.friendDay, tt.followDay, tt.friendPerson, tt.followPerson, tt.cell, tt.since); got != tt.want {
			t.Errorf("%s: ownFollow = %v, want %v", tt.name, got, tt.want)
		}
	}
}
