package main

// A property test of the quarterly flow: several quarters of audits, run
// in-process on small synthetic exports shaped as the real ones, with a
// person editing the ledger between them, and the invariants every run
// must keep checked after each one. See TestQuarterlyInvariants.

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// qSeeds is how many seeds TestQuarterlyInvariants runs, each for
// qQuarters quarters, and qNamesakeSeeds how many more with namesakes: a
// few seconds in go test ./... on two cores. Raise them to search further
// (500 seeds of 8 to 10 quarters found the bugs fixed with this test; 150
// of each pass).
const (
	qSeeds         = 12
	qNamesakeSeeds = 6
	qQuarters      = 8
)

// TestQuarterlyInvariants drives qQuarters quarters of audits for each of
// qSeeds seeds over exports that change at random between quarters, and
// a ledger edited as a person would, and checks after every run:
//
//  1. per network, followed before + new − gone = followed now, in
//     history/runs.csv and the summary, and keep + unfollow = followed;
//  2. every account of the exports is on exactly one of keep.csv and
//     unfollow.csv, or found unfollowed (its tie kept) in history/;
//  3. the ledger keeps every cell the test wrote, on its row, and the
//     column it added;
//  4. the person ids and account ids of accounts still present do not
//     change (but where the test moved the key or deleted the row);
//  5. an unfollow counted done, the tie kept, is not listed to do again
//     unless the follow was added again;
//  6. no run fails.
//
// The seeds after those run with two Facebook friends of one name, one
// also followed (qNamesakes): its follow is an account of its own, the
// other unfriended or friended again (docs/reaudit-renamed.md: a follow an audit had
// apart beside a friend of its name stays apart).
//
// Narrowed where docs/reaudit.md and docs/limitations-follows.md document the
// behaviour, each said where it is checked: accounts carried (a list the
// exports lack) count apart, by history/ (1); keep.csv may list a friend
// found unfollowed, to follow again (2); a carried account keeps its
// last history row, person id included, until read again (4); a friend
// and its follow split between a list read and a list carried are two
// accounts until read together, so the counts are not checked on that
// network then (1).
//
// Not fixed, and not met by these seeds (docs/limitations-follows.md): a
// friend renamed between exports that alternate between lacking the
// friends file and lacking the follows file, its follow read under the
// new name beside the friend carried under the old one, keeps that
// follow apart, listed beside the friend, once both files are read again
// (seed 1027 of 12 quarters).
func TestQuarterlyInvariants(t *testing.T) {
	seeds := []uint64{23, 117, 122, 127, 210, 351, 106} // each found a bug fixed with this test
	for seed := range uint64(qSeeds) {
		seeds = append(seeds, seed)
	}
	for _, seed := range seeds {
		t.Run(fmt.Sprintf("seed=%d", seed), func(t *testing.T) {
			t.Parallel()
			quarterly(t, seed, qQuarters, false)
		})
	}
	// With two Facebook friends of one name, one also followed, beside
	// the unique names: other seeds, so that those above tell the same
	// story as when they found their bugs.
	// 1048586 and 1048593 found a follow apart beside a namesake joined
	// to the friend left after an export without the friends file.
	nsSeeds := []uint64{1048586, 1048593}
	for seed := range uint64(qNamesakeSeeds) {
		nsSeeds = append(nsSeeds, seed+1<<20)
	}
	for _, seed := range nsSeeds {
		t.Run(fmt.Sprintf("namesakes,seed=%d", seed), func(t *testing.T) {
			t.Parallel()
			quarterly(t, seed, qQuarters, true)
		})
	}
}

// FuzzQuarterly runs the same story on any seed: go test -fuzz FuzzQuarterly.
func FuzzQuarterly(f *testing.F) {
	f.Add(uint64(1000))
	f.Fuzz(func(t *testing.T, seed uint64) { quarterly(t, seed, qQuarters, seed%2 == 1) })
}

// quarterly runs the story of seed, with two namesakes (see qNamesakes)
// where namesakes is set.
func quarterly(t *testing.T, seed uint64, quarters int, namesakes bool) {
	r := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	rr := rand.New(rand.NewPCG(seed, 0x5851f42d4c957f2d)) // the reviews'
	w := &qWorld{r: r, folds: map[string]bool{}}
	dir := t.TempDir()
	ws := filepath.Join(dir, "ws")
	first := time.Date(2026, 2, 25, 0, 0, 0, 0, time.UTC)
	for range 8 + r.IntN(6) {
		w.addPerson(time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC), first.AddDate(0, 0, -10))
	}
	if namesakes {
		w.qNamesakes(seed, first.AddDate(0, 0, -10))
	}
	var story []string
	fail := func(format string, args ...any) {
		t.Helper()
		t.Errorf("seed %d: %s\nstory:\n  %s", seed, fmt.Sprintf(format, args...), strings.Join(story, "\n  "))
	}

	cells := map[string]map[string]string{} // person_id -> column -> value the test wrote
	moved := map[string]string{}            // key -> the person_id of the row the test moved it to
	exempt := map[string]bool{}             // keys whose row the test deleted: their person id may change
	tieDone := map[string]int{}             // key -> quarter an unfollow, the tie kept, was counted done
	var prev *qRun

	for q := range quarters {
		asOf := first.AddDate(0, 3*q, 0)
		day := asOf.AddDate(0, 0, -5)
		var omit qOmit
		if q > 0 {
			story = append(story, fmt.Sprintf("-- quarter %d (%s)", q, asOf.Format(time.DateOnly)))
			story = append(story, w.change(q, first.AddDate(0, 3*(q-1), -5), day)...)
			story = append(story, w.nsChange(first.AddDate(0, 3*(q-1), -5), day)...)
			omit.network = map[string]bool{}
			switch r.IntN(8) {
			case 0:
				omit.fbFollows = true
			case 1:
				omit.fbFriends = true
			case 2:
				omit.liFollows = true
			case 3:
				omit.network[[]string{"facebook", "linkedin", "twitter", "instagram"}[r.IntN(4)]] = true
			}
			story = append(story, fmt.Sprintf("omit %+v", omit))
		}
		zips := w.exports(t, filepath.Join(dir, fmt.Sprintf("q%d", q)), day, omit)
		today := func() time.Time { return asOf.Add(12 * time.Hour) }

		// Now and then a review first, given one network's fresh export
		// (the one the audit lacks, where it lacks one): it gives the
		// accounts new there rows, and an answer saves its record, which
		// the audit without that network carries them by. Drawn from rr,
		// so that r tells each seed's story as before.
		nets := []string{"facebook", "linkedin", "twitter", "instagram"}
		only := ""
		if q > 0 && rr.IntN(3) == 0 {
			only = nets[rr.IntN(len(nets))]
			for n := range omit.network {
				only = n
			}
			// A network no audit counted an account of (none followed
			// on it) is not one the workspace knows: given alone, it is
			// refused as another person's.
			if prev.followed[only]+prev.carried[only] == 0 {
				only = ""
			}
		}
		if only != "" {
			ro := qOmit{network: map[string]bool{}}
			for _, n := range nets {
				ro.network[n] = n != only
			}
			rzips := w.exports(t, filepath.Join(dir, fmt.Sprintf("q%d-review", q)), day, ro)
			// s (supplier): a column the test writes nowhere, so that the
			// cells it checks are the ones it wrote.
			var rout, rerr bytes.Buffer
			rargs := append([]string{"review", "--workspace", ws, "--as-of", asOf.AddDate(0, 0, -2).Format(time.DateOnly)}, rzips...)
			if code := runWith(rargs, stdio{in: strings.NewReader("s\nq\n"), out: &rout, err: &rerr}, today); code != 0 {
				fail("quarter %d: review of %s exit %d: %s\n%s", q, only, code, &rerr, &rout)
				return
			}
			story = append(story, "review of "+only+": "+strings.ReplaceAll(rout.String(), "\n", "\n  "))
		}

		// 6. No run fails on valid input.
		var out, errb bytes.Buffer
		args := append([]string{"audit", "--workspace", ws, "--as-of", asOf.Format(time.DateOnly)}, zips...)
		if code := runWith(args, stdio{out: &out, err: &errb}, today); code != 0 {
			fail("quarter %d: audit exit %d: %s", q, code, &errb)
			return
		}
		story = append(story, "audit: "+strings.ReplaceAll(out.String(), "\n", "\n  "))
		var iout, ierr bytes.Buffer
		if code := runWith(append([]string{"import"}, zips...), stdio{out: &iout, err: &ierr}, today); code != 0 {
			fail("quarter %d: import exit %d: %s", q, code, &ierr)
			return
		}
		imported := qParse(t, "import", iout.Bytes())
		// The namesakes' follow, read with the follows file, is an account
		// of the exports: import, reading them alone, joins it to the one
		// friend of its name where the other is unfriended, but the audit
		// keeps it apart, as the audits before had it (docs/reaudit-renamed.md: a follow an
		// audit had apart beside a friend of its name stays apart).
		// But where the last audit had it on a friend's row (its own row
		// deleted, it took the row of the friend of its name) or joined to
		// the friend: docs/limitations-follows.md says the two are then one account, where
		// the last audit had no other of the name; the test takes the
		// audit's word for which (nsJoined).
		nsJoined := false
		if w.ns != nil && w.ns[0].fbFollow && !omit.fbFollows && !omit.network["facebook"] {
			id := audit.Slug(w.ns[0].name()) + "." + strconv.FormatInt(w.ns[0].fbFollowTS, 10)
			nsJoined = qWithFriend(prev, id) && !qInHistory(t, ws, q, "facebook", id)
			if !slices.ContainsFunc(imported.rows, func(row []string) bool { return row[imported.col("id")] == id }) && !nsJoined {
				row := make([]string, len(imported.header))
				row[imported.col("network")], row[imported.col("relation")], row[imported.col("id")] = "facebook", "following", id
				imported.rows = append(imported.rows, row)
			}
		}
		run := qReadRun(t, ws, q, out.String(), imported)

		// 1. The counts add up.
		stats := qParse(t, "runs.csv", qMustRead(t, filepath.Join(ws, "history", "runs.csv")))
		for _, row := range stats.rows {
			if row[0] != fmt.Sprintf("%04d", q+1) {
				continue
			}
			n := row[stats.col("network")]
			get := func(c string) int { v, _ := strconv.Atoi(row[stats.col(c)]); return v }
			if get("keep")+get("unfollow") != get("followed") {
				fail("quarter %d: %s: keep %d + unfollow %d != followed %d", q, n, get("keep"), get("unfollow"), get("followed"))
			}
			if prev != nil && !run.split[n] && !prev.split[n] {
				before := prev.followed[n] + prev.carried[n]
				if now := get("followed") + run.carried[n]; before+get("new")-get("gone") != now {
					fail("quarter %d: %s: followed before %d (%d carried) + new %d - gone %d != followed now %d (%d carried)",
						q, n, before, prev.carried[n], get("new"), get("gone"), now, run.carried[n])
				}
			}
			if m := regexp.MustCompile(`(?m)^\| ` + n + ` +\| +(\d+) \| +(\d+) \| +(\d+) \|`).FindStringSubmatch(out.String()); m == nil ||
				m[1] != row[stats.col("followed")] || m[2] != row[stats.col("keep")] || m[3] != row[stats.col("unfollow")] {
				fail("quarter %d: %s: the summary's table %q does not say runs.csv's %v", q, n, m, row)
			}
		}

		// 2. Every account of the exports on exactly one list.
		for k := range run.exports {
			_, kept := run.keep[k]
			_, unf := run.unfollow[k]
			switch {
			case kept && unf:
				fail("quarter %d: %s on both keep.csv and unfollow.csv", q, k)
			case !kept && !unf && !run.unfollowed[k]:
				fail("quarter %d: %s of the exports on neither keep.csv nor unfollow.csv, nor found unfollowed", q, k)
			case unf && run.unfollowed[k]:
				// keep.csv may list one: notes that keep a friend whose
				// follow is gone say to follow it again
				// (docs/limitations-follows.md), its history row "unfollowed".
				fail("quarter %d: %s on unfollow.csv, and found unfollowed in history/", q, k)
			}
			if _, ok := run.histPID[k]; !ok {
				fail("quarter %d: %s of the exports not in history/", q, k)
			}
		}
		for _, l := range []map[string]string{run.keep, run.unfollow} {
			for k := range l {
				if _, ok := run.exports[k]; !ok {
					fail("quarter %d: %s listed, but in none of the exports", q, k)
				}
			}
		}

		// 4b. Account ids: every model account has the id its network
		// makes, unchanged while its name, handle or address is.
		// (A new name, handle or address is a new id, as documented:
		// expectedIDs follows the model.)
		for acct, id := range w.expectedIDs(omit) {
			if _, ok := run.exports[id]; !ok && !(nsJoined && strings.HasPrefix(acct, "facebook follow ")) {
				fail("quarter %d: %s: id %s not among the accounts read", q, acct, id)
			}
		}

		// 4. Person ids of accounts still present do not change.
		// Only accounts the exports hold are checked: an account carried
		// (its list missing from the exports) keeps the history row of
		// the last audit that read it, person id included, as docs/limitations-follows.md
		// says carried accounts keep that audit's decisions, so a key
		// moved by hand takes its new row's id on the next audit that
		// reads it.
		for k, pid := range run.histPID {
			if _, ok := run.exports[k]; !ok || exempt[k] {
				continue
			}
			if to, ok := moved[k]; ok {
				if pid != to {
					fail("quarter %d: %s moved by hand to the row of %s, is now %s", q, k, to, pid)
				}
				delete(moved, k)
				continue
			}
			if prev == nil {
				continue
			}
			if old, ok := prev.histPID[k]; ok && pid != old {
				fail("quarter %d: %s changed person id: %s, was %s", q, k, pid, old)
			}
		}
		for k := range exempt {
			if _, ok := run.keep[k]; ok {
				delete(exempt, k)
			} else if _, ok := run.unfollow[k]; ok {
				delete(exempt, k)
			}
		}

		// 5. An unfollow done, the tie kept, is not to do again unless
		// followed again.
		changes := qTableOrNil(t, filepath.Join(ws, "changes.csv"))
		if q > 0 && changes == nil {
			fail("quarter %d: no changes.csv", q)
		}
		byID := w.byExpectedID()
		if changes != nil {
			for _, c := range changes.rows {
				k := qKey(c[changes.col("network")], c[changes.col("id")])
				if c[changes.col("change")] == "gone" && strings.HasPrefix(c[changes.col("note")], "unfollow done: no longer followed") {
					if dq, ok := tieDone[k]; ok && !w.refollowedSince(byID[k], k, dq) {
						fail("quarter %d: %s counted done again, done in quarter %d and not followed again", q, k, dq)
					}
					tieDone[k] = q
				}
			}
		}
		for k, dq := range tieDone {
			if dq == q {
				continue
			}
			if _, ok := run.unfollow[k]; ok && !w.refollowedSince(byID[k], k, dq) {
				fail("quarter %d: %s on unfollow.csv again, done in quarter %d and not followed again", q, k, dq)
			}
		}

		// 3. The ledger keeps every cell written.
		ledger := qRead(t, filepath.Join(ws, "ledger.csv"))
		qCheckLedger(ledger, cells, q, fail)

		// 7. A row of an account this run followed or carried (its
		// history has it), or one the owner follows still (a review
		// since the last audit that read its list found it new, and gave
		// it a row), says so: in_exports yes. Nothing tells that a
		// carried account is no longer followed.
		// (A follow the run joined to a friend, its key in the friend's
		// follow column, is that friend's account: a row listing the
		// follow's key alone has none of its own.)
		following := map[string]bool{}
		for _, k := range w.expectedIDs(qOmit{network: map[string]bool{}}) {
			following[k] = true
		}
		for _, r := range run.history.rows {
			if f := r[run.history.col("follow")]; f != "" && f != "unfollowed" {
				delete(following, qKey(r[run.history.col("network")], f))
			}
		}
		for _, row := range ledger.rows {
			for k := range strings.SplitSeq(row[ledger.col("accounts")], ";") {
				k = strings.TrimSpace(k)
				_, held := run.histPID[k]
				if (held || following[k]) && row[ledger.col("in_exports")] != "yes" {
					fail("quarter %d: ledger row %s lists %s, which this run followed or carried or the owner follows, but in_exports is %q", q, row[ledger.col("person_id")], k, row[ledger.col("in_exports")])
				}
			}
		}

		if q < quarters-1 {
			story = append(story, qEditLedger(t, r, ws, ledger, cells, moved, exempt, asOf)...)
		}
		prev = run
	}
}
