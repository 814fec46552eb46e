// Package arena hands out strings written one after the other into shared
// builders, so that a million small strings cost a few hundred
// allocations rather than a million, and lie in memory in the order they
// were made.
package arena

import "strings"

// chunk is the least a builder holds: 1 MiB.
const chunk = 1 << 20

// Strings is an arena of strings. Its zero value is ready to use. A
// string it returns stays valid for as long as it is referenced, and keeps
// its whole chunk alive with it.
type Strings struct {
	b strings.Builder
}

// Reserve makes the arena's next builder hold at least n bytes, unless
// the one it writes in has room for them already.
func (a *Strings) Reserve(n int) {
	if a.b.Cap()-a.b.Len() < n {
		a.b = strings.Builder{}
		a.b.Grow(n)
	}
}

// Room returns the builder to write the next string in, with room for n
// more bytes, and where that string starts in it. Write at most n bytes,
// then call Since(start). A builder never changes bytes written, so the
// strings taken from it stay valid as it is written on, and as the arena
// moves to a new builder.
func (a *Strings) Room(n int) (b *strings.Builder, start int) {
	if a.b.Cap()-a.b.Len() < n {
		a.b = strings.Builder{}
		a.b.Grow(max(n, chunk))
	}
	return &a.b, a.b.Len()
}

// Since returns what was written in the arena from start (given by Room)
// on.
func (a *Strings) Since(start int) string {
	return a.b.String()[start:]
}

// Copy returns a string of the arena holding p.
func (a *Strings) Copy(p []byte) string {
	if len(p) == 0 {
		return ""
	}
	b, start := a.Room(len(p))
	b.Write(p)
	return a.Since(start)
}
