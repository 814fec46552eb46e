package audit

import "testing"

func TestProfileLink(t *testing.T) {
	tests := []struct {
		a    Account
		want string
	}{
		{Account{Network: LinkedIn, ID: "ada", ProfileURL: "https://www.linkedin.com/in/ada"}, "https://www.linkedin.com/in/ada"},
		{Account{Network: Twitter, ID: "1404"}, "https://twitter.com/intent/user?user_id=1404"},
		{Account{Network: Twitter, ID: "1406", Handle: "kofi_m"}, "https://x.com/kofi_m"},
		{Account{Network: Facebook, ID: "chloe-martin.1", Name: "Chloé Martin"}, "https://www.facebook.com/search/top/?q=Chlo%C3%A9+Martin"},
		{Account{Network: LinkedIn, ID: "follow.greta-lindqvist", Name: "Greta Lindqvist"}, "https://www.linkedin.com/search/results/people/?keywords=Greta+Lindqvist"},
		{Account{Network: LinkedIn, ID: "company.acme-robotics", Name: "Acme Robotics"}, "https://www.linkedin.com/search/results/companies/?keywords=Acme+Robotics"},
		{Account{Network: Instagram, ID: "amelie_d", Handle: "amelie_d"}, "https://www.instagram.com/amelie_d/"},
		{Account{Network: YouTube, ID: "UC4xlbR1N2RQnb7vqUmLmGOg"}, "https://www.youtube.com/channel/UC4xlbR1N2RQnb7vqUmLmGOg"},
		{Account{Network: Mastodon, ID: "bob", Handle: "bob"}, ""},
		// An export's URL that is no web address is not given as the link.
		{Account{Network: LinkedIn, ID: "ada.20240101", Name: "Ada Lovelace", ProfileURL: "javascript:alert(1)"}, "https://www.linkedin.com/search/results/people/?keywords=Ada+Lovelace"},
		{Account{Network: LinkedIn, ID: "ada.20240102", Name: "Ada", ProfileURL: " \tJavaScript:alert(1)"}, "https://www.linkedin.com/search/results/people/?keywords=Ada"},
		{Account{Network: YouTube, ID: "UCx", ProfileURL: "data:text/html,<script>alert(1)</script>"}, "https://www.youtube.com/channel/UCx"},
		{Account{Network: Instagram, ID: "ada", Handle: "ada", ProfileURL: "java\tscript:alert(1)"}, "https://www.instagram.com/ada/"},
		{Account{Network: Twitter, ID: "1410", ProfileURL: "vbscript:msgbox(1)"}, "https://twitter.com/intent/user?user_id=1410"},
		{Account{Network: LinkedIn, ID: "ada", ProfileURL: "HTTPS://www.linkedin.com/in/ada"}, "HTTPS://www.linkedin.com/in/ada"},
		{Account{Network: LinkedIn, ID: "ada", ProfileURL: "www.linkedin.com/in/ada"}, "www.linkedin.com/in/ada"},
		// Nor a network path: pasted in a browser or Explorer on Windows,
		// \\host\share opens a share of another machine, which may be
		// given the person's Windows login; //host/x is the same.
		{Account{Network: LinkedIn, ID: "ada.1", Name: "Ada", ProfileURL: `\\evil.example\share\ada`}, "https://www.linkedin.com/search/results/people/?keywords=Ada"},
		{Account{Network: LinkedIn, ID: "ada.2", Name: "Ada", ProfileURL: " //evil.example/in/ada"}, "https://www.linkedin.com/search/results/people/?keywords=Ada"},
		{Account{Network: LinkedIn, ID: "ada.3", Name: "Ada", ProfileURL: `/\evil.example/in/ada`}, "https://www.linkedin.com/search/results/people/?keywords=Ada"},
		{Account{Network: LinkedIn, ID: "ada.4", Name: "Ada", ProfileURL: "/\t/evil.example/in/ada"}, "https://www.linkedin.com/search/results/people/?keywords=Ada"},
		// Nor a web address of another site than the network's: anyone
		// can put one in a file that is then passed on, and the lists
		// would give it as the person's profile.
		{Account{Network: LinkedIn, ID: "ada.5", Name: "Ada", ProfileURL: "https://evil.example/in/ada"}, "https://www.linkedin.com/search/results/people/?keywords=Ada"},
		{Account{Network: LinkedIn, ID: "ada.6", Name: "Ada", ProfileURL: "https://www.linkedin.com.evil.example/in/ada"}, "https://www.linkedin.com/search/results/people/?keywords=Ada"},
		{Account{Network: LinkedIn, ID: "ada.7", Name: "Ada", ProfileURL: "https://evillinkedin.com/in/ada"}, "https://www.linkedin.com/search/results/people/?keywords=Ada"},
		{Account{Network: LinkedIn, ID: "ada.8", Name: "Ada", ProfileURL: "https://www.linkedin.com@evil.example/in/ada"}, "https://www.linkedin.com/search/results/people/?keywords=Ada"},
		{Account{Network: LinkedIn, ID: "ada.9", Name: "Ada", ProfileURL: `https://evil.example\@www.linkedin.com/in/ada`}, "https://www.linkedin.com/search/results/people/?keywords=Ada"},
		{Account{Network: LinkedIn, ID: "ada.10", Name: "Ada", ProfileURL: "evil.example/in/ada"}, "https://www.linkedin.com/search/results/people/?keywords=Ada"},
		{Account{Network: LinkedIn, ID: "ada.11", Name: "Ada", ProfileURL: "https://www.linkedin%2ecom/in/ada"}, "https://www.linkedin.com/search/results/people/?keywords=Ada"},
		{Account{Network: LinkedIn, ID: "ada.12", Name: "Ada", ProfileURL: "/in/ada"}, "https://www.linkedin.com/search/results/people/?keywords=Ada"},
		{Account{Network: Twitter, ID: "1411", ProfileURL: "https://evil.example/x"}, "https://twitter.com/intent/user?user_id=1411"},
		// The network's own hosts, any case, a port, a trailing dot.
		{Account{Network: LinkedIn, ID: "ada", ProfileURL: "https://LinkedIn.com./in/ada"}, "https://LinkedIn.com./in/ada"},
		{Account{Network: LinkedIn, ID: "ada", ProfileURL: "http://fr.linkedin.com:443/in/ada"}, "http://fr.linkedin.com:443/in/ada"},
		{Account{Network: Twitter, ID: "1412", ProfileURL: "https://mobile.twitter.com/intent/user?user_id=1412"}, "https://mobile.twitter.com/intent/user?user_id=1412"},
		{Account{Network: Twitter, ID: "1413", ProfileURL: "https://x.com/i/user/1413"}, "https://x.com/i/user/1413"},
		// A Mastodon account's link is made from its address: its server.
		{Account{Network: Mastodon, ID: "bob@example.social", Handle: "bob@example.social", ProfileURL: "https://example.social/@bob"}, "https://example.social/@bob"},
	}
	for _, tt := range tests {
		if got := ProfileLink(&tt.a); got != tt.want {
			t.Errorf("ProfileLink(%s:%s) = %q, want %q", tt.a.Network, tt.a.ID, got, tt.want)
		}
	}
}

// TestWebURLAllocates checks that webURL, which runs for every row of the
// lists (a million at a time), allocates nothing.
func TestWebURLAllocates(t *testing.T) {
	for _, u := range []string{"https://www.linkedin.com/in/ada", "javascript:alert(1)", "www.linkedin.com/in/ada", "httpsx://a", "/\t/host"} {
		if n := testing.AllocsPerRun(100, func() { webURL(u) }); n != 0 {
			t.Errorf("webURL(%q): %v allocations, want none", u, n)
		}
	}
	for _, u := range []string{"https://www.linkedin.com/in/ada", "https://evil.example/in/ada", "www.linkedin.com/in/ada", "https://a@fr.LinkedIn.com:443/in/ada"} {
		if n := testing.AllocsPerRun(100, func() { ownSite(LinkedIn, u) }); n != 0 {
			t.Errorf("ownSite(%q): %v allocations, want none", u, n)
		}
	}
	if webURL("httpsx://a") || !webURL("HTTPS://a") || webURL("javascript:x") {
		t.Error("webURL tells schemes apart wrongly")
	}
}

func TestExportLink(t *testing.T) {
	tests := []struct {
		a    Account
		want string
	}{
		{Account{Network: LinkedIn, ID: "ada", ProfileURL: "https://www.linkedin.com/in/ada"}, "https://www.linkedin.com/in/ada"},
		// No URL in the export: none here either (Facebook, a follow).
		{Account{Network: Facebook, ID: "ada-lovelace.1", Name: "Ada Lovelace"}, ""},
		// One that is no web address: the lists' fallback.
		{Account{Network: LinkedIn, ID: "ada.20240101", Name: "Ada Lovelace", ProfileURL: "javascript:alert(1)"}, "https://www.linkedin.com/search/results/people/?keywords=Ada+Lovelace"},
		{Account{Network: Twitter, ID: "1410", ProfileURL: "data:text/html,x"}, "https://twitter.com/intent/user?user_id=1410"},
		// One of another site: likewise.
		{Account{Network: LinkedIn, ID: "ada.20240102", Name: "Ada Lovelace", ProfileURL: "https://evil.example/in/ada"}, "https://www.linkedin.com/search/results/people/?keywords=Ada+Lovelace"},
		{Account{Network: Twitter, ID: "1411", ProfileURL: "https://evil.example/x"}, "https://twitter.com/intent/user?user_id=1411"},
	}
	for _, tt := range tests {
		if got := ExportLink(&tt.a); got != tt.want {
			t.Errorf("ExportLink(%s:%s) = %q, want %q", tt.a.Network, tt.a.ID, got, tt.want)
		}
	}
}
