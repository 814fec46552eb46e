package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// readPendingGuesses reads audit.PendingGuessesFile: none where there is
// none.
func readPendingGuesses(ws *workspace.Workspace) (gs []audit.PendingGuess, had bool, err error) {
	f, ok, err := ws.OpenFile(audit.PendingGuessesFile)
	if err != nil || !ok {
		return nil, false, err
	}
	defer f.Close()
	gs, err = audit.ReadPendingGuesses(f, ws.Path(audit.PendingGuessesFile))
	return gs, true, err
}

// pendingGuesses returns the guesses an earlier audit made about an
// account gone ("renamed? instagram:noor.h is new, ...", see
// audit.Change.Hinted) that the person has not acted on, to be said
// again (said, as changes: the row's name in Name, the guess in Note),
// and what audit.PendingGuessesFile holds after this run (next): the
// guesses of kept (the file as read) still pending, and the ones this
// run's changes make that are not acted on already.
//
// changes.csv says a guess once, on the run that finds the account gone;
// the runs after it are compared with that one, which no longer lists
// it, and say nothing more, while the row of the account gone keeps
// notes about an account followed nowhere and the new account stands on
// unfollow.csv as someone unknown. A guess is pending while:
//   - a ledger row lists the account gone, and its notes keep an account
//     of its network;
//   - no account of that network on that row is followed (the person did
//     not move the new key onto it);
//   - one of the new accounts is still followed, and none of them is on
//     that row or the gone account's person, has a row with notes (a note
//     that it is someone else will do), is decided otherwise than unknown,
//     or is on a row other than the one it had when the guess was made
//     (the person split it off: see audit.CompareGrouped). A key on no
//     row (its row deleted) is not split off: the run gives it a row
//     again, whose id the guess then holds.
//
// A guess a year old is dropped without a word (see
// audit.PendingGuess.Expired); one this run's changes make again is
// theirs to say, and its record is this run's. Only the keys the file
// and the changes name are looked up: in the ledger's table of keys
// (known, the ledger as read) and, by network and id, among the accounts
// followed (items), with no key made of each. With nothing in the file
// and no guess made, nothing is looked at.
//
// An account of a list these exports lack is carried (carried, nil for
// none): followed still as far as anything tells, but not judged by this
// run, which lists it nowhere. A guess whose new accounts still pending
// are all carried is kept as it was, not said (the note would point to
// unfollow.csv, which leaves them out), and said again by the next run
// given the export that holds them; dropped, it would be lost for a
// quarter given the other networks' exports alone.
func pendingGuesses(kept []audit.PendingGuess, changes []audit.Change, items []audit.Item, carried func(key string) bool, known *audit.Known, rules audit.Rules, rowName func(*audit.LedgerRow) string) (said []audit.Change, next []audit.PendingGuess) {
	var made []audit.PendingGuess
	for i := range changes {
		if g, ok := audit.GuessOf(&changes[i], rules.AsOf); ok {
			made = append(made, g)
		}
	}
	if len(kept) == 0 && len(made) == 0 {
		return nil, nil
	}
	// The keys looked up among the accounts followed: the new accounts,
	// and the accounts of the gone one's network on its row.
	var keys []string
	for _, gs := range [][]audit.PendingGuess{made, kept} {
		for i := range gs {
			keys = append(keys, gs[i].New...)
			keys = append(keys, sameNetwork(known.RowOf(gs[i].Gone), gs[i].Gone)...)
		}
	}
	followed := followedItems(items)(keys)
	var fresh []audit.PendingGuess // the guesses this run makes, after the older ones
	for _, g := range made {
		g.NewPersons = make([]string, len(g.New))
		for i, k := range g.New {
			if it := followed[k]; it != nil && it.Person != nil {
				g.NewPersons[i] = it.Person.ID
			} else {
				g.NewPersons[i] = "-" // not followed: never looked at again
			}
		}
		if keep, _ := pendingGuess(&g, known, rules, followed, carried, false); keep {
			fresh = append(fresh, g)
		}
	}
	// The accounts gone of the guesses made again (a rerun that day makes
	// every one its first run made): a set, not a walk of made per guess
	// kept, which at 10,000 guesses was 10,000 * 10,000 comparisons.
	var remade map[string]bool
	if len(kept) > 0 && len(made) > 0 {
		remade = make(map[string]bool, len(made))
		for i := range made {
			remade[made[i].Gone] = true
		}
	}
	for _, g := range kept {
		if remade[g.Gone] || g.Expired(rules.AsOf) {
			continue
		}
		keep, say := pendingGuess(&g, known, rules, followed, carried, true)
		if !keep {
			continue
		}
		next = append(next, g)
		if !say {
			continue
		}
		network, id, _ := strings.Cut(g.Gone, ":")
		said = append(said, audit.Change{PersonID: g.PersonID, Network: network, ID: id, Name: rowName(known.RowOf(g.Gone)),
			Note: g.Guess, Hinted: strings.Join(g.New, " ")})
	}
	return said, append(next, fresh...)
}

// sameNetwork returns the keys of r (nil for none) of the network of
// key.
func sameNetwork(r *audit.LedgerRow, key string) []string {
	if r == nil {
		return nil
	}
	network, _, _ := strings.Cut(key, ":")
	var out []string
	for k := range r.Accounts() {
		if n, _, _ := strings.Cut(k, ":"); n == network {
			out = append(out, k)
		}
	}
	return out
}

// pendingGuess reports whether the person has not acted on g (keep, see
// pendingGuesses), followed holding the accounts followed among the keys
// g names, and whether this run can say so (say: a new account still
// pending is among them, not only carried, see pendingGuesses); split
// says whether a new account on a row other than the one it had then
// counts as acted on (not for a guess this run makes).
func pendingGuess(g *audit.PendingGuess, known *audit.Known, rules audit.Rules, followed map[string]*audit.Item, carried func(string) bool, split bool) (keep, say bool) {
	isCarried := func(k string) bool { return carried != nil && carried(k) }
	r := known.RowOf(g.Gone)
	if r == nil {
		return false, false // the key taken off every row
	}
	network, _, _ := strings.Cut(g.Gone, ":")
	if !rules.Decide(network, r.Notes()).Keep {
		return false, false // notes that no longer keep it
	}
	for _, k := range sameNetwork(r, g.Gone) {
		if followed[k] != nil || isCarried(k) {
			return false, false // a key of that network on the row followed: moved
		}
	}
	for i, k := range g.New {
		nr := known.RowOf(k)
		it := followed[k]
		switch {
		case it != nil && it.Person != nil:
			if it.Person.ID == g.PersonID || it.Decision.Rule != audit.RuleUnknown {
				return false, false
			}
			say = true
		case isCarried(k):
			// Not judged by this run: the ledger's row tells what the
			// person did.
			if id, _ := known.PersonID(k); id == g.PersonID {
				return false, false
			}
		default:
			continue // no longer followed
		}
		if nr == r || nr != nil && nr.Notes().Reviewed() {
			return false, false
		}
		switch {
		case !split:
		case nr == nil:
			// Its row deleted, the key on no row: no act on the guess,
			// as the run gives the account a row of its own again,
			// unknown (the merge would have joined it to the row of the
			// notes, checked above, or another: it.Person.ID then is not
			// the id the guess knew it by, and it is said again under
			// that row). The guess follows the row it has now; a copy,
			// not the guess as read, which the caller compares with.
			if it != nil && it.Person != nil && it.Person.ID != g.NewPersons[i] {
				g.NewPersons = slices.Clone(g.NewPersons)
				g.NewPersons[i] = it.Person.ID
			}
		default:
			if id, _ := known.PersonID(k); id != g.NewPersons[i] {
				return false, false // on another row than it was then: split off
			}
		}
		keep = true
	}
	return keep, say
}

// pendingNote names the guesses earlier audits made that the person has
// not acted on (pendingGuesses), each with the name of the row of the
// account gone (Name) and the guess as changes.csv said it; "" for none.
func pendingNote(pending []audit.Change) string {
	if len(pending) == 0 {
		return ""
	}
	var list []string
	for _, c := range pending[:min(len(pending), 3)] {
		key := c.Network + ":" + c.ID
		list = append(list, fmt.Sprintf("%s (%s): %s", cmp.Or(strings.TrimSpace(c.Name), key), key, c.Note))
	}
	what := strings.Join(list, "; ")
	if len(pending) > 3 {
		what += fmt.Sprintf("; and %s more", audit.Thousands(len(pending)-3))
	}
	who := "1 guess an earlier audit made about an account gone is not acted on yet"
	if len(pending) > 1 {
		who = fmt.Sprintf("%s guesses earlier audits made about accounts gone are not acted on yet", audit.Thousands(len(pending)))
	}
	return who + ": " + what + ". Until you put the new key on the row of your notes, or write on the new account's own row (a note that it is someone else will do), your notes keep an account followed nowhere and the new one is on unfollow.csv as someone you do not know; this reminder comes back at each audit till then."
}

// samePendingGuess reports whether a and b are the same row of
// audit.PendingGuessesFile.
func samePendingGuess(a, b audit.PendingGuess) bool {
	return a.AsOf == b.AsOf && a.PersonID == b.PersonID && a.Gone == b.Gone && a.Guess == b.Guess &&
		slices.Equal(a.New, b.New) && slices.Equal(a.NewPersons, b.NewPersons)
}
