package main

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// newTable returns a table with headers as given (no upper-casing) and, when
// ascii is set (output is not a terminal), plain +-| borders.
func newTable(w io.Writer, ascii bool, align ...tw.Align) *tablewriter.Table {
	opts := []tablewriter.Option{
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAlignmentConfig(tw.CellAlignment{PerColumn: align}),
		tablewriter.WithFooterAlignmentConfig(tw.CellAlignment{PerColumn: align}),
	}
	if ascii {
		opts = append(opts, tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{
			Symbols: tw.NewSymbols(tw.StyleASCII),
		})))
	}
	return tablewriter.NewTable(w, opts...)
}

// tableText is s as a table cell shows it: without the characters that
// join or restyle an emoji (a variation selector, the zero-width joiner,
// a skin tone, the keycap mark), and a flag as the two letters of its
// country. tablewriter measures a cell rune by rune, where a terminal
// draws "❤️" (a heart and VS16) two columns wide, a family joined by ZWJs
// two columns for three emoji, and a flag, two regional indicators
// measured two columns each, two columns: a name with one pushed its
// row's borders out of line. Without them each emoji stands alone, as
// wide as it is measured ("❤", three faces, a thumb without its tone), and
// "🇫🇷" is "FR", as wide as the flag is drawn. Only the terminal's
// tables: every CSV keeps the name as exported.
func tableText(s string) string {
	if !strings.ContainsFunc(s, tableRestyled) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		switch r := rs[i]; {
		case emojiJoiner(r):
		case regionalIndicator(r) && i+1 < len(rs) && regionalIndicator(rs[i+1]):
			b.WriteByte(byte('A' + r - 0x1F1E6))
			b.WriteByte(byte('A' + rs[i+1] - 0x1F1E6))
			i++
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// tableRestyled reports whether tableText changes r: an emoji joiner or
// a regional indicator.
func tableRestyled(r rune) bool { return emojiJoiner(r) || regionalIndicator(r) }

// regionalIndicator reports whether r is one of the 26 regional
// indicator letters, two of which make a flag.
func regionalIndicator(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

// emojiJoiner reports whether r joins or restyles the emoji before it:
// VS15 and VS16, the zero-width joiner, the combining keycap and the five
// skin tones.
func emojiJoiner(r rune) bool {
	return r == '\uFE0E' || r == '\uFE0F' || r == '\u200D' || r == '\u20E3' || (r >= 0x1F3FB && r <= 0x1F3FF)
}

// writeImportTables prints accounts per network and relation, then the
// possible matches and the accounts that stayed unnamed. The crowd's
// followers count as the unnamed people they are.
func writeImportTables(w io.Writer, people []*audit.Person, crowd *audit.Crowd, ascii bool) error {
	type row struct{ network, relation string }
	type counts struct{ accounts, followsYou, known, unnamed int }
	byRow := map[row]*counts{}
	var total counts
	unnamedIn := map[string]bool{} // networks of the accounts left unnamed
	for _, p := range people {
		for _, a := range p.Accounts {
			r := row{a.Network, a.Relation}
			c := byRow[r]
			if c == nil {
				c = &counts{}
				byRow[r] = c
			}
			for _, c := range []*counts{c, &total} {
				c.accounts++
				if a.FollowsYou == audit.Yes {
					c.followsYou++
				}
				if a.FollowsYou != audit.Unknown {
					c.known++
				}
				if a.Name == "" && a.Handle == "" {
					c.unnamed++
					unnamedIn[a.Network] = true
				}
			}
		}
	}
	crowd.Counts(func(network string, n int) {
		r := row{network, audit.Follower}
		c := byRow[r]
		if c == nil {
			c = &counts{}
			byRow[r] = c
		}
		for _, c := range []*counts{c, &total} {
			c.accounts += n
			c.followsYou += n
			c.known += n
			c.unnamed += n
		}
		if n > 0 {
			unnamedIn[network] = true
		}
	})
	t := newTable(w, ascii, tw.AlignLeft, tw.AlignLeft, tw.AlignRight, tw.AlignRight, tw.AlignRight)
	t.Header("Network", "Relation", "Accounts", "Follow you", "Unnamed")
	rows := slices.SortedFunc(maps.Keys(byRow), func(a, b row) int {
		return cmp.Or(strings.Compare(a.network, b.network), strings.Compare(a.relation, b.relation))
	})
	for _, r := range rows {
		c := byRow[r]
		follow := audit.Thousands(c.followsYou)
		if c.known == 0 {
			follow = "-" // the export does not say who follows you
		}
		if err := t.Append([]string{r.network, r.relation, audit.Thousands(c.accounts), follow, audit.Thousands(c.unnamed)}); err != nil {
			return err
		}
	}
	t.Footer("Total", audit.Thousands(len(people)+crowd.Len())+" people", audit.Thousands(total.accounts), audit.Thousands(total.followsYou), audit.Thousands(total.unnamed))
	if err := t.Render(); err != nil {
		return err
	}
	if total.unnamed > 0 {
		// Why, for the networks whose exports leave accounts unnamed.
		var why []string
		if unnamedIn[audit.Twitter] {
			why = append(why, "Twitter/X archives list only ids; names are recovered from the mentions and replies in your own tweets")
		}
		if unnamedIn[audit.YouTube] {
			why = append(why, "a YouTube channel whose title Takeout's subscriptions.csv leaves empty is known by its channel id and link")
		}
		because := ""
		if len(why) > 0 {
			because = " (" + strings.Join(why, "; ") + ")"
		}
		fmt.Fprintf(w, "\n%s %s no name or handle%s.\n",
			audit.Thousands(total.unnamed), plural(total.unnamed, "account stayed unnamed: its export gives", "accounts stayed unnamed: their export gives"), because)
	}
	var merged, possible []*audit.Person
	for _, p := range people {
		if p.Match() != "" {
			merged = append(merged, p)
		}
		if len(p.Possible()) > 0 {
			possible = append(possible, p)
		}
	}
	if len(merged) > 0 {
		fmt.Fprintf(w, "\nMerged across networks (%s):\n", audit.Thousands(len(merged)))
		t := newTable(w, ascii, tw.AlignLeft, tw.AlignLeft, tw.AlignLeft)
		t.Header("Person", "Accounts", "Evidence")
		for _, p := range merged {
			if err := t.Append([]string{tableText(p.Name()), tableText(strings.ReplaceAll(p.Keys(), ";", "\n")), tableText(strings.ReplaceAll(p.Match(), "; ", "\n"))}); err != nil {
				return err
			}
		}
		if err := t.Render(); err != nil {
			return err
		}
	}
	if len(possible) > 0 {
		fmt.Fprintf(w, "\nPossible matches, not merged because the evidence is weak: a name or handle shared by several accounts of one network, a name written with other accents, an organisation's name, a YouTube channel's title, or a Mastodon user name (%s):\n", audit.Thousands(len(possible)))
		t := newTable(w, ascii, tw.AlignLeft, tw.AlignLeft, tw.AlignLeft)
		t.Header("Person", "Accounts", "May also be")
		for _, p := range possible {
			if err := t.Append([]string{tableText(p.Name()), tableText(strings.ReplaceAll(p.Keys(), ";", "\n")), tableText(strings.Join(p.Possible(), "\n"))}); err != nil {
				return err
			}
		}
		if err := t.Render(); err != nil {
			return err
		}
	}
	return nil
}

// unsureCount counts the people of reach-out.csv there for being marked
// unsure, for writeAuditSummary.
func unsureCount(reach []audit.ReachOut) int {
	n := 0
	for i := range reach {
		if reach[i].Rule() == audit.RuleUnsure {
			n++
		}
	}
	return n
}

// writeAuditSummary prints the per-network table of an audit run and one
// line telling the person what to do next. changes is whether the run
// wrote changes.csv (a run compared with an earlier one), which the
// Reports line then names. reachOut counts the people on reach-out.csv,
// unsure those of them there for being marked unsure: a sister you met
// last month and are in two minds about is no one you are drifting away
// from, and the line says the list holds both, as the method's "si vous
// êtes en conflit à ce sujet, contactez-les" (if you are conflicted about
// it, contact them) puts her there.
func writeAuditSummary(w io.Writer, s audit.Summary, dir string, reachOut, unsure int, changes, ascii bool) error {
	align := []tw.Align{tw.AlignLeft, tw.AlignRight, tw.AlignRight, tw.AlignRight, tw.AlignRight}
	header := []any{"Network", "Followed", "Keep", "Unfollow", "Not reviewed"}
	if s.Reaudit {
		align = append(align, tw.AlignRight, tw.AlignRight, tw.AlignRight, tw.AlignRight)
		header = append(header, "New", "Gone", "Changed", "Unfollows done")
	}
	t := newTable(w, ascii, align...)
	t.Header(header...)
	row := func(c audit.Counts) []string {
		r := []string{c.Network, audit.Thousands(c.Followed), audit.Thousands(c.Keep), audit.Thousands(c.Unfollow), audit.Thousands(c.NotReviewed)}
		if s.Reaudit {
			done := audit.Thousands(c.Done) + " of " + audit.Thousands(c.WasUnfollow)
			if c.FirstAudited() {
				done = "first audit"
			}
			r = append(r, audit.Thousands(c.New), audit.Thousands(c.Gone), audit.Thousands(c.Changed), done)
		}
		return r
	}
	for _, c := range s.Networks {
		if err := t.Append(row(c)); err != nil {
			return err
		}
	}
	total := row(s.Total)
	footer := make([]any, len(total))
	for i, v := range total {
		footer[i] = v
	}
	t.Footer(footer...)
	if err := t.Render(); err != nil {
		return err
	}
	if reachOut > 0 {
		whom := "you are drifting away from"
		if unsure > 0 {
			whom += " or unsure about"
		}
		who := "family members and friends " + whom + " are"
		if reachOut == 1 {
			who = "family member or friend " + whom + " is"
		}
		fmt.Fprintf(w, "%s %s in %s: pick up the phone.\n", audit.Thousands(reachOut), who, filepath.Join(dir, "reach-out.csv"))
	}
	// "in ." read as "in ..", the folder above: the workspace given as
	// "." (the downloads folder) is named in words.
	in := outOf(dir)
	lists := "unfollow.csv, keep.csv and reach-out.csv"
	if changes {
		lists = "unfollow.csv, keep.csv, reach-out.csv and changes.csv"
	}
	fmt.Fprintf(w, "Reports: %s (an overview), %s in %s.\n", filepath.Join(dir, "report.html"), lists, in)
	if missing := s.Missing(); len(missing) > 0 {
		// Said as partialNote and report.html say it: carried, not judged
		// in this run. reach-out.csv still lists their people (the ledger
		// keeps them followed): "this run's lists" was not so.
		fmt.Fprintf(w, "Carried from the last audit that read them, not judged in this run (not in these exports): %s. They are not counted gone; this run's unfollow.csv, keep.csv and counts leave them out, and history/ keeps their decisions. Give an export that holds them to judge them again.\n", strings.Join(missing, ", "))
	}
	var next string
	switch {
	case !s.Reviewed && s.Total.NotReviewed > 0:
		// relationship is named too: the rules do not read it, but
		// without it reach-out.csv, the seed's family and friends to
		// call, stays empty whatever else is filled in.
		next = fmt.Sprintf("Next: open %s in a spreadsheet, fill last_met, inspiring, supplier, toxic or unsure for the people you know (%s not reviewed; empty means unfollow) and relationship for your family and friends (family, friend, sister...: reach-out.csv lists those you lose touch with), save it as CSV UTF-8, and run the same command again.",
			filepath.Join(dir, "ledger.csv"), fmt.Sprintf("%s %s", audit.Thousands(s.Total.NotReviewed), plural(s.Total.NotReviewed, "account", "accounts")))
	case s.Total.Unfollow > 0:
		them := "them"
		if s.Total.Unfollow == 1 {
			them = "it"
		}
		next = fmt.Sprintf("Next: %s, then run the same command on fresh exports next quarter to confirm %s.", unfollowSteps(s, dir), them)
		// Those not reviewed are accounts, as the list counts them: a
		// person of three accounts is three of them. Where the steps
		// count two parts (by hand, and Mastodon's by the keep file),
		// "of them" after the second read as of the first ("the 17
		// accounts ... the 4 Mastodon accounts ... (21 of them"): they
		// are counted of all to unfollow.
		of := "of them"
		if m := mastodonByImport(s); m > 0 && m < s.Total.Unfollow {
			of = "of all " + audit.Thousands(s.Total.Unfollow) + " to unfollow"
		}
		which, those, some := audit.Thousands(s.Total.NotReviewed)+" "+of+" are accounts of people", "them", "some"
		if s.Total.NotReviewed == s.Total.Unfollow {
			// Every one: "21 of all 21" read as a slip.
			which = "all " + strings.TrimPrefix(of, "of all ")
			if of == "of them" {
				which = "all " + audit.Thousands(s.Total.NotReviewed) + " of them"
			}
			which += " are accounts of people"
		}
		switch {
		case s.Total.Unfollow == 1:
			which, those, some = "it is the account of a person", "it", "it"
		case s.Total.NotReviewed == 1:
			which, those, some = "1 "+of+" is the account of a person", "that one", "it"
		}
		if s.Total.NotReviewed > 0 {
			// A sentence of its own, after the full stop: a capital
			// ("(It is", "(All 21"), as a count starts the others.
			which = strings.ToUpper(which[:1]) + which[1:]
			next += fmt.Sprintf(" (%s you have not reviewed in the ledger: review %s first if you want to keep %s.)", which, those, some)
		}
	default:
		next = "Next: nothing to unfollow; run the same command on fresh exports next quarter."
	}
	_, err := fmt.Fprintln(w, next)
	return err
}

// unfollowSteps says how to act on unfollow.csv, for the "Next:" line of
// a run with accounts to unfollow: by hand, "unsubscribe" for YouTube
// channels, and Mastodon's by importing the keep file with Overwrite,
// which unfollows them in one go, where that is the way
// (audit.MastodonKeepUnfollows: past Mastodon's import limit, or a keep
// file that keeps no one, which a note says not to import yet, they are
// unfollowed by hand). "by
// hand the 24 accounts" counted, beside the others, the channels one
// unsubscribes from and the Mastodon accounts the keep file unfollows.
// Facebook, LinkedIn and Twitter/X alone keep the short form.
func unfollowSteps(s audit.Summary, dir string) string {
	var youtube int
	for _, c := range s.Networks {
		if c.Network == audit.YouTube {
			youtube = c.Unfollow
		}
	}
	mastodon := mastodonByImport(s)
	list := filepath.Join(dir, "unfollow.csv")
	keep := fmt.Sprintf("import %s in Mastodon with Overwrite to unfollow %s in one go",
		filepath.Join(dir, mastodonKeep), counted(mastodon, "Mastodon account", "Mastodon accounts"))
	hand := s.Total.Unfollow - mastodon
	if hand == 0 {
		return fmt.Sprintf("%s (%s in %s)", keep, plural(mastodon, "it is", "they are"), list)
	}
	// "not on Mastodon" parts the accounts by hand from the keep file's;
	// YouTube channels need no such word.
	var step, apart string
	switch youtube {
	case 0:
		step, apart = "unfollow by hand "+counted(hand, "account", "accounts"), " not on Mastodon"
	case hand:
		step = "unsubscribe by hand from " + counted(hand, "YouTube channel", "YouTube channels")
	default:
		step, apart = "unfollow (unsubscribe on YouTube) by hand "+counted(hand, "account", "accounts"), " not on Mastodon"
	}
	if mastodon == 0 {
		return step + " in " + list
	}
	return fmt.Sprintf("%s in %s%s, and %s", step, list, apart, keep)
}

// counted is "the account" for 1, "the 24 accounts" for more.
func counted(n int, one, many string) string {
	if n == 1 {
		return "the " + one
	}
	return "the " + audit.Thousands(n) + " " + many
}

// mastodonByImport is how many of the accounts to unfollow the Mastodon
// keep file's import unfollows, which the "Next:" line counts apart from
// those unfollowed by hand: none where that file is not the way
// (audit.MastodonKeepUnfollows).
func mastodonByImport(s audit.Summary) int {
	for _, c := range s.Networks {
		if c.Network == audit.Mastodon && audit.MastodonKeepUnfollows(c.Keep) {
			return c.Unfollow
		}
	}
	return 0
}
