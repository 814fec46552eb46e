package importers

import (
	"archive/zip"
	"hash/crc32"
	"strings"
	"testing"
)

// TestReadDamagedEntryFirstMetAsContent checks zip entries whose bytes
// were changed in the download, where the change is first met as content
// (a byte not UTF-8, a NUL, a line of too few fields, a date that is
// none, JSON cut wrong) before the zip reader, at the entry's end, finds
// its CRC-32 wrong: the error says the entry is damaged and to download
// the export again, not that the file was re-saved or written wrong. The
// same bytes with their own CRC-32 (a file really saved so) keep the
// content's error.
func TestReadDamagedEntryFirstMetAsContent(t *testing.T) {
	const connections = "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\n" +
		"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
		"Ada,Quill,https://www.linkedin.com/in/ada-quill,,Quill Works,Founder,03 May 2024\n" +
		"Ben,Orchard,https://www.linkedin.com/in/ben-orchard,,Orchard Ltd,Engineer,12 Jan 2023\n"
	const following = "window.YTD.following.part0 = [\n  {\n    \"following\" : {\n      \"accountId\" : \"4401\",\n" +
		"      \"userLink\" : \"https://twitter.com/intent/user?user_id=4401\"\n    }\n  }\n]"
	tests := []struct {
		name        string
		zipName     string
		entry       string
		good        string
		old, new    string // the bytes the damage changes
		contentSays string // the error of the damaged bytes as content
	}{
		{"a byte not UTF-8", "Complete_LinkedInDataExport_01-02-2027.zip", "Connections.csv", connections,
			"Ada,Quill", "Ad\xe1,Quill", "not UTF-8"},
		{"a NUL byte", "Complete_LinkedInDataExport_01-02-2027.zip", "Connections.csv", connections,
			"Ben,Orchard", "Ben\x00Orchard", "NUL"},
		{"a comma lost", "Complete_LinkedInDataExport_01-02-2027.zip", "Connections.csv", connections,
			"Ada,Quill", "Ada.Quill", "fields"},
		{"a date changed", "Complete_LinkedInDataExport_01-02-2027.zip", "Connections.csv", connections,
			"12 Jan 2023", "12 Jan 2O23", "not a date"},
		{"JSON cut wrong", "twitter-2027-01-02-0000.zip", "data/following.js", following,
			`"accountId" :`, `"accountId" ;`, "invalid JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad := strings.Replace(tt.good, tt.old, tt.new, 1)
			if bad == tt.good || len(bad) != len(tt.good) {
				t.Fatalf("the damage changes no byte, or the size")
			}
			for _, crcOf := range []string{tt.good, bad} {
				t.Chdir(t.TempDir())
				// Stored, so that the changed bytes read as they are; the
				// CRC-32 the header declares is that of crcOf.
				p := writeZip(t, tt.zipName, zipEntry{name: tt.entry, data: bad, raw: &zip.FileHeader{
					Method: zip.Store, CRC32: crc32.ChecksumIEEE([]byte(crcOf)),
					CompressedSize64: uint64(len(bad)), UncompressedSize64: uint64(len(bad))}})
				_, _, err := Read([]string{p}, Options{}, All())
				file := tt.zipName + "!" + tt.entry
				if crcOf == bad {
					checkOneLine(t, err, file, tt.contentSays)
					if strings.Contains(err.Error(), "damaged") {
						t.Errorf("bytes whose CRC-32 is right: error %q says the entry is damaged", err)
					}
					continue
				}
				checkOneLine(t, err, file, "the entry is damaged (checksum mismatch); download the export again")
				if strings.Contains(err.Error(), tt.contentSays) {
					t.Errorf("damaged entry: error %q blames its content", err)
				}
			}
		})
	}
}
