package audit

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// PendingGuessesFile holds, in the workspace, the "renamed?" guesses
// (and the hints of several new accounts, see Change.Hinted) audits made
// about an account gone whose row's notes keep it, and that the person
// has not acted on yet: changes.csv says a guess once, on the run that
// finds the account gone, and the runs after it are compared with that
// one, which no longer lists it. Each audit reads the file, says again
// the guesses not acted on, and writes it back without the ones acted on
// (or a year old, see PendingGuess.Expired) and with its own new ones,
// in the same transaction as its other files, and only where it
// changes. It holds reminders only: deleted, nothing but the reminders
// of the guesses in it is lost.
const PendingGuessesFile = "history/pending-guesses.csv"

// PendingGuessColumns is the header of PendingGuessesFile: the day of
// the audit that made the guess, the person id of the row of the account
// gone, its key, the keys of the new accounts the guess names and the
// person ids they had then (each separated by spaces, in the same order),
// and the guess as changes.csv said it.
var PendingGuessColumns = []string{"as_of", "person_id", "gone", "new", "new_person_ids", "guess"}

// A PendingGuess is a row of PendingGuessesFile.
type PendingGuess struct {
	AsOf       Date     // the day of the audit that made the guess
	PersonID   string   // the person id of the row of the account gone
	Gone       string   // the key of the account gone
	New        []string // the keys of the new accounts the guess names
	NewPersons []string // per key of New: the person id it had then
	Guess      string   // the guess's words ("renamed? instagram:noor.h is new, ...")
}

// PendingGuessYears is how long a guess not acted on is said again: a
// year, four quarterly audits. An audit a year or more after the one
// that made it drops it without a word (see Expired).
const PendingGuessYears = 1

// Expired reports whether the guess is too old to be said again on the
// audit of day asOf: made a year or more before it.
func (g *PendingGuess) Expired(asOf Date) bool {
	return asOf >= DateOf(g.AsOf.Time().AddDate(PendingGuessYears, 0, 0))
}

// WritePendingGuesses writes gs, one row each: PendingGuessesFile.
func WritePendingGuesses(w io.Writer, gs []PendingGuess) error {
	cw := newCSVWriter(w)
	if err := cw.Write(PendingGuessColumns...); err != nil {
		return err
	}
	for _, g := range gs {
		if err := cw.Write(g.AsOf.String(), g.PersonID, g.Gone, strings.Join(g.New, " "), strings.Join(g.NewPersons, " "), g.Guess); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// ReadPendingGuesses reads a file WritePendingGuesses wrote (a byte
// order mark and CRLF line ends are accepted). An error names the file
// (name), the line and what was expected, and says to delete it. A file
// written by a newer version, with columns after these, is a
// *NewerError: the audit writes it back where a guess is acted on, made
// or a year old, with this version's columns alone, losing the newer
// ones.
func ReadPendingGuesses(r io.Reader, name string) ([]PendingGuess, error) {
	var out []PendingGuess
	const advice = "delete it: it only reminds you of guesses about renamed accounts that earlier audits made (changes.csv said them)"
	err := readTable(r, name, "a record of guesses about accounts gone", PendingGuessColumns, nil, stopNewer, advice, func(rec []string, line int) error {
		day, err := ParseDate(rec[0])
		news, persons := strings.Fields(rec[3]), strings.Fields(rec[4])
		ok := err == nil && day.String() == rec[0] && rec[1] != "" && isKeyCell(rec[2]) && len(news) > 0 &&
			len(news) == len(persons) && !slices.ContainsFunc(news, func(k string) bool { return !isKeyCell(k) }) && rec[5] != ""
		if !ok {
			return fmt.Errorf("%s: line %d: want a day (YYYY-MM-DD), a person id, the key gone, the new keys and as many person ids, and the guess: the file is damaged: %s", name, line, advice)
		}
		out = append(out, PendingGuess{AsOf: day, PersonID: rec[1], Gone: rec[2], New: news, NewPersons: persons, Guess: rec[5]})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// isKeyCell reports whether s is an account key, network:id.
func isKeyCell(s string) bool {
	network, id, ok := strings.Cut(s, ":")
	return ok && network != "" && id != "" && strings.TrimSpace(s) == s
}

// GuessOf returns the guess a change makes about an account gone whose
// new accounts it names (Hinted), as PendingGuessesFile keeps it: of the
// audit of day asOf, with its words from the guess on (a gone row's note
// starts with what it says of the account itself). The person ids of
// the new accounts are for the caller to fill in. ok is false for a
// change that makes none.
func GuessOf(c *Change, asOf Date) (g PendingGuess, ok bool) {
	if c.Hinted == "" || c.Kind != ChangeGone && c.Kind != ChangeReplaced {
		return g, false
	}
	words := c.Note
	if c.Kind == ChangeGone {
		if _, h, ok := strings.Cut(words, "; "); ok {
			words = h
		}
	}
	return PendingGuess{AsOf: asOf, PersonID: c.PersonID, Gone: c.Network + ":" + c.ID, New: strings.Fields(c.Hinted), Guess: words}, true
}
