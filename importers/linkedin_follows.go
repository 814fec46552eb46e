package importers

import (
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// liFollow is a row of Member_Follows.csv: an active one (a follow), or
// an Unfollow row (a member no longer followed).
type liFollow struct {
	name  string
	since audit.Date
	id    string // follow.<slug>, ~n for the n-th in its file; an Unfollow row's JoinName (see liveUnfollows)
	file  int
	src   string
}

// memberFollows appends the active follows of one Member_Follows.csv to
// out, and its Unfollow rows to unfollows. seen maps the IDs already read
// to their file, so that a second copy of the file adds no follow (its
// Unfollow rows, read twice, say nothing new).
func memberFollows(f *File, fi int, out, unfollows []liFollow, seen map[string]int) ([]liFollow, []liFollow, error) {
	lr, err := openLinkedInCSV(f, liMemberHeader, func(rec []string) bool {
		return hasCell(rec, "fullname") || hasCell(rec, "to name")
	})
	if err != nil {
		return out, unfollows, err
	}
	defer lr.Close()
	nameCol := colIndex(lr.header, "fullname")
	if nameCol < 0 {
		nameCol = colIndex(lr.header, "to name")
	}
	statusCol, dateCol := colIndex(lr.header, "status"), colIndex(lr.header, "date")
	src := f.String()
	counts := make(map[string]int)
	err = lr.each(func(rec []string, line int) error {
		if len(rec) != len(lr.header) {
			return lr.countError(rec, line)
		}
		name := words(rec[nameCol])
		if name == "" {
			return nil // a hidden member
		}
		// Unfollow rows are people no longer followed, kept apart: a
		// connection's is the export's word that the person unfollowed
		// it, staying connected (see addFollows). No status column (the
		// To,To Name form) lists current follows only. Another status is
		// not guessed at: read as either, it would keep an unfollowed
		// member or count a followed one as unfollowed.
		unfollowed := false
		if statusCol >= 0 {
			switch st := strings.TrimSpace(rec[statusCol]); {
			case strings.EqualFold(st, "active"):
			case strings.EqualFold(st, "unfollow"):
				unfollowed = true
			default:
				return lineErrorf(f, line, "Status %q is not a follow status: expected Active or Unfollow", st)
			}
		}
		var since audit.Date
		if dateCol >= 0 {
			d := strings.TrimSpace(rec[dateCol])
			var ok bool
			if since, ok = parseFollowDate(d); !ok {
				return lineErrorf(f, line, "Date %q is not a date: expected one like \"2026-04-06 14:48:23\"", d)
			}
		}
		if unfollowed {
			// Dated too: an unfollow after the audit's day tells of lists
			// as they were not that day.
			f.dated(since)
			unfollows = append(unfollows, liFollow{name: name, since: since, file: fi, src: src})
			return nil
		}
		id := nthID(counts, "follow."+audit.Slug(name))
		if g, ok := seen[id]; ok && g != fi {
			return nil // the same file again
		}
		seen[id] = fi
		f.dated(since)
		out = append(out, liFollow{name: name, since: since, id: id, file: fi, src: src})
		return nil
	})
	return out, unfollows, err
}

// addFollows adds the followed members that are not connections, and
// marks the connections the Unfollow rows say are no longer followed.
//
// What the file's rows are is not known: a log of events (followed,
// unfollowed, followed again: the rows of one name one member's), or each
// member's state now (one row a member, as in the real sample: an Active
// row and an Unfollow row of one name two namesakes, one followed). So an
// active row of a name always wins, whatever the dates: the name's active
// rows are follows, joined to connections as if no Unfollow row were
// read, and its Unfollow rows mark nothing. That is the safe direction
// under either reading. Read as a log, the worst is a member already
// unfollowed listed to unfollow, which the person finds done; letting the
// latest row decide would, read as states, drop a member followed, and
// the audit would not list an account that is followed.
//
// A name is its audit.JoinName, the accents written alike (see
// audit.AccentsDiffer). The Unfollow rows of a name with no active row
// (live) tell of the connection of their name, where it is the only
// connection of the name (namesakes make it a guess, as for a follow:
// none is marked): the person unfollowed it, staying connected, and its
// Extra says so (audit.ExtraUnfollowed: the day of the latest such row,
// or audit.FollowUnfollowed where none is dated), for
// audit.MarkUnfollowedTies. The dates decide nothing else.
func (im *liImport) addFollows(follows, unfollows []liFollow) {
	if len(follows) == 0 && len(unfollows) == 0 {
		return
	}
	folds := make([]string, len(follows))
	for i := range follows {
		folds[i] = audit.JoinName(follows[i].name)
	}
	var live []liFollow
	var liveOf map[string][]int // fold -> the live Unfollow rows of it
	if len(unfollows) > 0 {
		live = liveUnfollows(follows, folds, unfollows)
		liveOf = make(map[string][]int, len(live))
		for i := range live {
			liveOf[live[i].id] = append(liveOf[live[i].id], i)
		}
	}
	perName := make(map[string]int, len(follows))
	for i := range follows {
		perName[folds[i]]++
	}
	// The connection for each followed name, or -1 when several connections
	// share it; names nobody follows are not kept. So for each name of a
	// live Unfollow row (unConn), in the same pass: a million connections
	// are folded once.
	conn := make(map[string]int)
	var unConn map[string]int
	if len(live) > 0 {
		unConn = make(map[string]int, len(live))
	}
	one := func(m map[string]int, k string, i int) {
		if _, dup := m[k]; dup {
			m[k] = -1
		} else {
			m[k] = i
		}
	}
	for i := range im.accs {
		k := audit.JoinName(im.accs[i].Name)
		if perName[k] != 0 {
			one(conn, k, i)
		}
		if liveOf[k] != nil && im.accs[i].Relation == audit.Connection {
			one(unConn, k, i)
		}
	}
	// After the follows are joined: a connection a follow is joined to is
	// followed.
	defer im.markUnfollowed(live, liveOf, unConn)
	for i, fl := range follows {
		if k := folds[i]; k != "" && perName[k] == 1 {
			// "Thủy" and "Thúy" fold alike, but are two names.
			if j, ok := conn[k]; ok && j >= 0 && !audit.AccentsDiffer(im.accs[j].Name, fl.name) {
				a := &im.accs[j]
				a.Source += " + " + fl.src
				// The follow's own ID and date, for a re-audit to split it
				// off where the last run knew a namesake connection (see
				// audit.SplitFollows): whose follow it is was a guess.
				a.Extra = map[string]string{audit.ExtraFollow: fl.id}
				if !fl.since.IsZero() {
					a.Extra[audit.ExtraFollowSince] = fl.since.String()
				}
				continue
			}
		}
		im.accs = append(im.accs, audit.Account{
			Network:  audit.LinkedIn,
			Relation: audit.Following,
			ID:       im.unique(fl.id, liFollowID, fl.file),
			Name:     fl.name,
			Since:    fl.since,
			Source:   fl.src,
		})
	}
}

// liveUnfollows returns the Unfollow rows of a name that no active row
// has (its fold, the accents alike: see addFollows), each with its fold
// in its id. An active row of the name, older or newer, undated, or one
// of several, leaves all the name's Unfollow rows out.
func liveUnfollows(follows []liFollow, folds []string, unfollows []liFollow) []liFollow {
	ofName := make(map[string][]int) // fold -> the Unfollow rows of it
	for i := range unfollows {
		u := &unfollows[i]
		if u.id = audit.JoinName(u.name); u.id != "" {
			ofName[u.id] = append(ofName[u.id], i)
		}
	}
	followed := make([]bool, len(unfollows))
	for i := range follows {
		for _, j := range ofName[folds[i]] {
			if !audit.AccentsDiffer(unfollows[j].name, follows[i].name) {
				followed[j] = true
			}
		}
	}
	var live []liFollow
	for j := range unfollows {
		if !followed[j] && unfollows[j].id != "" {
			live = append(live, unfollows[j])
		}
	}
	return live
}

// markUnfollowed marks the connections that the live Unfollow rows (see
// liveUnfollows; liveOf: by fold) tell of: the only connection of the
// row's name (conn: by fold, -1 for several), its accents alike, and no
// follow joined to it, and made before the day of the latest of its rows
// (a connection made since that day is followed anew). The mark is the
// day of that row.
func (im *liImport) markUnfollowed(live []liFollow, liveOf map[string][]int, conn map[string]int) {
	for k, j := range conn {
		if j < 0 {
			continue // namesakes: whose row it is cannot be told
		}
		a := &im.accs[j]
		var u *liFollow
		for _, i := range liveOf[k] {
			if !audit.AccentsDiffer(a.Name, live[i].name) && (u == nil || live[i].since > u.since) {
				u = &live[i]
			}
		}
		if u == nil || a.Extra[audit.ExtraFollow] != "" {
			continue
		}
		if !u.since.IsZero() && !a.Since.IsZero() && u.since <= a.Since {
			// Connected on the day of its latest Unfollow row or after
			// it: connecting follows the member anew, so the row tells
			// of an earlier follow (or a namesake's), not of this
			// connection. Which came first on one day cannot be told:
			// left followed, the safe way (see addFollows).
			continue
		}
		day := audit.FollowUnfollowed
		if !u.since.IsZero() {
			day = u.since.String()
		}
		a.Extra = map[string]string{audit.ExtraUnfollowed: day}
	}
}

// companies reads one Company Follows.csv. seen maps the IDs already read
// to their file, so that a second copy of the file adds nothing.
func (im *liImport) companies(f *File, fi int, seen map[string]int) error {
	lr, err := openLinkedInCSV(f, liCompanyHeader, func(rec []string) bool {
		return hasCell(rec, "organization")
	})
	if err != nil {
		return err
	}
	defer lr.Close()
	nameCol, dateCol := colIndex(lr.header, "organization"), colIndex(lr.header, "followed on")
	src := f.String()
	counts := make(map[string]int)
	return lr.each(func(rec []string, line int) error {
		if len(rec) != len(lr.header) {
			return lr.countError(rec, line)
		}
		name := words(rec[nameCol])
		if name == "" {
			return nil
		}
		var since audit.Date
		if dateCol >= 0 {
			d := strings.TrimSpace(rec[dateCol])
			var ok bool
			if since, ok = parseJavaDate(d); !ok {
				return lineErrorf(f, line, "Followed On %q is not a date: expected one like \"Mon Apr 06 16:33:17 UTC 2026\"", d)
			}
		}
		id := nthID(counts, "company."+audit.Slug(name))
		if g, ok := seen[id]; ok && g != fi {
			return nil
		}
		seen[id] = fi
		f.dated(since)
		im.accs = append(im.accs, audit.Account{
			Network:  audit.LinkedIn,
			Relation: audit.Following,
			ID:       im.unique(id, liCompanyID, fi),
			Name:     name,
			Since:    since,
			Source:   src,
		})
		return nil
	})
}
