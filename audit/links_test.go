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
	}
	for _, tt := range tests {
		if got := ProfileLink(&tt.a); got != tt.want {
			t.Errorf("ProfileLink(%s:%s) = %q, want %q", tt.a.Network, tt.a.ID, got, tt.want)
		}
	}
}
