package audit

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// chartStyles are the history chart's lines, one per network (in
// KnownNetworks order), each with its dash pattern so that they stay apart
// in black and white.
var chartStyles = []struct{ color, dash string }{
	{"#1f5fbf", ""},
	{"#0a7d7d", "8 4"},
	{"#222222", "2 3"},
	{"#b8327a", "10 3 2 3"},
	{"#c62828", "5 5"},
	{"#6a4fbf", "1 2"},
	{"#8a6d00", "12 2"},
	{"#555555", "4 2 1 2"},
}

func svgNum(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) }

// newBars lays out the keep and unfollow bars, one per network, scaled to
// the network with most accounts.
func newBars(nets []Counts) barsView {
	const left, width, rowH, barH = 110, 760, 40, 22
	const barsW = 440
	b := barsView{Width: width, Height: len(nets)*rowH + 8, ScaleX: left}
	most := 0
	for _, c := range nets {
		most = max(most, c.Keep+c.Unfollow)
	}
	seg := func(n int) float64 {
		if n == 0 || most == 0 {
			return 0
		}
		return max(1, barsW*float64(n)/float64(most))
	}
	for i, c := range nets {
		kw, uw := seg(c.Keep), seg(c.Unfollow)
		y := 4 + i*rowH
		b.Rows = append(b.Rows, barRow{Network: c.Network, Label: NetworkTitle(c.Network), Y: y, TextY: y + barH/2 + 5,
			KeepW: svgNum(kw), UnfollowX: svgNum(left + kw), UnfollowW: svgNum(uw),
			Keep: c.Keep, Unfollow: c.Unfollow, NoteX: svgNum(left + kw + uw + 8)})
	}
	return b
}

type htmlRun struct{ Run, AsOf string }

// htmlRuns lists the distinct runs of rows (sorted by run), and the
// networks they cover in report order.
func htmlRuns(rows []RunStat) ([]htmlRun, []string) {
	var runs []htmlRun
	var nets []string
	for _, r := range rows {
		if len(runs) == 0 || runs[len(runs)-1].Run != r.Run {
			runs = append(runs, htmlRun{r.Run, r.AsOf})
		}
		if !slices.Contains(nets, r.Network) {
			nets = append(nets, r.Network)
		}
	}
	slices.SortFunc(nets, compareNetworks)
	return runs, nets
}

// compareNetworks orders networks as the report lists them.
func compareNetworks(a, b string) int {
	if c := networkRank(a) - networkRank(b); c != 0 {
		return c
	}
	return strings.Compare(a, b)
}

// An htmlDay is an audit day as the chart and the progress table show
// it: its last run, and per network the last row of that day. A run
// again that day (after filling in the ledger) replaces the day's figures
// rather than adding a point; a rerun given fewer exports leaves the
// networks it lacks with the earlier run's figures of that day, which
// the next audit compares with.
type htmlDay struct {
	AsOf string
	Run  string    // the day's last run
	Runs int       // how many runs that day
	Rows []RunStat // one per network, in report order
}

// htmlDays groups rows (sorted by run) by audit day, in date order.
func htmlDays(rows []RunStat) []htmlDay {
	var days []htmlDay
	index := map[string]int{}
	for _, r := range rows {
		i, ok := index[r.AsOf]
		if !ok {
			i = len(days)
			index[r.AsOf] = i
			days = append(days, htmlDay{AsOf: r.AsOf})
		}
		d := &days[i]
		if d.Run != r.Run {
			d.Run = r.Run
			d.Runs++
		}
		if j := slices.IndexFunc(d.Rows, func(q RunStat) bool { return q.Network == r.Network }); j >= 0 {
			d.Rows[j] = r
		} else {
			d.Rows = append(d.Rows, r)
		}
	}
	for i := range days {
		slices.SortStableFunc(days[i].Rows, func(a, b RunStat) int { return compareNetworks(a.Network, b.Network) })
	}
	// YYYY-MM-DD sorts as dates; run numbers follow the days but for a
	// history file removed and its number reused.
	slices.SortStableFunc(days, func(a, b htmlDay) int { return strings.Compare(a.AsOf, b.AsOf) })
	return days
}

// chartStep returns a round step (1, 2 or 5 times a power of ten) that
// splits 0..top into about n intervals.
func chartStep(top, n int) int {
	if top <= n {
		return 1
	}
	raw := float64(top) / float64(n)
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= raw {
			return int(m * p)
		}
	}
	return int(10 * p)
}

func htmlRunLabel(run string) string {
	if t := strings.TrimLeft(run, "0"); t != "" {
		return "audit " + t
	}
	return "audit " + run
}

// chartLabelGap is the least distance, in the chart's units, between
// two dates along its bottom ("2027-02-25" is about 70 wide).
const chartLabelGap = 84

// newChart draws followed accounts per network across audit days: one
// line per network, a dot per day (its last run's figures, see htmlDay),
// placed by date, dates along the bottom. Nil without runs.
func newChart(rows []RunStat) *chartView {
	days := htmlDays(rows)
	_, nets := htmlRuns(rows)
	if len(days) == 0 {
		return nil
	}
	c := &chartView{Width: 760, Left: 70, Right: 730, Days: len(days),
		FirstDate: days[0].AsOf, LastDate: days[len(days)-1].AsOf}
	for _, d := range days {
		c.Reruns = c.Reruns || d.Runs > 1
	}
	// The legend runs along the top, on as many lines as it takes.
	styles := make([]struct{ color, dash string }, len(nets))
	lx, ly := c.Left, 16
	for si, n := range nets {
		styles[si] = chartStyles[min(si, len(chartStyles)-1)]
		if i := slices.Index(KnownNetworks, n); i >= 0 {
			styles[si] = chartStyles[i]
		}
		w := 28 + 6 + 8*len([]rune(NetworkTitle(n))) + 22
		if lx > c.Left && lx+w > c.Width {
			lx, ly = c.Left, ly+22
		}
		c.Legend = append(c.Legend, legendView{X: lx, Y: ly, LineEnd: lx + 28, TextX: lx + 28,
			Label: NetworkTitle(n), Color: styles[si].color, Dash: styles[si].dash})
		lx += w
	}
	c.Top = ly + 28
	c.Bottom = c.Top + 236
	c.Height = c.Bottom + 60
	c.AxisY = c.Bottom
	c.TickEnd = c.Bottom + 5
	c.AxisLabelY = c.Height - 6
	c.MidY = (c.Top + c.Bottom) / 2
	c.MidX = (c.Left + c.Right) / 2
	most := 0
	for _, d := range days {
		for _, r := range d.Rows {
			most = max(most, r.Followed)
		}
	}
	step := chartStep(max(most, 1), 4)
	top := (max(most, 1) + step - 1) / step * step
	y := func(n int) float64 {
		return float64(c.Bottom) - float64(c.Bottom-c.Top)*float64(n)/float64(top)
	}
	for n := 0; n <= top; n += step {
		c.YTicks = append(c.YTicks, tickView{Pos: svgNum(y(n)), LabelPos: svgNum(y(n) + 4), Label: Thousands(n), Grid: n > 0})
	}
	// Days are placed by date: a quarter skipped shows as a gap, and two
	// audits a few days apart near each other. runs.csv's dates are
	// checked as it is read; should one not be a date, the days are
	// spaced evenly.
	pos := make([]float64, len(days))
	for i, d := range days {
		t, err := ParseDate(d.AsOf)
		if err != nil {
			for i := range pos {
				pos[i] = float64(i)
			}
			break
		}
		pos[i] = float64(t)
	}
	first, span := pos[0], pos[len(pos)-1]-pos[0]
	x := func(i int) float64 {
		if span <= 0 {
			return float64(c.Left+c.Right) / 2
		}
		pad := 30.0
		return float64(c.Left) + pad + (float64(c.Right-c.Left)-2*pad)*(pos[i]-first)/span
	}
	// Dates along the bottom: the last day's, and from the first on, each
	// far enough from the one before and from the last.
	last, prev := len(days)-1, math.Inf(-1)
	for i, d := range days {
		if i != last && (x(i)-prev < chartLabelGap || x(last)-x(i) < chartLabelGap) {
			continue
		}
		prev = x(i)
		c.XTicks = append(c.XTicks, tickView{Pos: svgNum(x(i)), Label: d.AsOf, SubLabel: htmlRunLabel(d.Run),
			LabelY: c.Bottom + 18, SubLabY: c.Bottom + 33})
	}
	for si, n := range nets {
		s := seriesView{Network: n, Label: NetworkTitle(n), Color: styles[si].color, Dash: styles[si].dash}
		var pts []string
		for i, d := range days {
			j := slices.IndexFunc(d.Rows, func(r RunStat) bool { return r.Network == n })
			if j < 0 {
				continue
			}
			r := d.Rows[j]
			px, py := svgNum(x(i)), svgNum(y(r.Followed))
			pts = append(pts, px+","+py)
			s.Dots = append(s.Dots, dotView{X: px, Y: py, Run: r.Run, AsOf: r.AsOf, Followed: r.Followed})
		}
		s.Points = strings.Join(pts, " ")
		c.Series = append(c.Series, s)
	}
	return c
}

// MaxProgressDays is how many of the latest audit days the audit-by-audit
// table shows; the chart shows them all.
const MaxProgressDays = 8

// newProgress lists the latest MaxProgressDays audit days, network by
// network, each day's last run (see htmlDay) with how many of the
// previous audit's unfollow decisions were done since, as that run's
// summary and changes.csv said. earlier counts the runs of the days left
// out.
func newProgress(rows []RunStat) (out []progressRow, earlier int) {
	runs, _ := htmlRuns(rows)
	index := map[string]int{}
	for i, r := range runs {
		index[r.Run] = i
	}
	byRun := map[string][]RunStat{}
	for _, r := range rows {
		byRun[r.Run] = append(byRun[r.Run], r)
	}
	days := htmlDays(rows)
	shown := days[max(0, len(days)-MaxProgressDays):]
	for _, d := range days[:len(days)-len(shown)] {
		earlier += d.Runs
	}
	for _, d := range shown {
		var day []progressRow
		for _, r := range d.Rows {
			p := progressOf(r, index[r.Run], runs, byRun)
			if r.Run != d.Run {
				p.OfRun = p.RunLabel // a network the day's last run was not given
			}
			day = append(day, p)
		}
		// The day's heading says what its last run was compared with, the
		// rows where theirs differs.
		i := slices.IndexFunc(day, func(p progressRow) bool { return p.Run == d.Run })
		daySince := day[i].PrevAsOf
		for j := range day {
			p := &day[j]
			if p.HasPrev && p.PrevAsOf != daySince {
				p.OwnSince = p.PrevAsOf
			}
		}
		day[0].First, day[0].DayRuns = true, d.Runs
		day[0].DayLabel, day[0].DaySince = htmlRunLabel(d.Run), daySince
		out = append(out, day...)
	}
	return out, earlier
}

// progressOf is row r of the run runs[i] in the progress table: its
// unfollows done are of the unfollow decisions of the run it was
// compared with.
func progressOf(r RunStat, i int, runs []htmlRun, byRun map[string][]RunStat) progressRow {
	p := progressRow{Run: r.Run, RunLabel: htmlRunLabel(r.Run), AsOf: r.AsOf, Network: r.Network,
		Label: NetworkTitle(r.Network), Followed: r.Followed, Keep: r.Keep, Unfollow: r.Unfollow,
		Done: r.Done, HasPrev: i > 0, BarW: "0"}
	if i == 0 {
		return p
	}
	// Each run was compared with the newest run of an earlier day, or on
	// the first day with the run before it (see the audit command).
	base := i - 1
	for j := i - 1; j >= 0; j-- {
		if runs[j].AsOf < runs[i].AsOf {
			base = j
			break
		}
	}
	p.PrevAsOf = runs[base].AsOf
	switch {
	case r.HasOf:
		// What the run was compared with, as its summary said: the lists
		// it held, and the day of the last run that held the network's
		// (carried through runs without them).
		p.Was, p.HasWas = r.Of, r.Of > 0
		if r.Since != "" {
			p.PrevAsOf = r.Since
		}
	default: // runs.csv from before its of_unfollow column
		prev := byRun[runs[base].Run]
		if j := slices.IndexFunc(prev, func(q RunStat) bool { return q.Network == r.Network }); j >= 0 {
			p.Was, p.HasWas = prev[j].Unfollow, prev[j].Unfollow > 0
		}
	}
	if p.HasWas {
		f := min(1, float64(p.Done)/float64(p.Was))
		p.Pct = htmlPercent(min(p.Done, p.Was), p.Was)
		p.BarW = svgNum(120 * f)
	}
	return p
}
