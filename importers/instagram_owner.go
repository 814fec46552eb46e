// Whose an Instagram export is: personal_information.json, or, in exports
// before about 2020, profile.json (see instagram_old.go).

package importers

import (
	"slices"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// igProfileUser is an entry of personal_information.json's "profile_user"
// list: the fields are labels Instagram shows, each a {"value": …}, in
// the language of the account (see igUsernameLabels).
type igProfileUser struct {
	StringMapData map[string]igString `json:"string_map_data"`
}

// igUsernameLabels are the labels of the username seen in real exports,
// lower-cased: English, Turkish. Other languages' are not known, and an
// export in one of them says nothing of whose it is.
var igUsernameLabels = []string{"username", "kullanıcı adı"}

// username returns the value of u's username label, or "".
func (u igProfileUser) username() string {
	for label, v := range u.StringMapData {
		if slices.Contains(igUsernameLabels, strings.ToLower(igText(label))) {
			return igText(v.Value)
		}
	}
	return ""
}

// igNameLabels are the labels of the owner's name, lower-cased: English,
// Turkish.
var igNameLabels = []string{"name", "ad"}

// name returns the value of u's name label, or "".
func (u igProfileUser) name() string {
	for label, v := range u.StringMapData {
		if slices.Contains(igNameLabels, strings.ToLower(igText(label))) {
			return igText(v.Value)
		}
	}
	return ""
}

// owner reads whose export it is from personal_information.json:
// {"profile_user":[{"string_map_data":{"Username":{"value":…},…}}]}, the
// label in English or Turkish only (see igUsernameLabels).
// Instagram's export gives no numeric id of its owner (not there, nor in
// its lists), so the ID is the username lower-cased, as accounts' IDs
// are, and Name "@username": a renamed account is another ID, refused
// once (the message says a rename is the same person, and --same-person
// goes on).
//
// The file is not what the person asked to audit, and Meta changes its
// labels without notice, so it is read leniently: a file that cannot be
// read or parsed, that holds no entry, or whose username is empty or not
// one (see validIGUser), says nothing, and the audit goes on as with no
// such file (the lists themselves are still judged by ForeignLists). Two
// such files of different exports are refused beforehand, as for any
// file of an export (oneExport), and one of no export given is not read
// (ownSides). An export before about 2020 says it in profile.json
// instead, read strictly, as many apps write a file of that name (see
// igOldProfileOf).
func (Instagram) owner(files []*File) (audit.Owner, bool, error) {
	for _, f := range files {
		var user, name string
		switch f.Kind {
		case igOwner:
			user, name = igOwnerUser(f)
		case igOldOwner:
			user, name = igOldOwnerUser(f)
		}
		if user != "" {
			return audit.Owner{Network: audit.Instagram, ID: strings.ToLower(user), Name: "@" + user, Display: name, Source: f.ownerSource()}, true, nil
		}
	}
	return audit.Owner{}, false, nil
}

// igOwnerUser returns the username personal_information.json f gives
// its owner, or "" (see owner), and the name beside it, where there is
// one (see igNameLabels).
func igOwnerUser(f *File) (user, name string) {
	tf, err := openText(f)
	if err != nil {
		return "", ""
	}
	defer tf.Close()
	_, err = eachJSON(tf, f, []string{igOwnerKey}, func(u igProfileUser) error {
		if user == "" {
			user, name = u.username(), u.name()
		}
		return nil
	})
	if err != nil || !validIGUser(user) {
		return "", ""
	}
	return user, name
}

// side reports personal_information.json, and profile.json of exports
// before about 2020, read by owner alone (see sideFiler).
func (Instagram) side(kind string) bool { return kind == igOwner || kind == igOldOwner }

// sideName reports a file named as personal_information.json is.
func (Instagram) sideName(base string) bool {
	base = strings.ToLower(base)
	return strings.HasPrefix(base, "personal_information") && listName(base) == igOwnerName
}
