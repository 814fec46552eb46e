package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"image/png"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// chromiumTimeout bounds each Chromium run; it is a deadline, not a wait.
const chromiumTimeout = 60 * time.Second

// findChromium returns the Chromium binary. Without one the test fails in
// CI (.ci/run installs it) and is skipped elsewhere.
func findChromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium is not on PATH, and CI must run the headless rendering test: .ci/run installs it with apt-get (Debian package chromium)")
	}
	t.Skip("chromium is not on PATH: skipping the headless rendering test of report.html (install the Debian package chromium to run it; CI always does)")
	return ""
}

// chromium runs headless Chromium with a fresh profile and no network
// services, and returns its standard output.
func chromium(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	tmp := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), chromiumTimeout)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + filepath.Join(tmp, "profile")}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	cmd.Env = append(os.Environ(), "HOME="+tmp, "XDG_CONFIG_HOME="+filepath.Join(tmp, "config"),
		"XDG_CACHE_HOME="+filepath.Join(tmp, "cache"))
	// Chromium's helper processes may hold the pipes after it is killed.
	cmd.WaitDelay = 5 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v (deadline %v)\n%s", bin, strings.Join(args, " "), err, chromiumTimeout, stderr.String())
	}
	return stdout.Bytes()
}

// TestReportRendersInChromium audits the sample exports twice, a quarter
// apart and with names in the ledger that are HTML, then has headless
// Chromium load report.html: the page it builds holds the title, the
// numbers of runs.csv and the names as text, and a screenshot is drawn.
// Set REPORT_SCREENSHOT=FILE.png to keep the screenshot.
func TestReportRendersInChromium(t *testing.T) {
	bin := findChromium(t)
	sample := filepath.Join(repoRoot(t), "testdata", "sample")
	exports := []string{
		filepath.Join(sample, "facebook-robinhale-20261120.zip"),
		filepath.Join(sample, "Complete_LinkedInDataExport_11-20-2026.zip"),
		filepath.Join(sample, "twitter-2026-11-20-5f1c0e7a9b3d2c4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e.zip"),
	}
	ws := filepath.Join(t.TempDir(), "ws")
	today := func() time.Time { return time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC) }
	audit1 := func(asOf string) {
		t.Helper()
		var out, errOut bytes.Buffer
		args := append([]string{"audit", "--workspace", ws, "--as-of", asOf}, exports...)
		if code := runWith(args, stdio{in: strings.NewReader(""), out: &out, err: &errOut}, today); code != exitOK {
			t.Fatalf("audit --as-of %s: exit status %d\n%s", asOf, code, errOut.String())
		}
	}
	audit1("2026-11-25")

	// Two people noted in the ledger as family and friends, under names
	// that are markup: they go on the reach-out list.
	names := map[string][2]string{ // person_id: name, relationship
		"p83e47b7cff67": {`<script>document.title='pwned'</script>`, "friend"},
		"p2dca6d007e4a": {`"><img src=x onerror="document.title='pwned'">`, "family"},
	}
	editLedger(t, filepath.Join(ws, "ledger.csv"), func(col map[string]int, rec []string) {
		if n, ok := names[rec[col["person_id"]]]; ok {
			rec[col["name"]], rec[col["relationship"]] = n[0], n[1]
		}
	})
	audit1("2027-02-25")

	report := filepath.Join(ws, "report.html")
	u := (&url.URL{Scheme: "file", Path: filepath.ToSlash(report)}).String()
	if !strings.HasPrefix(u, "file:///") {
		u = "file:///" + strings.TrimPrefix(u, "file://")
	}
	dom := string(chromium(t, bin, "--dump-dom", u))

	if !strings.Contains(dom, "<title>Unfollow audit of 2027-02-25</title>") {
		t.Errorf("the page Chromium built has no title, or not the audit's:\n%.2000s", dom)
	}
	for _, bad := range []string{"<script", "<img", "pwned</title>"} {
		if strings.Contains(dom, bad) {
			t.Errorf("the page Chromium built holds %q", bad)
		}
	}
	for _, n := range names {
		text := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(n[0])
		if !strings.Contains(dom, `<th scope="row"><bdi>`+text+"</bdi></th>") {
			t.Errorf("the name %q is not shown as text", n[0])
		}
	}

	// The numbers of runs.csv: this run's per network, and a dot per run
	// and network in the chart.
	f, err := os.Open(filepath.Join(ws, filepath.FromSlash(audit.RunStatsFile)))
	if err != nil {
		t.Fatal(err)
	}
	runs, err := audit.ReadRunStats(f, audit.RunStatsFile)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(runs, func(r audit.RunStat) bool { return r.Run == "0001" }) ||
		!slices.ContainsFunc(runs, func(r audit.RunStat) bool { return r.Run == "0002" }) {
		t.Fatalf("runs.csv does not hold both runs: %+v", runs)
	}
	total := map[string]int{}
	for _, r := range runs {
		dot := fmt.Sprintf(`data-run="%s" data-followed="%d"`, r.Run, r.Followed)
		if !strings.Contains(dom, dot) {
			t.Errorf("no dot %s for %s in the chart", dot, r.Network)
		}
		if r.Run != "0002" {
			continue
		}
		for field, v := range map[string]int{"followed": r.Followed, "keep": r.Keep, "unfollow": r.Unfollow, "not_reviewed": r.NotReviewed} {
			cell := fmt.Sprintf(`<td class="n" data-count="%s" data-value="%d">%d</td>`, field, v, v)
			if !strings.Contains(dom, `<tr data-network="`+r.Network+`">`) || !strings.Contains(dom, cell) {
				t.Errorf("%s %s: no cell %s", r.Network, field, cell)
			}
			total[field] += v
		}
	}
	for field, v := range total {
		card := fmt.Sprintf(`<b data-count="%s" data-network="total" data-value="%d">%d</b>`, field, v, v)
		if !strings.Contains(dom, card) {
			t.Errorf("no total %s", card)
		}
	}
	if got := strings.Count(dom, "<circle "); got != len(runs) {
		t.Errorf("%d dots in the chart, runs.csv has %d rows", got, len(runs))
	}

	// Drawn: a screenshot of the page, not blank.
	shot := filepath.Join(t.TempDir(), "report.png")
	chromium(t, bin, "--screenshot="+shot, "--window-size=1200,2000", u)
	data, err := os.ReadFile(shot)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if b := img.Bounds(); b.Dx() != 1200 || b.Dy() != 2000 {
		t.Errorf("screenshot is %v, want 1200×2000", b)
	}
	colors := map[[3]uint32]bool{}
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y += 7 {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x += 7 {
			r, g, b, _ := img.At(x, y).RGBA()
			colors[[3]uint32{r >> 8, g >> 8, b >> 8}] = true
		}
	}
	if len(colors) < 8 {
		t.Errorf("screenshot has %d colours: the page looks blank", len(colors))
	}
	if keep := os.Getenv("REPORT_SCREENSHOT"); keep != "" {
		if err := os.WriteFile(keep, data, 0o644); err != nil {
			t.Error(err)
		}
	}

	// On a phone the page is no wider than the screen: a table or a chart
	// too wide scrolls in its own box, the page does not. The page runs no
	// script, so a copy without its Content-Security-Policy has one that
	// writes the page's width, and the screen's, into its title.
	page, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	var probe []string
	for line := range strings.Lines(string(page)) {
		if !strings.Contains(line, "Content-Security-Policy") {
			probe = append(probe, line)
		}
	}
	const measure = `<script>document.title = "width " + document.documentElement.scrollWidth + " screen " + innerWidth</script></body>`
	probePath := filepath.Join(t.TempDir(), "probe.html")
	if err := os.WriteFile(probePath, []byte(strings.Replace(strings.Join(probe, ""), "</body>", measure, 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	pu := (&url.URL{Scheme: "file", Path: filepath.ToSlash(probePath)}).String()
	if !strings.HasPrefix(pu, "file:///") {
		pu = "file:///" + strings.TrimPrefix(pu, "file://")
	}
	dom = string(chromium(t, bin, "--window-size=390,844", "--dump-dom", pu))
	var width, screen int
	if i := strings.Index(dom, "<title>width "); i < 0 {
		t.Fatalf("the probe wrote no width into the title:\n%.2000s", dom)
	} else if _, err := fmt.Sscanf(dom[i:], "<title>width %d screen %d</title>", &width, &screen); err != nil {
		t.Fatalf("the probe's title: %v\n%.200s", err, dom[i:])
	}
	// Chromium may widen a window narrower than it allows (500 pixels
	// headless); the page's max-width is 60rem.
	if screen >= 640 {
		t.Fatalf("Chromium's window is %d pixels wide for 390 asked: not a phone's", screen)
	}
	if width > screen {
		t.Errorf("on a screen %d pixels wide the page is %d wide: it scrolls sideways", screen, width)
	}
}

// editLedger rewrites a ledger file, letting edit change each row.
func editLedger(t *testing.T, path string, edit func(col map[string]int, rec []string)) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// The tool's ledger starts with a byte order mark (for Excel), which
	// encoding/csv reads as part of the first column's name.
	const bom = "\ufeff"
	mark := bytes.HasPrefix(data, []byte(bom))
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte(bom)))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	for _, c := range []string{"person_id", "name", "relationship"} {
		if _, ok := col[c]; !ok {
			t.Fatalf("%s: no column %s", path, c)
		}
	}
	for _, rec := range recs[1:] {
		edit(col, rec)
	}
	var b bytes.Buffer
	if mark {
		b.WriteString(bom)
	}
	w := csv.NewWriter(&b)
	if err := w.WriteAll(recs); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
}
