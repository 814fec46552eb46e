package audit

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/idna"
)

// mastodonIDNA converts a domain typed or exported in Unicode to its ASCII
// (xn--) form, as a browser looking it up does (UTS 46 lookup mapping:
// case, width and compatibility mappings and NFC, then Punycode, RFC
// 3492). Its options are given here rather than taken from idna.Lookup,
// whose configuration "may change over time": an id made from them must
// not. Non-transitional, as browsers and the idna package's profiles are
// since Go 1.18 (ß stays ß, and is encoded). Underscores are allowed (some
// fediverse hosts have them, and the importer reads them); the other
// label checks (hyphens, joiners, the Bidi rule) stay: a domain they
// refuse is kept as written.
var mastodonIDNA = idna.New(
	idna.MapForLookup(),
	idna.Transitional(false),
	idna.StrictDomainName(false),
	idna.BidiRule(),
)

// mastodonStoredIDNA converts a domain as Mastodon does before it stores
// it (TagManager#normalize_domain: Addressable's normalized_host, which
// calls libidn through the idn-ruby gem Mastodon bundles: IDNA2003).
// IDNA2003 maps the four characters UTS 46 calls deviations (ß, final
// sigma, the zero-width joiner and non-joiner) as transitional processing
// does, so that fußball.example is stored fussball.example, where the id
// (mastodonIDNA, non-transitional, as browsers) is xn--fuball-cta.example.
// Only the keep list uses it (mastodonKeepAddress): Mastodon's Overwrite
// import matches a row's address to the stored one as strings.
var mastodonStoredIDNA = idna.New(
	idna.MapForLookup(),
	idna.Transitional(true),
	idna.StrictDomainName(false),
	idna.BidiRule(),
)

// MastodonID returns a Mastodon account's id, user@domain (or a bare user
// for an account of the exporting server), as the importer makes it from
// an address exported or typed in either form of an internationalised
// domain: ASCII letters lower-cased, and a domain holding anything but
// ASCII converted to its ASCII form, the one Mastodon's export writes
// ("ani_k@թութ.հայ" is ani_k@xn--69aa8bzb.xn--y9a3aq). So the two forms
// of one domain are one account wherever an id is compared: the exports,
// the ledger's keys and the history.
//
// A domain already in ASCII, xn-- labels or not, is only lower-cased:
// that is its ASCII form, and nearly every id is one, read without a
// conversion. A domain the conversion refuses (a label it holds invalid)
// is kept as written, lower-cased as ASCII. The user part is never
// converted: it is not a domain name.
func MastodonID(id string) string {
	user, domain, ok := strings.Cut(id, "@")
	if !ok || isASCII(domain) {
		return lowerASCII(id)
	}
	ascii, ok := MastodonDomain(domain)
	if !ok {
		return lowerASCII(id)
	}
	return lowerASCII(user) + "@" + ascii
}

// MastodonDomain returns domain, which holds something other than ASCII,
// in its ASCII (xn--) form, lower-cased, and true; "", false where it is
// no domain name the conversion takes. A :port after it (a development
// server's) is kept.
func MastodonDomain(domain string) (string, bool) {
	return mastodonDomain(mastodonIDNA, domain)
}

// mastodonDomain is MastodonDomain by the conversion p.
func mastodonDomain(p *idna.Profile, domain string) (string, bool) {
	host, port, hasPort := strings.Cut(domain, ":")
	if host == "" || !utf8.ValidString(host) || hasPort && (port == "" || strings.Trim(port, "0123456789") != "") {
		return "", false
	}
	ascii, err := p.ToASCII(host)
	// The conversion maps a full stop of another script (。) to a
	// dot, and lets through ASCII no host name holds ('@', '/') where
	// labels are not held to RFC 1034's letters, digits and hyphen, as
	// here, for the underscore: a domain of empty labels, or of such
	// characters, is no domain.
	if err != nil || ascii == "" || strings.Trim(ascii, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.") != "" ||
		strings.HasPrefix(ascii, ".") || strings.HasSuffix(ascii, ".") || strings.Contains(ascii, "..") {
		return "", false
	}
	ascii = lowerASCII(ascii)
	if hasPort {
		ascii += ":" + port
	}
	return ascii, true
}
