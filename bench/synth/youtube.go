package synth

import (
	"bufio"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"io"
	"math/rand/v2"
	"path/filepath"
)

// channelWords make channel titles that are not people's names.
var channelWords = []string{"Workshop", "Timelapse", "Kitchen", "Studio", "Garden", "Bits, Bytes & Beyond", "Music", "Talks", "Lab", "Daily"}

// YouTubeTakeout writes the subscriptions of a Google Takeout folder,
// dir/Takeout/YouTube and YouTube Music/subscriptions/subscriptions.csv,
// with n channels: "Channel Id,Channel Url,Channel Title", ids of "UC"
// and 22 URL-safe base64 characters, http:// URLs, titles quoted where
// they hold a comma, and the empty line Takeout ends the file with.
func YouTubeTakeout(dir string, n int, seed uint64) error {
	path := filepath.Join(dir, "Takeout", "YouTube and YouTube Music", "subscriptions", "subscriptions.csv")
	return CreateFile(path, func(w io.Writer) error {
		r := rand.New(rand.NewPCG(seed, 6))
		bw := bufio.NewWriterSize(w, 1<<20)
		bw.WriteString("Channel Id,Channel Url,Channel Title\n")
		var raw [16]byte
		for i := range n {
			// Random, and unique by the index in the last bytes.
			binary.BigEndian.PutUint64(raw[:8], r.Uint64())
			binary.BigEndian.PutUint32(raw[8:12], r.Uint32())
			binary.BigEndian.PutUint32(raw[12:], uint32(i))
			id := "UC" + base64.RawURLEncoding.EncodeToString(raw[:])[:22]
			first, last := name(r)
			title := first + " " + last
			if r.IntN(3) > 0 {
				title = last + "'s " + channelWords[r.IntN(len(channelWords))]
			}
			fmt.Fprintf(bw, "%s,http://www.youtube.com/channel/%s,%s\n", id, id, csvField(title))
		}
		bw.WriteString("\n")
		return bw.Flush()
	})
}
