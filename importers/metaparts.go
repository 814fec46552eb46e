package importers

// The parts of a Meta (Facebook, Instagram) export: told by what they
// hold, passed over or refused with the part that holds the lists asked
// for (see metaPart).

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// mediaExts are the photos, videos and sounds Meta's exports keep (a
// post's photo, a story's video, a voice message).
var mediaExts = []string{".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".heif", ".bmp", ".mp4", ".mov", ".m4v", ".webm", ".3gp", ".mp3", ".m4a", ".aac", ".wav", ".opus", ".ogg"}

// A metaPart is a zip given by name that is a part of a Meta
// (Facebook, Instagram) export holding no list of accounts, or such a
// zip unzipped, its folder given: Meta splits a big export into several
// zips, and the lists are in one of them, the others holding photos and
// videos, posts, messages. In a folder given it is passed over as the
// folder's other files that hold no export are; given by name, it was
// refused as "no export found", the part with the lists beside it.
type metaPart struct {
	path    string   // the zip given
	network string   // audit.Facebook or audit.Instagram
	other   []string // its files that are no photo or video, in the zip
	media   []string // its photos and videos
	pages   []string // Meta's start pages (see metaStartPage), named last: they say nothing of the part
	// before2020: a file of it lies in a month's folder (photos/201811/…),
	// as only Instagram's exports before 2020 keep them, whose lists are
	// in connections.json (see metaLists).
	before2020 bool
}

// names lists m's files for a message: those that are no photo or video
// first, then the photos and videos, then the start pages.
func (m metaPart) names() []string {
	return slices.Concat(m.other, m.media, m.pages)
}

// mediaOnly reports whether m holds nothing but photos and videos (and
// Meta's start page, which says nothing of the part).
func (m metaPart) mediaOnly() bool { return len(m.other) == 0 }

// metaPartOf returns the zip or folder given p as a metaPart, where it
// is told as a part of Meta's by what it holds, not by its name: one of
// its files at least lies in a folder Meta keeps an export's data in
// (see metaFolders), and every other is a photo or video, lies in one
// too or is Meta's start page (see metaStartPage). Its name (facebook-…,
// instagram-…, as Meta names its zips, and an unzipped zip's folder
// keeps) only tells which network's it is, where its folders are both
// networks'. ok is false for any other input: a zip or folder of
// holiday photos is no export, even named facebook-… by the person, nor
// is a photo given alone, nor a folder that holds a file of the
// person's beside the part's. A folder that holds a zip is none: the zip
// may hold anything.
func metaPartOf(files []*File, p string) (part metaPart, ok bool) {
	if !isZip(p) {
		if st, err := os.Stat(p); err != nil || !st.IsDir() {
			return metaPart{}, false
		}
	}
	var rels []string
	for _, f := range files {
		if f.arg() != p {
			continue
		}
		if f.Input != p {
			return metaPart{}, false // a zip in the folder given
		}
		rels = append(rels, f.Path)
	}
	return metaPartFrom(rels, p)
}

// metaPartFrom is metaPartOf for p, a zip or folder, of the files rels,
// by their paths in it.
func metaPartFrom(rels []string, p string) (part metaPart, ok bool) {
	fb, ig, meta := false, false, false
	for _, rel := range rels {
		media := slices.Contains(mediaExts, strings.ToLower(path.Ext(rel)))
		part.before2020 = part.before2020 || inMonthFolder(rel)
		isFB, isIG, both := metaFolders(rel)
		inMeta := isFB || isIG || both
		fb, ig, meta = fb || isFB, ig || isIG, meta || inMeta
		switch {
		case media:
			part.media = append(part.media, rel)
		case inMeta:
			part.other = append(part.other, rel)
		case metaStartPage(rel):
			part.pages = append(part.pages, rel)
		default:
			return metaPart{}, false
		}
	}
	if meta && !fb && !ig {
		switch zipNetwork(strings.ToLower(filepath.Base(p))) {
		case audit.Facebook:
			fb = true
		case audit.Instagram:
			ig = true
		}
	}
	switch {
	case !meta || fb == ig:
		return metaPart{}, false
	case fb:
		part.network = audit.Facebook
	default:
		part.network = audit.Instagram
	}
	part.path = p
	return part, true
}

// metaPartsIn returns the Meta parts (see metaPart) that the folder
// given dir holds: each zip in it, and each folder at its top, judged as
// metaPartOf judges one given by name (nil for a zip or a file given). A
// Facebook zip asked for without "Connections" (posts, photos) in the
// downloads folder given made the folder "no export found", as if it held
// nothing of Facebook's, where the same zip given by name was named as a
// part without its lists, with what to request. A folder at its top that
// holds a zip is none, as given by name; the folder's own files at its
// top are its other files, passed over.
func metaPartsIn(files []*File, dir string) []metaPart {
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return nil
	}
	var order []string
	rels := map[string][]string{}
	holdsZip := map[string]bool{}
	tops := map[string]string{} // a folder at dir's top -> its path
	add := func(unit, rel string) {
		if _, ok := rels[unit]; !ok {
			order = append(order, unit)
		}
		rels[unit] = append(rels[unit], rel)
	}
	for _, f := range files {
		if f.arg() != dir {
			continue
		}
		if f.Input != dir { // an entry of a zip in the folder
			add(f.Input, f.Path)
			if rel, err := filepath.Rel(dir, f.Input); err == nil {
				if top, _, in := strings.Cut(filepath.ToSlash(rel), "/"); in {
					holdsZip[filepath.Join(dir, top)] = true
				}
			}
			continue
		}
		if top, rest, in := strings.Cut(f.Path, "/"); in {
			unit, ok := tops[top]
			if !ok { // joined once a folder: a folder of exports holds 100,000 files
				unit = filepath.Join(dir, top)
				tops[top] = unit
			}
			add(unit, rest)
		}
	}
	var parts []metaPart
	for _, unit := range order {
		if holdsZip[unit] {
			continue
		}
		if m, ok := metaPartFrom(rels[unit], unit); ok {
			parts = append(parts, m)
		}
	}
	return parts
}

// metaPartsUnread notes in stats (Stats.PassedOver) the Meta parts (see
// metaPartsIn) in the folders given that hold an export, where their
// network is read from nothing else: passed over with the folder's other
// files, the network went missing from the summary without a word, where
// the same zip given by name beside the export is said to be passed over,
// with what to request (see metaPartNote). Where the network is read (its
// lists' part in the folder too), nothing is said, as of the folder's
// other files.
func metaPartsUnread(files []*File, paths []string, imps []Importer, claimed [][]*File, recognised map[string]bool, stats *Stats) {
	if stats == nil {
		return
	}
	for _, p := range paths {
		if !recognised[p] {
			continue
		}
		for _, m := range metaPartsIn(files, p) {
			if i := slices.IndexFunc(imps, func(imp Importer) bool { return imp.Network() == m.network }); i >= 0 && len(claimed[i]) > 0 {
				continue
			}
			if note := metaPartNote(m, false); !slices.Contains(stats.PassedOver, note) {
				stats.PassedOver = append(stats.PassedOver, note)
			}
		}
	}
}

// metaStartPage reports whether p, a file's path in an input, is the
// page Meta puts at the top of an export to open it in a browser
// (start_here.html, index.html before 2024), or one level deeper (see
// metaFolders). It is a part's file, but tells no part: a folder of
// photos may have its own index.html.
func metaStartPage(p string) bool {
	dir, name := path.Split(strings.ToLower(p))
	return (name == "start_here.html" || name == "index.html") && strings.Count(dir, "/") <= 1
}

// metaFolders tells whether p, a file's path in an input, lies in a
// folder only Facebook's exports keep (your_facebook_activity/…,
// photos_and_videos/ in older ones), or only Instagram's
// (your_instagram_activity/…, media/posts/… at the top), or one both
// keep: their messages (messages/inbox/…, at the top before 2024), the
// folders at the top of both (see metaTopFolders), and those of their
// older layouts (see olderMetaFile). A part unzipped and zipped again
// keeps them one level deeper, in a folder of its name (X/X/…), as a
// person merging the parts may leave them too.
func metaFolders(p string) (fb, ig, both bool) {
	dirs := strings.Split(strings.ToLower(path.Dir(p)), "/")
	fb, ig, both = metaFoldersAt(dirs, p)
	if !fb && !ig && !both && len(dirs) > 1 {
		return metaFoldersAt(dirs[1:], p)
	}
	return fb, ig, both
}

// metaFoldersAt is metaFolders for dirs, the folders of the file p from
// where the export's top folders lie.
func metaFoldersAt(dirs []string, p string) (fb, ig, both bool) {
	if slices.Contains(metaTopFolders, dirs[0]) || olderMetaFile(dirs, p) {
		both = true
	}
	for i, dir := range dirs {
		switch dir {
		case "your_facebook_activity", "your_activity_across_facebook", "photos_and_videos", "apps_and_websites_off_of_facebook":
			fb = true
		case "your_instagram_activity", "apps_and_websites_off_of_instagram":
			ig = true
		case "messages":
			if i+1 < len(dirs) && slices.Contains(metaMessageFolders, dirs[i+1]) {
				both = true
			}
		}
	}
	if len(dirs) > 1 && dirs[0] == "media" {
		ig = true
	}
	return fb, ig, both
}

// olderMetaFile reports whether the file p, in dirs from the export's
// top, is one of Meta's in the top folders of its older layouts: a page
// or data file (.json, .html) in one of olderMetaTopFolders, a 2020-22
// Facebook export's photo in posts/media/…, or a 2018-19 Instagram
// export's in photos/201811/… (a month's folder). Those folders' names
// are common ones, photos/ or posts/ in a folder of the person's: a
// photo or a note of theirs there is none of Meta's.
func olderMetaFile(dirs []string, p string) bool {
	if len(dirs) > 1 {
		switch {
		case dirs[0] == "posts" && dirs[1] == "media":
			return true
		case monthFolder(dirs):
			return true
		}
	}
	ext := strings.ToLower(path.Ext(p))
	return slices.Contains(olderMetaTopFolders, dirs[0]) && (ext == ".json" || ext == ".html")
}

// monthFolder reports whether dirs, a file's folders from the export's
// top, start with one of olderMonthFolders and a month's (201811).
func monthFolder(dirs []string) bool {
	return len(dirs) > 1 && slices.Contains(olderMonthFolders, dirs[0]) && len(dirs[1]) == 6 && strings.Trim(dirs[1], "0123456789") == ""
}

// inMonthFolder reports whether p, a file's path in an input, lies in a
// month's folder of a 2018-19 Instagram export (see monthFolder), at the
// top or one level deeper (see metaFolders), not in media/ (since 2020,
// media/stories/202611/…).
func inMonthFolder(p string) bool {
	dirs := strings.Split(strings.ToLower(path.Dir(p)), "/")
	return monthFolder(dirs) || len(dirs) > 1 && dirs[0] != "media" && monthFolder(dirs[1:])
}

// olderMonthFolders are the folders a 2018-19 Instagram export keeps its
// photos and videos in, by month (photos/201811/…).
var olderMonthFolders = []string{"photos", "videos", "stories", "profile", "direct"}

// metaTopFolders are the folders at the top of a Facebook export and of
// an Instagram one (since 2023), beside your_facebook_activity or
// your_instagram_activity: a part may hold some of them.
var metaTopFolders = []string{"ads_information", "connections", "logged_information", "personal_information", "preferences", "security_and_login_information"}

// olderMetaTopFolders are the folders at the top of Facebook's exports
// of 2018-22 and Instagram's of 2019-22, before both were gathered in
// your_facebook_activity/, your_instagram_activity/ and the folders of
// metaTopFolders.
var olderMetaTopFolders = []string{
	// Facebook, 2018-19 and 2020-22.
	"about_you", "ads", "ads_and_businesses", "apps_and_websites", "calls_and_messages", "comments",
	"comments_and_reactions", "events", "following_and_followers", "friends", "friends_and_followers",
	"groups", "likes_and_reactions", "location", "marketplace", "other_activity", "pages",
	"payment_history", "posts", "profile_information", "saved_items_and_collections", "search_history",
	"stories", "your_places",
	// Instagram, 2019-22.
	"account_information", "ads_and_topics", "autofill_information", "content", "contacts",
	"device_information", "followers_and_following", "information_about_you", "likes",
	"login_and_account_creation", "media_settings", "monetization", "past_instagram_insights",
	"recent_searches", "saved", "story_sticker_interactions", "your_topics",
	// Both, beside messages/inbox/… (chats.html, secret_conversations.json).
	"messages",
}

// metaMessageFolders are the folders of messages Facebook and Instagram
// keep in messages/.
var metaMessageFolders = []string{"inbox", "archived_threads", "message_requests", "filtered_threads", "e2ee_cutover"}

// metaLists names the files that hold the lists of a Meta network's
// export, for a part's message, with the folders they are in: the zips
// of a split export are told apart by their top folders, connections/
// in the part that holds the lists (your_activity_across_facebook/
// connections/… in 2023). An Instagram part of before 2020 (see
// metaPart.before2020) names the one file of that export's lists.
func metaLists(network string, before2020 bool) string {
	if network == audit.Instagram && before2020 {
		return "connections.json, at the top of its zip"
	}
	if network == audit.Instagram {
		return "connections/followers_and_following/following.json, followers_1.json"
	}
	return "connections/friends/your_friends.json, connections/followers/who_you've_followed.json"
}

// firstAndMore names the first of files and counts the others: "a.jpg",
// "a.jpg and 3 more".
func firstAndMore(files []string) string {
	if len(files) == 1 {
		return files[0]
	}
	return fmt.Sprintf("%s and %s more", files[0], audit.Thousands(len(files)-1))
}

// metaPartsError is the refusal of inputs that are all Meta parts (see
// metaPart): the part that holds the lists is missing.
func metaPartsError(parts []metaPart) error {
	var paths, other, media, pages, titles, lists []string
	for _, m := range parts {
		paths = append(paths, m.path)
		other = append(other, m.other...)
		media = append(media, m.media...)
		pages = append(pages, m.pages...)
		if t := audit.NetworkTitle(m.network); !slices.Contains(titles, t) {
			titles = append(titles, t)
			lists = append(lists, metaLists(m.network, m.before2020))
		}
	}
	holds := "only photos and videos"
	if len(other) > 0 {
		holds = "no list of accounts"
	}
	what := "a part of " + withArticle(titles[0]) + " export that holds"
	missing := "the part that holds the lists (%s) is missing: give it too, with every part of the export"
	switch {
	case len(parts) > 1 && len(titles) == 1:
		what = "parts of " + withArticle(titles[0]) + " export that hold"
	case len(titles) > 1:
		what = "parts of " + listPaths(titles) + " exports that hold"
		missing = "the parts that hold their lists (%s) are missing: give them too, with every part of the exports"
	}
	return fmt.Errorf("%s: %s %s (%s): "+missing,
		listPaths(paths), what, holds, firstAndMore(slices.Concat(other, media, pages)), strings.Join(lists, "; "))
}

// metaPartNote is the note of a Meta part passed over (see metaPart),
// read tells whether its network's lists are read from another input.
func metaPartNote(m metaPart, read bool) string {
	title := audit.NetworkTitle(m.network)
	holds := "only photos and videos, no list of accounts"
	if !m.mediaOnly() {
		holds = "no list of accounts"
	}
	note := fmt.Sprintf("%s: a part of %s export that holds %s (%s)", m.path, withArticle(title), holds, firstAndMore(m.names()))
	if read {
		return note + "; the lists are read from the other parts given."
	}
	return fmt.Sprintf("%s. To audit %s, give the part that holds its lists (%s) too.", note, title, metaLists(m.network, m.before2020))
}
