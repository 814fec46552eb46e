package importers

// A list of X/Twitter accounts saved by another program, told apart to be
// refused saying what it is and which export to give instead.

import (
	"bytes"
	"path"
	"slices"
	"strings"
)

// twOtherCSV says, of a path given (p) that holds no export, that it
// holds a list of X/Twitter accounts saved from x.com by another program
// (a browser extension or a script: there is no standard), which the
// tool does not read: X's archive is the list X itself keeps, with the
// accounts' ids that stay when a handle changes, and reading both would
// give each account twice. Told by its header: a column "screen_name",
// as X's API names a handle (export-twitter-following-list,
// twitter-web-exporter), or followers2csv's columns
// "ID,NAME,USER,FOLLOWED,…".
func twOtherCSV(files []*File, p string) string {
	for _, f := range files {
		if f.arg() != p || path.Ext(strings.ToLower(f.Name())) != ".csv" {
			continue
		}
		var cells []string
		for _, c := range bytes.Split(firstLine(f.Head(1024)), []byte{','}) {
			cells = append(cells, strings.ToLower(string(bytes.Trim(c, "\" \t"))))
		}
		if slices.Contains(cells, "screen_name") || len(cells) > 4 && slices.Equal(cells[:4], []string{"id", "name", "user", "followed"}) {
			return " (" + f.String() + " is a list of X/Twitter accounts saved by another program, which the tool does not read: give the archive X sends " +
				"(X → Settings and privacy → Your account → Download an archive of your data))"
		}
	}
	return ""
}
