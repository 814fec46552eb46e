package audit

import (
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// DecisionColumns is the header of keep.csv and unfollow.csv.
var DecisionColumns = []string{"person_id", "network", "relation", "id", "name", "handle",
	"profile_url", "action", "rule", "reason"}

// WriteDecisions writes the items whose decision is keep (keep true) or
// unfollow, in the items' order. The profile_url column always holds a link
// that opens the account (see ProfileLink).
//
// Items must come in DecideAll's order, all of them (those of the other
// list too): the reason of an account that shares its network and name
// with another says what tells it apart (see hasNamesake).
func WriteDecisions(w io.Writer, items []Item, keep bool) error {
	return writeDecisions(w, items, keep, nil)
}

// WriteBatch writes the batch as WriteDecisions writes the unfollow list:
// its namesakes told apart as there, where the other is in another batch
// or on keep.csv.
func WriteBatch(w io.Writer, b *Batch) error {
	return writeDecisions(w, b.Items, false, b.namesakes)
}

// writeDecisions is WriteDecisions, where namesakes, unless nil, marks
// the items that have a namesake: nil, an item has one beside it.
func writeDecisions(w io.Writer, items []Item, keep bool, namesakes []bool) error {
	cw := newCSVWriter(w)
	if err := cw.Write(DecisionColumns...); err != nil {
		return err
	}
	var look map[int]bool
	if namesakes == nil {
		look = lookalikes(items)
	}
	for i := range items {
		it := &items[i]
		if it.Decision.Keep != keep || it.Decision.Unfollowed {
			continue
		}
		namesake := false
		if namesakes != nil {
			namesake = namesakes[i]
		} else {
			namesake = hasNamesake(items, i) || look[i]
		}
		if err := writeDecision(cw, it, namesake); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// hasNamesake reports whether item i shares its network and name with
// another of items (a name written otherwise but shown alike is
// lookalikes'), which come sorted by network and name (DecideAll's
// order): with the item before or after it, unless its link opens it
// alone (linkOfItsOwn). Their rows would be alike, the same name and
// the same search link (on Facebook, always), and the person
// could not tell which of them to unfollow, or keep; the other may be on
// the other list, as the network shows them both. A comparison or two
// of strings per row, most of them of different lengths, and no more
// memory: the million rows of a list need no map of their names.
func hasNamesake(items []Item, i int) bool {
	a := items[i].Account
	if a.Name == "" || linkOfItsOwn(a) { // known by its handle, or its link opens it alone
		return false
	}
	same := func(b *Account) bool { return b.Name == a.Name && b.Network == a.Network }
	return i > 0 && same(items[i-1].Account) || i+1 < len(items) && same(items[i+1].Account)
}

// linkOfItsOwn reports whether ProfileLink opens a alone: its profile
// address, a Twitter/X id or an Instagram username, a YouTube channel;
// not a search for its name (Facebook, LinkedIn follows and connections
// without an address), which shows its namesakes too.
func linkOfItsOwn(a *Account) bool {
	if a.urlOfID || a.ProfileURL != "" && profileURL(a.Network, a.ProfileURL) {
		return true
	}
	switch a.Network {
	case Twitter, YouTube:
		return true
	case Instagram:
		return a.Handle != ""
	}
	return false
}

// writeDecision writes the row of it in keep.csv or unfollow.csv; the
// reason of an item with a namesake says what tells it apart.
func writeDecision(cw *csvWriter, it *Item, namesake bool) error {
	a := it.Account
	cw.field(it.Person.ID)
	cw.buf = append(cw.buf, ',')
	cw.repeated(0, a.Network)
	cw.buf = append(cw.buf, ',')
	cw.repeated(1, a.Relation)
	for _, s := range [...]string{a.ID, a.Name, a.Handle} {
		cw.buf = append(cw.buf, ',')
		cw.field(s)
	}
	cw.buf = append(cw.buf, ',')
	if a.urlOfID {
		// ProfileLink's, in its two parts: no string made of each of a
		// million rows while the collector is paused.
		cw.scratch = append(append(cw.scratch[:0], LinkedInProfile...), a.ID...)
		cw.field(unsafe.String(unsafe.SliceData(cw.scratch), len(cw.scratch)))
	} else {
		cw.field(ProfileLink(a))
	}
	for i, s := range [...]string{it.Action(), it.Decision.Rule} {
		cw.buf = append(cw.buf, ',')
		cw.repeated(2+i, s)
	}
	cw.buf = append(cw.buf, ',')
	if namesake {
		cw.scratch = tellApart(append(cw.scratch[:0], it.Decision.Reason...), a)
		cw.field(unsafe.String(unsafe.SliceData(cw.scratch), len(cw.scratch)))
	} else {
		cw.repeated(4, it.Decision.Reason)
	}
	return cw.end()
}

// tellApart appends to b, the reason of a's row, what tells a apart from
// the accounts of its network and name: "; same name as another Facebook
// account: friends since 2020-05-01" (the date a Facebook friendship or
// LinkedIn connection began, or a follow), else its @handle. It appends
// to a buffer the writer keeps: at a million rows, one in ten may have a
// namesake (a common name), and a string made for each would be garbage
// while the collector is paused.
func tellApart(b []byte, a *Account) []byte {
	b = append(b, "; same name as another "...)
	b = append(b, NetworkTitle(a.Network)...)
	b = append(b, " account"...)
	if a.Since.IsZero() && a.Handle == "" {
		return append(b, ", which the export tells apart by nothing else"...)
	}
	b = append(b, ": "...)
	if a.Since.IsZero() {
		b = append(b, '@')
		return append(b, a.Handle...)
	}
	switch a.Relation {
	case Friend:
		b = append(b, "friends"...)
	case Connection:
		b = append(b, "connected"...)
	case Subscription:
		b = append(b, "subscribed"...)
	default:
		b = append(b, "followed"...)
	}
	b = append(b, " since "...)
	return a.Since.Time().AppendFormat(b, time.DateOnly)
}

// WriteUnfollowAndHistory writes what WriteDecisions(unfollow, items, false)
// and WriteHistory(history, items, carried, asOf) write, in one pass over
// the items, formatted in chunks on two goroutines. Both files show each
// item's account id and name: at a million items, in an order that is not
// the one the import left the accounts' strings in, reading them is a cache
// miss each, paid once here rather than once per file.
func WriteUnfollowAndHistory(unfollow, history io.Writer, items []Item, carried []Past, asOf Date) error {
	for _, f := range []struct {
		w      io.Writer
		header []string
	}{{unfollow, DecisionColumns}, {history, HistoryColumns}} {
		cw := newCSVWriter(f.w)
		if err := cw.Write(f.header...); err != nil {
			return err
		}
		if err := cw.Flush(); err != nil {
			return err
		}
	}
	day := asOf.String()
	look := lookalikes(items) // read only, by the chunks' goroutines
	err := writeChunksTo([]io.Writer{unfollow, history}, len(items), func(cws []*csvWriter, from, to int) error {
		for i := from; i < to; i++ {
			it := &items[i]
			if it.Decision.ToDo() {
				if err := writeDecision(cws[0], it, hasNamesake(items, i) || look[i]); err != nil {
					return err
				}
			}
			if err := writeHistoryRow(cws[1], day, it); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return writeCarried(newCSVWriter(history), carried)
}

// ReachOutColumns is the header of reach-out.csv. links and emails came
// last, after the columns of the first versions, so that a reader of
// those by position reads them as before.
var ReachOutColumns = []string{"person_id", "name", "relationship", "last_met", "accounts", "rule", "why", "links", "emails"}

// ReachOut is one person to call.
type ReachOut struct {
	PersonID, Name, Relationship, LastMet, Accounts string
	Decision                                        Decision
	// Links holds a link to each of their accounts (see ProfileLink), in
	// the order of Accounts, and Emails the e-mail addresses the exports
	// gave of them, each joined by ";" as the keys of Accounts are: what
	// the tool knows to reach them by.
	Links, Emails string
	// Kept is the rule that keeps one of their followed accounts anyway
	// (RuleInspiring or RuleSupplier), "" when every one is unfollowed:
	// the list then does not tell to call them rather than follow.
	Kept string
	// KeptOn and KeptFrom are, where only an account carried from an
	// earlier audit keeps them (see Carry), its network and the day of
	// that audit; "" where keep.csv keeps one of this run's. A carried
	// account is on neither keep.csv nor unfollow.csv of the run, so Why
	// names where it is kept instead of pointing at keep.csv.
	KeptOn, KeptFrom string
	// Namesake, where another row of the ledger has the same name, says
	// what tells this person apart (see tellNamesakesApart); "" where no
	// other has it.
	Namesake string
}

// ReachOuts lists the family and friends you lost touch with (not met
// within the window), are unsure about, or wrote no meeting for: the
// seed's "pick up the phone" list. Whether they inspire you or supply you
// does not matter here: a cousin whose posts you keep for inspiration is
// still a cousin you have not seen in two years (Why says that keep.csv
// keeps them, so that the list does not say to call rather than follow
// someone the other lists keep). Nor does whether you
// still follow them: unfollowing a friend you lost touch with is what the
// list goes with, and they stay on it until you meet (a date within the
// window) or clear their relationship. Toxic people are never on it.
// People come in ledger order. The ledger must have been updated with the
// run's people (Ledger.Update); carried are the accounts of the last run
// these exports leave out (see Carry), whose names make their links, and
// whose decisions keep following them as this run's do (see
// keptCarried): a sister kept on Twitter/X for inspiring you is told to
// be called as well, not instead, by a run given Mastodon's export alone,
// as a run given both says.
func (r *Rules) ReachOuts(l *Ledger, people []*Person, carried []Past) []ReachOut {
	// The family and friends kept on some network for inspiring or
	// supplying you, by their notes (a row's, as Update gave them), and
	// the accounts of all the family and friends, for their links: a
	// few, whatever the size of the exports.
	var kept map[*Annotations]string
	var byKey map[string]*Account
	start := r.Window.Before(r.AsOf)
	for _, p := range people {
		n := p.notes
		if n == nil || !n.Close() {
			continue
		}
		for _, a := range p.Accounts {
			if byKey == nil {
				byKey = map[string]*Account{}
			}
			byKey[a.Key()] = a
		}
		if !(n.Inspiring || n.Supplier) {
			continue
		}
		for _, a := range p.Accounts {
			if !a.Follows() {
				continue
			}
			if d := r.decide(a.Network, n, start); d.Keep {
				if kept == nil {
					kept = map[*Annotations]string{}
				}
				kept[n] = d.Rule
				break
			}
		}
	}
	keptFrom := r.keptCarried(l, carried, kept, start)
	var out []ReachOut
	var keys [][]string          // each one's accounts
	for _, row := range l.rows { // not the fresh people's: blank notes
		if !row.Notes().Close() {
			continue
		}
		id := l.PersonID(row)
		n := *row.Notes()
		n.Inspiring, n.Supplier = false, false
		d := r.PersonDecision(&n)
		switch d.Rule {
		case RuleLapsed, RuleUnsure, RuleUnknown:
		default:
			continue
		}
		ro := ReachOut{PersonID: id, Name: l.Name(row), Relationship: row.Notes().Relationship,
			LastMet: l.cell(row, ColLastMet), Accounts: row.accounts, Decision: d,
			Kept: kept[row.Notes()]}
		if c, ok := keptFrom[row.Notes()]; ok && ro.Kept == "" {
			ro.Kept, ro.KeptOn, ro.KeptFrom = c.rule, c.network, c.asOf
		}
		out = append(out, ro)
		keys = append(keys, row.AccountList())
	}
	contactsOf(out, keys, byKey, carried)
	tellNamesakesApart(l, out, keys, byKey)
	return out
}

// tellNamesakesApart sets the Namesake of each one on the list whose name
// another row of the ledger has too, or a person new to it, as it reads
// (readsAs: a space typed after it is no other name): two Facebook
// friends called Chloé Martin, whom the export tells apart by nothing but
// the day the friendship began. Their rows on the list would read alike,
// the same name and the same search link, and the one you met last month
// would seem to be the one listed, "no date of your last meeting" a note
// lost. keep.csv and unfollow.csv tell such accounts apart (tellApart);
// this says the same of the person: the day the first of their accounts
// with one began, else its handle. A map of the list's names (a few),
// and one look-up per ledger row, only where the list has someone.
func tellNamesakesApart(l *Ledger, list []ReachOut, keys [][]string, byKey map[string]*Account) {
	var seen map[string]int
	for i := range list {
		if list[i].Name != "" {
			if seen == nil {
				seen = make(map[string]int, len(list))
			}
			seen[readsAs(list[i].Name)] = 0
		}
	}
	if seen == nil {
		return
	}
	// The lengths of the list's names, to look up in seen only a name of
	// one of them: a million rows, most of them of no name on the list.
	var lens [64]uint64
	for name := range seen {
		lens[len(name)%4096/64] |= 1 << (len(name) % 64)
	}
	count := func(name string) {
		name = readsAs(name)
		if lens[len(name)%4096/64]&(1<<(len(name)%64)) == 0 {
			return
		}
		if n, ok := seen[name]; ok {
			seen[name] = n + 1
		}
	}
	for _, row := range l.rows {
		count(l.Name(row))
	}
	for _, p := range l.fresh { // new people, whose rows are made later
		count(p.Name())
	}
	for i := range list {
		if list[i].Name != "" && seen[readsAs(list[i].Name)] > 1 {
			list[i].Namesake = tellPersonApart(keys[i], byKey)
		}
	}
}

// readsAs is name as it reads in report.html and in a spreadsheet: its
// spaces one between words, none around them, and its accents composed
// (a name typed on a Mac writes "é" as "e" and a mark). Two names that
// read alike are namesakes to tell apart, whatever their bytes. Most
// names are so already, and are returned as they are, with no string
// made: it is asked of every row of the ledger.
func readsAs(name string) string {
	if plainASCII(name) {
		return name // most names: no rune decoded, no normal form looked up
	}
	spaced := true // a space first is one too many
	for _, r := range name {
		space := unicode.IsSpace(r)
		if space && (spaced || r != ' ') {
			spaced = true
			break
		}
		spaced = space
	}
	if spaced && name != "" || !norm.NFC.IsNormalString(name) {
		return strings.Join(strings.Fields(norm.NFC.String(name)), " ")
	}
	return name
}

// plainASCII reports whether name is ASCII with its words one space
// apart and none around them: as it reads (readsAs), told a byte at a
// time, as ASCII is in normal form already. A name of other letters is
// told by readsAs itself.
func plainASCII(name string) bool {
	spaced := true
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case c >= 0x80:
			return false
		case c == ' ':
			if spaced {
				return false
			}
			spaced = true
		case c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		default:
			spaced = false
		}
	}
	return !spaced || name == ""
}

// tellPersonApart says what tells apart the person of the ledger keys
// from another of their name: "same name as another person in the
// ledger (this one friends on Facebook since 2021-09-12)", in brackets
// as the reason goes on after a colon (": pick up the phone"), from the
// first of their accounts whose relation has a date, else the first
// with a handle ("this one @samlee on Twitter/X"). An account gone from
// the exports tells what its key holds (see keyTie): report.html shows
// no accounts column, and two namesakes gone alike would read the same
// there. Where none tells either (a YouTube channel, a Twitter/X id),
// their accounts, in reach-out.csv's accounts column.
func tellPersonApart(keys []string, byKey map[string]*Account) string {
	const same = "same name as another person in the ledger"
	var handle *Account
	for _, key := range keys {
		a := byKey[key]
		if a == nil {
			a = keyTie(key)
		}
		if !a.Since.IsZero() {
			verb := "followed "
			switch a.Relation {
			case Friend:
				verb = "friends "
			case Connection:
				verb = "connected "
			case Subscription:
				verb = "subscribed "
			case "": // a key's day (keyTie)
				verb = ""
			}
			return same + " (this one " + verb + "on " + NetworkTitle(a.Network) + " since " + a.Since.Time().Format(time.DateOnly) + ")"
		}
		if handle == nil && a.Handle != "" {
			handle = a
		}
	}
	if handle != nil {
		return same + " (this one @" + handle.Handle + " on " + NetworkTitle(handle.Network) + ")"
	}
	return same + ", told apart by their accounts"
}

// keyTie returns the account of the ledger key "network:id" that no
// export of the run holds, as far as the key tells it apart from a
// namesake's: the day the relation began where the key was made of it (a
// Facebook key's Unix second, of a friendship or a follow alike, so its
// Relation is left unsaid; a LinkedIn connection's day), the handle that
// is the id on Instagram and Mastodon.
func keyTie(key string) *Account {
	network, id, _ := strings.Cut(key, ":")
	id, _, _ = strings.Cut(id, "~") // a repeated id: ada~2
	a := &Account{Network: network}
	switch network {
	case Instagram:
		a.Handle = id
	case Mastodon:
		if strings.Contains(id, "@") {
			a.Handle = id
		}
	case Facebook:
		if _, secs, ok := strings.Cut(id, "."); ok {
			if n, err := strconv.ParseInt(secs, 10, 64); err == nil && n > 0 {
				a.Since = DateOf(time.Unix(n, 0))
			}
		}
	case LinkedIn:
		if strings.HasPrefix(id, "follow.") || strings.HasPrefix(id, "company.") {
			break
		}
		if _, day, ok := strings.Cut(id, "."); ok { // <name-slug>.<YYYYMMDD>
			if t, err := time.Parse("20060102", day); err == nil {
				a.Relation, a.Since = Connection, DateOf(t)
			}
		}
	}
	return a
}

// carriedKeep is a carried account that keeps its person (see
// keptCarried): the rule, its network and the day of the audit that
// decided it.
type carriedKeep struct{ rule, network, asOf string }

// keptCarried returns, for the ledger rows of the family and friends
// marked inspiring or a supplier that no account of this run's keeps
// (kept), the first of their carried accounts that keeps them: one the
// last audit that read it decided keep, and that their notes keep now on
// its network, as this run's policy has it. Both, as the decision in
// force is to keep following them there (the run does not judge it
// again), and the notes are what the next export of that list will judge
// it by: a carried keep whose notes no longer keep them (inspiring
// cleared since) is unfollowed then, and a carried unfollow may be done
// already; neither tells to keep following them. The rule is the notes':
// what a run given that export would say. One pass over carried, which
// can hold a million accounts where LinkedIn's export is left out,
// looking up only its keeps, among the few keys of such rows.
func (r *Rules) keptCarried(l *Ledger, carried []Past, kept map[*Annotations]string, start Date) map[*Annotations]carriedKeep {
	if len(carried) == 0 {
		return nil // a run given every list audited: no pass over the rows
	}
	var rowOf map[string]*Annotations
	for _, row := range l.rows {
		// The row's own, the one its person's decisions read (notesOf).
		n := row.notes
		if n == nil || !(n.Inspiring || n.Supplier) || kept[n] != "" || !n.Close() { // Close, which reads the words, last
			continue
		}
		for key := range row.Accounts() {
			if rowOf == nil {
				rowOf = map[string]*Annotations{}
			}
			rowOf[key] = n
		}
	}
	if rowOf == nil {
		return nil
	}
	var out map[*Annotations]carriedKeep
	var key []byte // the key looked up without a string made for each keep
	for i := range carried {
		p := &carried[i]
		if p.Decision() != DecisionKeep {
			continue
		}
		key = append(append(append(key[:0], p.Network()...), ':'), p.ID()...)
		n := rowOf[string(key)]
		if n == nil {
			continue
		}
		if _, ok := out[n]; ok {
			continue
		}
		if d := r.decide(p.Network(), n, start); d.Keep {
			if out == nil {
				out = map[*Annotations]carriedKeep{}
			}
			out[n] = carriedKeep{d.Rule, p.Network(), p.AsOf()}
		}
	}
	return out
}

// OffReachOut returns the ledger's rows that ReachOuts would list but for
// their relationship, which is written, and none Close takes as a
// relative or a friend: a "neighbour", a "partner", an "ex-friend", or a
// relative in a word Close does not know. The seed asks to call the
// family and friends you no longer really know, and such a one drops off
// the list without a word where the ledger was filled in a spreadsheet
// (review says so as the answer is typed). A colleague, the review's third kind, in any of the languages
// Close reads (see Annotations.Colleague), is none of them. Rows in
// ledger order.
func (r *Rules) OffReachOut(l *Ledger) []*LedgerRow {
	var out []*LedgerRow
	for _, row := range l.rows { // not the fresh people's: blank notes
		n := *row.Notes()
		if strings.TrimSpace(n.Relationship) == "" || n.Close() || n.Colleague() {
			continue
		}
		n.Inspiring, n.Supplier = false, false
		switch r.PersonDecision(&n).Rule {
		case RuleLapsed, RuleUnsure, RuleUnknown:
			out = append(out, row)
		}
	}
	return out
}

// contactsOf fills in the links and e-mails of the list from each one's
// accounts (keys): an account of this run's exports is linked as
// unfollow.csv and keep.csv link it, with the e-mail its export gave;
// one carried from the last run as they linked it then, by its name,
// with the e-mail the history kept of it (Past.Email: the export that
// run read gave it); any other (unfollowed since) by the link its key
// makes, with the ledger row's name where the key was made of it (see
// keyAccount).
func contactsOf(list []ReachOut, keys [][]string, byKey map[string]*Account, carried []Past) {
	// The names and e-mails of the carried accounts that the list names
	// and the exports do not hold: one pass, without a map of every
	// carried account (a million, where LinkedIn's export is left out).
	type known struct{ name, email string }
	var names map[string]known
	for i := range list {
		for _, key := range keys[i] {
			if byKey[key] == nil {
				if names == nil {
					names = map[string]known{}
				}
				names[key] = known{}
			}
		}
	}
	if names != nil {
		for i := range carried {
			p := &carried[i]
			if _, ok := names[p.Key()]; ok {
				names[p.Key()] = known{p.Name(), p.Email()}
			}
		}
	}
	for i := range list {
		var links, emails []string
		for _, key := range keys[i] {
			a := byKey[key]
			if a == nil {
				k := names[key]
				a = keyAccount(key, k.name, list[i].Name)
				a.Email = k.email
			}
			link := ProfileLink(a)
			if link == "" && byKey[key] != nil {
				link = ProfileLink(keyAccount(key, a.Name, ""))
			}
			// A ";" in an address would split it in two.
			if link = strings.ReplaceAll(link, ";", "%3B"); link != "" && !slices.Contains(links, link) {
				links = append(links, link)
			}
			if e := a.Email; e != "" && !slices.ContainsFunc(emails, func(f string) bool { return strings.EqualFold(e, f) }) {
				emails = append(emails, e)
			}
		}
		list[i].Links, list[i].Emails = strings.Join(links, ";"), strings.Join(emails, ";")
	}
}

// keyAccount returns the account of the ledger key "network:id" that no
// export of the run holds, as far as the key (and name, the last run's,
// if known) tells, for ProfileLink: the id is the handle on Instagram,
// the address on Mastodon, the profile's on LinkedIn (unless made of the
// name), the name's slug and a date on Facebook. Where the id is made of
// the name and the name is not known, it is rowName, the ledger row's,
// if the id was made of that name (its Slug is the id's), else the
// slug's words. The slug drops what a search needs: accents, apostrophes
// and case, Indic and Thai vowel signs ("अमित" is "अम-त" there), and a
// name of no letters at all is "unnamed", a search for nothing. A name
// the person wrote over the account's ("Mum") has another slug: the
// slug's words then, which the search finds as well.
func keyAccount(key, name, rowName string) *Account {
	network, id, _ := strings.Cut(key, ":")
	id, _, _ = strings.Cut(id, "~") // a repeated id: ada~2
	a := &Account{Network: network, ID: id, Name: name}
	slug := ""
	switch network {
	case Instagram:
		a.Handle = id
	case Mastodon:
		if user, domain, ok := strings.Cut(id, "@"); ok && user != "" && domain != "" {
			a.ProfileURL = "https://" + domain + "/@" + user
		}
	case LinkedIn:
		switch {
		case strings.HasPrefix(id, "follow."):
			slug = id[len("follow."):]
		case strings.HasPrefix(id, "company."):
			slug = id[len("company."):]
		case strings.Contains(id, "."): // <name-slug>.<YYYYMMDD>
			slug, _, _ = strings.Cut(id, ".")
		default:
			a.ProfileURL = "https://www.linkedin.com/in/" + id
		}
	case Facebook:
		slug, _, _ = strings.Cut(id, ".")
	}
	if a.Name == "" && slug != "" {
		switch {
		case rowName != "" && Slug(rowName) == slug:
			a.Name = readsAs(rowName) // a line break typed in the cell is no part of a search
		case slug != "unnamed":
			a.Name = strings.ReplaceAll(slug, "-", " ")
		}
	}
	return a
}

// ReachNotMet is the rule column of reach-out.csv for someone with no
// date of a last meeting (see ReachOut.Rule).
const ReachNotMet = "not-met"

// Rule is reach-out.csv's rule column: why the person is on the list,
// not what decides their accounts, which keep.csv and unfollow.csv say.
// RuleLapsed (last met before the window) and RuleUnsure are the rules
// of those names; no date of a meeting is ReachNotMet, not RuleUnknown,
// which says that nothing keeps an account: beside keep.csv keeping a
// sister for inspiring you, "unknown" would contradict it, and the
// person decision the list goes by leaves inspiring and supplier out
// (see ReachOuts), so it is not what decides any of her accounts.
func (r *ReachOut) Rule() string {
	if r.Decision.Rule == RuleUnknown {
		return ReachNotMet
	}
	return r.Decision.Rule
}

// Why says in a few words why the person is on the list, what tells
// them apart from another person of their name (Namesake), and whether
// keep.csv, or a carried account's decision, keeps them all the same.
func (r *ReachOut) Why() string {
	why := r.Decision.Reason
	switch r.Decision.Rule {
	case RuleUnknown:
		why = "no date of your last meeting"
	case RuleUnsure:
		why = "marked unsure"
	}
	if r.Namesake != "" {
		why += "; " + r.Namesake
	}
	var what string
	switch r.Kept {
	case RuleInspiring:
		what = "for inspiring you"
	case RuleSupplier:
		what = "as a supplier"
	default:
		return why
	}
	if r.KeptOn == "" {
		return why + "; keep.csv keeps them " + what
	}
	return why + "; kept " + what + " on " + NetworkTitle(r.KeptOn) + ", carried from the audit of " + r.KeptFrom
}

// WriteReachOut writes reach-out.csv.
func WriteReachOut(w io.Writer, list []ReachOut) error {
	cw := newCSVWriter(w)
	if err := cw.Write(ReachOutColumns...); err != nil {
		return err
	}
	for _, r := range list {
		why := r.Why() + ": pick up the phone rather than follow"
		if r.Kept != "" {
			why = r.Why() + ": pick up the phone as well"
		}
		if err := cw.Write(r.PersonID, r.Name, r.Relationship, r.LastMet, r.Accounts, r.Rule(), why, r.Links, r.Emails); err != nil {
			return err
		}
	}
	return cw.Flush()
}
