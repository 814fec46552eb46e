package main

// A property test of the quarterly flow: several quarters of audits, run
// in-process on small synthetic exports shaped as the real ones, with a
// person editing the ledger between them, and the invariants every run
// must keep checked after each one. See TestQuarterlyInvariants.

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
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

// A qPerson is one invented person and how the exports' owner is tied to
// them on each network. Names are unique after FoldName, so that no two
// accounts of a network are namesakes (whose handling docs/reaudit-renamed.md leaves
// to the person) and a person's Facebook and LinkedIn accounts merge; but
// for the two Facebook namesakes of qNamesakes, kept in qWorld.ns.
type qPerson struct {
	first, last string

	fbFriend, fbFollow     bool
	fbFriendTS, fbFollowTS int64
	liConn, liFollow       bool
	liFollowUnfollowRow    bool // the follow gone as a Status Unfollow row, not a row dropped
	liSlug, liEmail        string
	liConnDay, liFollowDay time.Time
	tw                     bool
	twID                   string
	ig                     bool
	igHandle               string
	igTS                   int64

	// refollowed is the quarter the Facebook (LinkedIn) follow of a
	// friend (connection) was last added again, -1 for never.
	fbRefollowed, liRefollowed int
}

func (p *qPerson) name() string { return p.first + " " + p.last }

// qWorld is the exports' owner's networks, quarter after quarter.
type qWorld struct {
	r      *rand.Rand
	people []*qPerson
	// ns are two Facebook friends of one name, the first also followed
	// (see qNamesakes), nil without them; nr draws their events, so that
	// r draws the same story as without them.
	ns     []*qPerson
	nr     *rand.Rand
	folds  map[string]bool // FoldName of every name ever used
	twNext int
	handle int
}

var (
	qFirsts = []string{"Amélie", "Bruno", "Chloé", "Dmitri", "Émile", "Fatima", "Greta", "Hiro", "Inès", "Jonas",
		"Kasia", "Lena", "Marco", "Noor", "Oskar", "Paula", "Priya", "Søren", "Łukasz", "Zoë", "Mia 🌻", "Seán", "Yuki", "Tomás"}
	qLasts = []string{"Durand", "Keller", "Martin", "Sokolov", "Zola-Bernard", "Rahman", "Lindqvist", "Tanaka", "Moreau",
		"Berg", "Nowak", "Vogt", "Bianchi", "Haddad", "Nilsson", "Ruiz", "Nair", "Øvergaard", "Wójcik", "Ó Briain", "Mori", "Vega",
		"Okafor", "Lund", "Costa", "Novak", "Schäfer", "Dubois"}
)

func (w *qWorld) newName() (string, string) {
	for {
		f, l := qFirsts[w.r.IntN(len(qFirsts))], qLasts[w.r.IntN(len(qLasts))]
		if w.r.IntN(4) == 0 {
			l += "-" + qLasts[w.r.IntN(len(qLasts))]
		}
		k := audit.FoldName(f + " " + l)
		if !w.folds[k] {
			w.folds[k] = true
			return f, l
		}
	}
}

// day returns a random moment in (from, to].
func (w *qWorld) moment(from, to time.Time) time.Time {
	span := to.Sub(from)
	return from.Add(time.Duration(1 + w.r.Int64N(int64(span))))
}

// addPerson adds someone followed on one or more networks between from and to.
func (w *qWorld) addPerson(from, to time.Time) {
	p := &qPerson{fbRefollowed: -1, liRefollowed: -1}
	p.first, p.last = w.newName()
	for !(p.fbFriend || p.fbFollow || p.liConn || p.liFollow || p.tw || p.ig) {
		switch w.r.IntN(6) {
		case 0:
			p.fbFriend = true
			p.fbFriendTS = w.moment(from, to).Unix()
			if w.r.IntN(2) == 0 {
				p.fbFollow, p.fbFollowTS = true, p.fbFriendTS+3
			}
		case 1:
			p.fbFollow = true
			p.fbFollowTS = w.moment(from, to).Unix()
		case 2:
			p.liConn = true
			p.liConnDay = w.moment(from, to)
			// A profile address as LinkedIn writes it: its letters
			// percent-encoded, as the id keeps them (se%C3%A1n-o-briain).
			p.liSlug = fmt.Sprintf("%s-%d", url.PathEscape(audit.Slug(p.name())), w.r.IntN(1000))
			if w.r.IntN(3) == 0 {
				p.liEmail = strings.ReplaceAll(audit.Slug(p.name()), "-", ".") + "@example.org"
			}
			if w.r.IntN(2) == 0 {
				p.liFollow, p.liFollowDay = true, p.liConnDay.Add(time.Minute)
			}
		case 3:
			p.liFollow, p.liFollowDay = true, w.moment(from, to)
		case 4:
			w.twNext++
			p.tw, p.twID = true, strconv.Itoa(1500000000000000000+w.twNext*7919)
		case 5:
			w.handle++
			p.ig, p.igHandle, p.igTS = true, qHandle(p.name(), w.handle), w.moment(from, to).Unix()
		}
	}
	w.people = append(w.people, p)
}

// qHandle makes an Instagram username of a name: ASCII letters, digits,
// "." and "_".
func qHandle(name string, n int) string {
	h := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			return r
		case r == '-':
			return '.'
		}
		return -1
	}, audit.Slug(name))
	return fmt.Sprintf("%s_%d", h, n)
}

// qNamesakeNames are the names of the namesakes: none of qFirsts and
// qLasts, so that newName never makes a third.
var qNamesakeNames = [][2]string{{"Ann", "Lee"}, {"Jo", "Wu"}, {"Mei", "Lin"}}

// qNamesakes adds two Facebook friends of one name, the first also
// followed (the importer joins that follow to neither: it is an account
// of its own, on a row of its own), friended and followed before the
// first audit.
func (w *qWorld) qNamesakes(seed uint64, before time.Time) {
	w.nr = rand.New(rand.NewPCG(seed, 0x6a09e667f3bcc909))
	name := qNamesakeNames[w.nr.IntN(len(qNamesakeNames))]
	start := time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	ts := func() int64 { return start + w.nr.Int64N(before.Unix()-start) }
	a := &qPerson{first: name[0], last: name[1], fbFriend: true, fbFriendTS: ts(), fbFollow: true, fbRefollowed: -1, liRefollowed: -1}
	a.fbFollowTS = a.fbFriendTS + 3 + w.nr.Int64N(86400*30)
	b := &qPerson{first: name[0], last: name[1], fbFriend: true, fbFriendTS: ts(), fbRefollowed: -1, liRefollowed: -1}
	if b.fbFriendTS == a.fbFriendTS || b.fbFriendTS == a.fbFollowTS {
		b.fbFriendTS++
	}
	w.ns = []*qPerson{a, b}
}

// qWithFriend reports whether the last run (prev) had the Facebook
// follow id joined to a friend (its follow cell), or on the person of a
// friend of its name.
func qWithFriend(prev *qRun, id string) bool {
	if prev == nil {
		return false
	}
	h := prev.history
	pid, name := "", ""
	for _, r := range h.rows {
		if r[h.col("network")] == "facebook" && r[h.col("follow")] == id {
			return true
		}
		if r[h.col("network")] == "facebook" && r[h.col("id")] == id {
			pid, name = r[h.col("person_id")], r[h.col("name")]
		}
	}
	return pid != "" && slices.ContainsFunc(h.rows, func(r []string) bool {
		return r[h.col("network")] == "facebook" && r[h.col("relation")] == "friend" &&
			r[h.col("name")] == name && r[h.col("person_id")] == pid
	})
}

// qInHistory reports whether the history of quarter q has a row of the
// account.
func qInHistory(t *testing.T, ws string, q int, network, id string) bool {
	hs, _ := filepath.Glob(filepath.Join(ws, "history", fmt.Sprintf("%04d_*.csv", q+1)))
	if len(hs) != 1 {
		t.Fatalf("quarter %d: history files %v", q, hs)
	}
	h := qRead(t, hs[0])
	return slices.ContainsFunc(h.rows, func(r []string) bool { return r[h.col("network")] == network && r[h.col("id")] == id })
}

// nsChange is a quarter's events of the namesakes: the one not followed
// unfriended (the importer then joins the follow to the friend left, and
// the audit keeps it apart, as the last audit had it: docs/reaudit-renamed.md), or
// friended again, under a new date.
func (w *qWorld) nsChange(from, to time.Time) []string {
	if w.ns == nil {
		return nil
	}
	b := w.ns[1]
	switch {
	case b.fbFriend && w.nr.IntN(3) == 0:
		b.fbFriend = false
		return []string{"unfriend the namesake not followed, " + b.name()}
	case !b.fbFriend && w.nr.IntN(4) == 0:
		b.fbFriend, b.fbFriendTS = true, from.Unix()+1+w.nr.Int64N(to.Unix()-from.Unix())
		return []string{"friend the namesake again, " + b.name()}
	}
	return nil
}

// qOmit says which files a quarter's exports leave out.
type qOmit struct {
	fbFriends, fbFollows, liFollows bool
	network                         map[string]bool
}

// change applies a quarter's events between the last export (from) and
// this one (to), and returns their descriptions, for a failure's log.
func (w *qWorld) change(q int, from, to time.Time) []string {
	var log []string
	pick := func() *qPerson { return w.people[w.r.IntN(len(w.people))] }
	for range 1 + w.r.IntN(4) {
		w.addPerson(from, to)
		log = append(log, "add "+w.people[len(w.people)-1].name())
	}
	for range w.r.IntN(4) {
		p := pick()
		switch w.r.IntN(9) {
		case 0: // unfriended, and unfollowed
			if p.fbFriend {
				p.fbFriend, p.fbFollow = false, false
				log = append(log, "unfriend "+p.name())
			}
		case 1: // connection removed, and unfollowed
			if p.liConn {
				p.liConn, p.liFollow = false, false
				log = append(log, "disconnect "+p.name())
			}
		case 2:
			if p.tw {
				p.tw = false
				log = append(log, "twitter unfollow "+p.name())
			} else if p.twID != "" {
				p.tw = true
				log = append(log, "twitter follow again "+p.name())
			}
		case 3:
			if p.ig {
				p.ig = false
				log = append(log, "instagram unfollow "+p.name())
			} else if p.igHandle != "" {
				p.ig, p.igTS = true, w.moment(from, to).Unix()
				log = append(log, "instagram follow again "+p.name())
			}
		case 4: // unfollow, the tie kept
			if p.fbFriend && p.fbFollow {
				p.fbFollow = false
				log = append(log, "facebook unfollow, still friends "+p.name())
			} else if p.liConn && p.liFollow {
				p.liFollow, p.liFollowUnfollowRow = false, w.r.IntN(2) == 0
				log = append(log, "linkedin unfollow, still connected "+p.name())
			}
		case 5: // follow a friend (connection) again
			if p.fbFriend && !p.fbFollow {
				p.fbFollow, p.fbFollowTS, p.fbRefollowed = true, w.moment(from, to).Unix(), q
				log = append(log, "facebook follow again "+p.name())
			} else if p.liConn && !p.liFollow {
				p.liFollow, p.liFollowDay, p.liRefollowed = true, w.moment(from, to), q
				log = append(log, "linkedin follow again "+p.name())
			}
		case 6: // a new name everywhere
			if p.fbFriend || p.liConn {
				old := p.name()
				p.first, p.last = w.newName()
				log = append(log, "rename "+old+" to "+p.name())
			}
		case 7:
			if p.ig {
				w.handle++
				p.igHandle = qHandle(p.name(), w.handle)
				log = append(log, "instagram rename "+p.name()+" to "+p.igHandle)
			}
		case 8:
			if p.liConn {
				p.liSlug += "-x"
				log = append(log, "linkedin address "+p.name()+" to "+p.liSlug)
			}
		}
	}
	return log
}

// qFBString writes s as Facebook's JSON does: every byte of a non-ASCII
// letter escaped as a code point of its own (mojibake).
func qFBString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < 0x20 || c >= 0x80:
			fmt.Fprintf(&b, "\\u%04x", c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func qWrite(t *testing.T, p, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func qCSV(rows [][]string) string {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.WriteAll(rows)
	return b.String()
}

// exports writes the quarter's exports as zips dated day, into dir, and
// returns their paths.
func (w *qWorld) exports(t *testing.T, dir string, day time.Time, omit qOmit) []string {
	t.Helper()
	var zips []string
	src := filepath.Join(dir, "src")
	mk := func(name, tree string) {
		z := filepath.Join(dir, name)
		if err := writeZip(z, filepath.Join(src, tree), day.Add(9*time.Hour)); err != nil {
			t.Fatal(err)
		}
		zips = append(zips, z)
	}
	if !omit.network["facebook"] {
		var friends, follows []string
		for _, p := range slices.Concat(w.people, w.ns) {
			if p.fbFriend {
				friends = append(friends, fmt.Sprintf("    {\n      \"name\": %s,\n      \"timestamp\": %d\n    }", qFBString(p.name()), p.fbFriendTS))
			}
			if p.fbFollow {
				follows = append(follows, fmt.Sprintf("    {\n      \"name\": %s,\n      \"timestamp\": %d\n    }", qFBString(p.name()), p.fbFollowTS))
			}
		}
		slices.Reverse(friends) // newest first, as Facebook lists them
		slices.Reverse(follows)
		if !omit.fbFriends {
			qWrite(t, filepath.Join(src, "facebook", "connections", "friends", "your_friends.json"),
				"{\n  \"friends_v2\": [\n"+strings.Join(friends, ",\n")+"\n  ]\n}\n")
		}
		if !omit.fbFollows {
			qWrite(t, filepath.Join(src, "facebook", "connections", "followers", "who_you've_followed.json"),
				"{\n  \"following_v3\": [\n"+strings.Join(follows, ",\n")+"\n  ]\n}\n")
		}
		mk("facebook-robinhale-"+day.Format("20060102")+".zip", "facebook")
	}
	if !omit.network["linkedin"] {
		conns := [][]string{{"First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"}}
		follows := [][]string{{"Date", "Status", "FullName"}}
		for _, p := range w.people {
			if p.liConn {
				conns = append(conns, []string{p.first, p.last, "https://www.linkedin.com/in/" + p.liSlug, p.liEmail,
					"Vogt, Berger & Co", "Partner", p.liConnDay.Format("02 Jan 2006")})
			}
			if p.liFollow {
				follows = append(follows, []string{p.liFollowDay.Format(time.DateTime), "Active", p.name()})
			} else if p.liFollowUnfollowRow && p.liConn {
				follows = append(follows, []string{p.liFollowDay.Format(time.DateTime), "Unfollow", p.name()})
			}
		}
		qWrite(t, filepath.Join(src, "linkedin", "Connections.csv"), "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261\"\n\n"+qCSV(conns))
		if !omit.liFollows {
			qWrite(t, filepath.Join(src, "linkedin", "Member_Follows.csv"), qCSV(follows))
		}
		mk("Complete_LinkedInDataExport_"+day.Format("01-02-2006")+".zip", "linkedin")
	}
	if !omit.network["twitter"] {
		var rows []string
		for _, p := range w.people {
			if p.tw {
				rows = append(rows, fmt.Sprintf("  {\n    \"following\" : {\n      \"accountId\" : \"%s\",\n      \"userLink\" : \"https://twitter.com/intent/user?user_id=%s\"\n    }\n  }", p.twID, p.twID))
			}
		}
		slices.Reverse(rows)
		qWrite(t, filepath.Join(src, "twitter", "data", "following.js"), "window.YTD.following.part0 = [\n"+strings.Join(rows, ",\n")+"\n]")
		qWrite(t, filepath.Join(src, "twitter", "data", "account.js"), "window.YTD.account.part0 = [\n  {\n    \"account\" : {\n      \"email\" : \"robin.hale@example.com\",\n      \"createdVia\" : \"web\",\n      \"username\" : \"robinhale\",\n      \"accountId\" : \"1000\",\n      \"createdAt\" : \"2019-05-21T08:12:44.000Z\",\n      \"accountDisplayName\" : \"Robin Hale\"\n    }\n  }\n]")
		mk("twitter-"+day.Format(time.DateOnly)+"-5f1c0e7a9b3d2c4e.zip", "twitter")
	}
	if !omit.network["instagram"] {
		var rows []string
		for _, p := range w.people {
			if p.ig {
				rows = append(rows, fmt.Sprintf("    {\n      \"title\": %q,\n      \"string_list_data\": [\n        {\n          \"href\": \"https://www.instagram.com/_u/%s\",\n          \"timestamp\": %d\n        }\n      ]\n    }", p.igHandle, p.igHandle, p.igTS))
			}
		}
		slices.Reverse(rows)
		qWrite(t, filepath.Join(src, "instagram", "connections", "followers_and_following", "following.json"),
			"{\n  \"relationships_following\": [\n"+strings.Join(rows, ",\n")+"\n  ]\n}")
		mk("instagram-robinhale-"+day.Format(time.DateOnly)+"-AbCdEfGh.zip", "instagram")
	}
	return zips
}

// A qTable is a CSV file read by its header.
type qTable struct {
	bom    bool
	header []string
	rows   [][]string
}

func (tb *qTable) col(name string) int { return slices.Index(tb.header, name) }

func qRead(t *testing.T, p string) *qTable {
	t.Helper()
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return qParse(t, p, data)
}

func qParse(t *testing.T, name string, data []byte) *qTable {
	t.Helper()
	tb := &qTable{}
	if rest, ok := bytes.CutPrefix(data, []byte("\uFEFF")); ok {
		tb.bom, data = true, rest
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if len(recs) == 0 {
		t.Fatalf("%s: empty", name)
	}
	tb.header, tb.rows = recs[0], recs[1:]
	return tb
}

// qKey is an account's ledger key, network:id.
func qKey(network, id string) string { return network + ":" + id }

// keys returns the keys of a table's rows (network and id columns) with
// their person ids.
func (tb *qTable) keys() map[string]string {
	n, id, pid := tb.col("network"), tb.col("id"), tb.col("person_id")
	out := map[string]string{}
	for _, r := range tb.rows {
		out[qKey(r[n], r[id])] = r[pid]
	}
	return out
}

// qRun is what one audit wrote that the invariants read.
type qRun struct {
	keep, unfollow map[string]string // key -> person_id
	history        *qTable
	unfollowed     map[string]bool // history rows found unfollowed (follow cell "unfollowed")
	histPID        map[string]string
	exports        map[string]string // key -> person_id, as import reads the exports
	followed       map[string]int    // runs.csv
	carried        map[string]int    // by history/
	split          map[string]bool   // networks with a friend and its follow split, see qReadRun
}

var qCarriedRe = regexp.MustCompile(`[a-z]+ [a-z_ ]+? \((\d+) accounts?\)`)

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

func qMustRead(t *testing.T, p string) []byte {
	t.Helper()
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func qTableOrNil(t *testing.T, p string) *qTable {
	t.Helper()
	if _, err := os.Stat(p); err != nil {
		return nil
	}
	return qRead(t, p)
}

func qReadRun(t *testing.T, ws string, q int, stdout string, imported *qTable) *qRun {
	t.Helper()
	run := &qRun{unfollowed: map[string]bool{}, histPID: map[string]string{}, followed: map[string]int{}, carried: map[string]int{}}
	run.keep = qRead(t, filepath.Join(ws, "keep.csv")).keys()
	run.unfollow = qRead(t, filepath.Join(ws, "unfollow.csv")).keys()
	hs, _ := filepath.Glob(filepath.Join(ws, "history", fmt.Sprintf("%04d_*.csv", q+1)))
	if len(hs) != 1 {
		t.Fatalf("quarter %d: history files %v", q, hs)
	}
	run.history = qRead(t, hs[0])
	h := run.history
	for _, r := range h.rows {
		k := qKey(r[h.col("network")], r[h.col("id")])
		run.histPID[k] = r[h.col("person_id")]
		if r[h.col("follow")] == "unfollowed" {
			run.unfollowed[k] = true
		}
	}
	run.exports = map[string]string{}
	for _, r := range imported.rows {
		if r[imported.col("relation")] == "follower" {
			continue
		}
		run.exports[qKey(r[imported.col("network")], r[imported.col("id")])] = r[imported.col("person_id")]
	}
	stats := qParse(t, "runs.csv", qMustRead(t, filepath.Join(ws, "history", "runs.csv")))
	for _, row := range stats.rows {
		if row[0] == fmt.Sprintf("%04d", q+1) {
			run.followed[row[stats.col("network")]], _ = strconv.Atoi(row[stats.col("followed")])
		}
	}
	// The accounts carried, by history/: its rows of accounts the exports
	// do not hold, but those found unfollowed (their tie kept) and
	// decided unfollow, which are not followed, and the friends (connections) whose follow is read
	// alone in these exports (a Facebook export without its friends
	// file): the summary's line counts those among the accounts carried
	// ("facebook friend (3 accounts)"), and the follow among the accounts
	// followed, one account twice; docs/limitations-follows.md says the follow is read
	// alone and not new, and the friend carried.
	// So is a follow carried apart (read alone by an audit of an export
	// without the friends file) whose friend these exports hold, the
	// friend's history row naming it in its follow cell.
	// A friend (connection) and its follow split between a list these
	// exports hold and one they lack, never joined by an audit (the
	// follow read alone first, the friend carried, or the friend read
	// new, the follow carried), are two accounts until an export with
	// both lists joins them: one is new, the other carried, and the
	// join counts neither gone nor new. docs/limitations-follows.md says so; the counts are not checked on such a network in
	// that run and the next (names are unique in these exports, so the
	// name tells).
	// So are the two carried, where no audit joined them.
	followOf := map[string]bool{}
	named := map[string]bool{}                  // follows a friend's follow cell names
	relations := map[string]map[string]string{} // network and name -> relation -> id
	for _, r := range h.rows {
		n := r[h.col("network")]
		if f := r[h.col("follow")]; f != "" {
			named[qKey(n, f)] = true
			if _, ok := run.exports[qKey(n, r[h.col("id")])]; ok {
				followOf[qKey(n, f)] = true
			}
		}
		nm := n + " " + audit.FoldName(r[h.col("name")])
		if relations[nm] == nil {
			relations[nm] = map[string]string{}
		}
		relations[nm][r[h.col("relation")]] = r[h.col("id")]
	}
	run.split = map[string]bool{}
	for _, r := range h.rows {
		n := r[h.col("network")]
		k := qKey(n, r[h.col("id")])
		// (A friend found unfollowed whose notes keep it is on keep.csv,
		// counted followed, "follow it again to keep it": carried too.)
		offLists := run.unfollowed[k] && r[h.col("decision")] == "unfollow"
		if _, ok := run.exports[k]; ok || offLists || followOf[k] {
			continue
		}
		if f := r[h.col("follow")]; f != "" {
			// A friend whose follow has a row of its own, read or
			// carried, is that one follow (audit.followedApart).
			if _, ok := run.exports[qKey(n, f)]; ok {
				continue
			}
			if _, ok := run.histPID[qKey(n, f)]; ok {
				continue
			}
			// A friend carried (the exports without the friends file)
			// whose follow they no longer hold: the follow is gone, an
			// unfollow done, and the friend carried, one account
			// counted twice; not checked, as above.
			if f != "unfollowed" {
				run.split[n] = true
			}
		}
		if len(relations[n+" "+audit.FoldName(r[h.col("name")])]) > 1 && !named[k] && r[h.col("follow")] == "" {
			run.split[n] = true
		}
		run.carried[n]++
	}
	summaryCarried := 0
	if _, line, ok := strings.Cut(stdout, "Carried from the last audit that read them, not judged in this run (not in these exports): "); ok {
		line, _, _ = strings.Cut(line, ". They are not counted gone")
		for _, m := range qCarriedRe.FindAllStringSubmatch(line, -1) {
			n, _ := strconv.Atoi(m[1])
			summaryCarried += n
		}
	}
	total := 0
	for _, n := range run.carried {
		total += n
	}
	if total > summaryCarried {
		t.Errorf("quarter %d: history/ carries %d accounts, the summary says %d", q, total, summaryCarried)
	}
	return run
}

// expectedIDs returns, per model account ("network person"), the id the
// network's export gives it, for the files the exports hold.
func (w *qWorld) expectedIDs(omit qOmit) map[string]string {
	out := map[string]string{}
	for _, p := range w.people {
		acct := func(n string) string { return n + " " + p.name() }
		if !omit.network["facebook"] {
			switch {
			case p.fbFriend && !omit.fbFriends:
				out[acct("facebook")] = qKey("facebook", audit.Slug(p.name())+"."+strconv.FormatInt(p.fbFriendTS, 10))
			case p.fbFollow && !omit.fbFollows:
				out[acct("facebook")] = qKey("facebook", audit.Slug(p.name())+"."+strconv.FormatInt(p.fbFollowTS, 10))
			}
		}
		if !omit.network["linkedin"] {
			switch {
			case p.liConn:
				out[acct("linkedin")] = qKey("linkedin", p.liSlug)
			case p.liFollow && !omit.liFollows:
				out[acct("linkedin")] = qKey("linkedin", "follow."+audit.Slug(p.name()))
			}
		}
		if p.tw && !omit.network["twitter"] {
			out[acct("twitter")] = qKey("twitter", p.twID)
		}
		if p.ig && !omit.network["instagram"] {
			out[acct("instagram")] = qKey("instagram", strings.ToLower(p.igHandle))
		}
	}
	// The namesakes: each friend, and the follow, an account of its own.
	for i, p := range w.ns {
		if omit.network["facebook"] {
			break
		}
		if p.fbFriend && !omit.fbFriends {
			out[fmt.Sprintf("facebook friend %s (namesake %d)", p.name(), i)] = qKey("facebook", audit.Slug(p.name())+"."+strconv.FormatInt(p.fbFriendTS, 10))
		}
		if p.fbFollow && !omit.fbFollows {
			out[fmt.Sprintf("facebook follow %s (namesake %d)", p.name(), i)] = qKey("facebook", audit.Slug(p.name())+"."+strconv.FormatInt(p.fbFollowTS, 10))
		}
	}
	return out
}

// byExpectedID maps the expected ids of the friends and connections to
// their people.
func (w *qWorld) byExpectedID() map[string]*qPerson {
	out := map[string]*qPerson{}
	for _, p := range w.people {
		if p.fbFriendTS != 0 {
			out[qKey("facebook", audit.Slug(p.name())+"."+strconv.FormatInt(p.fbFriendTS, 10))] = p
		}
		if p.liSlug != "" {
			out[qKey("linkedin", p.liSlug)] = p
		}
	}
	return out
}

// refollowedSince reports whether the follow of k's friend (connection)
// was added again after quarter q.
func (w *qWorld) refollowedSince(p *qPerson, k string, q int) bool {
	if p == nil {
		return true // renamed since: another account
	}
	if strings.HasPrefix(k, "facebook:") {
		return p.fbRefollowed > q
	}
	return p.liRefollowed > q
}

func qCheckLedger(ledger *qTable, cells map[string]map[string]string, q int, fail func(string, ...any)) {
	if !slices.Contains(ledger.header, "mine") && q > 0 {
		fail("quarter %d: the ledger lost the column the test added: %q", q, ledger.header)
	}
	pid := ledger.col("person_id")
	rows := map[string][]string{}
	for _, r := range ledger.rows {
		if len(r) != len(ledger.header) {
			fail("quarter %d: ledger row of %d cells under a header of %d: %q", q, len(r), len(ledger.header), r)
			continue
		}
		rows[r[pid]] = r
	}
	for id, cs := range cells {
		r, ok := rows[id]
		if !ok {
			fail("quarter %d: ledger row %s, with cells the test wrote, is gone", q, id)
			continue
		}
		for c, v := range cs {
			if i := ledger.col(c); i < 0 || r[i] != v {
				got := ""
				if i >= 0 {
					got = r[i]
				}
				fail("quarter %d: ledger row %s, column %s: %q, the test wrote %q", q, id, c, got, v)
			}
		}
	}
}

// qEditLedger edits the ledger as a person would, and writes it back in
// the form it was read in (a byte order mark, commas, LF).
func qEditLedger(t *testing.T, r *rand.Rand, ws string, ledger *qTable, cells map[string]map[string]string,
	moved map[string]string, exempt map[string]bool, asOf time.Time) []string {
	t.Helper()
	var log []string
	if !slices.Contains(ledger.header, "mine") {
		ledger.header = append(ledger.header, "mine")
		for i := range ledger.rows {
			ledger.rows[i] = append(ledger.rows[i], "")
		}
	}
	pid, accts := ledger.col("person_id"), ledger.col("accounts")
	set := func(row []string, col, v string) {
		row[ledger.col(col)] = v
		if cells[row[pid]] == nil {
			cells[row[pid]] = map[string]string{}
		}
		cells[row[pid]][col] = v
		log = append(log, fmt.Sprintf("ledger %s %s %s = %q", row[pid], row[ledger.col("name")], col, v))
	}
	n := len(ledger.rows)
	if n == 0 {
		return log
	}
	for range 1 + r.IntN(n) {
		row := ledger.rows[r.IntN(n)]
		switch r.IntN(8) {
		case 0, 1:
			d := asOf.AddDate(0, 0, -r.IntN(730))
			v := d.Format(time.DateOnly)
			if r.IntN(4) == 0 {
				v = d.Format("2006-01")
				if d.Format("2006-01") == asOf.Format("2006-01") {
					v = d.Format(time.DateOnly)
				}
			}
			set(row, "last_met", v)
		case 2:
			set(row, "toxic", []string{"yes", "x", "no", ""}[r.IntN(4)])
		case 3:
			set(row, "inspiring", []string{"yes", "Y", "oui", "0"}[r.IntN(4)])
		case 4:
			set(row, "unsure", []string{"1", "true", ""}[r.IntN(3)])
		case 5:
			set(row, "relationship", []string{"friend", "family", "colleague", "Cousin"}[r.IntN(4)])
		case 6:
			set(row, "note", []string{"met at the café, \"Le Zinc\"", "line one\nline two", "  spaces  ", "ask about ø"}[r.IntN(4)])
		case 7:
			set(row, "mine", fmt.Sprintf("q%s #%d", asOf.Format("2006-01"), r.IntN(100)))
		}
	}
	// Move a key from a row of several to another row.
	if r.IntN(3) == 0 {
		for _, i := range r.Perm(n) {
			keys := strings.Split(ledger.rows[i][accts], ";")
			if len(keys) < 2 {
				continue
			}
			j := r.IntN(n)
			if j == i {
				break
			}
			k := keys[r.IntN(len(keys))]
			ledger.rows[i][accts] = strings.Join(slices.DeleteFunc(keys, func(s string) bool { return s == k }), ";")
			ledger.rows[j][accts] += ";" + k
			if ledger.rows[j][accts] == ";"+k {
				ledger.rows[j][accts] = k
			}
			moved[k] = ledger.rows[j][pid]
			log = append(log, fmt.Sprintf("ledger move %s from %s to %s", k, ledger.rows[i][pid], ledger.rows[j][pid]))
			break
		}
	}
	// Delete a row.
	if r.IntN(4) == 0 {
		i := r.IntN(n)
		row := ledger.rows[i]
		for _, k := range strings.Split(row[accts], ";") {
			if _, ok := moved[k]; !ok {
				exempt[k] = true
			}
		}
		for k, to := range moved {
			if to == row[pid] {
				delete(moved, k)
				exempt[k] = true
			}
		}
		delete(cells, row[pid])
		ledger.rows = slices.Delete(ledger.rows, i, i+1)
		log = append(log, fmt.Sprintf("ledger delete %s %s", row[pid], row[accts]))
	}
	var b bytes.Buffer
	if ledger.bom {
		b.WriteString("\uFEFF")
	}
	cw := csv.NewWriter(&b)
	cw.Write(ledger.header)
	cw.WriteAll(ledger.rows)
	if err := os.WriteFile(filepath.Join(ws, "ledger.csv"), b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return log
}
