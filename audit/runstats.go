package audit

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/internal/csvread"
)

// RunStatsFile is the workspace file that keeps every run's figures, one
// row per run and network. The report's charts read it instead of every
// history file, which can hold a million rows each.
const RunStatsFile = "history/runs.csv"

// RunStatsColumns is the header of runs.csv.
var RunStatsColumns = []string{"run", "as_of", "network", "followed", "keep", "unfollow",
	"not_reviewed", "new", "gone", "unfollows_done", "of_unfollow", "since", "lists", "exported",
	"keeps", "met_within", "read"}

// runStatsBefore are the numbers of columns runs.csv had before: without
// of_unfollow and since (RunStat.Of), then without lists, then without
// exported, then without keeps and met_within, then without read. Such a
// file is read, its rows without them.
var runStatsBefore = []int{10, 12, 13, 14, 16}

// A RunStat is one run's figures for one network.
type RunStat struct {
	Run      string // the history file's number, e.g. "0003"
	AsOf     string // YYYY-MM-DD
	Network  string
	Followed int
	Keep     int
	Unfollow int
	// NotReviewed counts accounts of people the ledger said nothing about.
	NotReviewed int
	New         int // since the run compared with
	Gone        int
	Done        int // gone accounts whose previous decision was unfollow
	// Of is how many accounts the run compared with said to unfollow (the
	// summary's "done of"), and Since that run's day for the network;
	// HasOf is false in rows of runs.csv files written before them.
	Of    int
	HasOf bool
	Since string
	// Lists are the kinds of the network's files the run read lists from
	// (importers.Coverage.Kinds), "" in rows written before them: the
	// next run tells by them a file its exports lack.
	Lists string
	// Exported is the day the network's export was made, as its zip
	// entries date it (importers.Coverage.Made), "" where they do not: a
	// later run refuses an export older than the newest one read.
	Exported string
	// Keeps and MetWithin are the rules the run decided by: what keeps an
	// account on the network (Allow.String, "met,inspiring,supplier") and
	// the met-within window (Span.Flag, "12m"); "" in rows written before
	// them. A later run with other rules says so.
	Keeps, MetWithin string
	// Read are the kinds of the network's files the run read itself,
	// those of its exports, where Lists adds those it carried from the
	// last run that read them; "" in rows written before it. A rerun on
	// an audit's day given part of an export (LinkedIn's Connections.csv
	// alone) carries the rest with their day, its own: the window that
	// decided those rows is the run's that read them (see
	// decidedWindow in cmd), which Lists cannot tell.
	Read string
}

// RunOf returns the run number of a history file name:
// "history/0003_2026-11-25.csv" is run "0003".
func RunOf(historyName string) string {
	num, _, _ := strings.Cut(path.Base(historyName), "_")
	return num
}

// MetWindows returns the met-within window each audit day decided by:
// by day, the window of the last of that day's runs (runs, in run order,
// as runs.csv has them) up to run upTo (a history file's number, see
// RunOf) that says it (runs.csv's met_within; rows written before it do
// not). Whether an audit kept a person for a meeting is judged by its
// window, not by the one of a later run: with a shorter --met-within now, a
// meeting it kept may be out of the new window on its day too.
func MetWindows(runs []RunStat, upTo string) map[Date]Span {
	windows := map[Date]Span{}
	for _, r := range runs { // in run order: the last of a day wins
		if compareRuns(r.Run, upTo) > 0 {
			continue
		}
		day, err := ParseDate(r.AsOf)
		if err != nil {
			continue
		}
		if w, err := ParseSpan(r.MetWithin); err == nil {
			windows[day] = w
		}
	}
	return windows
}

// MetWindowOf returns the met-within window run decided by (a history
// file's number, see RunOf): runs.csv's met_within of its rows; not OK
// where they do not say (rows written before it, or no row of the run).
func MetWindowOf(runs []RunStat, run string) RunWindow {
	for _, r := range runs {
		if compareRuns(r.Run, run) == 0 {
			if w, err := ParseSpan(r.MetWithin); err == nil {
				return RunWindow{Span: w, OK: true}
			}
		}
	}
	return RunWindow{}
}

// StatsOf returns a run's rows for runs.csv: one per network of the
// summary, in the summary's order.
func StatsOf(run string, asOf Date, s Summary) []RunStat {
	out := make([]RunStat, 0, len(s.Networks))
	for _, c := range s.Networks {
		out = append(out, RunStat{Run: run, AsOf: asOf.String(), Network: c.Network,
			Followed: c.Followed, Keep: c.Keep, Unfollow: c.Unfollow, NotReviewed: c.NotReviewed,
			New: c.New, Gone: c.Gone, Done: c.Done, Of: c.WasUnfollow, HasOf: true, Since: c.WasAsOf})
	}
	return out
}

// AddRunStats returns rows with the rows of run's number replaced by run
// (a run number reused after its history file was removed), sorted by run
// number, then network.
func AddRunStats(rows, run []RunStat) []RunStat {
	out := make([]RunStat, 0, len(rows)+len(run))
	for _, r := range rows {
		if !slices.ContainsFunc(run, func(n RunStat) bool { return n.Run == r.Run }) {
			out = append(out, r)
		}
	}
	out = append(out, run...)
	slices.SortStableFunc(out, func(a, b RunStat) int {
		return cmp.Or(compareRuns(a.Run, b.Run),
			cmp.Compare(networkRank(a.Network), networkRank(b.Network)), strings.Compare(a.Network, b.Network))
	})
	return out
}

// RepeatRunStats returns rows with the not_reviewed counts of a run
// repeated (see cmd's audit) as the repeat found them (now, see StatsOf,
// of that run's number, each with the lists the repeat read), and
// whether any changed; rows itself where none did. A repeat comes to the
// last run's decisions again and adds no history, but the person may
// have filled in the ledger since (a relationship, a "no": decided the
// same, reviewed now), and the run's row would keep a count the summary
// no longer says. Only not_reviewed is taken, and only where the repeat
// counted the accounts the run did: the same followed, keep and unfollow,
// of the same lists read where the row says them. A repeat given
// Connections.csv alone carries the member follows the run read, and
// counts without them: its counts are of fewer accounts, and the row
// stays the run's. So do the row's new, gone, done and of, of the run it
// was compared with, and its lists, read and exported, of the exports it
// read. A network with no row of the run (its lists carried whole, or
// the run before runs.csv) is given none: which networks a run read is
// told by its rows.
func RepeatRunStats(rows, now []RunStat) ([]RunStat, bool) {
	var out []RunStat
	for i, r := range rows {
		j := slices.IndexFunc(now, func(n RunStat) bool { return n.Run == r.Run && n.Network == r.Network })
		if j < 0 {
			continue
		}
		n := &now[j]
		if r.Followed != n.Followed || r.Keep != n.Keep || r.Unfollow != n.Unfollow ||
			r.Read != "" && r.Read != n.Read || r.NotReviewed == n.NotReviewed {
			continue
		}
		if out == nil {
			out = slices.Clone(rows)
		}
		out[i].NotReviewed = n.NotReviewed
	}
	if out == nil {
		return rows, false
	}
	return out, true
}

// RunBefore reports whether run number a comes before b.
func RunBefore(a, b string) bool { return compareRuns(a, b) < 0 }

// compareRuns orders run numbers as numbers: "10000" comes after "9999".
func compareRuns(a, b string) int {
	a, b = strings.TrimLeft(a, "0"), strings.TrimLeft(b, "0")
	return cmp.Or(cmp.Compare(len(a), len(b)), strings.Compare(a, b))
}

// WriteRunStats writes runs.csv.
func WriteRunStats(w io.Writer, rows []RunStat) error {
	cw := newCSVWriter(w)
	if err := cw.Write(RunStatsColumns...); err != nil {
		return err
	}
	for _, r := range rows {
		of := ""
		if r.HasOf {
			of = strconv.Itoa(r.Of)
		}
		if err := cw.Write(r.Run, r.AsOf, r.Network, strconv.Itoa(r.Followed), strconv.Itoa(r.Keep),
			strconv.Itoa(r.Unfollow), strconv.Itoa(r.NotReviewed), strconv.Itoa(r.New), strconv.Itoa(r.Gone),
			strconv.Itoa(r.Done), of, r.Since, r.Lists, r.Exported, r.Keeps, r.MetWithin, r.Read); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// ReadRunStats reads runs.csv as WriteRunStats writes it (a byte order
// mark and CRLF line ends are accepted). An error names the file (name),
// the line and what was expected. A file written by a newer version, with
// columns after these, is a *NewerError: an audit writes runs.csv anew,
// its rows with this version's columns alone, and would lose the newer
// ones of every run.
func ReadRunStats(r io.Reader, name string) ([]RunStat, error) {
	return readRunStats(r, name, stopNewer)
}

// ViewRunStats is ReadRunStats for a run that writes no runs.csv (a
// review): a file written by a newer version is read, its newer columns
// passed over, the figures of its runs as this version knows them.
func ViewRunStats(r io.Reader, name string) ([]RunStat, error) {
	return readRunStats(r, name, viewNewer)
}

func readRunStats(r io.Reader, name string, use newerUse) ([]RunStat, error) {
	var out []RunStat
	var undated undatedRows
	seen := map[[2]string]bool{}
	err := readTable(r, name, "a run statistics file", RunStatsColumns, runStatsBefore, use, "restore it from a backup", func(rec []string, line int) error {
		bad := func(col int, want string) error {
			return fmt.Errorf("%s: line %d, column %s: %q is not %s", name, line, RunStatsColumns[col], rec[col], want)
		}
		s := RunStat{Run: rec[0], AsOf: rec[1], Network: Unneutralize(rec[2])}
		if s.Run == "" || strings.Trim(s.Run, "0123456789") != "" {
			return bad(0, "a run number")
		}
		if s.AsOf == "" {
			undated.add(s.Run, line, bad(1, "a date (YYYY-MM-DD)"))
			return nil
		}
		if _, err := ParseDate(s.AsOf); err != nil {
			return bad(1, "a date (YYYY-MM-DD)")
		}
		if s.Network == "" || strings.TrimSpace(s.Network) != s.Network {
			return bad(2, "a network")
		}
		k := [2]string{s.Run, s.Network}
		if seen[k] {
			return fmt.Errorf("%s: line %d: run %s, network %s is listed twice", name, line, s.Run, s.Network)
		}
		seen[k] = true
		for i, p := range []*int{&s.Followed, &s.Keep, &s.Unfollow, &s.NotReviewed, &s.New, &s.Gone, &s.Done} {
			n, err := strconv.Atoi(rec[3+i])
			if err != nil || n < 0 {
				return bad(3+i, "a count (0 or more)")
			}
			*p = n
		}
		if len(rec) > 10 {
			if rec[10] != "" {
				n, err := strconv.Atoi(rec[10])
				if err != nil || n < 0 {
					return bad(10, "a count (0 or more)")
				}
				s.Of, s.HasOf = n, true
			}
			if s.Since = rec[11]; s.Since != "" {
				if _, err := ParseDate(s.Since); err != nil {
					return bad(11, "a date (YYYY-MM-DD)")
				}
			}
		}
		if len(rec) > 12 {
			s.Lists = rec[12]
		}
		if len(rec) > 13 {
			if s.Exported = rec[13]; s.Exported != "" {
				if _, err := ParseDate(s.Exported); err != nil {
					return bad(13, "a date (YYYY-MM-DD)")
				}
			}
		}
		if len(rec) > 14 {
			s.Keeps = rec[14]
			if s.MetWithin = rec[15]; s.MetWithin != "" {
				if _, err := ParseSpan(s.MetWithin); err != nil {
					return bad(15, "a span (12m, 400d, 2y)")
				}
			}
		}
		if len(rec) > 16 {
			s.Read = rec[16]
		}
		out = append(out, s)
		return nil
	})
	if len(undated.lines) > 0 { // the first line wrong, as ever
		if len(out) > 0 || len(undated.runs) > 1 {
			return nil, undated.first // a cell emptied, of a run of a day
		}
		return nil, undated.err(name)
	}
	if err != nil {
		return nil, err
	}
	return out, nil
}

// undatedRows are the rows of runs.csv with an empty as_of: an audit
// given --as-of 1969-12-31 by a version that did not refuse it wrote its
// rows so, the day before 1970 being no day the tool counts, and every
// later audit and review was refused on the first of them. That run's
// list, NNNN_.csv, has no date in its name: no run reads it as a run or
// compares with it, and the next run takes its number again. Deleting the
// rows loses that run's figures alone; the tool does not delete them
// itself, as it writes no file a refusal names. That version refused the
// date where an audit came before, so those rows are a first run's, the
// file's only one: an empty as_of beside a run of a day, or of two runs, is
// a cell emptied by hand, whose run's list has a date in its name, and is
// said as any other cell (first) is.
type undatedRows struct {
	runs  []string
	lines []int
	first error
}

func (u *undatedRows) add(run string, line int, bad error) {
	if u.first == nil {
		u.first = bad
	}
	if !slices.Contains(u.runs, run) {
		u.runs = append(u.runs, run)
	}
	u.lines = append(u.lines, line)
}

// err says which lines to delete, and what that loses.
func (u *undatedRows) err(name string) error {
	var spans []string
	for i := 0; i < len(u.lines); {
		j := i
		for j+1 < len(u.lines) && u.lines[j+1] == u.lines[j]+1 {
			j++
		}
		if j > i {
			spans = append(spans, fmt.Sprintf("%d-%d", u.lines[i], u.lines[j]))
		} else {
			spans = append(spans, strconv.Itoa(u.lines[i]))
		}
		i = j + 1
	}
	lines, have, them := "line "+spans[0], "has", "it"
	if len(u.lines) > 1 {
		lines, have, them = "lines "+strings.Join(spans, ", "), "have", "them"
	}
	run := u.runs[0]
	return fmt.Errorf("%s: %s %s no as_of: run %s's, written by an audit given --as-of 1969-12-31 with an earlier version; delete %s with a text editor and run again: only those figures are lost (no run compares with them: %s_.csv beside runs.csv is read as no run's list)", name, lines, have, run, them, run)
}

// readTable reads a small CSV file of the workspace that the tool writes
// (a byte order mark and CRLF line ends are accepted, as a spreadsheet may
// save it): its header must be columns, or their first n for an n of
// before where a file of an earlier version had fewer, and row gets
// each record with its line. An empty file has no rows. An error names
// the file (name), the line and what was expected; what names the kind
// of file, and advice what to do with a damaged one (a header not its
// own included: a spreadsheet's re-save with semicolons). A header of
// columns then more, a file written by a newer version (see NewerHeader),
// is the NewerError, or for use viewNewer read, row getting the newer
// columns' cells too, to pass over.
func readTable(r io.Reader, name, what string, columns []string, before []int, use newerUse, advice string, row func(rec []string, line int) error) error {
	br := bufio.NewReader(r)
	// Told apart before the header is read: a file of no byte at all is
	// a placeholder (below), one of a byte order mark or blank lines
	// alone is a file emptied by hand, which the sync client cannot help.
	_, err := br.Peek(1)
	noBytes := err == io.EOF
	if bom, err := br.Peek(3); err == nil && string(bom) == "\uFEFF" {
		br.Discard(3)
	}
	// csvread, as the ledger and the history files are read, to tell a
	// file cut short inside a quoted cell (see damagedLine). Its fields
	// are lent until the next Read: row gets copies, to keep.
	cr := csvread.NewReader(br)
	cr.MaxRecordBytes = MaxLedgerRowBytes // see damagedLine
	header, err := cr.Read()
	if err == io.EOF {
		// Every file the tool writes starts with its header: one of no
		// bytes is a synced folder's placeholder (Dropbox, OneDrive or
		// iCloud keeping the content online) or a copy cut short, not a
		// file of no rows. Read as none, an audit wrote it anew with its
		// own rows alone, and the sync client put that over the real one.
		if noBytes {
			return fmt.Errorf("%s: the file is empty (0 bytes: a synced folder's file not downloaded yet, or a copy cut short): have your sync client download it (make it available offline), or %s", name, advice)
		}
		return fmt.Errorf("%s: the file is empty: no header line, only blank lines or a byte order mark (emptied in an editor?): %s", name, advice)
	}
	earlier := func(n int) bool { return n < len(columns) && slices.Equal(header, columns[:n]) }
	if newer := NewerHeader(name, header, columns); err == nil && newer != nil {
		if use == stopNewer {
			return newer
		}
	} else if err != nil || !slices.Equal(header, columns) && !slices.ContainsFunc(before, earlier) {
		return fmt.Errorf("%s: line 1: not %s: want the header %s: %s", name, what, strings.Join(columns, ","), advice)
	}
	cr.FieldsPerRecord = len(header)
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return damagedLine(name, err, rec, len(header), cr.UnclosedQuote(), advice)
		}
		for i := range rec {
			rec[i] = strings.Clone(rec[i])
		}
		line, _ := cr.FieldPos(0)
		if err := row(rec, line); err != nil {
			return err
		}
	}
}
