package importers

// Bluesky's export of an account, told apart to be refused in one line
// that says what it is: the tool audits no Bluesky account (see
// docs/limitations-exports.md, "Bluesky").

import (
	"bytes"
	"fmt"
	"strings"
)

// blueskyAdvice says what Bluesky's export is and what to do with it.
// Its follows (app.bsky.graph.follow records) name each account by a DID
// alone, which only Bluesky's servers turn into a handle or a name, and
// the tool calls no network: a list of DIDs to keep or unfollow could not
// be reviewed by anyone. Said in full, where "no export found" and the
// file names looked for left a person who had exported Bluesky to guess
// whether they had asked for the wrong file.
const blueskyAdvice = "Bluesky's export of your account (a CAR file: Settings → Export my data), " + blueskyWhy

// blueskyWhy says why Bluesky's export is not read, and what to do.
const blueskyWhy = "which the tool does not read: it names the accounts you follow by their DID alone, " +
	"which only Bluesky's servers turn into handles, and the tool calls no network, so Bluesky is not audited: leave it out"

// isBlueskyCAR reports whether f is a repository export in the CAR
// format Bluesky's app saves (repo.car), told by its header (see
// isCARHead): a file given by name whatever its name, one in a folder or
// zip given where it is named .car, so that a folder of photos is not
// opened file by file to tell.
func isBlueskyCAR(f *File) bool {
	if f.String() != f.Input && !strings.HasSuffix(strings.ToLower(f.Name()), ".car") {
		return false
	}
	return isCARHead(f.Head(16))
}

// isCARHead reports whether head, the start of a file, is that of a CAR
// archive: a varint length (a byte or two, as a header of one root
// takes) and a DAG-CBOR map whose first key is "roots" (CAR v1, keys in
// DAG-CBOR's order, as Bluesky writes it) or "version" (v1 by another
// writer, or the v2 pragma, a map of "version" alone).
func isCARHead(head []byte) bool {
	i := 0
	for i < 2 && i < len(head) && head[i]&0x80 != 0 {
		i++
	}
	if i >= len(head) || head[i] == 0 {
		return false
	}
	rest := head[i+1:]
	return bytes.HasPrefix(rest, []byte("\xa2\x65roots")) ||
		bytes.HasPrefix(rest, []byte("\xa2\x67version")) ||
		bytes.HasPrefix(rest, []byte("\xa1\x67version"))
}

// blueskyItself reports whether the path given p is a loose file that is
// Bluesky's export (see isBlueskyCAR).
func blueskyItself(files []*File, p string) bool {
	for _, f := range files {
		if f.arg() == p && f.String() == p {
			return isBlueskyCAR(f)
		}
	}
	return false
}

// blueskyInside says, for a path given (p) that holds no export, that it
// is or holds Bluesky's export, and what to do.
func blueskyInside(files []*File, p string) string {
	for _, f := range files {
		if f.arg() != p || !isBlueskyCAR(f) {
			continue
		}
		if f.String() == p {
			return " (it is " + blueskyAdvice + ")"
		}
		return fmt.Sprintf(" (it holds Bluesky's export, %s, %s)", f, blueskyWhy)
	}
	return ""
}
