package importers

import (
	"path/filepath"
	"reflect"
	"testing"
)

// TestFinishedUnderDownloadName gives a whole zip under a browser's name
// for a download in progress (Chrome's .crdownload, Firefox's .part, a
// file in Safari's .download folder: a download copied before the browser
// renamed it, or a rename left undone), by name and in the folder given.
// Its central directory, at the end of the file, reads: the download came
// whole, and it is read either way, as the same zip under its final name
// would be. Inside the folder it was refused as a download not finished,
// while given by name it was read. A download cut short, whose end has not
// come, stays refused either way (see TestImportBrokenDownloads).
func TestFinishedUnderDownloadName(t *testing.T) {
	for _, name := range []string{
		"facebook-robin-20261120.zip.crdownload",
		"Unconfirmed 123456.crdownload",
		"facebook-robin-20261120.zip.part",
		filepath.Join("facebook-robin-20261120.zip.download", "facebook-robin-20261120.zip"),
	} {
		for _, inFolder := range []bool{false, true} {
			t.Run(name+map[bool]string{false: " by name", true: " in a folder"}[inFolder], func(t *testing.T) {
				t.Chdir(t.TempDir())
				zipPath := filepath.Join("dl", name)
				writeZip(t, zipPath, zipEntry{name: "Connections.csv", data: "x"})
				writeFile(t, filepath.Join("dl", "notes.txt"), "not an export")
				given := zipPath
				if inFolder {
					given = "dl"
				}
				b := &fakeImporter{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}
				accs, err := Import([]string{given}, Options{}, []Importer{b})
				if err != nil {
					t.Fatal(err)
				}
				want := []string{"b " + zipPath + "!Connections.csv"}
				if got := sources(accs); !reflect.DeepEqual(got, want) {
					t.Errorf("accounts %q, want %q", got, want)
				}
			})
		}
	}
}

// TestCutShortUnderDownloadName: a zip whose download is still coming
// (its central directory not there yet) under a browser's name is refused
// as a download not finished, by name and in the folder given alike.
func TestCutShortUnderDownloadName(t *testing.T) {
	for _, inFolder := range []bool{false, true} {
		t.Run(map[bool]string{false: "by name", true: "in a folder"}[inFolder], func(t *testing.T) {
			t.Chdir(t.TempDir())
			p := writeFile(t, filepath.Join("dl", "facebook-robin-20261120.zip.crdownload"), "PK\x03\x04cut")
			given := p
			if inFolder {
				given = "dl"
			}
			b := &fakeImporter{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}
			_, err := Import([]string{given}, Options{}, []Importer{b})
			checkOneLine(t, err, p+": a download not finished (Chrome's .crdownload): wait until the browser has finished it and give the file it becomes, or delete it")
		})
	}
}
