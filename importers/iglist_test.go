package importers

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// igEntriesOf reads data as a following (or followers) file with read,
// igEachEntry or the eachJSON it stands in for, and returns the entries
// read, one line each, found and the error's text ("" for none). Href is
// left out when Value or Title is not blank: igMatch does not set it then,
// as nothing reads it.
func igEntriesOf(following bool, data string, fast bool) (got []string, found bool, msg string) {
	key, name := igFollowersKey, "followers_1.json"
	if following {
		key, name = igFollowingKey, "following.json"
	}
	f := memFile("connections/followers_and_following/"+name, data)
	tf, err := openText(f)
	if err != nil {
		return nil, false, err.Error()
	}
	defer tf.Close()
	add := func(e *igEntry) error {
		s := e.StringListData[0]
		if strings.TrimSpace(s.Value) != "" || strings.TrimSpace(e.Title) != "" {
			s.Href = ""
		}
		got = append(got, fmt.Sprintf("%q %q %q %d", e.Title, s.Href, s.Value, s.Timestamp))
		if s.Value == "fail" { // an entry the importer refuses, placed by the reader
			return fmt.Errorf("entry %d refused", len(got))
		}
		return nil
	}
	if fast {
		found, err = igEachEntry(tf, f, key, add)
	} else {
		found, err = eachJSON(tf, f, []string{key}, func(e igEntry) error { return add(&e) })
	}
	if err != nil {
		msg = err.Error()
	}
	return got, found, msg
}

// checkIgSameAsRef fails unless igEachEntry reads data as eachJSON does.
func checkIgSameAsRef(t *testing.T, following bool, data string) {
	t.Helper()
	got, gotFound, gotErr := igEntriesOf(following, data, true)
	want, wantFound, wantErr := igEntriesOf(following, data, false)
	if gotErr != wantErr || gotFound != wantFound {
		t.Fatalf("error\n\t%s (found %v)\nwant (as before)\n\t%s (found %v)", gotErr, gotFound, wantErr, wantFound)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("entries\n\t%s\nwant (as before)\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

// igFuzzElems are list elements to seed FuzzIgEachEntry with: both usual
// shapes, and the odd ones the decoder must read.
var igFuzzElems = []string{
	igOldItem(igE{"pia_lund", 1661014262}, 2),
	`{"title":"amelie_d","string_list_data":[{"href":"https://www.instagram.com/_u/amelie_d","timestamp":1750276991}]}`,
	`{"title": "", "string_list_data": [{"href": "https://instagram.com/_u/x/"}]}`,
	`{"title":"","media_list_data":[],"string_list_data":[{"value":"andr\u00c3\u00a9","timestamp":1}]}`,
	`{"title":"","string_list_data":[{"value":"andré","timestamp":1}]}`,
	`{"Title":"x","string_list_data":[{"timestamp":99999999999999}]}`,
	`{"title":"x","title":"y","string_list_data":[{"timestamp":01}]}`,
	`{"title":"x","string_list_data":[{"timestamp":1.5}]}`,
	`{"title":"x","string_list_data":[{"timestamp":-1},{"value":"z"}]}`,
	`{"title":"x","string_list_data":[{"timestamp":"1"}]}`,
	`{"title":"x","string_list_data":[]}`,
	`{"title":"x","string_list_data":{}}`,
	`{"title":"x","media_list_data":[{"uri":"a.jpg"}],"string_list_data":[{"value":"fail"}]}`,
	`{"title":null,"string_list_data":[{"value":"a b","href":"h","extra":true}]}`,
	`{}`, `[]`, `"x"`, `null`, `null0`, `nul`, `{"title":"x"`, `{"title":"x"}}`, `{"title":"x",}`,
}

// FuzzIgEachEntry checks igEachEntry against eachJSON, the reference,
// on arbitrary input: elem is one element between two usual ones, in a
// bare list or the object under its key, or, when raw is set, the whole
// file.
func FuzzIgEachEntry(f *testing.F) {
	for _, e := range igFuzzElems {
		f.Add(false, false, e)
		f.Add(true, false, e)
	}
	f.Add(true, true, `{"relationships_following": [], "x": [1, {"a": "}"}], "relationships_following": 5}`)
	f.Add(true, true, `{"relationships_following": [] , }`)
	f.Add(true, true, `{"relationships_following": []] `)
	f.Add(true, true, `{"relationships_following": []} x`)
	f.Add(true, true, `{"relationships_following": [] `+"\n ")
	f.Add(true, true, `{"relationships_following": [{"title":"x"}]`+"\t")
	f.Add(false, true, ` [  ] [`)
	f.Add(false, true, `{"relationships_followers" : [{"title":"x"}]`)
	f.Add(false, true, `{"x": 1, "relationships_followers": [{"title":"x"}]}`)
	for _, name := range []string{"following.json", "followers_1.json"} {
		if b, err := os.ReadFile(sampleDir("instagram", "connections", "followers_and_following", name)); err == nil {
			f.Add(name == "following.json", true, string(b))
		}
	}
	f.Fuzz(func(t *testing.T, following, raw bool, elem string) {
		data := elem
		if !raw {
			list := "[\n" + igOldItem(igE{"a_1", 1}, 2) + ",\n" + elem + ",\n" + igOldItem(igE{"b_2", 2}, 2) + "\n]"
			data = list
			if following {
				data = `{"` + igFollowingKey + `": ` + list + "}"
			}
		}
		checkIgSameAsRef(t, following, data)
	})
}

// TestIgEachEntryBig reads lists longer than the read buffer, so that
// elements are cut by its end, in both shapes.
func TestIgEachEntryBig(t *testing.T) {
	var old, cur []igE
	for i := range 3000 {
		old = append(old, igE{fmt.Sprintf("user_%d", i), int64(1600000000 + i)})
		cur = append(cur, igE{fmt.Sprintf("User.%d", i), int64(i)})
	}
	checkIgSameAsRef(t, false, igOld("", old...))
	checkIgSameAsRef(t, false, igOld(igFollowersKey, old...))
	checkIgSameAsRef(t, true, igFollowingNew(cur...))
	checkIgSameAsRef(t, true, igFollowingNew(cur...)+"\n\n x")
}

// igDedupeRef is what dedupe replaced: a map of every lower-case
// username to its first peer, filled as the lists were read.
func igDedupeRef(peers []igPeer) []igPeer {
	index := map[string]int{}
	var out []igPeer
	for _, p := range peers {
		id := strings.ToLower(p.handle)
		if i, ok := index[id]; ok {
			out[i].flags |= p.flags
			out[i].since = max(out[i].since, p.since)
			continue
		}
		index[id] = len(out)
		out = append(out, p)
	}
	return out
}

// FuzzIgDedupe checks dedupe against the map it replaced, with its hash
// and with one under which every username collides: each byte pair of ops
// is one listing of one of a few usernames, in either case, as following
// or follower, with a date.
func FuzzIgDedupe(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 0, 5})
	f.Add([]byte{0x11, 0x22, 0x91, 0x47, 0x11, 0x02, 0xf3, 0x08, 0x33, 0x33})
	names := []string{"amelie_d", "Amelie_D", "pia.lund", "PIA.lund", "a", "A", "ab", "b"}
	f.Fuzz(func(t *testing.T, ops []byte) {
		var peers []igPeer
		for i := 0; i+1 < len(ops); i += 2 {
			flag := igIsFollowing
			if ops[i]&0x80 != 0 {
				flag = igIsFollower
			}
			peers = append(peers, igPeer{handle: names[int(ops[i])%len(names)], src: int32(i), since: audit.Date(ops[i+1]), flags: flag})
		}
		want := igDedupeRef(peers)
		for _, hash := range []func(string) uint64{asciiFoldHash, func(string) uint64 { return 0 }} {
			r := &igReader{peers: slices.Clone(peers)}
			r.dedupeBy(hash)
			if !slices.Equal(r.peers, want) {
				t.Fatalf("dedupe\n\t%+v\nwant (as the map did)\n\t%+v", r.peers, want)
			}
		}
	})
}
