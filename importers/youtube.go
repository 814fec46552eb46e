package importers

import (
	"bytes"
	"encoding/csv"
	"errors"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// YouTube reads the channel subscriptions of a Google Takeout export of
// "YouTube and YouTube Music": subscriptions/subscriptions.csv since about
// 2021, and the older subscriptions/subscriptions.json, a list of YouTube
// Data API subscription resources ([{"snippet": {"title", "publishedAt",
// "resourceId": {"channelId"}}}]). YouTube has no follower list in Takeout,
// so FollowsYou is always unknown.
//
// Takeout translates the CSV header ("Channel Id,Channel Url,Channel Title",
// "Kanal-ID,Kanal-URL,Kanaltitel", "ID del canal,URL del canal,Título del
// canal", ...) and the folder and file names ("Abos/Abos.csv"), but not the
// order of the columns, so the columns are read by position: channel id,
// channel URL, channel title.
//
// ID scheme: Account.ID is the channel id exactly as written, case kept:
// "UC" and 22 letters, digits, '-' or '_' ("UCsXVk37bltHxD1rDPwtNM8Q").
// It is YouTube's own id, the same in every export whatever the channel's
// title or handle becomes. A channel listed more than once (two Takeout
// parts, the same export given twice) is one account, read where it was
// first listed.
type YouTube struct{}

// Kinds of file YouTube.Detect returns.
const (
	ytCSV  = "subscriptions_csv"
	ytJSON = "subscriptions_json"
)

// Shapes named in error messages, so that the person can compare them with
// the file.
const (
	ytHeader     = "Channel Id,Channel Url,Channel Title"
	ytIDForm     = "UC followed by 22 letters, digits, - or _"
	ytURLExample = "http://www.youtube.com/channel/UC…"
)

// ytSubscriptionName reports whether s (lower-case, NFC) is a name Takeout
// gives the subscriptions folder and file in a language seen in real
// exports: English, German, Czech, Spanish, Russian. Other languages are
// recognised by content.
func ytSubscriptionName(s string) bool {
	switch s {
	case "subscriptions", "abos", "odběry", "suscripciones", "подписки":
		return true
	}
	return false
}

// ytNamesID reports whether a header cell (lower-case) names an id, as
// the subscriptions file's first column does in every language: "Channel
// Id", "Kanal-ID", ..., but in Russian "Идентификатор канала".
func ytNamesID(cell string) bool {
	return strings.Contains(cell, "id") || strings.Contains(cell, "идентификатор")
}

// Network returns "youtube".
func (YouTube) Network() string { return audit.YouTube }

// Detect claims:
//   - subscriptions.csv anywhere, by name;
//   - a .csv or .json named like the subscriptions file, or inside a
//     subscriptions folder, in any of the known languages, under a folder
//     whose name starts with "YouTube" (Takeout's "YouTube and YouTube
//     Music", "YouTube und YouTube Music", ...), by name;
//   - any other .csv whose first record has 3 fields and whose next line
//     starts with a channel id and a youtube.com/channel URL (a translated
//     file name, or a renamed loose file); under a YouTube folder, also one
//     holding only a 3-column header naming an id and a URL (a translated
//     file of someone with no subscriptions);
//   - a subscriptions.json (or translated name) elsewhere whose head holds
//     "resourceId", as the old API-shaped list does;
//   - any other .json under a YouTube folder whose head holds
//     "youtube#subscription", the kind of each subscription resource of
//     that list (a Takeout of before 2021 in a language whose name for
//     the file is not known: "abonnements.json"); a playlist's items are
//     "youtube#playlistItem".
//
// The other Takeout files (archive_browser.html, watch-history.html,
// playlists, comments, channel.csv) are left alone: claiming a file makes
// any error in it fail the whole import.
func (YouTube) Detect(p string, head func() []byte) string {
	base := path.Base(p)
	ext := strings.ToLower(path.Ext(base))
	if ext != ".csv" && ext != ".json" {
		return ""
	}
	stem := ytFold(base[:len(base)-len(ext)])
	kind := ytCSV
	if ext == ".json" {
		kind = ytJSON
	}
	if kind == ytCSV && stem == "subscriptions" {
		return ytCSV
	}
	subsName := ytSubscriptionName(stem)
	inYouTube := ytInYouTube(p)
	if inYouTube && (subsName || ytSubscriptionName(ytFold(path.Base(path.Dir(p))))) {
		return kind
	}
	if kind == ytJSON {
		if subsName && bytes.Contains(head(), []byte(`"resourceId"`)) ||
			inYouTube && bytes.Contains(head(), []byte(`"youtube#subscription"`)) {
			return ytJSON
		}
		return ""
	}
	if ytHeadIsCSV(head(), inYouTube) {
		return ytCSV
	}
	return ""
}

// Covers says which relations a file of this kind lists in full.
func (YouTube) Covers(kind string) []string { return []string{audit.Subscription} }

// listEra says that both kinds hold the one list of subscriptions, as
// Takeout wrote it until about 2021 (JSON) and since (CSV): no Takeout
// holds both, so a JSON beside a CSV is an older export beside a newer,
// whose channels unsubscribed since would come back.
func (YouTube) listEra(f *File) (list, era string) {
	switch f.Kind {
	case ytCSV:
		return "subscriptions", "csv"
	case ytJSON:
		return "subscriptions", "json"
	}
	return "", ""
}

// listFile says that a Takeout holds its subscriptions in one file, named
// in the export's language: a German Abos.csv beside an English
// subscriptions.csv is last quarter's export beside this quarter's (or
// another person's), whose channels unsubscribed since would come back
// (see oneExport).
func (YouTube) listFile(f *File) string {
	list, _ := YouTube{}.listEra(f)
	return list
}

// exportRoot returns the folder of the Takeout that holds p, a claimed
// file (see rootFiler): Takeout's own top folder, "Takeout", that holds
// the YouTube folder and the list's folder in it, whatever the language
// names the last two ("YouTube und YouTube Music/Abos"); or the folder
// above it where that is named as Google names Takeout's zips
// (takeout-20261120T090000Z-001: Windows' "Extract All", or a Mac's of a
// zip of several folders), whose name dates it. A Mac unzips a second
// Takeout beside the first as "Takeout 2": a Takeout folder under a
// copy's name (see ytTakeoutFolder) is a Takeout's own too. Else it is
// p's folder itself (a list moved out of its Takeout, or renamed). Each
// Takeout holds one list of subscriptions: two, told by what they hold,
// in two folders of one zip are two Takeouts zipped together.
func (YouTube) exportRoot(p string) (string, bool) {
	dir := path.Dir(p)
	parts := strings.Split(dir, "/")
	for n := 3; n >= 2; n-- {
		if len(parts) < n {
			continue
		}
		i := len(parts) - n
		if ytTakeoutFolder(parts[i]) && len(parts[i+1]) >= 7 && strings.EqualFold(parts[i+1][:7], "youtube") {
			if i > 0 && strings.HasPrefix(strings.ToLower(parts[i-1]), "takeout-") {
				return strings.Join(parts[:i], "/"), true
			}
			return strings.Join(parts[:i+1], "/"), true
		}
	}
	return dir, true
}

// ytTakeoutFolder reports whether name is Takeout's top folder,
// "Takeout" in every language, or that name with the mark a file manager
// gives a second copy beside the first: "Takeout 2" (macOS unzipping a
// second Takeout), "Takeout (2)", "Takeout-2", "Takeout - Copy".
func ytTakeoutFolder(name string) bool {
	return ytTakeoutName.MatchString(name)
}

var ytTakeoutName = regexp.MustCompile(`(?i)^takeout(\s*\(\d{1,4}\)| \d{1,4}|-\d{1,4}| - copy( \(\d{1,4}\))?| copy( \d{1,4})?)?$`)

// ytFold lower-cases a path component in NFC, so that names re-zipped on a
// Mac (NFD) still match.
func ytFold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	return strings.ToLower(norm.NFC.String(s))
}

// ytInYouTube reports whether a folder of p is named "YouTube…", as
// Takeout's service folder is in every language.
func ytInYouTube(p string) bool {
	dir := path.Dir(p)
	for dir != "." && dir != "/" && dir != "" {
		if len(path.Base(dir)) >= 7 && strings.EqualFold(path.Base(dir)[:7], "youtube") {
			return true
		}
		dir = path.Dir(dir)
	}
	return false
}

// ytWithoutSubscriptions says, of a path given (p) that holds no export,
// that it holds YouTube's folder of a Google Takeout all the same: the
// Takeout was asked for without "subscriptions" (watch history alone), or
// it came in several zips and the part with the list was not given.
func ytWithoutSubscriptions(files []*File, p string) string {
	for _, f := range files {
		if f.arg() == p && ytInYouTube(f.Path) {
			return " (it holds YouTube data from Google Takeout, " + f.Path + ", but no list of your subscriptions: " +
				"if the Takeout came in several zips (takeout-…-001.zip, -002.zip), give them all; else request it again " +
				"with \"subscriptions\" ticked under YouTube and YouTube Music → All YouTube data included)"
		}
	}
	return ""
}

// ytWithoutYouTube says, of a path given (p) that holds no export, that it
// is a Google Takeout all the same, with no YouTube folder: one asked for
// without YouTube and YouTube Music (Drive or Photos alone), or a part of
// a Takeout split into several zips that holds other services' data. Told
// by Takeout's top folder, "Takeout", in every language, its
// archive_browser.html (a Takeout's folder given), or by the name
// Takeout gives its zips (takeout-….zip). Without it, such a zip was
// refused with the list of every file name looked for, which did not say
// what was wrong with it.
func ytWithoutYouTube(files []*File, p string) string {
	for _, f := range files {
		if f.arg() != p {
			continue
		}
		if ytTakeout(f) {
			return " (it is a Google Takeout with no YouTube data: if the Takeout came in several zips " +
				"(takeout-…-001.zip, -002.zip), give them all; else request it again with YouTube and YouTube Music ticked, " +
				"and only \"subscriptions\" under All YouTube data included)"
		}
	}
	return ""
}

// ytTakeout reports whether f is a file of a Google Takeout: under its top
// folder, "Takeout", in every language (or a copy's, "Takeout 2"), its archive_browser.html (a
// Takeout's folder given), or in a zip named as Takeout names them
// (takeout-….zip).
func ytTakeout(f *File) bool {
	top, _, _ := strings.Cut(f.Path, "/")
	return ytTakeoutFolder(top) && top != f.Path || strings.EqualFold(path.Base(f.Path), "archive_browser.html") ||
		strings.HasPrefix(strings.ToLower(path.Base(f.Input)), "takeout-")
}

// ytUnread notes in stats (Stats.PassedOver) the Google Takeouts that a
// path given beside another network's export holds (the downloads folder
// given whole) and that are not read, where no list of YouTube
// subscriptions is: a Takeout whose YouTube folder holds no list (asked
// for without "subscriptions", or a part of one split into several
// zips), and a Takeout asked for as a tar archive (takeout-….tgz), which
// the tool does not read. Passed over as the folder's other files that
// hold no export are, YouTube went missing from the summary without a
// word, where Mastodon's archive of posts is named (see passOver). Each
// is noted once: the zip, or the YouTube folder of a Takeout unzipped. A
// tar archive named otherwise is not: it may be anything.
func ytUnread(files []*File, imps []Importer, claimed [][]*File, recognised map[string]bool, stats *Stats) {
	if stats == nil {
		return
	}
	for i, imp := range imps {
		if imp.Network() == audit.YouTube && len(claimed[i]) > 0 {
			return
		}
	}
	noted := map[string]bool{}
	for _, f := range files {
		if f.Kind != "" || !recognised[f.arg()] {
			continue
		}
		var src, note string
		switch {
		case ytInYouTube(f.Path):
			src = f.ownerSource()
			if !isZip(f.Input) {
				src = ytFolder(f)
			}
			note = "YouTube data from Google Takeout (" + f.Path + "), but no list of your subscriptions. To audit YouTube, " +
				"give all the Takeout's zips if it came in several (takeout-…-001.zip, -002.zip), or request it again " +
				"with \"subscriptions\" ticked under YouTube and YouTube Music → All YouTube data included."
		case isTar(f) && strings.HasPrefix(strings.ToLower(f.Name()), "takeout-"):
			src = f.String()
			note = "a Google Takeout as a tar archive, which the tool does not read. To audit YouTube, if it holds your subscriptions, " +
				"unpack it and give the folder it makes, or request the Takeout again with File type .zip."
		default:
			continue
		}
		if !noted[src] {
			noted[src] = true
			stats.PassedOver = append(stats.PassedOver, src+": "+note)
		}
	}
	if len(noted) > 0 {
		return
	}
	// A Takeout zip with no YouTube data at all (asked for without
	// YouTube and YouTube Music, or the part of a split one that holds
	// other services' data) was passed over without a word: the
	// quarter's YouTube subscriptions went missing, or were carried, the
	// Takeout downloaded for them unnamed.
	for _, f := range files {
		if f.Kind != "" || !recognised[f.arg()] || !isZip(f.Input) || !ytTakeout(f) {
			continue
		}
		if src := f.ownerSource(); !noted[src] {
			noted[src] = true
			stats.PassedOver = append(stats.PassedOver, src+": a Google Takeout with no YouTube data. To audit YouTube, "+
				"give all the Takeout's zips if it came in several (takeout-…-001.zip, -002.zip), or request it again "+
				"with YouTube and YouTube Music ticked, and only \"subscriptions\" under All YouTube data included.")
		}
	}
}

// ytFolder names the YouTube folder of a Takeout unzipped on disk that
// holds f ("dl/Takeout/YouTube and YouTube Music").
func ytFolder(f *File) string {
	dir := path.Dir(f.Path)
	for d := dir; d != "." && d != "/" && d != ""; d = path.Dir(d) {
		if len(path.Base(d)) >= 7 && strings.EqualFold(path.Base(d)[:7], "youtube") {
			dir = d
		}
	}
	return filepath.Join(f.Input, filepath.FromSlash(dir))
}

// ytHeadIsCSV reports whether head is the start of a subscriptions CSV
// (with ',' or, re-saved by a spreadsheet, ';' between fields): a 3-field
// first record followed by a line that starts with a channel id and
// a youtube.com/channel URL, or, when headerOnly is allowed, nothing but a
// 3-column header whose first two columns name an id and a URL.
func ytHeadIsCSV(head []byte, headerOnly bool) bool {
	head = trimBOM(head)
	var lines [2][]byte
	n := 0
	for len(head) > 0 && n < len(lines) {
		var line []byte
		line, head, _ = bytes.Cut(head, []byte{'\n'})
		if line = bytes.TrimSpace(line); len(line) > 0 {
			lines[n] = line
			n++
		}
	}
	if n == 0 {
		return false
	}
	r := csv.NewReader(bytes.NewReader(lines[0]))
	r.Comma = csvComma(lines[0]) // ';' from a spreadsheet's re-save
	hdr, err := r.Read()
	if err != nil || len(hdr) != 3 {
		return false
	}
	if n == 2 {
		sep := []byte{byte(r.Comma)}
		id, rest, _ := bytes.Cut(lines[1], sep)
		u, _, _ := bytes.Cut(rest, sep)
		return validChannelID(string(ytUnquote(id))) && ytIsChannelURL(string(ytUnquote(u)))
	}
	return headerOnly &&
		ytNamesID(strings.ToLower(hdr[0])) && strings.Contains(strings.ToLower(hdr[1]), "url")
}

// ytUnquote trims spaces and one pair of surrounding double quotes.
func ytUnquote(b []byte) []byte {
	b = bytes.TrimSpace(b)
	if len(b) >= 2 && b[0] == '"' && b[len(b)-1] == '"' {
		b = b[1 : len(b)-1]
	}
	return b
}

// validChannelID reports whether s is a channel id: "UC" and 22 characters
// of the URL-safe base64 alphabet.
func validChannelID(s string) bool {
	if len(s) != 24 || s[0] != 'U' || s[1] != 'C' {
		return false
	}
	for i := 2; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// ytURLRest returns what follows "http://" or "https://" (in any case) in
// u when u is a web address on youtube.com or one of its subdomains.
func ytURLRest(u string) (string, bool) {
	var rest string
	switch {
	case len(u) > 8 && strings.EqualFold(u[:8], "https://"):
		rest = u[8:]
	case len(u) > 7 && strings.EqualFold(u[:7], "http://"):
		rest = u[7:]
	default:
		return "", false
	}
	host := rest
	if i := strings.IndexAny(host, "/?#"); i >= 0 {
		host = host[:i]
	}
	const domain = "youtube.com"
	ok := strings.EqualFold(host, domain) ||
		len(host) > len(domain)+1 && host[len(host)-len(domain)-1] == '.' && strings.EqualFold(host[len(host)-len(domain):], domain)
	return rest, ok
}

// ytIsChannelURL reports whether u is a youtube.com/channel/ address.
func ytIsChannelURL(u string) bool {
	rest, ok := ytURLRest(u)
	if !ok {
		return false
	}
	_, p, _ := strings.Cut(rest, "/")
	return len(p) > len("channel/") && strings.EqualFold(p[:len("channel/")], "channel/")
}

// Formats describes the Takeout export, and where to ask for it.
func (YouTube) Formats() []Format {
	return []Format{{
		Network: audit.YouTube,
		Name:    "Google Takeout (YouTube and YouTube Music)",
		Request: "takeout.google.com → Deselect all → tick YouTube and YouTube Music → " +
			"All YouTube data included → Deselect all, tick only \"subscriptions\" → OK → " +
			"Next step → File type: .zip (not .tgz) → Create export (zip takeout-YYYYMMDDTHHMMSSZ-001.zip)",
		Files: []string{
			"YouTube and YouTube Music/subscriptions/subscriptions.csv",
			"YouTube and YouTube Music/subscriptions/subscriptions.json",
		},
	}}
}

// Import reads every CSV file in the order given, then every JSON file, so
// that a channel in both is read from the newer format, and the older one
// still gives it the subscription date it alone has. Read never gives it
// both (an old JSON beside a new CSV is two exports: see listEra); a caller
// that does gets the two lists merged.
func (yt YouTube) Import(files []*File) ([]audit.Account, error) {
	kinds := make([]string, len(files))
	var size int64
	for i, f := range files {
		k := kindOf(yt, f)
		if k != ytCSV && k != ytJSON {
			return nil, errorf(f, "not a YouTube subscriptions file: expected Google Takeout's subscriptions.csv (%s)", ytHeader)
		}
		kinds[i] = k
		size = plusSize(size, f)
	}
	// About 90 bytes per CSV row; capped so that a size an archive merely
	// declares cannot reserve much memory up front.
	hint := int(min(size/90, 1<<20))
	im := ytImport{accs: make([]audit.Account, 0, hint), seen: make(map[string]int, hint)}
	for _, want := range [...]string{ytCSV, ytJSON} {
		for i, f := range files {
			if kinds[i] != want {
				continue
			}
			var err error
			if want == ytCSV {
				err = im.readCSV(f)
			} else {
				err = im.readJSON(f)
			}
			if err != nil {
				return nil, err
			}
		}
	}
	return im.accs, nil
}

// ytImport is the state of one Import call.
type ytImport struct {
	accs []audit.Account
	seen map[string]int // channel id -> index in accs
}

// add appends the subscription of one channel, unless the channel is
// already there; a repeat can still give it the date it lacks.
func (im *ytImport) add(id, url, title string, since audit.Date, src string) {
	if i, ok := im.seen[id]; ok {
		if im.accs[i].Since.IsZero() {
			im.accs[i].Since = since
		}
		return
	}
	// One allocation holds every string the account keeps: substrings of
	// the record would pin the whole CSV line in memory.
	var b strings.Builder
	b.Grow(len(id) + len("https://") + len(url) + len(title))
	b.WriteString(id)
	b.WriteString("https://")
	b.WriteString(url)
	urlEnd := b.Len()
	writeWords(&b, title, false)
	s := b.String()
	im.seen[s[:len(id)]] = len(im.accs)
	im.accs = append(im.accs, audit.Account{
		Network:    audit.YouTube,
		Relation:   audit.Subscription,
		ID:         s[:len(id)],
		Name:       s[urlEnd:],
		ProfileURL: s[len(id):urlEnd],
		Since:      since,
		Source:     src,
	})
}

// readCSV reads one subscriptions.csv. The first record that is not blank
// is the header, unless it already is a subscription (a file whose header
// was removed). Blank lines, which Takeout writes at the end, are skipped;
// a file of blank lines only is refused.
func (im *ytImport) readCSV(f *File) error {
	cf, err := openCSV(f)
	if err != nil {
		return err
	}
	defer cf.Close()
	src := f.String()
	width, headerLine := 0, 0
	err = cf.eachInStep(func(rec []string, line int) error {
		if width == 0 {
			if len(rec) < 3 {
				return lineErrorf(f, line, "the header has %s column(s): expected 3, channel id, URL and title, like %s", audit.Thousands(len(rec)), ytHeader)
			}
			width, headerLine = len(rec), line
			if !validChannelID(strings.TrimSpace(rec[0])) {
				return nil
			}
			headerLine = 0
		}
		if len(rec) != width {
			if headerLine > 0 {
				return widthError(f, line, width, headerLine, rec)
			}
			return lineErrorf(f, line, "expected %s fields as on the first line, found %s", audit.Thousands(width), audit.Thousands(len(rec)))
		}
		id := strings.TrimSpace(rec[0])
		if !validChannelID(id) {
			return lineErrorf(f, line, "channel id %s is not a YouTube channel id: expected %s", quoteExcerpt(rec[0]), ytIDForm)
		}
		u := strings.TrimSpace(rec[1])
		rest, ok := ytURLRest(u)
		if !ok {
			return lineErrorf(f, cf.fieldLine(1), "channel URL %s is not a YouTube address: expected one like %s", quoteExcerpt(rec[1]), ytURLExample)
		}
		im.add(id, rest, rec[2], 0, src)
		return nil
	})
	if err == nil && width == 0 {
		// Blank lines alone (or padding rows of commas) are a file
		// emptied, as an empty file is refused: read as no
		// subscriptions, every channel was counted unsubscribed. A
		// header alone is none.
		return errorf(f, "the file is empty: it holds blank lines only")
	}
	return err
}

// ytSubscription is one element of the old subscriptions.json: a YouTube
// Data API subscription resource, of which only these fields are read.
type ytSubscription struct {
	Snippet struct {
		Title       string `json:"title"`
		PublishedAt string `json:"publishedAt"`
		ResourceID  struct {
			ChannelID string `json:"channelId"`
		} `json:"resourceId"`
	} `json:"snippet"`
}

// readJSON reads one old subscriptions.json: a list, or the API's
// {"items": [...]} response as some tools saved it. publishedAt, when
// there, is the day of the subscription.
func (im *ytImport) readJSON(f *File) error {
	tf, err := openText(f)
	if err != nil {
		return err
	}
	defer tf.Close()
	src := f.String()
	found, err := eachJSON(tf, f, []string{"items"}, func(s ytSubscription) error {
		id := s.Snippet.ResourceID.ChannelID
		if !validChannelID(id) {
			return errors.New("snippet.resourceId.channelId " + quoteExcerpt(id) + " is not a YouTube channel id: expected " + ytIDForm)
		}
		var since audit.Date
		if p := s.Snippet.PublishedAt; p != "" {
			t, err := time.Parse(time.RFC3339, p)
			if err != nil {
				return errors.New("snippet.publishedAt " + quoteExcerpt(p) + " is not a time: expected one like \"2020-07-14T04:28:48.385Z\"")
			}
			since = audit.DateOf(t)
			f.dated(since)
		}
		im.add(id, "www.youtube.com/channel/"+id, s.Snippet.Title, since, src)
		return nil
	})
	if err != nil {
		return err
	}
	if !found {
		return errorf(f, "no list of subscriptions: expected a JSON list of {\"snippet\": {\"resourceId\": {\"channelId\": …}, \"title\": …}}; "+
			"or request a new Takeout, which writes subscriptions.csv")
	}
	return nil
}
