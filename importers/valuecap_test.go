package importers

import (
	"errors"
	"strings"
	"testing"
)

// A file whose one value is bigger than MaxValueBytes is refused while it
// streams, so that a small zip cannot make the tool hold a huge name.
func TestValueCap(t *testing.T) {
	huge := strings.Repeat("a", MaxValueBytes+1024)
	tests := []struct {
		name string
		imp  Importer
		path string
		data string
	}{
		{"JSON list entry", Facebook{}, "connections/friends/your_friends.json",
			`{"friends_v2": [{"name": "Ann Lee", "timestamp": 1}, {"name": "` + huge + `", "timestamp": 2}]}`},
		{"JSON value skipped", Facebook{}, "connections/friends/your_friends.json",
			`{"other": "` + huge + `", "friends_v2": []}`},
		{"CSV record", LinkedIn{}, "Connections.csv",
			"First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAnn,Lee,,,,,01 Jan 2024\nBob," + huge + ",,,,,01 Jan 2024\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := memFile(tt.path, tt.data)
			f.Kind = tt.imp.Detect(f.Path, func() []byte { return f.Head(headBytes) })
			_, err := tt.imp.Import([]*File{f})
			checkPlaced(t, err)
			if err == nil || !strings.Contains(err.Error(), "larger than 16 MiB") {
				t.Fatalf("error = %v, want one about a value larger than 16 MiB", err)
			}
		})
	}
	// Values just under the cap still read.
	ok := strings.Repeat("b", 1<<20)
	f := memFile("Connections.csv", "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAnn,"+ok+",,,,,01 Jan 2024\n")
	f.Kind = LinkedIn{}.Detect(f.Path, func() []byte { return f.Head(headBytes) })
	if accs, err := (LinkedIn{}).Import([]*File{f}); err != nil || len(accs) != 1 {
		t.Fatalf("a 1 MiB field: %d accounts, %v", len(accs), err)
	}
}

// A CSV record bigger than MaxValueBytes is placed on the line it starts
// on, the first record of a file too (the reader has none before it to
// ask where it is; it used to panic), and after a record whose quoted
// field spans lines.
func TestValueCapCSVLine(t *testing.T) {
	huge := strings.Repeat("a", MaxValueBytes+1024)
	tests := []struct {
		name string
		imp  Importer
		path string
		data string
		line int
	}{
		{"first record", Mastodon{}, "following_accounts.csv", huge + "@example.social\n", 1},
		{"YouTube without a header", YouTube{}, "Takeout/YouTube and YouTube Music/subscriptions/subscriptions.csv", huge + "\n", 1},
		{"after the header", LinkedIn{}, "Connections.csv",
			"First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAnn,Lee,,,,,01 Jan 2024\nBob," + huge + ",,,,,01 Jan 2024\n", 3},
		{"after a field of two lines", LinkedIn{}, "Connections.csv",
			"First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAnn,Lee,,,,\"Head\r\nof sales\",01 Jan 2024\nBob," + huge + ",,,,,01 Jan 2024\n", 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := memFile(tt.path, tt.data)
			claim(tt.imp, f)
			_, err := tt.imp.Import([]*File{f})
			checkPlaced(t, err)
			e, _ := errors.AsType[*Error](err)
			if e == nil || e.Line != tt.line || !strings.Contains(err.Error(), "larger than 16 MiB") {
				t.Fatalf("error = %v, want one about a value larger than 16 MiB on line %d", err, tt.line)
			}
		})
	}
}
