package main

// The invented world of the quarterly property test (see
// TestQuarterlyInvariants): its people, the quarter's changes at random,
// the exports written of it, and the accounts they should give.

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
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
