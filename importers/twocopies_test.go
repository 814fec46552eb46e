package importers

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// TestImportTwoCopiesOfSeveralNetworks gives a download folder holding
// last quarter's exports of several networks beside this quarter's: the
// one refusal names every network's pair, so that the person moves them
// all away at once, not one network's per run.
func TestImportTwoCopiesOfSeveralNetworks(t *testing.T) {
	three := func() []*fakeImporter {
		return []*fakeImporter{
			{name: "a", files: []string{"following.js"}, detect: byName("following", "following.js")},
			{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv", "Connections (1).csv")},
			{name: "c", files: []string{"friends.json"}, detect: byName("friends", "friends.json")},
		}
	}
	dl := func(name string) string { return filepath.Join("dl", name) }
	runImportCases(t, []importCase{
		{
			name: "each network's pair named in one line",
			imps: three,
			setup: func(t *testing.T) []string {
				writeZip(t, dl("a-2026-08-15.zip"), zipEntry{name: "data/following.js", data: "[1]"})
				writeZip(t, dl("a-2026-11-20.zip"), zipEntry{name: "data/following.js", data: "[1,2]"})
				writeFile(t, dl("Connections.csv"), "x,y")
				writeFile(t, dl("Connections (1).csv"), "x,z")
				writeZip(t, dl("c-2026-08-15.zip"), zipEntry{name: "friends.json", data: "[3]"})
				writeZip(t, dl("c-2026-11-20.zip"), zipEntry{name: "friends.json", data: "[3,4]"})
				return []string{"dl"}
			},
			want: importWant{
				calls: map[string][][]string{},
				err: []string{"two different copies of one list in each of three networks, in dl: " +
					"a's, a-2026-08-15.zip and a-2026-11-20.zip (two exports); " +
					"b's, Connections (1).csv and Connections.csv (two copies); " +
					"c's, c-2026-08-15.zip and c-2026-11-20.zip (two exports)" +
					": of each pair, move the older away, or give the newest alone (of two exports, the newest of the person audited: they may be of two people)" +
					"; by the dates in their names, the newer is a's of 2026-11-20 and c's of 2026-11-20"},
			},
		},
		{
			// Copies in two folders are named by their paths; newer ones
			// of two days are said by network.
			name: "copies in two folders, the newer of two days",
			imps: three,
			setup: func(t *testing.T) []string {
				writeZip(t, dl("a-2026-08-15.zip"), zipEntry{name: "data/following.js", data: "[1]"})
				writeZip(t, filepath.Join("old", "a-2026-11-20.zip"), zipEntry{name: "data/following.js", data: "[1,2]"})
				writeZip(t, dl("c-2026-08-15.zip"), zipEntry{name: "friends.json", data: "[3]"})
				writeZip(t, dl("c-2026-11-19.zip"), zipEntry{name: "friends.json", data: "[3,4]"})
				return []string{"dl", "old"}
			},
			want: importWant{
				calls: map[string][][]string{},
				err: []string{"two different exports of one list in each of two networks: " +
					"a's, " + dl("a-2026-08-15.zip") + " and " + filepath.Join("old", "a-2026-11-20.zip") + "; " +
					"c's, " + dl("c-2026-08-15.zip") + " and " + dl("c-2026-11-19.zip") +
					": of each pair, move the older away, or give the newest alone (of two exports, the newest of the person audited: they may be of two people)" +
					"; by the dates in their names, the newer is a's of 2026-11-20 and c's of 2026-11-19"},
			},
		},
		{
			// A network given once beside two that are not is read by
			// no one, and not named.
			name: "a network given once not named beside two refused",
			imps: three,
			setup: func(t *testing.T) []string {
				writeZip(t, dl("a-2026-08-15.zip"), zipEntry{name: "data/following.js", data: "[1]"})
				writeZip(t, dl("a-2026-11-20.zip"), zipEntry{name: "data/following.js", data: "[1,2]"})
				writeFile(t, dl("Connections.csv"), "x,y")
				writeFile(t, dl("Connections (1).csv"), "x,z")
				writeZip(t, dl("c-2026-11-20.zip"), zipEntry{name: "friends.json", data: "[3,4]"})
				return []string{"dl"}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{"two different copies of one list in each of two networks, in dl: a's, ", "; b's, Connections (1).csv and Connections.csv (two copies): of each pair"},
			},
		},
	})
}

// TestImportTwoCopiesOfOneNetworkSaidAlone checks that a refusal of one
// network's pair is said as before, whole, where no other network's is.
func TestImportTwoCopiesOfOneNetworkSaidAlone(t *testing.T) {
	t.Chdir(t.TempDir())
	a := &fakeImporter{name: "a", files: []string{"following.js"}, detect: byName("following", "following.js")}
	b := &fakeImporter{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}
	writeZip(t, "dl/a-2026-08-15.zip", zipEntry{name: "data/following.js", data: "[1]"})
	writeZip(t, "dl/a-2026-11-20.zip", zipEntry{name: "data/following.js", data: "[1,2]"})
	writeFile(t, "dl/Connections.csv", "x,y")
	_, err := Import([]string{"dl"}, Options{}, []Importer{a, b})
	checkOneLine(t, err, ": two different a exports (each holds its own following.js), of two days or of two people: give one, the newest of the person audited (by the dates in their names, ")
	if strings.Contains(err.Error(), "each of") {
		t.Errorf("one network's refusal said as several: %q", err)
	}
}

// TestImportThreeCopiesOfOneNetwork gives a download folder holding three
// quarters of one network's exports (or three downloads of one loose
// file): the refusal names all three, and the newest of all three, so
// that the older two are moved away at once; named two of them, the
// newer of those two read as the one to give, and a second run refused
// the third.
func TestImportThreeCopiesOfOneNetwork(t *testing.T) {
	imps := func() []*fakeImporter {
		return []*fakeImporter{
			{name: "a", files: []string{"following.js"}, detect: byName("following", "following.js")},
			{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv", "Connections (1).csv", "Connections (2).csv")},
		}
	}
	dl := func(name string) string { return filepath.Join("dl", name) }
	threeZips := func(t *testing.T) {
		writeZip(t, dl("a-2026-05-15.zip"), zipEntry{name: "data/following.js", data: "[0]"})
		writeZip(t, dl("a-2026-08-15.zip"), zipEntry{name: "data/following.js", data: "[1]"})
		writeZip(t, dl("a-2026-11-20.zip"), zipEntry{name: "data/following.js", data: "[1,2]"})
	}
	runImportCases(t, []importCase{
		{
			name: "three exports of one network, said alone",
			imps: imps,
			setup: func(t *testing.T) []string {
				threeZips(t)
				writeFile(t, dl("Connections.csv"), "x,y")
				return []string{"dl"}
			},
			want: importWant{
				calls: map[string][][]string{},
				err: []string{dl("a-2026-05-15.zip") + ", " + dl("a-2026-08-15.zip") + " and " + dl("a-2026-11-20.zip") +
					": three different a exports (each holds its own following.js), of three days or of three people: give one, the newest of the person audited (by the dates in their names, " +
					dl("a-2026-11-20.zip") + ", of 2026-11-20, is the newest)"},
			},
		},
		{
			name: "three downloads of one loose file, said alone",
			imps: imps,
			setup: func(t *testing.T) []string {
				writeFile(t, dl("Connections.csv"), "x,y")
				writeFile(t, dl("Connections (1).csv"), "x,z")
				writeFile(t, dl("Connections (2).csv"), "x,w")
				return []string{"dl"}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{dl("Connections (1).csv") + ", " + dl("Connections (2).csv") + " and " + dl("Connections.csv") + ": three different copies of one b list: move the older ones away, or give the newest alone (of three copies, the newest of the person audited: they may be of three people)"},
			},
		},
		{
			name: "three exports of one network beside another's pair",
			imps: imps,
			setup: func(t *testing.T) []string {
				threeZips(t)
				writeFile(t, dl("Connections.csv"), "x,y")
				writeFile(t, dl("Connections (1).csv"), "x,z")
				return []string{"dl"}
			},
			want: importWant{
				calls: map[string][][]string{},
				err: []string{"different copies of one list in each of two networks, in dl: " +
					"a's, a-2026-05-15.zip, a-2026-08-15.zip and a-2026-11-20.zip (three exports); " +
					"b's, Connections (1).csv and Connections.csv (two copies): of each, move the older ones away, or give the newest alone (of exports, the newest of the person audited: they may be of other people)" +
					"; by the dates in their names, the newest is a's of 2026-11-20"},
			},
		},
		{
			// The same export given twice (zipped and unzipped) beside an
			// older one is two, not three.
			name: "an export given zipped and unzipped beside an older one",
			imps: imps,
			setup: func(t *testing.T) []string {
				writeZip(t, dl("a-2026-08-15.zip"), zipEntry{name: "data/following.js", data: "[1]"})
				writeZip(t, dl("a-2026-11-20.zip"), zipEntry{name: "data/following.js", data: "[1,2]"})
				writeFile(t, filepath.Join("a-2026-11-20", "data", "following.js"), "[1,2]")
				return []string{"dl", "a-2026-11-20"}
			},
			want: importWant{
				calls: map[string][][]string{},
				err:   []string{": two different a exports (each holds its own following.js), of two days or of two people"},
			},
		},
	})
}

// newestOf names the newest of three exports where the dates in their
// names, or else of their files, tell it, one later than all others; and
// neither where two share the latest day, one gives none, or the names
// and the files name two different exports.
func TestNewestOf(t *testing.T) {
	src := func(name string, made string) exportSource {
		s := exportSource{display: "dl/" + name, name: name}
		if made != "" {
			d, err := audit.ParseDate(made)
			if err != nil {
				t.Fatal(err)
			}
			s.made = d
		}
		return s
	}
	for _, tc := range []struct {
		name string
		srcs []exportSource
		want string
		ok   bool
	}{
		{"by names", []exportSource{src("a-2026-05-15.zip", ""), src("a-2026-11-20.zip", ""), src("a-2026-08-15.zip", "")},
			"by the dates in their names, dl/a-2026-11-20.zip, of 2026-11-20, is the newest", true},
		{"by files", []exportSource{src("a.zip", "2026-05-15"), src("b.zip", "2026-11-20"), src("c.zip", "2026-08-15")},
			"by the dates of their files, dl/b.zip, of 2026-11-20, is the newest", true},
		{"names and files agree", []exportSource{src("a-2026-05-15.zip", "2026-05-15"), src("a-2026-11-20.zip", "2026-11-20"), src("a-2026-08-15.zip", "2026-08-15")},
			"by the dates in their names, dl/a-2026-11-20.zip, of 2026-11-20, is the newest", true},
		{"names and files disagree", []exportSource{src("a-2026-05-15.zip", "2026-12-01"), src("a-2026-11-20.zip", "2026-11-20"), src("a-2026-08-15.zip", "2026-08-15")},
			"which is the newest cannot be told: by the dates in their names, dl/a-2026-11-20.zip, of 2026-11-20; by the dates of their files, dl/a-2026-05-15.zip, of 2026-12-01", false},
		{"two of the latest day", []exportSource{src("a-2026-05-15.zip", ""), src("a-2026-11-20.zip", ""), src("b-2026-11-20.zip", "")},
			"which is the newest, neither their names nor the dates of their files tell", false},
		{"one of no day", []exportSource{src("a-2026-05-15.zip", ""), src("a-2026-11-20.zip", ""), src("old.zip", "")},
			"which is the newest, neither their names nor the dates of their files tell", false},
	} {
		if got, ok := newestOf(tc.srcs); got != tc.want || ok != tc.ok {
			t.Errorf("%s: newestOf = %q, %v; want %q, %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
}

// TestImportTwoCopiesOfSeveralNetworksLongNames gives a download folder
// holding two quarters of three networks under the names the networks
// give them, a Twitter/X archive's 87 characters long: the refusal names
// every zip once, by its name, the folder once, and the newer of each
// pair by the day in its name once for all, not a sentence a network
// repeating the newer's path (984 characters).
func TestImportTwoCopiesOfSeveralNetworksLongNames(t *testing.T) {
	t.Chdir(t.TempDir())
	hex := strings.Repeat("5f1c0e7a", 8)
	names := []string{
		"Complete_LinkedInDataExport_08-15-2026.zip", "Complete_LinkedInDataExport_11-20-2026.zip",
		"twitter-2026-08-15-" + strings.Repeat("0a1b2c3d", 8) + ".zip", "twitter-2026-11-20-" + hex + ".zip",
		"facebook-robinhale-20260815.zip", "facebook-robinhale-20261120.zip",
	}
	imps := []Importer{
		&fakeImporter{name: "LinkedIn", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")},
		&fakeImporter{name: "Twitter/X", files: []string{"following.js"}, detect: byName("following", "following.js")},
		&fakeImporter{name: "Facebook", files: []string{"your_friends.json"}, detect: byName("friends", "your_friends.json")},
	}
	for i, n := range names {
		entry := []string{"Connections.csv", "data/following.js", "connections/friends/your_friends.json"}[i/2]
		writeZip(t, filepath.Join("dl", n), zipEntry{name: entry, data: fmt.Sprint(i)})
	}
	_, err := Import([]string{"dl"}, Options{}, imps)
	checkOneLine(t, err, "two different exports of one list in each of three networks, in dl: ",
		"; the newer of each, by the dates in their names, is that of 2026-11-20")
	line := err.Error()
	said := 0
	for _, n := range names {
		if c := strings.Count(line, n); c != 1 {
			t.Errorf("%s said %d times, want once: %q", n, c, line)
		}
		said += len(n)
	}
	// The names alone are 320 characters: what is said beside them (the
	// networks, the folder, the newer, the advice) is held to under 340 (it was 664).
	if len(line) > said+340 {
		t.Errorf("refusal is %d characters, %d beside the names: %q", len(line), len(line)-said, line)
	}
}

// TestImportUnzippedBesideItsZipChanged gives a download folder holding an
// export's zip and the folder it was unzipped to, a file of which was
// opened in a spreadsheet and saved (French Excel: ';', CRLF): one export
// changed since, not "two exports of two days or of two people". The
// refusal says so, and to give the zip, as the network sent it.
func TestImportUnzippedBesideItsZipChanged(t *testing.T) {
	t.Chdir(t.TempDir())
	b := &fakeImporter{name: "b", files: []string{"Connections.csv"}, detect: byName("connections", "Connections.csv")}
	writeZip(t, "dl/b-export_11-20-2026.zip", zipEntry{name: "Connections.csv", data: "x,y\n"})
	writeFile(t, "dl/b-export_11-20-2026/Connections.csv", "x;y\r\n")
	_, err := Import([]string{"dl"}, Options{}, []Importer{b})
	checkOneLine(t, err, "dl/b-export_11-20-2026/Connections.csv differs from Connections.csv in dl/b-export_11-20-2026.zip, the zip it was unzipped from: it was saved since (by a spreadsheet?) or edited. Give the zip alone, as the network sent it, or move the folder dl/b-export_11-20-2026 away")
	if strings.Contains(err.Error(), "two people") {
		t.Errorf("one export unzipped beside its zip said to be two: %q", err)
	}
}
