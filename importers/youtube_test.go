package importers

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// The fixtures are written as Takeout writes subscriptions.csv: a
// (translated) header, rows sorted by channel id, "\n" line ends, http://
// channel URLs, titles quoted only when they hold a comma or a quote, and
// one empty line at the end. Channel ids are invented but shaped like real
// ones (the last character is one of A, Q, g, w).

const (
	ytDir     = "Takeout/YouTube and YouTube Music/subscriptions/"
	ytCSVPath = ytDir + "subscriptions.csv"
	ytSrc     = "export.zip!" + ytCSVPath

	ytGreta  = "UC4xlbR1N2RQnb7vqUmLmGOg"
	ytAmelie = "UCzvowuvBetd3_G1vFo969xg"
	ytBits   = "UCJWBKHjwenGtGRPEuBbVB9w"
	ytEmpty  = "UCXd0yPKo-PkMXDWin_Q0dpw"
	ytKurz   = "UCm0pp7ENMIvy5fqUHq_1ksg"
)

// ytRow returns one data line.
func ytRow(id, title string) string {
	return id + ",http://www.youtube.com/channel/" + id + "," + title + "\n"
}

const ytHeaderLine = "Channel Id,Channel Url,Channel Title\n"

// ytEnglish is a current English subscriptions.csv.
var ytEnglish = ytHeaderLine +
	ytRow(ytGreta, "Greta Lindqvist") +
	ytRow(ytBits, `"Bits, Bytes & Beyond"`) +
	ytRow(ytEmpty, "") +
	ytRow(ytKurz, "Kurz erklärt – Wissenschaft") +
	ytRow(ytAmelie, "Amélie Durand Studio") +
	"\n"

// ytSub is the account a subscription row gives.
func ytSub(id, name, src string) audit.Account {
	return audit.Account{Network: audit.YouTube, Relation: audit.Subscription, ID: id, Name: name,
		ProfileURL: "https://www.youtube.com/channel/" + id, Source: src}
}

// ytEnglishWant is what ytEnglish reads as, from src.
func ytEnglishWant(src string) []audit.Account {
	return []audit.Account{
		ytSub(ytGreta, "Greta Lindqvist", src),
		ytSub(ytBits, "Bits, Bytes & Beyond", src),
		ytSub(ytEmpty, "", src),
		ytSub(ytKurz, "Kurz erklärt – Wissenschaft", src),
		ytSub(ytAmelie, "Amélie Durand Studio", src),
	}
}

// ytJSONOld is a pre-2021 subscriptions.json: the YouTube Data API's
// subscription resources, pretty-printed, in a top-level list.
const ytJSONOld = `[ {
  "contentDetails" : {
    "activityType" : "all",
    "newItemCount" : 0,
    "totalItemCount" : 212
  },
  "etag" : "laRBV-YS6xAP948PymORvqH0pBA",
  "id" : "qn7-zT5NzpBeauLMPDzCj7xXfasXy_DqTbVbzx324E4",
  "kind" : "youtube#subscription",
  "snippet" : {
    "channelId" : "UCOcL9BOQb7g9Jae0feybkSg",
    "description" : "Weekly experiments,\nexplained.",
    "publishedAt" : "2019-07-14T04:28:48.385Z",
    "resourceId" : {
      "channelId" : "UCjTSWISbO_K9HV6r35K9rIg",
      "kind" : "youtube#channel"
    },
    "thumbnails" : {
      "default" : {
        "url" : "https://yt3.ggpht.com/a/default-user=s88-c-k-c0xffffffff-no-rj-mo"
      }
    },
    "title" : "Lumen Physics"
  }
}, {
  "kind" : "youtube#subscription",
  "snippet" : {
    "publishedAt" : "2020-11-02T23:59:59Z",
    "resourceId" : {
      "channelId" : "UC4xlbR1N2RQnb7vqUmLmGOg",
      "kind" : "youtube#channel"
    },
    "title" : "Greta  Lindqvist "
  }
} ]`

func TestYouTubeImport(t *testing.T) {
	const lumen = "UCjTSWISbO_K9HV6r35K9rIg"
	dated := func(a audit.Account, day string) audit.Account {
		d, err := audit.ParseDate(day)
		if err != nil {
			t.Fatal(err)
		}
		a.Since = d
		return a
	}
	tests := []struct {
		name  string
		files func() []*File
		want  []audit.Account
	}{{
		name:  "English, quoted commas, empty title, one blank line at the end",
		files: func() []*File { return []*File{memFile(ytCSVPath, ytEnglish)} },
		want:  ytEnglishWant(ytSrc),
	}, {
		name: "English variant header",
		files: func() []*File {
			return []*File{memFile(ytCSVPath, strings.Replace(ytEnglish, ytHeaderLine, "Channel ID,Channel URL,Channel title\n", 1))}
		},
		want: ytEnglishWant(ytSrc),
	}, {
		name: "German header and names",
		files: func() []*File {
			return []*File{memFile("Takeout/YouTube und YouTube Music/Abos/Abos.csv",
				strings.Replace(ytEnglish, ytHeaderLine, "Kanal-ID,Kanal-URL,Kanaltitel\n", 1))}
		},
		want: ytEnglishWant("export.zip!Takeout/YouTube und YouTube Music/Abos/Abos.csv"),
	}, {
		name: "Spanish header and names",
		files: func() []*File {
			return []*File{memFile("Takeout/YouTube y YouTube Music/suscripciones/suscripciones.csv",
				strings.Replace(ytEnglish, ytHeaderLine, "ID del canal,URL del canal,Título del canal\n", 1))}
		},
		want: ytEnglishWant("export.zip!Takeout/YouTube y YouTube Music/suscripciones/suscripciones.csv"),
	}, {
		// French Excel: ';' between fields, quotes only around a field
		// holding a ';' or a quote, so the comma in a title stands bare.
		name: "French header re-saved with ; by a spreadsheet",
		files: func() []*File {
			return []*File{memFile("Takeout/YouTube et YouTube Music/abonnements/abonnements.csv",
				"ID de la chaîne;URL de la chaîne;Titre de la chaîne\r\n"+
					ytGreta+";http://www.youtube.com/channel/"+ytGreta+";Greta Lindqvist\r\n"+
					ytBits+";http://www.youtube.com/channel/"+ytBits+";Bits, Bytes & Beyond\r\n"+
					ytKurz+";http://www.youtube.com/channel/"+ytKurz+";\"Kurz; erklärt\"\r\n")}
		},
		want: []audit.Account{
			ytSub(ytGreta, "Greta Lindqvist", "export.zip!Takeout/YouTube et YouTube Music/abonnements/abonnements.csv"),
			ytSub(ytBits, "Bits, Bytes & Beyond", "export.zip!Takeout/YouTube et YouTube Music/abonnements/abonnements.csv"),
			ytSub(ytKurz, "Kurz; erklärt", "export.zip!Takeout/YouTube et YouTube Music/abonnements/abonnements.csv"),
		},
	}, {
		name: "English header re-saved with ;, renamed loose file, detected by content",
		files: func() []*File {
			return []*File{memFile("subs (1).csv", "Channel Id;Channel Url;Channel Title\n"+
				ytAmelie+";http://www.youtube.com/channel/"+ytAmelie+";Amélie Durand Studio\n")}
		},
		want: []audit.Account{ytSub(ytAmelie, "Amélie Durand Studio", "export.zip!subs (1).csv")},
	}, {
		name: "an unknown language, detected by content",
		files: func() []*File {
			return []*File{memFile("Takeout/YouTube e YouTube Music/iscrizioni/iscrizioni.csv",
				strings.Replace(ytEnglish, ytHeaderLine, "ID canale,URL canale,Titolo canale\n", 1))}
		},
		want: ytEnglishWant("export.zip!Takeout/YouTube e YouTube Music/iscrizioni/iscrizioni.csv"),
	}, {
		name: "several blank lines at the end, and blank lines between rows",
		files: func() []*File {
			return []*File{memFile(ytCSVPath, ytHeaderLine+ytRow(ytGreta, "G")+"\n \n"+ytRow(ytBits, "B")+"\n\n\n,,\n\n")}
		},
		want: []audit.Account{ytSub(ytGreta, "G", ytSrc), ytSub(ytBits, "B", ytSrc)},
	}, {
		name: "byte order mark and CRLF",
		files: func() []*File {
			return []*File{memFile(ytCSVPath, "\ufeff"+strings.ReplaceAll(ytEnglish, "\n", "\r\n"))}
		},
		want: ytEnglishWant(ytSrc),
	}, {
		name:  "header only: no subscriptions",
		files: func() []*File { return []*File{memFile(ytCSVPath, ytHeaderLine+"\n")} },
		want:  nil,
	}, {
		name:  "header only without a line end",
		files: func() []*File { return []*File{memFile(ytCSVPath, "Kanal-ID,Kanal-URL,Kanaltitel")} },
		want:  nil,
	}, {
		name: "no header: the first line is a subscription",
		files: func() []*File {
			return []*File{memFile(ytCSVPath, ytRow(ytGreta, "Greta Lindqvist")+ytRow(ytBits, "B"))}
		},
		want: []audit.Account{ytSub(ytGreta, "Greta Lindqvist", ytSrc), ytSub(ytBits, "B", ytSrc)},
	}, {
		name: "URLs: https, other hosts of youtube.com, case; spaces and quotes in titles",
		files: func() []*File {
			return []*File{memFile(ytCSVPath, ytHeaderLine+
				ytGreta+",https://www.youtube.com/channel/"+ytGreta+",  Greta   Lindqvist \n"+
				ytBits+",HTTP://youtube.com/channel/"+ytBits+`,"Say ""Hi"", then: bits"`+"\n"+
				ytEmpty+",http://m.YouTube.com/channel/"+ytEmpty+","+"\"Two\nlines\"\n"+
				" "+ytKurz+" , http://www.youtube.com/@kurzerklaert ,Kurz\n")}
		},
		want: []audit.Account{
			ytSub(ytGreta, "Greta Lindqvist", ytSrc),
			{Network: audit.YouTube, Relation: audit.Subscription, ID: ytBits, Name: `Say "Hi", then: bits`,
				ProfileURL: "https://youtube.com/channel/" + ytBits, Source: ytSrc},
			{Network: audit.YouTube, Relation: audit.Subscription, ID: ytEmpty, Name: "Two lines",
				ProfileURL: "https://m.YouTube.com/channel/" + ytEmpty, Source: ytSrc},
			{Network: audit.YouTube, Relation: audit.Subscription, ID: ytKurz, Name: "Kurz",
				ProfileURL: "https://www.youtube.com/@kurzerklaert", Source: ytSrc},
		},
	}, {
		name: "more columns than three: the first three are read",
		files: func() []*File {
			return []*File{memFile(ytCSVPath, "Channel Id,Channel Url,Channel Title,Extra\n"+
				ytGreta+",http://www.youtube.com/channel/"+ytGreta+",Greta Lindqvist,x\n")}
		},
		want: []audit.Account{ytSub(ytGreta, "Greta Lindqvist", ytSrc)},
	}, {
		name: "ids differing only in case are two channels; a repeated id is one",
		files: func() []*File {
			lower := "UC4xlbr1n2rqnb7vqumlmgog"
			return []*File{memFile(ytCSVPath, ytHeaderLine+ytRow(ytGreta, "Greta Lindqvist")+ytRow(lower, "lower")+ytRow(ytGreta, "again"))}
		},
		want: []audit.Account{ytSub(ytGreta, "Greta Lindqvist", ytSrc), ytSub("UC4xlbr1n2rqnb7vqumlmgog", "lower", ytSrc)},
	}, {
		name: "two Takeout parts, or the same export twice",
		files: func() []*File {
			return []*File{memFile(ytCSVPath, ytEnglish), memFileIn("takeout-20261120T090000Z-002.zip", ytCSVPath,
				ytHeaderLine+ytRow(ytBits, "Renamed")+ytRow("UCEZGy-opC155haSNvdDM5qw", "Nordlys Timelapse"))}
		},
		want: append(ytEnglishWant(ytSrc),
			ytSub("UCEZGy-opC155haSNvdDM5qw", "Nordlys Timelapse", "takeout-20261120T090000Z-002.zip!"+ytCSVPath)),
	}, {
		name:  "old JSON",
		files: func() []*File { return []*File{memFile("Takeout/YouTube/subscriptions/subscriptions.json", ytJSONOld)} },
		want: []audit.Account{
			dated(ytSub(lumen, "Lumen Physics", "export.zip!Takeout/YouTube/subscriptions/subscriptions.json"), "2019-07-14"),
			dated(ytSub(ytGreta, "Greta Lindqvist", "export.zip!Takeout/YouTube/subscriptions/subscriptions.json"), "2020-11-02"),
		},
	}, {
		name: "old JSON saved as an API response, without dates",
		files: func() []*File {
			return []*File{memFile("subscriptions.json", `{"kind": "youtube#SubscriptionListResponse", "pageInfo": {"totalResults": 1}, "items": [`+
				`{"snippet": {"title": "Greta Lindqvist", "resourceId": {"kind": "youtube#channel", "channelId": "`+ytGreta+`"}}}]}`)}
		},
		want: []audit.Account{ytSub(ytGreta, "Greta Lindqvist", "export.zip!subscriptions.json")},
	}, {
		name: "old JSON next to a new CSV: the CSV is read first, the JSON adds dates and old channels",
		files: func() []*File {
			return []*File{
				memFile("Takeout/YouTube/subscriptions/subscriptions.json", ytJSONOld),
				memFile(ytCSVPath, ytEnglish),
			}
		},
		want: append(
			append([]audit.Account{dated(ytSub(ytGreta, "Greta Lindqvist", ytSrc), "2020-11-02")}, ytEnglishWant(ytSrc)[1:]...),
			dated(ytSub(lumen, "Lumen Physics", "export.zip!Takeout/YouTube/subscriptions/subscriptions.json"), "2019-07-14")),
	}, {
		name:  "empty JSON list",
		files: func() []*File { return []*File{memFile("Takeout/YouTube/subscriptions/subscriptions.json", "[ ]")} },
		want:  nil,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mustImport(t, YouTube{}, tt.files()...)
			sameAccounts(t, got, tt.want)
		})
	}
}

// TestYouTubeImportUndetected reads files whose Kind was not set, as a
// caller other than Import may pass them.
func TestYouTubeImportUndetected(t *testing.T) {
	got, err := YouTube{}.Import([]*File{memFile(ytCSVPath, ytEnglish)})
	if err != nil {
		t.Fatal(err)
	}
	sameAccounts(t, got, ytEnglishWant(ytSrc))
}

func TestYouTubeErrors(t *testing.T) {
	const jsonPath = "Takeout/YouTube/subscriptions/subscriptions.json"
	badJSONID := strings.Replace(ytJSONOld, `"channelId" : "UC4xlbR1N2RQnb7vqUmLmGOg"`, `"channelId" : "UC4xlbR1N2RQnb7vqUmLmGO"`, 1)
	// An element's error is placed where the decoder stood before it: at
	// the comma that ends the element before.
	badJSONAt := int64(strings.Index(badJSONID, "}, {") + 1)
	checkFileErrorCases(t, YouTube{}, []fileErrorCase{{
		name: "bad id", path: ytCSVPath,
		data: ytHeaderLine + ytRow(ytGreta, "G") + ytRow("UC4xlbR1N2RQnb7vqUm", "Short"),
		line: 3, want: []string{`channel id "UC4xlbR1N2RQnb7vqUm"`, "UC followed by 22 letters, digits, - or _"},
	}, {
		name: "id with a character outside the alphabet", path: ytCSVPath,
		data: ytHeaderLine + ytRow("UC4xlbR1N2RQnb7vqUmLmG.g", "Dot"),
		line: 2, want: []string{`"UC4xlbR1N2RQnb7vqUmLmG.g"`, "UC followed by"},
	}, {
		name: "a long bad id is shortened", path: ytCSVPath,
		data: ytHeaderLine + ytGreta + strings.Repeat("é", 30) + ",http://www.youtube.com/channel/x,T\n",
		line: 2, want: []string{`"UC4xlbR1N2RQnb7vqUmLmGOgéééééééé"…`},
	}, {
		name: "not a YouTube URL", path: ytCSVPath,
		data: ytHeaderLine + ytRow(ytGreta, "G") + ytGreta + ",https://www.youtube.com.example.net/channel/" + ytGreta + ",G\n",
		line: 3, want: []string{`channel URL "https://www.youtube.com.example.net/chan"…`, "expected one like http://www.youtube.com/channel/UC…"},
	}, {
		name: "URL without scheme", path: ytCSVPath,
		data: ytHeaderLine + ytGreta + ",www.youtube.com/channel/" + ytGreta + ",G\n",
		line: 2, want: []string{`channel URL "www.youtube.com/channel/`},
	}, {
		name: "empty URL", path: ytCSVPath,
		data: ytHeaderLine + ytGreta + ",,G\n",
		line: 2, want: []string{`channel URL ""`},
	}, {
		name: "id holding a line break", path: ytCSVPath,
		data: ytHeaderLine + "\"UC4xlbR1N2RQ\nnb7vqUmLmGOg\",x,G\n",
		line: 2, want: []string{`channel id "UC4xlbR1N2RQ\nnb7vqUmLmGOg"`},
	}, {
		name: "row with too few fields", path: ytCSVPath,
		data: ytHeaderLine + ytRow(ytGreta, "G") + ytBits + ",http://www.youtube.com/channel/" + ytBits + "\n",
		line: 3, want: []string{"expected 3 fields as in the header (line 1), found 2"},
	}, {
		// Counts with commas, as every count for a person is written.
		name: "a headerless file's first row of 1,500 fields", path: ytCSVPath,
		data: ytGreta + ",http://www.youtube.com/channel/" + ytGreta + ",G" + strings.Repeat(",", 1497) + "\n" + ytRow(ytBits, "Bits"),
		line: 2, want: []string{"expected 1,500 fields as on the first line, found 3"},
	}, {
		name: "unquoted comma in a title", path: ytCSVPath,
		data: ytHeaderLine + ytRow(ytBits, "Bits, Bytes"),
		line: 2, want: []string{"expected 3 fields", "found 4"},
	}, {
		name: "headerless file with a short row", path: ytCSVPath,
		data: ytRow(ytGreta, "G") + ytGreta + "\n",
		line: 2, want: []string{"expected 3 fields as on the first line, found 1"},
	}, {
		name: "header with two columns", path: ytCSVPath,
		data: "Channel Id,Channel Url\n" + ytGreta + ",http://www.youtube.com/channel/" + ytGreta + "\n",
		line: 1, want: []string{"the header has 2 column(s)", ytHeader},
	}, {
		name: "another CSV given the name", path: ytCSVPath,
		data: "Date,Status,FullName\n2026-04-06 14:48:23,Active,Greta Lindqvist\n",
		line: 2, want: []string{`channel id "2026-04-06 14:48:23"`},
	}, {
		name: "invalid UTF-8", path: ytCSVPath,
		data: ytHeaderLine + ytRow(ytGreta, "G") + ytRow(ytBits, "Caf\xe9 Lumi\xe8re"),
		line: 3, want: []string{"not UTF-8"},
	}, {
		name: "empty file", path: ytCSVPath, data: "", offset: -1,
		want: []string{"the file is empty"},
	}, {
		name: "only a byte order mark", path: ytCSVPath, data: "\ufeff", offset: -1,
		want: []string{"the file is empty"},
	}, {
		// Blank lines alone are a file emptied, as an empty file is, and
		// as they are a Mastodon list's (a header alone is no
		// subscriptions): read as none, every channel of the last audit
		// was counted unsubscribed, without a word.
		name: "blank lines only", path: ytCSVPath, data: "\n\r\n\n", offset: -1,
		want: []string{"the file is empty: it holds blank lines only"},
	}, {
		name: "blank lines and padding rows only", path: ytCSVPath, data: ",,\n\n,,\n", offset: -1,
		want: []string{"the file is empty: it holds blank lines only"},
	}, {
		name: "bare quote", path: ytCSVPath,
		data: ytHeaderLine + ytGreta + ",http://www.youtube.com/channel/" + ytGreta + `,The "Best" Channel` + "\n",
		line: 2, want: []string{`bare "`, "double quotes"},
	}, {
		name: "unterminated quote", path: ytCSVPath,
		data: ytHeaderLine + ytGreta + ",http://www.youtube.com/channel/" + ytGreta + `,"Greta` + "\n\n",
		// Reported where the quote opens, not where the reader gave up.
		line: 2, want: []string{"ends inside a quoted field", "cut short"}, not: []string{"quoted-field", "line 3"},
	}, {
		name: "stray quote in a field of two lines", path: ytCSVPath,
		data: ytHeaderLine + ytGreta + ",http://www.youtube.com/channel/" + ytGreta + `,"Greta` + "\n" + `Live" TV` + "\n" + ytRow(ytBits, "Bits"),
		line: 2, want: []string{"quoted-field", "the record starting here", "seen on line 3"}, not: []string{"cut short"},
	}, {
		name: "JSON channel id", path: jsonPath, data: badJSONID, offset: badJSONAt,
		want: []string{`snippet.resourceId.channelId "UC4xlbR1N2RQnb7vqUmLmGO"`, "UC followed by"},
	}, {
		name: "JSON without a channel id", path: jsonPath, data: `[{"snippet": {"title": "T"}}]`, offset: 1,
		want: []string{`channelId ""`},
	}, {
		name: "JSON publishedAt", path: jsonPath, offset: 1,
		data: `[{"snippet": {"publishedAt": "14/07/2019", "resourceId": {"channelId": "` + ytGreta + `"}}}]`,
		want: []string{`snippet.publishedAt "14/07/2019"`, "2020-07-14T04:28:48.385Z"},
	}, {
		name: "JSON cut short", path: jsonPath, data: ytJSONOld[:200], offset: 2,
		want: []string{"truncated"},
	}, {
		name: "JSON element of another type", path: jsonPath, data: `[{"snippet": {"title": 7}}]`, offset: 26,
		want: []string{`entry 1: "snippet.title" should be a string, found a number`},
	}, {
		name: "JSON object without a list", path: jsonPath, data: `{"subscriptions": {}}`, offset: -1,
		want: []string{"no list of subscriptions", "subscriptions.csv"},
	}, {
		name: "JSON followed by code", path: jsonPath, data: `[] x`, offset: 3,
		want: []string{"unexpected content after the JSON data"},
	}})
}

func TestYouTubeImportNotYouTube(t *testing.T) {
	checkImportError(t, YouTube{}, []*File{memFile("notes.csv", "a,b\n")}, importError{
		file: "export.zip!notes.csv", offset: -1, says: []string{"not a YouTube subscriptions file"}})
}

func TestYouTubeDetect(t *testing.T) {
	const (
		en   = "Channel Id,Channel Url,Channel Title\n"
		data = en + "UC4xlbR1N2RQnb7vqUmLmGOg,http://www.youtube.com/channel/UC4xlbR1N2RQnb7vqUmLmGOg,Greta Lindqvist\n"
	)
	tests := []struct {
		path, head string
		want       string
		readsHead  bool
	}{
		// By name.
		{"Takeout/YouTube and YouTube Music/subscriptions/subscriptions.csv", "", ytCSV, false},
		{"subscriptions.csv", "", ytCSV, false},
		{"Subscriptions.CSV", "", ytCSV, false},
		// Re-saved with ';' by a spreadsheet, renamed: by content.
		{"subs (1).csv", strings.ReplaceAll(data, ",", ";"), ytCSV, true},
		{"Takeout/YouTube et YouTube Music/x.csv", "ID de la chaîne;URL de la chaîne;Titre de la chaîne\r\n", ytCSV, true},
		{"other.csv", "ID;URL\n", "", true},
		{"other.csv", "a;b;c\nUC4xlbR1N2RQnb7vqUmLmGOg;not a url;x\n", "", true},
		{"Takeout/YouTube und YouTube Music/Abos/Abos.csv", "", ytCSV, false},
		{"Takeout/YouTube y YouTube Music/suscripciones/suscripciones.csv", "", ytCSV, false},
		{"Takeout/YouTube a YouTube Music/odběry/odběry.csv", "", ytCSV, false},
		{norm.NFD.String("Takeout/YouTube a YouTube Music/odběry/odběry.csv"), "", ytCSV, false},
		// Russian: the header names no "id" (Идентификатор канала), so a
		// Takeout of no subscriptions, its header alone, is told by its name,
		// or by that word under a YouTube folder.
		{"Takeout/YouTube и YouTube Music/подписки/подписки.csv", "Идентификатор канала,URL канала,Название канала\n", ytCSV, false},
		{"Takeout/YouTube и YouTube Music/Подписки/подписки (1).csv", "Идентификатор канала,URL канала,Название канала\n", ytCSV, false},
		{"Takeout/YouTube и YouTube Music/x.csv", "Идентификатор канала,URL канала,Название канала\n", ytCSV, true},
		{"подписки.csv", "Идентификатор канала,URL канала,Название канала\n", "", true}, // header only, not under YouTube
		{"Takeout/YouTube und YouTube Music/Abos/Abos (1).csv", "", ytCSV, false},
		{"Takeout/YouTube/subscriptions/subscriptions.json", "", ytJSON, false},
		{"Takeout/YouTube and YouTube Music/subscriptions/subscriptions.json", "", ytJSON, false},
		// By content.
		{"Takeout/YouTube e YouTube Music/iscrizioni/iscrizioni.csv", strings.Replace(data, en, "ID canale,URL canale,Titolo canale\n", 1), ytCSV, true},
		{"my subs.csv", "\ufeff" + strings.ReplaceAll(data, "\n", "\r\n"), ytCSV, true},
		{"Abos.csv", "\n" + data, ytCSV, true},
		{"x.csv", `"Channel Id","Channel Url","Channel Title"` + "\n" + `"UC4xlbR1N2RQnb7vqUmLmGOg","https://youtube.com/channel/UC4xlbR1N2RQnb7vqUmLmGOg","G"`, ytCSV, true},
		{"Takeout/YouTube e YouTube Music/iscrizioni/iscrizioni.csv", "ID canale,URL canale,Titolo canale\n\n", ytCSV, true},
		{"Abos.csv", "Kanal-ID,Kanal-URL,Kanaltitel\n", "", true}, // header only, not under YouTube
		{"subscriptions.json", `[ {` + "\n" + `  "snippet" : { "resourceId" : {`, ytJSON, true},
		{"subscriptions.json", `{"subscriptions": [{"channel": "x"}]}`, "", true},
		// Before 2021, in a language whose name for the file is not known:
		// by the kind of its resources, under a YouTube folder only.
		{"Takeout/YouTube/abonnements/abonnements.json", ytJSONOld, ytJSON, true},
		{"Takeout/YouTube et YouTube Music/abonnements/abonnements.json", ytJSONOld, ytJSON, true},
		{"abonnements.json", ytJSONOld, "", false},
		// Not subscriptions.
		{"Takeout/YouTube and YouTube Music/channels/channel.csv", "Channel ID,Channel Title (Original),Channel Visibility\nUC4xlbR1N2RQnb7vqUmLmGOg,Robin Hale,Public\n", "", true},
		{"Takeout/YouTube and YouTube Music/playlists/playlists.csv", "Playlist ID,Add new videos to top,Playlist Title (Original)\nPLx1,False,Later\n", "", true},
		{"Takeout/YouTube and YouTube Music/playlists/Watch later-videos.csv", "Video ID,Playlist Video Creation Timestamp\n", "", true},
		{"Takeout/YouTube and YouTube Music/playlists/likes.json", `[{"snippet": {"resourceId": {"videoId": "x"}}}]`, "", true},
		{"Takeout/YouTube/playlists/Favoris.json", `[ {` + "\n" + `  "kind" : "youtube#playlistItem",` + "\n" + `  "snippet" : { "resourceId" : {`, "", true},
		{"Takeout/YouTube and YouTube Music/history/watch-history.html", "<html>", "", false},
		{"Takeout/archive_browser.html", "<!DOCTYPE html>", "", false},
		{"Member_Follows.csv", "Date,Status,FullName\n2026-04-06 14:48:23,Active,Greta Lindqvist\n", "", true},
		{"Connections.csv", "Notes:\n\"When exporting\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n", "", true},
		{"x.csv", en + "UC4xlbR1N2RQnb7vqUmLmGOg,https://twitter.com/channel/UC4xlbR1N2RQnb7vqUmLmGOg,G\n", "", true},
		{"x.csv", en + "UC4xlbR1N2RQnb7vqUmLmGOg,http://www.youtube.com/watch?v=x,G\n", "", true},
		{"x.csv", "a,b\n" + "UC4xlbR1N2RQnb7vqUmLmGOg,http://www.youtube.com/channel/UC4xlbR1N2RQnb7vqUmLmGOg,G\n", "", true},
		{"x.csv", "", "", true},
		{"subscriptions.txt", data, "", false},
		{"data/following.js", "", "", false},
	}
	for _, tt := range tests {
		checkDetect(t, YouTube{}, tt.path, tt.head, tt.want, tt.readsHead)
	}
}

func TestYouTubeFormats(t *testing.T) {
	fs := YouTube{}.Formats()
	if len(fs) != 1 || fs[0].Network != audit.YouTube || fs[0].Name != "Google Takeout (YouTube and YouTube Music)" ||
		!strings.Contains(fs[0].Request, "takeout.google.com") || !strings.Contains(fs[0].Request, `only "subscriptions"`) {
		t.Errorf("Formats = %+v", fs)
	}
	for _, name := range fs[0].Files {
		if (YouTube{}).Detect("Takeout/"+name, nil) == "" {
			t.Errorf("Formats lists %q, which Detect does not claim by name", name)
		}
	}
	if n := (YouTube{}).Network(); n != "youtube" {
		t.Errorf("Network = %q", n)
	}
}

// TestYouTubeSample reads the sample Takeout shipped for the README and the
// golden tests, as a folder, the way the CLI does; the other importers must
// leave every file of it alone.
func TestYouTubeSample(t *testing.T) {
	dir, got := importSample(t, "youtube", YouTube{})
	src := dir + "/Takeout/YouTube and YouTube Music/subscriptions/subscriptions.csv"
	want := []audit.Account{
		ytSub("UC4xlbR1N2RQnb7vqUmLmGOg", "Greta Lindqvist", src),
		ytSub("UC7G33m0WenEsVCF2bfiX1Dw", "Otto's Workshop", src),
		ytSub("UCEZGy-opC155haSNvdDM5qw", "Nordlys Timelapse", src),
		ytSub("UCJWBKHjwenGtGRPEuBbVB9w", "Bits, Bytes & Beyond", src),
		ytSub("UCXd0yPKo-PkMXDWin_Q0dpw", "", src),
		ytSub("UCjTSWISbO_K9HV6r35K9rIg", "Lumen Physics", src),
		ytSub("UCm0pp7ENMIvy5fqUHq_1ksg", "Kurz erklärt – Wissenschaft", src),
		ytSub("UCwCEmUiZQlRUEy9-W-LjEhA", "Slow Travel Diaries", src),
		ytSub("UCzvA6EnNaVITqkr2QDF_hCg", "Kettle & Fern Kitchen", src),
		ytSub("UCzvowuvBetd3_G1vFo969xg", "Amélie Durand Studio", src),
	}
	sameAccounts(t, got, want)
	_, all := importSample(t, "youtube", Facebook{}, LinkedIn{}, Twitter{}, YouTube{})
	sameAccounts(t, all, want)
	// "Greta Lindqvist" is the channel that merges with her accounts on
	// other networks by name.
	if audit.FoldName(got[0].Name) != audit.FoldName("Greta Lindqvist") {
		t.Errorf("first channel %q", got[0].Name)
	}
}

func FuzzYouTube(f *testing.F) {
	f.Add(ytEnglish, "")
	f.Add("\ufeff"+strings.ReplaceAll(ytEnglish, "\n", "\r\n"), ytJSONOld)
	f.Add("Kanal-ID,Kanal-URL,Kanaltitel", "[ ]")
	f.Add(ytRow(ytGreta, `"a ""b"", c"`)+ytRow(ytGreta, "dup")+"\n\n\n", `{"items": [{"snippet": {"resourceId": {"channelId": "`+ytGreta+`"}}}]}`)
	f.Add(ytHeaderLine+ytRow("UC4xlbR1N2RQnb7vqUm", "x"), `[{"snippet": {"publishedAt": "x"}}]`)
	f.Add("Channel Id\n\"", "[1]")
	if b, err := os.ReadFile(sampleDir("youtube", "Takeout", "YouTube and YouTube Music", "subscriptions", "subscriptions.csv")); err == nil {
		f.Add(string(b), "")
	}
	f.Fuzz(func(t *testing.T, csvData, jsonData string) {
		files := func(input string) []*File {
			var fs []*File
			for _, x := range []struct{ path, data string }{
				{ytCSVPath, csvData}, {ytDir + "subscriptions.json", jsonData},
			} {
				if x.data != "" {
					fs = append(fs, memFileIn(input, x.path, x.data))
				}
			}
			return detect(t, YouTube{}, fs...)
		}
		one := files("export.zip")
		if len(one) == 0 {
			return
		}
		got, err := YouTube{}.Import(one)
		checkPlaced(t, err)
		if err != nil {
			return
		}
		seen := make(map[string]bool, len(got))
		for _, a := range got {
			if !validChannelID(a.ID) || seen[a.ID] || a.Network != audit.YouTube || a.Relation != audit.Subscription ||
				!strings.HasPrefix(a.ProfileURL, "https://") || a.Source == "" || a.FollowsYou != audit.Unknown ||
				!utf8.ValidString(a.Name) || a.Name != strings.Join(strings.Fields(a.Name), " ") {
				t.Fatalf("bad account %+v", a)
			}
			seen[a.ID] = true
		}
		// The same export given twice reads as once.
		checkTwice(t, YouTube{}, append(one, files("copy.zip")...), got)
	})
}

// Takeout's top folder is "Takeout", or, a second Takeout unzipped
// beside the first, that name with a copy's mark: the folder a
// Takeout's zip is named by is not.
func TestYTTakeoutFolder(t *testing.T) {
	for name, want := range map[string]bool{
		"Takeout": true, "takeout": true, "Takeout 2": true, "Takeout (1)": true, "Takeout(3)": true,
		"Takeout-2": true, "Takeout - Copy": true, "Takeout copy 2": true,
		"takeout-20261120T090000Z-001": false, "Takeouts": false, "Takeout old": false, "My Takeout": false, "Takeout 2026-11-20": false,
	} {
		if got := ytTakeoutFolder(name); got != want {
			t.Errorf("ytTakeoutFolder(%q) = %v, want %v", name, got, want)
		}
	}
}
