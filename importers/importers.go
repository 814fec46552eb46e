// Package importers turns social-network data exports into accounts of the
// one contact model in package audit.
//
// An export is given as any mix of loose files, unzipped folders and .zip
// archives (see [Open]). Every file in them is offered to each [Importer],
// which claims it by its path and, where the name is not enough, its first
// bytes; files nobody claims (photos, videos, unrelated JSON) are never
// opened. Each importer then reads all the files it claimed, across every
// archive given, so an export split into several zip parts reads as one.
package importers

import (
	"errors"
	"fmt"
	"io"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// An Importer reads one network's export.
type Importer interface {
	// Network is the audit network name ("facebook", "linkedin", ...).
	Network() string
	// Detect returns what the file at p (a slash-separated path inside its
	// archive or folder) holds for this importer, or "" when it is not one
	// of its files. head returns up to the first 4 KiB of the file; an
	// importer calls it only when the name alone cannot decide, so that big
	// unrelated entries are never read.
	Detect(p string, head func() []byte) string
	// Import reads the detected files of one export (possibly spread over
	// several archives) and returns its accounts, each with a unique ID.
	Import(files []*File) ([]audit.Account, error)
	// Formats describes the exports the importer reads, for the formats
	// command.
	Formats() []Format
}

// A Coverer is an Importer that can say which relations a file of a kind
// lists in full. Only a list that an export holds can tell that an account
// is gone from it: an export without its follows file says nothing about
// follows.
type Coverer interface {
	Covers(kind string) []string
}

// Coverage is the set of lists the exports held in full, and the kinds of
// file they were read from.
type Coverage struct {
	lists map[string]bool     // "network:relation"
	kinds map[string][]string // network -> the kinds of its files read, sorted
	// covers gives, per network, the relations a kind of file lists
	// (Coverer), for kinds these exports do not hold too.
	covers map[string]func(kind string) []string
	made   map[string]exportDay // network -> its newest zip entry read
	// files names, per "network:relation", the file that lists the
	// relation in an export of the era these exports' files tell (see
	// eraFiler), where that is not the current name.
	files map[string]string
	// read names, per network, the files its lists were read from, as
	// messages name them (archive.zip!entry, folder/file).
	read map[string][]string
	// exports names, per network, the exports its lists were read from,
	// as a refusal names the one to move away: the zip as given, else
	// the file (see File.ownerSource), each once.
	exports map[string][]string
}

// exportDay is the day of an export's newest zip entry, and the zip that
// holds it (in a folder given, not the folder).
type exportDay struct {
	day   audit.Date
	input string
}

// Made returns the day the network's export was made, as the dates of the
// zip entries its lists were read from tell (the newest of them), and the
// zip that holds it; a zero day where they were read from folders
// or loose files, whose dates a copy changes, or from entries dated
// before 2000 (a zip writer that leaves them empty). An export older
// than one an earlier audit read would bring back the accounts
// unfollowed since as new and count those followed since as unfollows
// done.
func (c Coverage) Made(network string) (day audit.Date, input string) {
	m := c.made[network]
	return m.day, m.input
}

// ListFile returns the name of the file that lists the network's
// relation in an export of the era these exports' own files tell (a
// Facebook export of 2020-22 names its follows
// friends_and_followers/who_you_follow.json, not who_you've_followed.json),
// or "" where they tell none: the caller then names the current file.
func (c Coverage) ListFile(network, relation string) string {
	return c.files[network+":"+relation]
}

// Has reports whether the exports held the network's list of relation.
func (c Coverage) Has(network, relation string) bool { return c.lists[network+":"+relation] }

// HasNetwork reports whether the exports held any list of the network.
func (c Coverage) HasNetwork(network string) bool {
	for k := range c.lists {
		if strings.HasPrefix(k, network+":") {
			return true
		}
	}
	return false
}

// KindsList reports whether a file of one of kinds (a run's, see Kinds:
// kinds separated by spaces) lists the network's relation, whether or not
// these exports hold such a file.
func (c Coverage) KindsList(network, kinds, relation string) bool {
	covers := c.covers[network]
	if covers == nil {
		return false
	}
	for _, k := range strings.Fields(kinds) {
		if slices.Contains(covers(k), relation) {
			return true
		}
	}
	return false
}

// Read returns the files the network's lists were read from, as
// messages name them ("archive.zip!Connections.csv", "folder/file"), in
// the order read.
func (c Coverage) Read(network string) []string { return c.read[network] }

// Exports returns the exports the network's lists were read from, each
// once in the order read, as a refusal names the one to move away: the
// zip as given (also one found in a folder given), else the file. A
// download folder holds several people's Takeouts, all named
// takeout-….zip, and their Mastodon follows, all following_accounts.csv:
// the network alone does not tell which file is whose.
func (c Coverage) Exports(network string) []string { return c.exports[network] }

// Kinds returns the kinds of the network's files that listed relations,
// sorted and separated by spaces ("following pages"): what a run keeps
// (audit.RunStat.Lists) for the next to tell a file missing (Partial).
func (c Coverage) Kinds(network string) string { return strings.Join(c.kinds[network], " ") }

// Partial returns the network's relations these exports hold from fewer
// kinds of file than an earlier run's, whose kinds were last (see Kinds),
// with the kinds missing: Facebook's Pages followed can come in a file of
// their own beside who_you've_followed.json, LinkedIn's companies followed
// in Company Follows.csv beside Member_Follows.csv. An account of the
// earlier run missing now may be in the missing file: it is not gone.
func (c Coverage) Partial(network, last string) (relations, missing []string) {
	covers := c.covers[network]
	if covers == nil || last == "" {
		return nil, nil
	}
	for _, k := range strings.Fields(last) {
		if slices.Contains(c.kinds[network], k) || slices.ContainsFunc(c.kinds[network], func(h string) bool { return sameList(network, h, k) }) {
			continue
		}
		part := false // k adds to a list these exports hold from other kinds
		for _, rel := range covers(k) {
			if c.Has(network, rel) {
				part = true
				if !slices.Contains(relations, rel) {
					relations = append(relations, rel)
				}
			}
		}
		if part {
			missing = append(missing, k)
		}
	}
	if len(relations) == 0 {
		return nil, nil
	}
	return relations, missing
}

// A Format describes one export an importer reads.
type Format struct {
	Network string
	Name    string   // "Download Your Information (JSON)"
	Request string   // where in the network's settings to ask for it
	Files   []string // the files it reads
}

// All returns the importers in a fixed order.
func All() []Importer {
	return []Importer{Facebook{}, LinkedIn{}, Twitter{}, Instagram{}, YouTube{}, Mastodon{}}
}

// A File is one file of an export: a zip entry, a file in an unzipped
// folder, or a loose file.
type File struct {
	// Input is the path the user gave: the zip archive, the folder, or the
	// loose file itself.
	Input string
	// Path is the slash-separated path inside the archive or folder, or the
	// base name of a loose file.
	Path string
	// Kind is what an importer's Detect said the file holds.
	Kind string
	// Size is the uncompressed size the archive declares (or the file size).
	Size int64

	// given is the path the user gave, when it is not Input: the folder
	// that holds the archive Input.
	given string
	// made is the day a zip entry was written, as the network's archive
	// dates it; zero for files of folders and loose files, whose dates a
	// copy changes (see Coverage.Made).
	made     audit.Date
	crc      uint32 // the CRC-32 a zip entry declares, when hasCRC
	hasCRC   bool
	display  string // overrides String, for loose files
	progress *Progress
	stats    *Stats
	open     func() (io.ReadCloser, error)
	limit    int64
	// onDisk: open reads a file of its own, not a zip's entry, so that
	// reading it once more costs little (see lineBound).
	onDisk bool

	// after and afterUnix are the last day, and its last second, not
	// counted late (see Options.After); late counts the records read
	// dated after it, the latest of them on latest (see File.dated). A
	// file is read by one goroutine: no atomics.
	after     audit.Date
	afterUnix int64
	late      int
	latest    audit.Date

	// slashDates counts LinkedIn Connected On dates a spreadsheet re-saved
	// in numbers (5/3/2024), read month first; dayOver12 is set once one
	// has a day after the 12th, which tells the order (see
	// Stats.MonthFirst).
	slashDates int
	dayOver12  bool
}

// ownerSource names the export an owner file says whose it is, or that
// holds a list, for a refusal: the zip as given (the file the person moves
// away), else the file itself (not the folder given, which may hold
// another export too).
func (f *File) ownerSource() string {
	if isZip(f.Input) {
		return f.Input
	}
	return f.String()
}

// arg returns the path the user gave that holds the file.
func (f *File) arg() string {
	if f.given != "" {
		return f.given
	}
	return f.Input
}

// loose reports whether f is a file given by name, not an entry of a
// zip or a file of a folder given: only such a file is shown as the path
// given (see Inputs.add).
func (f *File) loose() bool {
	return f.given == "" && f.display == f.Input
}

// Name returns the path components after the last slash.
func (f *File) Name() string { return path.Base(f.Path) }

// String names the file for messages and the source column:
// "export.zip!data/following.js", "folder/Connections.csv" or the loose file.
func (f *File) String() string {
	if f.display != "" {
		return f.display
	}
	if f.Input == "" {
		return f.Path
	}
	if isZip(f.Input) {
		return f.Input + "!" + f.Path
	}
	return strings.TrimSuffix(f.Input, "/") + "/" + f.Path
}

// ErrTooBig is wrapped by errors about entries larger than the limit.
var ErrTooBig = errors.New("larger than the size limit")

// An Error is a problem at a known place in an export file.
type Error struct {
	File   string // as File.String
	Line   int    // 1-based line, 0 when unknown
	Offset int64  // byte offset, used when Line is 0; -1 when unknown
	Err    error
}

func (e *Error) Error() string {
	switch {
	case e.Line > 0:
		return fmt.Sprintf("%s: line %d: %v", e.File, e.Line, e.Err)
	case e.Offset >= 0:
		return fmt.Sprintf("%s: byte %d: %v", e.File, e.Offset, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// errorf returns an *Error for f with no position.
func errorf(f *File, format string, args ...any) error {
	return &Error{File: f.String(), Offset: -1, Err: fmt.Errorf(format, args...)}
}

// lineErrorf returns an *Error for f at a line.
func lineErrorf(f *File, line int, format string, args ...any) error {
	return &Error{File: f.String(), Line: line, Err: fmt.Errorf(format, args...)}
}

// excerptBytes is how much of a value quoteExcerpt shows.
const excerptBytes = 40

// quoteExcerpt quotes s for a one-line message (a line break shows as \n),
// cut at a rune boundary to at most 40 bytes and followed by "…" when
// longer.
func quoteExcerpt(s string) string {
	if cut, ok := cutAt(s, excerptBytes); ok {
		return strconv.Quote(cut) + "…"
	}
	return strconv.Quote(s)
}

// excerpt returns s for a message, cut at a rune boundary to at most limit
// bytes and followed by "…" when longer: a damaged file can hold a field
// thousands of lines long.
func excerpt(s string, limit int) string {
	if cut, ok := cutAt(s, limit); ok {
		return cut + "…"
	}
	return s
}

// cutAt returns s cut at a rune boundary to at most limit bytes, and
// whether anything was cut.
func cutAt(s string, limit int) (string, bool) {
	if len(s) <= limit {
		return s, false
	}
	cut := limit
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut], true
}

// HoldsKey reports whether the exports hold every list an account of the
// network with that id may be on, as far as the id tells: on LinkedIn the
// file of its kind (company. ids come from Company Follows.csv, follow.
// ids from Member_Follows.csv, the others from Connections.csv); on
// Facebook its friends and its follows; elsewhere the list followed. A key
// the exports could not hold is no typo for being in none of them.
func (c Coverage) HoldsKey(network, id string) bool {
	has := func(kind string) bool { return slices.Contains(c.kinds[network], kind) }
	switch network {
	case audit.LinkedIn:
		switch {
		case strings.HasPrefix(id, "company."):
			return has(liCompanyFollows)
		case strings.HasPrefix(id, "follow."):
			return has(liMemberFollows)
		}
		return has(liConnections)
	case audit.Facebook:
		return c.Has(network, audit.Friend) && c.Has(network, audit.Following)
	case audit.YouTube:
		return c.Has(network, audit.Subscription)
	}
	return c.Has(network, audit.Following)
}

// HeldKeyBy is HoldsKey for exports whose files of the network were of
// the kinds lists (audit.RunStat.Lists, "connections member_follows"):
// whether the run that read them held every list an account of that id
// may be on. An account not carried from it was followed in none of them.
func (c Coverage) HeldKeyBy(network, lists, id string) bool {
	covers := c.covers[network]
	kinds := strings.Fields(lists)
	if covers == nil || len(kinds) == 0 {
		return false
	}
	then := Coverage{lists: map[string]bool{}, kinds: map[string][]string{network: kinds}, covers: c.covers}
	for _, k := range kinds {
		for _, rel := range covers(k) {
			then.lists[network+":"+rel] = true
		}
	}
	return then.HoldsKey(network, id)
}

// ListKinds returns the Coverage of no export, which tells by the kinds
// of file a past run read (runs.csv's lists) which lists those were
// (ReadListOf, HeldKeyBy): what a review without exports, or one given
// other exports than that run's, asks of the runs before it.
func ListKinds() Coverage {
	c := Coverage{covers: map[string]func(string) []string{}}
	for _, imp := range All() {
		if cv, ok := imp.(Coverer); ok {
			c.covers[imp.Network()] = cv.Covers
		}
	}
	return c
}

// ReadListOf reports whether a run whose files of the network were of the
// kinds lists (audit.RunStat.Lists, "connections") read the list an
// account of that relation and id is on: on LinkedIn, a followed member's
// or company's is the file of its kind (see HoldsFileOf); elsewhere any
// file of the relation's. A network of no kinds known reads every list.
func (c Coverage) ReadListOf(network, lists, relation, id string) bool {
	kinds := strings.Fields(lists)
	if network == audit.LinkedIn && relation == audit.Following {
		switch {
		case strings.HasPrefix(id, "company."):
			return slices.Contains(kinds, liCompanyFollows)
		case strings.HasPrefix(id, "follow."):
			return slices.Contains(kinds, liMemberFollows)
		}
	}
	covers := c.covers[network]
	if covers == nil {
		return true
	}
	for _, k := range kinds {
		if slices.Contains(covers(k), relation) {
			return true
		}
	}
	return false
}

// HoldsFileOf reports whether the id tells which file of a list read from
// several an account is in, and these exports have that file: on
// LinkedIn, an id "company.…" is in Company Follows.csv, an id "follow.…"
// in Member_Follows.csv. A list held in part (Partial) still covers such an
// account: a company unfollowed is gone from a Company Follows.csv given
// without Member_Follows.csv. Facebook's Pages file and its follows file
// give ids alike: there the id cannot tell.
func (c Coverage) HoldsFileOf(network, id string) bool {
	if network != audit.LinkedIn {
		return false
	}
	has := func(kind string) bool { return slices.Contains(c.kinds[network], kind) }
	switch {
	case strings.HasPrefix(id, "company."):
		return has(liCompanyFollows)
	case strings.HasPrefix(id, "follow."):
		return has(liMemberFollows)
	}
	return false
}

// sameList reports whether two kinds of the network's files are one list
// in two eras' formats, which replace each other rather than add up: a
// YouTube Takeout gives subscriptions.json or, since, subscriptions.csv.
func sameList(network, a, b string) bool {
	return network == audit.YouTube && a != b && (a == ytCSV || a == ytJSON) && (b == ytCSV || b == ytJSON)
}

// kindFiles are the usual names of the files of the kinds that share a
// relation with another kind (see Coverage.Partial), for messages.
var kindFiles = map[string]string{
	"facebook/following":       "who_you've_followed.json",
	"facebook/pages":           "pages_and_profiles_you_follow.json",
	"linkedin/member_follows":  "Member_Follows.csv",
	"linkedin/company_follows": "Company Follows.csv",
}

// KindFile returns the usual name of a file of the network's kind, or the
// kind itself.
func KindFile(network, kind string) string {
	if f, ok := kindFiles[network+"/"+kind]; ok {
		return f
	}
	return kind
}
