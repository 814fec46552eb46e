package audit

import (
	"errors"
	"strings"
	"testing"
)

func mustPeriod(t *testing.T, s string) Period {
	t.Helper()
	p, err := ParsePeriod(s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestDecide(t *testing.T) {
	asOf := NewDate(2026, 11, 25)
	rules := Rules{AsOf: asOf, Window: DefaultWindow, Policy: DefaultPolicy()}
	tests := []struct {
		name     string
		network  string
		a        Annotations
		lastMet  string
		keep     bool
		rule     string
		reasonIn string
	}{
		{"nothing known", Twitter, Annotations{}, "", false, RuleUnknown, "nothing known"},
		{"relationship alone is nothing known", Twitter, Annotations{Relationship: "friend"}, "", false, RuleUnknown, ""},
		{"toxic beats everything", Twitter, Annotations{Toxic: true, Unsure: true, Inspiring: true}, "2026-11-01", false, RuleToxic, "toxic"},
		{"unsure beats met", LinkedIn, Annotations{Unsure: true}, "2026-11-01", false, RuleUnsure, "unsure"},
		{"met within the window", Facebook, Annotations{}, "2026-03-02", true, RuleMet, "last met 2026-03-02, within 12 months before 2026-11-25"},
		{"met exactly at the window start", Facebook, Annotations{}, "2025-11-25", true, RuleMet, ""},
		{"met one day before the window", Facebook, Annotations{}, "2025-11-24", false, RuleLapsed, "last met 2025-11-24, more than 12 months before 2026-11-25"},
		{"met on the audit day", Facebook, Annotations{}, "2026-11-25", true, RuleMet, ""},
		{"a month counts as its last day", Facebook, Annotations{}, "2025-11", true, RuleMet, "last met 2025-11,"},
		{"a month wholly before the window", Facebook, Annotations{}, "2025-10", false, RuleLapsed, "last met 2025-10,"},
		{"a year counts as its last day", Twitter, Annotations{}, "2025", true, RuleMet, "last met 2025,"},
		{"an old year", Twitter, Annotations{}, "2024", false, RuleLapsed, ""},
		{"met beats inspiring", Twitter, Annotations{Inspiring: true}, "2026-01-01", true, RuleMet, ""},
		{"inspiring on twitter", Twitter, Annotations{Inspiring: true}, "", true, RuleInspiring, "inspires you"},
		{"inspiring beats supplier", LinkedIn, Annotations{Inspiring: true, Supplier: true}, "", true, RuleInspiring, ""},
		{"supplier", LinkedIn, Annotations{Supplier: true}, "2019", true, RuleSupplier, "supplies"},
		{"inspiring on facebook is policy", Facebook, Annotations{Inspiring: true}, "", false, RulePolicy, "inspiring, but Facebook keeps only people you met in the last 12 months (--policy facebook=met)"},
		{"supplier on facebook met long ago is policy", Facebook, Annotations{Supplier: true}, "2020-01-01", false, RulePolicy,
			"a supplier, but Facebook keeps only people you met in the last 12 months (--policy facebook=met); last met 2020-01-01, more than 12 months before 2026-11-25"},
		{"lapsed", Twitter, Annotations{}, "2024-03-02", false, RuleLapsed, "last met 2024-03-02, more than 12 months before 2026-11-25"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.a
			a.LastMet = mustPeriod(t, tt.lastMet)
			d := rules.Decide(tt.network, &a)
			if d.Keep != tt.keep || d.Rule != tt.rule {
				t.Fatalf("Decide = %v %s (%s), want keep=%v %s", d.Keep, d.Rule, d.Reason, tt.keep, tt.rule)
			}
			if !strings.Contains(d.Reason, tt.reasonIn) {
				t.Errorf("reason %q does not contain %q", d.Reason, tt.reasonIn)
			}
		})
	}
}

func TestDecidePolicyAndWindow(t *testing.T) {
	asOf := NewDate(2026, 11, 25)
	p := DefaultPolicy()
	if err := p.Set("facebook=met,inspiring"); err != nil {
		t.Fatal(err)
	}
	if err := p.Set("twitter=inspiring"); err != nil {
		t.Fatal(err)
	}
	w, err := ParseSpan("400d")
	if err != nil {
		t.Fatal(err)
	}
	r := Rules{AsOf: asOf, Window: w, Policy: p}
	insp := Annotations{Inspiring: true}
	if d := r.Decide(Facebook, &insp); !d.Keep || d.Rule != RuleInspiring {
		t.Errorf("facebook=met,inspiring: inspiring gave %v %s", d.Keep, d.Rule)
	}
	met := Annotations{LastMet: mustPeriod(t, "2025-10-22")} // 399 days before
	if d := r.Decide(LinkedIn, &met); !d.Keep || !strings.Contains(d.Reason, "within 400 days") {
		t.Errorf("400d window: %+v", d)
	}
	if d := r.Decide(Twitter, &met); d.Keep || d.Rule != RulePolicy {
		t.Errorf("twitter=inspiring: met gave %+v, want policy", d)
	}
}

// TestSpanString: a span is written for a person (report.html, the
// notes, review's screen) with its count as every count is, "1,200
// days"; the reasons the lists hold keep their digits plain.
func TestSpanString(t *testing.T) {
	asOf := NewDate(2026, 11, 25)
	for _, tt := range []struct {
		flag, want, reason string
		html               string // in report.html's sentences, if not want
	}{
		{"1d", "1 day", "within 1 day before", "the last day"},
		{"12m", "12 months", "within 12 months before", ""},
		{"999d", "999 days", "within 999 days before", ""},
		{"1200d", "1,200 days", "within 1200 days before", ""},
		{"1000m", "1,000 months", "within 1000 months before", ""},
		{"100000y", "100,000 years", "within 100000 years before", ""},
	} {
		sp, err := ParseSpan(tt.flag)
		if err != nil {
			t.Fatal(err)
		}
		if got := sp.String(); got != tt.want {
			t.Errorf("%s: String = %q, want %q", tt.flag, got, tt.want)
		}
		html := tt.html
		if html == "" {
			html = tt.want
		}
		for _, text := range []string{htmlRuleMeaning(RuleMet, sp), htmlPolicy(AllowMet, sp)} {
			if !strings.Contains(text, html) {
				t.Errorf("%s: report.html says %q, want %q in it", tt.flag, text, html)
			}
		}
		if text := htmlRuleMeaning(RuleLapsed, sp); !strings.Contains(text, tt.want) {
			t.Errorf("%s: report.html says %q, want %q in it", tt.flag, text, tt.want)
		}
		r := Rules{AsOf: asOf, Window: sp, Policy: DefaultPolicy()}
		met := Annotations{LastMet: mustPeriod(t, "2026-11-24")}
		if d := r.Decide(LinkedIn, &met); !strings.Contains(d.Reason, tt.reason) {
			t.Errorf("%s: reason %q, want %q in it", tt.flag, d.Reason, tt.reason)
		}
	}
}

func TestParseSpan(t *testing.T) {
	for _, s := range []string{"400d", "18m", "2y", " 1Y "} {
		if _, err := ParseSpan(s); err != nil {
			t.Errorf("ParseSpan(%q): %v", s, err)
		}
	}
	for _, s := range []string{"", "d", "1w", "-2y", "0m", "1.5y", "12"} {
		if _, err := ParseSpan(s); err == nil {
			t.Errorf("ParseSpan(%q) accepted", s)
		}
	}
	// A span of the right form but too long says so, not "not a span".
	if _, err := ParseSpan("100000y"); err != nil {
		t.Errorf("ParseSpan(100000y): %v", err)
	}
	if _, err := ParseSpan("100001d"); err == nil || !strings.Contains(err.Error(), `"100001d" is too long a span: at most 100,000 days, months or years`) {
		t.Errorf("ParseSpan(100001d) = %v", err)
	}
	// So does one past what a number holds: it said "not a span".
	if _, err := ParseSpan("99999999999999999999d"); err == nil || !strings.Contains(err.Error(), `"99999999999999999999d" is too long a span: at most 100,000 days, months or years`) {
		t.Errorf("ParseSpan(99999999999999999999d) = %v", err)
	}
	for _, tt := range []struct {
		span     string
		from, to Date
	}{
		{"18m", NewDate(2026, 11, 25), NewDate(2025, 5, 25)},
		{"18m", NewDate(2027, 8, 31), NewDate(2026, 2, 28)}, // no February 31st: its last day
		{"12m", NewDate(2028, 2, 29), NewDate(2027, 2, 28)},
		{"1y", NewDate(2026, 3, 31), NewDate(2025, 3, 31)},
		{"400d", NewDate(2026, 11, 25), NewDate(2025, 10, 21)},
	} {
		sp, err := ParseSpan(tt.span)
		if err != nil {
			t.Fatal(err)
		}
		if got := sp.Before(tt.from); got != tt.to {
			t.Errorf("%s before %s = %s, want %s", tt.span, tt.from, got, tt.to)
		}
	}
}

// Same: a year is twelve months to Before, so "1y" and "12m" are one
// window; days are not months.
func TestSpanSame(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		same bool
	}{
		{"1y", "12m", true}, {"24m", "2y", true}, {"18m", "18m", true},
		{"12m", "18m", false}, {"365d", "12m", false}, {"1y", "365d", false},
	} {
		a, _ := ParseSpan(tt.a)
		b, _ := ParseSpan(tt.b)
		if got := a.Same(b); got != tt.same {
			t.Errorf("%s.Same(%s) = %v, want %v", tt.a, tt.b, got, tt.same)
		}
		for _, d := range []Date{NewDate(2026, 11, 25), NewDate(2028, 2, 29), NewDate(2027, 8, 31)} {
			if tt.same && a.Before(d) != b.Before(d) {
				t.Errorf("%s and %s are the same but differ before %s", tt.a, tt.b, d)
			}
		}
	}
}

// ParsePeriod takes a date year first, as the ledger writes it, and as a
// person or a spreadsheet writes one year first: without the leading
// zeros, and with the time of day a spreadsheet saves a date-time cell
// with. It refuses what is ambiguous (day or month first), what is no
// day of the calendar, and days before 1970.
func TestParsePeriod(t *testing.T) {
	accept := []struct{ in, first, last string }{
		{"2026-03-02", "2026-03-02", "2026-03-02"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"2025", "2025-01-01", "2025-12-31"},
		{"", "", ""},
		{"   ", "", ""},
		{" 2026-03-02 ", "2026-03-02", "2026-03-02"},
		// a month's name with its accent typed after the letter (NFD, as
		// some Mac keyboards give it), which looks the same
		{"de\u0301cembre 2025", "2025-12-01", "2025-12-31"},
		{"3 fe\u0301vr. 2026", "2026-02-03", "2026-02-03"},
		{"2. Ma\u0308rz 2026", "2026-03-02", "2026-03-02"},
		// without the leading zeros
		{"2026-6-5", "2026-06-05", "2026-06-05"},
		{"2026-06-1", "2026-06-01", "2026-06-01"},
		{"2026-6-01", "2026-06-01", "2026-06-01"},
		{"2026-12-5", "2026-12-05", "2026-12-05"},
		{"2026-6", "2026-06-01", "2026-06-30"},
		{"2026-2", "2026-02-01", "2026-02-28"},
		{"2024-2", "2024-02-01", "2024-02-29"},
		{"2024-2-29", "2024-02-29", "2024-02-29"},  // a leap year
		{"2000-02-29", "2000-02-29", "2000-02-29"}, // divisible by 400: a leap year
		// a date-time cell as LibreOffice, Google Sheets or Numbers save it:
		// the day, whatever the time
		{"2026-06-01 00:00:00", "2026-06-01", "2026-06-01"},
		{"2026-06-01 00:00", "2026-06-01", "2026-06-01"},
		{"2026-06-01T00:00:00", "2026-06-01", "2026-06-01"},
		{"2026-06-01T00:00", "2026-06-01", "2026-06-01"},
		{"2026-06-01 23:59:59", "2026-06-01", "2026-06-01"},
		{"2026-06-01 9:30", "2026-06-01", "2026-06-01"},
		{"2026-06-01 14:05:00", "2026-06-01", "2026-06-01"},
		{"2026-6-1 00:00:00", "2026-06-01", "2026-06-01"},
		{"1970-01-01 00:00:00", "1970-01-01", "1970-01-01"},
		{"1970", "1970-01-01", "1970-12-31"},
		// year first with slashes or dots, as a person or a spreadsheet
		// in a region writing dates so (China, Japan...) writes them
		{"2026/3/2", "2026-03-02", "2026-03-02"},
		{"2026/03/02", "2026-03-02", "2026-03-02"},
		{"2026/03/2", "2026-03-02", "2026-03-02"},
		{"2026.03.02", "2026-03-02", "2026-03-02"},
		{"2026.3.2", "2026-03-02", "2026-03-02"},
		{"2026/3", "2026-03-01", "2026-03-31"},
		{"2026/03", "2026-03-01", "2026-03-31"},
		{"2024/2", "2024-02-01", "2024-02-29"},
		{"2024/2/29", "2024-02-29", "2024-02-29"},
		{" 2026/12/31 ", "2026-12-31", "2026-12-31"},
		{"2026/3/2 0:00", "2026-03-02", "2026-03-02"}, // a date-time, as Japanese Excel saves it
		{"2026/03/02 00:00:00", "2026-03-02", "2026-03-02"},
		{"2026.03.02 14:30", "2026-03-02", "2026-03-02"},
		// a month by its name, then the year in four digits, as people
		// following the method in French, German... type it: any case,
		// accents or not, whole or shortened, with a dot or not
		{"mars 2026", "2026-03-01", "2026-03-31"},
		{"March 2026", "2026-03-01", "2026-03-31"},
		{"Mar 2026", "2026-03-01", "2026-03-31"},
		{"MAR. 2026", "2026-03-01", "2026-03-31"},
		{"févr. 2026", "2026-02-01", "2026-02-28"},
		{"fevrier 2024", "2024-02-01", "2024-02-29"},
		{"Février 2026", "2026-02-01", "2026-02-28"},
		{"März 2026", "2026-03-01", "2026-03-31"},
		{"Maerz 2026", "2026-03-01", "2026-03-31"},
		{"Mrz 2026", "2026-03-01", "2026-03-31"},
		{"mrt 2026", "2026-03-01", "2026-03-31"},
		{"Sept. 2026", "2026-09-01", "2026-09-30"},
		{"juil. 2026", "2026-07-01", "2026-07-31"},
		{"juin 2026", "2026-06-01", "2026-06-30"},
		{"août 2026", "2026-08-01", "2026-08-31"},
		{"aout 2026", "2026-08-01", "2026-08-31"},
		{"déc. 2025", "2025-12-01", "2025-12-31"},
		{"Jänner 2026", "2026-01-01", "2026-01-31"},
		{"marzo de 2026", "2026-03-01", "2026-03-31"},
		{"maggio 2026", "2026-05-01", "2026-05-31"},
		{"mei 2026", "2026-05-01", "2026-05-31"},
		{"março de 2026", "2026-03-01", "2026-03-31"},
		{"Mar-2026", "2026-03-01", "2026-03-31"},
		{"  oct  2026 ", "2026-10-01", "2026-10-31"},
		// a month's number, then the year in four digits
		{"3/2026", "2026-03-01", "2026-03-31"},
		{"03/2026", "2026-03-01", "2026-03-31"},
		{"03-2026", "2026-03-01", "2026-03-31"},
		{"03.2026", "2026-03-01", "2026-03-31"},
		{"12/2025", "2025-12-01", "2025-12-31"},
		// a day with its month's name
		{"2 March 2026", "2026-03-02", "2026-03-02"},
		{"2 mars 2026", "2026-03-02", "2026-03-02"},
		{"02 Mar 2026", "2026-03-02", "2026-03-02"},
		{"2-Mar-2026", "2026-03-02", "2026-03-02"},
		{"March 2, 2026", "2026-03-02", "2026-03-02"},
		{"Mar 2, 2026", "2026-03-02", "2026-03-02"},
		{"March 2 2026", "2026-03-02", "2026-03-02"},
		{"2. März 2026", "2026-03-02", "2026-03-02"},
		{"2 de marzo de 2026", "2026-03-02", "2026-03-02"},
		{"29 févr. 2024", "2024-02-29", "2024-02-29"},
		{"31 déc. 2025", "2025-12-31", "2025-12-31"},
		// the first of the month as French writes it, a day as English
		// does, with its ordinal's letters, and a month shortened with a
		// dot before the day (AP style)
		{"1er mars 2026", "2026-03-01", "2026-03-01"},
		{"1ER MARS 2026", "2026-03-01", "2026-03-01"},
		{"1º de marzo de 2026", "2026-03-01", "2026-03-01"},
		{"1° maggio 2026", "2026-05-01", "2026-05-01"},
		{"March 2nd, 2026", "2026-03-02", "2026-03-02"},
		{"2nd March 2026", "2026-03-02", "2026-03-02"},
		{"March 21st, 2026", "2026-03-21", "2026-03-21"},
		{"23rd Mar 2026", "2026-03-23", "2026-03-23"},
		{"March 11th, 2026", "2026-03-11", "2026-03-11"},
		{"Mar. 2, 2026", "2026-03-02", "2026-03-02"},
		// spaces that do not break, as French typography puts between
		// the day and the month, and a text pasted from a web page or a
		// word processor keeps
		{"2\u00a0mars\u00a02026", "2026-03-02", "2026-03-02"},
		{"2\u202fmars 2026", "2026-03-02", "2026-03-02"},
		{"mars\u00a02026", "2026-03-01", "2026-03-31"},
		// a day with its month's name after its weekday, as a word
		// processor or a calendar writes it: whole or in three letters,
		// a dot, a comma or not, in the languages of the months' names
		{"lundi 2 mars 2026", "2026-03-02", "2026-03-02"},
		{"Lundi, 2 mars 2026", "2026-03-02", "2026-03-02"},
		{"Monday, March 2, 2026", "2026-03-02", "2026-03-02"},
		{"Monday March 2nd, 2026", "2026-03-02", "2026-03-02"},
		{"Mon 2 Mar 2026", "2026-03-02", "2026-03-02"},
		{"Mon., Mar. 2, 2026", "2026-03-02", "2026-03-02"},
		{"MONDAY 2 MARCH 2026", "2026-03-02", "2026-03-02"},
		{"martes, 3 de marzo de 2026", "2026-03-03", "2026-03-03"},
		{"miércoles 4 de marzo de 2026", "2026-03-04", "2026-03-04"},
		{"sáb. 7 mar. 2026", "2026-03-07", "2026-03-07"},
		{"Montag, 2. März 2026", "2026-03-02", "2026-03-02"},
		{"Do., 5. März 2026", "2026-03-05", "2026-03-05"},
		{"Sonnabend, 7. März 2026", "2026-03-07", "2026-03-07"},
		{"So 1 Mrz 2026", "2026-03-01", "2026-03-01"},
		{"Son 1 Mrz 2026", "2026-03-01", "2026-03-01"},
		{"lunedì 2 marzo 2026", "2026-03-02", "2026-03-02"},
		{"gio 5 mar 2026", "2026-03-05", "2026-03-05"},
		{"maandag 2 maart 2026", "2026-03-02", "2026-03-02"},
		{"zon 1 mrt 2026", "2026-03-01", "2026-03-01"},
		{"ma 2 mrt 2026", "2026-03-02", "2026-03-02"},
		{"Mo., 2. März 2026", "2026-03-02", "2026-03-02"},
		{"segunda-feira, 2 de março de 2026", "2026-03-02", "2026-03-02"},
		{"Terça-Feira, 3 de março de 2026", "2026-03-03", "2026-03-03"},
		{"sexta, 6 de março de 2026", "2026-03-06", "2026-03-06"},
		{"seg., 2 de mar. de 2026", "2026-03-02", "2026-03-02"},
		{"jeudi 1er janvier 1970", "1970-01-01", "1970-01-01"},
		{"lundi\u00a02\u00a0mars\u00a02026", "2026-03-02", "2026-03-02"},
		// mar is Tuesday (mardi, martes, martedì) before a day, March
		// where it is the month: Mar 2, 2026 is read whole first
		{"mar 3 mars 2026", "2026-03-03", "2026-03-03"},
		{"Mar 3 Mar 2026", "2026-03-03", "2026-03-03"},
		{"mar. 3 de marzo de 2026", "2026-03-03", "2026-03-03"},
		{"Mar 2, 2026", "2026-03-02", "2026-03-02"},
		{"mar 2026", "2026-03-01", "2026-03-31"},
	}
	for _, tt := range accept {
		p, err := ParsePeriod(tt.in)
		if err != nil || p.First.String() != tt.first || p.Last.String() != tt.last {
			t.Errorf("ParsePeriod(%q) = %s..%s, %v; want %s..%s", tt.in, p.First, p.Last, err, tt.first, tt.last)
		}
	}
	refuse := []struct {
		in  string
		day bool // a *DayError: the form of a date, no day of the calendar
	}{
		// day first, month first: which is the day cannot be told
		{"25/11/2026", false}, {"3/2/2026", false}, {"02.03.2026", false}, {"02-03-2026", false},
		{"5-6-2026", false}, {"11/25/2026", false}, {"02.03.26", false}, {"2/3/2026", false},
		{"02/03/26", false}, {"2.3.2026", false},
		// year first, one separator throughout, and a month with a dot
		// (a number to a spreadsheet: ErrDotMonth)
		{"2026/03-02", false}, {"2026-03/02", false}, {"2026.03/02", false}, {"2026/", false},
		{"2026/3/", false}, {"2026//3", false}, {"2026. 03. 02.", false}, {"2026.03.02.", false},
		{"2026.3", false}, {"2026.03", false}, {"2026.10", false}, {"2026\\03\\02", false},
		// not a year of four digits, or too many digits
		{"26", false}, {"26-6-5", false}, {"02026-01-01", false}, {"2026-006-01", false},
		{"2026-06-001", false}, {"20260601", false},
		// not a date at all, or a date with something after it
		{"yesterday", false}, {"2026-", false}, {"2026--01", false}, {"2026-06-", false}, {"2026-06-01-", false},
		{"-2026", false}, {"2026 06 01", false}, {"2026-06-01x", false}, {"x2026", false},
		// a time of day only after a whole day, and a time of day
		{"2026-06 00:00", false}, {"2026 00:00", false}, {"2026-06-01 24:00", false}, {"2026-06-01 12:60", false},
		{"2026-06-01 12:00:60", false}, {"2026-06-01 12", false}, {"2026-06-01 12:0", false},
		{"2026-06-01  00:00", false}, {"2026-06-01t00:00", false}, {"2026-06-01T00:00:00Z", false},
		{"2026-06-01 00:00:00.000", false}, {"2026-06-01 12:00 PM", false}, {"2026-06-01 123:00", false},
		// no day of the calendar
		{"2026-13", true}, {"2026-0", true}, {"2026-00", true}, {"2026-13-01", true}, {"2026-00-10", true},
		{"2026-02-30", true}, {"2026-2-29", true}, {"1900-02-29", true}, {"2026-04-31", true},
		{"2026-06-00", true}, {"2026-6-0", true}, {"2026-02-29 00:00:00", true},
		{"2026/13/02", true}, {"2026/2/30", true}, {"2026.02.30", true}, {"2026/0", true},
		{"2026/13", true}, {"2026/4/31 00:00", true},
		// a month by its name or its number, the year in two digits, or
		// a number that could be the day: which is meant cannot be told
		{"Mar-26", false}, {"mars 26", false}, {"03/26", false}, {"3-26", false}, {"March 26", false},
		{"2 mars 26", false}, {"March 2", false}, {"2 mars", false}, {"mars", false},
		// not a month's name, or one shortened so that it could be two
		// (jui: juin or juillet), or a day before the month's number
		{"Marseille 2025", false}, {"summer 2025", false}, {"jui 2026", false}, {"ma 2026", false},
		{"2026 mars", false}, {"mars 2026 2", false}, {"mars, 2026", false}, {"2, mars 2026", false},
		{"mars. 2026.", false}, {"03/2026/1", false}, {"003/2026", false}, {"3/02026", false},
		{"03/ 2026", false}, {"3/2026 00:00", false}, {"Mar 2., 2026", false},
		// a month or a day that is not one of the calendar
		{"13/2026", true}, {"0/2026", true}, {"00.2026", true}, {"30 févr. 2026", true},
		{"February 29, 2026", true}, {"0 mars 2026", true}, {"32 Jan 2026", true},
		// an ordinal's letters that are not the day's, or on the year
		{"2er mars 2026", false}, {"1nd March 2026", false}, {"11st March 2026", false}, {"2º de marzo de 2026", false},
		{"March 2, 2026th", false}, {"mars 2026er", false}, {"1 er mars 2026", false}, {"0th March 2026", true},
		{"2\u00a0\u00a0mars\u00a0", false}, {"2\u00a0-mars 2026", false},

		// a weekday only before a whole day with its month's name; a
		// word that only starts like one, or a weekday shortened
		// otherwise than to three letters (two in German, Dutch and
		// Spanish), is no weekday
		{"lundi mars 2026", false}, {"Monday, March 2026", false}, {"lundi 2026-03-02", false},
		{"lundi 02/03/2026", false}, {"lundi 2 mars 26", false}, {"lundi 2 mars", false},
		{"lundi", false}, {"lundi 2026", false}, {"lund 2 mars 2026", false}, {"me 2 mars 2026", false}, {"M 2 mars 2026", false},
		{"Mondays 2 March 2026", false}, {"lundi,2 mars 2026", false}, {"lundi. 2 mars 2026", false},
		{"segunda feira 2 de março de 2026", false}, {"seg-feira 2 de março de 2026", false},
		{"2 mars 2026 lundi", false}, {"lundi lundi 2 mars 2026", false}, {"Monday, 2026", false},
		{"lundi 30 févr. 2026", true}, {"Sunday, February 29, 2026", true},
	}
	for _, tt := range refuse {
		p, err := ParsePeriod(tt.in)
		if err == nil {
			t.Errorf("ParsePeriod(%q) = %s..%s, accepted", tt.in, p.First, p.Last)
			continue
		}
		var de *DayError
		if errors.As(err, &de) != tt.day {
			t.Errorf("ParsePeriod(%q): %v; a day that is not in the calendar: %v, want %v", tt.in, err, !tt.day, tt.day)
		}
	}
	// A month with a dot is refused as the number a spreadsheet takes it
	// for, whatever the month.
	for _, s := range []string{"2026.3", "2026.03", "2026.10", "2026.13", " 2026.1 "} {
		if _, err := ParsePeriod(s); !errors.Is(err, ErrDotMonth) {
			t.Errorf("ParsePeriod(%q): %v, want ErrDotMonth", s, err)
		}
	}
	// A day after a weekday that is not its own is refused as such,
	// the message naming both: which was meant cannot be told.
	for _, tt := range []struct{ in, want string }{
		{"mardi 2 mars 2026", `"mardi 2 mars 2026": the weekday does not match the date: mardi names a Tuesday, 2026-03-02 is a Monday`},
		{"Tuesday, March 2, 2026", "Tuesday names a Tuesday, 2026-03-02 is a Monday"},
		{"Mon 3 Mar 2026", "Mon names a Monday, 2026-03-03 is a Tuesday"},
		{"mar 2 mars 2026", "mar names a Tuesday, 2026-03-02 is a Monday"},
		{"lunes, 3 de marzo de 2026", "lunes names a Monday, 2026-03-03 is a Tuesday"},
		{"Dienstag, 2. März 2026", "Dienstag names a Tuesday"},
		{"quarta-feira, 2 de março de 2026", "quarta-feira names a Wednesday, 2026-03-02 is a Monday"},
		{"Sonnabend, 1. März 2026", "Sonnabend names a Saturday, 2026-03-01 is a Sunday"},
	} {
		_, err := ParsePeriod(tt.in)
		if we, ok := errors.AsType[*WeekdayError](err); !ok || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParsePeriod(%q): %v (%v); want a *WeekdayError saying %s", tt.in, err, we, tt.want)
		}
	}
	// A weekday in two letters is read in each language that writes it
	// so: Spanish ma (martes) is Tuesday where Dutch ma (maandag) is
	// Monday, Spanish do (domingo) Sunday where German Do. is Thursday.
	// The day is the date's either way; either meaning may be its own.
	for _, tt := range []struct{ in, want string }{
		{"ma. 3 mar. 2026", "2026-03-03"},
		{"ma 2 mrt 2026", "2026-03-02"},
		{"do. 1 mar. 2026", "2026-03-01"},
		{"Do., 5. März 2026", "2026-03-05"},
		{"lu. 2 mar. 2026", "2026-03-02"},
		{"ju. 5 de marzo de 2026", "2026-03-05"},
		{"vi. 6 mar. 2026", "2026-03-06"},
	} {
		if p, err := ParsePeriod(tt.in); err != nil || p.First.String() != tt.want {
			t.Errorf("ParsePeriod(%q) = %v, %v; want %s", tt.in, p, err, tt.want)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"ma 4 mrt 2026", "ma names a Monday or a Tuesday, 2026-03-04 is a Wednesday"},
		{"do. 2 mar. 2026", "do names a Sunday or a Thursday, 2026-03-02 is a Monday"},
	} {
		_, err := ParsePeriod(tt.in)
		if _, ok := errors.AsType[*WeekdayError](err); !ok || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParsePeriod(%q): %v; want a *WeekdayError saying %s", tt.in, err, tt.want)
		}
	}
	// Days before 1970 (1969-12-31 read as no date at all) are refused
	// as such; 1970 is the first year taken.
	for _, s := range []string{"1969-12-31", "1969-12", "1969", "1900-01-01", "1969-12-31 23:59:59", "1969-6-5", "1969-6", "0000", "1969/12/31", "1969.12.31", "1969/6", "déc. 1969", "12/1969", "31 December 1969"} {
		if _, err := ParsePeriod(s); !errors.Is(err, ErrBefore1970) {
			t.Errorf("ParsePeriod(%q): %v, want ErrBefore1970", s, err)
		}
	}
}

// ParsePeriod is asked of every ledger row: it allocates nothing for a
// date it takes.
func TestParsePeriodAllocs(t *testing.T) {
	for _, s := range []string{"", "2026", "2026-06", "2026-06-01", "2026-6-5", "2026-06-01 00:00:00", "2026-06-01T09:30", "2026/3/2", "2026.03.02", "2026/3", "mars 2026", "Févr. 2026", "März 2026", "03/2026", "2. März 2026", "March 2, 2026", "2 de marzo de 2026", "lundi 2 mars 2026", "Monday, March 2, 2026", "Mon 2 Mar 2026", "martes, 3 de marzo de 2026", "Montag, 2. März 2026", "segunda-feira, 2 de março de 2026", "mar 3 mars 2026"} {
		if got := testing.AllocsPerRun(100, func() { ParsePeriod(s) }); got != 0 {
			t.Errorf("ParsePeriod(%q): %v allocations, want none", s, got)
		}
	}
}

func TestPolicySet(t *testing.T) {
	p := DefaultPolicy()
	for _, bad := range []string{"facebook", "myspace=met", "facebook=met,friends", "=met", "twitter=none,met", "twitter=met, none"} {
		if err := p.Set(bad); err == nil {
			t.Errorf("Set(%q) accepted", bad)
		}
	}
	// What is wrong is said: a rule left out is no "unknown rule \"\"".
	for _, tt := range []struct{ in, want string }{
		{"facebook=", `"facebook=" gives no rules after the =`},
		{"facebook= ", `"facebook= " gives no rules after the =`},
		{"facebook=met,", `"facebook=met," has an empty rule (a comma too many)`},
		{"facebook=met,,supplier", `"facebook=met,,supplier" has an empty rule (a comma too many)`},
		{"facebook=friends", `unknown rule "friends"`},
		// X is Twitter's name now, and the tool says "Twitter/X": the
		// network is twitter here, as in a ledger key, and that is said.
		{"x=met", `unknown network "x": Twitter/X is twitter here, as in twitter=met`},
		{"X = met,inspiring", `unknown network "x": Twitter/X is twitter here, as in twitter=met,inspiring`},
		{"twitter/x=none", `unknown network "twitter/x": Twitter/X is twitter here, as in twitter=none`},
		{"myspace=met", `unknown network "myspace": want one of facebook, linkedin, twitter, instagram, youtube, mastodon`},
	} {
		if err := p.Set(tt.in); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Set(%q) = %v, want an error saying %s", tt.in, err, tt.want)
		}
	}
	if err := p.Set("LinkedIn=none"); err != nil || p.Allows(LinkedIn) != 0 {
		t.Errorf("linkedin=none: %v %v", err, p.Allows(LinkedIn))
	}
	if DefaultPolicy().Allows(Twitter) != AllowMet|AllowInspiring|AllowSupplier || DefaultPolicy().Allows(Facebook) != AllowMet {
		t.Error("default policy is not the seed's")
	}
}

// TestDecidePolicyReason: the reason of an account the network's policy
// does not keep says, in the words report.html uses, what that network
// keeps, and the flag that sets it: "your facebook policy keeps only:
// met" read as a riddle to someone who never gave a policy, and did not
// say that a meeting within the window would keep them there.
func TestDecidePolicyReason(t *testing.T) {
	asOf := NewDate(2026, 11, 25)
	long, err := ParseSpan("1200d")
	if err != nil {
		t.Fatal(err)
	}
	year, err := ParseSpan("1y")
	if err != nil {
		t.Fatal(err)
	}
	custom := DefaultPolicy()
	for _, s := range []string{"facebook=met,inspiring", "twitter=none", "linkedin=inspiring,supplier"} {
		if err := custom.Set(s); err != nil {
			t.Fatal(err)
		}
	}
	for _, tt := range []struct {
		name    string
		window  Span
		policy  Policy
		network string
		a       Annotations
		lastMet string
		want    string
	}{
		{"inspiring on facebook", DefaultWindow, DefaultPolicy(), Facebook, Annotations{Inspiring: true}, "",
			"inspiring, but Facebook keeps only people you met in the last 12 months (--policy facebook=met)"},
		{"a supplier met long ago on facebook", DefaultWindow, DefaultPolicy(), Facebook, Annotations{Supplier: true}, "2020-01-01",
			"a supplier, but Facebook keeps only people you met in the last 12 months (--policy facebook=met); last met 2020-01-01, more than 12 months before 2026-11-25"},
		{"a long window in plain digits", long, DefaultPolicy(), Facebook, Annotations{Inspiring: true, Supplier: true}, "",
			"inspiring and a supplier, but Facebook keeps only people you met in the last 1200 days (--policy facebook=met)"},
		{"a window of one year", year, DefaultPolicy(), Facebook, Annotations{Inspiring: true}, "",
			"inspiring, but Facebook keeps only people you met in the last year (--policy facebook=met)"},
		{"a supplier where met and inspiring keep", DefaultWindow, custom, Facebook, Annotations{Supplier: true}, "",
			"a supplier, but Facebook keeps only people you met in the last 12 months and people who inspire you (--policy facebook=met,inspiring)"},
		{"a network that keeps nobody", DefaultWindow, custom, Twitter, Annotations{Inspiring: true}, "2026-11-01",
			"met recently and inspiring, but Twitter/X keeps nobody (--policy twitter=none)"},
		{"met where meetings do not keep", DefaultWindow, custom, LinkedIn, Annotations{}, "2026-11-01",
			"met recently, but LinkedIn keeps only people who inspire you and your regular suppliers (--policy linkedin=inspiring,supplier)"},
		// A meeting before the window is said only where a meeting within
		// it would keep them: on a network that keeps nobody, or keeps no
		// one for meeting them, when they were met changes nothing.
		{"a supplier met long ago where nobody is kept", DefaultWindow, custom, Twitter, Annotations{Supplier: true}, "2020-01-01",
			"a supplier, but Twitter/X keeps nobody (--policy twitter=none)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Rules{AsOf: asOf, Window: tt.window, Policy: tt.policy}
			a := tt.a
			a.LastMet = mustPeriod(t, tt.lastMet)
			d := r.Decide(tt.network, &a)
			if d.Keep || d.Rule != RulePolicy || d.Reason != tt.want {
				t.Errorf("Decide = %v %s %q\nwant unfollow %s %q", d.Keep, d.Rule, d.Reason, RulePolicy, tt.want)
			}
		})
	}
}

// TestDecidePartialDateReason: a month or a year that starts before the
// window and ends in it keeps as its last day (the benefit of the
// doubt), and the reason says so, rather than that "2025" is within 12
// months of 2026-11-25 as a fact: the person may have met them in
// January 2025, and may give the month or the day. A period wholly in
// the window, or a day, reads as before.
func TestDecidePartialDateReason(t *testing.T) {
	r := Rules{AsOf: NewDate(2026, 11, 25), Window: DefaultWindow, Policy: DefaultPolicy()}
	for _, tt := range []struct{ lastMet, want string }{
		{"2025", "last met 2025, within 12 months before 2026-11-25 (a year counts as its last day, 2025-12-31)"},
		{"2025-11", "last met 2025-11, within 12 months before 2026-11-25 (a month counts as its last day, 2025-11-30)"},
		{"2025-12", "last met 2025-12, within 12 months before 2026-11-25"},
		{"2026", "last met 2026, within 12 months before 2026-11-25"},
		{"2025-11-25", "last met 2025-11-25, within 12 months before 2026-11-25"},
	} {
		a := Annotations{LastMet: mustPeriod(t, tt.lastMet)}
		if d := r.Decide(Twitter, &a); !d.Keep || d.Rule != RuleMet || d.Reason != tt.want {
			t.Errorf("%s: Decide = %v %s %q, want keep met %q", tt.lastMet, d.Keep, d.Rule, d.Reason, tt.want)
		}
	}
}

// TestDecidePartialDateNotOver: with a window shorter than the part of
// the year (or month) gone by, the year of the audit may keep as its
// last day too: that day is after the audit's, and the reason said
// "(a year counts as its last day, 2026-12-31)" on 2026-11-25, a
// meeting to come. It says the audit's day, as far as the year went.
func TestDecidePartialDateNotOver(t *testing.T) {
	asOf := NewDate(2026, 11, 25)
	for _, tt := range []struct{ window, lastMet, want string }{
		{"90d", "2026", "last met 2026, within 90 days before 2026-11-25 (a year not over counts as its last day so far, 2026-11-25)"},
		{"6m", "2026", "last met 2026, within 6 months before 2026-11-25 (a year not over counts as its last day so far, 2026-11-25)"},
		{"10d", "2026-11", "last met 2026-11, within 10 days before 2026-11-25 (a month not over counts as its last day so far, 2026-11-25)"},
		{"90d", "2026-08", "last met 2026-08, within 90 days before 2026-11-25 (a month counts as its last day, 2026-08-31)"},
		{"90d", "2026-11", "last met 2026-11, within 90 days before 2026-11-25"},
	} {
		w, err := ParseSpan(tt.window)
		if err != nil {
			t.Fatal(err)
		}
		r := Rules{AsOf: asOf, Window: w, Policy: DefaultPolicy()}
		a := Annotations{LastMet: mustPeriod(t, tt.lastMet)}
		if d := r.Decide(Twitter, &a); !d.Keep || d.Rule != RuleMet || d.Reason != tt.want {
			t.Errorf("%s, %s: Decide = %v %s %q, want keep met %q", tt.window, tt.lastMet, d.Keep, d.Rule, d.Reason, tt.want)
		}
	}
}

// ParsePeriod reads a date by its month's name, with an ordinal or
// spaces that do not break, without allocating: it is asked of every
// row of the ledger.
func TestParsePeriodNamedAllocs(t *testing.T) {
	for _, s := range []string{"2 mars 2026", "Févr. 2026", "03/2026", "March 2nd, 2026", "1er mars 2026", "2\u00a0de marzo de 2026", "ma. 3 mar. 2026", "Do., 5. März 2026"} {
		if got := testing.AllocsPerRun(100, func() {
			if _, err := ParsePeriod(s); err != nil {
				t.Fatal(err)
			}
		}); got != 0 {
			t.Errorf("ParsePeriod(%q): %v allocations, want none", s, got)
		}
	}
}
