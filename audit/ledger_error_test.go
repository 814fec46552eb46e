package audit_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

func TestReadLedgerErrors(t *testing.T) {
	header := stdHeader + "\n"
	ok := "p1,Ada,facebook:ada.1,,,,,,,,yes\n"
	wantHeader := strings.Join(audit.LedgerColumns, ",")
	tests := []struct {
		name   string
		in     string
		line   int
		column string
		value  string
		msg    []string // the message also says these (what is accepted)
	}{
		{"unknown boolean", header + ok + "p2,Bob,twitter:2,,,,maybe,,,,yes\n", 3, "toxic", "maybe",
			[]string{"yes/no, y/n, true/false, 1/0, x"}},
		// Which of two note columns holds the notes? Neither is guessed.
		{"a column of the tool's twice", stdHeader + ",Note\n" + ok, 1, "12", "Note",
			[]string{"also column 10"}},
		// A line break inside a quoted column name: lines no longer split
		// as the file's rows.
		{"line break in a column name", stdHeader + ",\"my\ncolumn\"\n" + ok, 1, "12", "my\ncolumn",
			[]string{"line break"}},
		{"unknown boolean under a header typed in capitals", strings.ToUpper(header) + ok + "p2,Bob,twitter:2,,,,maybe,,,,yes\n", 3, "toxic", "maybe",
			[]string{"yes/no"}},
		{"unknown boolean in inspiring", header + ok + "p2,Bob,twitter:2,,peut-être,,,,,,yes\n", 3, "inspiring", "peut-être",
			[]string{"yes/no"}},
		{"day first date", header + ok + "p2,Bob,twitter:2,25/11/2026,,,,,,,yes\n", 3, "last_met", "25/11/2026",
			[]string{"YYYY-MM-DD, YYYY-MM or YYYY"}},
		// Excel shows a YYYY-MM-DD date (typed, or written by review) in
		// the region's form, and saves the CSV so: the message says so,
		// and how to get the ledger's form back for the whole column.
		{"date a spreadsheet saved, US", header + ok + "p2,Bob,twitter:2,3/2/2026,,,,,,,yes\n", 3, "last_met", "3/2/2026",
			[]string{"a spreadsheet", "yyyy-mm-dd", "Format Cells", "YYYY-MM-DD, YYYY-MM or YYYY"}},
		{"date a spreadsheet saved, German", header + ok + "p2,Bob,twitter:2,02.03.2026,,,,,,,yes\n", 3, "last_met", "02.03.2026",
			[]string{"a spreadsheet", "yyyy-mm-dd"}},
		// French and German Excel take their format codes in their own
		// letters (a French yyyy-mm-dd is no format): the message gives
		// them, for the regions the ledger's words are read in.
		{"date a French Excel saved", header + ok + "p2,Bob,twitter:2,15/03/2026,,,,,,,yes\n", 3, "last_met", "15/03/2026",
			[]string{"a spreadsheet", "yyyy-mm-dd", "aaaa-mm-jj", "JJJJ-MM-TT"}},
		{"month a spreadsheet saved", header + ok + "p2,Bob,twitter:2,Mar-26,,,,,,,yes\n", 3, "last_met", "Mar-26",
			[]string{"a spreadsheet", "yyyy-mm", "a month as Mar-26"}},
		// German Excel shortens März to Mrz.
		{"month a German Excel saved", header + ok + "p2,Bob,twitter:2,Mrz-26,,,,,,,yes\n", 3, "last_met", "Mrz-26",
			[]string{"a spreadsheet", "yyyy-mm", "JJJJ-MM-TT"}},
		{"day a spreadsheet saved with its month's name", header + ok + "p2,Bob,twitter:2,2-mars-26,,,,,,,yes\n", 3, "last_met", "2-mars-26",
			[]string{"a spreadsheet", "yyyy-mm-dd"}},
		// A long date after its weekday, as Numbers, Google Sheets or a
		// word processor writes it, is read (TestReadLedgerDates) where
		// the weekday is the day's; where it is not, which of the two was
		// meant cannot be told, and the message names both.
		{"long day after a weekday not its own", header + ok + "p2,Bob,twitter:2,\"Tuesday, March 2, 2026\",,,,,,,yes\n", 3, "last_met", "Tuesday, March 2, 2026",
			[]string{"names a day after a weekday that is not its own (the weekday does not match the date: Tuesday names a Tuesday, 2026-03-02 is a Monday): check the date, or write it without the weekday"}},
		{"day first after a weekday not its own", header + ok + "p2,Bob,twitter:2,mardi 2 mars 2026,,,,,,,yes\n", 3, "last_met", "mardi 2 mars 2026",
			[]string{"the weekday does not match the date: mardi names a Tuesday, 2026-03-02 is a Monday"}},
		{"German day after a weekday not its own", header + ok + "p2,Bob,twitter:2,\"Dienstag, 2. März 2026\",,,,,,,yes\n", 3, "last_met", "Dienstag, 2. März 2026",
			[]string{"Dienstag names a Tuesday, 2026-03-02 is a Monday"}},
		{"short day after a short weekday not its own", header + ok + "p2,Bob,twitter:2,\"Tue, Mar 2, 2026\",,,,,,,yes\n", 3, "last_met", "Tue, Mar 2, 2026",
			[]string{"Tue names a Tuesday, 2026-03-02 is a Monday"}},
		{"a weekday before a day a spreadsheet saved", header + ok + "p2,Bob,twitter:2,\"Monday, 2-Mar-26\",,,,,,,yes\n", 3, "last_met", "Monday, 2-Mar-26",
			[]string{"a spreadsheet", "yyyy-mm-dd"}},
		// Months whole in every language listed (Dutch maart is no
		// "mar..." short name), Spanish and Portuguese with "de", and
		// Austrian Jänner; a word that merely starts like a month (a
		// place met at) is no month, and a date in words no
		// spreadsheet's.
		{"long day after a Dutch weekday not its own", header + ok + "p2,Bob,twitter:2,dinsdag 2 maart 2026,,,,,,,yes\n", 3, "last_met", "dinsdag 2 maart 2026",
			[]string{"dinsdag names a Tuesday, 2026-03-02 is a Monday"}},
		{"long day after a Spanish weekday not its own", header + ok + "p2,Bob,twitter:2,\"lunes, 3 de marzo de 2026\",,,,,,,yes\n", 3, "last_met", "lunes, 3 de marzo de 2026",
			[]string{"lunes names a Monday, 2026-03-03 is a Tuesday"}},
		{"long day after a Portuguese weekday not its own", header + ok + "p2,Bob,twitter:2,\"terça-feira, 2 de março de 2026\",,,,,,,yes\n", 3, "last_met", "terça-feira, 2 de março de 2026",
			[]string{"terça-feira names a Tuesday, 2026-03-02 is a Monday"}},
		{"month an Austrian Excel saved", header + ok + "p2,Bob,twitter:2,Jän-26,,,,,,,yes\n", 3, "last_met", "Jän-26",
			[]string{"a spreadsheet", "yyyy-mm"}},
		// A month with its year in two digits is said what to write
		// instead, a day with its month's name too; neither is said to be
		// one where which number is the day cannot be told.
		{"month a spreadsheet saved, what to write", header + ok + "p2,Bob,twitter:2,mars-26,,,,,,,yes\n", 3, "last_met", "mars-26",
			[]string{"is a month as a spreadsheet shows it, its year in two digits", "write it year first, 2026-03, or", "March 2026, 03/2026"}},
		{"month's number and a year of two digits", header + ok + "p2,Bob,twitter:2,03/26,,,,,,,yes\n", 3, "last_met", "03/26",
			[]string{"is a month or a day without a year of four digits: write a month year first, 2026-03 (or 03/2026), a day 2026-03-02"}},
		{"month's number, a year of two digits, dashes", header + ok + "p2,Bob,twitter:2,3-26,,,,,,,yes\n", 3, "last_met", "3-26",
			[]string{"is a month or a day without a year of four digits"}},
		{"a day with its month's name after a weekday, the year in two digits, what to write", header + ok + "p2,Bob,twitter:2,\"lundi, 2 mars 26\",,,,,,,yes\n", 3, "last_met", "lundi, 2 mars 26",
			[]string{"write it year first (2026-03-02), or by its month's name with the year in four digits"}},
		{"a month that is none, by its number", header + ok + "p2,Bob,twitter:2,13/2026,,,,,,,yes\n", 3, "last_met", "13/2026",
			[]string{"is not a day of the calendar (a month is 1 to 12)"}},
		{"a day with its month's name that is none", header + ok + "p2,Bob,twitter:2,30 févr. 2026,,,,,,,yes\n", 3, "last_met", "30 févr. 2026",
			[]string{"is not a day of the calendar (2026-02 has days 1 to 28)"}},
		// A month shortened so that it could be two (jui: juin or
		// juillet), its year in four digits: no spreadsheet's date, and
		// said which months it could be.
		{"a month shortened into two, its year whole", header + ok + "p2,Bob,twitter:2,jui 2026,,,,,,,yes\n", 3, "last_met", "jui 2026",
			[]string{"could be two months", "write the month's name whole"}},
		// So is it with the year in two digits (jui-26, typed after
		// juil.-26 as French Excel shows a month): no spreadsheet shows
		// jui, and the month's name is what to correct.
		{"a month shortened into two, its year in two digits", header + ok + "p2,Bob,twitter:2,jui-26,,,,,,,yes\n", 3, "last_met", "jui-26",
			[]string{"could be two months", "write the month's name whole"}},
		{"a place that starts like a month, not a date a spreadsheet saved", header + ok + "p2,Bob,twitter:2,Marseille 2025,,,,,,,yes\n", 3, "last_met", "Marseille 2025",
			[]string{"is not a date: write YYYY-MM-DD"}},
		{"a town that starts like a month, not a date a spreadsheet saved", header + ok + "p2,Bob,twitter:2,Gent 2025,,,,,,,yes\n", 3, "last_met", "Gent 2025",
			[]string{"is not a date: write YYYY-MM-DD"}},
		{"a date in words, not a date a spreadsheet saved", header + ok + "p2,Bob,twitter:2,early March 2026,,,,,,,yes\n", 3, "last_met", "early March 2026",
			[]string{"is not a date: write YYYY-MM-DD", "(March 2026, 03/2026), or leave it empty"}},
		{"a weekday before a month, not a date a spreadsheet saved", header + ok + "p2,Bob,twitter:2,\"Monday, March 2026\",,,,,,,yes\n", 3, "last_met", "Monday, March 2026",
			[]string{"is not a date: write YYYY-MM-DD"}},
		{"words and a comma, not a date a spreadsheet saved", header + ok + "p2,Bob,twitter:2,\"summer, March 2026\",,,,,,,yes\n", 3, "last_met", "summer, March 2026",
			[]string{"is not a date: write YYYY-MM-DD"}},
		{"numbers and commas, not a date a spreadsheet saved", header + ok + "p2,Bob,twitter:2,\"3,2,2026\",,,,,,,yes\n", 3, "last_met", "3,2,2026",
			[]string{"is not a date: write YYYY-MM-DD"}},
		// A date-time the ledger reads (2026-03-02 00:00:00, as
		// LibreOffice or Google Sheets saved it) that Excel saved in turn
		// as its region shows one: the same spreadsheet's date, with the
		// same fix, not a riddle.
		{"a date-time a spreadsheet saved day first", header + ok + "p2,Bob,twitter:2,02/03/2026 00:00,,,,,,,yes\n", 3, "last_met", "02/03/2026 00:00",
			[]string{"is a date as a spreadsheet shows it", "which number is the day cannot be told", "yyyy-mm-dd"}},
		{"a date-time a spreadsheet saved month first, seconds and all", header + ok + "p2,Bob,twitter:2,3/2/2026 0:00:00,,,,,,,yes\n", 3, "last_met", "3/2/2026 0:00:00",
			[]string{"is a date as a spreadsheet shows it", "yyyy-mm-dd"}},
		{"a date-time a spreadsheet saved with a year of two digits and AM", header + ok + "p2,Bob,twitter:2,3/2/26 12:00 AM,,,,,,,yes\n", 3, "last_met", "3/2/26 12:00 AM",
			[]string{"is a date as a spreadsheet shows it", "yyyy-mm-dd"}},
		{"a date-time a spreadsheet saved with its month's name", header + ok + "p2,Bob,twitter:2,02-mars-26 00:00,,,,,,,yes\n", 3, "last_met", "02-mars-26 00:00",
			[]string{"is a date as a spreadsheet shows it", "write it year first (2026-03-02)"}},
		{"a time alone, not a date a spreadsheet saved", header + ok + "p2,Bob,twitter:2,12:00,,,,,,,yes\n", 3, "last_met", "12:00",
			[]string{"is not a date: write YYYY-MM-DD"}},
		// The column given a date's format, as that message asks: a
		// year alone is a number, 2026, shown so as 1905-07-18.
		{"a year a spreadsheet shows as a date", header + ok + "p2,Bob,twitter:2,1905-07-18,,,,,,,yes\n", 3, "last_met", "1905-07-18",
			[]string{"the year 2026", "Text"}},
		{"words, not a date a spreadsheet saved", header + ok + "p2,Bob,twitter:2,summer 2025,,,,,,,yes\n", 3, "last_met", "summer 2025",
			[]string{"is not a date: write YYYY-MM-DD"}},
		// Year first, a date's form is the ledger's: one that is no day
		// of the calendar is said so, not "write YYYY-MM-DD".
		{"a date typed without its zeros, no day of the calendar", header + ok + "p2,Bob,twitter:2,2026-2-30,,,,,,,yes\n", 3, "last_met", "2026-2-30",
			[]string{"is not a day of the calendar (2026-02 has days 1 to 28): check the date"}},
		{"a month that is none", header + ok + "p2,Bob,twitter:2,2026-13,,,,,,,yes\n", 3, "last_met", "2026-13",
			[]string{"is not a day of the calendar (a month is 1 to 12)"}},
		{"a date-time a spreadsheet saved, no day of the calendar", header + ok + "p2,Bob,twitter:2,2025-02-29 00:00:00,,,,,,,yes\n", 3, "last_met", "2025-02-29 00:00:00",
			[]string{"is not a day of the calendar (2025-02 has days 1 to 28)"}},
		{"a date-time before 1970", header + ok + "p2,Bob,twitter:2,1969-07-20 20:17:00,,,,,,,yes\n", 3, "last_met", "1969-07-20 20:17:00",
			[]string{"before 1970", "give 1970"}},
		{"a date-time after the audit date", header + ok + "p2,Bob,twitter:2,2026-11-26T00:00:00,,,,,,,yes\n", 3, "last_met", "2026-11-26T00:00:00",
			[]string{"after the audit date 2026-11-25"}},
		{"a month typed without its zero after the audit date", header + ok + "p2,Bob,twitter:2,2027-1,,,,,,,yes\n", 3, "last_met", "2027-1",
			[]string{"after the audit date 2026-11-25"}},
		// Day first with hyphens, as typed: still ambiguous, and refused.
		{"a date typed day first with hyphens", header + ok + "p2,Bob,twitter:2,5-6-2026,,,,,,,yes\n", 3, "last_met", "5-6-2026",
			[]string{"a spreadsheet", "yyyy-mm-dd"}},
		// Day first or month first with slashes or dots, two-digit year
		// included: refused with the spreadsheet's message, as before.
		{"a date a spreadsheet saved day first, two-digit year", header + ok + "p2,Bob,twitter:2,02.03.26,,,,,,,yes\n", 3, "last_met", "02.03.26",
			[]string{"a spreadsheet", "yyyy-mm-dd"}},
		// Year first with slashes or dots is read; one that is no day
		// of the calendar is said so, and a month with a dot is refused
		// as the number a spreadsheet takes it for.
		{"a date year first with slashes, no day of the calendar", header + ok + "p2,Bob,twitter:2,2026/2/30,,,,,,,yes\n", 3, "last_met", "2026/2/30",
			[]string{"is not a day of the calendar (2026-02 has days 1 to 28): check the date"}},
		{"a date year first with dots, no month", header + ok + "p2,Bob,twitter:2,2026.13.02,,,,,,,yes\n", 3, "last_met", "2026.13.02",
			[]string{"is not a day of the calendar (a month is 1 to 12)"}},
		{"a month with a dot", header + ok + "p2,Bob,twitter:2,2026.1,,,,,,,yes\n", 3, "last_met", "2026.1",
			[]string{"a year and a month with a dot", "2026.10, October, as 2026.1", "(2026-10)"}},
		{"a date year first with slashes after the audit date", header + ok + "p2,Bob,twitter:2,2026/11/26,,,,,,,yes\n", 3, "last_met", "2026/11/26",
			[]string{"after the audit date 2026-11-25"}},
		{"a year a spreadsheet shows as a date year first with slashes", header + ok + "p2,Bob,twitter:2,1905/7/18,,,,,,,yes\n", 3, "last_met", "1905/7/18",
			[]string{"the year 2026", "Text"}},
		// A year shown as a date, saved with the time a date-time has.
		{"a year a spreadsheet shows as a date-time", header + ok + "p2,Bob,twitter:2,1905-07-18 00:00:00,,,,,,,yes\n", 3, "last_met", "1905-07-18 00:00:00",
			[]string{"the year 2026", "Text"}},
		{"date a spreadsheet keeps as a number", header + ok + "p2,Bob,twitter:2,46083,,,,,,,yes\n", 3, "last_met", "46083",
			[]string{"the number a spreadsheet", "yyyy-mm-dd"}},
		{"date after the audit date", header + "p2,Bob,twitter:2,2026-11-26,,,,,,,yes\n", 2, "last_met", "2026-11-26",
			[]string{"after the audit date 2026-11-25"}},
		{"date before 1970", header + "p2,Bob,twitter:2,1969-12-31,,,,,,,yes\n", 2, "last_met", "1969-12-31",
			[]string{"before 1970", "give 1970"}},
		{"month after the audit date", header + "p2,Bob,twitter:2,2026-12,,,,,,,yes\n", 2, "last_met", "2026-12",
			[]string{"after the audit date 2026-11-25"}},
		{"year after the audit date", header + "p2,Bob,twitter:2,2027,,,,,,,yes\n", 2, "last_met", "2027",
			[]string{"after the audit date 2026-11-25"}},
		// Keys typed by hand that no export can hold: the annotation would
		// silently do nothing.
		{"unknown network", header + ok + "p2,Bob,x:1406,,yes,,,,,,yes\n", 3, "accounts", "x:1406",
			[]string{"names no network", "facebook, linkedin, twitter, instagram, youtube, mastodon"}},
		{"a profile address for a key", header + ok + "p2,Bob,https://www.linkedin.com/in/priya-nair-5b2,,yes,,,,,,yes\n", 3, "accounts",
			"https://www.linkedin.com/in/priya-nair-5b2", []string{"is a web address, not an account key", "linkedin:priya-nair-5b2"}},
		{"Twitter handle for an id", header + ok + "p2,Bob,twitter:@kofi_m,,yes,,,,,,yes\n", 3, "accounts", "twitter:@kofi_m",
			[]string{"is a number", "twitter:1401, not twitter:@handle"}},
		// A profile's address pasted for a key: the key, where the
		// address makes it for sure, else an example of its network's.
		{"a Twitter/X address for a key", header + ok + "p2,Bob,\"https://twitter.com/kofi_m\",,yes,,,,,,yes\n", 3, "accounts", "https://twitter.com/kofi_m",
			[]string{`is a web address`, `copy the key from unfollow.csv`, `number, not its @handle (e.g. twitter:1401)`}},
		{"an X address for a key", header + ok + "p2,Bob,\"https://x.com/kofi_m?s=21\",,yes,,,,,,yes\n", 3, "accounts", "https://x.com/kofi_m?s=21",
			[]string{`number, not its @handle (e.g. twitter:1401)`}},
		{"an X address after its network", header + ok + "p2,Bob,\"twitter:https://mobile.x.com/kofi_m\",,yes,,,,,,yes\n", 3, "accounts", "twitter:https://mobile.x.com/kofi_m",
			[]string{`number, not its @handle (e.g. twitter:1401)`}},
		{"an Instagram profile address for a key", header + ok + "p2,Bob,\"https://www.instagram.com/Jun.Ito/\",,yes,,,,,,yes\n", 3, "accounts", "https://www.instagram.com/Jun.Ito/",
			[]string{`write its key, instagram:jun.ito,`}},
		{"an Instagram profile address, newer form", header + ok + "p2,Bob,\"instagram:https://www.instagram.com/_u/jun.ito\",,yes,,,,,,yes\n", 3, "accounts", "instagram:https://www.instagram.com/_u/jun.ito",
			[]string{`write its key, instagram:jun.ito,`}},
		{"an Instagram post's address", header + ok + "p2,Bob,\"https://www.instagram.com/p/C0ffee12/\",,yes,,,,,,yes\n", 3, "accounts", "https://www.instagram.com/p/C0ffee12/",
			[]string{`an Instagram key is the user name (e.g. instagram:`}},
		{"a Facebook address for a key", header + ok + "p2,Bob,\"https://www.facebook.com/ada.lovelace.9\",,yes,,,,,,yes\n", 3, "accounts", "https://www.facebook.com/ada.lovelace.9",
			[]string{`a Facebook key is made of the name`, `facebook:ada-lovelace.1588291200`}},
		{"a Facebook profile.php address", header + ok + "p2,Bob,\"facebook:https://m.facebook.com/profile.php?id=100012345678901\",,yes,,,,,,yes\n", 3, "accounts", "facebook:https://m.facebook.com/profile.php?id=100012345678901",
			[]string{`a Facebook key is made of the name`}},
		{"a YouTube channel address for a key", header + ok + "p2,Bob,\"https://www.youtube.com/channel/UCx7Qm2Lp9Rk4Tz8Wn3Vb5Hc/videos\",,yes,,,,,,yes\n", 3, "accounts", "https://www.youtube.com/channel/UCx7Qm2Lp9Rk4Tz8Wn3Vb5Hc/videos",
			[]string{`write its key, youtube:UCx7Qm2Lp9Rk4Tz8Wn3Vb5Hc,`}},
		{"a YouTube @handle address", header + ok + "p2,Bob,\"https://www.youtube.com/@SomeChannel\",,yes,,,,,,yes\n", 3, "accounts", "https://www.youtube.com/@SomeChannel",
			[]string{`a YouTube key is the channel id, UC`, `not its @handle`}},
		{"a Mastodon profile address for a key", header + ok + "p2,Bob,\"https://Mastodon.Social/@KaiBrenner\",,yes,,,,,,yes\n", 3, "accounts", "https://Mastodon.Social/@KaiBrenner",
			[]string{`if it is a Mastodon (or other fediverse) account, write its key, mastodon:kaibrenner@mastodon.social, as unfollow.csv or keep.csv give it; else copy the key`}},
		{"a Mastodon remote profile address", header + ok + "p2,Bob,\"mastodon:https://fosstodon.org/@jonas_thal@hachyderm.io\",,yes,,,,,,yes\n", 3, "accounts", "mastodon:https://fosstodon.org/@jonas_thal@hachyderm.io",
			[]string{`write its key, mastodon:jonas_thal@hachyderm.io,`}},
		{"a LinkedIn profile address, capitals", header + ok + "p2,Bob,\"https://www.linkedin.com/in/Priya-Nair-5b2/\",,yes,,,,,,yes\n", 3, "accounts", "https://www.linkedin.com/in/Priya-Nair-5b2/",
			[]string{`write its key, linkedin:priya-nair-5b2,`}},
		{"a LinkedIn company address", header + ok + "p2,Bob,\"https://www.linkedin.com/company/acme-ltd/\",,yes,,,,,,yes\n", 3, "accounts", "https://www.linkedin.com/company/acme-ltd/",
			[]string{`copy the key from unfollow.csv`, `linkedin:priya-nair-5b2`}},
		// An address cut short, or no host's, makes no key: the hint
		// gives none (youtube:UC, linkedin:jos%C3%A, instagram:_u and
		// mastodon:kai@a..b would match no account, and be refused or
		// kept as typed).
		{"a YouTube channel address cut short", header + ok + "p2,Bob,\"https://www.youtube.com/channel/UCx7Qm2Lp9\",,yes,,,,,,yes\n", 3, "accounts", "https://www.youtube.com/channel/UCx7Qm2Lp9",
			[]string{`a YouTube key is the channel id, UC`}},
		{"a LinkedIn address cut in an escape", header + ok + "p2,Bob,\"https://www.linkedin.com/in/jos%C3%A\",,yes,,,,,,yes\n", 3, "accounts", "https://www.linkedin.com/in/jos%C3%A",
			[]string{`copy the key from unfollow.csv`, `linkedin:priya-nair-5b2, the slug`}},
		{"an Instagram address of the newer form without its user", header + ok + "p2,Bob,\"https://www.instagram.com/_u/\",,yes,,,,,,yes\n", 3, "accounts", "https://www.instagram.com/_u/",
			[]string{`an Instagram key is the user name (e.g. instagram:`}},
		{"a Mastodon remote address of no domain", header + ok + "p2,Bob,\"https://fosstodon.org/@kai@a..b\",,yes,,,,,,yes\n", 3, "accounts", "https://fosstodon.org/@kai@a..b",
			[]string{`write the key, network:id`}},
		{"a Mastodon remote address ending in a dot", header + ok + "p2,Bob,\"https://fosstodon.org/@kai@social.\",,yes,,,,,,yes\n", 3, "accounts", "https://fosstodon.org/@kai@social.",
			[]string{`write the key, network:id`}},
		{"a Mastodon address of a Unicode domain", header + ok + "p2,Bob,\"https://bücher.social/@anna\",,yes,,,,,,yes\n", 3, "accounts", "https://bücher.social/@anna",
			[]string{`write its key, mastodon:anna@xn--bcher-kva.social,`}},
		// A Mastodon server's name is the host whole: m.cmx.im is no
		// mobile site of cmx.im, nor www.example.social of another.
		{"a Mastodon server whose name begins with m.", header + ok + "p2,Bob,\"https://m.cmx.im/@Alice\",,yes,,,,,,yes\n", 3, "accounts", "https://m.cmx.im/@Alice",
			[]string{`write its key, mastodon:alice@m.cmx.im,`}},
		{"a Mastodon server whose name begins with www.", header + ok + "p2,Bob,\"https://www.example.social/@kai\",,yes,,,,,,yes\n", 3, "accounts", "https://www.example.social/@kai",
			[]string{`write its key, mastodon:kai@www.example.social,`}},
		// A domain of characters no domain holds (here a line
		// separator, U+2028) gives no key, and the message prints none
		// of them raw: it stays one line.
		{"a Mastodon address of a line separator in its domain", header + ok + "p2,Bob,\"https://fosstodon.org/@kai@a\u2028b.de\",,yes,,,,,,yes\n", 3, "accounts", "https://fosstodon.org/@kai@a\u2028b.de",
			[]string{`write the key, network:id`}},
		{"a Medium address is no Mastodon one", header + ok + "p2,Bob,\"https://medium.com/@kai\",,yes,,,,,,yes\n", 3, "accounts", "https://medium.com/@kai",
			[]string{`write the key, network:id`, `(e.g. linkedin:priya-nair-5b2)`}},
		// An id copied from unfollow.csv's id column as a spreadsheet shows
		// it, rounded to 15 digits in scientific notation: its last digits
		// are lost, and a handle is not the trouble.
		{"Twitter id a spreadsheet rounded", header + ok + "p2,Bob,twitter:1.69096E+18,,yes,,,,,,yes\n", 3, "accounts", "twitter:1.69096E+18",
			[]string{"rounded", "scientific notation", "accounts cells", "as text"}},
		{"Twitter id a spreadsheet rounded, comma decimal", header + ok + "p2,Bob,\"twitter:1,69096E+18\",,yes,,,,,,yes\n", 3, "accounts", "twitter:1,69096E+18",
			[]string{"rounded", "scientific notation"}},
		{"a profile address for an id", header + ok + "p2,Bob,linkedin:https://www.linkedin.com/in/priya-nair-5b2,,yes,,,,,,yes\n", 3, "accounts",
			"linkedin:https://www.linkedin.com/in/priya-nair-5b2", []string{"web address", "linkedin:priya-nair-5b2"}},
		{"two keys run together with a comma", header + ok + "p2,Bob,\"facebook:lukas-becker.1698681774, instagram:jun.ito\",,yes,,,,,,yes\n", 3, "accounts",
			"facebook:lukas-becker.1698681774, instagram:jun.ito", []string{"space or a comma", "separate the accounts with ;"}},
		{"a Twitter/X key run together with another", header + ok + "p2,Bob,\"twitter:1, facebook:x.1\",,yes,,,,,,yes\n", 3, "accounts",
			"twitter:1, facebook:x.1", []string{"space or a comma", "separate the accounts with ;"}},
		{"a name typed for an id", header + ok + "p2,Lukas,facebook:Lukas Becker,,yes,,,,,,yes\n", 3, "accounts",
			"facebook:Lukas Becker", []string{"is a name, not an account's id", "copy the key from unfollow.csv"}},
		{"two keys on two lines of a cell", header + ok + "p2,Bob,\"facebook:lukas-becker.1698681774\ninstagram:jun.ito\",,yes,,,,,,yes\n", 3, "accounts",
			"facebook:lukas-becker.1698681774\ninstagram:jun.ito", []string{"space or a comma"}},
		{"account in two rows", header + ok + "p2,Bob,twitter:2; facebook:ada.1,,,,,,,,yes\n", 3, "accounts", "facebook:ada.1",
			[]string{"line 2", "one person"}},
		// The first error in file order wins, as for a reader going line by line.
		{"account in two rows before a bad cell", header + ok + "p2,Bob,facebook:ada.1,,,,,,,,yes\n" + "p3,Cy,twitter:3,,,,maybe,,,,yes\n",
			3, "accounts", "facebook:ada.1", []string{"line 2"}},
		{"bad cell before an account in two rows", header + ok + "p3,Cy,twitter:3,,,,maybe,,,,yes\n" + "p2,Bob,facebook:ada.1,,,,,,,,yes\n",
			3, "toxic", "maybe", []string{"yes/no"}},
		{"account in two rows before bad CSV", header + ok + "p2,Bob,facebook:ada.1,,,,,,,,yes\n" + "p3,\"Cy,twitter:3\n",
			3, "accounts", "facebook:ada.1", []string{"line 2"}},
		{"the earlier of two repeated accounts", header + "p1,Ada,twitter:1;twitter:5,,,,,,,,yes\n" + "p2,Bob,twitter:2,,,,,,,,yes\n" +
			"p3,Cy,twitter:3;twitter:2,,,,,,,,yes\n" + "p4,Di,twitter:1,,,,,,,,yes\n", 4, "accounts", "twitter:2", []string{"line 3"}},
		{"two repeats on one line: the first of the cell", header + "p1,Ada,twitter:1;twitter:5,,,,,,,,yes\n" +
			"p2,Bob,twitter:5;twitter:1,,,,,,,,yes\n", 3, "accounts", "twitter:5", []string{"line 2"}},
		// Written two ways on two rows, by the person and by a version
		// that did not read the first as the exports write it.
		{"an account on two rows, written two ways", header + "p1,Kai,mastodon:@KaiBrenner@mastodon.online,,yes,,,,,,no\n" +
			"p2,'@KaiBrenner@mastodon.online,mastodon:kaibrenner@mastodon.online,,,,,,,,yes\n", 3, "accounts", "mastodon:kaibrenner@mastodon.online",
			[]string{`is also listed on line 2, as "mastodon:@KaiBrenner@mastodon.online": an account`, "one person only: keep it on line 2, which has your notes, and take it off line 3 (delete that row if it lists no other account)"}},
		{"an account on two rows, written two other ways", header + "p1,Kai,mastodon:@KaiBrenner@mastodon.online,,yes,,,,,,no\n" +
			"p2,Kai,mastodon:KaiBrenner@mastodon.online,,,,,,,,yes\n", 3, "accounts", "mastodon:KaiBrenner@mastodon.online",
			[]string{`is also listed on line 2, as "mastodon:@KaiBrenner@mastodon.online": both are mastodon:kaibrenner@mastodon.online: an account`}},
		// A Mastodon domain in Unicode, and in the xn-- form the exports
		// write (and versions before the conversion kept beside it).
		{"an account on two rows, its domain in two forms", header + "p1,Ani,mastodon:ani_k@թութ.հայ,,yes,,,,,,no\n" +
			"p2,ani_k@xn--69aa8bzb.xn--y9a3aq,mastodon:ani_k@xn--69aa8bzb.xn--y9a3aq,,,,,,,,yes\n", 3, "accounts", "mastodon:ani_k@xn--69aa8bzb.xn--y9a3aq",
			[]string{`is also listed on line 2, as "mastodon:ani_k@թութ.հայ": an account`, "one person only: keep it on line 2, which has your notes, and take it off line 3 (delete that row if it lists no other account)"}},
		// A cell in a column of the person's own is theirs as well: the
		// row holding one is not told to be deleted, whatever its notes.
		{"an account on two rows written two ways, a cell of one's own on the other", stdHeader + ",my column\n" +
			"p1,Ani,mastodon:ani_k@թութ.հայ,,yes,,,,,,no,\n" +
			"p2,Ani K,mastodon:ani_k@xn--69aa8bzb.xn--y9a3aq,,,,,,,,yes,met at the Yerevan meetup\n", 3, "accounts", "mastodon:ani_k@xn--69aa8bzb.xn--y9a3aq",
			[]string{`as "mastodon:ani_k@թութ.հայ": an account belongs to one person only; remove it from one of the rows`}},
		{"an account on two rows written two ways, a cell of one's own beside the notes", stdHeader + ",my column\n" +
			"p1,Ani,mastodon:ani_k@թութ.հայ,,yes,,,,,,no,met at the Yerevan meetup\n" +
			"p2,Ani K,mastodon:ani_k@xn--69aa8bzb.xn--y9a3aq,,,,,,,,yes,\n", 3, "accounts", "mastodon:ani_k@xn--69aa8bzb.xn--y9a3aq",
			[]string{"keep it on line 2, which has your notes, and take it off line 3 (delete that row"}},
		{"an account on two rows written two ways, only a cell of one's own", stdHeader + ",my column\n" +
			"p1,Ani,mastodon:ani_k@թութ.հայ,,,,,,,,no,met at the Yerevan meetup\n" +
			"p2,Ani K,mastodon:ani_k@xn--69aa8bzb.xn--y9a3aq,,,,,,,,yes,\n", 3, "accounts", "mastodon:ani_k@xn--69aa8bzb.xn--y9a3aq",
			[]string{"keep it on line 2, which has your notes, and take it off line 3 (delete that row"}},
		// Notes on both rows, or on neither: which to keep is the person's.
		{"an account on two rows written two ways, notes on both", header + "p1,Ani,mastodon:ani_k@թութ.հայ,,yes,,,,,,no\n" +
			"p2,Ani K,mastodon:ani_k@xn--69aa8bzb.xn--y9a3aq,,,,,,friend,,yes\n", 3, "accounts", "mastodon:ani_k@xn--69aa8bzb.xn--y9a3aq",
			[]string{`as "mastodon:ani_k@թութ.հայ": an account belongs to one person only; remove it from one of the rows`}},
		{"the same, the typed one second", header + "p2,'@KaiBrenner@mastodon.online,mastodon:kaibrenner@mastodon.online,,,,,,,,yes\n" +
			"p1,Kai,mastodon:@KaiBrenner@mastodon.online,,yes,,,,,,no\n", 3, "accounts", "mastodon:@KaiBrenner@mastodon.online",
			[]string{`is also listed on line 2, as "mastodon:kaibrenner@mastodon.online"`, "keep it on line 3, which has your notes, and take it off line 2 ("}},
		{"repeated person_id before an account in two rows", header + ok + "p1,Bob,twitter:2,,,,,,,,yes\n" + "p3,Cy,facebook:ada.1,,,,,,,,yes\n",
			3, "person_id", "p1", []string{"line 2", "own person_id"}},
		{"account in two rows before a repeated person_id", header + ok + "p2,Bob,facebook:ada.1,,,,,,,,yes\n" + "p1,Cy,twitter:3,,,,,,,,yes\n",
			3, "accounts", "facebook:ada.1", []string{"line 2"}},
		{"repeated person_id before a bad cell", header + ok + "p1,Bob,twitter:2,,,,,,,,yes\n" + "p3,Cy,twitter:3,,,,maybe,,,,yes\n",
			3, "person_id", "p1", []string{"line 2"}},
		{"account in two rows on the line of a repeated person_id", header + ok + "p1,Bob,facebook:ada.1,,,,,,,,yes\n",
			3, "accounts", "facebook:ada.1", []string{"line 2"}},
		{"duplicate person_id", header + ok + "p1,Bob,twitter:2,,,,,,,,yes\n", 3, "person_id", "p1",
			[]string{"line 2", "own person_id"}},
		{"missing required column", strings.Replace(header, ",toxic", "", 1) + "p1,Ada,facebook:ada.1,,,,,,,yes\n", 1, "", "",
			[]string{"toxic", wantHeader}},
		// A sort that took the header line along with the rows: the
		// header is named where it went, not as columns missing.
		{"header sorted down", "\uFEFF" + ok + "p2,Bob,twitter:2,,,,,,,,yes\n" + header + "p3,Cy,twitter:3,,,,,,,,yes\n", 1, "", "",
			[]string{"is not the header line", "is on line 3", "My data has headers"}},
		{"header sorted down, in capitals and with a separator of Excel's", "\uFEFF" + strings.ReplaceAll(ok, ",", ";") + strings.ReplaceAll(strings.ToUpper(header), ",", ";"), 1, "", "",
			[]string{"is on line 2"}},
		// A title typed above the header, or a row inserted over it, is no
		// sort's doing (a sort puts blank rows last): the lines above are
		// named, to delete, not a sort to undo.
		{"a title typed above the header", "\uFEFFRobin's ledger 2027,,,,,,,,,,\n" + header + ok, 1, "", "",
			[]string{"is on line 2", "delete line 1 and save again", "a title"}},
		{"a row inserted above the header", ";;;;;;;;;;\r\n" + strings.ReplaceAll(header+ok, ",", ";"), 1, "", "",
			[]string{"is on line 2", "delete line 1 and save again"}},
		{"a title and a row of spaces above the header", "Ledger\n ,,\n" + header + ok, 1, "", "",
			[]string{"is on line 3", "delete lines 1 to 2 and save again"}},
		// A row typed by hand with a name alone, taken above the header
		// by a sort, is no title: a sort is still what to undo.
		{"header sorted below a row of a name alone", "\uFEFF,Ada,,,,,,,,,\n" + header + ok, 1, "", "",
			[]string{"is on line 2", "My data has headers"}},
		// So is one in a ledger whose columns were put in another order,
		// name first: its first cell is a name, not a title.
		{"header sorted below a row of a name alone, the name column first", "Ada Byron,,,,,,,,,,\n" +
			"name,person_id,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note,in_exports\n" +
			"Bob,p2,twitter:2,,,,,,,,yes\n", 1, "", "",
			[]string{"is on line 2", "My data has headers"}},
		// No header anywhere: columns missing, as ever.
		{"no header at all", ok + "p2,Bob,twitter:2,,,,,,,,yes\n", 1, "", "",
			[]string{"missing column person_id", wantHeader}},
		{"account without colon", header + ok + "p2,Bob,twitter:2;facebook,,,,,,,,yes\n", 3, "accounts", "facebook",
			[]string{"network:id"}},
		{"account without id", header + "p2,Bob,twitter:,,,,,,,,yes\n", 2, "accounts", "twitter:",
			[]string{"network:id"}},
		{"Windows-1252 cell", header + ok + "p2,Ren\xe9 Char,twitter:2,,,,,,,,yes\n", 3, "name", "Ren? Char",
			[]string{"UTF-8"}},
		// A column name too: it was accepted and written back as it was,
		// in a file the rows of which would have been refused.
		{"Windows-1252 column name", stdHeader + ",r\xe9sum\xe9\n" + ok, 1, "12", "r?sum?",
			[]string{"is not UTF-8", "CSV UTF-8"}},
		{"Windows-1252 column name, no rows", "\xe9t\xe9," + stdHeader + "\n", 1, "1", "?t?",
			[]string{"is not UTF-8", "CSV UTF-8"}},
		{"more cells than the header", header + ok + "p2,Bob,twitter:2,,,,,,,,yes,surprise\n", 3, "12", "surprise",
			[]string{"header"}},
		// Spaces are cells too: they would be lost.
		{"spaces beyond the header", header + ok + "p2,Bob,twitter:2,,,,,,,,yes,,  \n", 3, "13", "  ",
			[]string{"header"}},
		// The reader's fields are borrowed until the next record: the
		// error, kept while the rows below are read, keeps its value.
		{"more cells than the header, rows below", header + ok + "p2,Bob,twitter:2,,,,,,,,yes,surprise\n" + "p3,Cy,twitter:3,,,,,,,,yes,overwritten\n" +
			"p4,Di,twitter:4,,,,,,,,yes\n", 3, "12", "surprise", []string{`"surprise" is beyond the header's 11 columns`, "(1 more line has a bad cell: 4)"}},
		// Excel where the list separator is ';' shows a ledger of commas
		// in one column; what the person types beside a row is saved after
		// a ';', and read as the ledger's columns it lands in the last
		// cell, in_exports, which every run wrote over without a word.
		{"notes typed beside a row shown in one column", header + ok + "p2,Bob,twitter:2,,,,,,,,yes;2026-06-01;x\r\n" +
			"p3,Cy,twitter:3,,,,,,,,no;;met at the fair\r\n", 3, "in_exports", "yes;2026-06-01;x",
			[]string{"typed beside this row, after a ';'", "in one column", "which every run writes over", "Text to Columns, Delimited, Comma", "(1 more line has a bad cell: 4)"}},
		{"notes typed beside a row of a ledger of semicolons shown in one column", strings.ReplaceAll(header+ok, ",", ";") +
			"p2;Bob;twitter:2;;;;;;;;yes,met in May\n", 3, "in_exports", "yes,met in May",
			[]string{"typed beside this row, after a ','", "Text to Columns, Delimited, Semicolon"}},
		// A ledger of tabs ("Text (Tab delimited)") is shown in one column
		// by Excel of either list separator: a ';' locale saves "yes;x"
		// as a ',' one saves "yes,x".
		{"notes typed beside a row of a ledger of tabs, after a ','", strings.ReplaceAll(header+ok, ",", "\t") +
			"p2\tBob\ttwitter:2\t\t\t\t\t\t\t\tyes,met in May\n", 3, "in_exports", "yes,met in May",
			[]string{"typed beside this row, after a ','", "Text to Columns, Delimited, Tab"}},
		{"notes typed beside a row of a ledger of tabs, after a ';'", strings.ReplaceAll(header+ok, ",", "\t") +
			"p2\tBob\ttwitter:2\t\t\t\t\t\t\t\tyes;2026-06-01;x\r\n", 3, "in_exports", "yes;2026-06-01;x",
			[]string{"typed beside this row, after a ';'", "Text to Columns, Delimited, Tab"}},
		{"notes typed beside an unfilled row of a ledger of tabs, after a ';'", strings.ReplaceAll(header+ok, ",", "\t") +
			"p2\tBob\ttwitter:2\t\t\t\t\t\t\t\t;met at the fair\n", 3, "in_exports", ";met at the fair",
			[]string{"typed beside this row, after a ';'"}},
		{"empty cells beside a row of a ledger of tabs are fine", strings.ReplaceAll(header+ok, ",", "\t") +
			"p2\tBob\ttwitter:2\t\t\t\t\t\t\t\tyes;;\np3\tCy\ttwitter:3\t\t\t\t\t\t\t\tno,,\n", 0, "", "", nil},
		{"notes typed beside a row the tool has not filled yet", header + ok + "p2,Bob,twitter:2,,,,,,,,;2026-06-01\n", 3, "in_exports", ";2026-06-01",
			[]string{"typed beside this row"}},
		// Empty cells saved beside a row hold nothing to lose.
		{"empty cells beside a row shown in one column are fine", header + ok + "p2,Bob,twitter:2,,,,,,,,yes;;\r\n", 0, "", "", nil},
		{"in_exports is the tool's and extra empty cells are fine", header + "p1,Ada,facebook:ada.1,,,,,,,\"two\nlines\",yes\n\np2,Bob,twitter:2,,,,,,,,perhaps\n" +
			"p3,Cy,twitter:3,,,,,,,,yes,,\n", 0, "", "", nil},
		// Below a cell holding a line break, a line is not the row a
		// spreadsheet shows: both are said. A blank line is a row.
		{"bad boolean after a multi-line note", header + "p1,Ada,facebook:ada.1,,,,,,,\"two\nlines\",yes\n\np2,Bob,twitter:2,,,N0,,,,,yes\n",
			5, "supplier", "N0", []string{"ledger.csv: line 5 (row 4 in a spreadsheet), column supplier", "yes/no"}},
		// Excel for Mac's "CSV (Macintosh)": lines, and the line break
		// in a cell, end with a lone CR.
		{"bad boolean after a multi-line note, lone-CR lines", strings.ReplaceAll(header+"p1,Ada,facebook:ada.1,,,,,,,\"two\nlines\",yes\n\np2,Bob,twitter:2,,,N0,,,,,yes\n", "\n", "\r"),
			5, "supplier", "N0", []string{"ledger.csv: line 5 (row 4 in a spreadsheet), column supplier", "yes/no"}},
		{"account in two rows below a note of three lines", header + "p0,Zed,twitter:9,,,,,,,\"a\r\nb\nc\",yes\n" +
			"p1,Ada,facebook:ada.1,,,,,,,,yes\n" + "p2,Bob,facebook:ada.1,,,,,,,,yes\n", 6, "accounts", "facebook:ada.1",
			[]string{"line 6 (row 4 in a spreadsheet), column accounts", "is also listed on line 5 (row 3 in a spreadsheet): an account"}},
		{"account in two rows above a multi-line note", header + ok + "p2,Bob,facebook:ada.1,,,,,,,\"a\nb\",yes\n",
			3, "accounts", "facebook:ada.1", []string{"ledger.csv: line 3, column accounts", "is also listed on line 2: an account"}},
		{"dates reformatted below a multi-line note", header + "p0,Zed,twitter:9,,,,,,,\"a\nb\",yes\n" + "p2,Bob,twitter:2,11/25/2026,,,,,,,yes\n" +
			"p3,Cy,twitter:3,2026-03,,,,,,,yes\n" + "p4,Di,twitter:4,6/1/2024,,,,,,,yes\n", 4, "last_met", "11/25/2026",
			[]string{"line 4 (row 3 in a spreadsheet)", "(1 more line has a bad cell: 6 (row 5))"}},
		// A quote never closed: the file ends inside the cell, a file cut
		// short; where that cell starts, below a note of two lines.
		{"cut inside a quoted cell", header + "p2,\"Bob,twitter:2,,,,,,,,yes\n", 2, "", "",
			[]string{"not valid CSV: the file ends inside a quoted cell opened on this line", "cut short", "ledger.previous.csv"}},
		{"cut inside a quoted cell below a multi-line note", header + "p1,Ada,facebook:ada.1,,,,,,,\"two\nlines\",yes\n" +
			"p2,Bob,twitter:2,,,,,,,\"Met at the\nconfer", 4, "", "",
			[]string{"line 4 (row 3 in a spreadsheet): not valid CSV: the file ends inside a quoted cell", "cut short"}},
		// A quote not doubled on the last line is not a cut.
		{"stray quote on the last line", header + ok + "p2,\"Bob\" Jr,twitter:2,,,,,,,,yes", 3, "", "",
			[]string{"not valid CSV: extraneous or missing \" in quoted-field"}},
		// Excel where the list separator is ';' opens a comma-separated
		// ledger in one column, and saves each line as one cell, quoted
		// where it holds a ';' or a quote: such a row was read as a row
		// of one unknown person_id, and its accounts given a new row.
		{"a row in one cell", header + ok + "\"p2,\"\"Bob, Jr\"\",twitter:2;facebook:bob.1,,x,,,,,,yes\"\r\n", 3, "", "",
			[]string{"whole row in one cell", "in one column", "Text to Columns", "Comma", "CSV UTF-8"}},
		{"the header in one cell", "\"" + stdHeader + "\"\r\n\"p1,Ada,facebook:ada.1,,,,,,,,yes\"\r\n", 1, "", "",
			[]string{"whole row in one cell", "in one column", "Text to Columns"}},
		// A column a spreadsheet reformatted: every bad line is told at once.
		{"dates reformatted", header + ok + "p2,Bob,twitter:2,11/25/2026,,,,,,,yes\n" + "p3,Cy,twitter:3,2026-03,,,,,,,yes\n" +
			"p4,Di,twitter:4,6/1/2024,,,,,,,yes\n" + "p5,Ed,twitter:5,,maybe,,,,,,yes\n", 3, "last_met", "11/25/2026",
			[]string{"(2 more lines have a bad cell: 5, 6)"}},
		{"UTF-16", "\xFF\xFEp\x00e\x00r\x00", 1, "", "", []string{"UTF-16", "CSV UTF-8"}},
		{"UTF-16 with no byte order mark", "p\x00e\x00r\x00s\x00", 1, "", "", []string{"UTF-16"}},
		// NUL bytes in a UTF-8 ledger are damage (a file cut by a crash
		// or a full disk ends in them), not UTF-16, as they were called;
		// and past the first 4 KiB they were read as a row of no one.
		{"NUL bytes at the end", header + ok + "\x00\x00\x00\x00", 3, "", "", []string{"NUL byte", "damaged", "ledger.previous.csv"}},
		{"NUL byte in a cell", header + "p1,Ada,facebook:ada.1,,,,,,,no\x00te,yes\n", 2, "", "", []string{"NUL byte", "damaged"}},
		{"NUL bytes after 4 KiB", header + ok + strings.Repeat(",,,,,,,,,a note alone to pad the file past 4 KiB,\n", 150) + "\x00\x00\n", 153, "", "", []string{"NUL byte", "damaged"}},
		{"NUL byte in the header", "person_id,na\x00me,accounts\n" + ok, 1, "", "", []string{"NUL byte", "damaged"}},
		// A workbook saved under the ledger's name: a zip, with zero bytes.
		{"xlsx", "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", 1, "", "", []string{"workbook", "CSV UTF-8"}},
		// Excel 97's .xls: a compound file, which read as text was "not
		// UTF-8" at line 1, column 1.
		{"xls", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00>\x00\x03\x00\xFE\xFF", 1, "", "", []string{"workbook", ".xls", "CSV UTF-8"}},
		// Where the quote opens, not where the reader gave up.
		{"stray quote in a cell of two lines", header + ok + "p2,\"Bob\nSmith\" Jr,twitter:2,,,,,,,,yes\n", 3, "", "",
			[]string{"not valid CSV: the record starting here", "seen on line 4"}},
		{"empty file", "", 0, "", "", []string{"empty", wantHeader}},
		{"only a BOM", "\uFEFF", 0, "", "", []string{"empty", wantHeader}},
		{"only blank lines", "\n\r\n\n", 0, "", "", []string{"empty", wantHeader}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := audit.ReadLedger(strings.NewReader(tt.in), ledgerFile, asOf)
			if tt.msg == nil {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("accepted, want an error; read %d rows", len(l.Rows()))
			}
			if l != nil {
				t.Errorf("a ledger came back with the error")
			}
			var le *audit.LedgerError
			if !errors.As(err, &le) {
				t.Fatalf("error %T %v is not a *LedgerError", err, err)
			}
			if le.File != ledgerFile || le.Line != tt.line || le.Column != tt.column || le.Value != tt.value {
				t.Errorf("error at file %q line %d column %q value %q; want %q %d %q %q",
					le.File, le.Line, le.Column, le.Value, ledgerFile, tt.line, tt.column, tt.value)
			}
			msg := err.Error()
			want := []string{ledgerFile}
			if tt.line > 0 {
				want = append(want, fmt.Sprintf("line %d", tt.line))
			}
			if tt.column != "" {
				want = append(want, "column "+tt.column)
			}
			if tt.value != "" {
				want = append(want, fmt.Sprintf("%q", tt.value))
			}
			for _, s := range append(want, tt.msg...) {
				if !strings.Contains(msg, s) {
					t.Errorf("message %q does not say %q", msg, s)
				}
			}
			if strings.ContainsAny(msg, "\r\n") {
				t.Errorf("message %q is not one line", msg)
			}
		})
	}
}

// A file with none of the ledger's columns on its first line, nor a line
// below (the person's notes that mention person_id), is said to be no
// ledger, for a workspace without one to tell it from a ledger sent back
// with a cell to correct, a column deleted or its header sorted down.
func TestReadLedgerNoHeader(t *testing.T) {
	header := strings.Join(audit.LedgerColumns, ",") + ",in_exports\n"
	row := "p1,Ada,facebook:ada.1,,,,,,,,yes\n"
	for _, tt := range []struct {
		name, in string
		want     bool
	}{
		{"notes that mention person_id", "things to ask the client about\n- what the person_id column is for\n", true},
		{"rows without their header", row, true},
		{"a column deleted", strings.Replace(header, ",toxic", "", 1) + "p1,Ada,facebook:ada.1,,,,,,,yes\n", false},
		{"header sorted down", row + header, false},
		{"a date refused", header + "p1,Ada,facebook:ada.1,25/11/2026,,,,,,,yes\n", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := audit.ReadLedger(strings.NewReader(tt.in), "ledger notes.txt", asOf)
			le, ok := errors.AsType[*audit.LedgerError](err)
			if !ok {
				t.Fatalf("err = %v, want a *LedgerError", err)
			}
			if le.NoHeader != tt.want {
				t.Errorf("NoHeader = %v, want %v (%v)", le.NoHeader, tt.want, err)
			}
		})
	}
}

// A Twitter/X handle typed for an id is named, once the exports are read
// (the ledger is read beside them), with the key they give the account of
// that handle: where exactly one account has it, in any case. The error
// stays one line: file, line, column, value, message.
func TestLedgerErrorNameTwitterKey(t *testing.T) {
	tw := func(id, handle string) audit.Account {
		return audit.Account{Network: audit.Twitter, Relation: audit.Following, ID: id, Handle: handle}
	}
	accounts := []audit.Account{
		tw("1401", "kofi_m"), {Network: audit.Instagram, Relation: audit.Following, ID: "ada", Handle: "ada"},
		tw("1402", "twin"), tw("1403", "Twin"),
		{Network: audit.Twitter, Relation: audit.Follower, ID: "1401", Handle: "kofi_m"}, // one account, two lists
	}
	const at = ledgerFile + ": line 2, column accounts: "
	const static = " is not a Twitter/X account id, which is a number: copy the key from unfollow.csv or keep.csv (twitter:1401, not twitter:@handle)"
	for _, tt := range []struct {
		name, cell string
		accounts   []audit.Account
		want       string
	}{
		{"a handle these exports hold", "twitter:@kofi_m", accounts, at + `"twitter:@kofi_m"` + static + "; twitter:@kofi_m is twitter:1401 in these exports"},
		{"in another case, without its @", "Twitter:Kofi_M", accounts, at + `"Twitter:Kofi_M"` + static + "; twitter:@Kofi_M is twitter:1401 in these exports"},
		{"a handle they do not hold", "twitter:@nobody_here", accounts, at + `"twitter:@nobody_here"` + static},
		{"an Instagram handle is not a Twitter/X one", "twitter:@ada", accounts, at + `"twitter:@ada"` + static},
		{"a handle of two accounts", "twitter:@twin", accounts, at + `"twitter:@twin"` + static},
		{"no exports read", "twitter:@kofi_m", nil, at + `"twitter:@kofi_m"` + static},
		{"not a handle", "twitter:@kofi m", accounts, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := audit.ReadLedger(strings.NewReader(lines(stdHeader, "p1,Ada,"+tt.cell+",,,,,,,,yes")), ledgerFile, asOf)
			le, ok := errors.AsType[*audit.LedgerError](err)
			if !ok {
				t.Fatalf("error %v, want a *LedgerError", err)
			}
			le.NameTwitterKey(tt.accounts)
			if tt.want == "" {
				if strings.Contains(le.Error(), " in these exports") {
					t.Errorf("got %q, want no key named", le.Error())
				}
				return
			}
			if le.Error() != tt.want {
				t.Errorf("got\n%s\nwant\n%s", le.Error(), tt.want)
			}
		})
	}
	// Any other error is left as it is.
	_, err := audit.ReadLedger(strings.NewReader(lines(stdHeader, "p1,Ada,twitter:1401,,maybe,,,,,,yes")), ledgerFile, asOf)
	le, _ := errors.AsType[*audit.LedgerError](err)
	before := le.Error()
	le.NameTwitterKey(accounts)
	if le.Error() != before {
		t.Errorf("another error changed: %q", le.Error())
	}
}

// TestLedgerErrorBrief checks the error said within another message: where
// and what is wrong, without the file, the advice after it, or the other
// lines, and a colon inside parentheses kept.
func TestLedgerErrorBrief(t *testing.T) {
	const header = "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note\n"
	for _, c := range []struct{ ledger, want string }{
		{header + "p1,Ana,linkedin:ana,03/02/2026,,,,,,\np2,Bo,linkedin:bo,04/02/2026,,,,,,\n",
			`line 2, column last_met: "03/02/2026" is a date as a spreadsheet shows it, not in the ledger's form (YYYY-MM-DD, YYYY-MM or YYYY)`},
		{header + "p1,Ana,linkedin:ana,,maybe,,,,,\n",
			`line 2, column inspiring: "maybe" is not yes or no (` + "accepted: yes/no"},
	} {
		_, err := audit.ReadLedger(strings.NewReader(c.ledger), "copy.csv", asOf)
		le, ok := errors.AsType[*audit.LedgerError](err)
		if !ok {
			t.Fatalf("ReadLedger: %v, want a *LedgerError", err)
		}
		got := le.Brief()
		if !strings.HasPrefix(got, c.want) || strings.Contains(got, "copy.csv") || strings.Contains(got, "Give the last_met") || strings.Contains(got, "more line") {
			t.Errorf("Brief() = %q, want it to start %q, without the file, advice or other lines", got, c.want)
		}
		if strings.Count(got, "(") != strings.Count(got, ")") {
			t.Errorf("Brief() = %q: parentheses cut", got)
		}
	}
}

// TestLedgerErrorBriefCSV checks Brief of a ledger that is not valid CSV:
// the reader's "not valid CSV: " is followed by what is wrong, which the
// first ": " would cut off, leaving "not valid CSV" alone, a backup cut
// short not said to be so.
func TestLedgerErrorBriefCSV(t *testing.T) {
	const header = "person_id,name,accounts,last_met,inspiring,supplier,toxic,unsure,relationship,note\n"
	for _, c := range []struct{ ledger, want string }{
		{header + "p1,Ana,linkedin:ana,,,,,,,\np2,\"Bo,linkedin:bo,,,,,,,\n",
			`line 3: not valid CSV: the file ends inside a quoted cell opened on this line, its closing " missing`},
		{header + "p1,\"Ana\nLima\"x,linkedin:ana,,,,,,,\n",
			`line 2: not valid CSV: the record starting here: extraneous or missing " in quoted-field (seen on line 3)`},
		{header + "p1,A\"na,linkedin:ana,,,,,,,\n",
			`line 2: not valid CSV: bare " in non-quoted-field`},
	} {
		_, err := audit.ReadLedger(strings.NewReader(c.ledger), "copy.csv", asOf)
		le, ok := errors.AsType[*audit.LedgerError](err)
		if !ok {
			t.Fatalf("ReadLedger: %v, want a *LedgerError", err)
		}
		if got := le.Brief(); got != c.want {
			t.Errorf("Brief() = %q, want %q (error %q)", got, c.want, err)
		}
	}
}

// TestReadLedgerOfNoBytes: a ledger of 0 bytes, in a synced folder, is
// most likely a file kept online (Dropbox, OneDrive, iCloud) not
// downloaded yet: the message says so, and what to do, where one of a
// header's worth of nothing (a byte order mark alone) is only empty.
func TestReadLedgerOfNoBytes(t *testing.T) {
	_, err := audit.ReadLedger(strings.NewReader(""), "ws/ledger.csv", asOf)
	want := "ws/ledger.csv: the ledger is empty (0 bytes: in a synced folder, most likely a file kept online and not downloaded yet): have your sync client download it (make it available offline), then run again; it needs at least its header line person_id,"
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error %v, want one starting %q", err, want)
	}
	_, err = audit.ReadLedger(strings.NewReader("\uFEFF"), "ws/ledger.csv", asOf)
	if err == nil || !strings.HasPrefix(err.Error(), "ws/ledger.csv: the ledger is empty: it needs at least its header line") {
		t.Errorf("a byte order mark alone: error %v, want the ledger said empty", err)
	}
}
