package importers

import (
	"path/filepath"
	"strings"
	"testing"
)

// A list of followed accounts saved from x.com by a browser extension or
// a script (no standard: prinsss's userscripts, followers2csv) is no
// export the tool reads, as X's archive is the list X itself keeps.
// Given, it was "no export found" and the file names looked for, which
// did not say that this file will never do nor which will: it says so.
func TestReadTwitterCSVOfAnotherProgram(t *testing.T) {
	for _, tt := range []struct{ name, file, data string }{
		{"export-twitter-following-list", "twitter-Following-1764000000.csv",
			"number,name,screen_name,profile_image,following,followed_by,description,extra\n" +
				"1,Ada Quill,adaquill,https://pbs.twimg.com/profile_images/1/a.jpg,true,false,Writes.,{}\n"},
		{"twitter-web-exporter", "twitter-Following-20261120.csv",
			"\ufeffid,screen_name,name,description,followers_count,friends_count,following,followed_by,created_at\n" +
				"4401,benorchard,Ben Orchard,,12,30,true,true,2014-02-01 10:00:00\n"},
		{"followers2csv", "following.csv",
			"ID,NAME,USER,FOLLOWED,FOLLOWERS,FOLLOWING,LISTED,FAVOURITES,STATUSES,CREATED_AT,PROFILE_IMAGE\n" +
				"4401,Ben Orchard,benorchard,true,12,30,0,5,100,2014-02-01,https://pbs.twimg.com/x.jpg\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, filepath.Join(t.TempDir(), tt.file), tt.data)
			_, _, err := Read([]string{p}, Options{}, All())
			checkOneLine(t, err, p, "saved by another program", "Download an archive of your data")
		})
	}
	t.Run("another CSV says nothing of X", func(t *testing.T) {
		p := writeFile(t, filepath.Join(t.TempDir(), "contacts.csv"), "name,email\nAda Quill,ada@example.com\n")
		_, _, err := Read([]string{p}, Options{}, All())
		checkOneLine(t, err, p+": no export found")
		if err != nil && strings.Contains(err.Error(), "saved by another program") {
			t.Errorf("error %q calls a contacts file a list of X accounts", err)
		}
	})
}
