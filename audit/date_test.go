package audit

import (
	"testing"
	"time"
)

// NewDate counts real days directly: the same Date as through time.Date,
// for every day of four centuries around the epoch and far from it, and
// for days and months out of range, which it normalises like time.Date.
func TestNewDate(t *testing.T) {
	viaTime := func(y int, m time.Month, d int) Date { return DateOf(time.Date(y, m, d, 0, 0, 0, 0, time.UTC)) }
	for _, start := range []int{1800, -401, 9800} {
		for d := time.Date(start, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() < start+401; d = d.AddDate(0, 0, 1) {
			y, m, day := d.Date()
			if got, want := NewDate(y, m, day), viaTime(y, m, day); got != want {
				t.Fatalf("NewDate(%d, %d, %d) = %d, want %d", y, m, day, got, want)
			}
		}
	}
	for _, c := range []struct {
		y int
		m time.Month
		d int
	}{{2026, 2, 29}, {2024, 2, 30}, {2026, 13, 1}, {2026, 0, 1}, {2026, 4, 31}, {2026, 1, 0}, {2026, 1, -5}, {1900, 2, 29}, {2000, 2, 29}} {
		if got, want := NewDate(c.y, c.m, c.d), viaTime(c.y, c.m, c.d); got != want {
			t.Errorf("NewDate(%d, %d, %d) = %d, want %d", c.y, c.m, c.d, got, want)
		}
	}
	if got := NewDate(1970, 1, 1); got != 1 {
		t.Errorf("NewDate(1970, 1, 1) = %d, want 1", got)
	}
}

func TestDaysIn(t *testing.T) {
	for y := 1890; y < 2110; y++ {
		for m := time.January; m <= time.December; m++ {
			if got, want := DaysIn(y, m), time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day(); got != want {
				t.Fatalf("DaysIn(%d, %d) = %d, want %d", y, m, got, want)
			}
		}
	}
}

func TestParseDate(t *testing.T) {
	if d, err := ParseDate("2024-02-29"); err != nil || d != NewDate(2024, 2, 29) {
		t.Errorf("2024-02-29: %v %v", d, err)
	}
	for in, want := range map[string]string{
		"2026-02-30": `"2026-02-30" is not a day of the calendar`, // the form is right
		"2026-13-01": `"2026-13-01" is not a day of the calendar`,
		"2026-1-1":   `"2026-1-1" is not a date in the form YYYY-MM-DD`,
		"25/11/2026": `"25/11/2026" is not a date in the form YYYY-MM-DD`,
	} {
		if _, err := ParseDate(in); err == nil || err.Error() != want {
			t.Errorf("ParseDate(%q): %v, want %s", in, err, want)
		}
	}
}
