package audit

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// spreadsheetDateFix is what to do about a last_met cell a spreadsheet
// saved in its own form of a date (see spreadsheetDate). Excel takes a
// format's letters in its own language: a French Excel refuses
// yyyy-mm-dd, and the person it was given to could not follow it.
const spreadsheetDateFix = ", not in the ledger's form (YYYY-MM-DD, YYYY-MM or YYYY): a spreadsheet (Excel, Numbers, Google Sheets) saves a date, typed or written by review as 2026-03-02, as your region shows it: a day as 02/03/2026, where which number is the day cannot be told, a month as Mar-26. " +
	spreadsheetFormatFix

// spreadsheetFormatFix is how to have a spreadsheet save the last_met
// cells in the ledger's form.
const spreadsheetFormatFix = "Give the last_met cells the format yyyy-mm-dd (yyyy-mm for a month; Excel: Format Cells → Custom, where a French Excel writes it aaaa-mm-jj and a German one JJJJ-MM-TT) and save again, or write the dates in cells formatted as Text"

// spreadsheetNamedFix is spreadsheetDateFix for a day a spreadsheet saved
// with its month's name (2-mars-26, Monday, 2-Mar-26): which number
// is the day is no question there, what to write instead is.
const spreadsheetNamedFix = ", not in a form the ledger reads: write it year first (2026-03-02), or by its month's name with the year in four digits (2 March 2026, March 2, 2026). " +
	"A spreadsheet (Excel, Numbers, Google Sheets) saves a date, typed or written by review as 2026-03-02, as your region shows it. " + spreadsheetFormatFix

// spreadsheetMonthFix is what to do about a month a spreadsheet saved
// with its year in two digits (Mar-26). %s is the month year first.
const spreadsheetMonthFix = "is a month as a spreadsheet shows it, its year in two digits, not in a form the ledger reads: write it year first, %s, or by its name or number with the year in four digits (March 2026, 03/2026). " +
	"A spreadsheet (Excel, Numbers, Google Sheets) saves a date as your region shows it, a month as Mar-26. " + spreadsheetFormatFix

// shortYearMonthMsg is the message for a month's number and a year in
// two digits (03/26), or a month and a day with no year: which is meant
// cannot be told, and no day is said to be in question.
const shortYearMonthMsg = "is a month or a day without a year of four digits: write a month year first, 2026-03 (or 03/2026), a day 2026-03-02"

// spreadsheetDate says how a last_met cell that is not a date of the
// ledger's forms looks like one a spreadsheet wrote, and what to do about
// it, or returns "". Only a day written in numbers alone is said to be
// one where which number is the day cannot be told. Excel
// reads 2026-03-02 in a CSV as a date and saves it as its region shows
// dates (3/2/2026, 02/03/2026, 02.03.2026, 2-Mar-26; Numbers and Google
// Sheets in the US Mar 2, 2026), a month (2026-03)
// as Mar-26, and a date cell formatted as Text afterwards as its serial
// number (46083): the message "write YYYY-MM-DD" alone was a riddle to
// someone who had, and who would type it again in vain. Year first
// (2026/3/2, 2026.03.02) ParsePeriod reads it; what is left of that
// shape here (2026. 03. 02., as Hungarian Excel saves it) is still said
// to be a spreadsheet's, and the fix is the same.
func spreadsheetDate(v string) string {
	v = withoutClock(strings.TrimSpace(v))
	if len(v) == 5 && isDigits(v) {
		// Days since 1899-12-30: 25569 is 1970-01-01, 80000 is in 2119.
		if n, _ := strconv.Atoi(v); n >= 25569 && n < 80000 {
			return "is the number a spreadsheet keeps a date as" + spreadsheetDateFix
		}
		return ""
	}
	if strings.Contains(v, ",") {
		// Mar 2, 2026 and Monday, March 2, 2026, as Numbers and Google
		// Sheets show a date in the US: a comma is one only before a
		// space (3,2,2026 is not such a date).
		if strings.Count(v, ",") != strings.Count(v, ", ") {
			return ""
		}
		v = strings.ReplaceAll(v, ", ", " ")
	}
	parts := strings.FieldsFunc(v, func(r rune) bool { return r == '/' || r == '.' || r == '-' || r == ' ' })
	// Spanish and Portuguese name a day "2 de marzo de 2026", a month
	// "marzo de 2026", after the weekday "lunes" or "segunda-feira".
	parts = slices.DeleteFunc(parts, func(p string) bool {
		p = strings.ToLower(p)
		return p == "de" || p == "del" || p == "feira"
	})
	if len(parts) == 4 && weekdayName(parts[0]) {
		// A long date with a year in two digits: Monday, 2-Mar-26.
		parts = parts[1:]
	}
	if len(parts) < 2 || len(parts) > 3 {
		return ""
	}
	named := 0 // parts that are a month's name (Mar, mars, März)
	for _, p := range parts {
		switch {
		case isDigits(p) && len(p) <= 4:
		case monthName(p):
			named++
		default:
			return ""
		}
	}
	switch {
	case named == 1 && shortenedIntoTwo(parts):
		// jui 2026, 2 jui 2026, jui-26: no spreadsheet shows a month so
		// (French Excel's are juin and juil.), whatever the year's
		// digits; the word is too short to tell which month. jui is the
		// only start of three letters or more that monthOf refuses (of
		// monthsFolded's names), so the message names it.
		return "names a month shortened so that it could be two months (jui: juin or juillet): write the month's name whole (juillet 2026), or the month year first (2026-07)"
	case named == 1 && len(parts) == 2 && !isDigits(parts[0]) && len(parts[1]) == 2:
		// Mar-26, as a spreadsheet saves a month. (March 2026 is read.)
		m := monthOf(strings.TrimSuffix(parts[0], "."))
		if m == 0 { // none a monthName names but jui, told above; kept should they part
			return "is a month as a spreadsheet shows it" + spreadsheetNamedFix
		}
		return fmt.Sprintf(spreadsheetMonthFix, fmt.Sprintf("20%s-%02d", parts[1], m))
	case named == 1 && (len(parts) == 2 && !isDigits(parts[0]) || len(parts) == 3 && !isDigits(parts[1])):
		// 2-Mar-26, Monday 2 Mar 26.
		return "is a date as a spreadsheet shows it" + spreadsheetNamedFix
	case named == 1 && len(parts) == 3 && !isDigits(parts[0]) && len(parts[1]) <= 2 && len(parts[2]) == 4:
		// Mar 2, 2026, month first by its name (read; here after a word
		// that only starts like a weekday).
		return "is a date as a spreadsheet shows it" + spreadsheetNamedFix
	case named == 0 && len(parts) == 3 && !(len(parts[0]) == 4 && strings.Contains(v, "-")):
		// 3/2/2026, 02.03.26, 2026. 03. 02.; not 2026-3-2, typed so.
	case named == 0 && len(parts) == 2 && len(parts[0]) <= 2 && len(parts[1]) <= 2 && !strings.Contains(v, " "):
		// 03/26: March 2026, or March 26th.
		return shortYearMonthMsg
	default:
		return ""
	}
	return "is a date as a spreadsheet shows it" + spreadsheetDateFix
}

// withoutClock returns v without the time of day a spreadsheet saves after
// a date it holds as a date and time (02/03/2026 00:00, 3/2/2026 0:00:00,
// 3/2/26 12:00 AM: Excel, given 2026-03-02 00:00:00 as LibreOffice or
// Google Sheets saved it), so that the date before it is told a
// spreadsheet's as it is alone; v as it is where no date precedes one.
func withoutClock(v string) string {
	rest, last, ok := cutLastField(v)
	if !ok {
		return v
	}
	if l := strings.ToUpper(last); l == "AM" || l == "PM" {
		if rest, last, ok = cutLastField(rest); !ok {
			return v
		}
	}
	h, ms, _ := strings.Cut(last, ":")
	if len(h) < 1 || len(h) > 2 || !isDigits(h) || len(ms) != 2 && len(ms) != 5 {
		return v
	}
	m, sec, withSec := strings.Cut(ms, ":")
	if len(m) != 2 || !isDigits(m) || withSec && (len(sec) != 2 || !isDigits(sec)) {
		return v
	}
	return rest
}

// cutLastField splits v at its last space into what comes before it,
// trimmed, and the word after; ok is false where either is empty.
func cutLastField(v string) (rest, last string, ok bool) {
	i := strings.LastIndexByte(v, ' ')
	if i < 0 {
		return v, "", false
	}
	rest, last = strings.TrimRight(v[:i], " "), v[i+1:]
	return rest, last, rest != "" && last != ""
}

// yearAsDate returns the year a last_met cell held before a spreadsheet
// gave it a date's format, or 0. A year alone (2026) is a number to
// Excel, and formatted yyyy-mm-dd, as the message of spreadsheetDate
// asks for the column's dates, the number is taken for a day count from
// 1899-12-30: 2026 shows as 1905-07-18. Years 1970 to 2100 fall within
// 1905, which no one gives as the day they last met.
//
// A day is read in any form ParsePeriod takes (1905-7-18,
// 1905-07-18 00:00:00).
func yearAsDate(v string) int {
	y, m, d, parts := splitDate(strings.TrimSpace(v))
	if parts != 3 || y != 1905 || m < 1 || m > 12 || d < 1 || d > DaysIn(y, time.Month(m)) {
		return 0
	}
	y = int(NewDate(y, time.Month(m), d) - NewDate(1899, time.December, 30))
	if y < 1970 || y > 2100 {
		return 0
	}
	return y
}

// monthNames are the months' names in the languages whose yes and no the
// ledger reads (see ParseBool): English, French, German (and Austrian
// Jänner), Spanish, Italian, Dutch and Portuguese, with the accents
// left out too. A spreadsheet shortens them to their first letters (Mar,
// févr, juil, sept), but for monthShort's.
var monthNames = strings.Fields("january february march april may june july august september october november december " +
	"janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre " +
	"januar jänner jaenner februar märz maerz marz juni juli oktober dezember " +
	"enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre " +
	"gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre " +
	"januari februari maart mei augustus " +
	"janeiro fevereiro março marco maio junho julho setembro outubro novembro dezembro")

// monthShort are the short months' names that are not the first letters
// of a name: German Excel's Mrz, Dutch mrt.
var monthShort = []string{"mrz", "mrt"}

// monthName reports whether p is a month's name as a spreadsheet writes
// it in a date (Mar, mars, März, juil, maart), whole or its first three
// letters or more, not any word (summer 2025), nor one that starts like
// a month (Marseille 2025, Gent 2025: a place met at).
func monthName(p string) bool {
	n := utf8.RuneCountInString(p)
	if n < 3 || n > 10 || strings.IndexFunc(p, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	p = strings.ToLower(p)
	return slices.Contains(monthShort, p) || slices.ContainsFunc(monthNames, func(m string) bool { return strings.HasPrefix(m, p) })
}

// shortenedIntoTwo reports whether the one month's name among parts (see
// monthName) is one monthOf refuses: a start of two months' names, which
// the person is to write whole rather than be told of a spreadsheet's
// date.
func shortenedIntoTwo(parts []string) bool {
	for _, p := range parts {
		if !isDigits(p) {
			return monthOf(strings.TrimSuffix(p, ".")) == 0
		}
	}
	return false
}

// weekdayNames are the first three letters of the weekdays' names in the
// languages of monthNames, as a long date starts (Monday, lundi, Montag,
// lunes, lunedì, maandag, segunda).
var weekdayNames = strings.Fields("mon tue wed thu fri sat sun lun mar mer jeu ven sam dim die mit don fre son mié mie jue vie sáb sab dom gio maa din woe vri zat zon seg ter qua qui sex")

// weekdayName reports whether p is a weekday's name, short or whole, as a
// spreadsheet writes it before a long date.
func weekdayName(p string) bool {
	n := utf8.RuneCountInString(p)
	if n < 3 || n > 13 || strings.IndexFunc(p, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	r := []rune(strings.ToLower(p))
	return slices.Contains(weekdayNames, string(r[:3]))
}

// isDigits reports whether s is one or more ASCII digits.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
