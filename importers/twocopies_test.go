package importers

import (
	"path/filepath"
	"strings"
	"testing"
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
				err: []string{"two different copies of one list in each of three networks: " +
					"a's, " + dl("a-2026-08-15.zip") + " and " + dl("a-2026-11-20.zip") + " (two exports; by the dates in their names, " + dl("a-2026-11-20.zip") + ", of 2026-11-20, is the newer); " +
					"b's, " + dl("Connections (1).csv") + " and " + dl("Connections.csv") + " (two copies); " +
					"c's, " + dl("c-2026-08-15.zip") + " and " + dl("c-2026-11-20.zip") + " (two exports; by the dates in their names, " + dl("c-2026-11-20.zip") + ", of 2026-11-20, is the newer)" +
					": of each pair, move the older away, or give the newest alone (of two exports, the newest of the person audited: they may be of two people)"},
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
				err:   []string{"two different copies of one list in each of two networks: a's, ", "; b's, " + dl("Connections (1).csv") + " and " + dl("Connections.csv") + " (two copies): of each pair"},
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
