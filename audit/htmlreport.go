package audit

import (
	_ "embed"
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
	// Owners are whose exports these are, as history/owners.csv keeps
	// them (see MergeOwners): the page names them, for someone who audits
	// for several people, and prints their reports.
	Owners []Owner
	// Workspace is the name of the workspace's folder (its last element,
	// not the path, which may name the computer's user), said where no
	// export names its owner (Facebook's, YouTube's and Mastodon's
	// never do): someone who audits for several people keeps a
	// workspace per client, and three clients' printed pages looked
	// alike.
	Workspace string
	// Unaudited names the lists of accounts followed that these exports
	// lack and that no audit read: none of their accounts is judged or
	// counted, and the page says so under its counts, as the summary
	// does after its table, with what to give for each.
	Unaudited []Unaudited
}

// Unaudited is lists of accounts followed that the exports lack, with
// what to give to audit them. The page takes the advice as given, in the
// words of the summary's note on the same lists, so that the two cannot
// say different things: one export given in part is given whole, but
// LinkedIn's basic archive, downloaded again, would lack the same files.
type Unaudited struct {
	// Lists are as "Facebook follows (no who_you've_followed.json)".
	Lists []string
	// Advice follows a colon: lower case, no full stop ("give the
	// files that list them with the rest of the export").
	Advice string
}

// WriteHTMLReport writes report.html: one self-contained page (inline CSS
// and SVG, no script, nothing fetched) that reads well on screen and on
// paper. Every text from the exports or the ledger is escaped by
// html/template.
func WriteHTMLReport(w io.Writer, r *HTMLReport) error {
	return htmlReportTemplate.Execute(w, newHTMLView(r))
}

// Colours of keep and unfollow. The unfollow orange of the bars and the
// big numbers is too light for small text on white (3.6:1, where WCAG asks
// 4.5:1): the word "unfollow" of the rules table takes a darker one
// (4.9:1). The keep green reads at 5.1:1 at any size.
const (
	colorKeep         = "#2e7d32"
	colorUnfollow     = "#d9661f"
	colorUnfollowText = "#b8520f"
)

var networkTitles = map[string]string{
	Facebook: "Facebook", LinkedIn: "LinkedIn", Twitter: "Twitter/X",
	Instagram: "Instagram", YouTube: "YouTube", Mastodon: "Mastodon",
}

// NetworkTitle is the network's name as people write it ("Twitter/X").
func NetworkTitle(n string) string {
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
		return fmt.Sprintf("You met in person within %s.", window.theLast(false))
	case RuleInspiring:
		return "They inspire you."
	case RuleSupplier:
		return "They regularly supply you goods or services."
	case RulePolicy:
		return "Met, inspiring or a supplier, but this network does not keep people for that reason (see “What keeps an account here” above)."
	case RuleLapsed:
		return fmt.Sprintf("You last met more than %s ago.", window)
	case RuleUnknown:
		return "Nothing in the ledger that keeps them: no date met, not inspiring, not a supplier (a relationship or a note alone does not count)."
	}
	return ""
}

// htmlStayTied returns the legend's sentence on the networks of nets
// where one unfollows but stays friends or connected, or "".
func htmlStayTied(nets []Counts) string {
	var fb, li bool
	for _, c := range nets {
		fb = fb || c.Network == Facebook
		li = li || c.Network == LinkedIn
	}
	switch {
	case fb && li:
		return "On Facebook and LinkedIn you unfollow but stay friends or connected."
	case fb:
		return "On Facebook you unfollow but stay friends."
	case li:
		return "On LinkedIn you unfollow but stay connected."
	}
	return ""
}

// htmlRuleKeeps says whether a rule code keeps the account.
func htmlRuleKeeps(rule string) bool {
	return rule == RuleMet || rule == RuleInspiring || rule == RuleSupplier
}

type htmlView struct {
	Title      string
	Whose      []ownerView // Robin Hale (LinkedIn) and @robinhale (Twitter/X, Instagram)
	Workspace  string      // said where Whose is empty (see HTMLReport.Workspace)
	AsOf       string
	Window     string // "the last 12 months", "the last year"
	Total      countView
	Networks   []networkView
	Bars       barsView
	RuleNets   []string // network labels, the columns of the rules table
	Rules      []ruleRow
	Reaudit    bool
	Since      string
	Changes    []countView // per network, then the total
	Missing    []string
	Unaudited  []Unaudited
	Reach      []reachRow
	ReachTotal int
	ReachMore  int
	Chart      *chartView
	Progress   []progressRow
	// ProgressReruns says that a day of the progress table had more than
	// one run.
	ProgressReruns bool
	// EarlierProgress counts the runs of the days left out of the
	// progress table.
	EarlierProgress int
	Keep            string
	Unfollow        string
	UnfollowText    string // the unfollow colour of small text
	// StayTied says that one unfollows but stays friends or connected, on
	// the networks of the audit where that is so (Facebook, LinkedIn):
	// "" where neither is, as for an audit of Instagram, YouTube and
	// Mastodon alone.
	StayTied string
}

type countView struct {
	Network, Label                                                       string
	Followed, Keep, Unfollow, NotReviewed, New, Gone, Changed, Done, Was int
	KeepPct                                                              string
	// Since is the day this network was compared with where it is not the
	// section's (a network the audits between did not read): "" otherwise.
	Since string
	// First is set for a network no earlier run held (see
	// Counts.FirstAudited): nothing to unfollow before, not "0 of 0".
	First bool
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
	Days                       int  // audit days, each a point
	Reruns                     bool // a day audited more than once
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
	// First marks the first row of its day, which names the day's last
	// run (DayLabel), what that run was compared with (DaySince, "" on the
	// first audit) and how many runs the day had (DayRuns).
	First              bool
	DayLabel, DaySince string
	DayRuns            int
	// OfRun is RunLabel on a row of an earlier run of the day than its
	// last (a network that run was not given): "" otherwise.
	OfRun string
	// OwnSince is PrevAsOf where it differs from DaySince (a network the
	// audits between did not read): "" otherwise.
	OwnSince string
}

// htmlPercent is part of whole as a whole percentage.
func htmlPercent(part, whole int) string {
	if whole == 0 {
		return "0%"
	}
	pct := int(math.Round(100 * float64(part) / float64(whole)))
	// Rounded, 2 kept of 500 would read "0%", and 299 unfollows done of
	// 300 "100%", as if none were kept or none were left.
	switch {
	case part > 0 && pct == 0:
		pct = 1
	case part < whole && pct == 100:
		pct = 99
	}
	return strconv.Itoa(pct) + "%"
}

func htmlCounts(c Counts) countView {
	return countView{Network: c.Network, Label: NetworkTitle(c.Network), Followed: c.Followed, Keep: c.Keep,
		Unfollow: c.Unfollow, NotReviewed: c.NotReviewed, New: c.New, Gone: c.Gone, Changed: c.Changed,
		Done: c.Done, Was: c.WasUnfollow, KeepPct: htmlPercent(c.Keep, c.Followed)}
}

// htmlPolicy says what keeps an account on a network, in words.
func htmlPolicy(a Allow, window Span) string { return policyWords(a, window.theLast(false)) }

// policyWords says what a itself keeps, in words, the window written
// as given ("the last 12 months", "the last year": see Span.theLast):
// "people you met in the last 12 months and people who inspire you",
// "nobody". Suppliers are "regular" ones, as the method has it: someone
// you once bought from is no reason to keep following. report.html says it with the window's count as counts are
// printed ("1,200 days"), a reason of the lists in plain digits (see
// Span.plain).
func policyWords(a Allow, window string) string {
	var what []string
	if a&AllowMet != 0 {
		what = append(what, "people you met in "+window)
	}
	if a&AllowInspiring != 0 {
		what = append(what, "people who inspire you")
	}
	if a&AllowSupplier != 0 {
		what = append(what, "your regular suppliers")
	}
	if len(what) == 0 {
		return "nobody"
	}
	return AndList(what)
}

// AndList joins words as a sentence lists them: "a", "a and b", "a, b
// and c"; "" for none. Messages outside the package list with it too.
func AndList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

// whose names the owners of the exports, each name once with its
// networks, in the owners' order: "Robin Hale (LinkedIn) and @robinhale
// (Twitter/X, Instagram)". "" where no export names its owner.
func whose(owners []Owner) string {
	ws := ownerNames(owners)
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.Name + " (" + w.Networks + ")"
	}
	return AndList(parts)
}

// ownerView is an owner's name with its networks ("Twitter/X,
// Instagram"), Sep the words before it in the sentence that lists them
// ("", ", " or " and ").
type ownerView struct {
	Sep, Name, Networks string
}

// ownerNames lists the owners' names, each once with its networks, in
// the owners' order, as whose joins them.
func ownerNames(owners []Owner) []ownerView {
	var names []string
	nets := map[string][]string{}
	for _, o := range owners {
		name := Unneutralize(o.Name)
		if strings.TrimSpace(name) == "" {
			continue
		}
		if _, ok := nets[name]; !ok {
			names = append(names, name)
		}
		if t := NetworkTitle(o.Network); !slices.Contains(nets[name], t) {
			nets[name] = append(nets[name], t)
		}
	}
	vs := make([]ownerView, len(names))
	for i, n := range names {
		vs[i] = ownerView{Name: n, Networks: strings.Join(nets[n], ", ")}
		switch {
		case i > 0 && i == len(names)-1:
			vs[i].Sep = " and "
		case i > 0:
			vs[i].Sep = ", "
		}
	}
	return vs
}

// htmlText makes a name or a cell safe to show in report.html, where the
// template puts it in a <bdi> of its own: each embedding, override or
// isolate control (U+202A to U+202E, U+2066 to U+2069), which would show
// the name's text after it reversed or reordered, becomes '?', as
// internal/printable.Line prints it on a terminal. The marks (U+200E,
// U+200F, U+061C) stay: they reorder nothing but the name's own
// punctuation and digits, as its owner meant, and the <bdi> keeps them,
// and the name's direction, from the text around it, so an Arabic or a
// Hebrew name shows as it is written. Text without such a control, as
// almost every name, is returned as it is.
func htmlText(s string) string {
	if !strings.ContainsFunc(s, bidiFormatting) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if bidiFormatting(r) {
			return '?'
		}
		return r
	}, s)
}

// bidiFormatting reports whether r opens or closes an embedding, an
// override or an isolate.
func bidiFormatting(r rune) bool {
	return ('\u202A' <= r && r <= '\u202E') || ('\u2066' <= r && r <= '\u2069')
}

func newHTMLView(r *HTMLReport) *htmlView {
	s := &r.Summary
	asOf := r.Rules.AsOf.String()
	v := &htmlView{
		Title:        "Unfollow audit of " + asOf,
		AsOf:         asOf,
		Total:        htmlCounts(s.Total),
		Reaudit:      s.Reaudit,
		Since:        s.Since,
		Missing:      s.missing(NetworkTitle),
		Unaudited:    r.Unaudited,
		Workspace:    htmlText(r.Workspace),
		Keep:         colorKeep,
		Unfollow:     colorUnfollow,
		UnfollowText: colorUnfollowText,
	}
	for _, o := range ownerNames(r.Owners) {
		o.Name = htmlText(o.Name)
		v.Whose = append(v.Whose, o)
	}
	window := r.Rules.Window
	if window.N == 0 {
		window = DefaultWindow
	}
	// As the rules table and the policy column say it (Span.theLast):
	// "the last year" for 1y, not "the last 1 year" beside it.
	v.Window = window.theLast(false)
	policy := r.Rules.Policy
	if policy == nil {
		policy = DefaultPolicy()
	}
	for _, c := range s.Networks {
		v.Networks = append(v.Networks, networkView{htmlCounts(c), htmlPolicy(policy.Allows(c.Network), window)})
		if s.Reaudit {
			cv := htmlCounts(c)
			if c.WasAsOf != "" && c.WasAsOf != s.Since {
				cv.Since = c.WasAsOf
			}
			cv.First = c.FirstAudited()
			v.Changes = append(v.Changes, cv)
		}
	}
	if s.Reaudit {
		v.Changes = append(v.Changes, v.Total)
	}
	v.StayTied = htmlStayTied(s.Networks)
	v.Bars = newBars(s.Networks)

	// Decisions per rule and network: one pass over the items.
	col := map[string]int{}
	for i, c := range s.Networks {
		col[c.Network] = i
		v.RuleNets = append(v.RuleNets, NetworkTitle(c.Network))
	}
	counts := make([][]int, len(RuleOrder))
	for i := range counts {
		counts[i] = make([]int, len(s.Networks))
	}
	for i := range r.Items {
		it := &r.Items[i]
		if it.Decision.Unfollowed {
			continue // not followed, as Summarize counts it
		}
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
		why := ro.Why()
		name := ro.Name
		if strings.TrimSpace(name) == "" {
			name = "(no name: " + ro.Accounts + ")"
		}
		last := ro.LastMet
		if last == "" {
			last = "—"
		}
		v.Reach = append(v.Reach, reachRow{htmlText(name), htmlText(ro.Relationship), last, why})
	}

	runs := slices.Clone(r.Runs)
	slices.SortStableFunc(runs, func(a, b RunStat) int { return compareRuns(a.Run, b.Run) })
	v.Chart = newChart(runs)
	v.Progress, v.EarlierProgress = newProgress(runs)
	v.ProgressReruns = slices.ContainsFunc(v.Progress, func(p progressRow) bool { return p.DayRuns > 1 })
	return v
}

var htmlReportTemplate = template.Must(template.New("report.html").Funcs(template.FuncMap{
	"num": Thousands,
}).Parse(htmlReportSource))

// htmlReportSource is report.html as html/template text. Its CSS takes the
// keep and unfollow colours from the view (colorKeep, colorUnfollow).
//
//go:embed report.html.tmpl
var htmlReportSource string
