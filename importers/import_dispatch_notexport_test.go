package importers

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// TestImportNotExport gives inputs that hold no export the tool reads: zips
// of zips, tar, gzip and bzip2 archives, UTF-16 text, the workspace's own
// files, empty folders and zips: each refused with what it is and what to
// do.
func TestImportNotExport(t *testing.T) {
	runImportCases(t, []importCase{
		{
			// A folder of downloaded exports, zipped again: zips inside a
			// zip are not opened, and the message says what to do.
			name: "a zip of zips",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeZip(t, "outer.zip", zipEntry{name: "dl/linkedin.zip", data: "PK"}, zipEntry{name: "dl/twitter.zip", data: "PK"})}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"outer.zip: no export found (it holds 2 zip archives, dl/linkedin.zip and more: unzip outer.zip and give those)"},
			},
		},
		{
			// The count with commas, as every count for a person.
			name: "a zip of a thousand zips",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				var zips []zipEntry
				for i := range 1001 {
					zips = append(zips, zipEntry{name: fmt.Sprintf("dl/export-%04d.zip", i), data: "PK"})
				}
				return []string{writeZip(t, "outer.zip", zips...)}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"outer.zip: no export found (it holds 1,001 zip archives, dl/export-0000.zip and more: unzip outer.zip and give those)"},
			},
		},
		{
			// Given with a photo (the shell's *), the zip of zips still
			// says to unzip it, and the photo is named too.
			name: "a zip of zips given with a photo",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "IMG_1.jpg", "x"), writeZip(t, "outer.zip", zipEntry{name: "dl/linkedin.zip", data: "PK"})}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"outer.zip (it holds a zip archive, dl/linkedin.zip: unzip outer.zip and give that one) and IMG_1.jpg: no export found in them"},
			},
		},
		{
			// Google Takeout's "File type: .tgz" (or .tbz), and Mastodon's
			// archive of older servers (.tar.gz): a tar archive is not
			// read, and the message says so and what to do, not only
			// which files it looked for.
			name: "a tar archive given",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "takeout-20261120T090000Z-001.tgz", "\x1f\x8b\x08\x00")}
			},
			want: importWant{
				calls: map[string][][]string{},
				err: []string{"takeout-20261120T090000Z-001.tgz: a tar archive, which the tool does not read: unpack it and give the folder it makes, " +
					"or request the export again as .zip (Google Takeout: File type .zip); if it is Mastodon's archive of your posts, it lists no account you follow: leave it out, and give the Follows CSV (following_accounts.csv)"},
			},
		},
		{
			// Given by name beside an export (the shell's * in a download
			// folder), an unrelated tar archive is named with the advice
			// the other files that are not exports get too: move it away,
			// or give the folder.
			name: "a tar archive given beside an export",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "Connections.csv", "First Name\n"), writeFile(t, "node-v22.11.0.tar.gz", "\x1f\x8b\x08\x00")}
			},
			want: importWant{
				calls: map[string][][]string{},
				err: []string{"node-v22.11.0.tar.gz: a tar archive, which the tool does not read: unpack it and give the folder it makes, " +
					"or request the export again as .zip (Google Takeout: File type .zip); if it is Mastodon's archive of your posts, it lists no account you follow: leave it out, and give the Follows CSV (following_accounts.csv). To pass over the files that are not exports, move them away, or give the folder that holds them instead of its files"},
			},
		},
		{
			// Renamed, it is told by its gzip signature; beside a photo it
			// is named with the advice, and the photo too.
			name: "a tar archive under another name, given with a photo",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "IMG_1.jpg", "x"), writeFile(t, "youtube-export", gzipped(t, tarred(t, "Takeout/YouTube/x.csv", "x")))}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"youtube-export (it is a tar archive, which the tool does not read: unpack it and give the folder it makes, or request the export again as .zip (Google Takeout: File type .zip); if it is Mastodon's archive of your posts, it lists no account you follow: leave it out, and give the Follows CSV (following_accounts.csv)) and IMG_1.jpg: no export found in them"},
			},
		},
		{
			// A CSV or JSON file gzipped (followers.csv.gz,
			// export.json.gz) is not a tar archive: the advice to unpack
			// it, or to ask for a .zip, misled; it says to gunzip it.
			name: "a gzipped CSV given",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "followers.csv.gz", gzipped(t, []byte("First Name,Last Name\nAda,Quill\n")))}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"followers.csv.gz: a gzip-compressed file, which the tool does not read: decompress it (gunzip) and give the file it makes"},
			},
		},
		{
			// Told by what it decompresses to, not by its name: a .tgz
			// that holds a single file gzipped, renamed, is that file.
			name: "a gzipped JSON file named as a tar archive, beside an export",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "Connections.csv", "First Name\n"), writeFile(t, "export.tgz", gzipped(t, []byte(strings.Repeat(`{"a": 1}`, 100))))}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"export.tgz: a gzip-compressed file, which the tool does not read: decompress it (gunzip) and give the file it makes. To pass over the files that are not exports, move them away, or give the folder that holds them instead of its files"},
			},
		},
		{
			// Beside a photo, it is named with what it is, and the photo
			// too.
			name: "a gzipped JSON file given with a photo",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "IMG_1.jpg", "x"), writeFile(t, "export.json.gz", gzipped(t, []byte(`{"following": []}`)))}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"export.json.gz (it is a gzip-compressed file, which the tool does not read: decompress it (gunzip) and give the file it makes) and IMG_1.jpg: no export found in them"},
			},
		},
		{
			// A tar archive gzipped under a name that says .gz only is
			// still a tar archive: "ustar" at 257 once decompressed.
			name: "a tar archive named .gz",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "takeout.gz", gzipped(t, tarred(t, "Takeout/YouTube/x.csv", "x")))}
			},
			want: importWant{
				calls: map[string][][]string{},
				err: []string{"takeout.gz: a tar archive, which the tool does not read: unpack it and give the folder it makes, " +
					"or request the export again as .zip (Google Takeout: File type .zip); if it is Mastodon's archive of your posts, it lists no account you follow: leave it out, and give the Follows CSV (following_accounts.csv)"},
			},
		},
		{
			// Cut short before its first bytes decompress, a .gz that is
			// not .tar.gz is told by its name.
			name: "a damaged gzipped CSV given",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "followers.csv.gz", "\x1f\x8b\x08\x00")}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"followers.csv.gz: a gzip-compressed file, which the tool does not read: decompress it (gunzip) and give the file it makes"},
			},
		},
		{
			// A CSV bzip2-compressed is not a tar archive either: told
			// by what it decompresses to, it says to bunzip2 it.
			name: "a bzip2-compressed CSV given",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "followers.csv.bz2", unhex(t, bzip2CSV))}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"followers.csv.bz2: a bzip2-compressed file, which the tool does not read: decompress it (bunzip2) and give the file it makes"},
			},
		},
		{
			// Beside a photo, it is named with what it is.
			name: "a bzip2-compressed CSV given with a photo",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "IMG_1.jpg", "x"), writeFile(t, "export", unhex(t, bzip2CSV))}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"export (it is a bzip2-compressed file, which the tool does not read: decompress it (bunzip2) and give the file it makes) and IMG_1.jpg: no export found in them"},
			},
		},
		{
			// A CSV re-saved as UTF-16 (Excel's "Unicode Text") under a
			// name of its own is found by no importer, which read it as
			// UTF-8: "no export found", and a list of the names looked
			// for, did not say why. It says what it is, as a file of an
			// export's name does.
			name: "a UTF-16 CSV given under a name of its own",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "conn.csv", "\xff\xfeF\x00i\x00r\x00s\x00t\x00 \x00N\x00a\x00m\x00e\x00")}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"conn.csv: UTF-16 text, re-saved by another program (Excel's \"Unicode Text\"?), which the tool does not read: give the file exactly as the network sent it"},
			},
		},
		{
			// Without the byte order mark, told by the NUL beside each
			// letter; beside a photo, named with what it is.
			name: "a UTF-16 CSV without its byte order mark given with a photo",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "IMG_1.jpg", "x"), writeFile(t, "conn.csv", "\x00F\x00i\x00r\x00s\x00t\x00 \x00N\x00a\x00m\x00e")}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"conn.csv (it is UTF-16 text, re-saved by another program (Excel's \"Unicode Text\"?), which the tool does not read: give the file exactly as the network sent it) and IMG_1.jpg: no export found in them"},
			},
		},
		{
			// A binary file with NULs is no UTF-16 text (a Mac's
			// .DS_Store).
			name: "a binary file with NULs given",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "DS_Store", "\x00\x00\x00\x01Bud1\x00\x00\x10\x00\x00\x00\x08\x00")}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"DS_Store: no export found: it is not a network's export. " + downloadAdvice},
			},
		},
		{
			// A tar archive bzip2-compressed under a name that says .bz2
			// only is still a tar archive.
			name: "a tar archive named .bz2",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "takeout.bz2", unhex(t, bzip2Tar))}
			},
			want: importWant{
				calls: map[string][][]string{},
				err: []string{"takeout.bz2: a tar archive, which the tool does not read: unpack it and give the folder it makes, " +
					"or request the export again as .zip (Google Takeout: File type .zip); if it is Mastodon's archive of your posts, it lists no account you follow: leave it out, and give the Follows CSV (following_accounts.csv)"},
			},
		},
		{
			// Cut short, a .bz2 that is not .tar.bz2 is told by its name;
			// one named neither is a tar archive, as before.
			name: "a damaged bzip2-compressed CSV given",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "followers.csv.bz2", "BZh91AY&SY")}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"followers.csv.bz2: a bzip2-compressed file, which the tool does not read: decompress it (bunzip2) and give the file it makes"},
			},
		},
		{
			name: "a damaged bzip2 file named neither",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "takeout-download", "BZh91AY&SY")}
			},
			want: importWant{
				calls: map[string][][]string{},
				err: []string{"takeout-download: a tar archive, which the tool does not read: unpack it and give the folder it makes, " +
					"or request the export again as .zip (Google Takeout: File type .zip); if it is Mastodon's archive of your posts, it lists no account you follow: leave it out, and give the Follows CSV (following_accounts.csv)"},
			},
		},
		{
			name: "a folder holding a tar archive",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				writeFile(t, "d/archive-20180101000000-0f1e2d3c4b5a69788796a5b4c3d2e1f0.tar.gz", "\x1f\x8b\x08\x00")
				return []string{"d"}
			},
			want: importWant{
				calls: map[string][][]string{},
				err: []string{"d: no export found (it holds a tar archive, " +
					filepath.Join("d", "archive-20180101000000-0f1e2d3c4b5a69788796a5b4c3d2e1f0.tar.gz") + ", which the tool does not read"},
			},
		},
		{
			// A ledger copied out and a photo: both named at once.
			name: "a ledger given with a photo",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "IMG_1.jpg", "x"), writeFile(t, "mine.csv", strings.Join(audit.LedgerColumns, ",")+"\n")}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"mine.csv: a ledger (ledger.csv) written by unfollow-audit, not an export: give the files the networks sent (if it is your ledger, saved from a spreadsheet: move ledger.csv out of the workspace, to keep it, then put this file there as ledger.csv); nor is any export found in IMG_1.jpg"},
			},
		},
		{
			// Saved by a French Excel: its "sep=" line first, then the
			// header with semicolons: a ledger still.
			name: "a ledger saved with Excel's sep= line",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "mine.csv", "sep=;\r\n\xEF\xBB\xBF"+strings.Join(audit.LedgerColumns, ";")+"\r\n")}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"mine.csv: a ledger (ledger.csv) written by unfollow-audit, not an export: give the files the networks sent (if it is your ledger, saved from a spreadsheet: move ledger.csv out of the workspace, to keep it, then put this file there as ledger.csv)"},
			},
		},
		{
			// A history file written before its follow column (an older
			// workspace's) is the tool's own, as one of this version is.
			name: "a history file of before the follow column",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "0001_2026-11-25.csv", "as_of,person_id,network,relation,id,name,decision,rule\n2026-11-25,p1,linkedin,connection,ada,Ada,keep,met\n")}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"0001_2026-11-25.csv: a history file written by unfollow-audit, not an export"},
			},
		},
		{
			name: "a history file",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "0002_2026-12-02.csv", strings.Join(audit.HistoryColumns, ",")+"\n2026-12-02,p1,linkedin,connection,ada,Ada,keep,met,follow.ada\n")}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"0002_2026-12-02.csv: a history file written by unfollow-audit, not an export"},
			},
		},
		{
			// Written by a newer version, its columns then more: the
			// tool's own all the same.
			name: "a history file of a newer version",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "0003_2027-02-25.csv", strings.Join(audit.HistoryColumns, ",")+",later\n2027-02-25,p1,linkedin,connection,ada,Ada,keep,met,,,,x\n")}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"0003_2027-02-25.csv: a history file written by unfollow-audit, not an export"},
			},
		},
		{
			name: "the runs.csv of a newer version",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "runs.csv", strings.Join(audit.RunStatsColumns, ",")+",later\n")}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"runs.csv: the runs' figures (runs.csv) written by unfollow-audit, not an export: give the files the networks sent"},
			},
		},
		{
			// A record of the workspace's history folder given as an
			// export (history/*) says what it is, not "no export found"
			// and the list of the files looked for.
			name: "the workspace's removed-friends.csv",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "removed-friends.csv", "\uFEFFname,timestamp\r\n'=Zoë,1799764200\r\n")}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"removed-friends.csv: the record of the Facebook friends you removed (removed-friends.csv) written by unfollow-audit, not an export: give the files the networks sent"},
			},
		},
		{
			// A record of the workspace's history folder given as an
			// export (history/*) says what it is, not "no export found"
			// and the list of the files looked for.
			name: "the workspace's owners.csv",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeFile(t, "owners.csv", "network,id,name\ntwitter,3001,@robin\n")}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"owners.csv: the record of whose exports a workspace read (owners.csv) written by unfollow-audit, not an export: give the files the networks sent"},
			},
		},
		{
			// The same zip in a folder given: the zip is what to unzip.
			name: "a folder holding a zip of zips",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}}
			},
			setup: func(t *testing.T) []string {
				writeZip(t, "d/outer.zip", zipEntry{name: "dl/linkedin.zip", data: "PK"})
				return []string{"d"}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"d: no export found (it holds a zip archive, dl/linkedin.zip: unzip " + filepath.Join("d", "outer.zip") + " and give that one)"},
			},
		},
		{
			name: "input with no recognised file",
			imps: func() []*fakeImporter {
				return []*fakeImporter{
					{name: "a", files: []string{"following.js", "follower.js"}, detect: byName("a", "following.js")},
					{name: "b", files: []string{"Connections.csv", "following.js"}, detect: byName("b", "Connections.csv")},
				}
			},
			setup: func(t *testing.T) []string {
				return []string{
					writeFile(t, "Connections.csv", "x"),
					writeZip(t, "photos.zip", zipEntry{name: "photos/1.jpg", data: "\xff\xd8"}, zipEntry{name: "posts.json", data: "[]"}),
				}
			},
			want: importWant{err: []string{"photos.zip: no export found: none of its 2 files (photos/1.jpg and posts.json) is a network's export. To pass over the files that are not exports, move them away, or give the folder that holds them instead of its files"}},
		},
		{
			name: "a file named as an export's whose content is not one",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "a", files: []string{"data/following.js (following-part*.js)"}, detect: byHead("a", "window.YTD.following")}}
			},
			setup: func(t *testing.T) []string {
				if err := os.MkdirAll("dl/data", 0o755); err != nil {
					t.Fatal(err)
				}
				writeFile(t, "dl/data/following.js", "window.YT")
				return []string{"dl"}
			},
			want: importWant{err: []string{"dl: no export found: " +
				filepath.Join("dl", "data", "following.js") + " has the name of an export's file, but not what such a file holds: it may be cut short or damaged (download the export again)"}},
		},
		{
			name: "empty folder",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "a", files: []string{"friends.json"}, detect: byName("a", "friends.json")}}
			},
			setup: func(t *testing.T) []string {
				if err := os.Mkdir("empty", 0o755); err != nil {
					t.Fatal(err)
				}
				return []string{"empty"}
			},
			// A folder holding nothing says so, with what to do, not the
			// names looked for.
			want: importWant{err: []string{"empty: the folder is empty: put the exports in it"}},
		},
		{
			name: "empty zip archive",
			imps: func() []*fakeImporter {
				return []*fakeImporter{{name: "a", files: []string{"friends.json"}, detect: byName("a", "friends.json")}}
			},
			setup: func(t *testing.T) []string {
				return []string{writeZip(t, "export.zip")}
			},
			want: importWant{err: []string{"export.zip: no export found: it holds no file. " + downloadAdvice}},
		},
	})
}
