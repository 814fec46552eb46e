package importers

import (
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

func TestNameDay(t *testing.T) {
	for _, c := range []struct {
		name string
		want audit.Date
	}{
		{"twitter-2026-08-15-5f1c0e7a9b3d2c4e.zip", audit.NewDate(2026, 8, 15)},
		{"instagram-robinhale-2026-11-20-AbCdEfGh.zip", audit.NewDate(2026, 11, 20)},
		{"instagram-robin_2000-2027-02-19-AbC", audit.NewDate(2027, 2, 19)}, // a folder unzipped
		{"facebook-robinhale-20261120.zip", audit.NewDate(2026, 11, 20)},
		{"takeout-20270220T090000Z-001.zip", audit.NewDate(2027, 2, 20)},
		{"archive-20261120093000-0f1e2d3c4b5a69788796a5b4c3d2e1f0.zip", audit.NewDate(2026, 11, 20)},
		{"Complete_LinkedInDataExport_11-20-2026.zip", audit.NewDate(2026, 11, 20)},
		{"Basic_LinkedInDataExport_02-03-2027.zip", audit.NewDate(2027, 2, 3)},
		{"twitter-2026-02-30-ab.zip", 0}, // no such day
		{"twitter-2026-13-01-ab.zip", 0},
		{"old.zip", 0},
		{"Connections.csv", 0},
		{"following_accounts.csv", 0},
		{"export-202611201.zip", 0}, // nine digits: no day
	} {
		if got := nameDay(c.name); got != c.want {
			t.Errorf("nameDay(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestNewerOf(t *testing.T) {
	aug, nov := audit.NewDate(2026, 8, 15), audit.NewDate(2026, 11, 20)
	for _, c := range []struct {
		name string
		g, f *File
		want string
	}{
		{"by names", &File{Input: "dl/twitter-2026-11-20-ab.zip", made: nov}, &File{Input: "dl/twitter-2026-08-15-ab.zip", made: aug},
			"by the dates in their names, dl/twitter-2026-11-20-ab.zip, of 2026-11-20, is the newer"},
		{"by names, the zips of one day", &File{Input: "dl/twitter-2026-11-20-ab.zip", made: nov}, &File{Input: "dl/twitter-2026-08-15-ab.zip", made: nov},
			"by the dates in their names, dl/twitter-2026-11-20-ab.zip, of 2026-11-20, is the newer"},
		// Renamed by hand: the names say one, the zips' dates the other.
		{"names and zips disagree", &File{Input: "dl/twitter-2026-11-20-ab.zip", made: aug}, &File{Input: "dl/twitter-2026-08-15-ab.zip", made: nov},
			"which is the newer cannot be told: by the dates in their names, dl/twitter-2026-11-20-ab.zip, of 2026-11-20; by the dates of their files, dl/twitter-2026-08-15-ab.zip, of 2026-11-20"},
		{"by names, a folder unzipped", &File{Input: "dl/twitter-2026-08-15-ab", Path: "data/following.js"}, &File{Input: "dl/twitter-2026-11-20-ab.zip", Path: "data/following.js"},
			"by the dates in their names, dl/twitter-2026-11-20-ab.zip, of 2026-11-20, is the newer"},
		{"by the zips' dates", &File{Input: "a/export.zip", made: aug}, &File{Input: "b/export.zip", made: nov},
			"by the dates of their files, b/export.zip, of 2026-11-20, is the newer; the other's are of 2026-08-15"},
		{"one name dated only", &File{Input: "old.zip", made: nov}, &File{Input: "twitter-2026-08-15-ab.zip", made: aug},
			"by the dates of their files, old.zip, of 2026-11-20, is the newer; the other's are of 2026-08-15"},
		{"neither", &File{Input: "old.zip"}, &File{Input: "new.zip"},
			"which is the newer, neither their names nor the dates of their files tell"},
		{"one day", &File{Input: "a/twitter-2026-11-20-ab.zip", made: nov}, &File{Input: "b/twitter-2026-11-20-ab.zip", made: nov},
			"which is the newer, neither their names nor the dates of their files tell"},
	} {
		if got, told := newerOf(sourceOf(c.g), sourceOf(c.f)); got != c.want || told != !strings.HasPrefix(c.want, "which") {
			t.Errorf("%s: newerOf = %q, want %q", c.name, got, c.want)
		}
	}
}
