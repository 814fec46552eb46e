package importers

// What a caller tunes of an import (Options), and what it counts as it
// goes (Progress, Stats).

import (
	"math"
	"sync/atomic"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// DefaultMaxEntryBytes caps how many bytes are read from any one file of an
// export. It is far above any real list (2 million Twitter followers take
// about 300 MB) and stops a zip bomb long before memory or time run out.
const DefaultMaxEntryBytes = 4 << 30

// Options tune reading. The zero value uses the defaults.
type Options struct {
	// MaxEntryBytes caps the decompressed bytes read from one file, both
	// from what the archive declares and while streaming, since headers can
	// lie. Zero means DefaultMaxEntryBytes.
	MaxEntryBytes int64
	// Progress, when not nil, counts the files and lines read as they are
	// read, for a progress line on a terminal.
	Progress *Progress
	// Stats, when not nil, counts what the importers skipped, for the
	// person to see.
	Stats *Stats
	// Followers, when not nil, receives the followers of whom an export
	// gives nothing but a numeric id, as audit.Followers (8 bytes each),
	// instead of their being returned as accounts: a big account's
	// follower list then takes memory for its ids only. Only the
	// Twitter/X importer has such lists; see audit.MergeFollowers.
	Followers *[]audit.Followers
	// Usernames, with Followers, has the followers of whom an export
	// gives nothing but a username (Instagram's, a dozen bytes each)
	// returned apart too. Those followers are people named after their
	// usernames, whom audit.WriteAccounts cannot list among the others
	// in name order: for a caller that lists no follower (audit), not
	// for one that lists every account (import).
	Usernames bool
	// Claimed, when not nil, is called once the files to read are known
	// and before any is read, with their bytes (a zip entry's as its
	// header declares them): the caller may prepare memory for what they
	// will become.
	Claimed func(bytes int64)
	// Owners, when not nil, receives whose the exports are, where they say
	// (Twitter/X's data/account.js, Instagram's personal_information.json,
	// LinkedIn's Profile.csv), one per network.
	Owners *[]audit.Owner
	// After, when not zero, counts the records dated after that day (a
	// LinkedIn connection, a Facebook friend, an Instagram follow, ...),
	// per file, in Stats.Late: an export newer than the day an audit is
	// of. Each record costs one comparison, made where its date is read.
	After audit.Date
	// Removed, when not nil, receives the friends the person removed, as
	// the exports list them (Facebook's removed_friends.json), for a
	// re-audit to tell a friend gone by the person's own hand (see
	// audit.MarkUnfriended). Nil, the file is not read.
	Removed *[]audit.Removal
	// Ledgers, when not nil, receives the files on disk of the folders
	// given that hold a ledger's header (a copy of unfollow-audit's
	// ledger.csv, as a spreadsheet saved it: a CSV, a text file): no
	// export, they are passed over as a folder's other files are, and the
	// caller tells whether one holds notes the ledger it reads lacks (a
	// ledger sent back, saved in the download folder). Those of a
	// workspace some run wrote in a folder given are that workspace's,
	// and not returned (nor in Unread).
	Ledgers *[]LedgerCopy
	// Unread, when not nil, receives the copies of a ledger in the
	// folders given that are not read: workbooks named as a ledger
	// (ledger.xlsx, .ods, .xls: see workbookLedger), which are not
	// opened, and CSV copies inside a zip (a ledger sent back zipped),
	// named as a ledger and holding its header. A ledger a client sent
	// back so, saved beside the exports, was passed over unsaid, its
	// notes not read, and the caller says so.
	Unread *[]LedgerCopy
	// Workspace is the folder of the caller's workspace, "" for none: a
	// workspace as a run wrote one is told by its files (see
	// workspace.Holds), and this one is one before its first run too (a
	// ledger sent back put there as ledger.csv). Given beside exports
	// (the shell's * in the download folder that holds it), it is passed
	// over, and its files are no copy of a ledger sent back.
	Workspace string
}

// A LedgerCopy is a file of a folder given that holds a ledger's header
// (see Options.Ledgers), or a copy of a ledger not read (see
// Options.Unread): Path the file, Folder the folder given; for a copy
// inside a zip, Zip the zip and CRC the CRC-32 of its bytes, as the zip
// records it.
type LedgerCopy struct {
	Path, Folder string
	Zip          string
	CRC          uint32
}

// lateBounds returns what File.dated and File.datedUnix compare with: the
// last day not counted late, and its last second; never reached where
// After is zero.
func (o Options) lateBounds() (audit.Date, int64) {
	if o.After == 0 {
		return math.MaxInt32, math.MaxInt64
	}
	return o.After, int64(o.After)*86400 - 1 // a Date counts from 1 for 1970-01-01
}

// Stats counts what an import skipped on purpose.
type Stats struct {
	// Deleted counts list entries of deleted accounts (Instagram's
	// "__deleted__…" users): there is no one to keep or unfollow.
	Deleted atomic.Int64
	// Hidden counts LinkedIn connections listed with their date alone (a
	// member who hid or closed their profile): no one to name or find.
	Hidden atomic.Int64
	// MonthFirst lists the LinkedIn files whose Connected On dates are a
	// spreadsheet's re-save in numbers (5/3/2024), each read month first
	// as a US spreadsheet writes them, where no day after the 12th tells
	// whether the spreadsheet wrote the month or the day first: a
	// day-first one (3/5/2024 for 3 May) with a day after the 12th is
	// refused, but with none it is read wrongly. Read fills it once every
	// file is read, in the order they were given.
	MonthFirst []string
	// PassedOver lists the files found beside other exports that list
	// nothing the tool reads (Mastodon's archive of posts, a Google
	// Takeout without YouTube subscriptions or as a tar archive, see
	// ytUnread), and the LinkedIn Basic archives read in their Complete
	// one's stead (see liOneRequest), each as the file, ": ", what it is
	// and what to do; Read fills it.
	PassedOver []string
	// Skipped lists the paths given by name that hold no export and lie
	// beside lists given so, in a folder of an unzipped export (the
	// shell's * run there): the export's other files, passed over (see
	// exportFolders); SkippedWarning says so. Read fills it.
	Skipped []string
	// Workspaces lists the paths given that are workspaces of the tool,
	// other than the caller's (Options.Workspace), passed over beside the
	// exports given with them; WorkspacesWarning says so. Read fills it.
	Workspaces []string
	// Late lists the files that hold records dated after Options.After,
	// in the order they were given; Read fills it once every file is
	// read.
	Late []Late
}

// Late is a file with records dated after Options.After.
type Late struct {
	File     string     // the file, as errors name it (archive.zip!entry)
	Network  string     // its network
	Relation string     // the relation it lists (audit.Connection, ...), "" for several
	Records  int        // its records dated after Options.After
	Latest   audit.Date // the latest of their dates
}

// hidden counts a LinkedIn connection listed with its date alone (see
// Stats.Hidden).
func (f *File) hidden() {
	if f.stats != nil {
		f.stats.Hidden.Add(1)
	}
}

// Progress counts what an import has read so far. Its fields may be read
// from another goroutine while the import runs.
type Progress struct {
	Files atomic.Int64 // files opened as text
	Lines atomic.Int64 // lines read in them
}

func (o Options) maxEntry() int64 {
	if o.MaxEntryBytes > 0 {
		return o.MaxEntryBytes
	}
	return DefaultMaxEntryBytes
}
