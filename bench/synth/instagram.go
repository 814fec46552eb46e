package synth

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
)

// instagramBase is the Unix second the follows' timestamps start from
// (2020-09-13), spread over five years.
const instagramBase = 1600000000

// instagramUser returns the i-th account's username: letters, digits,
// periods and underscores, at most 30 characters, unique by its index.
func instagramUser(r *rand.Rand, i int) string {
	first, last := name(r)
	return fmt.Sprintf("%.8s.%.10s_%x", asciiSlug(first), asciiSlug(last), i)
}

// InstagramExport writes an unzipped Instagram export folder, the newest
// layout: dir/connections/followers_and_following/following.json with
// following accounts in the 2026 shape (the username in "title", an href
// with /_u/, no "value"), one in a thousand a deleted account
// (__deleted__…); followers_1.json with followers accounts, a bare array
// in the older shape (title "", "value", an empty media_list_data), half
// of the accounts followed among them; and personal_information.json,
// whose export it is. Meta's pretty printing, 2-space indent, is kept.
func InstagramExport(dir string, following, followers int, seed uint64) error {
	lists := filepath.Join(dir, "connections", "followers_and_following")
	if err := os.MkdirAll(lists, 0o755); err != nil {
		return err
	}
	r := rand.New(rand.NewPCG(seed, 5))
	users := make([]string, max(following, following/2+followers))
	for i := range users {
		users[i] = instagramUser(r, i)
		if i < following && i%1000 == 999 {
			users[i] = fmt.Sprintf("__deleted__%x", r.Uint32())
		}
	}
	when := func() int { return instagramBase + r.IntN(5*365*86400) }
	if err := writeInstagramList(filepath.Join(lists, "following.json"), "{\n  \"relationships_following\": [", "\n  ]\n}", users[:following],
		func(bw *bufio.Writer, u string) {
			fmt.Fprintf(bw, "\n    {\n      \"title\": %q,\n      \"string_list_data\": [\n        {\n          \"href\": \"https://www.instagram.com/_u/%s\",\n          \"timestamp\": %d\n        }\n      ]\n    }",
				u, u, when())
		}); err != nil {
		return err
	}
	if err := writeInstagramList(filepath.Join(lists, "followers_1.json"), "[", "\n]", users[following/2:following/2+followers],
		func(bw *bufio.Writer, u string) {
			fmt.Fprintf(bw, "\n  {\n    \"title\": \"\",\n    \"media_list_data\": [\n      \n    ],\n    \"string_list_data\": [\n      {\n        \"href\": \"https://www.instagram.com/%s\",\n        \"value\": %q,\n        \"timestamp\": %d\n      }\n    ]\n  }",
				u, u, when())
		}); err != nil {
		return err
	}
	return CreateFile(filepath.Join(dir, "personal_information", "personal_information", "personal_information.json"), func(w io.Writer) error {
		_, err := io.WriteString(w, `{
  "profile_user": [
    {
      "title": "User Information",
      "media_map_data": {
        
      },
      "string_map_data": {
        "Username": {
          "href": "",
          "value": "synth.owner",
          "timestamp": 0
        },
        "Name": {
          "href": "",
          "value": "Synth Owner",
          "timestamp": 0
        }
      }
    }
  ]
}`)
		return err
	})
}

// writeInstagramList writes a list file at path: head, each user's
// element as item writes it, with commas between, then tail.
func writeInstagramList(path, head, tail string, users []string, item func(bw *bufio.Writer, u string)) error {
	return CreateFile(path, func(w io.Writer) error {
		bw := bufio.NewWriterSize(w, 1<<20)
		bw.WriteString(head)
		for i, u := range users {
			if i > 0 {
				bw.WriteByte(',')
			}
			item(bw, u)
		}
		bw.WriteString(tail)
		return bw.Flush()
	})
}
