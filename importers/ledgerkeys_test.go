package importers

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/bench/synth"
)

// Every id the importers make is a ledger key the ledger reads back as
// itself: the keys the person copies from the reports, and those the tool
// writes, are never refused or changed by the ledger's reading of keys
// typed by hand (lower case, no @, no web address or separator).
func TestImportedIDsAreLedgerKeys(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "sample", "*"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no sample exports: %v", err)
	}
	// LinkedIn's ids made from names outside ASCII, which no sample has:
	// read back escaped as a profile URL's, they once matched nothing.
	li := filepath.Join(t.TempDir(), "linkedin")
	for name, text := range map[string]string{
		"Connections.csv": "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\n" +
			"First Name,Last Name,Email Address,Company,Position,Connected On\nÅsa,Nørgaard,,,,05 Jan 2019\nThảo,Nguyễn,,,,06 Feb 2020\n",
		"Member_Follows.csv":  "Date,Status,FullName\n2025-01-20 10:02:11,Active,Søren Ås\n",
		"Company Follows.csv": "Organization,Followed On\nBjørn Design,Mon Jan 20 10:02:11 UTC 2025\n",
	} {
		writeFile(t, filepath.Join(li, name), text)
	}
	// And Facebook's, from a few hundred invented names (Søren, Østergaard,
	// Nguyễn), in place of the sample's few.
	fb := filepath.Join(t.TempDir(), "facebook.zip")
	if err := synth.CreateFile(fb, func(w io.Writer) error { return synth.FacebookZip(w, 300, 100, 0, 1) }); err != nil {
		t.Fatal(err)
	}
	// One export more per network, made of the ids that are hard to read
	// back: see keyFixtures.
	extra := keyFixtures(t)
	paths = slices.DeleteFunc(paths, func(p string) bool {
		base := filepath.Base(p)
		return strings.Contains(base, "LinkedIn") || strings.HasPrefix(base, "facebook-")
	})
	paths = append(paths, li, fb)
	accs, _, err := Read(paths, Options{}, All())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range extra { // each alone: one export per network is read at a time
		more, _, err := Read([]string{p}, Options{}, All())
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		accs = append(accs, more...)
	}
	var b strings.Builder
	b.WriteString("person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note\n")
	var keys []string
	for i, a := range accs {
		k := a.Key()
		if strings.ContainsAny(k, ",\"\n") {
			t.Fatalf("key %q would need quoting in a CSV cell", k)
		}
		if slices.Contains(keys, k) {
			continue
		}
		keys = append(keys, k)
		fmt.Fprintf(&b, "p%012x,,%s,,,,,,,\n", i+1, k)
	}
	l, err := audit.ReadLedger(strings.NewReader(b.String()), "ledger.csv", audit.NewDate(2026, 11, 25))
	if err != nil {
		t.Fatalf("the imported ids as ledger keys: %v", err)
	}
	var got []string
	for _, r := range l.Rows() {
		got = slices.AppendSeq(got, r.Accounts())
	}
	if !slices.Equal(got, keys) {
		for i := range min(len(got), len(keys)) {
			if got[i] != keys[i] {
				t.Errorf("key %q read back as %q", keys[i], got[i])
			}
		}
		t.Fatalf("%d keys read back, want %d", len(got), len(keys))
	}
	if len(keys) < 40 {
		t.Errorf("only %d keys in the samples: the test proves little", len(keys))
	}
}

// keyFixtures writes one invented export per network, each shaped as the
// real ones, of the ids an importer makes that the ledger's reading of
// typed keys could change: LinkedIn profile addresses with lower-case hex
// escapes, raw letters outside ASCII, capitals and dots, namesakes (~2)
// of every kind of id made from a name; Facebook names (mojibake, as the
// exports write them) in the letters Slug keeps (ø, ł, Greek, Cyrillic,
// CJK, Cherokee) or spells otherwise (ß); Mastodon addresses with an
// internationalised domain, raw and xn--, capitals and a port; Instagram
// usernames with dots, underscores and capitals; YouTube channel ids of
// both cases.
func keyFixtures(t *testing.T) []string {
	dir := t.TempDir()
	li := filepath.Join(dir, "linkedin-urls")
	writeFile(t, filepath.Join(li, "Connections.csv"), "Notes:\n"+
		"\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\n"+
		"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"+
		"Søren,Ås,https://www.linkedin.com/in/s%c3%b8ren-%c3%a5s-4f2,,,,05 Jan 2024\n"+
		"Seán,Ó Briain,https://www.linkedin.com/in/seán-ó-briain,,,,06 Jan 2024\n"+
		"Ken,O'Brien,https://www.linkedin.com/in/Ken-O%E2%80%99Brien-12AB/,,,,07 Jan 2024\n"+
		"Wei,Wang,https://www.linkedin.com/in/王伟-1a2b?trk=people,,,,08 Jan 2024\n"+
		"Ada,Lovelace,https://www.linkedin.com/in/Ada.Lovelace~x,,,,09 Jan 2024\n"+
		"Ꭰ,Ꮳ,https://www.linkedin.com/in/ꭰ-ꮳ-77,,,,10 Jan 2024\n")
	old := filepath.Join(dir, "linkedin-names")
	for name, text := range map[string]string{
		"Connections.csv": "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\n" +
			"First Name,Last Name,Email Address,Company,Position,Connected On\n" +
			"Chloé,Martin,,,,19 Jan 2024\nChloe,Martin,,,,19 Jan 2024\nŁukasz,Wałęsa,,,,\nŁukasz,Wałęsa,,,,\n" +
			"Γιώργος,Παπαδόπουλος,,,,03 Mar 2021\nꮳꮃꭹ,Ꮎ,,,,04 Mar 2021\nᏣᎳᎩ,Ꮎ,,,,04 Mar 2021\n",
		"Member_Follows.csv": "Date,Status,FullName\n2025-01-20 10:02:11,Active,Jürgen Weiß\n2025-01-21 10:02:11,Active,Jürgen Weiß\n" +
			"2025-01-22 10:02:11,Active,ꮎꮧ Ꮿ\n2025-01-23 10:02:11,Active,Дмитрий Смирнов\n",
		"Company Follows.csv": "Organization,Followed On\nBjørn Design,Mon Jan 20 10:02:11 UTC 2025\nBjørn Design,Tue Jan 21 10:02:11 UTC 2025\n",
	} {
		writeFile(t, filepath.Join(old, name), text)
	}

	// Facebook writes every byte outside ASCII as a \u00XX escape.
	mojibake := func(s string) string {
		var b strings.Builder
		b.WriteByte('"')
		for i := 0; i < len(s); i++ {
			if c := s[i]; c >= 0x80 {
				fmt.Fprintf(&b, "\\u%04x", c)
			} else {
				b.WriteByte(c)
			}
		}
		b.WriteByte('"')
		return b.String()
	}
	fb := filepath.Join(dir, "facebook-keys")
	var friends, followers []string
	for i, name := range []string{"Søren Østergaard", "Jürgen Weiß", "Łukasz Wałęsa", "Γιώργος Παπαδόπουλος",
		"Дмитрий Смирнов", "王小明", "ᏣᎳᎩ Ꮎ", "ꮳꮃꭹ ꮎ", "Zoë Ångström", "Nguyễn Thị Thảo", "Nguyễn Thị Thảo"} {
		friends = append(friends, fmt.Sprintf(`    {"name": %s, "timestamp": %d}`, mojibake(name), 1588291200+i%10))
	}
	for _, name := range []string{"Ἀλέξανδρος", "Ἀλέξανδρος", "Ꮳ Ꮃ", "Ꮳ Ꮃ", "ꮳ ꮃ", "Straße"} {
		followers = append(followers, fmt.Sprintf(`    {"name": %s}`, mojibake(name)))
	}
	writeFile(t, filepath.Join(fb, "connections", "friends", "your_friends.json"),
		"{\n  \"friends_v2\": [\n"+strings.Join(friends, ",\n")+"\n  ]\n}\n")
	writeFile(t, filepath.Join(fb, "connections", "followers", "people_who_followed_you.json"),
		"{\n  \"followers_v3\": [\n"+strings.Join(followers, ",\n")+"\n  ]\n}\n")

	md := filepath.Join(dir, "mastodon", "following_accounts.csv")
	writeFile(t, md, "Account address,Show boosts,Notify on new posts,Languages\n"+
		"@nare@թութ.հայ,true,false,\nnare@xn--69aa8bzb.xn--y9a3aq,true,false,\nSøren@Mastodon.Social,true,false,\n"+
		"kai,true,false,\ndev@localhost:3000,true,false,\nΩmega@ΕΛΛΑΣ.gr,true,false,\nElla@Bücher.Example,true,false,\n")

	ig := filepath.Join(dir, "instagram-keys", "connections", "followers_and_following")
	var follows []string
	for i, u := range []string{"Jo.Doe_", "__a.b__", "A_B.C", "x.y.z", "_9"} {
		follows = append(follows, fmt.Sprintf(`    {"title": "", "media_list_data": [], "string_list_data": [{"href": "https://www.instagram.com/%s", "value": %s, "timestamp": %d}]}`,
			u, mustJSON(t, u), 1720213210+i))
	}
	writeFile(t, filepath.Join(ig, "following.json"), "{\n  \"relationships_following\": [\n"+strings.Join(follows, ",\n")+"\n  ]\n}\n")
	writeFile(t, filepath.Join(ig, "followers_1.json"), `[
  {"title": "", "media_list_data": [], "string_list_data": [{"href": "https://www.instagram.com/Mo_.Ra", "value": "Mo_.Ra", "timestamp": 1720213299}]}
]
`)

	yt := filepath.Join(dir, "takeout-keys", "Takeout", "YouTube and YouTube Music", "subscriptions", "subscriptions.csv")
	writeFile(t, yt, "Channel Id,Channel Url,Channel Title\n"+
		"UCabcdefghijklmnopqrstuv,http://www.youtube.com/channel/UCabcdefghijklmnopqrstuv,Small\n"+
		"UCABCDEFGHIJKLMNOPQRSTUV,http://www.youtube.com/channel/UCABCDEFGHIJKLMNOPQRSTUV,Big\n"+
		"UC-lHJZR3Gqxm24_Vd_AJ5Yw,http://www.youtube.com/channel/UC-lHJZR3Gqxm24_Vd_AJ5Yw,\"Dash, Under\"\n\n")
	return []string{li, old, fb, filepath.Dir(md), filepath.Join(dir, "instagram-keys"), filepath.Join(dir, "takeout-keys")}
}

func mustJSON(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
