package audit

import "testing"

// TestOwnSiteRealForms holds the profile addresses exports and people
// give (export-formats.md, testdata): each is the account's own link.
func TestOwnSiteRealForms(t *testing.T) {
	ok := map[string][]string{
		LinkedIn: {"https://www.linkedin.com/in/anjula-batra", "https://fr.linkedin.com/in/ada", "https://de.linkedin.com/in/ada/",
			"https://linkedin.com/in/ada", "http://www.linkedin.com/in/ada", "https://www.linkedin.com/in/ada/?originalSubdomain=fr",
			"HTTPS://WWW.LINKEDIN.COM/in/ada", "https://www.linkedin.com/pub/ada-lovelace/1a/2b3/4c5", "www.linkedin.com/in/ada",
			"linkedin.com/in/ada", " https://www.linkedin.com/in/ada", "https://www.linkedin.com/in/ada ", "https://www.linkedin.com?x=1",
			"https://www.linkedin.com#x"},
		Twitter: {"https://twitter.com/intent/user?user_id=1690960025278107648", "https://x.com/ada", "https://mobile.twitter.com/ada",
			"https://www.twitter.com/ada", "http://twitter.com/ada", "https://twitter.com/intent/follow?screen_name=ada", "https://mobile.x.com/ada"},
		Facebook: {"https://www.facebook.com/ada", "https://m.facebook.com/ada", "https://web.facebook.com/ada",
			"https://www.facebook.com/profile.php?id=100000000000001", "https://facebook.com/ada"},
		Instagram: {"https://www.instagram.com/ada", "https://www.instagram.com/_u/ada", "https://instagram.com/ada/"},
		YouTube: {"http://www.youtube.com/channel/UCabcdefghijklmnopqrstuv", "https://youtube.com/@ada", "https://m.youtube.com/c/ada",
			"https://www.youtube.com/user/ada", "https://WWW.YouTube.com/@ada"},
		Mastodon: {"https://example.social/@bob", "https://piaille.fr/@ana"},
	}
	for network, us := range ok {
		for _, u := range us {
			if !profileURL(network, u) {
				t.Errorf("profileURL(%s, %q) = false, want true", network, u)
			}
		}
	}
}
