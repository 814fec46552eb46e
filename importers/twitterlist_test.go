package importers

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/bench/synth"
)

// readFollowListRef is how follow lists were read before readFollowList:
// every element through encoding/json. readFollowList must read the same
// accounts and fail with the same errors.
func readFollowListRef(f *File, key string, fn func(id uint64, link twitterLink) error) error {
	n := 0
	return readYTD(f, func(it twitterFollowItem) error {
		n++
		e := it.Following
		if key == twitterFollower {
			e = it.Follower
		}
		id := e.id()
		if id == 0 {
			return errNoFollowID(f, n, key)
		}
		return fn(id, e.UserLink.Link)
	})
}

// followResult reads data as the list of kind key with read, and returns
// the entries read, one "id link" each, and the error's text ("" for none).
func followResult(read func(*File, string, func(uint64, twitterLink) error) error, key, data string) ([]string, string) {
	f := memFile("data/"+key+".js", data)
	f.Kind = key
	var got []string
	err := read(f, key, func(id uint64, link twitterLink) error {
		got = append(got, fmt.Sprintf("%d %q", id, link))
		return nil
	})
	if err != nil {
		return got, err.Error()
	}
	return got, ""
}

// checkSameAsRef fails unless readFollowList reads data as the reference
// does, and returns the entries and error.
func checkSameAsRef(t *testing.T, key, data string) ([]string, string) {
	t.Helper()
	got, gotErr := followResult(readFollowList, key, data)
	want, wantErr := followResult(readFollowListRef, key, data)
	if gotErr != wantErr {
		t.Fatalf("error\n\t%s\nwant (as before)\n\t%s", gotErr, wantErr)
	}
	// Entries before an error are dropped by the import, but agree too.
	if !slices.Equal(got, want) {
		t.Fatalf("entries\n\t%s\nwant (as before)\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
	return got, gotErr
}

// twEntry is one pretty-printed element as the 2026 archive writes it.
func twEntry(key, id string) string {
	return fmt.Sprintf("\n  {\n    %q : {\n      \"accountId\" : %q,\n      \"userLink\" : \"https://twitter.com/intent/user?user_id=%s\"\n    }\n  }", key, id, id)
}

func TestReadFollowList(t *testing.T) {
	const head = "window.YTD.follower.part0 = ["
	valid := twFollows2026("follower", 0, "1401", "1402", "1403")
	var ids []string
	for i := range 3000 { // several reads of the 64 KiB buffer
		ids = append(ids, fmt.Sprint(1_000_000_000+i*7))
	}
	big := twFollows2026("follower", 0, ids...)
	at := func(s, sub string) int { return strings.Index(s, sub) }
	tests := []struct {
		name, key, data string
		entries         int // entries read when the data is valid; -1 when it is not
	}{
		// Valid lists.
		{"2026 layout", "follower", valid, 3},
		{"2026 following", "following", twFollows2026("following", 3, "1401", "18446744073709551615"), 2},
		{"2021 layout without userLink", "follower", twFollower2021, 2},
		{"missing id, taken from the link", "follower", head + `{"follower":{"userLink":"https://twitter.com/intent/user?user_id=5"}}]`, 1},
		{"missing id, from an escaped link", "follower", head + `{"follower":{"userLink":"https:\/\/twitter.com\/intent\/user?user_id=5"}}]`, 1},
		{"empty list", "follower", "window.YTD.follower.part0 = [ ]", 0},
		{"empty list on lines", "follower", "window.YTD.follower.part0 = [\n\n]\n", 0},
		{"compact", "follower", head + `{"follower":{"accountId":"1","userLink":"https://twitter.com/intent/user?user_id=1"}},{"follower":{"accountId":"2"}}]`, 2},
		{"all white space kinds", "follower", head + "\r\n\t {\t\"follower\"\r:\n{ \"accountId\"\t:\"7\" \n}\r}\t\r\n]\r\n\t ", 1},
		{"keys in the other order", "follower", head + `{"follower":{"userLink":"https://twitter.com/intent/user?user_id=5","accountId":"5"}}]`, 1},
		{"custom web link", "follower", head + `{"follower":{"accountId":"5","userLink":"https://x.com/someone?ref=é"}}]`, 1},
		{"http link", "follower", head + `{"follower":{"accountId":"5","userLink":"http://twitter.com/intent/user?user_id=5"}}]`, 1},
		{"intent link of another id", "follower", head + `{"follower":{"accountId":"5","userLink":"https://twitter.com/intent/user?user_id=0006"}}]`, 1},
		{"intent link without digits", "follower", head + `{"follower":{"accountId":"5","userLink":"https://twitter.com/intent/user?user_id="}}]`, 1},
		{"intent link with a letter", "follower", head + `{"follower":{"accountId":"5","userLink":"https://twitter.com/intent/user?user_id=5a"}}]`, 1},
		{"link that is not a web link", "follower", head + `{"follower":{"accountId":"5","userLink":"javascript:alert(1)"}}]`, 1},
		{"link with a space", "follower", head + `{"follower":{"accountId":"5","userLink":"https://x.com/a b"}}]`, 1},
		{"link with DEL", "follower", head + "{\"follower\":{\"accountId\":\"5\",\"userLink\":\"https://x.com/a\x7fb\"}}]", 1},
		{"empty link", "follower", head + `{"follower":{"accountId":"5","userLink":""}}]`, 1},
		{"null link", "follower", head + `{"follower":{"accountId":"5","userLink":null}}]`, 1},
		{"escaped link", "follower", head + `{"follower":{"accountId":"5","userLink":"https:\/\/x.com\/a\u0020b"}}]`, 1},
		{"escaped link kept", "follower", head + `{"follower":{"accountId":"5","userLink":"https:\/\/x.com\/\u00e9"}}]`, 1},
		{"escaped key", "follower", head + `{"follower":{"account\u0049d":"5"}}]`, 1},
		{"key in another case", "follower", head + `{"Follower":{"ACCOUNTID":"5"}}]`, 1},
		{"id as a number", "follower", head + `{"follower":{"accountId":5}}]`, 1},
		{"other keys", "follower", head + `{"follower":{"accountId":"5","name":"x","n":[1,{"a":"}"}]},"extra":{}}]`, 1},
		{"both keys", "following", "window.YTD.following.part0 = [" + `{"follower":{"accountId":"6"},"following":{"accountId":"5"}}]`, 1},
		{"duplicate inner key", "follower", head + `{"follower":{"accountId":"5","accountId":"6"}}]`, 1},
		{"duplicate outer key", "follower", head + `{"follower":{"accountId":"5"},"follower":{"userLink":"https://x.com/a"}}]`, 1},
		{"duplicate ids", "follower", head + `{"follower":{"accountId":"5"}},{"follower":{"accountId":"5"}}]`, 2},
		{"byte order mark", "follower", "\xEF\xBB\xBF" + valid, 3},
		{"non-ASCII in a link", "follower", head + `{"follower":{"accountId":"5","userLink":"https://x.com/🌿"}}]`, 1},
		{"many entries over several buffers", "follower", big, 3000},
		{"following, many entries", "following", strings.ReplaceAll(big, "follower", "following"), 3000},

		// Invalid lists.
		{"truncated in an entry", "follower", valid[:at(valid, `"1402"`)+3], -1},
		{"truncated in the first entry", "follower", valid[:at(valid, `"1401"`)+3], -1},
		{"truncated after a comma", "follower", valid[:at(valid, "},\n  {")+2], -1},
		{"truncated after a comma and space", "follower", valid[:at(valid, "},\n  {")+5], -1},
		{"truncated after an entry", "follower", valid[:at(valid, "}\n  },")+5], -1},
		{"truncated after an entry and space", "follower", valid[:at(valid, "}\n  },")+5] + "\n ", -1},
		{"truncated after [", "follower", head, -1},
		{"truncated after [ and space", "follower", head + "\n  ", -1},
		{"truncated in a string", "follower", head + `{"follower":{"accountId":"5","userLink":"https://x.c`, -1},
		{"truncated in a literal", "follower", head + `tru`, -1},
		{"truncated in a number", "follower", head + `12`, -1},
		{"truncated after an escape", "follower", head + `{"follower":{"accountId":"5\`, -1},
		{"bad id", "follower", strings.Replace(valid, `"1402"`, `"14o2"`, 1), -1},
		{"id with a leading zero", "follower", strings.Replace(valid, `"1402"`, `"01402"`, 1), -1},
		{"id zero", "follower", strings.Replace(valid, `"1402"`, `"0"`, 1), -1},
		{"empty id", "follower", strings.Replace(valid, `"1402"`, `""`, 1), -1},
		{"id beyond 64 bits", "follower", strings.Replace(valid, `"1402"`, `"18446744073709551616"`, 1), -1},
		{"id of 21 digits", "follower", strings.Replace(valid, `"1402"`, `"100000000000000000000"`, 1), -1},
		{"escaped id", "follower", head + `{"follower":{"accountId":"\u0035"}}]`, -1}, // ids are read as written
		{"id as an object", "follower", head + `{"follower":{"accountId":{"id":"5"}}}]`, -1},
		{"id as null", "follower", head + `{"follower":{"accountId":null}}]`, -1},
		{"missing id, link of a leading zero", "follower", head + `{"follower":{"userLink":"https://twitter.com/intent/user?user_id=05"}}]`, -1},
		{"missing id, link of no id", "follower", head + `{"follower":{"userLink":"https://x.com/someone"}}]`, -1},
		{"missing id, http intent link", "follower", head + `{"follower":{"userLink":"http://twitter.com/intent/user?user_id=5"}}]`, -1},
		{"missing id, link as null", "follower", head + `{"follower":{"userLink":null}}]`, -1},
		{"empty entry", "follower", head + `{"follower":{}}]`, -1},
		{"empty object", "follower", head + `{}]`, -1},
		{"other list's key", "following", "window.YTD.following.part0 = [" + `{"follower":{"accountId":"5"}}]`, -1},
		{"link as a number", "follower", head + `{"follower":{"accountId":"5","userLink":5}}]`, -1},
		{"entry as null", "follower", head + `null]`, -1},
		{"entry as a string", "follower", head + `"x"]`, -1},
		{"entry as a number", "follower", head + `1 2]`, -1},
		{"entry as a number then junk", "follower", head + `1x]`, -1},
		{"entry as a list", "follower", head + `[{"follower":{"accountId":"5"}}]]`, -1},
		{"entry as true", "follower", head + `true]`, -1},
		{"bad literal", "follower", head + `nul]`, -1},
		{"bad number", "follower", head + `-]`, -1},
		{"bad entry after good ones", "follower", valid[:len(valid)-2] + ",\n  nope\n]", -1},
		{"missing comma", "follower", strings.Replace(valid, "},\n  {", "}\n  {", 1), -1},
		{"missing comma before junk", "follower", strings.Replace(valid, "},\n  {", "}\n  x", 1), -1},
		{"missing comma before bad entry", "follower", head + `{"follower":{"accountId":"5"}} {"follower":x}]`, -1},
		{"extra comma", "follower", strings.Replace(valid, "},\n  {", "},,\n  {", 1), -1},
		{"trailing comma", "follower", strings.Replace(valid, "}\n]", "},\n]", 1), -1},
		{"leading comma", "follower", head + `,{"follower":{"accountId":"5"}}]`, -1},
		{"colon between entries", "follower", head + `{"follower":{"accountId":"5"}}:{"follower":{"accountId":"6"}}]`, -1},
		{"} closes the list", "follower", head + `{"follower":{"accountId":"5"}}}`, -1},
		{"} right after [", "follower", head + ` }`, -1},
		{"] after a comma", "follower", head + `{"follower":{"accountId":"5"}},]`, -1},
		{"} after a comma", "follower", head + `{"follower":{"accountId":"5"}},}`, -1},
		{"mismatched brackets", "follower", head + `{"follower":{"accountId":"5"]}]`, -1},
		{"missing colon", "follower", head + `{"follower" {"accountId":"5"}}]`, -1},
		{"unquoted key", "follower", head + `{follower:{"accountId":"5"}}]`, -1},
		{"single quotes", "follower", head + `{'follower':{'accountId':'5'}}]`, -1},
		{"bad escape", "follower", head + `{"follower":{"accountId":"5","userLink":"\x"}}]`, -1},
		{"tab in a string", "follower", head + "{\"follower\":{\"accountId\":\"5\",\"userLink\":\"a\tb\"}}]", -1},
		{"newline in a string", "follower", head + "{\"follower\":{\"accountId\":\"5\n\"}}]", -1},
		{"nested junk", "follower", head + `{"follower":{"accountId":"5","x":[[[{"y":[}]]]}}]`, -1},
		{"deep nesting", "follower", head + strings.Repeat("[", 10001) + strings.Repeat("]", 10001) + "]", -1},
		{"code after the list", "follower", valid + "; alert(1)", -1},
		{"second list", "follower", valid + " [1]", -1},
		{"object after the list", "follower", valid + "\n{}", -1},
		{"number after the list", "follower", valid + " 12 ", -1},
		{"string after the list", "follower", valid + ` "x";`, -1},
		{"literal after the list", "follower", valid + ` true`, -1},
		{"bad literal after the list", "follower", valid + ` tru`, -1},
		{"] after the list", "follower", valid + `]`, -1},
		{"} after the list", "follower", valid + `}`, -1},
		{", after the list", "follower", valid + `,`, -1},
		{": after the list", "follower", valid + ` :`, -1},
		{"bad UTF-8 in an entry", "follower", strings.Replace(valid, "1402", "14\xe902", 2), -1},
		{"bad UTF-8 after the list", "follower", valid + " \x93", -1},
		{"bad UTF-8 deep in a big list", "follower", big[:len(big)-1000] + "\xe9" + big[len(big)-999:], -1},
		{"bad UTF-8 in the last buffer of a big list", "follower", big + "\n\xe9", -1},
		{"truncated big list", "follower", big[:len(big)-500], -1},
		{"missing comma in a big list", "follower", strings.Replace(big, "},\n  {", "}\n  {", 2000), -1},
		{"no list", "follower", "window.YTD.follower.part0 = {}", -1},
		{"another type", "follower", "window.YTD.following.part0 = []", -1},
		{"empty file", "follower", "", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := checkSameAsRef(t, tt.key, tt.data)
			switch {
			case tt.entries < 0 && err == "":
				t.Fatalf("no error; read %d entries", len(got))
			case tt.entries >= 0 && err != "":
				t.Fatalf("error: %s", err)
			case tt.entries >= 0 && len(got) != tt.entries:
				t.Fatalf("%d entries, want %d", len(got), tt.entries)
			}
		})
	}
}

// TestReadFollowListLinks checks what the matched entries come back as,
// beyond agreeing with the reference.
func TestReadFollowListLinks(t *testing.T) {
	data := "window.YTD.follower.part0 = [" +
		`{"follower":{"accountId":"5","userLink":"https://twitter.com/intent/user?user_id=5"}},` +
		`{"follower":{"userLink":"https://x.com/b","accountId":"18446744073709551615"}},` +
		`{"follower":{"accountId":"7","userLink":"ftp://x"}}]`
	got, err := checkSameAsRef(t, "follower", data)
	want := []string{`5 ""`, `18446744073709551615 "https://x.com/b"`, `7 ""`}
	if err != "" || !slices.Equal(got, want) {
		t.Fatalf("got %q, %s; want %q", got, err, want)
	}
}

// TestReadFollowListIDFromLink checks that an entry without accountId
// takes the id its intent userLink names, and that an accountId wins over
// the link's.
func TestReadFollowListIDFromLink(t *testing.T) {
	data := "window.YTD.following.part0 = [" +
		"\n  {\n    \"following\" : {\n      \"userLink\" : \"https://twitter.com/intent/user?user_id=1690960025278107648\"\n    }\n  }," +
		`{"following":{"userLink":"https:\/\/twitter.com\/intent\/user?user_id=1402"}},` +
		`{"following":{"userLink":"https://twitter.com/intent/user?user_id=9","accountId":"1403"}},` +
		`{"following":{"accountId":"1404","userLink":"https:\/\/twitter.com\/intent\/user?user_id=9"}}]`
	got, err := checkSameAsRef(t, "following", data)
	// An intent link, escaped or not, is rebuilt from the id: one naming
	// another account than accountId does is no profile link of this one.
	want := []string{`1690960025278107648 ""`, `1402 ""`, `1403 ""`, `1404 ""`}
	if err != "" || !slices.Equal(got, want) {
		t.Fatalf("got %q, %s; want %q", got, err, want)
	}
}

// TestReadFollowListValueCap checks that one element larger than
// MaxValueBytes fails as it did, whether it is an entry the fast path
// would match, another value, or white space.
func TestReadFollowListValueCap(t *testing.T) {
	const head = "window.YTD.follower.part0 = ["
	huge := strings.Repeat("a", MaxValueBytes)
	spaces := strings.Repeat(" ", MaxValueBytes)
	entry := `{"follower":{"accountId":"5"}}`
	tests := []struct{ name, data string }{
		{"long link", head + entry + `,{"follower":{"accountId":"6","userLink":"https://x.com/` + huge + `"}}]`},
		{"long first entry", head + `{"follower":{"accountId":"6","userLink":"https://x.com/` + huge + `"}}]`},
		{"long string", head + entry + `,"` + huge + `"]`},
		{"long number", head + strings.Repeat("1", MaxValueBytes+10) + "]"},
		{"white space in an entry", head + `{"follower":` + spaces + `{"accountId":"6"}}]`},
		{"white space after [", head + spaces + entry + "]"},
		{"white space after an entry", head + entry + spaces + "]"},
		{"white space after the list", head + entry + "]" + spaces},
		{"just under the cap", head + entry + `,{"follower":{"accountId":"6","userLink":"https://x.com/` + huge[:MaxValueBytes-80] + `"}}]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSameAsRef(t, "follower", tt.data)
		})
	}
	// The bound itself, byte for byte: an entry and what follows it up to
	// the next comma may take MaxValueBytes+1 bytes from its comma.
	for _, d := range []int{-2, -1, 0, 1, 2} {
		pad := MaxValueBytes + 1 - len(`,{"follower":{"accountId":"6"}}`) - 1 + d
		data := head + entry + `,{"follower":{"accountId":"6"}}` + strings.Repeat(" ", pad) + `,` + entry + "]"
		t.Run(fmt.Sprintf("bound%+d", d), func(t *testing.T) {
			checkSameAsRef(t, "follower", data)
		})
	}
}

// FuzzReadFollowList checks readFollowList against the reference on
// arbitrary input: elem is one element between two usual ones or, when raw
// is set, all the file after its '['.
func FuzzReadFollowList(f *testing.F) {
	f.Add(false, false, `{"follower":{"accountId":"5","userLink":"https://x.com/a"}}`)
	f.Add(false, false, `{"follower":{"userLink":"https:\/\/x.com\/\u00e9","accountId":"5"}}`)
	f.Add(true, false, twEntry("following", "1401")+",\n  null")
	f.Add(false, false, `{"follower":{"accountId":"5","x":[[[{"y":[}]]]}}`)
	f.Add(false, false, `{"follower":{"accountId":"5"}} {"follower":x}`)
	f.Add(true, false, `{"following":{"accountId":"01"}},`)
	f.Add(false, false, `1x, "a", tru, [], {}`)
	f.Add(false, true, twEntry("follower", "1401")+","+twEntry("follower", "1402")+"\n]")
	f.Add(false, true, ` {"follower":{"accountId":"6"}} ]; alert(1)`)
	f.Add(false, true, `]  "x"`)
	f.Add(true, true, `{"following":{"accountId":"5"}},]`)
	f.Fuzz(func(t *testing.T, following, raw bool, elem string) {
		key := "follower"
		if following {
			key = "following"
		}
		list := twEntry(key, "1401") + "," + elem + "," + twEntry(key, "1402") + "\n]"
		if raw {
			list = elem
		}
		checkSameAsRef(t, key, "window.YTD."+key+".part0 = ["+list)
	})
}

// BenchmarkReadFollowList reads a follower.js of n entries as the 2026
// archive writes it, with readFollowList and with the decoder it replaced,
// and reports the time per entry.
func BenchmarkReadFollowList(b *testing.B) {
	const n = 200_000
	var buf bytes.Buffer
	if err := synth.TwitterFollows(&buf, "follower", n, synth.TwitterBaseID); err != nil {
		b.Fatal(err)
	}
	data := buf.String()
	for _, bm := range []struct {
		name string
		read func(*File, string, func(uint64, twitterLink) error) error
	}{{"fast", readFollowList}, {"reference", readFollowListRef}} {
		b.Run(bm.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				f := memFile("data/follower.js", data)
				f.Kind = twitterFollower
				count := 0
				err := bm.read(f, twitterFollower, func(uint64, twitterLink) error {
					count++
					return nil
				})
				if err != nil || count != n {
					b.Fatalf("%d entries, %v", count, err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/entry")
		})
	}
}
