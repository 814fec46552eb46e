package importers

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

const (
	mdHdr    = "Account address,Show boosts,Notify on new posts,Languages\n"
	mdHdrOld = "Account address,Show boosts\n"
	mdSrc    = "export.zip!following_accounts.csv"
)

// mdCurrent is following_accounts.csv as Mastodon 4.x writes it.
const mdCurrent = mdHdr +
	"jonas_thal@fosstodon.org,true,true,\n" +
	"amelie_d@mastodon.social,true,false,\"en, fr\"\n" +
	"weekly_digest@botsin.space,false,false,\n"

// mdAcc is a followed account with the handle user@domain as written.
func mdAcc(id, handle, url, src string, extra map[string]string) audit.Account {
	return audit.Account{Network: audit.Mastodon, Relation: audit.Following, ID: id, Handle: handle,
		ProfileURL: url, Source: src, Extra: extra}
}

// mdSet is the Extra of a row with all three columns.
func mdSet(boosts, notify, langs string) map[string]string {
	return map[string]string{"show_boosts": boosts, "notify": notify, "languages": langs}
}

var mdCurrentWant = []audit.Account{
	mdAcc("jonas_thal@fosstodon.org", "jonas_thal@fosstodon.org", "https://fosstodon.org/@jonas_thal", mdSrc, mdSet("true", "true", "")),
	mdAcc("amelie_d@mastodon.social", "amelie_d@mastodon.social", "https://mastodon.social/@amelie_d", mdSrc, mdSet("true", "false", "en, fr")),
	mdAcc("weekly_digest@botsin.space", "weekly_digest@botsin.space", "https://botsin.space/@weekly_digest", mdSrc, mdSet("false", "false", "")),
}

func TestMastodonImport(t *testing.T) {
	old := func(v string) map[string]string { return map[string]string{"show_boosts": v} }
	tests := []struct {
		name  string
		files func() []*File
		want  []audit.Account
	}{{
		name:  "current form",
		files: func() []*File { return []*File{memFile("following_accounts.csv", mdCurrent)} },
		want:  mdCurrentWant,
	}, {
		name: "pre-4.0 form: two columns",
		files: func() []*File {
			return []*File{memFile("following_accounts.csv", mdHdrOld+"jonas_thal@fosstodon.org,true\neve@example.com,false\n")}
		},
		want: []audit.Account{
			mdAcc("jonas_thal@fosstodon.org", "jonas_thal@fosstodon.org", "https://fosstodon.org/@jonas_thal", mdSrc, old("true")),
			mdAcc("eve@example.com", "eve@example.com", "https://example.com/@eve", mdSrc, old("false")),
		},
	}, {
		name: "oldest form: no header, one column, blank lines",
		files: func() []*File {
			return []*File{memFile("following_accounts.csv", "\njonas_thal@fosstodon.org\n\namelie_d@mastodon.social\n\n\n")}
		},
		want: []audit.Account{
			mdAcc("jonas_thal@fosstodon.org", "jonas_thal@fosstodon.org", "https://fosstodon.org/@jonas_thal", mdSrc, nil),
			mdAcc("amelie_d@mastodon.social", "amelie_d@mastodon.social", "https://mastodon.social/@amelie_d", mdSrc, nil),
		},
	}, {
		name: "leading @, spaces around the address, mixed case",
		files: func() []*File {
			return []*File{memFile("following_accounts.csv", mdHdr+"@amelie_d@mastodon.social,true,false,\n  @KaiBrenner@Mastodon.Online ,true,false,\n")}
		},
		want: []audit.Account{
			mdAcc("amelie_d@mastodon.social", "amelie_d@mastodon.social", "https://mastodon.social/@amelie_d", mdSrc, mdSet("true", "false", "")),
			mdAcc("kaibrenner@mastodon.online", "KaiBrenner@Mastodon.Online", "https://Mastodon.Online/@KaiBrenner", mdSrc, mdSet("true", "false", "")),
		},
	}, {
		// As Mastodon writes them (xn--), with its header.
		name: "internationalised domain names in their xn-- form",
		files: func() []*File {
			return []*File{memFile("following_accounts.csv", mdHdr+"nare@xn--69aa8bzb.xn--y9a3aq,true,false,\nravi@xn--p1b6ci4b4b3a.xn--h2brj9c,true,false,hi\n")}
		},
		want: []audit.Account{
			mdAcc("nare@xn--69aa8bzb.xn--y9a3aq", "nare@xn--69aa8bzb.xn--y9a3aq", "https://xn--69aa8bzb.xn--y9a3aq/@nare", mdSrc, mdSet("true", "false", "")),
			mdAcc("ravi@xn--p1b6ci4b4b3a.xn--h2brj9c", "ravi@xn--p1b6ci4b4b3a.xn--h2brj9c", "https://xn--p1b6ci4b4b3a.xn--h2brj9c/@ravi", mdSrc, mdSet("true", "false", "hi")),
		},
	}, {
		// Another server's software, or a file edited by hand: the id is
		// the xn-- form Mastodon writes, so that either form is one
		// account; the handle and link are as written.
		name: "internationalised domain names in Unicode, ids in the xn-- form",
		files: func() []*File {
			return []*File{memFile("following_accounts.csv", "@nare@թութ.հայ\nAni@Bücher.Example\nravi@उदाहरण.भारत\nnare@xn--69aa8bzb.xn--y9a3aq\nlea@-թութ.հայ\n")}
		},
		want: []audit.Account{
			mdAcc("nare@xn--69aa8bzb.xn--y9a3aq", "nare@թութ.հայ", "https://թութ.հայ/@nare", mdSrc, nil),
			mdAcc("ani@xn--bcher-kva.example", "Ani@Bücher.Example", "https://Bücher.Example/@Ani", mdSrc, nil),
			mdAcc("ravi@xn--p1b6ci4b4b3a.xn--h2brj9c", "ravi@उदाहरण.भारत", "https://उदाहरण.भारत/@ravi", mdSrc, nil),
			// nare@xn--69aa8bzb.xn--y9a3aq is the first row's account.
			// A domain the conversion refuses (a label starting with a
			// hyphen) is kept as written.
			mdAcc("lea@-թութ.հայ", "lea@-թութ.հայ", "https://-թութ.հայ/@lea", mdSrc, nil),
		},
	}, {
		name: "accounts without a domain are of the exporting server",
		files: func() []*File {
			return []*File{memFile("following_accounts.csv", mdHdrOld+"bob,true\n@Carol,false\nbob@example.com,true\n")}
		},
		want: []audit.Account{
			mdAcc("bob", "bob", "", mdSrc, old("true")),
			mdAcc("carol", "Carol", "", mdSrc, old("false")),
			mdAcc("bob@example.com", "bob@example.com", "https://example.com/@bob", mdSrc, old("true")),
		},
	}, {
		name: "blank lines and blank rows between rows",
		files: func() []*File {
			return []*File{memFile("following_accounts.csv", "\n\n"+mdHdr+"\nuser@example.com,true,false,\n\n,,,\n   \nuser@test.com,true,true,\"en,fr\"\n\n")}
		},
		want: []audit.Account{
			mdAcc("user@example.com", "user@example.com", "https://example.com/@user", mdSrc, mdSet("true", "false", "")),
			mdAcc("user@test.com", "user@test.com", "https://test.com/@user", mdSrc, mdSet("true", "true", "en,fr")),
		},
	}, {
		name: "languages: one, several with or without spaces, kept raw",
		files: func() []*File {
			return []*File{memFile("following_accounts.csv", mdHdr+
				"a@example.com,true,false,fr\n"+
				"b@example.com,true,false,\"en,fr\"\n"+
				"c@example.com,true,false,\"en, fr\"\n"+
				"d@example.com,TRUE,False,\" en,  pt-BR \"\n")}
		},
		want: []audit.Account{
			mdAcc("a@example.com", "a@example.com", "https://example.com/@a", mdSrc, mdSet("true", "false", "fr")),
			mdAcc("b@example.com", "b@example.com", "https://example.com/@b", mdSrc, mdSet("true", "false", "en,fr")),
			mdAcc("c@example.com", "c@example.com", "https://example.com/@c", mdSrc, mdSet("true", "false", "en, fr")),
			mdAcc("d@example.com", "d@example.com", "https://example.com/@d", mdSrc, mdSet("TRUE", "False", " en,  pt-BR ")),
		},
	}, {
		name: "empty settings are the server's defaults",
		files: func() []*File {
			return []*File{memFile("following_accounts.csv", mdHdr+"a@example.com,,,\n")}
		},
		want: []audit.Account{mdAcc("a@example.com", "a@example.com", "https://example.com/@a", mdSrc, mdSet("", "", ""))},
	}, {
		name: "BOM and CRLF",
		files: func() []*File {
			return []*File{memFile("following_accounts.csv", "\ufeff"+strings.ReplaceAll(mdCurrent, "\n", "\r\n"))}
		},
		want: mdCurrentWant,
	}, {
		name: "BOM before the header-less form, no final newline",
		files: func() []*File {
			return []*File{memFile("following_accounts.csv", "\ufeffjonas_thal@fosstodon.org\r\namelie_d@mastodon.social")}
		},
		want: []audit.Account{
			mdAcc("jonas_thal@fosstodon.org", "jonas_thal@fosstodon.org", "https://fosstodon.org/@jonas_thal", mdSrc, nil),
			mdAcc("amelie_d@mastodon.social", "amelie_d@mastodon.social", "https://mastodon.social/@amelie_d", mdSrc, nil),
		},
	}, {
		name: "header re-saved by a spreadsheet: quoted, columns reordered, an unknown column",
		files: func() []*File {
			return []*File{memFile("following_accounts.csv", `"Languages","Account address","Note","Show boosts"`+"\r\n"+
				`"de","lena@example.de","met at FOSDEM","false"`+"\r\n")}
		},
		want: []audit.Account{
			mdAcc("lena@example.de", "lena@example.de", "https://example.de/@lena", mdSrc,
				map[string]string{"show_boosts": "false", "languages": "de"}),
		},
	}, {
		name: "header only: no account",
		files: func() []*File {
			return []*File{memFile("following_accounts.csv", mdHdr)}
		},
		want: []audit.Account{},
	}, {
		name: "a development server's port",
		files: func() []*File {
			return []*File{memFile("following_accounts.csv", "admin@localhost:3000\n")}
		},
		want: []audit.Account{mdAcc("admin@localhost:3000", "admin@localhost:3000", "https://localhost:3000/@admin", mdSrc, nil)},
	}, {
		name: "repeated IDs keep the first row",
		files: func() []*File {
			return []*File{memFile("following_accounts.csv", mdHdr+
				"Amelie_D@mastodon.social,true,false,\n"+
				"amelie_d@mastodon.social,false,true,fr\n"+
				"@amelie_d@MASTODON.SOCIAL,false,false,\n")}
		},
		want: []audit.Account{
			mdAcc("amelie_d@mastodon.social", "Amelie_D@mastodon.social", "https://mastodon.social/@Amelie_D", mdSrc, mdSet("true", "false", "")),
		},
	}, {
		name: "the same file in two archives, and an older export beside",
		files: func() []*File {
			a, b := memFile("following_accounts.csv", mdCurrent), memFileIn("copy.zip", "following_accounts.csv", mdCurrent)
			c := memFile("2022/following_accounts.csv", mdHdrOld+"amelie_d@mastodon.social,false\ngone@example.com,true\n")
			return []*File{a, b, c}
		},
		want: append(append([]audit.Account{}, mdCurrentWant...),
			mdAcc("gone@example.com", "gone@example.com", "https://example.com/@gone", "export.zip!2022/following_accounts.csv", old("true"))),
	}, {
		name: "re-saved with ; by a spreadsheet",
		files: func() []*File {
			return []*File{memFile("following_accounts.csv", "\ufeffAccount address;Show boosts;Notify on new posts;Languages\r\n"+
				"jonas_thal@fosstodon.org;true;true;\r\n"+
				"amelie_d@mastodon.social;true;false;en, fr\r\n"+
				"weekly_digest@botsin.space;false;false;\r\n")}
		},
		want: mdCurrentWant,
	}, {
		// A spreadsheet in French or German writes a TRUE it read in its
		// own word: the keep list gives Mastodon the word it reads, where
		// FAUX, any other word to its importer, would turn boosts on.
		name: "re-saved by a French or German Excel: VRAI, FAUX, WAHR, FALSCH",
		files: func() []*File {
			return []*File{memFile("following_accounts.csv", "\ufeffAccount address;Show boosts;Notify on new posts;Languages\r\n"+
				"jonas_thal@fosstodon.org;VRAI;Vrai;\r\n"+
				"amelie_d@mastodon.social;WAHR;FALSCH;en, fr\r\n"+
				"weekly_digest@botsin.space;FAUX;faux;\r\n")}
		},
		want: mdCurrentWant,
	}, {
		name: "re-saved with ;, two columns, renamed",
		files: func() []*File {
			return []*File{memFile("follows (1).csv", "Account address;Show boosts\neve@example.com;false\n")}
		},
		want: []audit.Account{mdAcc("eve@example.com", "eve@example.com", "https://example.com/@eve", "export.zip!follows (1).csv", old("false"))},
	}, {
		name: "saved as tab-delimited text, renamed",
		files: func() []*File {
			return []*File{memFile("follows (1).csv", "Account address\tShow boosts\neve@example.com\tfalse\n")}
		},
		want: []audit.Account{mdAcc("eve@example.com", "eve@example.com", "https://example.com/@eve", "export.zip!follows (1).csv", old("false"))},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mustImport(t, Mastodon{}, tt.files()...)
			sameAccounts(t, got, tt.want)
		})
	}
}

func TestMastodonErrors(t *testing.T) {
	checkFileErrorCases(t, Mastodon{}, []fileErrorCase{{
		// A count in a message is written as every count for a person
		// is (audit.Thousands); the line number stays plain.
		name: "a row of more than a thousand fields", path: "following_accounts.csv",
		data: "a@example.com\n" + strings.Repeat("b@example.com,", 1204) + "c@example.com\n",
		line: 2, want: []string{"found 1,205 fields"},
	}, {
		name: "a thousand fields against the header", path: "following_accounts.csv",
		data: mdHdr + "a@example.com,true,false,\n1000" + strings.Repeat(",", 1001) + "\n",
		line: 3, want: []string{"expected 4 fields as in the header (line 1), found 1,002"},
	}, {
		name: "space inside an address", path: "following_accounts.csv",
		data: mdHdr + "a@example.com,true,false,\nAmélie Durand,true,false,\n",
		line: 3, want: []string{`"Amélie Durand"`, "user@domain", "leading @"},
	}, {
		name: "two @ after the leading one", path: "following_accounts.csv",
		data: "a@example.com\n\n@b@example.com@other.example\n",
		line: 3, want: []string{`"@b@example.com@other.example"`, "user@domain"},
	}, {
		name: "no user", path: "following_accounts.csv",
		data: mdHdrOld + "@@example.com,true\n",
		line: 2, want: []string{`"@@example.com"`, "user@domain"},
	}, {
		name: "a ';' would break the ledger's account list", path: "following_accounts.csv",
		data: "a@example.com\n\"b;c@example.com\"\n",
		line: 2, want: []string{`"b;c@example.com"`},
	}, {
		// An invisible character (a byte order mark a tool put before a
		// row, a zero-width space pasted in) made another account of one
		// followed, its address and profile link not the account's.
		name: "a byte order mark before an address of a row", path: "following_accounts.csv",
		data: mdHdr + "a@example.com,true,false,\n\ufeffb@example.com,true,false,\n",
		line: 3, want: []string{`"\ufeffb@example.com"`, "user@domain"},
	}, {
		name: "a zero-width space in a user name", path: "following_accounts.csv",
		data: "a\u200bb@example.com\n",
		line: 1, want: []string{`"a\u200bb@example.com"`, "user@domain"},
	}, {
		name: "domain with an empty label", path: "following_accounts.csv",
		data: "a@example..com\n",
		line: 1, want: []string{`"a@example..com"`},
	}, {
		name: "a long damaged cell is cut in the message", path: "following_accounts.csv",
		data: "a@example.com\n\"" + strings.Repeat("x y\n", 5000) + "\"\n",
		line: 2, want: []string{`"x y\nx y\nx y\n`, `…"`},
	}, {
		name: "empty domain", path: "following_accounts.csv",
		data: mdHdrOld + "bob@,true\n",
		line: 2, want: []string{`"bob@"`},
	}, {
		name: "empty address", path: "following_accounts.csv",
		data: mdHdr + ",true,false,\n",
		line: 2, want: []string{`Account address ""`},
	}, {
		name: "a URL instead of an address", path: "following_accounts.csv",
		data: "https://mastodon.social/@amelie_d\n",
		line: 1, want: []string{`"https://mastodon.social/@amelie_d"`},
	}, {
		name: "bad Show boosts", path: "following_accounts.csv",
		data: mdHdr + "a@example.com,true,false,\nb@example.com,yes,false,\n",
		line: 3, want: []string{`Show boosts "yes"`, "true, false or nothing"},
	}, {
		name: "bad Notify on new posts", path: "following_accounts.csv",
		data: mdHdr + "a@example.com,true,1,\n",
		line: 2, want: []string{`Notify on new posts "1"`, "true, false or nothing"},
	}, {
		name: "row narrower than the header", path: "following_accounts.csv",
		data: "\r\n" + mdHdr + "a@example.com,true\n",
		line: 3, want: []string{"expected 4 fields", "line 2", "found 2"},
	}, {
		name: "row collapsed into one field", path: "following_accounts.csv",
		data: mdHdr + `"a@example.com,true,false,"` + "\n",
		line: 2, want: []string{"expected 4 fields", "found 1", "one quoted field"},
	}, {
		name: "two columns without a header", path: "following_accounts.csv",
		data: "Friends,amelie_d@mastodon.social\n",
		line: 1, want: []string{"one account address per line", "found 2 fields", mdHeader},
	}, {
		name: "muted accounts renamed", path: "following_accounts.csv",
		data: "Account address,Hide notifications\na@example.com,true\n",
		line: 1, want: []string{"muted accounts", mdHeader},
	}, {
		name: "a column named twice", path: "following_accounts.csv",
		data: "Account address,Show boosts,show boosts\n",
		line: 1, want: []string{`"show boosts" twice`},
	}, {
		name: "Windows-1252 bytes", path: "following_accounts.csv",
		data: mdHdr + "a@example.com,true,false,\nb@b\xfccher.example,true,false,\n",
		line: 3, want: []string{"not UTF-8"},
	}, {
		name: "bare quote", path: "following_accounts.csv",
		data: mdHdr + "a@example.com,true,false,en\"fr\n",
		line: 2, want: []string{`bare "`},
	}, {
		name: "unterminated quote", path: "following_accounts.csv",
		data: mdHdr + "a@example.com,true,false,\"en, fr\n",
		line: 2, want: []string{"ends inside a quoted field", "cut short"}, not: []string{"quoted-field"},
	}, {
		name: "stray quote mid-file", path: "following_accounts.csv",
		data: mdHdr + "a@example.com,true,false,\"en\"fr\nb@example.com,true,false,\n",
		line: 2, want: []string{"quoted-field"}, not: []string{"cut short"},
	}, {
		name: "empty file", path: "following_accounts.csv", data: "",
		offset: -1, want: []string{"empty"},
	}, {
		name: "only a byte order mark", path: "following_accounts.csv", data: "\ufeff",
		offset: -1, want: []string{"empty"},
	}, {
		// Mastodon writes its header even for no follows: blank lines
		// alone are a file emptied, not a list of no one.
		name: "only blank lines", path: "following_accounts.csv", data: "\n\r\n\n",
		offset: -1, want: []string{"the file is empty: it holds blank lines only"},
	}, {
		name: "not a Mastodon file", path: "blocked_accounts.csv", data: "spam@spam.example\n",
		offset: -1, want: []string{"not a Mastodon follows file", "following_accounts.csv"},
	}})
}

func TestMastodonDetect(t *testing.T) {
	tests := []struct {
		path, head, want string
	}{
		{"following_accounts.csv", "", mdFollowing},
		{"Following_Accounts.CSV", "", mdFollowing},
		{"exports/2026/following_accounts.csv", "", mdFollowing},
		{"following_accounts (1).csv", mdHdr, mdFollowing},
		{"follows.csv", mdHdrOld, mdFollowing},
		{"anything.csv", "\ufeff\r\n" + `"Account address", "Show boosts", "Notify on new posts"` + "\r\n", mdFollowing},
		{"mastodon-following.csv", "@nare@թութ.հայ\n", mdFollowing},
		{"following (2).csv", "\n\njonas_thal@fosstodon.org\n", mdFollowing},
		{"following_accounts (1).csv", "jonas_thal@fosstodon.org,true\n", mdFollowing},
		// Header-less files need "following" in the name: these are
		// Mastodon's blocks and another list with the same shape.
		{"blocked_accounts.csv", "spam@spam.example\n", ""},
		{"accounts.csv", "jonas_thal@fosstodon.org\n", ""},
		{"following.csv", "bob\n", ""}, // a bare name is too weak a sign
		{"following.csv", "Name,Handle\n", ""},
		{"lists.csv", "Friends,amelie_d@mastodon.social\n", ""},
		{"muted_accounts.csv", "Account address,Hide notifications\n", ""},
		{"following_accounts.txt", mdHdr, ""},
		{"following_accounts.csv.zip", "", ""},
		{"bookmarks.csv", "https://mastodon.social/@amelie_d/1\n", ""},
		{"x.csv", "Account address\n", ""},
		{"x.csv", "Account address,Show boosts,Notify on new posts,Languages,Extra\n", ""},
		{"Connections.csv", "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n", ""},
		{"following.csv", "", ""},
		// Re-saved by a spreadsheet with ';'.
		{"following_accounts (1).csv", "Account address;Show boosts;Notify on new posts;Languages\r\n", mdFollowing},
		{"following_accounts (1).csv", "Account address\tShow boosts\tNotify on new posts\tLanguages\r\n", mdFollowing},
		{"follows.csv", "\ufeff\"Account address\";\"Show boosts\"\n", mdFollowing},
		{"x.csv", "Account address;Show boosts,Notify on new posts\n", ""},
		{"muted_accounts.csv", "Account address;Hide notifications\n", ""},
		// The tool's own keep list, and a second download of it: the
		// header of an export, but not the person's follows.
		{"mastodon-following-keep.csv", mdHdr, ""},
		{"ws/Mastodon-Following-Keep (1).csv", mdHdr, ""},
		// The archive of posts, told by the link its actor.json is
		// rewritten to; a profile's JSON saved from a server links there.
		{"actor.json", mdArchiveActor, mdArchive},
		{"archive-20261120093000-0f1e2d3c4b5a69788796a5b4c3d2e1f0/actor.json", "\ufeff" + mdArchiveActor, mdArchive},
		{"Actor (1).json", mdArchiveActor, mdArchive},
		{"actor.json", `{"id": "https://mastodon.example/users/robin", "outbox": "https://mastodon.example/users/robin/outbox"}`, ""},
		{"actor.json", `[{"outbox": "outbox.json"}]`, ""},
		{"outbox.json", `{"id": "outbox.json", "type": "OrderedCollection"}`, ""},
		// The archive of posts as older servers wrote it, a .tar.gz: not
		// read, told by the name they gave it (and the gzip signature).
		{"archive-20180301093000-0f1e2d3c4b5a69788796a5b4c3d2e1f0.tar.gz", "\x1f\x8b\x08\x00", mdArchive},
		{"dl/Archive-20180301093000-0f1e2d3c4b5a69788796a5b4c3d2e1f0 (1).tar.gz", "\x1f\x8b\x08\x00", mdArchive},
		{"archive20180302-12345-1x2y3z.tar.gz", "\x1f\x8b\x08\x00", mdArchive},
		{"archive-2026.tar.gz", "\x1f\x8b\x08\x00", mdArchive},
		{"archive-20180301093000-0f1e2d3c4b5a69788796a5b4c3d2e1f0.tar.gz", "not gzip", ""},
		{"archive.tar.gz", "\x1f\x8b\x08\x00", ""},
		{"my-posts.tar.gz", "\x1f\x8b\x08\x00", ""},
		{"takeout-20261120T090000Z-001.tgz", "\x1f\x8b\x08\x00", ""},
		{"archive-20180301093000-0f1e2d3c4b5a69788796a5b4c3d2e1f0.zip", "PK\x03\x04", ""},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			if got := (Mastodon{}).Detect(tt.path, func() []byte { return []byte(tt.head) }); got != tt.want {
				t.Errorf("Detect(%q, %q) = %q, want %q", tt.path, tt.head, got, tt.want)
			}
		})
	}
	// Files the name decides on are never read.
	checkNameOnly(t, Mastodon{}, "following_accounts.csv", "media/photo.jpg", "data/tweets.js", "connections/followers/who_you've_followed.json")
}

// mdArchiveActor is the head of the actor.json of Mastodon's archive of
// posts (archive-<time>-<hex>.zip), as BackupService writes it: the
// profile's ActivityPub actor, compact, its links to the outbox, likes,
// bookmarks and pictures rewritten to the archive's files.
const mdArchiveActor = `{"@context":["https://www.w3.org/ns/activitystreams","https://w3id.org/security/v1",` +
	`{"manuallyApprovesFollowers":"as:manuallyApprovesFollowers","toot":"http://joinmastodon.org/ns#",` +
	`"featured":{"@id":"toot:featured","@type":"@id"},"featuredTags":{"@id":"toot:featuredTags","@type":"@id"},` +
	`"alsoKnownAs":{"@id":"as:alsoKnownAs","@type":"@id"},"movedTo":{"@id":"as:movedTo","@type":"@id"},` +
	`"schema":"http://schema.org#","PropertyValue":"schema:PropertyValue","value":"schema:value",` +
	`"discoverable":"toot:discoverable","indexable":"toot:indexable","memorial":"toot:memorial"}],` +
	`"id":"https://mastodon.example/users/robinhale","type":"Person",` +
	`"following":"https://mastodon.example/users/robinhale/following","followers":"https://mastodon.example/users/robinhale/followers",` +
	`"inbox":"https://mastodon.example/users/robinhale/inbox","outbox":"outbox.json",` +
	`"featured":"https://mastodon.example/users/robinhale/collections/featured","preferredUsername":"robinhale","name":"Robin Hale",` +
	`"summary":"","url":"https://mastodon.example/@robinhale","manuallyApprovesFollowers":false,"discoverable":true,` +
	`"published":"2022-11-06T00:00:00Z","icon":{"type":"Image","mediaType":"image/png","url":"avatar.png"},` +
	`"likes":"likes.json","bookmarks":"bookmarks.json"}`

// TestMastodonArchive: the archive of posts holds no follows. Alone it is
// refused, saying where the Follows CSV is; beside a follows file it is
// passed over.
func TestMastodonArchive(t *testing.T) {
	archive := func() *File {
		f := memFileIn("archive-20261120093000-0f1e2d3c4b5a69788796a5b4c3d2e1f0.zip", "actor.json", mdArchiveActor)
		claim(Mastodon{}, f)
		return f
	}
	checkImportError(t, Mastodon{}, []*File{archive()}, importError{
		file: "archive-20261120093000-0f1e2d3c4b5a69788796a5b4c3d2e1f0.zip!actor.json", offset: -1,
		says: []string{"archive of your posts", "lists no account you follow", "Follows", "following_accounts.csv"}})

	follows := memFile("following_accounts.csv", mdCurrent)
	claim(Mastodon{}, follows)
	sameAccounts(t, mustImport(t, Mastodon{}, archive(), follows), mdCurrentWant)
	if c := (Mastodon{}).Covers(mdArchive); c != nil {
		t.Errorf("Covers(archive) = %v, want none", c)
	}
}

func TestMastodonFormats(t *testing.T) {
	fs := Mastodon{}.Formats()
	if len(fs) != 1 || fs[0].Network != "mastodon" ||
		fs[0].Name != "Follows CSV (Preferences → Import and export → Data export)" ||
		!strings.Contains(fs[0].Request, "Data export → Follows → CSV") ||
		!reflect.DeepEqual(fs[0].Files, []string{"following_accounts.csv"}) {
		t.Errorf("Formats = %+v", fs)
	}
	if n := (Mastodon{}).Network(); n != audit.Mastodon {
		t.Errorf("Network = %q", n)
	}
}

// TestMastodonSample reads the sample export shipped for the README and the
// golden tests, as a folder, the way the CLI does: blocked_accounts.csv and
// lists.csv beside the follows must be left alone.
func TestMastodonSample(t *testing.T) {
	dir, got := importSample(t, "mastodon", Mastodon{})
	src := dir + "/following_accounts.csv"
	sameAccounts(t, got, []audit.Account{
		mdAcc("margaux_l@piaille.fr", "margaux_l@piaille.fr", "https://piaille.fr/@margaux_l", src, mdSet("true", "true", "fr")),
		mdAcc("jonas_thal@fosstodon.org", "jonas_thal@fosstodon.org", "https://fosstodon.org/@jonas_thal", src, mdSet("true", "true", "")),
		mdAcc("kaibrenner@mastodon.online", "KaiBrenner@mastodon.online", "https://mastodon.online/@KaiBrenner", src, mdSet("true", "false", "")),
		mdAcc("amelie_d@mastodon.social", "amelie_d@mastodon.social", "https://mastodon.social/@amelie_d", src, mdSet("true", "false", "en, fr")),
		// Mastodon writes an internationalised domain in its xn-- form.
		mdAcc("ani_k@xn--69aa8bzb.xn--y9a3aq", "ani_k@xn--69aa8bzb.xn--y9a3aq", "https://xn--69aa8bzb.xn--y9a3aq/@ani_k", src, mdSet("true", "false", "")),
		mdAcc("tomasz_w@101010.pl", "tomasz_w@101010.pl", "https://101010.pl/@tomasz_w", src, mdSet("false", "true", "pl")),
		mdAcc("weekly_digest@botsin.space", "weekly_digest@botsin.space", "https://botsin.space/@weekly_digest", src, mdSet("false", "false", "")),
		mdAcc("yara_s@hachyderm.io", "yara_s@hachyderm.io", "https://hachyderm.io/@yara_s", src, mdSet("true", "false", "en, de, ar")),
	})
	for _, name := range []string{"blocked_accounts.csv", "lists.csv"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if k := (Mastodon{}).Detect(name, func() []byte { return b }); k != "" {
			t.Errorf("%s claimed as %q", name, k)
		}
	}
}

func FuzzMastodon(f *testing.F) {
	f.Add("following_accounts.csv", mdCurrent)
	f.Add("following_accounts.csv", mdHdrOld+"bob,true\n@Carol,false\nbob@example.com,TRUE\n")
	f.Add("following_accounts.csv", "\n@nare@թութ.հայ\n\nadmin@localhost:3000\n")
	f.Add("following_accounts.csv", "\ufeff"+strings.ReplaceAll(mdCurrent, "\n", "\r\n"))
	f.Add("follows.csv", `"Languages","Account address","Show boosts"`+"\r\n"+`"en,fr","@A@B.example",""`+"\r\n")
	f.Add("following.csv", "a@example.com\nb@example.com,true\n")
	f.Add("following_accounts.csv", mdHdr+"a@example.com,yes,false,\n")
	f.Add("following_accounts.csv", "Account address,Hide notifications\n")
	if b, err := os.ReadFile(sampleDir("mastodon", "following_accounts.csv")); err == nil {
		f.Add("following_accounts.csv", string(b))
	}
	f.Fuzz(func(t *testing.T, name, data string) {
		// Names are fuzzed for Detect; a name holding a line break would
		// make any message about the file two lines long, which is
		// File.String's business, not this importer's.
		if name == "" || strings.ContainsFunc(name, func(r rune) bool { return r == '/' || unicode.IsControl(r) }) {
			return
		}
		file := memFile(name, data)
		if claim(Mastodon{}, file) == "" {
			return
		}
		got, err := Mastodon{}.Import([]*File{file})
		checkPlaced(t, err)
		if err != nil {
			return
		}
		seen := map[string]bool{}
		for _, a := range got {
			if seen[a.ID] || a.ID == "" || a.ID != audit.MastodonID(a.Handle) ||
				strings.ContainsAny(a.ID, " ;\n") || a.Network != audit.Mastodon || a.Relation != audit.Following ||
				(a.ProfileURL == "") == strings.Contains(a.ID, "@") {
				t.Fatalf("bad account %+v", a)
			}
			seen[a.ID] = true
		}
		// The same export given twice reads as once.
		dup := memFileIn("copy.zip", name, data)
		dup.Kind = file.Kind
		checkTwice(t, Mastodon{}, []*File{memFileKind(name, data, file.Kind), dup}, got)
	})
}

// memFileKind is memFile with the Kind set, as Detect left it.
func memFileKind(p, data, kind string) *File {
	f := memFile(p, data)
	f.Kind = kind
	return f
}
