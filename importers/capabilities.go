package importers

// What an Importer may do besides its methods, each an interface that
// the importers able to do it implement: say whose an export is, read
// side files, list removed friends, return bare followers apart.

import "github.com/unfollow-audit/unfollow-audit/audit"

// An ownerReader is an Importer whose exports say whose they are.
type ownerReader interface {
	owner(files []*File) (audit.Owner, bool, error)
}

// A sideFiler is an Importer with kinds of file it reads only for whose
// the export is (see ownerReader): Instagram's personal_information.json,
// LinkedIn's Profile.csv, Twitter/X's data/account.js. Alone, such a file
// is no export: an input that holds nothing else is one of none (a folder
// of papers with a Profile.csv in it), and the file is read only with the
// lists of its own export.
// sideName reports a file named as such a file is, whatever it holds:
// given alone and not one, it is said to be no export for its name.
//
// A side file is an export's only where it comes with that export's
// lists (see ownSides): exportFolder returns the folder of the export
// that holds a file of the network in dir (slash-separated, in an archive
// or on disk), dir without the folders the network puts its files in;
// zipParts reports a network that splits a big export into several zip
// archives, whose side file may then be in a part without its lists.
type sideFiler interface {
	side(kind string) bool
	sideName(base string) bool
	exportFolder(dir string) string
	zipParts() bool
}

// A sideTeller is a sideFiler with a side file that does not say whose
// the export is (see sideTells).
type sideTeller interface {
	// sideTells says what a side file of kind holds, as sideTells does,
	// or "" for one that says whose the export is.
	sideTells(kind string) string
}

// sideTells says what a side file of imp's of kind holds, for the
// message about one left alone or away from its export's lists: "says
// whose a LinkedIn export is" (Profile.csv), unless imp says otherwise
// (Twitter/X's data/manifest.js lists the archive's files).
func sideTells(imp Importer, kind string) string {
	if st, ok := imp.(sideTeller); ok {
		if s := st.sideTells(kind); s != "" {
			return s
		}
	}
	return "says whose " + withArticle(audit.NetworkTitle(imp.Network())) + " export is"
}

// A remover is an Importer whose export lists, besides the accounts,
// the friends the person removed (Facebook's removed_friends.json): not a
// list of accounts followed, and alone no export, it is read only where
// Options.Removed asks for it.
type remover interface {
	// removedKind reports whether files of kind list removed friends.
	removedKind(kind string) bool
	// removed reads them from the claimed files.
	removed(files []*File) ([]audit.Removal, error)
}

// isRemovedFile reports whether files of kind list the friends the
// person removed (see remover) rather than accounts.
func isRemovedFile(imp Importer, kind string) bool {
	r, ok := imp.(remover)
	return ok && r.removedKind(kind)
}

// leanImporter is an Importer that can return bare followers apart (see
// Options.Followers).
type leanImporter interface {
	importLean(files []*File) ([]audit.Account, []audit.Followers, error)
	// byUsername reports whether the followers apart are known by
	// username (see Options.Usernames).
	byUsername() bool
}
