package importers

// asciiFoldHash is the 64-bit FNV-1a hash of s lower-cased (ASCII, as
// Instagram usernames and Twitter/X handles are: see validIGUser and
// validHandle). Where many names are kept only to be compared (the
// Instagram lists' duplicates, the handles tweets give to accounts on
// neither Twitter/X list), a hash of 8 bytes is kept instead of a string.
func asciiFoldHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}
