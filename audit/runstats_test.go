package audit_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

func TestRunOf(t *testing.T) {
	tests := []struct{ name, want string }{
		{"history/0003_2026-11-25.csv", "0003"},
		{"0001_2026-11-25.csv", "0001"},
		{"history/10000_2051-01-01.csv", "10000"},
	}
	for _, tt := range tests {
		if got := audit.RunOf(tt.name); got != tt.want {
			t.Errorf("RunOf(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestMetWindows(t *testing.T) {
	runs := []audit.RunStat{
		{Run: "0001", AsOf: "2026-07-10", Network: "facebook", MetWithin: "12m"},
		{Run: "0001", AsOf: "2026-07-10", Network: "mastodon", MetWithin: "12m"},
		{Run: "0002", AsOf: "2026-07-10", Network: "mastodon", MetWithin: "18m"}, // the last of its day
		{Run: "0003", AsOf: "2026-10-10", Network: "mastodon"},                   // written before met_within
		{Run: "9999", AsOf: "2027-01-10", Network: "mastodon", MetWithin: "6m"},
		{Run: "10000", AsOf: "2027-04-10", Network: "mastodon", MetWithin: "2y"},
	}
	day := func(s string) audit.Date { d, _ := audit.ParseDate(s); return d }
	tests := []struct {
		upTo string
		want map[audit.Date]audit.Span
	}{
		{"0001", map[audit.Date]audit.Span{day("2026-07-10"): {N: 12, Unit: 'm'}}},
		{"0003", map[audit.Date]audit.Span{day("2026-07-10"): {N: 18, Unit: 'm'}}},
		{"10000", map[audit.Date]audit.Span{day("2026-07-10"): {N: 18, Unit: 'm'}, day("2027-01-10"): {N: 6, Unit: 'm'}, day("2027-04-10"): {N: 2, Unit: 'y'}}},
	}
	for _, tt := range tests {
		got := audit.MetWindows(runs, tt.upTo)
		if len(got) != len(tt.want) {
			t.Errorf("MetWindows(runs, %q) = %v, want %v", tt.upTo, got, tt.want)
			continue
		}
		for d, w := range tt.want {
			if got[d] != w {
				t.Errorf("MetWindows(runs, %q)[%s] = %v, want %v", tt.upTo, d, got[d], w)
			}
		}
	}
}

func TestStatsOf(t *testing.T) {
	_, _, items := reportRun(t)
	prev := reportPrevious(items)
	s := audit.Summarize(items, prev, audit.Compare(prev, items, all), true)
	got := audit.StatsOf("0002", asOf, s)
	if len(got) != len(s.Networks) {
		t.Fatalf("%d rows for %d networks", len(got), len(s.Networks))
	}
	for i, r := range got {
		c := s.Networks[i]
		want := audit.RunStat{Run: "0002", AsOf: "2026-11-25", Network: c.Network, Followed: c.Followed, Keep: c.Keep,
			Unfollow: c.Unfollow, NotReviewed: c.NotReviewed, New: c.New, Gone: c.Gone, Done: c.Done,
			Of: c.WasUnfollow, HasOf: true, Since: c.WasAsOf}
		if r != want {
			t.Errorf("row %d = %+v, want %+v", i, r, want)
		}
	}
	// The fixture: Gina (twitter) is gone and was to unfollow: one done;
	// the old boss (linkedin) was kept: gone, not done.
	find := func(n string) audit.RunStat {
		i := slices.IndexFunc(got, func(r audit.RunStat) bool { return r.Network == n })
		if i < 0 {
			t.Fatalf("no row for %s", n)
		}
		return got[i]
	}
	if tw := find(audit.Twitter); tw.Gone != 1 || tw.Done != 1 {
		t.Errorf("twitter gone %d done %d, want 1 and 1", tw.Gone, tw.Done)
	}
	if li := find(audit.LinkedIn); li.Gone != 1 || li.Done != 0 {
		t.Errorf("linkedin gone %d done %d, want 1 and 0", li.Gone, li.Done)
	}
	if yt := find(audit.YouTube); yt.New != 1 {
		t.Errorf("youtube new %d, want 1", yt.New)
	}
}

func stat(run, asOf, network string, followed int) audit.RunStat {
	return audit.RunStat{Run: run, AsOf: asOf, Network: network, Followed: followed, Unfollow: followed}
}

func TestAddRunStats(t *testing.T) {
	key := func(rows []audit.RunStat) string {
		var s []string
		for _, r := range rows {
			s = append(s, r.Run+"/"+r.Network+"/"+r.AsOf)
		}
		return strings.Join(s, " ")
	}
	old := []audit.RunStat{
		stat("0001", "2026-05-01", audit.Facebook, 10),
		stat("0001", "2026-05-01", audit.Twitter, 5),
		stat("0002", "2026-08-01", audit.Twitter, 4),
	}
	tests := []struct {
		name      string
		rows, run []audit.RunStat
		want      string
	}{
		{"first run", nil, []audit.RunStat{stat("0001", "2026-05-01", audit.Twitter, 5), stat("0001", "2026-05-01", audit.Facebook, 10)},
			"0001/facebook/2026-05-01 0001/twitter/2026-05-01"},
		{"appended", old, []audit.RunStat{stat("0003", "2026-11-01", audit.LinkedIn, 1)},
			"0001/facebook/2026-05-01 0001/twitter/2026-05-01 0002/twitter/2026-08-01 0003/linkedin/2026-11-01"},
		{"same number replaced", old, []audit.RunStat{stat("0002", "2026-09-09", audit.Facebook, 3)},
			"0001/facebook/2026-05-01 0001/twitter/2026-05-01 0002/facebook/2026-09-09"},
		{"a run with nothing followed", old, nil,
			"0001/facebook/2026-05-01 0001/twitter/2026-05-01 0002/twitter/2026-08-01"},
		{"numbers, not text", []audit.RunStat{stat("9999", "2030-01-01", audit.Twitter, 1)}, []audit.RunStat{stat("10000", "2030-04-01", audit.Twitter, 1)},
			"9999/twitter/2030-01-01 10000/twitter/2030-04-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := slices.Clone(tt.rows)
			if got := key(audit.AddRunStats(tt.rows, tt.run)); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
			if !slices.Equal(tt.rows, before) {
				t.Error("the rows given were changed")
			}
		})
	}
}

func TestRepeatRunStats(t *testing.T) {
	row := func(run, network string, followed, keep, unfollow, notReviewed int, read string) audit.RunStat {
		return audit.RunStat{Run: run, AsOf: "2026-11-25", Network: network, Followed: followed, Keep: keep, Unfollow: unfollow,
			NotReviewed: notReviewed, New: 2, Gone: 1, Done: 1, Of: 4, HasOf: true, Since: "2026-08-25",
			Lists: read, Exported: "2026-11-20", Keeps: "met", MetWithin: "12m", Read: read}
	}
	rows := []audit.RunStat{
		row("0001", audit.LinkedIn, 3, 0, 3, 3, "connections"),
		row("0002", audit.LinkedIn, 3, 0, 3, 3, "connections member_follows"),
		row("0002", audit.Twitter, 5, 1, 4, 5, "following"),
	}
	// now as StatsOf gives a repeat's counts: compared with another run
	// than the row's, and without the columns the row alone says.
	now := func(network string, followed, keep, unfollow, notReviewed int, read string) audit.RunStat {
		return audit.RunStat{Run: "0002", AsOf: "2026-11-25", Network: network, Followed: followed, Keep: keep, Unfollow: unfollow,
			NotReviewed: notReviewed, HasOf: true, Read: read}
	}
	tests := []struct {
		name string
		now  []audit.RunStat
		want []audit.RunStat // nil: rows unchanged
	}{
		{"nothing changed", []audit.RunStat{now(audit.LinkedIn, 3, 0, 3, 3, "connections member_follows"), now(audit.Twitter, 5, 1, 4, 5, "following")}, nil},
		{"fewer not reviewed", []audit.RunStat{now(audit.LinkedIn, 3, 0, 3, 1, "connections member_follows"), now(audit.Twitter, 5, 1, 4, 5, "following")},
			[]audit.RunStat{rows[0], row("0002", audit.LinkedIn, 3, 0, 3, 1, "connections member_follows"), rows[2]}},
		{"more not reviewed (a note cleared)", []audit.RunStat{now(audit.Twitter, 5, 1, 4, 6, "following")},
			[]audit.RunStat{rows[0], rows[1], row("0002", audit.Twitter, 5, 1, 4, 6, "following")}},
		{"fewer accounts counted (a list carried)", []audit.RunStat{now(audit.LinkedIn, 1, 0, 1, 1, "connections")}, nil},
		{"fewer lists read, as many counted", []audit.RunStat{now(audit.LinkedIn, 3, 0, 3, 1, "connections")}, nil},
		{"other decisions counted", []audit.RunStat{now(audit.Twitter, 5, 2, 3, 4, "following")}, nil},
		{"a network the run has no row of", []audit.RunStat{now(audit.Facebook, 2, 0, 2, 1, "friends")}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := slices.Clone(rows)
			got, changed := audit.RepeatRunStats(rows, tt.now)
			want := tt.want
			if want == nil {
				want = rows
			}
			if !slices.Equal(got, want) || changed != (tt.want != nil) {
				t.Errorf("got %v, changed %v\nwant %v", got, changed, want)
			}
			if !slices.Equal(rows, before) {
				t.Error("the rows given were changed")
			}
		})
	}
	// A row written before read: the counts alone tell the accounts.
	old := []audit.RunStat{{Run: "0002", AsOf: "2026-11-25", Network: audit.LinkedIn, Followed: 3, Unfollow: 3, NotReviewed: 3}}
	got, changed := audit.RepeatRunStats(old, []audit.RunStat{now(audit.LinkedIn, 3, 0, 3, 1, "connections")})
	if want := 1; !changed || got[0].NotReviewed != want || got[0].HasOf {
		t.Errorf("a row without read: got %+v, changed %v; want not_reviewed %d, the rest as it was", got[0], changed, want)
	}
}

func TestRunStatsRoundTrip(t *testing.T) {
	rows := []audit.RunStat{
		{Run: "0001", AsOf: "2026-08-25", Network: audit.Facebook, Followed: 1000000, Keep: 12, Unfollow: 999988, NotReviewed: 999000, HasOf: true},
		{Run: "0002", AsOf: "2026-11-25", Network: audit.Facebook, Followed: 900, Keep: 20, Unfollow: 880, NotReviewed: 700, New: 3, Gone: 999103, Done: 999100,
			Of: 999988, HasOf: true, Since: "2026-08-25", Lists: "followers following friends pages", Exported: "2026-11-20",
			Keeps: "met", MetWithin: "18m", Read: "followers following"},
		{Run: "0002", AsOf: "2026-11-25", Network: audit.Twitter, Followed: 7, Keep: 7}, // a row of an earlier version's file
	}
	var b bytes.Buffer
	if err := audit.WriteRunStats(&b, rows); err != nil {
		t.Fatal(err)
	}
	want := lines(
		"run,as_of,network,followed,keep,unfollow,not_reviewed,new,gone,unfollows_done,of_unfollow,since,lists,exported,keeps,met_within,read",
		"0001,2026-08-25,facebook,1000000,12,999988,999000,0,0,0,0,,,,,,",
		"0002,2026-11-25,facebook,900,20,880,700,3,999103,999100,999988,2026-08-25,followers following friends pages,2026-11-20,met,18m,followers following",
		"0002,2026-11-25,twitter,7,7,0,0,0,0,0,,,,,,,",
	)
	if b.String() != want {
		t.Errorf("wrote\n%s\nwant\n%s", b.String(), want)
	}
	got, err := audit.ReadRunStats(&b, "runs.csv")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, rows) {
		t.Errorf("read back %+v\nwant %+v", got, rows)
	}
	// Written by a version before of_unfollow and since: read, without them.
	old := "run,as_of,network,followed,keep,unfollow,not_reviewed,new,gone,unfollows_done\n0002,2026-11-25,twitter,7,7,0,0,0,0,0\n"
	got, err = audit.ReadRunStats(strings.NewReader(old), "runs.csv")
	if err != nil || !slices.Equal(got, rows[2:]) {
		t.Errorf("an earlier version's file read as %+v, %v", got, err)
	}
	// Written by a version before lists: read, without them.
	twelve := "run,as_of,network,followed,keep,unfollow,not_reviewed,new,gone,unfollows_done,of_unfollow,since\n" +
		"0001,2026-08-25,facebook,1000000,12,999988,999000,0,0,0,0,\n"
	got, err = audit.ReadRunStats(strings.NewReader(twelve), "runs.csv")
	if err != nil || !slices.Equal(got, rows[:1]) {
		t.Errorf("a file without lists read as %+v, %v", got, err)
	}
	// Written by a version before exported: read, without it.
	thirteen := "run,as_of,network,followed,keep,unfollow,not_reviewed,new,gone,unfollows_done,of_unfollow,since,lists\n" +
		"0001,2026-08-25,facebook,1000000,12,999988,999000,0,0,0,0,,\n"
	got, err = audit.ReadRunStats(strings.NewReader(thirteen), "runs.csv")
	if err != nil || !slices.Equal(got, rows[:1]) {
		t.Errorf("a file without exported read as %+v, %v", got, err)
	}
	// Written by a version before keeps and met_within: read, without them.
	fourteen := "run,as_of,network,followed,keep,unfollow,not_reviewed,new,gone,unfollows_done,of_unfollow,since,lists,exported\n" +
		"0001,2026-08-25,facebook,1000000,12,999988,999000,0,0,0,0,,,\n"
	got, err = audit.ReadRunStats(strings.NewReader(fourteen), "runs.csv")
	if err != nil || !slices.Equal(got, rows[:1]) {
		t.Errorf("a file without keeps read as %+v, %v", got, err)
	}
	// Written by a version before read: read, without it.
	sixteen := "run,as_of,network,followed,keep,unfollow,not_reviewed,new,gone,unfollows_done,of_unfollow,since,lists,exported,keeps,met_within\n" +
		"0001,2026-08-25,facebook,1000000,12,999988,999000,0,0,0,0,,,,,\n"
	got, err = audit.ReadRunStats(strings.NewReader(sixteen), "runs.csv")
	if err != nil || !slices.Equal(got, rows[:1]) {
		t.Errorf("a file without read read as %+v, %v", got, err)
	}
	// Re-saved by a spreadsheet: byte order mark, CRLF, quotes.
	resaved := "\uFEFF\"run\",\"as_of\",\"network\",\"followed\",\"keep\",\"unfollow\",\"not_reviewed\",\"new\",\"gone\",\"unfollows_done\"\r\n" +
		"\"0002\",\"2026-11-25\",\"twitter\",\"7\",\"7\",\"0\",\"0\",\"0\",\"0\",\"0\"\r\n"
	got, err = audit.ReadRunStats(strings.NewReader(resaved), "runs.csv")
	if err != nil || !slices.Equal(got, rows[2:]) {
		t.Errorf("re-saved file read as %+v, %v", got, err)
	}
	// An empty file is none the tool wrote, a placeholder of a synced
	// folder, not "no run yet" (see TestHistoryTablesRefuseAnEmptyFile).
	if got, err := audit.ReadRunStats(strings.NewReader(""), "runs.csv"); err == nil || got != nil {
		t.Errorf("empty file read as %+v, %v; want it refused", got, err)
	}
}

func TestReadRunStatsErrors(t *testing.T) {
	const header = "run,as_of,network,followed,keep,unfollow,not_reviewed,new,gone,unfollows_done"
	const good = "0001,2026-11-25,facebook,11,0,11,11,0,0,0"
	tests := []struct {
		name, text, want string
	}{
		{"not the header", lines("as_of,person_id,network", good), `ws/history/runs.csv: line 1: not a run statistics file: want the header ` + header},
		{"header only partly", lines("run,as_of,network,followed,keep,unfollow,not_reviewed,new,gone,done", good), "ws/history/runs.csv: line 1: not a run statistics file"},
		{"a cell missing", lines(header, good, "0002,2026-11-25,facebook,11,0,11,11,0,0"), "ws/history/runs.csv: line 3: 9 cells where the header has 10: the file is damaged: restore it from a backup"},
		{"a bad quote", lines(header, `0002,"2026-11-25,facebook,11,0,11,11,0,0,0`), "ws/history/runs.csv: line 2: "},
		{"a run that is not a number", lines(header, "run1,2026-11-25,facebook,11,0,11,11,0,0,0"), `ws/history/runs.csv: line 2, column run: "run1" is not a run number`},
		{"an empty run", lines(header, ",2026-11-25,facebook,11,0,11,11,0,0,0"), `ws/history/runs.csv: line 2, column run: "" is not a run number`},
		{"a European date", lines(header, good, "0002,25/11/2026,facebook,11,0,11,11,0,0,0"), `ws/history/runs.csv: line 3, column as_of: "25/11/2026" is not a date (YYYY-MM-DD)`},
		{"no network", lines(header, "0002,2026-11-25,,11,0,11,11,0,0,0"), `ws/history/runs.csv: line 2, column network: "" is not a network`},
		{"a word for a count", lines(header, "0002,2026-11-25,facebook,eleven,0,11,11,0,0,0"), `ws/history/runs.csv: line 2, column followed: "eleven" is not a count (0 or more)`},
		{"a negative count", lines(header, "0002,2026-11-25,facebook,11,0,11,11,0,0,-1"), `ws/history/runs.csv: line 2, column unfollows_done: "-1" is not a count (0 or more)`},
		// An audit given --as-of 1969-12-31 by an earlier version wrote
		// its rows so: the message says which lines to delete, and what
		// that loses, where it named one cell and every audit failed.
		{"one run of no day", lines(header, "0001,,facebook,11,0,11,11,0,0,0"),
			`ws/history/runs.csv: line 2 has no as_of: run 0001's, written by an audit given --as-of 1969-12-31 with an earlier version; delete it with a text editor and run again: only those figures are lost (no run compares with them: 0001_.csv beside runs.csv is read as no run's list)`},
		{"its rows of every network", lines(header, "0001,,facebook,11,0,11,11,0,0,0", "0001,,linkedin,14,0,14,14,0,0,0", "0001,,twitter,9,0,9,9,0,0,0"),
			`ws/history/runs.csv: lines 2-4 have no as_of: run 0001's, written by an audit given --as-of 1969-12-31 with an earlier version; delete them with a text editor and run again: only those figures are lost (no run compares with them: 0001_.csv beside runs.csv`},
		// That audit was a first one (a later day than the last audit's
		// was asked for): an empty as_of beside dated runs, or of two
		// runs, is a cell emptied by hand, whose rows are a run's own.
		{"beside a dated run", lines(header, good, "0002,,facebook,11,0,11,11,0,0,0"),
			`ws/history/runs.csv: line 3, column as_of: "" is not a date (YYYY-MM-DD)`},
		{"before a dated run", lines(header, "0001,,facebook,11,0,11,11,0,0,0", "0002,2026-11-25,facebook,11,0,11,11,0,0,0"),
			`ws/history/runs.csv: line 2, column as_of: "" is not a date (YYYY-MM-DD)`},
		{"of two runs", lines(header, "0001,,facebook,11,0,11,11,0,0,0", "0002,,facebook,11,0,11,11,0,0,0"),
			`ws/history/runs.csv: line 2, column as_of: "" is not a date (YYYY-MM-DD)`},
		{"before a later damage", lines(header, "0001,,facebook,11,0,11,11,0,0,0", "0002,2026-11-25,facebook,x,0,11,11,0,0,0"),
			`ws/history/runs.csv: line 2 has no as_of`},
		{"after an earlier damage", lines(header, "0002,2026-11-25,facebook,x,0,11,11,0,0,0", "0001,,facebook,11,0,11,11,0,0,0"),
			`ws/history/runs.csv: line 2, column followed: "x" is not a count`},
		{"a row twice", lines(header, good, good), "ws/history/runs.csv: line 3: run 0001, network facebook is listed twice"},
		{"a European export date", lines(header+",of_unfollow,since,lists,exported", good+",0,,friends,20/11/2026"),
			`ws/history/runs.csv: line 2, column exported: "20/11/2026" is not a date (YYYY-MM-DD)`},
		{"a window that is no span", lines(header+",of_unfollow,since,lists,exported,keeps,met_within", good+",0,,friends,,met,a year"),
			`ws/history/runs.csv: line 2, column met_within: "a year" is not a span (12m, 400d, 2y)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := audit.ReadRunStats(strings.NewReader(tt.text), "ws/history/runs.csv")
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error %q\nwant  %q", err, tt.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error on more than one line: %q", err)
			}
		})
	}
}

// FuzzReadRunStats checks that whatever ReadRunStats accepts, it writes
// back and reads again the same, and that it never fails on more than one
// line.
func FuzzReadRunStats(f *testing.F) {
	f.Add(lines("run,as_of,network,followed,keep,unfollow,not_reviewed,new,gone,unfollows_done",
		"0001,2026-11-25,facebook,11,0,11,11,0,0,0", "0002,2027-02-25,facebook,8,1,7,5,0,3,3"))
	f.Add("run,as_of,network,followed,keep,unfollow,not_reviewed,new,gone,unfollows_done\r\n\"0001\",2026-11-25,\"x,y\",1,1,0,0,0,0,0\r\n")
	f.Add(lines("run,as_of,network,followed,keep,unfollow,not_reviewed,new,gone,unfollows_done", "0001,2026-11-25,=1+1,1,1,0,0,0,0,0"))
	f.Add("")
	f.Fuzz(func(t *testing.T, text string) {
		rows, err := audit.ReadRunStats(strings.NewReader(text), "runs.csv")
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("error on more than one line: %q", err)
			}
			return
		}
		var b bytes.Buffer
		if err := audit.WriteRunStats(&b, rows); err != nil {
			t.Fatal(err)
		}
		again, err := audit.ReadRunStats(&b, "runs.csv")
		if err != nil {
			t.Fatalf("written back, it does not read: %v\n%s", err, b.String())
		}
		if len(rows) > 0 && !slices.Equal(again, rows) {
			t.Fatalf("read back %+v\nwant %+v", again, rows)
		}
	})
}
