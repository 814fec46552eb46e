package audit_test

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"io"
	"maps"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// node is an element of a parsed report.
type node struct {
	name     string
	attr     map[string]string
	children []*node
	text     strings.Builder // character data directly inside, and of its children
	parent   *node
}

// voidElements have no end tag in HTML.
var voidElements = append(slices.Clone(xml.HTMLAutoClose), "wbr", "source", "track", "embed")

// parseHTML parses the report with encoding/xml in its lenient HTML mode
// and checks that every element is closed, in order: html/template does
// not check the template's own tags.
func parseHTML(t *testing.T, data []byte) *node {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.AutoClose = xml.HTMLAutoClose
	d.Entity = xml.HTMLEntity
	root := &node{name: "#document", attr: map[string]string{}}
	cur := root
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("report.html does not parse: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			n := &node{name: strings.ToLower(tok.Name.Local), attr: map[string]string{}, parent: cur}
			for _, a := range tok.Attr {
				name := a.Name.Local
				if a.Name.Space != "" {
					name = a.Name.Space + ":" + name
				}
				n.attr[strings.ToLower(name)] = a.Value
			}
			cur.children = append(cur.children, n)
			if !slices.Contains(voidElements, n.name) {
				cur = n
			}
		case xml.EndElement:
			name := strings.ToLower(tok.Name.Local)
			if slices.Contains(voidElements, name) && cur.name != name {
				continue // <br/>
			}
			if cur.name != name {
				t.Fatalf("report.html: </%s> closes <%s>", name, cur.name)
			}
			cur = cur.parent
		case xml.CharData:
			for n := cur; n != nil; n = n.parent {
				n.text.Write(tok)
			}
		}
	}
	if cur != root {
		t.Fatalf("report.html: <%s> is never closed", cur.name)
	}
	return root
}

// find returns the elements under n (n included) for which match holds.
func (n *node) find(match func(*node) bool) []*node {
	var out []*node
	if match(n) {
		out = append(out, n)
	}
	for _, c := range n.children {
		out = append(out, c.find(match)...)
	}
	return out
}

func (n *node) Text() string { return strings.Join(strings.Fields(n.text.String()), " ") }

// ancestor returns the nearest enclosing element with attribute attr.
func (n *node) ancestor(attr string) *node {
	for p := n.parent; p != nil; p = p.parent {
		if _, ok := p.attr[attr]; ok {
			return p
		}
	}
	return nil
}

func has(attrs ...string) func(*node) bool {
	return func(n *node) bool {
		for _, a := range attrs {
			if _, ok := n.attr[a]; !ok {
				return false
			}
		}
		return true
	}
}

// value reads an element's data-value and checks that its text shows the
// same number (with thousands separators).
func value(t *testing.T, n *node) int {
	t.Helper()
	v, err := strconv.Atoi(n.attr["data-value"])
	if err != nil {
		t.Fatalf("<%s> data-value %q", n.name, n.attr["data-value"])
	}
	text := strings.ReplaceAll(n.Text(), ",", "")
	if f := strings.Fields(text); len(f) == 0 || f[0] != strconv.Itoa(v) {
		t.Errorf("<%s data-value=%d> shows %q", n.name, v, n.Text())
	}
	return v
}

// reportFixture is the report of the report tests' run, against a previous
// run of 2026-08-25, with two earlier runs in runs.csv.
func reportFixture(t *testing.T) (*audit.HTMLReport, []audit.Item) {
	t.Helper()
	l, people, items := reportRun(t)
	prev := reportPrevious(items)
	changes := audit.Compare(prev, items, all)
	s := audit.Summarize(items, prev, changes, true)
	runs := []audit.RunStat{
		{Run: "0001", AsOf: "2026-05-25", Network: audit.Facebook, Followed: 9, Unfollow: 9, NotReviewed: 9},
		{Run: "0001", AsOf: "2026-05-25", Network: audit.LinkedIn, Followed: 6, Unfollow: 6, NotReviewed: 6},
		{Run: "0001", AsOf: "2026-05-25", Network: audit.Twitter, Followed: 12, Unfollow: 12, NotReviewed: 12},
		{Run: "0002", AsOf: "2026-08-25", Network: audit.Facebook, Followed: 6, Keep: 1, Unfollow: 5, NotReviewed: 2, Gone: 3, Done: 3},
		{Run: "0002", AsOf: "2026-08-25", Network: audit.LinkedIn, Followed: 5, Keep: 2, Unfollow: 3, NotReviewed: 1, Gone: 1, Done: 1},
		{Run: "0002", AsOf: "2026-08-25", Network: audit.Twitter, Followed: 7, Keep: 2, Unfollow: 5, NotReviewed: 3, Gone: 5, Done: 4},
		{Run: "0002", AsOf: "2026-08-25", Network: audit.Instagram, Followed: 1, Unfollow: 1, NotReviewed: 0, New: 1},
	}
	runs = audit.AddRunStats(runs, audit.StatsOf("0003", asOf, s))
	return &audit.HTMLReport{Rules: reportRules, Summary: s, Items: items,
		ReachOut: reportRules.ReachOuts(l, people, nil), Runs: runs}, items
}

func renderReport(t *testing.T, r *audit.HTMLReport) []byte {
	t.Helper()
	return render2(t, func(w io.Writer) error { return audit.WriteHTMLReport(w, r) })
}

func TestHTMLReportGolden(t *testing.T) {
	r, _ := reportFixture(t)
	out := renderReport(t, r)
	golden(t, "report.html", out)
	if again := renderReport(t, r); !bytes.Equal(again, out) {
		t.Error("two renderings differ")
	}
}

// TestHTMLReportHoldsTheCSVNumbers reads the numbers back from the page
// and checks them against keep.csv, unfollow.csv and reach-out.csv as the
// run writes them, and against runs.csv.
func TestHTMLReportHoldsTheCSVNumbers(t *testing.T) {
	r, items := reportFixture(t)
	doc := parseHTML(t, renderReport(t, r))

	if titles := doc.find(func(n *node) bool { return n.name == "title" && n.parent.name == "head" }); len(titles) != 1 || titles[0].Text() != "Unfollow audit of 2026-11-25" {
		t.Errorf("title: %d elements", len(titles))
	}

	// Counts per network (and the total) from the CSVs.
	type key struct{ network, field string }
	want := map[key]int{}
	rules := map[key]int{} // rule, network
	for _, keep := range []bool{true, false} {
		data := render2(t, func(w io.Writer) error { return audit.WriteDecisions(w, items, keep) })
		recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		field := "unfollow"
		if keep {
			field = "keep"
		}
		for _, rec := range recs[1:] {
			for _, n := range []string{rec[1], "total"} {
				want[key{n, field}]++
				want[key{n, "followed"}]++
				rules[key{rec[8], n}]++
			}
		}
	}
	for _, c := range append(slices.Clone(r.Summary.Networks), r.Summary.Total) {
		want[key{c.Network, "not_reviewed"}] = c.NotReviewed
	}
	got := map[key]int{}
	for _, n := range doc.find(has("data-count")) {
		if n.ancestor("data-run") != nil || n.attr["data-count"] == "reach_out" {
			continue
		}
		net := n.attr["data-network"]
		if net == "" {
			if p := n.ancestor("data-network"); p != nil {
				net = p.attr["data-network"]
			}
		}
		got[key{net, n.attr["data-count"]}] = value(t, n)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s %s: page shows %d, the CSVs %d", k.network, k.field, got[k], v)
		}
	}
	// Since the last audit.
	for _, c := range append(slices.Clone(r.Summary.Networks), r.Summary.Total) {
		for field, v := range map[string]int{"new": c.New, "gone": c.Gone, "changed": c.Changed, "done": c.Done} {
			g, ok := got[key{c.Network, field}]
			if field == "done" && c.FirstAudited() {
				// No list to act on before: "first audit", not "0 of 0".
				if ok {
					t.Errorf("%s: first audited, but the page shows %d done", c.Network, g)
				}
				continue
			}
			if !ok || g != v {
				t.Errorf("%s %s: page shows %d (found %v), want %d", c.Network, field, g, ok, v)
			}
		}
	}

	// Rules per network.
	gotRules := map[key]int{}
	for _, cell := range doc.find(has("data-network", "data-value")) {
		if row := cell.ancestor("data-rule"); row != nil {
			gotRules[key{row.attr["data-rule"], cell.attr["data-network"]}] = value(t, cell)
		}
	}
	if len(doc.find(has("data-rule"))) != len(audit.RuleOrder) {
		t.Errorf("%d rule rows, want %d", len(doc.find(has("data-rule"))), len(audit.RuleOrder))
	}
	for _, rule := range audit.RuleOrder {
		for _, c := range append(slices.Clone(r.Summary.Networks), r.Summary.Total) {
			k := key{rule, c.Network}
			if gotRules[k] != rules[k] {
				t.Errorf("rule %s on %s: page shows %d, the CSVs %d", rule, c.Network, gotRules[k], rules[k])
			}
		}
	}

	// The reach-out list, as reach-out.csv.
	data := render2(t, func(w io.Writer) error { return audit.WriteReachOut(w, r.ReachOut) })
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	cards := doc.find(func(n *node) bool { return n.attr["data-count"] == "reach_out" })
	if len(cards) != 1 || value(t, cards[0]) != len(recs)-1 {
		t.Errorf("reach-out count: %d cards, want %d people", len(cards), len(recs)-1)
	}
	rows := doc.find(func(n *node) bool { return n.attr["class"] == "reach" })
	if len(rows) != len(recs)-1 {
		t.Fatalf("%d reach-out rows, reach-out.csv has %d", len(rows), len(recs)-1)
	}
	for i, row := range rows {
		rec := recs[i+1]
		for j := range rec {
			rec[j] = strings.Join(strings.Fields(rec[j]), " ")
		}
		var cells []string
		for _, td := range row.children {
			cells = append(cells, td.Text())
		}
		lastMet := rec[3]
		if lastMet == "" {
			lastMet = "—"
		}
		if cells[0] != rec[1] || cells[1] != rec[2] || cells[2] != lastMet || !strings.HasPrefix(rec[6], cells[3]) {
			t.Errorf("reach-out row %d shows %q, reach-out.csv has %q", i, cells, rec)
		}
	}

	// The history chart: one dot per run and network of runs.csv.
	type dot struct{ run, network string }
	dots := map[dot]int{}
	for _, c := range doc.find(has("data-run", "data-followed")) {
		f, _ := strconv.Atoi(c.attr["data-followed"])
		dots[dot{c.attr["data-run"], c.ancestor("data-network").attr["data-network"]}] = f
	}
	if len(dots) != len(r.Runs) {
		t.Errorf("%d dots in the chart, %d rows in runs.csv", len(dots), len(r.Runs))
	}
	for _, s := range r.Runs {
		if f, ok := dots[dot{s.Run, s.Network}]; !ok || f != s.Followed {
			t.Errorf("run %s %s: dot at %d (found %v), want %d", s.Run, s.Network, f, ok, s.Followed)
		}
	}
	// Dates along the bottom.
	text := doc.Text()
	for _, d := range []string{"2026-05-25", "2026-08-25", "2026-11-25", "audit date", "accounts followed"} {
		if !strings.Contains(text, d) {
			t.Errorf("chart lacks %q", d)
		}
	}

	// The unfollow progress: done of the previous run's unfollow list.
	progress := map[dot]string{}
	for _, row := range doc.find(has("data-run", "data-network")) {
		if row.name != "tr" {
			continue
		}
		k := dot{row.attr["data-run"], row.attr["data-network"]}
		followed := row.find(func(n *node) bool { return n.attr["data-count"] == "followed" })
		if len(followed) != 1 || value(t, followed[0]) != dots[k] {
			t.Errorf("audit %s on %s: the table does not show the chart's %d followed", k.run, k.network, dots[k])
		}
		done := row.find(func(n *node) bool { return n.attr["data-count"] == "done" })
		if len(done) > 1 {
			t.Fatalf("progress row %s %s: %d done cells", k.run, k.network, len(done))
		}
		progress[k] = "(first audit)"
		if len(done) == 1 {
			progress[k] = done[0].Text()
		}
	}
	if len(progress) != len(r.Runs) {
		t.Errorf("%d rows audit by audit, %d in runs.csv", len(progress), len(r.Runs))
	}
	// Rows of runs.csv from before its of_unfollow column (0001, 0002)
	// take the run before's unfollow count; this run's (0003), what its
	// summary printed.
	wantProgress := map[dot]string{
		{"0002", audit.Facebook}: "3 of 9", {"0002", audit.LinkedIn}: "1 of 6", {"0002", audit.Twitter}: "4 of 12",
		{"0002", audit.Instagram}: "0", // nothing followed there before
		{"0001", audit.Facebook}:  "(first audit)",
	}
	for _, c := range r.Summary.Networks {
		if c.WasUnfollow > 0 {
			wantProgress[dot{"0003", c.Network}] = fmt.Sprintf("%d of %d", c.Done, c.WasUnfollow)
		}
	}
	if got := wantProgress[dot{"0003", audit.Twitter}]; got != "1 of 6" {
		t.Fatalf("the fixture's summary: twitter %q, want 1 of 6", got)
	}
	for k, v := range wantProgress {
		if progress[k] != v {
			t.Errorf("progress of run %s on %s: %q, want %q", k.run, k.network, progress[k], v)
		}
	}
}

// TestHTMLReportSelfContained checks that the page needs nothing but
// itself: no script, no external reference, nothing to fetch.
func TestHTMLReportSelfContained(t *testing.T) {
	r, _ := reportFixture(t)
	out := string(renderReport(t, r))
	for _, bad := range []string{"<script", "http://", "https://", "<link", "<img", "<iframe", "<object", "<embed",
		"url(", "@import", "src=", "href=", "javascript:"} {
		if strings.Contains(strings.ToLower(out), bad) {
			t.Errorf("report.html holds %q", bad)
		}
	}
	if !strings.Contains(out, "@media print") {
		t.Error("no print styles")
	}
	if !strings.Contains(out, `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`) {
		t.Error("no content security policy forbidding scripts and fetches")
	}
}

// Names the exports or the person may hold, which must appear as text.
var hostile = []string{
	`<script>alert(1)</script>`,
	`"><img src=x onerror=alert(1)>`,
	`'><svg onload=alert(1)>`,
	`</title><script>alert(1)</script>`,
	`</textarea></style><script>x</script>`,
	`&lt;script&gt; &amp; <!-- comment -->`,
	`javascript:alert(1)`,
}

func TestHTMLReportEscapesEveryName(t *testing.T) {
	r, _ := reportFixture(t)
	r.ReachOut = nil
	for i, h := range hostile {
		r.ReachOut = append(r.ReachOut, audit.ReachOut{PersonID: fmt.Sprintf("p%d", i), Name: h, Relationship: h,
			LastMet: h, Accounts: "twitter:" + h,
			Decision: audit.Decision{Rule: audit.RuleLapsed, Reason: h}})
	}
	// A network name is not the person's text, but would be escaped too.
	r.Summary.Networks = append(r.Summary.Networks, audit.Counts{Network: hostile[1], Followed: 1, Unfollow: 1})
	r.Runs = append(r.Runs, audit.RunStat{Run: "0003", AsOf: "2026-11-25", Network: hostile[2], Followed: 1})
	out := renderReport(t, r)
	lower := strings.ToLower(string(out))
	for _, bad := range []string{"<script", "<img", "<svg onload", "<!-- comment", "</textarea", "onerror=alert(1)>", "onload=alert(1)>"} {
		if strings.Contains(lower, bad) {
			t.Errorf("report.html holds %q from a name", bad)
		}
	}
	doc := parseHTML(t, out)
	for _, n := range doc.find(func(*node) bool { return true }) {
		switch n.name {
		case "script", "img", "iframe", "object", "embed", "a", "link", "textarea":
			t.Errorf("report.html has a <%s> element", n.name)
		}
		for a := range n.attr {
			if strings.HasPrefix(a, "on") || a == "href" || a == "src" || a == "xlink:href" {
				t.Errorf("<%s> has an attribute %s", n.name, a)
			}
		}
	}
	// The names are text, exactly as written.
	rows := doc.find(func(n *node) bool { return n.attr["class"] == "reach" })
	if len(rows) != len(hostile) {
		t.Fatalf("%d reach-out rows, want %d", len(rows), len(hostile))
	}
	for i, row := range rows {
		want := strings.Join(strings.Fields(hostile[i]), " ")
		for j, td := range row.children {
			if td.Text() != want {
				t.Errorf("row %d cell %d shows %q, want %q", i, j, td.Text(), want)
			}
		}
	}
	if n := doc.find(func(n *node) bool { return n.attr["data-network"] == hostile[1] }); len(n) == 0 {
		t.Errorf("the network %q is not found back as an attribute value", hostile[1])
	}
}

// TestHTMLReportWrapsLongNames: a name or relationship with no space to
// break at (the "(no name: ...)" of a person known by ids alone, its keys
// joined by ";", or a name pasted over and over) is broken anywhere in its
// cell, so that it does not widen the reach-out table past the page and
// push its other columns off screen and off the printed page.
func TestHTMLReportWrapsLongNames(t *testing.T) {
	r, _ := reportFixture(t)
	long := strings.Repeat("A", 400)
	r.ReachOut = []audit.ReachOut{{PersonID: "p1", Name: long, Relationship: "friend",
		Decision: audit.Decision{Rule: audit.RuleUnknown}}}
	html := renderReport(t, r)
	doc := parseHTML(t, html)
	rows := doc.find(func(n *node) bool { return n.attr["class"] == "reach" })
	if len(rows) != 1 || rows[0].children[0].Text() != long {
		t.Fatalf("the long name is not the reach-out row's first cell")
	}
	style := doc.find(func(n *node) bool { return n.name == "style" })
	if len(style) != 1 {
		t.Fatalf("%d <style> elements, want 1", len(style))
	}
	css := style[0].Text()
	if !strings.Contains(css, "tr.reach > :nth-child(-n+2) { overflow-wrap: anywhere; }") {
		t.Errorf("the reach-out cells may not break a long word: a name of %d letters widens the page", len(long))
	}
}

func TestHTMLReportCapsTheReachOutList(t *testing.T) {
	for _, tt := range []struct{ people, rows, more int }{
		{0, 0, 0}, {1, 1, 0}, {3, 3, 0}, {audit.MaxReachOutRows, audit.MaxReachOutRows, 0},
		{audit.MaxReachOutRows + 1, audit.MaxReachOutRows, 1}, {1234, audit.MaxReachOutRows, 734},
	} {
		r, _ := reportFixture(t)
		r.ReachOut = nil
		for i := range tt.people {
			r.ReachOut = append(r.ReachOut, audit.ReachOut{PersonID: fmt.Sprint(i), Name: fmt.Sprintf("Friend %d", i),
				Relationship: "friend", Decision: audit.Decision{Rule: audit.RuleUnknown}})
		}
		html := renderReport(t, r)
		doc := parseHTML(t, html)
		rows := doc.find(func(n *node) bool { return n.attr["class"] == "reach" })
		more := doc.find(func(n *node) bool { return n.attr["id"] == "reach-more" })
		if len(rows) != tt.rows {
			t.Errorf("%d people: %d rows, want %d", tt.people, len(rows), tt.rows)
		}
		switch {
		case tt.more == 0 && len(more) != 0:
			t.Errorf("%d people: %q", tt.people, more[0].Text())
		case tt.more > 0 && (len(more) != 1 || more[0].Text() != fmt.Sprintf("And %d more: see reach-out.csv.", tt.more)):
			t.Errorf("%d people: no line saying %d more", tt.people, tt.more)
		}
		card := doc.find(func(n *node) bool { return n.attr["data-count"] == "reach_out" })
		if len(card) != 1 || value(t, card[0]) != tt.people {
			t.Errorf("%d people: the count does not say so", tt.people)
		}
		label := "people to call"
		if tt.people == 1 {
			label = "person to call"
		}
		if !bytes.Contains(html, []byte("</b>"+label+"</li>")) {
			t.Errorf("%d people: the card is not labelled %q", tt.people, label)
		}
	}
}

// TestHTMLReportStaysSmall renders the report of a million accounts: it
// holds counts, not accounts.
func TestHTMLReportStaysSmall(t *testing.T) {
	if testing.Short() {
		t.Skip("a million items")
	}
	const n = 1_000_000
	nets := []*audit.Account{{Network: audit.Facebook, Relation: audit.Friend}, {Network: audit.LinkedIn, Relation: audit.Connection},
		{Network: audit.Twitter, Relation: audit.Following}, {Network: audit.Instagram, Relation: audit.Following}}
	person := &audit.Person{}
	items := make([]audit.Item, n)
	for i := range items {
		rule := audit.RuleOrder[i%len(audit.RuleOrder)]
		keep := rule == audit.RuleMet || rule == audit.RuleInspiring || rule == audit.RuleSupplier
		items[i] = audit.Item{Person: person, Account: nets[i%len(nets)], Decision: audit.Decision{Keep: keep, Rule: rule}}
	}
	s := audit.Summarize(items, nil, nil, false)
	var runs []audit.RunStat
	for q := range 40 { // ten years of quarterly audits
		runs = append(runs, audit.StatsOf(fmt.Sprintf("%04d", q+1), audit.NewDate(2026, time.Month(11+3*q), 25), s)...)
	}
	r := &audit.HTMLReport{Rules: reportRules, Summary: s, Items: items, Runs: runs}
	out := renderReport(t, r)
	if len(out) > 64<<10 {
		t.Errorf("report of a million accounts and 40 audits is %d bytes", len(out))
	}
	doc := parseHTML(t, out)
	if p := doc.find(has("data-run", "data-network")); len(p) != audit.MaxProgressDays*len(nets) {
		t.Errorf("%d rows of progress, want the last %d audits", len(p), audit.MaxProgressDays)
	}
	if e := doc.find(func(n *node) bool { return n.attr["id"] == "progress-earlier" }); len(e) != 1 ||
		e[0].Text() != "The 32 audits before these are in history/runs.csv." {
		t.Error("no line saying where the earlier audits are")
	}
	total := doc.find(func(n *node) bool { return n.attr["data-count"] == "followed" && n.attr["data-network"] == "total" })
	if len(total) != 1 || value(t, total[0]) != n || total[0].Text() != "1,000,000" {
		t.Errorf("the total does not show 1,000,000")
	}
}

// TestHTMLReportOneEarlierAudit: one audit left out of the progress
// table (nine audits, a year of quarters run twice on the baseline's
// day) is named as one, not as "The 1 audits".
func TestHTMLReportOneEarlierAudit(t *testing.T) {
	s := audit.Summarize([]audit.Item{{Person: &audit.Person{}, Account: &audit.Account{Network: audit.Twitter, Relation: audit.Following}}}, nil, nil, false)
	var runs []audit.RunStat
	for q := range audit.MaxProgressDays + 1 {
		runs = append(runs, audit.StatsOf(fmt.Sprintf("%04d", q+1), audit.NewDate(2026, time.Month(1+3*q), 10), s)...)
	}
	doc := parseHTML(t, renderReport(t, &audit.HTMLReport{Rules: reportRules, Summary: s, Runs: runs}))
	if e := doc.find(func(n *node) bool { return n.attr["id"] == "progress-earlier" }); len(e) != 1 ||
		e[0].Text() != "The audit before these is in history/runs.csv." {
		t.Errorf("the line saying where the earlier audit is: %v", e)
	}
}

// TestHTMLReportSaysSinceWhenANetworkWasSkipped: a network the audit
// before did not read (its lists carried) is compared with the last audit
// that did; the page says so on its rows, as runs.csv's since column and
// changes.csv's notes do, rather than label its figures with the other
// networks' day.
func TestHTMLReportSaysSinceWhenANetworkWasSkipped(t *testing.T) {
	r, _ := reportFixture(t)
	r.Summary.Since = "2026-08-25"
	for i := range r.Summary.Networks {
		r.Summary.Networks[i].WasAsOf = "2026-08-25"
	}
	skipped := r.Summary.Networks[len(r.Summary.Networks)-1].Network
	r.Summary.Networks[len(r.Summary.Networks)-1].WasAsOf = "2026-05-25"
	r.Runs = audit.AddRunStats(r.Runs[:0:0], append(slices.Clone(r.Runs[:len(r.Runs)-len(r.Summary.Networks)]),
		audit.StatsOf("0003", asOf, r.Summary)...))
	doc := parseHTML(t, renderReport(t, r))
	got := map[string][]string{} // network: the days its rows name
	for _, n := range doc.find(has("data-since")) {
		row := n.ancestor("data-network")
		if row == nil {
			t.Fatalf("a since note outside a network's row: %q", n.Text())
		}
		got[row.attr["data-network"]] = append(got[row.attr["data-network"]], n.attr["data-since"])
	}
	want := map[string][]string{skipped: {"2026-05-25", "2026-05-25"}} // the changes table and the progress table
	if !reflect.DeepEqual(got, want) {
		t.Errorf("since notes %v, want %v", got, want)
	}
}

// TestHTMLReportNamesWhoseExports: the page names whose exports it was
// made from (owners.csv's names, each once with its networks), as text,
// for someone who audits for several people; without an owner file in
// any export, it says nothing.
func TestHTMLReportNamesWhoseExports(t *testing.T) {
	r, _ := reportFixture(t)
	for _, tt := range []struct {
		owners    []audit.Owner
		workspace string
		want      string
	}{
		{nil, "", ""},
		// No export names its owner (Facebook, YouTube, Mastodon): the
		// workspace's folder does, one a client.
		{nil, "ana-lima", "Workspace ana-lima (no export given names its owner)."},
		{nil, "<script>alert(1)</script>", "Workspace <script>alert(1)</script> (no export given names its owner)."},
		{[]audit.Owner{{Network: audit.LinkedIn, ID: "Robin Hale", Name: "Robin Hale"}}, "ana-lima",
			"Exports of Robin Hale (LinkedIn)."},
		{[]audit.Owner{{Network: audit.LinkedIn, ID: "Robin Hale", Name: "Robin Hale"}}, "",
			"Exports of Robin Hale (LinkedIn)."},
		{[]audit.Owner{{Network: audit.LinkedIn, ID: "Robin Hale", Name: "Robin Hale"},
			{Network: audit.Twitter, ID: "1000", Name: "'@robinhale"}, // as owners.csv writes it
			{Network: audit.Instagram, ID: "robinhale", Name: "@robinhale"},
			{Network: audit.YouTube, ID: "UC1", Name: ""}}, "",
			"Exports of Robin Hale (LinkedIn) and @robinhale (Twitter/X, Instagram)."},
		{[]audit.Owner{{Network: audit.LinkedIn, ID: "x", Name: "<script>alert(1)</script>"}}, "",
			"Exports of <script>alert(1)</script> (LinkedIn)."},
	} {
		r.Owners, r.Workspace = tt.owners, tt.workspace
		out := renderReport(t, r)
		if strings.Contains(strings.ToLower(string(out)), "<script") {
			t.Fatalf("owners %v, workspace %q: the page holds a <script> from a name", tt.owners, tt.workspace)
		}
		got := ""
		if n := parseHTML(t, out).find(func(n *node) bool { return n.attr["id"] == "whose" }); len(n) > 0 {
			got = n[0].Text()
		}
		if got != tt.want {
			t.Errorf("owners %v: the page says %q, want %q", tt.owners, got, tt.want)
		}
	}
}

// TestHTMLReportIsolatesNames: a name on the page (an owner's, a
// person's on the reach-out list, and a relationship typed in the
// ledger) is a <bdi> of its own, so that a right-to-left name does not
// reorder the words and brackets after it, and a bidirectional override
// or embedding in it (U+202E, which shows the text after it reversed) is
// shown as '?'; a name in Arabic or Hebrew, with its marks, stays as
// written.
func TestHTMLReportIsolatesNames(t *testing.T) {
	r, _ := reportFixture(t)
	const (
		arabic = "\u200fسارة الخطيب" // an RLM first, as some profiles write it
		hebrew = "נועה לוי"
	)
	r.Owners = []audit.Owner{
		{Network: audit.LinkedIn, ID: "x", Name: "Robin\u202eelaH nibor"},
		{Network: audit.Instagram, ID: "sara", Name: arabic},
		{Network: audit.Twitter, ID: "1", Name: "\u2067" + hebrew + "\u2069 \u202bx\u202c \u202ay\u202c \u202dz"},
	}
	r.ReachOut = []audit.ReachOut{
		{PersonID: "p1", Name: "Ann\u202e eL", Relationship: "friend\u202e", Decision: audit.Decision{Rule: audit.RuleUnknown}},
		{PersonID: "p2", Name: arabic, Relationship: "family", Decision: audit.Decision{Rule: audit.RuleUnknown}},
		{PersonID: "p3", Name: hebrew, Relationship: "friend", Decision: audit.Decision{Rule: audit.RuleUnknown}},
	}
	out := renderReport(t, r)
	for _, c := range "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069" {
		if strings.ContainsRune(string(out), c) {
			t.Errorf("report.html holds the bidirectional control %U", c)
		}
	}
	doc := parseHTML(t, out)
	p := doc.find(func(n *node) bool { return n.attr["id"] == "whose" })
	if len(p) != 1 {
		t.Fatalf("%d paragraphs of whose exports, want 1", len(p))
	}
	if want := "Exports of Robin?elaH nibor (LinkedIn), " + arabic + " (Instagram) and ?" + hebrew + "? ?x? ?y? ?z (Twitter/X)."; p[0].Text() != want {
		t.Errorf("the page says %q, want %q", p[0].Text(), want)
	}
	var names []string
	for _, n := range p[0].children {
		if n.name != "bdi" {
			t.Errorf("a <%s> in the paragraph of whose exports", n.name)
		}
		names = append(names, n.Text())
	}
	if want := []string{"Robin?elaH nibor", arabic, "?" + hebrew + "? ?x? ?y? ?z"}; !reflect.DeepEqual(names, want) {
		t.Errorf("the owners' <bdi> hold %q, want %q", names, want)
	}
	rows := doc.find(func(n *node) bool { return n.attr["class"] == "reach" })
	if len(rows) != 3 {
		t.Fatalf("%d reach-out rows, want 3", len(rows))
	}
	for i, want := range [][2]string{{"Ann? eL", "friend?"}, {arabic, "family"}, {hebrew, "friend"}} {
		for j := range want {
			td := rows[i].children[j]
			if len(td.children) != 1 || td.children[0].name != "bdi" || td.children[0].Text() != want[j] {
				t.Errorf("reach-out row %d cell %d: %q, want %q in a <bdi> of its own", i, j, td.Text(), want[j])
			}
		}
	}
}

// TestHTMLReportScrollsWideTablesInTheirBox: every table and chart is in a
// box of its own that scrolls sideways, so that on a phone a table wider
// than the screen (the rules' of six networks, the reach-out list) does
// not widen the page past it; the box is a named region a keyboard can
// scroll. On paper the box does not cut the table.
func TestHTMLReportScrollsWideTablesInTheirBox(t *testing.T) {
	r, _ := reportFixture(t)
	doc := parseHTML(t, renderReport(t, r))
	wide := doc.find(func(n *node) bool {
		return n.name == "table" || n.name == "svg" && n.attr["class"] == "chart"
	})
	if len(wide) < 6 {
		t.Fatalf("%d tables and charts in the report, want the 6 or more of a re-audit", len(wide))
	}
	for _, n := range wide {
		box := n.parent
		if box == nil || box.name != "div" || box.attr["class"] != "wide" {
			t.Errorf("<%s id=%q> is not in a <div class=\"wide\"> of its own", n.name, n.attr["id"])
			continue
		}
		if box.attr["role"] != "region" || box.attr["tabindex"] != "0" || box.attr["aria-label"] == "" {
			t.Errorf("the box of <%s id=%q> is not a named region a keyboard reaches: %v", n.name, n.attr["id"], box.attr)
		}
	}
	css := doc.find(func(n *node) bool { return n.name == "style" })[0].Text()
	for _, rule := range []string{".wide { overflow-x: auto;", ".wide { overflow: visible; }", "td.policy { min-width:", "tr.reach > :first-child { min-width:"} {
		if !strings.Contains(css, rule) {
			t.Errorf("the style has no %q", rule)
		}
	}
}

// TestHTMLReportShowsEachDaysLastRun: a day audited more than once (the
// ledger filled in and the audit run again, as the README says to) is
// one point of the chart and one block of the progress table, its last
// run's, with that run's own unfollows done as its summary and
// changes.csv said them, and a note of how many runs the day had; a
// network that last run was not given keeps the day's earlier figures.
// The chart places the days by date, its dates along the bottom apart.
// The line on the earlier audits counts the runs of the days left out.
func TestHTMLReportShowsEachDaysLastRun(t *testing.T) {
	const fb, tw = audit.Facebook, audit.Twitter
	// stat is a run's row; of < 0 is a row of runs.csv from before its
	// of_unfollow column.
	stat := func(run, day, network string, followed, unfollow, done, of int, since string) audit.RunStat {
		return audit.RunStat{Run: run, AsOf: day, Network: network, Followed: followed, Keep: followed - unfollow,
			Unfollow: unfollow, Done: done, Of: max(of, 0), HasOf: of >= 0, Since: since}
	}
	quarters := func(days, runsADay int) []audit.RunStat {
		var rows []audit.RunStat
		for d := range days {
			day := audit.NewDate(2026, time.Month(2+3*d), 25).String()
			for range runsADay {
				rows = append(rows, stat(fmt.Sprintf("%04d", len(rows)+1), day, tw, 20-d, 10, 1, 10, ""))
			}
		}
		return rows
	}
	for _, tt := range []struct {
		name string
		runs []audit.RunStat
		// days are the headings of the progress table's days; rows its
		// unfollows done, by run and network; earlier the line on the
		// audits before them, "" for none.
		days    []string
		rows    map[string]string
		earlier string
	}{{
		name: "quarters run again that day",
		runs: []audit.RunStat{
			stat("0001", "2026-11-25", fb, 10, 10, 0, -1, ""),
			stat("0001", "2026-11-25", tw, 8, 8, 0, -1, ""),
			// The baseline's day again: compared with the run before it.
			stat("0002", "2026-11-25", fb, 10, 8, 0, 10, "2026-11-25"),
			stat("0002", "2026-11-25", tw, 8, 7, 0, 8, "2026-11-25"),
			stat("0003", "2027-02-21", fb, 7, 5, 3, 8, "2026-11-25"),
			stat("0003", "2027-02-21", tw, 6, 5, 2, 7, "2026-11-25"),
			stat("0004", "2027-02-21", fb, 7, 3, 3, 8, "2026-11-25"),
			stat("0004", "2027-02-21", tw, 6, 4, 2, 7, "2026-11-25"),
			// Run again given the Twitter/X archive alone.
			stat("0005", "2027-02-21", tw, 6, 3, 2, 7, "2026-11-25"),
			stat("0006", "2027-05-25", fb, 5, 2, 2, 3, "2027-02-21"),
			stat("0006", "2027-05-25", tw, 4, 2, 2, 3, "2027-02-21"),
		},
		days: []string{
			"2026-11-25 audit 2, since 2026-11-25 (2 runs that day)",
			"2027-02-21 audit 5, since 2026-11-25 (3 runs that day)",
			"2027-05-25 audit 6, since 2027-02-21",
		},
		rows: map[string]string{
			"0002 facebook": "0 of 10", "0002 twitter": "0 of 8",
			"0004 facebook": "3 of 8 (from audit 4)", "0005 twitter": "2 of 7",
			"0006 facebook": "2 of 3", "0006 twitter": "2 of 3",
		},
	}, {
		name: "runs.csv from before of_unfollow",
		runs: []audit.RunStat{
			stat("0001", "2026-11-25", fb, 10, 10, 0, -1, ""),
			stat("0002", "2027-02-21", fb, 8, 8, 3, -1, ""),
			stat("0003", "2027-02-21", fb, 8, 6, 3, -1, ""),
			stat("0004", "2027-05-25", fb, 5, 4, 5, -1, ""),
		},
		days: []string{
			"2026-11-25 audit 1, the first",
			"2027-02-21 audit 3, since 2026-11-25 (2 runs that day)",
			"2027-05-25 audit 4, since 2027-02-21",
		},
		// Done of the unfollow decisions of the earlier day's last run.
		rows: map[string]string{"0001 facebook": "—", "0003 facebook": "3 of 10", "0004 facebook": "5 of 6"},
	}, {
		name: "the ledger filled in days later, on the same exports",
		runs: []audit.RunStat{
			stat("0001", "2026-11-25", fb, 10, 10, 0, -1, ""),
			stat("0002", "2027-02-25", fb, 8, 8, 2, 10, "2026-11-25"),
			stat("0003", "2027-02-28", fb, 8, 6, 2, 10, "2026-11-25"),
			stat("0004", "2027-05-25", fb, 5, 4, 3, 6, "2027-02-28"),
		},
		days: []string{
			"2026-11-25 audit 1, the first",
			"2027-02-25 audit 2, since 2026-11-25",
			"2027-02-28 audit 3, since 2026-11-25",
			"2027-05-25 audit 4, since 2027-02-28",
		},
		rows: map[string]string{"0001 facebook": "—", "0002 facebook": "2 of 10", "0003 facebook": "2 of 10", "0004 facebook": "3 of 6"},
	}, {
		name:    "ten quarters run twice",
		runs:    quarters(10, 2),
		earlier: "The 4 audits before these are in history/runs.csv.",
	}, {
		name:    "nine quarters run once",
		runs:    quarters(9, 1),
		earlier: "The audit before these is in history/runs.csv.",
	}} {
		t.Run(tt.name, func(t *testing.T) {
			s := audit.Summarize([]audit.Item{{Person: &audit.Person{}, Account: &audit.Account{Network: tw, Relation: audit.Following}}}, nil, nil, false)
			out := renderReport(t, &audit.HTMLReport{Rules: reportRules, Summary: s, Runs: tt.runs})
			doc := parseHTML(t, out)

			// The chart: one dot per day and network, the day's last row of it.
			type key struct{ day, network string }
			last := map[key]audit.RunStat{}
			dayOf := map[string]string{}
			for _, r := range tt.runs {
				last[key{r.AsOf, r.Network}] = r
				dayOf[r.Run] = r.AsOf
			}
			dots := doc.find(has("data-run", "data-followed"))
			if len(dots) != len(last) {
				t.Errorf("%d dots in the chart, want %d, one per day and network", len(dots), len(last))
			}
			cx := map[string]float64{} // by day
			for _, dot := range dots {
				net := dot.ancestor("data-network").attr["data-network"]
				r, ok := last[key{dayOf[dot.attr["data-run"]], net}]
				if !ok || r.Run != dot.attr["data-run"] || dot.attr["data-followed"] != strconv.Itoa(r.Followed) {
					t.Errorf("a dot of run %s on %s, %s followed: not the day's last", dot.attr["data-run"], net, dot.attr["data-followed"])
				}
				x, _ := strconv.ParseFloat(dot.attr["cx"], 64)
				if c, ok := cx[r.AsOf]; ok && c != x {
					t.Errorf("%s: dots at x %v and %v", r.AsOf, c, x)
				}
				cx[r.AsOf] = x
			}
			// By date: each day as far along as its date is.
			days := slices.Sorted(maps.Keys(cx))
			date := func(s string) float64 { d, _ := audit.ParseDate(s); return float64(d) }
			d0, dn := date(days[0]), date(days[len(days)-1])
			x0, xn := cx[days[0]], cx[days[len(days)-1]]
			for _, d := range days {
				if want := (date(d) - d0) / (dn - d0); math.Abs((cx[d]-x0)/(xn-x0)-want) > 0.005 {
					t.Errorf("%s at x %v: %.3f of the way, want %.3f", d, cx[d], (cx[d]-x0)/(xn-x0), want)
				}
			}
			// The dates along the bottom, the last day's among them, apart.
			var ticks []float64
			for _, n := range doc.find(func(n *node) bool { return n.name == "text" && n.attr["text-anchor"] == "middle" }) {
				if _, err := audit.ParseDate(n.Text()); err == nil {
					x, _ := strconv.ParseFloat(n.attr["x"], 64)
					if len(ticks) > 0 && x-ticks[len(ticks)-1] < 80 {
						t.Errorf("the date %s at x %v, %v from the one before", n.Text(), x, x-ticks[len(ticks)-1])
					}
					ticks = append(ticks, x)
					if x != cx[n.Text()] {
						t.Errorf("the date %s at x %v, its dots at %v", n.Text(), x, cx[n.Text()])
					}
				}
			}
			if len(ticks) == 0 || ticks[len(ticks)-1] != xn {
				t.Errorf("the last day's date is not along the bottom: %v", ticks)
			}

			// The progress table.
			var headings []string
			rows := map[string]string{}
			for _, tr := range doc.find(has("data-run", "data-network")) {
				if tr.name != "tr" {
					continue
				}
				if when := tr.children[0]; when.Text() != "" { // the day, then its notes
					h := []string{when.Text()[:len("2006-01-02")]}
					for _, c := range when.children {
						if c.name != "br" {
							h = append(h, c.Text())
						}
					}
					headings = append(headings, strings.Join(h, " "))
				}
				k := tr.attr["data-run"] + " " + tr.attr["data-network"]
				if _, ok := rows[k]; ok {
					t.Errorf("two rows of run and network %s", k)
				}
				rows[k] = tr.children[5].Text()
				if note := strings.TrimPrefix(tr.children[1].Text(), audit.NetworkTitle(tr.attr["data-network"])); note != "" {
					rows[k] += note
				}
			}
			if tt.days != nil && !reflect.DeepEqual(headings, tt.days) {
				t.Errorf("the table's days:\n%q\nwant\n%q", headings, tt.days)
			}
			if tt.rows != nil && !reflect.DeepEqual(rows, tt.rows) {
				t.Errorf("the table's unfollows done:\n%q\nwant\n%q", rows, tt.rows)
			}
			if tt.days == nil && len(headings) != audit.MaxProgressDays {
				t.Errorf("%d days in the table, want %d", len(headings), audit.MaxProgressDays)
			}
			earlier := ""
			if e := doc.find(func(n *node) bool { return n.attr["id"] == "progress-earlier" }); len(e) > 0 {
				earlier = e[0].Text()
			}
			if earlier != tt.earlier {
				t.Errorf("the line on the earlier audits: %q, want %q", earlier, tt.earlier)
			}
			reruns := slices.ContainsFunc(headings, func(h string) bool { return strings.HasSuffix(h, "runs that day)") })
			if said := bytes.Contains(out, []byte("shows its last run")); said != reruns {
				t.Errorf("the notes say a day shows its last run: %v, a day of several runs: %v", said, reruns)
			}
			if tt.name == "quarters run again that day" {
				section := string(out[bytes.Index(out, []byte(`<section id="history">`)):])
				golden(t, "report-reruns-history.html", []byte(section[:strings.Index(section, "</section>")+len("</section>\n")]))
			}
		})
	}
}

// TestHTMLReportReachDateOnOneLine: in the reach-out list's box, squeezed
// to a phone's width, the day last met was broken at its hyphen
// ("2024-" over "03-02"); it stays on one line, as the progress table's
// dates do.
func TestHTMLReportReachDateOnOneLine(t *testing.T) {
	r, _ := reportFixture(t)
	doc := parseHTML(t, renderReport(t, r))
	rows := doc.find(func(n *node) bool { return n.name == "tr" && n.attr["class"] == "reach" })
	if len(rows) == 0 {
		t.Fatal("no reach-out row in the report")
	}
	for _, tr := range rows {
		var cells []*node
		for _, c := range tr.children {
			if c.name == "td" || c.name == "th" {
				cells = append(cells, c)
			}
		}
		if len(cells) != 4 || cells[2].attr["class"] != "when" {
			t.Errorf("reach-out row %q: its last met cell is not of class when (white-space: nowrap)", tr.Text())
		}
	}
	css := doc.find(func(n *node) bool { return n.name == "style" })[0].Text()
	if !strings.Contains(css, "td.when { white-space: nowrap; }") {
		t.Error("the style keeps td.when on one line no more")
	}
}

// TestHTMLReportTableHeadersHaveScope: a screen reader announces each
// count with its column and its row ("Facebook, Keep, 12"), which it can
// do only where every header says what it heads: each column header is
// <th scope="col">, and each row of a table's body and foot starts with
// a <th scope="row"> naming it (the network, the rule, the person) or, in
// the progress table, has one (the network, after the audit's date).
func TestHTMLReportTableHeadersHaveScope(t *testing.T) {
	r, _ := reportFixture(t)
	doc := parseHTML(t, renderReport(t, r))
	tables := doc.find(func(n *node) bool { return n.name == "table" })
	if len(tables) < 5 {
		t.Fatalf("%d tables in the report, want the 5 of the fixture", len(tables))
	}
	for _, th := range doc.find(func(n *node) bool { return n.name == "th" }) {
		want := "row"
		if th.parent != nil && th.parent.parent != nil && th.parent.parent.name == "thead" {
			want = "col"
		}
		if th.attr["scope"] != want {
			t.Errorf("<th> %q has scope %q, want %q", th.Text(), th.attr["scope"], want)
		}
	}
	for _, tr := range doc.find(func(n *node) bool { return n.name == "tr" }) {
		if tr.parent.name == "thead" || len(tr.children) == 1 {
			continue // a header row, or a "No account followed" row of one cell
		}
		heads := 0
		for _, c := range tr.children {
			if c.name == "th" {
				heads++
			}
		}
		if heads != 1 {
			t.Errorf("row %q has %d row headers, want 1", tr.Text(), heads)
		}
	}
}

// TestHTMLReportTextContrast: small text meets WCAG's contrast of 4.5:1
// on the page's white, grey and faint text too (the zero counts of the
// rules table, the notes, the words keep and unfollow of the rules):
// someone with low vision, or a page printed pale, must read them. The
// big numbers of the cards need 3:1, as large text.
func TestHTMLReportTextContrast(t *testing.T) {
	r, _ := reportFixture(t)
	doc := parseHTML(t, renderReport(t, r))
	css := doc.find(func(n *node) bool { return n.name == "style" })[0].text.String()
	vars := map[string]string{}
	for _, m := range []string{"--keep", "--unfollow", "--unfollow-text"} {
		i := strings.Index(css, m+": ")
		if i < 0 {
			t.Fatalf("the style sets no %s", m)
		}
		vars[m] = css[i+len(m)+2 : i+len(m)+2+7]
	}
	colorOf := func(selector string) string {
		i := strings.Index(css, "\n"+selector+" {")
		if i < 0 {
			t.Fatalf("the style has no rule %q", selector)
		}
		rule := css[i:]
		rule = rule[:strings.IndexByte(rule, '}')]
		j := strings.Index(rule, " color: ")
		if j < 0 {
			t.Fatalf("the rule %q sets no colour", selector)
		}
		c := rule[j+len(" color: "):]
		c = c[:strings.IndexByte(c, ';')]
		if strings.HasPrefix(c, "var(") {
			c = vars[strings.TrimSuffix(strings.TrimPrefix(c, "var("), ")")]
		}
		if len(c) == 4 { // #aaa
			c = "#" + strings.Repeat(c[1:2], 2) + strings.Repeat(c[2:3], 2) + strings.Repeat(c[3:4], 2)
		}
		return c
	}
	for sel, want := range map[string]float64{
		"td.zero": 4.5, ".note": 4.5, "footer": 4.5, ".keep-word": 4.5, ".unfollow-word": 4.5,
		"p.lead": 4.5, ".cards .keep b": 3, ".cards .unfollow b": 3,
	} {
		c := colorOf(sel)
		if got := contrast(t, c, "#ffffff"); got < want {
			t.Errorf("%s: %s on white has a contrast of %.2f:1, want %.1f:1 or more", sel, c, got, want)
		}
	}
}

// contrast is WCAG 2's contrast ratio of two colours #rrggbb.
func contrast(t *testing.T, a, b string) float64 {
	t.Helper()
	lum := func(h string) float64 {
		v, err := strconv.ParseUint(strings.TrimPrefix(h, "#"), 16, 32)
		if err != nil || len(h) != 7 {
			t.Fatalf("colour %q", h)
		}
		var l float64
		for i, w := range []float64{0.2126, 0.7152, 0.0722} {
			c := float64(v>>(16-8*i)&0xff) / 255
			if c <= 0.03928 {
				c /= 12.92
			} else {
				c = math.Pow((c+0.055)/1.055, 2.4)
			}
			l += w * c
		}
		return l
	}
	la, lb := lum(a), lum(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// The legend says the window as the rules table and the policy column
// say it: "met in the last year" for --met-within 1y, "the last month"
// for 1m, not "in the last 1 year" beside "within the last year" on the
// same page.
func TestHTMLReportLegendSaysTheWindowAsTheRules(t *testing.T) {
	s := audit.Summarize([]audit.Item{{Person: &audit.Person{}, Account: &audit.Account{Network: audit.Twitter, Relation: audit.Following}}}, nil, nil, false)
	for _, tt := range []struct{ span, want string }{
		{"1y", "the last year"}, {"1m", "the last month"}, {"1d", "the last day"},
		{"12m", "the last 12 months"}, {"2y", "the last 2 years"},
	} {
		w, err := audit.ParseSpan(tt.span)
		if err != nil {
			t.Fatal(err)
		}
		rules := reportRules
		rules.Window = w
		doc := parseHTML(t, renderReport(t, &audit.HTMLReport{Rules: rules, Summary: s}))
		dd := doc.find(func(n *node) bool { return n.name == "dd" })
		if len(dd) == 0 {
			t.Fatal("no legend")
		}
		want := "Keep following: someone you met in " + tt.want + ", who inspires you, or who regularly supplies you goods or services (where the network allows it)."
		if got := dd[0].Text(); got != want {
			t.Errorf("--met-within %s: legend\n%q, want\n%q", tt.span, got, want)
		}
		rule := doc.find(func(n *node) bool { return n.attr["data-rule"] == audit.RuleMet })
		if len(rule) != 1 || !strings.Contains(rule[0].Text(), "within "+tt.want+".") {
			t.Errorf("--met-within %s: the met rule does not say %q", tt.span, tt.want)
		}
	}
}
