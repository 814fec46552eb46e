package importers

import (
	"path/filepath"
	"testing"
)

// TestImportBrokenDownloads gives downloads gone wrong: cut short, not
// finished, a web page saved under the export's name, a Mac's ._ copy
// beside the file.
func TestImportBrokenDownloads(t *testing.T) {
	runImportCases(t, []importCase{
		{
			name: "a folder holding an archive cut short",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				writeFile(t, "dl/Connections.csv", "x")
				writeFile(t, "dl/linkedin.zip", "<html>")
				return []string{"dl"}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{filepath.Join("dl", "linkedin.zip") + ": not a zip archive"},
			},
		},
		{
			// A sign-in page, or a download link expired, saved under
			// the export's name: said to be a web page, as a download
			// again "cut short" would give the same.
			name: "a web page saved as the zip",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "takeout-20261120T090000Z-001.zip", "\uFEFF\n  <!DOCTYPE html>\n<html><head><title>Sign in</title></head></html>\n")}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"takeout-20261120T090000Z-001.zip: not a zip archive but a web page (HTML), saved under the export's name: the download link may have expired or asked you to sign in; download the export again from the network's page, signed in"},
			},
		},
		{
			name: "a folder holding a web page saved as a zip",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				writeFile(t, "dl/Connections.csv", "x")
				writeFile(t, "dl/facebook-robin-20261120.zip", "<HTML><body>This link has expired</body></HTML>")
				return []string{"dl"}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{filepath.Join("dl", "facebook-robin-20261120.zip") + ": not a zip archive but a web page (HTML)"},
			},
		},
		{
			name: "a zip cut short at its start",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "li.zip", "PK\x03")}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"li.zip: not a zip archive (the file does not start like one; was the download cut short?)"},
			},
		},
		{
			// A shell's * gives a download in progress beside the
			// finished exports: said as such, not as a bad zip.
			name: "a download not finished, given with the exports",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "Connections.csv", "x"), writeFile(t, "twitter-2026-05-12-ab.zip.crdownload", "PK\x03\x04cut")}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"twitter-2026-05-12-ab.zip.crdownload: a download not finished (Chrome's .crdownload): wait until the browser has finished it and give the file it becomes, or delete it"},
			},
		},
		{
			// Firefox's download in progress, and the empty file it
			// leaves under the final name meanwhile.
			name: "a Firefox download not finished",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "li.zip.part", "PK\x03\x04cut")}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"li.zip.part: a download not finished (Firefox's .part)"},
			},
		},
		{
			name: "an empty zip, a download not finished",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "li.zip", "")}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"li.zip: the file is empty: was the download not finished, or cut short? Download the export again"},
			},
		},
		{
			// Safari downloads into a folder x.zip.download, in the
			// folder of downloads given.
			name: "a folder holding Safari's download not finished",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				writeFile(t, "dl/Connections.csv", "x")
				writeFile(t, "dl/li.zip.download/li.zip", "PK\x03\x04cut")
				return []string{"dl"}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{filepath.Join("dl", "li.zip.download", "li.zip") + ": a download not finished (Safari's .download): wait until the browser has finished it and give the file it becomes, or delete it"},
			},
		},
		{
			// Safari's download of a loose export (Mastodon's CSV) in
			// progress, its folder given by a shell's * or within the
			// folder given: not read as a whole export, nor its
			// Info.plist named.
			name: "Safari's download of a CSV not finished",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"following_accounts.csv"}, detect: byName("following", "following_accounts.csv")}}
			},
			setup: func(t *testing.T) []string {
				writeFile(t, "dl/following_accounts.csv.download/Info.plist", "x")
				writeFile(t, "dl/following_accounts.csv.download/following_accounts.csv", "Account address\na@b.social\n")
				return []string{filepath.Join("dl", "following_accounts.csv.download")}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{filepath.Join("dl", "following_accounts.csv.download", "following_accounts.csv") + ": a download not finished (Safari's .download)"},
			},
		},
		{
			name: "Safari's download of a zip not started",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				writeFile(t, "dl/Connections.csv", "x")
				writeFile(t, "dl/li.zip.download/li.zip", "")
				return []string{"dl"}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{filepath.Join("dl", "li.zip.download", "li.zip") + ": a download not finished (Safari's .download)"},
			},
		},
		{
			// Chrome's download of an export in progress in the downloads
			// folder given: passed over, its network was audited on none
			// of its list, with not a word on a first run.
			name: "a folder holding Chrome's download not finished",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				writeFile(t, "dl/Connections.csv", "x")
				writeFile(t, "dl/facebook-robin-20261120.zip.crdownload", "PK\x03\x04cut")
				return []string{"dl"}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{filepath.Join("dl", "facebook-robin-20261120.zip.crdownload") + ": a download not finished (Chrome's .crdownload): wait until the browser has finished it and give the file it becomes, or delete it"},
			},
		},
		{
			// Chrome's first name for a download, before it knows the
			// file's, may be an export's.
			name: "a folder holding Chrome's download not named yet",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				writeFile(t, "dl/Connections.csv", "x")
				writeFile(t, "dl/Unconfirmed 123456.crdownload", "PK\x03\x04cut")
				return []string{"dl"}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{filepath.Join("dl", "Unconfirmed 123456.crdownload") + ": a download not finished (Chrome's .crdownload)"},
			},
		},
		{
			name: "a folder holding Firefox's download of a CSV not finished",
			imps: func() []*fakeImporter {
				return []*fakeImporter{
					{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")},
					{name: "m", files: []string{"following_accounts.csv"}, detect: byName("following", "following_accounts.csv")},
				}
			},
			setup: func(t *testing.T) []string {
				writeFile(t, "dl/Connections.csv", "x")
				writeFile(t, "dl/following_accounts.csv.part", "Account address\na@b.")
				return []string{"dl"}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{filepath.Join("dl", "following_accounts.csv.part") + ": a download not finished (Firefox's .part)"},
			},
		},
		{
			// The download of a CSV or JSON no importer reads (a bank's
			// statement, broken off weeks ago: Chrome keeps it to resume)
			// is none of the exports: passed over, as the folder's
			// other files are, not a stop until it is deleted.
			name: "a folder holding the download of another CSV not finished",
			imps: func() []*fakeImporter {
				return []*fakeImporter{
					{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")},
					{name: "m", files: []string{"following_accounts.csv"}, detect: byName("following", "following_accounts.csv")},
				}
			},
			setup: func(t *testing.T) []string {
				writeFile(t, "dl/Connections.csv", "x")
				writeFile(t, "dl/statement-2026-10.csv.crdownload", "Date,Amount\n2026-10-01,")
				writeFile(t, "dl/weather.json.part", "{\"t\":")
				return []string{"dl"}
			},
			want: importWant{
				calls:   map[string][][]string{"b": {{filepath.Join("dl", "Connections.csv")}}},
				sources: []string{"b " + filepath.Join("dl", "Connections.csv")},
			},
		},
		{
			// The download of anything else in the downloads folder is
			// none of the exports: passed over, as the folder's other
			// files are.
			name: "a folder holding a film's download not finished",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				writeFile(t, "dl/Connections.csv", "x")
				writeFile(t, "dl/holiday.mkv.part", "x")
				writeFile(t, "dl/setup.exe.crdownload", "x")
				return []string{"dl"}
			},
			want: importWant{
				calls:   map[string][][]string{"b": {{filepath.Join("dl", "Connections.csv")}}},
				sources: []string{"b " + filepath.Join("dl", "Connections.csv")},
			},
		},
		{
			// The ._ copy a Mac leaves beside a file on a disk that is not
			// a Mac's (a USB stick), given by name (a shell's *.zip): named
			// as what it is, and the file to give instead.
			name: "a macOS resource fork of a zip, given by name",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				writeZip(t, "dl/li.zip", zipEntry{name: "Connections.csv", data: "x"})
				return []string{"dl/li.zip", writeFile(t, "dl/._li.zip", "\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ")}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{filepath.Join("dl", "._li.zip") + ": a macOS resource fork file (the ._ copy a Mac leaves beside the real file), not an export: give " + filepath.Join("dl", "li.zip") + " instead"},
			},
		},
		{
			name: "a macOS resource fork of a loose file, given by name",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "._Connections.csv", "\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ")}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"._Connections.csv: a macOS resource fork file (the ._ copy a Mac leaves beside the real file), not an export: give Connections.csv instead"},
			},
		},
		{
			// A zip cut short past its first bytes: what to do, too.
			name: "an archive cut short after its first entry",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "li.zip", "PK\x03\x04cut")}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"li.zip: not a readable zip archive (zip: not a valid zip file): was the download cut short? Download the export again"},
			},
		},
	})
}
