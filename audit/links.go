package audit

import "net/url"

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
func ProfileLink(a *Account) string {
	if a.ProfileURL != "" {
		return a.ProfileURL
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
