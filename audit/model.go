// Package audit holds the one contact model that every importer fills, the
// cross-network merge that groups accounts into people, and (later) the rules,
// ledger and reports. It does no file I/O of its own: everything here can be
// tested with values built in memory.
package audit

import (
	"strings"
)

// Networks the tool knows, in the order reports list them.
const (
	Facebook  = "facebook"
	LinkedIn  = "linkedin"
	Twitter   = "twitter"
	Instagram = "instagram"
	YouTube   = "youtube"
	Mastodon  = "mastodon"
)

// Relations between the person running the audit and an account.
const (
	Friend       = "friend"       // Facebook friend
	Connection   = "connection"   // LinkedIn connection
	Following    = "following"    // the person follows the account
	Subscription = "subscription" // YouTube channel subscription
	Follower     = "follower"     // the account only follows the person
)

// Keys of Account.Extra.
const (
	// Mastodon follow settings, as exported, for the keep file written in
	// Mastodon's own format.
	ExtraShowBoosts = "show_boosts"
	ExtraNotify     = "notify"
	ExtraLanguages  = "languages"
	// ExtraFollow is the ID a Facebook or LinkedIn follow merged into
	// the friend or connection of its name would have had alone (see
	// SplitFollows), and ExtraFollowSince its date (YYYY-MM-DD), where
	// the ID does not hold it (LinkedIn's).
	ExtraFollow      = "follow"
	ExtraFollowSince = "follow_since"
	// ExtraUnfollowed marks a LinkedIn connection that the export itself
	// says the person no longer follows, staying connected (an Unfollow
	// row of Member_Follows.csv of its name, and no active one): the
	// day of that row (YYYY-MM-DD), or FollowUnfollowed where it has
	// none. See MarkUnfollowedTies.
	ExtraUnfollowed = "unfollowed"
	// ExtraHandlesBefore lists, separated by spaces, the other handles
	// a Twitter/X account's export gave it besides its handle now: older
	// tweets naming it before it changed its handle (same id). A ledger
	// name cell the tool wrote from one of them, the account having no
	// display name, follows the new handle (see Ledger.Update).
	ExtraHandlesBefore = "handles_before"
)

// Tri is a yes/no answer that can also be unknown, for facts an export may
// not tell (Facebook friends carry no "follows you" flag).
type Tri int8

// Values of Tri.
const (
	Unknown Tri = iota
	Yes
	No
)

// String returns "yes", "no" or "" for unknown, as written in CSV reports.
func (t Tri) String() string {
	switch t {
	case Yes:
		return "yes"
	case No:
		return "no"
	}
	return ""
}

// An Account is one account on one network that the person follows, is
// friends or connected with, subscribes to, or is followed by.
//
// ID is stable across re-exports of the same network: it is the network's
// own id where the export has one (Twitter account ids, LinkedIn profile
// slugs, YouTube channel ids) and otherwise derived from fields that do not
// change between exports (see the importers' doc comments for each scheme).
type Account struct {
	Network    string
	Relation   string
	ID         string
	Name       string // display name as exported, repaired and trimmed
	Handle     string // @-less handle where the network has one
	ProfileURL string // as exported, or empty where SetURLOfID holds it as the ID: read URL()
	Email      string
	Since      Date // when the relation started; zero when the export does not say
	FollowsYou Tri
	// urlOfID marks an account whose profile address is LinkedInProfile
	// and its ID (see SetURLOfID): ProfileURL is then empty. In the
	// padding after FollowsYou: it costs an Account nothing.
	urlOfID bool
	Source  string // "archive.zip!entry/path.json", where the account was read
	// Extra holds network-specific values that a later writer must give back
	// unchanged (Mastodon's show-boosts flags, for example); nil for most.
	Extra map[string]string
}

// LinkedInProfile is the address of a LinkedIn member's profile before
// its slug, as Connections.csv writes it.
const LinkedInProfile = "https://www.linkedin.com/in/"

// SetURLOfID says that the account's profile address is LinkedInProfile
// and its ID, which it need not then hold: ProfileURL is emptied, and URL
// makes the address. A LinkedIn connection's address is its slug's, and
// held whole it was 28 bytes more of each (28 MB at a million
// connections, twice while the merge copies the strings into report
// order). The ID must be the slug as the URL writes it, and stay so:
// SetID keeps the address where the ID changes.
func (a *Account) SetURLOfID() {
	a.ProfileURL, a.urlOfID = "", true
}

// URL returns the account's profile address as the export gave it:
// ProfileURL, or the one SetURLOfID stands for (made anew at each call:
// the writers of a million rows write its two parts instead).
func (a *Account) URL() string {
	if a.urlOfID {
		return LinkedInProfile + a.ID
	}
	return a.ProfileURL
}

// SetProfileURL sets the account's profile address to u.
func (a *Account) SetProfileURL(u string) { a.ProfileURL, a.urlOfID = u, false }

// SetID sets the account's id to id, its profile address unchanged where
// SetURLOfID made it of the id.
func (a *Account) SetID(id string) {
	if a.urlOfID && id != a.ID {
		a.SetProfileURL(a.URL())
	}
	a.ID = id
}

// Key is the account's "network:id", the form used in the ledger's accounts
// column. It is unique within one import.
func (a *Account) Key() string { return a.Network + ":" + a.ID }

// DisplayName is the name to show for the account: its name, else its
// @handle, else "".
func (a *Account) DisplayName() string {
	if a.Name == "" && a.Handle != "" {
		return "@" + a.Handle
	}
	return a.Name
}

// Follows reports whether the person follows, friends, connects with or
// subscribes to the account, that is, whether the account needs a decision.
func (a *Account) Follows() bool { return a.Relation != Follower }

// Person is a group of accounts believed to be one human (or organisation)
// across networks.
type Person struct {
	ID       string
	Accounts []*Account
	// links says why the accounts were grouped and what else may be the
	// same person; nil where nothing does (every person of a one-network
	// export): a pointer, not 48 bytes of empty fields in each of a
	// million people.
	links *personLinks

	fold  string       // FoldName(Name()), for sorting
	notes *Annotations // the ledger row's, set by Ledger.Update
	row   *LedgerRow   // the row of the ledger's grouping (Ledger.Known), set by Merge
	// idBits is the id as a number while Merge runs (see assignIDs), in
	// the low bits, and inRowBit: every account is one the ledger row
	// (row) lists already, so that Update has none to add; set by Merge.
	// One word: a bool of its own took 8 bytes a person (the padding), 8
	// MB of a million-row run's peak. The numbers are under 2^49 (see
	// idNumber, and assignIDs's hashes).
	idBits uint64
}

// inRowBit is the bit of Person.idBits that holds inRow.
const inRowBit = 1 << 63

// idNum returns the person's id as a number (see idBits), 0 for none.
func (p *Person) idNum() uint64 { return p.idBits &^ inRowBit }

// setIDNum sets the person's id as a number.
func (p *Person) setIDNum(n uint64) { p.idBits = p.idBits&inRowBit | n }

// inRow reports whether every account of the person is one the ledger
// row lists already (see idBits).
func (p *Person) inRow() bool { return p.idBits&inRowBit != 0 }

// setInRow sets inRow.
func (p *Person) setInRow(in bool) {
	p.idBits &^= inRowBit
	if in {
		p.idBits |= inRowBit
	}
}

// personLinks is what a Person says about its grouping (see Match,
// Possible and MorePossible).
type personLinks struct {
	match        string
	possible     []string
	morePossible int
}

// Match says why the accounts were grouped: "" for a person with one
// account, otherwise the evidence, e.g. `email ada@example.com`.
func (p *Person) Match() string {
	if p.links == nil {
		return ""
	}
	return p.links.match
}

// Possible lists other accounts that share this person's folded name but
// were not merged because the name is ambiguous on some network.
func (p *Person) Possible() []string {
	if p.links == nil {
		return nil
	}
	return p.links.possible
}

// MorePossible counts possible matches beyond those Possible lists.
func (p *Person) MorePossible() int {
	if p.links == nil {
		return 0
	}
	return p.links.morePossible
}

// linked returns p's links, made on first need.
func (p *Person) linked() *personLinks {
	if p.links == nil {
		p.links = &personLinks{}
	}
	return p.links
}

// Name is the display name to show for the person: the first non-empty
// account name, accounts being kept in network order.
func (p *Person) Name() string {
	for _, a := range p.Accounts {
		if a.Name != "" {
			return a.Name
		}
	}
	for _, a := range p.Accounts {
		if a.Handle != "" {
			return "@" + a.Handle
		}
	}
	return ""
}

// nameAccount returns the account whose name Name returns, nil where
// none has a name (Name is then a handle's, or empty).
func (p *Person) nameAccount() *Account {
	for _, a := range p.Accounts {
		if a.Name != "" {
			return a
		}
	}
	return nil
}

// handleAccount returns the account whose handle Name returns, nil where
// an account has a name (Name is then that name) or none has a handle.
func (p *Person) handleAccount() *Account {
	if p.nameAccount() != nil {
		return nil
	}
	for _, a := range p.Accounts {
		if a.Handle != "" {
			return a
		}
	}
	return nil
}

// Keys returns the person's account keys joined by ";", as in the ledger.
func (p *Person) Keys() string {
	var b strings.Builder
	for i, a := range p.Accounts {
		if i > 0 {
			b.WriteByte(';')
		}
		b.WriteString(a.Key())
	}
	return b.String()
}

// networkRank orders networks in reports; unknown networks sort last.
func networkRank(n string) int {
	switch n {
	case Facebook:
		return 0
	case LinkedIn:
		return 1
	case Twitter:
		return 2
	case Instagram:
		return 3
	case YouTube:
		return 4
	case Mastodon:
		return 5
	}
	return 6
}

// An Owner is whose an export is: the network's account that downloaded
// it, by the network's id, and the name to show.
type Owner struct {
	Network, ID, Name string
	// Source is the export that says so, as given (a zip, or the owner
	// file of a folder), for a refusal to name; "" for the workspace's
	// own (owners.csv keeps no file).
	Source string
	// Display is the display name the export gives its owner beside the
	// handle (Twitter/X's accountDisplayName, Instagram's Name), "" where
	// it gives none or the Name is one (LinkedIn). Read to tell whether
	// the export of a network new to the workspace is its person's (see
	// StrangeOwners); owners.csv does not keep it.
	Display string
}
