package audit

import (
	"strings"
	"unicode/utf8"
)

// addressMsg says what is wrong with a profile's web address typed in the
// accounts cell for a key (u: the address, as typed after a network or
// whole), and what to write instead: the key itself where the address
// makes it for sure (a LinkedIn /in/<slug>, a YouTube /channel/UC…, a
// Mastodon https://host/@user, an Instagram profile), else an example of
// a key of the address's network, and where to find it. The person who
// pasted an address may not know what a key looks like; an example of
// another network's (linkedin:… for a twitter.com address) told them
// little.
func addressMsg(u string) string {
	const (
		is   = "is a web address, not an account key: "
		copy = "copy the key from unfollow.csv or keep.csv"
	)
	if key := addressKey(u); key != "" {
		// Any site may have addresses of the form https://host/@user: the
		// key is Mastodon's only if the site is a Mastodon server (or
		// another fediverse one), which the address alone does not say.
		if strings.HasPrefix(key, Mastodon+":") {
			return is + "if it is a Mastodon (or other fediverse) account, write its key, " + key + ", as unfollow.csv or keep.csv give it; else copy the key from unfollow.csv or keep.csv"
		}
		return is + "write its key, " + key + ", as unfollow.csv or keep.csv give it"
	}
	host, _, _ := addressParts(u)
	switch {
	case hostOf(host, "twitter.com", "x.com"):
		return is + copy + ": a Twitter/X key is the account's number, not its @handle (e.g. twitter:1401)"
	case hostOf(host, "instagram.com"):
		return is + copy + ": an Instagram key is the user name (e.g. instagram:jun.ito)"
	case hostOf(host, "facebook.com", "fb.com"):
		return is + copy + ": a Facebook key is made of the name and the time the friendship or follow began, which the export holds and the address does not (e.g. facebook:ada-lovelace.1588291200)"
	case hostOf(host, "youtube.com", "youtu.be"):
		return is + copy + ": a YouTube key is the channel id, UC…, not its @handle or a video's address (e.g. youtube:UCxxxxxxxxxxxxxxxxxxxxxx)"
	case hostOf(host, "linkedin.com"):
		return is + copy + " (e.g. linkedin:priya-nair-5b2, the slug of a profile's linkedin.com/in/ address)"
	}
	return is + "write the key, network:id, as unfollow.csv or keep.csv give it (e.g. linkedin:priya-nair-5b2)"
}

// addressKey returns the key a profile's address u makes for sure, or "".
func addressKey(u string) string {
	host, server, path := addressParts(u)
	seg := strings.Split(strings.Trim(path, "/"), "/")
	switch {
	case host == "":
		return ""
	case hostOf(host, "linkedin.com"):
		if len(seg) >= 2 && strings.EqualFold(seg[0], "in") && keyWord(seg[1], "-_%") && escapesWhole(seg[1]) {
			return LinkedIn + ":" + canonicalID(LinkedIn, seg[1])
		}
	case hostOf(host, "youtube.com"):
		// A channel id is "UC" and 22 more: a shorter one is an address
		// cut short, no key.
		if len(seg) >= 2 && seg[0] == "channel" && len(seg[1]) == 24 && strings.HasPrefix(seg[1], "UC") && keyWord(seg[1], "-_") {
			return YouTube + ":" + seg[1]
		}
	case hostOf(host, "instagram.com"):
		// https://www.instagram.com/<u> or, in newer exports, /_u/<u>;
		// /p/…, /reel/… and the like are posts, not profiles.
		if len(seg) == 2 && seg[0] == "_u" {
			seg = seg[1:]
		}
		if len(seg) == 1 && keyWord(seg[0], "._") && !instagramPaths[strings.ToLower(seg[0])] {
			return Instagram + ":" + canonicalID(Instagram, seg[0])
		}
	case hostOf(host, "twitter.com", "x.com", "facebook.com", "fb.com", "youtu.be") || hostOf(host, notMastodon...):
	default:
		// A Mastodon profile: https://host/@user, or a remote account
		// seen from one's own server, https://host/@user@other. The
		// server is the host whole: m.cmx.im is a server's name, not a
		// mobile site's.
		if len(seg) == 1 && strings.HasPrefix(seg[0], "@") {
			user, domain, remote := strings.Cut(seg[0][1:], "@")
			if !remote {
				domain = server
			}
			// A Unicode domain is named in its ASCII (xn--) form, as
			// Mastodon stores it; one the conversion refuses (a line
			// separator, a direction mark, bytes not UTF-8) is no
			// server's, and would print raw in a one-line error.
			if keyWord(user, "._-") && hostName(domain) {
				if key := Mastodon + ":" + canonicalID(Mastodon, user+"@"+domain); isASCII(key) {
					return key
				}
			}
		}
	}
	return ""
}

// notMastodon are sites whose profile addresses are /@user too, and no
// Mastodon server's.
var notMastodon = []string{"medium.com", "tiktok.com", "threads.net", "threads.com", "substack.com", "pinterest.com"}

// instagramPaths are first path segments of instagram.com addresses that
// are no profile's.
var instagramPaths = map[string]bool{"_u": true, "p": true, "reel": true, "reels": true, "tv": true, "stories": true, "explore": true, "accounts": true, "direct": true}

// addressParts returns the host of an address, lower-case and without a
// "www.", "m." or "mobile." before it (a site's, for its network), the
// host lower-case as written (server: a Mastodon server's name), and its
// path, without query or fragment; "" where u is no address.
func addressParts(u string) (host, server, path string) {
	rest := u
	for _, scheme := range []string{"https://", "http://", "//"} {
		if len(rest) >= len(scheme) && strings.EqualFold(rest[:len(scheme)], scheme) {
			rest = rest[len(scheme):]
			break
		}
	}
	if i := strings.IndexAny(rest, "?#"); i >= 0 {
		rest = rest[:i]
	}
	host, path, _ = strings.Cut(rest, "/")
	host = strings.ToLower(host)
	server = host
	for _, sub := range []string{"www.", "m.", "mobile."} {
		host = strings.TrimPrefix(host, sub)
	}
	if host == "" || !strings.Contains(host, ".") || strings.ContainsAny(host, " @:") {
		return "", "", ""
	}
	return host, server, path
}

// hostName reports whether s can be a server's domain name: two labels or
// more between dots, none empty nor starting or ending with '-', of
// letters (any script: a Unicode domain is converted as Mastodon does),
// digits and '-'. "a..b", "x." or "-a.b" make no key a hint should give.
func hostName(s string) bool {
	if len(s) > 253 || !strings.Contains(s, ".") {
		return false
	}
	for label := range strings.SplitSeq(s, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for _, r := range label {
			if r < utf8.RuneSelf && !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '-') {
				return false
			}
		}
	}
	return true
}

// escapesWhole reports whether every '%' in s starts an escape of two hex
// digits, as a profile address writes a letter outside ASCII (%C3%A9): a
// '%' cut short ("jos%C3%A") is an address copied in part, no key.
func escapesWhole(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '%' {
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				return false
			}
			i += 2
		}
	}
	return true
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// hostOf reports whether host is one of domains or a subdomain of one.
func hostOf(host string, domains ...string) bool {
	for _, d := range domains {
		if host == d || strings.HasSuffix(host, "."+d) {
			return true
		}
	}
	return false
}

// keyWord reports whether s is non-empty and of ASCII letters, digits and
// the bytes of also alone: nothing a key would write otherwise.
func keyWord(s, also string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte(also, c) >= 0) {
			return false
		}
	}
	return true
}
