package importers

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The files of a folder of an unzipped export given by name beside its
// lists (the shell's * run there) are passed over, named in
// Stats.Skipped, only where the lists tell the folder an export's: two
// kinds of LinkedIn's files, not a loose list alone, whose folder may be
// the downloads one.
func TestReadSkipsOnlyInAnExportsFolder(t *testing.T) {
	conns, err := os.ReadFile(sampleDir("linkedin", "Connections.csv"))
	if err != nil {
		t.Fatal(err)
	}
	profile, err := os.ReadFile(sampleDir("linkedin", "Profile.csv"))
	if err != nil {
		t.Fatal(err)
	}
	invitations := "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\nRobin Hale,Ines Duarte,\"11/2/26, 9:14 AM\",,OUTGOING,,\n"
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"li/Connections.csv":    string(conns),
		"li/Profile.csv":        string(profile),
		"li/Invitations.csv":    invitations,
		"dl/Connections.csv":    string(conns),
		"dl/Invitations.csv":    invitations,
		"dl/Jobs/Positions.csv": "Company Name,Title\nAcme,Designer\n",
	})
	li := func(name string) string { return filepath.Join(dir, "li", name) }
	var stats Stats
	accs, _, err := Read([]string{li("Connections.csv"), li("Invitations.csv"), li("Profile.csv")}, Options{Stats: &stats}, All())
	if err != nil {
		t.Fatalf("LinkedIn's folder: %v", err)
	}
	if len(accs) == 0 {
		t.Error("LinkedIn's folder: no account read")
	}
	if want := []string{li("Invitations.csv")}; !slices.Equal(stats.Skipped, want) {
		t.Errorf("Skipped = %q, want %q", stats.Skipped, want)
	}
	if w := stats.SkippedWarning(); !strings.HasPrefix(w, "passed over 1 file given beside an export's lists") || !strings.HasSuffix(w, ": "+li("Invitations.csv")) {
		t.Errorf("SkippedWarning = %q", w)
	}

	dl := func(name string) string { return filepath.Join(dir, "dl", name) }
	stats = Stats{}
	_, _, err = Read([]string{dl("Connections.csv"), dl("Invitations.csv"), dl("Jobs")}, Options{Stats: &stats}, All())
	if err == nil || !strings.HasPrefix(err.Error(), dl("Invitations.csv")+" and "+dl("Jobs")+": no export found in them") {
		t.Errorf("a loose list alone: err = %v, want Invitations.csv and Jobs refused", err)
	}
	if len(stats.Skipped) != 0 {
		t.Errorf("a loose list alone: Skipped = %q, want none", stats.Skipped)
	}
}

// The warning names the first three paths passed over and counts the
// rest, for one line.
func TestSkippedWarning(t *testing.T) {
	s := Stats{Skipped: []string{"a.json", "b.json", "c.json", "d.json", "e.json"}}
	want := "passed over 5 files given beside an export's lists, in its folder, that hold no list the tool reads: a.json, b.json, c.json and 2 more"
	if got := s.SkippedWarning(); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if got := (&Stats{}).SkippedWarning(); got != "" {
		t.Errorf("none passed over: got %q, want \"\"", got)
	}
}
