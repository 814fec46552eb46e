package importers

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Meta (Facebook, Instagram) splits a big export into several zips, and
// a part may hold only photos and videos, or posts and messages too, and
// no list. Named on the command line with the part that holds the lists,
// it was refused as "no export found", though in a folder given it
// passed: it is passed over, said so, and the other inputs are read.
// Given without the lists' part, the refusal says that part is missing.
// A part is told by Meta's folders, not by its name: photos in a folder
// named facebook-… are no export.
func TestMetaParts(t *testing.T) {
	fbLists := []zipEntry{
		{name: "connections/friends/your_friends.json", data: fbFile("friends_v2", fbE{"Ines Moreau", 1700000000})},
		{name: "connections/followers/who_you've_followed.json", data: fbFile("following_v3", fbE{"Harbor Press", 1700000001})},
	}
	fbMedia := []zipEntry{
		{name: "your_facebook_activity/posts/media/Album_1/photo_1.jpg", data: "\xff\xd8\xff\xe0jpeg"},
		{name: "your_facebook_activity/posts/media/Album_1/video_1.mp4", data: "\x00\x00\x00\x18ftypmp42"},
	}
	igMedia := []zipEntry{
		{name: "media/posts/202611/17900000000000001.jpg", data: "\xff\xd8\xff\xe0jpeg"},
		{name: "media/stories/202611/17900000000000002.mp4", data: "\x00\x00\x00\x18ftypmp42"},
	}
	// A part of posts and messages, with their photos: no lists either.
	fbPosts := []zipEntry{
		{name: "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", data: `[{"timestamp": 1700000000, "data": [{"post": "Hello"}]}]`},
		{name: "your_facebook_activity/posts/media/Album_1/photo_3.jpg", data: "\xff\xd8\xff\xe0jpeg"},
		{name: "your_facebook_activity/messages/inbox/inesmoreau_123/message_1.json", data: `{"participants": [], "messages": []}`},
	}
	igMessages := []zipEntry{
		{name: "your_instagram_activity/messages/inbox/ines.m_456/message_1.json", data: `{"participants": [], "messages": []}`},
		{name: "your_instagram_activity/messages/inbox/ines.m_456/photos/1790000000003.jpg", data: "\xff\xd8\xff\xe0jpeg"},
	}
	liZip := []zipEntry{{name: "Connections.csv", data: liRequestFiles(2, "Nora Quist", true)["Connections.csv"]}}
	holiday := []zipEntry{{name: "photos/beach.jpg", data: "\xff\xd8\xff\xe0jpeg"}}
	const (
		fbPart1 = "facebook-noraquist-20261120-part1.zip"
		fbPart2 = "facebook-noraquist-20261120-part2.zip"
		fbPart3 = "facebook-noraquist-20261120-part3.zip"
		igPart2 = "instagram-noraquist-2026-11-20-part2.zip"
		liName  = "Complete_LinkedInDataExport_11-20-2026.zip"
	)
	cases := []struct {
		name     string
		zips     map[string][]zipEntry
		dirs     map[string][]zipEntry // folders on disk: a part unzipped
		given    []string
		networks []string // the networks read
		passed   []string // the notes of what was passed over
		err      []string // else substrings of the one-line refusal
	}{
		{
			name:     "a media-only part given with the lists' part",
			zips:     map[string][]zipEntry{fbPart1: fbLists, fbPart2: fbMedia},
			given:    []string{fbPart1, fbPart2},
			networks: []string{"facebook"},
			passed: []string{fbPart2 + ": a part of a Facebook export that holds only photos and videos, no list of accounts" +
				" (your_facebook_activity/posts/media/Album_1/photo_1.jpg and 1 more); the lists are read from the other parts given."},
		},
		{
			name:     "the media-only part given first",
			zips:     map[string][]zipEntry{fbPart1: fbLists, fbPart2: fbMedia},
			given:    []string{fbPart2, fbPart1},
			networks: []string{"facebook"},
			passed: []string{fbPart2 + ": a part of a Facebook export that holds only photos and videos, no list of accounts" +
				" (your_facebook_activity/posts/media/Album_1/photo_1.jpg and 1 more); the lists are read from the other parts given."},
		},
		{
			name:     "an Instagram media-only part beside another network's export",
			zips:     map[string][]zipEntry{liName: liZip, igPart2: igMedia},
			given:    []string{liName, igPart2},
			networks: []string{"linkedin"},
			passed: []string{igPart2 + ": a part of an Instagram export that holds only photos and videos, no list of accounts" +
				" (media/posts/202611/17900000000000001.jpg and 1 more). To audit Instagram, give the part that holds its lists" +
				" (connections/followers_and_following/following.json, followers_1.json) too."},
		},
		{
			name:  "a media-only part alone",
			zips:  map[string][]zipEntry{fbPart2: fbMedia},
			given: []string{fbPart2},
			err: []string{fbPart2 + ": a part of a Facebook export that holds only photos and videos (your_facebook_activity/posts/media/Album_1/photo_1.jpg and 1 more):" +
				" the part that holds the lists (connections/friends/your_friends.json, connections/followers/who_you've_followed.json) is missing: give it too, with every part of the export"},
		},
		{
			name:  "two media-only parts, without the lists' part",
			zips:  map[string][]zipEntry{fbPart2: fbMedia, fbPart3: fbMedia},
			given: []string{fbPart2, fbPart3},
			err: []string{fbPart2 + " and " + fbPart3 + ": parts of a Facebook export that hold only photos and videos (your_facebook_activity/posts/media/Album_1/photo_1.jpg and 3 more):" +
				" the part that holds the lists (connections/friends/your_friends.json, connections/followers/who_you've_followed.json) is missing: give it too, with every part of the export"},
		},
		{
			// Each network's part with the lists is missing: both are
			// asked for.
			name:  "a Facebook and an Instagram media-only part, alone",
			zips:  map[string][]zipEntry{fbPart2: fbMedia, igPart2: igMedia},
			given: []string{fbPart2, igPart2},
			err: []string{fbPart2 + " and " + igPart2 + ": parts of Facebook and Instagram exports that hold only photos and videos (your_facebook_activity/posts/media/Album_1/photo_1.jpg and 3 more):" +
				" the parts that hold their lists (connections/friends/your_friends.json, connections/followers/who_you've_followed.json; connections/followers_and_following/following.json, followers_1.json) are missing: give them too, with every part of the exports"},
		},
		{
			// Unzipped, the part is a folder named as its zip was.
			name:     "a media-only part unzipped, given with the lists' part",
			zips:     map[string][]zipEntry{fbPart1: fbLists},
			dirs:     map[string][]zipEntry{"facebook-noraquist-20261120-part2": fbMedia},
			given:    []string{fbPart1, "facebook-noraquist-20261120-part2"},
			networks: []string{"facebook"},
			passed: []string{"facebook-noraquist-20261120-part2: a part of a Facebook export that holds only photos and videos, no list of accounts" +
				" (your_facebook_activity/posts/media/Album_1/photo_1.jpg and 1 more); the lists are read from the other parts given."},
		},
		{
			name:     "a media-only part unzipped and renamed, told by Meta's folders",
			dirs:     map[string][]zipEntry{"part2": igMedia, "part1": {{name: igFollowingP, data: igFollowingNew(igE{"ines.m", 1700000000})}}},
			given:    []string{"part2/", "part1"},
			networks: []string{"instagram"},
			passed: []string{"part2/: a part of an Instagram export that holds only photos and videos, no list of accounts" +
				" (media/posts/202611/17900000000000001.jpg and 1 more); the lists are read from the other parts given."},
		},
		{
			name:  "a media-only part unzipped, alone",
			dirs:  map[string][]zipEntry{"facebook-noraquist-20261120-part2": fbMedia},
			given: []string{"facebook-noraquist-20261120-part2"},
			err: []string{"facebook-noraquist-20261120-part2: a part of a Facebook export that holds only photos and videos (your_facebook_activity/posts/media/Album_1/photo_1.jpg and 1 more):" +
				" the part that holds the lists (connections/friends/your_friends.json, connections/followers/who_you've_followed.json) is missing"},
		},
		{
			name:     "a part of posts given with the lists' part",
			zips:     map[string][]zipEntry{fbPart1: fbLists, fbPart2: fbPosts},
			given:    []string{fbPart2, fbPart1},
			networks: []string{"facebook"},
			passed: []string{fbPart2 + ": a part of a Facebook export that holds no list of accounts" +
				" (your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json and 2 more); the lists are read from the other parts given."},
		},
		{
			name:  "a part of posts alone",
			zips:  map[string][]zipEntry{fbPart2: fbPosts},
			given: []string{fbPart2},
			err: []string{fbPart2 + ": a part of a Facebook export that holds no list of accounts (your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json and 2 more):" +
				" the part that holds the lists (connections/friends/your_friends.json, connections/followers/who_you've_followed.json) is missing: give it too, with every part of the export"},
		},
		{
			name:  "a part of posts and a media-only part, without the lists' part",
			zips:  map[string][]zipEntry{fbPart2: fbMedia, fbPart3: fbPosts},
			given: []string{fbPart2, fbPart3},
			err: []string{fbPart2 + " and " + fbPart3 + ": parts of a Facebook export that hold no list of accounts (your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json and 4 more):" +
				" the part that holds the lists (connections/friends/your_friends.json, connections/followers/who_you've_followed.json) is missing: give it too, with every part of the export"},
		},
		{
			name:     "an Instagram part of messages beside another network's export",
			zips:     map[string][]zipEntry{liName: liZip, igPart2: igMessages},
			given:    []string{liName, igPart2},
			networks: []string{"linkedin"},
			passed: []string{igPart2 + ": a part of an Instagram export that holds no list of accounts" +
				" (your_instagram_activity/messages/inbox/ines.m_456/message_1.json and 1 more). To audit Instagram, give the part that holds its lists" +
				" (connections/followers_and_following/following.json, followers_1.json) too."},
		},
		{
			name:  "a part of posts unzipped, alone",
			dirs:  map[string][]zipEntry{"facebook-noraquist-20261120-part2": fbPosts},
			given: []string{"facebook-noraquist-20261120-part2"},
			err: []string{"facebook-noraquist-20261120-part2: a part of a Facebook export that holds no list of accounts (your_facebook_activity/messages/inbox/inesmoreau_123/message_1.json and 2 more):" +
				" the part that holds the lists (connections/friends/your_friends.json, connections/followers/who_you've_followed.json) is missing"},
		},
		{
			// Meta's top folders of both networks: the name tells which.
			name: "a part of posts and logged information given with the lists' part",
			zips: map[string][]zipEntry{fbPart1: fbLists, fbPart2: append(slices.Clone(fbPosts),
				zipEntry{name: "logged_information/search/your_search_history.json", data: `{"searches_v2": []}`},
				zipEntry{name: "preferences/feed/feed.json", data: `{"feed_v2": []}`})},
			given:    []string{fbPart1, fbPart2},
			networks: []string{"facebook"},
			passed: []string{fbPart2 + ": a part of a Facebook export that holds no list of accounts" +
				" (your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json and 4 more); the lists are read from the other parts given."},
		},
		{
			name:  "a part of logged information alone",
			zips:  map[string][]zipEntry{igPart2: {{name: "logged_information/recent_searches/word_or_phrase_searches.json", data: `{"searches_keyword": []}`}}},
			given: []string{igPart2},
			err: []string{igPart2 + ": a part of an Instagram export that holds no list of accounts (logged_information/recent_searches/word_or_phrase_searches.json):" +
				" the part that holds the lists (connections/followers_and_following/following.json, followers_1.json) is missing"},
		},
		{
			name:  "a zip of a folder named preferences, named by no network",
			zips:  map[string][]zipEntry{"backup.zip": {{name: "preferences/settings.json", data: `{}`}}},
			given: []string{"backup.zip"},
			err:   []string{"backup.zip: no export found"},
		},
		{
			// A file out of Meta's folders is none of Meta's: the folder
			// is no part.
			name:  "a part of posts unzipped, with a file of the person's",
			zips:  map[string][]zipEntry{fbPart1: fbLists},
			dirs:  map[string][]zipEntry{"facebook-noraquist-20261120-part2": append(slices.Clone(fbPosts), zipEntry{name: "notes.txt", data: "to do"})},
			given: []string{fbPart1, "facebook-noraquist-20261120-part2"},
			err:   []string{"facebook-noraquist-20261120-part2: no export found"},
		},
		{
			// A zip in the folder may hold anything: the folder is no
			// part of photos alone.
			name:  "a media-only folder that holds a zip too",
			zips:  map[string][]zipEntry{fbPart1: fbLists, "facebook-noraquist-20261120-part2/notes.zip": {{name: "notes.txt", data: "hello"}}},
			dirs:  map[string][]zipEntry{"facebook-noraquist-20261120-part2": fbMedia},
			given: []string{fbPart1, "facebook-noraquist-20261120-part2"},
			err:   []string{"facebook-noraquist-20261120-part2: no export found"},
		},
		{
			// Its name is no part's layout: a folder of photos named so
			// by the person is no export, as any other folder of photos.
			name:  "a folder of photos named as a Facebook part, alone",
			dirs:  map[string][]zipEntry{"facebook-holiday": {{name: "beach.jpg", data: "\xff\xd8\xff\xe0jpeg"}, {name: "dunes.jpg", data: "\xff\xd8\xff\xe0jpeg"}}},
			given: []string{"facebook-holiday"},
			err:   []string{"facebook-holiday: no export found: none of its 2 files (beach.jpg and dunes.jpg) is a network's export. " + downloadAdvice},
		},
		{
			name:  "a folder of photos named as a Facebook part, beside the lists' part",
			zips:  map[string][]zipEntry{fbPart1: fbLists},
			dirs:  map[string][]zipEntry{"facebook-noraquist-20261120-part2": holiday},
			given: []string{fbPart1, "facebook-noraquist-20261120-part2"},
			err:   []string{"facebook-noraquist-20261120-part2: no export found"},
		},
		{
			name:  "a zip of photos named as an Instagram part",
			zips:  map[string][]zipEntry{igPart2: {{name: "IMG_0001.jpg", data: "\xff\xd8\xff\xe0jpeg"}}},
			given: []string{igPart2},
			err:   []string{igPart2 + ": no export found: its one file (IMG_0001.jpg) is not a network's export. " + downloadAdvice},
		},
		{
			// Instagram's media/ holds folders (posts/202611/…), never
			// its photos at its top.
			name:  "a zip of photos in a folder named media",
			zips:  map[string][]zipEntry{"pictures.zip": {{name: "media/IMG_0001.jpg", data: "\xff\xd8\xff\xe0jpeg"}}},
			given: []string{"pictures.zip"},
			err:   []string{"pictures.zip: no export found"},
		},
		{
			// The folders of messages are both networks' (before 2024 at
			// the top): the name tells which.
			name:  "a part of messages in the older layout, alone",
			zips:  map[string][]zipEntry{igPart2: {{name: "messages/inbox/ines.m_456/photos/1790000000003.jpg", data: "\xff\xd8\xff\xe0jpeg"}}},
			given: []string{igPart2},
			err: []string{igPart2 + ": a part of an Instagram export that holds only photos and videos (messages/inbox/ines.m_456/photos/1790000000003.jpg):" +
				" the part that holds the lists (connections/followers_and_following/following.json, followers_1.json) is missing"},
		},
		{
			name:  "a part of messages in the older layout, named by no network",
			zips:  map[string][]zipEntry{"part2.zip": {{name: "messages/inbox/ines.m_456/photos/1790000000003.jpg", data: "\xff\xd8\xff\xe0jpeg"}}},
			given: []string{"part2.zip"},
			err:   []string{"part2.zip: no export found"},
		},
		{
			// Older exports keep their files in other top folders
			// (2018-19: posts/, comments/, photos_and_videos/; Instagram's
			// 2022: content/): Meta writes .json or .html in them.
			name: "a part of a 2019 Facebook export, its older top folders",
			zips: map[string][]zipEntry{fbPart2: {
				{name: "posts/your_posts_1.json", data: `{"status_updates": []}`},
				{name: "comments/comments.json", data: `{"comments": []}`},
				{name: "likes_and_reactions/posts_and_comments.json", data: `{"reactions": []}`},
				{name: "profile_information/profile_information.json", data: `{"profile": {}}`},
				{name: "photos_and_videos/Album_1/photo_4.jpg", data: "\xff\xd8\xff\xe0jpeg"},
			}},
			given: []string{fbPart2},
			err: []string{fbPart2 + ": a part of a Facebook export that holds no list of accounts (posts/your_posts_1.json and 4 more):" +
				" the part that holds the lists (connections/friends/your_friends.json, connections/followers/who_you've_followed.json) is missing"},
		},
		{
			name: "a part of a 2022 Instagram export, its older top folders",
			zips: map[string][]zipEntry{igPart2: {
				{name: "content/posts_1.json", data: `[]`},
				{name: "likes/liked_posts.json", data: `{"likes_media_likes": []}`},
				{name: "media/posts/202201/17900000000000004.jpg", data: "\xff\xd8\xff\xe0jpeg"},
			}},
			given: []string{igPart2},
			err:   []string{igPart2 + ": a part of an Instagram export that holds no list of accounts (content/posts_1.json and 2 more)"},
		},
		{
			// A 2021 Facebook export keeps its photos in posts/media/.
			name:  "a part of photos of a 2021 Facebook export",
			zips:  map[string][]zipEntry{fbPart2: {{name: "posts/media/Album_1/photo_1.jpg", data: "\xff\xd8\xff\xe0jpeg"}}},
			given: []string{fbPart2},
			err:   []string{fbPart2 + ": a part of a Facebook export that holds only photos and videos (posts/media/Album_1/photo_1.jpg)"},
		},
		{
			// A 2018 Instagram export keeps them by month, photos/201811/.
			name: "a part of photos of a 2018 Instagram export",
			zips: map[string][]zipEntry{igPart2: {
				{name: "photos/201811/1a2b3c.jpg", data: "\xff\xd8\xff\xe0jpeg"},
				{name: "videos/201811/4d5e6f.mp4", data: "\x00\x00\x00\x18ftypmp42"},
			}},
			given: []string{igPart2},
			err: []string{igPart2 + ": a part of an Instagram export that holds only photos and videos (photos/201811/1a2b3c.jpg and 1 more):" +
				" the part that holds the lists (connections.json, at the top of its zip) is missing"},
		},
		{
			// Unzipped and zipped again, a part keeps its folders one
			// level deeper, in a folder of its name.
			name: "a part one level deeper, with the lists' part",
			zips: map[string][]zipEntry{fbPart1: fbLists, fbPart2: {
				{name: "facebook-noraquist-20261120-part2/your_facebook_activity/posts/your_posts_1.json", data: `[]`},
				{name: "facebook-noraquist-20261120-part2/logged_information/search/your_search_history.json", data: `{"searches_v2": []}`},
				{name: "facebook-noraquist-20261120-part2/posts/media/Album_1/photo_1.jpg", data: "\xff\xd8\xff\xe0jpeg"},
			}},
			given:    []string{fbPart1, fbPart2},
			networks: []string{"facebook"},
			passed: []string{fbPart2 + ": a part of a Facebook export that holds no list of accounts" +
				" (facebook-noraquist-20261120-part2/your_facebook_activity/posts/your_posts_1.json and 2 more); the lists are read from the other parts given."},
		},
		{
			name:  "a part of photos one level deeper, alone",
			zips:  map[string][]zipEntry{igPart2: {{name: "instagram-noraquist-2026-11-20-part2/media/posts/202611/17900000000000001.jpg", data: "\xff\xd8\xff\xe0jpeg"}}},
			given: []string{igPart2},
			err:   []string{igPart2 + ": a part of an Instagram export that holds only photos and videos (instagram-noraquist-2026-11-20-part2/media/posts/202611/17900000000000001.jpg)"},
		},
		{
			// Meta's start page at the top (start_here.html, index.html
			// before 2024) is the part's, not a file of the person's.
			name: "a part with Meta's start page",
			zips: map[string][]zipEntry{fbPart2: append([]zipEntry{{name: "start_here.html", data: "<html>Facebook</html>"}}, fbPosts...),
				igPart2: {{name: "index.html", data: "<html>Instagram</html>"}, {name: "content/posts_1.html", data: "<html>Instagram</html>"},
					{name: "messages/secret_conversations.html", data: "<html>Instagram</html>"}}},
			given: []string{fbPart2, igPart2},
			err:   []string{fbPart2 + " and " + igPart2 + ": parts of Facebook and Instagram exports that hold no list of accounts (your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json and 6 more)"},
		},
		{
			// Photos with the start page alone: the part holds only
			// photos and videos, named first, the page saying nothing.
			name:  "a part of photos with Meta's start page",
			zips:  map[string][]zipEntry{fbPart2: {{name: "start_here.html", data: "<html>Facebook</html>"}, {name: "your_facebook_activity/posts/media/Album_1/photo_1.jpg", data: "\xff\xd8\xff\xe0jpeg"}}},
			given: []string{fbPart2},
			err:   []string{fbPart2 + ": a part of a Facebook export that holds only photos and videos (your_facebook_activity/posts/media/Album_1/photo_1.jpg and 1 more)"},
		},
		{
			// The older top folders' names are common ones: a folder of
			// the person's named facebook-… holding photos, notes or a
			// web page there is no part.
			name: "a folder of photos and notes in folders named as Meta's older ones",
			dirs: map[string][]zipEntry{"facebook-holiday": {
				{name: "index.html", data: "<html>Holiday</html>"},
				{name: "photos/beach.jpg", data: "\xff\xd8\xff\xe0jpeg"},
				{name: "posts/draft.txt", data: "to do"},
			}},
			given: []string{"facebook-holiday"},
			err:   []string{"facebook-holiday: no export found"},
		},
		{
			name:  "a gallery named as Meta's part, its page beside its photos",
			dirs:  map[string][]zipEntry{"facebook-holiday": {{name: "index.html", data: "<html>Holiday</html>"}, {name: "photos/beach.jpg", data: "\xff\xd8\xff\xe0jpeg"}}},
			given: []string{"facebook-holiday"},
			err:   []string{"facebook-holiday: no export found"},
		},
		{
			name:  "a zip of an older top folder, named by no network",
			zips:  map[string][]zipEntry{"backup.zip": {{name: "posts/your_posts_1.json", data: `[]`}}},
			given: []string{"backup.zip"},
			err:   []string{"backup.zip: no export found"},
		},
		{
			name:  "a folder of holiday photos",
			zips:  map[string][]zipEntry{fbPart1: fbLists},
			dirs:  map[string][]zipEntry{"holiday": holiday},
			given: []string{fbPart1, "holiday"},
			err:   []string{"holiday: no export found"},
		},
		{
			// The downloads folder given, holding a part and no export:
			// the part is named as given by name, the folder's other
			// files passed over.
			name:  "a folder holding a part without the lists",
			zips:  map[string][]zipEntry{filepath.Join("dl", fbPart2): fbPosts},
			dirs:  map[string][]zipEntry{"dl": {{name: "notes.txt", data: "hello"}}},
			given: []string{"dl"},
			err:   []string{filepath.Join("dl", fbPart2) + ": a part of a Facebook export that holds no list of accounts (your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json and 2 more): the part that holds the lists"},
		},
		{
			name:  "a folder holding a part unzipped",
			dirs:  map[string][]zipEntry{filepath.Join("dl", "instagram-noraquist-2026-11-20-part2"): igMessages, "dl": {{name: "notes.txt", data: "hello"}}},
			given: []string{"dl"},
			err:   []string{filepath.Join("dl", "instagram-noraquist-2026-11-20-part2") + ": a part of an Instagram export that holds no list of accounts"},
		},
		{
			name:  "a folder holding parts of two networks",
			zips:  map[string][]zipEntry{filepath.Join("dl", fbPart2): fbMedia, filepath.Join("dl", igPart2): igMedia},
			given: []string{"dl"},
			err:   []string{"parts of Facebook and Instagram exports that hold only photos and videos"},
		},
		{
			// Beside another network's export in the folder given, the
			// part is passed over with the folder's other files, and,
			// its network read from nothing else, said so.
			name:     "a folder holding a part beside another network's export",
			zips:     map[string][]zipEntry{filepath.Join("dl", liName): liZip, filepath.Join("dl", igPart2): igMedia},
			given:    []string{"dl"},
			networks: []string{"linkedin"},
			passed: []string{filepath.Join("dl", igPart2) + ": a part of an Instagram export that holds only photos and videos, no list of accounts" +
				" (media/posts/202611/17900000000000001.jpg and 1 more). To audit Instagram, give the part that holds its lists" +
				" (connections/followers_and_following/following.json, followers_1.json) too."},
		},
		{
			// Its lists' part in the folder too, it is passed over with
			// the folder's other files, unsaid.
			name:     "a folder holding a part beside the lists' part",
			zips:     map[string][]zipEntry{filepath.Join("dl", fbPart1): fbLists, filepath.Join("dl", fbPart2): fbMedia},
			given:    []string{"dl"},
			networks: []string{"facebook"},
		},
		{
			// A folder in it that holds a zip too is none, as given by
			// name: the zip may hold anything.
			name:  "a folder holding a media folder that holds a zip",
			zips:  map[string][]zipEntry{filepath.Join("dl", "facebook-noraquist-20261120-part2", "notes.zip"): {{name: "notes.txt", data: "hello"}}},
			dirs:  map[string][]zipEntry{filepath.Join("dl", "facebook-noraquist-20261120-part2"): fbMedia},
			given: []string{"dl"},
			err:   []string{"dl: no export found: none of its 3 files"},
		},
		{
			// A zip of photos that is no Meta export is no export.
			name:  "a zip of holiday photos",
			zips:  map[string][]zipEntry{fbPart1: fbLists, "holiday.zip": holiday},
			given: []string{fbPart1, "holiday.zip"},
			err:   []string{"holiday.zip: no export found"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			for dir, entries := range tc.dirs {
				for _, e := range entries {
					name := filepath.Join(dir, filepath.FromSlash(e.name))
					if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(name, []byte(e.data), 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			for name, entries := range tc.zips {
				writeZip(t, name, entries...)
			}
			var stats Stats
			accs, _, err := Read(tc.given, Options{Stats: &stats}, All())
			if tc.err != nil {
				checkOneLine(t, err, tc.err...)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var networks []string
			for _, a := range accs {
				if !slices.Contains(networks, a.Network) {
					networks = append(networks, a.Network)
				}
			}
			if !slices.Equal(networks, tc.networks) {
				t.Errorf("networks read %q, want %q", networks, tc.networks)
			}
			if !slices.Equal(stats.PassedOver, tc.passed) {
				t.Errorf("passed over\n%s\nwant\n%s", strings.Join(stats.PassedOver, "\n"), strings.Join(tc.passed, "\n"))
			}
		})
	}
}
