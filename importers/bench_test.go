package importers

// Benchmarks of the importers on synthetic exports (bench/synth), through
// the public Import on paths on disk, so that detection, opening and
// reading are measured as the CLI runs them. Inputs are written once per
// size, outside the timed loop. The 10^6 cases take a few seconds each to
// set up: run them with -bench, e.g.
//
//	go test -run '^$' -bench . -benchtime 3x ./importers
//
// bench/run measures the whole tool end to end against the floor programs.

import (
	"archive/zip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/bench/synth"
)

// benchSizes are the account counts every importer is measured at.
var benchSizes = []int{10_000, 100_000, 1_000_000}

// benchImport times Import on paths and checks it found want accounts.
func benchImport(b *testing.B, paths []string, nbytes int64, want int) {
	b.Helper()
	b.ReportAllocs()
	if nbytes > 0 {
		b.SetBytes(nbytes)
	}
	for b.Loop() {
		accs, err := Import(paths, Options{}, All())
		if err != nil {
			b.Fatal(err)
		}
		if want >= 0 && len(accs) != want {
			b.Fatalf("%d accounts, want %d", len(accs), want)
		}
	}
}

// writeBenchFile writes path with fn and returns its size.
func writeBenchFile(b *testing.B, path string, fn func(io.Writer) error) int64 {
	b.Helper()
	if err := synth.CreateFile(path, fn); err != nil {
		b.Fatal(err)
	}
	return fileSize(b, path)
}

func fileSize(b *testing.B, path string) int64 {
	b.Helper()
	st, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	return st.Size()
}

// BenchmarkLinkedIn reads a Connections.csv of n rows (preamble, accents,
// quoted commas, 20% e-mails, hidden members).
func BenchmarkLinkedIn(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "Connections.csv")
			size := writeBenchFile(b, path, func(w io.Writer) error { return synth.LinkedInConnections(w, n, 1) })
			benchImport(b, []string{path}, size, -1)
		})
	}
}

// BenchmarkTwitter reads an unzipped archive folder whose follower.js
// holds n followers, with 5,000 accounts followed and 1,000 tweets naming
// them. Bytes are those of follower.js.
func BenchmarkTwitter(b *testing.B) {
	const following = 5000
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			dir := filepath.Join(b.TempDir(), "twitter")
			if err := synth.TwitterArchive(dir, following, n, 1000, 1); err != nil {
				b.Fatal(err)
			}
			size := fileSize(b, filepath.Join(dir, "data", "follower.js"))
			benchImport(b, []string{dir}, size, -1)
		})
	}
}

// BenchmarkFacebook reads a loose your_friends.json with n friends, in
// Meta's mojibake encoding.
func BenchmarkFacebook(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "your_friends.json")
			size := writeBenchFile(b, path, func(w io.Writer) error { return synth.FacebookFriends(w, "friends_v2", n, 1) })
			benchImport(b, []string{path}, size, n)
		})
	}
}

// BenchmarkInstagram reads an unzipped Instagram export folder following
// n accounts (the newest following.json) and followed by n (a bare
// followers_1.json array, half of them followed back). Bytes are those
// of following.json.
func BenchmarkInstagram(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			dir := filepath.Join(b.TempDir(), "instagram")
			if err := synth.InstagramExport(dir, n, n, 1); err != nil {
				b.Fatal(err)
			}
			size := fileSize(b, filepath.Join(dir, "connections", "followers_and_following", "following.json"))
			benchImport(b, []string{dir}, size, -1)
		})
	}
}

// BenchmarkYouTube reads a Takeout folder's subscriptions.csv of n
// channels.
func BenchmarkYouTube(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			dir := filepath.Join(b.TempDir(), "takeout")
			if err := synth.YouTubeTakeout(dir, n, 1); err != nil {
				b.Fatal(err)
			}
			size := fileSize(b, filepath.Join(dir, "Takeout", "YouTube and YouTube Music", "subscriptions", "subscriptions.csv"))
			benchImport(b, []string{dir}, size, n)
		})
	}
}

// BenchmarkMastodon reads a following_accounts.csv of n accounts.
func BenchmarkMastodon(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "following_accounts.csv")
			size := writeBenchFile(b, path, func(w io.Writer) error { return synth.MastodonFollowing(w, n, 1) })
			benchImport(b, []string{path}, size, n)
		})
	}
}

// BenchmarkFacebookZipMedia reads a Facebook export zip holding the
// connections JSON (5,000 friends, 1,000 followed) and stored media: the
// time must not depend on the media size, since media entries are never
// opened. bench/run does the same with 2 GiB of media.
func BenchmarkFacebookZipMedia(b *testing.B) {
	for _, media := range []int64{0, 64 << 20} {
		b.Run(fmt.Sprintf("media=%dMiB", media>>20), func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "facebook-export.zip")
			writeBenchFile(b, path, func(w io.Writer) error { return synth.FacebookZip(w, 5000, 1000, media, 1) })
			if media > 0 {
				checkStoredMedia(b, path, media)
			}
			benchImport(b, []string{path}, 0, -1)
		})
	}
}

// checkStoredMedia fails unless the zip's stored entries add up to media
// bytes, so that the benchmark measures what it says.
func checkStoredMedia(b *testing.B, path string, media int64) {
	b.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		b.Fatal(err)
	}
	defer zr.Close()
	var stored int64
	for _, f := range zr.File {
		if f.Method == zip.Store {
			stored += int64(f.UncompressedSize64)
		}
	}
	if stored != media {
		b.Fatalf("%d bytes of stored media, want %d", stored, media)
	}
}

// BenchmarkTwitterLean is BenchmarkTwitter as the command imports: the
// followers known by their id alone come back as audit.Followers.
func BenchmarkTwitterLean(b *testing.B) {
	const following = 5000
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			dir := filepath.Join(b.TempDir(), "twitter")
			if err := synth.TwitterArchive(dir, following, n, 1000, 1); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(fileSize(b, filepath.Join(dir, "data", "follower.js")))
			b.ReportAllocs()
			for b.Loop() {
				var bare []audit.Followers
				if _, err := Import([]string{dir}, Options{Followers: &bare}, All()); err != nil {
					b.Fatal(err)
				}
				if len(bare) != 1 || bare[0].Len() < n-following {
					b.Fatalf("%d sets of bare followers", len(bare))
				}
			}
		})
	}
}
