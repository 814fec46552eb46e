package audit

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// A Batch is one day's share of a network's unfollow list: platforms
// throttle, and may lock, accounts that unfollow hundreds a day.
type Batch struct {
	Network string
	Num     int // 1-based
	Items   []Item
	// namesakes marks the items that share their network and name with
	// another item of the run, in this batch or not (see hasNamesake);
	// nil where none does.
	namesakes []bool
}

// Name is the batch's file name: unfollow-<network>-01.csv, ...
func (b *Batch) Name() string { return fmt.Sprintf("unfollow-%s-%02d.csv", b.Network, b.Num) }

// IsBatchName reports whether name is one Batch.Name gives: the lists an
// earlier run split the unfollow list into, removed when a run does not
// write them again. Only those: "unfollow-facebook-01-done.csv" or
// "unfollow-2026-11-25.csv" are the person's own files.
func IsBatchName(name string) bool {
	rest, ok := strings.CutPrefix(name, "unfollow-")
	if !ok {
		return false
	}
	rest, ok = strings.CutSuffix(rest, ".csv")
	if !ok {
		return false
	}
	network, num, ok := strings.Cut(rest, "-")
	if !ok || !slices.Contains(KnownNetworks, network) || len(num) < 2 || strings.Trim(num, "0123456789") != "" {
		return false
	}
	// Name writes 01 to 99, then 100 on: no 00, no 001.
	return num != "00" && (len(num) == 2 || num[0] != '0')
}

// UnfollowBatches splits the unfollow items of each network, in their
// order, into batches of at most size. Mastodon's are left out where its
// keep list is the one to import (MastodonKeepUnfollows): that list,
// imported with Overwrite, unfollows them all in one go, and batches of
// them counted days of unfollowing no one does by hand. Past the import
// limit, or where the list keeps no one (the run warns against importing
// it), the person unfollows them by hand, and they are batched as the
// others.
func UnfollowBatches(items []Item, size int) []Batch {
	if size <= 0 {
		return nil
	}
	skipMastodon := MastodonKeepUnfollows(MastodonKeepRows(items))
	var out []Batch
	look := lookalikes(items)
	// Each network's batches counted as they are made: counted again
	// over the batches made so far, a list of 600,000 accounts in
	// batches of 10 took 21 s for the numbers alone.
	made := map[string]int{}
	for i := 0; i < len(items); {
		if !items[i].Decision.ToDo() || skipMastodon && items[i].Account.Network == Mastodon {
			i++
			continue
		}
		net := items[i].Account.Network
		made[net]++
		n := made[net]
		var batch []Item
		var namesakes []bool
		for ; i < len(items) && len(batch) < size && items[i].Account.Network == net; i++ {
			if items[i].Decision.ToDo() {
				if hasNamesake(items, i) || look[i] {
					if namesakes == nil {
						namesakes = make([]bool, min(size, len(items)))
					}
					namesakes[len(batch)] = true
				}
				batch = append(batch, items[i])
			}
		}
		out = append(out, Batch{net, n, batch, namesakes})
	}
	return out
}

// Days is how many days the batches take at one batch per network a day.
func Days(batches []Batch) int {
	days := 0
	for _, b := range batches {
		days = max(days, b.Num)
	}
	return days
}

// Mastodon's own follows file, the format of Preferences > Import and
// export; importing a file with Overwrite makes it the account's whole
// follow list.
var mastodonHeader = []string{"Account address", "Show boosts", "Notify on new posts", "Languages"}

// MastodonKeepFile is the name of the list WriteMastodonKeep writes in
// the workspace. It has the header of Mastodon's follows export, and the
// importer skips it by this name: found in a folder of exports, it would
// be read as the person's follows, and every account not kept counted as
// unfollowed.
const MastodonKeepFile = "mastodon-following-keep.csv"

// WriteMastodonKeep writes the Mastodon accounts to keep in Mastodon's own
// following_accounts.csv format, with each account's show-boosts, notify
// and languages settings as they were exported, and each cell empty where
// the export did not have it (an export from before Mastodon 4.0 has no
// notify and languages columns, the oldest no settings at all). Importing
// it in Mastodon with "Overwrite" unfollows everyone else: the network
// does the unfollowing, not this tool. A follow kept is followed again with
// the row's settings, and an empty cell (nil to Mastodon's importer) leaves
// its setting as it is, where "true" or "false" in its place would set it:
// boosts shown again, or notifications turned off, that the person had
// chosen otherwise.
//
// Each address is written as Mastodon's export writes it (see
// mastodonKeepAddress): an Overwrite import keeps a follow only where a
// row's address is, byte for byte, the account's user@domain as Mastodon
// stores it; any other follow it unfollows, and the row then follows the
// account anew (a request to approve again, where the account is locked).
//
// The file is for Mastodon's import, not a spreadsheet: its cells are
// written as the export had them, quoted as encoding/csv would but not
// neutralised (see Neutralize): Mastodon would read the apostrophe as part
// of the address. Mastodon's own addresses and settings never start like a
// formula; a cell that does (an address typed by hand, "-dash@…") is one
// the person wrote into their export, not one another account chose, and
// goes to Mastodon's import as they wrote it, for it to judge.
func WriteMastodonKeep(w io.Writer, items []Item) error {
	cw := newCSVWriter(w)
	if err := cw.Write(mastodonHeader...); err != nil {
		return err
	}
	for i := range items {
		it := &items[i]
		a := it.Account
		if !mastodonKept(it) {
			continue
		}
		// A setting the export did not have is written empty (see above).
		// A yes/no cell goes without the spaces the importer allows
		// around it ("bob@x.social, false" typed by hand): Mastodon's
		// importer does not strip them, and takes any value but a false
		// one for true, " false" too, turning the setting on.
		boosts, notify := strings.TrimSpace(a.Extra[ExtraShowBoosts]), strings.TrimSpace(a.Extra[ExtraNotify])
		langs := a.Extra[ExtraLanguages]
		if err := cw.writeAsIs(mastodonKeepAddress(a.Handle), boosts, notify, langs); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// mastodonKept reports whether WriteMastodonKeep writes a row for it.
func mastodonKept(it *Item) bool {
	return it.Account.Network == Mastodon && it.Decision.Keep
}

// MastodonImportRows is the most rows Mastodon imports from one file
// (ROWS_PROCESSING_LIMIT in its Form::Import): a file of more is refused
// as a whole, nothing followed or unfollowed.
const MastodonImportRows = 20000

// MastodonKeepUnfollows reports whether a keep list of rows rows is the
// way to unfollow the other Mastodon accounts: one Mastodon imports
// (within MastodonImportRows) that keeps someone. Imported with
// Overwrite, it then unfollows every Mastodon account not on it in one
// go. Past the limit Mastodon refuses it; one that keeps no one (a
// baseline's, the ledger not filled in for Mastodon) the run says not to
// import before the ledger keeps someone there, as it would unfollow
// every account followed there. In both the person unfollows them by
// hand, and they are counted and batched as any network's
// (docs/reaudit.md).
func MastodonKeepUnfollows(rows int) bool { return rows > 0 && rows <= MastodonImportRows }

// MastodonKeepRows returns the number of rows, header aside, that
// WriteMastodonKeep writes for items.
func MastodonKeepRows(items []Item) int {
	n := 0
	for i := range items {
		if mastodonKept(&items[i]) {
			n++
		}
	}
	return n
}

// mastodonKeepAddress returns the address handle (user@domain as the
// follows file wrote it, without its leading '@') as Mastodon's export
// writes it: the user part as written, and the domain in the form
// Mastodon stores it (its normalize_domain), lower-case and, for an
// internationalised domain, in its ASCII (xn--) form, as the id has it
// (MastodonDomain). Overwrite compares a row's address with each follow's
// stored one as strings: "ani_k@թութ.հայ" or "bob@Example.Social", from a
// file edited by hand or another server's software, would not match, and
// the account would be unfollowed and followed again. A domain the
// conversion refuses is written as it was: no server stores it. An
// address of the exporting server, without a domain, is written as it is.
func mastodonKeepAddress(handle string) string {
	user, domain, ok := strings.Cut(handle, "@")
	if !ok {
		return handle
	}
	if isASCII(domain) {
		if d := lowerASCII(domain); d != domain {
			return user + "@" + d
		}
		return handle
	}
	// As Mastodon converts it (IDNA2003: fußball.example is stored
	// fussball.example), not as the id does (see mastodonStoredIDNA).
	if d, ok := mastodonDomain(mastodonStoredIDNA, domain); ok {
		return user + "@" + d
	}
	return handle
}
