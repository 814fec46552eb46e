package audit

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Rule codes, in the order the rules apply: the first that applies decides.
const (
	RuleToxic     = "toxic"
	RuleUnsure    = "unsure"
	RuleMet       = "met"
	RuleInspiring = "inspiring"
	RuleSupplier  = "supplier"
	RulePolicy    = "policy"
	RuleLapsed    = "lapsed"
	RuleUnknown   = "unknown"
)

// RuleOrder lists the rule codes in the order they apply.
var RuleOrder = []string{RuleToxic, RuleUnsure, RuleMet, RuleInspiring, RuleSupplier, RulePolicy, RuleLapsed, RuleUnknown}

// Annotations are what the person wrote about someone in the ledger.
type Annotations struct {
	LastMet   Period
	Inspiring bool
	Supplier  bool
	Toxic     bool
	Unsure    bool
	// Answered is set where a yes/no cell holds an answer, yes or no: a
	// "no" is something the person wrote. (Beside the other bools: a
	// ledger row is one of a million.)
	Answered     bool
	Relationship string
	Note         string
}

// ReasonNothingKnown is the reason of an account whose person the ledger
// says nothing about: blank notes.
const ReasonNothingKnown = "nothing known about this account yet: fill in the ledger to keep it"

// Reviewed reports whether the person wrote anything at all about someone.
func (a *Annotations) Reviewed() bool {
	return !a.LastMet.IsZero() || a.Inspiring || a.Supplier || a.Toxic || a.Unsure || a.Answered ||
		strings.TrimSpace(a.Relationship) != "" || strings.TrimSpace(a.Note) != ""
}

// Colleague reports whether the relationship is a colleague, the review's
// third kind, in the languages Close reads, folded as Close folds it: in
// any case, with or without accents, an apostrophe or hyphen as a space
// ("Collègue", "collegue", "KOLLEGIN", "collega's", "co-worker"). A
// colleague is not one to call when it lapses, and no relative or friend
// written in another word: the note after the audit's summary does not
// name them (see Rules.OffReachOut), nor does review as the word is
// typed. It takes the word (colleagueWords: "colleague", "coworker",
// "workmate", "work colleague", "Arbeitskollege", "compañero de
// trabajo", "collega di lavoro"...) after at most two words of
// colleagueQualifiers: an article or "my" ("a colleague", "mon
// collègue"), and "old", "former" or "ex" ("an old colleague", "former
// colleague", "ex-Kollegin", "ancienne collègue"), as a former colleague is no more one to call
// than a colleague (where Close leaves an ex-friend off the list, as
// calling is what it is for). Nothing else: "colleague and friend", a
// friend's colleague ("friend's colleague") or "colleague?" is none,
// and the note names them. Like Close, it makes no allocation.
func (a *Annotations) Colleague() bool {
	s := strings.TrimSpace(a.Relationship)
	if s == "" {
		return false
	}
	if colleagueWords[s] != 0 { // "colleague": the common case
		return true
	}
	var p relPhrase
	if !p.fold(s) {
		return false
	}
	for start := 0; start <= 2 && start < p.words; start++ {
		if colleagueWords[string(p.span(start, p.words))] != 0 {
			return true
		}
		if !colleagueQualifiers[string(p.span(start, start+1))] {
			return false
		}
	}
	return false
}

// colleagueWords are the relationship words Colleague takes, folded as
// relPhrase.fold folds them (a hyphen a space: "co worker"), singular
// and plural. English; French (collègue); German; Spanish and
// Portuguese; Italian; Dutch, whose plural "collega's" folds to two
// words. "compañero" alone is a partner too, and is only taken "de
// trabajo"; nor is German "Mitarbeiter" (an employee as well).
var colleagueWords = kindsOf(relList{1, `colleague, colleagues,
	work colleague, work colleagues, coworker, coworkers, co worker, co workers,
	workmate, workmates, work mate, work mates,
	collegue, collegues, collegue de travail, collegues de travail,
	kollege, kollegin, kollegen, kolleginnen,
	arbeitskollege, arbeitskollegin, arbeitskollegen, arbeitskolleginnen,
	colega, colegas, colega de trabajo, colegas de trabajo,
	companero de trabajo, companera de trabajo, companeros de trabajo, companeras de trabajo,
	colega de trabalho, colegas de trabalho,
	companheiro de trabalho, companheira de trabalho, companheiros de trabalho, companheiras de trabalho,
	collega, colleghi, colleghe, collega di lavoro, colleghi di lavoro, colleghe di lavoro,
	collega s, werkcollega, werkcollega s`})

// colleagueQualifiers are the words that may come before a colleague's
// word, at most two (see Colleague): an article, "my", and "old",
// "former" or "ex", in the languages of colleagueWords.
var colleagueQualifiers = map[string]bool{
	"a": true, "an": true, "my": true, "our": true, "old": true, "former": true, "ex": true,
	"un": true, "une": true, "mon": true, "ma": true, "mes": true,
	"ancien": true, "ancienne": true, "anciens": true, "anciennes": true,
	"ein": true, "eine": true, "mein": true, "meine": true,
	"ehemaliger": true, "ehemalige": true, "ehemaligen": true,
	"una": true, "mi": true, "mis": true,
	"antiguo": true, "antigua": true, "antiguos": true, "antiguas": true,
	"mio": true, "mia": true, "miei": true, "mie": true,
	"een": true, "mijn": true, "oud": true, "oude": true,
	"um": true, "uma": true, "meu": true, "minha": true, "meus": true, "minhas": true,
	"antigo": true, "antiga": true, "antigos": true, "antigas": true,
}

// A Period is a ledger date that may be partial: a day (2026-03-02), a
// month (2026-03) or a year (2026). First and Last are its first and last
// days.
type Period struct {
	First, Last Date
}

// IsZero reports whether no date was given.
func (p Period) IsZero() bool { return p.First == 0 }

// ParsePeriod parses a ledger date: YYYY-MM-DD, YYYY-MM or YYYY; ""
// (or spaces) is the zero Period. Year first, as the ledger writes it,
// a date is unambiguous, and is also taken as a person or a spreadsheet
// writes it otherwise:
//
//   - the month and the day without their leading zeros (2026-6-5,
//     2026-06-1, a month 2026-6);
//   - with '/' or '.' instead of '-', as a person or a spreadsheet in a
//     region that writes dates year first (China, Japan, Hungary...)
//     writes them: 2026/3/2, 2026/03/02, 2026.03.02, a month 2026/3;
//     one separator throughout (not 2026/03-02). A month with a dot
//     (2026.3) is an ErrDotMonth: a spreadsheet takes it for a number,
//     and saves 2026.10, October, as 2026.1;
//   - a day with a time of day after it, as LibreOffice, Google Sheets
//     and Numbers save a cell holding a date and a time, or a date they
//     took for one: "2026-06-01 00:00:00", "2026-06-01 00:00",
//     "2026-06-01T00:00:00", any time (H:MM or HH:MM, then :SS or not),
//     which says nothing more than the day.
//
// The year has four digits; the month is 1 to 12 and the day one of its
// month (2024-02-29, not 2026-02-29): a date of that form that is no
// day of the calendar is a *DayError. A day before 1970 is ErrBefore1970.
// Day-first and month-first dates (25/11/2026, 3/2/2026, 02-03-2026,
// 02.03.26) are refused: which number is the day cannot be told (see
// spreadsheetDate). Where it can, a date not year first is read too
// (see splitMonthFirst): a month's number or name then a year of four
// digits (03/2026, mars 2026, Févr. 2026), a day with its month's name
// (2 mars 2026, 2. März 2026, March 2, 2026), also after its weekday
// (lundi 2 mars 2026, Monday, March 2, 2026, Mon 2 Mar 2026; see
// weekdayPrefix) if it is that day's: one that is not is a *WeekdayError.
// A year in two digits (Mar-26, 03/26) is refused: 03/26 may be March
// 26th.
// The cell is never rewritten: the ledger keeps it as it was typed.
func ParsePeriod(s string) (Period, error) {
	s = strings.TrimSpace(nfc(s))
	if s == "" {
		return Period{}, nil
	}
	y, m, d, parts := splitDate(s)
	dotMonth := parts == 2 && strings.IndexByte(s, '.') >= 0
	if parts == 0 {
		y, m, d, parts = splitMonthFirst(s)
	}
	// A weekday before a day with its month's name, as a word processor
	// or a calendar writes it (lundi 2 mars 2026, Monday, March 2, 2026):
	// read when it is the day's. The whole text is read first: Mar 2,
	// 2026 is March, mar 3 mars 2026 Tuesday (mardi, martes) 3 March.
	var wd weekdays
	wdWord, weekday := "", false
	if parts == 0 {
		if w, word, rest, ok := weekdayPrefix(s); ok {
			if yy, mm, dd, n := splitMonthFirst(rest); n == 3 {
				y, m, d, parts, wd, wdWord, weekday = yy, mm, dd, n, w, word, true
			}
		}
	}
	var p Period
	switch {
	case parts == 0:
		return Period{}, fmt.Errorf("%q is not a date", s)
	case parts == 1: // a year
		p = Period{NewDate(y, time.January, 1), NewDate(y, time.December, 31)}
	case dotMonth:
		return Period{}, fmt.Errorf("%q %w", s, ErrDotMonth)
	case m < 1 || m > 12:
		return Period{}, &DayError{Value: s, Why: "a month is 1 to 12"}
	case parts == 2: // a month
		p = Period{NewDate(y, time.Month(m), 1), NewDate(y, time.Month(m), DaysIn(y, time.Month(m)))}
	case d < 1 || d > DaysIn(y, time.Month(m)):
		return Period{}, &DayError{Value: s, Why: fmt.Sprintf("%04d-%02d has days 1 to %d", y, m, DaysIn(y, time.Month(m)))}
	default:
		p = Period{NewDate(y, time.Month(m), d), NewDate(y, time.Month(m), d)}
	}
	if p.First <= 0 {
		return Period{}, fmt.Errorf("%q %w", s, ErrBefore1970)
	}
	if day := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Weekday(); weekday && !wd.has(day) {
		return Period{}, &WeekdayError{Value: s, Word: wdWord, Named: wd.list(), Day: p.First, Is: day}
	}
	return p, nil
}

// A WeekdayError is ParsePeriod's error for a day written after a weekday
// that is not its own (mardi 2 mars 2026: 2026-03-02 is a Monday): which
// of the two was meant cannot be told.
type WeekdayError struct {
	Value string         // the date as typed
	Word  string         // the weekday as typed (mardi)
	Named []time.Weekday // the weekdays Word names, Sunday first: two for ma (Dutch Monday, Spanish Tuesday), do
	Day   Date           // the day written after it
	Is    time.Weekday   // Day's weekday
}

func (e *WeekdayError) Error() string {
	return fmt.Sprintf("%q: %s", e.Value, e.Why())
}

// Why says what is wrong, the date left out: the weekday does not match
// the date, both named.
func (e *WeekdayError) Why() string {
	named := ""
	for i, d := range e.Named {
		if i > 0 {
			named += " or "
		}
		named += "a " + d.String()
	}
	return fmt.Sprintf("the weekday does not match the date: %s names %s, %s is a %s", e.Word, named, e.Day, e.Is)
}

// A DayError is ParsePeriod's error for a date of the ledger's form, year
// first, that is not a day of the calendar: 2026-13-01, 2026-02-30. Why says
// what is wrong ("2026-02 has days 1 to 28").
type DayError struct {
	Value, Why string
}

func (e *DayError) Error() string {
	return fmt.Sprintf("%q is not a day of the calendar: %s", e.Value, e.Why)
}

// splitDate splits s, trimmed, into a year of four digits and, where
// given, a month and a day of one or two digits: year first, separated
// by '-', '/' or '.' (the same throughout), a day maybe followed by a
// time of day (see ParsePeriod). parts
// is how many of the three s gives, 0 for any other text. The ranges of
// the month and the day are left to the caller. No allocation: it is
// asked of every row.
func splitDate(s string) (y, m, d, parts int) {
	num := func(lo, hi int) (int, bool) { // the digits at the start of s, lo to hi of them
		n, i := 0, 0
		for i < len(s) && i < hi && '0' <= s[i] && s[i] <= '9' {
			n = n*10 + int(s[i]-'0')
			i++
		}
		if i < lo || i < len(s) && '0' <= s[i] && s[i] <= '9' {
			return 0, false
		}
		s = s[i:]
		return n, true
	}
	sep := func(c byte) bool {
		if s == "" || s[0] != c {
			return false
		}
		s = s[1:]
		return true
	}
	var ok bool
	if y, ok = num(4, 4); !ok {
		return 0, 0, 0, 0
	}
	if s == "" {
		return y, 0, 0, 1
	}
	c := s[0] // the separator, the same between the month and the day
	if c != '-' && c != '/' && c != '.' {
		return 0, 0, 0, 0
	}
	s = s[1:]
	if m, ok = num(1, 2); !ok {
		return 0, 0, 0, 0
	}
	if s == "" {
		return y, m, 0, 2
	}
	if !sep(c) {
		return 0, 0, 0, 0
	}
	if d, ok = num(1, 2); !ok {
		return 0, 0, 0, 0
	}
	if s == "" {
		return y, m, d, 3
	}
	// A time of day: H:MM or HH:MM, maybe :SS, after one space or a T.
	if !sep(' ') && !sep('T') {
		return 0, 0, 0, 0
	}
	h, okH := num(1, 2)
	if !okH || h > 23 || !sep(':') {
		return 0, 0, 0, 0
	}
	if mi, okM := num(2, 2); !okM || mi > 59 {
		return 0, 0, 0, 0
	}
	if sep(':') {
		if sec, okS := num(2, 2); !okS || sec > 59 {
			return 0, 0, 0, 0
		}
	}
	if s != "" {
		return 0, 0, 0, 0
	}
	return y, m, d, 3
}

// ErrBefore1970 is ParsePeriod's error for a date before 1970-01-01: a
// Date counts days from then, and 1969-12-31 was taken for no date at all
// (its reach-out row said "no date of your last meeting" beside it).
var ErrBefore1970 = errors.New("is before 1970, the first year the tool counts days in: give 1970 (a meeting that long ago is lapsed all the same)")

// ErrDotMonth is ParsePeriod's error for a year and a month with a dot
// (2026.3, 2026.10): a spreadsheet takes the cell for a number, and saves
// 2026.10, October, as 2026.1, January, and 2026.20 as 2026.2; which month
// was typed cannot be told. A day with dots (2026.03.02) is no number, and
// is read.
var ErrDotMonth = errors.New("is a year and a month with a dot, which a spreadsheet takes for a number (it saves 2026.10, October, as 2026.1): write the month with a hyphen (2026-10)")

// Span is a length of time counted in calendar units: "400d", "18m", "2y".
type Span struct {
	N    int
	Unit byte // 'd', 'm' or 'y'
}

// DefaultWindow is "met in the last year", counted in months so that the
// reasons read "12 months".
var DefaultWindow = Span{12, 'm'}

// maxSpan is the longest span ParseSpan takes, in its unit.
const maxSpan = 100000

// ParseSpan parses a number followed by d (days), m (months) or y (years),
// up to maxSpan of them.
func ParseSpan(s string) (Span, error) {
	s = strings.TrimSpace(strings.ToLower(s))
	if len(s) >= 2 {
		unit := s[len(s)-1]
		n, err := strconv.Atoi(s[:len(s)-1])
		if err == nil && n > 0 && n <= maxSpan && strings.IndexByte("dmy", unit) >= 0 {
			return Span{n, unit}, nil
		}
		if (err == nil && n > maxSpan || errors.Is(err, strconv.ErrRange) && n > 0) && strings.IndexByte("dmy", unit) >= 0 {
			// A span of the right form: say what is wrong with it.
			return Span{}, fmt.Errorf("%q is too long a span: at most %s days, months or years", s, Thousands(maxSpan))
		}
	}
	return Span{}, fmt.Errorf("%q is not a span: want a number of days, months or years, like 400d, 18m or 2y", s)
}

// Before returns the day that is the span before d. Months and years are
// calendar ones, and a day that the earlier month lacks becomes its last
// day: 12 months before 2028-02-29 is 2027-02-28, not March 1st.
func (s Span) Before(d Date) Date {
	t := d.Time()
	if s.Unit == 'd' {
		return DateOf(t.AddDate(0, 0, -s.N))
	}
	months := s.N
	if s.Unit == 'y' {
		months = 12 * s.N
	}
	first := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -months, 0)
	last := first.AddDate(0, 1, -1).Day()
	return NewDate(first.Year(), first.Month(), min(t.Day(), last))
}

// Flag returns the span as --met-within takes it: "12m", "400d", "2y".
func (s Span) Flag() string { return strconv.Itoa(s.N) + string(s.Unit) }

// Months returns the span with years written as months ("1y" as "12m"),
// as Before counts them; others as they are.
func (s Span) Months() Span {
	if s.Unit == 'y' {
		return Span{12 * s.N, 'm'}
	}
	return s
}

// Same reports whether two spans are one window written differently: a
// year is 12 months to Before ("1y" and "12m", "2y" and "24m"). Days are
// not months: "365d" is not "12m".
func (s Span) Same(o Span) bool { return s.Months() == o.Months() }

// String writes the span for a person, its count as every count printed
// is (Thousands): "18 months", "1,200 days".
func (s Span) String() string { return s.words(Thousands(s.N)) }

// plain is String with the count in digits alone, "1200 days", for the
// reasons the lists (keep.csv, unfollow.csv) hold: the numbers inside the
// files the tool writes stay as they have always been written.
func (s Span) plain() string { return s.words(strconv.Itoa(s.N)) }

// theLast is "the last 12 months", or "the last year" (month, day) for
// a count of one, not "the last 1 year"; the count in plain digits
// where plain (see Span.plain), else as String writes it.
func (s Span) theLast(plain bool) string {
	switch {
	case s.N == 1:
		return "the last " + s.words("")[1:]
	case plain:
		return "the last " + s.plain()
	}
	return "the last " + s.String()
}

func (s Span) words(n string) string {
	unit := map[byte]string{'d': "day", 'm': "month", 'y': "year"}[s.Unit]
	if s.N != 1 {
		unit += "s"
	}
	return n + " " + unit
}

// Reasons a network's policy lets keep an account for.
const (
	AllowMet Allow = 1 << iota
	AllowInspiring
	AllowSupplier
)

// Allow is a set of keep reasons.
type Allow uint8

var allowNames = []struct {
	a    Allow
	name string
}{{AllowMet, RuleMet}, {AllowInspiring, RuleInspiring}, {AllowSupplier, RuleSupplier}}

func (a Allow) String() string {
	var names []string
	for _, x := range allowNames {
		if a&x.a != 0 {
			names = append(names, x.name)
		}
	}
	if len(names) == 0 {
		return "nothing"
	}
	return strings.Join(names, ",")
}

// Policy says, per network, which keep reasons count. The seed's choice is
// the default: Facebook is only for people met in person; every other
// network keeps people met, inspiring people and suppliers.
type Policy map[string]Allow

// DefaultPolicy returns the seed's policy.
func DefaultPolicy() Policy {
	return Policy{Facebook: AllowMet}
}

// Allows returns what keeps an account on network.
func (p Policy) Allows(network string) Allow {
	if a, ok := p[network]; ok {
		return a
	}
	return AllowMet | AllowInspiring | AllowSupplier
}

// KnownNetworks lists the networks a policy may name.
var KnownNetworks = []string{Facebook, LinkedIn, Twitter, Instagram, YouTube, Mastodon}

// Set parses "NETWORK=RULES", e.g. "facebook=met,inspiring", and sets that
// network's policy. RULES may be "none" to keep nobody on that network.
func (p Policy) Set(s string) error {
	network, rules, ok := strings.Cut(s, "=")
	network = strings.ToLower(strings.TrimSpace(network))
	if !ok || network == "" {
		return fmt.Errorf("%q is not NETWORK=RULES (e.g. facebook=met,inspiring)", s)
	}
	if !slices.Contains(KnownNetworks, network) {
		if network == "x" || network == "twitter/x" {
			// X is Twitter's name now, and the tool says "Twitter/X";
			// the network is twitter, as in a ledger key (twitter:1401),
			// which x:1401 is not: so here too, said rather than taken.
			return fmt.Errorf("unknown network %q: Twitter/X is %s here, as in %s=%s", network, Twitter, Twitter, strings.TrimSpace(rules))
		}
		return fmt.Errorf("unknown network %q: want one of %s", network, strings.Join(KnownNetworks, ", "))
	}
	var a Allow
	parts := strings.Split(rules, ",")
	for _, r := range parts {
		r = strings.ToLower(strings.TrimSpace(r))
		if r == "" {
			// "facebook=" or "facebook=met,": a rule left out, which
			// "unknown rule \"\"" did not say.
			if strings.TrimSpace(rules) == "" {
				return fmt.Errorf("%q gives no rules after the =: want met, inspiring, supplier (several separated by commas), or none to keep nobody on %s", s, network)
			}
			return fmt.Errorf("%q has an empty rule (a comma too many): want met, inspiring, supplier or none, separated by single commas", s)
		}
		if r == "none" {
			if len(parts) > 1 {
				return fmt.Errorf("%q: none keeps nobody, and cannot go with other rules", s)
			}
			continue
		}
		i := slices.IndexFunc(allowNames, func(x struct {
			a    Allow
			name string
		}) bool {
			return x.name == r
		})
		if i < 0 {
			return fmt.Errorf("unknown rule %q in %q: want met, inspiring, supplier or none", r, s)
		}
		a |= allowNames[i].a
	}
	p[network] = a
	return nil
}

// Rules decide keep or unfollow for an account.
type Rules struct {
	AsOf   Date
	Window Span
	Policy Policy
}

// A Decision is the outcome of the rules for one account.
type Decision struct {
	Keep bool
	// Unfollowed marks an unfollow done where the tie stays: a friend or
	// connection decided unfollow, no longer followed (see
	// MarkUnfollowedTies). Nothing is left to do: it is on neither list,
	// nor counted among the accounts followed.
	Unfollowed bool
	// FollowGone marks a friend or connection kept whose follow is known
	// gone, the tie kept (see MarkUnfollowedTies): it is on keep.csv as
	// any account kept, its Reason ending "follow it again to keep it",
	// and its history row keeps FollowUnfollowed, so that the run that
	// decides it unfollow again finds nothing to do.
	FollowGone bool
	// Unwritten marks an account Ledger.Update put on its person's row
	// without writing its key into the row's accounts cell, which a
	// spreadsheet misread (see Ledger.keepsAccounts): its history row
	// says so (LedgerCellMisread), and the run after the person corrected
	// the cell writes the key there as one the tool adds, not as one
	// taken off the row since (see Regrouped).
	Unwritten bool
	Rule      string
	Reason    string // one sentence with the evidence
}

// ToDo reports whether the decision is an unfollow still to do: it is on
// unfollow.csv.
func (d Decision) ToDo() bool { return !d.Keep && !d.Unfollowed }

// Decide applies the rules, in order, to an account on network annotated
// with a. The first rule that applies decides.
func (r *Rules) Decide(network string, a *Annotations) Decision {
	return r.decide(network, a, r.Window.Before(r.AsOf))
}

// decide is Decide with the window's first day computed by the caller,
// once for all accounts.
func (r *Rules) decide(network string, a *Annotations, start Date) Decision {
	allow := r.Policy.Allows(network)
	met := !a.LastMet.IsZero() && a.LastMet.Last >= start
	switch {
	case a.Toxic:
		return Decision{Rule: RuleToxic, Reason: "marked toxic"}
	case a.Unsure:
		return Decision{Rule: RuleUnsure, Reason: "marked unsure: when in doubt, unfollow"}
	case met && allow&AllowMet != 0:
		reason := fmt.Sprintf("last met %s, within %s before %s", periodText(a.LastMet), r.Window.plain(), r.AsOf)
		switch {
		case a.LastMet.First < start && a.LastMet.Last > r.AsOf:
			// The audit's own month or year, longer ago than a short
			// window: its last day is yet to come, the audit's day is
			// as far as it went.
			reason += fmt.Sprintf(" (a %s not over counts as its last day so far, %s)", periodKind(a.LastMet), r.AsOf)
		case a.LastMet.First < start:
			// A month or a year that starts before the window: kept as
			// its last day, which the reason says, not as a fact.
			reason += fmt.Sprintf(" (a %s counts as its last day, %s)", periodKind(a.LastMet), a.LastMet.Last)
		}
		return Decision{Keep: true, Rule: RuleMet, Reason: reason}
	case a.Inspiring && allow&AllowInspiring != 0:
		return Decision{Keep: true, Rule: RuleInspiring, Reason: "inspires you"}
	case a.Supplier && allow&AllowSupplier != 0:
		return Decision{Keep: true, Rule: RuleSupplier, Reason: "regularly supplies you goods or services"}
	case met || a.Inspiring || a.Supplier:
		var why []string
		if met {
			why = append(why, "met recently")
		}
		if a.Inspiring {
			why = append(why, "inspiring")
		}
		if a.Supplier {
			why = append(why, "a supplier")
		}
		reason := fmt.Sprintf("%s, but %s %s (--policy %s=%s)", strings.Join(why, " and "), NetworkTitle(network), policyKeeps(allow, r.Window), network, allow.flag())
		if !met && !a.LastMet.IsZero() && allow&AllowMet != 0 {
			// What the policy would keep has lapsed: say so.
			reason += fmt.Sprintf("; last met %s, more than %s before %s", periodText(a.LastMet), r.Window.plain(), r.AsOf)
		}
		return Decision{Rule: RulePolicy, Reason: reason}
	case !a.LastMet.IsZero():
		return Decision{Rule: RuleLapsed, Reason: fmt.Sprintf("last met %s, more than %s before %s", periodText(a.LastMet), r.Window.plain(), r.AsOf)}
	}
	if strings.TrimSpace(a.Relationship) != "" || strings.TrimSpace(a.Note) != "" {
		// A relationship or a note: reviewed, but nothing that keeps.
		return Decision{Rule: RuleUnknown, Reason: "no date met, not inspiring, not a supplier: a relationship or a note alone does not keep an account"}
	}
	if a.Reviewed() {
		return Decision{Rule: RuleUnknown, Reason: "no date met, not inspiring, not a supplier, as the ledger says"}
	}
	return Decision{Rule: RuleUnknown, Reason: ReasonNothingKnown}
}

// policyKeeps says what a network whose policy is a keeps, for the
// reason of an account it does not: "keeps only people you met in the
// last 12 months", "keeps nobody".
func policyKeeps(a Allow, window Span) string {
	if a == 0 {
		return "keeps nobody"
	}
	return "keeps only " + policyWords(a, window.theLast(true))
}

// flag writes a as --policy takes it: "met,inspiring", "none".
func (a Allow) flag() string {
	if a == 0 {
		return "none"
	}
	return a.String()
}

// periodKind says what a period longer than a day is: "month" or "year".
func periodKind(p Period) string {
	if f, l := p.First.Time(), p.Last.Time(); f.Month() == l.Month() {
		return "month"
	}
	return "year"
}

// periodText shows a period as the person wrote it: a day, month or year.
func periodText(p Period) string {
	f, l := p.First.Time(), p.Last.Time()
	switch {
	case p.First == p.Last:
		return p.First.String()
	case f.Month() == l.Month():
		return f.Format("2006-01")
	}
	return f.Format("2006")
}
