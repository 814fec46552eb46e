package importers

import (
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// readOwners reads the inputs (relative to dir) with every importer and
// returns the owners they say, or the error.
func readOwners(t *testing.T, dir string, inputs ...string) ([]audit.Owner, error) {
	t.Helper()
	for i, in := range inputs {
		inputs[i] = filepath.Join(dir, filepath.FromSlash(in))
	}
	var owners []audit.Owner
	_, _, err := Read(inputs, Options{Owners: &owners}, All())
	return withoutSources(t, owners), err
}

// withoutSources returns owners with their Source, checked to be set,
// cleared, for the tests of what they say to compare, and their Display
// (see TestOwnerDisplay).
func withoutSources(t *testing.T, owners []audit.Owner) []audit.Owner {
	t.Helper()
	for i := range owners {
		if owners[i].Source == "" {
			t.Errorf("owner %+v: no Source", owners[i])
		}
		owners[i].Source, owners[i].Display = "", ""
	}
	return owners
}

// An owner carries the display name its export gives beside the handle,
// to be compared with the owners of the workspace's other networks
// (audit.StrangeOwners): Instagram's Name (Ad in Turkish exports),
// Twitter/X's accountDisplayName.
func TestOwnerDisplay(t *testing.T) {
	const personal = "personal_information/personal_information/personal_information.json"
	following := igFollowingNew(igE{"amelie_d", 1731921458})
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"Instagram", map[string]string{igFollowingP: following, personal: igPersonal("robinhale")}, "Robin Hale"},
		{"Instagram in Turkish", map[string]string{igFollowingP: following, personal: `{"profile_user":[{"string_map_data":{"Kullan\u00c4\u00b1c\u00c4\u00b1 ad\u00c4\u00b1":{"value":"robinhale"},"Ad":{"value":"Robin"}}}]}`}, "Robin"},
		{"Instagram without a name", map[string]string{igFollowingP: following, personal: `{"profile_user":[{"string_map_data":{"Username":{"value":"robinhale"}}}]}`}, ""},
		{"Twitter/X", map[string]string{"data/following.js": "window.YTD.following.part0 = []", "data/account.js": `window.YTD.account.part0 = [{"account":{"accountId":"1000","username":"robinhale","accountDisplayName":"Robin Hale"}}]`}, "Robin Hale"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, filepath.Join(dir, "export"), tt.files)
			var owners []audit.Owner
			if _, _, err := Read([]string{filepath.Join(dir, "export")}, Options{Owners: &owners}, All()); err != nil {
				t.Fatal(err)
			}
			if len(owners) != 1 || owners[0].Display != tt.want {
				t.Errorf("owners %+v, want one of display name %q", owners, tt.want)
			}
		})
	}
}

// An owner names the export it was read from, for a refusal to name the
// file to move away: the zip as given, or the owner file of a folder.
func TestOwnerSource(t *testing.T) {
	zip := filepath.Join("..", "testdata", "sample", "Complete_LinkedInDataExport_11-20-2026.zip")
	var owners []audit.Owner
	if _, _, err := Read([]string{zip}, Options{Owners: &owners}, All()); err != nil {
		t.Fatal(err)
	}
	if len(owners) != 1 || owners[0].Source != zip {
		t.Errorf("zip: owners %+v, want one of Source %s", owners, zip)
	}
	dir := t.TempDir()
	profile := "First Name,Last Name,Headline\nRobin,Hale,Designer\n"
	if err := os.WriteFile(filepath.Join(dir, "Profile.csv"), []byte(profile), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "Connections.csv"), []byte("First Name,Last Name,URL,Email Address,Company,Position,Connected On\nLena,Vogt,https://www.linkedin.com/in/lenavogt,,Co,Partner,16 Mar 2021\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	owners = nil
	if _, _, err := Read([]string{dir}, Options{Owners: &owners}, All()); err != nil {
		t.Fatal(err)
	}
	if want := dir + "/Profile.csv"; len(owners) != 1 || owners[0].Source != want {
		t.Errorf("folder: owners %+v, want one of Source %s", owners, want)
	}
}

// igPersonal renders personal_information.json as Meta writes it, with the
// username as it stands between the quotes.
func igPersonal(user string) string {
	return `{
  "profile_user": [
    {
      "title": "User Information",
      "media_map_data": {
        
      },
      "string_map_data": {
        "Email": {
          "href": "",
          "value": "robin.hale@example.com",
          "timestamp": 0
        },
        "Username": {
          "href": "",
          "value": "` + user + `",
          "timestamp": 0
        },
        "Name": {
          "href": "",
          "value": "Robin Hale",
          "timestamp": 0
        }
      }
    }
  ]
}`
}

// An Instagram export says whose it is in personal_information.json, by
// the username alone; one that cannot be read says nothing, and the
// audit goes on.
func TestInstagramOwner(t *testing.T) {
	following := igFollowingNew(igE{"amelie_d", 1731921458})
	const personal = "personal_information/personal_information/personal_information.json"
	robin := []audit.Owner{{Network: audit.Instagram, ID: "robinhale", Name: "@robinhale"}}
	tests := []struct {
		name  string
		files map[string]string
		want  []audit.Owner
	}{
		{"an export", map[string]string{igFollowingP: following, personal: igPersonal("robinhale")}, robin},
		{"a username with capitals", map[string]string{igFollowingP: following, personal: igPersonal("RobinHale")},
			[]audit.Owner{{Network: audit.Instagram, ID: "robinhale", Name: "@RobinHale"}}},
		{"before 2023", map[string]string{igFollowingP: following, "account_information/personal_information.json": igPersonal("robinhale")}, robin},
		{"no personal information", map[string]string{igFollowingP: following}, nil},
		{"no username", map[string]string{igFollowingP: following, personal: `{"profile_user":[{"string_map_data":{"Name":{"value":"Robin"}}}]}`}, nil},
		{"an empty username", map[string]string{igFollowingP: following, personal: igPersonal("")}, nil},
		{"not a username", map[string]string{igFollowingP: following, personal: igPersonal("robin hale")}, nil},
		{"no entry", map[string]string{igFollowingP: following, personal: `{"profile_user": []}`}, nil},
		{"broken JSON", map[string]string{igFollowingP: following, personal: `{"profile_user": [{"string_map_data": {"Username": {"value": "robinhale"`}, nil},
		{"Username not an object", map[string]string{igFollowingP: following, personal: `{"profile_user": [{"string_map_data": {"Username": 7}}]}`}, nil},
		// A Turkish export (its labels, like all text, as Meta writes them:
		// UTF-8 bytes escaped one by one); a language whose label is not
		// known says nothing.
		{"in Turkish", map[string]string{igFollowingP: following, personal: `{"profile_user":[{"title":"Kullan\u00c4\u00b1c\u00c4\u00b1 Bilgileri","string_map_data":{"Kullan\u00c4\u00b1c\u00c4\u00b1 ad\u00c4\u00b1":{"href":"","value":"robinhale","timestamp":0},"Ad":{"href":"","value":"Robin","timestamp":0}}}]}`}, robin},
		{"in another language", map[string]string{igFollowingP: following, personal: `{"profile_user":[{"string_map_data":{"Nom":{"value":"robinhale"}}}]}`}, nil},
		// Another file of that name is not claimed, nor read.
		{"another personal_information.json", map[string]string{igFollowingP: following, personal: `{"profile_v2": {"name": {"full_name": "Robin Hale"}}}`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, filepath.Join(dir, "export"), tt.files)
			owners, err := readOwners(t, dir, "export")
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(owners, tt.want) {
				t.Errorf("owners %+v, want %+v", owners, tt.want)
			}
		})
	}
}

// The file is found as the lists are: in a zip, in a folder, as a loose
// file (renamed by a second download), and in another part of an export
// split in two.
func TestInstagramOwnerShapes(t *testing.T) {
	following := igFollowingNew(igE{"amelie_d", 1731921458})
	robin := []audit.Owner{{Network: audit.Instagram, ID: "robinhale", Name: "@robinhale"}}
	dir := t.TempDir()
	writeZip(t, filepath.Join(dir, "ig.zip"),
		zipEntry{name: igFollowingP, data: following},
		zipEntry{name: "personal_information/personal_information/personal_information.json", data: igPersonal("robinhale")})
	writeZip(t, filepath.Join(dir, "part1.zip"), zipEntry{name: igFollowingP, data: following})
	writeZip(t, filepath.Join(dir, "part2.zip"),
		zipEntry{name: "media/posts/photo.jpg", data: "jpeg"},
		zipEntry{name: "personal_information/personal_information/personal_information.json", data: igPersonal("robinhale")})
	writeFile(t, filepath.Join(dir, "loose/following.json"), following)
	writeFile(t, filepath.Join(dir, "loose/personal_information (1).json"), "\ufeff"+igPersonal("robinhale"))
	for _, inputs := range [][]string{{"ig.zip"}, {"part1.zip", "part2.zip"}, {"loose/following.json", "loose/personal_information (1).json"}, {"loose"}} {
		owners, err := readOwners(t, dir, inputs...)
		if err != nil {
			t.Fatalf("%v: %v", inputs, err)
		}
		if !slices.Equal(owners, robin) {
			t.Errorf("%v: owners %+v, want %+v", inputs, owners, robin)
		}
	}
	// Alone, it is no export; beside another network's, it is left.
	writeFile(t, filepath.Join(dir, "alone/personal_information.json"), igPersonal("robinhale"))
	_, err := readOwners(t, dir, "alone/personal_information.json")
	if err == nil || !strings.Contains(err.Error(), "alone/personal_information.json: no export found") ||
		!strings.Contains(err.Error(), "alone/personal_information.json only says whose an Instagram export is: give the whole export") {
		t.Errorf("personal_information.json alone: %v", err)
	}
	writeFile(t, filepath.Join(dir, "mixed/Connections.csv"), liHeader+"Ana,Lopez,https://www.linkedin.com/in/ana-lopez,,Acme,CEO,01 Oct 2024\n")
	writeFile(t, filepath.Join(dir, "mixed/personal_information.json"), igPersonal("robinhale"))
	owners, err := readOwners(t, dir, "mixed")
	if err != nil || owners != nil {
		t.Errorf("beside a LinkedIn export: owners %+v, %v; want none", owners, err)
	}
	// Two exports' files that differ are refused, as their lists are.
	writeZip(t, filepath.Join(dir, "other.zip"),
		zipEntry{name: "personal_information/personal_information/personal_information.json", data: igPersonal("sam_other")})
	_, err = readOwners(t, dir, "ig.zip", "other.zip")
	if err == nil || !strings.Contains(err.Error(), "two different Instagram exports") {
		t.Errorf("two exports: %v", err)
	}
}

func TestInstagramOwnerSample(t *testing.T) {
	owners, err := readOwners(t, filepath.Join("..", "testdata", "sample"), "instagram-robinhale-2026-11-20-AbCdEfGh.zip")
	if err != nil {
		t.Fatal(err)
	}
	if want := []audit.Owner{{Network: audit.Instagram, ID: "robinhale", Name: "@robinhale"}}; !slices.Equal(owners, want) {
		t.Errorf("owners %+v, want %+v", owners, want)
	}
}

// liProfileCSV renders Profile.csv with one row: the first and last names
// as they stand in the file.
func liProfileCSV(first, last string) string {
	return "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n" +
		first + "," + last + `,,,Sep 14,"Product Designer | Accessibility, Design Systems","I design calm, accessible software.",Design Services,,"Lyon, Auvergne-Rhône-Alpes, France",[robinhale],[PERSONAL:https://robinhale.example.com/],` + "\n"
}

// A LinkedIn export says whose it is in Profile.csv, by the name alone;
// one that cannot be read says nothing, and the audit goes on.
func TestLinkedInOwner(t *testing.T) {
	robin := []audit.Owner{{Network: audit.LinkedIn, ID: "Robin Hale", Name: "Robin Hale"}}
	tests := []struct {
		name    string
		profile string // "" for none
		want    []audit.Owner
	}{
		{"an export", liProfileCSV("Robin", "Hale"), robin},
		{"spaces, quotes and a byte order mark", "\ufeff" + strings.Replace(liProfileCSV(`" Robin "`, `"Hale  "`), "\n", "\r\n", -1), robin},
		{"re-saved with ;", "First Name;Last Name;Headline\nRobin;Hale;Designer\n", robin},
		{"accents, as Meta's mojibake too", liProfileCSV("AmÃ©lie", "Durand"), []audit.Owner{{Network: audit.LinkedIn, ID: "Amélie Durand", Name: "Amélie Durand"}}},
		{"a first name only", liProfileCSV("Robin", ""), []audit.Owner{{Network: audit.LinkedIn, ID: "Robin", Name: "Robin"}}},
		{"no Profile.csv", "", nil},
		{"no row", "First Name,Last Name,Headline\n", nil},
		{"an empty name", liProfileCSV("", ""), nil},
		{"emoji alone", liProfileCSV("🚀", ""), nil},
		{"a short row", "First Name,Last Name,Headline\nRobin\n", nil},
		{"a broken quote", "First Name,Last Name\n\"Robin,Hale\n", nil},
		{"no Last Name column", "First Name,Headline\nRobin,Designer\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			files := map[string]string{"Connections.csv": liHeader + "Ana,Lopez,https://www.linkedin.com/in/ana-lopez,,Acme,CEO,01 Oct 2024\n"}
			if tt.profile != "" {
				files["Profile.csv"] = tt.profile
			}
			writeTree(t, filepath.Join(dir, "export"), files)
			owners, err := readOwners(t, dir, "export")
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(owners, tt.want) {
				t.Errorf("owners %+v, want %+v", owners, tt.want)
			}
		})
	}
}

// The file is found as the lists are: in a zip, in a folder, as a loose
// file (renamed by a second download).
func TestLinkedInOwnerShapes(t *testing.T) {
	robin := []audit.Owner{{Network: audit.LinkedIn, ID: "Robin Hale", Name: "Robin Hale"}}
	connections := liHeader + "Ana,Lopez,https://www.linkedin.com/in/ana-lopez,,Acme,CEO,01 Oct 2024\n"
	dir := t.TempDir()
	writeZip(t, filepath.Join(dir, "li.zip"), zipEntry{name: "Connections.csv", data: connections}, zipEntry{name: "Profile.csv", data: liProfileCSV("Robin", "Hale")})
	writeFile(t, filepath.Join(dir, "loose/Connections.csv"), connections)
	writeFile(t, filepath.Join(dir, "loose/Profile (1).csv"), liProfileCSV("Robin", "Hale"))
	for _, inputs := range [][]string{{"li.zip"}, {"loose/Connections.csv", "loose/Profile (1).csv"}, {"loose"}} {
		owners, err := readOwners(t, dir, inputs...)
		if err != nil {
			t.Fatalf("%v: %v", inputs, err)
		}
		if !slices.Equal(owners, robin) {
			t.Errorf("%v: owners %+v, want %+v", inputs, owners, robin)
		}
	}
	owners, err := readOwners(t, filepath.Join("..", "testdata", "sample"), "Complete_LinkedInDataExport_11-20-2026.zip")
	if err != nil || !slices.Equal(owners, robin) {
		t.Errorf("the sample: owners %+v, %v, want %+v", owners, err, robin)
	}
	// Alone, it is no export (a folder of papers with a Profile.csv in
	// it); beside another network's, it is left.
	writeFile(t, filepath.Join(dir, "alone/Profile.csv"), liProfileCSV("Robin", "Hale"))
	_, err = readOwners(t, dir, "alone/Profile.csv")
	if err == nil || !strings.Contains(err.Error(), "alone/Profile.csv: no export found") ||
		!strings.Contains(err.Error(), "alone/Profile.csv only says whose a LinkedIn export is: give the whole export") {
		t.Errorf("Profile.csv alone: %v", err)
	}
	writeFile(t, filepath.Join(dir, "mixed/following.json"), igFollowingNew(igE{"amelie_d", 1731921458}))
	writeFile(t, filepath.Join(dir, "mixed/Profile.csv"), liProfileCSV("Robin", "Hale"))
	owners, err = readOwners(t, dir, "mixed")
	if err != nil || owners != nil {
		t.Errorf("beside an Instagram export: owners %+v, %v; want none", owners, err)
	}
}

// personal_information.json with "profile_user" not its first key is
// still Instagram's; one that holds nothing of it (empty), or a Profile.csv
// that is not one, given alone, is said to be no export for what it is
// named, not "looked for" that very file.
func TestOwnerFileOddShapes(t *testing.T) {
	dir := t.TempDir()
	reordered := `{"other": {"a": [1, {"b": "profile_user"}]}, "profile_user": [{"string_map_data": {"Username": {"value": "robinhale"}}}]}`
	writeFile(t, filepath.Join(dir, "ig/following.json"), igFollowingNew(igE{"amelie_d", 1731921458}))
	writeFile(t, filepath.Join(dir, "ig/personal_information.json"), reordered)
	owners, err := readOwners(t, dir, "ig")
	robin := []audit.Owner{{Network: audit.Instagram, ID: "robinhale", Name: "@robinhale"}}
	if err != nil || !slices.Equal(owners, robin) {
		t.Errorf("keys reordered: owners %+v, %v, want %+v", owners, err, robin)
	}
	for _, c := range []struct{ name, data, what string }{
		{"reordered/personal_information.json", reordered, "only says whose an Instagram export is: give the whole export"},
		{"empty/personal_information.json", "{}", "is at most the file that says whose an Instagram export is: give the whole export"},
		{"other/personal_information.json", `{"profile_v2": {}}`, "is at most the file that says whose an Instagram export is: give the whole export"},
		{"odd/Profile.csv", "Vorname,Nachname\nRobin,Hale\n", "is at most the file that says whose a LinkedIn export is: give the whole export"},
	} {
		writeFile(t, filepath.Join(dir, c.name), c.data)
		_, err := readOwners(t, dir, c.name)
		if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, c.name)+" "+c.what) {
			t.Errorf("%s alone: %v", c.name, err)
		}
	}
}

// Two different Profile.csv beside one export are two copies of the file
// that says whose it is, not of a list.
func TestOwnerFileTwoCopies(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "li/Connections.csv"), liHeader+"Ana,Lopez,https://www.linkedin.com/in/ana-lopez,,Acme,CEO,01 Oct 2024\n")
	writeFile(t, filepath.Join(dir, "li/Profile.csv"), liProfileCSV("Robin", "Hale"))
	writeFile(t, filepath.Join(dir, "li/Profile (1).csv"), liProfileCSV("Robin", "Smith"))
	_, err := readOwners(t, dir, "li")
	if err == nil || !strings.Contains(err.Error(), ": two different copies of the file that says whose a LinkedIn export is: move the older away") {
		t.Errorf("two Profile.csv: %v", err)
	}
}

// A file that says whose an export is is that export's only where it
// comes with its lists: in the same zip, in the same export folder (in a
// zip or on disk); on Instagram, whose big exports come in zip parts, in a
// zip part without lists beside zips with them. One lying elsewhere says
// nothing; given as an input of its own, it is one of no export.
func TestOwnerFileStray(t *testing.T) {
	robinLI := []audit.Owner{{Network: audit.LinkedIn, ID: "Robin Hale", Name: "Robin Hale"}}
	robinIG := []audit.Owner{{Network: audit.Instagram, ID: "robinhale", Name: "@robinhale"}}
	robinTW := []audit.Owner{{Network: audit.Twitter, ID: "1000", Name: "@robinhale"}}
	daveTW := []audit.Owner{{Network: audit.Twitter, ID: "3002", Name: "@dave"}}
	connections := liHeader + "Ana,Lopez,https://www.linkedin.com/in/ana-lopez,,Acme,CEO,01 Oct 2024\n"
	following := igFollowingNew(igE{"amelie_d", 1731921458})
	const personal = "personal_information/personal_information/personal_information.json"
	dir := t.TempDir()
	w := func(name, data string) { writeFile(t, filepath.Join(dir, filepath.FromSlash(name)), data) }

	// LinkedIn.
	w("dl/li/Connections.csv", connections)
	w("dl/Profile.csv", liProfileCSV("Sam", "Other"))
	writeZip(t, filepath.Join(dir, "dl2/li.zip"), zipEntry{name: "Connections.csv", data: connections})
	w("dl2/Profile.csv", liProfileCSV("Sam", "Other"))
	w("dl3/li/Connections.csv", connections)
	w("dl3/li/Profile.csv", liProfileCSV("Robin", "Hale"))
	w("dl3/Profile.csv", liProfileCSV("Sam", "Other"))
	writeZip(t, filepath.Join(dir, "nested.zip"),
		zipEntry{name: "Profile.csv", data: liProfileCSV("Sam", "Other")},
		zipEntry{name: "export/Connections.csv", data: connections},
		zipEntry{name: "export/Profile.csv", data: liProfileCSV("Robin", "Hale")})
	w("two/a/Connections.csv", connections)
	w("two/b/Profile.csv", liProfileCSV("Sam", "Other"))

	// Instagram.
	w("ig/exp/"+igFollowingP, following)
	w("ig/personal_information.json", igPersonal("sam_other"))
	w("ig2/exp/"+igFollowingP, following)
	w("ig2/exp/"+personal, igPersonal("robinhale"))
	w("ig3/exp/followers_and_following/following.json", following)
	w("ig3/exp/account_information/personal_information.json", igPersonal("robinhale"))
	w("ig4/following.json", following)
	w("ig4/personal_information.json", igPersonal("robinhale"))
	writeZip(t, filepath.Join(dir, "ig5/exp.zip"), zipEntry{name: "top/" + igFollowingP, data: following},
		zipEntry{name: "top/" + personal, data: igPersonal("robinhale")}, zipEntry{name: personal, data: igPersonal("sam_other")})
	writeZip(t, filepath.Join(dir, "sam-part.zip"), zipEntry{name: personal, data: igPersonal("sam_other")})

	// Twitter/X.
	w("tw/dl/arch/data/following.js", twFollowing2026)
	w("tw/dl/arch/data/account.js", twAccountJS("1000", "robinhale"))
	w("tw/dl/account.js", twAccountJS("3002", "dave"))
	writeZip(t, filepath.Join(dir, "tw/dl2/twitter.zip"), zipEntry{name: "data/following.js", data: twFollowing2026},
		zipEntry{name: "data/account.js", data: twAccountJS("1000", "robinhale")})
	w("tw/dl2/account.js", twAccountJS("3002", "dave"))
	w("tw/dl3/data/following.js", twFollowing2026)
	w("tw/dl3/data/account.js", twAccountJS("3002", "dave"))

	for _, c := range []struct {
		name   string
		inputs []string
		want   []audit.Owner
	}{
		{"LinkedIn: beside the export's folder", []string{"dl"}, nil},
		{"LinkedIn: beside its zip", []string{"dl2"}, nil},
		{"LinkedIn: beside the export's own", []string{"dl3"}, robinLI},
		{"LinkedIn: beside the export's folder in a zip", []string{"nested.zip"}, robinLI},
		{"LinkedIn: the same folder given as files", []string{"dl3/li/Connections.csv", "dl3/li/Profile.csv"}, robinLI},
		{"LinkedIn: the same folder, as a file and the folder", []string{"dl3/li", "dl3/li/../li/Profile.csv"}, robinLI},
		{"Instagram: beside the export's folder", []string{"ig"}, nil},
		{"Instagram: in its own folder", []string{"ig2"}, robinIG},
		{"Instagram: in its own folder before 2023", []string{"ig3"}, robinIG},
		{"Instagram: loose beside the lists", []string{"ig4"}, robinIG},
		{"Instagram: beside the export's folder in a zip", []string{"ig5/exp.zip"}, robinIG},
		// A zip whose top folders are the export's is a part of it that
		// holds no list (see Read), but its owner file is not the
		// export's: the export's own one says.
		{"Instagram: a zip beside the export's folder", []string{"ig2/exp", "sam-part.zip"}, robinIG},
		{"Twitter/X: beside the archive's folder", []string{"tw/dl"}, robinTW},
		{"Twitter/X: beside its zip", []string{"tw/dl2"}, robinTW},
		{"Twitter/X: loose, beside the lists", []string{"tw/dl3/data/following.js", "tw/dl3/data/account.js"}, daveTW},
	} {
		owners, err := readOwners(t, dir, c.inputs...)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if !slices.Equal(owners, c.want) {
			t.Errorf("%s: owners %+v, want %+v", c.name, owners, c.want)
		}
	}

	// Given as inputs of their own, they are of no export.
	for _, c := range []struct {
		name, stray string
		inputs      []string
		network     string
	}{
		{"beside a zip", "dl2/Profile.csv", []string{"dl2/li.zip", "dl2/Profile.csv"}, "a LinkedIn export is, and is in no zip or folder of the LinkedIn lists"},
		{"of two exports", "two/b/Profile.csv", []string{"two/a/Connections.csv", "two/b/Profile.csv"}, "a LinkedIn export is, and is in no zip or folder of the LinkedIn lists"},
		{"in a folder of its own", "two/b/Profile.csv", []string{"two/a", "two/b"}, "a LinkedIn export is, and is in no zip or folder of the LinkedIn lists"},
		// A zip without lists is a part of an export only beside zips.
		{"a zip beside a folder", "sam-part.zip!" + personal, []string{"ig/exp", "sam-part.zip"}, "an Instagram export is, and is in no zip or folder of the Instagram lists"},
		{"beside a Twitter/X zip", "tw/dl2/account.js", []string{"tw/dl2/twitter.zip", "tw/dl2/account.js"}, "a Twitter/X export is, and is in no zip or folder of the Twitter/X lists"},
	} {
		_, err := readOwners(t, dir, c.inputs...)
		stray := filepath.Join(dir, filepath.FromSlash(c.stray))
		if strings.Contains(c.stray, "!") {
			stray = filepath.Join(dir, c.stray[:strings.Index(c.stray, "!")]) + c.stray[strings.Index(c.stray, "!"):]
		}
		if err == nil || !strings.Contains(err.Error(), ": no export found") || !strings.Contains(err.Error(), stray+" says whose "+c.network+" given: give it with its own export, or move it away") {
			t.Errorf("%s: %v", c.name, err)
		}
	}

	// An Instagram export split in zip parts: the part without lists is
	// the export's, and a second such part of another owner is refused,
	// as two exports' files are.
	writeZip(t, filepath.Join(dir, "part1.zip"), zipEntry{name: igFollowingP, data: following})
	writeZip(t, filepath.Join(dir, "part2.zip"), zipEntry{name: personal, data: igPersonal("robinhale")})
	if owners, err := readOwners(t, dir, "part1.zip", "part2.zip"); err != nil || !slices.Equal(owners, robinIG) {
		t.Errorf("zip parts: owners %+v, %v, want %+v", owners, err, robinIG)
	}
	if _, err := readOwners(t, dir, "part1.zip", "part2.zip", "sam-part.zip"); err == nil || !strings.Contains(err.Error(), "two different Instagram exports") {
		t.Errorf("zip parts of two owners: %v", err)
	}
}

func TestInstagramExportFolder(t *testing.T) {
	for dir, want := range map[string]string{
		".":                                   ".",
		"connections/followers_and_following": ".",
		"top/connections/followers_and_following":           "top",
		"/home/r/dl/ig/Connections/Followers_and_Following": "/home/r/dl/ig",
		"personal_information/personal_information":         ".",
		"x/personal_information/personal_information":       "x",
		"x/followers_and_following":                         "x",
		"x/account_information":                             "x",
		"x/personal_information":                            "x/personal_information",
		"x/my_followers_and_following":                      "x/my_followers_and_following",
		"/dl":                                               "/dl",
	} {
		if got := (Instagram{}).exportFolder(dir); got != want {
			t.Errorf("exportFolder(%q) = %q, want %q", dir, got, want)
		}
	}
}

// Given from inside the export's folder for its lists (".", or the list
// by its name alone), the lists' folder is no text to strip the
// network's folders from: the owner file, given by a path up from
// there, is the export's all the same.
func TestOwnerFileFromInsideExport(t *testing.T) {
	robinIG := []audit.Owner{{Network: audit.Instagram, ID: "robinhale", Name: "@robinhale"}}
	const personal = "personal_information/personal_information/personal_information.json"
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "exp", filepath.FromSlash(igFollowingP)), igFollowingNew(igE{"amelie_d", 1731921458}))
	writeFile(t, filepath.Join(dir, "exp", filepath.FromSlash(personal)), igPersonal("robinhale"))
	t.Chdir(filepath.Join(dir, "exp", filepath.FromSlash(path.Dir(igFollowingP))))
	for _, inputs := range [][]string{
		{".", "../../personal_information"},
		{"following.json", "../../" + personal},
	} {
		var owners []audit.Owner
		for i := range inputs {
			inputs[i] = filepath.FromSlash(inputs[i])
		}
		_, _, err := Read(inputs, Options{Owners: &owners}, All())
		if err != nil || !slices.Equal(withoutSources(t, owners), robinIG) {
			t.Errorf("%q: owners %+v, %v, want %+v", inputs, owners, err, robinIG)
		}
	}
}

// igOldProfile renders the profile.json of an Instagram export before
// about 2020, beside its connections.json: one flat object, the username
// as it stands between the quotes.
func igOldProfile(user string) string {
	return `{
  "biography": "Design, bread and long walks.",
  "date_joined": "2014-05-02T18:22:41",
  "email": "robin.hale@example.com",
  "gender": "female",
  "name": "Robin Hale",
  "phone_number": "",
  "private_account": true,
  "profile_pic_url": "https://scontent.cdninstagram.com/vp/0a1b2c/robin.jpg",
  "username": "` + user + `",
  "website": ""
}`
}

// An Instagram export before about 2020 says whose it is in its
// profile.json, beside connections.json: read, by the username, only where
// the file is shaped as Instagram's (its keys, the username, the date the
// account joined), in a folder, a zip, a part of a split export; another
// app's profile.json says nothing, and the audit goes on.
func TestInstagramOldOwner(t *testing.T) {
	robin := []audit.Owner{{Network: audit.Instagram, ID: "robin.hale", Name: "@Robin.Hale"}}
	dir := t.TempDir()
	writeTree(t, filepath.Join(dir, "old"), map[string]string{"connections.json": igOldConnections, "profile.json": igOldProfile("Robin.Hale")})
	writeZip(t, filepath.Join(dir, "instagram-robin.hale-20190321.zip"),
		zipEntry{name: "connections.json", data: igOldConnections},
		zipEntry{name: "profile.json", data: "\ufeff" + igOldProfile("Robin.Hale")},
		zipEntry{name: "media.json", data: `{"photos": []}`})
	writeZip(t, filepath.Join(dir, "instagram-robin.hale-20190321_part_1.zip"), zipEntry{name: "connections.json", data: igOldConnections})
	writeZip(t, filepath.Join(dir, "instagram-robin.hale-20190321_part_2.zip"),
		zipEntry{name: "photos/201811/a1b2c3.jpg", data: "jpeg"},
		zipEntry{name: "profile.json", data: igOldProfile("Robin.Hale")})
	for _, inputs := range [][]string{{"old"}, {"old/connections.json", "old/profile.json"}, {"instagram-robin.hale-20190321.zip"},
		{"instagram-robin.hale-20190321_part_1.zip", "instagram-robin.hale-20190321_part_2.zip"}} {
		owners, err := readOwners(t, dir, inputs...)
		if err != nil {
			t.Fatalf("%v: %v", inputs, err)
		}
		if !slices.Equal(owners, robin) {
			t.Errorf("%v: owners %+v, want %+v", inputs, owners, robin)
		}
	}
	var owners []audit.Owner
	if _, _, err := Read([]string{filepath.Join(dir, "old")}, Options{Owners: &owners}, All()); err != nil || len(owners) != 1 || owners[0].Display != "Robin Hale" {
		t.Errorf("display name: owners %+v, %v; want Robin Hale", owners, err)
	}

	// Another app's profile.json, or one not shaped as Instagram's, says
	// nothing: it is not claimed.
	for _, c := range []struct{ name, data string }{
		{"a user of another site", `{"username": "robin.hale", "email": "robin@example.com", "date_joined": "2012-05-10T13:32:40Z", "first_name": "Robin", "last_name": "Hale", "is_active": true}`},
		{"no date joined", `{"username": "robin.hale", "name": "Robin Hale"}`},
		{"a date joined that is no time", `{"username": "robin.hale", "name": "Robin Hale", "date_joined": "May 2014"}`},
		{"no username", `{"name": "Robin Hale", "date_joined": "2014-05-02T18:22:41"}`},
		{"not a username", igOldProfile("robin hale")},
		{"a username not a string", `{"username": 7, "date_joined": "2014-05-02T18:22:41"}`},
		{"a value an object", `{"username": "robin.hale", "date_joined": "2014-05-02T18:22:41", "name": {"first": "Robin"}}`},
		{"a list", `[{"username": "robin.hale", "date_joined": "2014-05-02T18:22:41"}]`},
		{"cut short", strings.TrimSuffix(igOldProfile("robin.hale"), "}")},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := t.TempDir()
			writeTree(t, filepath.Join(d, "old"), map[string]string{"connections.json": igOldConnections, "profile.json": c.data})
			owners, err := readOwners(t, d, "old")
			if err != nil || owners != nil {
				t.Errorf("owners %+v, %v; want none", owners, err)
			}
			if kind := (Instagram{}).Detect("profile.json", func() []byte { return []byte(c.data) }); kind != "" {
				t.Errorf("Detect: %q, want none", kind)
			}
		})
	}

	// Alone, it is no export; beside another network's export, it says
	// nothing; two exports' that differ are refused.
	writeFile(t, filepath.Join(dir, "alone/profile.json"), igOldProfile("robin.hale"))
	_, err := readOwners(t, dir, "alone/profile.json")
	if err == nil || !strings.Contains(err.Error(), "alone/profile.json only says whose an Instagram export is: give the whole export") {
		t.Errorf("profile.json alone: %v", err)
	}
	writeFile(t, filepath.Join(dir, "mixed/Connections.csv"), liHeader+"Ana,Lopez,https://www.linkedin.com/in/ana-lopez,,Acme,CEO,01 Oct 2024\n")
	writeFile(t, filepath.Join(dir, "mixed/profile.json"), igOldProfile("robin.hale"))
	if owners, err := readOwners(t, dir, "mixed"); err != nil || owners != nil {
		t.Errorf("beside a LinkedIn export: owners %+v, %v; want none", owners, err)
	}
	writeZip(t, filepath.Join(dir, "other.zip"), zipEntry{name: "profile.json", data: igOldProfile("sam_other")})
	if _, err := readOwners(t, dir, "instagram-robin.hale-20190321.zip", "other.zip"); err == nil || !strings.Contains(err.Error(), "two different Instagram exports") {
		t.Errorf("two exports: %v", err)
	}
}
