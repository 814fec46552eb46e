// Package synth writes synthetic social-network exports of any size, shaped
// like the real files (see the importers' fixtures), for benchmarks and the
// gen-exports command. Every name is invented; output is deterministic for
// a given size and seed.
package synth

import (
	"archive/zip"
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

var (
	firstNames = []string{"Amélie", "Bruno", "Chloé", "Dmitri", "Émile", "Fatima", "Greta", "Hiro", "Inès",
		"Jonas", "Kwame", "Léa", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Søren", "Thảo",
		"Ulla", "Victor", "Wiebke", "Xavier", "Yuki", "Zoë", "Ana", "Ben", "Carla", "David"}
	lastNames = []string{"Durand", "Keller", "Martin", "Sokolov", "Zola-Bernard", "Rahman", "Lindqvist",
		"Tanaka", "Moreau", "Thal", "Mensah", "Nguyễn", "García", "Okafor", "Müller", "Nayak", "O'Brien",
		"Kowalczyk", "Østergaard", "Rossi", "Brontë", "da Silva", "Ivanova", "Chen", "Haddad", "Novák"}
	companies = []string{"Atelier Durand", "Acme Robotics", "Northwind Traders, Inc.", "Lumen, Inc", "Société Générale d'Études",
		"Blue Ocean Labs", "Müller & Söhne GmbH", "Freelance", ""}
	positions = []string{"Designer", "Senior Engineer, Platform", "Head of Sales", "CEO", "Data Scientist",
		"Product Manager, Growth", "Consultant", "Développeuse", ""}
)

// name returns the i-th person's first and last name: the combination is
// spread so that most full names in a large file are unique, as in life.
func name(r *rand.Rand) (string, string) {
	return firstNames[r.IntN(len(firstNames))], lastNames[r.IntN(len(lastNames))] + suffix(r)
}

// Names returns n full names ("First Last") drawn like the names in the
// exports, for benchmarks that build accounts in memory.
func Names(n int, seed uint64) []string {
	r := rand.New(rand.NewPCG(seed, 4))
	out := make([]string, n)
	for i := range out {
		first, last := name(r)
		out[i] = first + " " + last
	}
	return out
}

// suffix adds a middle initial-like token to most names, so that a large
// list is not made of a few hundred repeated names.
func suffix(r *rand.Rand) string {
	if r.IntN(10) == 0 {
		return ""
	}
	return fmt.Sprintf("-%c%c%c", 'A'+r.IntN(26), 'a'+r.IntN(26), 'a'+r.IntN(26))
}

func csvField(s string) string {
	if strings.ContainsAny(s, ",\"\n\r") {
		return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
	}
	return s
}

// LinkedInConnections writes a current-form Connections.csv with n rows:
// the Notes preamble, accented names, quoted commas, 20% e-mails, and one
// hidden member row in 500.
func LinkedInConnections(w io.Writer, n int, seed uint64) error {
	r := rand.New(rand.NewPCG(seed, 1))
	bw := bufio.NewWriterSize(w, 1<<20)
	bw.WriteString("Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261\"\n\n")
	bw.WriteString("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n")
	start := time.Date(2012, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		day := start.AddDate(0, 0, r.IntN(5400)).Format("02 Jan 2006")
		if i%500 == 499 {
			fmt.Fprintf(bw, ",,,,,,%s\n", day)
			continue
		}
		first, last := name(r)
		slug := fmt.Sprintf("%s-%s-%x", asciiSlug(first), asciiSlug(last), i)
		email := ""
		if r.IntN(5) == 0 {
			email = fmt.Sprintf("%s.%x@example.org", asciiSlug(first), i)
		}
		fmt.Fprintf(bw, "%s,%s,https://www.linkedin.com/in/%s,%s,%s,%s,%s\n", csvField(first), csvField(last), slug, email,
			csvField(companies[r.IntN(len(companies))]), csvField(positions[r.IntN(len(positions))]), day)
	}
	return bw.Flush()
}

// asciiSlug lower-cases s and keeps ASCII letters and digits.
func asciiSlug(s string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(s) {
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			b.WriteRune(c)
		case c > 127:
			b.WriteByte('x')
		}
	}
	return b.String()
}

// TwitterFollows writes a data/following.js or data/follower.js (kind is
// "following" or "follower") with n accounts whose ids start at base.
func TwitterFollows(w io.Writer, kind string, n int, base int64) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	fmt.Fprintf(bw, "window.YTD.%s.part0 = [", kind)
	for i := range n {
		if i > 0 {
			bw.WriteByte(',')
		}
		id := base + int64(i)
		fmt.Fprintf(bw, "\n  {\n    \"%s\" : {\n      \"accountId\" : \"%d\",\n      \"userLink\" : \"https://twitter.com/intent/user?user_id=%d\"\n    }\n  }", kind, id, id)
	}
	if n == 0 {
		bw.WriteString(" ]\n")
	} else {
		bw.WriteString("\n]\n")
	}
	return bw.Flush()
}

// TwitterBaseID is the first account id of the accounts TwitterArchive
// writes.
const TwitterBaseID = 1000000000

// TwitterArchive writes an unzipped Twitter/X archive folder: dir/data/
// following.js with following accounts, follower.js with followers
// accounts (half of the accounts followed follow back, the rest are
// accounts not followed) and tweets.js with tweets, each mentioning an
// account followed.
func TwitterArchive(dir string, following, followers, tweets int, seed uint64) error {
	data := filepath.Join(dir, "data")
	if err := os.MkdirAll(data, 0o755); err != nil {
		return err
	}
	if err := CreateFile(filepath.Join(data, "following.js"), func(w io.Writer) error {
		return TwitterFollows(w, "following", following, TwitterBaseID)
	}); err != nil {
		return err
	}
	if err := CreateFile(filepath.Join(data, "follower.js"), func(w io.Writer) error {
		return TwitterFollows(w, "follower", followers, TwitterBaseID+int64(following/2))
	}); err != nil {
		return err
	}
	return CreateFile(filepath.Join(data, "tweets.js"), func(w io.Writer) error {
		return TwitterTweets(w, tweets, TwitterBaseID, following, seed)
	})
}

// CreateFile creates path (and its folder) and fills it with fn.
func CreateFile(path string, fn func(io.Writer) error) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := fn(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// TwitterTweets writes a data/tweets.js with n tweets, each mentioning one
// of the accounts base..base+accounts-1.
func TwitterTweets(w io.Writer, n int, base int64, accounts int, seed uint64) error {
	r := rand.New(rand.NewPCG(seed, 2))
	bw := bufio.NewWriterSize(w, 1<<20)
	bw.WriteString("window.YTD.tweets.part0 = [")
	t0 := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		if i > 0 {
			bw.WriteByte(',')
		}
		id := base + int64(r.IntN(max(accounts, 1)))
		first, last := name(r)
		created := t0.Add(time.Duration(i) * time.Hour).Format(time.RubyDate)
		fmt.Fprintf(bw, `
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "%[1]d"
          ],
          "editableUntil" : "2024-01-01T00:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "%[2]s %[3]s",
            "screen_name" : "user%[4]d",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "%[4]d",
            "id" : "%[4]d"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "%[1]d",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "%[1]d",
      "created_at" : "%[5]s",
      "favorited" : false,
      "full_text" : "@user%[4]d merci pour la conférence !",
      "lang" : "fr"
    }
  }`, 1700000000000000000+int64(i), first, last, id, created)
	}
	bw.WriteString("\n]\n")
	return bw.Flush()
}

// FacebookFriends writes a 2023+ connections/friends/your_friends.json with
// n friends, in Meta's mojibake encoding.
func FacebookFriends(w io.Writer, key string, n int, seed uint64) error {
	r := rand.New(rand.NewPCG(seed, 3))
	bw := bufio.NewWriterSize(w, 1<<20)
	fmt.Fprintf(bw, "{\n  \"%s\": [", key)
	for i := range n {
		if i > 0 {
			bw.WriteByte(',')
		}
		first, last := name(r)
		fmt.Fprintf(bw, "\n    {\n      \"name\": \"%s\",\n      \"timestamp\": %d\n    }", mojibake(first+" "+last), 1400000000+r.IntN(380000000))
	}
	bw.WriteString("\n  ]\n}\n")
	return bw.Flush()
}

// mojibake escapes s the way Meta's exports do: each UTF-8 byte of a
// non-ASCII character as a \u00XX escape.
func mojibake(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			fmt.Fprintf(&b, `\u00%02x`, c)
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// FacebookZip writes a 2023+ Facebook export archive: friends and following
// lists of the given sizes, and media entries (stored, not compressed, as
// Meta ships photos and videos) adding up to mediaBytes.
func FacebookZip(w io.Writer, friends, following int, mediaBytes int64, seed uint64) error {
	zw := zip.NewWriter(w)
	t := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	add := func(name string, method uint16, fn func(io.Writer) error) error {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: method, Modified: t})
		if err != nil {
			return err
		}
		return fn(fw)
	}
	if err := add("connections/friends/your_friends.json", zip.Deflate, func(w io.Writer) error {
		return FacebookFriends(w, "friends_v2", friends, seed)
	}); err != nil {
		return err
	}
	if err := add("connections/followers/who_you've_followed.json", zip.Deflate, func(w io.Writer) error {
		return FacebookFriends(w, "following_v3", following, seed+1)
	}); err != nil {
		return err
	}
	const chunk = 256 << 20
	block := make([]byte, 1<<20)
	for i := range block {
		block[i] = byte(i * 7)
	}
	for i := 0; mediaBytes > 0; i++ {
		size := min(mediaBytes, chunk)
		mediaBytes -= size
		name := fmt.Sprintf("your_facebook_activity/posts/media/Album_%d/video_%d.mp4", i/4, i)
		if err := add(name, zip.Store, func(w io.Writer) error {
			for left := size; left > 0; {
				n := min(left, int64(len(block)))
				if _, err := w.Write(block[:n]); err != nil {
					return err
				}
				left -= n
			}
			return nil
		}); err != nil {
			return err
		}
	}
	return zw.Close()
}

// AnnotateLedger copies a ledger.csv written by the audit command from r to
// w, filling in cells here and there as a person would after a first run:
// when they last met one person in 50 (a month of 2023 to 2025), inspiring
// one in 70, supplier one in 90, toxic one in 500, friend one in 300, and a
// note one in 120. The person's grouping and every other cell stay as
// they are.
func AnnotateLedger(r io.Reader, w io.Writer) error {
	cr := csv.NewReader(bufio.NewReaderSize(r, 1<<20))
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	bw := bufio.NewWriterSize(w, 1<<20)
	cw := csv.NewWriter(bw)
	header, err := cr.Read()
	if err != nil {
		return fmt.Errorf("ledger: %v", err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	for _, c := range []string{"last_met", "inspiring", "supplier", "toxic", "relationship", "note"} {
		if _, ok := col[c]; !ok {
			return fmt.Errorf("ledger: no %s column", c)
		}
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	for i := 0; ; i++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("ledger: %v", err)
		}
		set := func(c, v string) {
			if j := col[c]; j < len(rec) {
				rec[j] = v
			}
		}
		switch {
		case i%50 == 0:
			set("last_met", fmt.Sprintf("%d-%02d", 2023+i%3, 1+i%12))
		case i%70 == 1:
			set("inspiring", "yes")
		case i%90 == 2:
			set("supplier", "x")
		case i%500 == 3:
			set("toxic", "yes")
		}
		if i%300 == 0 {
			set("relationship", "friend")
		}
		if i%120 == 0 {
			set("note", `met at the Lyon meetup, works on "Atelier"`)
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}
