package importers

import "testing"

// TestFacebookPartsMissing: Meta numbers the parts of its long lists
// (likes_and_reactions_1.json, _2…; people_who_followed_you_1.json has not
// been seen, but is read so) and splits a big export into several zips. A list
// read without one of its parts would make every account on that part
// look unfriended, unfollowed or no longer following back, so a gap in
// the numbers is refused, naming the part missing, as Instagram's and
// Twitter/X's are.
func TestFacebookPartsMissing(t *testing.T) {
	const (
		dir     = "connections/friends/"
		follDir = "connections/followers/"
	)
	checkErrorCases(t, Facebook{}, []errorCase{{
		name: "your_friends_2.json without your_friends_1.json (one zip of an export in several)",
		files: []*File{
			memFileIn("facebook-ana-2.zip", dir+"your_friends_2.json", fbFile("friends_v2", fbE{"Bo Li", 1600000001})),
			memFileIn("facebook-ana-2.zip", fbFollowing23, fbFile("following_v3", fbE{"Bo Li", 1600000001})),
		},
		file:   "facebook-ana-2.zip!" + dir + "your_friends_2.json",
		offset: -1,
		msg: "part 2 of the list of your friends, without " + dir + "your_friends_1.json: read without a part, its accounts would look as gone; " +
			"give the whole export (every zip of it if it came in several), not some of its files",
	}, {
		name: "who_you've_followed_3.json without _2, the first given twice",
		files: []*File{
			memFileIn("facebook-ana-1.zip", follDir+"who_you've_followed_1.json", fbFile("following_v3", fbE{"Ana Lima", 1600000000})),
			memFileIn("unzipped", follDir+"who_you've_followed_1.json", fbFile("following_v3", fbE{"Ana Lima", 1600000000})),
			memFileIn("facebook-ana-3.zip", follDir+"who_you've_followed_3.json", fbFile("following_v3", fbE{"Cid Moro", 1600000002})),
		},
		file:   "facebook-ana-3.zip!" + follDir + "who_you've_followed_3.json",
		offset: -1,
		msg:    "part 3 of the list of the people and Pages you follow, without " + follDir + "who_you've_followed_2.json: ",
	}, {
		name: "who_you_ve_followed_3.json beside who_you've_followed_1.json, without _2",
		files: []*File{
			memFileIn("facebook-ana-1.zip", follDir+"who_you've_followed_1.json", fbFile("following_v3", fbE{"Ana Lima", 1600000000})),
			memFileIn("unzipped", follDir+"who_you_ve_followed_3.json", fbFile("following_v3", fbE{"Cid Moro", 1600000002})),
		},
		file:   "unzipped/" + follDir + "who_you_ve_followed_3.json",
		offset: -1,
		msg:    "part 3 of the list of the people and Pages you follow, without " + follDir + "who_you_ve_followed_2.json: ",
	}, {
		name: "people_who_followed_you_2.json alone",
		files: []*File{
			memFile(fbFriends23, fbFile("friends_v2", fbE{"Ana Lima", 1600000000})),
			memFile(follDir+"people_who_followed_you_2.json", fbFile("followers_v3", fbE{name: "Ana Lima"})),
		},
		file:   "export.zip!" + follDir + "people_who_followed_you_2.json",
		offset: -1,
		msg:    "part 2 of the list of the people who follow you, without " + follDir + "people_who_followed_you_1.json: ",
	}})
}

// TestFacebookPartsWhole: the parts of a list given whole, in any order,
// some twice, or beside the list's unnumbered file, are read.
func TestFacebookPartsWhole(t *testing.T) {
	const dir = "connections/followers/"
	tests := []struct {
		name  string
		files []*File
		want  []string
	}{{
		name: "parts out of order, one given twice",
		files: []*File{
			memFile(dir+"people_who_followed_you_2.json", fbFile("followers_v3", fbE{name: "Cid Moro"})),
			memFile(dir+"people_who_followed_you_1.json", fbFile("followers_v3", fbE{name: "Bo Li"})),
			memFileIn("unzipped", dir+"people_who_followed_you_2.json", fbFile("followers_v3", fbE{name: "Cid Moro"})),
			memFile(fbFriends23, fbFile("friends_v2", fbE{"Ana Lima", 1600000000})),
		},
		want: []string{
			"friend|ana-lima.1600000000|Ana Lima||2020-09-13|no|" + fbFriends23,
			"follower|bo-li|Bo Li|||yes|" + dir + "people_who_followed_you_1.json",
			"follower|cid-moro|Cid Moro|||yes|" + dir + "people_who_followed_you_2.json",
		},
	}, {
		// Followers have no timestamp: namesakes take "~2" in the order
		// of the parts, whatever the order of the zips given.
		name: "namesakes in two parts, the second part's zip given first",
		files: []*File{
			memFileIn("facebook-ana-2.zip", dir+"people_who_followed_you_2.json", fbFile("followers_v3", fbE{name: "Sam Lee"})),
			memFileIn("facebook-ana-1.zip", dir+"people_who_followed_you_1.json", fbFile("followers_v3", fbE{name: "Sam Lee"})),
		},
		want: []string{
			"follower|sam-lee|Sam Lee|||yes|facebook-ana-1.zip!" + dir + "people_who_followed_you_1.json",
			"follower|sam-lee~2|Sam Lee|||yes|facebook-ana-2.zip!" + dir + "people_who_followed_you_2.json",
		},
	}, {
		// Whether Meta writes the first part unnumbered is not known: the
		// unnumbered file is taken for it rather than refused.
		name: "the unnumbered file beside part 2",
		files: []*File{
			memFile(fbFollowers23, fbFile("followers_v3", fbE{name: "Bo Li"})),
			memFile(dir+"people_who_followed_you_2.json", fbFile("followers_v3", fbE{name: "Cid Moro"})),
			memFile(fbFriends23, fbFile("friends_v2", fbE{"Ana Lima", 1600000000})),
		},
		want: []string{
			"friend|ana-lima.1600000000|Ana Lima||2020-09-13|no|" + fbFriends23,
			"follower|bo-li|Bo Li|||yes|" + fbFollowers23,
			"follower|cid-moro|Cid Moro|||yes|" + dir + "people_who_followed_you_2.json",
		},
	}, {
		// A copy the person kept under the list's name and a year is no
		// part 2025 of it: refused as one "without your_friends_2.json",
		// the person would look for a part no export holds.
		name: "a copy named by its year beside the list",
		files: []*File{
			memFile(fbFriends23, fbFile("friends_v2", fbE{"Ana Lima", 1600000000})),
			memFile("connections/friends/your_friends_2025.json", fbFile("friends_v2", fbE{"Ana Lima", 1600000000})),
		},
		want: []string{
			"friend|ana-lima.1600000000|Ana Lima||2020-09-13|?|" + fbFriends23,
		},
	}, {
		// who_you've_followed and who_you_ve_followed name one list (see
		// fbKind): a part unzipped by a tool that writes the apostrophe as
		// "_" is still the part, beside the other zip given as it came.
		name: "parts of the follows spelled with and without the apostrophe",
		files: []*File{
			memFileIn("facebook-ana-1.zip", "connections/followers/who_you've_followed_1.json", fbFile("following_v3", fbE{"Bo Li", 1600000001})),
			memFileIn("unzipped", "connections/followers/who_you_ve_followed_2.json", fbFile("following_v3", fbE{"Cid Moro", 1600000002})),
		},
		want: []string{
			"following|bo-li.1600000001|Bo Li||2020-09-13|?|facebook-ana-1.zip!connections/followers/who_you've_followed_1.json",
			"following|cid-moro.1600000002|Cid Moro||2020-09-13|?|unzipped/connections/followers/who_you_ve_followed_2.json",
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLines(t, fbLines(t, mustImport(t, Facebook{}, tt.files...)), tt.want)
		})
	}
}
