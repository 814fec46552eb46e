package audit_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

func TestOwnersRoundTrip(t *testing.T) {
	owners := []audit.Owner{{audit.Twitter, "3001", "@carol", "", ""}, {audit.LinkedIn, "x", "=Carol, \"C\"", "", ""}}
	var b bytes.Buffer
	if err := audit.WriteOwners(&b, owners); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(b.String(), "network,id,name\n") || strings.Contains(b.String(), ",@carol") || strings.Contains(b.String(), ",=Carol") {
		t.Errorf("owners.csv:\n%s", b.String())
	}
	got, err := audit.ReadOwners(&b, "owners.csv")
	if err != nil || !slices.Equal(got, owners) {
		t.Errorf("read back %+v, %v; want %+v", got, err, owners)
	}
	// As a spreadsheet may save it.
	got, err = audit.ReadOwners(strings.NewReader("\uFEFFnetwork,id,name\r\ntwitter,3001,'@carol\r\n"), "owners.csv")
	if err != nil || !slices.Equal(got, owners[:1]) {
		t.Errorf("with a BOM and CRLF: %+v, %v", got, err)
	}
	// An empty file is none the tool wrote (see
	// TestHistoryTablesRefuseAnEmptyFile).
	if got, err := audit.ReadOwners(strings.NewReader(""), "owners.csv"); got != nil || err == nil {
		t.Errorf("an empty file: %+v, %v; want it refused", got, err)
	}
}

func TestReadOwnersErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"network,id\n", "o.csv: line 1: not an owners file: want the header network,id,name: restore it from a backup"},
		{"network,id,name\ntwitter,3001\n", "o.csv: line 2: 2 cells where the header has 3: the file is damaged: restore it from a backup"},
		{"network,id,name\ntwitter,\"3001,x\n", "o.csv: line 2: the file ends inside a quoted cell opened on this line, its closing \" missing: it was perhaps cut short (a copy interrupted, a crash, a full disk): restore it from a backup"},
		{"network,id,name\ntwitter,\"30\"01,x\n", "o.csv: line 2: not valid CSV (extraneous or missing \" in quoted-field): the file is damaged: restore it from a backup"},
		{"network,id,name\ntwitter,,@carol\n", "o.csv: line 2: a network and an id are required"},
		{"network,id,name\ntwitter,\"3001,@carol\n", "o.csv: line 2:"},
	}
	for _, tt := range tests {
		if _, err := audit.ReadOwners(strings.NewReader(tt.in), "o.csv"); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("ReadOwners(%q): %v, want %q", tt.in, err, tt.want)
		}
	}
}

func TestOtherOwner(t *testing.T) {
	carol := audit.Owner{audit.Twitter, "3001", "@carol", "", ""}
	carolRenamed := audit.Owner{audit.Twitter, "3001", "@carol_b", "", ""}
	dave := audit.Owner{audit.Twitter, "3002", "@dave", "", ""}
	li := audit.Owner{audit.LinkedIn, "9", "Dave", "", ""}
	ig := audit.Owner{audit.Instagram, "robinhale", "@robinhale", "", ""}
	igOther := audit.Owner{audit.Instagram, "sam_other", "@sam_other", "", ""}
	robin := audit.Owner{audit.LinkedIn, "Robin Hale", "Robin Hale", "", ""}
	tests := []struct {
		name        string
		before, now []audit.Owner
		was, is     audit.Owner
		found       bool
	}{
		{"a first run", nil, []audit.Owner{carol}, audit.Owner{}, audit.Owner{}, false},
		{"the same account, its handle changed", []audit.Owner{carol}, []audit.Owner{carolRenamed}, audit.Owner{}, audit.Owner{}, false},
		{"another account", []audit.Owner{carol}, []audit.Owner{li, dave}, carol, dave, true},
		{"exports that do not say", []audit.Owner{carol}, nil, audit.Owner{}, audit.Owner{}, false},
		{"another network's", []audit.Owner{carol}, []audit.Owner{li}, audit.Owner{}, audit.Owner{}, false},
		// Instagram's export names its owner by the username, LinkedIn's
		// by the name: no id.
		{"an Instagram username in another case", []audit.Owner{ig}, []audit.Owner{{audit.Instagram, "Robinhale", "@Robinhale", "", ""}}, audit.Owner{}, audit.Owner{}, false},
		{"another Instagram username", []audit.Owner{carol, ig}, []audit.Owner{carolRenamed, igOther}, ig, igOther, true},
		{"a LinkedIn name written otherwise", []audit.Owner{robin}, []audit.Owner{{audit.LinkedIn, "robin  HALE, PhD", "robin  HALE, PhD", "", ""}}, audit.Owner{}, audit.Owner{}, false},
		{"a LinkedIn name with accents", []audit.Owner{{audit.LinkedIn, "Amélie Durand", "Amélie Durand", "", ""}}, []audit.Owner{{audit.LinkedIn, "Amelie Durand", "Amelie Durand", "", ""}}, audit.Owner{}, audit.Owner{}, false},
		{"another LinkedIn name", []audit.Owner{robin}, []audit.Owner{{audit.LinkedIn, "Robin Smith", "Robin Smith", "", ""}}, robin, audit.Owner{audit.LinkedIn, "Robin Smith", "Robin Smith", "", ""}, true},
	}
	for _, tt := range tests {
		was, is, found := audit.OtherOwner(tt.before, tt.now)
		if was != tt.was || is != tt.is || found != tt.found {
			t.Errorf("%s: %+v %+v %v, want %+v %+v %v", tt.name, was, is, found, tt.was, tt.is, tt.found)
		}
	}
}

func TestOtherOwners(t *testing.T) {
	carol := audit.Owner{audit.Twitter, "3001", "@carol", "", ""}
	dave := audit.Owner{audit.Twitter, "3002", "@dave", "", ""}
	robin := audit.Owner{audit.LinkedIn, "Robin Hale", "Robin Hale", "", ""}
	smith := audit.Owner{audit.LinkedIn, "Robin Smith", "Robin Smith", "", ""}
	ig := audit.Owner{audit.Instagram, "robinhale", "@robinhale", "", ""}
	was, is := audit.OtherOwners([]audit.Owner{robin, carol, ig}, []audit.Owner{smith, dave, ig})
	if !slices.Equal(was, []audit.Owner{robin, carol}) || !slices.Equal(is, []audit.Owner{smith, dave}) {
		t.Errorf("OtherOwners = %+v, %+v; want both networks", was, is)
	}
	if was, is := audit.OtherOwners([]audit.Owner{robin}, []audit.Owner{robin, dave}); len(was)+len(is) != 0 {
		t.Errorf("no other owner: %+v, %+v", was, is)
	}
	// owners.csv edited by hand to hold two rows of a network: one that
	// is now's owner is enough; where none is, the first is named.
	if was, is := audit.OtherOwners([]audit.Owner{carol, dave}, []audit.Owner{dave}); len(was)+len(is) != 0 {
		t.Errorf("two rows, the second now's: %+v, %+v", was, is)
	}
	if was, is := audit.OtherOwners([]audit.Owner{robin, carol, dave}, []audit.Owner{robin}); len(was)+len(is) != 0 {
		t.Errorf("two rows of another network: %+v, %+v", was, is)
	}
	bob := audit.Owner{audit.Twitter, "3003", "@bob", "", ""}
	if was, is := audit.OtherOwners([]audit.Owner{carol, dave}, []audit.Owner{bob}); !slices.Equal(was, []audit.Owner{carol}) || !slices.Equal(is, []audit.Owner{bob}) {
		t.Errorf("two rows, neither now's: %+v, %+v", was, is)
	}
}

func TestMergeOwners(t *testing.T) {
	carol := audit.Owner{audit.Twitter, "3001", "@carol", "", ""}
	carolRenamed := audit.Owner{audit.Twitter, "3001", "@carol_b", "", ""}
	fb := audit.Owner{audit.Facebook, "f", "Carol", "", ""}
	got := audit.MergeOwners([]audit.Owner{carol, fb}, []audit.Owner{carolRenamed})
	if want := []audit.Owner{fb, carolRenamed}; !slices.Equal(got, want) {
		t.Errorf("MergeOwners = %+v, want %+v", got, want)
	}
	if got := audit.MergeOwners(nil, nil); len(got) != 0 {
		t.Errorf("no owners: %+v", got)
	}
}

func TestApartOwners(t *testing.T) {
	li := func(name string) audit.Owner { return audit.Owner{Network: audit.LinkedIn, ID: name, Name: name} }
	tw := func(id, handle, name string) audit.Owner {
		return audit.Owner{Network: audit.Twitter, ID: id, Name: "@" + handle, Display: name}
	}
	ig := func(user, name string) audit.Owner {
		return audit.Owner{Network: audit.Instagram, ID: strings.ToLower(user), Name: "@" + user, Display: name}
	}
	robin := []audit.Owner{li("Robin Hale"), tw("1000", "robinhale", "Robin Hale"), ig("robinhale", "")}
	tests := []struct {
		name                string
		before, now         []audit.Owner
		wantApart, wantRest []string
	}{
		{"one person's exports", nil, robin, nil, nil},
		{"one export", nil, []audit.Owner{li("Ann Client")}, nil, nil},
		{"two clients' exports", nil, []audit.Owner{li("Ann Client"), tw("3002", "bob_k", "Bob King")}, []string{"Ann Client", "@bob_k"}, nil},
		{"a third person's beside one person's two", nil, []audit.Owner{li("Robin Hale"), tw("1000", "robinhale", "Robin Hale"), ig("synth.owner", "Synth Owner")}, []string{"@synth.owner"}, []string{"Robin Hale", "@robinhale"}},
		{"three people's", nil, []audit.Owner{li("Ann Client"), tw("3002", "bob_k", "Bob King"), ig("synth.owner", "Synth Owner")}, []string{"Ann Client", "@bob_k", "@synth.owner"}, nil},
		// Each shares a name with one of the others, as a network added
		// later needs to share one with one of the workspace's owners.
		{"two names through a third", nil, []audit.Owner{li("Robin Hale"), tw("1000", "rh_photos", "Robin"), ig("hale.studio", "")}, nil, nil},
		{"the display name tells", nil, []audit.Owner{li("Robin Hale"), tw("1000", "rh_photos", "Robin Hale")}, nil, nil},
		{"a name of two-letter words", nil, []audit.Owner{li("Li Na"), ig("li.na", "")}, nil, nil},
		// A handle can hold no umlaut: German writes ü as ue, and Danish
		// and Norwegian ø and å as oe and aa.
		{"an umlaut spelled out in the handle", nil, []audit.Owner{li("Dr. Anna-Lena Müller-Lüdenscheidt"), tw("1000", "mueller_l", "")}, nil, nil},
		{"a surname spelled out in the handle", nil, []audit.Owner{li("Dr. Anna-Lena Müller-Lüdenscheidt"), ig("a.muellerluedenscheidt", "")}, nil, nil},
		{"Danish letters spelled out", nil, []audit.Owner{li("Søren Ødegård"), tw("1000", "soerenoedegaard", "")}, nil, nil},
		{"a display name with the umlaut", nil, []audit.Owner{li("Lena Mueller"), tw("1000", "lm_photo", "L. Müller")}, nil, nil},
		{"the handle and display name of the example", nil, []audit.Owner{li("Dr. Anna-Lena Müller-Lüdenscheidt"), tw("1000", "anna_ml", "anna 🌻"), ig("anna_ml", "")}, nil, nil},
		// A letter spelled out makes no name longer: "Jörg" as joerg does
		// not hold Joe, nor "Süß" as suess Sue, nor "Søren Ødegård" as
		// soerenoedegaard Noe (Jo, Su and No are two letters, too short
		// to tell).
		{"Joe beside a Jörg", nil, []audit.Owner{li("Jörg Weber"), tw("1000", "joesmith", "Joe Smith")}, []string{"Jörg Weber", "@joesmith"}, nil},
		{"Sue beside a Süß", nil, []audit.Owner{li("Günther Süß"), tw("1000", "sue_lee", "Sue Lee")}, []string{"Günther Süß", "@sue_lee"}, nil},
		{"Noe beside a Søren Ødegård", nil, []audit.Owner{li("Søren Ødegård"), tw("1000", "noe_m", "Noe Martin")}, []string{"Søren Ødegård", "@noe_m"}, nil},
		{"Bø beside a Boeing engineer", nil, []audit.Owner{li("Ola Bø"), tw("1000", "boeing_fan", "")}, []string{"Ola Bø", "@boeing_fan"}, nil},
		{"a short name spelled out in the handle", nil, []audit.Owner{li("Ola Bø"), tw("1000", "olaboe", "")}, nil, nil},
		{"Mae beside a Maeve, no letter spelled out", nil, []audit.Owner{li("Maeve Byrne"), tw("1000", "mae_w", "Mae")}, nil, nil},
		{"Mae beside a Maeve of many names", nil, []audit.Owner{li("Maeve Byrne"), tw("1000", "xyz_1", "Ann Lee Mae")}, nil, nil},
		{"a spelled-out letter ending the handle", nil, []audit.Owner{li("Kari Sø"), ig("kari.soe", "")}, nil, nil},
		// Nicknames are not known: refused, --same-person goes on.
		{"a nickname", nil, []audit.Owner{li("Robert Jones"), tw("1000", "bob_j", "Bob")}, []string{"Robert Jones", "@bob_j"}, nil},
		{"a Japanese name, first name first", nil, []audit.Owner{li("太郎 山田"), ig("yamada_photo", "山田太郎")}, nil, nil},
		// Names are not transliterated: refused, --same-person goes on.
		{"a Japanese name beside a handle in Latin letters", nil, []audit.Owner{li("山田太郎"), ig("taro.yamada", "")}, []string{"山田太郎", "@taro.yamada"}, nil},
		// The workspace's owners judge now's (StrangeOwners, OtherOwners):
		// one it took with --same-person is not refused again.
		{"a workspace that knows its owners", []audit.Owner{li("山田太郎"), tw("1000", "taro_y", "")}, []audit.Owner{li("山田太郎"), tw("1000", "taro_y", "")}, nil, nil},
		{"a workspace whose exports never said", []audit.Owner{}, []audit.Owner{li("Ann Client"), ig("synth.owner", "Synth Owner")}, []string{"Ann Client", "@synth.owner"}, nil},
	}
	names := func(os []audit.Owner) []string {
		var out []string
		for _, o := range os {
			out = append(out, o.Name)
		}
		return out
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			apart, rest := audit.ApartOwners(tt.before, tt.now)
			if got := names(apart); !slices.Equal(got, tt.wantApart) {
				t.Errorf("apart = %q, want %q", got, tt.wantApart)
			}
			if got := names(rest); !slices.Equal(got, tt.wantRest) {
				t.Errorf("rest = %q, want %q", got, tt.wantRest)
			}
		})
	}
}

func TestStrangeOwners(t *testing.T) {
	li := audit.Owner{Network: audit.LinkedIn, ID: "Robin Hale", Name: "Robin Hale"}
	tw := audit.Owner{Network: audit.Twitter, ID: "1000", Name: "@robinhale"}
	twPhoto := audit.Owner{Network: audit.Twitter, ID: "1000", Name: "@rh_photos"}
	ig := func(user, name string) audit.Owner {
		return audit.Owner{Network: audit.Instagram, ID: strings.ToLower(user), Name: "@" + user, Display: name}
	}
	linked := func(name string) audit.Owner { return audit.Owner{Network: audit.LinkedIn, ID: name, Name: name} }
	tests := []struct {
		name        string
		before, now []audit.Owner
		wantStrange []string
	}{
		{"a first run", nil, []audit.Owner{li, ig("synth.owner", "Synth Owner")}, nil},
		{"another person's Instagram beside Robin's exports", []audit.Owner{li, tw}, []audit.Owner{li, tw, ig("synth.owner", "Synth Owner")}, []string{"@synth.owner"}},
		{"given alone", []audit.Owner{li}, []audit.Owner{ig("synth.owner", "")}, []string{"@synth.owner"}},
		{"the same handle", []audit.Owner{li, tw}, []audit.Owner{ig("RobinHale", "")}, nil},
		{"a handle of the LinkedIn name", []audit.Owner{li}, []audit.Owner{ig("robin_hale92", "")}, nil},
		{"another handle, a first name", []audit.Owner{li}, []audit.Owner{ig("robin.h", "Robin")}, nil},
		{"the surname in a handle", []audit.Owner{li}, []audit.Owner{ig("rhale_photo", "")}, nil},
		{"the name alone tells", []audit.Owner{li}, []audit.Owner{ig("bakery.days", "Robin Hale")}, nil},
		{"the Twitter/X display name given now", []audit.Owner{twPhoto}, []audit.Owner{{Network: audit.Twitter, ID: "1000", Name: "@rh_photos", Display: "Robin Hale"}, ig("robin.h", "")}, nil},
		{"the display name of another account", []audit.Owner{twPhoto}, []audit.Owner{{Network: audit.Twitter, ID: "3002", Name: "@dave", Display: "Robin Hale"}, ig("robin.h", "")}, []string{"@robin.h"}},
		{"a LinkedIn export new to a workspace of Instagram", []audit.Owner{ig("synth.owner", "")}, []audit.Owner{li}, []string{"Robin Hale"}},
		{"two letters are no word", []audit.Owner{{Network: audit.LinkedIn, ID: "Jo Li", Name: "Jo Li"}}, []audit.Owner{ig("jolly.times", "")}, []string{"@jolly.times"}},
		{"a network the workspace knows", []audit.Owner{li, ig("robinhale", "")}, []audit.Owner{ig("synth.owner", "")}, nil},
		{"the Twitter/X handle changed since, the same on Instagram", []audit.Owner{tw}, []audit.Owner{{Network: audit.Twitter, ID: "1000", Name: "@bloomstudio"}, ig("bloomstudio", "")}, nil},
		{"another account's handle, the same on Instagram", []audit.Owner{tw}, []audit.Owner{{Network: audit.Twitter, ID: "3002", Name: "@bloomstudio"}, ig("bloomstudio", "")}, []string{"@bloomstudio"}},
		// A name of short words, or in Chinese, Japanese or Korean, is the
		// same name where each of its words is one of the other's.
		{"the same name of two-letter words", []audit.Owner{linked("Li Na")}, []audit.Owner{ig("li.na", "")}, nil},
		{"the same name, its words the other way", []audit.Owner{linked("Na Li")}, []audit.Owner{ig("li_na", "")}, nil},
		{"a first name of two letters", []audit.Owner{linked("Jo Wu")}, []audit.Owner{ig("sunny.days", "Jo")}, nil},
		{"a Chinese name with and without a space", []audit.Owner{linked("王 伟")}, []audit.Owner{ig("wangwei88", "王伟")}, nil},
		{"a Chinese name, first name first", []audit.Owner{linked("伟 王")}, []audit.Owner{ig("wangwei88", "王伟")}, nil},
		{"a Japanese name, first name first", []audit.Owner{linked("太郎 山田")}, []audit.Owner{ig("taro.yamada", "山田 太郎")}, nil},
		{"a Korean name", []audit.Owner{linked("김 민준")}, []audit.Owner{ig("mj.kim", "김민준")}, nil},
		{"another Chinese name", []audit.Owner{linked("王 伟")}, []audit.Owner{ig("li.na", "李娜")}, []string{"@li.na"}},
		{"one character is no name", []audit.Owner{linked("王 伟")}, []audit.Owner{ig("wang.studio", "王")}, []string{"@wang.studio"}},
		{"an initial is no name", []audit.Owner{linked("Jo Wu")}, []audit.Owner{ig("sunny.days", "J")}, []string{"@sunny.days"}},
		{"one word of two is not the name", []audit.Owner{linked("Li Na")}, []audit.Owner{ig("li.wei", "")}, []string{"@li.wei"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			strange, known := audit.StrangeOwners(tt.before, tt.now)
			var got []string
			for _, s := range strange {
				got = append(got, s.Name)
			}
			if !slices.Equal(got, tt.wantStrange) {
				t.Errorf("StrangeOwners = %q, want %q", got, tt.wantStrange)
			}
			if len(strange) > 0 && len(known) != len(tt.before) {
				t.Errorf("known = %v, want the workspace's %v", known, tt.before)
			}
		})
	}
}
