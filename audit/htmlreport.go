package audit

import (
	"fmt"
	"html/template"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
)

// MaxReachOutRows caps the reach-out list in report.html; reach-out.csv
// has everyone.
const MaxReachOutRows = 500

// HTMLReport is what report.html shows. It holds only counts and the
// reach-out list: the report stays small whatever the number of accounts.
type HTMLReport struct {
	Rules    Rules   // the audit date, the window and the policy, for the legend
	Summary  Summary // this run's counts per network
	Items    []Item  // this run's decisions, counted per network and rule
	ReachOut []ReachOut
	// Runs are the figures of every run, this one included, as kept in
	// runs.csv: the history chart and the unfollow progress come from them.
	Runs []RunStat
}

// WriteHTMLReport writes report.html: one self-contained page (inline CSS
// and SVG, no script, nothing fetched) that reads well on screen and on
// paper. Every text from the exports or the ledger is escaped by
// html/template.
func WriteHTMLReport(w io.Writer, r *HTMLReport) error {
	return htmlReportTemplate.Execute(w, newHTMLView(r))
}

// Colours of keep and unfollow.
const (
	colorKeep     = "#2e7d32"
	colorUnfollow = "#d9661f"
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

var networkTitles = map[string]string{
	Facebook: "Facebook", LinkedIn: "LinkedIn", Twitter: "Twitter/X",
	Instagram: "Instagram", YouTube: "YouTube", Mastodon: "Mastodon",
}

// networkTitle is the network's name as people write it.
func networkTitle(n string) string {
	if l, ok := networkTitles[n]; ok {
		return l
	}
	return n
}

// htmlRuleMeaning explains a rule code in plain words.
func htmlRuleMeaning(rule string, window Span) string {
	switch rule {
	case RuleToxic:
		return "You marked them toxic."
	case RuleUnsure:
		return "You marked them unsure: when in doubt, unfollow."
	case RuleMet:
		return fmt.Sprintf("You met in person within the last %s.", window)
	case RuleInspiring:
		return "They inspire you."
	case RuleSupplier:
		return "They regularly supply you goods or services."
	case RulePolicy:
		return "Met, inspiring or a supplier, but this network does not keep people for that reason (see “What keeps an account here” above)."
	case RuleLapsed:
		return fmt.Sprintf("You last met more than %s ago.", window)
	case RuleUnknown:
		return "Nothing written in the ledger about them yet."
	}
	return ""
}

// htmlRuleKeeps says whether a rule code keeps the account.
func htmlRuleKeeps(rule string) bool {
	return rule == RuleMet || rule == RuleInspiring || rule == RuleSupplier
}

type htmlView struct {
	Title      string
	AsOf       string
	Window     string
	Total      countView
	Networks   []networkView
	Bars       barsView
	RuleNets   []string // network labels, the columns of the rules table
	Rules      []ruleRow
	Reaudit    bool
	Since      string
	Changes    []countView // per network, then the total
	Missing    []string
	Reach      []reachRow
	ReachTotal int
	ReachMore  int
	Chart      *chartView
	Progress   []progressRow
	// EarlierProgress counts the audits left out of the progress table.
	EarlierProgress int
	Keep            string
	Unfollow        string
}

type countView struct {
	Network, Label                                                       string
	Followed, Keep, Unfollow, NotReviewed, New, Gone, Changed, Done, Was int
	KeepPct                                                              string
}

type networkView struct {
	countView
	Policy string
}

type barsView struct {
	Width, Height int
	Rows          []barRow
	ScaleX        int // where bars start
}

type barRow struct {
	Network, Label              string
	Y, TextY                    int
	KeepW, UnfollowW, UnfollowX string
	Keep, Unfollow              int
	NoteX                       string
}

type ruleRow struct {
	Rule, Meaning string
	Keeps         bool
	Cells         []ruleCell
	Total         int
}

type ruleCell struct {
	Network string
	N       int
}

type reachRow struct {
	Name, Relationship, LastMet, Why string
}

type chartView struct {
	Width, Height              int
	Left, Right, Top, Bottom   int
	AxisY, TickEnd, AxisLabelY int
	MidY                       int
	MidX                       int
	YTicks                     []tickView
	XTicks                     []tickView
	Series                     []seriesView
	Legend                     []legendView
	Runs                       int
	FirstDate, LastDate        string
}

type tickView struct {
	Pos, LabelPos   string
	Label, SubLabel string
	LabelY, SubLabY int
	Grid            bool
}

type seriesView struct {
	Network, Label, Color, Dash, Points string
	Dots                                []dotView
}

type dotView struct {
	X, Y, Run, AsOf string
	Followed        int
}

type legendView struct {
	X, Y, LineEnd, TextX int
	Label, Color, Dash   string
}

type progressRow struct {
	Run, RunLabel, AsOf, PrevAsOf string
	Network, Label                string
	Followed, Keep, Unfollow      int
	Done, Was                     int
	Pct                           string
	BarW                          string
	HasPrev                       bool // not the first audit
	HasWas                        bool // the previous audit had accounts to unfollow here
	First                         bool // first row of its run
}

// htmlInt writes n with thousands separators: 1,000,000.
func htmlInt(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

func svgNum(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) }

func htmlPercent(part, whole int) string {
	if whole == 0 {
		return "0%"
	}
	return strconv.Itoa(int(math.Round(100*float64(part)/float64(whole)))) + "%"
}

func htmlCounts(c Counts) countView {
	return countView{Network: c.Network, Label: networkTitle(c.Network), Followed: c.Followed, Keep: c.Keep,
		Unfollow: c.Unfollow, NotReviewed: c.NotReviewed, New: c.New, Gone: c.Gone, Changed: c.Changed,
		Done: c.Done, Was: c.WasUnfollow, KeepPct: htmlPercent(c.Keep, c.Followed)}
}

// htmlPolicy says what keeps an account on a network, in words.
func htmlPolicy(a Allow, window Span) string {
	var what []string
	if a&AllowMet != 0 {
		what = append(what, "people you met in the last "+window.String())
	}
	if a&AllowInspiring != 0 {
		what = append(what, "people who inspire you")
	}
	if a&AllowSupplier != 0 {
		what = append(what, "your suppliers")
	}
	switch len(what) {
	case 0:
		return "nobody"
	case 1:
		return what[0]
	}
	return strings.Join(what[:len(what)-1], ", ") + " and " + what[len(what)-1]
}

func newHTMLView(r *HTMLReport) *htmlView {
	s := &r.Summary
	asOf := r.Rules.AsOf.String()
	v := &htmlView{
		Title:    "Unfollow audit of " + asOf,
		AsOf:     asOf,
		Total:    htmlCounts(s.Total),
		Reaudit:  s.Reaudit,
		Since:    s.Since,
		Missing:  s.Missing(),
		Keep:     colorKeep,
		Unfollow: colorUnfollow,
	}
	window := r.Rules.Window
	if window.N == 0 {
		window = DefaultWindow
	}
	v.Window = window.String()
	policy := r.Rules.Policy
	if policy == nil {
		policy = DefaultPolicy()
	}
	for _, c := range s.Networks {
		v.Networks = append(v.Networks, networkView{htmlCounts(c), htmlPolicy(policy.Allows(c.Network), window)})
		if s.Reaudit {
			v.Changes = append(v.Changes, htmlCounts(c))
		}
	}
	if s.Reaudit {
		v.Changes = append(v.Changes, v.Total)
	}
	v.Bars = newBars(s.Networks)

	// Decisions per rule and network: one pass over the items.
	col := map[string]int{}
	for i, c := range s.Networks {
		col[c.Network] = i
		v.RuleNets = append(v.RuleNets, networkTitle(c.Network))
	}
	counts := make([][]int, len(RuleOrder))
	for i := range counts {
		counts[i] = make([]int, len(s.Networks))
	}
	for i := range r.Items {
		it := &r.Items[i]
		ri := slices.Index(RuleOrder, it.Decision.Rule)
		ci, ok := col[it.Account.Network]
		if ri < 0 || !ok {
			continue
		}
		counts[ri][ci]++
	}
	for ri, rule := range RuleOrder {
		row := ruleRow{Rule: rule, Meaning: htmlRuleMeaning(rule, window), Keeps: htmlRuleKeeps(rule)}
		for ci, c := range s.Networks {
			row.Cells = append(row.Cells, ruleCell{c.Network, counts[ri][ci]})
			row.Total += counts[ri][ci]
		}
		v.Rules = append(v.Rules, row)
	}

	v.ReachTotal = len(r.ReachOut)
	for i, ro := range r.ReachOut {
		if i == MaxReachOutRows {
			v.ReachMore = len(r.ReachOut) - i
			break
		}
		why := ro.Decision.Reason
		if ro.Decision.Rule == RuleUnknown {
			why = "no date of your last meeting"
		}
		name := ro.Name
		if strings.TrimSpace(name) == "" {
			name = "(no name: " + ro.Accounts + ")"
		}
		last := ro.LastMet
		if last == "" {
			last = "—"
		}
		v.Reach = append(v.Reach, reachRow{name, ro.Relationship, last, why})
	}

	runs := slices.Clone(r.Runs)
	slices.SortStableFunc(runs, func(a, b RunStat) int { return compareRuns(a.Run, b.Run) })
	v.Chart = newChart(runs)
	v.Progress, v.EarlierProgress = newProgress(runs)
	return v
}

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
		b.Rows = append(b.Rows, barRow{Network: c.Network, Label: networkTitle(c.Network), Y: y, TextY: y + barH/2 + 5,
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
		w := 28 + 6 + 8*len([]rune(networkTitle(n))) + 22
		if lx > c.Left && lx+w > c.Width {
			lx, ly = c.Left, ly+22
		}
		c.Legend = append(c.Legend, legendView{X: lx, Y: ly, LineEnd: lx + 28, TextX: lx + 28,
			Label: networkTitle(n), Color: styles[si].color, Dash: styles[si].dash})
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
		s := seriesView{Network: n, Label: networkTitle(n), Color: styles[si].color, Dash: styles[si].dash}
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
		var prev []RunStat
		if i > 0 {
			prev = byRun[runs[i-1].Run]
		}
		first := true
		for _, r := range byRun[runs[i].Run] {
			p := progressRow{Run: r.Run, RunLabel: htmlRunLabel(r.Run), AsOf: r.AsOf, Network: r.Network,
				Label: networkTitle(r.Network), Followed: r.Followed, Keep: r.Keep, Unfollow: r.Unfollow,
				Done: r.Done, First: first, HasPrev: i > 0, BarW: "0"}
			if i > 0 {
				p.PrevAsOf = runs[i-1].AsOf
			}
			first = false
			if j := slices.IndexFunc(prev, func(q RunStat) bool { return q.Network == r.Network }); j >= 0 {
				p.Was, p.HasWas = prev[j].Unfollow, prev[j].Unfollow > 0
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

var htmlReportTemplate = template.Must(template.New("report.html").Funcs(template.FuncMap{
	"num": htmlInt,
}).Parse(htmlReportSource))

const htmlReportSource = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>{{.Title}}</title>
<style>
:root { --keep: ` + colorKeep + `; --unfollow: ` + colorUnfollow + `; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1a1a1a; background: #fff; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #ddd; padding-bottom: .2rem; }
p.lead { margin: 0 0 1rem; color: #444; }
.cards { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; padding: 0; list-style: none; }
.cards li { flex: 1 1 9rem; border: 1px solid #ddd; border-radius: .5rem; padding: .6rem .8rem; }
.cards b { display: block; font-size: 1.7rem; line-height: 1.2; }
.cards .keep b { color: var(--keep); }
.cards .unfollow b { color: var(--unfollow); }
.legend { border: 1px solid #ddd; border-radius: .5rem; padding: .6rem 1rem; background: #fafafa; font-size: .95rem; }
.legend dt { font-weight: 600; float: left; clear: left; width: 8.5rem; }
.legend dd { margin: 0 0 .25rem 8.5rem; }
.swatch { display: inline-block; width: .9em; height: .9em; vertical-align: -.1em; margin-right: .3em; border-radius: .15em; }
.swatch.keep { background: var(--keep); }
.swatch.unfollow { background: var(--unfollow); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
th, td { border-bottom: 1px solid #e3e3e3; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; font-weight: 600; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.zero { color: #aaa; }
td.meaning { min-width: 13rem; }
td.when { white-space: nowrap; }
tr.total td { font-weight: 600; border-top: 2px solid #ccc; }
tr.run-start td { border-top: 2px solid #ccc; }
.keep-word { color: var(--keep); font-weight: 600; }
.unfollow-word { color: var(--unfollow); font-weight: 600; }
code { font-size: .9em; background: #f3f3f3; padding: 0 .25em; border-radius: .2em; }
svg { display: block; max-width: 100%; height: auto; font-family: inherit; }
svg.chart { width: 100%; margin: .5rem 0; }
svg text { font-size: 13px; fill: #1a1a1a; }
svg .axis { stroke: #888; stroke-width: 1; }
svg .grid { stroke: #e3e3e3; stroke-width: 1; }
svg .muted { fill: #555; font-size: 12px; }
.note { color: #555; font-size: .95rem; }
footer { margin-top: 2.5rem; color: #666; font-size: .85rem; border-top: 1px solid #ddd; padding-top: .5rem; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@media print {
  @page { margin: 1.5cm; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  table { font-size: 9.5pt; }
  td.meaning { min-width: 11rem; }
  h2 { break-after: avoid; }
  svg, .cards, .legend, tr { break-inside: avoid; }
  .cards li { flex-basis: 6rem; padding: .4rem .6rem; }
  .cards b { font-size: 1.4rem; }
  h3 { break-after: avoid; }
  .legend { background: none; }
}
</style>
</head>
<body>
<header>
<h1>{{.Title}}</h1>
<p class="lead">Made by unfollow-audit from your exports on the audit date <b id="as-of">{{.AsOf}}</b>. It lists numbers only; the names are in <code>unfollow.csv</code>, <code>keep.csv</code> and <code>reach-out.csv</code> next to this file.</p>
<ul class="cards">
<li><b data-count="followed" data-network="total" data-value="{{.Total.Followed}}">{{num .Total.Followed}}</b>accounts you follow</li>
<li class="keep"><b data-count="keep" data-network="total" data-value="{{.Total.Keep}}">{{num .Total.Keep}}</b>to keep</li>
<li class="unfollow"><b data-count="unfollow" data-network="total" data-value="{{.Total.Unfollow}}">{{num .Total.Unfollow}}</b>to unfollow</li>
<li><b data-count="not_reviewed" data-network="total" data-value="{{.Total.NotReviewed}}">{{num .Total.NotReviewed}}</b>not reviewed yet</li>
<li><b data-count="reach_out" data-value="{{.ReachTotal}}">{{num .ReachTotal}}</b>people to call</li>
</ul>
<dl class="legend">
<dt><span class="swatch keep"></span>Keep</dt><dd>Keep following: someone you met in the last {{.Window}}, who inspires you, or who supplies you (where the network allows it).</dd>
<dt><span class="swatch unfollow"></span>Unfollow</dt><dd>Everyone else. Unfollowing is the default: when in doubt, unfollow. On Facebook and LinkedIn you unfollow but stay friends or connected.</dd>
<dt>Not reviewed</dt><dd>Accounts of people you have written nothing about in <code>ledger.csv</code> yet; they count as unfollow.</dd>
<dt>Reach out</dt><dd>Family and friends you are drifting away from: pick up the phone rather than follow.</dd>
</dl>
</header>

<section id="decisions">
<h2>Keep or unfollow, per network</h2>
{{with .Bars}}{{if .Rows}}<svg class="chart" role="img" aria-label="Keep and unfollow per network" width="{{.Width}}" height="{{.Height}}" viewBox="0 0 {{.Width}} {{.Height}}">
{{range .Rows}}<g data-network="{{.Network}}">
<text x="0" y="{{.TextY}}">{{.Label}}</text>
<rect x="{{$.Bars.ScaleX}}" y="{{.Y}}" width="{{.KeepW}}" height="22" fill="{{$.Keep}}"><title>{{.Label}}: {{num .Keep}} to keep</title></rect>
<rect x="{{.UnfollowX}}" y="{{.Y}}" width="{{.UnfollowW}}" height="22" fill="{{$.Unfollow}}"><title>{{.Label}}: {{num .Unfollow}} to unfollow</title></rect>
<text x="{{.NoteX}}" y="{{.TextY}}" class="muted">{{num .Keep}} keep · {{num .Unfollow}} unfollow</text>
</g>
{{end}}</svg>
{{end}}{{end}}<table id="counts">
<thead><tr><th>Network</th><th class="n">Followed</th><th class="n">Keep</th><th class="n">Unfollow</th><th class="n">Not reviewed</th><th class="n">Kept</th><th>What keeps an account here</th></tr></thead>
<tbody>
{{range .Networks}}<tr data-network="{{.Network}}"><td>{{.Label}}</td><td class="n" data-count="followed" data-value="{{.Followed}}">{{num .Followed}}</td><td class="n" data-count="keep" data-value="{{.Keep}}">{{num .Keep}}</td><td class="n" data-count="unfollow" data-value="{{.Unfollow}}">{{num .Unfollow}}</td><td class="n" data-count="not_reviewed" data-value="{{.NotReviewed}}">{{num .NotReviewed}}</td><td class="n">{{.KeepPct}}</td><td>{{.Policy}}</td></tr>
{{else}}<tr><td colspan="7">No account followed in these exports.</td></tr>
{{end}}</tbody>
<tfoot><tr class="total" data-network="total"><td>Total</td><td class="n">{{num .Total.Followed}}</td><td class="n">{{num .Total.Keep}}</td><td class="n">{{num .Total.Unfollow}}</td><td class="n">{{num .Total.NotReviewed}}</td><td class="n">{{.Total.KeepPct}}</td><td></td></tr></tfoot>
</table>
{{if .Missing}}<p class="note">Not in these exports, so last audit's decisions were kept for them: {{range $i, $m := .Missing}}{{if $i}}; {{end}}{{$m}}{{end}}.</p>
{{end}}</section>

<section id="rules">
<h2>Why: the rules behind the decisions</h2>
<p class="note">The first rule that applies decides. The count is of accounts, per network.</p>
<table>
<thead><tr><th>Rule and meaning</th>{{range .RuleNets}}<th class="n">{{.}}</th>{{end}}<th class="n">Total</th></tr></thead>
<tbody>
{{range .Rules}}<tr data-rule="{{.Rule}}"><td class="meaning"><code>{{.Rule}}</code> → {{if .Keeps}}<span class="keep-word">keep</span>{{else}}<span class="unfollow-word">unfollow</span>{{end}}<br>{{.Meaning}}</td>{{range .Cells}}<td class="n{{if not .N}} zero{{end}}" data-network="{{.Network}}" data-value="{{.N}}">{{num .N}}</td>{{end}}<td class="n{{if not .Total}} zero{{end}}" data-network="total" data-value="{{.Total}}">{{num .Total}}</td></tr>
{{end}}</tbody>
</table>
</section>

{{if .Reaudit}}<section id="changes">
<h2>Since the last audit{{with .Since}} ({{.}}){{end}}</h2>
<p class="note">An account you were told to unfollow that is gone from your exports is an unfollow done.</p>
<table>
<thead><tr><th>Network</th><th class="n">New</th><th class="n">Gone</th><th class="n">Decision changed</th><th class="n">Unfollows done</th></tr></thead>
<tbody>
{{range .Changes}}<tr data-network="{{.Network}}"{{if eq .Network "total"}} class="total"{{end}}><td>{{if eq .Network "total"}}Total{{else}}{{.Label}}{{end}}</td><td class="n" data-count="new" data-value="{{.New}}">{{num .New}}</td><td class="n" data-count="gone" data-value="{{.Gone}}">{{num .Gone}}</td><td class="n" data-count="changed" data-value="{{.Changed}}">{{num .Changed}}</td><td class="n" data-count="done" data-value="{{.Done}}">{{num .Done}} of {{num .Was}}</td></tr>
{{end}}</tbody>
</table>
</section>

{{end}}<section id="history">
<h2>Over time</h2>
{{with .Chart}}<p class="note">Accounts you follow on each network at every audit{{if gt .Runs 1}}, from {{.FirstDate}} to {{.LastDate}}{{end}}. Fewer is the goal.</p>
<svg class="chart" role="img" aria-label="Accounts followed per network at each audit" width="{{.Width}}" height="{{.Height}}" viewBox="0 0 {{.Width}} {{.Height}}">
{{range .Legend}}<line x1="{{.X}}" y1="{{.Y}}" x2="{{.LineEnd}}" y2="{{.Y}}" stroke="{{.Color}}" stroke-width="3"{{if .Dash}} stroke-dasharray="{{.Dash}}"{{end}}/><text x="{{.TextX}}" y="{{.Y}}" dx="6" dy="4">{{.Label}}</text>
{{end}}{{range .YTicks}}{{if .Grid}}<line class="grid" x1="{{$.Chart.Left}}" x2="{{$.Chart.Right}}" y1="{{.Pos}}" y2="{{.Pos}}"/>{{end}}<text x="{{$.Chart.Left}}" y="{{.LabelPos}}" dx="-8" text-anchor="end" class="muted">{{.Label}}</text>
{{end}}<line class="axis" x1="{{.Left}}" x2="{{.Right}}" y1="{{.AxisY}}" y2="{{.AxisY}}"/>
<line class="axis" x1="{{.Left}}" x2="{{.Left}}" y1="{{.Top}}" y2="{{.AxisY}}"/>
{{range .XTicks}}<line class="axis" x1="{{.Pos}}" x2="{{.Pos}}" y1="{{$.Chart.AxisY}}" y2="{{$.Chart.TickEnd}}"/><text x="{{.Pos}}" y="{{.LabelY}}" text-anchor="middle">{{.Label}}</text><text x="{{.Pos}}" y="{{.SubLabY}}" text-anchor="middle" class="muted">{{.SubLabel}}</text>
{{end}}<text x="{{.MidX}}" y="{{.AxisLabelY}}" text-anchor="middle" class="muted">audit date</text>
<text x="16" y="{{.MidY}}" text-anchor="middle" class="muted" transform="rotate(-90 16 {{.MidY}})">accounts followed</text>
{{range .Series}}{{$s := .}}<g data-network="{{.Network}}">
{{if .Points}}<polyline points="{{.Points}}" fill="none" stroke="{{.Color}}" stroke-width="2.5"{{if .Dash}} stroke-dasharray="{{.Dash}}"{{end}}/>{{end}}
{{range .Dots}}<circle cx="{{.X}}" cy="{{.Y}}" r="4.5" fill="{{$s.Color}}" data-run="{{.Run}}" data-followed="{{.Followed}}"><title>{{.AsOf}}: {{num .Followed}} followed</title></circle>
{{end}}</g>
{{end}}</svg>
{{if eq .Runs 1}}<p class="note">This is the first audit recorded: the chart fills in as you re-audit every quarter.</p>
{{end}}{{else}}<p class="note">No history of audits recorded yet: the chart starts with the next audit.</p>
{{end}}{{if .Progress}}<h3>Audit by audit, and unfollow progress</h3>
<p class="note">The numbers behind the chart. <i>Unfollows done</i>: of the accounts the audit before told you to unfollow, how many were gone from your exports by this one.</p>
<table id="progress">
<thead><tr><th>Audit</th><th>Network</th><th class="n">Followed</th><th class="n">Keep</th><th class="n">Unfollow</th><th class="n">Unfollows done</th><th>Progress</th></tr></thead>
<tbody>
{{range .Progress}}<tr data-run="{{.Run}}" data-network="{{.Network}}"{{if .First}} class="run-start"{{end}}><td class="when">{{if .First}}{{.AsOf}}<br><span class="note">{{.RunLabel}}{{if .HasPrev}}, since {{.PrevAsOf}}{{else}}, the first{{end}}</span>{{end}}</td><td>{{.Label}}</td><td class="n" data-count="followed" data-value="{{.Followed}}">{{num .Followed}}</td><td class="n">{{num .Keep}}</td><td class="n">{{num .Unfollow}}</td>{{if .HasPrev}}<td class="n" data-count="done" data-value="{{.Done}}">{{if .HasWas}}{{num .Done}} of {{num .Was}}{{else}}{{num .Done}}{{end}}</td><td>{{if .HasWas}}<svg width="170" height="16" viewBox="0 0 170 16" role="img" aria-label="{{.Pct}} done"><rect x="0" y="2" width="120" height="12" fill="#e6e6e6"/><rect x="0" y="2" width="{{.BarW}}" height="12" fill="{{$.Keep}}"/><text x="128" y="13">{{.Pct}}</text></svg>{{else}}<span class="note">nothing to unfollow before</span>{{end}}</td>{{else}}<td class="n">—</td><td></td>{{end}}</tr>
{{end}}</tbody>
</table>
{{if .EarlierProgress}}<p class="note" id="progress-earlier">The {{.EarlierProgress}} audits before these are in <code>history/runs.csv</code>.</p>
{{end}}{{end}}</section>

<section id="reach-out">
<h2>Reach out</h2>
{{if .Reach}}<p class="note">Family and friends you are losing touch with. Call them, or meet, rather than follow them.</p>
<table>
<thead><tr><th>Name</th><th>Relationship</th><th>Last met</th><th>Why</th></tr></thead>
<tbody>
{{range .Reach}}<tr class="reach"><td>{{.Name}}</td><td>{{.Relationship}}</td><td>{{.LastMet}}</td><td>{{.Why}}</td></tr>
{{end}}</tbody>
</table>
{{if .ReachMore}}<p class="note" id="reach-more">And {{num .ReachMore}} more: see <code>reach-out.csv</code>.</p>
{{end}}{{else}}<p class="note">Nobody for now. People marked <code>family</code> or <code>friend</code> in the ledger land here when you lose touch with them.</p>
{{end}}</section>

<footer>unfollow-audit never logs in or fetches anything: this page was written from your exports and your ledger only, and works offline and on paper.</footer>
</body>
</html>
`
