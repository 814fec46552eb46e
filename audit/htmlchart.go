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
	slices.SortFunc(nets, func(a, b string) int {
		if c := networkRank(a) - networkRank(b); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return runs, nets
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

// newChart draws followed accounts per network across runs: one line per
// network, a dot per run, dates along the bottom. Nil without runs.
func newChart(rows []RunStat) *chartView {
	runs, nets := htmlRuns(rows)
	if len(runs) == 0 {
		return nil
	}
	c := &chartView{Width: 760, Left: 70, Right: 730, Runs: len(runs),
		FirstDate: runs[0].AsOf, LastDate: runs[len(runs)-1].AsOf}
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
	for _, r := range rows {
		most = max(most, r.Followed)
	}
	step := chartStep(max(most, 1), 4)
	top := (max(most, 1) + step - 1) / step * step
	y := func(n int) float64 {
		return float64(c.Bottom) - float64(c.Bottom-c.Top)*float64(n)/float64(top)
	}
	for n := 0; n <= top; n += step {
		c.YTicks = append(c.YTicks, tickView{Pos: svgNum(y(n)), LabelPos: svgNum(y(n) + 4), Label: htmlInt(n), Grid: n > 0})
	}
	x := func(i int) float64 {
		if len(runs) == 1 {
			return float64(c.Left+c.Right) / 2
		}
		pad := 30.0
		return float64(c.Left) + pad + (float64(c.Right-c.Left)-2*pad)*float64(i)/float64(len(runs)-1)
	}
	every := (len(runs) + 7) / 8 // at most about 8 labels
	for i, r := range runs {
		if i%every != 0 && i != len(runs)-1 {
			continue
		}
		if i != len(runs)-1 && len(runs)-1-i < every {
			continue // too close to the last label
		}
		c.XTicks = append(c.XTicks, tickView{Pos: svgNum(x(i)), Label: r.AsOf, SubLabel: htmlRunLabel(r.Run),
			LabelY: c.Bottom + 18, SubLabY: c.Bottom + 33})
	}
	index := map[string]int{}
	for i, r := range runs {
		index[r.Run] = i
	}
	for si, n := range nets {
		s := seriesView{Network: n, Label: NetworkTitle(n), Color: styles[si].color, Dash: styles[si].dash}
		var pts []string
		for _, r := range rows {
			if r.Network != n {
				continue
			}
			px, py := svgNum(x(index[r.Run])), svgNum(y(r.Followed))
			pts = append(pts, px+","+py)
			s.Dots = append(s.Dots, dotView{X: px, Y: py, Run: r.Run, AsOf: r.AsOf, Followed: r.Followed})
		}
		s.Points = strings.Join(pts, " ")
		c.Series = append(c.Series, s)
	}
	return c
}

// MaxProgressRuns is how many of the latest audits the audit-by-audit
// table shows; the chart shows them all.
const MaxProgressRuns = 8

// newProgress lists the latest MaxProgressRuns audits, network by network,
// with how many of the previous audit's unfollow decisions were done since.
// earlier counts the audits left out.
func newProgress(rows []RunStat) (out []progressRow, earlier int) {
	runs, _ := htmlRuns(rows)
	byRun := map[string][]RunStat{}
	for _, r := range rows {
		byRun[r.Run] = append(byRun[r.Run], r)
	}
	earlier = max(0, len(runs)-MaxProgressRuns)
	for i := earlier; i < len(runs); i++ {
		// Each run was compared with the newest run of an earlier day, or
		// on the first day with the run before it (see the audit command):
		// its unfollows done are of that run's unfollow decisions.
		base := i - 1
		for j := i - 1; j >= 0; j-- {
			if runs[j].AsOf < runs[i].AsOf {
				base = j
				break
			}
		}
		var prev []RunStat
		if i > 0 {
			prev = byRun[runs[base].Run]
		}
		first := true
		runSince := ""
		for _, r := range byRun[runs[i].Run] {
			p := progressRow{Run: r.Run, RunLabel: htmlRunLabel(r.Run), AsOf: r.AsOf, Network: r.Network,
				Label: NetworkTitle(r.Network), Followed: r.Followed, Keep: r.Keep, Unfollow: r.Unfollow,
				Done: r.Done, First: first, HasPrev: i > 0, BarW: "0"}
			if i > 0 {
				p.PrevAsOf = runs[base].AsOf
			}
			first = false
			switch {
			case r.HasOf:
				// What the run was compared with, as its summary said: the
				// lists it held, and the day of the last run that held
				// the network's (carried through runs without them).
				p.Was, p.HasWas = r.Of, r.Of > 0
				if r.Since != "" {
					p.PrevAsOf = r.Since
				}
			default: // runs.csv from before its of_unfollow column
				if j := slices.IndexFunc(prev, func(q RunStat) bool { return q.Network == r.Network }); j >= 0 {
					p.Was, p.HasWas = prev[j].Unfollow, prev[j].Unfollow > 0
				}
			}
			if p.First {
				runSince = p.PrevAsOf
			} else if p.HasPrev && p.PrevAsOf != runSince {
				p.OwnSince = p.PrevAsOf
			}
			if p.HasWas {
				f := min(1, float64(p.Done)/float64(p.Was))
				p.Pct = htmlPercent(min(p.Done, p.Was), p.Was)
				p.BarW = svgNum(120 * f)
			}
			out = append(out, p)
		}
	}
	return out, earlier
}
