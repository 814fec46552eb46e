package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/importers"
	"github.com/unfollow-audit/unfollow-audit/internal/printable"
)

// The checks that exports given to a workspace are its person's, made by
// audit and by review with exports before either writes a cell: another
// person's accounts would land in the ledger, and the workspace's own
// look gone. override says how the person tells the command they are
// theirs ("run again with --same-person").

// otherOwner refuses exports whose archive names another account than the
// workspace's last (see audit.OtherOwner). Twitter/X's archive gives the
// account's id, which a new handle keeps; Instagram's export names its
// owner by the username alone, and LinkedIn's by the name: a renamed
// account, or a person's new name, is the same person, and the message
// says so, and how to go on.
//
// Where several networks' exports name another owner, all are named: the
// override takes them all, and one named alone (a LinkedIn name changed)
// had the person add it for that one while another network's export,
// another person's, went into the workspace unseen.
//
// An export of a network whose owner the workspace does not know yet (a
// network added, or an Instagram export with its personal information
// for the first time) is refused where its owner shares no name with the
// owners of the workspace's other networks (audit.StrangeOwners): given
// beside the person's own exports, another person's went in unseen, as
// only a network given alone was refused (otherNetworks). People go by
// other names on other networks, so the names are compared leniently
// (audit.SharesName), and the message says how to go on.
//
// Where the workspace knows no owner (a first audit), the exports given
// are compared with each other (audit.ApartOwners, see apartOwners).
func otherOwner(dir string, owners, current []audit.Owner, override string) error {
	if apart, rest := audit.ApartOwners(owners, current); len(apart) > 0 {
		return apartOwners(dir, apart, rest, override)
	}
	wasAll, isAll := audit.OtherOwners(owners, current)
	strange, known := audit.StrangeOwners(owners, current)
	// Named as printed: on one line (see shown).
	for _, os := range [][]audit.Owner{wasAll, isAll, strange, known} {
		for i := range os {
			os[i] = shown(os[i])
		}
	}
	if n := len(isAll) + len(strange); n > 1 {
		var each []string
		for k, is := range isAll {
			each = append(each, fmt.Sprintf("%s%s %s, the workspace's %s", audit.NetworkTitle(is.Network), from(is), ownerText(is), ownerText(wasAll[k])))
		}
		for _, s := range strange {
			each = append(each, fmt.Sprintf("%s%s %s, sharing no name with the workspace's %s", audit.NetworkTitle(s.Network), from(s), strangerText(s), audit.Whose(known)))
		}
		all := fmt.Sprintf("all %d", n)
		if n == 2 {
			all = "both"
		}
		why := "an account renamed, a new name"
		if len(strange) > 0 {
			why += ", another name on another network"
		}
		return fmt.Errorf("workspace %s: these exports name other owners than the workspace's on %d networks (%s): audit each person in a workspace of their own (--workspace); --same-person takes %s as this workspace's: only if each is yours (%s), %s",
			dir, n, strings.Join(each, "; "), all, why, override)
	}
	if len(strange) == 1 {
		s := strange[0]
		return fmt.Errorf("workspace %s: these %s exports%s are %s, who shares no name with the workspace's owner, %s: audit each person in a workspace of their own (--workspace); if %s is yours too (you go by another name on %s), %s",
			dir, audit.NetworkTitle(s.Network), from(s), strangerText(s), audit.Whose(known), s.Name, audit.NetworkTitle(s.Network), override)
	}
	if len(isAll) == 0 {
		return nil
	}
	was, is := wasAll[0], isAll[0]
	title := audit.NetworkTitle(is.Network)
	switch is.Network {
	case audit.Instagram:
		return fmt.Errorf("workspace %s: these %s exports%s are %s's, the workspace's were %s's: audit each person in a workspace of their own (--workspace); if %s is your account renamed %s (the export names its owner by the username alone, so a rename looks like another person), or both are yours, %s",
			dir, title, from(is), is.Name, was.Name, was.Name, is.Name, override)
	case audit.LinkedIn:
		return fmt.Errorf("workspace %s: these %s exports%s are %s's, the workspace's were %s's: audit each person in a workspace of their own (--workspace); if you changed your %s name from %s to %s (the export names its owner by the name alone, so a new name looks like another person), or both are yours, %s",
			dir, title, from(is), is.Name, was.Name, title, was.Name, is.Name, override)
	}
	return fmt.Errorf("workspace %s: these %s exports%s are %s's (account %s), the workspace's were %s's (account %s): audit each person in a workspace of their own (--workspace); if both are yours, %s",
		dir, title, from(is), is.Name, is.ID, was.Name, was.ID, override)
}

// apartOwners refuses the exports of one run, given to a workspace that
// knows no owner, whose owners share no name (apart, see
// audit.ApartOwners) with the others' (rest): two clients' exports given
// together, each of its own network, went into one ledger unseen. Each
// is named with its file, to move away; the override takes them all.
func apartOwners(dir string, apart, rest []audit.Owner, override string) error {
	question := apartQuestion(apart, rest)
	if len(rest) == 0 {
		all, why := "all are", "you go by other names on other networks"
		if len(apart) == 2 {
			all, why = "both are", "you go by another name on another network"
		}
		return fmt.Errorf("workspace %s: %s Audit each person in a workspace of their own (--workspace); if %s yours (%s), %s",
			dir, question, all, why, override)
	}
	o := shown(apart[0])
	return fmt.Errorf("workspace %s: %s Audit each person in a workspace of their own (--workspace); if %s is yours too (you go by another name on %s), %s",
		dir, question, o.Name, audit.NetworkTitle(o.Network), override)
}

// apartQuestion names the exports of one run whose owners share no name
// (apart, see audit.ApartOwners) and the others' (rest), each with its
// file, and asks whether they are several people's: "the LinkedIn export
// (….zip) is Ann Client's and the Twitter/X export (….zip) @bob_k's (Bob
// King), who share no name: are they two people's?".
func apartQuestion(apart, rest []audit.Owner) string {
	var each, others []string
	for k, o := range apart {
		o = shown(o)
		is := " is"
		if k > 0 {
			is = ""
		}
		each = append(each, fmt.Sprintf("the %s export%s%s %s", audit.NetworkTitle(o.Network), from(o), is, strangerText(o)))
	}
	for _, o := range rest {
		o = shown(o)
		where := audit.NetworkTitle(o.Network)
		if o.Source != "" {
			where += ", " + o.Source
		}
		others = append(others, fmt.Sprintf("%s (%s)", o.Name, where))
	}
	if len(rest) == 0 {
		n := map[int]string{2: "two", 3: "three"}[len(apart)]
		if n == "" {
			n = fmt.Sprint(len(apart))
		}
		return fmt.Sprintf("%s, who share no name: are they %s people's?", audit.AndList(each), n)
	}
	// Of the three networks whose exports name their owner, one alone
	// can share no name with the others, which share one.
	return fmt.Sprintf("%s, who shares no name with the owners of the other exports, %s: are they two people's?", audit.AndList(each), audit.AndList(others))
}

// withOwner is the refusal of exports that name another owner than the
// workspace's (ownerErr, nil for none) and whose lists look like another
// person's (listsErr, from foreignLists), in one line. The owner's is
// held until the lists are judged: a person told only that their
// LinkedIn export names another name (a name changed) would give
// --same-person for that, and let in, unseen, another person's list on
// a network whose export names no owner.
func withOwner(ownerErr, listsErr error, dir string) error {
	if ownerErr == nil {
		return listsErr
	}
	return fmt.Errorf("%v. Besides, %s", ownerErr, strings.TrimPrefix(listsErr.Error(), "workspace "+dir+": "))
}

// foreignLists refuses exports whose lists look like another person's
// (see audit.ForeignLists), judged against the last run's decisions
// (judged, and changes since) and the ledger as it is now, in one line:
// the first such list, the others, and what to do. Each list is named
// with the exports it was read from (coverage.Exports): in a download
// folder of several clients' files, every Takeout is a takeout-….zip and
// every Mastodon follows file a following_accounts.csv, and the person
// must know which to move away.
func foreignLists(dir string, rules audit.Rules, ledger *audit.Ledger, known *audit.Known, judged []audit.Past, items []audit.Item, changes []audit.Change, coverage importers.Coverage, override string) error {
	keeps := func(network, id string) bool {
		id, ok := known.PersonID(network + ":" + id)
		if !ok {
			return false
		}
		// Not Row, which makes the new people's rows: the ledger is being
		// written on another goroutine (a person new this run has no
		// notes to keep them by anyway).
		r := ledger.RowNow(id)
		return r != nil && rules.Decide(network, r.Notes()).Keep
	}
	foreign := audit.ForeignLists(judged, items, changes, keeps)
	if len(foreign) == 0 {
		return nil
	}
	for i := range foreign {
		for _, e := range coverage.Exports(foreign[i].Network) {
			foreign[i].Exports = append(foreign[i].Exports, printable.Line(e))
		}
	}
	more := ""
	if n := len(foreign) - 1; n > 0 {
		lists := "lists"
		if n == 1 {
			lists = "list"
		}
		others := make([]string, n)
		for i, l := range foreign[1:] {
			others[i] = audit.NetworkTitle(l.Network) + " " + l.Relation
			if len(l.Exports) > 0 {
				others[i] += ", " + audit.AndList(l.Exports)
			}
		}
		more = fmt.Sprintf(", and %s more %s like it (%s)", audit.Thousands(n), lists, strings.Join(others, "; "))
	}
	if l := foreign[0]; l.Tied {
		// Friends or connections, which unfollowing keeps: not the
		// person's own list after unfollowing all of it. Judged so only
		// where most of it is new too (see audit.ForeignList.Tied): the
		// person's own is one they removed most of and made more since.
		removed, made := "friends", "friended"
		if l.Relation == audit.Connection {
			removed, made = "connections", "connected with"
		}
		return fmt.Errorf("workspace %s: %v%s: unfollowing keeps friends and connections on these lists, so a list that keeps so few of them and holds so many new is another person's: audit each person in a workspace of their own (--workspace); if these are yours (you removed those %s, and %s these since), %s", dir, l, more, removed, made, override)
	}
	if !foreign[0].Sure {
		// Nothing in common, and nothing the last run kept to tell by.
		return fmt.Errorf("workspace %s: %v%s: if you unfollowed all of those and followed these since, %s; if these exports are another person's, audit them in a workspace of their own (--workspace)", dir, foreign[0], more, override)
	}
	return fmt.Errorf("workspace %s: %v%s: are these exports another person's? Audit each person in a workspace of their own (--workspace); if they are yours, %s (if the network changed every account's id, the ledger's notes will not follow them: put the new ids on their rows)", dir, foreign[0], more, override)
}

// otherNetworks refuses exports of none of the networks the workspace's
// audits read (runs, the figures in runs.csv): with no list in common,
// nothing tells whose they are, and a client's exports given to another
// client's workspace went into that ledger without a word, the
// workspace's own lists carried as if this quarter's exports left them
// out. A person's first export of a network new to them, given alone,
// needs override.
//
// A network an audit read a list of no account from (a Twitter/X archive
// whose following.js is empty) has no row in runs.csv, but its owner, where
// its export names one, is in owners (history/owners.csv): an export of it
// that names an owner is of one of the workspace's networks, and its owner
// is the workspace's or otherOwner refuses it. A network whose export names
// no owner (Facebook, YouTube, Mastodon) leaves nothing to tell by.
//
// runs holds every row of runs.csv, lastRun the last run whose history
// file is in the workspace: the rows of the runs after it, undone by
// deleting their history file, are not of the networks the audits read.
// owners.csv is not undone with them: an owner of a network such a run
// read may be its, taken as the workspace's by the --same-person the undo
// took back (another person's archive given by mistake), and admits no
// export.
func otherNetworks(dir string, runs []audit.RunStat, lastRun string, owners, current []audit.Owner, c importers.Coverage, override string) error {
	undone := map[string]bool{}
	for _, r := range runs {
		if lastRun == "" || audit.RunBefore(lastRun, r.Run) {
			undone[r.Network] = true
		}
	}
	runs = runsUpTo(runs, lastRun)
	for _, o := range owners {
		if !undone[o.Network] && c.HasNetwork(o.Network) && slices.ContainsFunc(current, func(n audit.Owner) bool { return n.Network == o.Network }) {
			return nil
		}
	}
	var had []string
	for _, r := range runs {
		if c.HasNetwork(r.Network) {
			return nil
		}
		if !slices.Contains(had, r.Network) {
			had = append(had, r.Network)
		}
	}
	if len(had) == 0 {
		return nil // no audit yet
	}
	slices.Sort(had)
	return fmt.Errorf("workspace %s: these exports are of none of the networks its audits read (%s): are they another person's? Audit each person in a workspace of their own (--workspace); if they are yours (a network you add), %s",
		dir, strings.Join(had, ", "), override)
}

// shown returns o with its names, id and source as a refusal prints them,
// on one line (printable.Line): an export's names are as its owner wrote
// them, and history/owners.csv, edited by hand, may hold anything.
func shown(o audit.Owner) audit.Owner {
	o.Name, o.Display = printable.Line(strings.TrimSpace(o.Name)), printable.Line(strings.TrimSpace(o.Display))
	o.ID, o.Source = printable.Line(o.ID), printable.Line(o.Source)
	return o
}

// ownerText names an owner as otherOwner's refusal does: "@dave's
// (account 3002)" on Twitter/X, whose archive gives the id, else "Robin
// Smith's".
func ownerText(o audit.Owner) string {
	if o.Network == audit.Twitter {
		return fmt.Sprintf("%s's (account %s)", o.Name, o.ID)
	}
	return o.Name + "'s"
}

// strangerText names an owner of a network the workspace knows no owner
// of, with the display name the export gives beside the handle:
// "@synth.owner's (Synth Owner)".
func strangerText(o audit.Owner) string {
	if o.Display != "" && o.Display != o.Name {
		return fmt.Sprintf("%s's (%s)", o.Name, o.Display)
	}
	return o.Name + "'s"
}

// from names the export an owner was read from, " (twitter-….zip)", for
// a refusal: in a downloads folder of several people's zips, the one to
// move away.
func from(o audit.Owner) string {
	if o.Source == "" {
		return ""
	}
	return " (" + o.Source + ")"
}
