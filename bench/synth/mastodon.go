package synth

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
)

// mastodonServers are the servers the accounts followed live on.
var mastodonServers = []string{"mastodon.social", "fosstodon.org", "piaille.fr", "mastodon.online", "hachyderm.io", "101010.pl", "chaos.social", "mstdn.jp"}

// MastodonFollowing writes a following_accounts.csv with n accounts, as
// Mastodon 4 exports it: "Account address,Show boosts,Notify on new
// posts,Languages", addresses user@server (unique by their index), the
// languages joined with ", " (so quoted when there are two), mostly
// empty.
func MastodonFollowing(w io.Writer, n int, seed uint64) error {
	r := rand.New(rand.NewPCG(seed, 7))
	bw := bufio.NewWriterSize(w, 1<<20)
	bw.WriteString("Account address,Show boosts,Notify on new posts,Languages\n")
	langs := []string{"", "", "", "en", "fr", `"en, fr"`, `"de, en"`}
	for i := range n {
		first, last := name(r)
		fmt.Fprintf(bw, "%.8s_%.8s%x@%s,%t,%t,%s\n", asciiSlug(first), asciiSlug(last), i,
			mastodonServers[r.IntN(len(mastodonServers))], r.IntN(10) > 0, r.IntN(10) == 0, langs[r.IntN(len(langs))])
	}
	return bw.Flush()
}
