package importers

import (
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// liFollow is an active row of Member_Follows.csv.
type liFollow struct {
	name  string
	since audit.Date
	id    string // follow.<slug>, ~n for the n-th in its file
	file  int
	src   string
}

// memberFollows appends the active follows of one Member_Follows.csv to
// out. seen maps the IDs already read to their file, so that a second copy
// of the file adds nothing.
func memberFollows(f *File, fi int, out []liFollow, seen map[string]int) ([]liFollow, error) {
	lr, err := openLinkedInCSV(f, liMemberHeader, func(rec []string) bool {
		return hasCell(rec, "fullname") || hasCell(rec, "to name")
	})
	if err != nil {
		return out, err
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
		// Unfollow rows are people no longer followed; no status column
		// (the To,To Name form) lists current follows only. Another
		// status is not guessed at: read as either, it would keep an
		// unfollowed member or count a followed one as unfollowed.
		if statusCol >= 0 {
			switch st := strings.TrimSpace(rec[statusCol]); {
			case strings.EqualFold(st, "active"):
			case strings.EqualFold(st, "unfollow"):
				return nil
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
		id := nthID(counts, "follow."+audit.Slug(name))
		if g, ok := seen[id]; ok && g != fi {
			return nil // the same file again
		}
		seen[id] = fi
		f.dated(since)
		out = append(out, liFollow{name: name, since: since, id: id, file: fi, src: src})
		return nil
	})
	return out, err
}

// addFollows adds the followed members that are not connections.
func (im *liImport) addFollows(follows []liFollow) {
	if len(follows) == 0 {
		return
	}
	folds := make([]string, len(follows))
	perName := make(map[string]int, len(follows))
	for i := range follows {
		folds[i] = audit.JoinName(follows[i].name)
		perName[folds[i]]++
	}
	// The connection for each followed name, or -1 when several connections
	// share it; names nobody follows are not kept.
	conn := make(map[string]int)
	for i := range im.accs {
		k := audit.JoinName(im.accs[i].Name)
		if perName[k] == 0 {
			continue
		}
		if _, dup := conn[k]; dup {
			conn[k] = -1
		} else {
			conn[k] = i
		}
	}
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
