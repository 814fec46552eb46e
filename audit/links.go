package audit

import (
	"net/url"
	"strings"
)

// ProfileLink returns a link that opens the account on its network, for the
// lists the person works through by hand. It is the profile URL from the
// export when there is one; otherwise the best the export allows:
//   - Twitter/X: the intent link by account id, which opens the profile;
//   - Facebook (the export has names only) and LinkedIn members and
//     companies followed without a URL: the network's search for the name;
//   - Instagram: the profile by user name.
//
// Only a Mastodon account of the exporting server itself (no domain in the
// export) has no link: its server is not in the file.
//
// An export's URL is taken only when it is a web address (http or https,
// or no scheme at all): a cell such as "javascript:alert(1)" in a
// LinkedIn Connections.csv would otherwise be the link the person clicks
// in a spreadsheet; the fallback above is given instead. So it is when
// the address is of another site than the network's (see ownSite):
// "https://evil.example/in/ada" in the URL cell of a file that passed
// through other hands is no profile of Ada's, and the lists would give
// it as hers.
func ProfileLink(a *Account) string {
	if u := a.URL(); u != "" && profileURL(a.Network, u) {
		return u
	}
	q := url.QueryEscape(a.Name)
	switch a.Network {
	case Twitter:
		if a.Handle != "" {
			return "https://x.com/" + a.Handle
		}
		return "https://twitter.com/intent/user?user_id=" + url.QueryEscape(a.ID)
	case Facebook:
		return "https://www.facebook.com/search/top/?q=" + q
	case LinkedIn:
		if len(a.ID) > 8 && a.ID[:8] == "company." {
			return "https://www.linkedin.com/search/results/companies/?keywords=" + q
		}
		return "https://www.linkedin.com/search/results/people/?keywords=" + q
	case Instagram:
		if a.Handle != "" {
			return "https://www.instagram.com/" + a.Handle + "/"
		}
	case YouTube:
		return "https://www.youtube.com/channel/" + a.ID
	}
	return ""
}

// KeyLink returns the link of the ledger key "network:id" of an account
// no export at hand holds, made as reach-out.csv makes it: from the key,
// and the name (the last run's, if known) where the network's link is a
// search for it.
func KeyLink(key, name string) string {
	return ProfileLink(keyAccount(key, name, ""))
}

// ExportLink returns the account's link as its export gives it, for the
// import report and review's screen: the export's URL when it is a web
// address of the network's site, the fallback of ProfileLink when it is
// not ("javascript:…", "https://evil.example/…"),
// and "" when the export gives none.
func ExportLink(a *Account) string {
	if u := a.URL(); u == "" || profileURL(a.Network, u) {
		return u
	}
	return ProfileLink(a)
}

// webURL reports whether u has no scheme or the scheme http or https.
// It reads u as browsers do: leading spaces and control characters are
// skipped, and so are tabs and line breaks anywhere ("java\tscript:"
// runs script too). A network path (\\host\share, //host/x, /\host) is
// no web address either: pasted in a browser or Explorer on Windows it
// opens a share of another machine, which may be handed the person's
// Windows login.
func webURL(u string) bool {
	u = strings.TrimLeftFunc(u, func(r rune) bool { return r <= ' ' })
	if slash(u) {
		if rest := strings.TrimLeft(u[1:], "\t\n\r"); slash(rest) {
			return false
		}
	}
	// The scheme's first bytes, lower-cased, in an array: this runs for
	// every row of the lists, a million at a time, and allocates nothing.
	var scheme [len("https")]byte
	n := 0
	add := func(c byte) {
		if n < len(scheme) {
			scheme[n] = c
		}
		n++
	}
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c == '\t' || c == '\n' || c == '\r':
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			add(c | 0x20)
		case n > 0 && ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.'):
			add(c)
		case c == ':' && n > 0:
			s := string(scheme[:min(n, len(scheme))])
			return n <= len(scheme) && (s == "http" || s == "https")
		default:
			return true // no scheme: a path such as www.linkedin.com/in/ada
		}
	}
	return true
}

// slash reports whether u starts with a slash or a backslash, which
// browsers read alike in a web address.
func slash(u string) bool { return u != "" && (u[0] == '/' || u[0] == '\\') }

// profileURL reports whether u, an export's address of an account of
// network, may be given as its profile: a web address (webURL) of the
// network's own site (ownSite).
func profileURL(network, u string) bool { return webURL(u) && ownSite(network, u) }

// ownSite reports whether the web address u is on network's site: its
// host, as a browser reads it, is one of the network's domains or a
// subdomain of one ("fr.linkedin.com"). The host is what follows the
// scheme and its slashes or backslashes (which browsers read alike),
// after the last '@' (what is before it is a user name:
// "https://www.linkedin.com@evil.example/" opens evil.example) and
// before a port, in any case, with a trailing dot. An address without a
// scheme starts with its host. Mastodon's links are made from the
// account's address, whose server is any host, and are not checked.
// Like webURL it runs for every row of the lists and allocates nothing
// but where u holds a tab or a line break (which browsers drop).
func ownSite(network, u string) bool {
	if network == Mastodon || network == "" {
		return true
	}
	u = strings.TrimLeftFunc(u, func(r rune) bool { return r <= ' ' })
	if strings.ContainsAny(u, "\t\n\r") {
		u = strings.NewReplacer("\t", "", "\n", "", "\r", "").Replace(u)
	}
	if i := strings.IndexByte(u, ':'); i > 0 && !strings.ContainsAny(u[:i], "/\\?#@") {
		u = strings.TrimLeft(u[i+1:], "/\\") // the scheme, http or https (webURL)
	} else if slash(u) {
		return false // a path alone, of no site
	}
	if i := strings.IndexAny(u, "/\\?#"); i >= 0 {
		u = u[:i]
	}
	if i := strings.LastIndexByte(u, '@'); i >= 0 {
		u = u[i+1:]
	}
	if i := strings.IndexByte(u, ':'); i >= 0 {
		u = u[:i]
	}
	host := strings.TrimSuffix(u, ".")
	switch network {
	case LinkedIn:
		return onDomain(host, "linkedin.com")
	case Twitter:
		return onDomain(host, "twitter.com") || onDomain(host, "x.com")
	case Instagram:
		return onDomain(host, "instagram.com")
	case YouTube:
		return onDomain(host, "youtube.com")
	case Facebook:
		return onDomain(host, "facebook.com")
	}
	return true
}

// onDomain reports whether host, in any case, is domain or a subdomain
// of it.
func onDomain(host, domain string) bool {
	if len(host) == len(domain) {
		return strings.EqualFold(host, domain)
	}
	n := len(host) - len(domain)
	return n > 1 && host[n-1] == '.' && strings.EqualFold(host[n:], domain)
}
