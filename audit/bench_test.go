package audit_test

// Benchmarks of the merge and of an audit run in memory (everything the
// audit command does between reading the exports and writing the
// workspace), at 10^4, 10^5 and 10^6 accounts built from synthetic names
// (bench/synth). The 10^6 cases take seconds: run them with -bench, e.g.
//
//	go test -run '^$' -bench . -benchtime 3x ./audit
//
// bench/run measures the whole tool end to end on files.

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/bench/synth"
)

// benchSizes are the account counts the merge and the audit are measured
// at.
var benchSizes = []int{10_000, 100_000, 1_000_000}

// benchAccounts returns n accounts shaped like a mixed import: half
// LinkedIn connections (a fifth with an e-mail), a fifth Twitter accounts
// followed (two thirds named from tweets), a tenth Twitter followers
// (unnamed, no decision) and a fifth Facebook friends. One Facebook friend
// in four and one named Twitter account in six bear the name of a LinkedIn
// connection, so that the merge has cross-network evidence to act on; the
// synthetic names also repeat (a tenth have no middle token), which makes
// ambiguous names and possible matches.
func benchAccounts(n int) []audit.Account {
	names := synth.Names(n, 1)
	accs := make([]audit.Account, n)
	for i := range accs {
		a := &accs[i]
		name := names[i]
		slug := strings.ToLower(strings.ReplaceAll(name, " ", "-"))
		since := audit.NewDate(2012+i%14, time.Month(1+i%12), 1+i%28)
		switch i % 10 {
		case 0, 1, 2, 3, 4:
			*a = audit.Account{Network: audit.LinkedIn, Relation: audit.Connection, ID: fmt.Sprintf("%s-%x", slug, i),
				Name: name, Since: since, Source: "Connections.csv"}
			a.SetURLOfID() // as the importer gives a connection: https://www.linkedin.com/in/ + ID
			if i%5 == 0 {
				a.Email = fmt.Sprintf("member.%x@example.org", i)
			}
		case 5, 6:
			*a = audit.Account{Network: audit.Twitter, Relation: audit.Following, ID: strconv.Itoa(1000000000 + i),
				Handle: "user" + strconv.Itoa(i), Source: "twitter/data/following.js"}
			if i%3 != 0 {
				a.Name = name
				if i%6 == 1 && i >= 5 {
					a.Name = names[i-5] // a LinkedIn connection's name
				}
			}
			a.ProfileURL = "https://twitter.com/intent/user?user_id=" + a.ID
		case 7:
			*a = audit.Account{Network: audit.Twitter, Relation: audit.Follower, ID: strconv.Itoa(1000000000 + i),
				FollowsYou: audit.Yes, Source: "twitter/data/follower.js"}
		case 8, 9:
			if i%40 == 8 {
				name = names[i-8] // a LinkedIn connection's name
				slug = strings.ToLower(strings.ReplaceAll(name, " ", "-"))
			}
			*a = audit.Account{Network: audit.Facebook, Relation: audit.Friend,
				ID: fmt.Sprintf("%s.%d", slug, 1400000000+i), Name: name, Since: since, Source: "your_friends.json"}
		}
	}
	return accs
}

func benchRules(asOf audit.Date) audit.Rules {
	w, err := audit.ParseSpan("12m")
	if err != nil {
		panic(err)
	}
	return audit.Rules{AsOf: asOf, Window: w, Policy: audit.DefaultPolicy()}
}

func everything(network, relation, id string) bool { return true }

// auditRun is an audit run without the workspace: merge with the ledger's
// grouping, update the ledger, decide, compare with the previous run when
// there is one, and write every report.
func auditRun(tb testing.TB, accs []audit.Account, l *audit.Ledger, prev []audit.Past, r *audit.Rules, ledgerOut, historyOut io.Writer) {
	people := audit.Merge(accs, l.Known())
	l.Update(people)
	items := r.DecideAll(people, l)
	reach := r.ReachOuts(l, people, nil)
	var changes []audit.Change
	if prev != nil {
		changes = audit.Compare(prev, items, everything)
	}
	_ = audit.Summarize(items, prev, changes, prev != nil)
	check := func(err error) {
		if err != nil {
			tb.Fatal(err)
		}
	}
	check(audit.WriteLedger(ledgerOut, l))
	check(audit.WriteDecisions(io.Discard, items, true))
	check(audit.WriteDecisions(io.Discard, items, false))
	check(audit.WriteReachOut(io.Discard, reach))
	if prev != nil {
		check(audit.WriteChanges(io.Discard, changes))
	}
	check(audit.WriteHistory(historyOut, items, nil, r.AsOf))
}

// unsorted returns a copy of accs made off the clock: Merge reorders the
// accounts it is given, and a loop merging the same slice again would
// measure accounts already in report order.
func unsorted(b *testing.B, accs []audit.Account) []audit.Account {
	b.StopTimer()
	defer b.StartTimer()
	return slices.Clone(accs)
}

// BenchmarkMerge groups n accounts into people.
func BenchmarkMerge(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			accs := benchAccounts(n)
			b.ReportAllocs()
			for b.Loop() {
				if people := audit.Merge(unsorted(b, accs), nil); len(people) == 0 || len(people) > n {
					b.Fatalf("%d people from %d accounts", len(people), n)
				}
			}
		})
	}
}

// BenchmarkMergeOneNetwork groups n LinkedIn connections, target 1's
// shape: no evidence joins anything, every account is a person.
func BenchmarkMergeOneNetwork(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			accs := benchAccounts(n * 2)
			one := accs[:0]
			for _, a := range accs {
				if a.Network == audit.LinkedIn && len(one) < n {
					one = append(one, a)
				}
			}
			b.ReportAllocs()
			for b.Loop() {
				if people := audit.Merge(unsorted(b, one), nil); len(people) != len(one) {
					b.Fatalf("%d people from %d connections", len(people), len(one))
				}
			}
		})
	}
}

// BenchmarkAudit is a first audit (fresh workspace, empty ledger) of n
// accounts: merge, ledger update, rules, and the ledger, keep, unfollow,
// reach-out and history files written to io.Discard.
func BenchmarkAudit(b *testing.B) {
	r := benchRules(audit.NewDate(2026, 11, 25))
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			accs := benchAccounts(n)
			b.ReportAllocs()
			for b.Loop() {
				auditRun(b, unsorted(b, accs), audit.NewLedger(), nil, &r, io.Discard, io.Discard)
			}
		})
	}
}

// BenchmarkReaudit is a quarterly re-audit of n accounts with the ledger
// of a first run (about one row in 20 annotated by the person) and its
// history: reading the ledger and the history back, merge with the
// ledger's grouping, rules, the changes since the previous run, and every
// file written to io.Discard.
func BenchmarkReaudit(b *testing.B) {
	first := benchRules(audit.NewDate(2026, 8, 25))
	r := benchRules(audit.NewDate(2026, 11, 25))
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			accs := benchAccounts(n)
			var ledger, history bytes.Buffer
			auditRun(b, slices.Clone(accs), audit.NewLedger(), nil, &first, &ledger, &history)
			annotated := annotate(b, ledger.Bytes())
			hist := history.Bytes()
			b.ReportAllocs()
			for b.Loop() {
				l, err := audit.ReadLedger(bytes.NewReader(annotated), "ledger.csv", r.AsOf)
				if err != nil {
					b.Fatal(err)
				}
				prev, err := audit.ReadHistory(bytes.NewReader(hist), "history/0001_2026-08-25.csv")
				if err != nil {
					b.Fatal(err)
				}
				auditRun(b, unsorted(b, accs), l, prev, &r, io.Discard, io.Discard)
			}
		})
	}
}

// BenchmarkReadLedger reads a re-audit's ledger of n accounts (a first
// run's, annotated as a person would: see annotate), and
// BenchmarkReadHistory that run's history: on a re-audit each is read on a
// core of its own beside the import, and the ledger is the longest of the
// three (docs/performance.md).
func BenchmarkReadLedger(b *testing.B) {
	benchReaudited(b, func(b *testing.B, ledger, _ []byte, asOf audit.Date) {
		b.SetBytes(int64(len(ledger)))
		for b.Loop() {
			if _, err := audit.ReadLedger(bytes.NewReader(ledger), "ledger.csv", asOf); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkReadHistory(b *testing.B) {
	benchReaudited(b, func(b *testing.B, _, history []byte, _ audit.Date) {
		b.SetBytes(int64(len(history)))
		for b.Loop() {
			if _, err := audit.ReadHistory(bytes.NewReader(history), "history/0001_2026-08-25.csv"); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// benchReaudited runs fn at each size on the annotated ledger and the
// history of a first run, made off the clock.
func benchReaudited(b *testing.B, fn func(b *testing.B, ledger, history []byte, asOf audit.Date)) {
	first := benchRules(audit.NewDate(2026, 8, 25))
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			var ledger, history bytes.Buffer
			auditRun(b, benchAccounts(n), audit.NewLedger(), nil, &first, &ledger, &history)
			annotated := annotate(b, ledger.Bytes())
			b.ReportAllocs()
			fn(b, annotated, history.Bytes(), audit.NewDate(2026, 11, 25))
		})
	}
}

// annotate fills in the ledger of a first run as a person would (see
// synth.AnnotateLedger).
func annotate(tb testing.TB, ledger []byte) []byte {
	var out bytes.Buffer
	if err := synth.AnnotateLedger(bytes.NewReader(ledger), &out); err != nil {
		tb.Fatal(err)
	}
	return out.Bytes()
}

// BenchmarkReports writes the reports of a first audit of n accounts (the
// ledger, keep.csv, and unfollow.csv with the history in one pass) to
// io.Discard: the formatting of the cells alone, the merge and the rules
// done once, off the clock.
func BenchmarkReports(b *testing.B) {
	r := benchRules(audit.NewDate(2026, 11, 25))
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			l := audit.NewLedger()
			people := audit.Merge(benchAccounts(n), l.Known())
			l.Update(people)
			items := r.DecideAll(people, l)
			b.ReportAllocs()
			for b.Loop() {
				for _, err := range []error{audit.WriteLedger(io.Discard, l), audit.WriteDecisions(io.Discard, items, true),
					audit.WriteUnfollowAndHistory(io.Discard, io.Discard, items, nil, r.AsOf)} {
					if err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
